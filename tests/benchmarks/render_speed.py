"""Full repaint time of the netviz renderer into a 1920x1080 QImage (raster engine).

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed             # 50 frames per shape
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --frames 200
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --antialias on   # or off; default auto
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --profile   # cProfile of the largest shape

Shapes are [inputs, hidden..., outputs], ReLU hidden layers, a sigmoid output:

    [2,8,8,1]       88 edges       goal  4 ms
    [2,16x6,1]      1,328 edges    goal  6 ms
    [2,64x12,1]     45,248 edges   goal 16 ms (level of detail: the 2,000 strongest drawn)

Each shape is trained for a few steps and every step's trace becomes a SceneState (nodes
coloured by |dL/dz|, edges by weight, with a title and a caption, as the live view shows
them); the frames cycle through these scenes, so colours change from frame to frame while
the shape stays, as in a running lesson. A frame is: QPainter on the image, ``paint``,
``end`` -- the whole repaint, background included. After a few warm-up frames,
``--frames`` frames are timed; the table gives the wall-clock median and 95th percentile
and the median CPU time of the thread beside the goal, what the renderer did (edges drawn
one by one, antialiasing of edges), then the median time of each drawing phase. Times are
printed only, never asserted. The machine this was written on is a shared 2-core VM whose
timings move by 2x with other work running: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402

from netviz.animation.choreography import settled_scene  # noqa: E402
from netviz.animation.options import SceneOptions  # noqa: E402
from netviz.engine import LayerSpec, Network, NetworkSpec  # noqa: E402
from netviz.render import DARK, NetworkRenderer, ensure_gui_application  # noqa: E402

WIDTH, HEIGHT = 1920, 1080
SHAPES = [
    ("[2,8,8,1]", [8, 8], 4.0),
    ("[2,16x6,1]", [16] * 6, 6.0),
    ("[2,64x12,1]", [64] * 12, 16.0),
]


def make_scenes(hidden: list[int], steps: int = 6, seed: int = 0):
    net = Network(NetworkSpec(inputs=2, hidden=tuple(LayerSpec(w, "relu") for w in hidden), outputs=1, seed=seed))
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (32, 2))
    y = (np.hypot(x[:, 0], x[:, 1]) < 0.6).astype(float)[:, None]
    scenes = []
    options = SceneOptions(node_quantity="gradient", edge_quantity="weight",
                           title="Benchmark", caption="Nodes by |dL/dz|, edges by weight.")
    for _ in range(steps):
        trace = net.train_step(x, y)
        scenes.append(settled_scene(trace, options))
    return scenes


def time_frames(renderer: NetworkRenderer, scenes, frames: int, warmup: int = 5):
    """Wall-clock ms, CPU ms of this thread, and the renderer's phases (ms) of each frame."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, WIDTH, HEIGHT)
    wall, cpu, phases = [], [], {}
    for i in range(warmup + frames):
        scene = scenes[i % len(scenes)]
        t0, c0 = time.perf_counter(), time.thread_time()
        painter = QPainter(image)
        renderer.paint(painter, scene, rect)
        painter.end()
        if i >= warmup:
            wall.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.thread_time() - c0) * 1e3)
            for name, ms in renderer.last_stats.get("phase_ms", {}).items():
                phases.setdefault(name, []).append(ms)
    return wall, cpu, phases


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=50)
    parser.add_argument("--antialias", choices=("auto", "on", "off"), default="auto")
    parser.add_argument("--profile", action="store_true", help="cProfile 200 frames of the largest shape")
    args = parser.parse_args()
    ensure_gui_application()
    antialias = {"auto": None, "on": True, "off": False}[args.antialias]
    print(f"netviz render speed: {WIDTH}x{HEIGHT} QImage (ARGB32 premultiplied), raster engine, "
          f"antialias {args.antialias}, {args.frames} frames per shape")
    print(f"python {platform.python_version()}, PySide6 {pyside_version}, {platform.machine()}, "
          f"{os.cpu_count()} CPUs, load average {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print()
    header = (f"{'shape':<14}{'edges':>8}{'drawn':>8}{'AA edges':>10}{'median ms':>11}{'p95 ms':>9}"
              f"{'CPU ms':>9}{'goal ms':>9}  met")
    print(header)
    print("-" * len(header))
    breakdown = []
    for name, hidden, goal in SHAPES:
        scenes = make_scenes(hidden)
        renderer = NetworkRenderer(DARK, antialias=antialias, raise_errors=True)
        wall, cpu, phases = time_frames(renderer, scenes, args.frames)
        stats = renderer.last_stats
        med, p95 = statistics.median(wall), percentile(wall, 95)
        print(f"{name:<14}{stats['edges_total']:>8,}{stats['edges_drawn']:>8,}{str(stats['antialias_edges']):>10}"
              f"{med:>11.2f}{p95:>9.2f}{statistics.median(cpu):>9.2f}{goal:>9.0f}  {'yes' if med <= goal else 'no'}")
        breakdown.append((name, {k: statistics.median(v) for k, v in phases.items()}))
    print()
    print("median ms per phase (from last_stats['phase_ms']):")
    for name, phases in breakdown:
        print(f"  {name:<13}" + "  ".join(f"{k} {v:.2f}" for k, v in phases.items() if v >= 0.05))
    if args.profile:
        scenes = make_scenes(SHAPES[-1][1])
        renderer = NetworkRenderer(DARK, antialias=antialias, raise_errors=True)
        time_frames(renderer, scenes, 5)
        profiler = cProfile.Profile()
        profiler.enable()
        time_frames(renderer, scenes, 200, warmup=0)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
