"""Output layers with their losses: sigmoid + binary cross-entropy, softmax + cross-entropy, linear + MSE.

Each loss is the mean over all elements of the batch (as PyTorch's default
reduction): BCE and MSE over (batch x outputs), cross-entropy over the batch.
The gradient is taken with respect to the output layer's pre-activation z
directly, which is both simpler and numerically stable.

A training step needs both the prediction and the loss of the same z;
``output_and_loss`` computes them together so that the exponentials they share are
computed once. ``output_activation`` and ``loss_value`` give the same numbers alone.
"""

from __future__ import annotations

import numpy as np

from .activations import sigmoid_parts

OUTPUTS = ("sigmoid", "softmax", "linear")
LOSS_NAMES = {"sigmoid": "binary cross-entropy", "softmax": "cross-entropy", "linear": "mean squared error"}


def _unknown(kind: str) -> ValueError:
    return ValueError(f"output: unknown '{kind}' (known: {', '.join(OUTPUTS)})")


def _mean(a: np.ndarray) -> float:
    """float(a.mean()), with less overhead: the same sum, then the same division.

    ndarray.mean divides the sum by the count in float64 (a float32 sum over an intp
    count is computed in float64) and rounds the quotient to a's dtype; a Python float
    division is that float64 division.
    """
    total = np.add.reduce(a, None)
    if a.size == 0:  # 0 / 0: NaN, as numpy makes it
        return float(total.dtype.type(total / np.intp(0)))
    mean = float(total) / a.size
    return mean if type(total) is np.float64 else float(total.dtype.type(mean))


def _softmax_parts(z: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(shifted, row sums of exp(shifted), softmax(z)) with shifted = z - row max."""
    shifted = z - np.maximum.reduce(z, axis=1, keepdims=True)  # z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    total = np.add.reduce(e, axis=1, keepdims=True)  # e.sum(axis=1, keepdims=True)
    return shifted, total, e / total


def softmax(z: np.ndarray) -> np.ndarray:
    return _softmax_parts(z)[2]


def _bce(z: np.ndarray, y: np.ndarray, e: np.ndarray) -> float:
    # log(1 + e^z) - y z, written to stay finite for any z; e = exp(-|z|).
    return _mean(np.maximum(z, 0.0) - z * y + np.log1p(e))


def _cross_entropy(y: np.ndarray, shifted: np.ndarray, total: np.ndarray) -> float:
    log_p = shifted - np.log(total)
    return float(-(y * log_p).sum(axis=1).mean())


def _mse(z: np.ndarray, y: np.ndarray) -> float:
    return float(((z - y) ** 2).mean())


def output_activation(kind: str, z: np.ndarray) -> np.ndarray:
    """The network's prediction from the output pre-activation z (batch, k)."""
    if kind == "sigmoid":
        return sigmoid_parts(z)[1]
    if kind == "softmax":
        return _softmax_parts(z)[2]
    if kind == "linear":
        return z.copy()
    raise _unknown(kind)


def loss_value(kind: str, z: np.ndarray, y: np.ndarray) -> float:
    """The mean loss of pre-activations z (batch, k) against targets y (batch, k)."""
    if kind == "sigmoid":
        return _bce(z, y, sigmoid_parts(z)[0])
    if kind == "softmax":
        shifted, total, _ = _softmax_parts(z)
        return _cross_entropy(y, shifted, total)
    if kind == "linear":
        return _mse(z, y)
    raise _unknown(kind)


def output_and_loss(kind: str, z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """(output_activation(kind, z), loss_value(kind, z, y)), sharing their exponentials."""
    if kind == "sigmoid":
        e, prediction = sigmoid_parts(z)
        return prediction, _bce(z, y, e)
    if kind == "softmax":
        shifted, total, prediction = _softmax_parts(z)
        return prediction, _cross_entropy(y, shifted, total)
    if kind == "linear":
        return z.copy(), _mse(z, y)
    raise _unknown(kind)


def loss_grad(kind: str, z: np.ndarray, prediction: np.ndarray, y: np.ndarray) -> np.ndarray:
    """dL/dz for the output layer, shape (batch, k)."""
    # Divisions by the counts as floats: the same numbers, and numpy divides by a Python
    # float faster than by a Python int.
    if kind == "sigmoid":
        return (prediction - y) / float(y.size)
    if kind == "softmax":
        return (prediction - y) / float(z.shape[0])
    if kind == "linear":
        return 2.0 * (z - y) / float(y.size)
    raise _unknown(kind)
