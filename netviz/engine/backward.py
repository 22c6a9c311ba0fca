"""The backward pass of one training step and the updates it leads to (no trace: the
recording is ``step_record``'s, so a step that is not drawn can skip it).

The arithmetic reads as the maths, one layer at a time, output layer first; the loops
are kept plain (locals, few calls per item) since they run for every layer of every step.
"""

from __future__ import annotations

import math
from typing import cast

import numpy as np

from . import batch_norm
from .layer_state import Backward, Forward, LayerState
from .optimizers import Optimizer


def backward(layers: list[LayerState], passes: list[Forward], dz: np.ndarray, l1: float, l2: float) -> Backward:
    """Backward, output layer first, from the output layer's dL/dz; ``l1``, ``l2``: the
    penalties' weights (their gradients are added to dW)."""
    n = len(layers)
    add_reduce = np.add.reduce  # add_reduce(g, 0) is g.sum(axis=0) without ndarray.sum's Python layer
    back = Backward(*([None] * n for _ in range(7)))  # type: ignore[arg-type]
    for i in range(n - 1, -1, -1):
        lay = layers[i]
        fw = passes[i]
        back.node_grads[i] = dz
        if lay.batch_norm:
            # A batch-norm layer has gamma, and its forward pass left x-hat and 1/std.
            dlinear, bn_grads = batch_norm.backward(dz, cast(np.ndarray, lay.gamma), cast(np.ndarray, fw.bn_xhat),
                                                    cast(np.ndarray, fw.bn_inv_std))
        else:
            dlinear = dz
        back.linear_grads[i] = dlinear
        dw = fw.a_prev.T @ dlinear
        db = add_reduce(dlinear, 0)
        sq_sums: tuple[np.floating, ...] = (add_reduce(dw * dw, None), add_reduce(db * db, None))  # (g * g).sum()
        grads: tuple[np.ndarray, ...] = (dw, db)
        if lay.batch_norm:
            grads += bn_grads
            sq_sums += tuple([add_reduce(g * g, None) for g in bn_grads])
        back.loss_grads[i], back.loss_sq_sums[i] = grads, sq_sums
        if l1 or l2:
            penalty = l1 * np.sign(lay.weights) if l1 else None
            if l2:
                penalty = l2 * lay.weights if penalty is None else penalty + l2 * lay.weights
            back.penalty_grads[i] = penalty
            dw = dw + penalty
            grads = (dw,) + grads[1:]
            sq_sums = (add_reduce(dw * dw, None),) + sq_sums[1:]
        back.grads[i], back.sq_sums[i] = grads, sq_sums
        if i > 0:
            below = layers[i - 1].activation
            assert below is not None  # a hidden layer's
            below_fw = passes[i - 1]
            da = dlinear @ lay.weights.T
            if below_fw.mask is not None:
                da = da * (below_fw.mask * below_fw.keep_scale)
            if below.backward is not None:
                dz = below.backward(below_fw.z, below_fw.activation, da)
            else:
                dz = da * below.derivative(below_fw.z, below_fw.activation)
    return back


def updates(optimizer: Optimizer, layers: list[LayerState], back: Backward, loss: float, preview: bool = False,
            forward_finite: bool = True) -> tuple[float, bool, bool, list[list[np.ndarray] | None]]:
    """(global norm, diverged, clipped, updates): updates[i] holds the updates of layer i's
    parameters, in the order of its gradients; None when there are none (always for a
    ``preview``: the optimizer, whose state a step advances, is not asked).
    ``forward_finite`` False (a NaN or Inf in the forward pass or batch norm's statistics,
    see ``Network._forward_finite``) is divergence too."""
    opt = optimizer.spec
    last = len(layers) - 1
    grads = back.grads
    # The global norm sums the squares output layer first, dW, db (, dgamma, dbeta) per
    # layer, of the loss's gradients only: the penalty's are added after clipping (as
    # PyTorch's weight_decay is added after clip_grad_norm_).
    trainable = [i for i in range(last, -1, -1) if not layers[i].frozen]
    global_norm = math.sqrt(sum([float(sq) for i in trainable for sq in back.loss_sq_sums[i]]))
    # A finite global norm already means finite trainable gradients: an inf or NaN
    # element makes the sum inf or NaN (and so does a finite one whose square
    # overflows, which counts as divergence too). Frozen gradients are not in the
    # norm; they are checked element by element, so a huge finite one is no divergence.
    diverged = not (forward_finite and math.isfinite(loss) and math.isfinite(global_norm))
    if not diverged and (opt.l1 or opt.l2):  # the penalty's gradients are not in the norm
        diverged = not math.isfinite(sum([float(back.sq_sums[i][0]) for i in trainable]))
    if not diverged and len(trainable) <= last:
        diverged = not all(np.isfinite(g).all() for lay, gs in zip(layers, grads) if lay.frozen for g in gs)
    updates: list[list[np.ndarray] | None] = [None] * len(layers)
    if diverged or not trainable or preview:
        return global_norm, diverged, False, updates
    keys: list[str] = []
    to_apply: list[np.ndarray] = []
    # PyTorch's clip_grad_norm_: scale by clip / (norm + 1e-6) when that is below 1.
    factor = 1.0 if opt.clip_norm is None else opt.clip_norm / (global_norm + 1e-6)
    clipped = factor < 1.0
    for i in trainable:
        keys += layers[i].keys
        if not clipped:
            to_apply += grads[i]
            continue
        scaled = [g * factor for g in back.loss_grads[i]]
        penalty_grad = back.penalty_grads[i]
        if penalty_grad is not None:
            scaled[0] = scaled[0] + penalty_grad
        to_apply += scaled
    new = optimizer.updates(keys, to_apply)
    start = 0
    for i in trainable:
        stop = start + len(grads[i])
        updates[i] = new[start:stop]
        start = stop
    return global_norm, diverged, clipped, updates
