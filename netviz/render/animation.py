"""What the renderer draws for a frame of the step animation (``SceneState.phase_kind`` not "").

Every function here draws only from the scene's animation fields, and each of those at its
default (the settled picture) draws nothing, so settled scenes look exactly as before.

- The wave on the edges (``EdgeBundle.flow``): each carrying edge is lit from its source
  end up to the front, in the wave's colour (forward: amber, the activation travelling to
  the next layer; backward: cyan, the gradient travelling back), with a dot at the front.
  Lit edges are grouped in two pens (stronger and weaker half by |value|), one
  ``drawLines`` each; at most ``FLOW_CAP`` edges, the strongest (a third of it, thinner, in
  dense bundles).
- ``EdgeBundle.emphasis``: folded into the edges' fade (``edge_fade``): not computed yet
  draws them faint.
- ``EdgeBundle.change`` (update phase): a glow under the edges whose weights moved,
  wider where |change| is larger (three pens), at most ``CHANGE_CAP`` edges, those
  moved by at least a fifth of the largest change.
- ``NodeColumn.emphasis``: a veil of the background over the column's nodes, opaque by
  ``DIM`` * (1 - emphasis): dim before the pass reaches the column, fading in as it arrives.
- ``NodeColumn.blocked``: a red stop bar on the input side of each blocked unit (not
  dropped) once the wave arrives: the gradient reaches it and goes no further.
- ``NodeColumn.biases`` (update phase): the bias as a signed number under each node
  (columns of at most ``BIAS_LABELS`` units: more would bury the edges).
- Phase chip (``phase_label``, with a progress line) in the title row; a band under the
  network with the phase caption and the focused unit's equations in monospace;
  ``loss_view`` beside the output column; ``comp_graph`` in the layout's ``graph_rect``.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from netviz.animation.scene import EdgeBundle, SceneState
from netviz.render.layout import ANIM_CAPTION_LINES, ANIM_EQUATION_LINES, format_value, wrap_text

FLOW_CAP = 300  # lit edges per bundle at most (the strongest by |value|)
CHANGE_CAP = 120  # glowing edges at most (the largest |change|)
DIM = 0.78  # how far a column not reached yet sinks into the background
FAINT = 0.25  # the fade of edges whose values are not computed yet
BIAS_LABELS = 8

# Per theme (by the background's lightness): the wave's colours and the rest.
_DARK_COLORS = {
    "forward": "#ffb020", "backward": "#36d8ff", "loss": "#ff7ab6", "update": "#8be36b",
    "glow": "#fff07a", "chip_text": "#111111", "panel": "#1d2129", "panel_edge": "#3a3f4b",
}
_LIGHT_COLORS = {
    "forward": "#d66a00", "backward": "#0077c8", "loss": "#c2185b", "update": "#2e8b1e",
    "glow": "#f2b600", "chip_text": "#ffffff", "panel": "#f0f1ee", "panel_edge": "#c9ccd3",
}
_KIND_ACCENT = {"forward": "forward", "batch_norm": "forward", "loss": "loss", "backward": "backward",
                "update": "update"}


def edge_fade(e: EdgeBundle) -> np.ndarray:
    """The bundle's fade (opacity factor per edge, raveled), with its emphasis folded in."""
    fade = np.ones(e.values.size) if e.fade is None else np.asarray(e.fade, dtype=float).ravel()
    emphasis = float(e.emphasis)
    if emphasis < 1.0:
        fade = fade * (FAINT + (1.0 - FAINT) * max(0.0, emphasis))
    return fade


def _fmt(v: float | None) -> str:
    if v is None:
        return ""
    v = float(v)
    if not math.isfinite(v):
        return format_value(v)
    if v == 0:
        return "0"
    a = abs(v)
    text = f"{v:.3g}" if 1e-3 <= a < 1e4 else f"{v:.2e}".replace("e-0", "e-").replace("e+0", "e")
    return text.replace("-", "\u2212")


class AnimationPainter:
    """Mixin of NetworkRenderer: the drawing of the animation fields (see the module docstring)."""

    def _anim_colors(self) -> dict[str, QColor]:
        theme = self._theme
        cached = getattr(self, "_anim_cache", None)
        if cached is not None and cached[0] is theme:
            return cached[1]
        bg = QColor(theme.background)
        table = _DARK_COLORS if bg.lightness() < 128 else _LIGHT_COLORS
        c = {name: QColor(v) for name, v in table.items()}
        self._anim_cache = (theme, c)
        return c

    # ----- edges --------------------------------------------------------------------

    def _draw_flow(self, painter: QPainter, scene: SceneState, lay, raster: bool, stats: dict) -> None:
        segs_all, offsets = self._edge_geometry(lay)
        ac = self._anim_colors()
        z = lay.sizes
        # As the edges: aliased in quality "fast" on raster devices; flat caps and opaque colours
        # (antialiased round caps cost 30x, translucency 5-10x).
        aa = self._edge_aa(raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lit_total = 0
        for i, e in enumerate(scene.edges):
            if e.flow is None or i + 1 >= len(lay.columns) or offsets[i + 1] - offsets[i] != e.values.size:
                continue
            f = min(max(float(e.flow), 0.0), 1.0)
            if not f > 0:
                continue
            seg = segs_all[offsets[i]:offsets[i + 1]]
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
                continue
            s = seg[idx]
            backward = e.flow_direction == "backward"
            src, dst = (s[:, 2:4], s[:, 0:2]) if backward else (s[:, 0:2], s[:, 2:4])
            front = src + f * (dst - src)
            lit = np.ascontiguousarray(np.column_stack([src, front]))
            color = ac["backward" if backward else "forward"]
            m = mag[idx]
            strong = m >= np.median(m) if m.size > 1 else np.ones(m.size, bool)
            thin = max(1.0, z.line_px * (0.6 if dense else 1.0))
            if not aa:
                thin = float(round(thin))
            for sel, width in ((~strong, thin), (strong, 2.0 * thin)):
                part = np.ascontiguousarray(lit[sel])
                if part.shape[0]:
                    painter.setPen(self._pen(color, width))
                    _lines(painter, part)
            lit_total += idx.size
            if f < 1.0:  # the front: a dot on every lit edge
                r_dot = max(2.5, min(0.22 * min(lay.columns[i].radius, lay.columns[i + 1].radius), 2.5 * thin))
                painter.setPen(self._pen(color, 2 * r_dot, Qt.PenCapStyle.RoundCap))
                painter.drawPoints(QPolygonF([QPointF(x, y) for x, y in front.tolist()]))
        stats["flow_edges"] = lit_total

    def _draw_change_glow(self, painter: QPainter, scene: SceneState, lay, raster: bool) -> None:
        segs_all, offsets = self._edge_geometry(lay)
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
        glow = _mix(self._c["background"], self._anim_colors()["glow"], 0.3 + 0.45 * progress)
        aa = self._edge_aa(raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        z = lay.sizes
        for k in range(3):
            sel = np.ascontiguousarray(segs[idx[level == k]])
            if sel.shape[0]:
                width = lay.edge_width * 2 + (k + 1) * 2.5 * z.line_px
                painter.setPen(self._pen(glow, width if aa else float(round(width))))
                _lines(painter, sel)

    # ----- nodes --------------------------------------------------------------------

    def _draw_node_states(self, painter: QPainter, scene: SceneState, lay) -> None:
        z = lay.sizes
        for col, lc in zip(scene.columns, lay.columns):
            n = lc.ys.size
            if n == 0:
                continue
            emphasis = float(col.emphasis)
            if emphasis < 1.0:
                veil = QColor(self._c["background"])
                veil.setAlphaF(DIM * (1.0 - min(max(emphasis, 0.0), 1.0)))
                # Aliased: an antialiased translucent fill cost ~0.8 ms a column, and the rim
                # of a dimming veil in the background colour shows no steps.
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(veil)
                r = lc.radius + z.outline_px
                if n <= 400 and col.heatmaps is None:
                    # One path for the column, not an ellipse per node (measured 130 us each).
                    path = QPainterPath()
                    path.setFillRule(Qt.FillRule.WindingFill)
                    for y in lc.ys.tolist():
                        path.addEllipse(QPointF(lc.x, y), r, r)
                    painter.drawPath(path)
                else:
                    painter.drawRect(QRectF(lc.x - r, lc.ys[0] - r, 2 * r, lc.ys[-1] - lc.ys[0] + 2 * r))
            if col.blocked is not None and emphasis > 0:
                blocked = np.asarray(col.blocked, bool).reshape(-1)[:n] & ~np.asarray(col.dropped, bool).reshape(-1)[:n]
                if blocked.any():
                    r = lc.radius
                    w = max(3.0, 0.34 * r)
                    x = lc.x - r - z.outline_px - 0.9 * w
                    ys = lc.ys[blocked]
                    h = max(0.85 * r, 3.0)
                    segs = np.ascontiguousarray(np.column_stack([np.full(ys.size, x), ys - h, np.full(ys.size, x), ys + h]))
                    color = QColor(self._c["error"])
                    color.setAlphaF(min(1.0, 0.35 + 0.65 * min(emphasis, 1.0) * 1.0))
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
                    painter.setPen(self._pen(color, w, Qt.PenCapStyle.RoundCap))
                    _lines(painter, segs)
            if col.biases is not None and n <= BIAS_LABELS and not lay.compact:
                px = max(12, int(round(z.text_px * 0.8)))
                b = np.asarray(col.biases, dtype=float).reshape(-1)[:n]
                lh = z.line_height(px)
                for y, v in zip(lc.ys.tolist(), b.tolist()):
                    text = "b " + _fmt(v)
                    r = QRectF(lc.x + lc.radius + 0.3 * z.gap, y - lh / 2, 5.5 * px, lh)
                    self._text(painter, True, text, r, px, self._c["muted_text"])

    # ----- panels -------------------------------------------------------------------

    def _draw_animation_panels(self, painter: QPainter, scene: SceneState, lay, raster: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
        if lay.phase_rect is not None and scene.phase_label:
            self._draw_phase_chip(painter, scene, lay, raster)
        if lay.anim_band is not None and (scene.phase_caption or scene.equation):
            self._draw_band(painter, scene, lay, raster)
        # The loss box while the loss is the news: its phase, and the backward phase of the output layer.
        if (scene.loss_view is not None and scene.loss_view.emphasis > 0
                and (scene.phase_kind in ("", "loss") or (scene.phase_kind == "backward"
                                                           and scene.active_column == len(scene.columns) - 1))):
            self._draw_loss_view(painter, scene, lay, raster)
        if scene.comp_graph is not None and lay.graph_rect is not None:
            self._draw_graph(painter, scene, lay, raster)

    def _draw_phase_chip(self, painter: QPainter, scene: SceneState, lay, raster: bool) -> None:
        ac = self._anim_colors()
        accent = ac[_KIND_ACCENT.get(scene.phase_kind, "forward")]
        r = lay.phase_rect
        z = lay.sizes
        radius = r.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(r, radius, radius)
        # Progress through the phase: a darker line along the bottom of the chip.
        p = min(max(float(scene.phase_progress), 0.0), 1.0)
        if p > 0:
            shade = QColor(ac["chip_text"])
            shade.setAlpha(110)
            h = max(2.0, 0.12 * r.height())
            painter.setBrush(shade)
            painter.drawRect(QRectF(r.left() + radius, r.bottom() - 1.6 * h, (r.width() - 2 * radius) * p, h))
        self._text(painter, raster, scene.phase_label, r.adjusted(radius * 0.6, 0, -radius * 0.6, -0.1 * r.height()),
                   z.caption_px, ac["chip_text"], bold=True, align="center")

    def _wrapped(self, text: str, width: float, px: int, max_lines: int) -> list[str]:
        cache = self.__dict__.setdefault("_wrap_cache", {})
        key = (text, round(width, 1), px, max_lines)
        lines = cache.get(key)
        if lines is None:
            if len(cache) > 256:
                cache.clear()
            lines = wrap_text(text, width, px, self.measure, max_lines=max_lines)
            cache[key] = lines
        return lines

    def _draw_band(self, painter: QPainter, scene: SceneState, lay, raster: bool) -> None:
        ac = self._anim_colors()
        z = lay.sizes
        band = lay.anim_band
        painter.setPen(self._pen(ac["panel_edge"], max(1.0, z.line_px / 2)))
        painter.setBrush(ac["panel"])
        painter.drawRoundedRect(band, z.gap * 0.6, z.gap * 0.6)
        accent = ac[_KIND_ACCENT.get(scene.phase_kind, "forward")]
        painter.fillRect(QRectF(band.left(), band.top() + z.gap * 0.6, max(3.0, 0.4 * z.gap),
                                band.height() - 1.2 * z.gap), accent)
        inner = band.adjusted(z.gap * 1.4, z.gap * 0.4, -z.gap, -z.gap * 0.4)
        y = inner.top()
        cap_lh = z.line_height(z.caption_px)
        if scene.phase_caption:
            for line in self._wrapped(scene.phase_caption, inner.width(), z.caption_px, ANIM_CAPTION_LINES):
                self._text(painter, raster, line, QRectF(inner.left(), y, inner.width(), cap_lh), z.caption_px,
                           self._c["text"])
                y += cap_lh
        y = max(y, inner.top() + ANIM_CAPTION_LINES * cap_lh)
        px = z.text_px
        lh = z.line_height(px)
        for k, line in enumerate(scene.equation[:ANIM_EQUATION_LINES]):
            if y + lh > band.bottom() + 1:
                break
            color = self._c["muted_text"] if k == 0 else self._c["text"]
            self._text(painter, raster, line, QRectF(inner.left(), y, inner.width(), lh), px, color, mono=True,
                       bold=False)
            y += lh

    def _draw_loss_view(self, painter: QPainter, scene: SceneState, lay, raster: bool) -> None:
        lv = scene.loss_view
        ac = self._anim_colors()
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        pred = np.asarray(lv.prediction, dtype=float).reshape(-1)
        target = np.asarray(lv.target, dtype=float).reshape(-1)
        k = pred.size
        if k == 1:
            lines = [f"prediction {_fmt(pred[0])}", f"vs target {_fmt(target[0])}"]
        elif k <= 3:
            lines = ["prediction " + ", ".join(_fmt(v) for v in pred), "vs target " + ", ".join(_fmt(v) for v in target)]
        else:
            pi, ti = int(np.nanargmax(pred)) if np.isfinite(pred).any() else 0, int(np.argmax(target))
            lines = [f"predicted class {pi + 1} ({_fmt(pred[pi])})", f"vs target class {ti + 1}"]
        if lv.example_loss is not None:
            lines.append(f"\u2192 loss {_fmt(lv.example_loss)} (this example)")
            lines.append(f"batch mean {_fmt(lv.loss)}")
        else:
            lines.append(f"\u2192 loss {_fmt(lv.loss)}")
        if lv.penalty:
            lines.append(f"+ penalty {_fmt(lv.penalty)}")
        lines.append(lv.loss_name)
        w = max(self.measure(t, px, t.startswith("\u2192")) for t in lines) + 2 * z.gap
        h = len(lines) * lh + z.gap
        out = lay.columns[-1]
        right = lay.network.right()
        left = min(out.x - w / 2, right - w)
        left = max(left, lay.network.left())
        above = out.ys[0] - out.radius - z.gap - h
        below = out.ys[-1] + out.radius + z.gap
        if above >= lay.network.top():
            top = above
        elif below + h <= lay.network.bottom():
            top = below
        else:
            top = lay.network.top()
        box = QRectF(left, top, w, h)
        painter.save()
        painter.setOpacity(min(max(float(lv.emphasis), 0.0), 1.0))
        painter.setPen(self._pen(ac["loss"], max(1.5, z.line_px)))
        painter.setBrush(ac["panel"])
        painter.drawRoundedRect(box, z.gap * 0.6, z.gap * 0.6)
        y = box.top() + z.gap / 2
        for j, t in enumerate(lines):
            color = ac["loss"] if t.startswith("\u2192") else (self._c["muted_text"] if j == len(lines) - 1 else self._c["text"])
            self._text(painter, raster, t, QRectF(box.left() + z.gap, y, w - 2 * z.gap, lh), px, color,
                       bold=t.startswith("\u2192"))
            y += lh
        painter.restore()

    def _draw_graph(self, painter: QPainter, scene: SceneState, lay, raster: bool) -> None:
        g = scene.comp_graph
        ac = self._anim_colors()
        z = lay.sizes
        R = lay.graph_rect
        px = z.text_px
        lh = z.line_height(px)
        painter.setPen(self._pen(ac["panel_edge"], max(1.0, z.line_px / 2)))
        painter.setBrush(ac["panel"])
        painter.drawRoundedRect(R, z.gap * 0.6, z.gap * 0.6)
        inner = R.adjusted(z.gap, z.gap * 0.5, -z.gap, -z.gap)
        self._text(painter, raster, "Computational graph: " + g.title, QRectF(inner.left(), inner.top(), inner.width(), lh),
                   px, self._c["text"], bold=True)
        legend_y = inner.top() + lh
        self._text(painter, raster, "each box: value, then dL/d(value)", QRectF(inner.left(), legend_y, inner.width(), lh),
                   px, self._c["muted_text"])
        area = QRectF(inner.left(), legend_y + lh + z.gap * 0.5, inner.width(), inner.bottom() - legend_y - lh - z.gap * 0.5)
        cols = max(1.0, float(g.size[0]))
        rows = max(1.0, float(g.size[1]))
        cell_w = area.width() / cols
        cell_h = area.height() / rows
        box_w = min(cell_w * 0.8, 9.0 * px)
        box_h = min(max(cell_h * 0.86, 2 * lh), 3 * lh + z.gap * 0.4)
        centres = [(area.left() + (c + 0.5) * cell_w, area.top() + (r + 0.5) * cell_h) for c, r in
                   (n.position for n in g.nodes)]
        direction, flow = g.flow_direction, g.flow
        lit_color = ac["backward" if direction == "backward" else "forward"]
        front_col = None
        span = max(cols - 1.0, 1e-9)
        if direction is not None and flow is not None:
            fl = min(max(float(flow), 0.0), 1.0)
            front_col = fl * span if direction == "forward" else (1.0 - fl) * span
        muted = self._pen(self._c["muted_text"], max(1.5, z.line_px))
        # Edges (forward direction a -> b), lit up to the front.
        for a, b in g.edges:
            if not (0 <= a < len(g.nodes) and 0 <= b < len(g.nodes)):
                continue
            (ax, ay), (bx, by) = centres[a], centres[b]
            p0 = QPointF(ax + box_w / 2, ay)
            p1 = QPointF(bx - box_w / 2, by)
            painter.setPen(muted)
            painter.drawLine(p0, p1)
            self._arrow_head(painter, p0, p1, 0.45 * px)
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
            painter.setPen(self._pen(lit_color, max(3.0, 2.0 * z.line_px), Qt.PenCapStyle.RoundCap))
            painter.drawLine(start, tip)
            if t < 1:
                painter.setPen(self._pen(lit_color, max(8.0, 0.5 * px), Qt.PenCapStyle.RoundCap))
                painter.drawPoint(tip)
            elif direction == "backward":
                self._arrow_head(painter, start, end, 0.55 * px)
        # Boxes: label, value, gradient (or change).
        for node, (cx, cy) in zip(g.nodes, centres):
            box = QRectF(cx - box_w / 2, cy - box_h / 2, box_w, box_h)
            focus = node.kind == "output"
            edge = lit_color if (node.gradient is not None and direction == "backward") else self._c["muted_text"]
            if node.change is not None:
                edge = ac["update"]
            painter.setPen(self._pen(edge, max(1.5, z.line_px * (1.5 if focus else 1.0))))
            painter.setBrush(self._c["tag_background"])
            painter.drawRoundedRect(box, 0.2 * px, 0.2 * px)
            texts = [(node.label, self._c["text"], True)]
            if node.value is not None:
                texts.append((_fmt(node.value), ac["forward"], False))
            if node.change is not None:
                texts.append(("\u0394 " + _fmt(node.change), ac["update"], False))
            elif node.gradient is not None:
                texts.append(("\u2202 " + _fmt(node.gradient), ac["backward"], False))
            n_lines = len(texts)
            line_h = min(lh, box_h / max(n_lines, 1))
            y = cy - n_lines * line_h / 2
            for text, color, bold in texts:
                self._text(painter, raster, text, QRectF(box.left() + 2, y, box_w - 4, line_h), px, color, bold=bold,
                           align="center", mono=not bold)
                y += line_h
        if g.folded_terms:
            self._text(painter, raster, f"(\"more\" stands for {g.folded_terms} more inputs)",
                       QRectF(area.left(), area.bottom() - lh, area.width(), lh), px, self._c["muted_text"])

    def _arrow_head(self, painter: QPainter, p0: QPointF, p1: QPointF, size: float) -> None:
        dx, dy = p1.x() - p0.x(), p1.y() - p0.y()
        length = math.hypot(dx, dy)
        if length < 1e-6:
            return
        ux, uy = dx / length, dy / length
        for sgn in (1, -1):
            painter.drawLine(p1, QPointF(p1.x() - size * (ux * 0.9 - sgn * uy * 0.5),
                                         p1.y() - size * (uy * 0.9 + sgn * ux * 0.5)))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """Opaque a + t (b - a)."""
    return QColor(round(a.red() + t * (b.red() - a.red())), round(a.green() + t * (b.green() - a.green())),
                  round(a.blue() + t * (b.blue() - a.blue())))


def _lines(painter: QPainter, segments: np.ndarray) -> None:
    from netviz.render.renderer import _draw_lines  # noqa: PLC0415 - the renderer imports this module

    _draw_lines(painter, np.ascontiguousarray(segments, dtype=np.float64))
