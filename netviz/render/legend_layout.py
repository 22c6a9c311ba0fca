"""Where the legend's blocks go: stacked at the right of the picture, or in three stacks under it.

A key's label or a heading too wide for its stack wraps onto more lines (German's
"in diesem Schritt verworfen" under a narrow view) rather than being cut; when the wrapped
blocks do not fit the stack's height, they go back to one line each before any block is dropped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from netviz.render.theme import Sizes
from netviz.render.wording import Measure, bars_note, wrap_text

NODE_KEY_ROWS = 4  # dead, saturated, dropped, input / no value

# Dropped first when space runs out.
DROP_ORDER = ("bars_note", "node_key", "edge_key", "lod_note", "edges_title", "nodes_title")
# A heading says nothing without what it heads: dropping the key drops its heading too.
DROPPED_WITH = {"edge_key": ("edges_title",)}
NODE_KEY_LINES = 3  # a node key's label wraps onto at most this many lines
# kind, height (-1: the flexible colour bar), lines, the node key's labels (each wrapped)
_Block = tuple[str, float, tuple[str, ...], tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class LegendSection:
    """A block of the legend: kind names what goes in it; lines holds wrapped text."""

    kind: str  # "nodes_title", "colorbar", "node_key", "edges_title", "edge_key", "lod_note", "bars_note"
    rect: QRectF
    lines: tuple[str, ...] = ()
    # The node key's labels, each on its lines (a row is one line taller for each line more than
    # one); the nodes' heading and what the colours show, each on its lines; () elsewhere.
    entries: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class LegendTexts:
    """What the legend says: the nodes' title (two lines), the edges' title, the level-of-detail
    note (None when every edge is drawn); the node key's labels (dead, saturated, dropped, input or
    no value; () leaves the key's rows unlabelled here: the drawing has its own words)."""

    nodes: tuple[str, str]
    edges: str
    lod: str | None
    node_key: tuple[str, ...] = ()


def legend_sections(texts: LegendTexts, legend: QRectF, side: str | None, z: Sizes,
                    measure: Measure) -> list[LegendSection]:
    """The legend's blocks in ``legend``; those that do not fit are left out (``DROP_ORDER``)."""
    px = z.text_px
    lh = z.line_height(px)
    row = max(lh, 1.2 * lh)
    gap = z.gap

    if side == "right":
        stacks = [(legend, ["nodes_title", "colorbar", "node_key", "edges_title", "edge_key", "lod_note",
                            "bars_note"])]
    else:
        w = legend.width() / 3
        stacks = [(QRectF(legend.left() + i * w, legend.top(), w - gap, legend.height()), kinds)
                  for i, kinds in enumerate((["nodes_title", "colorbar"], ["node_key", "bars_note"],
                                             ["edges_title", "edge_key", "lod_note"]))]
    min_bar = 4 * lh

    def needed(bs: list[_Block]) -> float:
        fixed = sum(b[1] for b in bs if b[1] >= 0)
        return fixed + (min_bar if any(b[1] < 0 for b in bs) else 0.0) + gap * max(len(bs) - 1, 0)

    sections: list[LegendSection] = []
    for area, kinds in stacks:
        blocks = _blocks(kinds, texts, area.width(), z, row, measure, wrap=True)
        if needed(blocks) > area.height():  # without the bars' note, else one line each again (cut)
            fewer = [b for b in blocks if b[0] != "bars_note"]
            blocks = fewer if fewer and needed(fewer) <= area.height() else \
                _blocks(kinds, texts, area.width(), z, row, measure, wrap=False)
        while blocks and needed(blocks) > area.height():
            victim = next((k for k in DROP_ORDER if any(b[0] == k for b in blocks)), None)
            if victim is None:
                blocks = [b for b in blocks if b[0] != "colorbar"] if needed(blocks) > area.height() else blocks
                break
            gone = (victim, *DROPPED_WITH.get(victim, ()))
            blocks = [b for b in blocks if b[0] not in gone]
        if not blocks or needed(blocks) > area.height():
            continue
        flexible = area.height() - needed(blocks) + (min_bar if any(b[1] < 0 for b in blocks) else 0.0)
        flexible = min(flexible, 18 * lh)
        y = area.top()
        for kind, height, lines, entries in blocks:
            height = flexible if height < 0 else height
            sections.append(LegendSection(kind=kind, rect=QRectF(area.left(), y, area.width(), height), lines=lines,
                                          entries=entries))
            y += height + gap
            if kind in ("colorbar", "node_key") and side == "right":
                y += gap  # a little more air between the node and the edge halves
    return sections


def _blocks(kinds: list[str], texts: LegendTexts, width: float, z: Sizes, row: float, measure: Measure, *,
            wrap: bool) -> list[_Block]:
    """The blocks of one stack; ``wrap``: the edges' heading and the node key's labels wrap
    (else each is one line, cut when drawn)."""
    px = z.text_px
    lh = z.line_height(px)

    def text_block(kind: str, text: str, max_lines: int = 4, bold: bool = False) -> _Block:
        lines = tuple(wrap_text(text, width, px, measure, bold=bold, max_lines=max_lines))
        return kind, len(lines) * lh, lines, ()

    def heading(text: str, bold: bool) -> tuple[str, ...]:
        return _balanced(text, width, px, bold, measure) if wrap else (text,)

    blocks: list[_Block] = []
    for kind in kinds:
        if kind == "nodes_title":
            # Its heading (bold) and what the colours show, each on one line or wrapped onto two.
            parts = tuple(heading(text, k == 0) for k, text in enumerate(texts.nodes))
            blocks.append((kind, sum(len(p) for p in parts) * lh, texts.nodes, parts if wrap else ()))
        elif kind == "colorbar":
            blocks.append((kind, -1.0, (), ()))
        elif kind == "node_key":
            blocks.append(_node_key_block(texts.node_key, width, z, row, measure, wrap))
        elif kind == "edges_title":
            lines = heading(texts.edges, True)
            blocks.append((kind, len(lines) * lh, lines, ()))
        elif kind == "edge_key":
            blocks.append((kind, 5 * row, (), ()))
        elif kind == "lod_note" and texts.lod is not None:
            blocks.append(text_block(kind, texts.lod))
        elif kind == "bars_note":
            blocks.append(text_block(kind, bars_note()))
    return blocks


def _balanced(text: str, width: float, px: int, bold: bool, measure: Measure) -> tuple[str, ...]:
    """A heading on one line, or on two of about equal width ("Kanten:" over "Gewicht W", not
    "Kanten: Gewicht" over "W"): the narrowest room that still takes it in as many lines."""
    lines = wrap_text(text, width, px, measure, bold=bold, max_lines=2)
    if len(lines) < 2 or lines[-1].endswith(" …"):
        return tuple(lines)
    room = width
    while room > 1.0:
        narrower = wrap_text(text, room - 1.0, px, measure, bold=bold)
        widest = max(measure(line, px, bold) for line in narrower)
        if len(narrower) > 2 or widest > room - 1.0:  # more lines, or a word wider than the room
            break
        lines, room = narrower, widest
    return tuple(lines)


def _node_key_block(labels: tuple[str, ...], width: float, z: Sizes, row: float, measure: Measure,
                    wrap: bool) -> _Block:
    """The node key: NODE_KEY_ROWS rows, each a sample node and its label (drawn right of a colour
    bar's width and a gap); a label that needs two lines makes its row one line taller."""
    px = z.text_px
    lh = z.line_height(px)
    label_w = width - z.colorbar_width - z.gap
    if not wrap or not labels:
        return "node_key", NODE_KEY_ROWS * row, (), tuple((label,) for label in labels)
    entries = tuple(tuple(wrap_text(label, label_w, px, measure, max_lines=NODE_KEY_LINES)) for label in labels)
    return "node_key", NODE_KEY_ROWS * row + sum(len(entry) - 1 for entry in entries) * lh, (), entries
