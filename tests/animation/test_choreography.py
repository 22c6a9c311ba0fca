"""scene_at (and settled_scene): a pure function of (trace, phase, progress) with the semantics documented in choreography.py."""

import dataclasses
import subprocess
import sys

import numpy as np
import pytest

from netviz.animation.choreography import scene_at, scene_at_time, settled_scene, upper_percentile
from netviz.animation.history import History
from netviz.animation.options import SceneOptions
from netviz.animation.phases import TimingSettings, phases_of, schedule
from netviz.animation.scene import EdgeBundle, NodeColumn, SceneState, scenes_equal
from netviz.engine import LayerSpec
from tests.animation.nets import make_trace

LINEAR = TimingSettings(easing="linear", travel=0.5)


def at(trace, phase_index, progress, settings=None, **options):
    """scene_at with the options given by keyword."""
    return scene_at(trace, phase_index, progress, SceneOptions(**options), settings=settings)


def settled(trace, **options):
    return settled_scene(trace, SceneOptions(**options))


@pytest.fixture(scope="module")
def mixed():
    """Dead units in hidden 2, dropout in hidden 1 (units 1 and 4 dropped for example 0), batch norm in hidden 3."""
    n = 8
    masks = [np.ones((n, 6), bool), np.ones((n, 5), bool), np.ones((n, 4), bool)]
    masks[0][0, [1, 4]] = False
    masks[0][2, 0] = False
    _, trace = make_trace([LayerSpec(6, "tanh", dropout=0.5), LayerSpec(5, "relu"), LayerSpec(4, "sigmoid", batch_norm=True)],
                          n=n, masks=masks, dead_bias={1: [0, 3]}, init="he", steps=2)
    assert trace.layers[1].dead_units[[0, 3]].all()
    return trace


def index_of(trace, kind, layer=None):
    return next(i for i, p in enumerate(phases_of(trace)) if p.kind == kind and (layer is None or p.layer == layer))


def all_moments(trace, options=()):
    opts = dict(options)
    return [(i, p, at(trace, i, p, **opts)) for i in range(len(phases_of(trace))) for p in (0.0, 0.3, 0.55, 0.8, 1.0)]


def test_same_arguments_give_equal_scenes(mixed):
    for options in ({}, {"graph": True, "per_example": True, "example": 2}, {"node_quantity": "gradient", "edge_quantity": None}):
        first = all_moments(mixed, options)
        # Scrub backwards over the same moments: every scene equals the one computed before.
        for i, p, scene in reversed(first):
            assert scenes_equal(scene, at(mixed, i, p, **options)), (i, p)


def test_scrubbing_back_and_forth_through_the_history_gives_identical_scenes():
    net, _ = make_trace([LayerSpec(4, "relu", dropout=0.3), LayerSpec(3, "tanh")], steps=1)
    from tests.animation.nets import batch
    x, y = batch(12)
    history = History()
    for _ in range(6):
        history.append(net.train_step(x, y))
    before = {(s, i): at(history[s], i, 0.4, graph=True) for s in history.steps() for i in (0, 4, 6, 7)}
    for s in reversed(history.steps()):  # scrub back, then forward again, training more in between
        at(history[s], 5, 0.9)
    for _ in range(3):
        history.append(net.train_step(x, y))
    for (s, i), scene in before.items():
        assert scenes_equal(scene, at(history[s], i, 0.4, graph=True))
    assert not scenes_equal(before[(1, 4)], before[(2, 4)])  # different steps do differ


def test_scenes_equal_sees_differences(mixed):
    a = at(mixed, 2, 0.5)
    assert scenes_equal(a, a)
    cols = list(a.columns)
    v = cols[1].values.copy()
    v[0] += 1e-12
    cols[1] = dataclasses.replace(cols[1], values=v)
    assert not scenes_equal(a, dataclasses.replace(a, columns=tuple(cols)))
    assert not scenes_equal(a, dataclasses.replace(a, phase_progress=0.51))
    assert scenes_equal(dataclasses.replace(a, loss=float("nan")), dataclasses.replace(a, loss=float("nan")))


def test_forward_phase_lights_columns_in_order(mixed):
    n_cols = len(mixed.layers) + 1
    for layer in range(len(mixed.layers)):
        i = index_of(mixed, "forward", layer)
        for p in (0.0, 0.6, 1.0):
            scene = at(mixed, i, p, settings=LINEAR)
            assert scene.node_quantity == "activation" and scene.phase_kind == "forward"
            assert scene.active_column == layer + 1 and scene.loss is None and scene.loss_view is None
            for c in range(n_cols):
                col = scene.columns[c]
                if c <= layer:
                    assert col.emphasis == 1.0 and np.isfinite(col.values).all()
                elif c == layer + 1:
                    assert col.emphasis == pytest.approx(max(0.0, (p - 0.5) / 0.5))
                    assert np.isfinite(col.values).all()
                else:  # not computed yet
                    assert col.emphasis == 0.0 and np.isnan(col.values).all()
            for k, bundle in enumerate(scene.edges):
                if k == layer:
                    assert bundle.flow == pytest.approx(min(1.0, p / 0.5)) and bundle.flow_direction == "forward"
                else:
                    assert bundle.flow is None
                np.testing.assert_array_equal(bundle.values, mixed.layers[k].weights)


def test_forward_values_are_the_activations(mixed):
    scene = at(mixed, index_of(mixed, "loss"), 1.0)
    for c, lt in enumerate(mixed.layers, start=1):
        np.testing.assert_array_equal(scene.columns[c].values, lt.activation.mean(axis=0))
    per = at(mixed, index_of(mixed, "loss"), 1.0, per_example=True, example=3)
    np.testing.assert_array_equal(per.columns[2].values, mixed.layers[1].activation[3])
    np.testing.assert_array_equal(per.columns[0].values, mixed.inputs[3])


def test_batch_norm_phase_goes_from_weighted_sums_to_outputs(mixed):
    lt = mixed.layers[2]
    fwd = at(mixed, index_of(mixed, "forward", 2), 1.0, settings=LINEAR)
    np.testing.assert_array_equal(fwd.columns[3].values, lt.batch_norm.linear.mean(axis=0))
    i = index_of(mixed, "batch_norm", 2)
    assert phases_of(mixed)[i - 1].kind == "forward"
    start, mid, end = (at(mixed, i, p, settings=LINEAR) for p in (0.0, 0.5, 1.0))
    np.testing.assert_allclose(start.columns[3].values, lt.batch_norm.linear.mean(axis=0))
    np.testing.assert_allclose(end.columns[3].values, lt.activation.mean(axis=0))
    np.testing.assert_allclose(mid.columns[3].values, (lt.batch_norm.linear.mean(axis=0) + lt.activation.mean(axis=0)) / 2)
    assert end.phase_kind == "batch_norm" and end.active_column == 3 and end.phase_label == "Batch norm: hidden 3"
    assert np.isnan(end.columns[4].values).all()


def test_dropped_units_are_absent_forward_and_backward(mixed):
    dropped = ~mixed.layers[0].dropout_mask[0]
    assert dropped.sum() == 2
    fwd = at(mixed, index_of(mixed, "forward", 1), 0.5)
    np.testing.assert_array_equal(fwd.columns[1].dropped, dropped)
    carries = fwd.edges[1].carries
    assert not carries[dropped].any() and carries[~dropped].all()
    assert (fwd.edges[1].fade[dropped] == 0).all() and (fwd.edges[1].fade[~dropped] == 1).all()  # not drawn
    into = at(mixed, index_of(mixed, "forward", 0), 0.5).edges[0].carries
    assert not into[:, dropped].any() and into[:, ~dropped].all()
    back = at(mixed, index_of(mixed, "backward", 0), 0.5)  # the wave runs along bundle 1 into hidden 1
    assert back.edges[1].flow_direction == "backward" and back.edges[1].flow is not None
    assert not back.edges[1].carries[dropped].any()
    # Example 2 drops another unit: the picture follows the example shown.
    other = at(mixed, index_of(mixed, "forward", 1), 0.5, example=2)
    assert other.columns[1].dropped.tolist() == [True] + [False] * 5


def test_dead_units_block_the_backward_wave(mixed):
    dead = mixed.layers[1].dead_units
    assert (mixed.layers[1].node_grad[:, dead] == 0).all()
    i = index_of(mixed, "backward", 1)
    arriving = at(mixed, i, 0.9, settings=LINEAR)  # the wave reaches hidden 2 (column 2)
    col = arriving.columns[2]
    np.testing.assert_array_equal(col.blocked, dead)
    assert col.emphasis == pytest.approx(0.8)
    # The wave arrives at dead units along bundle 2 ...
    assert arriving.edges[2].carries[dead].all()
    # ... and nothing leaves them along bundle 1 in the next phase.
    onward = at(mixed, index_of(mixed, "backward", 0), 0.3, settings=LINEAR)
    assert onward.edges[1].flow_direction == "backward"
    assert not onward.edges[1].carries[:, dead].any()
    assert onward.edges[1].carries[:, ~dead][mixed.layers[0].dropout_mask[0]].all()
    np.testing.assert_array_equal(onward.columns[2].blocked, dead)
    assert "dead" in onward.phase_caption or "dead" in arriving.phase_caption


def test_backward_phase_reveals_gradients_output_first(mixed):
    n_layers = len(mixed.layers)
    for layer in range(n_layers - 1, -1, -1):
        i = index_of(mixed, "backward", layer)
        scene = at(mixed, i, 1.0, edge_quantity=None)
        assert scene.node_quantity == "gradient" and scene.edge_quantity == "gradient"
        assert scene.loss == mixed.loss and scene.loss_view is not None
        for c in range(1, n_layers + 1):
            col = scene.columns[c]
            if c >= layer + 1:
                # Node colours: each example's own |dl_i/dz| (batch mean), not the batch loss's |dL/dz|.
                np.testing.assert_array_equal(col.values, mixed.layers[c - 1].example_grad_magnitude)
                assert col.emphasis == 1.0 and col.grad_norm == mixed.layers[c - 1].grad_norm and col.blocked is not None
            else:
                assert np.isnan(col.values).all() and col.emphasis == 0.0 and col.grad_norm is None and col.blocked is None
        for k, bundle in enumerate(scene.edges):
            if k >= layer:
                np.testing.assert_array_equal(bundle.values, mixed.layers[k].weight_grad)
                assert bundle.emphasis == 1.0
            else:
                assert not bundle.values.any() and bundle.emphasis == 0.0
        flows = [k for k, b in enumerate(scene.edges) if b.flow is not None]
        assert flows == ([layer + 1] if layer < n_layers - 1 else [])


def test_loss_phase_shows_prediction_against_target(mixed):
    i = index_of(mixed, "loss")
    scene = at(mixed, i, 0.5, settings=LINEAR, example=4)
    view = scene.loss_view
    assert view.loss == mixed.loss and view.output_kind == "sigmoid" and view.loss_name == "binary cross-entropy"
    np.testing.assert_array_equal(view.prediction, mixed.predictions[4])
    np.testing.assert_array_equal(view.target, mixed.targets[4])
    assert view.emphasis == 0.5 and view.count == mixed.targets.size
    # The examples' own losses average to the batch loss.
    terms = [at(mixed, i, 1.0, example=b).loss_view.example_loss for b in range(mixed.inputs.shape[0])]
    assert np.mean(terms) == pytest.approx(mixed.loss)
    assert at(mixed, i, 1.0, example=None).loss_view.example_loss is None


def test_update_moves_weights_by_the_applied_change(mixed):
    i = index_of(mixed, "update")
    start, end = at(mixed, i, 0.0), at(mixed, i, 1.0)
    mid = at(mixed, i, 0.5, settings=LINEAR)
    for k, lt in enumerate(mixed.layers):
        np.testing.assert_array_equal(start.edges[k].values, lt.weights)
        np.testing.assert_array_equal(end.edges[k].values, lt.weights + lt.weight_update)
        np.testing.assert_allclose(mid.edges[k].values, lt.weights + 0.5 * lt.weight_update)
        np.testing.assert_array_equal(end.edges[k].change, lt.weight_update)
        np.testing.assert_array_equal(end.columns[k + 1].biases, lt.biases + lt.bias_update)
        np.testing.assert_array_equal(start.columns[k + 1].biases, lt.biases)
    assert end.edge_quantity == "weight"
    assert at(mixed, i, 1.0, edge_quantity="gradient").edge_quantity == "weight"
    assert start.edge_range == end.edge_range  # fitted to the step, so colours do not jump
    evaluated = dataclasses.replace(mixed, val_loss=0.25)  # measured after the update: shown once it is done
    assert at(evaluated, i, 1.0).val_loss == 0.25
    assert at(evaluated, i, 0.9).val_loss is None and at(evaluated, 0, 1.0).val_loss is None


def test_ranges_hold_still_through_the_step(mixed):
    scenes = [s for _, _, s in all_moments(mixed)]
    act = {s.node_range for s in scenes if s.node_quantity == "activation"}
    grad = {s.node_range for s in scenes if s.node_quantity == "gradient"}
    assert len(act) == 1 and len(grad) == 1
    assert {s.edge_range for s in scenes} == {settled(mixed).edge_range}
    given = at(mixed, index_of(mixed, "backward", 0), 0.5, node_range=(-6.0, 0.0))
    assert given.node_range == (-6.0, 0.0)
    assert at(mixed, 0, 0.5, node_range=(-6.0, 0.0)).node_range != (-6.0, 0.0)  # activations: fitted


def test_focus_equation_and_graph(mixed):
    i = index_of(mixed, "backward", 0)
    auto = at(mixed, i, 1.0, graph=True)
    assert auto.focus is not None and auto.focus[0] == 1
    assert auto.equation and auto.equation[0].startswith("hidden 1, unit")
    assert auto.comp_graph is not None and auto.comp_graph.focus == auto.focus
    none = at(mixed, i, 1.0, focus=None, graph=True)
    assert none.focus is None and none.equation == () and none.comp_graph is None
    chosen = at(mixed, i, 1.0, focus=(3, 2))
    assert chosen.focus == (3, 2) and chosen.equation[0].startswith("hidden 3, unit 3") and chosen.comp_graph is None
    with pytest.raises(IndexError):
        at(mixed, i, 1.0, focus=(3, 9))


def test_argument_checks(mixed):
    with pytest.raises(IndexError):
        at(mixed, len(phases_of(mixed)), 0.5)
    for bad in (-0.1, 1.1, float("nan")):
        with pytest.raises(ValueError):
            at(mixed, 0, bad)
    with pytest.raises(ValueError):
        at(mixed, 0, 0.5, node_quantity="weight")
    with pytest.raises(ValueError):
        at(mixed, 0, 0.5, focus="middle")


def test_scene_at_time_follows_the_timeline(mixed):
    settings = TimingSettings(speed=2)
    tl = schedule(phases_of(mixed), settings)
    for t in (0.0, 0.37, tl.starts[5] + 0.01, tl.total):
        i, p = tl.locate(t)
        assert scenes_equal(scene_at_time(mixed, t, settings=settings), at(mixed, i, p, settings=settings))
    only_backward = schedule(phases_of(mixed, which="backward"), settings)
    scene = scene_at_time(mixed, 0.0, timeline=only_backward, settings=settings)
    assert scene.phase_kind == "backward" and scene.phase_layer == len(mixed.layers) - 1


def test_settled_scene_is_unchanged(mixed):
    """settled_scene sets none of the animation fields: their defaults mean 'settled'."""
    scene = settled(mixed, focus=(1, 0))
    for col in scene.columns:
        assert col.emphasis == 1.0 and col.blocked is None and col.biases is None
    for bundle in scene.edges:
        assert bundle.emphasis == 1.0 and bundle.flow is None and bundle.flow_direction == "forward"
        assert bundle.carries is None and bundle.change is None
    assert scene.phase_kind == "" and scene.phase_layer is None and scene.phase_progress == 1.0
    assert scene.active_column is None and scene.phase_label == "" and scene.phase_caption == ""
    assert scene.equation == () and scene.loss_view is None and scene.comp_graph is None
    # The old constructors still work positionally and by keyword.
    col = NodeColumn("x", "c", np.zeros(2), np.zeros(2, bool), np.zeros(2, bool))
    SceneState(columns=(col,), edges=(EdgeBundle(np.zeros((2, 2))),))


def diverged_trace():
    net, _ = make_trace([LayerSpec(4, "relu", batch_norm=True), LayerSpec(3, "leaky_relu", dropout=0.5)])
    x = np.ones((6, 2))
    x[0, 0] = np.inf
    trace = net.train_step(x, np.ones((6, 1)))
    assert trace.diverged
    return trace


@pytest.mark.parametrize("make", [
    diverged_trace,
    lambda: make_trace([])[1],  # the output layer alone
    lambda: make_trace([LayerSpec(4, "elu", batch_norm=True)], output="softmax", outputs=3, dtype="float32")[1],
    lambda: make_trace([LayerSpec(3, "sigmoid", dropout=1.0)], output="linear", outputs=2)[1],
])
def test_every_moment_of_unusual_steps_animates(make):
    """NaN and inf values, no hidden layer, float32, dropout 1.0: every phase draws (warnings are errors here)."""
    trace = make()
    n_cols = len(trace.layers) + 1
    for i in range(len(phases_of(trace))):
        for p in (0.0, 0.5, 1.0):
            for column in range(n_cols):
                scene = at(trace, i, p, focus=(column, 0), graph=True, per_example=p == 0.5)
                assert len(scene.columns) == n_cols and scene.equation and scene.comp_graph is not None
                assert scene.phase_caption


def test_upper_percentile_is_numpys_99th_percentile_bit_for_bit():
    # The edge range's percentile avoids np.percentile (it imports numpy.ma at the first frame):
    # the same number, exactly, on sizes around the interpolation's edges and on wide magnitudes.
    rng = np.random.default_rng(7)
    for n in [*range(1, 230), 1000, 5760]:
        samples = (np.abs(rng.standard_normal(n)),
                   np.abs(rng.standard_normal(n)) * 10.0 ** rng.integers(-8, 4, n),
                   rng.integers(0, 3, n).astype(float))
        for values in samples:
            assert upper_percentile(values) == float(np.percentile(values, 99)), n


def test_the_first_frame_does_not_import_numpy_ma():
    code = ("import sys; from netviz.engine.lessons import find_lesson; "
            "from netviz.animation.choreography import SceneOptions, settled_scene; "
            "trainer = find_lesson('vanishing').build(); settled_scene(trainer.step(), SceneOptions()); "
            "print('numpy.ma' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
