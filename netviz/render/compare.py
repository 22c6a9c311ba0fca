"""A compare frame: two scenes side by side in one picture, drawn by one renderer.

::

    Original: sigmoid                 |  Fix: ReLU                       (each side's title, wrapped)
    One colour scale for both sides: |dL/dz| 1e-8 to 1e+2; edges |W| up to 0.61
    +-- the original's picture ----+  |  +-- the fix's picture ---------+
    | step 120 · loss 0.69          |  |  | step 120 · loss 0.21         |

The sides are the renderer's usual pictures (their own legend, labels and bars) with their
title and caption drawn here instead, so that a long title wraps in a narrow half. The
renderer keeps the static layers of its last two layouts, so both halves stay on its fast
paths frame after frame.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from netviz.animation.compare import ScenePair, shared_scale_note
from netviz.animation.scene import SceneState
from netviz.render.text import DrawnText
from netviz.render.theme import Theme
from netviz.render.wording import wrap_text

MAX_TITLE_LINES = 2
STACK_BELOW_ASPECT = 1.5  # width / height under which the sides go one above the other


class NetworkRenderer(Protocol):
    """What a compare frame needs of the renderer (``renderer.NetworkRenderer``; named by its
    shape so that this module, which uses the renderer, is not one of the rooms it imports)."""

    theme: Theme
    presentation: bool
    last_texts: tuple[DrawnText, ...]

    def paint(self, painter: QPainter, scene: SceneState, rect: QRectF) -> None: ...

    def font(self, px: int, bold: bool = False, mono: bool = False) -> QFont: ...

    def measure(self, text: str, px: int, bold: bool = False, mono: bool = False) -> float: ...


def side_rects(rect: QRectF, gap: float) -> tuple[QRectF, QRectF]:
    """The two halves of ``rect``, ``gap`` apart."""
    half = (rect.width() - gap) / 2
    return (QRectF(rect.left(), rect.top(), half, rect.height()),
            QRectF(rect.left() + half + gap, rect.top(), half, rect.height()))


def paint_pair(renderer: NetworkRenderer, painter: QPainter, pair: ScenePair, rect: QRectF) -> None:
    """Draw ``pair`` into ``rect``: the shared scale's note, then each side under its title,
    side by side in a wide rect, one above the other in a squarer one (4:3: the halves of a
    side-by-side frame would be too narrow for the legends' words).
    ``renderer.last_texts`` lists the texts of the whole frame afterwards."""
    theme = renderer.theme
    stacked = rect.width() < STACK_BELOW_ASPECT * rect.height()
    z = (theme.sizes(rect.width(), rect.height() / 2, presentation=renderer.presentation) if stacked
         else theme.sizes(rect.width() / 2, rect.height(), presentation=renderer.presentation))
    gap, margin = z.gap, min(z.margin, rect.width() / 16)
    painter.fillRect(rect, QColor(theme.background))
    drawn: list[DrawnText] = []
    y = rect.top() + margin
    note_h = z.line_height(z.caption_px)
    width = rect.width() - 2 * margin
    for line in wrap_text(shared_scale_note(pair), width, z.caption_px, renderer.measure, max_lines=2):
        drawn.append(_text(painter, renderer, line, QRectF(rect.left() + margin, y, width, note_h), z.caption_px,
                           theme.muted_text))
        y += note_h
    body = QRectF(rect.left(), y, rect.width(), rect.bottom() - y)
    halves = stacked_rects(body, gap) if stacked else side_rects(body, 2 * gap)
    painter.setPen(QPen(QColor(theme.muted_text), max(1.0, z.line_px / 2)))
    if stacked:
        mid = (halves[0].bottom() + halves[1].top()) / 2
        painter.drawLine(int(rect.left() + margin), int(round(mid)), int(rect.right() - margin), int(round(mid)))
    else:
        mid = (halves[0].right() + halves[1].left()) / 2
        painter.drawLine(int(round(mid)), int(round(body.top() + gap)), int(round(mid)), int(round(body.bottom())))
    title_h = z.line_height(z.title_px)
    titles = [wrap_text(scene.title, half.width() - 2 * margin, z.title_px, renderer.measure, bold=True,
                        max_lines=MAX_TITLE_LINES) for half, scene in zip(halves, (pair.left, pair.right))]
    # Side by side, both pictures start under the taller title: the two sides' layouts match.
    rows = [max(len(t) for t in titles)] * 2 if not stacked else [len(t) for t in titles]
    for half, scene, lines, n_rows in zip(halves, (pair.left, pair.right), titles, rows):
        inner = half.adjusted(margin, 0, -margin, 0)
        top = half.top() + (gap if stacked else 0.0)
        for k, line in enumerate(lines):
            drawn.append(_text(painter, renderer, line, QRectF(inner.left(), top + k * title_h, inner.width(),
                                                               title_h), z.title_px, theme.text, bold=True))
        top += n_rows * title_h
        # The side's picture starts under its title; its own title row (empty) holds the step and loss.
        renderer.paint(painter, _untitled(scene), QRectF(half.left(), top, half.width(), half.bottom() - top))
        drawn.extend(renderer.last_texts)
    renderer.last_texts = tuple(drawn)


def stacked_rects(rect: QRectF, gap: float) -> tuple[QRectF, QRectF]:
    """The top and bottom halves of ``rect``, ``gap`` apart."""
    half = (rect.height() - gap) / 2
    return (QRectF(rect.left(), rect.top(), rect.width(), half),
            QRectF(rect.left(), rect.top() + half + gap, rect.width(), half))


def render_pair_image(renderer: NetworkRenderer, pair: ScenePair, width: int, height: int) -> QImage:
    """``pair`` drawn into a new width x height ARGB32 (premultiplied) image."""
    image = QImage(max(1, int(width)), max(1, int(height)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(renderer.theme.background))
    painter = QPainter(image)
    try:
        paint_pair(renderer, painter, pair, QRectF(0, 0, image.width(), image.height()))
    finally:
        painter.end()
    return image


def paint_frame(renderer: NetworkRenderer, painter: QPainter, frame: SceneState | ScenePair, rect: QRectF) -> None:
    """One frame of an export: a scene, or a compare pair side by side."""
    if isinstance(frame, ScenePair):
        paint_pair(renderer, painter, frame, rect)
    else:
        renderer.paint(painter, frame, rect)


def _untitled(scene: SceneState) -> SceneState:
    return replace(scene, title="", caption="")


def _text(painter: QPainter, renderer: NetworkRenderer, text: str, rect: QRectF, px: int, color: str,
          bold: bool = False) -> DrawnText:
    """One line, whole when it fits, else elided at the right (wrapped lines fit; a single
    word wider than a half is the exception)."""
    font = renderer.font(px, bold)
    painter.setFont(font)
    painter.setPen(QColor(color))
    shown = text
    if renderer.measure(text, px, bold) > rect.width():
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
    return DrawnText(text=text, shown=shown, px=px, rect=(rect.x(), rect.y(), rect.width(), rect.height()),
                     bold=bold)
