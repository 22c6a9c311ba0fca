"""The names beside single nodes: each input feature's name ("X₁", "sin(X₁)") left of its node, as Playground does."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from netviz.animation.scene import SceneState
from netviz.render.layout import Layout
from netviz.render.style import Style
from netviz.render.text import TextPainter

MIN_NAME_PX = 9  # below this a name is not drawn (it would be a smudge, not a word)


class NodeNames:
    """Draws ``NodeColumn.node_names`` beside their nodes, in the room left of the column."""

    def __init__(self, style: Style, text: TextPainter) -> None:
        self._style = style
        self._text = text

    def draw(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        pal = self._style.palette
        for col, lc in zip(scene.columns, lay.columns):
            names = col.node_names
            if not names or len(names) != lc.ys.size:
                continue
            gap = max(2.0, 0.3 * lc.radius)
            right = lc.x - lc.radius - gap
            width = right - lc.cell.left()
            # A name is one line no taller than the space between two nodes.
            px = int(min(lay.label_px, 0.8 * (lc.spacing if lc.ys.size > 1 else 2 * lc.radius)))
            # One size for the column, small enough for its widest name ("sin(X₁)") to fit whole.
            widest = max(names, key=lambda name: self._text.measure(name, px, bold=True))
            while px > MIN_NAME_PX and self._text.measure(widest, px, bold=True) > width:
                px -= 1
            if px < MIN_NAME_PX or width < 2 * px:
                continue
            height = lay.sizes.line_height(px)
            for name, y in zip(names, lc.ys.tolist()):
                rect = QRectF(lc.cell.left(), y - height / 2, width, height)
                self._text.draw(painter, raster, name, rect, px, pal.text, bold=True, align="right")
