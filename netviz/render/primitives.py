"""Drawing primitives from numpy arrays: many lines or sprites in one call, the segments of
crosses and dashed rings and squares, pens, and device-pixel transforms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform

# drawLines / drawPixmapFragments straight from numpy memory: PySide6 takes (pointer, count).
# The wrapped pointer is typed Any: Qt's stubs know only the Python objects it stands for.
_wrap_instance: Callable[[int, type], Any] | None
try:
    from shiboken6 import wrapInstance as _wrap_instance  # noqa: N813 (the name of a private alias)
except ImportError:  # pragma: no cover - shiboken6 always ships with PySide6
    _wrap_instance = None

HAS_POINTERS = _wrap_instance is not None  # numpy memory can be handed to Qt as it is
DASHES = 8  # dashes around a dropped unit


def pen(color: QColor, width: float, cap: Qt.PenCapStyle = Qt.PenCapStyle.FlatCap,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    out = QPen(color)
    out.setWidthF(width)
    out.setCapStyle(cap)
    out.setStyle(style)
    return out


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """Opaque a + t (b - a)."""
    return QColor(round(a.red() + t * (b.red() - a.red())), round(a.green() + t * (b.green() - a.green())),
                  round(a.blue() + t * (b.blue() - a.blue())))


def draw_lines(painter: QPainter, segments: np.ndarray) -> None:
    """Lines from an (n, 4) array of rows (x1, y1, x2, y2), in one call."""
    segments = np.ascontiguousarray(segments, dtype=np.float64)
    n = int(segments.shape[0])
    if n == 0:
        return
    if _wrap_instance is not None:
        painter.drawLines(_wrap_instance(segments.ctypes.data, QLineF), n)
    else:  # pragma: no cover
        painter.drawLines([QLineF(*row) for row in segments.tolist()])


def draw_line_groups(painter: QPainter, segments: np.ndarray, starts: list[int], groups: list[int],
                     pen_of: Callable[[int], QPen]) -> None:
    """For each group g: ``pen_of(g)``, then rows ``starts[g]`` to ``starts[g + 1]`` of the (n, 4)
    C-contiguous float64 ``segments`` in one ``drawLines`` call. One pointer for the array and an
    offset per group: taking ``ndarray.ctypes.data`` costs microseconds, as much as a short draw."""
    if _wrap_instance is None:  # pragma: no cover
        for g in groups:
            painter.setPen(pen_of(g))
            draw_lines(painter, segments[starts[g]:starts[g + 1]])
        return
    base, row = segments.ctypes.data, segments.strides[0]
    for g in groups:
        painter.setPen(pen_of(g))
        painter.drawLines(_wrap_instance(base + row * starts[g], QLineF), starts[g + 1] - starts[g])


def draw_fragments(painter: QPainter, fragments: np.ndarray, pixmap: QPixmap) -> None:
    """``QPainter.drawPixmapFragments`` from an (n, 10) C-contiguous float64 array whose rows
    are PixmapFragments: x, y (centre), sourceLeft, sourceTop, width, height, scaleX,
    scaleY, rotation, opacity."""
    n = int(fragments.shape[0])
    if n == 0 or _wrap_instance is None:
        return
    painter.drawPixmapFragments(_wrap_instance(fragments.ctypes.data, QPainter.PixmapFragment), n, pixmap)


def cross_segments(xy: np.ndarray, d: float) -> np.ndarray:
    """(2n, 4) segments of an X of half-size d on each centre."""
    x, y = xy[:, 0], xy[:, 1]
    a = np.column_stack([x - d, y - d, x + d, y + d])
    b = np.column_stack([x - d, y + d, x + d, y - d])
    return np.ascontiguousarray(np.concatenate([a, b]))


def dashed_ring_segments(xy: np.ndarray, r: float, dashes: int = DASHES) -> np.ndarray:
    """Segments of a dashed circle of radius r on each centre: each dash is two chords."""
    step = 2 * np.pi / dashes
    a0 = np.arange(dashes) * step + step / 4
    a1, a2 = a0 + step / 4, a0 + step / 2
    cx = [r * np.cos(a) for a in (a0, a1, a2)]
    cy = [r * np.sin(a) for a in (a0, a1, a2)]
    chords = np.concatenate([np.column_stack([cx[0], cy[0], cx[1], cy[1]]),
                             np.column_stack([cx[1], cy[1], cx[2], cy[2]])])  # (2 * dashes, 4)
    out = np.empty((xy.shape[0], chords.shape[0], 4))
    out[..., 0::2] = xy[:, None, 0:1] + chords[None, :, 0::2]
    out[..., 1::2] = xy[:, None, 1:2] + chords[None, :, 1::2]
    return np.ascontiguousarray(out.reshape(-1, 4))


def dashed_square_segments(xy: np.ndarray, half: float, dashes_per_side: int = 3) -> np.ndarray:
    """Segments of a dashed square of half-side ``half`` on each centre."""
    k = dashes_per_side
    t0 = (np.arange(k) + 0.25) / k * 2 - 1
    t1 = (np.arange(k) + 0.75) / k * 2 - 1
    sides = []
    for (ax, ay, bx, by) in ((t0, -1, t1, -1), (t0, 1, t1, 1), (-1, t0, -1, t1), (1, t0, 1, t1)):
        sides.append(np.column_stack(np.broadcast_arrays(ax, ay, bx, by)))
    unit = np.concatenate(sides) * half  # (4k, 4)
    out = np.empty((xy.shape[0], unit.shape[0], 4))
    out[..., 0::2] = xy[:, None, 0:1] + unit[None, :, 0::2]
    out[..., 1::2] = xy[:, None, 1:2] + unit[None, :, 1::2]
    return np.ascontiguousarray(out.reshape(-1, 4))


def draw_crosses(painter: QPainter, xy: np.ndarray, r: float, halo: QColor, ink: QColor) -> None:
    """The X across each dead unit of radius ``r`` centred on ``xy``."""
    width = max(min(2.0, r * 0.5), 0.2 * r)
    segs = cross_segments(xy, 0.45 * r)
    # A halo in the dead grey keeps the X readable over a heatmap too.
    painter.setPen(pen(halo, width * 1.8, Qt.PenCapStyle.RoundCap))
    draw_lines(painter, segs)
    painter.setPen(pen(ink, width, Qt.PenCapStyle.RoundCap))
    draw_lines(painter, segs)


def pixel_transform(painter: QPainter) -> QTransform | None:
    """The painter's device transform when it is a plain scale and shift (then layers and sprites
    can be blitted pixel for pixel), else None."""
    t = painter.deviceTransform()
    if t.type().value > QTransform.TransformationType.TxScale.value:
        return None
    s = t.m11()
    if not s > 0 or abs(t.m22() - s) > 1e-9 * s:
        return None
    return t


def in_device_pixels(painter: QPainter, t: QTransform) -> None:
    """From here on (until ``restore``), painter coordinates are device pixels."""
    inverse, _ = t.inverted()
    painter.setWorldTransform(inverse * painter.worldTransform())
