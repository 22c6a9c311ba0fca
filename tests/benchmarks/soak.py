"""Soak: the memory of `netviz train`, the window and `netviz export` at the start and after long runs.

Run from the repository root:

    python -m tests.benchmarks.soak                  # 100,000 steps of train and the window, a 5000-step export
    python -m tests.benchmarks.soak --steps 20000 --export-steps 500    # shorter

Each command runs in its own process; its peak resident memory (ru_maxrss of the child)
is printed beside the same command with no steps (one for the export), so the growth is
what the run added. The window runs offscreen and plays at full speed until the step
count (``--steps N --screenshot``), as a class leaving it running would. A run is bounded
by ``MAX_RUN_STEPS`` (100,000 steps); its history keeps one compact row a step (about
350 bytes on 12 x 64); an export replays its steps instead of keeping their traces.
Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

WIDE = """title = "12 x 64"
caption = "the widest network netviz draws"
[dataset]
name = "circle"
[network]
hidden = [64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64]
activation = "relu"
[training]
batch_size = 16
"""


def peak_mb(argv: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of ``python -m netviz ARGV`` run in a child of a fresh
    intermediate process, so that each peak is that command's alone."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "subprocess.run([sys.executable, '-m', 'netviz', *sys.argv[1:]], check=True, "
             "stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True, env=env)
    kb, seconds = out.stdout.split()
    return int(kb) / 1024, float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000, help="training steps of the long run")
    parser.add_argument("--export-steps", type=int, default=5000, help="settled steps of the long export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wide = Path(folder) / "wide.toml"
        wide.write_text(WIDE)
        rows = []
        for lesson in ("vanishing", str(wide)):
            name = Path(lesson).stem
            for steps in (0, args.steps):
                mb, s = peak_mb(["train", "--lesson", lesson, "--steps", str(steps), "--quiet"])
                rows.append((f"train {name}", steps, mb, s))
            for steps in (0, args.steps):
                shot = Path(folder) / f"window-{name}-{steps}.png"
                mb, s = peak_mb(["--lesson", lesson, "--steps", str(steps), "--size", "1024x768",
                                 "--screenshot", str(shot)])
                rows.append((f"window {name} (offscreen)", steps, mb, s))
        for steps in (1, args.export_steps):
            out = Path(folder) / f"soak-{steps}.mp4"
            mb, s = peak_mb(["export", "--lesson", str(wide), "--steps", str(steps), "--step-seconds", "0.02",
                             "--fps", "50", "--size", "320x180", "--quiet", "-o", str(out)])
            rows.append(("export 12x64 (settled, 320x180)", steps, mb, s))
    print(f"{'command':<34} {'steps':>7} {'peak RSS MB':>12} {'seconds':>8}")
    for what, steps, mb, s in rows:
        print(f"{what:<34} {steps:>7} {mb:>12.0f} {s:>8.1f}")


if __name__ == "__main__":
    main()
