"""Scrubbing the timeline of a long run of the largest network: how long the GUI thread is held
by a far scrub (a step that needs a replay), before (the replay on the GUI thread) and after
(the replay on the background thread of ``animation.scrub_replays``).

Run from the repository root:

    python -m tests.benchmarks.scrub_latency                 # 12x64 network, 10,000 steps
    python -m tests.benchmarks.scrub_latency --steps 3000 --asks 5

The run trains as the window's worker does (most steps untraced, one in ``--draw-every``
traced and kept, the step cost measured and given to the timeline). Then, for ``--asks``
steps picked at random among those only a replay gives back (each far from the last):

- before: the view model with no background replays: ``pin(step)`` and ``scene()`` on the
  calling thread, the replay included (what the window did until now);
- after: the window's view model: ``pin(step)`` and ``scene()`` (the request), then a
  frame loop every 16 ms (``poll_replay`` and, once it arrived, ``scene()``), until the
  exact step is shown. Printed: the GUI-thread time of the scrub, the longest frame's
  GUI-thread work while the replay runs (the same scene built each frame, as a repaint
  would: the replay thread competes for the GIL and the 2 cores), the idle frame for
  comparison, and how long until the exact picture is shown.

Every step shown after its replay is checked against the same step replayed alone from the
nearest checkpoint (bit for bit). BLAS on one thread and the GIL's switch interval at 1 ms,
as in the window (``--switch-interval 0.005`` for Python's default). Figures are printed,
never asserted; `uptime` is printed with them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time

from threadpoolctl import threadpool_limits

from netviz.animation.scrub_replays import ScrubReplays
from netviz.animation.view_model import ViewModel
from netviz.engine.replay import Replay
from netviz.engine.trace import StepTrace
from netviz.ui.mailbox import RecordedSteps
from tests.animation.test_run_timeline import assert_same
from tests.benchmarks.timeline import largest

FRAME_S = 0.016


def train(steps: int, draw_every: int) -> tuple[RecordedSteps, object]:
    trainer = largest()
    recorded = RecordedSteps()
    recorded.checkpoint(trainer)
    trace = None
    started = time.perf_counter()
    for i in range(steps):
        t0 = time.perf_counter()
        drawn = i % draw_every == 0 or i == steps - 1
        trace = trainer.step() if drawn else None
        if trace is None:
            trainer.step_outcome()
        recorded.record(trainer, trace, time.perf_counter() - t0)
    print(f"trained {steps:,} steps in {time.perf_counter() - started:.0f} s; checkpoint interval "
          f"{recorded.timeline.interval:,}, {len(recorded.checkpoints())} checkpoints, "
          f"{recorded.nbytes / 2**20:.0f} MB held")
    return recorded, trace


def timed(call) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = call()
    return time.perf_counter() - t0, result


def idle_frame_ms(model: ViewModel, frames: int = 30) -> float:
    costs = []
    for _ in range(frames):
        costs.append(timed(model.scene)[0])
        time.sleep(FRAME_S)
    return statistics.median(costs) * 1e3


def scrub_after(model: ViewModel, step: int) -> tuple[float, float, float, object]:
    """(GUI ms of the scrub, longest frame's GUI ms while replaying, ms until shown, trace)."""
    started = time.perf_counter()
    scrub_s, _ = timed(lambda: (model.pin(step), model.scene()))
    worst = 0.0
    while True:
        time.sleep(FRAME_S)
        frame_s, arrived = timed(lambda: (model.poll_replay(), model.scene())[0])
        if arrived is not None:
            return scrub_s * 1e3, worst * 1e3, (time.perf_counter() - started) * 1e3, model.trace_shown()
        worst = max(worst, frame_s)


def replayed_alone(recorded: RecordedSteps, step: int) -> StepTrace | None:
    """Step ``step`` replayed by a Replay of its own from the nearest checkpoint (the reference)."""
    start = max((c for c in recorded.checkpoints() if c.network_steps <= step), key=lambda c: c.network_steps)
    return Replay(start).trace(step + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--draw-every", type=int, default=4)
    parser.add_argument("--asks", type=int, default=8)
    parser.add_argument("--switch-interval", type=float, default=0.001,
                        help="sys.setswitchinterval: the window's 0.001 s by default (Python's own is 0.005)")
    args = parser.parse_args()
    sys.setswitchinterval(args.switch_interval)
    print(f"GIL switch interval {args.switch_interval * 1e3:g} ms; BLAS on one thread")
    print(f"load: {os.popen('uptime').read().strip()}")
    with threadpool_limits(limits=1):
        recorded, last = train(args.steps, args.draw_every)
        rng = random.Random(0)
        candidates = [s for s in range(args.steps) if recorded.at_hand(s) is None]
        steps = rng.sample(candidates, 2 * args.asks)  # one half before, the other after: each far
        before = ViewModel("12x64", "")
        before.show_live(last, recorded)
        after = ViewModel("12x64", "", replays=ScrubReplays())
        after.show_live(last, recorded)
        idle = idle_frame_ms(after)
        rows = []
        for step, other in zip(steps[::2], steps[1::2]):
            before_s, _ = timed(lambda other=other: (before.pin(other), before.scene()))
            gui_ms, worst_ms, shown_ms, trace = scrub_after(after, step)
            assert_same(trace, replayed_alone(recorded, step), f"step {step}")
            rows.append((step, before_s * 1e3, gui_ms, worst_ms, shown_ms))
        after.close()
    print("\nbefore: a far scrub with the replay on the GUI thread (another far step each time); after: the "
          "window's, the replay in the background")
    print(f"\n{'step':>7} {'before: GUI ms':>15} {'after: GUI ms':>14} {'worst frame ms':>15} {'shown after ms':>15}")
    for step, before_ms, gui_ms, worst_ms, shown_ms in rows:
        print(f"{step:>7,} {before_ms:>15.1f} {gui_ms:>14.2f} {worst_ms:>15.2f} {shown_ms:>15.0f}")
    columns = list(zip(*rows))
    print(f"{'median':>7} {statistics.median(columns[1]):>15.1f} {statistics.median(columns[2]):>14.2f} "
          f"{statistics.median(columns[3]):>15.2f} {statistics.median(columns[4]):>15.0f}")
    print(f"{'max':>7} {max(columns[1]):>15.1f} {max(columns[2]):>14.2f} {max(columns[3]):>15.2f} "
          f"{max(columns[4]):>15.0f}")
    print(f"\nidle frame (the same scene built, no replay running): {idle:.2f} ms median. "
          f"Every step shown = its replay from the nearest checkpoint alone, bit for bit: yes.")
    print(f"load: {os.popen('uptime').read().strip()}")


if __name__ == "__main__":
    main()
