"""Peak memory of `netviz export` by the number of steps shown, on the widest network (12 x 64).

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.export_memory               # 1, 500 and 5000 steps
    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.export_memory --steps 1 500

Each export runs in a child process (settled steps of 0.02 s at 50 fps, one frame a step,
320x180 MP4); its peak resident memory (ru_maxrss, the kernel's VmHWM) is printed. The
frames replay their steps from a checkpoint instead of keeping every trace, so the peak
should not grow with the steps (it grew about 1.6 MB a step when every trace was kept).
Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.soak import WIDE


def peak(argv: list[str]) -> tuple[float | None, float, str]:
    """(peak RSS in MB or None if the command failed, seconds, its last line of stderr)."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run([sys.executable, '-m', 'netviz', *sys.argv[1:]], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.PIPE, text=True); "
             "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t); "
             "print((r.stderr.strip().splitlines() or [''])[-1])")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True, env=env)
    first, _, last = out.stdout.partition("\n")
    code, kb, seconds = first.split()
    return (int(kb) / 1024 if code == "0" else None), float(seconds), last.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, nargs="+", default=[1, 500, 5000], help="steps shown per export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wide = Path(folder) / "wide.toml"
        wide.write_text(WIDE)
        print(f"{'export 12x64, 320x180 MP4':<28} {'steps':>6} {'peak RSS MB':>12} {'seconds':>8}")
        for steps in args.steps:
            out = Path(folder) / f"export-{steps}.mp4"
            mb, seconds, said = peak(["export", "--lesson", str(wide), "--steps", str(steps), "--step-seconds", "0.02",
                                      "--fps", "50", "--size", "320x180", "--quiet", "-o", str(out)])
            shown = f"{mb:12.0f}" if mb is not None else f"{'refused':>12}"
            print(f"{'':<28} {steps:>6} {shown} {seconds:>8.1f}" + ("" if mb is not None else f"  ({said})"))


if __name__ == "__main__":
    main()
