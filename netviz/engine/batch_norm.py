"""Batch normalization of a hidden layer's weighted sums: forward, backward, and its trace.

Shapes: B = examples in the batch, n = the layer's units. As PyTorch's BatchNorm1d:
the batch's mean and biased variance in training mode, the running statistics in
evaluation mode; the running variance averages in the unbiased batch variance.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .trace import BatchNormTrace, freeze_arrays

BN_EPS = 1e-5
BN_MOMENTUM = 0.1  # running = (1 - m) * running + m * batch, as PyTorch


def normalize(linear: np.ndarray, mean: np.ndarray, var: np.ndarray, gamma: np.ndarray,
              beta: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(z, xhat, inv_std): z = gamma * xhat + beta with xhat = (linear - mean) / sqrt(var + eps)."""
    inv_std = 1.0 / np.sqrt(var + BN_EPS)
    xhat = (linear - mean) * inv_std
    return gamma * xhat + beta, xhat, inv_std


def backward(dz: np.ndarray, gamma: np.ndarray, xhat: np.ndarray,
             inv_std: np.ndarray) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """dL/dlinear (B, n) through batch normalization, and (dL/dgamma, dL/dbeta).

    With dxhat = dL/dz * gamma: dL/dlinear = inv_std / B * (B dxhat - sum_b dxhat -
    xhat * sum_b(dxhat * xhat)): the batch's mean and variance mix its examples.
    """
    n = dz.shape[0]
    dgamma = (dz * xhat).sum(axis=0)
    dbeta = dz.sum(axis=0)
    dxhat = dz * gamma
    dlinear = (inv_std / n) * (n * dxhat - dxhat.sum(axis=0) - xhat * (dxhat * xhat).sum(axis=0))
    return dlinear, (dgamma, dbeta)


def running_statistics(running_mean: np.ndarray, running_var: np.ndarray, mean: np.ndarray, var: np.ndarray,
                       batch_size: int) -> tuple[np.ndarray, np.ndarray]:
    """(running mean, running variance) after a batch of ``batch_size`` with this mean and
    (biased) variance: the running variance averages in the unbiased batch variance."""
    unbiased = var * (batch_size / (batch_size - 1)) if batch_size > 1 else var
    return ((1 - BN_MOMENTUM) * running_mean + BN_MOMENTUM * mean,
            (1 - BN_MOMENTUM) * running_var + BN_MOMENTUM * unbiased)


def trace(linear: np.ndarray, mean: np.ndarray, var: np.ndarray, xhat: np.ndarray, inv_std: np.ndarray,
          params: dict[str, np.ndarray], grads: Sequence[np.ndarray], updates: Sequence[np.ndarray],
          linear_grad: np.ndarray, *, update_running: bool = True) -> BatchNormTrace:
    """The step's BatchNormTrace (read-only). ``params``: gamma, beta, running_mean and
    running_var before the step; ``grads`` and ``updates``: the layer's, dW, db, dgamma, dbeta.

    ``update_running`` False (a frozen layer): the running statistics stay as they are, as
    in PyTorch's evaluation mode; a frozen layer is one whose learning is over, and its
    statistics are part of what it learned (the layer still normalizes with the batch's).
    """
    if update_running:
        running_mean, running_var = running_statistics(params["running_mean"], params["running_var"], mean, var,
                                                       linear.shape[0])
    else:
        running_mean, running_var = params["running_mean"], params["running_var"]
    bn = BatchNormTrace(
        linear=linear,
        mean=mean,
        var=var,
        running_mean=running_mean,
        running_var=running_var,
        gamma=params["gamma"],
        beta=params["beta"],
        gamma_grad=grads[2],
        beta_grad=grads[3],
        gamma_update=updates[2],
        beta_update=updates[3],
        normalized=xhat,
        inv_std=inv_std,
        linear_grad=linear_grad,
    )
    freeze_arrays(bn)
    return bn
