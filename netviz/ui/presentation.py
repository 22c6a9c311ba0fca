"""Presentation mode: full screen, the network view as large as the screen allows, one plot beside it.

Entering saves the window's geometry and dock layout; leaving restores them exactly. The keys
of a presenter's clicker (Page Up / Page Down, the arrows, B, Escape, F5) are actions of the
window, so they work whatever has focus."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMainWindow

from netviz.ui.plot_panel import PlotPanel
from netviz.ui.window_layout import LAYOUT_VERSION, Docks

PLOT_SHARE = 0.28  # of the screen's width for the one plot beside the view
# Below this width the plot is left out: the view needs the whole screen for the gradient
# numbers under its layers (at 1024x768 they would not fit beside a plot).
PLOT_MIN_SCREEN_WIDTH = 1200
# While the computational graph is on, below this width the plot makes room for it too (the
# graph's boxes at presentation mode's 20 px need about 640 px beside the network).
GRAPH_PLOT_MIN_SCREEN_WIDTH = 1400


class Presentation:
    """Switches a main window into presentation mode and back."""

    def __init__(self, window: QMainWindow, docks: Docks, plots: PlotPanel):
        self._window, self._docks, self._plots = window, docks, plots
        self._saved: tuple[QByteArray, QByteArray, bool] | None = None
        self._graph = False
        self._width = 0

    @property
    def active(self) -> bool:
        return self._saved is not None

    def enter(self, full_screen: bool = True) -> None:
        """``full_screen``: False keeps the window's size (a screenshot at a given --size)."""
        if self.active:
            return
        w, docks = self._window, self._docks
        self._saved = (w.saveGeometry(), w.saveState(LAYOUT_VERSION), w.isMaximized())
        for dock in (docks.controls, docks.inspector, docks.animation):
            dock.hide()
        docks.plots.setFloating(False)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks.plots)
        self._plots.show_only_one(True)
        w.menuBar().hide()
        w.statusBar().hide()
        if full_screen:
            w.showFullScreen()
        self._width = w.screen().geometry().width() if full_screen and w.screen() else w.width()
        self._place_plot()

    def set_graph(self, on: bool) -> None:
        """The computational graph on or off (G): on a narrow screen the plot gives it room."""
        self._graph = bool(on)
        if self.active:
            self._place_plot()

    def _place_plot(self) -> None:
        w, plots, width = self._window, self._docks.plots, self._width
        if width < PLOT_MIN_SCREEN_WIDTH or (self._graph and width < GRAPH_PLOT_MIN_SCREEN_WIDTH):
            plots.hide()
        else:
            plots.show()
            w.resizeDocks([plots], [int(width * PLOT_SHARE)], Qt.Orientation.Horizontal)

    def leave(self) -> None:
        if self._saved is None:
            return
        geometry, state, maximised = self._saved
        self._saved = None
        w = self._window
        self._plots.show_only_one(False)
        w.menuBar().show()
        w.statusBar().show()
        w.showMaximized() if maximised else w.showNormal()
        w.restoreGeometry(geometry)
        w.restoreState(state, LAYOUT_VERSION)

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()
