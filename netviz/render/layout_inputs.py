"""What the layout of a frame depends on: ``LayoutInputs``, made from a scene by ``layout_inputs``.

``compute_layout`` reads the scene only through these inputs, so they are exactly the key of
the renderer's layout cache: a field the layout uses cannot be left out of the key.
What changes from frame to frame is kept out of it: the colour range (the colour bar's ticks,
``layout.colorbar_ticks``) follows the gradients on every step under the adaptive scale, and a
layout recomputed on every frame would also cost the static layer and the node sprites.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QRectF

from netviz.animation.scene import SceneState
from netviz.i18n import DEFAULT_LANGUAGE, current_language
from netviz.render.theme import DARK, Sizes, Theme

# Level of detail: above LOD_THRESHOLD edges, only the EDGE_BUDGET strongest are drawn
# one by one and the rest of each pair of columns becomes a faint band.
LOD_THRESHOLD = 3000
EDGE_BUDGET = 2000

COMPACT_HEIGHT = 240  # below this height (or COMPACT_WIDTH width) only the network is drawn
COMPACT_WIDTH = 320


def total_edges(scene: SceneState) -> int:
    return int(sum(e.values.size for e in scene.edges))


def node_range_of(scene: SceneState) -> tuple[float, float]:
    lo, hi = (float(v) for v in scene.node_range)
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return (-8.0, 2.0) if scene.node_quantity == "gradient" else (-1.0, 1.0)
    return lo, hi


# ----- what the layout depends on -----------------------------------------------------


class ColumnInputs(NamedTuple):
    """What the layout reads of one column (a named tuple: made for every column of every frame)."""

    name: str
    caption: str
    units: int
    frozen: bool
    batch_norm: bool
    bar: bool  # it gets a gradient-norm bar: it has a norm, or an animated frame's hidden/output column
    heatmaps: bool


@dataclass(frozen=True)
class LayoutInputs:
    """Everything the geometry of a frame depends on (and the key of the renderer's layout cache)."""

    rect: tuple[float, float, float, float]  # x, y, width, height
    sizes: Sizes
    columns: tuple[ColumnInputs, ...]
    edge_shapes: tuple[tuple[int, ...], ...]
    caption: str
    # The title: it wraps (two lines at most) when its row is too short, and in animated frames
    # the phase chip goes under it when the row is too short for both. (A new title is a new
    # layout: the title changes with the lesson or the fix, not from frame to frame.)
    title: str
    titled: bool  # a frame with no title gives its whole title row to the step and loss
    banner: str | None
    node_quantity: str
    edge_quantity: str
    animating: bool  # animated frames reserve room for the phase chip and the caption band
    comp_graph: bool  # ... and for the computational graph
    edge_budget: int
    lod_threshold: int
    language: str = DEFAULT_LANGUAGE  # the words' language: their widths shape the layout
    presentation: bool = False  # presentation mode: its sizes, and what goes first under the columns

    @property
    def qrect(self) -> QRectF:
        return QRectF(*self.rect)

    @property
    def total_edges(self) -> int:
        return int(sum(math.prod(shape) for shape in self.edge_shapes))

    @property
    def compact(self) -> bool:
        return self.rect[3] < COMPACT_HEIGHT or self.rect[2] < COMPACT_WIDTH

    @property
    def lod(self) -> bool:
        return self.total_edges > self.lod_threshold


@lru_cache(maxsize=8)
def _sizes(theme: Theme, width: float, height: float, presentation: bool) -> Sizes:
    return theme.sizes(width, height, presentation=presentation)


def layout_inputs(scene: SceneState, rect: QRectF, theme: Theme = DARK, *, edge_budget: int = EDGE_BUDGET,
                  lod_threshold: int = LOD_THRESHOLD, presentation: bool = False) -> LayoutInputs:
    """The one place that reads a scene for its layout; ``presentation``: the sizes of
    presentation mode (``theme.presentation_sizes``)."""
    animating = bool(scene.phase_kind)
    # Positional, in the order of ColumnInputs' fields: this runs for every column of every frame.
    columns = tuple([ColumnInputs(c.name, c.caption, c.values.shape[0], c.frozen, c.batch_norm,
                                  # Animated frames keep every layer's bar (empty until the backward pass
                                  # reaches it), so the layout does not jump between phases.
                                  c.grad_norm is not None or (animating and i > 0), c.heatmaps is not None)
                     for i, c in enumerate(scene.columns)])
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    return LayoutInputs(rect=(x, y, w, h), sizes=_sizes(theme, w, h, presentation), columns=columns,
                        edge_shapes=tuple(tuple(e.values.shape) for e in scene.edges), caption=scene.caption,
                        title=scene.title, titled=bool(scene.title),
                        banner=scene.banner, node_quantity=scene.node_quantity, edge_quantity=scene.edge_quantity,
                        animating=animating,
                        comp_graph=scene.comp_graph is not None, edge_budget=int(edge_budget),
                        lod_threshold=int(lod_threshold), language=current_language(),
                        presentation=bool(presentation))
