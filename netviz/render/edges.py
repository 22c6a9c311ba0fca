"""The edges: their end points, which are drawn (level of detail), their pens, and the bands for the rest.

Edges are grouped by pen (colour and width level, see ``colors.edge_keys``) and each group is
one ``drawLines`` call over a numpy array, never a pen per edge; the colours are opaque (mixed
with the background), since blending translucent lines cost 5-10x; they start and end at the
node rims (the part under a node would not show). Above ``lod_threshold`` edges only the
``edge_budget`` strongest are drawn and the rest of each pair of columns becomes a faint band.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from netviz.animation.scene import EdgeBundle, SceneState
from netviz.render import colors, line_raster
from netviz.render.layout import Layout, edge_segments
from netviz.render.primitives import draw_line_groups
from netviz.render.style import Style

FAINT = 0.25  # the fade of edges whose values are not computed yet (animation)


def edge_fade(e: EdgeBundle) -> np.ndarray:
    """The bundle's fade (opacity factor per edge, raveled), with its emphasis folded in."""
    fade = np.ones(e.values.size) if e.fade is None else np.asarray(e.fade, dtype=float).ravel()
    emphasis = float(e.emphasis)
    if emphasis < 1.0:
        fade = fade * (FAINT + (1.0 - FAINT) * max(0.0, emphasis))
    return fade


@dataclass(frozen=True, eq=False)
class EdgeSelection:
    """The edges of a frame to draw, sorted by pen."""

    segments: np.ndarray  # (n, 4) C-contiguous, rows grouped by edge key
    counts: np.ndarray  # (EDGE_KEYS,) edges per key
    starts: np.ndarray  # (EDGE_KEYS + 1,) first row of each key
    hidden: np.ndarray | None  # per bundle: the edges left to the band (level of detail), or None


class EdgePainter:
    """Edge geometry (cached per node geometry), selection by level of detail, pens, bands."""

    def __init__(self, style: Style, edge_budget: int, lod_threshold: int) -> None:
        self._style = style
        self.edge_budget = int(edge_budget)
        self.lod_threshold = int(lod_threshold)
        self._segments: tuple[Any, np.ndarray, np.ndarray] | None = None  # (geometry key, segments, offsets)
        self._pens: dict[tuple[int, float, bool], QPen] = {}
        # Aliased edges on an image drawn by ``line_raster`` once it is compiled (the live
        # window: its paints then leave the GIL to the training worker); Qt's otherwise.
        self.compiled_lines = False

    def clear(self) -> None:
        """Forget the pens (the theme's colours changed)."""
        self._pens.clear()

    def geometry(self, lay: Layout) -> tuple[np.ndarray, np.ndarray]:
        """All edges trimmed to the node rims, and the offsets of the bundles (``layout.edge_segments``)."""
        key = (lay.geometry_key(), tuple(c.radius for c in lay.columns))
        if self._segments is None or self._segments[0] != key:
            segs, offsets = edge_segments(lay, trim=True)
            self._segments = (key, segs, offsets)
        return self._segments[1], self._segments[2]

    def pen(self, key: int, base_width: float, aa: bool) -> QPen:
        """The pen of an edge key at the layout's base width."""
        width = base_width * float(self._style.palette.edge_width_factor[key])
        # Without antialiasing, fractional widths only cost time: whole pixels, .75 and above
        # rounding up. With the painter's rect clip (``paint`` always sets one), 1 px lines take
        # Qt's fastest path, 1.3-1.8x faster than 2 px, while 2, 3 or 4 px cost about the same
        # (measured; unclipped, 1 px lines are 2-3x slower instead). Rounding 1.5 up to 2 px
        # made the 2,000 edges of [2,64x12,1] (base width 0.58, strongest 1.59 px) cost 1.8x.
        width = max(1.0, math.floor(width + 0.25)) if not aa else max(1.0, round(width * 4) / 4)
        pen_key = (key, width, aa)
        pen = self._pens.get(pen_key)
        if pen is None:
            pen = QPen(self._style.palette.edge_colors[key])
            pen.setWidthF(width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._pens[pen_key] = pen
        return pen

    def select(self, scene: SceneState, lay: Layout, stats: dict[str, Any]) -> EdgeSelection | None:
        """The edges to draw, sorted by pen, or None when there are none."""
        if not scene.edges:
            return None
        segs, offsets = self.geometry(lay)
        total = segs.shape[0]
        stats["edges_total"] = total
        if total == 0:
            return None
        values = np.concatenate([np.asarray(e.values, dtype=float).ravel() for e in scene.edges])
        fades = None
        if any(e.fade is not None or e.emphasis < 1.0 for e in scene.edges):
            fades = np.concatenate([edge_fade(e) for e in scene.edges])
        if values.shape[0] != total:  # values whose shape does not match the columns: draw nothing
            raise ValueError(f"edges: {values.shape[0]} values for {total} edges between the columns")
        # The edges faded to nothing (a dropped unit's) are left out first: no pixels, no budget.
        shown: np.ndarray | None = None  # the indices of the edges left, if some fade to nothing
        if fades is not None:
            shown = np.flatnonzero(colors.fade_levels(fades) > 0)
            if shown.size < total:
                values, fades, segs = values[shown], fades[shown], segs[shown]
            else:
                shown = None
        count = values.shape[0]
        hidden = None
        if total > self.lod_threshold:  # by all edges, as the layout (its note, edge width) decides
            budget = max(0, min(self.edge_budget, count))
            priority = np.abs(values)
            priority[np.isnan(priority)] = np.inf  # a NaN weight is news: keep it
            selected = np.argpartition(priority, count - budget)[count - budget:] if budget else np.empty(0, int)
            edge_index = selected if shown is None else shown[selected]
            bundles = len(scene.edges)
            drawn_per_bundle = np.bincount(np.searchsorted(offsets, edge_index, side="right") - 1, minlength=bundles)
            in_bundle = np.diff(offsets) if shown is None else np.bincount(
                np.searchsorted(offsets, shown, side="right") - 1, minlength=bundles)
            hidden = in_bundle - drawn_per_bundle
            values = values[selected]
            fades = fades[selected] if fades is not None else None
            segs = segs[selected]
            stats["lod"] = True
            stats["edges_banded"] = count - budget
        stats["edges_drawn"] = values.shape[0]
        keys = colors.edge_keys(values, fades, scene.edge_range)
        order = np.argsort(keys, kind="stable")
        counts = np.bincount(keys, minlength=colors.EDGE_KEYS)
        return EdgeSelection(segments=np.ascontiguousarray(segs[order]), counts=counts,
                             starts=np.concatenate([[0], np.cumsum(counts)]), hidden=hidden)

    def draw(self, painter: QPainter, lay: Layout, edges: EdgeSelection, raster: bool, stats: dict[str, Any]) -> None:
        """One ``drawLines`` per pen, weak and faded edges first."""
        aa = self._style.edge_aa(raster)
        stats["antialias_edges"] = aa
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        counts = edges.counts
        keys = np.flatnonzero((counts > 0) & self._style.palette.edge_visible[: counts.shape[0]]).tolist()
        width = lay.edge_width
        starts = edges.starts.tolist()
        if not aa and self.compiled_lines and line_raster.draw_line_groups(
                painter, edges.segments, starts, keys, lambda key: self._style.palette.edge_colors[key].rgba(),
                lambda key: self.pen(key, width, aa).widthF()):
            stats["edges_compiled"] = True
            return
        draw_line_groups(painter, edges.segments, starts, keys, lambda key: self.pen(key, width, aa))

    def draw_bands(self, painter: QPainter, lay: Layout, hidden_per_bundle: np.ndarray) -> None:
        """A faint band between two columns for the edges not drawn one by one."""
        # Large faint areas: antialiasing them costs a millisecond and shows nowhere.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.antialias is True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._style.palette.band)
        for i, hidden in enumerate(hidden_per_bundle):
            a, b = lay.columns[i], lay.columns[i + 1]
            if hidden <= 0 or a.ys.size == 0 or b.ys.size == 0:
                continue
            painter.drawPolygon(QPolygonF([
                QPointF(a.x, a.ys[0] - a.radius), QPointF(b.x, b.ys[0] - b.radius),
                QPointF(b.x, b.ys[-1] + b.radius), QPointF(a.x, a.ys[-1] + a.radius)]))
