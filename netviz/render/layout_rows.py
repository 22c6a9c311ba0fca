"""The rows under the network's columns: which of them a frame has room for (names, captions,
counts, tags, the gradient-norm bars and their numbers), and which form of the names fits.

Part of ``layout`` (which places the rows): pure geometry, text measured with ``measure(text,
pixel_size, bold) -> width``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from netviz.render.layout_inputs import LayoutInputs
from netviz.render.wording import NORM_SAMPLE, Measure, name_candidates, short_caption

UNDER_SHARE = 0.42  # of the body's height, at most, for the rows under the network (labels, bars)
BAR_LINES = 2.6  # a gradient-norm bar's height, in lines of text
SHORT_BAR_LINES = 2.0  # ... in a view too small for it and the columns' captions
NAME_SPACES = 2.0  # between two column names that hold spaces: at least this many spaces' width


@dataclass(frozen=True)
class Rows:
    """The rows under the columns: labels (name, caption, dead count, tags), then the bars."""

    label_rows: int  # 0 (none) to 1 + caption_rows + 2
    caption_rows: int
    has_bars: bool
    short_names: bool
    name_level: int  # which of ``name_candidates`` every column shows: 0 the full names
    # Rows of gradient norms under the bars: 0 (no room), 1, or 2 when the cells are too
    # narrow for a number such as "1.9e-7": every other column's number goes one line
    # lower, with two cells' width (numbers are never elided).
    norm_rows: int = 1
    bar_lines: float = 0.0  # the bars' height in lines of text: BAR_LINES, or SHORT_BAR_LINES in a small view


def caption_width(cell_w: float, gutter: float, px: int, measure: Measure) -> float:
    """The widest a column's caption line may be: its cell less NAME_SPACES spaces, so that the
    captions of neighbouring columns ("leaky_relu, 8" "leaky_relu, 8") stand apart as the names do."""
    return cell_w - max(gutter, NAME_SPACES * measure(" ", px, False))


def rows_under_columns(inputs: LayoutInputs, body: QRectF, compact: bool, measure: Measure) -> Rows:
    """The rows under the columns (``_fit_rows``), the names' level and the captions' rows."""
    z = inputs.sizes
    px, gap = z.text_px, z.gap
    cell_w = max(body.width() / max(len(inputs.columns), 1), 1.0)
    caption_w = caption_width(cell_w, min(gap / 2, 4.0 * z.scale), px, measure)
    caption_rows = 2 if any(measure(short_caption(c.caption), px, False) > caption_w for c in inputs.columns) else 1
    tags_row = any(c.frozen or c.batch_norm for c in inputs.columns)
    has_bars = any(c.bar for c in inputs.columns)
    label_w = cell_w - min(gap / 2, 4.0 * z.scale)
    # The fullest level of names at which every column's name fits its cell and stands clear of
    # its neighbours' (else the shortest).
    name_level = 0
    while name_level < 2 and not _names_fit([pick(name_candidates(c.name), name_level) for c in inputs.columns],
                                            cell_w, label_w, px, measure):
        name_level += 1
    short_names = name_level > 0
    norm_w = measure(NORM_SAMPLE, px, False)
    staggered = norm_w > label_w
    # Not even two cells wide: no numbers rather than cut or overlapping ones (the bars stay).
    numbers = norm_w <= 2 * cell_w - min(gap / 2, 4.0 * z.scale)
    if compact:
        return Rows(0, caption_rows, False, short_names, name_level)
    full = 1 + caption_rows + 1 + (1 if tags_row else 0)
    norm_rows = (2 if staggered else 1) if numbers else 0
    label_rows, bar_lines, norm_rows = _fit_rows(inputs, body, full, 1 + caption_rows, has_bars, norm_rows)
    return Rows(label_rows, caption_rows, bar_lines > 0, short_names, name_level, norm_rows, bar_lines)


def _fit_rows(inputs: LayoutInputs, body: QRectF, full: int, captioned: int, has_bars: bool,
              norm_rows: int) -> tuple[int, float, int]:
    """The rows under the network that fit in UNDER_SHARE of the body's height: (label rows,
    the bars' height in lines (0: no bars), rows of gradient norms).

    The labels go from the bottom (tags, counts) up, and the bars give up their full height
    before a column's caption ("sig. 8": what the layer is) goes. Where the captions and the
    numbers under the bars do not both fit (a small view: the window's at 1024x768, whose status
    line takes a row of its own), the window keeps the captions (the bars' heights show the
    magnitudes, and its gradient-norm plot every layer's norm) and presentation mode the numbers
    (its one plot is the loss; the room reads the numbers the teacher points at)."""
    z = inputs.sizes
    lh, gap = z.line_height(z.text_px), z.gap
    bars = BAR_LINES if has_bars else 0.0
    short = SHORT_BAR_LINES if has_bars else 0.0
    numbered = [(full, bars, norm_rows), (captioned, bars, norm_rows), (captioned, short, norm_rows)]
    captions = [(captioned, bars, 0), (captioned, short, 0)]
    names = [(1, bars, norm_rows)] if norm_rows else []
    options = numbered + (names + captions if inputs.presentation else captions + names)
    options += [(1, bars, 0), (1, 0.0, 0), (0, 0.0, 0)]  # then the bars without numbers, then none
    for rows, bar_lines, norms in options:
        needed = rows * lh + ((bar_lines + norms) * lh + gap if bar_lines else 0.0) + gap
        if needed <= UNDER_SHARE * body.height():
            return rows, bar_lines, norms if bar_lines else 0
    return 0, 0.0, 0


def _names_fit(names: list[str], cell_w: float, label_w: float, px: int, measure: Measure) -> bool:
    """Whether every column's name fits its cell, and neighbouring names (each centred on its
    column, ``cell_w`` apart) stand farther apart than NAME_SPACES spaces when a name holds a
    space: "gizli 1 gizli 2" with less between the names than inside them reads as one run
    ("gizli 1gizli 2"), while "h10 out" needs no more than the cells' gutter."""
    widths = [measure(name, px, True) for name in names]
    if any(w > label_w for w in widths):
        return False
    if not any(" " in name for name in names):
        return True
    apart = NAME_SPACES * measure(" ", px, True)
    return all((a + b) / 2 + apart <= cell_w for a, b in zip(widths, widths[1:]))


def pick(candidates: list[str], level: int) -> str:
    return candidates[min(level, len(candidates) - 1)]
