"""Saving and opening session files: version 1 (a zip entry per array) against version 2 (a blob per step).

Run from the repository root:

    python -m tests.benchmarks.session_speed                # vanishing, 2,000 steps, every trace kept
    python -m tests.benchmarks.session_speed --steps 500 --lesson dead-relu

Trains the lesson for ``--steps`` steps keeping every trace (as a window that recorded the
whole run saves it), then saves the run in each format version and opens it again, timing
both (best of ``--repeat``), and prints the file sizes and the number of arrays. Numbers are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from netviz.engine.lessons import find_lesson
from netviz.engine.session import VERSION, open_run, save_run
from netviz.engine.session_codec import Encoder


def _best(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default="vanishing")
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    lesson = find_lesson(args.lesson)
    trainer = lesson.build()
    start = time.perf_counter()
    traces = [trainer.step() for _ in range(args.steps)]
    trained = time.perf_counter() - start
    encoder = Encoder()
    encoder.encode(traces)
    print(f"{args.lesson}: {args.steps} steps trained in {trained:.1f} s; {len(encoder.arrays):,} distinct arrays "
          f"(load {os.getloadavg()[0]:.1f})")
    print(f"{'version':>7} | {'save s':>7} | {'open s':>7} | {'MB':>6} | {'µs/array save':>13} | {'µs/array open':>13}")
    with tempfile.TemporaryDirectory() as folder:
        for version in (1, VERSION):
            path = Path(folder) / f"v{version}.netviz"
            saved = _best(args.repeat, lambda p=path, v=version: save_run(p, lesson, trainer, traces, version=v))
            opened = _best(args.repeat, lambda p=path: open_run(p))
            n = len(encoder.arrays)
            print(f"{version:>7} | {saved:>7.2f} | {opened:>7.2f} | {path.stat().st_size / 1e6:>6.1f} | "
                  f"{saved / n * 1e6:>13.1f} | {opened / n * 1e6:>13.1f}")


if __name__ == "__main__":
    main()
