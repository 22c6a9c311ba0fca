"""The step animation's overlay: what the renderer draws for a frame whose ``SceneState.phase_kind`` is not "".

Every draw here reads only the scene's animation fields, and each of those at its default
(the settled picture) draws nothing, so settled scenes look exactly as without it. The
colours are the theme's (``Theme.animation``).

- The wave on the edges (``EdgeBundle.flow``): each carrying edge is lit from its source
  end up to the front, in the wave's colour (forward: amber, the activation travelling to
  the next layer; backward: cyan, the gradient travelling back), with a dot at the front.
  Lit edges are grouped in two pens (stronger and weaker half by |value|), one
  ``drawLines`` each; at most ``FLOW_CAP`` edges, the strongest (a third of it, thinner, in
  dense bundles).
- ``EdgeBundle.emphasis``: folded into the edges' fade (``edges.edge_fade``): not computed
  yet draws them faint.
- ``EdgeBundle.change`` (update phase): a glow under the edges whose weights moved,
  wider where |change| is larger (three pens), at most ``CHANGE_CAP`` edges, those
  moved by at least a fifth of the largest change.
- ``NodeColumn.emphasis``: a veil of the background over the column's nodes, opaque by
  ``DIM`` * (1 - emphasis): dim before the pass reaches the column, fading in as it arrives.
- ``NodeColumn.blocked``: a red stop bar on the input side of each blocked unit (not
  dropped) once the wave arrives: the gradient reaches it and goes no further.
- ``NodeColumn.biases`` (update phase): the bias as a signed number under each node
  (columns of at most ``BIAS_LABELS`` units: more would bury the edges).
- Panels (``panels.AnimationPanels``): the phase chip, the caption band, the loss box and
  the computational graph.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from netviz.animation.scene import EdgeBundle, NodeColumn, SceneState
from netviz.render.edges import EdgePainter
from netviz.render.layout import ColumnLayout, Layout
from netviz.render.panels import AnimationPanels
from netviz.render.primitives import draw_lines, mix, pen
from netviz.render.style import Style
from netviz.render.text import TextPainter
from netviz.render.wording import format_number

FLOW_CAP = 300  # lit edges per bundle at most (the strongest by |value|)
CHANGE_CAP = 120  # glowing edges at most (the largest |change|)
DIM = 0.78  # how far a column not reached yet sinks into the background
BIAS_LABELS = 8


class AnimationOverlay:
    """Draws the animation fields of a scene, in three passes the renderer calls in paint order:
    ``draw_edges`` (glow under the edges, then the wave over them), ``draw_nodes`` (veils, stop
    bars, biases over the nodes) and ``draw_panels`` (over everything but the banner)."""

    def __init__(self, style: Style, text: TextPainter, edges: EdgePainter) -> None:
        self._style = style
        self._text = text
        self._edges = edges
        self.panels = AnimationPanels(style, text)

    # ----- edges --------------------------------------------------------------------

    def draw_under_edges(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        """The glow under the edges whose weights moved (update phase)."""
        if any(e.change is not None for e in scene.edges):
            self._draw_change_glow(painter, scene, lay, raster)

    def draw_over_edges(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool,
                        stats: dict[str, Any]) -> None:
        """The wave on the edges."""
        if any(e.flow is not None for e in scene.edges):
            self._draw_flow(painter, scene, lay, raster, stats)

    def _draw_flow(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool,
                   stats: dict[str, Any]) -> None:
        segs_all, offsets = self._edges.geometry(lay)
        # As the edges: aliased in quality "fast" on raster devices; flat caps and opaque colours
        # (antialiased round caps cost 30x, translucency 5-10x).
        aa = self._style.edge_aa(raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lit_total = 0
        for i, e in enumerate(scene.edges):
            if e.flow is None or i + 1 >= len(lay.columns) or offsets[i + 1] - offsets[i] != e.values.size:
                continue
            f = min(max(float(e.flow), 0.0), 1.0)
            if not f > 0:
                continue
            lit_total += self._draw_wave(painter, e, f, segs_all[offsets[i]:offsets[i + 1]], lay,
                                         lay.columns[i], lay.columns[i + 1], aa)
        stats["flow_edges"] = lit_total

    def _draw_wave(self, painter: QPainter, e: EdgeBundle, f: float, seg: np.ndarray, lay: Layout,
                   a: ColumnLayout, b: ColumnLayout, aa: bool) -> int:
        """One bundle's wave, lit up to ``f`` of the way; returns the number of lit edges."""
        z = lay.sizes
        mag = np.abs(np.asarray(e.values, dtype=float).ravel())
        mag = np.where(np.isfinite(mag), mag, np.inf)
        carry = np.ones(mag.size, bool) if e.carries is None else np.asarray(e.carries, bool).ravel()
        idx = np.flatnonzero(carry)
        # Dense bundles (thin edges) get fewer, thinner lit edges, or the wave is a solid block.
        dense = lay.edge_width < 0.75 * z.line_px
        cap = FLOW_CAP // 3 if dense else FLOW_CAP
        # And a full bundle (16 x 16 = 256 edges) lit at once reads as a solid block: about
        # four lit edges per unit of the wider column show the wave and leave it readable.
        n_src, n_dst = np.shape(e.values)
        cap = min(cap, max(64, 4 * max(n_src, n_dst)))
        if idx.size > cap:
            idx = idx[np.argpartition(mag[idx], idx.size - cap)[idx.size - cap:]]
        if idx.size == 0:
            return 0
        s = seg[idx]
        backward = e.flow_direction == "backward"
        src, dst = (s[:, 2:4], s[:, 0:2]) if backward else (s[:, 0:2], s[:, 2:4])
        front = src + f * (dst - src)
        lit = np.ascontiguousarray(np.column_stack([src, front]))
        ac = self._style.palette.overlay
        color = ac.backward if backward else ac.forward
        m = mag[idx]
        strong = m >= np.median(m) if m.size > 1 else np.ones(m.size, bool)
        thin = max(1.0, z.line_px * (0.6 if dense else 1.0))
        if not aa:
            thin = float(round(thin))
        for sel, width in ((~strong, thin), (strong, 2.0 * thin)):
            part = np.ascontiguousarray(lit[sel])
            if part.shape[0]:
                painter.setPen(pen(color, width))
                draw_lines(painter, part)
        if f < 1.0:  # the front: a dot on every lit edge
            r_dot = max(2.5, min(0.22 * min(a.radius, b.radius), 2.5 * thin))
            painter.setPen(pen(color, 2 * r_dot, Qt.PenCapStyle.RoundCap))
            painter.drawPoints(QPolygonF([QPointF(x, y) for x, y in front.tolist()]))
        return int(idx.size)

    def _draw_change_glow(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        segs_all, offsets = self._edges.geometry(lay)
        parts, mags = [], []
        for i, e in enumerate(scene.edges):
            if e.change is None or offsets[i + 1] - offsets[i] != e.values.size:
                continue
            mags.append(np.abs(np.nan_to_num(np.asarray(e.change, dtype=float).ravel(), nan=0.0)))
            parts.append(segs_all[offsets[i]:offsets[i + 1]])
        if not parts:
            return
        mag = np.concatenate(mags)
        segs = np.concatenate(parts)
        top = float(mag.max()) if mag.size else 0.0
        if not top > 0:
            return
        idx = np.flatnonzero(mag >= 0.2 * top)
        if idx.size > CHANGE_CAP:
            idx = idx[np.argpartition(mag[idx], idx.size - CHANGE_CAP)[idx.size - CHANGE_CAP:]]
        level = np.minimum(2, (mag[idx] / top * 3).astype(int))
        progress = min(max(float(scene.phase_progress), 0.0), 1.0) if scene.phase_kind == "update" else 1.0
        # Opaque: the glow colour mixed with the background (blending translucent lines costs 5-10x).
        pal = self._style.palette
        glow = mix(pal.background, pal.overlay.glow, 0.3 + 0.45 * progress)
        aa = self._style.edge_aa(raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        z = lay.sizes
        for k in range(3):
            sel = np.ascontiguousarray(segs[idx[level == k]])
            if sel.shape[0]:
                width = lay.edge_width * 2 + (k + 1) * 2.5 * z.line_px
                painter.setPen(pen(glow, width if aa else float(round(width))))
                draw_lines(painter, sel)

    # ----- nodes --------------------------------------------------------------------

    def draw_nodes(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool = True) -> None:
        """Veils over the columns not reached yet, stop bars at blocked units, the biases."""
        for i, (col, lc) in enumerate(zip(scene.columns, lay.columns)):
            if lc.ys.size == 0:
                continue
            emphasis = float(col.emphasis)
            if emphasis < 1.0:
                self._draw_veil(painter, col, lc, lay, emphasis)
            if col.blocked is not None and emphasis > 0:
                self._draw_stop_bars(painter, col, lc, lay, emphasis)
            if col.biases is not None and lc.ys.size <= BIAS_LABELS and not lay.compact:
                focus = scene.focus[1] if scene.focus is not None and scene.focus[0] == i else None
                self._draw_biases(painter, col, lc, lay, raster, focus)

    def _draw_veil(self, painter: QPainter, col: NodeColumn, lc: ColumnLayout, lay: Layout, emphasis: float) -> None:
        veil = QColor(self._style.palette.background)
        veil.setAlphaF(DIM * (1.0 - min(max(emphasis, 0.0), 1.0)))
        # Aliased: an antialiased translucent fill cost ~0.8 ms a column, and the rim
        # of a dimming veil in the background colour shows no steps.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(veil)
        r = lc.radius + lay.sizes.outline_px
        if lc.ys.size <= 400 and col.heatmaps is None:
            # One path for the column, not an ellipse per node (measured 130 us each).
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for y in lc.ys.tolist():
                path.addEllipse(QPointF(lc.x, y), r, r)
            painter.drawPath(path)
        else:
            painter.drawRect(QRectF(lc.x - r, lc.ys[0] - r, 2 * r, lc.ys[-1] - lc.ys[0] + 2 * r))

    def _draw_stop_bars(self, painter: QPainter, col: NodeColumn, lc: ColumnLayout, lay: Layout,
                        emphasis: float) -> None:
        n = lc.ys.size
        blocked = np.asarray(col.blocked, bool).reshape(-1)[:n] & ~np.asarray(col.dropped, bool).reshape(-1)[:n]
        if not blocked.any():
            return
        r = lc.radius
        w = max(3.0, 0.34 * r)
        x = lc.x - r - lay.sizes.outline_px - 0.9 * w
        ys = lc.ys[blocked]
        h = max(0.85 * r, 3.0)
        segs = np.ascontiguousarray(np.column_stack([np.full(ys.size, x), ys - h, np.full(ys.size, x), ys + h]))
        color = QColor(self._style.palette.error)
        color.setAlphaF(min(1.0, 0.35 + 0.65 * min(emphasis, 1.0) * 1.0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        painter.setPen(pen(color, w, Qt.PenCapStyle.RoundCap))
        draw_lines(painter, segs)

    def _draw_biases(self, painter: QPainter, col: NodeColumn, lc: ColumnLayout, lay: Layout, raster: bool,
                     focus: int | None) -> None:
        """"b 0.031" beside every node where the labels fit between this column and the next
        (and one label's height apart); else beside the focused node only, on a panel over the
        edges. Never overlapping, never elided."""
        z = lay.sizes
        px = max(z.min_text_px, round(z.text_px * 0.8))
        b = np.asarray(col.biases, dtype=float).reshape(-1)[:lc.ys.size]
        lh = z.line_height(px)
        texts = ["b " + format_number(v) for v in b.tolist()]
        widths = [self._text.measure(t, px) for t in texts]
        left = lc.x + lc.radius + 0.3 * z.gap
        nxt = next((c for c in lay.columns if c.index == lc.index + 1), None)
        room = (nxt.x - nxt.radius - 0.3 * z.gap if nxt is not None else lay.network.right()) - left
        muted = self._style.palette.muted_text
        if max(widths, default=0.0) <= room and (lc.ys.size < 2 or lc.spacing >= lh):
            for y, t, w in zip(lc.ys.tolist(), texts, widths):
                self._text.draw(painter, raster, t, QRectF(left, y - lh / 2, w, lh), px, muted, elide=False)
            return
        if focus is None or not 0 <= focus < len(texts):
            return
        w, y = widths[focus], float(lc.ys[focus])
        if left + w > lay.network.right():  # no room at the right: the label goes to the node's left
            left = lc.x - lc.radius - 0.3 * z.gap - w
        pad = 0.25 * px
        box = QRectF(left - pad, y - lh / 2, w + 2 * pad, lh)
        ac = self._style.palette.overlay
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        painter.setPen(pen(ac.panel_edge, max(1.0, z.line_px / 2)))
        painter.setBrush(ac.panel)
        painter.drawRoundedRect(box, pad, pad)
        self._text.draw(painter, raster, texts[focus], QRectF(left, y - lh / 2, w, lh), px, self._style.palette.text,
                        elide=False)

    # ----- panels -------------------------------------------------------------------

    def draw_panels(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        """The phase chip, the caption band, the loss box and the computational graph."""
        self.panels.draw(painter, scene, lay, raster)
