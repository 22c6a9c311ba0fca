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

from dataclasses import dataclass, replace

import numpy as np

from netviz.engine.trace import StepTrace
from netviz.i18n import translate

from . import backprop as bp
from .phases import Phase, TimingSettings, wave
from .scene import CompGraph, GraphNode
from .words import fill, layer_label

DEFAULT_TERMS = 6  # inputs drawn one by one, the strongest |w_i a_i| first; the rest fold into one node


@dataclass(frozen=True)
class _Unit:
    """The focused unit's numbers for one example (forward values, dL/d of each)."""

    a_prev: np.ndarray  # (n_in,) its inputs
    w: np.ndarray  # (n_in,) its incoming weights
    products: np.ndarray  # (n_in,) w_i * a_i
    linear: float  # the weighted sum (z without batch norm)
    z: float
    f_value: float  # f(z) before dropout (the prediction for an output unit)
    out: float  # after dropout
    dlin: float  # dL/dlinear
    dz: float  # dL/dz
    u: float | None  # dL/d(out), from the layer above (None for an output unit)
    f_grad: float | None  # dL/d(f(z)), through dropout (None for an output unit)


@dataclass(frozen=True)
class _Reach:
    """How far the pass under way has got through the graph at this moment, by depth:
    leaves 0, products 1, then the chain add, (batch norm), activation, (dropout), output."""

    depth: dict[str, int]
    value_level: int  # values exist up to this depth (parameters always)
    grad_level: int  # gradients exist from this depth up to the output
    flow_direction: str | None
    flow: float | None

    def shown(self, value: float | None, level: int, parameter: bool = False) -> float | None:
        return value if (parameter or level <= self.value_level) else None

    def grad(self, value: float | None, level: int) -> float | None:
        return value if (value is not None and level >= self.grad_level) else None


def _unit_numbers(trace: StepTrace, layer: int, j: int, b: int) -> _Unit:
    lt = trace.layers[layer]
    bn = lt.batch_norm
    a_prev = np.asarray(bp.layer_input(trace, layer)[b], dtype=float)
    w = np.asarray(lt.weights[:, j], dtype=float)
    z = float(lt.pre_activation[b, j])
    out = float(lt.activation[b, j])
    f_value, u, f_grad = out, None, None
    if layer < len(trace.layers) - 1:
        f_value = float(bp.activation_values(lt, bp.activation_of(lt))[b, j])
        u = float(bp.upstream(trace, layer)[b, j])
        f_grad = u * (float(bp.keep_scale(lt)) if lt.dropout_mask[b, j] else 0.0) if lt.dropout_rate > 0.0 else u
    return _Unit(a_prev, w, w * a_prev, float(bn.linear[b, j]) if bn is not None else z, z, f_value, out,
                 float(bp.dlinear(trace, layer)[b, j]), float(lt.node_grad[b, j]), u, f_grad)


def _reach(trace: StepTrace, layer: int, phase: Phase, s: float, travel: float) -> _Reach:
    """Which values and gradients exist at eased progress ``s`` through ``phase``."""
    lt = trace.layers[layer]
    bn = lt.batch_norm
    last = layer == len(trace.layers) - 1
    chain = ["add"] + (["batch_norm"] if bn is not None else []) + ["activation"]
    chain += (["dropout"] if (not last and lt.dropout_rate > 0.0) else []) + ["output"]
    depth = {name: 2 + i for i, name in enumerate(chain)}  # leaves 0, products 1
    top = depth["output"]
    # A phase of no layer (loss, update) is compared with no layer below: -1 stands for it.
    kind, ph_layer = phase.kind, (phase.layer if phase.layer is not None else -1)
    forward_kinds = ("forward", "batch_norm")
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
    flow_direction, flow = None, None
    if kind == "backward" and ph_layer == layer:
        arrived = wave(s, travel)[1]
        grad_level = top - int(np.floor(arrived * top + 1e-9)) if arrived > 0.0 else top + 1
        flow_direction, flow = "backward", arrived
    elif (kind == "backward" and ph_layer < layer) or kind == "update":
        grad_level = 0
    else:
        grad_level = top + 1
    if kind in forward_kinds and ph_layer == layer:
        flow_direction, flow = "forward", s
    return _Reach(depth, value_level, grad_level, flow_direction, flow)


def _leaf_nodes(trace: StepTrace, layer: int, j: int, unit: _Unit, reach: _Reach, s: float, update: bool,
                max_terms: int) -> tuple[list[GraphNode], list[tuple[int, int]], list[int], int]:
    """The inputs, weights and their products (the strongest ``max_terms``, the rest in one
    "more" node), and the bias: (nodes, edges, the indices feeding the sum, the rest's size)."""
    lt = trace.layers[layer]
    shown, grad, dlin = reach.shown, reach.grad, unit.dlin
    order = np.argsort(-np.abs(np.nan_to_num(unit.products, nan=np.inf)), kind="stable")
    terms = order[:max_terms] if order.size > max_terms else order
    rest = order[terms.size:]
    nodes: list[GraphNode] = []
    edges: list[tuple[int, int]] = []
    summed: list[int] = []
    src = "x" if layer == 0 else "a"
    for r, i in enumerate(terms.tolist()):
        a_i, w_i = float(unit.a_prev[i]), float(unit.w[i])
        w_change = float(lt.weight_update[i, j]) if update else None
        w_value = w_i + s * w_change if w_change is not None else w_i
        nodes.append(GraphNode("input", f"{src}{i + 1}", shown(a_i, 0), grad(w_i * dlin, 0), (0.0, 2.0 * r),
                               note="dL/da through this unit only "
                                    "(the unit below sums over all of its outgoing edges)"))
        nodes.append(GraphNode("weight", f"w{i + 1}", shown(w_value, 0, parameter=True), grad(a_i * dlin, 0),
                               (0.0, 2.0 * r + 1.0), change=w_change,
                               note="gradient: this example's share a_i * dL/dlinear; dL/dw sums the batch's shares"))
        nodes.append(GraphNode("multiply", "×", shown(float(unit.products[i]), 1), grad(dlin, 1), (1.0, 2.0 * r + 0.5)))
        k = len(nodes) - 1
        edges += [(k - 2, k), (k - 1, k)]
        summed.append(k)
    row = 2.0 * terms.size
    if rest.size:
        others = int(rest.size)  # a plain name: lupdate reads only a name as the count
        label = translate("Equations", "+ %n more", None, others)
        nodes.append(GraphNode("more", label, shown(float(unit.products[rest].sum()), 1),
                               grad(dlin, 1), (1.0, row), note=f"the sum of the other {rest.size} products w_i a_i"))
        summed.append(len(nodes) - 1)
        row += 1.0
    b_change = float(lt.bias_update[j]) if update else None
    b_value = float(lt.biases[j]) + s * b_change if b_change is not None else float(lt.biases[j])
    nodes.append(GraphNode("bias", "b", shown(b_value, 0, parameter=True), grad(dlin, 0), (1.0, row), change=b_change,
                           note="gradient: this example's share; dL/db sums the batch's shares"))
    summed.append(len(nodes) - 1)
    return nodes, edges, summed, int(rest.size)


def _chain_nodes(trace: StepTrace, layer: int, j: int, b: int, unit: _Unit, reach: _Reach,
                 mid: float) -> list[GraphNode]:
    """The nodes after the sum, left to right, each fed by the one before: +, (BN), f, (dropout), output."""
    lt = trace.layers[layer]
    shown, grad, depth = reach.shown, reach.grad, reach.depth
    last = layer == len(trace.layers) - 1
    add_name = "linear" if lt.batch_norm is not None else "z"
    chain = [GraphNode("add", "+", shown(unit.linear, depth["add"]), grad(unit.dlin, depth["add"]), (2.0, mid),
                       note=f"{add_name} = sum_i w_i a_i + b")]
    if lt.batch_norm is not None:
        chain.append(GraphNode("batch_norm", "BN", shown(unit.z, depth["batch_norm"]),
                               grad(unit.dz, depth["batch_norm"]), (0.0, mid),
                               note="z = gamma (linear - batch mean) / sqrt(batch var + eps) + beta: "
                                    "normalised over the whole batch, so its gradient mixes the batch's examples"))
    if last:
        chain.append(GraphNode("activation", lt.activation_name, shown(unit.f_value, depth["activation"]), None,
                               (0.0, mid), note="the prediction; the loss is differentiated with respect to z directly "
                                                "(dL/dz at the + node)"))
    else:
        chain.append(GraphNode("activation", lt.activation_name, shown(unit.f_value, depth["activation"]),
                               grad(unit.f_grad, depth["activation"]), (0.0, mid), note="a = f(z); gradient dL/da"))
    if "dropout" in depth:
        kept = bool(lt.dropout_mask[b, j])
        chain.append(GraphNode("dropout", "dropout", shown(unit.out, depth["dropout"]), grad(unit.u, depth["dropout"]),
                               (0.0, mid), note=(f"kept: out = a / (1 - {lt.dropout_rate:g})" if kept
                                                 else "dropped this step: out = 0")))
    if last:
        chain.append(GraphNode("output", "L", shown(float(trace.loss), depth["output"]), grad(1.0, depth["output"]),
                               (0.0, mid), note="the batch's mean loss; dL/dL = 1"))
    else:
        above = trace.layers[layer + 1].name
        chain.append(GraphNode("output", "a", shown(unit.out, depth["output"]), grad(unit.u, depth["output"]),
                               (0.0, mid),
                               note=f"what {above} sees; gradient: sum over its units of w * dL/d(their sum)"))
    # One column each, from column 2 (after the products).
    return [replace(node, position=(2.0 + c, mid)) for c, node in enumerate(chain)]


def _input_graph(trace: StepTrace, j: int, b: int) -> CompGraph:
    if not 0 <= j < trace.inputs.shape[1]:
        raise IndexError(f"focus: node {j} out of range for the inputs")
    node = GraphNode("input", f"x{j + 1}", float(trace.inputs[b, j]), None, (0.0, 0.0),
                     note="an input: data, not a parameter, so it gets no gradient")
    title = fill(translate("Equations", "input x%1 - example %2"), j + 1, b + 1)
    return CompGraph((0, j), b, title, (node,), (), (1.0, 1.0))


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
        return _input_graph(trace, j, b)
    lt = trace.layers[layer]
    if not 0 <= j < lt.units:
        raise IndexError(f"focus: node {j} out of range for {lt.name} (0..{lt.units - 1})")
    unit = _unit_numbers(trace, layer, j, b)
    reach = _reach(trace, layer, phase, s, travel)
    update = phase.kind == "update" and not trace.diverged
    nodes, edges, summed, folded = _leaf_nodes(trace, layer, j, unit, reach, s, update, max_terms)
    row = nodes[summed[-1]].position[1]  # the bias's row: the leaves' last
    chain = _chain_nodes(trace, layer, j, b, unit, reach, row / 2.0)
    add = len(nodes)
    edges += [(m, add) for m in summed] + [(add + c, add + c + 1) for c in range(len(chain) - 1)]
    nodes += chain
    col = chain[-1].position[0]
    title = fill(translate("Equations", "%1, unit %2 - example %3"), layer_label(lt.name), j + 1, b + 1)
    return CompGraph((column, j), b, title, tuple(nodes), tuple(edges), (col + 1.0, max(row + 1.0, 1.0)),
                     folded_terms=folded, flow_direction=reach.flow_direction, flow=reach.flow)


def fold_terms(graph: CompGraph, max_terms: int) -> CompGraph:
    """``graph`` with at most ``max_terms`` inputs drawn one by one: the weakest of its drawn
    inputs (they come strongest first) join the "more" node, whose value is then the sum of all
    the folded products (None while any is unknown). What a panel too small for every box draws."""
    multiplies = [k for k, n in enumerate(graph.nodes) if n.kind == "multiply"]
    if max_terms < 1 or len(multiplies) <= max_terms:
        return graph
    feeds = {b: [a for a, bb in graph.edges if bb == b] for b in multiplies}
    folded = multiplies[max_terms:]
    gone = set(folded) | {a for m in folded for a in feeds[m]}
    old_more = next((k for k, n in enumerate(graph.nodes) if n.kind == "more"), None)
    parts = [graph.nodes[m] for m in folded] + ([graph.nodes[old_more]] if old_more is not None else [])
    values = [p.value for p in parts]
    total = None if any(v is None for v in values) else float(sum(v for v in values if v is not None))
    count = len(folded) + graph.folded_terms
    more = GraphNode("more", translate("Equations", "+ %n more", None, count), total, parts[0].gradient, (1.0, 0.0),
                     note=f"the sum of the other {count} products w_i a_i")
    # The kept nodes in their order, the new "more" node where the old one was (or before the bias).
    kept = [k for k in range(len(graph.nodes)) if k not in gone and k != old_more]
    bias = next(k for k in kept if graph.nodes[k].kind == "bias")
    order = [k for k in kept if k != bias and graph.nodes[k].position[0] < 2.0]
    new_nodes = [graph.nodes[k] for k in order] + [more, graph.nodes[bias]]
    index = {k: i for i, k in enumerate(order)}
    index[bias] = len(order) + 1
    chain = [k for k in kept if k not in index]
    for k in chain:
        index[k] = len(new_nodes)
        new_nodes.append(graph.nodes[k])
    more_i = len(order)
    # Rows as comp_graph lays them out: each drawn input and its weight, "more", the bias, then
    # the chain on the middle row.
    row = 2.0 * max_terms + 1.0
    placed: list[GraphNode] = []
    for i, node in enumerate(new_nodes):
        r = i // 3
        if i < more_i:
            y = 2.0 * r + (0.0, 1.0, 0.5)[i % 3]
        elif i == more_i:
            y = row - 1.0
        elif i == more_i + 1:
            y = row
        else:
            y = row / 2.0
        placed.append(replace(node, position=(node.position[0], y)))
    add = index[chain[0]]
    edges = {(index[a], index[b]) for a, b in graph.edges if a in index and b in index}
    edges.add((more_i, add))
    return replace(graph, nodes=tuple(placed), edges=tuple(sorted(edges)), size=(graph.size[0], row + 1.0),
                   folded_terms=count)
