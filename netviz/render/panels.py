"""The step animation's panels: the phase chip in the title row (with a progress line), the band
under the network with the phase caption and the focused unit's equations in monospace, the
loss box beside the output column, and the computational graph (``compgraph``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from netviz.animation.scene import LossView, SceneState
from netviz.animation.words import fill
from netviz.i18n import translate
from netviz.render.compgraph import CompGraphPanel
from netviz.render.layout import ANIM_CAPTION_LINES, ANIM_EQUATION_LINES, Layout
from netviz.render.primitives import pen
from netviz.render.style import Style
from netviz.render.text import TextPainter
from netviz.render.wording import format_number


class AnimationPanels:
    """Draws the panels of an animated frame (each only when its fields are set)."""

    def __init__(self, style: Style, text: TextPainter) -> None:
        self._style = style
        self._text = text
        self.graph = CompGraphPanel(style, text)

    def draw(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        if lay.phase_rect is not None and scene.phase_label:
            self._draw_phase_chip(painter, scene, lay.phase_rect, lay, raster)
        if lay.anim_band is not None and (scene.phase_caption or scene.equation):
            self._draw_band(painter, scene, lay.anim_band, lay, raster)
        # The loss box while the loss is the news: its phase, and the backward phase of the output layer.
        if (scene.loss_view is not None and scene.loss_view.emphasis > 0
                and (scene.phase_kind in ("", "loss") or (scene.phase_kind == "backward"
                                                           and scene.active_column == len(scene.columns) - 1))):
            self._draw_loss_view(painter, scene.loss_view, lay, raster)
        if scene.comp_graph is not None and lay.graph_rect is not None:
            self.graph.draw(painter, scene.comp_graph, lay, raster)

    def _draw_phase_chip(self, painter: QPainter, scene: SceneState, r: QRectF, lay: Layout, raster: bool) -> None:
        ac = self._style.palette.overlay
        radius = r.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ac.accent(scene.phase_kind))
        painter.drawRoundedRect(r, radius, radius)
        # Progress through the phase: a darker line along the bottom of the chip.
        p = min(max(float(scene.phase_progress), 0.0), 1.0)
        if p > 0:
            shade = QColor(ac.chip_text)
            shade.setAlpha(110)
            h = max(2.0, 0.12 * r.height())
            painter.setBrush(shade)
            painter.drawRect(QRectF(r.left() + radius, r.bottom() - 1.6 * h, (r.width() - 2 * radius) * p, h))
        self._text.draw(painter, raster, scene.phase_label,
                        r.adjusted(radius * 0.6, 0, -radius * 0.6, -0.1 * r.height()), lay.sizes.caption_px,
                        ac.chip_text, bold=True, align="center")

    def _draw_band(self, painter: QPainter, scene: SceneState, band: QRectF, lay: Layout, raster: bool) -> None:
        pal, ac = self._style.palette, self._style.palette.overlay
        z = lay.sizes
        painter.setPen(pen(ac.panel_edge, max(1.0, z.line_px / 2)))
        painter.setBrush(ac.panel)
        painter.drawRoundedRect(band, z.gap * 0.6, z.gap * 0.6)
        painter.fillRect(QRectF(band.left(), band.top() + z.gap * 0.6, max(3.0, 0.4 * z.gap),
                                band.height() - 1.2 * z.gap), ac.accent(scene.phase_kind))
        inner = band.adjusted(z.gap * 1.4, z.gap * 0.4, -z.gap, -z.gap * 0.4)
        cap_lh, px = z.line_height(z.caption_px), z.text_px
        lh = z.line_height(px)
        # The caption wraps and is never cut: when it needs more than its ANIM_CAPTION_LINES it
        # takes the equations' room. Equations wrap at their spaces (continuations indented);
        # a line that does not fit whole is left out, never drawn cut.
        caption = (self._text.wrapped(scene.phase_caption, inner.width(), z.caption_px, None)
                   if scene.phase_caption else [])
        y_eq = max(len(caption) * cap_lh, min(ANIM_CAPTION_LINES * cap_lh, inner.height() - lh))
        # Each equation line with its continuations: all of them fit, or the line is left out.
        lines = [(self._wrap_mono(line, inner.width(), px), pal.muted_text if k == 0 else pal.text)
                 for k, line in enumerate(scene.equation[:ANIM_EQUATION_LINES])]
        y = inner.top()
        for line in caption:  # never cut, whatever the room
            self._text.draw(painter, raster, line, QRectF(inner.left(), y, inner.width(), cap_lh), z.caption_px,
                            pal.text)
            y += cap_lh
        y = inner.top() + y_eq
        for parts, color in lines:
            if y + len(parts) * lh > inner.bottom() + 1:
                break
            for part in parts:
                self._text.draw(painter, raster, part, QRectF(inner.left(), y, inner.width(), lh), px, color,
                                mono=True, elide=False)
                y += lh

    def _wrap_mono(self, line: str, width: float, px: int) -> list[str]:
        """An equation line in lines no wider than ``width``, broken at spaces, continuations indented."""
        if self._text.measure(line, px, False, True) <= width:
            return [line]
        parts: list[str] = []
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and self._text.measure(candidate, px, False, True) > width:
                parts.append(current)
                current = "    " + word
            else:
                current = candidate
        if current:
            parts.append(current)
        return parts

    @staticmethod
    def loss_lines(lv: LossView) -> list[str]:
        """The loss box's lines: prediction vs target, the loss (per example and batch mean), the penalty."""
        fmt = format_number
        pred = np.asarray(lv.prediction, dtype=float).reshape(-1)
        target = np.asarray(lv.target, dtype=float).reshape(-1)
        k = pred.size
        if k == 1:
            lines = [fill(translate("Picture", "prediction %1"), fmt(pred[0])),
                     fill(translate("Picture", "vs target %1"), fmt(target[0]))]
        elif k <= 3:
            lines = [fill(translate("Picture", "prediction %1"), ", ".join(fmt(v) for v in pred)),
                     fill(translate("Picture", "vs target %1"), ", ".join(fmt(v) for v in target))]
        else:
            pi, ti = int(np.nanargmax(pred)) if np.isfinite(pred).any() else 0, int(np.argmax(target))
            lines = [fill(translate("Picture", "predicted class %1 (%2)"), pi + 1, fmt(pred[pi])),
                     fill(translate("Picture", "vs target class %1"), ti + 1)]
        if lv.example_loss is not None:
            lines.append(fill(translate("Picture", "→ loss %1 (this example)"), fmt(lv.example_loss)))
            lines.append(fill(translate("Picture", "batch mean %1"), fmt(lv.loss)))
        else:
            lines.append(fill(translate("Picture", "→ loss %1"), fmt(lv.loss)))
        if lv.penalty:
            lines.append(fill(translate("Picture", "+ penalty %1"), fmt(lv.penalty)))
        lines.append(lv.loss_name)
        return lines

    def _draw_loss_view(self, painter: QPainter, lv: LossView, lay: Layout, raster: bool) -> None:
        """The loss box above the output column (below it, or at the top, when there is no room)."""
        pal, ac = self._style.palette, self._style.palette.overlay
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        lines = self.loss_lines(lv)
        w = max(self._text.measure(t, px, t.startswith("\u2192")) for t in lines) + 2 * z.gap
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
        painter.setPen(pen(ac.loss, max(1.5, z.line_px)))
        painter.setBrush(ac.panel)
        painter.drawRoundedRect(box, z.gap * 0.6, z.gap * 0.6)
        y = box.top() + z.gap / 2
        for j, t in enumerate(lines):
            arrow = t.startswith("\u2192")
            color = ac.loss if arrow else (pal.muted_text if j == len(lines) - 1 else pal.text)
            self._text.draw(painter, raster, t, QRectF(box.left() + z.gap, y, w - 2 * z.gap, lh), px, color, bold=arrow)
            y += lh
        painter.restore()
