"""The cost of watching a PyTorch training loop with netviz.torch, on the CPU.

Run from the repository root (needs torch):

    python -m tests.benchmarks.torch_overhead            # about 40 seconds
    python -m tests.benchmarks.torch_overhead --quick    # about 10 seconds
    python -m tests.benchmarks.torch_overhead --threads 2
    python -m tests.benchmarks.torch_overhead --live     # also every=1 with live=True

The same loop (zero_grad, forward, loss, backward, optimizer.step; Adam, one fixed batch
per shape) runs unwatched, watched with every=10 and watched with every=1 (keep=10, so
traces do not pile up). Shapes are [inputs, hidden..., outputs]; hidden layers are
Linear, BatchNorm1d, ReLU, Dropout(0.2) ("bn+drop": the costliest record, with the extra
evaluation-mode pass for dead units) or Linear, ReLU ("plain"):

    [2,8,8,1]        batch 32   BCEWithLogitsLoss
    [2,16x5,1]       batch 32   BCEWithLogitsLoss
    [784,128,64,10]  batch 64   CrossEntropyLoss

and small CNNs, Conv2d(k=3, padding=1), ReLU, Flatten, Linear, CrossEntropyLoss, 10
classes, with and without a second Conv2d, ReLU ("layers" says which):

    conv 1x8x8->4      batch 32   one-channel 8x8 images, 4 filters
    conv 3x16x16->8    batch 64   three-channel 16x16 images, 8 filters (second conv: 8)

Each variant is warmed up, then timed over a fixed number of steps, --repeats times,
interleaved in a rotating order so machine noise falls on all alike; the table shows the
median microseconds per step, the overhead against unwatched, and the cost of one
recorded step ((every=1 - unwatched)). With --live, a column "live" times every=1 with
live=True, the traces streamed to a process that reads and discards them (the bridge's
side of the live link: encoding on the writer thread and the pipe, without a window's
drawing on the same cores). Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import torch
from torch import nn

import netviz.torch as nt
from netviz.torch import live

# A reader that discards the stream, in place of the window (`--live`).
SINK = [sys.executable, "-c", "import sys\nwhile sys.stdin.buffer.read(1 << 16): pass"]

SHAPES = [("[2,8,8,1]", 2, (8, 8), 1, 32), ("[2,16x5,1]", 2, (16,) * 5, 1, 32),
          ("[784,128,64,10]", 784, (128, 64), 10, 64)]


def make_model(inputs: int, hidden: tuple[int, ...], outputs: int, extras: bool) -> nn.Sequential:
    torch.manual_seed(0)
    modules: list[nn.Module] = []
    fan_in = inputs
    for n in hidden:
        modules += [nn.Linear(fan_in, n)] + ([nn.BatchNorm1d(n)] if extras else []) + [nn.ReLU()]
        modules += [nn.Dropout(0.2)] if extras else []
        fan_in = n
    return nn.Sequential(*modules, nn.Linear(fan_in, outputs))


# (name, input channels, image side, filters, batch)
CNNS = [("conv 1x8x8->4", 1, 8, 4, 32), ("conv 3x16x16->8", 3, 16, 8, 64)]
CLASSES = 10


def make_cnn(channels: int, side: int, filters: int, two_convs: bool) -> nn.Sequential:
    torch.manual_seed(0)
    modules: list[nn.Module] = [nn.Conv2d(channels, filters, 3, padding=1), nn.ReLU()]
    if two_convs:
        modules += [nn.Conv2d(filters, filters, 3, padding=1), nn.ReLU()]
    return nn.Sequential(*modules, nn.Flatten(), nn.Linear(filters * side * side, CLASSES))


def make_problem(shape: tuple, extras: bool) -> tuple[nn.Module, torch.Tensor, torch.Tensor, nn.Module]:
    """The model, one fixed batch (x, y) and the loss of a row of the table."""
    torch.manual_seed(1)
    if shape[0].startswith("conv"):
        _, channels, side, filters, batch = shape
        x = torch.randn(batch, channels, side, side)
        return make_cnn(channels, side, filters, extras), x, torch.randint(0, CLASSES, (batch,)), nn.CrossEntropyLoss()
    _, inputs, hidden, outputs, batch = shape
    model = make_model(inputs, hidden, outputs, extras)
    x = torch.randn(batch, inputs)
    if outputs == 1:
        return model, x, (torch.rand(batch, 1) > 0.5).float(), nn.BCEWithLogitsLoss()
    return model, x, torch.randint(0, outputs, (batch,)), nn.CrossEntropyLoss()


def make_loop(shape: tuple, extras: bool, every: int | None, streamed: bool = False) -> Callable[[int], None]:
    """A function running n training steps; every=None: unwatched; ``streamed``: live=True."""
    model, x, y, loss_fn = make_problem(shape, extras)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def one_step() -> None:
        loss = loss_fn(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    if every is None:
        def run(n: int) -> None:
            for _ in range(n):
                one_step()
        return run
    rec = nt.watch(model, loss_fn, every=every, optimizer=opt, keep=10, live=streamed)

    def run_watched(n: int) -> None:
        for _ in range(n):
            with rec.step(x, y):
                one_step()
    return run_watched


def _dropped(run: Callable[[int], None]) -> int:
    """Traces the live loop's link dropped (its recorder is in the closure)."""
    cells = {c.cell_contents for c in (run.__closure__ or ()) if isinstance(c.cell_contents, nt.Recorder)}
    return sum(r.live.dropped for r in cells if r.live is not None)


def measure(loops: dict[str, Callable[[int], None]], steps: int, repeats: int) -> dict[str, float]:
    """Median microseconds per step of each loop, repeats interleaved in a rotating order."""
    names = list(loops)
    for run in loops.values():
        run(max(steps // 5, 10))  # warm up
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(repeats):
        for name in names[r % len(names):] + names[: r % len(names)]:
            t0 = time.perf_counter()
            loops[name](steps)
            times[name].append((time.perf_counter() - t0) / steps * 1e6)
    return {name: statistics.median(ts) for name, ts in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--live", action="store_true", help="also time every=1 with live=True (to a sink)")
    parser.add_argument("--only", choices=("mlp", "cnn"), default=None, help="only the MLP or only the CNN rows")
    args = parser.parse_args()
    live.follow_command = lambda name: SINK  # type: ignore[assignment]
    torch.set_num_threads(args.threads)
    repeats = args.repeats or (3 if args.quick else 7)
    steps = 50 if args.quick else 200
    print(f"torch {torch.__version__}, {args.threads} thread(s), median of {repeats} x {steps} steps, us per step")
    header = f"{'shape':<16} {'layers':<9} {'unwatched':>10} {'every=10':>16} {'every=1':>16} {'one record':>11}"
    if args.live:
        header += f" {'live every=1':>16} {'dropped':>8}"
    print(header)
    print("-" * len(header))
    rows = {"mlp": list(SHAPES), "cnn": list(CNNS)}
    shapes = rows[args.only] if args.only else rows["mlp"] + rows["cnn"]
    for shape in shapes:
        for extras in (False, True):
            loops = {"plain": make_loop(shape, extras, None), "10": make_loop(shape, extras, 10),
                     "1": make_loop(shape, extras, 1)}
            if args.live:
                loops["live"] = make_loop(shape, extras, 1, streamed=True)
            us = measure(loops, steps, repeats)
            base = us["plain"]

            cells = {key: f"{us[key]:8.0f} ({us[key] / base - 1:+5.0%})" for key in loops if key != "plain"}
            layers = ("2 convs" if extras else "1 conv") if shape[0].startswith("conv") else (
                "bn+drop" if extras else "plain")
            row = (f"{shape[0]:<16} {layers:<9} {base:10.0f} {cells['10']:>16} "
                   f"{cells['1']:>16} {us['1'] - base:11.0f}")
            if args.live:
                row += f" {cells['live']:>16} {_dropped(loops['live']):>8}"
            print(row)


if __name__ == "__main__":
    main()
