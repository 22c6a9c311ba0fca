"""A focused unit expanded into its computational graph, with values and gradients at one moment.

The graph of unit j of a layer, for one batch example, as in the lessons' source
documents (weights are nodes too):

    a_i --\\
           (×) --\\
    w_i --/       \\
    ...            (+) -> [batch norm] -> f -> [dropout] -> output
    + N more -----/
    b -----------/

Forward values come from the trace (or are recomputed with the engine's formulas where
the trace keeps only the final number, e.g. f(z) before dropout). Gradients are
dL/d(node) for that example: its share of the batch's gradient (the loss is a mean over
the batch, so the trace's dL/dz already holds the 1/B). The weights' shares,
a_i * dL/dlinear, summed over the batch plus the regularization gradient, are the
trace's weight_grad; the tests check it.

Animated in the same phases as the network view: in the unit's layer's forward (and
batch_norm) phase the values appear from the leaves to the output as the progress
grows; in its backward phase the gradients appear from the output back to the leaves
once the wave has arrived (after ``travel`` of the phase, as the unit itself lights up);
in the update phase weights and biases move from before to after.
"""

from __future__ import annotations

import numpy as np

from netviz.engine.trace import StepTrace

from . import backprop as bp
from .phases import Phase, TimingSettings
from .scene import CompGraph, GraphNode

DEFAULT_TERMS = 6  # inputs drawn one by one, the strongest |w_i a_i| first; the rest fold into one node


def _arrival(progress: float, travel: float) -> float:
    """0..1: how far the units of the active layer have lit up (after the wave's travel)."""
    if travel >= 1.0:
        return 1.0 if progress >= 1.0 else 0.0
    return min(max((progress - travel) / (1.0 - travel), 0.0), 1.0)


@bp.quiet
def comp_graph(trace: StepTrace, focus: tuple[int, int], phase: Phase, progress: float, example: int | None = 0, *,
               travel: float | None = None, max_terms: int = DEFAULT_TERMS) -> CompGraph:
    """The computational graph of the unit at ``focus`` = (column, node) at a moment of ``phase``.

    ``progress``: the phase's drawn (eased) progress, 0..1. ``travel``: the fraction of a
    layer phase the wave spends on the edges (TimingSettings.travel). ``max_terms``: how
    many inputs are drawn; the others are summed in one "more" node.
    """
    travel = TimingSettings().travel if travel is None else float(travel)
    if max_terms < 1:
        raise ValueError(f"max_terms: must be at least 1, got {max_terms}")
    column, j = (int(v) for v in focus)
    if not 0 <= column <= len(trace.layers):
        raise IndexError(f"focus: column {column} out of range (0..{len(trace.layers)})")
    b = min(max(0 if example is None else int(example), 0), trace.inputs.shape[0] - 1)
    s = min(max(float(progress), 0.0), 1.0)
    layer = column - 1
    if layer < 0:
        if not 0 <= j < trace.inputs.shape[1]:
            raise IndexError(f"focus: node {j} out of range for the inputs")
        node = GraphNode("input", f"x{j + 1}", float(trace.inputs[b, j]), None, (0.0, 0.0),
                         note="an input: data, not a parameter, so it gets no gradient")
        return CompGraph((column, j), b, f"input x{j + 1} - example {b + 1}", (node,), (), (1.0, 1.0))
    lt = trace.layers[layer]
    if not 0 <= j < lt.units:
        raise IndexError(f"focus: node {j} out of range for {lt.name} (0..{lt.units - 1})")
    last = layer == len(trace.layers) - 1
    bn = lt.batch_norm

    # ----- numbers for example b ------------------------------------------------------
    a_prev = np.asarray(bp.layer_input(trace, layer)[b], dtype=float)
    w = np.asarray(lt.weights[:, j], dtype=float)
    products = w * a_prev
    dlin = float(bp.dlinear(trace, layer)[b, j])
    dz = float(lt.node_grad[b, j])
    z = float(lt.pre_activation[b, j])
    linear = float(bn.linear[b, j]) if bn is not None else z
    out = float(lt.activation[b, j])
    if last:
        f_value, f_grad, u = out, None, None
    else:
        act = bp.activation_of(lt)
        f_value = float(bp.activation_values(lt, act)[b, j])
        u = float(bp.upstream(trace, layer)[b, j])
        f_grad = u * (float(bp.keep_scale(lt)) if lt.dropout_mask[b, j] else 0.0) if lt.dropout_rate > 0.0 else u

    # ----- which values and gradients exist at this moment ----------------------------
    kind, ph_layer = phase.kind, phase.layer
    chain = ["add"] + (["batch_norm"] if bn is not None else []) + ["activation"]
    chain += (["dropout"] if (not last and lt.dropout_rate > 0.0) else []) + ["output"]
    depth = {name: 2 + i for i, name in enumerate(chain)}  # leaves 0, products 1
    top = depth["output"]
    forward_kinds = ("forward", "batch_norm")
    # Values exist up to depth value_level (weights and biases always: they are parameters).
    if kind in forward_kinds and ph_layer < layer:
        value_level = -1  # the forward pass has not reached this layer: not even its inputs
    elif kind in forward_kinds and ph_layer == layer:
        if bn is not None and kind == "forward":  # up to the weighted sum
            value_level = int(np.floor(s * depth["add"] + 1e-9))
        elif bn is not None:  # batch_norm phase: the rest
            value_level = depth["add"] + int(np.floor(s * (top - depth["add"]) + 1e-9))
        else:
            value_level = int(np.floor(s * top + 1e-9))
    else:
        value_level = top
    # Gradients exist from depth grad_level up to the output.
    if kind == "backward" and ph_layer == layer:
        reach = _arrival(s, travel)
        grad_level = top - int(np.floor(reach * top + 1e-9)) if reach > 0.0 else top + 1
        flow_direction, flow = "backward", reach
    elif (kind == "backward" and ph_layer < layer) or kind == "update":
        grad_level, flow_direction, flow = 0, None, None
    else:
        grad_level, flow_direction, flow = top + 1, None, None
    if kind in forward_kinds and ph_layer == layer:
        flow_direction, flow = "forward", s

    def shown(value: float | None, level: int, parameter: bool = False) -> float | None:
        return value if (parameter or level <= value_level) else None

    def grad(value: float | None, level: int) -> float | None:
        return value if (value is not None and level >= grad_level) else None

    # ----- nodes ---------------------------------------------------------------------
    order = np.argsort(-np.abs(np.nan_to_num(products, nan=np.inf)), kind="stable")
    terms = order[:max_terms] if order.size > max_terms else order
    rest = order[terms.size:]
    nodes: list[GraphNode] = []
    edges: list[tuple[int, int]] = []
    multiplies: list[int] = []
    update = kind == "update" and not trace.diverged
    src = "x" if layer == 0 else "a"
    for r, i in enumerate(terms.tolist()):
        w_change = float(lt.weight_update[i, j]) if update else None
        w_value = float(w[i]) + s * w_change if update else float(w[i])
        nodes.append(GraphNode("input", f"{src}{i + 1}", shown(float(a_prev[i]), 0), grad(float(w[i]) * dlin, 0),
                               (0.0, 2.0 * r),
                               note="dL/da through this unit only (the unit below sums over all of its outgoing edges)"))
        nodes.append(GraphNode("weight", f"w{i + 1}", shown(w_value, 0, parameter=True),
                               grad(float(a_prev[i]) * dlin, 0), (0.0, 2.0 * r + 1.0), change=w_change,
                               note="gradient: this example's share a_i * dL/dlinear; dL/dw sums the batch's shares"))
        nodes.append(GraphNode("multiply", "×", shown(float(products[i]), 1), grad(dlin, 1), (1.0, 2.0 * r + 0.5)))
        k = len(nodes) - 1
        edges += [(k - 2, k), (k - 1, k)]
        multiplies.append(k)
    row = 2.0 * terms.size
    if rest.size:
        nodes.append(GraphNode("more", f"+ {rest.size} more", shown(float(products[rest].sum()), 1), grad(dlin, 1),
                               (1.0, row), note=f"the sum of the other {rest.size} products w_i a_i"))
        multiplies.append(len(nodes) - 1)
        row += 1.0
    b_change = float(lt.bias_update[j]) if update else None
    b_value = float(lt.biases[j]) + s * b_change if update else float(lt.biases[j])
    nodes.append(GraphNode("bias", "b", shown(b_value, 0, parameter=True), grad(dlin, 0), (1.0, row), change=b_change,
                           note="gradient: this example's share; dL/db sums the batch's shares"))
    bias_index = len(nodes) - 1
    mid = row / 2.0
    col = 2.0
    add_name = "linear" if bn is not None else "z"
    nodes.append(GraphNode("add", "+", shown(linear, depth["add"]), grad(dlin, depth["add"]), (col, mid),
                           note=f"{add_name} = sum_i w_i a_i + b"))
    prev = len(nodes) - 1
    edges += [(m, prev) for m in multiplies] + [(bias_index, prev)]
    if bn is not None:
        col += 1.0
        nodes.append(GraphNode("batch_norm", "BN", shown(z, depth["batch_norm"]), grad(dz, depth["batch_norm"]), (col, mid),
                               note="z = gamma (linear - batch mean) / sqrt(batch var + eps) + beta: normalised over "
                                    "the whole batch, so its gradient mixes the batch's examples"))
        edges.append((prev, len(nodes) - 1))
        prev = len(nodes) - 1
    col += 1.0
    if last:
        nodes.append(GraphNode("activation", lt.activation_name, shown(f_value, depth["activation"]), None, (col, mid),
                               note="the prediction; the loss is differentiated with respect to z directly "
                                    "(dL/dz at the + node)"))
    else:
        nodes.append(GraphNode("activation", lt.activation_name, shown(f_value, depth["activation"]),
                               grad(f_grad, depth["activation"]), (col, mid), note="a = f(z); gradient dL/da"))
    edges.append((prev, len(nodes) - 1))
    prev = len(nodes) - 1
    if "dropout" in depth:
        col += 1.0
        kept = bool(lt.dropout_mask[b, j])
        nodes.append(GraphNode("dropout", "dropout", shown(out, depth["dropout"]), grad(u, depth["dropout"]), (col, mid),
                               note=(f"kept: out = a / (1 - {lt.dropout_rate:g})" if kept else "dropped this step: out = 0")))
        edges.append((prev, len(nodes) - 1))
        prev = len(nodes) - 1
    col += 1.0
    if last:
        nodes.append(GraphNode("output", "L", shown(float(trace.loss), top), grad(1.0, top), (col, mid),
                               note="the batch's mean loss; dL/dL = 1"))
    else:
        above = trace.layers[layer + 1].name
        nodes.append(GraphNode("output", "a", shown(out, top), grad(u, top), (col, mid),
                               note=f"what {above} sees; gradient: sum over its units of w * dL/d(their sum)"))
    edges.append((prev, len(nodes) - 1))
    title = f"{lt.name}, unit {j + 1} - example {b + 1}"
    return CompGraph((column, j), b, title, tuple(nodes), tuple(edges), (col + 1.0, max(row + 1.0, 1.0)),
                     folded_terms=int(rest.size), flow_direction=flow_direction, flow=flow)
