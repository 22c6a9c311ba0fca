"""The input nodes' names and own maps (Playground's feature pictures)."""

import numpy as np

from netviz.animation.input_maps import input_names, input_picture, stretch_each
from netviz.animation.view_options import DisplayOptions, ViewState, build_scene
from netviz.engine import Dataset
from netviz.engine.lessons import find_lesson


def _points():
    x = np.array([[-2.0, -1.0], [2.0, 1.0], [0.0, 3.0]])
    y = np.zeros((3, 1))
    return Dataset(name="points", x_train=x, y_train=y, x_val=x[:0], y_val=y[:0], task="binary")


def test_each_map_has_its_own_range():
    images = np.stack([np.arange(4.0).reshape(2, 2), np.arange(4.0).reshape(2, 2) ** 2 * 10, np.full((2, 2), 3.0)])
    out = stretch_each(images)
    for k in (0, 1):
        assert out[k].min() == -1.0 and out[k].max() == 1.0
    np.testing.assert_array_equal(out[2], 0.0)
    assert not out.flags.writeable


def test_the_picture_holds_each_features_values_over_the_plane():
    pic = input_picture(_points(), ("x1", "x1^2", "sin(x2)"), size=5)
    assert pic.names == ("X₁", "X₁²", "sin(X₂)") and pic.always
    assert pic.maps.shape == (3, 5, 5)
    # x1 grows along a row; x1² is smallest in the middle column; rows run downward in x2.
    assert (np.diff(pic.maps[0], axis=1) > 0).all()
    assert pic.maps[1][:, 2].max() < pic.maps[1][:, 0].min()
    assert (np.diff(pic.maps[2][:, 0]) != 0).any()
    raw = input_picture(_points(), None, size=5)
    assert raw.names == ("X₁", "X₂") and not raw.always
    assert input_names(None) == ("X₁", "X₂")


def test_no_picture_for_data_without_two_inputs():
    x = np.zeros((3, 3))
    data = Dataset(name="wide", x_train=x, y_train=np.zeros((3, 1)), x_val=x[:0], y_val=np.zeros((0, 1)),
                   task="binary")
    assert input_picture(data, None) is None


def test_features_draw_their_maps_and_names_in_every_display():
    lesson = find_lesson("playground-spiral").with_fix("features")
    trainer = lesson.build()
    trace = trainer.preview()
    pic = input_picture(trainer.dataset, trainer.spec.features)
    for nodes in ("gradient", "activation"):
        scene = build_scene(trace, ViewState(display=DisplayOptions(nodes=nodes), inputs=pic))
        assert scene.columns[0].node_names == pic.names
        np.testing.assert_array_equal(scene.columns[0].heatmaps, pic.maps)
        assert all(c.heatmaps is None for c in scene.columns[1:])
    plain = build_scene(trace, ViewState())
    assert plain.columns[0].node_names is None and plain.columns[0].heatmaps is None


def test_the_discretized_map_follows_the_class_boundary():
    from netviz.animation.boundary import discretized_map

    grid = np.array([[[0.2], [-0.4]], [[0.9], [-0.1]]])  # rows follow x2 upward
    image = discretized_map(grid, "tanh")
    np.testing.assert_array_equal(image, [[[1.0, -1.0], [1.0, -1.0]]])  # top row: the larger x2
    # sigmoid: the boundary at 0.5, a value exactly on it counts as the negative class
    np.testing.assert_array_equal(discretized_map(grid + 0.3, "sigmoid")[0], [[1.0, -1.0], [-1.0, -1.0]])


def test_raw_inputs_are_drawn_as_before():
    trainer = find_lesson("playground-circle").build()  # x1, x2: no features
    pic = input_picture(trainer.dataset, trainer.spec.features)
    trace = trainer.preview()
    scene = build_scene(trace, ViewState(inputs=pic))
    assert scene.columns[0].node_names is None and scene.columns[0].heatmaps is None
