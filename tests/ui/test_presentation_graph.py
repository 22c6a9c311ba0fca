"""Presentation mode on a 1280 px screen: the computational graph (G) takes the plot's room."""

from __future__ import annotations

from netviz.ui.presentation import GRAPH_PLOT_MIN_SCREEN_WIDTH, PLOT_MIN_SCREEN_WIDTH


def test_the_plot_makes_room_for_the_graph_and_comes_back(window, qtbot):
    assert PLOT_MIN_SCREEN_WIDTH <= window.width() < GRAPH_PLOT_MIN_SCREEN_WIDTH
    window.enter_presentation(full_screen=False)
    assert window.plots_dock.isVisible()
    window.animation.graph.setChecked(True)
    assert not window.plots_dock.isVisible()
    window.animation.graph.setChecked(False)
    assert window.plots_dock.isVisible()
    window.animation.graph.setChecked(True)
    window.leave_presentation()
    assert window.plots_dock.isVisible()  # leaving restores the window's own layout
