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

The layout reads the scene only through ``LayoutInputs``, a frozen, hashable dataclass made by
``layout_inputs`` from the scene, the rect and the sizes: it holds exactly what the geometry
depends on, so it is the renderer's cache key and a field cannot be left out of it. Text is
measured with ``measure(text, pixel_size, bold) -> width`` (see ``wording``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF

from netviz.animation.scene import SceneState
from netviz.render.layout_header import Frame, frame
from netviz.render.layout_inputs import (
    EDGE_BUDGET,
    LOD_THRESHOLD,
    ColumnInputs,
    LayoutInputs,
    layout_inputs,
    node_range_of,
    total_edges,
)
from netviz.render.layout_rows import Rows, caption_width, pick, rows_under_columns
from netviz.render.legend_layout import LegendSection, LegendTexts, legend_sections
from netviz.render.theme import DARK, Sizes, Theme
from netviz.render.ticks import Tick, activation_ticks, gradient_ticks
from netviz.render.wording import (
    Measure,
    approx_measure,
    edges_title,
    fit_caption,
    format_value,
    lod_note,
    name_candidates,
    node_key_labels,
    nodes_title,
    short_name,
    wrap_text,
)

# Names other modules and the tests import from here.
__all__ = ["ANIM_CAPTION_LINES", "ANIM_EQUATION_LINES", "EDGE_BUDGET", "LOD_THRESHOLD", "ColumnInputs",
           "ColumnLayout", "Layout", "LayoutInputs", "LegendSection", "Tick", "colorbar_ticks", "compute_layout",
           "edge_segments", "format_value", "gradient_ticks", "layout_inputs", "layout_of", "node_at", "node_range_of",
           "short_name", "total_edges", "wrap_text"]

MAX_BANNER_LINES = 5  # the banner wraps over the network, as long as the network is tall enough
# ... in its large bold text, or smaller (down to the frame's text size) when the whole message
# would not fit: the fixes to try, at its end, are what a teacher needs most.
# Animated frames (scene.phase_kind not ""): a band under the network holds the phase
# caption (ANIM_CAPTION_LINES) and the equation (ANIM_EQUATION_LINES); its size does not
# depend on the phase, so the network holds still through the whole step.
ANIM_CAPTION_LINES = 2
ANIM_EQUATION_LINES = 4
GRAPH_SHARE = 0.44  # of the network area's width given to the computational graph (at least)
GRAPH_MAX_SHARE = 0.55  # the network keeps nearly half the width
GRAPH_LEGEND_SHARE = 0.7  # ... or, with the graph in the legend's place, 30% of the whole width
GRAPH_COLUMNS = 5  # leaves, products, sum, activation, output (batch norm and dropout add one each)
GRAPH_NUMBER_SAMPLE = "∂ −1e−10"  # the widest number of a graph's box, at 1 significant digit


# ----- the geometry -------------------------------------------------------------------


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
    label: str = ""  # the name as shown (``name_candidates``: "hidden 10", "h10" or "10")


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
    ticks: tuple[Tick, ...]  # of the colour bar; () in a cached layout (``with_ticks``: for a node range)
    banner: QRectF | None
    banner_lines: tuple[str, ...]
    lod: bool  # the level of detail applies (too many edges to draw one by one)
    short_names: bool  # the cells are too narrow for "hidden 10": every numbered name is shortened ("h10")
    edge_width: float  # base width of an edge in px (the colour scale multiplies it)
    label_px: int
    # --- animation (None in settled scenes: see ``compute_layout``) ---
    phase_rect: QRectF | None = None  # the phase chip ("Backward: hidden 2"): in the title row, or under it
    anim_band: QRectF | None = None  # under the network: the phase caption, then the equation lines
    graph_rect: QRectF | None = None  # the focused unit's computational graph (right of the network)
    title_lines: tuple[tuple[str, QRectF], ...] = ()  # the title, wrapped (``title_rect``: its first line)
    banner_px: int = 0  # the banner's text size (``sizes.banner_px``, or smaller so that all of it fits)

    def centers(self, column: int) -> np.ndarray:
        """(n, 2) node centres of a column."""
        col = self.columns[column]
        return np.column_stack([np.full(col.ys.shape, col.x), col.ys])

    def center(self, column: int, node: int) -> QPointF:
        col = self.columns[column]
        return QPointF(col.x, float(col.ys[node]))

    def section(self, kind: str) -> LegendSection | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def with_ticks(self, node_quantity: str, node_range: tuple[float, float]) -> Layout:
        """This layout with the colour bar's ticks for ``node_range`` (see ``colorbar_ticks``)."""
        return replace(self, ticks=colorbar_ticks(self, node_quantity, node_range))

    def geometry_key(self) -> tuple[tuple[float, float, float, int], ...]:
        """Changes exactly when the node centres change (for caches of edge geometry)."""
        return tuple((c.x, float(c.ys[0]) if c.ys.size else 0.0, c.spacing, c.ys.size) for c in self.columns)


def edge_segments(layout: Layout, trim: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """All edges as (E, 4) float64 rows (x1, y1, x2, y2), bundle after bundle, each bundle in
    the order of ``values.ravel()`` (row = source node); and (bundles + 1,) offsets.

    Edges run from node centre to node centre; ``trim`` shortens each end by its column's
    node radius (the part an opaque node covers anyway: fewer pixels to draw)."""
    parts: list[np.ndarray] = []
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




# ----- the layout -----------------------------------------------------------------------


def compute_layout(scene: SceneState, rect: QRectF, theme: Theme = DARK, measure: Measure = approx_measure,
                   *, edge_budget: int = EDGE_BUDGET, lod_threshold: int = LOD_THRESHOLD,
                   presentation: bool = False) -> Layout:
    """The geometry of ``scene`` drawn into ``rect`` (see the module docstring), with the
    colour bar's ticks for the scene's node range."""
    inputs = layout_inputs(scene, rect, theme, edge_budget=edge_budget, lod_threshold=lod_threshold,
                           presentation=presentation)
    return layout_of(inputs, measure).with_ticks(scene.node_quantity, node_range_of(scene))


def layout_of(inputs: LayoutInputs, measure: Measure = approx_measure) -> Layout:
    """The geometry of a frame from what it depends on: header, legend, animation panels,
    then the columns in what is left, the legend's contents and the banner. The colour bar's
    ticks are left out (they follow the node range, which is not an input): ``with_ticks``."""
    rect = inputs.qrect
    z = inputs.sizes
    m = min(z.margin, rect.width() / 8, rect.height() / 8)
    inner = rect.adjusted(m, m, -m, -m)
    compact = inputs.compact
    head = Frame(body=QRectF(inner)) if compact else frame(inputs, inner, measure)
    body, anim_band, graph_rect = head.body, None, None
    if inputs.animating and not compact:
        head, anim_band, graph_rect, body = _animation_rects(inputs, head)
    rows = rows_under_columns(inputs, body, compact, measure)
    network, columns = _columns(inputs, body, rows, measure)
    radius = min((c.radius for c in columns), default=1.0)  # the smallest node radius
    colorbar, sections = _legend(inputs, head, measure)
    banner, banner_lines, banner_px = _banner(inputs, network, measure)
    return Layout(rect=rect, sizes=z, compact=compact, radius=radius, columns=columns, network=network,
                  title_rect=head.title_rect, status_rect=head.status_rect, caption_lines=head.caption_lines,
                  legend=head.legend, legend_side=head.side, sections=tuple(sections), colorbar=colorbar,
                  ticks=(), banner=banner, banner_lines=banner_lines, lod=inputs.lod,
                  short_names=rows.short_names, edge_width=_edge_width(inputs, columns, radius), label_px=z.text_px,
                  phase_rect=head.phase_rect, anim_band=anim_band, graph_rect=graph_rect,
                  title_lines=head.title_lines, banner_px=banner_px)


def _animation_rects(inputs: LayoutInputs, head: Frame) -> tuple[Frame, QRectF, QRectF | None, QRectF]:
    """The caption band under the network, the computational graph at its right, and what is
    left; the frame, without its legend when the graph takes the legend's place."""
    z = inputs.sizes
    gap, body = z.gap, head.body
    band_h = (ANIM_CAPTION_LINES * z.line_height(z.caption_px) + ANIM_EQUATION_LINES * z.line_height(z.text_px)
              + gap)
    if inputs.comp_graph:
        # Room for five columns of boxes as wide as "∂ −1e−10" in monospace (0.6 em a character;
        # the panel writes its numbers with fewer digits when short of room), up to
        # GRAPH_MAX_SHARE of the width: the graph's numbers are never cut.
        # (As CompGraphPanel sizes them: the text, 0.6 em of air, a box 90% of its cell.)
        boxes = GRAPH_COLUMNS * (0.61 * z.text_px * len(GRAPH_NUMBER_SAMPLE) + 0.6 * z.text_px) / 0.9 + 2 * gap
        if boxes > GRAPH_MAX_SHARE * body.width() and head.legend is not None and head.side == "right":
            # Presentation mode's large text on a small screen: the graph takes the legend's
            # place (and more) while it is shown, the caption band runs under both. The legend
            # explains colours that the graph's boxes spell out in numbers.
            # The lesson's caption gives its lines to the graph's boxes (the phase's caption
            # speaks in the band), and the band keeps two lines of equations (the graph shows
            # the same numbers).
            top = head.caption_lines[0][1].top() if head.caption_lines else body.top()
            whole = QRectF(body.left(), top, head.legend.right() - body.left(), body.bottom() - top)
            if boxes <= GRAPH_LEGEND_SHARE * whole.width():
                head = replace(head, legend=None, side=None, caption_lines=())
                body = whole
                band_h -= (ANIM_EQUATION_LINES - 2) * z.line_height(z.text_px)
    band_h = min(band_h, 0.34 * body.height())
    anim_band = QRectF(body.left(), body.bottom() - band_h, body.width(), band_h)
    body = QRectF(body.left(), body.top(), body.width(), max(0.0, body.height() - band_h - gap))
    graph_rect = None
    if inputs.comp_graph:
        # A graph that cannot get its room is not drawn: boxes with cut or overlapping numbers
        # would teach nothing.
        if boxes > GRAPH_MAX_SHARE * body.width() and (head.legend is not None or
                                                         boxes > GRAPH_LEGEND_SHARE * body.width()):
            return head, anim_band, None, body
        graph_w = max(GRAPH_SHARE * body.width(), boxes)
        graph_rect = QRectF(body.right() - graph_w, body.top() + gap, graph_w, max(0.0, body.height() - gap))
        body = QRectF(body.left(), body.top(), max(1.0, body.width() - graph_w - gap), body.height())
    return head, anim_band, graph_rect, body


def _radii(inputs: LayoutInputs, height: float, body_w: float) -> list[float]:
    """A radius per column that fits its nodes and its cell, at most 4x the smallest."""
    z = inputs.sizes
    cell_w = max(body_w / max(len(inputs.columns), 1), 1.0)
    radii = [max(0.5, min(z.node_radius_max, 0.42 * height / max(c.units, 1), 0.2 * cell_w))
             for c in inputs.columns] or [1.0]
    r_min = min(radii)
    return [min(r, 4.0 * r_min) for r in radii]


def _columns(inputs: LayoutInputs, body: QRectF, rows: Rows,
             measure: Measure) -> tuple[QRectF, tuple[ColumnLayout, ...]]:
    """The network's rect (the body less the rows under it) and each column in its cell."""
    z = inputs.sizes
    px, gap = z.text_px, z.gap
    lh = z.line_height(px)
    cell_w = max(body.width() / max(len(inputs.columns), 1), 1.0)
    bar_h = rows.bar_lines * lh
    under_h = ((rows.label_rows * lh + gap if rows.label_rows else 0.0)
               + (bar_h + rows.norm_rows * lh + gap if rows.has_bars else 0.0))
    net_top = body.top() + (gap if not inputs.compact else 0.0)
    network = QRectF(body.left(), net_top, body.width(), max(1.0, body.bottom() - under_h - net_top))
    h = network.height()
    radii = _radii(inputs, h, body.width())
    bar_w = max(3.0, min(26.0 * z.scale, 0.3 * cell_w))
    gutter = min(gap / 2, 4.0 * z.scale)
    caption_rows, label_rows = rows.caption_rows, rows.label_rows
    columns: list[ColumnLayout] = []
    for i, col in enumerate(inputs.columns):
        n, radius = col.units, radii[i]
        x = body.left() + (i + 0.5) * cell_w
        spacing = min(h / max(n, 1), 3.0 * radius) if n > 0 else 0.0
        ys = network.center().y() + (np.arange(n) - (n - 1) / 2.0) * spacing
        cell = QRectF(body.left() + i * cell_w, network.top(), cell_w, network.height())
        lx, lw = cell.left() + gutter / 2, cell_w - gutter
        y = network.bottom() + gap
        name_r = cap_r = norm_r = dead_r = tags_r = bar = None
        cap_lines: tuple[str, ...] = ()
        if label_rows >= 1:
            name_r = QRectF(lx, y, lw, lh)
            y += lh
        if label_rows >= 1 + caption_rows:
            cap_r = QRectF(lx, y, lw, lh * caption_rows)
            cap_lines = fit_caption(col.caption, caption_width(cell_w, gutter, px, measure), px, caption_rows,
                                    measure)
            y += lh * caption_rows
        if label_rows >= 2 + caption_rows:
            dead_r = QRectF(lx, y, lw, lh)
            y += lh
        if label_rows >= 3 + caption_rows:
            tags_r = QRectF(lx, y, lw, lh)
            y += lh
        if label_rows:
            y += gap
        if rows.has_bars and col.bar:
            bar = QRectF(x - bar_w / 2, y, bar_w, bar_h)
            norm_r = QRectF(lx, y + bar_h, lw, lh) if rows.norm_rows else None
            if rows.norm_rows == 2:  # two cells wide, every other one a line lower
                norm_r = QRectF(x - cell_w + gutter / 2, y + bar_h + (i % 2) * lh, 2 * cell_w - gutter, lh)
        columns.append(ColumnLayout(index=i, x=x, ys=ys, spacing=spacing, radius=radius, cell=cell, bar=bar,
                                    name_rect=name_r, caption_rect=cap_r, norm_rect=norm_r, dead_rect=dead_r,
                                    tags_rect=tags_r, caption_lines=cap_lines,
                                    label=pick(name_candidates(col.name), rows.name_level)))
    return network, tuple(columns)


def _legend(inputs: LayoutInputs, head: Frame,
            measure: Measure) -> tuple[QRectF | None, list[LegendSection]]:
    """The legend's sections, and the colour bar."""
    if head.legend is None:
        return None, []
    z = inputs.sizes
    lh = z.line_height(z.text_px)
    texts = LegendTexts(nodes=nodes_title(inputs.node_quantity, any(c.heatmaps for c in inputs.columns[1:])),
                        edges=edges_title(inputs.edge_quantity),
                        lod=lod_note(inputs.total_edges, inputs.edge_budget) if inputs.lod else None,
                        node_key=node_key_labels(inputs.node_quantity))
    sections = legend_sections(texts, head.legend, head.side, z, measure)
    bar_section = next((s for s in sections if s.kind == "colorbar"), None)
    if bar_section is None:
        return None, sections
    r = bar_section.rect
    # Half a line of room above and below, so the end ticks' labels fit.
    colorbar = QRectF(r.left(), r.top() + lh / 2, min(z.colorbar_width, r.width() / 4), max(1.0, r.height() - lh))
    return colorbar, sections


def colorbar_ticks(lay: Layout, node_quantity: str, node_range: tuple[float, float]) -> tuple[Tick, ...]:
    """The colour bar's ticks for ``node_range`` (as ``node_range_of``): powers of ten for
    gradients, round values for activations, at least 1.25 lines apart."""
    if lay.colorbar is None:
        return ()
    lh = lay.sizes.line_height(lay.sizes.text_px)
    lo, hi = node_range
    ticks_of = gradient_ticks if node_quantity == "gradient" else activation_ticks
    return tuple(ticks_of(lo, hi, lay.colorbar, 1.25 * lh))


def _banner(inputs: LayoutInputs, network: QRectF, measure: Measure) -> tuple[QRectF | None, tuple[str, ...], int]:
    """The divergence banner across the middle of the network: over its nodes and edges (whose
    values are no longer numbers), never over the legend, the labels or the bars. Its text is
    the theme's banner size when the whole message fits in MAX_BANNER_LINES lines and the
    network's height, else the largest size down to the frame's text size at which it does
    (cut with "…" only if not even that fits). Returns the rect, the lines and the text size."""
    z = inputs.sizes
    if not inputs.banner:
        return None, (), z.banner_px
    bw = network.width()
    width = bw - 4 * z.gap

    def room(px: int) -> int:
        return max(1, min(MAX_BANNER_LINES, int((network.height() - 2 * z.gap) // z.line_height(px))))

    smallest = min(z.text_px, z.banner_px)

    def fits(lines: tuple[str, ...], px: int) -> bool:
        return len(lines) <= room(px) and all(measure(line, px, True) <= width for line in lines)

    # Chinese runs whole between their punctuation ("批处理归一化", not "批处理归" over "一化") at
    # any size down to the frame's text size; only if that never fits, broken between characters.
    tries = [(bpx, phrases) for phrases in (True, False) for bpx in range(z.banner_px, smallest - 1, -1)]
    for bpx, phrases in tries:
        lines = tuple(wrap_text(inputs.banner, width, bpx, measure, bold=True, phrases=phrases))
        if fits(lines, bpx):
            break
    else:
        bpx = smallest
        lines = tuple(wrap_text(inputs.banner, width, bpx, measure, bold=True, max_lines=room(bpx)))
    bh = min(len(lines) * z.line_height(bpx) + 2 * z.gap, network.height())
    return QRectF(network.left(), network.center().y() - bh / 2, bw, bh), lines, bpx


def _edge_width(inputs: LayoutInputs, columns: tuple[ColumnLayout, ...], radius: float) -> float:
    """The thinnest edges' width: thinner in dense columns, so that edges do not merge into a
    solid block, and where many edges share a gap between two columns (as drawn: at most the budget)."""
    spacing_min = min((c.spacing for c in columns if c.ys.size > 1), default=3.0 * radius)
    total = inputs.total_edges
    drawn = min(total, inputs.edge_budget) if inputs.lod else total
    per_gap = drawn / max(len(inputs.edge_shapes), 1)
    density = min(1.0, max(0.2, spacing_min / 40.0), max(0.2, math.sqrt(100.0 / max(per_gap, 1.0))))
    return inputs.sizes.line_px * density  # pens never go below 1 px
