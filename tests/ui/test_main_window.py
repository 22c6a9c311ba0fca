"""The window, offscreen: lessons load, training runs and pauses, what is drawn is what the trace says."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from netviz.engine.lessons import lesson_names
from netviz.ui.main_window import MainWindow

TIMEOUT_MS = 15000


@pytest.fixture
def window(qtbot):
    win = MainWindow(lesson="vanishing")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    yield win
    win.close()
    assert win.worker.joined and not win.worker.thread.isRunning()


def wait_steps(qtbot, win, steps):
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.generation == win._generation
                    and win.snapshot.steps_done >= steps and win.view.scene is not None, timeout=TIMEOUT_MS)


def pixel_at(win, point: QPointF) -> QColor:
    image = win.view.grab().toImage()
    return image.pixelColor(int(round(point.x())), int(round(point.y())))


def test_each_lesson_loads_from_the_picker_and_steps(window, qtbot):
    for name in lesson_names():
        index = window.controls.lesson_combo.findData(name)
        window.controls.lesson_combo.setCurrentIndex(index)
        assert window.lesson.name == name
        window.controls.step_button.click()
        wait_steps(qtbot, window, 1)
        trace = window.snapshot.trace
        scene = window.view.scene
        assert scene.title == window.lesson.title
        assert [c.units for c in scene.columns[1:]] == [lt.units for lt in trace.layers]
        assert window.plots.steps_plotted == 1


def test_play_trains_and_pause_stops(window, qtbot):
    window.controls.play_button.click()
    wait_steps(qtbot, window, 20)
    window.controls.play_button.click()
    qtbot.waitUntil(lambda: not window.snapshot.playing, timeout=TIMEOUT_MS)
    qtbot.wait(100)
    steps = window.snapshot.steps_done
    qtbot.wait(300)
    assert window.worker.mailbox.latest().steps_done == steps
    assert window.controls.play_button.text() == "Play"
    assert window.plots.steps_plotted == steps  # every step is plotted


def test_keyboard_space_plays_and_s_steps(window, qtbot):
    from PySide6.QtCore import Qt
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_S)
    wait_steps(qtbot, window, 1)
    assert window.snapshot.steps_done == 1


def test_fix_button_switches_and_the_gradient_reaches_the_first_layer(window, qtbot):
    window.run_steps(30)
    qtbot.waitUntil(lambda: window.run_finished(30), timeout=TIMEOUT_MS)
    vanishing = window.snapshot.trace
    relu = next(b for b in window.controls._fix_buttons if b.property("fix") == "relu")
    relu.click()
    assert window.lesson.fix_applied == "relu"
    window.run_steps(30)
    qtbot.waitUntil(lambda: window.run_finished(30), timeout=TIMEOUT_MS)
    fixed = window.snapshot.trace

    def ratio(t):
        return t.layers[0].grad_norm / t.layers[-1].grad_norm

    assert ratio(vanishing) < 1e-3 < 1e-1 < ratio(fixed)
    assert fixed.layers[0].activation_name == "relu"


def test_learning_rate_change_applies_between_steps(window, qtbot):
    window.controls.play_button.click()
    wait_steps(qtbot, window, 5)
    window.controls.learning_rate.setValue(0.0123)
    generation = window._generation
    qtbot.waitUntil(lambda: window.snapshot.trace.learning_rate == pytest.approx(0.0123), timeout=TIMEOUT_MS)
    assert window._generation == generation  # a live change, no restart
    window.controls.play_button.click()


def test_structural_change_restarts_with_the_new_network(window, qtbot):
    window.controls.remove_layer.click()
    assert len(window.lesson.network["hidden"]) == 9
    window.controls.step_button.click()
    wait_steps(qtbot, window, 1)
    assert len(window.snapshot.trace.layers) == 10
    assert len(window.view.scene.columns) == 11


def test_invalid_setting_is_reported_and_nothing_changes(window, qtbot):
    before = window.lesson
    window.change_setting("training", {"learning_rate": -1.0})
    assert window.lesson is before
    assert "training.learning_rate" in window.statusBar().currentMessage()


def test_dead_and_dropped_units_drawn_are_those_of_the_trace(qtbot):
    win = MainWindow(lesson="dead-relu")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    try:
        win.run_steps(60)
        qtbot.waitUntil(lambda: win.run_finished(60), timeout=TIMEOUT_MS)
        trace, scene = win.snapshot.trace, win.view.scene
        layout = win.renderer.layout(scene, QRectF(win.view.rect()))
        dead_color = QColor(win.renderer.theme.dead)
        checked = 0
        for layer, lt in enumerate(trace.hidden):
            np.testing.assert_array_equal(scene.columns[layer + 1].dead, lt.dead_units)
            for node in np.flatnonzero(lt.dead_units)[:3]:
                centre = layout.center(layer + 1, int(node))
                r = layout.columns[layer + 1].radius
                # Beside the cross, inside the node: the dead grey.
                c = pixel_at(win, QPointF(centre.x(), centre.y() - 0.6 * r))
                assert abs(c.red() - dead_color.red()) < 30 and abs(c.green() - dead_color.green()) < 30
                checked += 1
        assert checked > 0
        # Dropout: the dropout lesson's fix, one step; the hollow nodes are the trace's dropped ones.
        win.load_lesson("dropout")
        drop = next(b for b in win.controls._fix_buttons if b.property("fix") == "dropout-0.5")
        drop.click()
        win.controls.step_button.click()
        qtbot.waitUntil(lambda: win.run_finished(1), timeout=TIMEOUT_MS)
        trace, scene = win.snapshot.trace, win.view.scene
        mask = trace.layers[0].dropout_mask[0]
        np.testing.assert_array_equal(scene.columns[1].dropped, ~mask)
        layout = win.renderer.layout(scene, QRectF(win.view.rect()))
        background = QColor(win.renderer.theme.background)
        dropped = int(np.flatnonzero(~mask)[0])
        c = pixel_at(win, layout.center(1, dropped))
        assert abs(c.red() - background.red()) < 20 and abs(c.blue() - background.blue()) < 20
    finally:
        win.close()


def test_divergence_stops_and_shows_the_banner_with_the_fixes(qtbot):
    win = MainWindow(lesson="exploding")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    try:
        win.controls.play_button.click()
        qtbot.waitUntil(lambda: win.view.scene is not None and win.view.scene.banner is not None, timeout=TIMEOUT_MS)
        banner = win.view.scene.banner
        assert "Diverged at step" in banner and "Batch normalization" in banner
        assert not win.snapshot.playing and win.controls.play_button.text() == "Play"
        # Play again does nothing but explain.
        win.controls.play_button.click()
        assert "has stopped" in win.statusBar().currentMessage()
        assert not win.worker.mailbox.latest().playing
        # The banner is drawn: the band's colour across the middle of the view.
        banner_color = QColor(win.renderer.theme.banner_background)
        image = win.view.grab().toImage()
        row = image.height() // 2
        hits = sum(1 for x in range(0, image.width(), 20)
                   if abs(image.pixelColor(x, row).red() - banner_color.red()) < 25
                   and abs(image.pixelColor(x, row).green() - banner_color.green()) < 25)
        assert hits > 10
    finally:
        win.close()


def test_closing_while_training_leaves_no_thread(qtbot):
    win = MainWindow(lesson="vanishing")
    qtbot.addWidget(win)
    win.show()
    win.controls.play_button.click()
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.steps_done > 10, timeout=TIMEOUT_MS)
    win.close()
    assert win.worker.joined
    assert not win.worker.thread.isRunning()


def test_inspector_shows_the_traces_numbers(window, qtbot):
    window.controls.step_button.click()
    wait_steps(qtbot, window, 1)
    window.set_focus((1, 2))
    trace = window.snapshot.trace
    facts = {window.inspector.facts.item(r, 0).text(): window.inspector.facts.item(r, 1).text()
             for r in range(window.inspector.facts.rowCount())}
    assert facts["mean |dL/dz| (batch loss)"] == f"{trace.layers[0].node_grad_magnitude[2]:.4g}"
    # The inspector names the quantity the node's colour shows.
    assert facts["|dl/dz| per example (the colour)"] == f"{trace.layers[0].example_grad_magnitude[2]:.4g}"
    assert window.view.scene.columns[1].values[2] == trace.layers[0].example_grad_magnitude[2]
    assert window.inspector.weights.rowCount() == 2
    assert window.inspector.weights.item(0, 0).text() == f"{trace.layers[0].weights[0, 2]:.4g}"
    assert window.view.scene.focus == (1, 2)


def test_display_switches_show_activations_output_maps_and_edge_gradients(window, qtbot):
    window.controls.step_button.click()
    wait_steps(qtbot, window, 1)
    groups = window.controls.display_box.groups
    groups["nodes"].buttons()[1].setChecked(True)  # activation
    trace = window.snapshot.trace
    np.testing.assert_allclose(window.view.scene.columns[1].values, trace.layers[0].activation.mean(axis=0))
    groups["edges"].buttons()[1].setChecked(True)  # dL/dW
    np.testing.assert_array_equal(window.view.scene.edges[0].values, trace.layers[0].weight_grad)
    groups["nodes"].buttons()[2].setChecked(True)  # output maps over the input plane
    window.controls.step_button.click()
    qtbot.waitUntil(lambda: window.view.scene.columns[1].heatmaps is not None, timeout=TIMEOUT_MS)
    maps = window.view.scene.columns[1].heatmaps
    assert maps.shape[0] == 8 and maps.shape[1] == maps.shape[2]
    assert np.nanmin(maps) >= -1 - 1e-9 and np.nanmax(maps) <= 1 + 1e-9
    groups["scale"].buttons()[1].setChecked(True)  # adapting colour scale
    groups["nodes"].buttons()[0].setChecked(True)
    lo, hi = window.view.scene.node_range
    assert (lo, hi) != (-8.0, 2.0) and hi - lo >= 2


def test_gradient_axis_labels_decades_only(qapp):
    from netviz.ui.plot_items import DecadeAxis

    axis = DecadeAxis("left")
    labels = axis.logTickStrings([0.0, 0.30103, 1.0, 1.30103], 1.0, 0.30103)
    assert labels[1] == labels[3] == "" and labels[0] and labels[2]
    within = axis.logTickStrings([-0.69897, -0.30103], 1.0, 0.30103)  # 0.2 and 0.5: no decade in view
    assert all(within)


def test_the_window_and_the_export_show_the_same_banner_before_and_after_a_fix(qtbot):
    from netviz.export import StepFrames

    win = MainWindow(lesson="exploding")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    try:
        banners = []
        for fix in (None, "batch-norm"):
            if fix:
                win.apply_fix(fix)
                win.change_setting("training", {"learning_rate": 5.0})  # diverges even with batch norm
                qtbot.waitUntil(lambda: win.stopped_reason is None, timeout=TIMEOUT_MS)  # the new run's first snapshot
            win.controls.play_button.click()
            qtbot.waitUntil(lambda: win.view.scene is not None and win.view.scene.title == win.lesson.title
                            and win.view.scene.banner is not None, timeout=TIMEOUT_MS)
            frames = StepFrames(win.lesson, steps=20, fps=10)
            assert win.view.scene.banner == frames.scene(len(frames) - 1).banner
            banners.append(win.view.scene.banner)
        assert "Batch normalization" in banners[0]
        assert "Batch normalization" not in banners[1] and "A lower learning rate" in banners[1]
    finally:
        win.close()


def test_the_start_hint_goes_once_training_goes_on(window, qtbot):
    """"press Play (Space) or Step (S)" is a hint: it must not stay up while the run trains."""
    hint = window.statusBar().currentMessage()
    if "Space" not in hint:
        raise AssertionError(f"no start hint: {hint!r}")
    window.step_once()
    if window.statusBar().currentMessage() == hint:
        raise AssertionError("the start hint stayed after a step")
    window.show_start_message()
    window.set_playing(True)
    try:
        if window.statusBar().currentMessage() == hint:
            raise AssertionError("the start hint stayed while playing")
    finally:
        window.set_playing(False)
