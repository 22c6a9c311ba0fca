"""NetworkRenderer: draws a SceneState on any QPainter (a widget's, a QImage's, an SVG generator's).

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
  counts, the edge legend's values;
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
``last_stats`` tells what a frame did (``static_layer``: "drawn", "hit" or None,
``node_sprites``, ``antialias_edges``, ``phase_ms``...).
All paint state is made in ``__init__`` or cached; an exception inside ``paint`` is
caught, recorded in ``last_stats["error"]`` and shown in the picture (under PySide6 an
exception escaping a widget's paintEvent can kill the process) unless ``raise_errors``.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRect, QRectF, Qt, QThread
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPaintEngine,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
    QTransform,
)

from netviz.animation.scene import GRADIENT_LOG_RANGE, SceneState
from netviz.render import colors
from netviz.render.layout import (
    EDGE_BUDGET,
    LOD_THRESHOLD,
    Layout,
    compute_layout,
    edge_segments,
    format_value,
    node_range_of,
    short_name,
)
from netviz.render.layout import node_at as layout_node_at
from netviz.render.animation import AnimationPainter, edge_fade
from netviz.render.theme import DARK, Theme

try:  # drawLines / drawPixmapFragments straight from numpy memory: PySide6 takes (pointer, count)
    from shiboken6 import wrapInstance as _wrap_instance
except ImportError:  # pragma: no cover - shiboken6 always ships with PySide6
    _wrap_instance = None

QUALITIES = ("fast", "high")
AA_NODE_LIMIT = 300  # nodes drawn one by one (no sprites: odd transforms), up to which they are antialiased
DASHES = 8  # dashes around a dropped unit
_LAYOUT_CACHE = 8
_TEXT_CACHE = 4000
_ATLAS_CACHE = 16
_STATIC_LAYERS = 2  # static layers kept: a live view and, say, an export or a grab through one renderer
_SOURCE = QPainter.CompositionMode.CompositionMode_Source
_CACHE_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)
MONO_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Courier New", "monospace")
def _qcolor(hex_color: str) -> QColor:
    return QColor(hex_color)


def _rgba_qcolor(rgba) -> QColor:
    return QColor(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]))


def _format_loss(value: float | None) -> str:
    if value is None:
        return ""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "inf"
    return f"{v:.3g}"


def status_text(scene: SceneState) -> str:
    """'step 120 · loss 0.432 · val 0.51' (the parts known)."""
    parts = [f"step {scene.step}"]
    if scene.loss is not None:
        parts.append(f"loss {_format_loss(scene.loss)}")
    if scene.val_loss is not None:
        parts.append(f"val {_format_loss(scene.val_loss)}")
    return " · ".join(parts)


def _draw_lines(painter: QPainter, segments: np.ndarray) -> None:
    """Lines from an (n, 4) C-contiguous float64 array, in one call."""
    n = int(segments.shape[0])
    if n == 0:
        return
    if _wrap_instance is not None and segments.flags.c_contiguous and segments.dtype == np.float64:
        painter.drawLines(_wrap_instance(segments.ctypes.data, QLineF), n)
    else:  # pragma: no cover
        painter.drawLines([QLineF(*row) for row in segments.tolist()])


def _draw_fragments(painter: QPainter, fragments: np.ndarray, pixmap: QPixmap) -> None:
    """``QPainter.drawPixmapFragments`` from an (n, 10) C-contiguous float64 array whose rows
    are PixmapFragments: x, y (centre), sourceLeft, sourceTop, width, height, scaleX,
    scaleY, rotation, opacity."""
    n = int(fragments.shape[0])
    if n == 0:
        return
    painter.drawPixmapFragments(_wrap_instance(fragments.ctypes.data, QPainter.PixmapFragment), n, pixmap)


def _cross_segments(xy: np.ndarray, d: float) -> np.ndarray:
    """(2n, 4) segments of an X of half-size d on each centre."""
    x, y = xy[:, 0], xy[:, 1]
    a = np.column_stack([x - d, y - d, x + d, y + d])
    b = np.column_stack([x - d, y + d, x + d, y - d])
    return np.ascontiguousarray(np.concatenate([a, b]))


def _dashed_ring_segments(xy: np.ndarray, r: float, dashes: int = DASHES) -> np.ndarray:
    """Segments of a dashed circle of radius r on each centre: each dash is two chords."""
    step = 2 * np.pi / dashes
    a0 = np.arange(dashes) * step + step / 4
    a1, a2 = a0 + step / 4, a0 + step / 2
    cx = [r * np.cos(a) for a in (a0, a1, a2)]
    cy = [r * np.sin(a) for a in (a0, a1, a2)]
    chords = np.concatenate([np.column_stack([cx[0], cy[0], cx[1], cy[1]]),
                             np.column_stack([cx[1], cy[1], cx[2], cy[2]])])  # (2 * dashes, 4)
    out = np.empty((xy.shape[0], chords.shape[0], 4))
    out[..., 0::2] = xy[:, None, 0:1] + chords[None, :, 0::2]
    out[..., 1::2] = xy[:, None, 1:2] + chords[None, :, 1::2]
    return np.ascontiguousarray(out.reshape(-1, 4))


def _dashed_square_segments(xy: np.ndarray, half: float, dashes_per_side: int = 3) -> np.ndarray:
    """Segments of a dashed square of half-side ``half`` on each centre."""
    k = dashes_per_side
    t0 = (np.arange(k) + 0.25) / k * 2 - 1
    t1 = (np.arange(k) + 0.75) / k * 2 - 1
    sides = []
    for (ax, ay, bx, by) in ((t0, -1, t1, -1), (t0, 1, t1, 1), (-1, t0, -1, t1), (1, t0, 1, t1)):
        sides.append(np.column_stack(np.broadcast_arrays(ax, ay, bx, by)))
    unit = np.concatenate(sides) * half  # (4k, 4)
    out = np.empty((xy.shape[0], unit.shape[0], 4))
    out[..., 0::2] = xy[:, None, 0:1] + unit[None, :, 0::2]
    out[..., 1::2] = xy[:, None, 1:2] + unit[None, :, 1::2]
    return np.ascontiguousarray(out.reshape(-1, 4))


@lru_cache(maxsize=1)
def _legend_edge_keys() -> tuple[int, ...]:
    """Edge keys of the edge legend's rows: strongest negative, strongest positive, then
    positive at 1/4, 1/2 and all of the range (keys depend on value / range only)."""
    return (colors.edge_key(-1.0), colors.edge_key(1.0),
            *(colors.edge_key(frac * 0.999) for frac in (0.25, 0.5, 1.0)))


def _area(box: list[int]) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


def _pixmaps_allowed() -> bool:
    """QPixmap only in the GUI thread (an export may render from a worker thread)."""
    app = QCoreApplication.instance()
    if app is None or not isinstance(app, QGuiApplication):
        return False
    is_main = getattr(QThread, "isMainThread", None)
    if is_main is not None:
        return bool(is_main())
    return QThread.currentThread() is app.thread()  # pragma: no cover - Qt < 6.8


class NetworkRenderer(AnimationPainter):
    """Draws a SceneState: ``paint(painter, scene, rect)``, ``render_image(scene, w, h)``.

    ``quality``: "fast" (default, for the live view: on a raster device edges are drawn
    aliased at whole-pixel widths) or "high" (for exports: antialiased edges); nodes,
    text and the legend are antialiased in both, and vector devices always get the full
    quality. ``antialias``: None lets ``quality`` and the device decide; True or False
    forces it everywhere (nodes, edges, shapes of the legend).
    ``edge_budget`` / ``lod_threshold``: above ``lod_threshold`` edges only the
    ``edge_budget`` strongest (by |value|) are drawn one by one.
    ``raise_errors``: re-raise exceptions from ``paint`` (tests) instead of drawing them.
    """

    def __init__(self, theme: Theme = DARK, antialias: bool | None = None, *, quality: str = "fast",
                 edge_budget: int = EDGE_BUDGET, lod_threshold: int = LOD_THRESHOLD, raise_errors: bool = False):
        if quality not in QUALITIES:
            raise ValueError(f"quality: unknown {quality!r} (known: {', '.join(QUALITIES)})")
        self.quality = quality
        self.antialias = antialias
        self.edge_budget = int(edge_budget)
        self.lod_threshold = int(lod_threshold)
        self.raise_errors = raise_errors
        self.last_stats: dict = {"edges_total": 0, "edges_drawn": 0, "edges_banded": 0, "paint_ms": 0.0,
                                 "lod": False, "antialias_edges": False, "nodes": 0, "error": None,
                                 "static_layer": None, "node_sprites": False, "phase_ms": {}}
        self.last_layout: Layout | None = None
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self._metrics: dict[tuple[int, bool], QFontMetricsF] = {}
        self._widths: dict[tuple[str, int, bool], float] = {}
        self._static: dict[tuple, tuple] = {}
        self._layouts: OrderedDict[tuple, Layout] = OrderedDict()
        self._segments: tuple[tuple, np.ndarray, np.ndarray] | None = None
        self._edge_pens: dict[tuple[int, float, bool], QPen] = {}
        # key -> (image, its parts that are not plain background, or None): the last static layers
        self._static_layers: OrderedDict[tuple, tuple[QImage, list[QRect] | None]] = OrderedDict()
        self._atlases: OrderedDict[tuple, tuple[QPixmap | QImage, int, int]] = OrderedDict()
        self._per_layout: tuple[Layout | None, dict] = (None, {})  # see _layout_cache
        self._recent_layouts: list[tuple] = []  # keys of the layouts of the last frames, newest last
        self.theme = theme

    # ----- theme and caches -------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return self._theme

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self._theme = theme
        t = theme
        self._c = {name: _qcolor(getattr(t, name)) for name in (
            "background", "text", "muted_text", "node_outline", "no_value", "dead", "dead_cross", "focus",
            "banner_background", "banner_text", "error", "bar_track", "band", "tag_background")}
        # Tiny nodes (dense layers) get a softer outline, or the outline would be all one sees.
        bg, ol = self._c["background"], self._c["node_outline"]
        self._small_outline = QColor((bg.red() + ol.red()) // 2, (bg.green() + ol.green()) // 2,
                                     (bg.blue() + ol.blue()) // 2)
        self._node_colors: dict[str, list[QColor]] = {}
        for quantity in ("gradient", "activation"):
            table = colors.node_table(quantity)
            self._node_colors[quantity] = [_rgba_qcolor(c) for c in table] + [
                self._c["no_value"], self._c["dead"], self._c["background"]]
        rgba, widths = colors.edge_palette(t.background, t.edge_map_end, t.no_value)
        self._edge_rgba = rgba
        self._edge_colors = [_rgba_qcolor(c) for c in rgba]
        self._edge_width_factor = widths
        self._edge_visible = np.array([colors.edge_key_visible(k) for k in range(colors.EDGE_KEYS)])
        self._edge_pens.clear()
        self._gradients: dict[str, QLinearGradient] = {}
        self._layouts.clear()
        self._static_layers.clear()
        self._atlases.clear()
        self._recent_layouts.clear()
        # Text caches: the font family is the theme's.
        self._fonts.clear()
        self._metrics.clear()
        self._widths.clear()
        self._static.clear()

    def _font(self, px: int, bold: bool = False, mono: bool = False) -> QFont:
        key = (px, bold, "mono") if mono else (px, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            if mono:
                font.setFamilies(list(MONO_FAMILIES))
                font.setStyleHint(QFont.StyleHint.Monospace)
            else:
                font.setFamilies([self._theme.font_family, *self._theme.font_fallbacks])
            font.setPixelSize(max(1, int(px)))
            font.setBold(bold)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font)
        return font

    def _fm(self, px: int, bold: bool = False, mono: bool = False) -> QFontMetricsF:
        self._font(px, bold, mono)
        return self._metrics[(px, bold, "mono") if mono else (px, bold)]

    def measure(self, text: str, px: int, bold: bool = False, mono: bool = False) -> float:
        """Width in px of ``text`` in the theme's font (``mono``: a monospace one) at pixel size ``px``."""
        key = (text, px, bold, mono) if mono else (text, px, bold)
        w = self._widths.get(key)
        if w is None:
            if len(self._widths) > _TEXT_CACHE:
                self._widths.clear()
            w = self._fm(px, bold, mono).horizontalAdvance(text)
            self._widths[key] = w
        return w

    # ----- public API ---------------------------------------------------------------

    def _layout_and_key(self, scene: SceneState, rect: QRectF) -> tuple[Layout, tuple]:
        rect = QRectF(rect)
        key = (
            (rect.x(), rect.y(), rect.width(), rect.height()),
            tuple((c.name, c.caption, c.units, c.frozen, c.batch_norm, c.grad_norm is None and not scene.phase_kind,
                   c.heatmaps is not None) for c in scene.columns),
            tuple(e.values.shape for e in scene.edges),
            scene.caption, scene.banner, scene.node_quantity, scene.edge_quantity, node_range_of(scene),
            self.edge_budget, self.lod_threshold,
            bool(scene.phase_kind), scene.comp_graph is not None,  # animated frames reserve room (see layout)
        )
        lay = self._layouts.get(key)
        if lay is None:
            lay = compute_layout(scene, rect, self._theme, self.measure, edge_budget=self.edge_budget,
                                 lod_threshold=self.lod_threshold)
            self._layouts[key] = lay
            if len(self._layouts) > _LAYOUT_CACHE:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return lay, key

    def layout(self, scene: SceneState, rect: QRectF) -> Layout:
        """The geometry of ``scene`` in ``rect`` (cached per shape, texts and rect)."""
        return self._layout_and_key(scene, rect)[0]

    def node_at(self, scene: SceneState, rect: QRectF, point: QPointF) -> tuple[int, int] | None:
        """(column, node) under ``point`` when ``scene`` is drawn in ``rect``, or None."""
        return layout_node_at(self.layout(scene, rect), QPointF(point))

    def render_image(self, scene: SceneState, width: int, height: int) -> QImage:
        """The scene drawn into a new width x height ARGB32 (premultiplied) image."""
        image = QImage(max(1, int(width)), max(1, int(height)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self._c["background"])
        painter = QPainter(image)
        try:
            self.paint(painter, scene, QRectF(0, 0, image.width(), image.height()))
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, scene: SceneState, rect: QRectF) -> None:
        """Draw ``scene`` into ``rect`` of ``painter``'s device."""
        t0 = time.perf_counter()
        stats = {"edges_total": 0, "edges_drawn": 0, "edges_banded": 0, "paint_ms": 0.0, "lod": False,
                 "antialias_edges": False, "nodes": 0, "error": None, "static_layer": None,
                 "node_sprites": False, "phase_ms": {}}
        painter.save()
        try:
            self._paint(painter, scene, QRectF(rect), stats)
        except Exception as exc:  # noqa: BLE001 - see the module docstring
            stats["error"] = f"{type(exc).__name__}: {exc}"
            if self.raise_errors:
                raise
            self._paint_error(painter, QRectF(rect), stats["error"])
        finally:
            painter.restore()
            stats["paint_ms"] = (time.perf_counter() - t0) * 1e3
            self.last_stats = stats

    # ----- painting -----------------------------------------------------------------

    def _paint(self, painter: QPainter, scene: SceneState, rect: QRectF, stats: dict) -> None:
        lay, layout_key = self._layout_and_key(scene, rect)
        self.last_layout = lay
        engine = painter.paintEngine()
        raster = engine is not None and engine.type() == QPaintEngine.Type.Raster
        # Logical -> device pixels, when it is a plain scale (the device pixel ratio) and a
        # shift (a child widget's offset in its window): then layers and sprites can be
        # blitted pixel for pixel. None on vector devices and under rotations or shears.
        pixels = self._pixel_transform(painter) if raster else None
        # A layout not seen in the last frames (a resize, another network) is drawn directly: making
        # the static layer and the sprites costs about two direct frames, worth it once the layout stays.
        if layout_key in self._recent_layouts:
            self._recent_layouts.remove(layout_key)
        else:
            pixels = None
        self._recent_layouts.append(layout_key)
        del self._recent_layouts[:-_STATIC_LAYERS]
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

        try:
            edges = self._select_edges(scene, lay, stats)
        except Exception:
            painter.fillRect(rect, self._c["background"])  # the error message goes on a clean background
            raise
        hidden = edges[3] if edges is not None else None
        lap("prepare")
        layered = pixels is not None and not lay.compact
        which = "live" if layered else "all"
        if layered:
            self._blit_static(painter, engine, pixels, scene, lay, layout_key, hidden, stats)
        else:
            painter.fillRect(rect, self._c["background"])
            if hidden is not None:
                self._draw_bands(painter, lay, hidden)
        lap("background")
        if edges is not None:
            if any(e.change is not None for e in scene.edges):
                self._draw_change_glow(painter, scene, lay, raster)
            self._draw_edges(painter, lay, edges, raster, stats)
            if any(e.flow is not None for e in scene.edges):
                self._draw_flow(painter, scene, lay, raster, stats)
        lap("edges")
        self._draw_bars(painter, scene, lay, which)
        lap("bars")
        self._draw_nodes(painter, scene, lay, raster, pixels, stats)
        self._draw_node_states(painter, scene, lay)
        lap("nodes")
        if not lay.compact:
            self._draw_labels(painter, scene, lay, raster, which)
            lap("labels")
            self._draw_header(painter, scene, lay, raster, which)
            lap("header")
            self._draw_legend(painter, scene, lay, raster, which)
            lap("legend")
        if not lay.compact:
            self._draw_animation_panels(painter, scene, lay, raster)
            lap("animation")
        self._draw_banner(painter, lay, raster)
        lap("banner")

    def _aa(self, small: bool, raster: bool) -> bool:
        if self.antialias is not None:
            return bool(self.antialias)
        return small or not raster

    @staticmethod
    def _pixel_transform(painter: QPainter) -> QTransform | None:
        t = painter.deviceTransform()
        if t.type().value > QTransform.TransformationType.TxScale.value:
            return None
        s = t.m11()
        if not s > 0 or abs(t.m22() - s) > 1e-9 * s:
            return None
        return t

    @staticmethod
    def _in_device_pixels(painter: QPainter, t: QTransform) -> None:
        """From here on (until ``restore``), painter coordinates are device pixels."""
        inverse, _ = t.inverted()
        painter.setWorldTransform(inverse * painter.worldTransform())

    # the static layer

    def _blit_static(self, painter: QPainter, engine: QPaintEngine, t: QTransform, scene: SceneState, lay: Layout,
                     layout_key: tuple, hidden: np.ndarray | None, stats: dict) -> None:
        s = t.m11()
        r = lay.rect
        x0, y0 = r.left() * s + t.dx(), r.top() * s + t.dy()
        ox, oy = math.floor(x0 + 1e-6), math.floor(y0 + 1e-6)
        w = max(1, math.ceil(r.right() * s + t.dx() - 1e-6) - ox)
        h = max(1, math.ceil(r.bottom() * s + t.dy() - 1e-6) - oy)
        device = engine.paintDevice()
        fmt = device.format() if isinstance(device, QImage) else QImage.Format.Format_ARGB32_Premultiplied
        if fmt not in _CACHE_FORMATS:
            fmt = QImage.Format.Format_ARGB32_Premultiplied
        bands = None if hidden is None else tuple(bool(k > 0) for k in hidden)
        # (The theme is not in the key: setting it empties the caches.)
        key = (layout_key, scene.title, self.antialias, self.quality, s, round(x0 - ox, 3), round(y0 - oy, 3), w, h,
               fmt, bands)
        entry = self._static_layers.get(key)
        if entry is not None:
            self._static_layers.move_to_end(key)
            image, parts = entry
            stats["static_layer"] = "hit"
        else:
            while len(self._static_layers) >= _STATIC_LAYERS:  # free the oldest first
                self._static_layers.popitem(last=False)
            image = QImage(w, h, fmt)
            image.fill(self._c["background"])
            p = QPainter(image)
            try:
                p.setTransform(QTransform(s, 0, 0, s, t.dx() - ox, t.dy() - oy))
                p.setClipRect(r)
                if hidden is not None:
                    self._draw_bands(p, lay, hidden)
                self._draw_bars(p, scene, lay, "static")
                self._draw_labels(p, scene, lay, True, "static")
                self._draw_header(p, scene, lay, True, "static")
                self._draw_legend(p, scene, lay, True, "static")
            finally:
                p.end()
            parts = self._content_parts(image)
            self._static_layers[key] = (image, parts)
            stats["static_layer"] = "drawn"
        painter.save()
        self._in_device_pixels(painter, t)
        painter.setCompositionMode(_SOURCE)  # opaque: a plain copy, no blending
        if parts is None:
            painter.drawImage(QPoint(ox, oy), image)
        else:  # most of the layer is plain background: a fill, then a copy of the parts that are not
            painter.fillRect(QRect(ox, oy, w, h), self._c["background"])
            for part in parts:
                painter.drawImage(QPoint(ox + part.x(), oy + part.y()), image, part)
        painter.restore()

    def _content_parts(self, image: QImage, tile_w: int = 32, tile_h: int = 16) -> list[QRect] | None:
        """Rects of ``image`` that hold all its pixels other than the background (a few bounding boxes
        of tiles, merged where they touch), or None when they cover most of it (a plain copy is then cheaper)."""
        w, h = image.width(), image.height()
        pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
        pixels = pixels.reshape(h, image.bytesPerLine() // 4)[:, :w]
        background = np.uint32(self._c["background"].rgba())  # opaque: the same in RGB32 and premultiplied ARGB32
        ny, nx = -(-h // tile_h), -(-w // tile_w)
        mask = np.zeros((ny * tile_h, nx * tile_w), dtype=bool)
        mask[:h, :w] = pixels != background
        tiles = mask.reshape(ny, tile_h, nx, tile_w).any(axis=(1, 3))
        boxes: list[list[int]] = []  # [x0, y0, x1, y1] in tiles; open while y1 is the row being scanned
        for ty in range(ny):
            row = np.concatenate([[False], tiles[ty], [False]])
            edges = np.flatnonzero(row[1:] != row[:-1])
            for a, b in zip(edges[0::2].tolist(), edges[1::2].tolist()):
                box = [a, ty, b, ty + 1]
                for other in [o for o in boxes if o[3] == ty and o[0] < b and a < o[2]]:
                    merged = [min(box[0], other[0]), min(box[1], other[1]), max(box[2], other[2]), ty + 1]
                    # Grow a box down while that adds little plain background.
                    if _area(merged) <= 1.25 * (_area(box) + _area(other)):
                        boxes.remove(other)
                        box = merged
                boxes.append(box)
        # One copy call costs about as much as copying ~10,000 pixels: merge boxes while that wastes less.
        waste = 8192 // (tile_w * tile_h)
        merged_any = True
        while merged_any:
            merged_any = False
            for i in range(len(boxes)):
                for j in range(i + 1, len(boxes)):
                    a, b = boxes[i], boxes[j]
                    union = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    if _area(union) - _area(a) - _area(b) <= waste:
                        boxes[i] = union
                        del boxes[j]
                        merged_any = True
                        break
                if merged_any:
                    break
        area = sum(_area(box) for box in boxes) * tile_w * tile_h
        if area > 0.6 * w * h:
            return None
        return [QRect(x0 * tile_w, y0 * tile_h, min(w, x1 * tile_w) - x0 * tile_w, min(h, y1 * tile_h) - y0 * tile_h)
                for x0, y0, x1, y1 in boxes]

    # edges

    def _edge_geometry(self, lay: Layout) -> tuple[np.ndarray, np.ndarray]:
        key = (lay.geometry_key(), tuple(c.radius for c in lay.columns))
        if self._segments is None or self._segments[0] != key:
            segs, offsets = edge_segments(lay, trim=True)
            self._segments = (key, segs, offsets)
        return self._segments[1], self._segments[2]

    def _edge_pen(self, key: int, base_width: float, aa: bool) -> QPen:
        width = base_width * float(self._edge_width_factor[key])
        # Without antialiasing, fractional widths only cost time: whole pixels, .75 and above
        # rounding up. With the painter's rect clip (``_paint`` always sets one), 1 px lines take
        # Qt's fastest path, 1.3-1.8x faster than 2 px, while 2, 3 or 4 px cost about the same
        # (measured; unclipped, 1 px lines are 2-3x slower instead). Rounding 1.5 up to 2 px
        # made the 2,000 edges of [2,64x12,1] (base width 0.58, strongest 1.59 px) cost 1.8x.
        width = max(1.0, math.floor(width + 0.25)) if not aa else max(1.0, round(width * 4) / 4)
        pen_key = (key, width, aa)
        pen = self._edge_pens.get(pen_key)
        if pen is None:
            pen = QPen(self._edge_colors[key])
            pen.setWidthF(width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._edge_pens[pen_key] = pen
        return pen

    def _select_edges(self, scene: SceneState, lay: Layout, stats: dict):
        """The edges to draw, sorted by pen: (segments, counts per key, starts, hidden per bundle or None),
        or None when there are none."""
        if not scene.edges:
            return None
        segs, offsets = self._edge_geometry(lay)
        total = segs.shape[0]
        stats["edges_total"] = total
        if total == 0:
            return None
        values = np.concatenate([np.asarray(e.values, dtype=float).ravel() for e in scene.edges])
        fades = None
        if any(e.fade is not None or e.emphasis < 1.0 for e in scene.edges):
            fades = np.concatenate([edge_fade(e) for e in scene.edges])
        if values.shape[0] != total:  # values whose shape does not match the columns: draw nothing
            raise ValueError(f"edges: {values.shape[0]} values for {total} edges between the columns")
        hidden = None
        if total > self.lod_threshold:
            budget = max(0, min(self.edge_budget, total))
            priority = np.abs(values)
            priority[np.isnan(priority)] = np.inf  # a NaN weight is news: keep it
            selected = np.argpartition(priority, total - budget)[total - budget:] if budget else np.empty(0, int)
            drawn_per_bundle = np.bincount(np.searchsorted(offsets, selected, side="right") - 1,
                                           minlength=len(scene.edges))
            hidden = np.diff(offsets) - drawn_per_bundle
            values = values[selected]
            fades = fades[selected] if fades is not None else None
            segs = segs[selected]
            stats["lod"] = True
            stats["edges_banded"] = total - budget
        stats["edges_drawn"] = values.shape[0]
        keys = colors.edge_keys(values, fades, scene.edge_range)
        order = np.argsort(keys, kind="stable")
        segs = np.ascontiguousarray(segs[order])
        counts = np.bincount(keys, minlength=colors.EDGE_KEYS)
        starts = np.concatenate([[0], np.cumsum(counts)])
        return segs, counts, starts, hidden

    def _draw_edges(self, painter: QPainter, lay: Layout, edges, raster: bool, stats: dict) -> None:
        segs, counts, starts, _ = edges
        aa = self._edge_aa(raster)
        stats["antialias_edges"] = aa
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        keys = np.flatnonzero((counts > 0) & self._edge_visible[: counts.shape[0]]).tolist()
        starts = starts.tolist()
        if _wrap_instance is None:  # pragma: no cover
            for key in keys:
                painter.setPen(self._edge_pen(key, lay.edge_width, aa))
                _draw_lines(painter, segs[starts[key]:starts[key + 1]])
            return
        base, row = segs.ctypes.data, segs.strides[0]  # one pointer, then an offset per pen
        for key in keys:
            painter.setPen(self._edge_pen(key, lay.edge_width, aa))
            painter.drawLines(_wrap_instance(base + row * starts[key], QLineF), starts[key + 1] - starts[key])

    def _edge_aa(self, raster: bool) -> bool:
        if self.antialias is not None:
            return bool(self.antialias)
        return not raster or self.quality == "high"

    def _draw_bands(self, painter: QPainter, lay: Layout, hidden_per_bundle: np.ndarray) -> None:
        # Large faint areas: antialiasing them costs a millisecond and shows nowhere.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._c["band"])
        for i, hidden in enumerate(hidden_per_bundle):
            a, b = lay.columns[i], lay.columns[i + 1]
            if hidden <= 0 or a.ys.size == 0 or b.ys.size == 0:
                continue
            painter.drawPolygon(QPolygonF([
                QPointF(a.x, a.ys[0] - a.radius), QPointF(b.x, b.ys[0] - b.radius),
                QPointF(b.x, b.ys[-1] + b.radius), QPointF(a.x, a.ys[-1] + a.radius)]))

    # gradient-norm bars

    def _bar_fraction(self, scene: SceneState, norm: float) -> float:
        """Where a finite gradient norm sits on the log scale, 0 to 1 (``colors.node_position``, for one value)."""
        lo, hi = node_range_of(scene) if scene.node_quantity == "gradient" else GRADIENT_LOG_RANGE
        if norm == 0:
            return 0.0
        return min(1.0, max(0.0, (math.log10(abs(norm)) - lo) / (hi - lo)))

    def _draw_bars(self, painter: QPainter, scene: SceneState, lay: Layout, which: str = "all") -> None:
        """``which``: "static" the tracks and the baseline, "live" the values, "all" both."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        table = colors.node_table("gradient")
        static, live = which != "live", which != "static"
        baseline = None
        for col, lc in zip(scene.columns, lay.columns):
            if lc.bar is None:  # (settled scenes: no bar exactly where grad_norm is None)
                continue
            bar = lc.bar
            baseline = bar.bottom()
            if static:
                painter.fillRect(bar, self._c["bar_track"])
            if not live or col.grad_norm is None:  # animated frames: not reached yet, the track stays empty
                continue
            norm = float(col.grad_norm)
            if not math.isfinite(norm):
                painter.fillRect(bar, self._c["error"])
                continue
            t = self._bar_fraction(scene, norm)
            if t <= 0:
                continue
            level = min(int(t * colors.NODE_LEVELS), colors.NODE_LEVELS - 1)
            h = t * bar.height()
            painter.fillRect(QRectF(bar.left(), bar.bottom() - h, bar.width(), h), _rgba_qcolor(table[level]))
        if static and baseline is not None:  # a common baseline makes the bars a chart across the layers
            first = next(lc for lc in lay.columns if lc.bar is not None)
            last = [lc for lc in lay.columns if lc.bar is not None][-1]
            w = max(1.0, lay.sizes.line_px / 2)
            left = first.bar.left() - first.bar.width() / 2
            right = last.bar.right() + last.bar.width() / 2
            painter.fillRect(QRectF(left, baseline, right - left, w), self._c["muted_text"])

    # nodes

    def _node_codes(self, scene: SceneState, cols: list) -> np.ndarray:
        """The palette index of every node of ``cols`` (colour level, or no value, dead, dropped), in one go."""
        def cat(arrays, dtype):
            arrays = [np.asarray(a, dtype=dtype).reshape(-1) for a in arrays]
            return np.concatenate(arrays) if len(arrays) > 1 else arrays[0]

        codes = colors.node_levels(cat([c.values for c in cols], float), scene.node_quantity, scene.node_range)
        codes[cat([c.dropped for c in cols], bool)] = colors.NODE_DROPPED
        codes[cat([c.dead for c in cols], bool)] = colors.NODE_DEAD
        return codes

    def _layout_cache(self, lay: Layout) -> dict:
        """A dict for things derived from ``lay`` alone; emptied when another layout is drawn."""
        if self._per_layout[0] is not lay:
            self._per_layout = (lay, {})
        return self._per_layout[1]

    def _centres(self, lay: Layout, lc) -> np.ndarray:
        """(n, 2) node centres of a column (cached with the layout)."""
        cache = self._layout_cache(lay)
        xy = cache.get(("centres", lc.index))
        if xy is None:
            xy = np.ascontiguousarray(np.column_stack([np.full(lc.ys.size, lc.x), lc.ys]))
            xy.flags.writeable = False
            cache[("centres", lc.index)] = xy
        return xy

    def _draw_nodes(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool,
                    pixels: QTransform | None, stats: dict) -> None:
        z = lay.sizes
        n_nodes = sum(lc.ys.size for lc in lay.columns)
        stats["nodes"] = n_nodes
        quantity = scene.node_quantity if scene.node_quantity in self._node_colors else "gradient"
        palette = self._node_colors[quantity]
        aa = self._aa(n_nodes <= AA_NODE_LIMIT, raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        # Columns of one radius are drawn together: one atlas (or one pen per colour) for all of them.
        groups: dict[float, list] = {}
        for col, lc in zip(scene.columns, lay.columns):
            if lc.ys.size:
                groups.setdefault(lc.radius, []).append((col, lc))
        for r, members in groups.items():
            outline_w = min(z.outline_px, max(1.0, 0.25 * r))
            outline = self._c["node_outline"] if r >= 8 else self._small_outline
            disc_xy, disc_cols, disc_index, dead_xy, square_xy = [], [], [], [], []
            for col, lc in members:
                n = lc.ys.size
                xy = self._centres(lay, lc)
                hm = col.heatmaps
                if hm is not None and np.ndim(hm) == 3 and hm.shape[0] == n and hm.shape[1] > 0 and hm.shape[2] > 0:
                    dead = np.asarray(col.dead, dtype=bool).reshape(-1)[:n]
                    dropped = np.asarray(col.dropped, dtype=bool).reshape(-1)[:n]
                    self._draw_heatmaps(painter, col, xy, dead, dropped, r, outline_w, outline)
                    square_xy.append(xy[dropped & ~dead])
                    dead_xy.append(xy[dead])
                else:
                    disc_xy.append(xy)
                    disc_cols.append(col)
                    disc_index.append(lc.index)
            if disc_xy:
                codes = self._node_codes(scene, disc_cols)
                if pixels is not None:
                    stats["node_sprites"] = True
                    self._discs_as_sprites(painter, pixels, lay, tuple(disc_index), codes, r, outline_w, quantity,
                                           outline)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
                else:
                    xy = np.concatenate(disc_xy) if len(disc_xy) > 1 else disc_xy[0]
                    self._draw_discs(painter, xy, codes, r, outline_w, palette, outline)
            squares = np.concatenate(square_xy) if square_xy else np.empty((0, 2))
            if squares.size:
                painter.setPen(self._pen(outline, outline_w))
                _draw_lines(painter, _dashed_square_segments(squares, r))
            crosses = np.concatenate(dead_xy) if dead_xy else np.empty((0, 2))
            if crosses.size:
                self._draw_crosses(painter, crosses, r)
        if scene.focus is not None:
            self._draw_focus(painter, scene, lay)

    def _pen(self, color: QColor, width: float, cap=Qt.PenCapStyle.FlatCap, style=Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(color)
        pen.setWidthF(width)
        pen.setCapStyle(cap)
        pen.setStyle(style)
        return pen

    def _draw_discs(self, painter, xy, codes, r, outline_w, palette, outline_color: QColor) -> None:
        """Discs coloured by code, one ellipse each; dropped units hollow and dashed, dead ones crossed out."""
        order = np.argsort(codes, kind="stable")
        outline = self._pen(outline_color, outline_w)
        current = None
        for (x, y), code in zip(xy[order].tolist(), codes[order].tolist()):
            if code != current:
                current = code
                painter.setBrush(palette[code])
                painter.setPen(Qt.PenStyle.NoPen if code == colors.NODE_DROPPED else outline)
            rr = r + outline_w / 2 if code == colors.NODE_DROPPED else r
            painter.drawEllipse(QPointF(x, y), rr, rr)
        rings = xy[codes == colors.NODE_DROPPED]
        if rings.size:
            painter.setPen(outline)
            _draw_lines(painter, _dashed_ring_segments(rings, r))
        dead = xy[codes == colors.NODE_DEAD]
        if dead.size:
            self._draw_crosses(painter, dead, r)

    def _node_atlas(self, r: float, outline_w: float, outline: QColor, quantity: str, scale: float,
                    pixmap: bool) -> tuple[QPixmap | QImage, int, int]:
        """Every node code drawn once at ``scale`` (device pixels per unit): (atlas, sprite side, per row)."""
        aa = self.antialias is not False
        key = (r, outline_w, outline.rgba(), quantity, scale, aa, pixmap)  # setting the theme empties the cache
        entry = self._atlases.get(key)
        if entry is not None:
            self._atlases.move_to_end(key)
            return entry
        palette = self._node_colors[quantity]
        n = len(palette)
        side = int(math.ceil(2 * (r + outline_w / 2) * scale)) + 2  # one pixel of antialiasing fringe around
        per_row = 8
        image = QImage(side * per_row, side * math.ceil(n / per_row), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
            p.scale(scale, scale)
            code = np.arange(n)
            xy = np.column_stack([(code % per_row) * side + side / 2, (code // per_row) * side + side / 2]) / scale
            self._draw_discs(p, xy, code, r, outline_w, palette, outline)
        finally:
            p.end()
        entry = (QPixmap.fromImage(image) if pixmap else image, side, per_row)
        self._atlases[key] = entry
        if len(self._atlases) > _ATLAS_CACHE:
            self._atlases.popitem(last=False)
        return entry

    def _discs_as_sprites(self, painter: QPainter, t: QTransform, lay: Layout, columns: tuple[int, ...],
                          codes: np.ndarray, r: float, outline_w: float, quantity: str, outline: QColor) -> None:
        """The discs of ``columns`` (all of radius ``r``) copied from the atlas, by code."""
        pixmap = _pixmaps_allowed() and _wrap_instance is not None
        atlas, side, per_row = self._node_atlas(r, outline_w, outline, quantity, t.m11(), pixmap)
        # Where the sprites go only changes with the layout and the device transform.
        key = ("sprites", columns, t.m11(), t.dx(), t.dy(), side)
        frag = self._layout_cache(lay).get(key)
        if frag is None:
            xy = np.concatenate([self._centres(lay, lay.columns[i]) for i in columns])
            # Each sprite's top-left corner on a whole device pixel (the centre within half a pixel).
            frag = np.empty((xy.shape[0], 10))  # rows of QPainter.PixmapFragment
            frag[:, 0] = np.rint(xy[:, 0] * t.m11() + t.dx() - side / 2) + side / 2
            frag[:, 1] = np.rint(xy[:, 1] * t.m22() + t.dy() - side / 2) + side / 2
            frag[:, 4:6] = side
            frag[:, 6:8] = 1.0
            frag[:, 8] = 0.0
            frag[:, 9] = 1.0
            self._layout_cache(lay)[key] = frag
        frag = frag.copy()
        frag[:, 2] = (codes % per_row) * side
        frag[:, 3] = (codes // per_row) * side
        painter.save()
        self._in_device_pixels(painter, t)
        if pixmap:
            _draw_fragments(painter, frag, atlas)
        else:  # outside the GUI thread: QImage, one call per node
            for x, y, sx, sy in (frag[:, :4] - [side / 2, side / 2, 0, 0]).astype(int).tolist():
                painter.drawImage(QPoint(x, y), atlas, QRect(sx, sy, side, side))
        painter.restore()

    def _draw_heatmaps(self, painter, col, xy, dead, dropped, r, outline_w, outline_color: QColor) -> None:
        rgba = np.ascontiguousarray(colors.heatmap_rgba(col.heatmaps, self._theme.no_value))
        n, h, w = rgba.shape[:3]
        outline = self._pen(outline_color, outline_w)
        for j, (x, y) in enumerate(xy.tolist()):
            target = QRectF(x - r, y - r, 2 * r, 2 * r)
            if dropped[j] and not dead[j]:
                painter.fillRect(target, self._c["background"])
                continue
            tile = rgba[j]
            image = QImage(tile.data, w, h, w * 4, QImage.Format.Format_RGBA8888)
            painter.drawImage(target, image)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)

    def _draw_crosses(self, painter: QPainter, xy: np.ndarray, r: float) -> None:
        width = max(min(2.0, r * 0.5), 0.2 * r)
        segs = _cross_segments(xy, 0.45 * r)
        # A halo in the dead grey keeps the X readable over a heatmap too.
        painter.setPen(self._pen(self._c["dead"], width * 1.8, Qt.PenCapStyle.RoundCap))
        _draw_lines(painter, segs)
        painter.setPen(self._pen(self._c["dead_cross"], width, Qt.PenCapStyle.RoundCap))
        _draw_lines(painter, segs)

    def _draw_focus(self, painter: QPainter, scene: SceneState, lay: Layout) -> None:
        ci, ni = scene.focus
        if not (0 <= ci < len(lay.columns)) or not (0 <= ni < lay.columns[ci].ys.size):
            return
        c = lay.center(ci, ni)
        z = lay.sizes
        r = lay.columns[ci].radius
        outline_w = min(z.outline_px, max(1.0, 0.25 * r))
        width = max(z.focus_px * min(1.0, 0.6 + r / 30), 2.0)
        rr = r + outline_w + width * 0.9
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
        painter.setPen(self._pen(self._c["focus"], width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if scene.columns[ci].heatmaps is not None:
            painter.drawRect(QRectF(c.x() - rr, c.y() - rr, 2 * rr, 2 * rr))
        else:
            painter.drawEllipse(c, rr, rr)


    # text

    def _text(self, painter: QPainter, raster: bool, text: str, rect: QRectF, px: int, color: QColor, *,
              bold: bool = False, align: str = "left", mono: bool = False) -> float:
        """One line of text, vertically centred in ``rect``, elided to its width; returns its width."""
        if not text or rect.width() <= 0:
            return 0.0
        # Per text, font and room: the elided text, its width and its prepared QStaticText.
        key = (text, px, bold, round(rect.width(), 1), mono) if mono else (text, px, bold, round(rect.width(), 1))
        entry = self._static.get(key)
        if entry is None:
            if len(self._static) > _TEXT_CACHE:
                self._static.clear()
            fm = self._fm(px, bold, mono)
            shown = text
            width = self.measure(text, px, bold, mono)
            if width > rect.width() + 0.5:
                shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
                width = self.measure(shown, px, bold, mono) if shown else 0.0
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font(px, bold, mono))
            entry = (shown, width, static, fm.height(), fm.ascent())
            self._static[key] = entry
        shown, width, static, height, ascent = entry
        if not shown:
            return 0.0
        if align == "center":
            x = rect.center().x() - width / 2
        elif align == "right":
            x = rect.right() - width
        else:
            x = rect.left()
        top = rect.center().y() - height / 2
        painter.setFont(self._fonts[(px, bold, "mono") if mono else (px, bold)])
        painter.setPen(color)
        if raster:
            painter.drawStaticText(QPointF(x, top), static)
        else:  # vector devices get plain text
            painter.drawText(QPointF(x, top + ascent), shown)
        return width

    def _draw_labels(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool,
                     which: str = "all") -> None:
        """``which``: "static" names, captions and tags, "live" gradient norms and dead counts, "all" both."""
        px = lay.label_px
        static, live = which != "live", which != "static"
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
        for col, lc in zip(scene.columns, lay.columns):
            if static:
                self._draw_column_labels(painter, col, lc, lay, raster)
            if not live:
                continue
            if lc.norm_rect is not None and col.grad_norm is not None:
                norm = float(col.grad_norm)
                color = self._c["text"] if math.isfinite(norm) else self._c["error"]
                self._text(painter, raster, format_value(norm), lc.norm_rect, px, color, bold=not math.isfinite(norm),
                           align="center")
            if lc.dead_rect is not None and col.dead_count > 0:
                d = col.dead_count
                text = self._fit([f"{d}/{col.units} dead", f"{d} dead", f"{d}/{col.units}"], lc.dead_rect.width(), px,
                                 bold=True)
                self._text(painter, raster, text, lc.dead_rect, px, self._c["dead"], bold=True, align="center")

    def _draw_column_labels(self, painter: QPainter, col, lc, lay: Layout, raster: bool) -> None:
        px = lay.label_px
        if lc.name_rect is not None:
            name = short_name(col.name) if lay.short_names else col.name
            self._text(painter, raster, name, lc.name_rect, px, self._c["text"], bold=True, align="center")
        if lc.caption_rect is not None and lc.caption_lines:
            lh = lc.caption_rect.height() / max(1, round(lc.caption_rect.height() / lay.sizes.line_height(px)))
            for k, line in enumerate(lc.caption_lines):
                r = QRectF(lc.caption_rect.left(), lc.caption_rect.top() + k * lh, lc.caption_rect.width(), lh)
                self._text(painter, raster, line, r, px, self._c["muted_text"], align="center")
        if lc.tags_rect is not None and (col.frozen or col.batch_norm):
            tags = [t for t, on in (("frozen", col.frozen), ("batch norm", col.batch_norm)) if on]
            self._draw_tag(painter, raster, " · ".join(tags), lc.tags_rect, px, frozen=col.frozen)

    def _fit(self, candidates: list[str], width: float, px: int, bold: bool = False) -> str:
        """The first of ``candidates`` that fits ``width`` (else the last, to be elided)."""
        for text in candidates:
            if self.measure(text, px, bold) <= width:
                return text
        return candidates[-1]

    def _draw_tag(self, painter: QPainter, raster: bool, text: str, rect: QRectF, px: int, frozen: bool) -> None:
        width = min(self.measure(text, px) + px * (1.6 if frozen else 0.8), rect.width())
        pill = QRectF(rect.center().x() - width / 2, rect.top() + 1, width, rect.height() - 2)
        painter.setPen(self._pen(self._c["muted_text"], max(1.0, self.last_layout.sizes.line_px / 2)))
        painter.setBrush(self._c["tag_background"])
        radius = pill.height() / 2
        painter.drawRoundedRect(pill, radius, radius)
        inner = pill.adjusted(px * 0.4, 0, -px * 0.4, 0)
        if frozen:  # a small padlock before the text
            lock = QRectF(inner.left(), pill.center().y() - px * 0.15, px * 0.6, px * 0.45)
            painter.setBrush(self._c["muted_text"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(lock)
            painter.setPen(self._pen(self._c["muted_text"], max(1.0, px * 0.1)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            shackle = QRectF(lock.left() + lock.width() * 0.18, lock.top() - px * 0.3, lock.width() * 0.64, px * 0.6)
            painter.drawArc(shackle, 0, 180 * 16)
            inner = inner.adjusted(px * 0.8, 0, 0, 0)
        self._text(painter, raster, text, inner, px, self._c["text"], align="center")

    def _draw_header(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool,
                     which: str = "all") -> None:
        """``which``: "static" the title and caption, "live" the step and loss, "all" both."""
        z = lay.sizes
        if which != "live":
            if lay.title_rect is not None and scene.title:
                self._text(painter, raster, scene.title, lay.title_rect, z.title_px, self._c["text"], bold=True)
            for line, r in lay.caption_lines:
                self._text(painter, raster, line, r, z.caption_px, self._c["muted_text"])
        if which != "static" and lay.status_rect is not None:
            self._text(painter, raster, status_text(scene), lay.status_rect, z.text_px, self._c["text"], align="right")

    def _draw_banner(self, painter: QPainter, lay: Layout, raster: bool) -> None:
        if lay.banner is None or not lay.banner_lines:
            return
        z = lay.sizes
        painter.fillRect(lay.banner, self._c["banner_background"])
        edge = max(1.0, z.line_px)
        painter.fillRect(QRectF(lay.banner.left(), lay.banner.top(), lay.banner.width(), edge), self._c["banner_text"])
        painter.fillRect(QRectF(lay.banner.left(), lay.banner.bottom() - edge, lay.banner.width(), edge),
                         self._c["banner_text"])
        lh = z.line_height(z.banner_px)
        top = lay.banner.center().y() - lh * len(lay.banner_lines) / 2
        for k, line in enumerate(lay.banner_lines):
            r = QRectF(lay.banner.left() + z.gap, top + k * lh, lay.banner.width() - 2 * z.gap, lh)
            self._text(painter, raster, line, r, z.banner_px, self._c["banner_text"], bold=True, align="center")

    # legend

    def _draw_legend(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool,
                     which: str = "all") -> None:
        """``which``: "live" only the edge legend's values (they follow the scene's edge range),
        "static" all the rest, "all" everything."""
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
        if which == "live":
            sec = lay.section("edge_key")
            if sec is not None:
                self._draw_edge_key(painter, scene, lay, sec.rect, raster, which)
            return
        for sec in lay.sections:
            r = sec.rect
            if sec.kind == "nodes_title":
                self._text(painter, raster, sec.lines[0], QRectF(r.left(), r.top(), r.width(), lh), px,
                           self._c["text"], bold=True)
                self._text(painter, raster, sec.lines[1], QRectF(r.left(), r.top() + lh, r.width(), lh), px,
                           self._c["muted_text"])
            elif sec.kind == "colorbar":
                self._draw_colorbar(painter, scene, lay, raster)
            elif sec.kind == "node_key":
                self._draw_node_key(painter, scene, lay, r, raster)
            elif sec.kind == "edges_title":
                self._text(painter, raster, sec.lines[0], QRectF(r.left(), r.top(), r.width(), lh), px,
                           self._c["text"], bold=True)
            elif sec.kind == "edge_key":
                self._draw_edge_key(painter, scene, lay, r, raster, which)
            elif sec.kind in ("lod_note", "bars_note"):
                lines = sec.lines
                color = self._c["text"] if sec.kind == "lod_note" else self._c["muted_text"]
                for k, line in enumerate(lines):
                    self._text(painter, raster, line, QRectF(r.left(), r.top() + k * lh, r.width(), lh), px, color)

    def _draw_colorbar(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        bar = lay.colorbar
        if bar is None:
            return
        z = lay.sizes
        px = z.text_px
        quantity = scene.node_quantity if scene.node_quantity in ("gradient", "activation") else "gradient"
        gradient = self._colorbar_gradient(quantity)
        gradient.setStart(0.0, bar.bottom())
        gradient.setFinalStop(0.0, bar.top())
        # One fill with hard stops: the very colours of the node levels, bottom to top.
        painter.fillRect(bar, gradient)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(self._c["muted_text"], max(1.0, z.line_px / 2)))
        painter.drawRect(bar)
        tick_pen = self._pen(self._c["text"], z.line_px)
        exp_px = max(12, int(round(px * 0.78)))
        lh = z.line_height(px)
        for tick in lay.ticks:
            painter.setPen(tick_pen)
            painter.drawLine(QPointF(bar.right(), tick.y), QPointF(bar.right() + z.gap * 0.6, tick.y))
            x = bar.right() + z.gap
            r = QRectF(x, tick.y - lh / 2, lay.legend.right() - x, lh)
            w = self._text(painter, raster, tick.text, r, px, self._c["text"])
            if tick.exponent is not None:
                er = QRectF(x + w + 1, tick.y - lh / 2 - px * 0.42, lay.legend.right() - x - w, lh)
                self._text(painter, raster, tick.exponent, er, exp_px, self._c["text"])

    def _colorbar_gradient(self, quantity: str) -> QLinearGradient:
        gradient = self._gradients.get(quantity)
        if gradient is None:
            table = colors.node_table(quantity)
            n = table.shape[0]
            gradient = QLinearGradient()
            for k in range(n):
                c = _rgba_qcolor(table[k])
                gradient.setColorAt(k / n, c)
                gradient.setColorAt(min(1.0, (k + 1) / n - 1e-6), c)
            self._gradients[quantity] = gradient
        return QLinearGradient(gradient)

    def _sample_node(self, painter: QPainter, c: QPointF, r: float, fill: QColor, *, dead=False, dropped=False,
                     outline_w: float = 2.0) -> None:
        painter.setBrush(fill)
        painter.setPen(Qt.PenStyle.NoPen if dropped else self._pen(self._c["node_outline"], outline_w))
        painter.drawEllipse(c, r, r)
        xy = np.array([[c.x(), c.y()]])
        if dropped:
            painter.setPen(self._pen(self._c["node_outline"], outline_w))
            _draw_lines(painter, _dashed_ring_segments(xy, r))
        if dead:
            self._draw_crosses(painter, xy, r)

    def _draw_node_key(self, painter: QPainter, scene: SceneState, lay: Layout, r: QRectF, raster: bool) -> None:
        z = lay.sizes
        px = z.text_px
        row = r.height() / 3
        nr = min(row * 0.36, z.node_radius_max * 0.5)
        ow = min(z.outline_px, max(1.0, 0.25 * nr))
        entries = [
            ("dead unit", dict(fill=self._c["dead"], dead=True)),
            ("dropped this step", dict(fill=self._c["background"], dropped=True)),
            ("input" if scene.node_quantity == "gradient" else "no value",
             dict(fill=self._c["no_value"])),
        ]
        for k, (label, kw) in enumerate(entries):
            cy = r.top() + (k + 0.5) * row
            cx = r.left() + z.colorbar_width / 2
            self._sample_node(painter, QPointF(cx, cy), nr, outline_w=ow, **kw)
            x = r.left() + z.colorbar_width + z.gap
            self._text(painter, raster, label, QRectF(x, cy - row / 2, r.right() - x, row), px, self._c["text"])

    def _draw_edge_key(self, painter: QPainter, scene: SceneState, lay: Layout, r: QRectF, raster: bool,
                       which: str = "all") -> None:
        """``which``: "static" the samples and the sign labels, "live" the width labels (values), "all" both."""
        z = lay.sizes
        px = z.text_px
        row = r.height() / 5
        sample_w = max(z.colorbar_width * 1.6, 3 * z.gap)
        symbol = "|W|" if scene.edge_quantity == "weight" else "|dL/dW|"
        rng = float(scene.edge_range) if math.isfinite(scene.edge_range) and scene.edge_range > 0 else 1.0
        keys = _legend_edge_keys()  # the same for every range
        rows = [("negative", keys[0], None), ("positive", keys[1], None)]
        for frac, key in zip((0.25, 0.5, 1.0), keys[2:]):
            label = f"{symbol} {'≥ ' if frac == 1.0 else ''}{format_value(frac * rng)}"
            rows.append((label, key, "width"))
        for k, (label, key, kind) in enumerate(rows):
            cy = r.top() + (k + 0.5) * row
            if which != "live":
                # The widths the edges get on this device (whole pixels when they are aliased).
                width = self._edge_pen(key, lay.edge_width, self._edge_aa(raster)).widthF()
                color = self._edge_colors[key] if kind is None else self._c["text"]
                painter.setPen(self._pen(color, width))
                painter.drawLine(QPointF(r.left(), cy), QPointF(r.left() + sample_w, cy))
            # The sign labels never change; the width labels are values of the scene's edge range.
            if which == "all" or (kind is None) == (which == "static"):
                x = r.left() + sample_w + z.gap
                self._text(painter, raster, label, QRectF(x, cy - row / 2, r.right() - x, row), px, self._c["text"])

    def _paint_error(self, painter: QPainter, rect: QRectF, message: str) -> None:
        try:
            painter.save()
            painter.setClipRect(rect)
            painter.setPen(self._c["error"])
            painter.setFont(self._font(max(12, int(rect.height() / 40))))
            painter.drawText(rect.adjusted(8, 8, -8, -8), int(Qt.TextFlag.TextWordWrap), f"render error: {message}")
            painter.restore()
        except Exception:  # noqa: BLE001 - never let the error display itself fail
            pass


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (for scripts and exports without a window)."""
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication([])
