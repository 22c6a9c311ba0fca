"""The fused kernel's section of ``engine_speed``: training points per second of the numpy
engine's steps (traced and not), of the fused kernel (``fused_steps.train_steps``, many steps
per call), and of the fused kernel with one step in every 1/60 s traced by the numpy engine
(what a window showing 60 pictures a second trains), beside TensorFlow Playground's figure
and PyTorch's, each with its goal; then the Trainer (batches, whole-set dead-unit scan and
validation loss every step) with the numpy engine and with the kernel.

Run by ``python -m tests.benchmarks.engine_speed`` (or ``--fused-only``); needs the ``fast``
extra (numba) for the kernel's columns, and prints why they are missing without it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import numpy as np

from netviz.engine import fused_steps
from netviz.engine.dataset_types import Dataset
from netviz.engine.network import Network
from netviz.engine.spec import OptimizerSpec, TrainSpec
from netviz.engine.trainer import Trainer

from .engine_speed import (
    DATA_SEED,
    LEARNING_RATE,
    PLAYGROUND_POINTS_S,
    UNTRACED_SHAPES,
    Contender,
    Shape,
    make_data,
    measure,
    netviz_contender,
    network_spec,
    torch,
    torch_contender,
)

DISPLAY_RATE = 60  # pictures a second a window shows; each one a traced step
FUSED_CALL = 1000  # steps per kernel call in the bare kernel's column


def load() -> str:
    return "load " + " ".join(f"{v:.2f}" for v in os.getloadavg())


class Steps(Contender):
    """A contender whose ``step()`` trains ``per_call`` steps."""

    def __init__(self, name: str, step: Callable[[], object], per_call: int):
        super().__init__(name, step)
        self.per_call = per_call

    @property
    def steps_per_s(self) -> float:
        return self.median * self.per_call

    @property
    def cpu_steps_per_s(self) -> float:
        return self.cpu_median * self.per_call


def _fused_on_batch(net: Network, x: np.ndarray, y: np.ndarray, steps: int) -> Callable[[], object]:
    """``steps`` kernel steps on the one batch (x, y), as the other contenders train."""
    rows = np.tile(np.arange(len(x)), (steps, 1))
    no_eval = np.zeros(steps, bool)

    def run() -> object:
        return fused_steps.train_steps(net, x, y, rows, no_eval, x[:0], y[:0], None, None)

    return run


def _shown_at_display_rate(shape: Shape, x: np.ndarray, y: np.ndarray, fused_rate: float) -> Steps:
    """One frame of a window: the kernel's steps for 1/60 s, then one step traced by the numpy engine
    (the window's drawn step is the kernel's own, ``Trainer.step_fused``, which costs less: this
    figure is the conservative one, on a bare Network)."""
    net = Network(network_spec(shape, "float64"), OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
    between = max(1, round(fused_rate / DISPLAY_RATE))
    fused = _fused_on_batch(net, x, y, between)

    def frame() -> object:
        fused()
        return net.train_step(x, y)

    return Steps("fused + traced", frame, between + 1)


def fused_section(repeats: int, warmup: float, target: float) -> None:
    print()
    print("Fused kernel (netviz.engine.fused_steps, numba; float64, points/s = steps/s x batch, the same batch")
    print(f"every step): the numpy engine's step with its trace and without, the kernel ({FUSED_CALL} steps per call),")
    print(f"and the kernel with one step in every 1/{DISPLAY_RATE} s traced by the numpy engine (a window at "
          f"{DISPLAY_RATE} pictures/s).")
    print("Ratios per CPU second (Playground's figure is from an idle machine); wall-clock ones in brackets.")
    reason = fused_steps.unsupported_reason(Network(network_spec(UNTRACED_SHAPES[0], "float64")))
    if reason is not None:
        print(f"  no kernel: {reason}")
        return
    for shape in UNTRACED_SHAPES:
        x, y, labels = make_data(shape)
        traced, net = netviz_contender(shape, "float64", x, y)
        outcome_net = Network(network_spec(shape, "float64"), OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
        outcome = Contender("outcome", lambda n=outcome_net, x=x, y=y: n.train_step_outcome(x, y))
        fused_net = Network(network_spec(shape, "float64"), OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
        started = time.perf_counter()
        _fused_on_batch(fused_net, x, y, 1)()
        first_call = time.perf_counter() - started  # compiling, or loading the compiled kernel from its cache
        fused = Steps("fused", _fused_on_batch(fused_net, x, y, FUSED_CALL), FUSED_CALL)
        contenders: list[Contender] = [traced, outcome, fused]
        if torch is not None:
            contenders.append(torch_contender(shape, "float64", net, x, y, labels))
        measure(contenders, repeats, warmup, target)
        shown = _shown_at_display_rate(shape, x, y, fused.steps_per_s)
        measure([shown], repeats, warmup, target)
        b = shape.batch / 1e3
        print(f"  {shape.label:<17} batch {shape.batch:>3} ({load()}; first kernel call {first_call:.2f} s):")
        print(f"    trace {traced.cpu_median * b:,.0f}k, no trace {outcome.cpu_median * b:,.0f}k, "
              f"fused {fused.cpu_steps_per_s * b:,.0f}k, fused + {DISPLAY_RATE} traced/s "
              f"{shown.cpu_steps_per_s * b:,.0f}k points per CPU s "
              f"(wall: {traced.median * b:,.0f}k, {outcome.median * b:,.0f}k, {fused.steps_per_s * b:,.0f}k, "
              f"{shown.steps_per_s * b:,.0f}k)")
        peer = PLAYGROUND_POINTS_S.get(shape.dims)
        if peer is not None:
            ratio = shown.cpu_steps_per_s * shape.batch / peer
            print(f"    vs Playground {peer / 1e3:,.0f}k: fused + traced {ratio:.2f}x "
                  f"({shown.steps_per_s * shape.batch / peer:.2f}x wall), fused alone "
                  f"{fused.cpu_steps_per_s * shape.batch / peer:.2f}x (goal >= {shape.goal:g}x) "
                  f"{'ok' if ratio >= shape.goal else 'BELOW'}")
        if torch is not None:
            t = contenders[-1]
            ratio = shown.cpu_steps_per_s / t.cpu_median
            print(f"    vs torch {t.cpu_median * b:,.0f}k: fused + traced {ratio:.2f}x "
                  f"({shown.steps_per_s / t.median:.2f}x wall), fused alone {fused.cpu_steps_per_s / t.cpu_median:.2f}x"
                  + (f" (goal >= 3x) {'ok' if ratio >= 3.0 else 'BELOW'}" if shape.dims in GOAL_3X_TORCH else ""))
    trainer_lines(repeats, warmup, target)


GOAL_3X_TORCH = {(2, 8, 8, 1), (2, 16, 16, 16, 16, 16, 1)}


def _trainer(shape: Shape, eval_every: int) -> Trainer:
    rng = np.random.default_rng([DATA_SEED, 99, *shape.dims])

    def split(n: int) -> tuple[np.ndarray, np.ndarray]:
        xs = rng.standard_normal((n, shape.dims[0]))
        ys = (rng.random((n, shape.dims[-1])) < 0.5).astype(np.float64)
        xs.flags.writeable = ys.flags.writeable = False
        return xs, ys

    (xt, yt), (xv, yv) = split(256), split(64)
    train = TrainSpec(batch_size=shape.batch, steps=10**9, eval_every=eval_every,
                      optimizer=OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
    return Trainer(network_spec(shape, "float64"), Dataset("benchmark", "binary", xt, yt, xv, yv), train)


def trainer_lines(repeats: int, warmup: float, target: float) -> None:
    print()
    print("The Trainer (256 training examples, 64 validation, batches from a shuffle), points per CPU second:")
    print("Trainer.step (numpy, trace) and step_outcome (numpy, no trace) against train_fused (the kernel,")
    print(f"{FUSED_CALL} steps per call; and with one step_fused, the kernel's step with its trace, every "
          f"1/{DISPLAY_RATE} s),")
    print("evaluating every step (whole-set dead-unit scan and validation loss) and every 100 steps:")
    for shape in UNTRACED_SHAPES[:2]:
        for every in (1, 100):
            trainers = [_trainer(shape, every) for _ in range(4)]
            step = Contender("step", trainers[0].step)
            outcome = Contender("outcome", trainers[1].step_outcome)
            fused = Steps("fused", lambda t=trainers[2]: t.train_fused(FUSED_CALL), FUSED_CALL)
            measure([step, outcome, fused], repeats, warmup, target)
            between = max(1, round(fused.steps_per_s / DISPLAY_RATE))

            def frame(t: Trainer = trainers[3], between: int = between) -> object:
                t.train_fused(between)
                return t.step_fused()

            shown = Steps("shown", frame, between + 1)
            measure([shown], repeats, warmup, target)
            b = shape.batch / 1e3
            print(f"  {shape.label:<17} eval_every {every:>3} ({load()}): step {step.cpu_median * b:,.0f}k, "
                  f"step_outcome {outcome.cpu_median * b:,.0f}k, train_fused {fused.cpu_steps_per_s * b:,.0f}k "
                  f"({1e6 / fused.cpu_steps_per_s:.1f} us per step, {fused.cpu_steps_per_s / step.cpu_median:.1f}x "
                  f"Trainer.step), with step_fused {DISPLAY_RATE} times a second {shown.cpu_steps_per_s * b:,.0f}k")
