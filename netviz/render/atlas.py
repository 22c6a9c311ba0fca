"""Node sprites: every code (colour level, no value, dead, dropped) of a radius drawn once into an atlas.

On a raster device all nodes of one radius are then copied from the atlas in one
``drawPixmapFragments`` call (a QImage and one call per node outside the GUI thread), instead
of an antialiased ellipse each. ``draw_discs`` draws the same discs one by one (vector devices,
odd transforms, and the atlas itself).
"""

from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QThread
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap

from netviz.render import colors
from netviz.render.primitives import dashed_ring_segments, draw_crosses, draw_lines, pen
from netviz.render.style import Palette, Style

_ATLAS_CACHE = 16
PER_ROW = 8  # sprites per row of an atlas


def pixmaps_allowed() -> bool:
    """QPixmap only in the GUI thread (an export may render from a worker thread)."""
    app = QCoreApplication.instance()
    if app is None or not isinstance(app, QGuiApplication):
        return False
    is_main = getattr(QThread, "isMainThread", None)
    if is_main is not None:
        return bool(is_main())
    return QThread.currentThread() is app.thread()  # pragma: no cover - Qt < 6.8


def draw_discs(painter: QPainter, palette: Palette, xy: np.ndarray, codes: np.ndarray, r: float, outline_w: float,
               colors_of_codes: list[QColor], outline_color: QColor) -> None:
    """Discs coloured by code, one ellipse each; dropped units hollow and dashed, dead ones crossed out."""
    order = np.argsort(codes, kind="stable")
    outline = pen(outline_color, outline_w)
    current = None
    for (x, y), code in zip(xy[order].tolist(), codes[order].tolist()):
        if code != current:
            current = code
            painter.setBrush(colors_of_codes[code])
            painter.setPen(Qt.PenStyle.NoPen if code == colors.NODE_DROPPED else outline)
        rr = r + outline_w / 2 if code == colors.NODE_DROPPED else r
        painter.drawEllipse(QPointF(x, y), rr, rr)
    rings = xy[codes == colors.NODE_DROPPED]
    if rings.size:
        painter.setPen(outline)
        draw_lines(painter, dashed_ring_segments(rings, r))
    dead = xy[codes == colors.NODE_DEAD]
    if dead.size:
        draw_crosses(painter, dead, r, palette.dead, palette.dead_cross)


Atlas = tuple[QPixmap | QImage, int, int]  # (image of the sprites, side of a sprite in pixels, sprites per row)


class NodeAtlas:
    """The last atlases made, per radius, outline, quantity, device scale and antialiasing."""

    def __init__(self, style: Style) -> None:
        self._style = style
        self._atlases: OrderedDict[tuple[float, float, int, str, float, bool, bool], Atlas] = OrderedDict()

    def clear(self) -> None:
        """Forget every atlas (the theme's colours changed)."""
        self._atlases.clear()

    def get(self, r: float, outline_w: float, outline: QColor, quantity: str, scale: float, pixmap: bool) -> Atlas:
        """Every node code drawn once at ``scale`` (device pixels per unit); ``pixmap``: as a QPixmap."""
        aa = self._style.shapes_aa
        key = (r, outline_w, outline.rgba(), quantity, scale, aa, pixmap)
        entry = self._atlases.get(key)
        if entry is not None:
            self._atlases.move_to_end(key)
            return entry
        palette = self._style.palette
        colors_of_codes = palette.node_colors[quantity]
        n = len(colors_of_codes)
        side = math.ceil(2 * (r + outline_w / 2) * scale) + 2  # one pixel of antialiasing fringe around
        image = QImage(side * PER_ROW, side * math.ceil(n / PER_ROW), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
            p.scale(scale, scale)
            code = np.arange(n)
            xy = np.column_stack([(code % PER_ROW) * side + side / 2, (code // PER_ROW) * side + side / 2]) / scale
            draw_discs(p, palette, xy, code, r, outline_w, colors_of_codes, outline)
        finally:
            p.end()
        entry = (QPixmap.fromImage(image) if pixmap else image, side, PER_ROW)
        self._atlases[key] = entry
        if len(self._atlases) > _ATLAS_CACHE:
            self._atlases.popitem(last=False)
        return entry
