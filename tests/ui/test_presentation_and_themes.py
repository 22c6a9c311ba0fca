"""Presentation mode (F5, Escape, B, a clicker's keys) and the window's themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from netviz.render.theme import DARK, LIGHT
from netviz.ui.main_window import MainWindow
from netviz.ui.presentation import PLOT_MIN_SCREEN_WIDTH
from netviz.ui.themes import palette_for, theme_names

TIMEOUT_MS = 15000


@pytest.fixture
def window(shown_window):
    yield shown_window
    QApplication.instance().setPalette(palette_for(DARK))  # the next test starts in the default theme


def test_f5_presents_and_escape_leaves(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active and window.isFullScreen()
    assert not window.controls_dock.isVisible() and not window.inspector_dock.isVisible()
    assert not window.animation_dock.isVisible() and not window.menuBar().isVisible()
    # One plot beside the view on a wide screen; none on a narrow one, where the view needs
    # the whole width for the gradient numbers under its layers.
    wide = window.screen().geometry().width() >= PLOT_MIN_SCREEN_WIDTH
    assert window.plots_dock.isVisible() == wide
    shown_plots = [p for p in (window.plots.loss_plot, window.plots.grad_plot, window.plots.dead_plot,
                               window.plots.boundary_plot) if p.isVisible()]
    assert len(shown_plots) == (1 if wide else 0)  # at most one plot beside the view
    assert window.presentation_text
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    assert window.controls_dock.isVisible() and window.menuBar().isVisible()
    assert not window.presentation_text


def test_b_blanks_the_screen_and_the_clicker_steps_through_the_phases(window, qtbot):
    window.step_once()
    qtbot.waitUntil(lambda: window.view.scene is not None, timeout=TIMEOUT_MS)
    window.enter_presentation()
    qtbot.keyClick(window.view, Qt.Key.Key_B)
    assert window.view.blanked
    image = window.view.grab().toImage()
    background = QColor(window.renderer.theme.background)
    assert image.pixelColor(image.width() // 2, image.height() // 2) == background
    qtbot.keyClick(window.view, Qt.Key.Key_B)
    assert not window.view.blanked
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.phase_view
    first = window.playhead.position[0]
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.playhead.position[0] == first + 1
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    assert window.playhead.position[0] == first
    window.leave_presentation()


def test_the_theme_switches_widgets_plots_and_view_together_and_is_remembered(window, qtbot):
    assert set(theme_names()) >= {"dark", "light"}
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    theme_menu = next(a.menu() for a in view_menu.actions() if a.text() == "Theme")
    light = next(a for a in theme_menu.actions() if a.data() == "light")
    light.trigger()
    assert window.renderer.theme == LIGHT
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert window_colour == QColor(LIGHT.background)
    assert window.plots.loss_plot.backgroundBrush().color() == QColor(LIGHT.background)
    window.step_once()
    qtbot.waitUntil(lambda: window.view.scene is not None, timeout=TIMEOUT_MS)
    image = window.view.grab().toImage()
    assert image.pixelColor(2, 2) == QColor(LIGHT.background)
    window.close()
    again = MainWindow(lesson="vanishing")
    qtbot.addWidget(again)
    assert again.theme_name == "light" and again.renderer.theme == LIGHT
    assert next(a for a in again.theme_actions.actions() if a.isChecked()).data() == "light"
    again.close()


def test_a_theme_asked_for_wins_over_the_remembered_one(qtbot):
    win = MainWindow(lesson="vanishing", theme="light", remember=False)
    qtbot.addWidget(win)
    assert win.renderer.theme == LIGHT
    win.close()
    QApplication.instance().setPalette(palette_for(DARK))
