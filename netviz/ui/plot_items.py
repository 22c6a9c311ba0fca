"""The docked plots' own pyqtgraph items, and the values they are handed: the per-layer
curves, the log axis that labels decades and axes that keep their width, the data set's
points by class."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTransform

CLASS_COLORS = [(40, 120, 230), (230, 110, 40), (60, 180, 90), (200, 60, 160), (230, 200, 40)]


def layer_curve(plot: pg.PlotWidget, pen: QPen) -> pg.PlotCurveItem:
    """A per-layer curve of ``plot``: a bare PlotCurveItem. A PlotDataItem (``plot.plot()``)
    costs 4-8x as much per setData (its display pipeline, bounds and signals): a plot's 11-25
    curves took 7-9 ms a redraw in the live window, and made the frame late. A bare curve
    knows no log mode: on a log axis it is given log10 of its values (``log10_shown``)."""
    curve = pg.PlotCurveItem(pen=pen)
    plot.addItem(curve)
    return curve


# Where BoldCurve draws its one-pixel line again, in device pixels: with the line itself a 2x2 brush.
BOLD_OFFSETS = ((1.0, 0.0), (0.0, 1.0), (1.0, 1.0))


class BoldCurve(pg.PlotCurveItem):
    """A curve two pixels wide (the loss), drawn as a one-pixel line four times, a device pixel
    apart: a 2x2 brush, which looks as Qt's 2-pixel line does. Qt's raster engine draws a
    one-pixel cosmetic line on its fast path but strokes a wider one into polygons and fills
    them: the two curves alone took 1.3-1.8 ms a paint that way, 0.4-0.6 ms this way, and the
    whole loss plot's paint went from 1.5-1.7 to 0.9-1.1 ms (tests/benchmarks/plot_cost, the
    loss column; in the live window its median 3.4 -> 1.8 ms). Its pen stays two pixels wide for
    the key's sample and the bounds; only the paint swaps in the one-pixel pen.
    Pass ``name`` for the plot's key (``plot.addItem(curve)`` adds it there)."""

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        pen = self.opts["pen"]
        # At a device pixel ratio other than 1 the one-pixel line is not one device pixel wide
        # (at 2 the brush came out half as wide again as Qt's line): Qt strokes it there.
        if pen.widthF() != 2.0 or not pen.isCosmetic() or p.device().devicePixelRatioF() != 1.0:
            super().paint(p, opt, widget)
            return
        thin = QPen(pen)
        thin.setWidth(1)
        self.opts["pen"] = thin
        item_to_device = p.transform()
        try:
            super().paint(p, opt, widget)
            for dx, dy in BOLD_OFFSETS:
                p.setTransform(item_to_device * QTransform.fromTranslate(dx, dy))  # shifted in device pixels
                super().paint(p, opt, widget)
        finally:
            p.setTransform(item_to_device)
            self.opts["pen"] = pen


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


def steady_width(axis: pg.AxisItem, widest: str) -> None:
    """A left axis with room for tick labels as wide as ``widest`` from the start, more when
    a wider label comes (pyqtgraph's autoExpandTextSpace), and never less until this is
    called again (a new run, a new font). Each change of an axis's width lays its plot out
    again: the view box is resized (on the loss plot the accuracy's view box follows it) and
    the whole plot is painted once more in the next frame. At Play the loss plot's first
    labels ("0.65" where the empty plot had "0.2") did that in the frame of the gradient
    plot's first redraw: the longest gap of the run's first seconds, 30-53 ms
    (tests/benchmarks/live_view.py)."""
    font = axis.style["tickFont"] or QFont()
    # pyqtgraph keeps the width its labels need in AxisItem.textWidth (30 px to start with)
    # and has no setter for it; setStyle lays the axis out with it. It measures each label's
    # layout in fractions of a pixel ("0.65" a sixth of a pixel wider than "0.00"): a pixel spare.
    axis.textWidth = math.ceil(QFontMetricsF(font).horizontalAdvance(widest)) + 1
    axis.setStyle(autoReduceTextSpace=False)
