"""View > Compare with fix: the lesson and the lesson with a fix, side by side, in lockstep.

A modal window over the main one (so that the main window's keys rest while it is open): the
two pictures on one colour scale (``render.compare``), the loss of both runs in one plot, and a
row of buttons. Space plays and pauses, S steps, R resets, F5 toggles presentation mode (full
screen, projector text), B blanks the screen and B again brings it back (as in the main
window), Escape leaves presentation mode, then the compare.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netviz.animation.compare import ScenePair, compare_lessons, compare_scenes, side_titles
from netviz.animation.stop_words import stop_words
from netviz.animation.view_options import ViewState
from netviz.engine.lessons import Lesson
from netviz.render.compare import paint_pair
from netviz.render.renderer import NetworkRenderer
from netviz.render.theme import PRESENTATION_TEXT_PX, Theme
from netviz.ui.compare_run import CompareRun
from netviz.ui.numbers import figure

FRAME_MS = 30
PLOT_MIN_PRESENTING_WIDTH = 1400
SIDE_COLOURS = ((90, 170, 255), (80, 200, 120))  # the original's curve, the fix's


class CompareView(QWidget):
    """Draws a ScenePair with its own renderer (the same renderer class as the view and the exports)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = NetworkRenderer(theme)
        self.renderer.compiled_lines = True  # once compiled (app.train_fused warms it up)
        self.pair: ScenePair | None = None
        self.blanked = False  # B: the background only (the audience looks at the teacher)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)

    def set_pair(self, pair: ScenePair | None) -> None:
        self.pair = pair
        self.update()

    def set_blanked(self, on: bool) -> None:
        self.blanked = on
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            if self.pair is None or self.blanked:
                painter.fillRect(self.rect(), QColor(self.renderer.theme.background))
            else:
                paint_pair(self.renderer, painter, self.pair, QRectF(self.rect()))
        finally:
            painter.end()


class CompareWindow(QDialog):
    """The compare of ``lesson`` (as loaded) and ``lesson`` with ``fix``."""

    def __init__(self, lesson: Lesson, fix: str, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(True)
        self.titles = side_titles(lesson, fix)
        self.setWindowTitle(self.tr("Compare: %1").replace("%1", " | ".join(self.titles)))
        self.run = CompareRun(compare_lessons(lesson, fix))
        self.view = CompareView(theme)
        self.loss_plot = pg.PlotWidget()
        self.loss_plot.setBackground(theme.background)
        # The key is in the title, each side's name in its curve's colour: a legend inside the
        # plot would hide a stretch of both curves.
        keys = " &nbsp; ".join(f"<span style='color:{QColor(*colour).name()}'>&#9644; {html.escape(title)}</span>"
                               for colour, title in zip(SIDE_COLOURS, self.titles))
        loss = self.tr("Loss")  # outside the f-string: lupdate does not look inside one
        self.loss_plot.setTitle(f"{html.escape(loss)}: {keys}", color=theme.text)
        self.loss_plot.setLabel("bottom", self.tr("step"))
        self.loss_plot.setMinimumHeight(150)
        self.loss_plot.setXRange(0, max(self.run.length, 1))
        self._curves = [self.loss_plot.plot(pen=pg.mkPen(colour, width=2), name=title)
                        for colour, title in zip(SIDE_COLOURS, self.titles)]
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.set_playing)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.clicked.connect(self.step_once)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.leave_button = QPushButton(self.tr("Leave compare"))
        self.leave_button.clicked.connect(self.close)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for button in (self.play_button, self.step_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the window
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.loss_plot, 1)
        layout.addLayout(buttons)
        self._add_keys()
        self.presenting = False
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.on_frame)
        self.timer.start()

    def _add_keys(self) -> None:
        for text, key, slot in ((self.tr("Play / pause"), "Space", self.play_button.toggle),
                                (self.tr("Single step"), "S", self.step_once),
                                (self.tr("Reset"), "R", self.reset),
                                (self.tr("Presentation mode"), "F5", self.toggle_presentation),
                                # The main window's words for its own B (its menu's context).
                                (QCoreApplication.translate("Menus", "Blank the screen"), "B", self.toggle_blank)):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            self.addAction(act)

    # ----- commands -----------------------------------------------------------------

    def set_playing(self, on: bool) -> None:
        self.run.play() if on else self.run.pause()
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))

    def step_once(self) -> None:
        self.play_button.setChecked(False)
        self.run.step_once()

    def reset(self) -> None:
        self.play_button.setChecked(False)
        self.run.reset()
        self.view.set_pair(None)

    def toggle_blank(self) -> None:
        """B: the pictures and the plot give way to the background; B again: back."""
        on = not self.view.blanked
        self.view.set_blanked(on)
        self.loss_plot.setVisible(not on and self._plot_fits())

    def _plot_fits(self) -> bool:
        """The loss plot has room: always in a window; presenting, on a wide enough screen."""
        width = self.screen().geometry().width() if self.presenting and self.screen() else self.width()
        return not self.presenting or width >= PLOT_MIN_PRESENTING_WIDTH

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presenting)

    def set_presentation(self, on: bool) -> None:
        """Full screen with projector text (none under 20 px), the plot's text as large."""
        self.presenting = on
        self.view.renderer.presentation = on
        font = self.loss_plot.font()
        font.setPixelSize(PRESENTATION_TEXT_PX if on else 14)
        for name in ("left", "bottom"):
            self.loss_plot.getPlotItem().getAxis(name).setStyle(tickFont=font)
        self.showFullScreen() if on else self.showNormal()
        # Below PLOT_MIN_PRESENTING_WIDTH the pictures need the whole screen (each side's status
        # line still says its loss); the plot comes back when presentation mode ends.
        self.loss_plot.setVisible(self._plot_fits() and not self.view.blanked)
        self.view.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Escape leaves presentation mode first, then the compare (a dialog's reject)."""
        if event.key() == Qt.Key.Key_Escape and self.presenting:
            self.set_presentation(False)
            return
        super().keyPressEvent(event)

    # ----- frames -------------------------------------------------------------------

    def on_frame(self) -> None:
        if not self.run.poll():
            return
        traces = self.run.traces()
        if any(t is None for t in traces):
            return
        views = [ViewState(title=title) for title in self.titles]
        self.view.set_pair(compare_scenes((traces[0], views[0]), (traces[1], views[1])))
        for curve, history in zip(self._curves, self.run.histories()):
            finite = np.isfinite(history.loss)  # a diverged step has no loss to plot
            curve.setData(history.step[finite] + 1, history.loss[finite])
        step = self.run.shown_step()
        text = self.tr("step %1 of %2").replace("%1", str(step)).replace("%2", str(self.run.length))
        stopped = [f"{title}: {stop_words(reason, figure)}"  # in the window's language
                   for title, reason in zip(self.titles, self.run.stop_reasons()) if reason]
        self.status.setText(" · ".join([text, *stopped]))  # the sentences end with their own full stop
        if self.play_button.isChecked() and not self.run.playing:
            self.play_button.setChecked(False)

    def done(self, result: int) -> None:  # noqa: D102 - closing by any way stops both workers
        self.timer.stop()
        self.run.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        self.run.shutdown()
        super().closeEvent(event)


def open_compare(window: QWidget, lesson: Lesson, fix: str, theme: Theme, *, presenting: bool = False,
                 full_screen: bool = True) -> CompareWindow:
    """Show the compare of ``lesson`` and ``fix`` over ``window`` (modal: its keys rest meanwhile);
    ``presenting``: in presentation mode (full screen unless ``full_screen`` is False)."""
    dialog = CompareWindow(lesson, fix, theme, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(window.size())
    if presenting:
        dialog.presenting = True
        dialog.view.renderer.presentation = True
    dialog.show()
    if presenting and full_screen:
        dialog.set_presentation(True)
    return dialog
