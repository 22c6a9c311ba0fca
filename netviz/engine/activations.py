"""Activation functions of hidden layers, each with its derivative beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

ACTIVATIONS = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu")


def sigmoid(z: np.ndarray) -> np.ndarray:
    return sigmoid_parts(z)[1]


def sigmoid_parts(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(e, sigmoid(z)) with e = exp(-|z|), which binary cross-entropy reuses.

    sigmoid(z) = 1 / (1 + e^-z) for z >= 0 and e^z / (1 + e^z) for z < 0, so that exp
    never overflows; both branches are e^-|z| in disguise, so one exp and one division
    serve the whole array (no boolean-mask indexing, which costs several numpy calls).
    minimum(z, -z) is -|z| exactly, and keeps the sign of a NaN input as the split did.
    """
    e = np.exp(np.minimum(z, -z))
    return e, np.where(z >= 0.0, 1.0, e) / (1.0 + e)


@dataclass(frozen=True)
class Activation:
    """f(z) and f'(z); ``derivative`` may use the already computed a = f(z).

    Comparisons are written against 0.0, not 0: the same result, but numpy compares a
    float array with a Python float faster than with a Python int (no integer promotion).
    """

    name: str
    forward: Callable[[np.ndarray], np.ndarray]
    derivative: Callable[[np.ndarray, np.ndarray], np.ndarray]
    # Units of this kind can die: output 0 and pass no gradient for every input.
    can_die: bool = False
    # dL/dz from dL/da, (z, a, da) -> da * f'(z), when there is a cheaper way than through
    # ``derivative``; None: da * derivative(z, a).
    backward: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None


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
            lambda z, a: (z > 0.0).astype(z.dtype),
            can_die=True,
            # f'(z) is 1 where a = max(z, 0) > 0 and 0 where a == 0: sign(a), one numpy call
            # instead of two. They differ only where z is NaN (sign(NaN) is NaN, the
            # comparison gives 0); there da is NaN already (a NaN z makes its row NaN in
            # every layer above and in the loss's gradient), and da * 0 and da * NaN are
            # both da's NaN.
            backward=lambda z, a, da: da * np.sign(a),
        )
    if name == "leaky_relu":
        slope = leaky_slope
        return Activation(
            name,
            lambda z: np.where(z > 0.0, z, slope * z),
            lambda z, a: np.where(z > 0.0, 1.0, slope).astype(z.dtype),
            can_die=True,
        )
    if name == "elu":
        alpha = elu_alpha
        return Activation(
            name,
            # expm1 of min(z, 0) keeps the unused branch from overflowing.
            lambda z: np.where(z > 0.0, z, alpha * np.expm1(np.minimum(z, 0.0))),
            lambda z, a: np.where(z > 0.0, 1.0, a + alpha).astype(z.dtype),
        )
    raise ValueError(f"activation: unknown '{name}' (known: {', '.join(ACTIVATIONS)})")
