"""Playground's moves in the window: data by picture, Regenerate, input features by a click, the
boundary's switches, the accuracy plot, and the input nodes' names and maps."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from netviz.animation.boundary import boundary_levels, boundary_values
from netviz.engine.datasets import DATASET_NAMES, make_dataset
from netviz.engine.features import FEATURE_NAMES
from netviz.engine.lessons import find_lesson
from netviz.ui import thumbnails
from netviz.ui.accuracy_plot import AccuracyAxis, accuracy_rows
from netviz.ui.main_window import MainWindow
from netviz.ui.playground_panel import PlaygroundPanel

TIMEOUT_MS = 15000


@pytest.fixture
def spiral(qtbot):
    win = MainWindow(lesson="playground-spiral", fix="features", remember=False)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    yield win
    win.close()


def wait_run(qtbot, win, steps=0):
    """Until the run's snapshot is shown, and what follows the first picture (the plots, the
    Playground's pictures) is built."""
    def ready():
        snap = win.snapshot
        if snap is None or snap.generation != win._generation or snap.steps_done < steps or win.view.scene is None:
            raise AssertionError("not yet")
        if win.plot_panel.plots is None:
            raise AssertionError("the network is not on screen yet")
    qtbot.waitUntil(ready, timeout=TIMEOUT_MS)


# ----- pure parts ----------------------------------------------------------------------

def test_boundary_values_on_the_outputs_own_scale_and_discretized():
    grid = np.array([[[0.2], [-0.4]], [[np.nan], [np.inf]]])
    assert boundary_levels("tanh") == (-1.0, 1.0) and boundary_levels("sigmoid") == (0.0, 1.0)
    np.testing.assert_array_equal(boundary_values(grid, "tanh"), [[0.2, -0.4], [0.0, 1.0]])
    np.testing.assert_array_equal(boundary_values(grid, "tanh", discretize=True), [[1.0, -1.0], [-1.0, 1.0]])
    probs = np.array([[[0.7], [0.3]]])
    np.testing.assert_array_equal(boundary_values(probs, "sigmoid", discretize=True), [[1.0, 0.0]])


def test_scatter_positions_fill_the_picture_with_x2_upward():
    x = np.array([[0.0, 0.0], [10.0, 5.0]])
    pos = thumbnails.scatter_positions(x, 100, margin=0.1)
    np.testing.assert_allclose(pos, [[10.0, 70.0], [90.0, 30.0]])  # aspect kept, centred, y down


def test_accuracy_rows_in_percent_with_gaps():
    trainer = find_lesson("playground-circle").build()
    trainer.run(3)
    steps, values = accuracy_rows(trainer.history)
    np.testing.assert_array_equal(steps, [0, 1, 2])
    assert values[0, 0] == pytest.approx(100 * trainer.history[0].accuracy)
    assert np.isfinite(values[:, 1]).any()


# ----- widgets -------------------------------------------------------------------------

def test_thumbnails_are_drawn_from_the_data(qtbot):
    spiral = make_dataset("spiral", samples=100, seed=3)
    image = thumbnails.dataset_image(spiral, 40, "#101010")
    colours = {image.pixelColor(x, y).name() for x in range(40) for y in range(40)}
    assert "#101010" in colours and len(colours) > 10  # points in both class colours over the background
    other = thumbnails.dataset_image(make_dataset("spiral", samples=100, seed=4), 40, "#101010")
    assert other != image  # another seed, other points
    digits = thumbnails.dataset_image(make_dataset("digits", samples=20), 40, "#ffffff")
    inner = {digits.pixelColor(x, y).name() for x in range(8, 32) for y in range(8, 32)}
    assert len(inner) > 3  # the first example's pixels in shades of grey


def test_the_last_feature_cannot_be_switched_off(qtbot):
    panel = PlaygroundPanel()
    qtbot.addWidget(panel)
    panel.show_run("circle", ("x1^2",), True)
    seen = []
    panel.sigFeatures.connect(seen.append)
    panel.feature_buttons["x1^2"].click()
    assert panel.feature_buttons["x1^2"].isChecked() and seen == []
    panel.feature_buttons["sin(x1)"].click()
    assert seen == [["x1^2", "sin(x1)"]]
    panel.show_run("digits", (), False)
    assert not any(b.isEnabled() for b in panel.feature_buttons.values())


def test_the_window_shows_features_names_maps_and_accuracy(spiral, qtbot):
    wait_run(qtbot, spiral)
    panel = spiral.playground.panel
    chosen = [name for name in FEATURE_NAMES if panel.feature_buttons[name].isChecked()]
    assert tuple(chosen) == spiral.snapshot.network_spec.features
    assert panel.data_buttons["spiral"].isChecked()
    assert all(not panel.data_buttons[name].icon().isNull() for name in DATASET_NAMES)
    scene = spiral.view.scene
    assert scene.columns[0].node_names == ("X₁", "X₂", "X₁²", "X₂²", "sin(X₁)", "sin(X₂)")
    assert scene.columns[0].heatmaps.shape[0] == 6
    spiral.run_steps(5)
    wait_run(qtbot, spiral, 5)
    qtbot.waitUntil(lambda: spiral.view.scene.accuracy is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: spiral.plots.accuracy.steps_plotted >= 5, timeout=TIMEOUT_MS)
    (x, train), _ = spiral.plots.accuracy.curves()
    assert 0 <= np.nanmin(train) and np.nanmax(train) <= 100


def test_a_feature_click_restarts_the_run_with_those_inputs(spiral, qtbot):
    wait_run(qtbot, spiral)
    generation = spiral._generation
    spiral.playground.panel.feature_buttons["x1*x2"].click()
    assert spiral._generation == generation + 1
    wait_run(qtbot, spiral)
    assert "x1*x2" in spiral.snapshot.network_spec.features and spiral.snapshot.network_spec.inputs == 7
    assert "X₁X₂" in spiral.view.scene.columns[0].node_names


def test_another_data_set_drops_the_stale_output_and_features(spiral, qtbot):
    wait_run(qtbot, spiral)
    spiral.playground.panel.data_buttons["digits"].click()
    wait_run(qtbot, spiral)
    assert spiral.snapshot.dataset.name == "digits" and spiral.snapshot.network_spec.features is None
    assert spiral.snapshot.network_spec.output == "softmax"
    assert spiral.last_error is None
    assert not spiral.playground.panel.feature_buttons["x1"].isEnabled()
    assert spiral.view.scene.columns[0].node_names is None  # 64 pixels: no plane, no names


def test_regenerate_makes_new_data(spiral, qtbot):
    wait_run(qtbot, spiral)
    before = spiral.snapshot.dataset.x_train.copy()
    seed = spiral.lesson.seed
    spiral.playground.panel.regenerate.click()
    assert spiral.lesson.seed == seed + 1
    wait_run(qtbot, spiral)
    assert not np.array_equal(spiral.snapshot.dataset.x_train, before)
    assert spiral.snapshot.network_spec.features is not None  # the features stay


def test_discretize_and_show_test_toggles(spiral, qtbot):
    wait_run(qtbot, spiral)
    qtbot.waitUntil(lambda: spiral.plots.boundary_image() is not None, timeout=TIMEOUT_MS)
    shaded = spiral.plots.boundary_image()
    assert shaded.min() >= -1 and len(np.unique(shaded)) > 2
    spiral.playground.panel.discretize.click()
    two = spiral.plots.boundary_image()
    assert set(np.unique(two)) <= {-1.0, 1.0}  # tanh output: two colours on its -1..1 scale
    panel = spiral.playground.panel
    qtbot.mouseClick(panel.show_test, Qt.MouseButton.LeftButton)
    assert not panel.show_test.isChecked() and not spiral.plots.validation_points_shown


def test_the_accuracy_axis_on_a_plot(qtbot):
    import pyqtgraph as pg
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = AccuracyAxis(widget)
    trainer = find_lesson("playground-circle").build()
    trainer.run(4)
    plot.append(trainer.history)
    (x, train), (vx, val) = plot.curves()
    np.testing.assert_allclose(train, [100 * s.accuracy for s in trainer.history])
    assert plot.has_values and plot.steps_plotted == 4
    assert plot.view.viewRange()[1][0] <= 0 and plot.view.viewRange()[1][1] >= 100  # 0 to 100 %
    plot.set_shown(False)
    assert not plot.view.isVisible() and not widget.getPlotItem().getAxis("right").isVisible()
    plot.clear_steps()
    assert plot.steps_plotted == 0 and not plot.has_values


# ----- edges, weights by hand, enlarged maps ----------------------------------------------

def _edge_point(win, edge):
    from PySide6.QtCore import QPointF, QRectF

    from netviz.render.edge_pick import edge_at, edge_line
    lay = win.renderer.layout(win.view.scene, QRectF(win.view.rect()))
    x1, y1, x2, y2 = edge_line(lay, edge)
    for f in (0.4, 0.3, 0.6, 0.2, 0.7):
        point = QPointF(x1 + f * (x2 - x1), y1 + f * (y2 - y1))
        if edge_at(lay, point.x(), point.y()) == edge:
            return point.toPoint()
    raise AssertionError(f"no point picks {edge}")


def test_hovering_and_clicking_an_edge_then_typing_its_weight(spiral, qtbot):
    from PySide6.QtTest import QTest

    spiral.run_steps(3)
    wait_run(qtbot, spiral, 3)
    picker, editor = spiral.playground.edges, spiral.playground.editor
    edge = (1, 2, 0)  # hidden 1, unit 3 -> the output
    point = _edge_point(spiral, edge)
    QTest.mouseMove(spiral.view, point)
    assert picker.hovered == edge
    QTest.mouseClick(spiral.view, Qt.MouseButton.LeftButton, pos=point)
    assert picker.picked == edge and editor.edge == edge
    trace = spiral.model.trace_shown()
    assert editor.value.value() == pytest.approx(trace.layers[1].weights[2, 0], abs=1e-4)
    assert "hidden 1, unit 3 → output, unit 1" in editor.heading.text()
    steps = spiral.snapshot.steps_done
    editor.value.setValue(-4.0)
    editor.set_button.click()

    def edited():
        shown = spiral.model.trace_shown()
        if shown is None or shown.layers[1].weights[2, 0] != -4.0:
            raise AssertionError("the edit is not shown yet")
    qtbot.waitUntil(edited, timeout=TIMEOUT_MS)
    assert spiral.view.scene.step == steps  # the count stays; the picture is the edited network
    assert spiral.snapshot.steps_done == steps
    spiral.step_once()
    wait_run(qtbot, spiral, steps + 1)
    assert spiral.snapshot.trace.layers[1].weights[2, 0] == -4.0  # the next step trained from it
    QTest.mouseMove(spiral.view, spiral.view.node_centre((1, 0))[0].toPoint())
    assert picker.hovered is None  # a node is the node's, not an edge's


def test_hovering_a_map_enlarges_it_and_leaving_hides_it(spiral, qtbot):
    from PySide6.QtTest import QTest

    wait_run(qtbot, spiral)
    zoom = spiral.playground.zoom
    centre, radius = spiral.view.node_centre((0, 4))
    QTest.mouseMove(spiral.view, centre.toPoint())
    assert zoom.isVisible() and zoom.node == (0, 4)
    assert zoom.width() > 4 * radius and zoom.geometry().left() > centre.x()  # large, beside the node
    assert spiral.view.rect().contains(zoom.geometry())
    QTest.mouseMove(spiral.view, spiral.view.node_centre((1, 0))[0].toPoint())
    assert not zoom.isVisible()  # a hidden unit in |dL/dz| colours has no map


def test_zoom_rect_stays_inside_and_goes_left_at_the_right_edge():
    from PySide6.QtCore import QPointF, QRectF

    from netviz.ui.map_zoom import zoom_rect
    area = QRectF(0, 0, 400, 300)
    right = zoom_rect(QPointF(100, 150), 10, 100, 20, area)
    assert right.left() > 110 and area.contains(right)
    left = zoom_rect(QPointF(380, 290), 10, 100, 20, area)
    assert left.right() < 370 and area.contains(left)


def test_discretize_draws_the_output_map_in_two_colours(spiral, qtbot):
    spiral.set_display("nodes", "heatmap")
    qtbot.waitUntil(lambda: spiral.view.scene is not None and spiral.view.scene.columns[-1].heatmaps is not None,
                    timeout=TIMEOUT_MS)
    assert len(np.unique(spiral.view.scene.columns[-1].heatmaps)) > 2
    spiral.playground.panel.discretize.click()
    spiral.refresh_scene()
    two = spiral.view.scene.columns[-1].heatmaps
    assert set(np.unique(two)) <= {-1.0, 1.0} and two.shape[0] == 1
    assert len(np.unique(spiral.view.scene.columns[1].heatmaps)) > 2  # hidden units keep their shades


def test_the_keyboard_way_to_a_weight(spiral, qtbot):
    wait_run(qtbot, spiral)
    editor = spiral.playground.editor
    spiral.view.setFocus()
    spiral.view.move_cursor()  # the keyboard cursor starts on hidden 1, unit 1
    spiral.view.sigNodeClicked.emit(spiral.view.cursor_node)  # Enter, as the view's key handler does
    assert editor.incoming.count() == 6 and "sin(X₁) → hidden 1, unit 1" in editor.incoming.itemText(4)
    editor.incoming.setCurrentIndex(4)
    editor.incoming.activated.emit(4)
    assert editor.edge == (0, 4, 0) and spiral.playground.edges.picked == (0, 4, 0)


def test_the_enlarged_map_hides_when_the_screen_is_blanked(spiral, qtbot):
    from PySide6.QtTest import QTest

    wait_run(qtbot, spiral)
    zoom = spiral.playground.zoom
    QTest.mouseMove(spiral.view, spiral.view.node_centre((0, 2))[0].toPoint())
    assert zoom.isVisible()
    spiral.toggle_blank()
    qtbot.waitUntil(lambda: not zoom.isVisible(), timeout=TIMEOUT_MS)  # the refresh sees the blank screen


def test_an_edge_is_named_in_the_windows_language(qtbot):
    """The weight editor's heading and list say "verborgen 1" in German, not the engine's "hidden 1"."""
    from netviz.render.language import install_language, uninstall_language

    install_language("de")
    try:
        win = MainWindow(lesson="playground-spiral", remember=False)
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        wait_run(qtbot, win)
        name = win.playground.edge_name((0, 0, 0))
        assert name == "Eingabe 1 → verborgen 1, Einheit 1"
        win.close()
    finally:
        uninstall_language()


def test_the_data_pictures_wait_for_the_first_picture(qtbot):
    # Not part of the first picture: drawn once the network is on screen (with the plots).
    win = MainWindow(lesson="playground-spiral", remember=False)  # never shown: the view never paints
    qtbot.addWidget(win)

    def shown():
        if win.snapshot is None or win.view.scene is None:
            raise AssertionError("no snapshot yet")
    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)
    panel = win.playground.panel
    assert all(panel.data_buttons[name].icon().isNull() for name in DATASET_NAMES)
    win.ensure_plots()
    assert all(not panel.data_buttons[name].icon().isNull() for name in DATASET_NAMES)
    assert not panel.feature_buttons["sin(x1)"].icon().isNull()
