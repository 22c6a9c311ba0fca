"""A StepTrace from what one recorded step's hooks captured: the engine's record, filled from PyTorch.

Everything is float64 numpy on the CPU. The loss's terms and the prediction come from the
engine's own loss functions (``netviz.engine.losses``) applied to the logits PyTorch
computed; gradients and updates are PyTorch's own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from netviz.engine.losses import loss_from_terms, output_and_loss_terms
from netviz.engine.trace import BatchNormTrace, LayerTrace, StepTrace, freeze_arrays

from . import summary
from .capture import LayerCapture
from .structure import LayerPlan, WatchError


@dataclass(frozen=True)
class StepInfo:
    """What the recorder knows of the step beyond the hooks."""

    step: int
    targets: np.ndarray  # (B, outputs) float64, as the engine takes them (one-hot for cross-entropy)
    learning_rate: float
    before: list[dict[str, np.ndarray]]  # per layer, each parameter before the step (torch layout)
    after: list[dict[str, np.ndarray]]  # per layer, each parameter after the step


# One layer's captured arrays by LayerCapture field name (None where not captured), plus
# batch norm's statistics once computed.
Captured = dict[str, Any]


def numpy(t: torch.Tensor | None) -> np.ndarray | None:
    return None if t is None else to_numpy(t)


def to_numpy(t: torch.Tensor) -> np.ndarray:
    return t.cpu().numpy()


def targets_array(y: object, batch: int, outputs: int, kind: str) -> np.ndarray:
    """(B, outputs) float64 targets as the engine takes them; class indices (B,) become
    one-hot rows for cross-entropy."""
    arr = y.detach().cpu().numpy() if isinstance(y, torch.Tensor) else np.asarray(y)
    if kind == "softmax" and arr.ndim == 1 and np.issubdtype(arr.dtype, np.integer):
        if arr.size and (arr.min() < 0 or arr.max() >= outputs):
            raise WatchError(f"targets: class indices must be 0..{outputs - 1}")
        arr = np.eye(outputs)[arr]
    arr = np.asarray(arr, dtype=np.float64)
    if arr.ndim == 1 and outputs == 1:
        arr = arr[:, None]
    if arr.shape != (batch, outputs):
        raise WatchError(f"targets: shape must be ({batch}, {outputs}) (or ({batch},) class indices for "
                         f"cross-entropy), got {arr.shape}")
    return arr


def _required(value: np.ndarray | None, what: str) -> np.ndarray:
    if value is None:
        raise WatchError(f"{what} was not seen in the recorded step: run the forward pass, the loss's "
                         "backward() and the optimizer's step inside `with rec.step(x, y):`")
    return value


def _zeros_or(values: dict[str, np.ndarray], key: str, n: int) -> np.ndarray:
    return values[key] if key in values else np.zeros(n)


def layer_grads(plan: LayerPlan, cap: Captured, grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """dW (n_in, n), db, and batch norm's dgamma, dbeta of one layer.

    PyTorch computes no gradient for a parameter that does not require one (a frozen
    layer); the engine records it anyway, so it is computed here from the layer's own
    dL/dlinear as the engine does (dW = a_prev^T dL/dlinear, db = its column sums).
    """
    linear_grad = cap["linear_grad"] if plan.batch_norm is not None else cap["node_grad"]
    out = {
        "weight": grads["weight"].T if "weight" in grads else cap["a_prev"].T @ linear_grad,
        "bias": grads["bias"] if "bias" in grads else linear_grad.sum(axis=0),
    }
    if plan.batch_norm is not None:
        xhat = cap["normalized"]
        out["gamma"] = grads["gamma"] if "gamma" in grads else (cap["node_grad"] * xhat).sum(axis=0)
        out["beta"] = grads["beta"] if "beta" in grads else cap["node_grad"].sum(axis=0)
        if not plan.batch_norm.affine:
            out["gamma"] = out["beta"] = np.zeros_like(out["beta"])
    return out


def _batch_norm_trace(plan: LayerPlan, cap: Captured, grads: dict[str, np.ndarray],
                      before: dict[str, np.ndarray], update: dict[str, np.ndarray],
                      running: tuple[np.ndarray, np.ndarray]) -> BatchNormTrace:
    n = cap["linear"].shape[1]
    assert plan.batch_norm is not None
    return BatchNormTrace(
        linear=cap["linear"], mean=cap["mean"], var=cap["var"],
        running_mean=running[0], running_var=running[1],
        gamma=_zeros_or(before, "gamma", n) if plan.batch_norm.affine else np.ones(n),
        beta=_zeros_or(before, "beta", n),
        gamma_grad=grads["gamma"], beta_grad=grads["beta"],
        gamma_update=_zeros_or(update, "gamma", n), beta_update=_zeros_or(update, "beta", n),
        normalized=cap["normalized"], inv_std=cap["inv_std"],
        linear_grad=_required(cap["linear_grad"], f"{plan.name}: dL/dlinear"),
    )


def _normalize(plan: LayerPlan, cap: Captured) -> None:
    """Batch norm's statistics and intermediates, in float64 from the captured W-sums,
    written as the engine's batch_norm.normalize writes them (the module's own eps)."""
    linear = cap["linear"]
    assert plan.batch_norm is not None
    cap["mean"] = mean = linear.mean(axis=0)
    cap["var"] = var = linear.var(axis=0)
    cap["inv_std"] = inv_std = 1.0 / np.sqrt(var + plan.batch_norm.eps)
    cap["normalized"] = (linear - mean) * inv_std


def _summary_layer(plan: LayerPlan, cap: Captured, capture: LayerCapture, next_input: np.ndarray,
                   before: dict[str, np.ndarray], update: dict[str, np.ndarray]) -> tuple[LayerTrace, float]:
    """The LayerTrace of a conv or embedding layer (``LayerTrace.kind``: its units are
    channels, its arrays summaries over positions) and its squared gradient norm."""
    if "weight" not in capture.grads:
        raise WatchError(f"{plan.name}: no weight gradient was seen (a frozen {type(plan.linear).__name__} "
                         "is not shown yet)")
    grads = {k: to_numpy(g) for k, g in capture.grads.items()}
    kind, n = plan.kind, plan.channels
    z = _required(cap["z"], f"{plan.name}: the forward pass")
    batch = z.shape[0]
    dead = cap["dead"] if cap["dead"] is not None else np.zeros(n, dtype=bool)
    saturated = cap["saturated"] if cap["saturated"] is not None else np.zeros(n, dtype=bool)
    sq = sum(float(np.square(g).sum()) for g in grads.values())
    layer = LayerTrace(
        index=plan.index, name=plan.name, activation_name=plan.activation_name,
        activation_parameter=plan.activation_parameter,
        weights=summary.own_weights(before["weight"], kind),
        biases=_zeros_or(before, "bias", n),
        pre_activation=summary.channel_mean(z, kind, n),
        # The next layer's input is this layer's output, flattened or not: the same layout.
        activation=summary.channel_mean(next_input, kind, n),
        node_grad=summary.channel_rms(_required(cap["node_grad"], f"{plan.name}: dL/dz"), kind, n),
        weight_grad=summary.own_weights(grads["weight"], kind),
        bias_grad=grads["bias"] if "bias" in grads else np.zeros(n),
        dropout_rate=0.0, dropout_mask=np.ones((batch, n), dtype=bool),
        dead_units=dead, saturated_units=saturated, batch_norm=None,
        weight_update=summary.own_weights(update["weight"], kind),
        bias_update=_zeros_or(update, "bias", n),
        grad_norm=math.sqrt(sq), frozen=False, kind=kind,
    )
    freeze_arrays(layer)
    return layer, sq


def build_trace(plans: tuple[LayerPlan, ...], captures: list[LayerCapture], info: StepInfo) -> StepTrace:
    """The StepTrace of one recorded step (every array read-only)."""
    fields = ("a_prev", "linear", "z", "mask", "node_grad", "linear_grad", "dead", "saturated")
    caps: list[Captured] = [{k: numpy(getattr(c, k)) for k in fields} for c in captures]
    out_cap, out_plan = caps[-1], plans[-1]
    z_out = _required(out_cap["z"], "the output layer's forward pass")
    prediction, loss_terms = output_and_loss_terms(out_plan.activation_name, z_out, info.targets)
    loss = loss_from_terms(out_plan.activation_name, loss_terms)
    layers = []
    norms: list[tuple[float, bool]] = []  # (this layer's squared grad norm, counts toward the global norm)
    for i, (plan, cap, capture) in enumerate(zip(plans, caps, captures)):
        _required(cap["node_grad"], f"{plan.name}: dL/dz (the loss's backward pass)")
        before, after = info.before[i], info.after[i]
        if plan.kind != "dense":
            summary_layer, sq = _summary_layer(plan, cap, capture, _required(caps[i + 1]["a_prev"], plan.name),
                                               before, {k: after[k] - before[k] for k in before})
            norms.append((sq, True))
            layers.append(summary_layer)
            continue
        if plan.batch_norm is not None:
            _normalize(plan, cap)
        grads = layer_grads(plan, cap, {k: to_numpy(g) for k, g in capture.grads.items()})
        update = {k: after[k] - before[k] for k in before}
        n = cap["z"].shape[1]
        bn = None
        if plan.batch_norm is not None:
            assert capture.running is not None  # the batch-norm hook ran, since z was seen
            running = (to_numpy(capture.running[0]), to_numpy(capture.running[1]))
            bn = _batch_norm_trace(plan, cap, grads, before, update, running)
            freeze_arrays(bn)
        sq = sum(float(np.square(g).sum()) for g in grads.values())
        frozen = not plan.linear.weight.requires_grad
        norms.append((sq, not frozen))
        rate = float(plan.dropout.p) if plan.dropout is not None else 0.0
        weights, weight_grad, weight_update = before["weight"].T, grads["weight"], update["weight"].T
        if plan.fed_by is not None:  # one row per channel of the summary layer before
            kind, channels = plan.fed_by
            weights, weight_grad, weight_update = (summary.rows_by_channel(w, kind, channels)
                                                   for w in (weights, weight_grad, weight_update))
        dead = cap["dead"] if cap["dead"] is not None else np.zeros(n, dtype=bool)
        saturated = cap["saturated"] if cap["saturated"] is not None else np.zeros(n, dtype=bool)
        layer = LayerTrace(
            index=i,
            name=plan.name,
            activation_name=plan.activation_name,
            activation_parameter=plan.activation_parameter,
            weights=weights,
            biases=_zeros_or(before, "bias", n),
            pre_activation=cap["z"],
            activation=prediction if plan.is_output else caps[i + 1]["a_prev"],
            node_grad=cap["node_grad"],
            weight_grad=weight_grad,
            bias_grad=grads["bias"],
            dropout_rate=rate,
            dropout_mask=cap["mask"] if cap["mask"] is not None else np.ones(cap["z"].shape, dtype=bool),
            dead_units=dead,
            saturated_units=saturated,
            batch_norm=bn,
            weight_update=weight_update,
            bias_update=_zeros_or(update, "bias", n),
            grad_norm=math.sqrt(sq),
            frozen=frozen,
        )
        freeze_arrays(layer)
        layers.append(layer)
    # The engine sums the squares output layer first; the same order gives the same float.
    global_norm = math.sqrt(sum(sq for sq, counts in reversed(norms) if counts))
    inputs = _required(caps[0]["a_prev"], "the first layer's input")
    if plans[0].kind != "dense":
        inputs = summary.summary_inputs(inputs, plans[0].kind)
    trace = StepTrace(
        step=info.step,
        inputs=inputs,
        targets=info.targets,
        layers=tuple(layers),
        loss=loss,
        penalty=0.0,  # weight decay lives in the optimizer, out of the hooks' sight
        loss_terms=loss_terms,
        learning_rate=info.learning_rate,
        grad_norm=global_norm,
        clipped=False,  # clip_grad_norm_ is out of the hooks' sight too
        diverged=not (math.isfinite(loss) and math.isfinite(global_norm)),
        val_loss=None,
        dead_scan_size=int(z_out.shape[0]),
    )
    freeze_arrays(trace)
    return trace
