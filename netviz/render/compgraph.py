"""The computational-graph panel of the step animation: the focused unit's operations as boxes
(value, then gradient or change), the edges between them lit up to the wave's front."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from netviz.animation.compgraph import fold_terms
from netviz.animation.scene import CompGraph, GraphNode
from netviz.animation.words import fill
from netviz.i18n import translate
from netviz.render.layout import Layout
from netviz.render.primitives import pen
from netviz.render.style import Style
from netviz.render.text import TextPainter
from netviz.render.wording import format_number


class CompGraphPanel:
    """Draws ``SceneState.comp_graph`` in the layout's ``graph_rect``."""

    def __init__(self, style: Style, text: TextPainter) -> None:
        self._style = style
        self._text = text

    def draw(self, painter: QPainter, g: CompGraph, lay: Layout, raster: bool) -> None:
        """The panel, its title, then the edges and the boxes in the graph's grid of cells."""
        if lay.graph_rect is None:
            return
        pal, ac = self._style.palette, self._style.palette.overlay
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        painter.setPen(pen(ac.panel_edge, max(1.0, z.line_px / 2)))
        painter.setBrush(ac.panel)
        painter.drawRoundedRect(lay.graph_rect, z.gap * 0.6, z.gap * 0.6)
        inner = lay.graph_rect.adjusted(z.gap, z.gap * 0.5, -z.gap, -z.gap)
        self._text.draw(painter, raster, fill(translate("Picture", "Computational graph: %1"), g.title),
                        QRectF(inner.left(), inner.top(), inner.width(), lh), px, pal.text, bold=True)
        legend_y = inner.top() + lh
        self._text.draw(painter, raster, translate("Picture", "each box: value, then dL/d(value)"),
                        QRectF(inner.left(), legend_y, inner.width(), lh), px, pal.muted_text)
        area = QRectF(inner.left(), legend_y + lh + z.gap * 0.5, inner.width(),
                      inner.bottom() - legend_y - lh - z.gap * 0.5)
        # Each box holds its label, value and gradient whole: as many inputs as such boxes fit
        # one above the other are drawn, the rest fold into "more" (never overlapping boxes).
        box_h = 3 * lh + z.gap * 0.4

        def inputs_that_fit() -> int:
            return max(1, int((area.height() / (1.08 * box_h) - 2) // 2))

        if (g.folded_terms or any(n.kind == "more" for n in g.nodes)
                or fold_terms(g, inputs_that_fit()).folded_terms):
            area.setBottom(area.bottom() - lh)  # the note on "more" goes under the boxes
        g = fold_terms(g, inputs_that_fit())
        cols = max(1.0, float(g.size[0]))
        rows = max(1.0, float(g.size[1]))
        cell_w = area.width() / cols
        cell_h = area.height() / rows
        # The most significant digits (3 to 1) with which every box's lines fit its width.
        box_w = cell_w * 0.9
        digits = next((d for d in (3, 2) if self._box_width(g, px, d) <= box_w), 1)
        box_w = min(box_w, max(self._box_width(g, px, digits), 4.0 * px))
        box_h = min(box_h, 2 * cell_h * 0.95)  # an input and its weight are one row apart, their product between
        centres = [(area.left() + (c + 0.5) * cell_w, area.top() + (r + 0.5) * cell_h) for c, r in
                   (n.position for n in g.nodes)]
        lit_color = ac.backward if g.flow_direction == "backward" else ac.forward
        front_col = None
        if g.flow_direction is not None and g.flow is not None:
            span = max(cols - 1.0, 1e-9)
            fl = min(max(float(g.flow), 0.0), 1.0)
            front_col = fl * span if g.flow_direction == "forward" else (1.0 - fl) * span
        self._draw_edges(painter, g, centres, box_w, front_col, lit_color, lay)
        self._draw_boxes(painter, g, centres, box_w, box_h, lit_color, lay, raster, digits)
        if g.folded_terms:
            folded = g.folded_terms  # a plain name: lupdate reads only a name as the count
            more = translate("Picture", "(\"more\" stands for %n more inputs)", None, folded)
            self._text.draw(painter, raster, more,
                            QRectF(area.left(), area.bottom(), area.width(), lh), px, pal.muted_text)

    @staticmethod
    def box_texts(node: GraphNode, digits: int = 3) -> list[tuple[str, str, bool]]:
        """A box's lines: (text, its colour's name on the overlay palette or "text", bold)."""
        texts = [(node.label, "text", True)]
        if node.value is not None:
            texts.append((format_number(node.value, digits), "forward", False))
        if node.change is not None:
            texts.append(("\u0394 " + format_number(node.change, digits), "update", False))
        elif node.gradient is not None:
            texts.append(("\u2202 " + format_number(node.gradient, digits), "backward", False))
        return texts

    def _box_width(self, g: CompGraph, px: int, digits: int) -> float:
        """The widest line of any box with numbers of ``digits`` significant digits, and a little air."""
        widths = [self._text.measure(t, px, bold, not bold) for n in g.nodes
                  for t, _, bold in self.box_texts(n, digits)]
        return max(widths, default=0.0) + 0.6 * px

    def _draw_edges(self, painter: QPainter, g: CompGraph, centres: list[tuple[float, float]], box_w: float,
                    front_col: float | None, lit_color: QColor, lay: Layout) -> None:
        """Edges (forward direction a -> b), lit up to the front."""
        z = lay.sizes
        px = z.text_px
        direction = g.flow_direction
        muted = pen(self._style.palette.muted_text, max(1.5, z.line_px))
        for a, b in g.edges:
            if not (0 <= a < len(g.nodes) and 0 <= b < len(g.nodes)):
                continue
            (ax, ay), (bx, by) = centres[a], centres[b]
            p0 = QPointF(ax + box_w / 2, ay)
            p1 = QPointF(bx - box_w / 2, by)
            painter.setPen(muted)
            painter.drawLine(p0, p1)
            _arrow_head(painter, p0, p1, 0.45 * px)
            if front_col is None:
                continue
            ca, cb = g.nodes[a].position[0], g.nodes[b].position[0]
            if direction == "forward":
                t = (front_col - ca) / max(cb - ca, 1e-9)
                start, end = p0, p1
            else:
                t = (cb - front_col) / max(cb - ca, 1e-9)
                start, end = p1, p0
            t = min(max(t, 0.0), 1.0)
            if t <= 0:
                continue
            tip = QPointF(start.x() + t * (end.x() - start.x()), start.y() + t * (end.y() - start.y()))
            painter.setPen(pen(lit_color, max(3.0, 2.0 * z.line_px), Qt.PenCapStyle.RoundCap))
            painter.drawLine(start, tip)
            if t < 1:
                painter.setPen(pen(lit_color, max(8.0, 0.5 * px), Qt.PenCapStyle.RoundCap))
                painter.drawPoint(tip)
            elif direction == "backward":
                _arrow_head(painter, start, end, 0.55 * px)

    def _draw_boxes(self, painter: QPainter, g: CompGraph, centres: list[tuple[float, float]], box_w: float,
                    box_h: float, lit_color: QColor, lay: Layout, raster: bool, digits: int) -> None:
        """Boxes: label, value, gradient (or change)."""
        pal, ac = self._style.palette, self._style.palette.overlay
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        for node, (cx, cy) in zip(g.nodes, centres):
            box = QRectF(cx - box_w / 2, cy - box_h / 2, box_w, box_h)
            focus = node.kind == "output"
            edge = lit_color if (node.gradient is not None and g.flow_direction == "backward") else pal.muted_text
            if node.change is not None:
                edge = ac.update
            painter.setPen(pen(edge, max(1.5, z.line_px * (1.5 if focus else 1.0))))
            painter.setBrush(pal.tag_background)
            painter.drawRoundedRect(box, 0.2 * px, 0.2 * px)
            texts = [(t, pal.text if c == "text" else getattr(ac, c), bold)
                     for t, c, bold in self.box_texts(node, digits)]
            n_lines = len(texts)
            line_h = min(lh, box_h / max(n_lines, 1))
            y = cy - n_lines * line_h / 2
            for text, color, bold in texts:
                # Numbers whole: a box too narrow lets them overflow its rim rather than cut them.
                self._text.draw(painter, raster, text, QRectF(box.left() + 2, y, box_w - 4, line_h), px, color,
                                bold=bold, align="center", mono=not bold, elide=False)
                y += line_h


def _arrow_head(painter: QPainter, p0: QPointF, p1: QPointF, size: float) -> None:
    dx, dy = p1.x() - p0.x(), p1.y() - p0.y()
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return
    ux, uy = dx / length, dy / length
    for sgn in (1, -1):
        painter.drawLine(p1, QPointF(p1.x() - size * (ux * 0.9 - sgn * uy * 0.5),
                                     p1.y() - size * (uy * 0.9 + sgn * ux * 0.5)))
