"""Memory of the step history: bytes per recorded step, and RSS over a long run under the ceiling.

Run from the repository root:

    python -m tests.benchmarks.history_memory                 # full run, about a minute
    python -m tests.benchmarks.history_memory --steps 20000   # a shorter long run
    python -m tests.benchmarks.history_memory --ceiling-mb 16 # the long run's ceiling (default 32)

1. Bytes per recorded step (``History.nbytes / len(history)``: what the stored traces keep
   alive, each shared buffer once) for every lesson's network, trained by its own Trainer
   (the lesson's batches, a dead-unit scan and a validation loss every step), and for the
   largest network the window builds: 64 inputs, 12 hidden ReLU layers of 64 units, 10
   softmax outputs, batch 64. Beside it: one trace counted alone (``trace_nbytes``) and
   how many steps fit in the default ceiling (``DEFAULT_MAX_BYTES``, 256 MB).
2. A long run: 100,000 steps (``--steps``) of the dead-relu lesson's network appended to
   a History with a small ceiling, so that it fills early and then evicts at every
   step. The steps are ``network.train_step`` on the Trainer's batches (dead units
   measured on the batch: the whole-set scan every step would make the run 10x longer
   and changes no trace's size). The process's resident memory (RSS) is printed every
   tenth of the run: once the history is full it must stay flat.

Numbers are printed, never asserted; times are only for orientation.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

import numpy as np

from netviz.animation.history import DEFAULT_MAX_BYTES, History, trace_nbytes
from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec
from netviz.engine.lessons import find_lesson, lesson_names

MB = 2**20


def rss_bytes() -> int:
    """The resident set size now (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def shape_of(spec: NetworkSpec) -> str:
    hidden = [ls.units for ls in spec.hidden]
    if len(hidden) > 2 and len(set(hidden)) == 1:
        middle = f"{hidden[0]}x{len(hidden)}"
    else:
        middle = ",".join(map(str, hidden))
    return f"[{spec.inputs},{middle},{spec.outputs}]" if hidden else f"[{spec.inputs},{spec.outputs}]"


def measure(traces) -> tuple[float, int, float]:
    """(bytes per step in a history, bytes of the last trace alone, microseconds per append)."""
    history = History(10**12)
    start = time.perf_counter()
    for t in traces:
        history.append(t)
    append_us = (time.perf_counter() - start) / len(traces) * 1e6
    return history.nbytes / len(history), trace_nbytes(traces[-1]), append_us


def row(name: str, shape: str, batch: int, steps: int, per_step: float, alone: int, append_us: float) -> str:
    fits = int(DEFAULT_MAX_BYTES // per_step)
    return (f"{name:<16} {shape:<18} {batch:>5} {steps:>6} {per_step / 1024:>10.1f} {alone / 1024:>10.1f} "
            f"{fits:>12,} {append_us:>8.0f}")


def lesson_traces(name: str, steps: int) -> tuple[list, object]:
    trainer = find_lesson(name).build()
    traces = []
    for _ in range(steps):
        if trainer.stopped:  # e.g. the exploding lesson diverges on purpose
            break
        traces.append(trainer.step())
    return traces, trainer


def largest_traces(steps: int) -> tuple[list, NetworkSpec]:
    spec = NetworkSpec(inputs=64, hidden=(LayerSpec(64, "relu"),) * 12, outputs=10, output="softmax", init="he")
    net = Network(spec, OptimizerSpec("sgd", 0.01))
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, (64, 64))
    y = np.eye(10)[rng.integers(0, 10, 64)]
    return [net.train_step(x, y) for _ in range(steps)], spec


def per_step_table(steps: int) -> None:
    print(f"Bytes per recorded step ({steps} steps each; default ceiling {DEFAULT_MAX_BYTES / MB:.0f} MB)\n")
    print(f"{'network':<16} {'shape':<18} {'batch':>5} {'steps':>6} {'KB/step':>10} {'KB alone':>10} "
          f"{'steps in 256MB':>12} {'append us':>8}")
    for name in lesson_names():
        traces, trainer = lesson_traces(name, steps)
        per_step, alone, append_us = measure(traces)
        print(row(name, shape_of(trainer.spec), traces[-1].inputs.shape[0], len(traces), per_step, alone, append_us))
    traces, spec = largest_traces(min(steps, 100))
    per_step, alone, append_us = measure(traces)
    print(row("largest", shape_of(spec), 64, len(traces), per_step, alone, append_us))
    print("\nKB/step: History.nbytes / steps (buffers shared between steps counted once, and the history's own "
          "bookkeeping);\nKB alone: trace_nbytes of one trace by itself (no sharing, no bookkeeping).")


def long_run(steps: int, ceiling_mb: float) -> None:
    ceiling = int(ceiling_mb * MB)
    trainer = find_lesson("dead-relu").build()
    net = trainer.network
    history = History(ceiling)
    print(f"\nLong run: {steps:,} steps of the dead-relu lesson's network {shape_of(trainer.spec)} "
          f"into a History of {ceiling_mb:g} MB\n")
    print(f"{'step':>8} {'kept':>7} {'history MB':>11} {'RSS MB':>8} {'RSS change MB':>14}")
    report_every = max(steps // 10, 1)
    rss_start = rss_bytes()
    rss_full = None
    full_at = None
    started = time.perf_counter()
    append_time = 0.0
    for i in range(1, steps + 1):
        x, y = trainer.next_batch()
        trace = net.train_step(x, y)
        t0 = time.perf_counter()
        history.append(trace)
        append_time += time.perf_counter() - t0
        if full_at is None and history.evicted:
            full_at = i
            rss_full = rss_bytes()
        if i % report_every == 0 or i == steps:
            rss = rss_bytes()
            grown = (rss - rss_start) / MB
            print(f"{i:>8,} {len(history):>7,} {history.nbytes / MB:>11.2f} {rss / MB:>8.1f} {grown:>+14.1f}")
    elapsed = time.perf_counter() - started
    print(f"\nThe history was full from step {full_at:,} ({len(history):,} steps kept, "
          f"{history.nbytes / len(history) / 1024:.1f} KB each); never over the ceiling: "
          f"{history.nbytes <= ceiling}.")
    if rss_full is not None:
        print(f"RSS change from then to the end: {(rss_bytes() - rss_full) / MB:+.1f} MB "
              f"(the history holds {history.nbytes / MB:.1f} MB of {ceiling_mb:g} MB).")
    print(f"{elapsed:.1f} s in all; History.append {append_time / steps * 1e6:.0f} us per step.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000, help="steps of the long run (default 100,000)")
    parser.add_argument("--ceiling-mb", type=float, default=32.0, help="the long run's memory ceiling in MB")
    parser.add_argument("--sample", type=int, default=200, help="steps per network for the bytes per step")
    args = parser.parse_args()
    per_step_table(args.sample)
    long_run(args.steps, args.ceiling_mb)


if __name__ == "__main__":
    main()
