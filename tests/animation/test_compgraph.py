"""The focused unit's computational graph: values and gradients are the trace's, revealed phase by phase."""

import numpy as np
import pytest

from netviz.animation import backprop as bp
from netviz.animation.compgraph import comp_graph
from netviz.animation.phases import Phase, phases_of
from netviz.animation.scene import GRAPH_NODE_KINDS
from netviz.engine import LayerSpec, OptimizerSpec
from tests.animation.nets import make_trace

UPDATE = Phase("update", None, "Update")


def by_kind(graph, kind):
    return [n for n in graph.nodes if n.kind == kind]


def one(graph, kind):
    nodes = by_kind(graph, kind)
    assert len(nodes) == 1, (kind, nodes)
    return nodes[0]


@pytest.fixture(scope="module")
def traces():
    n = 6
    masks = [np.ones((n, 5), bool), np.ones((n, 4), bool)]
    masks[0][1, 2] = False
    _, plain = make_trace([LayerSpec(5, "tanh", dropout=0.4), LayerSpec(4, "relu")], n=n, masks=masks, steps=2)
    _, bn = make_trace([LayerSpec(5, "relu", batch_norm=True), LayerSpec(4, "sigmoid")], n=n, steps=2,
                       optimizer=OptimizerSpec("sgd", 0.1, l2=0.05))
    return plain, bn


def test_graph_structure(traces):
    plain, bn = traces
    g = comp_graph(plain, (1, 0), UPDATE, 1.0)
    assert [n.kind for n in g.nodes] == (["input", "weight", "multiply"] * 2
                                         + ["bias", "add", "activation", "dropout", "output"])
    assert all(n.kind in GRAPH_NODE_KINDS for n in g.nodes)
    kinds = [n.kind for n in g.nodes]
    edges = {(kinds[a], kinds[b]) for a, b in g.edges}
    assert edges == {("input", "multiply"), ("weight", "multiply"), ("multiply", "add"), ("bias", "add"),
                     ("add", "activation"), ("activation", "dropout"), ("dropout", "output")}
    assert all(0 <= a < len(g.nodes) and 0 <= b < len(g.nodes) for a, b in g.edges)
    assert g.size[0] >= max(n.position[0] for n in g.nodes) and g.size[1] >= max(n.position[1] for n in g.nodes)
    gb = comp_graph(bn, (1, 0), UPDATE, 1.0)
    assert "batch_norm" in [n.kind for n in gb.nodes] and "dropout" not in [n.kind for n in gb.nodes]
    out = comp_graph(bn, (3, 0), UPDATE, 1.0)
    assert one(out, "output").label == "L" and one(out, "output").value == bn.loss


@pytest.mark.parametrize("which", [0, 1])
def test_values_and_gradients_equal_the_trace(traces, which):
    trace = traces[which]
    for layer, lt in enumerate(trace.layers):
        a_prev = bp.layer_input(trace, layer)
        last = layer == len(trace.layers) - 1
        for b in range(trace.inputs.shape[0]):
            for j in range(lt.units):
                g = comp_graph(trace, (layer + 1, j), UPDATE, 0.0, b)
                add = one(g, "add")
                linear = lt.batch_norm.linear[b, j] if lt.batch_norm is not None else lt.pre_activation[b, j]
                assert add.value == linear
                assert add.gradient == pytest.approx(bp.dlinear(trace, layer)[b, j], rel=1e-12, abs=1e-300)
                if lt.batch_norm is not None:
                    node = one(g, "batch_norm")
                    assert node.value == lt.pre_activation[b, j] and node.gradient == lt.node_grad[b, j]
                else:
                    assert add.gradient == lt.node_grad[b, j]
                weights = by_kind(g, "weight")
                inputs = by_kind(g, "input")
                for w_node, in_node in zip(weights, inputs):
                    i = int(w_node.label[1:]) - 1
                    assert w_node.value == lt.weights[i, j] and in_node.value == a_prev[b, i]
                    assert w_node.gradient == pytest.approx(a_prev[b, i] * add.gradient)
                assert one(g, "bias").value == lt.biases[j]
                products = [n.value for n in by_kind(g, "multiply")]
                assert sum(products) + lt.biases[j] == pytest.approx(linear)
                act = one(g, "activation")
                if last:
                    assert act.value == lt.activation[b, j] and act.gradient is None
                else:
                    out = one(g, "output")
                    assert out.value == lt.activation[b, j]
                    u = bp.upstream(trace, layer)[b, j]
                    assert out.gradient == pytest.approx(u)
                    # dL/df times f'(z) is the trace's dL/dz.
                    slope = bp.activation_slope(lt, bp.activation_of(lt))[b, j]
                    assert act.gradient * slope == pytest.approx(lt.node_grad[b, j], abs=1e-15)
                    if lt.dropout_rate > 0:
                        assert one(g, "dropout").value == lt.activation[b, j]
                        if not lt.dropout_mask[b, j]:
                            assert act.gradient == 0 and lt.node_grad[b, j] == 0


@pytest.mark.parametrize("which", [0, 1])
def test_per_example_weight_gradients_sum_to_the_traces(traces, which):
    trace = traces[which]
    l2 = 0.05 if which == 1 else 0.0
    for layer, lt in enumerate(trace.layers):
        shares = np.zeros_like(lt.weight_grad)
        bias_shares = np.zeros_like(lt.bias_grad)
        for b in range(trace.inputs.shape[0]):
            for j in range(lt.units):
                g = comp_graph(trace, (layer + 1, j), Phase("backward", 0, ""), 1.0, b, max_terms=64)
                for w_node in by_kind(g, "weight"):
                    shares[int(w_node.label[1:]) - 1, j] += w_node.gradient
                bias_shares[j] += one(g, "bias").gradient
        # Summed over the batch, plus the regularization gradient: the trace's dL/dW and dL/db.
        np.testing.assert_allclose(shares + l2 * lt.weights, lt.weight_grad, rtol=1e-9, atol=1e-15)
        np.testing.assert_allclose(bias_shares, lt.bias_grad, rtol=1e-9, atol=1e-15)
        np.testing.assert_allclose(bp.example_weight_grads(trace, layer).sum(axis=0) + l2 * lt.weights, lt.weight_grad,
                                   rtol=1e-9, atol=1e-15)


def test_large_fan_in_folds_into_one_node():
    _, trace = make_trace([LayerSpec(64, "relu"), LayerSpec(8, "relu")], inputs=64, n=4)
    g = comp_graph(trace, (2, 3), UPDATE, 1.0, 1, max_terms=6)
    assert len(by_kind(g, "weight")) == 6 and g.folded_terms == 58
    more = one(g, "more")
    assert more.label == "+ 58 more"
    lt = trace.layers[1]
    products = trace.layers[0].activation[1] * lt.weights[:, 3]
    shown = [int(n.label[1:]) - 1 for n in by_kind(g, "weight")]
    assert sorted(shown) == sorted(np.argsort(-np.abs(products), kind="stable")[:6].tolist())  # the strongest terms
    total = sum(n.value for n in by_kind(g, "multiply")) + more.value + lt.biases[3]
    assert total == pytest.approx(lt.pre_activation[1, 3])


def test_values_and_gradients_appear_with_the_phases(traces):
    trace = traces[0]
    phases = phases_of(trace)
    fwd1 = next(p for p in phases if p.kind == "forward" and p.layer == 1)
    fwd0 = next(p for p in phases if p.kind == "forward" and p.layer == 0)
    back = {p.layer: p for p in phases if p.kind == "backward"}
    focus = (2, 1)
    early = comp_graph(trace, focus, fwd0, 1.0)
    assert all(n.value is None for n in early.nodes if n.kind not in ("weight", "bias"))
    assert all(n.gradient is None for n in early.nodes) and early.flow is None
    start = comp_graph(trace, focus, fwd1, 0.0)
    assert all((n.value is not None) == (n.kind in ("input", "weight", "bias")) for n in start.nodes)
    assert start.flow_direction == "forward" and start.flow == 0.0
    done = comp_graph(trace, focus, fwd1, 1.0)
    assert all(n.value is not None for n in done.nodes)
    assert all(n.gradient is None for n in comp_graph(trace, focus, back[2], 1.0).nodes)
    arriving = comp_graph(trace, focus, back[1], 0.7, travel=0.5)
    got = [n.gradient is not None for n in arriving.nodes]
    assert any(got) and not all(got)
    assert arriving.nodes[-1].gradient is not None  # the output side first
    assert by_kind(arriving, "weight")[0].gradient is None  # the leaves last
    assert all(n.gradient is not None for n in comp_graph(trace, focus, back[1], 1.0).nodes)
    assert all(n.gradient is not None for n in comp_graph(trace, focus, back[0], 0.0).nodes)


def test_update_moves_weights_and_bias(traces):
    trace = traces[0]
    lt = trace.layers[1]
    for progress in (0.0, 0.5, 1.0):
        g = comp_graph(trace, (2, 0), UPDATE, progress)
        for w_node in by_kind(g, "weight"):
            i = int(w_node.label[1:]) - 1
            assert w_node.change == lt.weight_update[i, 0]
            assert w_node.value == pytest.approx(lt.weights[i, 0] + progress * lt.weight_update[i, 0])
        assert one(g, "bias").value == pytest.approx(lt.biases[0] + progress * lt.bias_update[0])
    before = comp_graph(trace, (2, 0), Phase("backward", 1, ""), 1.0)
    assert all(n.change is None for n in before.nodes)


def test_inputs_have_a_one_node_graph(traces):
    g = comp_graph(traces[0], (0, 1), UPDATE, 1.0, 2)
    assert len(g.nodes) == 1 and g.nodes[0].kind == "input" and g.nodes[0].value == traces[0].inputs[2, 1]
    assert g.nodes[0].gradient is None and g.edges == ()
    with pytest.raises(IndexError):
        comp_graph(traces[0], (0, 5), UPDATE, 1.0)
    with pytest.raises(IndexError):
        comp_graph(traces[0], (7, 0), UPDATE, 1.0)


def test_folding_terms_is_the_graph_built_with_fewer_terms():
    """What a small panel draws (``fold_terms``) is exactly ``comp_graph`` with that ``max_terms``."""
    from netviz.animation.compgraph import comp_graph, fold_terms
    from netviz.animation.phases import phases_of
    from netviz.engine import LayerSpec
    from tests.animation.nets import make_trace

    _, trace = make_trace([LayerSpec(9, "tanh"), LayerSpec(4, "relu")], n=6, steps=2)
    for phase in phases_of(trace):
        full = comp_graph(trace, (2, 1), phase, 0.6, 0, max_terms=6)
        for k in (1, 2, 5):
            folded, direct = fold_terms(full, k), comp_graph(trace, (2, 1), phase, 0.6, 0, max_terms=k)
            assert folded.size == direct.size and folded.folded_terms == direct.folded_terms
            assert set(folded.edges) == set(direct.edges)  # (the order of edges means nothing)
            for a, b in zip(folded.nodes, direct.nodes):
                assert (a.kind, a.label, a.position, a.note) == (b.kind, b.label, b.position, b.note)
                for x, y in ((a.value, b.value), (a.gradient, b.gradient), (a.change, b.change)):
                    assert (x is None) == (y is None) and (x is None or abs(x - y) <= 1e-12 * max(1.0, abs(y)))
        assert fold_terms(full, 6) is full
