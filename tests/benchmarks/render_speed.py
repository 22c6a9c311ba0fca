"""Full repaint time of the netviz renderer into a 1920x1080 QImage (raster engine).

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed             # 50 frames per shape
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --frames 200
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --antialias on   # or off; default auto
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --profile   # cProfile of the largest shape
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.render_speed --lesson vanishing [--lesson dead-relu]

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

``--lesson NAME`` (repeatable) times the live view's case instead: the real window (offscreen,
1920x1080) plays the lesson for a moment and the scenes it hands its network view are kept
(header, legend, input maps and all); then they are painted the way the window paints them,
into an image of the window's size and backing store format at the view's offset, by a
renderer like the window's (its theme, "fast" quality). ``--profile`` then profiles the
first lesson's frames; ``--busy`` paints them while the lesson trains in another thread
(numpy, one BLAS thread), competing for the GIL and the cores as the window's worker does.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import threading
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


def lesson_scenes(name: str, keep: int, max_seconds: float = 20.0) -> tuple[list, dict]:
    """The first ``keep`` scenes the live window gave its network view while playing ``name``
    at full speed (fewer if ``max_seconds`` passed first), and where it paints them (window
    size, view rect and offset, format). Each frame then paints a new scene, as live: texts of
    new numbers are prepared anew."""
    from PySide6.QtCore import QEventLoop

    from netviz.ui.main_window import MainWindow

    app = ensure_gui_application()
    win = MainWindow(lesson=name)
    win.resize(WIDTH, HEIGHT)
    win.show()
    scenes: list = []
    where: dict = {}
    set_scene, paint = win.view.set_scene, win.renderer.paint

    def keep_scene(scene) -> None:
        if scene is not None and (not scenes or scene is not scenes[-1]):
            scenes.append(scene)
        set_scene(scene)

    def paint_seen(painter, scene, rect) -> None:
        t = painter.deviceTransform()
        device = painter.paintEngine().paintDevice()  # the backing store's image, not the widget
        where.update(window=(device.width(), device.height()), rect=QRectF(rect), dx=t.dx(), dy=t.dy(),
                     format=getattr(device, "format", lambda: QImage.Format.Format_ARGB32_Premultiplied)())
        paint(painter, scene, rect)

    win.view.set_scene = keep_scene  # type: ignore[method-assign]
    win.renderer.paint = paint_seen  # type: ignore[method-assign]
    deadline = time.perf_counter() + 10.0
    while win.view.scene is None and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    scenes.clear()
    win.run_steps(1_000_000)
    end = time.perf_counter() + max_seconds
    while time.perf_counter() < end and len(scenes) < keep:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    win.close()
    app.processEvents()
    return scenes[:keep], where


def _train_meanwhile(name: str, stop: threading.Event) -> None:
    """The lesson's Trainer stepping (numpy, BLAS at one thread) until ``stop``: a worker
    thread competing for the GIL and the cores, as in the live window."""
    from threadpoolctl import threadpool_limits

    from netviz.engine.lessons import find_lesson

    trainer = find_lesson(name).build()
    with threadpool_limits(limits=1):
        while not stop.is_set():
            if trainer.stopped:
                trainer = find_lesson(name).build()
            trainer.step()


def time_lesson(name: str, frames: int, antialias: bool | None, profile: bool, busy: bool) -> None:
    """The live view's paints of lesson ``name`` (see the module docstring); ``busy``: while
    the lesson trains in another thread."""
    from PySide6.QtGui import QTransform

    from netviz.ui.themes import DEFAULT_THEME, find_theme

    scenes, where = lesson_scenes(name, 5 + frames)
    if not scenes or "rect" not in where:
        print(f"{name:<20} no scenes")
        return
    image = QImage(*where["window"], where["format"])
    renderer = NetworkRenderer(find_theme(DEFAULT_THEME), antialias=antialias, raise_errors=True)
    wall, cpu, phases = [], [], {}
    caches: dict[str, int] = {}  # how often the static layer and its patch were drawn or reused
    profiler = cProfile.Profile() if profile else None
    stop = threading.Event()
    worker = threading.Thread(target=_train_meanwhile, args=(name, stop), daemon=True) if busy else None
    if worker is not None:
        worker.start()
    for i in range(5 + frames):
        scene = scenes[i % len(scenes)]
        if i == 5 and profiler is not None:
            profiler.enable()
        t0, c0 = time.perf_counter(), time.thread_time()
        painter = QPainter(image)
        painter.setTransform(QTransform.fromTranslate(where["dx"], where["dy"]))
        renderer.paint(painter, scene, where["rect"])
        painter.end()
        if i >= 5:
            wall.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.thread_time() - c0) * 1e3)
            for phase, ms in renderer.last_stats.get("phase_ms", {}).items():
                phases.setdefault(phase, []).append(ms)
            patches = renderer.last_stats.get("static_patches", 0)
            for state in (f"static layer {renderer.last_stats.get('static_layer')}",
                          f"{patches} patches drawn"):
                caches[state] = caches.get(state, 0) + 1
    stop.set()
    if worker is not None:
        worker.join()
    if profiler is not None:
        profiler.disable()
    stats = renderer.last_stats
    r = where["rect"]
    print(f"{name}: window {where['window'][0]}x{where['window'][1]} {where['format'].name}, view at "
          f"({where['dx']:.0f}, {where['dy']:.0f})")
    print(f"{name:<20}{stats['edges_total']:>7,}{len(scenes):>8}{f'{r.width():.0f}x{r.height():.0f}':>11}"
          f"{statistics.median(wall):>11.2f}{percentile(wall, 95):>9.2f}{statistics.median(cpu):>9.2f}")
    print("  median ms per phase: " + "  ".join(f"{k} {statistics.median(v):.2f}" for k, v in phases.items()
                                               if statistics.median(v) >= 0.05))
    print("  frames: " + ", ".join(f"{state} {count}" for state, count in sorted(caches.items())))
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=50)
    parser.add_argument("--antialias", choices=("auto", "on", "off"), default="auto")
    parser.add_argument("--profile", action="store_true", help="cProfile 200 frames of the largest shape")
    parser.add_argument("--lesson", action="append", default=[],
                        help="time the live window's paints of this lesson (repeatable) instead of the shapes")
    parser.add_argument("--busy", action="store_true",
                        help="with --lesson: the lesson trains in another thread meanwhile (numpy), as in the window")
    args = parser.parse_args()
    if args.lesson:
        from netviz.ui.app import make_app

        make_app()  # the window's widgets need a QApplication, with the app's font
    ensure_gui_application()
    antialias = {"auto": None, "on": True, "off": False}[args.antialias]
    print(f"netviz render speed: {WIDTH}x{HEIGHT} QImage (ARGB32 premultiplied), raster engine, "
          f"antialias {args.antialias}, {args.frames} frames per shape")
    print(f"python {platform.python_version()}, PySide6 {pyside_version}, {platform.machine()}, "
          f"{os.cpu_count()} CPUs, load average {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print()
    if args.lesson:
        print(f"{'lesson':<20}{'edges':>7}{'scenes':>8}{'view':>11}{'median ms':>11}{'p95 ms':>9}{'CPU ms':>9}")
        for k, name in enumerate(args.lesson):
            time_lesson(name, args.frames, antialias, args.profile and k == 0, args.busy)
        return
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
