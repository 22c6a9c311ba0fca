"""The header of a frame: the title (wrapped), the phase chip, the step and loss, the caption;
and the legend's area, beside or under what is left for the network (see ``layout``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from netviz.render.layout_inputs import LayoutInputs
from netviz.render.wording import Measure, node_key_labels, phase_chip_samples, status_sample, wrap_text

MAX_CAPTION_LINES = 3
CAPTION_SHARE = 0.25
MAX_TITLE_LINES = 3  # a fix's long title in German or Italian, in presentation mode's large text


@dataclass(frozen=True)
class Frame:
    """The header, the legend's area and what is left for the network (``body``)."""

    body: QRectF
    title_rect: QRectF | None = None
    status_rect: QRectF | None = None
    phase_rect: QRectF | None = None
    caption_lines: tuple[tuple[str, QRectF], ...] = ()
    legend: QRectF | None = None
    side: str | None = None  # of the legend: "right" or "bottom"
    title_lines: tuple[tuple[str, QRectF], ...] = ()


def frame(inputs: LayoutInputs, inner: QRectF, measure: Measure) -> Frame:
    """The title with the step and loss at the right (and the phase chip between), the caption,
    then the legend at the right of wide rects or under tall ones."""
    z = inputs.sizes
    px, gap, top = z.text_px, z.gap, inner.top()
    lh = z.line_height(px)
    status_w = min(measure(status_sample(), px, False), inner.width() * (0.45 if inputs.titled else 1.0))
    # The step and the losses are never cut: they take room from a short title, and where they
    # do not fit beside the title even so (a narrow view, German's longer words), the status
    # gets a row of its own under the title.
    least = measure(status_sample(accuracy=False), px, False)
    own_row = False
    if inputs.titled and status_w < least:
        beside = inner.width() - gap - (measure(inputs.title, z.title_px, True) if inputs.title else 0.0)
        status_w = max(status_w, min(least, beside))
        own_row = status_w < least
    title_h = z.line_height(z.title_px)
    status_rect = QRectF(inner.right() - status_w, top, status_w, title_h)
    title_w = inner.width() if own_row else max(0.0, inner.width() - status_w - gap)
    title_lines, phase_rect = _title_and_chip(inputs, inner, title_w, status_rect, measure)
    top = title_lines[-1][1].bottom() if title_lines else top + title_h
    if phase_rect is not None and phase_rect.top() >= top - 1.0:  # the chip on a row of its own
        top = phase_rect.bottom() + 0.1 * title_h
    if own_row:
        status_rect = QRectF(inner.left(), top, inner.width(), lh)
        top += lh
    title_rect = title_lines[0][1] if title_lines else QRectF(inner.left(), inner.top(), title_w, title_h)
    cap_h = z.line_height(z.caption_px)
    caption_lines: list[tuple[str, QRectF]] = []
    # The caption wraps rather than being cut: MAX_CAPTION_LINES, or more while they take at
    # most CAPTION_SHARE of the height (a long caption in presentation mode's large text).
    max_lines = max(MAX_CAPTION_LINES, int(CAPTION_SHARE * inner.height() // cap_h))
    for line in wrap_text(inputs.caption, inner.width(), z.caption_px, measure, max_lines=max_lines):
        caption_lines.append((line, QRectF(inner.left(), top, inner.width(), cap_h)))
        top += cap_h
    top += gap
    remaining = QRectF(inner.left(), top, inner.width(), max(0.0, inner.bottom() - top))
    if remaining.width() >= 1.25 * remaining.height():
        side = "right"
        legend_w = min(max(16.0 * px, 0.16 * remaining.width()), 0.34 * remaining.width())
        # Wider (up to 40%) where a node key's label would be cut: German's "in diesem Schritt verworfen".
        legend_w = max(legend_w, min(_key_width(inputs, measure), 0.4 * remaining.width()))
        legend = QRectF(remaining.right() - legend_w, remaining.top(), legend_w, remaining.height())
        body = QRectF(remaining.left(), remaining.top(), remaining.width() - legend_w - 2 * gap, remaining.height())
    else:
        side = "bottom"
        legend_h = min(max(9.0 * lh, 0.28 * remaining.height()), 0.4 * remaining.height())
        legend = QRectF(remaining.left(), remaining.bottom() - legend_h, remaining.width(), legend_h)
        body = QRectF(remaining.left(), remaining.top(), remaining.width(),
                      max(0.0, remaining.height() - legend_h - 2 * gap))
    return Frame(body=body, title_rect=title_rect, status_rect=status_rect, phase_rect=phase_rect,
                  caption_lines=tuple(caption_lines), legend=legend, side=side, title_lines=title_lines)


def _key_width(inputs: LayoutInputs, measure: Measure) -> float:
    """The width the legend's node key needs for its widest label on one line (after its sample)."""
    z = inputs.sizes
    widest = max(measure(label, z.text_px, False) for label in node_key_labels(inputs.node_quantity))
    return z.colorbar_width + z.gap + widest + 1.0


def _title_and_chip(inputs: LayoutInputs, inner: QRectF, title_w: float, status_rect: QRectF,
                    measure: Measure) -> tuple[tuple[tuple[str, QRectF], ...], QRectF | None]:
    """The title's lines, and the phase chip of animated frames.

    The chip sits between the title and the status when all three fit on one row; else it
    gets a row of its own under the title (presentation mode's large text on a projector).
    A title wider than its room wraps (at most MAX_TITLE_LINES) instead of being cut."""
    z = inputs.sizes
    gap, top = z.gap, inner.top()
    title_h = z.line_height(z.title_px)
    needed = measure(inputs.title, z.title_px, True) if inputs.title else 0.0
    chip = None
    if inputs.animating:
        chip_w = min(_chip_text_width(measure, z.caption_px) + 2.0 * z.caption_px, 0.4 * inner.width())
        chip_left = max(inner.left() + 0.28 * inner.width(), inner.center().x() - chip_w / 2)
        chip_left = min(chip_left, status_rect.left() - gap - chip_w)
        if chip_left >= inner.left() + needed + gap:
            chip = QRectF(chip_left, top + 0.1 * title_h, chip_w, 0.8 * title_h)
            title_w = max(0.0, chip_left - gap - inner.left())
    lines = wrap_text(inputs.title, title_w, z.title_px, measure, bold=True, max_lines=MAX_TITLE_LINES) \
        if inputs.title else []
    title_lines = tuple((line, QRectF(inner.left(), top + k * title_h, title_w, title_h))
                        for k, line in enumerate(lines))
    if inputs.animating and chip is None:  # under the status, beside the title's second line if any
        chip_w = min(_chip_text_width(measure, z.caption_px) + 2.0 * z.caption_px, status_rect.width())
        chip = QRectF(inner.right() - chip_w, top + 1.1 * title_h, chip_w, 0.8 * title_h)
    return title_lines, chip


def _chip_text_width(measure: Measure, px: int) -> float:
    """The widest phase chip label in the chosen language ("Batch norm: hidden 10")."""
    return max(measure(label, px, True) for label in phase_chip_samples())
