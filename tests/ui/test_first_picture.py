"""A run always shows something true: the window draws the network before the first step."""

from __future__ import annotations

from netviz.ui.main_window import MainWindow

TIMEOUT_MS = 15000


def test_the_view_has_a_scene_before_the_first_step_and_after_a_reset(qtbot):
    win = MainWindow(lesson="vanishing")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.view.scene is not None, timeout=TIMEOUT_MS)
        assert win.snapshot is not None and win.snapshot.steps_done == 0
        assert win.view.scene.step == 0, "step 0: before training"
        assert win.model.trace_shown().preview
        # The picture is of this network, and it is painted (not a blank view).
        assert win.view.scene.columns[1].values.shape[0] == win.snapshot.network_spec.hidden[0].units
        image = win.view.grab().toImage()
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3

        generation = win.snapshot.generation
        win.reset()
        qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.generation > generation
                        and win.view.scene is not None and win.model.trace_shown() is not None
                        and win.model.trace_shown().preview, timeout=TIMEOUT_MS)
        assert win.view.scene.step == 0
    finally:
        win.close()
    assert win.worker.joined
