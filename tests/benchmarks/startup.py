"""Start-up time of netviz in a real X server: launch -> window on screen -> network painted.

Run from the repository root (needs Xvfb, xdotool and ImageMagick, as tests/packaging):

    python -m tests.benchmarks.startup                          # the `netviz` beside this Python
    python -m tests.benchmarks.startup --program build/dist/netviz/netviz   # a bundle (packaging/build-linux)
    python -m tests.benchmarks.startup --runs 5 --steps 0       # --steps 0: plain launch, no training
    python -m tests.benchmarks.startup --from-source            # `python -m netviz` of this checkout

Each run starts the program in a fresh Xvfb and times two moments from the launch:
*window*, when xdotool first sees its window mapped, and *network*, when a screenshot of
the window first shows the network (the node colours of the gradient scale in the network
view: the check of tests/packaging/test_smoke.py). Screenshots are taken back to back, each
costs ~0.1 s, so *network* is late by up to that much. With the default --steps 1 the
network appears after the first training step; --steps 0 shows whether it is drawn before
any step ("-" when it is not within --wait seconds). Then the window is closed and the
program must exit with 0.

With --from-source the checkout's modules are byte-compiled first, as an installation's are
(pip compiles them): else, with PYTHONDONTWRITEBYTECODE set, every launch would compile every
module again (~0.3 s measured here), a cost no installed netviz pays.

The first run is *cold*: the kernel's page cache is dropped before it (as after a reboot;
needs root, else the run is marked "cold?" and is only the first). The others are *warm*.
Times are printed, never asserted. The machine this was written on is a shared 2-core VM:
compare runs made back to back.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.packaging import xwindow
from tests.packaging.test_smoke import assert_shows_network


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (root only); True if it was emptied."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_run(program: list[str], wait_s: float) -> tuple[float, float | None]:
    """Seconds from launch to the window, and to the painted network (None if not seen)."""
    with xwindow.xvfb() as display:
        started = time.monotonic()
        app = subprocess.Popen(program, env=xwindow.x_env(display),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            window = xwindow.wait_for_window(display, app, 120.0)
            to_window = time.monotonic() - started
            to_network = None
            while time.monotonic() - started < wait_s:
                pixels = xwindow.grab(display, window)
                taken = time.monotonic() - started
                try:
                    assert_shows_network(pixels)
                except AssertionError:
                    continue
                to_network = taken
                break
            xwindow.request_close(display, window)
            code = app.wait(timeout=20)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    if code != 0:
        raise RuntimeError(f"{program[0]} exited with {code} after its window was closed")
    return to_window, to_network


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", default=str(Path(sys.executable).parent / "netviz"),
                        help="the netviz to start (default: the console script beside this Python)")
    parser.add_argument("--from-source", action="store_true",
                        help="start `python -m netviz` with this Python in the current folder (a checkout's "
                             "own code, not the installed one); --program is then ignored")
    parser.add_argument("--runs", type=int, default=4, help="runs: one cold, then warm ones (default 4)")
    parser.add_argument("--steps", type=int, default=1, help="--steps given to netviz (default 1; 0 for none)")
    parser.add_argument("--wait", type=float, default=15.0, help="seconds to wait for the network (default 15)")
    args = parser.parse_args(argv)
    missing = xwindow.missing_tools()
    if missing:
        print(f"startup: needs {', '.join(missing)}", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "netviz"] if args.from_source else [args.program]
    if args.from_source:
        # py_compile writes the .pyc files whatever PYTHONDONTWRITEBYTECODE says.
        compileall.compile_dir(str(Path("netviz")), quiet=1)
    program = [*command, "--lesson", "vanishing", "--size", "1280x800"]
    if args.steps:
        program += ["--steps", str(args.steps)]
    print(f"{' '.join(program)}\n")
    print(f"{'run':<6} {'window s':>9} {'network s':>10}")
    warm: list[tuple[float, float | None]] = []
    for run in range(args.runs):
        kind = ("cold" if drop_page_cache() else "cold?") if run == 0 else "warm"
        to_window, to_network = one_run(program, args.wait)
        if run:
            warm.append((to_window, to_network))
        network = f"{to_network:.2f}" if to_network is not None else "-"
        print(f"{kind:<6} {to_window:>9.2f} {network:>10}", flush=True)
    if warm:
        windows = [w for w, _ in warm]
        networks = [n for _, n in warm if n is not None]
        network = f"{statistics.median(networks):.2f}" if networks else "-"
        print(f"{'median':<6} {statistics.median(windows):>9.2f} {network:>10}  (warm runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
