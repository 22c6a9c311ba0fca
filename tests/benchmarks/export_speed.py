"""Export speed: frames per second rendered and encoded, end to end, and the file sizes.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.export_speed                  # MP4 and GIF, 1080p and 720p
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.export_speed --formats mp4,webm,gif --frames 150
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.export_speed --presets veryfast,superfast,ultrafast

The vanishing-gradients lesson (ten hidden layers of eight units, 600 edges), exported
the way ``netviz export`` does it (``ExportJob``: antialiased rendering into a reused
QImage, its raw bytes piped to the ffmpeg of the imageio-ffmpeg wheel from a feeder
thread), in two kinds of frames:

- ``settled``: what the export makes today, each step held for 0.5 s (15 frames at 30
  fps); the job draws each step once and hands the encoder the same pixels again.
- ``distinct``: a new picture every frame (one training step per frame), as the step
  animation will need: the worst case for rendering and for the encoder.

For each size and format the table gives the end-to-end frames per second (from the
call of ``ExportJob.run`` to the file in place, training included; real time is 30),
the file size, and for reference the render-only rate (draw + the QImage's bytes, no
encoder) and the encode-only rate (the same writer fed frames rendered beforehand).
Times are printed only, never asserted; the machine this was written on is a shared
2-core VM whose timings move by 20% or more with other work running.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402

from netviz.export import ExportJob, StepFrames, encoders, ensure_headless_application, human_bytes, make_renderer  # noqa: E402
from netviz.render.theme import DARK  # noqa: E402

SIZES = [(1920, 1080), (1280, 720)]
FPS = 30


def make_source(kind: str, frames: int) -> StepFrames:
    if kind == "settled":
        steps = max(1, frames // 15)
        return StepFrames("vanishing", steps=steps, fps=FPS, seconds_per_step=0.5)
    return StepFrames("vanishing", steps=frames, fps=FPS, seconds_per_step=1 / FPS)


def render_only(source: StepFrames, size: tuple[int, int]) -> tuple[float, int]:
    """Frames per second of drawing (and taking the bytes of) every distinct picture."""
    renderer = make_renderer(DARK)
    w, h = size
    image = QImage(w, h, QImage.Format.Format_RGB32)
    bg = QColor(DARK.background)
    scenes = [source.scene(i) for i in range(len(source))]
    distinct = list({id(s): s for s in scenes}.values())
    t0 = time.perf_counter()
    for scene in distinct:
        image.fill(bg)
        p = QPainter(image)
        renderer.paint(p, scene, QRectF(0, 0, w, h))
        p.end()
        image.constBits().tobytes()
    return len(distinct) / (time.perf_counter() - t0), len(distinct)


def encode_only(fmt: str, source: StepFrames, size: tuple[int, int], folder: Path) -> float:
    """Frames per second of the writer alone, fed frames rendered beforehand."""
    job = ExportJob(source, fmt, folder / f"enc.{fmt}", size=size, fps=FPS)
    w, h = job.frame_size
    renderer = make_renderer(DARK)
    cache: dict[int, bytes] = {}
    frames = []
    for i in range(len(source)):
        scene = source.scene(i)
        if id(scene) not in cache:
            cache[id(scene)] = (lambda img: img.constBits().tobytes())(
                _render(renderer, scene, w, h))
        frames.append(cache[id(scene)])
    writer = encoders.make_writer(fmt, w, h, FPS, len(frames))
    target = folder / f"enc-target.{fmt}"
    t0 = time.perf_counter()
    if writer.palette_samples:
        step = max(1, len(frames) // writer.palette_samples)
        writer.sample(frames[::step][: writer.palette_samples])
    writer.open(target)
    for frame in frames:
        writer.write(frame)
    writer.close()
    elapsed = time.perf_counter() - t0
    target.unlink()
    return len(frames) / elapsed


def _render(renderer, scene, w, h) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(DARK.background))
    p = QPainter(image)
    renderer.paint(p, scene, QRectF(0, 0, w, h))
    p.end()
    return image


def end_to_end(fmt: str, kind: str, frames: int, size: tuple[int, int], folder: Path) -> tuple[float, int, float, int]:
    source = make_source(kind, frames)
    path = folder / f"e2e.{fmt}"
    t0 = time.perf_counter()
    result = ExportJob(source, fmt, path, size=size, fps=FPS).run()
    elapsed = time.perf_counter() - t0
    path.unlink()
    return result.frames / elapsed, result.bytes, elapsed, result.frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=300, help="frames per export (default 300: 10 s at 30 fps)")
    parser.add_argument("--formats", default="mp4,gif", help="comma-separated (default mp4,gif)")
    parser.add_argument("--kinds", default="settled,distinct", help="settled, distinct or both")
    parser.add_argument("--presets", default="", help="x264 presets to compare for mp4 (default: the export's)")
    parser.add_argument("--no-reference", action="store_true", help="skip the render-only and encode-only runs")
    args = parser.parse_args()
    ensure_headless_application()
    formats = [f for f in args.formats.split(",") if f]
    kinds = [k for k in args.kinds.split(",") if k]
    presets = [p for p in args.presets.split(",") if p] or [encoders.MP4_PRESET]
    print(f"netviz export speed: {platform.python_version()}, {os.cpu_count()} CPUs, {args.frames} frames "
          f"at {FPS} fps of the vanishing lesson; mp4 preset {encoders.MP4_PRESET} crf {encoders.MP4_CRF}, "
          f"gif at most {encoders.GIF_MAX_WIDTH} px wide")
    header = (f"{'format':<16} {'frames':<9} {'size':>9} {'end-to-end fps':>15} {'x real time':>11} "
              f"{'file':>9} {'render fps':>11} {'encode fps':>11}")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="netviz-bench-") as tmp:
        folder = Path(tmp)
        for size in SIZES:
            for kind in kinds:
                source = make_source(kind, args.frames)
                source.prepare()
                render_fps = None
                if not args.no_reference:
                    render_fps, _ = render_only(source, size)
                for fmt in formats:
                    for preset in (presets if fmt == "mp4" else [None]):
                        if preset is not None:
                            encoders.MP4_PRESET = preset
                        enc = None if args.no_reference else encode_only(fmt, source, size, folder)
                        fps, nbytes, _elapsed, n = end_to_end(fmt, kind, args.frames, size, folder)
                        label = f"{fmt} {preset}" if fmt == "mp4" and len(presets) > 1 else fmt
                        gif_note = "*" if fmt == "gif" and size[0] > encoders.GIF_MAX_WIDTH else ""
                        r = f"{render_fps:11.1f}" if render_fps is not None else f"{'-':>11}"
                        e = f"{enc:11.1f}" if enc is not None else f"{'-':>11}"
                        print(f"{label:<16} {kind + ' ' + str(n):<9} {f'{size[0]}x{size[1]}' + gif_note:>9} "
                              f"{fps:15.1f} {fps / FPS:11.2f} {human_bytes(nbytes):>9} {r} {e}", flush=True)
    print("render fps: distinct pictures drawn per second (settled: one per step). "
          f"* a GIF is drawn at most {encoders.GIF_MAX_WIDTH} px wide (960x540).")


if __name__ == "__main__":
    main()
