"""Weight initializers: Glorot/Xavier, He, and plain normal or uniform with a scale."""

from __future__ import annotations

import numpy as np

INITIALIZERS = ("glorot", "he", "normal", "uniform")


def init_weights(kind: str, fan_in: int, fan_out: int, scale: float, rng: np.random.Generator) -> np.ndarray:
    """A (fan_in, fan_out) weight matrix.

    glorot: U(-l, l), l = scale * sqrt(6 / (fan_in + fan_out))   (PyTorch xavier_uniform_, gain=scale)
    he:     N(0, (scale * sqrt(2 / fan_in))^2)                   (PyTorch kaiming_normal_)
    normal: N(0, scale^2)        uniform: U(-scale, scale)
    A large scale is how the exploding-gradients lesson starts.
    """
    shape = (fan_in, fan_out)
    if kind == "glorot":
        limit = scale * np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, shape)
    if kind == "he":
        return rng.normal(0.0, scale * np.sqrt(2.0 / fan_in), shape)
    if kind == "normal":
        return rng.normal(0.0, scale, shape)
    if kind == "uniform":
        return rng.uniform(-scale, scale, shape)
    raise ValueError(f"init: unknown '{kind}' (known: {', '.join(INITIALIZERS)})")
