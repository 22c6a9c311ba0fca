"""Where everything of one frame goes: pure geometry of a SceneState in a rect (no painting).

The picture, at 1920x1080 and similar shapes::

    title ......................................... step 120 · loss 0.432
    caption (wrapped, up to 3 lines)
    +-------------------------------------------------+  +-- legend --------+
    |  o        o |       o |       o |               |  | Nodes: gradient  |
    |  o        o |       o |       o |  nodes, edges |  | colour bar, ticks|
    |           o         o                 nodes and |  | dead / dropped   |
    |           o         o                     edges |  | Edges: weight    |
    +-------------------------------------------------+  | sign, width, LOD |
      input    hidden 1  hidden 2  output                | bars             |
      2 inputs  relu, 8  ...       (caption)             +------------------+
               3/8 dead
               frozen
                 █         █        █      gradient-norm bars (log scale)
               3.2e-5    1.1e-3    0.43    and their values

Columns sit in equal cells from the inputs (left) to the output (right); a column's
nodes are centred vertically and spread out at most 3 radii apart; each column's radius
fits its nodes and its cell (at most 4x the smallest, so a 2-unit input column beside
64-unit layers stays readable). Under the labels, each layer's gradient-norm bar stands
below its column on a common baseline, a bar chart across the layers, its value under
it. Tall, narrow rects put the legend at the bottom; tiny rects (thumbnails) show the
network alone.

Text is measured with ``measure(text, pixel_size, bold) -> width`` (the renderer passes
real font metrics; ``approx_measure`` is a fallback), so this module needs no QtGui.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from netviz.animation.scene import SceneState
from netviz.render.theme import DARK, Sizes, Theme

# Level of detail: above LOD_THRESHOLD edges, only the EDGE_BUDGET strongest are drawn
# one by one and the rest of each pair of columns becomes a faint band.
LOD_THRESHOLD = 3000
EDGE_BUDGET = 2000

MAX_CAPTION_LINES = 3
MAX_BANNER_LINES = 3
COMPACT_HEIGHT = 240  # below this height (or COMPACT_WIDTH width) only the network is drawn
COMPACT_WIDTH = 320
MINUS = "\u2212"
# Animated frames (scene.phase_kind not ""): a band under the network holds the phase
# caption (ANIM_CAPTION_LINES) and the equation (ANIM_EQUATION_LINES); its size does not
# depend on the phase, so the network holds still through the whole step.
ANIM_CAPTION_LINES = 2
ANIM_EQUATION_LINES = 4
PHASE_CHIP_SAMPLE = "Batch norm: hidden 10"
GRAPH_SHARE = 0.44  # of the network area's width given to the computational graph

Measure = Callable[[str, int, bool], float]


def approx_measure(text: str, px: int, bold: bool = False) -> float:
    """A width estimate for sans-serif text (wider than most real text)."""
    return len(text) * px * (0.64 if bold else 0.6)


def wrap_text(text: str, width: float, px: int, measure: Measure, bold: bool = False,
              max_lines: int | None = None) -> list[str]:
    """Greedy word wrap into lines no wider than ``width``; the last allowed line ends in '…'
    when text is left over. Explicit newlines start new lines."""
    lines: list[str] = []
    for paragraph in text.strip().splitlines() or [""]:
        words = paragraph.split()
        if not words:
            continue
        line = words[0]
        for word in words[1:]:
            candidate = f"{line} {word}"
            if measure(candidate, px, bold) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    if max_lines is not None and len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and measure(last + " …", px, bold) > width:
            last = last[:-1]
        lines = lines[: max_lines - 1] + [last.rstrip() + " …"]
    return lines


def format_value(value: float | None) -> str:
    """A gradient norm or loss for a label: '3.2e-5', '0.43', '12', 'NaN', 'inf'."""
    if value is None:
        return ""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "inf" if v > 0 else f"{MINUS}inf"
    if v == 0:
        return "0"
    a = abs(v)
    if 0.01 <= a < 1000:
        return f"{v:.2g}" if a < 100 else f"{v:.0f}"
    mantissa, exponent = f"{v:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def short_name(name: str) -> str:
    """'hidden 10' -> 'h10': for columns too narrow for the full names."""
    parts = name.split()
    if len(parts) == 2 and parts[1].isdigit():
        return f"{parts[0][:1]}{parts[1]}"
    return name


def short_caption(caption: str) -> str:
    """'sigmoid output, 1' -> 'sigmoid, 1': the column's name already says "output"."""
    return caption.replace(" output,", ",")


def total_edges(scene: SceneState) -> int:
    return int(sum(e.values.size for e in scene.edges))


@dataclass(frozen=True)
class Tick:
    """One tick of the node colour bar: a real value and where it sits."""

    value: float  # the value at this tick (e.g. 1e-8)
    position: float  # 0 (bottom of the bar) to 1 (top)
    y: float  # pixel y
    text: str  # "10" for a power of ten (the exponent is drawn raised), else the number
    exponent: str | None = None  # e.g. "−8"; None for plain numbers

    @property
    def label(self) -> str:
        """The tick as plain text: '10^-8' style for powers of ten."""
        return f"{self.text}^{self.exponent.replace(MINUS, '-')}" if self.exponent is not None else self.text


@dataclass(frozen=True)
class ColumnLayout:
    """One column: where its nodes, bar and labels go."""

    index: int
    x: float
    ys: np.ndarray  # (n,) node centres, top to bottom
    spacing: float  # between neighbouring node centres
    radius: float  # of this column's nodes (half the side of a heatmap square)
    cell: QRectF  # the column's share of the network area
    bar: QRectF | None  # the gradient-norm bar's full track (None for the inputs, or no room)
    name_rect: QRectF | None
    caption_rect: QRectF | None
    norm_rect: QRectF | None
    dead_rect: QRectF | None
    tags_rect: QRectF | None
    caption_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegendSection:
    """A block of the legend: kind names what goes in it; lines holds wrapped text."""

    kind: str  # "nodes_title", "colorbar", "node_key", "edges_title", "edge_key", "lod_note", "bars_note"
    rect: QRectF
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layout:
    """The geometry of one frame; see the module docstring."""

    rect: QRectF
    sizes: Sizes
    compact: bool
    radius: float  # the smallest node radius
    columns: tuple[ColumnLayout, ...]
    network: QRectF  # where the nodes are
    title_rect: QRectF | None
    status_rect: QRectF | None
    caption_lines: tuple[tuple[str, QRectF], ...]
    legend: QRectF | None
    legend_side: str | None  # "right", "bottom" or None (compact)
    sections: tuple[LegendSection, ...]
    colorbar: QRectF | None
    ticks: tuple[Tick, ...]
    banner: QRectF | None
    banner_lines: tuple[str, ...]
    lod: bool  # the level of detail applies (too many edges to draw one by one)
    short_names: bool  # the cells are too narrow for "hidden 10": every numbered name is shortened ("h10")
    edge_width: float  # base width of an edge in px (the colour scale multiplies it)
    label_px: int
    # --- animation (None in settled scenes: see ``compute_layout``) ---
    phase_rect: QRectF | None = None  # the phase chip ("Backward: hidden 2") in the title row
    anim_band: QRectF | None = None  # under the network: the phase caption, then the equation lines
    graph_rect: QRectF | None = None  # the focused unit's computational graph (right of the network)

    def centers(self, column: int) -> np.ndarray:
        """(n, 2) node centres of a column."""
        col = self.columns[column]
        return np.column_stack([np.full(col.ys.shape, col.x), col.ys])

    def center(self, column: int, node: int) -> QPointF:
        col = self.columns[column]
        return QPointF(col.x, float(col.ys[node]))

    def section(self, kind: str) -> LegendSection | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def geometry_key(self) -> tuple:
        """Changes exactly when the node centres change (for caches of edge geometry)."""
        return tuple((c.x, float(c.ys[0]) if c.ys.size else 0.0, c.spacing, c.ys.size) for c in self.columns)


def edge_segments(layout: Layout, trim: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """All edges as (E, 4) float64 rows (x1, y1, x2, y2), bundle after bundle, each bundle in
    the order of ``values.ravel()`` (row = source node); and (bundles + 1,) offsets.

    Edges run from node centre to node centre; ``trim`` shortens each end by its column's
    node radius (the part an opaque node covers anyway: fewer pixels to draw)."""
    parts = []
    for a, b in zip(layout.columns[:-1], layout.columns[1:]):
        n_in, n = a.ys.size, b.ys.size
        seg = np.empty((n_in, n, 4), dtype=np.float64)
        seg[..., 0] = a.x
        seg[..., 1] = a.ys[:, None]
        seg[..., 2] = b.x
        seg[..., 3] = b.ys[None, :]
        if trim and seg.size:
            dx, dy = seg[..., 2] - seg[..., 0], seg[..., 3] - seg[..., 1]
            length = np.hypot(dx, dy)
            ok = length > (a.radius + b.radius) * 1.05
            with np.errstate(all="ignore"):
                ux, uy = np.where(ok, dx / length, 0.0), np.where(ok, dy / length, 0.0)
            seg[..., 0] += ux * a.radius
            seg[..., 1] += uy * a.radius
            seg[..., 2] -= ux * b.radius
            seg[..., 3] -= uy * b.radius
        parts.append(seg.reshape(-1, 4))
    offsets = np.cumsum([0] + [p.shape[0] for p in parts])
    segs = np.ascontiguousarray(np.concatenate(parts)) if parts else np.empty((0, 4))
    return segs, offsets


def node_at(layout: Layout, point: QPointF) -> tuple[int, int] | None:
    """(column, node) of the node under ``point``, or None."""
    px, py = float(point.x()), float(point.y())
    for col in layout.columns:
        # A little more than the radius, so that a heatmap square's corners count mostly too.
        hit = max(col.radius * 1.15, 2.0)
        if col.ys.size == 0 or abs(px - col.x) > hit:
            continue
        j = int(round((py - col.ys[0]) / col.spacing)) if col.spacing > 0 else 0
        j = min(max(j, 0), col.ys.size - 1)
        if math.hypot(px - col.x, py - col.ys[j]) <= hit:
            return col.index, j
    return None


# ----- ticks ------------------------------------------------------------------------


def _superscript_exponent(e: int) -> str:
    return f"{MINUS}{-e}" if e < 0 else str(e)


def gradient_ticks(lo: float, hi: float, bar: QRectF, min_gap: float) -> list[Tick]:
    """Powers of ten across [lo, hi] (log10 bounds), every 1, 2, 5... decades (counted from
    the top) to keep ``min_gap`` pixels between ticks."""
    length = bar.height()
    e_lo, e_hi = math.ceil(lo - 1e-9), math.floor(hi + 1e-9)
    exps = list(range(e_lo, e_hi + 1))
    if not exps or length <= 0:
        return []
    step = 1
    per_decade = length / (hi - lo)
    for step in (1, 2, 5, 10, 20, 50, 100):
        if per_decade * step >= min_gap:
            break
    # Counted down from the top, so the largest power of ten is always labelled.
    chosen = [e for e in exps if (exps[-1] - e) % step == 0]
    ticks = []
    for e in chosen:
        t = (e - lo) / (hi - lo)
        ticks.append(Tick(value=10.0 ** e, position=t, y=bar.bottom() - t * length, text="10",
                          exponent=_superscript_exponent(e)))
    return ticks


def _nice_step(span: float, max_ticks: int) -> float:
    raw = span / max(max_ticks - 1, 1)
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    mag = 10.0 ** math.floor(math.log10(raw))
    for f in (1, 2, 2.5, 5, 10):
        if f * mag >= raw:
            return f * mag
    return 10 * mag


def activation_ticks(lo: float, hi: float, bar: QRectF, min_gap: float) -> list[Tick]:
    """Round values across [-b, b], b = max(|lo|, |hi|) (0 in the middle of the bar)."""
    bound = max(abs(lo), abs(hi))
    if not math.isfinite(bound) or bound <= 0:
        bound = 1.0
    length = bar.height()
    max_ticks = max(2, int(length // min_gap) + 1)
    step = _nice_step(2 * bound, max_ticks)
    k = math.floor(bound / step + 1e-9)
    ticks = []
    for i in range(-k, k + 1):
        v = i * step
        t = 0.5 + 0.5 * v / bound
        text = f"{v:g}".replace("-", MINUS)
        ticks.append(Tick(value=v, position=t, y=bar.bottom() - t * length, text=text))
    return ticks


def node_range_of(scene: SceneState) -> tuple[float, float]:
    lo, hi = (float(v) for v in scene.node_range)
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return (-8.0, 2.0) if scene.node_quantity == "gradient" else (-1.0, 1.0)
    return lo, hi


# ----- the layout -------------------------------------------------------------------


def lod_note(scene: SceneState, budget: int = EDGE_BUDGET) -> str:
    return f"showing the {budget:,} strongest of {total_edges(scene):,} edges; the rest as a grey band"


def nodes_title(scene: SceneState) -> tuple[str, str]:
    if any(c.heatmaps is not None for c in scene.columns):
        return "Nodes: output map", "over the input plane, per layer"
    if scene.node_quantity == "gradient":
        return "Nodes: gradient", "|dL/dz|, log scale"
    return "Nodes: activation", "mean over the batch"


def edges_title(scene: SceneState) -> str:
    return "Edges: weight W" if scene.edge_quantity == "weight" else "Edges: gradient dL/dW"


BARS_NOTE = "Bar and number under each layer: its gradient norm (same log scale)"


def compute_layout(scene: SceneState, rect: QRectF, theme: Theme = DARK, measure: Measure = approx_measure,
                   *, edge_budget: int = EDGE_BUDGET, lod_threshold: int = LOD_THRESHOLD) -> Layout:
    """The geometry of ``scene`` drawn into ``rect`` (see the module docstring)."""
    rect = QRectF(rect)
    z = theme.sizes(rect.width(), rect.height())
    m = min(z.margin, rect.width() / 8, rect.height() / 8)
    inner = rect.adjusted(m, m, -m, -m)
    compact = rect.height() < COMPACT_HEIGHT or rect.width() < COMPACT_WIDTH
    lod = total_edges(scene) > lod_threshold
    px = z.text_px
    lh = z.line_height(px)
    gap = z.gap
    top = inner.top()

    title_rect = status_rect = None
    animating = bool(scene.phase_kind)
    phase_rect = anim_band = graph_rect = None
    caption_lines: list[tuple[str, QRectF]] = []
    legend = None
    side = None
    sections: list[LegendSection] = []
    if compact:
        body = QRectF(inner)
    else:
        # Header: the title with the step and loss at the right, then the caption.
        status_w = min(measure(f"step 000000 · loss 0.0000 · val 0.0000", px, False), inner.width() * 0.45)
        title_h = z.line_height(z.title_px)
        title_rect = QRectF(inner.left(), top, max(0.0, inner.width() - status_w - gap), title_h)
        status_rect = QRectF(inner.right() - status_w, top, status_w, title_h)
        if animating:  # the phase chip in the middle of the title row; the title keeps to its left
            chip_w = min(measure(PHASE_CHIP_SAMPLE, z.caption_px, True) + 2.0 * z.caption_px,
                         0.4 * inner.width())
            chip_left = max(inner.left() + 0.28 * inner.width(), inner.center().x() - chip_w / 2)
            chip_left = min(chip_left, status_rect.left() - gap - chip_w)
            phase_rect = QRectF(chip_left, top + 0.1 * title_h, chip_w, 0.8 * title_h)
            title_rect = QRectF(inner.left(), top, max(0.0, chip_left - gap - inner.left()), title_h)
        top += title_h
        cap_h = z.line_height(z.caption_px)
        for line in wrap_text(scene.caption, inner.width(), z.caption_px, measure, max_lines=MAX_CAPTION_LINES):
            caption_lines.append((line, QRectF(inner.left(), top, inner.width(), cap_h)))
            top += cap_h
        top += gap
        remaining = QRectF(inner.left(), top, inner.width(), max(0.0, inner.bottom() - top))
        if remaining.width() >= 1.25 * remaining.height():
            side = "right"
            legend_w = min(max(16.0 * px, 0.16 * remaining.width()), 0.34 * remaining.width())
            legend = QRectF(remaining.right() - legend_w, remaining.top(), legend_w, remaining.height())
            body = QRectF(remaining.left(), remaining.top(), remaining.width() - legend_w - 2 * gap,
                          remaining.height())
        else:
            side = "bottom"
            legend_h = min(max(9.0 * lh, 0.28 * remaining.height()), 0.4 * remaining.height())
            legend = QRectF(remaining.left(), remaining.bottom() - legend_h, remaining.width(), legend_h)
            body = QRectF(remaining.left(), remaining.top(), remaining.width(),
                          max(0.0, remaining.height() - legend_h - 2 * gap))

    if animating and not compact:
        band_h = (ANIM_CAPTION_LINES * z.line_height(z.caption_px) + ANIM_EQUATION_LINES * lh + gap)
        band_h = min(band_h, 0.34 * body.height())
        anim_band = QRectF(body.left(), body.bottom() - band_h, body.width(), band_h)
        body = QRectF(body.left(), body.top(), body.width(), max(0.0, body.height() - band_h - gap))
        if scene.comp_graph is not None:
            graph_w = GRAPH_SHARE * body.width()
            graph_rect = QRectF(body.right() - graph_w, body.top() + gap, graph_w, max(0.0, body.height() - gap))
            body = QRectF(body.left(), body.top(), max(1.0, body.width() - graph_w - gap), body.height())

    n_cols = max(len(scene.columns), 1)
    cell_w = max(body.width() / n_cols, 1.0)
    # Under the columns: rows of text, then the strip of gradient-norm bars and their values.
    caption_rows = 2 if any(measure(short_caption(c.caption), px, False) > cell_w - min(gap / 2, 4.0 * z.scale)
                            for c in scene.columns) else 1
    tags_row = any(c.frozen or c.batch_norm for c in scene.columns)
    # Animated frames keep every layer's bar (empty until the backward pass reaches it): no jumps.
    has_bars = any(c.grad_norm is not None for c in scene.columns) or (animating and len(scene.columns) > 1)
    label_w = cell_w - min(gap / 2, 4.0 * z.scale)
    short_names = any(measure(c.name, px, True) > label_w for c in scene.columns)
    bar_h = 2.6 * lh if has_bars else 0.0
    label_rows = 0
    if not compact:
        full = 1 + caption_rows + 1 + (1 if tags_row else 0)
        for rows, bars in ((full, has_bars), (1 + caption_rows, has_bars), (1, has_bars), (1, False), (0, False)):
            needed = rows * lh + (bar_h + lh + gap if bars else 0.0) + gap
            if needed <= 0.42 * body.height():
                label_rows, has_bars = rows, bars
                break
        else:
            has_bars = False
    else:
        has_bars = False
    under_h = (label_rows * lh + gap if label_rows else 0.0) + (bar_h + lh + gap if has_bars else 0.0)
    net_top = body.top() + (gap if not compact else 0.0)
    network = QRectF(body.left(), net_top, body.width(), max(1.0, body.bottom() - under_h - net_top))

    # Nodes: a radius per column that fits its nodes and its cell, at most 4x the smallest.
    counts = [c.units for c in scene.columns]
    h = network.height()
    radii = [max(0.5, min(z.node_radius_max, 0.42 * h / max(n, 1), 0.2 * cell_w)) for n in counts] or [1.0]
    r_min = min(radii)
    radii = [min(r, 4.0 * r_min) for r in radii]
    bar_w = max(3.0, min(26.0 * z.scale, 0.3 * cell_w))
    columns: list[ColumnLayout] = []
    for i, col in enumerate(scene.columns):
        n = col.units
        radius = radii[i]
        x = body.left() + (i + 0.5) * cell_w
        spacing = min(h / max(n, 1), 3.0 * radius) if n > 0 else 0.0
        ys = network.center().y() + (np.arange(n) - (n - 1) / 2.0) * spacing
        cell = QRectF(body.left() + i * cell_w, network.top(), cell_w, network.height())
        gutter = min(gap / 2, 4.0 * z.scale)
        lx, lw = cell.left() + gutter / 2, cell_w - gutter
        y = network.bottom() + gap
        name_r = cap_r = norm_r = dead_r = tags_r = bar = None
        cap_lines: tuple[str, ...] = ()
        if label_rows >= 1:
            name_r = QRectF(lx, y, lw, lh)
            y += lh
        if label_rows >= 1 + caption_rows:
            cap_r = QRectF(lx, y, lw, lh * caption_rows)
            caption = col.caption if measure(col.caption, px, False) <= lw else short_caption(col.caption)
            cap_lines = tuple(wrap_text(caption, lw, px, measure, max_lines=caption_rows))
            y += lh * caption_rows
        if label_rows >= 2 + caption_rows:
            dead_r = QRectF(lx, y, lw, lh)
            y += lh
        if label_rows >= 3 + caption_rows:
            tags_r = QRectF(lx, y, lw, lh)
            y += lh
        if label_rows:
            y += gap
        if has_bars and (col.grad_norm is not None or (animating and i > 0)):
            bar = QRectF(x - bar_w / 2, y, bar_w, bar_h)
            norm_r = QRectF(lx, y + bar_h, lw, lh)
        columns.append(ColumnLayout(index=i, x=x, ys=ys, spacing=spacing, radius=radius, cell=cell, bar=bar,
                                    name_rect=name_r, caption_rect=cap_r, norm_rect=norm_r, dead_rect=dead_r,
                                    tags_rect=tags_r, caption_lines=cap_lines))
    radius = r_min

    # Legend.
    colorbar = None
    ticks: list[Tick] = []
    if legend is not None:
        sections = _legend_sections(scene, legend, side, z, measure, lod, edge_budget)
        bar_section = next((s for s in sections if s.kind == "colorbar"), None)
        if bar_section is not None:
            r = bar_section.rect
            # Half a line of room above and below, so the end ticks' labels fit.
            colorbar = QRectF(r.left(), r.top() + lh / 2, min(z.colorbar_width, r.width() / 4),
                              max(1.0, r.height() - lh))
            lo, hi = node_range_of(scene)
            if scene.node_quantity == "gradient":
                ticks = gradient_ticks(lo, hi, colorbar, 1.25 * lh)
            else:
                ticks = activation_ticks(lo, hi, colorbar, 1.25 * lh)

    banner = None
    banner_lines: tuple[str, ...] = ()
    if scene.banner:
        bpx = z.banner_px
        bw = inner.width()
        banner_lines = tuple(wrap_text(scene.banner, bw - 4 * gap, bpx, measure, bold=True,
                                       max_lines=MAX_BANNER_LINES))
        bh = min(len(banner_lines) * z.line_height(bpx) + 2 * gap, inner.height())
        banner = QRectF(inner.left(), network.center().y() - bh / 2, bw, bh)

    # Edges thin out in dense columns so that they do not merge into a solid block.
    spacing_min = min((c.spacing for c in columns if c.ys.size > 1), default=3.0 * radius)
    # ... and where many edges share a gap between two columns (as drawn: at most the budget).
    drawn = min(total_edges(scene), edge_budget) if lod else total_edges(scene)
    per_gap = drawn / max(len(scene.edges), 1)
    density = min(1.0, max(0.2, spacing_min / 40.0), max(0.2, math.sqrt(100.0 / max(per_gap, 1.0))))
    edge_width = z.line_px * density  # the thinnest edges; pens never go below 1 px

    return Layout(rect=rect, sizes=z, compact=compact, radius=radius, columns=tuple(columns), network=network,
                  title_rect=title_rect, status_rect=status_rect, caption_lines=tuple(caption_lines), legend=legend,
                  legend_side=side, sections=tuple(sections), colorbar=colorbar, ticks=tuple(ticks), banner=banner,
                  banner_lines=banner_lines, lod=lod, short_names=short_names, edge_width=edge_width, label_px=px,
                  phase_rect=phase_rect, anim_band=anim_band, graph_rect=graph_rect)


def _legend_sections(scene: SceneState, legend: QRectF, side: str | None, z: Sizes, measure: Measure, lod: bool,
                     budget: int) -> list[LegendSection]:
    px = z.text_px
    lh = z.line_height(px)
    row = max(lh, 1.2 * lh)
    gap = z.gap

    def text_block(kind: str, text: str, width: float, max_lines: int = 4) -> tuple[str, float, tuple[str, ...]]:
        lines = tuple(wrap_text(text, width, px, measure, max_lines=max_lines))
        return kind, len(lines) * lh, lines

    if side == "right":
        stacks = [(legend, ["nodes_title", "colorbar", "node_key", "edges_title", "edge_key", "lod_note",
                            "bars_note"])]
    else:
        w = legend.width() / 3
        stacks = [(QRectF(legend.left() + i * w, legend.top(), w - gap, legend.height()), kinds)
                  for i, kinds in enumerate((["nodes_title", "colorbar"], ["node_key", "bars_note"],
                                             ["edges_title", "edge_key", "lod_note"]))]
    # Dropped first when space runs out.
    drop_order = ["bars_note", "node_key", "edge_key", "lod_note", "edges_title", "nodes_title"]
    sections: list[LegendSection] = []
    for area, kinds in stacks:
        blocks: list[tuple[str, float, tuple[str, ...]]] = []
        for kind in kinds:
            if kind == "nodes_title":
                blocks.append((kind, 2 * lh, nodes_title(scene)))
            elif kind == "colorbar":
                blocks.append((kind, -1.0, ()))
            elif kind == "node_key":
                blocks.append((kind, 3 * row, ()))
            elif kind == "edges_title":
                blocks.append((kind, lh, (edges_title(scene),)))
            elif kind == "edge_key":
                blocks.append((kind, 5 * row, ()))
            elif kind == "lod_note" and lod:
                blocks.append(text_block(kind, lod_note(scene, budget), area.width()))
            elif kind == "bars_note":
                blocks.append(text_block(kind, BARS_NOTE, area.width()))
        min_bar = 4 * lh

        def needed(bs):
            fixed = sum(h for _, h, _ in bs if h >= 0)
            return fixed + (min_bar if any(h < 0 for _, h, _ in bs) else 0.0) + gap * max(len(bs) - 1, 0)

        while blocks and needed(blocks) > area.height():
            victim = next((k for k in drop_order if any(b[0] == k for b in blocks)), None)
            if victim is None:
                blocks = [b for b in blocks if b[0] != "colorbar"] if needed(blocks) > area.height() else blocks
                break
            blocks = [b for b in blocks if b[0] != victim]
        if not blocks or needed(blocks) > area.height():
            continue
        flexible = area.height() - needed(blocks) + (min_bar if any(h < 0 for _, h, _ in blocks) else 0.0)
        flexible = min(flexible, 18 * lh)
        y = area.top()
        for kind, height, lines in blocks:
            height = flexible if height < 0 else height
            sections.append(LegendSection(kind=kind, rect=QRectF(area.left(), y, area.width(), height), lines=lines))
            y += height + gap
            if kind in ("colorbar", "node_key") and side == "right":
                y += gap  # a little more air between the node and the edge halves
    return sections
