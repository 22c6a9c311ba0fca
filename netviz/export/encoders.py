"""Writers of the export formats: ffmpeg (the binary inside the imageio-ffmpeg wheel) for
MP4, WebM and GIF; Qt for PNG frames and the PNG and SVG stills.

A writer gets raw frames: ``width * height * 4`` bytes in Qt's Format_RGB32 memory order
(B, G, R, 0xff on a little-endian machine), straight from the rendered QImage, with no
numpy conversion in between (a QImage's bytes cost 0.7 ms at 1920x1080; a format
conversion or a strided copy 12-17 ms). The ffmpeg writers hand them to ffmpeg's stdin
from a feeder thread, so that the next frame is rendered while ffmpeg reads this one
(the GIL is released while the pipe write blocks), and ffmpeg's own threads encode.

Encoder settings, measured on this project's 2-core VM (see
``tests/benchmarks/export_speed.py`` and the report in the README):

- MP4: H.264 (libx264), yuv420p (what PowerPoint, Keynote, Google Slides and every
  browser play), BT.709 colours, tagged as such, ``+faststart`` (the index at the front,
  so a browser starts playing before the whole file is there), CRF 23, preset
  ``superfast``. ffmpeg's CPU time per 1080p frame of this picture (conversion to
  yuv420p included): ``veryfast`` 25-28 ms, ``superfast`` 22-23, ``ultrafast`` 14; files
  of 10 s: 0.58 / 0.91 / 1.6 MB (a picture held per step) and 1.2 / 2.2 / 3.9 MB (a new
  picture every frame). End to end with rendering on the same two cores, ``veryfast``
  reached 37-38 fps at 1080p, too close to real time once anything else runs (28 fps
  with a neighbour busy), ``superfast`` 41-73 fps, and at 720p with a new picture every
  frame 56-76 against 85-101 fps (twice real time is 60): ``superfast`` keeps both goals
  with a margin, for files that stay small enough for slides.
- WebM: VP9 (libvpx-vp9), ``-deadline realtime -cpu-used 7 -row-mt 1`` with two
  threads and CRF 32 (constant quality): 25-29 ms of CPU per 1080p frame, 56-67 fps
  alone; ``-cpu-used 8`` saved 20% of that for files 15% larger, ``-deadline good``
  made files 10% smaller at 6 fps.
- GIF: two passes of ffmpeg's palette filters. ``palettegen`` makes one 256-colour
  palette from up to ``GIF_PALETTE_SAMPLES`` frames spread over the export, then
  ``paletteuse`` maps every frame to it with an ordered (Bayer, scale 4) dither, which
  does not crawl from frame to frame, and re-encodes only the rectangle that changed.
  For 300 new pictures at 960x540: 2.0 MB at 48-59 fps, against 2.5 MB at 36 fps with
  error diffusion (sierra2_4a) and 1.9 MB without dithering (banded colour bar). Loops
  forever. Frames wider than ``GIF_MAX_WIDTH`` are drawn smaller (see ``ExportJob``):
  the picture is laid out for that size (text stays at least 12 px) rather than shrunk.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from queue import Queue
from typing import IO, TYPE_CHECKING

from netviz.engine.files import remove_stale_temporaries, temp_prefix

from .errors import ExportFailed

if TYPE_CHECKING:  # Qt is imported where a still is written, not when ffmpeg alone is needed
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

MP4_PRESET = "superfast"
MP4_CRF = 23
WEBM_CPU_USED = 7
WEBM_CRF = 32
GIF_MAX_WIDTH = 960
GIF_PALETTE_SAMPLES = 48
GIF_DITHER = "bayer:bayer_scale=4"
PALETTE_STEM = "netviz-palette-"  # the GIF palette's temporary folder: netviz-palette-PID-XXXX
QUEUE_FRAMES = 3  # frames rendered ahead of the encoder
STDERR_LINES = 12  # ffmpeg's last error lines kept for the report

# Qt's RGB32 is the 32-bit word 0xffRRGGBB: B, G, R, A in memory on little-endian machines.
RAW_PIX_FMT = "bgra" if sys.byteorder == "little" else "argb"


@dataclass(frozen=True)
class Format:
    """One export format."""

    name: str
    extension: str | None  # ".mp4"; None for png-frames (a folder)
    kind: str  # "video" (one file of frames), "frames" (a folder of PNGs), "still" (one picture)
    even_size: bool  # width and height must be even (yuv420p halves the colour planes)
    max_fps: int
    description: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("mp4", ".mp4", "video", True, 60, "H.264 video (yuv420p): PowerPoint, Keynote, Google Slides, browsers"),
    Format("webm", ".webm", "video", True, 60, "VP9 video: browsers"),
    Format("gif", ".gif", "video", False, 50, f"looping GIF, at most {GIF_MAX_WIDTH} px wide unless told otherwise"),
    Format("png-frames", None, "frames", False, 60, "a folder of numbered PNG frames"),
    Format("png", ".png", "still", False, 240, "one PNG picture (the last step)"),
    Format("svg", ".svg", "still", False, 240, "one SVG picture (the last step): text stays text, lines stay lines"),
)}


def ffmpeg_exe() -> str:
    """The ffmpeg binary that the imageio-ffmpeg wheel carries (or IMAGEIO_FFMPEG_EXE)."""
    try:
        import imageio_ffmpeg
    except ImportError:  # pragma: no cover - a dependency of netviz
        raise ExportFailed("format", "needs the imageio-ffmpeg package (pip install imageio-ffmpeg)") from None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:  # pragma: no cover - the wheel ships the binary
        raise ExportFailed("format", f"no ffmpeg found: {exc}") from None


def _input_args(width: int, height: int, fps: int) -> list[str]:
    return ["-f", "rawvideo", "-pix_fmt", RAW_PIX_FMT, "-s", f"{width}x{height}", "-framerate", str(fps),
            "-i", "pipe:0"]


# BT.709 matrix, limited range, and the tags that tell players so.
_BT709 = ["-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
          "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709", "-color_range", "tv"]


def codec_args(fmt: str) -> list[str]:
    """ffmpeg's output options for an ffmpeg format (mp4, webm); gif has its own passes."""
    if fmt == "mp4":
        return ["-c:v", "libx264", "-preset", MP4_PRESET, "-crf", str(MP4_CRF), *_BT709,
                "-movflags", "+faststart", "-f", "mp4"]
    if fmt == "webm":
        return ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", str(WEBM_CPU_USED), "-row-mt", "1",
                "-threads", "2", "-tile-columns", "1", "-b:v", "0", "-crf", str(WEBM_CRF), *_BT709, "-f", "webm"]
    raise ValueError(f"no ffmpeg codec for {fmt!r}")


def _describe_failure(lines: list[str], fallback: str) -> str:
    text = "\n".join(lines)
    if "No space left on device" in text:
        return "the disk is full (No space left on device)"
    if "Permission denied" in text:
        return "permission denied while writing"
    return fallback


def _write_all(stream: IO[bytes], data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = stream.write(view)
        if n is None:  # pragma: no cover - a non-blocking pipe; ours blocks
            continue
        view = view[n:]


class FfmpegProcess:
    """One ffmpeg run fed raw frames on stdin by a feeder thread; keeps its last error lines."""

    def __init__(self, args: list[str], what: str):
        self.what = what
        self.args = [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "error", *args]
        try:
            # A session of its own: Ctrl-C in a terminal reaches us, and we stop ffmpeg.
            self.proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, bufsize=0, start_new_session=True)
        except OSError as exc:
            raise ExportFailed("format", f"could not start ffmpeg for {what}: {exc}") from None
        self.tail: deque[str] = deque(maxlen=STDERR_LINES)
        self.error: BaseException | None = None
        self._queue: Queue[bytes | None] = Queue(maxsize=QUEUE_FRAMES)
        self._stderr = threading.Thread(target=self._drain, name="ffmpeg-stderr", daemon=True)
        self._feeder = threading.Thread(target=self._feed, name="ffmpeg-feeder", daemon=True)
        self._stderr.start()
        self._feeder.start()
        self._finished = False

    def _drain(self) -> None:
        pending = b""
        assert self.proc.stderr is not None  # Popen(stderr=PIPE)
        with self.proc.stderr as stream:
            while chunk := stream.read(4096):
                *lines, pending = (pending + chunk).split(b"\n")
                self._keep(lines)
        self._keep([pending])

    def _keep(self, lines: list[bytes]) -> None:
        for raw in lines:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self.tail.append(line)

    def _feed(self) -> None:
        stdin = self.proc.stdin
        assert stdin is not None  # Popen(stdin=PIPE)
        while True:
            item = self._queue.get()
            if item is None:
                break
            if self.error is not None:
                continue  # ffmpeg is gone: keep taking frames so that put() never blocks
            try:
                _write_all(stdin, item)
            except (OSError, ValueError) as exc:
                self.error = exc
        try:
            stdin.close()
        except OSError as exc:
            self.error = self.error or exc

    def put(self, frame: bytes) -> None:
        if self.error is not None:
            self._fail()
        self._queue.put(frame)

    def finish(self) -> None:
        """Wait for ffmpeg to write everything; ExportFailed if it did not."""
        self._queue.put(None)
        self._feeder.join()
        rc = self.proc.wait()
        self._stderr.join()
        self._finished = True
        if rc != 0 or self.error is not None:
            self._fail(rc)

    def kill(self) -> None:
        """Stop ffmpeg at once (cancel, error); whatever it wrote is the caller's to remove."""
        if self._finished:
            return
        self._finished = True
        try:
            self.proc.kill()
        except OSError:  # pragma: no cover - already gone
            pass
        self.error = self.error or BrokenPipeError("stopped")
        self._queue.put(None)
        self._feeder.join()
        self.proc.wait()
        self._stderr.join()

    def _fail(self, rc: int | None = None) -> None:
        if rc is None:
            # The pipe broke: ffmpeg has stopped; its exit code and messages say why.
            self._queue.put(None)
            self._feeder.join()
            rc = self.proc.wait()
            self._stderr.join()
            self._finished = True
        lines = list(self.tail)
        reason = _describe_failure(lines, f"ffmpeg stopped with exit code {rc} while writing the {self.what}")
        raise ExportFailed("output", reason, details="\n".join(lines))


class FrameWriter:
    """Writes frames to ``target`` (a temporary path the job renames when all went well)."""

    palette_samples = 0  # frames this writer wants to see before ``open`` (GIF's palette)

    def __init__(self, fmt: str, width: int, height: int, fps: int, frames: int):
        self.fmt, self.width, self.height, self.fps, self.frames = fmt, width, height, fps, frames

    def sample(self, frames: Iterable[bytes]) -> None:
        """Frames spread over the export, before ``open`` (only if ``palette_samples``)."""

    def open(self, target: Path) -> None:
        raise NotImplementedError

    def write(self, frame: bytes) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish writing; ExportFailed if anything went wrong."""

    def abort(self) -> None:
        """Stop now (cancel or error); the job removes the target."""


class FfmpegWriter(FrameWriter):
    """MP4 and WebM: one ffmpeg process encoding the raw frames."""

    def __init__(self, fmt: str, width: int, height: int, fps: int, frames: int):
        super().__init__(fmt, width, height, fps, frames)
        self.process: FfmpegProcess | None = None

    def output_args(self) -> list[str]:
        return codec_args(self.fmt)

    def open(self, target: Path) -> None:
        args = [*_input_args(self.width, self.height, self.fps), *self.output_args(), "-fflags", "+bitexact",
                "-y", str(target)]
        self.process = FfmpegProcess(args, f"{self.fmt.upper()} file")

    def _open_process(self) -> FfmpegProcess:
        if self.process is None:
            raise RuntimeError(f"the {self.fmt} writer was not opened")
        return self.process

    def write(self, frame: bytes) -> None:
        self._open_process().put(frame)

    def close(self) -> None:
        self._open_process().finish()

    def abort(self) -> None:
        if self.process is not None:
            self.process.kill()


class GifWriter(FfmpegWriter):
    """GIF: a palette from sample frames (first pass), then every frame mapped to it."""

    palette_samples = GIF_PALETTE_SAMPLES

    def __init__(self, fmt: str, width: int, height: int, fps: int, frames: int):
        super().__init__(fmt, width, height, fps, frames)
        self._palette_dir: str | None = None
        self.palette: Path | None = None

    def sample(self, frames: Iterable[bytes]) -> None:
        import tempfile

        # Named with this process's PID: a folder a killed export left is removed by the next.
        remove_stale_temporaries(Path(tempfile.gettempdir()), PALETTE_STEM)
        self._palette_dir = tempfile.mkdtemp(prefix=temp_prefix(PALETTE_STEM))
        self.palette = Path(self._palette_dir) / "palette.png"
        process = FfmpegProcess([*_input_args(self.width, self.height, self.fps),
                                 "-vf", "palettegen=max_colors=256:stats_mode=full",
                                 "-fflags", "+bitexact", "-f", "image2", "-update", "1", "-y", str(self.palette)],
                                "GIF palette")
        try:
            for frame in frames:
                process.put(frame)
            process.finish()
        except BaseException:
            process.kill()
            self._remove_palette()
            raise

    def output_args(self) -> list[str]:
        return ["-i", str(self.palette), "-lavfi", f"[0:v][1:v]paletteuse=dither={GIF_DITHER}:diff_mode=rectangle",
                "-loop", "0", "-f", "gif"]

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._remove_palette()

    def abort(self) -> None:
        try:
            super().abort()
        finally:
            self._remove_palette()

    def _remove_palette(self) -> None:
        if self._palette_dir is not None:
            import shutil

            shutil.rmtree(self._palette_dir, ignore_errors=True)
            self._palette_dir = None


def frame_image(frame: bytes, width: int, height: int) -> QImage:
    """A QImage over raw RGB32 frame bytes (no copy; keep ``frame`` alive while using it)."""
    from PySide6.QtGui import QImage

    return QImage(frame, width, height, width * 4, QImage.Format.Format_RGB32)


def png_bytes(image: QImage) -> bytes:
    """``image`` (a QImage) as PNG file bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # its stub says bytes; Qt takes str
    buffer.close()
    if not ok:
        raise ExportFailed("format", "Qt could not encode the PNG")
    return bytes(data.data())


def frame_name(index: int, frames: int) -> str:
    """frame_00000.png, ... numbered from 0, at least five digits (more when needed)."""
    digits = max(5, len(str(max(frames - 1, 0))))
    return f"frame_{index:0{digits}d}.png"


def is_frame_name(name: str) -> bool:
    return name.startswith("frame_") and name.endswith(".png") and name[6:-4].isdigit()


class PngFramesWriter(FrameWriter):
    """A folder of numbered PNG frames (frame_00000.png, ...); a repeated frame is not
    encoded again."""

    def __init__(self, fmt: str, width: int, height: int, fps: int, frames: int):
        super().__init__(fmt, width, height, fps, frames)
        self.folder: Path | None = None
        self._index = 0
        self._last: tuple[object, bytes] | None = None

    def open(self, target: Path) -> None:
        self.folder = Path(target)

    def write(self, frame: bytes) -> None:
        if self.folder is None:
            raise RuntimeError("the PNG frames writer was not opened")
        if self._last is not None and self._last[0] is frame:
            data = self._last[1]
        else:
            data = png_bytes(frame_image(frame, self.width, self.height))
            self._last = (frame, data)
        write_file(self.folder / frame_name(self._index, self.frames), data)
        self._index += 1


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and flush it to the disk; OSError is the caller's."""
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def make_writer(fmt: str, width: int, height: int, fps: int, frames: int) -> FrameWriter:
    if fmt in ("mp4", "webm"):
        return FfmpegWriter(fmt, width, height, fps, frames)
    if fmt == "gif":
        return GifWriter(fmt, width, height, fps, frames)
    if fmt == "png-frames":
        return PngFramesWriter(fmt, width, height, fps, frames)
    raise ValueError(f"no frame writer for {fmt!r}")


def svg_bytes(paint: Callable[[QPainter, QRectF], object], width: int, height: int, title: str = "",
              description: str = "") -> bytes:
    """An SVG document of ``width`` x ``height`` px drawn by ``paint(painter, rect)``:
    Qt's SVG generator keeps text as <text> and lines as vector paths."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportFailed("format", "Qt could not start the SVG")
    try:
        paint(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    buffer.close()
    svg = bytes(data.data())
    # Qt gives the size in millimetres (at 96 dpi); a picture for slides and pages says pixels.
    head, sep, rest = svg.partition(b"viewBox=")
    size = f'<svg width="{width}" height="{height}"'.encode()
    head = re.sub(rb'<svg width="[^"]*" height="[^"]*"', size, head, count=1)
    return head + sep + rest
