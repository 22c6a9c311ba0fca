"""The plots are built after the first picture: their room is kept, nothing asked of them or fed
to them before is lost, and the dock does not move when they arrive."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from netviz.render.theme import LIGHT
from netviz.ui.main_window import MainWindow
from netviz.ui.plot_panel import PlotPanel
from netviz.ui.plots import TrainingPlots

TIMEOUT_MS = 15000


def test_the_empty_panel_asks_for_the_room_the_plots_take(qtbot):
    panel = PlotPanel()
    qtbot.addWidget(panel)
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    empty = (panel.sizeHint(), panel.minimumSizeHint())
    assert empty == (plots.sizeHint(), plots.minimumSizeHint())
    assert panel.plots is None
    built = panel.build()
    assert panel.build() is built and panel.plots is built
    assert (panel.sizeHint(), panel.minimumSizeHint()) == empty


def test_what_was_asked_before_the_plots_existed_is_handed_to_them(qtbot):
    panel = PlotPanel()
    qtbot.addWidget(panel)
    panel.set_theme(LIGHT)
    panel.show_only_one(True)
    panel.set_boundary_options(discretize=True, show_test=False)
    seen: list[TrainingPlots] = []
    panel.when_built(seen.append)
    panel.show()
    plots = panel.build()
    assert seen == [plots]
    assert plots.loss_plot.backgroundBrush().color() == QColor(LIGHT.background)
    assert plots.loss_plot.isVisible() and not plots.grad_plot.isVisible()  # presentation mode's one plot
    assert plots.discretize and not plots.validation_points_shown
    late: list[TrainingPlots] = []
    panel.when_built(late.append)  # after the build: called at once
    assert late == [plots]


def test_steps_shown_before_the_plots_were_built_are_all_plotted(qtbot):
    window = MainWindow(lesson="vanishing", remember=False)  # never shown: no picture, no plots yet
    qtbot.addWidget(window)
    window.run_steps(3)
    qtbot.waitUntil(lambda: window.run_finished(3), timeout=TIMEOUT_MS)
    assert window.plot_panel.plots is None
    plots = window.ensure_plots()
    assert plots.steps_plotted == 3 and window.plots is plots
    window.reset()  # a reset clears them, and the next run is plotted from its start
    window.run_steps(2)
    qtbot.waitUntil(lambda: window.run_finished(2), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: plots.steps_plotted == 2, timeout=TIMEOUT_MS)
    window.close()


def test_a_step_scrubbed_to_before_the_plots_were_built_keeps_its_cursor(qtbot):
    """The cursor is handed over after the run's steps: the feed's replay into the new plots
    starts a run there, which hides any cursor (CI once saw the cursor gone after a scrub)."""
    window = MainWindow(lesson="vanishing", remember=False)  # never shown: no picture, no plots yet
    qtbot.addWidget(window)
    window.run_steps(4)
    qtbot.waitUntil(lambda: window.run_finished(4), timeout=TIMEOUT_MS)
    window.scrub_to(1)
    assert window.plot_panel.plots is None
    plots = window.ensure_plots()
    assert plots.steps_plotted == 4
    assert plots._cursors[0].isVisible() and plots._cursors[0].value() == 1
    window.close()


def test_a_reset_before_the_plots_exist_leaves_nothing_of_the_old_run(qtbot):
    window = MainWindow(lesson="vanishing", remember=False)
    qtbot.addWidget(window)
    window.run_steps(2)
    qtbot.waitUntil(lambda: window.run_finished(2), timeout=TIMEOUT_MS)
    window.reset()
    assert window.ensure_plots().steps_plotted == 0
    window.close()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_the_plots_come_after_the_picture_without_moving_the_dock(qtbot, size):
    window = MainWindow(lesson="vanishing", remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.restore_default_layout()
    window.show()  # lays the window out; the event loop has not turned yet, so no picture
    assert window.plot_panel.plots is None
    before = (window.plots_dock.geometry(), window.view.geometry())
    qtbot.waitUntil(lambda: window.plot_panel.plots is not None, timeout=TIMEOUT_MS)
    assert window.view.scene is not None  # built after the network was painted
    qtbot.wait(50)
    assert (window.plots_dock.geometry(), window.view.geometry()) == before
    assert window.plot_panel.plots is not None and window.plot_panel.plots.loss_plot.isVisible()
    window.close()



@pytest.mark.parametrize("picture", [True, False])
def test_the_plots_follow_the_first_paint_with_a_picture_or_come_at_the_latest_after_a_blank_one(qtbot, picture):
    from PySide6.QtWidgets import QWidget

    from netviz.ui.plot_panel import LATEST_MS

    view = QWidget()
    qtbot.addWidget(view)
    panel = PlotPanel()
    qtbot.addWidget(panel)
    panel.build_after_picture(view, lambda: picture)
    qtbot.wait(50)
    assert panel.plots is None  # nothing painted yet
    view.resize(100, 100)
    view.show()
    qtbot.waitExposed(view)
    if picture:
        qtbot.waitUntil(lambda: panel.plots is not None, timeout=TIMEOUT_MS)
    else:
        qtbot.wait(LATEST_MS // 2)
        assert panel.plots is None  # a blank paint: the picture may still come
        qtbot.waitUntil(lambda: panel.plots is not None, timeout=LATEST_MS * 3)
