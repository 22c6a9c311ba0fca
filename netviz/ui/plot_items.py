"""The docked plots' own pyqtgraph items, and the values they are handed: the per-layer
curves, the log axis that labels decades, the data set's points by class."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPen

CLASS_COLORS = [(40, 120, 230), (230, 110, 40), (60, 180, 90), (200, 60, 160), (230, 200, 40)]


def layer_curve(plot: pg.PlotWidget, pen: QPen) -> pg.PlotCurveItem:
    """A per-layer curve of ``plot``: a bare PlotCurveItem. A PlotDataItem (``plot.plot()``)
    costs 4-8x as much per setData (its display pipeline, bounds and signals): a plot's 11-25
    curves took 7-9 ms a redraw in the live window, and made the frame late. A bare curve
    knows no log mode: on a log axis it is given log10 of its values (``log10_shown``)."""
    curve = pg.PlotCurveItem(pen=pen)
    plot.addItem(curve)
    return curve


def log10_shown(values: np.ndarray) -> np.ndarray:
    """log10 of the positive finite values, NaN for the others (a gap in a curve drawn with
    connect="finite"): what a log axis shows, as pyqtgraph's own log mode maps them."""
    positive = np.isfinite(values) & (values > 0)
    return np.where(positive, np.log10(np.where(positive, values, 1.0)), np.nan)


def point_brushes(task: str, y: np.ndarray) -> list:
    """Blue and orange for the two classes (as TensorFlow Playground), a diverging map for regression."""
    if task == "regression":
        cmap = pg.colormap.get("CET-D1A")
        return [pg.mkBrush(cmap.map(float(np.clip((v + 1) / 2, 0, 1)), mode="qcolor")) for v in y[:, 0]]
    labels = y.argmax(axis=1) if y.shape[1] > 1 else (y[:, 0] > 0.5).astype(int)
    return [pg.mkBrush(CLASS_COLORS[k % len(CLASS_COLORS)]) for k in labels]


class DecadeAxis(pg.AxisItem):
    """A log axis that labels only the powers of ten: in a short plot the minor labels
    (2, 3, 4, ... of each decade) overlap into an unreadable column."""

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 (pyqtgraph's name)
        strings = super().logTickStrings(values, scale, spacing)
        decades = [abs(v - round(v)) < 1e-9 for v in values]
        if not any(decades):  # a range within one decade: its minor labels are all there is
            return strings
        return [s if decade else "" for s, decade in zip(strings, decades)]
