"""The legend's blocks when space runs short: what is dropped, and that no heading is left alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from netviz.render.legend_layout import LegendTexts, legend_sections
from netviz.render.theme import DARK
from netviz.render.wording import approx_measure

TEXTS = LegendTexts(nodes=("Nodes: gradient", "|dl/dz| per example"), edges="Edges: weight W", lod=None)


def kinds_at(height: float) -> list[str]:
    z = DARK.sizes(1024, 768, presentation=True)
    return [s.kind for s in legend_sections(TEXTS, QRectF(0, 0, 300, height), "right", z, approx_measure)]


def test_a_tall_legend_holds_every_block():
    assert kinds_at(2000) == ["nodes_title", "colorbar", "node_key", "edges_title", "edge_key", "bars_note"]


def test_the_edges_heading_never_stands_without_its_key():
    # A compare's half-height picture in presentation mode: room for the heading, not the key.
    z = DARK.sizes(1024, 768, presentation=True)
    lh = z.line_height(z.text_px)
    heights = [lh * k / 4 for k in range(8, 120)]
    seen = [kinds_at(h) for h in heights]
    assert any("edge_key" not in kinds for kinds in seen) and any("edge_key" in kinds for kinds in seen)
    for kinds in seen:
        assert ("edges_title" in kinds) == ("edge_key" in kinds), kinds


def test_narrow_stacks_wrap_headings_and_key_labels_instead_of_cutting_them():
    z = DARK.sizes(392, 490)
    texts = LegendTexts(nodes=("Knoten: Gradient", "|dl/dz| je Beispiel"), edges="Kanten: Gewicht W", lod=None,
                        node_key=("tote Einheit", "gesättigte Einheit", "in diesem Schritt verworfen", "Eingabe"))
    sections = {s.kind: s for s in legend_sections(texts, QRectF(0, 0, 377, 138), "bottom", z, approx_measure)}
    # The heading on two lines of about equal width, not "Kanten: Gewicht" over a lone "W".
    assert sections["edges_title"].lines == ("Kanten:", "Gewicht W")
    key = sections["node_key"]
    assert [" ".join(entry) for entry in key.entries] == list(texts.node_key)  # every label whole
    assert len(key.entries[2]) > 1 and all(approx_measure(line, z.text_px, False) <= key.rect.width()
                                           for entry in key.entries for line in entry)
    # A word wider than the stack: the heading still comes back (cut when drawn), no endless narrowing.
    tight = legend_sections(texts, QRectF(0, 0, 90, 400), "bottom", z, approx_measure)
    assert tight
