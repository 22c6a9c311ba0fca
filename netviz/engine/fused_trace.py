"""The StepTrace of a step the fused kernel trained, from the arrays it left (``KernelWork``).

A drawn step of a fused run is the kernel's step itself: its trace holds the numbers that
trained the run, and the numpy engine is not asked to do the step again (that second step
was a third of a drawn step's cost on [2,64x12,1], and it held the GIL where the kernel
does not). The numpy engine stays the reference: tests/engine/test_fused_trace.py compares
every field with ``Network.train_step`` on the same weights and batch, within 1e-12.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from . import batch_norm
from .step_record import readonly
from .trace import BatchNormTrace, LayerTrace, StepTrace, build

if TYPE_CHECKING:
    from .fused_steps import FusedResult
    from .network import Network
    from .summary import StepSummary


def _rows(units: np.ndarray, start: int, n: int) -> np.ndarray:
    """(B, n) read-only: a layer's units of a (units, B) work array, as a trace holds them
    (a copy: the work arrays are the kernel's)."""
    return readonly(np.ascontiguousarray(units[start:start + n].T))


def _batch_norm_trace(result: FusedResult, i: int, before: tuple[np.ndarray, ...],
                      grads: tuple[np.ndarray, ...], updates: tuple[np.ndarray, ...]) -> BatchNormTrace:
    """Layer i's BatchNormTrace from the kernel's work arrays; ``before``: its W, b, gamma, beta,
    running mean and variance before the step; ``grads`` and ``updates``: dW, db, dgamma, dbeta's."""
    work, layout = result.work, result.work.layout
    uo, n = int(layout.u_off[i]), int(layout.dims[i + 1])
    stats = work.stats[uo:uo + n]
    after = result.weights[i]  # the running statistics this step left (a frozen layer's unchanged)
    params = {"gamma": before[2], "beta": before[3], "running_mean": after[4], "running_var": after[5]}
    return batch_norm.trace(_rows(work.linear, uo, n), readonly(stats[:, 0].copy()), readonly(stats[:, 1].copy()),
                            _rows(work.normalized, uo, n), readonly(stats[:, 2].copy()), params, grads, updates,
                            _rows(work.linear_grad, uo, n), update_running=False)


def kernel_trace(network: Network, result: FusedResult, before: Sequence[tuple[np.ndarray, ...]],
                 inputs: np.ndarray, targets: np.ndarray, penalty: float, row: StepSummary,
                 units_scan: Sequence[tuple[np.ndarray, np.ndarray]], dead_scan_size: int,
                 dropout_masks: Sequence[np.ndarray | None] | None) -> StepTrace:
    """The trace of the last step a kernel call (``result``) just applied to ``network``, the
    history's ``row``: ``before`` each layer's parameters before it (the network's read-only
    arrays: ``fused_steps.layer_arrays``), ``inputs`` and ``targets`` its batch, ``penalty`` the penalty of the weights
    before it, ``units_scan`` each layer's (dead, saturated) units as the history counts them
    (measured on ``dead_scan_size`` examples), ``dropout_masks`` each hidden layer's (B, n)
    mask of the step (None: no dropout there, or anywhere). The step is the call's last done
    (``result.done - 1``): the work arrays hold its batch."""
    at = result.done - 1
    last = network.n_layers - 1
    layers = []
    work, layout = result.work, result.work.layout
    grads = work.grads
    for i, (lay, old) in enumerate(zip(network.layers, before)):
        w_old, b_old = old[0], old[1]
        n_in, n = w_old.shape
        wo, bo, uo = int(layout.w_off[i]), int(layout.b_off[i]), int(layout.u_off[i])
        # W_after - W_before as computed, as a numpy step records it (step_record.new_params)
        updates = tuple(readonly(new - was) for new, was in zip(result.weights[i], old[:4]))
        layer_grads: tuple[np.ndarray, ...] = (readonly(grads[wo:bo].reshape(n_in, n).copy()),
                                               readonly(grads[bo:bo + n].copy()))
        bn = None
        if lay.batch_norm:
            layer_grads += (readonly(grads[bo + n:bo + 2 * n].copy()), readonly(grads[bo + 2 * n:bo + 3 * n].copy()))
            bn = _batch_norm_trace(result, i, old, layer_grads, updates)
        hidden = i < last
        activation = lay.activation
        z = _rows(work.z, uo, n)
        out = _rows(work.a, uo, n) if hidden else readonly(work.predictions.copy())
        dead, saturated = units_scan[i]
        rate = lay.dropout if hidden else 0.0
        mask = dropout_masks[i] if dropout_masks is not None and hidden else None
        if mask is None:
            mask = network._constant_mask(True, z.shape)
        layers.append(build(LayerTrace, {
            "index": i,
            "name": lay.name,
            "activation_name": activation.name if activation is not None else lay.output_kind,
            "activation_parameter": activation.parameter if activation is not None else None,
            "weights": w_old,
            "biases": b_old,
            "pre_activation": z,
            "activation": out,
            "node_grad": _rows(work.dz, uo, n),
            "weight_grad": layer_grads[0],
            "bias_grad": layer_grads[1],
            "dropout_rate": rate,
            "dropout_mask": mask,
            "dead_units": dead,
            "saturated_units": saturated,
            "batch_norm": bn,
            "weight_update": updates[0],
            "bias_update": updates[1],
            "grad_norm": float(result.grad_norms[at, i]),
            "frozen": lay.frozen,
            "kind": "dense",
        }))
    return build(StepTrace, {
        "step": row.step,
        "inputs": inputs,
        "targets": targets,
        "layers": tuple(layers),
        "loss": float(result.losses[at]),
        "penalty": float(penalty),
        "loss_terms": readonly(work.loss_terms.copy()),
        "learning_rate": float(network.optimizer.spec.learning_rate),
        "grad_norm": float(result.global_norms[at]),
        "clipped": bool(result.clipped[at]),
        "diverged": row.diverged,  # a validation loss that is not finite (the step itself was finite)
        "val_loss": row.val_loss,
        "dead_scan_size": int(dead_scan_size),
        "val_accuracy": row.val_accuracy,
    })
