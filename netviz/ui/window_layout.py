"""Where the window and its docks go: a default layout for the screen it opens on, remembered
between runs with QSettings, and the View menu that shows, hides and restores the panels.

A classroom projector is usually 1280x720 or 1024x768: below ``NARROW_WIDTH`` the inspector is
tabbed with the controls (one side column, not two), and below ``SHORT_HEIGHT`` the plots dock
is lower, so that the network view keeps at least ``VIEW_MIN`` pixels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from netviz.ui.texts import Texts

ORGANISATION = "netviz"
APPLICATION = "netviz"
NARROW_WIDTH = 1400  # below it, one side column of docks
SHORT_HEIGHT = 900  # below it, a lower plots dock
VIEW_MIN = QSize(360, 240)  # the network view is never smaller: below it, layer labels stop fitting
SIDE_DOCK_MIN_WIDTH = 300
LAYOUT_VERSION = 1  # saved dock layouts of another version are ignored (restoreState checks it)


def settings() -> QSettings:
    """The user's netviz settings: an INI file in the user's scope (tests point the INI path
    elsewhere with QSettings.setPath, so they never touch the user's)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


@dataclass(frozen=True)
class Docks:
    """The window's docks, in the View menu's order."""

    controls: QDockWidget
    inspector: QDockWidget
    plots: QDockWidget
    animation: QDockWidget

    def all(self) -> tuple[QDockWidget, ...]:
        return (self.controls, self.inspector, self.plots, self.animation)


def available_size(window: QMainWindow) -> QSize:
    """The screen's size less its panels and task bars (the primary screen before the window shows)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def place_on_screen(window: QMainWindow) -> None:
    """Open at the available screen geometry (never larger than the screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())


def default_layout(window: QMainWindow, docks: Docks, size: QSize) -> None:
    """Put every dock where a window of ``size`` has room for it, all of them shown."""
    narrow = size.width() < NARROW_WIDTH
    short = size.height() < SHORT_HEIGHT
    for dock in docks.all():
        dock.setFloating(False)
        dock.show()
    area = Qt.DockWidgetArea
    window.addDockWidget(area.LeftDockWidgetArea, docks.controls)
    window.addDockWidget(area.LeftDockWidgetArea if narrow else area.RightDockWidgetArea, docks.inspector)
    window.addDockWidget(area.BottomDockWidgetArea, docks.plots)
    window.addDockWidget(area.BottomDockWidgetArea, docks.animation)
    if narrow:
        window.tabifyDockWidget(docks.controls, docks.inspector)
        docks.controls.raise_()
    window.tabifyDockWidget(docks.plots, docks.animation)
    docks.plots.raise_()
    side = max(SIDE_DOCK_MIN_WIDTH, min(420, size.width() // 3))
    window.resizeDocks([docks.controls], [side], Qt.Orientation.Horizontal)
    if not narrow:
        window.resizeDocks([docks.inspector], [min(360, size.width() // 5)], Qt.Orientation.Horizontal)
    window.resizeDocks([docks.plots], [max(150, size.height() // 5) if short else 300], Qt.Orientation.Vertical)


def save_layout(window: QMainWindow, store: QSettings) -> None:
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState(LAYOUT_VERSION))


def restore_layout(window: QMainWindow, store: QSettings) -> bool:
    """The geometry and dock layout saved last time; False if there is none (or it is unusable)."""
    geometry, state = store.value("window/geometry"), store.value("window/state")
    if not isinstance(geometry, QByteArray) or not isinstance(state, QByteArray):
        return False
    return window.restoreGeometry(geometry) and window.restoreState(state, LAYOUT_VERSION)


def build_view_menu(menu: QMenu, docks: Docks, restore_default: Callable[[], object], texts: Texts) -> None:
    """A check entry per panel (the dock's own toggle action, titled as the dock) and "Restore
    default layout" (its text kept in ``texts``)."""
    for dock in docks.all():
        menu.addAction(dock.toggleViewAction())
    menu.addSeparator()
    restore = QAction(menu)
    texts.keep(restore.setText, "Menus", QT_TRANSLATE_NOOP("Menus", "Restore default layout"))
    restore.setShortcut(QKeySequence("Ctrl+0"))
    restore.triggered.connect(restore_default)
    menu.addAction(restore)
