"""The window on a projector's screen: nothing overlaps, the view keeps a usable size, the layout is remembered."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from netviz.ui.main_window import MainWindow
from netviz.ui.network_view import MIN_SIZE

SCREENS = [(1024, 768), (1280, 720), (1920, 1080)]


def make_window(qtbot, **kwargs) -> MainWindow:
    win = MainWindow(lesson="vanishing", **kwargs)
    qtbot.addWidget(win)
    return win


def window_rect(win: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())


def shown_parts(win: MainWindow) -> dict[str, QRect]:
    """The window's top-level parts that are on screen: menu bar, view, status bar, the visible docks."""
    parts = {"menu bar": win.menuBar(), "view": win.view, "status bar": win.statusBar()}
    for dock in win.docks.all():
        parts[dock.objectName()] = dock
    return {name: window_rect(win, w) for name, w in parts.items()
            if w.isVisible() and not w.visibleRegion().isEmpty()}


@pytest.mark.parametrize("size", SCREENS)
def test_no_two_parts_overlap_and_the_view_keeps_its_size(qtbot, size):
    win = make_window(qtbot)
    win.resize(*size)
    win.restore_default_layout()
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    assert (win.width(), win.height()) == size
    parts = shown_parts(win)
    assert {"view", "Controls", "Plots"} <= set(parts)
    inside = win.rect()
    for name, rect in parts.items():
        assert inside.contains(rect), f"{name} {rect} leaves the window {inside}"
    for (a, ra), (b, rb) in itertools.combinations(parts.items(), 2):
        assert not ra.intersects(rb), f"{a} {ra} overlaps {b} {rb}"
    view = parts["view"]
    assert view.width() >= MIN_SIZE[0] and view.height() >= MIN_SIZE[1]
    win.close()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_controls_fit_their_dock(qtbot, size):
    """Every control is inside the panel's visible width: no "frozen" or Reset clipped, no sideways scrolling."""
    win = make_window(qtbot)
    win.resize(*size)
    win.restore_default_layout()
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    controls = win.controls
    viewport = controls.scroll_area.viewport()
    assert controls.body.width() <= viewport.width()
    assert controls.scroll_area.horizontalScrollBar().maximum() == 0
    for name in ("reset_button", "play_button", "step_button"):
        button = getattr(controls, name)
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width(), name
    frozen = controls.layer_rows[0].frozen
    assert frozen.mapTo(viewport, QPoint(frozen.width(), 0)).x() <= viewport.width()
    win.close()


def test_the_window_opens_at_the_available_screen(qtbot):
    win = make_window(qtbot)
    available = win.screen().availableGeometry()
    assert win.width() <= max(available.width(), win.minimumSizeHint().width())
    assert win.height() <= max(available.height(), win.minimumSizeHint().height())
    assert (win.width(), win.height()) != (1600, 1000)
    win.close()


def test_geometry_and_dock_layout_are_remembered(qtbot, private_settings):
    win = make_window(qtbot)
    win.show()
    qtbot.waitExposed(win)
    # Within the (offscreen) screen: restoring a geometry keeps the window on the screen.
    size = (win.minimumSizeHint().width() + 10, 700)
    win.resize(*size)
    qtbot.wait(20)
    win.inspector_dock.hide()
    win.close()
    assert any(private_settings.rglob("*.ini"))
    again = make_window(qtbot)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == size
    assert not again.inspector_dock.isVisible()
    assert again.controls_dock.isVisible()
    again.close()


def test_the_view_menu_hides_shows_and_restores_every_panel(qtbot):
    win = make_window(qtbot)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    view_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    entries = {a.text(): a for a in view_menu.actions()}
    for dock in win.docks.all():
        toggle = entries[dock.windowTitle()]
        assert toggle.isCheckable()
        toggle.trigger()
        assert not dock.isVisible()
    entries["Restore default layout"].trigger()
    qtbot.wait(20)
    assert all(not dock.isHidden() for dock in win.docks.all())
    assert not win.view.visibleRegion().isEmpty()
    win.close()


def test_file_menu_quits_with_ctrl_q(qtbot):
    win = make_window(qtbot)
    win.show()
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&File")
    quit_action = next(a for a in file_menu.actions() if a.text() == "Quit")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    quit_action.trigger()
    qtbot.waitUntil(lambda: not win.isVisible())
    assert win.worker.joined
