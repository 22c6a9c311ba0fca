"""What the docked plots cost per frame as a run grows: it must stay flat.

Run from the repository root (no display needed)::

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.plot_cost [--steps 100000] [--per-frame 60] [--gui-thread-pool]

Feeds ``TrainingPlots`` synthetic step summaries of a 12-layer network in frame-sized
chunks (``--per-frame`` steps arrive between two frames, as at a few thousand steps per
second), and times each frame's append + redraw + paint of the plots (a ``grab`` of the
widget at 1920x300) at several points of the run. Prints the median milliseconds per
frame at each point, each plot's own paint and the points its curves hold, and the ratio
of the last to the first: about 1 means the cost does not grow with the run. Then each
plot's repaint once its x axis has grown (a new x range: its axis and grid drawn again), as
the app runs Qt (without its GUI thread pool: ``netviz.ui.app.NO_GUI_THREAD_POOL``) or, with
``--gui-thread-pool``, with it; run both to compare. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np
from PySide6.QtWidgets import QApplication, QWidget

from netviz.engine.trainer import StepSummary
from netviz.ui.app import NO_GUI_THREAD_POOL
from netviz.ui.plots import TrainingPlots


def summaries(start: int, n: int, layers: int, rng: np.random.Generator) -> list[StepSummary]:
    """Noisy curves like a real run's: a slow drift plus step-to-step noise."""
    out = []
    for s in range(start, start + n):
        drift = np.sin(s / 5000.0)
        out.append(StepSummary(
            step=s, loss=float(0.5 + 0.2 * drift + 0.05 * rng.random()), val_loss=float(0.6 + 0.2 * drift),
            grad_norms=tuple(float(g) for g in 10.0 ** (np.linspace(-6, 0, layers) + 0.3 * rng.random(layers))),
            dead_fractions=tuple(float(d) for d in 0.3 + 0.2 * drift + 0.02 * rng.random(layers)), diverged=False))
    return out


def repaint_ms(widget: QWidget) -> float:
    """One plot's paint alone (its viewport repainted now), in ms of this thread's CPU time:
    steadier than the wall clock on a shared machine."""
    t0 = time.thread_time()
    widget.viewport().repaint()
    return (time.thread_time() - t0) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--per-frame", type=int, default=60)
    parser.add_argument("--gui-thread-pool", action="store_true",
                        help="leave Qt's GUI thread pool on (the app turns it off)")
    args = parser.parse_args()
    if not args.gui_thread_pool:
        os.environ.setdefault(*NO_GUI_THREAD_POOL)
    app = QApplication.instance() or QApplication([])
    print(f"Qt's GUI thread pool: {'off' if os.environ.get(NO_GUI_THREAD_POOL[0]) else 'on'}")
    plots = TrainingPlots()
    plots.resize(1920, 300)
    plots.show()  # hidden plots are not redrawn
    layers = 13
    plots.clear([f"layer {i}" for i in range(layers)])
    rng = np.random.default_rng(0)
    checkpoints = sorted({1_000, 10_000, 50_000, args.steps})
    step, rows = 0, []
    for target in checkpoints:
        # Fill up to just before the checkpoint without timing, then time 30 frames there.
        while step < target - 30 * args.per_frame:
            n = min(5_000, target - 30 * args.per_frame - step)
            plots.append(summaries(step, n, layers, rng))
            step += n
        times, cpu, paints = [], [], []
        for _ in range(30):
            batch = summaries(step, args.per_frame, layers, rng)
            t0, c0 = time.perf_counter(), time.thread_time()
            plots.append(batch)
            plots.redraw_now()  # the window staggers the three plots over three ticks
            plots.grab()
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.thread_time() - c0) * 1e3)
            paints.append([repaint_ms(w) for w in (plots.loss_plot, plots.grad_plot, plots.dead_plot)])
            step += args.per_frame
        rows.append((step, statistics.median(times), max(times), statistics.median(cpu),
                     [statistics.median(p[k] for p in paints) for k in range(3)], plots.curve_points()))
    print(f"{'steps':>8} {'median ms/frame':>16} {'max ms':>8} {'CPU ms':>7}"
          "   paint CPU ms: loss grad dead   points: loss grad dead")
    for steps, med, worst, cpu_med, (loss, grad, dead), pts in rows:
        print(f"{steps:>8,} {med:>16.2f} {worst:>8.2f} {cpu_med:>7.2f}   {loss:18.2f} {grad:4.2f} {dead:4.2f}"
              f"   {pts['loss']:12,} {pts['grad']:4,} {pts['dead']:4,}")
    print(f"last / first: {rows[-1][1] / rows[0][1]:.2f}x (goal: about 1, the cost does not grow with the run)")
    grown = {}
    for name, widget in (("loss", plots.loss_plot), ("grad", plots.grad_plot), ("dead", plots.dead_plot)):
        ms = []
        for k in range(60):
            widget.setXRange(0, step * (1.0 + 0.05 * (k + 1)), padding=0.02)
            t0 = time.perf_counter()
            widget.viewport().repaint()
            ms.append((time.perf_counter() - t0) * 1e3)
        grown[name] = statistics.median(ms)
    print("repaint once the x axis grew, median ms: " + "  ".join(f"{k} {v:.2f}" for k, v in grown.items()))


if __name__ == "__main__":
    main()
