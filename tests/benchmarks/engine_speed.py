"""Training steps per second of the netviz engine, with PyTorch on the CPU beside it when installed.

Run from the repository root:

    python -m tests.benchmarks.engine_speed              # full run, about 70 seconds
    python -m tests.benchmarks.engine_speed --quick      # short run, about 15 seconds
    python -m tests.benchmarks.engine_speed --threads 2  # BLAS / torch threads (default 1)

Shapes are [inputs, hidden..., outputs]; hidden layers use ReLU, training is plain SGD
(learning rate 0.01) on one random batch per shape, drawn once from a fixed seed:

    [2,8,8,1]        batch 10   sigmoid output + binary cross-entropy
    [2,16x5,1]       batch 32   (five hidden layers of 16), sigmoid + BCE
    [784,128,64,10]  batch 64   softmax output + cross-entropy
    [2,64x8,1]       batch 64   (eight hidden layers of 64), sigmoid + BCE

netviz is timed with ``Network.train_step``, which records the full StepTrace (per-layer
pre-activations, activations, dL/dz, dL/dW, dL/db, dropout and dead-unit masks,
updates, gradient norms; dead units measured on the batch). PyTorch, when ``import
torch`` works, trains the same shape from the same initial weights with a standard step
(zero_grad, forward, loss, backward, optimizer.step) using BCEWithLogitsLoss or
CrossEntropyLoss (class indices) and torch.optim.SGD, after torch.set_num_threads(N).
numpy's BLAS is limited to N threads with threadpoolctl. torch is optional: without it
only the netviz columns are printed.

Each contender is warmed up, then a fixed number of steps (about --seconds worth, default
0.4 s) is timed --repeats times (default 7); the table shows the median steps/s and the
spread (max - min) / median. The repeats of all contenders of a shape are interleaved
(in a rotating order), so machine noise falls on netviz and torch alike. The ratio
netviz/torch is given from wall-clock time and, as a cross-check on a busy shared
machine, from the process's CPU time. The first step of each pair is also a check that
both train the same thing: with the same weights and data their losses must agree.
A section times the Trainer (batch drawing, whole-set dead-unit scan and validation
loss every step) against the bare train_step on the two small shapes; the last one
(``engine_fused``) the fused kernel (the ``fast`` extra) against Playground and PyTorch.
Times are only printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

from netviz.engine.dataset_types import Dataset
from netviz.engine.network import Network
from netviz.engine.spec import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.trainer import Trainer

try:  # optional: the comparison columns
    import torch
except Exception:  # noqa: BLE001 - any failure to import means "no torch"
    torch = None

LEARNING_RATE = 0.01
DATA_SEED = 1234
NET_SEED = 7


@dataclass(frozen=True)
class Shape:
    dims: tuple[int, ...]  # inputs, hidden..., outputs
    batch: int
    output: str  # "sigmoid" (BCE) or "softmax" (cross-entropy)
    goal: float  # wanted netviz / torch ratio

    @property
    def label(self) -> str:
        hidden = self.dims[1:-1]
        if len(hidden) > 2 and len(set(hidden)) == 1:
            mid = f"{hidden[0]}x{len(hidden)}"
        else:
            mid = ",".join(map(str, hidden))
        return f"[{self.dims[0]},{mid},{self.dims[-1]}]"

    @property
    def small(self) -> bool:
        return self.goal > 1.0


SHAPES = (
    Shape((2, 8, 8, 1), 10, "sigmoid", goal=3.0),
    Shape((2, 16, 16, 16, 16, 16, 1), 32, "sigmoid", goal=3.0),
    Shape((784, 128, 64, 10), 64, "softmax", goal=0.9),
    Shape((2, 64, 64, 64, 64, 64, 64, 64, 64, 1), 64, "sigmoid", goal=0.9),
)
DTYPES = ("float64", "float32")


@dataclass
class Contender:
    """One thing to time: ``step()`` runs one training step."""

    name: str
    step: Callable[[], object]
    n_steps: int = 0
    rates: list[float] = field(default_factory=list)  # steps per wall-clock second, one per repeat
    cpu_rates: list[float] = field(default_factory=list)  # steps per second of this process's CPU time

    @property
    def median(self) -> float:
        return statistics.median(self.rates)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_rates)

    @property
    def spread(self) -> float:
        return (max(self.rates) - min(self.rates)) / self.median if self.rates else 0.0


# ----- data and models ------------------------------------------------------------------


def make_data(shape: Shape) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x (B, inputs), y as netviz takes it (B, outputs), and class labels (B,) for softmax."""
    rng = np.random.default_rng([DATA_SEED, *shape.dims, shape.batch])
    x = rng.standard_normal((shape.batch, shape.dims[0]))
    k = shape.dims[-1]
    if shape.output == "softmax":
        labels = rng.integers(0, k, shape.batch)
        y = np.eye(k)[labels]
    else:
        y = (rng.random((shape.batch, k)) < 0.5).astype(np.float64)
        labels = y[:, 0].astype(np.int64)
    return x, y, labels


def network_spec(shape: Shape, dtype: str) -> NetworkSpec:
    hidden = shape.dims[1:-1]
    return NetworkSpec(
        inputs=shape.dims[0],
        hidden=tuple(LayerSpec(units, "relu") for units in hidden),
        outputs=shape.dims[-1],
        output=shape.output,
        dtype=dtype,
        seed=NET_SEED,
    )


def netviz_contender(shape: Shape, dtype: str, x: np.ndarray, y: np.ndarray) -> tuple[Contender, Network]:
    net = Network(network_spec(shape, dtype), OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
    xd, yd = x.astype(dtype), y.astype(dtype)

    def step():
        return net.train_step(xd, yd)

    return Contender(f"netviz {dtype}", step), net


def torch_contender(shape: Shape, dtype: str, net: Network, x: np.ndarray, y: np.ndarray,
                    labels: np.ndarray) -> Contender:
    """The same network in PyTorch, starting from netviz's initial weights."""
    tdtype = getattr(torch, dtype)
    layers = []
    for i in range(net.n_layers):
        w, b = net.get_weights(i)
        linear = torch.nn.Linear(w.shape[0], w.shape[1])
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(w.T.copy()))
            linear.bias.copy_(torch.from_numpy(b))
        layers.append(linear)
        if i < net.n_layers - 1:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers).to(tdtype)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    xt = torch.from_numpy(x).to(tdtype)
    if shape.output == "softmax":
        loss_fn = torch.nn.CrossEntropyLoss()
        yt = torch.from_numpy(labels).long()
    else:
        loss_fn = torch.nn.BCEWithLogitsLoss()
        yt = torch.from_numpy(y).to(tdtype)

    def step():
        opt.zero_grad()
        loss = loss_fn(model(xt), yt)
        loss.backward()
        opt.step()
        return loss

    return Contender(f"torch {dtype}", step)


def trainer_contender(shape: Shape, n_train: int, n_val: int) -> Contender:
    """Trainer.step: batch drawing, whole-set dead-unit scan and validation loss every step."""
    rng = np.random.default_rng([DATA_SEED, 99, *shape.dims])
    k = shape.dims[-1]

    def split(n):
        xs = rng.standard_normal((n, shape.dims[0]))
        ys = (rng.random((n, k)) < 0.5).astype(np.float64)
        xs.flags.writeable = ys.flags.writeable = False
        return xs, ys

    (xt, yt), (xv, yv) = split(n_train), split(n_val)
    data = Dataset("benchmark", "binary", xt, yt, xv, yv)
    train = TrainSpec(batch_size=shape.batch, steps=10**9, eval_every=1,
                      optimizer=OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
    trainer = Trainer(network_spec(shape, "float64"), data, train)
    return Contender("Trainer.step float64", trainer.step)


# ----- timing ---------------------------------------------------------------------------


def warm_up(c: Contender, seconds: float, target: float) -> None:
    """Run for ``seconds`` (at least 10 steps), then fix the steps per timed repeat."""
    steps, start = 0, time.perf_counter()
    while steps < 10 or time.perf_counter() - start < seconds:
        c.step()
        steps += 1
    rate = steps / (time.perf_counter() - start)
    c.n_steps = max(3, round(rate * target))


def time_once(c: Contender) -> None:
    step, n = c.step, c.n_steps
    cpu_start = time.process_time()
    start = time.perf_counter()
    for _ in range(n):
        step()
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    c.rates.append(n / wall)
    c.cpu_rates.append(n / max(cpu, 1e-9))


def measure(contenders: list[Contender], repeats: int, warmup: float, target: float) -> None:
    for c in contenders:
        warm_up(c, warmup, target)
    for r in range(repeats):
        # Interleave, rotating the order so that no contender always runs first.
        k = r % len(contenders)
        for c in contenders[k:] + contenders[:k]:
            time_once(c)


# ----- reporting ------------------------------------------------------------------------


def describe_environment(threads: int) -> list[str]:
    lines = [
        f"python {platform.python_version()}  numpy {np.__version__}  "
        f"torch {torch.__version__ if torch is not None else '(not installed: netviz only)'}",
        f"machine: {platform.machine()} {_cpu_name()}, {os.cpu_count()} logical CPUs, "
        f"load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}",
        f"threads: {threads} (threadpoolctl threadpool_limits({threads})"
        + (f", torch.set_num_threads({threads}))" if torch is not None else ")"),
        "env: " + "  ".join(f"{k}={os.environ.get(k, '(unset)')}" for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                                                                         "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")),
    ]
    for info in threadpool_info():
        path = info.get("filepath", "")
        owner = "numpy" if "numpy" in path else ("torch" if "torch" in path else "other")
        lines.append(
            f"threadpoolctl [{owner}]: {info.get('user_api')} {info.get('internal_api')} {info.get('version')} "
            f"kernel={info.get('architecture', '-')} threads={info.get('num_threads')} "
            f"({os.path.basename(path)})"
        )
    if torch is not None:
        config = torch.__config__.show()
        found = re.search(r"BLAS_INFO=(\w+)", config)
        blas = found.group(1) if found else "?"
        mkl = re.search(r"Math Kernel Library Version (\S+)", config)
        if mkl:
            blas += f" {mkl.group(1)}"
        capability = torch.backends.cpu.get_cpu_capability() if hasattr(torch.backends, "cpu") else "?"
        lines.append(f"torch: BLAS_INFO={blas}  cpu capability={capability}  "
                     f"intra-op threads={torch.get_num_threads()}")
    return lines


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def fmt_rate(c: Contender | None) -> str:
    if c is None:
        return "-"
    return f"{c.median:,.0f} ±{100 * c.spread:.0f}%"


# TensorFlow Playground's own engine (its nn.ts) on the same points, batch 10, as measured for
# issue 11: training points per second. Its figures, not re-measured here (no JavaScript runtime).
PLAYGROUND_POINTS_S = {(2, 4, 2, 1): 1.84e6, (2, 8, 8, 8, 8, 8, 8, 1): 0.184e6}
UNTRACED_SHAPES = (
    Shape((2, 4, 2, 1), 10, "sigmoid", goal=0.3),  # goal: netviz / Playground points per second
    Shape((2, 8, 8, 8, 8, 8, 8, 1), 10, "sigmoid", goal=1.0),
    Shape((2, 8, 8, 1), 10, "sigmoid", goal=0.0),
    Shape((2, 16, 16, 16, 16, 16, 1), 32, "sigmoid", goal=0.0),
)


def untraced_section(repeats: int, warmup: float, target: float) -> None:
    """Steps that record their trace (``train_step``) against steps that do not
    (``train_step_outcome``, for the steps a window does not draw), float64, interleaved."""
    print()
    print("Steps without a trace (Network.train_step_outcome: the steps a window does not draw) against")
    print("train_step (full trace), float64, in training points per second (steps/s x batch):")
    for shape in UNTRACED_SHAPES:
        x, y, _ = make_data(shape)
        traced, _ = netviz_contender(shape, "float64", x, y)
        net = Network(network_spec(shape, "float64"), OptimizerSpec(kind="sgd", learning_rate=LEARNING_RATE))
        untraced = Contender("outcome", lambda net=net, x=x, y=y: net.train_step_outcome(x, y))
        measure([traced, untraced], repeats, warmup, target)
        peer = PLAYGROUND_POINTS_S.get(shape.dims)
        versus = ""
        if peer is not None:
            # Per CPU second: Playground's figure was taken on an idle machine.
            ratio = untraced.cpu_median * shape.batch / peer
            versus = (f"; Playground {peer / 1e3:,.0f}k -> {ratio:.2f}x (goal >= {shape.goal:g}x) "
                      f"{'ok' if ratio >= shape.goal else 'BELOW'}")
        b = shape.batch / 1e3
        print(f"  {shape.label:<17} batch {shape.batch:>3}: trace {traced.median * b:6,.0f}k "
              f"({traced.cpu_median * b:,.0f}k per CPU s), no trace {untraced.median * b:6,.0f}k "
              f"({untraced.cpu_median * b:,.0f}k per CPU s) points/s: {untraced.median / traced.median:.2f}x{versus}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.engine_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="short run: fewer, shorter repeats")
    parser.add_argument("--threads", type=int, default=1, help="BLAS and torch threads (default 1)")
    parser.add_argument("--repeats", type=int, default=None, help="timed repeats per contender (default 7, quick 3)")
    parser.add_argument("--seconds", type=float, default=None,
                        help="seconds per timed repeat (default 0.4, quick 0.15)")
    parser.add_argument("--no-trainer", action="store_true", help="skip the Trainer overhead lines")
    parser.add_argument("--untraced-only", action="store_true",
                        help="only the section of steps without a trace (train_step_outcome)")
    parser.add_argument("--fused-only", action="store_true",
                        help="only the fused kernel's section (engine_fused: Playground and PyTorch goals)")
    args = parser.parse_args(argv)
    repeats = args.repeats or (3 if args.quick else 7)
    target = args.seconds or (0.15 if args.quick else 0.4)
    warmup = 0.1 if args.quick else 0.25

    limiter = threadpool_limits(limits=args.threads)  # noqa: F841 - held for the whole run
    if torch is not None:
        torch.set_num_threads(args.threads)

    started = time.perf_counter()
    print("netviz engine speed: training steps per second (median of repeats, ± = (max-min)/median)")
    print("netviz/torch: ratio of the wall-clock medians; (cpu time): the same from each process's CPU time,")
    print("which a busy shared machine disturbs less")
    for line in describe_environment(args.threads):
        print("  " + line)
    print(f"  {repeats} repeats of ~{target:g} s per contender, interleaved per shape; SGD lr={LEARNING_RATE}")
    print()

    from .engine_fused import fused_section  # it imports this module's helpers

    if args.untraced_only:
        untraced_section(repeats, warmup, target)
        return 0
    if args.fused_only:
        fused_section(repeats, warmup, target)
        return 0

    header = (f"{'shape':<17}{'batch':>5}  {'dtype':<8}{'netviz (trace)':>17}{'torch':>17}"
              f"{'netviz/torch':>13}{'(cpu time)':>11}{'goal':>7}  ")
    print(header)
    print("-" * len(header))
    below = []
    for shape in SHAPES:
        x, y, labels = make_data(shape)
        nv: dict[str, Contender] = {}
        tc: dict[str, Contender] = {}
        first_loss = {}
        for dtype in DTYPES:
            nv[dtype], net = netviz_contender(shape, dtype, x, y)
            if torch is not None:
                tc[dtype] = torch_contender(shape, dtype, net, x, y, labels)
                # Same weights, same data: the first losses must agree (a check that both train the same thing).
                first_loss[dtype] = (nv[dtype].step().loss, tc[dtype].step().item())
        order = [nv["float64"], nv["float32"]] + ([tc["float32"], tc["float64"]] if tc else [])
        measure(order, repeats, warmup, target)
        for dtype in DTYPES:
            t = tc.get(dtype)
            ratio = nv[dtype].median / t.median if t is not None else None
            cpu_ratio = f"{nv[dtype].cpu_median / t.cpu_median:.2f}x" if t is not None else "-"
            mark = ""
            if ratio is not None:
                mark = "ok" if ratio >= shape.goal else "BELOW"
                if ratio < shape.goal:
                    below.append(f"{shape.label} {dtype}")
            print(f"{shape.label:<17}{shape.batch:>5}  {dtype:<8}{fmt_rate(nv[dtype]):>17}{fmt_rate(t):>17}"
                  f"{(f'{ratio:.2f}x' if ratio is not None else '-'):>13}{cpu_ratio:>11}"
                  f"{f'>={shape.goal:g}x':>7}  {mark}")
        if first_loss:
            diffs = ", ".join(f"{d} {a:.6g} vs {b:.6g}" for d, (a, b) in first_loss.items())
            print(f"{'':<22}first-step loss netviz vs torch: {diffs}")
    print()
    if torch is not None:
        if below:
            print("goal (>=3x torch on the small shapes, >=0.9x on the large ones) not met for: " + "; ".join(below))
        else:
            print("goal (>=3x torch on the small shapes, >=0.9x on the large ones) met for every shape and dtype")

    if not args.no_trainer:
        print()
        print("Trainer overhead (float64; eval_every=1: whole-set dead-unit scan of 256 examples and a validation")
        print("loss on 64 every step, batches drawn from a shuffle) against bare Network.train_step on one batch:")
        for shape in (s for s in SHAPES if s.small):
            x, y, labels = make_data(shape)
            bare, _ = netviz_contender(shape, "float64", x, y)
            bare.name = "Network.train_step float64"
            trainer = trainer_contender(shape, n_train=256, n_val=64)
            measure([bare, trainer], repeats, warmup, target)
            extra_us = 1e6 * (1 / trainer.median - 1 / bare.median)
            print(f"  {shape.label:<17} batch {shape.batch:>3}: Trainer.step {fmt_rate(trainer)} steps/s, "
                  f"train_step {fmt_rate(bare)} steps/s -> {extra_us:+.0f} us per step "
                  f"({trainer.median / bare.median:.2f}x)")
    untraced_section(repeats, warmup, target)
    fused_section(repeats, warmup, target)
    print()
    print(f"total {time.perf_counter() - started:.0f} s; load average now "
          f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
