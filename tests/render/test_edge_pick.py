"""Edges can be picked under the mouse: the nearest line within a few pixels, never through a node."""

from PySide6.QtCore import QRectF

from netviz.render.edge_pick import edge_at, edge_line
from netviz.render.renderer import NetworkRenderer
from tests.render import scenes


def test_the_middle_of_each_edge_picks_it(app):
    scene = scenes.mlp_scene([3, 2], steps=1)
    lay = NetworkRenderer().layout(scene, QRectF(0, 0, 1280, 720))
    for bundle in range(len(lay.columns) - 1):
        a, b = lay.columns[bundle], lay.columns[bundle + 1]
        for source in range(a.ys.size):
            for target in range(b.ys.size):
                x1, y1, x2, y2 = edge_line(lay, (bundle, source, target))
                # Points along the edge (edges cross, so not every point is this edge's alone):
                # each picks an edge that passes within the tolerance, and some pick this one.
                picked = set()
                for f in (0.2, 0.3, 0.4, 0.6, 0.7, 0.8):
                    edge = edge_at(lay, x1 + f * (x2 - x1), y1 + f * (y2 - y1))
                    assert edge is not None
                    picked.add(edge)
                assert (bundle, source, target) in picked


def test_nothing_is_picked_away_from_the_edges_or_on_a_node(app):
    scene = scenes.mlp_scene([3, 2], steps=1)
    lay = NetworkRenderer().layout(scene, QRectF(0, 0, 1280, 720))
    assert edge_at(lay, 2.0, 2.0) is None  # the corner of the view
    first = lay.columns[0]
    assert edge_at(lay, first.x, float(first.ys[0])) is None  # a node's centre: the node's, not an edge's
    assert edge_line(lay, (9, 0, 0)) is None and edge_line(lay, (0, 99, 0)) is None
