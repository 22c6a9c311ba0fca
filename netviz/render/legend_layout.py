"""Where the legend's blocks go: stacked at the right of the picture, or in three stacks under it."""

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
_Block = tuple[str, float, tuple[str, ...]]  # kind, height (-1: the flexible colour bar), lines


@dataclass(frozen=True)
class LegendSection:
    """A block of the legend: kind names what goes in it; lines holds wrapped text."""

    kind: str  # "nodes_title", "colorbar", "node_key", "edges_title", "edge_key", "lod_note", "bars_note"
    rect: QRectF
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class LegendTexts:
    """What the legend says: the nodes' title (two lines), the edges' title, the level-of-detail
    note (None when every edge is drawn)."""

    nodes: tuple[str, str]
    edges: str
    lod: str | None


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
        fixed = sum(h for _, h, _ in bs if h >= 0)
        return fixed + (min_bar if any(h < 0 for _, h, _ in bs) else 0.0) + gap * max(len(bs) - 1, 0)

    sections: list[LegendSection] = []
    for area, kinds in stacks:
        blocks = _blocks(kinds, texts, area.width(), px, lh, row, measure)
        while blocks and needed(blocks) > area.height():
            victim = next((k for k in DROP_ORDER if any(b[0] == k for b in blocks)), None)
            if victim is None:
                blocks = [b for b in blocks if b[0] != "colorbar"] if needed(blocks) > area.height() else blocks
                break
            gone = (victim, *DROPPED_WITH.get(victim, ()))
            blocks = [b for b in blocks if b[0] not in gone]
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


def _blocks(kinds: list[str], texts: LegendTexts, width: float, px: int, lh: float, row: float,
            measure: Measure) -> list[_Block]:
    def text_block(kind: str, text: str, max_lines: int = 4) -> _Block:
        lines = tuple(wrap_text(text, width, px, measure, max_lines=max_lines))
        return kind, len(lines) * lh, lines

    blocks: list[_Block] = []
    for kind in kinds:
        if kind == "nodes_title":
            blocks.append((kind, 2 * lh, texts.nodes))
        elif kind == "colorbar":
            blocks.append((kind, -1.0, ()))
        elif kind == "node_key":
            blocks.append((kind, NODE_KEY_ROWS * row, ()))
        elif kind == "edges_title":
            blocks.append((kind, lh, (texts.edges,)))
        elif kind == "edge_key":
            blocks.append((kind, 5 * row, ()))
        elif kind == "lod_note" and texts.lod is not None:
            blocks.append(text_block(kind, texts.lod))
        elif kind == "bars_note":
            blocks.append(text_block(kind, bars_note()))
    return blocks
