"""The view model without Qt: which step is shown, the phase view, display switches, the
adaptive range, the banner and the output maps; and the one call to the scene builder."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.animation.choreography import scene_at, settled_scene
from netviz.animation.heatmaps import GRID_SIZE, InputGrid, heatmaps_from_grid
from netviz.animation.options import SceneOptions
from netviz.animation.phases import TimingSettings, phases_of, schedule
from netviz.animation.scene import GRADIENT_LOG_RANGE, scenes_equal
from netviz.animation.view_model import ViewModel, banner_text
from netviz.animation.view_options import AdaptiveRange, DisplayOptions, Moment, ViewState, build_scene
from netviz.engine import LayerSpec
from netviz.engine.lessons import find_lesson

from .nets import make_trace


class Recorded:
    """The recorded steps, as the worker's RecordedSteps answers for them."""

    def __init__(self, traces):
        self.traces = {t.step: t for t in traces}

    def get(self, step):
        return self.traces.get(step)

    def span(self):
        return (min(self.traces), max(self.traces)) if self.traces else None


def steps(n=4, **kw):
    """n traces of one small network, steps 0..n-1."""
    from netviz.engine import Network, NetworkSpec, OptimizerSpec

    from .nets import batch
    net = Network(NetworkSpec(inputs=2, hidden=(LayerSpec(4, "tanh"), LayerSpec(3, "relu")), seed=1, **kw),
                  OptimizerSpec("sgd", 0.1))
    x, y = batch(12)
    return net, [net.train_step(x, y) for _ in range(n)]


@pytest.fixture
def model():
    _, traces = steps()
    vm = ViewModel("A lesson", "Watch\n the   gradient.")
    vm.show_live(traces[-1], Recorded(traces))
    vm.events_seen = []
    vm.events.connect(vm.events_seen.append)
    return vm


# ----- the banner ---------------------------------------------------------------------

def test_banner_names_the_fixes_not_yet_applied():
    lesson = find_lesson("exploding")
    reason = "diverged at step 3: NaN or Inf in the loss or the gradients"
    before = banner_text(reason, lesson)
    assert before == ("Diverged at step 3: NaN or Inf in the loss or the gradients. "
                      "Try: Batch normalization, A lower learning rate, with clipping.")
    after = banner_text(reason, lesson.with_fix("batch-norm"))
    assert after.endswith("Try: A lower learning rate, with clipping.") and "Batch normalization" not in after
    only_fix = find_lesson("vanishing").with_fix("relu")
    assert banner_text("diverged at step 9: NaN", only_fix) == "Diverged at step 9: NaN."
    assert banner_text("early stopping: the validation loss stopped improving", lesson) is None
    assert banner_text(None, lesson) is None


# ----- which step is shown ------------------------------------------------------------

def test_live_then_pinned_then_live_again(model):
    assert model.shown_step() == 3 and model.pinned is None
    model.pin(1)
    assert model.shown_step() == 1 and model.trace_shown().step == 1
    assert model.events_seen == ["step", "scene"]
    assert model.step_after(+5) == 3 and model.step_after(-5) == 0  # clamped to what is recorded
    model.go_live()
    assert model.pinned is None and model.trace_shown().step == 3
    assert model.scene().step == 4


def test_an_evicted_step_shows_the_oldest_still_recorded(model):
    del model.recorded.traces[0], model.recorded.traces[1]
    model.pinned = 0
    assert model.trace_shown().step == 2 and model.pinned == 2


def test_nothing_shown_before_the_first_step():
    vm = ViewModel()
    assert vm.shown_step() is None and vm.trace_shown() is None and vm.scene() is None
    assert vm.step_after(1) is None
    vm.set_animating(True)  # nothing to animate: stays settled
    assert not vm.phase_view and not vm.animating


# ----- the phase view -----------------------------------------------------------------

def test_animating_pins_the_live_step_and_asks_training_to_hold(model):
    model.set_animating(True)
    assert model.phase_view and model.pinned == 3 and model.animating
    assert model.events_seen[0] == "hold" and "playing" in model.events_seen
    assert model.moment().index == 0
    assert model.scene().phase_kind == "forward"
    finished = model.advance(1e6)
    assert finished and not model.animating and model.events_seen[-1] == "playing"
    assert model.playhead.position == (len(model.playhead.timeline.phases) - 1, 1.0)


def test_phase_keys_and_teach_mode(model):
    model.move_phase(+1)
    assert model.playhead.position == (1, 0.0) and not model.animating
    model.move_phase(-1)
    assert model.playhead.position == (0, 0.0)
    model.set_teach(True)
    model.set_animating(True)
    model.advance(1e6)
    assert model.playhead.position == (0, 1.0) and not model.animating


def test_pinning_another_step_keeps_the_phase(model):
    model.move_phase(+1)
    model.move_phase(+1)
    model.pin(1)
    assert model.trace_shown().step == 1 and model.playhead.position == (2, 0.0)


def test_continuous_mode_stops_every_kth_step_and_animates_it_once(model):
    model.set_continuous(True, 2)
    assert model.continuous_every == 2 and model.pinned is None
    assert model.next_stop(3) == 4 and model.next_stop(4) == 6
    assert not model.continuous_due(4, training=True)
    assert not model.continuous_due(3, training=False)
    assert model.continuous_due(4, training=False)
    model.animate_live()
    assert model.animating and model.pinned == 3 and model.playhead.position == (0, 0.0)
    model.go_live()
    assert not model.continuous_due(4, training=False)  # this step was animated already
    model.set_continuous(False, 2)
    assert not model.continuous_due(4, training=False)


def test_a_new_lesson_forgets_the_shown_state(model):
    model.set_focus((1, 2))
    model.set_banner("Diverged.")
    model.set_animating(True)
    model.set_lesson("Another", "x")
    shown = (model.focus, model.banner, model.pinned, model.phase_view, model.animating)
    assert shown == (None, None, None, False, False)
    assert model.title == "Another" and model.events_seen[-1] == "playing"


# ----- display switches and the picture -----------------------------------------------

def test_the_settled_picture_is_the_traces(model):
    trace = model.live
    expected = settled_scene(trace, SceneOptions(title="A lesson", caption="Watch the gradient."))
    assert scenes_equal(model.scene(), expected)
    model.set_display("nodes", "activation")
    model.set_display("edges", "gradient")
    scene = model.scene()
    np.testing.assert_allclose(scene.columns[1].values, trace.layers[0].activation.mean(axis=0))
    np.testing.assert_array_equal(scene.edges[0].values, trace.layers[0].weight_grad)
    assert model.events_seen == ["scene", "scene"]


def test_unknown_switches_are_refused(model):
    with pytest.raises(ValueError, match="nodes"):
        model.set_display("nodes", "colour")
    with pytest.raises(ValueError, match="scale"):
        model.set_display("scale", "log")
    with pytest.raises(ValueError, match="switch"):
        model.set_display("size", "big")
    with pytest.raises(ValueError, match="edges"):
        DisplayOptions(edges="bias")


def test_graph_and_focus_reach_the_animation(model):
    model.set_focus((1, 2))
    model.set_graph(True)
    model.move_phase(+1)
    scene = model.scene()
    assert scene.focus == (1, 2) and scene.comp_graph is not None
    model.set_graph(False)
    assert model.scene().comp_graph is None


def test_adaptive_range_widens_at_once_and_narrows_slowly(model):
    model.set_display("scale", "adaptive")
    lo, hi = model.scene().node_range
    assert (lo, hi) != GRADIENT_LOG_RANGE and hi - lo >= 2
    smoothing = AdaptiveRange(narrow_by=0.5, start=(-20.0, 10.0))
    target = smoothing.follow(model.live)
    assert target == (-19.5, 9.5)  # narrowing: one step of 0.5 decades per update
    wide = AdaptiveRange(start=(0.0, 0.5))
    assert wide.follow(model.live)[0] < 0.0  # widening: at once
    model.set_display("scale", "fixed")
    assert model.adaptive.bounds == GRADIENT_LOG_RANGE
    assert model.scene().node_range == GRADIENT_LOG_RANGE


def test_output_maps_show_the_live_step_only(model):
    net, traces = steps()
    grid = InputGrid(_dataset_like(), size=6)
    layers = grid.layer_outputs(net)
    model.show_live(traces[-1], Recorded(traces), layers)
    model.set_display("nodes", "heatmap")
    scene = model.scene()
    assert scene.node_range == (-1.0, 1.0) and scene.node_quantity == "activation"
    assert [c.heatmaps.shape for c in scene.columns] == [(2, 6, 6), (4, 6, 6), (3, 6, 6), (1, 6, 6)]
    model.pin(1)
    assert all(c.heatmaps is None for c in model.scene().columns)  # the grid is the newest weights'


# ----- output maps ----------------------------------------------------------------------

def _dataset_like():
    from netviz.engine import Dataset
    x = np.array([[0.0, 0.0], [2.0, 1.0], [1.0, 3.0]])
    y = np.zeros((3, 1))
    return Dataset(name="points", x_train=x, y_train=y, x_val=x[:0], y_val=y[:0], task="binary")


def test_the_grid_covers_the_data_with_a_margin_and_holds_every_layers_outputs():
    grid = InputGrid(_dataset_like(), size=4, margin=0.5)
    assert grid.extent == (-1.0, 3.0, -1.5, 4.5)
    assert grid.points.shape == (16, 2)
    assert grid.points[1, 0] > grid.points[0, 0] and grid.points[4, 1] > grid.points[0, 1]  # x1 along a row
    net, _ = steps(1)
    layers = grid.layer_outputs(net)
    assert [g.shape for g in layers] == [(4, 4, 2), (4, 4, 4), (4, 4, 3), (4, 4, 1)]
    np.testing.assert_allclose(layers[-1].reshape(-1, 1), net.predict(grid.points))
    np.testing.assert_array_equal(grid.outputs(net), layers[-1])
    assert not layers[1].flags.writeable
    assert InputGrid(_dataset_like()).size == GRID_SIZE


def test_heatmaps_are_stretched_to_plus_minus_one_with_x2_upward():
    grid = np.zeros((3, 3, 2))
    grid[..., 0] = np.arange(9).reshape(3, 3)  # grows with the row (x2) and the column (x1)
    grid[..., 1] = 6.0
    flat = np.full((3, 3, 1), 7.0)  # a column with no contrast to show
    maps, flat_maps = heatmaps_from_grid((grid, flat))
    assert maps.shape == (2, 3, 3)
    assert maps[0].min() == -1.0 and maps[0].max() == 1.0
    assert maps[0][0, 2] == 1.0 and maps[0][2, 0] == -1.0  # the top row is the largest x2
    np.testing.assert_allclose(maps[1], 0.5)  # one range per column, shared by its nodes
    np.testing.assert_array_equal(flat_maps, 0.0)
    diverged = heatmaps_from_grid((np.full((2, 2, 1), np.nan),))[0]
    assert np.isnan(diverged).all()


# ----- the one call to the scene builder ----------------------------------------------------

def test_build_scene_with_the_default_view_is_the_builders_default():
    _, trace = make_trace([LayerSpec(3, "relu"), LayerSpec(2, "sigmoid")])
    view = ViewState(title="t", caption="c", banner="b")
    expected = settled_scene(trace, SceneOptions(title="t", caption="c", banner="b"))
    assert scenes_equal(build_scene(trace, view), expected)
    settings = TimingSettings()
    timeline = schedule(phases_of(trace), settings)
    for index in range(len(timeline.phases)):
        moment = Moment(timeline.phases, index, 0.5, settings)
        expected = scene_at(trace, index, 0.5, SceneOptions(title="t", caption="c", banner="b"),
                            phases=timeline.phases, settings=settings)
        assert scenes_equal(build_scene(trace, view, moment), expected)
