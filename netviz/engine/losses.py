"""Output layers with their losses: sigmoid + binary cross-entropy, softmax + cross-entropy, linear + MSE,
and TensorFlow Playground's tanh + squared error 0.5 * (out - target)^2 (labels -1/+1).

Each loss is the mean over all elements of the batch (as PyTorch's default
reduction): BCE and MSE over (batch x outputs), cross-entropy over the batch.
The gradient is taken with respect to the output layer's pre-activation z
directly, which is both simpler and numerically stable.

Every loss is built from its terms, one per example and output (``loss_terms``): the
trace records them, and each example's own loss (``example_losses``), which the
animation's loss view and captions show, is computed from them here and nowhere else.
A training step needs both the prediction and the terms of the same z;
``output_and_loss_terms`` computes them together so that the exponentials they share are
computed once. ``output_activation`` and ``loss_value`` give the same numbers alone.
"""

from __future__ import annotations

import numpy as np

from .activations import sigmoid_parts

OUTPUTS = ("sigmoid", "softmax", "linear", "tanh")
LOSS_NAMES = {"sigmoid": "binary cross-entropy", "softmax": "cross-entropy", "linear": "mean squared error",
              "tanh": "squared error / 2"}


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


def _bce_terms(z: np.ndarray, y: np.ndarray, e: np.ndarray) -> np.ndarray:
    # log(1 + e^z) - y z, written to stay finite for any z; e = exp(-|z|).
    return np.maximum(z, 0.0) - z * y + np.log1p(e)


def _cross_entropy_terms(y: np.ndarray, shifted: np.ndarray, total: np.ndarray) -> np.ndarray:
    return -(y * (shifted - np.log(total)))  # -y_k log p_k


def _reduce(kind: str, terms: np.ndarray) -> float:
    """The batch's loss from its terms: the mean of all (BCE, MSE), or the mean over the
    examples of each example's sum (cross-entropy)."""
    if kind == "sigmoid":
        return _mean(terms)
    if kind == "softmax":
        return float(terms.sum(axis=1).mean())
    return float(terms.mean())


def loss_terms(kind: str, z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(batch, k) each example's and output's term of the loss of pre-activations z against y:
    -(y log p + (1 - y) log(1 - p)) (BCE), -y_k log p_k (cross-entropy), (z - y)^2 (MSE),
    0.5 * (tanh(z) - y)^2 (tanh).
    The loss is ``loss_from_terms`` of them; ``example_losses`` gives each example's own loss."""
    return output_and_loss_terms(kind, z, y)[1]


def example_losses(kind: str, terms: np.ndarray) -> np.ndarray:
    """(batch,) each example's own loss from its ``loss_terms``: the mean over its outputs
    (BCE, MSE) or their sum (cross-entropy); the batch's loss is the mean of these."""
    if kind == "softmax":
        return terms.sum(axis=1)
    if kind in OUTPUTS:
        return terms.mean(axis=1)
    raise _unknown(kind)


def loss_from_terms(kind: str, terms: np.ndarray) -> float:
    """The batch's mean loss from its ``loss_terms``."""
    if kind not in OUTPUTS:
        raise _unknown(kind)
    return _reduce(kind, terms)


def output_activation(kind: str, z: np.ndarray) -> np.ndarray:
    """The network's prediction from the output pre-activation z (batch, k)."""
    if kind == "sigmoid":
        return sigmoid_parts(z)[1]
    if kind == "softmax":
        return _softmax_parts(z)[2]
    if kind == "linear":
        return z.copy()
    if kind == "tanh":
        return np.tanh(z)
    raise _unknown(kind)


def loss_value(kind: str, z: np.ndarray, y: np.ndarray) -> float:
    """The mean loss of pre-activations z (batch, k) against targets y (batch, k)."""
    return output_and_loss(kind, z, y)[1]


def output_and_loss_terms(kind: str, z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(output_activation(kind, z), loss_terms(kind, z, y)), sharing their exponentials."""
    if kind == "sigmoid":
        e, prediction = sigmoid_parts(z)
        return prediction, _bce_terms(z, y, e)
    if kind == "softmax":
        shifted, total, prediction = _softmax_parts(z)
        return prediction, _cross_entropy_terms(y, shifted, total)
    if kind == "linear":
        return z.copy(), (z - y) ** 2
    if kind == "tanh":
        prediction = np.tanh(z)
        return prediction, 0.5 * (prediction - y) ** 2
    raise _unknown(kind)


def output_and_loss(kind: str, z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """(output_activation(kind, z), loss_value(kind, z, y)), sharing their exponentials."""
    prediction, terms = output_and_loss_terms(kind, z, y)
    return prediction, _reduce(kind, terms)


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
    if kind == "tanh":
        return (prediction - y) * (1.0 - prediction * prediction) / float(y.size)
    raise _unknown(kind)
