"""Accuracy on the loss plot: the share classified right, training batches and validation set, per step,
dashed against a right-hand axis of 0 to 100 % (Keras' loss-and-accuracy chart).

A plot of its own did not fit: at 1024 px the plots dock has room for four plots' titles,
not five. Here the accuracy shares the loss plot's steps (its x axis) in a second view box,
as pyqtgraph's multiple-axes example does; hidden for regression, which has no classes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem

from netviz.animation.envelope import Envelope
from netviz.engine.summary_log import SummaryColumns
from netviz.engine.trainer import StepSummary
from netviz.render.theme import Theme

TRAIN_PEN = (90, 170, 255)  # as the loss plot's training and validation curves, dashed
VAL_PEN = (255, 140, 60)


def accuracy_rows(summaries: Sequence[StepSummary]) -> tuple[np.ndarray, np.ndarray]:
    """(steps, (N, 2) accuracy in percent: the batch's, the validation set's); NaN where a
    step has none (regression, a step without validation, a diverged step)."""
    def percent(v: float | None) -> float:
        return np.nan if v is None else 100.0 * v

    steps = np.array([s.step for s in summaries], dtype=float)
    values = np.array([[percent(s.accuracy), percent(s.val_accuracy)] for s in summaries], dtype=float)
    return steps, values.reshape(-1, 2)


class AccuracyAxis:
    """The accuracy curves (percent) in a view box of their own over ``plot``'s, on its right axis."""

    def __init__(self, plot: pg.PlotWidget, font_px: int = 14):
        item = plot.getPlotItem()
        self._item = item
        self.view = pg.ViewBox(enableMenu=False)
        self.view.setMouseEnabled(x=False, y=False)  # the loss plot's own view box takes the mouse
        item.showAxis("right")
        self.axis = item.getAxis("right")
        item.scene().addItem(self.view)
        # Under the loss plot's item (its view box has no background): the accuracy curves still
        # show, under the loss curves rather than over them (a batch's accuracy is a noisy band).
        self.view.setZValue(item.zValue() - 1)
        self.axis.linkToView(self.view)
        self.view.setXLink(item)
        self.view.setYRange(0, 100, padding=0.02)
        font = QFont()
        font.setPixelSize(font_px)
        self.axis.setStyle(tickFont=font)
        self.axis.setLabel(QCoreApplication.translate("AccuracyAxis", "accuracy % - -"))
        self.axis.label.setFont(font)
        self.axis.enableAutoSIPrefix(False)
        # Kept as an image, as the loss plot's own axes (see plots._style): its range never
        # changes, yet without the cache every repaint of the loss plot drew it again (10 ms).
        self.axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Dashed pens one pixel wide: Qt draws those directly, but strokes a wider dashed pen
        # into dash outlines first, and a noisy curve of 1,024 points then took 90 ms to paint
        # (4 ms at one pixel): the loss plot's repaint was most of the GUI thread's time.
        self._train = pg.PlotCurveItem(pen=pg.mkPen(TRAIN_PEN, width=1, style=Qt.PenStyle.DashLine))
        self._val = pg.PlotCurveItem(pen=pg.mkPen(VAL_PEN, width=1, style=Qt.PenStyle.DashLine))
        self.view.addItem(self._train)
        self.view.addItem(self._val)
        item.vb.sigResized.connect(self._follow_geometry)
        self._values = Envelope(2)
        self.has_values = False  # some step had an accuracy (a classifier)
        self.shown = True

    def _follow_geometry(self) -> None:
        self.view.setGeometry(self._item.vb.sceneBoundingRect())
        self.view.linkedViewChanged(self._item.vb, self.view.XAxis)

    def set_shown(self, on: bool) -> None:
        """Shown for classifiers; a regression run has no accuracy (axis and curves hidden)."""
        self.shown = on
        self.view.setVisible(on)
        self._item.showAxis("right", on)

    def set_theme(self, theme: Theme) -> None:
        self.axis.setPen(pg.mkPen(theme.muted_text))
        self.axis.setTextPen(pg.mkPen(theme.text))

    def clear_steps(self) -> None:
        self._values = Envelope(2)
        self.has_values = False
        self._train.setData([], [])
        self._val.setData([], [])

    @property
    def steps_plotted(self) -> int:
        return self._values.count

    def append(self, summaries: Sequence[StepSummary] | SummaryColumns) -> None:
        """New steps' summaries (or their columns: see SummaryLog.columns)."""
        columns = summaries if isinstance(summaries, SummaryColumns) else SummaryColumns.of(summaries)
        if not len(columns):
            return
        steps, values = columns.step, 100.0 * np.column_stack([columns.accuracy, columns.val_accuracy])
        self._values.extend(steps, values)
        self.has_values = self.has_values or bool(np.isfinite(values).any())
        x, train = self._values.points(0)
        self._train.setData(x, train, connect="finite")
        x, val = self._values.points(1)
        has_val = np.isfinite(val)  # validation is measured every eval_every steps only
        self._val.setData(x[has_val], val[has_val])

    def curves(self) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
        """(x, y) of the training and the validation curve as drawn."""
        return self._train.getData(), self._val.getData()
