"""Words for the animation: a plain caption per phase, and the focused unit's equations with numbers.

``phase_caption`` says what a phase does in plain words. ``chain_rule`` gives the focused
unit's equations for that phase with this step's actual numbers (one batch example),
each number with 4 significant digits: the forward sum and activation, the loss, the
chain rule dL/dz = f'(z) * sum_k w_k dL/dz_k, and the update of its strongest incoming
weight. Every result shown is the trace's own number, and the factors before it are
recomputed from the trace with the engine's formulas (netviz.animation.backprop), so the
equation multiplies out to it; the tests check both. Nothing is simplified into a formula
that did not happen: dropout's scale, batch norm and optimizers other than plain
gradient descent are stated as they are.

Units and examples are counted from 1 in the text (as the inspector does); ``focus`` and
``example`` arguments are 0-based, as everywhere in the code.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from netviz.engine.activations import Activation
from netviz.engine.batch_norm import BN_EPS
from netviz.engine.trace import LayerTrace, StepTrace
from netviz.i18n import translate

from . import backprop as bp
from . import phase_captions
from .phases import Phase
from .words import fill, layer_label

TERMS_SHOWN = 3  # terms of a sum written out, the strongest first; the rest are summed as "N more"


def fmt(value: float) -> str:
    """A number with 4 significant digits, as every caption writes it ("nan", "inf" when so)."""
    v = float(value)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    text = f"{v:.4g}"
    return "0" if text == "-0" else text


def _op(value: float) -> str:
    """An operand inside an expression: negative numbers in parentheses, "0.5 * (-0.2)"."""
    text = fmt(value)
    return f"({text})" if text.startswith("-") else text


def _example(trace: StepTrace, example: int | None) -> int:
    b = 0 if example is None else int(example)
    return min(max(b, 0), trace.inputs.shape[0] - 1)


def check_focus(trace: StepTrace, focus: tuple[int, int]) -> tuple[int, int]:
    column, unit = (int(v) for v in focus)
    if not 0 <= column <= len(trace.layers):
        raise IndexError(f"focus: column {column} out of range (0..{len(trace.layers)})")
    size = trace.inputs.shape[1] if column == 0 else trace.layers[column - 1].units
    if not 0 <= unit < size:
        raise IndexError(f"focus: node {unit} out of range for column {column} (0..{size - 1})")
    return column, unit


def _unit_name(trace: StepTrace, layer: int, unit: int) -> str:
    if layer < 0:
        return fill(translate("Equations", "input x%1"), unit + 1)
    return fill(translate("Equations", "%1, unit %2"), layer_label(trace.layers[layer].name), unit + 1)


def _source_name(trace: StepTrace, layer: int, i: int) -> str:
    """The i-th input of layer ``layer``: 'x3' or 'hidden 1 unit 3'."""
    if layer == 0:
        return f"x{i + 1}"
    return fill(translate("Equations", "%1 unit %2"), layer_label(trace.layers[layer - 1].name), i + 1)


def _sum_line(name: str, factors_a: np.ndarray, factors_b: np.ndarray, total: float) -> str:
    """'name = a1 * b1 + a2 * b2 + (N more: s) = total', strongest products first."""
    products = factors_a * factors_b
    order = np.argsort(-np.abs(np.nan_to_num(products, nan=np.inf)), kind="stable")
    shown = order[:TERMS_SHOWN]
    parts = [f"{_op(factors_a[i])} * {_op(factors_b[i])}" for i in shown]
    rest = order[TERMS_SHOWN:]
    if rest.size:
        count = int(rest.size)
        others = translate("Equations", "(%n more: %1)", None, count)  # the weakest products, summed
        parts.append(fill(others, _op(products[rest].sum())))
    return f"{name} = {' + '.join(parts)} = {fmt(total)}"


@bp.quiet
def default_focus(trace: StepTrace, example: int | None = 0, phase: Phase | None = None) -> tuple[int, int]:
    """A unit worth watching by default, as (column, node).

    In a phase of a layer (forward, batch norm, backward) and in the loss phase (the output
    layer): that layer's unit with the largest |dl/dz| for ``example`` among its kept, live
    units, so that the equations follow the pass instead of waiting for it. Otherwise (no
    phase, the update): the first unit of the first hidden layer that is kept, not dead and
    gets a gradient on that example; failing that, the first kept live unit; else the first
    output unit."""
    b = _example(trace, example)
    if phase is not None and (phase.layer is not None or phase.kind == "loss"):
        layer = len(trace.layers) - 1 if phase.layer is None else phase.layer
        return layer + 1, _strongest_unit(trace.layers[layer], b)
    if len(trace.layers) > 1:
        lt = trace.layers[0]
        live = lt.dropout_mask[b] & ~lt.dead_units
        moving = live & np.isfinite(lt.node_grad[b]) & (lt.node_grad[b] != 0)
        for candidates in (moving, live):
            if candidates.any():
                return 1, int(np.argmax(candidates))
    return len(trace.layers), 0


def _strongest_unit(lt: LayerTrace, b: int) -> int:
    """The kept, live unit of ``lt`` with the largest finite |dl/dz| on example ``b`` (else the first kept live one, else 0)."""
    live = lt.dropout_mask[b] & ~lt.dead_units
    grad = np.abs(np.asarray(lt.node_grad[b], dtype=float))
    usable = live & np.isfinite(grad)
    if usable.any() and np.max(np.where(usable, grad, -1.0)) > 0:
        return int(np.argmax(np.where(usable, grad, -1.0)))
    return int(np.argmax(live)) if live.any() else 0


# ----- phase captions ------------------------------------------------------------------


@bp.quiet
def phase_caption(trace: StepTrace, phase: Phase, example: int | None = 0) -> str:
    """What ``phase`` does, in plain words, with this step's counts (dropped units of
    ``example``, dead units, the loss value)."""
    b = _example(trace, example)
    if phase.kind in ("forward", "batch_norm"):
        return phase_captions.forward_caption(trace, phase, b)
    if phase.kind == "loss":
        return phase_captions.loss_caption(trace)
    if phase.kind == "backward":
        return phase_captions.backward_caption(trace, phase, b)
    if phase.kind == "update":
        return phase_captions.update_caption(trace)
    raise ValueError(f"phase.kind: unknown {phase.kind!r}")


# ----- the focused unit's equations ----------------------------------------------------


def _forward_lines(trace: StepTrace, layer: int, j: int, b: int, act: Activation | None,
                   stage: str) -> list[str]:
    """z = sum w a + b, (batch norm), a = f(z), (dropout); ``stage``: "linear" stops after
    the weighted sum of a batch-norm layer (its forward phase), "all" goes to the end."""
    lt = trace.layers[layer]
    a_prev = np.asarray(bp.layer_input(trace, layer)[b], dtype=float)
    w = np.asarray(lt.weights[:, j], dtype=float)
    s = float((w * a_prev).sum())
    bias = float(lt.biases[j])
    bn = lt.batch_norm
    z = float(lt.pre_activation[b, j])
    name = "linear" if bn is not None else "z"
    result = float(bn.linear[b, j]) if bn is not None else z
    lines = [
        f"{name} = sum_i w_i a_i + b = {fmt(s)} + {_op(bias)} = {fmt(result)}",
        _sum_line("sum_i w_i a_i", w, a_prev, s),
    ]
    if bn is not None:
        if stage == "linear":
            return lines
        sd = math.sqrt(float(bn.var[j]) + BN_EPS)
        lines.append(f"z = gamma * (linear - mean) / sqrt(var + eps) + beta = {_op(bn.gamma[j])} * "
                     f"({fmt(result)} - {_op(bn.mean[j])}) / {_op(sd)} + {_op(bn.beta[j])} = {fmt(z)}")
    last = layer == len(trace.layers) - 1
    out = float(lt.activation[b, j])
    if last:
        kind = lt.activation_name
        if kind == "sigmoid":
            lines.append(f"p = sigmoid(z) = 1 / (1 + exp(-z)) = sigmoid({fmt(z)}) = {fmt(out)}")
        elif kind == "softmax":
            zs = np.asarray(lt.pre_activation[b], dtype=float)
            e = np.exp(zs - zs.max())
            lines.append(f"p = exp(z_j - max z) / sum_k exp(z_k - max z) = {_op(e[j])} / {_op(e.sum())} = {fmt(out)}")
        elif kind == "tanh":
            lines.append(f"p = tanh(z) = tanh({fmt(z)}) = {fmt(out)}")
        else:
            lines.append(f"prediction = z = {fmt(out)}")
        return lines
    f_z = float(bp.activation_values(lt, _hidden_activation(lt, act))[b, j])
    lines.append(f"a = f(z) = {lt.activation_name}({fmt(z)}) = {fmt(f_z)}")
    if lt.dropout_rate > 0.0:
        if lt.dropout_mask[b, j]:
            kept = fill(translate("Equations", "(kept by dropout at rate %1)"), fmt(lt.dropout_rate))
            lines.append(f"out = a / (1 - p) = {fmt(f_z)} / {_op(1.0 - lt.dropout_rate)} = {fmt(out)} {kept}")
        else:
            lines.append(fill(translate("Equations", "dropped by dropout (rate %1) for this example: out = %2"),
                              fmt(lt.dropout_rate), fmt(out)))
    return lines


class _OutputUnit(NamedTuple):
    """What the loss and its gradient captions read of output unit ``j`` for example ``b``."""

    kind: str  # the output activation, which names the loss
    p: float  # the prediction
    y: float  # the target
    z: float  # the pre-activation
    batch: int
    k: int  # outputs per example


def _phase_layer(phase: Phase) -> int:
    """The layer of a forward, batch-norm or backward phase (each of those is at one)."""
    if phase.layer is None:
        raise ValueError(f"captions: a {phase.kind} phase without a layer")
    return phase.layer


def _hidden_activation(lt: LayerTrace, act: Activation | None) -> Activation:
    """A hidden layer's activation (only the output layer is passed None: its kind names its loss)."""
    if act is None:
        raise ValueError(f"captions: {lt.name} needs its activation")
    return act


def _output_unit(trace: StepTrace, j: int, b: int) -> _OutputUnit:
    out = trace.layers[-1]
    batch, k = trace.targets.shape
    return _OutputUnit(out.activation_name, float(out.activation[b, j]), float(trace.targets[b, j]),
                       float(out.pre_activation[b, j]), batch, k)


def _loss_lines(trace: StepTrace, j: int, b: int) -> list[str]:
    """The output unit's prediction, target and loss term (the engine's, from the trace), and L."""
    kind, p, y, z, batch, k = _output_unit(trace, j, b)
    lines = [fill(translate("Equations", "prediction p = %1, target y = %2"), fmt(p), fmt(y))]
    terms = batch * k
    mean_of = fill(translate("Equations", "L = mean of %1 terms (%2) = %3"), terms, "%2", fmt(trace.loss))
    if kind == "sigmoid":
        lines.append(f"term = -(y log p + (1 - y) log(1 - p)) = {fmt(trace.loss_terms[b, j])}")
        lines.append(mean_of.replace("%2", phase_captions.loss_name(kind)))
    elif kind == "softmax":
        lines.append(fill(translate("Equations", "example's term = -sum_k y_k log p_k = %1"),
                          fmt(trace.example_losses[b])))
        lines.append(fill(translate("Equations", "L = mean of %1 examples' terms (%2) = %3"), batch,
                          phase_captions.loss_name(kind), fmt(trace.loss)))
    elif kind == "tanh":  # TensorFlow Playground's loss, on labels -1/+1
        lines.append(f"term = (p - y)^2 / 2 = ({fmt(p)} - {_op(y)})^2 / 2 = {fmt(trace.loss_terms[b, j])}")
        lines.append(mean_of.replace("%2", phase_captions.loss_name(kind)))
    else:
        lines.append(f"term = (z - y)^2 = ({fmt(z)} - {_op(y)})^2 = {fmt(trace.loss_terms[b, j])}")
        lines.append(mean_of.replace("%2", phase_captions.loss_name(kind)))
    if trace.penalty:
        lines.append(fill(translate("Equations", "+ penalty (regularization) = %1"), fmt(trace.penalty)))
    return lines


def _output_backward_lines(trace: StepTrace, j: int, b: int) -> list[str]:
    kind, p, y, z, batch, k = _output_unit(trace, j, b)
    g = float(trace.layers[-1].node_grad[b, j])
    if kind == "softmax":
        return [f"dL/dz = (p - y) / B = ({fmt(p)} - {_op(y)}) / {batch} = {fmt(g)}",
                fill(translate("Equations", "B = %1 examples: cross-entropy is their mean"), batch)]
    n = batch * k
    note = fill(translate("Equations", "N = %1 examples x %2 outputs = %3: the loss is the mean of their terms"),
                batch, k, n)
    if kind == "sigmoid":
        return [f"dL/dz = (p - y) / N = ({fmt(p)} - {_op(y)}) / {n} = {fmt(g)}", note]
    if kind == "tanh":  # the squared error's (p - y) times tanh's slope 1 - p^2
        return [f"dL/dz = (p - y)(1 - p^2) / N = ({fmt(p)} - {_op(y)})(1 - {_op(p)}^2) / {n} = {fmt(g)}", note]
    return [f"dL/dz = 2 * (z - y) / N = 2 * ({fmt(z)} - {_op(y)}) / {n} = {fmt(g)}", note]


def _hidden_backward_lines(trace: StepTrace, layer: int, j: int, b: int, act: Activation | None) -> list[str]:
    lt = trace.layers[layer]
    above = trace.layers[layer + 1]
    g = float(lt.node_grad[b, j])
    grad_name = "dL/dz_k" if above.batch_norm is None else "dL/dlinear_k"
    up_row = bp.upstream(trace, layer)[b]
    u = float(up_row[j])
    z = float(lt.pre_activation[b, j])
    fp = float(bp.activation_slope(lt, _hidden_activation(lt, act))[b, j])
    lines = []
    if lt.dropout_rate > 0.0 and not lt.dropout_mask[b, j]:
        lines.append(fill(translate("Equations", "dropped by dropout for this example: no gradient, dL/dz = %1"),
                          fmt(g)))
        return lines
    if lt.dropout_rate > 0.0:
        scale = bp.keep_scale(lt)
        lines.append(f"dL/dz = f'(z) * 1/(1 - p) * sum_k w_k {grad_name} = {_op(fp)} * {_op(scale)} * {_op(u)} = {fmt(g)}")
    else:
        lines.append(f"dL/dz = f'(z) * sum_k w_k {grad_name} = {_op(fp)} * {_op(u)} = {fmt(g)}")
    w_out = np.asarray(above.weights[j], dtype=float)
    d_above = np.asarray(bp.dlinear(trace, layer + 1)[b], dtype=float)
    lines.append(_sum_line(f"sum_k w_k {grad_name}", w_out, d_above, u))
    lines.append(f"f'(z) = {lt.activation_name}'({fmt(z)}) = {fmt(fp)}")
    if lt.dead_units[j]:
        lines.append(translate("Equations", "dead: f'(z) = 0 (z <= 0 on every scanned example): the gradient "
                                            "stops here"))
    elif fp == 0.0:
        lines.append(translate("Equations", "z <= 0 on this example: f'(z) = 0, so no gradient passes here for it"))
    if above.batch_norm is not None:
        lines.append(fill(translate("Equations", "%1 has batch norm: dL/dlinear_k is its gradient through batch norm"),
                          layer_label(above.name)))
    if lt.batch_norm is not None:
        lines.append(_bn_backward_line(trace, layer, j, b))
    return lines


def _bn_backward_line(trace: StepTrace, layer: int, j: int, b: int) -> str:
    """dL/dlinear of a batch-norm unit: the gradient its weights and the layer below see."""
    lt = trace.layers[layer]
    bn = lt.batch_norm
    if bn is None:
        raise ValueError(f"captions: {lt.name} has no batch norm to go back through")
    xhat, inv_std = bp.normalized(lt)
    dz = np.asarray(lt.node_grad[:, j], dtype=float)
    m1 = float(dz.mean())
    m2 = float((dz * xhat[:, j]).mean())
    d = float(bp.dlinear(trace, layer)[b, j])
    equation = (f"dL/dlinear = gamma / sqrt(var + eps) * (dL/dz - mean_b dL/dz - xhat * "
                f"mean_b(dL/dz * xhat)) = {_op(bn.gamma[j])} / {_op(1.0 / inv_std[j])} * ({_op(dz[b])} - {_op(m1)} - "
                f"{_op(xhat[b, j])} * {_op(m2)}) = {fmt(d)}")
    return fill(translate("Equations", "through batch norm: %1 (the batch's examples mix)"), equation)


def _update_lines(trace: StepTrace, layer: int, j: int) -> list[str]:
    lt = trace.layers[layer]
    if trace.diverged:
        return [translate("Equations", "this step diverged (NaN or Inf): no update was applied")]
    if lt.frozen:
        return [fill(translate("Equations", "%1 is frozen: its weights and bias do not change (Δw = 0)"),
                     layer_label(lt.name))]
    i = bp.strongest_input(lt, j)
    w, dw, up = float(lt.weights[i, j]), float(lt.weight_grad[i, j]), float(lt.weight_update[i, j])
    after = float(lt.weights[i, j] + lt.weight_update[i, j])
    b, db, bup = float(lt.biases[j]), float(lt.bias_grad[j]), float(lt.bias_update[j])
    b_after = float(lt.biases[j] + lt.bias_update[j])
    lr = trace.learning_rate
    src = _source_name(trace, layer, i)
    strongest = fill(translate("Equations", "(w from %1: the strongest incoming weight)"), src)
    if bp.follows_gradient(lt, lr) and not trace.clipped:
        lines = [
            f"w <- w - lr * dL/dw = {fmt(w)} - {_op(lr)} * {_op(dw)} = {fmt(after)} {strongest}",
            f"b <- b - lr * dL/db = {fmt(b)} - {_op(lr)} * {_op(db)} = {fmt(b_after)}",
        ]
    else:
        lines = [
            f"w <- w + Δw = {fmt(w)} + {_op(up)} = {fmt(after)} {strongest}",
            fill(translate("Equations", "Δw is the optimizer's step, not -lr * dL/dw: here dL/dw = %1, lr = %2"),
                 fmt(dw), fmt(lr)),
            f"b <- b + Δb = {fmt(b)} + {_op(bup)} = {fmt(b_after)}",
        ]
        if trace.clipped:
            lines.append(fill(translate("Equations", "the gradients were clipped this step (their global norm %1 was "
                                                     "over the limit)"), fmt(trace.grad_norm)))
    bn = lt.batch_norm
    if bn is not None:
        lines.append(f"gamma <- gamma + Δgamma = {fmt(bn.gamma[j])} + {_op(bn.gamma_update[j])} = "
                     f"{fmt(bn.gamma[j] + bn.gamma_update[j])}")
        lines.append(f"beta <- beta + Δbeta = {fmt(bn.beta[j])} + {_op(bn.beta_update[j])} = "
                     f"{fmt(bn.beta[j] + bn.beta_update[j])}")
    return lines


def _summary_lines(trace: StepTrace, layer: int, phase: Phase) -> list[str]:
    """The line that replaces a unit's equations where the trace holds summaries (a conv or
    embedding layer, or the weights of the layer it feeds): no per-unit sum is written
    from them. Empty where the equations hold all the same (an output layer's loss and
    dL/dz, a dense layer's backward pass, which use no summarized weights)."""
    lt = trace.layers[layer]
    kind = phase.kind
    if (kind == "backward" and layer < _phase_layer(phase)) or \
            (kind in ("forward", "batch_norm") and layer > _phase_layer(phase)):
        return []  # the plain "not computed yet" and "waiting" lines say nothing wrong
    if lt.summary:
        text = (translate("Equations", "a summary node: one channel of a convolution, shown by its mean over "
                                       "the channel's positions; its colour is the RMS of dl/dz over them. No "
                                       "per-unit equation is written for it.") if lt.kind == "conv" else
                translate("Equations", "a summary node: one dimension of an embedding, shown by its mean over "
                                       "the sequence's tokens; its colour is the RMS of dl/dz over them. No "
                                       "per-unit equation is written for it."))
        return [text]
    if kind in ("forward", "batch_norm", "update") or (kind == "loss" and layer < len(trace.layers) - 1):
        return [fill(translate("Equations", "its edges from %1 are summaries (the RMS of each channel's weights), "
                                            "so the sum over its inputs is not written"),
                     layer_label(trace.layers[layer - 1].name))]
    return []


@bp.quiet
def chain_rule(trace: StepTrace, phase: Phase, focus: tuple[int, int], example: int | None = 0) -> tuple[str, ...]:
    """The focused unit's equations in ``phase``, with this step's numbers for batch example
    ``example``; the first line names the unit and the example.

    forward / batch_norm: z = sum_i w_i a_i + b (the strongest terms written out), batch
    norm, a = f(z), dropout; for a unit the forward pass has not reached yet, a line
    saying so. loss: an output unit's prediction, target, its loss term and L (hidden
    units: their forward equations). backward: dL/dz by the chain rule once the wave has
    reached the unit's layer (output: from the loss). update: the strongest incoming
    weight's and the bias's update, as the optimizer made it.
    """
    column, j = check_focus(trace, focus)
    b = _example(trace, example)
    layer = column - 1
    head = fill(translate("Equations", "%1 (example %2 of %3)"), _unit_name(trace, layer, j), b + 1,
                trace.inputs.shape[0])
    if layer < 0:
        lines = [fill(translate("Equations", "x%1 = %2: an input, the data itself"), j + 1, fmt(trace.inputs[b, j]))]
        if phase.kind in ("backward", "update"):
            lines.append(translate("Equations", "inputs are data, not parameters: they get no gradient and no update"))
        return (head, *lines)
    lt = trace.layers[layer]
    last = layer == len(trace.layers) - 1
    kind = phase.kind
    if bp.summarized(trace, layer):
        skipped = _summary_lines(trace, layer, phase)
        if skipped:
            return (head, *skipped)
    act = None if last else bp.activation_of(lt)
    if kind in ("forward", "batch_norm"):
        if layer > _phase_layer(phase):
            return head, fill(translate("Equations", "not computed yet: the forward pass reaches %1 later"),
                              layer_label(lt.name))
        stage = "linear" if (layer == phase.layer and kind == "forward") else "all"
        return (head, *_forward_lines(trace, layer, j, b, act, stage))
    if kind == "loss":
        if last:
            return (head, *_loss_lines(trace, j, b))
        return (head, *_forward_lines(trace, layer, j, b, act, "all"))
    if kind == "backward":
        if layer < _phase_layer(phase):
            return head, fill(translate("Equations", "waiting: the backward pass reaches %1 later"),
                              layer_label(lt.name))
        if last:
            return (head, *_output_backward_lines(trace, j, b))
        return (head, *_hidden_backward_lines(trace, layer, j, b, act))
    if kind == "update":
        return (head, *_update_lines(trace, layer, j))
    raise ValueError(f"phase.kind: unknown {kind!r}")
