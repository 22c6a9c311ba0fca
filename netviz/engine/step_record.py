"""What a training step records for the picture: the new parameters with their changes, and
each layer's LayerTrace (``Network._step`` puts them in the StepTrace).

``Network.train_step`` records a trace; a step that will not be drawn skips the recording
(``Network.train_step_outcome``): a tenth to a fifth of a small network's step, measured
by ``tests/benchmarks/engine_speed.py`` (the rest is the arithmetic itself).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import cast

import numpy as np

from . import batch_norm
from .layer_state import PARAMS, Backward, Forward, LayerState
from .trace import LayerTrace, build

ConstantMask = Callable[[bool, tuple[int, ...]], np.ndarray]

# ndarray.setflags(a, False) is a.flags.writeable = False at a fifth of the cost (no flags
# object, no keyword, no bound method): a step makes about ten arrays per layer read-only.
set_flags = cast(Callable[[np.ndarray, bool], None], np.ndarray.setflags)


def readonly(a: np.ndarray) -> np.ndarray:
    set_flags(a, False)
    return a


def new_params(layers: list[LayerState], updates: list[list[np.ndarray] | None],
               changes_too: bool = True) -> list[tuple[list[np.ndarray], list[np.ndarray]] | None]:
    """Per layer (new parameters, their changes) from the optimizer's updates, None where
    there are none. The change recorded is new - old as computed, so that a trace's
    ``weight_update`` is exactly W_after - W_before (old + update may round). A plain
    loop: it runs for every layer of every step. ``changes_too`` False (a step that records
    no trace): the changes are left out (empty lists); the new parameters are the same."""
    result: list[tuple[list[np.ndarray], list[np.ndarray]] | None] = []
    for lay, layer_updates in zip(layers, updates):
        if layer_updates is None:
            result.append(None)
            continue
        news, changes = [], []
        for old, update in zip((lay.weights, lay.biases, lay.gamma, lay.beta), layer_updates):
            new = old + update
            set_flags(new, False)
            news.append(new)
            if changes_too:
                changes.append(new - old)
        result.append((news, changes))
    return result


def layer_grad_norm(lay: LayerState, sq: tuple[np.floating, ...]) -> float:
    """A layer's gradient norm from its gradients' sums of squares (dW, db, then batch
    norm's dgamma, dbeta): the one formula of a trace and of a step without one."""
    grad_norm = float(sq[0] + sq[1])
    if lay.batch_norm:
        grad_norm += float(sq[2] + sq[3])
    return math.sqrt(grad_norm)


def layer_trace(lay: LayerState, i: int, fw: Forward, back: Backward,
                new_params: tuple[list[np.ndarray], list[np.ndarray]] | None,
                mask: np.ndarray | None, dead: np.ndarray, saturated: np.ndarray, constant_mask: ConstantMask,
                update_running: bool = True) -> LayerTrace:
    """Layer i's trace; ``mask``: its dropout mask (None for the output layer);
    ``update_running``: batch norm's running statistics take this step's batch in;
    ``constant_mask(value, shape)``: a shared read-only mask (the output layer's all-True one)."""
    layer_grads = back.grads[i]
    dw, db = layer_grads[0], layer_grads[1]
    if new_params is None:  # frozen, diverged or nothing to train: zeros
        layer_updates = [np.zeros_like(getattr(lay, attr)) for attr in PARAMS[: len(layer_grads)]]
    else:
        layer_updates = new_params[1]
    w_upd, b_upd = layer_updates[0], layer_updates[1]
    grad_norm = layer_grad_norm(lay, back.sq_sums[i])
    bn = None
    if lay.batch_norm:
        # A batch-norm layer has these parameters, and its forward pass left these statistics.
        params = cast(dict[str, np.ndarray], {"gamma": lay.gamma, "beta": lay.beta, "running_mean": lay.running_mean,
                                              "running_var": lay.running_var})
        bn = batch_norm.trace(fw.linear, cast(np.ndarray, fw.bn_mean), cast(np.ndarray, fw.bn_var),
                              cast(np.ndarray, fw.bn_xhat), cast(np.ndarray, fw.bn_inv_std), params,
                              layer_grads, layer_updates, back.linear_grads[i],
                              update_running=update_running and not lay.frozen)
    hidden = mask is not None
    activation = lay.activation
    assert activation is not None or not hidden  # a hidden layer has one
    # Every array read-only, as a trace promises: most are new in this step;
    # parameters may be arrays someone put in writable (a gradient check).
    # Masks and dead units are read-only already.
    for arr in (lay.weights, lay.biases, fw.z, fw.out, back.node_grads[i], dw, db, w_upd, b_upd):
        set_flags(arr, False)
    return build(LayerTrace, {
        "index": i,
        "name": lay.name,
        "activation_name": activation.name if activation is not None else lay.output_kind,
        "activation_parameter": activation.parameter if activation is not None else None,
        "weights": lay.weights,
        "biases": lay.biases,
        "pre_activation": fw.z,
        "activation": fw.out,
        "node_grad": back.node_grads[i],
        "weight_grad": dw,
        "bias_grad": db,
        "dropout_rate": lay.dropout if hidden else 0.0,
        "dropout_mask": mask if hidden else constant_mask(True, fw.z.shape),
        "dead_units": dead,
        "saturated_units": saturated,
        "batch_norm": bn,
        "weight_update": w_upd,
        "bias_update": b_upd,
        "grad_norm": grad_norm,
        "frozen": lay.frozen,
        "kind": "dense",
    })
