"""What stands under each column: its name, caption, dead count and tags, and its gradient-norm bar.

Each draw takes ``which``: "static" the parts that stay from step to step (names, captions,
tags, the bars' tracks and baseline: drawn into the static layer), "live" those that change
(gradient norms, dead counts, the bars' values), "all" both.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from netviz.animation.scene import GRADIENT_LOG_RANGE, NodeColumn, SceneState
from netviz.i18n import translate
from netviz.render import colors
from netviz.render.layout import ColumnLayout, Layout
from netviz.render.layout_inputs import node_range_of
from netviz.render.primitives import pen
from netviz.render.style import Style, rgba_qcolor
from netviz.render.text import TextPainter
from netviz.render.wording import count_candidates, format_value


def _fraction(norm: float, lo: float, hi: float) -> float:
    """Where a finite norm sits between the log10 bounds ``lo`` and ``hi``, 0 to 1."""
    if norm == 0:
        return 0.0
    return min(1.0, max(0.0, (math.log10(abs(norm)) - lo) / (hi - lo)))


class ColumnLabels:
    """Draws the labels and the gradient-norm bars under the columns."""

    def __init__(self, style: Style, text: TextPainter) -> None:
        self._style = style
        self._text = text
        # The count texts of the last layout drawn, by column and counts (see ``_count_text``).
        self._counts: tuple[Layout | None, dict[tuple[int, int, int, int], str]] = (None, {})
        self._level_colors: dict[int, QColor] = {}  # the bars' colours, by node level

    def draw_labels(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool, which: str = "all") -> None:
        """Names, captions and tags ("static"); gradient norms and dead counts ("live")."""
        pal = self._style.palette
        px = lay.label_px
        static, live = which != "live", which != "static"
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        for col, lc in zip(scene.columns, lay.columns):
            if static:
                self._draw_column_labels(painter, col, lc, lay, raster)
            if not live:
                continue
            if lc.norm_rect is not None and col.grad_norm is not None:
                norm = float(col.grad_norm)
                color = pal.text if math.isfinite(norm) else pal.error
                self._text.draw(painter, raster, format_value(norm), lc.norm_rect, px, color,
                                bold=not math.isfinite(norm), align="center", elide=False)
            if lc.dead_rect is not None:
                dead, saturated = col.dead_count, col.saturated_count
                if dead > 0 or saturated > 0:
                    text = self._count_text(lay, lc, dead, saturated, col.units)
                    color = pal.dead if dead > 0 else pal.saturated
                    self._text.draw(painter, raster, text, lc.dead_rect, px, color, bold=True, align="center",
                                    elide=False)

    def _count_text(self, lay: Layout, lc: ColumnLayout, dead: int, saturated: int, units: int) -> str:
        """The fullest count that fits under the column (``count_candidates``), kept with the layout
        (its language and sizes): the counts move slowly, the words are translated and measured once."""
        if self._counts[0] is not lay:
            self._counts = (lay, {})
        key = (lc.index, dead, saturated, units)
        text = self._counts[1].get(key)
        if text is None:
            assert lc.dead_rect is not None
            text = self._text.fit(count_candidates(dead, saturated, units), lc.dead_rect.width(), lay.label_px,
                                  bold=True)
            self._counts[1][key] = text
        return text

    def _draw_column_labels(self, painter: QPainter, col: NodeColumn, lc: ColumnLayout, lay: Layout,
                            raster: bool) -> None:
        pal = self._style.palette
        px = lay.label_px
        if lc.name_rect is not None:
            # The layout chose the name's form (``name_candidates``): never elided, its number is the point.
            name = lc.label or col.name
            self._text.draw(painter, raster, name, lc.name_rect, px, pal.text, bold=True, align="center", elide=False)
        if lc.caption_rect is not None and lc.caption_lines:
            lh = lc.caption_rect.height() / max(1, round(lc.caption_rect.height() / lay.sizes.line_height(px)))
            for k, line in enumerate(lc.caption_lines):
                r = QRectF(lc.caption_rect.left(), lc.caption_rect.top() + k * lh, lc.caption_rect.width(), lh)
                # The layout fitted the caption (``caption_candidates``): its number of units is never cut.
                self._text.draw(painter, raster, line, r, px, pal.muted_text, align="center", elide=False)
        if lc.tags_rect is not None and (col.frozen or col.batch_norm):
            tags = [t for t, on in ((translate("Picture", "frozen"), col.frozen),
                                    (translate("Picture", "batch norm"), col.batch_norm)) if on]
            self._draw_tag(painter, raster, " · ".join(tags), lc.tags_rect, px, lay.sizes.line_px, frozen=col.frozen)

    def _draw_tag(self, painter: QPainter, raster: bool, text: str, rect: QRectF, px: int, line_px: float,
                  frozen: bool) -> None:
        """A pill with the tags; a padlock before them when the layer is frozen."""
        pal = self._style.palette
        width = min(self._text.measure(text, px) + px * (1.6 if frozen else 0.8), rect.width())
        pill = QRectF(rect.center().x() - width / 2, rect.top() + 1, width, rect.height() - 2)
        painter.setPen(pen(pal.muted_text, max(1.0, line_px / 2)))
        painter.setBrush(pal.tag_background)
        radius = pill.height() / 2
        painter.drawRoundedRect(pill, radius, radius)
        inner = pill.adjusted(px * 0.4, 0, -px * 0.4, 0)
        if frozen:
            lock = QRectF(inner.left(), pill.center().y() - px * 0.15, px * 0.6, px * 0.45)
            painter.setBrush(pal.muted_text)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(lock)
            painter.setPen(pen(pal.muted_text, max(1.0, px * 0.1)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            shackle = QRectF(lock.left() + lock.width() * 0.18, lock.top() - px * 0.3, lock.width() * 0.64, px * 0.6)
            painter.drawArc(shackle, 0, 180 * 16)
            inner = inner.adjusted(px * 0.8, 0, 0, 0)
        self._text.draw(painter, raster, text, inner, px, pal.text, align="center")

    @staticmethod
    def bar_fraction(scene: SceneState, norm: float) -> float:
        """Where a finite gradient norm sits on the log scale, 0 to 1 (``colors.node_position``, for one value)."""
        lo, hi = node_range_of(scene) if scene.node_quantity == "gradient" else GRADIENT_LOG_RANGE
        return _fraction(norm, lo, hi)

    def _level_color(self, level: int) -> QColor:
        """The colour of a node level of the gradient scale (made once)."""
        color = self._level_colors.get(level)
        if color is None:
            color = self._level_colors[level] = rgba_qcolor(colors.node_table("gradient")[level])
        return color

    def _draw_diverged(self, painter: QPainter, bar: QRectF, line_px: float) -> None:
        """A diverged (NaN/inf) bar: full, in the error colour, hatched with the track's colour,
        since its red nears some healthy bar colour under a colour-vision deficiency."""
        pal = self._style.palette
        painter.fillRect(bar, pal.error)
        painter.save()
        painter.setClipRect(bar, Qt.ClipOperation.IntersectClip)
        painter.setPen(pen(pal.bar_track, max(2.0, line_px)))
        step = max(6.0, 0.9 * bar.width())
        y = bar.top() - bar.width()
        while y < bar.bottom() + bar.width():
            painter.drawLine(QPointF(bar.left(), y + bar.width()), QPointF(bar.right(), y))
            y += step
        painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)

    def draw_bars(self, painter: QPainter, scene: SceneState, lay: Layout, which: str = "all") -> None:
        """The tracks and the baseline ("static"); the values ("live")."""
        pal = self._style.palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        static, live = which != "live", which != "static"
        bars = [(col, lc.bar) for col, lc in zip(scene.columns, lay.columns) if lc.bar is not None]
        lo, hi = node_range_of(scene) if scene.node_quantity == "gradient" else GRADIENT_LOG_RANGE
        for col, bar in bars:  # (settled scenes: no bar exactly where grad_norm is None)
            if static:
                painter.fillRect(bar, pal.bar_track)
            if not live or col.grad_norm is None:  # animated frames: not reached yet, the track stays empty
                continue
            norm = float(col.grad_norm)
            if not math.isfinite(norm):
                self._draw_diverged(painter, bar, lay.sizes.line_px)
                continue
            t = _fraction(norm, lo, hi)
            if t <= 0:
                continue
            level = min(int(t * colors.NODE_LEVELS), colors.NODE_LEVELS - 1)
            h = t * bar.height()
            painter.fillRect(QRectF(bar.left(), bar.bottom() - h, bar.width(), h), self._level_color(level))
        if static and bars:  # a common baseline makes the bars a chart across the layers
            first, last = bars[0][1], bars[-1][1]
            w = max(1.0, lay.sizes.line_px / 2)
            left = first.left() - first.width() / 2
            right = last.right() + last.width() / 2
            painter.fillRect(QRectF(left, last.bottom(), right - left, w), pal.muted_text)
