"""The accuracy plot: the share classified right, training batches and validation set, per step."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from netviz.animation.envelope import Envelope
from netviz.engine.trainer import StepSummary

TRAIN_PEN = (90, 170, 255)  # as the loss plot's training and validation curves
VAL_PEN = (255, 140, 60)


def accuracy_rows(summaries: list[StepSummary]) -> tuple[np.ndarray, np.ndarray]:
    """(steps, (N, 2) accuracy in percent: the batch's, the validation set's); NaN where a
    step has none (regression, a step without validation, a diverged step)."""
    def percent(v: float | None) -> float:
        return np.nan if v is None else 100.0 * v

    steps = np.array([s.step for s in summaries], dtype=float)
    values = np.array([[percent(s.accuracy), percent(s.val_accuracy)] for s in summaries], dtype=float)
    return steps, values.reshape(-1, 2)


class AccuracyPlot(pg.PlotWidget):
    """Accuracy in percent (0 to 100) per step, training and validation; hidden for regression."""

    def __init__(self, parent: QWidget | None = None, font_px: int = 14):
        super().__init__(parent)
        item = self.getPlotItem()
        font = QFont()
        font.setPixelSize(font_px)
        item.setTitle(self.tr("Accuracy"), size=f"{font_px + 2}px")
        item.setLabel("bottom", self.tr("step"))
        item.setLabel("left", "%")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
            axis.enableAutoSIPrefix(False)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.setYRange(0, 100, padding=0.02)
        self.setToolTip(self.tr("Accuracy: the share of the training batch (blue) and of the validation set "
                                "(orange) classified right"))
        self._train = self.plot(pen=pg.mkPen(TRAIN_PEN, width=2))
        self._val = self.plot(pen=pg.mkPen(VAL_PEN, width=2))
        dashed = pg.mkPen((200, 200, 200, 120), style=Qt.PenStyle.DashLine)
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=dashed)
        self.cursor.setVisible(False)
        self.addItem(self.cursor)
        self._values = Envelope(2)
        self.has_values = False  # some step had an accuracy (a classifier)

    def clear_steps(self) -> None:
        self._values = Envelope(2)
        self.has_values = False
        self._train.setData([], [])
        self._val.setData([], [])

    @property
    def steps_plotted(self) -> int:
        return self._values.count

    def append(self, summaries: list[StepSummary]) -> None:
        if not summaries:
            return
        steps, values = accuracy_rows(summaries)
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
