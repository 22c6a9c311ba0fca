"""Which edge of a drawn frame lies under a point: Playground lets a student hover and click an edge."""

from __future__ import annotations

import numpy as np

from netviz.render.layout import Layout, edge_segments

PICK_PX = 4.0  # how far from an edge's line a point still picks it (pixels)


def edge_at(layout: Layout, x: float, y: float, tolerance: float = PICK_PX) -> tuple[int, int, int] | None:
    """(bundle, source, target) of the edge nearest (x, y), within ``tolerance`` of its line
    and outside both nodes (a node under the point is the node's); None if there is none.
    ``bundle`` k joins column k to column k + 1: the trace's layer k's W[source, target]."""
    segments, offsets = edge_segments(layout, trim=True)
    if not segments.size:
        return None
    x1, y1, x2, y2 = segments.T
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(((x - x1) * dx + (y - y1) * dy) / length2, 0.0, 1.0)
    t = np.where(length2 > 0, t, 0.0)
    distance = np.hypot(x1 + t * dx - x, y1 + t * dy - y)
    best = int(np.argmin(distance))
    if not distance[best] <= tolerance:
        return None
    bundle = int(np.searchsorted(offsets, best, side="right") - 1)
    n = layout.columns[bundle + 1].ys.size
    source, target = divmod(best - int(offsets[bundle]), n)
    return bundle, source, target


def edge_line(layout: Layout, edge: tuple[int, int, int]) -> tuple[float, float, float, float] | None:
    """(x1, y1, x2, y2) of an edge from node centre to node centre, or None if the layout has no such edge."""
    bundle, source, target = edge
    if not 0 <= bundle < len(layout.columns) - 1:
        return None
    a, b = layout.columns[bundle], layout.columns[bundle + 1]
    if not (0 <= source < a.ys.size and 0 <= target < b.ys.size):
        return None
    return float(a.x), float(a.ys[source]), float(b.x), float(b.ys[target])
