"""Activation functions of hidden layers, each with its derivative beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

ACTIVATIONS = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu")
# Activations with a parameter, and the NetworkSpec field that sets it. The trace records
# each layer's value (LayerTrace.activation_parameter), so the animation rebuilds the very
# function with ``make_activation(name, parameter)``.
PARAMETERS: dict[str, str] = {"leaky_relu": "leaky_slope", "elu": "elu_alpha"}


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
    # Units of this kind can die: f'(z) = 0 for every input, so no gradient flows through
    # them. Only ReLU (and a LeakyReLU of slope 0): with a slope > 0, LeakyReLU and ELU
    # units always pass some gradient.
    can_die: bool = False
    # dL/dz from dL/da, (z, a, da) -> da * f'(z), when there is a cheaper way than through
    # ``derivative``; None: da * derivative(z, a).
    backward: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None
    # The function's parameter (leaky ReLU's slope, ELU's alpha); None for those without one.
    parameter: float | None = None


def parameter_setting(name: str, settings: object) -> float | None:
    """The parameter of activation ``name`` as ``settings`` (a NetworkSpec) sets it; None
    for an activation without one."""
    if name not in PARAMETERS:
        return None
    return float(getattr(settings, PARAMETERS[name]))


def make_activation(name: str, parameter: float | None = None) -> Activation:
    """The activation ``name``; ``parameter``: its slope or alpha, required by those in
    PARAMETERS (``parameter_setting`` reads it from a spec), ignored by the others."""
    if name in PARAMETERS and parameter is None:
        raise ValueError(f"activation: {name} needs its {PARAMETERS[name]}")
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
        assert parameter is not None  # checked above
        slope = float(parameter)
        return Activation(
            name,
            lambda z: np.where(z > 0.0, z, slope * z),
            lambda z, a: np.where(z > 0.0, 1.0, slope).astype(z.dtype),
            can_die=slope == 0.0,  # slope 0 is a ReLU
            parameter=slope,
        )
    if name == "elu":
        assert parameter is not None  # checked above
        alpha = float(parameter)
        return Activation(
            name,
            # expm1 of min(z, 0) keeps the unused branch from overflowing.
            lambda z: np.where(z > 0.0, z, alpha * np.expm1(np.minimum(z, 0.0))),
            # alpha * exp(z), not a + alpha: far below zero a is -alpha + alpha*exp(z), and
            # adding alpha back cancels every digit of the small term (100% error at z = -40).
            lambda z, a: np.where(z > 0.0, 1.0, alpha * np.exp(np.minimum(z, 0.0))).astype(z.dtype),
            parameter=alpha,
        )
    raise ValueError(f"activation: unknown '{name}' (known: {', '.join(ACTIVATIONS)})")
