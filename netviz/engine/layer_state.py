"""The state of one layer of a Network and what its forward and backward passes leave.

``LayerState`` holds a layer's parameters and settings; ``Forward`` what one forward pass
leaves for the backward pass of the same layer; ``Backward`` what the backward pass computes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import Activation

PARAMS = ("weights", "biases", "gamma", "beta")  # a layer's parameters, in the order of its optimizer keys


@dataclass
class LayerState:
    """Parameters and settings of one layer (hidden or output)."""

    name: str
    activation: Activation | None  # None for the output layer
    output_kind: str | None  # "sigmoid" / "softmax" / "linear" for the output layer
    weights: np.ndarray
    biases: np.ndarray
    dropout: float = 0.0
    frozen: bool = False
    batch_norm: bool = False
    gamma: np.ndarray | None = None
    beta: np.ndarray | None = None
    running_mean: np.ndarray | None = None
    running_var: np.ndarray | None = None
    # The optimizer's keys of W, b (and gamma, beta): "0.W", "0.b", ... made once, not per step.
    keys: tuple[str, ...] = ()


@dataclass(slots=True)
class Forward:
    """What one forward pass leaves for the backward pass of the same layer."""

    a_prev: np.ndarray
    linear: np.ndarray
    z: np.ndarray
    activation: np.ndarray  # f(z) before dropout
    out: np.ndarray  # after dropout: what the next layer sees
    mask: np.ndarray | None
    keep_scale: float
    bn_mean: np.ndarray | None = None
    bn_var: np.ndarray | None = None
    bn_xhat: np.ndarray | None = None
    bn_inv_std: np.ndarray | None = None


@dataclass(slots=True)
class Backward:
    """What the backward pass computes, per layer (index i = layer i)."""

    node_grads: list[np.ndarray]  # (B, n) dL/dz
    linear_grads: list[np.ndarray]  # (B, n) dL/d(a_prev @ W + b): dL/dz, or through batch norm
    grads: list[tuple[np.ndarray, ...]]  # dW, db (, dgamma, dbeta): the order of the optimizer keys; penalty included
    sq_sums: list[tuple[np.floating, ...]]  # their sums of squares, for the layer's norm
    # The loss's own gradients (without the penalty's) and their sums of squares: what
    # clipping measures and scales. The same objects as grads and sq_sums without l1 and l2.
    loss_grads: list[tuple[np.ndarray, ...]]
    loss_sq_sums: list[tuple[np.floating, ...]]
    penalty_grads: list[np.ndarray | None]  # (n_in, n) l1 sign(W) + l2 W, None without l1 and l2
