"""The loss curves' BoldCurve: Qt's two-pixel line, drawn as a one-pixel line four times (a 2x2 brush)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage, QPainter

from netviz.ui.plot_items import BoldCurve


def _plot(curve_type: type, qtbot, y: np.ndarray) -> pg.PlotWidget:
    """A shown 400x200 plot of ``y``, axes hidden, drawn by a ``curve_type`` with a 2-px pen."""
    plot = pg.PlotWidget(background="k")
    qtbot.addWidget(plot)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.resize(400, 200)
    curve = curve_type(pen=pg.mkPen((255, 255, 255), width=2))
    plot.addItem(curve)
    curve.setData(np.arange(len(y), dtype=float), y)
    plot.setXRange(0, len(y) - 1, padding=0.05)
    plot.setYRange(float(y.min()), float(y.max()), padding=0.1)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def _coloured(image: QImage) -> np.ndarray:
    """(h, w) bool: the pixels the curve coloured."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3]
    return (rgb > 100).any(axis=-1)


def _painted(curve_type: type, qtbot, y: np.ndarray) -> np.ndarray:
    return _coloured(_plot(curve_type, qtbot, y).grab().toImage())


def _painted_at_ratio_two(curve_type: type, qtbot, y: np.ndarray) -> np.ndarray:
    """The plot drawn into an image of device pixel ratio 2 (a high-DPI screen)."""
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    painter = QPainter(image)
    try:
        _plot(curve_type, qtbot, y).render(painter)
    finally:
        painter.end()
    return _coloured(image)


def _near(mask: np.ndarray, other: np.ndarray) -> float:
    """The share of ``mask``'s pixels within one pixel of one of ``other``'s."""
    grown = other.copy()
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            grown |= np.roll(np.roll(other, dy, 0), dx, 1)
    return float((mask & grown).sum() / mask.sum())


def test_it_covers_what_a_two_pixel_line_covers(qtbot):
    rng = np.random.default_rng(0)
    # A falling loss with batch noise, and a smooth curve: every direction of segment.
    for y in (0.8 * np.exp(-np.arange(300) / 90) + 0.05 * rng.random(300), np.sin(np.linspace(0, 9, 200))):
        qt_line = _painted(pg.PlotCurveItem, qtbot, y)
        bold = _painted(BoldCurve, qtbot, y)
        assert 0.8 < bold.sum() / qt_line.sum() < 1.25
        assert _near(bold, qt_line) > 0.99 and _near(qt_line, bold) > 0.99


def test_a_thin_line_is_not_widened(qtbot):
    """The brush is for the two-pixel pen only: a curve given another pen draws as pyqtgraph draws it."""
    y = np.sin(np.linspace(0, 9, 200))

    class Thin(BoldCurve):
        def __init__(self, pen):
            super().__init__(pen=pg.mkPen(pen.color(), width=1))

    class Plain(pg.PlotCurveItem):
        def __init__(self, pen):
            super().__init__(pen=pg.mkPen(pen.color(), width=1))

    assert np.array_equal(_painted(Thin, qtbot, y), _painted(Plain, qtbot, y))


def test_the_pen_is_as_before_after_a_paint(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    curve = BoldCurve(pen=pg.mkPen(QColor(90, 170, 255), width=2), name="training")
    plot.addItem(curve)
    curve.setData(np.arange(10.0), np.arange(10.0) ** 2)
    plot.show()
    qtbot.waitExposed(plot)
    plot.grab()
    assert curve.opts["pen"].widthF() == 2.0  # the key's sample and the bounds see the two-pixel pen
    assert curve.name() == "training"


def test_at_another_device_pixel_ratio_qt_strokes_it(qtbot):
    """The brush is one device pixel apart: at a ratio of 2 it would be half as wide again as
    Qt's line, so there the curve is Qt's own two-pixel stroke."""
    y = np.sin(np.linspace(0, 9, 200))
    assert np.array_equal(_painted_at_ratio_two(BoldCurve, qtbot, y), _painted_at_ratio_two(pg.PlotCurveItem, qtbot, y))
