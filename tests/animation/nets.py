"""Real engine traces for the animation tests, and helpers that read numbers back out of captions."""

from __future__ import annotations

import numpy as np

from netviz.engine import Network, NetworkSpec, OptimizerSpec


def batch(n: int = 12, inputs: int = 2, outputs: int = 1, kind: str = "sigmoid", seed: int = 0):
    """(x, y) with targets suited to the output kind."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, inputs))
    if kind == "sigmoid":
        y = (rng.uniform(size=(n, outputs)) < 0.5).astype(float)
    elif kind == "softmax":
        y = np.eye(outputs)[rng.integers(0, outputs, n)]
    else:
        y = rng.normal(size=(n, outputs))
    return x, y


def make_trace(hidden, *, output: str = "sigmoid", outputs: int = 1, inputs: int = 2, n: int = 12, seed: int = 0,
               optimizer: OptimizerSpec | None = None, steps: int = 1, masks=None, dead_bias=None, **spec_kw):
    """A network of ``hidden`` LayerSpecs trained ``steps`` steps on one batch; returns (net, last trace).

    ``dead_bias``: {layer: [units]} set to a bias of -50 before training (dead ReLU units).
    ``masks``: dropout masks for the last step.
    """
    net = Network(NetworkSpec(inputs=inputs, hidden=tuple(hidden), outputs=outputs, output=output, seed=seed,
                              **spec_kw),
                  optimizer or OptimizerSpec("sgd", 0.1))
    for layer, units in (dead_bias or {}).items():
        w, b = net.get_weights(layer)
        b = b.copy()
        b[units] = -50.0
        net.set_weights(layer, w, b)
    x, y = batch(n, inputs, outputs, output, seed)
    trace = None
    for i in range(steps):
        last = i == steps - 1
        trace = net.train_step(x, y, dropout_masks=masks if last else None, dead_scan_x=x)
    return net, trace


def value(token: str) -> float:
    """A number as the captions write it: '0.25', '(-0.012)', '1e-05'."""
    return float(token.strip().strip("()"))


def sides(line: str) -> tuple[str, float]:
    """(the numeric expression, the result) of 'name = formula = numbers = result (note)'."""
    parts = line.split(" = ")
    return parts[-2], value(parts[-1].split()[0])


def factors(expr: str) -> list[float]:
    return [value(t) for t in expr.split(" * ")]


def shown(v: float) -> float:
    """What 4 significant digits make of v."""
    return float(f"{float(v):.4g}")


def line_starting(lines, prefix: str) -> str:
    found = [ln for ln in lines if ln.startswith(prefix)]
    assert found, f"no line starting {prefix!r} in {lines}"
    return found[0]


def close(a: float, b: float, rel: float = 2e-3, abs_: float = 1e-12) -> bool:
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_)
