"""The plots dock's widget: an empty area of the plots' size until the network is on screen, then
the plots (pyqtgraph), built into it.

Importing pyqtgraph and building the plots costs about 0.4 s, most of the start-up left
once the window is built; the network view needs neither. So the window paints the network
first, and the plots are built on the next turn of the event loop after the view first
painted a scene. Until then the panel keeps what the window asks of the plots (the theme,
presentation mode's one plot, the cursor, the boundary switches) and hands it over when they
exist; the data go through the PlotFeed, which replays what came before (no point is lost)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from netviz.render.theme import Theme

if TYPE_CHECKING:  # imported when the plots are built: pyqtgraph is not needed for the first picture
    from netviz.ui.plots import TrainingPlots

# TrainingPlots' size hints (four pyqtgraph plots in a row): the empty panel asks for the same
# room, so the dock does not move when the plots arrive (tests/ui/test_plot_panel.py checks them).
PLOTS_SIZE_HINT = QSize(2422, 484)
PLOTS_MINIMUM_SIZE_HINT = QSize(294, 72)
# If the view paints no scene (it had nothing to show yet), the plots come this long after its first paint.
LATEST_MS = 1500


class _EmptyPlots(QWidget):
    """The plots' room, in the theme's background, until they are built."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(PLOTS_SIZE_HINT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(PLOTS_MINIMUM_SIZE_HINT)


class PlotPanel(QWidget):
    """Holds the TrainingPlots once ``build()`` made them; ``plots`` is None before."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty: QWidget | None = _EmptyPlots(self)
        self._empty.setAutoFillBackground(True)
        self._layout.addWidget(self._empty)
        self._plots: TrainingPlots | None = None
        self._built_listeners: list[Callable[[TrainingPlots], None]] = []
        # What the window asked of the plots before they existed, handed over when they do.
        self._theme: Theme | None = None
        self._only_one = False
        self._cursor: int | None = None
        self._boundary_options: dict[str, Any] = {}
        self._watched: QWidget | None = None
        self._has_picture: Callable[[], bool] = lambda: True
        self._soon = QTimer(self)  # the build, on the event loop's next turn after the picture
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.build)
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(LATEST_MS)
        self._latest.timeout.connect(self.build)

    @property
    def plots(self) -> TrainingPlots | None:
        return self._plots

    def when_built(self, listener: Callable[[TrainingPlots], None]) -> None:
        """Call ``listener(plots)`` once the plots are built (at once if they are)."""
        self._built_listeners.append(listener)
        if self._plots is not None:
            listener(self._plots)

    def build_after_picture(self, view: QWidget, has_picture: Callable[[], bool]) -> None:
        """Build the plots on the event loop's next turn after ``view`` painted while
        ``has_picture()`` was true (the network is on screen), or LATEST_MS after its first paint."""
        self._watched, self._has_picture = view, has_picture
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The filter sees the paint before the view draws it; the zero timer fires after.
        if watched is self._watched and event.type() == QEvent.Type.Paint and self._plots is None:
            if self._has_picture():
                self._stop_watching()
                self._soon.start()
            elif not self._latest.isActive():
                self._latest.start()
        return False

    def _stop_watching(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None

    def build(self) -> TrainingPlots:
        """The plots, built now if they were not yet, with everything asked of them so far."""
        if self._plots is not None:
            return self._plots
        from netviz.ui.plots import TrainingPlots

        self._stop_watching()
        self._soon.stop()
        self._latest.stop()
        plots = self._plots = TrainingPlots()
        if self._empty is not None:
            self._layout.removeWidget(self._empty)
            self._empty.hide()
            self._empty.deleteLater()
            self._empty = None
        self._layout.addWidget(plots)
        plots.show()  # at once: addWidget would show it on a later turn of the event loop
        if self._theme is not None:
            plots.set_theme(self._theme)
        if self._only_one:
            plots.show_only_one(True)
        for listener in self._built_listeners:
            listener(plots)
        # After the data: the feed's replay starts the run in the plots, which hides any cursor,
        # and sets the data set's default output kind (the window's boundary switches were set
        # after each new run's data).
        plots.set_cursor(self._cursor)
        if self._boundary_options:
            plots.set_boundary_options(**self._boundary_options)
        return plots

    # ----- what the window asks of the plots, kept until they exist -----------------

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        if self._plots is not None:
            self._plots.set_theme(theme)
        elif self._empty is not None:
            palette = self._empty.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
            self._empty.setPalette(palette)

    def show_only_one(self, on: bool) -> None:
        """Presentation mode: the loss plot alone (see TrainingPlots.show_only_one)."""
        self._only_one = on
        if self._plots is not None:
            self._plots.show_only_one(on)

    def set_cursor(self, step: int | None) -> None:
        self._cursor = step
        if self._plots is not None:
            self._plots.set_cursor(step)

    def set_boundary_options(self, *, output: str | None = None, discretize: bool | None = None,
                             show_test: bool | None = None) -> None:
        """See TrainingPlots.set_boundary_options."""
        asked = {"output": output, "discretize": discretize, "show_test": show_test}
        self._boundary_options.update({key: value for key, value in asked.items() if value is not None})
        if self._plots is not None:
            self._plots.set_boundary_options(output=output, discretize=discretize, show_test=show_test)
