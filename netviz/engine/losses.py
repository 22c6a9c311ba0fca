"""Output layers with their losses: sigmoid + binary cross-entropy, softmax + cross-entropy, linear + MSE.

Each loss is the mean over all elements of the batch (as PyTorch's default
reduction): BCE and MSE over (batch x outputs), cross-entropy over the batch.
The gradient is taken with respect to the output layer's pre-activation z
directly, which is both simpler and numerically stable.
"""

from __future__ import annotations

import numpy as np

from .activations import sigmoid

OUTPUTS = ("sigmoid", "softmax", "linear")
LOSS_NAMES = {"sigmoid": "binary cross-entropy", "softmax": "cross-entropy", "linear": "mean squared error"}


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def output_activation(kind: str, z: np.ndarray) -> np.ndarray:
    """The network's prediction from the output pre-activation z (batch, k)."""
    if kind == "sigmoid":
        return sigmoid(z)
    if kind == "softmax":
        return softmax(z)
    if kind == "linear":
        return z.copy()
    raise ValueError(f"output: unknown '{kind}' (known: {', '.join(OUTPUTS)})")


def loss_value(kind: str, z: np.ndarray, y: np.ndarray) -> float:
    """The mean loss of pre-activations z (batch, k) against targets y (batch, k)."""
    if kind == "sigmoid":
        # log(1 + e^z) - y z, written to stay finite for any z.
        per = np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))
        return float(per.mean())
    if kind == "softmax":
        shifted = z - z.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-(y * log_p).sum(axis=1).mean())
    if kind == "linear":
        return float(((z - y) ** 2).mean())
    raise ValueError(f"output: unknown '{kind}' (known: {', '.join(OUTPUTS)})")


def loss_grad(kind: str, z: np.ndarray, prediction: np.ndarray, y: np.ndarray) -> np.ndarray:
    """dL/dz for the output layer, shape (batch, k)."""
    n = z.shape[0]
    if kind == "sigmoid":
        return (prediction - y) / y.size
    if kind == "softmax":
        return (prediction - y) / n
    if kind == "linear":
        return 2.0 * (z - y) / y.size
    raise ValueError(f"output: unknown '{kind}' (known: {', '.join(OUTPUTS)})")
