"""NetworkRenderer: draws a SceneState on any QPainter (a widget's, a QImage's, an SVG generator's).

The renderer is the conductor of paint order; each part of the picture is a room it owns:
``edges`` (EdgePainter), ``nodes`` (NodePainter, with the sprite atlas), ``labels`` (under
the columns), ``legend`` (header, banner, legend), ``overlay`` (the step animation), over
``text`` (TextPainter) and ``static_layer``; ``style`` holds the theme's colours and the
antialiasing settings they share. The layout is cached by its ``LayoutInputs``.

On a vector device (SVG, PDF, QPicture) everything is drawn directly: text as text, lines
as lines, discs as ellipses; only the per-node heatmaps are images. On a raster device (a
widget's backing store, a QImage, a QPixmap) the picture takes fast paths, measured on
this project's 2-core CPU (see ``tests/benchmarks/render_speed.py``):

- the static layer -- background, title, caption, column labels and tags, the tracks of
  the gradient-norm bars, the legend, the level-of-detail bands -- is drawn once into an
  image of the device's pixel size and format, and each frame is a fill plus a copy of
  the few rects of that image that are not plain background (instead of ~100 text and
  shape calls, 2-4 ms). Its key holds the layout's key (shape, names, captions, ranges,
  rect), the title, the device scale, offset and format, the antialiasing and quality
  settings and the bands shown; the last two layers are kept (a live view and an export
  through one renderer), setting the theme empties them. What changes from step to step
  is drawn live on top: the step and loss, the gradient norms and their bars, the dead
  counts; the colour bar's ticks and the edge legend's values, which follow the colour
  ranges and so change only now and then, are drawn into the layer's patches while they
  stay the same from one frame to the next (``_legend_patches``: about 40 texts and lines
  a frame fewer), and live in a frame where they moved;
- nodes are sprites: every code (colour level, no value, dead, dropped) of a radius is
  drawn once, antialiased, into an atlas, and all nodes of that radius are copied in one
  ``drawPixmapFragments`` call from a numpy array (a QImage and one call per node outside
  the GUI thread). A sprite sits on whole device pixels: its centre within half a pixel;
- edges are grouped by pen (colour and width level, see ``colors.edge_keys``) and each
  group is one ``drawLines`` call over a numpy array, never a pen per edge; the colours
  are opaque (mixed with the background), since blending translucent lines cost 5-10x;
  they start and end at the node rims (the part under a node would not show);
- ``quality="fast"`` (the default, for the live view) draws the edges aliased, at whole
  pixel widths: antialiasing costs 4-10x per edge (1.5-3 ms more for the 88 edges of
  [2,8,8,1], 16-20 ms more for [2,16x6,1]); ``quality="high"`` (for exports) antialiases
  them. Nodes, text and the legend are antialiased in both;
- above ``LOD_THRESHOLD`` edges only the ``edge_budget`` strongest are drawn and the rest
  of each pair of columns becomes a faint band, which the edge legend says.

A layout not drawn in the last two frames (a resize, another network or caption) is drawn
directly, with no layer or sprites: making them costs about two direct frames, which only
pays once the layout stays (a resize would otherwise make them again on every frame).
Layouts are cached per scene shape, texts and rect, the edge end points per node
geometry, so a new frame of the same network only recomputes colours and groups.
``last_stats`` tells what a frame did (``static_layer``: "drawn", "hit", "deferred" (a new
layout, see ``layer_deferred``) or None,
``node_sprites``, ``antialias_edges``, ``phase_ms``...).
All paint state is made in ``__init__`` or cached; an exception inside ``paint`` is
caught, recorded in ``last_stats["error"]`` and shown in the picture (under PySide6 an
exception escaping a widget's paintEvent can kill the process) unless ``raise_errors``.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPaintEngine, QPainter, QTransform

from netviz.animation.scene import SceneState
from netviz.render.edges import EdgePainter
from netviz.render.labels import ColumnLabels
from netviz.render.layout import (
    EDGE_BUDGET,
    LOD_THRESHOLD,
    Layout,
    LayoutInputs,
    layout_inputs,
    layout_of,
    node_range_of,
)
from netviz.render.layout import node_at as layout_node_at
from netviz.render.legend import Legend
from netviz.render.node_names import NodeNames
from netviz.render.nodes import NodePainter
from netviz.render.overlay import AnimationOverlay
from netviz.render.primitives import pixel_transform
from netviz.render.static_layer import STATIC_LAYERS, Patch, StaticLayer
from netviz.render.style import Style
from netviz.render.text import DrawnText, TextPainter
from netviz.render.theme import DARK, Theme
from netviz.render.wording import status_text

__all__ = ["NetworkRenderer", "ensure_gui_application", "status_text"]

_LAYOUT_CACHE = 8


def _empty_stats() -> dict[str, Any]:
    return {"edges_total": 0, "edges_drawn": 0, "edges_banded": 0, "paint_ms": 0.0, "lod": False,
            "antialias_edges": False, "nodes": 0, "error": None, "static_layer": None, "node_sprites": False,
            "phase_ms": {}}


class NetworkRenderer:
    """Draws a SceneState: ``paint(painter, scene, rect)``, ``render_image(scene, w, h)``.

    ``quality``: "fast" (default, for the live view: on a raster device edges are drawn
    aliased at whole-pixel widths) or "high" (for exports: antialiased edges); nodes,
    text and the legend are antialiased in both, and vector devices always get the full
    quality. ``antialias``: None lets ``quality`` and the device decide; True or False
    forces it everywhere (nodes, edges, shapes of the legend).
    ``edge_budget`` / ``lod_threshold``: above ``lod_threshold`` edges only the
    ``edge_budget`` strongest (by |value|) are drawn one by one.
    ``raise_errors``: re-raise exceptions from ``paint`` (tests) instead of drawing them.
    ``presentation``: presentation mode's text sizes (``theme.presentation_sizes``: no text
    below 20 px, for a view filling a projector's screen).
    ``last_texts``: every line of text the last frame drew (``DrawnText``: font px, rect, elided
    or not); a frame that copied the static layer lists only the live texts.
    """

    def __init__(self, theme: Theme = DARK, antialias: bool | None = None, *, quality: str = "fast",
                 edge_budget: int = EDGE_BUDGET, lod_threshold: int = LOD_THRESHOLD, raise_errors: bool = False,
                 presentation: bool = False):
        self._style = Style(theme, antialias, quality, presentation)
        self.raise_errors = raise_errors
        self.last_stats: dict[str, Any] = _empty_stats()
        self.last_layout: Layout | None = None
        self.layouts_computed = 0  # layouts made so far (not found in the cache): a count for tests and benchmarks
        self.last_texts: tuple[DrawnText, ...] = ()
        # The rooms, each drawing one part of the picture (see the module docstring).
        self._text = TextPainter(self._style)
        self._edges = EdgePainter(self._style, edge_budget, lod_threshold)
        self._nodes = NodePainter(self._style)
        self._labels = ColumnLabels(self._style, self._text)
        self._node_names = NodeNames(self._style, self._text)
        self._legend = Legend(self._style, self._text, self._edges)
        self._overlay = AnimationOverlay(self._style, self._text, self._edges)
        self._static_layer = StaticLayer()
        self._layouts: OrderedDict[LayoutInputs, Layout] = OrderedDict()
        self._recent_layouts: list[LayoutInputs] = []  # the layouts of the last frames, newest last
        self._ticked: tuple[Layout, str, tuple[float, float], Layout] | None = None  # see _with_ticks
        self._legend_keys: dict[str, object] = {}  # what each live part of the legend showed last frame

    # ----- settings -----------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return self._style.theme

    @theme.setter
    def theme(self, theme: Theme) -> None:
        """A new theme: new colours and fonts, so every cache that holds them starts again."""
        self._style.set_theme(theme)
        self._text.clear()
        self._edges.clear()
        self._nodes.clear()
        self._static_layer.clear()
        self._layouts.clear()
        self._recent_layouts.clear()

    @property
    def layer_deferred(self) -> bool:
        """The last paint drew a layout new to it directly, leaving its static layer for the
        next paint of that layout: a widget that repaints once more while idle (``NetworkView``)
        has it made then, not in the first frame of a run, where it made the frame late."""
        return self.last_stats.get("static_layer") == "deferred"

    @property
    def presentation(self) -> bool:
        return self._style.presentation

    @presentation.setter
    def presentation(self, value: bool) -> None:
        """Presentation mode's text sizes on or off (the layouts are keyed by their sizes)."""
        self._style.presentation = bool(value)

    @property
    def antialias(self) -> bool | None:
        return self._style.antialias

    @antialias.setter
    def antialias(self, value: bool | None) -> None:
        self._style.antialias = value

    @property
    def quality(self) -> str:
        return self._style.quality

    @quality.setter
    def quality(self, value: str) -> None:
        self._style.quality = value

    @property
    def compiled_lines(self) -> bool:
        """Aliased edges drawn by ``line_raster`` where it can (and once it is compiled)."""
        return self._edges.compiled_lines

    @compiled_lines.setter
    def compiled_lines(self, value: bool) -> None:
        self._edges.compiled_lines = bool(value)

    @property
    def edge_budget(self) -> int:
        return self._edges.edge_budget

    @edge_budget.setter
    def edge_budget(self, value: int) -> None:
        self._edges.edge_budget = int(value)

    @property
    def lod_threshold(self) -> int:
        return self._edges.lod_threshold

    @lod_threshold.setter
    def lod_threshold(self, value: int) -> None:
        self._edges.lod_threshold = int(value)

    # ----- public API ---------------------------------------------------------------

    def font(self, px: int, bold: bool = False, mono: bool = False) -> QFont:
        """The theme's font (``mono``: a monospace one) at pixel size ``px``."""
        return self._text.font(px, bold, mono)

    def measure(self, text: str, px: int, bold: bool = False, mono: bool = False) -> float:
        """Width in px of ``text`` in the theme's font (``mono``: a monospace one) at pixel size ``px``."""
        return self._text.measure(text, px, bold, mono)

    def _layout(self, scene: SceneState, rect: QRectF) -> tuple[Layout, LayoutInputs]:
        """The layout and its inputs, which are its cache key (see ``layout_inputs``)."""
        inputs = layout_inputs(scene, rect, self._style.theme, edge_budget=self.edge_budget,
                               lod_threshold=self.lod_threshold, presentation=self._style.presentation)
        lay = self._layouts.get(inputs)
        if lay is None:
            lay = layout_of(inputs, self._text.measure)
            self.layouts_computed += 1
            self._layouts[inputs] = lay
            if len(self._layouts) > _LAYOUT_CACHE:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(inputs)
        return lay, inputs

    def _with_ticks(self, lay: Layout, scene: SceneState) -> Layout:
        """``lay`` with the colour bar's ticks of ``scene``'s node range; the same object while
        neither changes (the rooms' caches go by the cached layout, which has no ticks)."""
        quantity, node_range = scene.node_quantity, node_range_of(scene)
        last = self._ticked
        # By identity: a Layout holds numpy arrays, so == would compare them.
        if last is None or last[0] is not lay or last[1] != quantity or last[2] != node_range:
            last = self._ticked = (lay, quantity, node_range, lay.with_ticks(quantity, node_range))
        return last[3]

    def layout(self, scene: SceneState, rect: QRectF) -> Layout:
        """The geometry of ``scene`` in ``rect`` (cached per shape, texts and rect; the colour
        bar's ticks follow the scene's node range)."""
        return self._with_ticks(self._layout(scene, rect)[0], scene)

    def node_at(self, scene: SceneState, rect: QRectF, point: QPointF) -> tuple[int, int] | None:
        """(column, node) under ``point`` when ``scene`` is drawn in ``rect``, or None."""
        return layout_node_at(self.layout(scene, rect), QPointF(point))

    def render_image(self, scene: SceneState, width: int, height: int) -> QImage:
        """The scene drawn into a new width x height ARGB32 (premultiplied) image."""
        image = QImage(max(1, int(width)), max(1, int(height)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self._style.palette.background)
        painter = QPainter(image)
        try:
            self.paint(painter, scene, QRectF(0, 0, image.width(), image.height()))
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, scene: SceneState, rect: QRectF) -> None:
        """Draw ``scene`` into ``rect`` of ``painter``'s device."""
        t0 = time.perf_counter()
        stats = _empty_stats()
        self._text.drawn = []
        painter.save()
        try:
            self._paint(painter, scene, QRectF(rect), stats)
        except Exception as exc:  # never into a paintEvent: see the module docstring
            stats["error"] = f"{type(exc).__name__}: {exc}"
            if self.raise_errors:
                raise
            self._paint_error(painter, QRectF(rect), stats["error"])
        finally:
            painter.restore()
            stats["paint_ms"] = (time.perf_counter() - t0) * 1e3
            self.last_stats = stats
            self.last_texts = tuple(self._text.drawn)

    # ----- painting -----------------------------------------------------------------

    def _paint(self, painter: QPainter, scene: SceneState, rect: QRectF, stats: dict[str, Any]) -> None:
        """The paint order, back to front; each step's time goes to ``stats["phase_ms"]``."""
        lay, inputs = self._layout(scene, rect)
        ticked = self._with_ticks(lay, scene)  # the layout and this frame's colour bar ticks
        self.last_layout = ticked
        engine = painter.paintEngine()
        raster = engine is not None and engine.type() == QPaintEngine.Type.Raster
        # Logical -> device pixels, when it is a plain scale (the device pixel ratio) and a
        # shift (a child widget's offset in its window): then layers and sprites can be
        # blitted pixel for pixel. None on vector devices and under rotations or shears.
        pixels = pixel_transform(painter) if raster else None
        # A layout not seen in the last frames (a resize, another network) is drawn directly: making
        # the static layer and the sprites costs about two direct frames, worth it once the layout stays.
        if inputs in self._recent_layouts:
            self._recent_layouts.remove(inputs)
        elif pixels is not None:
            pixels = None
            if not lay.compact:  # a widget repaints once more while idle to make it (``layer_deferred``)
                stats["static_layer"] = "deferred"
        self._recent_layouts.append(inputs)
        del self._recent_layouts[:-STATIC_LAYERS]
        # Stay inside the rect (and inside any clip the widget set already).
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip if painter.hasClipping()
                            else Qt.ClipOperation.ReplaceClip)
        phases = stats["phase_ms"]
        t = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal t
            now = time.perf_counter()
            phases[name] = (now - t) * 1e3
            t = now

        pal = self._style.palette
        try:
            edges = self._edges.select(scene, lay, stats)
        except Exception:
            painter.fillRect(rect, pal.background)  # the error message goes on a clean background
            raise
        hidden = edges.hidden if edges is not None else None
        lap("prepare")
        layered = pixels is not None and not lay.compact
        which = "live" if layered else "all"
        # The legend's live parts drawn into the static layer's patches: their texts, by part.
        patched: dict[str, tuple[DrawnText, ...]] = {}
        if pixels is not None and layered:
            patched = self._blit_static(painter, engine, pixels, scene, lay, ticked, inputs, hidden, stats)
        else:
            painter.fillRect(rect, pal.background)
            if hidden is not None:
                self._edges.draw_bands(painter, lay, hidden)
        lap("background")
        if edges is not None:
            self._overlay.draw_under_edges(painter, scene, lay, raster)
            self._edges.draw(painter, lay, edges, raster, stats)
            self._overlay.draw_over_edges(painter, scene, lay, raster, stats)
        lap("edges")
        self._labels.draw_bars(painter, scene, lay, which)
        lap("bars")
        self._nodes.draw(painter, scene, lay, raster, pixels, stats)
        self._overlay.draw_nodes(painter, scene, lay, raster)
        self._node_names.draw(painter, scene, lay, raster)
        lap("nodes")
        if not lay.compact:
            self._labels.draw_labels(painter, scene, lay, raster, which)
            lap("labels")
            self._legend.draw_header(painter, scene, lay, raster, which)
            lap("header")
            if not layered:
                self._legend.draw_legend(painter, scene, ticked, raster, which)
            else:  # the live parts; those in the static layer's patches list their texts
                for part, draw_part in self._live_legend_parts(scene, ticked, raster):
                    if part in patched:
                        self._text.drawn.extend(patched[part])
                    else:
                        draw_part(painter)
            lap("legend")
            self._overlay.draw_panels(painter, scene, lay, raster)
            lap("animation")
        self._legend.draw_banner(painter, lay, raster)
        lap("banner")

    def _blit_static(self, painter: QPainter, engine: QPaintEngine, pixels: QTransform, scene: SceneState, lay: Layout,
                     ticked: Layout, inputs: LayoutInputs, hidden: np.ndarray | None,
                     stats: dict[str, Any]) -> dict[str, tuple[DrawnText, ...]]:
        """The static layer of this frame (see ``static_layer``): the "static" half of every room,
        and as its patches the legend's live parts that stay (see ``_legend_patches``); returns the
        texts of the parts drawn in the patches, by part (the others are to be drawn live)."""
        bands = None if hidden is None else tuple(bool(k > 0) for k in hidden)

        def draw(p: QPainter) -> None:
            if hidden is not None:
                self._edges.draw_bands(p, lay, hidden)
            self._labels.draw_bars(p, scene, lay, "static")
            self._labels.draw_labels(p, scene, lay, True, "static")
            self._legend.draw_header(p, scene, lay, True, "static")
            self._legend.draw_legend(p, scene, lay, True, "static")

        # What the layer shows. (The theme is not in the key: setting it empties the layers.)
        key = (inputs, scene.title, self.antialias, self.quality, bands)
        patches, names = self._legend_patches(scene, lay, ticked)
        texts = self._static_layer.blit(painter, engine, pixels, lay.rect, key, self._style.palette.background, draw,
                                        stats, patches)
        return {name: cast(tuple[DrawnText, ...], t) for name, t, patch in zip(names, texts, patches)
                if patch.draw is not None}

    def _live_legend_parts(self, scene: SceneState, ticked: Layout,
                           raster: bool) -> tuple[tuple[str, Callable[[QPainter], None]], ...]:
        """The legend's live parts in paint order (``Legend.draw_legend(..., "live")``), each a name
        and a draw."""
        return (("edge values", lambda p: self._legend.draw_edge_values(p, scene, ticked, raster)),
                ("ticks", lambda p: self._legend.draw_ticks(p, ticked, raster)))

    def _legend_patches(self, scene: SceneState, lay: Layout, ticked: Layout) -> tuple[list[Patch], list[str]]:
        """The static layer's patches: the legend's live parts whose content was the same in the
        last frame are drawn into the layer (``Patch``); the others are drawn live this frame
        (their patch left out), so content that changes on every frame (an adaptive colour range)
        costs no more than before. Their regions, with a margin (they are background: all that is
        drawn live comes after them), must not overlap: a part whose region would is drawn live."""
        margin = lay.sizes.text_px
        keys = {"edge values": self._legend.edge_width_labels(scene), "ticks": self._legend.ticks_key(scene)}
        regions = {"edge values": self._legend.edge_values_region(lay), "ticks": self._legend.ticks_region(lay)}
        patches: list[Patch] = []
        names: list[str] = []
        taken: list[QRectF] = []
        for name, draw_part in self._live_legend_parts(scene, ticked, True):
            region = regions[name]
            if region is None:
                continue
            region = region.adjusted(-margin, -margin, margin, margin)
            if any(region.intersects(other) for other in taken):
                continue
            taken.append(region)
            key, last = keys[name], self._legend_keys.get(name)
            self._legend_keys[name] = key
            patches.append(Patch(region, key, self._patch_texts(draw_part) if key == last else None))
            names.append(name)
        return patches, names

    def _patch_texts(self, draw_part: Callable[[QPainter], None]) -> Callable[[QPainter], tuple[DrawnText, ...]]:
        """``draw_part`` as a patch's draw: it returns the texts it drew (and leaves them out of this frame's)."""
        def draw(p: QPainter) -> tuple[DrawnText, ...]:
            start = len(self._text.drawn)
            draw_part(p)
            texts = tuple(self._text.drawn[start:])
            del self._text.drawn[start:]
            return texts
        return draw

    def _paint_error(self, painter: QPainter, rect: QRectF, message: str) -> None:
        try:
            painter.save()
            painter.setClipRect(rect)
            painter.setPen(self._style.palette.error)
            painter.setFont(self._text.font(max(12, int(rect.height() / 40))))
            painter.drawText(rect.adjusted(8, 8, -8, -8), int(Qt.TextFlag.TextWordWrap), f"render error: {message}")
            painter.restore()
        except Exception:  # noqa: BLE001 - never let the error display itself fail
            pass


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (for scripts and exports without a window)."""
    app = QGuiApplication.instance()
    return cast(QGuiApplication, app) if app is not None else QGuiApplication([])
