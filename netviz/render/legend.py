"""The words and keys around the network: the header (title, caption, step and loss), the
divergence banner, and the legend (colour bar with ticks, node key, edge key, notes).

Draws take ``which`` as in ``labels``: "static" for the static layer, "live" for what
follows the scene (the step and loss, the edge key's values), "all" both.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter

from netviz.animation.scene import SceneState
from netviz.i18n import translate
from netviz.render import colors
from netviz.render.edges import EdgePainter
from netviz.render.layout import Layout
from netviz.render.layout_inputs import node_range_of
from netviz.render.legend_layout import NODE_KEY_ROWS
from netviz.render.primitives import dashed_ring_segments, draw_crosses, draw_lines, pen
from netviz.render.style import Style, rgba_qcolor
from netviz.render.text import TextPainter
from netviz.render.wording import format_value, node_key_labels, status_candidates


@lru_cache(maxsize=1)
def legend_edge_keys() -> tuple[int, ...]:
    """Edge keys of the edge legend's rows: strongest negative, strongest positive, then
    positive at 1/4, 1/2 and all of the range (keys depend on value / range only)."""
    return (colors.edge_key(-1.0), colors.edge_key(1.0),
            *(colors.edge_key(frac * 0.999) for frac in (0.25, 0.5, 1.0)))


class Legend:
    """Draws the header, the banner and the legend."""

    def __init__(self, style: Style, text: TextPainter, edges: EdgePainter) -> None:
        self._style = style
        self._text = text
        self._edges = edges
        self._gradients: dict[str, QLinearGradient] = {}  # colour bar per quantity: the node levels as hard stops

    @staticmethod
    def edge_width_labels(scene: SceneState) -> tuple[str, str, str]:
        """The edge key's width labels: the values of 1/4, 1/2 and all of the scene's edge range."""
        symbol = "|W|" if scene.edge_quantity == "weight" else "|dL/dW|"
        rng = float(scene.edge_range) if math.isfinite(scene.edge_range) and scene.edge_range > 0 else 1.0
        return (f"{symbol} {format_value(0.25 * rng)}", f"{symbol} {format_value(0.5 * rng)}",
                f"{symbol} ≥ {format_value(rng)}")

    @staticmethod
    def ticks_key(scene: SceneState) -> tuple[str, tuple[float, float]]:
        """What the colour bar's ticks (``draw_ticks``) show beyond the layout: they follow the
        node quantity and range (``Layout.with_ticks``)."""
        return scene.node_quantity, node_range_of(scene)

    def draw_header(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool, which: str = "all") -> None:
        """The title and caption ("static"), the step and loss ("live")."""
        pal = self._style.palette
        z = lay.sizes
        if which != "live":
            titles = lay.title_lines or ((scene.title, lay.title_rect),) if lay.title_rect is not None else ()
            for line, r in titles:
                if line:
                    # A line too long for its row (a fix's title, in German, in presentation
                    # mode's large text) is drawn smaller, down to the text's size, rather than cut.
                    px = z.title_px
                    while px > z.text_px and self._text.measure(line, px, True) > r.width():
                        px -= 1
                    self._text.draw(painter, raster, line, r, px, pal.text, bold=True)
            for line, r in lay.caption_lines:
                self._text.draw(painter, raster, line, r, z.caption_px, pal.muted_text)
        if which != "static" and lay.status_rect is not None:
            status = self._text.fit(status_candidates(scene), lay.status_rect.width(), z.text_px)
            self._text.draw(painter, raster, status, lay.status_rect, z.text_px, pal.text, align="right")

    def draw_banner(self, painter: QPainter, lay: Layout, raster: bool) -> None:
        if lay.banner is None or not lay.banner_lines:
            return
        pal = self._style.palette
        z = lay.sizes
        painter.fillRect(lay.banner, pal.banner_background)
        edge = max(1.0, z.line_px)
        painter.fillRect(QRectF(lay.banner.left(), lay.banner.top(), lay.banner.width(), edge), pal.banner_text)
        painter.fillRect(QRectF(lay.banner.left(), lay.banner.bottom() - edge, lay.banner.width(), edge),
                         pal.banner_text)
        px = lay.banner_px or z.banner_px  # smaller than the theme's when the whole message needs it
        lh = z.line_height(px)
        top = lay.banner.center().y() - lh * len(lay.banner_lines) / 2
        for k, line in enumerate(lay.banner_lines):
            r = QRectF(lay.banner.left() + z.gap, top + k * lh, lay.banner.width() - 2 * z.gap, lh)
            self._text.draw(painter, raster, line, r, px, pal.banner_text, bold=True, align="center")

    def draw_legend(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool, which: str = "all") -> None:
        """"live": only the edge legend's values and the colour bar's ticks (they follow the scene's
        edge and node ranges); "static": the rest."""
        pal = self._style.palette
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        if which == "live":
            self.draw_edge_values(painter, scene, lay, raster)
            self.draw_ticks(painter, lay, raster)
            return
        for sec in lay.sections:
            r = sec.rect
            if sec.kind == "nodes_title":  # the heading (bold), then what the colours show: wrapped by the layout
                heading, shows = sec.entries or ((sec.lines[0],), (sec.lines[1],))
                for k, line in enumerate((*heading, *shows)):
                    self._text.draw(painter, raster, line, QRectF(r.left(), r.top() + k * lh, r.width(), lh), px,
                                    pal.text if k < len(heading) else pal.muted_text, bold=k < len(heading))
            elif sec.kind == "colorbar":
                self._draw_colorbar(painter, scene, lay)
                if which == "all":
                    self.draw_ticks(painter, lay, raster)
            elif sec.kind == "node_key":
                self._draw_node_key(painter, scene, lay, r, raster, sec.entries)
            elif sec.kind == "edges_title":  # one line, or two where the legend is narrow
                for k, line in enumerate(sec.lines):
                    self._text.draw(painter, raster, line, QRectF(r.left(), r.top() + k * lh, r.width(), lh), px,
                                    pal.text, bold=True)
            elif sec.kind == "edge_key":
                self._draw_edge_key(painter, scene, lay, r, raster, which)
            elif sec.kind in ("lod_note", "bars_note"):
                color = pal.text if sec.kind == "lod_note" else pal.muted_text
                for k, line in enumerate(sec.lines):
                    self._text.draw(painter, raster, line, QRectF(r.left(), r.top() + k * lh, r.width(), lh), px,
                                    color)

    def _draw_colorbar(self, painter: QPainter, scene: SceneState, lay: Layout) -> None:
        """The bar and its frame (the static layer's); the ticks are ``_draw_ticks``."""
        bar = lay.colorbar
        if bar is None:
            return
        pal = self._style.palette
        z = lay.sizes
        quantity = scene.node_quantity if scene.node_quantity in ("gradient", "activation") else "gradient"
        gradient = self._colorbar_gradient(quantity)
        gradient.setStart(0.0, bar.bottom())
        gradient.setFinalStop(0.0, bar.top())
        # One fill with hard stops: the very colours of the node levels, bottom to top.
        painter.fillRect(bar, gradient)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen(pal.muted_text, max(1.0, z.line_px / 2)))
        painter.drawRect(bar)

    def draw_edge_values(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        """The edge key's values (live: they follow the scene's edge range)."""
        sec = lay.section("edge_key")
        if sec is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
            self._draw_edge_key(painter, scene, lay, sec.rect, raster, "live")

    def edge_values_region(self, lay: Layout) -> QRectF | None:
        """Where ``draw_edge_values`` draws (the edge key's rect), or None."""
        sec = lay.section("edge_key")
        return None if sec is None else QRectF(sec.rect)

    def ticks_region(self, lay: Layout) -> QRectF | None:
        """Where ``draw_ticks`` draws: right of the colour bar's left side, from a line above its
        top to a line below its bottom; None without a colour bar."""
        bar = lay.colorbar
        if bar is None:
            return None
        right = lay.legend.right() if lay.legend is not None else bar.right() + 10 * lay.sizes.text_px
        lh = lay.sizes.line_height(lay.sizes.text_px)
        return QRectF(bar.left(), bar.top() - lh, right - bar.left(), bar.height() + 2 * lh)

    def draw_ticks(self, painter: QPainter, lay: Layout, raster: bool) -> None:
        """The colour bar's ticks (``lay.ticks``: they follow the node range, drawn live)."""
        bar = lay.colorbar
        if bar is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        pal = self._style.palette
        z = lay.sizes
        px = z.text_px
        tick_pen = pen(pal.text, z.line_px)
        exp_px = max(z.min_text_px, round(px * 0.78))
        lh = z.line_height(px)
        right = lay.legend.right() if lay.legend is not None else bar.right()
        for tick in lay.ticks:
            painter.setPen(tick_pen)
            painter.drawLine(QPointF(bar.right(), tick.y), QPointF(bar.right() + z.gap * 0.6, tick.y))
            x = bar.right() + z.gap
            w = self._text.draw(painter, raster, tick.text, QRectF(x, tick.y - lh / 2, right - x, lh), px, pal.text)
            if tick.exponent is not None:
                er = QRectF(x + w + 1, tick.y - lh / 2 - px * 0.42, right - x - w, lh)
                self._text.draw(painter, raster, tick.exponent, er, exp_px, pal.text)

    def _colorbar_gradient(self, quantity: str) -> QLinearGradient:
        gradient = self._gradients.get(quantity)
        if gradient is None:
            table = colors.node_table(quantity)
            n = table.shape[0]
            gradient = QLinearGradient()
            for k in range(n):
                c = rgba_qcolor(table[k])
                gradient.setColorAt(k / n, c)
                gradient.setColorAt(min(1.0, (k + 1) / n - 1e-6), c)
            self._gradients[quantity] = gradient
        return QLinearGradient(gradient)

    def _sample_node(self, painter: QPainter, c: QPointF, r: float, fill: QColor, *, dead: bool = False,
                     dropped: bool = False, saturated: bool = False, outline_w: float = 2.0) -> None:
        pal = self._style.palette
        painter.setBrush(fill)
        painter.setPen(Qt.PenStyle.NoPen if dropped else pen(pal.node_outline, outline_w))
        painter.drawEllipse(c, r, r)
        xy = np.array([[c.x(), c.y()]])
        if dropped:
            painter.setPen(pen(pal.node_outline, outline_w))
            draw_lines(painter, dashed_ring_segments(xy, r))
        if dead:
            draw_crosses(painter, xy, r, pal.dead, pal.dead_cross)
        if saturated:  # as NodePainter draws it: two rims outside the outline
            w = max(1.0, 0.12 * r)
            painter.setPen(pen(pal.saturated, w))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rr in (r + outline_w + 0.8 * w, r + outline_w + 2.6 * w):
                painter.drawEllipse(c, rr, rr)

    def _draw_node_key(self, painter: QPainter, scene: SceneState, lay: Layout, r: QRectF, raster: bool,
                       entries: tuple[tuple[str, ...], ...] = ()) -> None:
        """``entries``: each row's label on its lines (the layout wraps them: ``legend_layout``)."""
        pal = self._style.palette
        z = lay.sizes
        lh = z.line_height(z.text_px)
        # A row per sample, one line taller for each line more than one of its label.
        row = (r.height() - sum(len(e) - 1 for e in entries) * lh) / NODE_KEY_ROWS
        nr = min(row * 0.3, z.node_radius_max * 0.5)
        ow = min(z.outline_px, max(1.0, 0.25 * nr))
        mid = QColor(self._style.palette.node_colors["gradient"][colors.NODE_LEVELS // 3])
        labels = node_key_labels(scene.node_quantity)
        samples = [(labels[0], pal.dead, "dead"), (labels[1], mid, "saturated"),
                   (labels[2], pal.background, "dropped"), (labels[3], pal.no_value, "")]
        top = r.top()
        for k, (label, fill, kind) in enumerate(samples):
            lines = entries[k] if k < len(entries) and len(entries[k]) > 1 else (label,)
            cy = top + (row + (len(lines) - 1) * lh) / 2
            top += row + (len(lines) - 1) * lh
            cx = r.left() + z.colorbar_width / 2
            self._sample_node(painter, QPointF(cx, cy), nr, fill, dead=kind == "dead", dropped=kind == "dropped",
                              saturated=kind == "saturated", outline_w=ow)
            x = r.left() + z.colorbar_width + z.gap
            if len(lines) == 1:
                self._text.draw(painter, raster, label, QRectF(x, cy - row / 2, r.right() - x, row), z.text_px,
                                pal.text)
                continue
            for j, line in enumerate(lines):  # a label wrapped onto more lines, centred on its sample
                line_top = cy - lh * len(lines) / 2 + j * lh
                self._text.draw(painter, raster, line, QRectF(x, line_top, r.right() - x, lh), z.text_px, pal.text)

    def _draw_edge_key(self, painter: QPainter, scene: SceneState, lay: Layout, r: QRectF, raster: bool,
                       which: str = "all") -> None:
        """The samples and the sign labels ("static"), the width labels: values ("live")."""
        pal = self._style.palette
        z = lay.sizes
        row = r.height() / 5
        sample_w = max(z.colorbar_width * 1.6, 3 * z.gap)
        keys = legend_edge_keys()  # the same for every range
        rows: list[tuple[str, int, str | None]] = [(translate("Picture", "negative"), keys[0], None),
                                                   (translate("Picture", "positive"), keys[1], None)]
        rows += [(label, key, "width") for label, key in zip(self.edge_width_labels(scene), keys[2:])]
        for k, (label, key, kind) in enumerate(rows):
            cy = r.top() + (k + 0.5) * row
            if which != "live":
                # The widths the edges get on this device (whole pixels when they are aliased).
                width = self._edges.pen(key, lay.edge_width, self._style.edge_aa(raster)).widthF()
                color = pal.edge_colors[key] if kind is None else pal.text
                painter.setPen(pen(color, width))
                painter.drawLine(QPointF(r.left(), cy), QPointF(r.left() + sample_w, cy))
            # The sign labels never change; the width labels are values of the scene's edge range.
            if which == "all" or (kind is None) == (which == "static"):
                x = r.left() + sample_w + z.gap
                self._text.draw(painter, raster, label, QRectF(x, cy - row / 2, r.right() - x, row), z.text_px,
                                pal.text)
