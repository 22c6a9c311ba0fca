"""Activation functions of hidden layers, each with its derivative beside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

ACTIVATIONS = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu")


def sigmoid(z: np.ndarray) -> np.ndarray:
    # Split by sign so that exp never overflows for large |z|.
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


@dataclass(frozen=True)
class Activation:
    """f(z) and f'(z); ``derivative`` may use the already computed a = f(z)."""

    name: str
    forward: Callable[[np.ndarray], np.ndarray]
    derivative: Callable[[np.ndarray, np.ndarray], np.ndarray]
    # Units of this kind can die: output 0 and pass no gradient for every input.
    can_die: bool = False


def make_activation(name: str, *, leaky_slope: float = 0.01, elu_alpha: float = 1.0) -> Activation:
    if name == "linear":
        return Activation(name, lambda z: z.copy(), lambda z, a: np.ones_like(z))
    if name == "sigmoid":
        return Activation(name, sigmoid, lambda z, a: a * (1.0 - a))
    if name == "tanh":
        return Activation(name, np.tanh, lambda z, a: 1.0 - a * a)
    if name == "relu":
        return Activation(
            name,
            lambda z: np.maximum(z, 0.0),
            lambda z, a: (z > 0).astype(z.dtype),
            can_die=True,
        )
    if name == "leaky_relu":
        slope = leaky_slope
        return Activation(
            name,
            lambda z: np.where(z > 0, z, slope * z),
            lambda z, a: np.where(z > 0, 1.0, slope).astype(z.dtype),
            can_die=True,
        )
    if name == "elu":
        alpha = elu_alpha
        return Activation(
            name,
            # expm1 of min(z, 0) keeps the unused branch from overflowing.
            lambda z: np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0.0))),
            lambda z, a: np.where(z > 0, 1.0, a + alpha).astype(z.dtype),
        )
    raise ValueError(f"activation: unknown '{name}' (known: {', '.join(ACTIVATIONS)})")
