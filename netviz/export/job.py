"""ExportJob: frames from a frame source, drawn by the renderer, written by a writer,
with progress, cancel, and never a half-written file.

Made for a worker thread as much as for the command line::

    job = ExportJob(StepFrames("vanishing", steps=20, fps=30), "mp4", "talk.mp4",
                    size=(1920, 1080), fps=30, theme="light",
                    progress=lambda done, total, eta_s: ..., cancel=threading.Event())
    job.validate()        # quick: options and the output folder; ExportError names the option
    result = job.run()    # ExportResult; ExportError / ExportFailed / ExportCancelled

``run`` may be called on any thread once a QGuiApplication exists (the app's, or
``ensure_headless_application()``); ``progress(done, total, eta_s)`` is called on that
thread after every frame (``eta_s`` is None until it can be estimated); ``stage(name)``,
if given, as each stage starts: "training" (the lesson's steps, before any frame),
"palette" (GIF only), "frames", "finishing" (the encoder's last frames, the rename). The
cancel event (a ``threading.Event`` or any callable returning True) is checked before
every frame and during training. A Qt worker forwards progress through a queued signal and
sets the event from the GUI thread.

The output is written to a temporary ``.NAME.part-XXXXXXXX`` beside it (so the final
rename is atomic) and renamed to NAME only when complete; on an error, a cancel or
KeyboardInterrupt the temporary file (or folder) is removed and nothing else changed.
An existing regular file at NAME is replaced; an existing png-frames folder is replaced
only if it holds nothing but frame_*.png files; a device, a FIFO or a socket is never
replaced (see output.py, which also says how symbolic links are followed).
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netviz.i18n import translate

from .encoders import FORMATS, GIF_MAX_WIDTH, is_frame_name, make_writer, png_bytes, svg_bytes, write_file
from .errors import ExportCancelled, ExportError, ExportFailed
from .frames import FPS_RANGE, FrameSource
from .options import format_for_path, human_bytes, resolve_theme
from .output import (
    check_parent,
    current_umask,
    fsync_folder,
    path_kind,
    refuse_unless,
    replace_file,
    resolve_output,
    temp_beside,
)

MAX_SIZE = (3840, 3840)  # each side
MAX_PIXELS = 3840 * 2160
MIN_SIZE = (160, 90)
MIN_FREE_BYTES = 256 * 1024  # refuse to start on a disk with less than this free

if TYPE_CHECKING:  # Qt and the renderer are imported where used: the command line's other paths never load them
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from netviz.animation.compare import ScenePair
    from netviz.animation.scene import SceneState
    from netviz.render.renderer import NetworkRenderer
    from netviz.render.theme import Theme

ProgressFn = Callable[[int, int, float | None], None]


def ensure_headless_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one that needs no display: without a
    QT_QPA_PLATFORM of the user's own, Qt's offscreen platform is used (no X server, no
    GPU), so that the frames are the same with or without a display."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from netviz.render.renderer import ensure_gui_application

    return ensure_gui_application()


def make_renderer(theme: str | Theme, antialias: bool = True) -> NetworkRenderer:
    """The renderer an export draws with (tests compare frames against it)."""
    from netviz.render.renderer import NetworkRenderer

    # "high": antialiased edges; a video is watched closely and rendered only once.
    return NetworkRenderer(resolve_theme(theme), antialias=antialias, raise_errors=True, quality="high")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    frames: int
    width: int  # of the frames written (a GIF may be smaller than asked)
    height: int
    fps: int
    duration_s: float  # frames / fps (0 for a still)
    bytes: int  # the file's size, or all frames' for png-frames
    elapsed_s: float
    note: str | None = None  # e.g. training stopped before the last step asked for

    def summary(self) -> str:
        """What was written, for people: "/talks/a.mp4 (1.2 MB; 90 frames, 1920x1080,
        3.0 s at 30 fps)"; the command line says "wrote ...", the window "Exported ..."."""
        frames = self.frames
        size = f"{self.width}x{self.height}"
        if self.format == "png-frames":
            what = translate("Export", "%n frames to {path}", None, frames).format(path=f"{self.path}{os.sep}")
        else:
            what = str(self.path)
        if self.format in ("png", "svg"):
            detail = size
        else:
            detail = translate("Export", "%n frames, {size}, {seconds} s at {fps} fps", None, frames).format(
                size=size, seconds=f"{self.duration_s:.1f}", fps=self.fps)
        return f"{what} ({human_bytes(self.bytes)}; {detail})"


class ExportJob:
    """One export: ``validate()`` then ``run()`` (which validates again).

    ``source``: a frame source (``netviz.export.frames``); ``fmt``: one of FORMATS;
    ``path``: the file (the folder for png-frames); ``size``: (width, height) of the
    picture; ``fps``: frames per second (default: the source's ``fps``, else 30);
    ``theme``: "dark", "light" or a Theme; ``antialias``: smooth edges (default on;
    off is faster); ``gif_max_width``: a GIF wider than this is drawn at this width
    (same aspect), 0 for no limit. Stills (png, svg) show the source's last frame.
    """

    def __init__(self, source: FrameSource, fmt: str, path: str | os.PathLike, *, size: tuple[int, int] = (1920, 1080),
                 fps: int | None = None, theme: str | Theme = "dark", progress: ProgressFn | None = None,
                 cancel: threading.Event | Callable[[], bool] | None = None, antialias: bool = True,
                 gif_max_width: int = GIF_MAX_WIDTH, stage: Callable[[str], None] | None = None):
        self.source = source
        self.fmt = fmt
        self.asked_path = os.fspath(path)
        self.path = Path(os.path.abspath(os.path.expanduser(self.asked_path)))
        # The file really written: symbolic links followed (see output.py); ``path`` is
        # what the result reports, as the user named it.
        self.target = resolve_output(path)
        self.size = size
        source_fps = getattr(source, "fps", None)
        self.fps = fps if fps is not None else (source_fps if source_fps is not None else 30)
        self.theme = theme
        self.progress = progress
        if cancel is None:
            self._cancelled: Callable[[], bool] = lambda: False
        elif hasattr(cancel, "is_set"):
            self._cancelled = cancel.is_set
        elif callable(cancel):
            self._cancelled = cancel
        else:
            raise TypeError("cancel: a threading.Event or a callable returning True to cancel")
        self.antialias = antialias
        self.gif_max_width = gif_max_width
        self.stage = stage

    # ----- validation ---------------------------------------------------------------

    def validate(self) -> None:
        """Check every option and that the output can be written (by creating and removing
        a temporary file beside it); ExportError names the first wrong one."""
        self._check_options()
        self._check_output()

    def _check_options(self) -> None:
        if self.fmt not in FORMATS:
            raise ExportError("format", f"unknown format {self.fmt!r} (known: {', '.join(FORMATS)})")
        spec = FORMATS[self.fmt]
        size = self.size
        if (not isinstance(size, (tuple, list)) or len(size) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in size)):
            raise ExportError("size", f"must be (width, height) in whole pixels, got {size!r}")
        w, h = size
        if w > MAX_SIZE[0] or h > MAX_SIZE[1] or w * h > MAX_PIXELS:
            raise ExportError("size",
                              f"{w}x{h} is too large: at most 3840x2160 pixels (4K), each side at most {MAX_SIZE[0]}")
        if w < MIN_SIZE[0] or h < MIN_SIZE[1]:
            raise ExportError("size", f"{w}x{h} is too small: at least {MIN_SIZE[0]}x{MIN_SIZE[1]}")
        if spec.even_size and (w % 2 or h % 2):
            raise ExportError("size", f"{self.fmt} needs an even width and height (yuv420p halves the colour "
                                      f"planes), got {w}x{h}; try {w + w % 2}x{h + h % 2}")
        fps = self.fps
        if isinstance(fps, bool) or not isinstance(fps, int):
            raise ExportError("fps", f"must be a whole number of frames per second, got {fps!r}")
        high = min(FPS_RANGE[1], spec.max_fps)
        if not FPS_RANGE[0] <= fps <= high:
            extra = " (GIF frame delays are in hundredths of a second)" if self.fmt == "gif" else ""
            raise ExportError("fps", f"must be from {FPS_RANGE[0]} to {high}{extra}, got {fps}")
        source_fps = getattr(self.source, "fps", None)
        if source_fps is not None and source_fps != fps:
            raise ExportError("fps", f"the frames were made for {source_fps} fps, the export asks for {fps}")
        resolve_theme(self.theme)
        gw = self.gif_max_width
        if isinstance(gw, bool) or not isinstance(gw, int) or (gw != 0 and gw < MIN_SIZE[0]):
            raise ExportError("gif-width", f"must be 0 (no limit) or at least {MIN_SIZE[0]} pixels, got {gw!r}")

    def _check_output(self) -> None:
        path, target, spec = self.path, self.target, FORMATS[self.fmt]
        parent = target.parent
        if not self.asked_path:
            raise ExportError("output", "give a file name (a folder name for png-frames)")
        if spec.kind != "frames" and self.asked_path.endswith(("/", os.sep)):
            # A trailing slash names a folder; resolving the path would silently drop it.
            raise ExportError("output", f"{self.asked_path} names a folder; give a file name, "
                                        f"e.g. {path / ('export' + (spec.extension or ''))}")
        check_parent(target, "output")
        if spec.kind == "frames":
            refuse_unless(target, ("a folder",), "output", "png-frames writes a folder of PNGs: give a folder name")
            if target.is_dir():
                others = [p.name for p in target.iterdir() if not is_frame_name(p.name)]
                if others:
                    raise ExportError("output", f"the folder {path} exists and holds other files ({others[0]}, ...); "
                                                f"give a new or empty folder")
        else:
            refuse_unless(target, ("a regular file",), "output",
                          f"give a file name, e.g. {path / ('export' + (spec.extension or ''))}")
            asked = format_for_path(path)
            if asked is not None and asked != self.fmt:
                raise ExportError("output", f"{path.name} ends in {path.suffix} but the format is {self.fmt}; "
                                            f"name it {path.stem}{spec.extension} or choose --format {asked}")
        try:
            free = shutil.disk_usage(parent).free
        except OSError:  # pragma: no cover
            free = None
        if free is not None and free < MIN_FREE_BYTES:
            raise ExportError("output", f"the disk holding {parent} is full ({human_bytes(free)} free)")

    @property
    def frame_size(self) -> tuple[int, int]:
        """(width, height) the frames are drawn at: ``size``, or smaller for a wide GIF."""
        w, h = self.size
        if self.fmt == "gif" and self.gif_max_width and w > self.gif_max_width:
            h = max(1, round(h * self.gif_max_width / w))
            w = self.gif_max_width
        return w, h

    # ----- running --------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self._cancelled():
            raise ExportCancelled()

    def run(self) -> ExportResult:
        started = time.perf_counter()
        self.validate()
        self._check_cancel()
        prepare = getattr(self.source, "prepare", None)
        if prepare is not None:
            self._stage("training")
            prepare(self._cancelled)
        self._check_cancel()
        total = len(self.source)
        if total < 1:
            raise ExportError("steps", "there are no frames to export")
        theme = resolve_theme(self.theme)
        renderer = make_renderer(theme, self.antialias)
        spec = FORMATS[self.fmt]
        if spec.kind == "still":
            written = self._run_still(renderer, theme, total)
            frames, duration = 1, 0.0
        else:
            written = self._run_frames(renderer, theme, total)
            frames, duration = total, total / self.fps
        w, h = self.frame_size
        return ExportResult(self.path, self.fmt, frames, w, h, self.fps, duration, written,
                            time.perf_counter() - started, getattr(self.source, "note", None))

    def _stage(self, name: str) -> None:
        if self.stage is not None:
            self.stage(name)

    def _scene(self, index: int) -> SceneState | ScenePair:
        try:
            return self.source.scene(index)
        except (ExportError, ExportCancelled):
            raise
        except Exception as exc:
            raise ExportFailed("render", f"could not make frame {index}: {type(exc).__name__}: {exc}") from exc

    def _report(self, done: int, total: int, t0: float) -> None:
        if self.progress is None:
            return
        elapsed = time.perf_counter() - t0
        eta = elapsed / done * (total - done) if done >= 2 and elapsed > 0 else None
        self.progress(done, total, eta)

    def _render(self, renderer: NetworkRenderer, image: QImage, painter_cls: type[QPainter], rect: QRectF,
                background: QColor, scene: SceneState | ScenePair) -> bytes:
        from netviz.render.compare import paint_frame  # a scene, or a compare pair side by side

        image.fill(background)
        painter = painter_cls(image)
        try:
            paint_frame(renderer, painter, scene, rect)
        except Exception as exc:
            raise ExportFailed("render", f"could not draw step {getattr(scene, 'step', '?')}: "
                                         f"{type(exc).__name__}: {exc}") from exc
        finally:
            painter.end()
        return bytes(image.constBits())

    def _run_frames(self, renderer: NetworkRenderer, theme: Theme, total: int) -> int:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QImage, QPainter

        w, h = self.frame_size
        image = QImage(w, h, QImage.Format.Format_RGB32)
        rect, background = QRectF(0, 0, w, h), QColor(theme.background)

        def render(scene: SceneState | ScenePair) -> bytes:
            return self._render(renderer, image, QPainter, rect, background, scene)

        writer = make_writer(self.fmt, w, h, self.fps, total)
        folder = FORMATS[self.fmt].kind == "frames"
        target = self._make_temp(folder)
        try:
            if writer.palette_samples:
                count = min(writer.palette_samples, total)
                picks = sorted({round(i * (total - 1) / max(count - 1, 1)) for i in range(count)})

                def samples() -> Iterator[bytes]:  # rendered as the palette pass takes them, never all held at once
                    last: tuple[SceneState | ScenePair | None, bytes] = (None, b"")
                    for i in picks:
                        self._check_cancel()
                        scene = self._scene(i)
                        if scene is not last[0]:
                            last = (scene, render(scene))
                        yield last[1]

                self._stage("palette")
                writer.sample(samples())
            self._stage("frames")
            writer.open(target)
            t0 = time.perf_counter()
            last_scene: SceneState | ScenePair | None = None
            frame = b""
            for i in range(total):
                self._check_cancel()
                scene = self._scene(i)
                if scene is not last_scene:
                    frame = render(scene)
                    last_scene = scene
                writer.write(frame)
                self._report(i + 1, total, t0)
            self._stage("finishing")
            writer.close()
            written = self._finish(target, folder)
        except BaseException as exc:
            writer.abort()
            self._remove(target)
            if isinstance(exc, OSError):
                raise self._os_failure(exc) from exc
            raise
        return written

    def _run_still(self, renderer: NetworkRenderer, theme: Theme, total: int) -> int:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QImage, QPainter

        from netviz.render.compare import paint_frame

        scene = self._scene(total - 1)
        w, h = self.frame_size
        if self.fmt == "svg":
            background = QColor(theme.background)

            def paint(painter: QPainter, rect: QRectF) -> None:
                painter.fillRect(rect, background)
                paint_frame(renderer, painter, scene, rect)

            try:
                data = svg_bytes(paint, w, h, title=scene.title or "netviz",
                                 description=f"netviz: {scene.title}, step {scene.step}")
            except ExportFailed:
                raise
            except Exception as exc:
                raise ExportFailed("render", f"could not draw the SVG: {type(exc).__name__}: {exc}") from exc
        else:
            image = QImage(w, h, QImage.Format.Format_RGB32)
            self._render(renderer, image, QPainter, QRectF(0, 0, w, h), QColor(theme.background), scene)
            data = png_bytes(image)
        self._check_cancel()
        target = self._make_temp(folder=False)
        try:
            write_file(target, data)
            written = self._finish(target, folder=False)
        except BaseException as exc:
            self._remove(target)
            if isinstance(exc, OSError):
                raise self._os_failure(exc) from exc
            raise
        if self.progress is not None:
            self.progress(1, 1, 0.0)
        return written

    # ----- the temporary file and the rename -------------------------------------------

    def _make_temp(self, folder: bool) -> Path:
        return temp_beside(self.target, "output", folder)

    @staticmethod
    def _remove(target: Path) -> None:
        try:
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            else:
                target.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - best effort
            pass

    def _os_failure(self, exc: OSError) -> ExportFailed:
        import errno

        if exc.errno == errno.ENOSPC:
            reason = f"the disk is full (No space left on device) while writing {self.path}"
        else:
            reason = f"could not write {self.path}: {exc.strerror or exc}"
        return ExportFailed("output", reason)

    def _finish(self, temp: Path, folder: bool) -> int:
        """fsync, permissions as a normal new file, then the atomic rename; the size."""
        if not folder:
            return replace_file(temp, self.target, "output")
        os.chmod(temp, 0o777 & ~current_umask())
        size = sum(p.stat().st_size for p in temp.iterdir())
        kind = path_kind(self.target)  # again at the last moment, as replace_file does
        if kind not in (None, "a folder"):
            raise ExportFailed("output", f"{self.target} became {kind} while writing; it was left alone")
        old = None
        if kind == "a folder":
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=self.target.parent))
            os.replace(self.target, old / "frames")
        os.replace(temp, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        fsync_folder(self.target.parent)
        return size


def eta_text(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds):
        return "--:--"
    seconds = int(round(seconds))
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
