"""The run's timeline over a long run: memory of kept traces and checkpoints, and how long it
takes to get the trace of an arbitrary step (replayed from the nearest checkpoint).

Run from the repository root:

    python -m tests.benchmarks.timeline                        # dead-relu 100,000 steps, 12x64 10,000 steps
    python -m tests.benchmarks.timeline --steps 20000 --large-steps 2000

Each run trains the way the window's worker does: most steps without their trace
(``Trainer.advance``; with ``--engine fused`` a fused run, by the kernel, many steps per call,
and replayed by it), one step in ``--draw-every`` traced and kept (the steps a
60 Hz view draws), the step cost measured and handed to the timeline, which chooses its
checkpoint interval from it (``REPLAY_BUDGET_S``) and thins its checkpoints under their
ceiling. Every tenth of the run it prints the interval, the checkpoints and the memory
held (kept traces, checkpoints, replay cache) and the process's RSS. At the end it asks
for ``--asks`` steps picked at random over the whole run (each a replay: far apart) and
prints the median and maximum milliseconds, and checks a few replayed steps against the
traces kept aside when they were first drawn (bit for bit). Networks: the dead-relu lesson
(Adam, a whole-set dead-unit scan every step) and the largest the window builds (digits,
64 inputs, 12 hidden ReLU layers of 64 units, 10 softmax outputs, batch 64).

BLAS runs on one thread, as in the window's worker (on a loaded 2-core machine several BLAS
threads made the 12x64 steps 5-10x slower). Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from threadpoolctl import threadpool_limits

from netviz.animation.run_timeline import DEFAULT_CHECKPOINT_BYTES, REPLAY_BUDGET_S, RunTimeline
from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec, fused_steps
from netviz.engine.datasets import make_dataset
from netviz.engine.lessons import find_lesson
from netviz.engine.replay import Replay
from netviz.engine.trainer import Trainer
from tests.animation.test_run_timeline import assert_same
from tests.benchmarks.history_memory import MB, rss_bytes, shape_of


def largest() -> Trainer:
    data = make_dataset("digits", samples=400)
    spec = NetworkSpec(inputs=64, hidden=(LayerSpec(64, "relu"),) * 12, outputs=10, output="softmax", init="he")
    return Trainer(spec, data, TrainSpec(batch_size=64, optimizer=OptimizerSpec("adam", 0.001)))


def run(name: str, trainer: Trainer, steps: int, draw_every: int, asks: int, fused: bool = False) -> None:
    trainer.fused = fused
    timeline = RunTimeline()
    timeline.checkpoint(trainer)
    engine = "a fused run (the kernel)" if fused else "numpy"
    print(f"\n{name} {shape_of(trainer.spec)}, optimizer {trainer.train_spec.optimizer.kind}, {engine}: "
          f"{steps:,} steps, "
          f"one in {draw_every} traced; ceilings {timeline.max_trace_bytes / MB:.0f} MB of traces, "
          f"{timeline.max_checkpoint_bytes / MB:.0f} MB of checkpoints\n")
    print(f"{'step':>8} {'interval':>8} {'checkpoints':>11} {'ckpt MB':>8} {'traces MB':>9} {'cache MB':>8} "
          f"{'RSS MB':>8} {'ms/step':>8}")
    aside = {}  # a few drawn traces, compared with their replay at the end
    rng = random.Random(0)
    report_every = max(steps // 10, 1)
    started = time.perf_counter()
    last_report, last_step = started, 0
    while trainer.steps_done < steps:
        if trainer.stopped:
            print(f"stopped at step {trainer.steps_done}: {trainer.stop_reason}")
            break
        i = trainer.steps_done
        t0 = time.perf_counter()
        if i % draw_every == 0:
            trace = trainer.traced_step()
        else:  # the steps up to the next drawn one, in one go (as the worker)
            trace = None
            trainer.advance(min(draw_every - i % draw_every, steps - i))
        done_now = trainer.steps_done - i
        timeline.record(trainer, trace, (time.perf_counter() - t0) / max(done_now, 1), done_now)
        if trace is not None and i < steps // 2 and rng.random() < 0.02 and len(aside) < 5:
            aside[i] = trace
        if trainer.steps_done // report_every > i // report_every:
            now = time.perf_counter()
            per_step = (now - last_report) / (trainer.steps_done - last_step) * 1e3
            last_report, last_step = now, trainer.steps_done
            print(f"{trainer.steps_done:>8,} {timeline.interval:>8,} {len(timeline.checkpoints()):>11} "
                  f"{timeline.checkpoint_bytes / MB:>8.1f} {timeline.trace_bytes / MB:>9.1f} "
                  f"{timeline.cache_bytes / MB:>8.1f} {rss_bytes() / MB:>8.0f} {per_step:>8.3f}")
    done = trainer.steps_done
    latencies, lengths = [], []
    starts = [c.network_steps for c in timeline.checkpoints()]
    for _ in range(asks):
        step = rng.randrange(done)
        lengths.append(step + 1 - max(s for s in starts if s <= step))  # steps the replay trains
        t0 = time.perf_counter()
        trace = timeline.get(step)
        latencies.append((time.perf_counter() - t0) * 1e3)
        assert trace is not None and trace.step == step
    slowest = max(range(asks), key=latencies.__getitem__)
    following = min(step + 1, done - 1)  # right after a replay: the replaying Trainer goes on
    t0 = time.perf_counter()
    timeline.get(following)
    next_ms = (time.perf_counter() - t0) * 1e3
    for step, trace in aside.items():
        assert_same(timeline.get(step), trace, f"step {step}")
    print(f"\nget(random step), {asks} asks: median {statistics.median(latencies):.1f} ms, "
          f"max {max(latencies):.1f} ms ({lengths[slowest]} steps replayed; the longest replay "
          f"{max(lengths)} steps, interval {timeline.interval:,}); the next step after one: "
          f"{next_ms:.2f} ms. Replayed = drawn, bit for bit, for {len(aside)} steps kept aside: yes.")
    # The longest replay, its steps on the way skipping their evaluations (as ``get`` replays) or not.
    start = max(starts[:-1], key=lambda s: starts[starts.index(s) + 1] - s) if len(starts) > 1 else starts[0]
    target = min(starts[starts.index(start) + 1] if len(starts) > 1 else done, done)
    skip_ms = {}
    for skip in (True, False, True, False):
        state = next(c for c in timeline.checkpoints() if c.network_steps == start)
        t0 = time.perf_counter()
        Replay(state, skip_evaluations=skip).trace(target)
        skip_ms.setdefault(skip, []).append((time.perf_counter() - t0) * 1e3)
    print(f"A replay of {target - start} steps: {min(skip_ms[True]):.1f} ms skipping the evaluations on the way, "
          f"{min(skip_ms[False]):.1f} ms evaluating every step (best of 2 each).")
    print(f"Held at the end: {timeline.nbytes / MB:.1f} MB (traces {timeline.trace_bytes / MB:.1f}, checkpoints "
          f"{timeline.checkpoint_bytes / MB:.1f}, cache {timeline.cache_bytes / MB:.1f}); "
          f"{time.perf_counter() - started:.0f} s in all.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000, help="steps of the lesson run")
    parser.add_argument("--large-steps", type=int, default=10_000, help="steps of the 12x64 run")
    parser.add_argument("--draw-every", type=int, default=100)
    parser.add_argument("--asks", type=int, default=20)
    parser.add_argument("--engine", choices=("numpy", "fused", "both"), default="numpy",
                        help="train (and replay) with the numpy engine, the fused kernel (numba), or each in turn")
    args = parser.parse_args()
    engines = {"numpy": [False], "fused": [True], "both": [False, True]}[args.engine]
    if True in engines and fused_steps.warm_up():
        print("Fused kernel warmed up (compiled or loaded from its cache).")
    print(f"Replay budget {REPLAY_BUDGET_S * 1e3:.0f} ms; checkpoint ceiling {DEFAULT_CHECKPOINT_BYTES / MB:.0f} MB; "
          f"BLAS on one thread, as in the window's worker.")
    with threadpool_limits(limits=1):
        for fused in engines:
            if args.steps:
                run("dead-relu", find_lesson("dead-relu").build(steps=args.steps), args.steps, args.draw_every,
                    args.asks, fused)
            if args.large_steps:
                run("largest", largest(), args.large_steps, max(args.draw_every // 25, 1), args.asks, fused)


if __name__ == "__main__":
    main()
