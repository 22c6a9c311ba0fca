"""NetworkRenderer: draws a SceneState on any QPainter (a widget's, a QImage's, an SVG generator's).

Text is drawn as text and lines as lines, so a vector device gets a vector picture; only
the per-node heatmaps are images. On a raster device (a widget or a QImage) the large
cases take fast paths, measured on this project's 2-core CPU (see
``tests/benchmarks/render_speed.py``):

- edges are grouped by pen (colour and width level, see ``colors.edge_keys``) and each
  group is one ``drawLines`` call over a numpy array, never a pen per edge; the colours
  are opaque (mixed with the background), since blending translucent lines cost 5-10x;
- antialiasing of edges costs 5-10x with many edges: on for up to AA_EDGE_LIMIT drawn
  edges, off above (``antialias=True`` forces it on, e.g. for exports);
- above POINT_NODE_LIMIT nodes, the discs are round-capped points, one ``drawPoints`` per
  colour, instead of an ellipse per node (2-4x faster);
- above ``LOD_THRESHOLD`` edges only the ``edge_budget`` strongest are drawn and the rest
  of each pair of columns becomes a faint band, which the edge legend says.

Layouts are cached per scene shape, texts and rect, the edge end points per node
geometry, so a new frame of the same network only recomputes colours and groups.
All paint state is made in ``__init__`` or cached; an exception inside ``paint`` is
caught, recorded in ``last_stats["error"]`` and shown in the picture (under PySide6 an
exception escaping a widget's paintEvent can kill the process) unless ``raise_errors``.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
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
    QPolygonF,
    QStaticText,
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
from netviz.render.theme import DARK, Theme

try:  # drawLines / drawPoints straight from numpy memory: PySide6 takes (pointer, count)
    from shiboken6 import wrapInstance as _wrap_instance
except ImportError:  # pragma: no cover - shiboken6 always ships with PySide6
    _wrap_instance = None

AA_EDGE_LIMIT = 200  # edges drawn one by one, up to which they are antialiased (auto mode)
AA_NODE_LIMIT = 300  # nodes, up to which they are antialiased (auto mode)
POINT_NODE_LIMIT = 150  # above this many nodes, discs are drawn as round points (raster only)
DASHES = 8  # dashes around a dropped unit
NON_AA_MIN_WIDTH = 1.5  # thinnest aliased edge pen (1 px lines take a slower path in Qt's raster engine)
_LAYOUT_CACHE = 8
_TEXT_CACHE = 4000


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


def _draw_points(painter: QPainter, points: np.ndarray) -> None:
    """Points from an (n, 2) C-contiguous float64 array, in one call."""
    n = int(points.shape[0])
    if n == 0:
        return
    if _wrap_instance is not None and points.flags.c_contiguous and points.dtype == np.float64:
        painter.drawPoints(_wrap_instance(points.ctypes.data, QPointF), n)
    else:  # pragma: no cover
        painter.drawPoints([QPointF(x, y) for x, y in points.tolist()])


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


class NetworkRenderer:
    """Draws a SceneState: ``paint(painter, scene, rect)``, ``render_image(scene, w, h)``.

    ``antialias``: None picks per part (on for small graphs, off for the bulk of large
    ones, always on for vector devices); True or False forces it everywhere.
    ``edge_budget`` / ``lod_threshold``: above ``lod_threshold`` edges only the
    ``edge_budget`` strongest (by |value|) are drawn one by one.
    ``raise_errors``: re-raise exceptions from ``paint`` (tests) instead of drawing them.
    """

    def __init__(self, theme: Theme = DARK, antialias: bool | None = None, *, edge_budget: int = EDGE_BUDGET,
                 lod_threshold: int = LOD_THRESHOLD, raise_errors: bool = False):
        self.antialias = antialias
        self.edge_budget = int(edge_budget)
        self.lod_threshold = int(lod_threshold)
        self.raise_errors = raise_errors
        self.last_stats: dict = {"edges_total": 0, "edges_drawn": 0, "edges_banded": 0, "paint_ms": 0.0,
                                 "lod": False, "antialias_edges": False, "nodes": 0, "error": None}
        self.last_layout: Layout | None = None
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self._metrics: dict[tuple[int, bool], QFontMetricsF] = {}
        self._widths: dict[tuple[str, int, bool], float] = {}
        self._static: dict[tuple, tuple] = {}
        self._layouts: OrderedDict[tuple, Layout] = OrderedDict()
        self._segments: tuple[tuple, np.ndarray, np.ndarray] | None = None
        self._edge_pens: dict[tuple[int, float, bool], QPen] = {}
        self._point_pens: dict[tuple[int, float, str], QPen] = {}
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
        self._point_pens.clear()
        self._gradients: dict[str, QLinearGradient] = {}
        self._layouts.clear()

    def _font(self, px: int, bold: bool = False) -> QFont:
        key = (px, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies([self._theme.font_family, *self._theme.font_fallbacks])
            font.setPixelSize(max(1, int(px)))
            font.setBold(bold)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font)
        return font

    def _fm(self, px: int, bold: bool = False) -> QFontMetricsF:
        self._font(px, bold)
        return self._metrics[(px, bold)]

    def measure(self, text: str, px: int, bold: bool = False) -> float:
        """Width in px of ``text`` in the theme's font at pixel size ``px``."""
        key = (text, px, bold)
        w = self._widths.get(key)
        if w is None:
            if len(self._widths) > _TEXT_CACHE:
                self._widths.clear()
            w = self._fm(px, bold).horizontalAdvance(text)
            self._widths[key] = w
        return w

    # ----- public API ---------------------------------------------------------------

    def layout(self, scene: SceneState, rect: QRectF) -> Layout:
        """The geometry of ``scene`` in ``rect`` (cached per shape, texts and rect)."""
        rect = QRectF(rect)
        key = (
            (rect.x(), rect.y(), rect.width(), rect.height()),
            tuple((c.name, c.caption, c.units, c.frozen, c.batch_norm, c.grad_norm is None) for c in scene.columns),
            tuple(e.values.shape for e in scene.edges),
            scene.caption, scene.banner, scene.node_quantity, scene.edge_quantity, node_range_of(scene),
            self.edge_budget, self.lod_threshold,
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
        return lay

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
                 "antialias_edges": False, "nodes": 0, "error": None}
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
        lay = self.layout(scene, rect)
        self.last_layout = lay
        engine = painter.paintEngine()
        raster = engine is not None and engine.type() == QPaintEngine.Type.Raster
        # Stay inside the rect (and inside any clip the widget set already).
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip if painter.hasClipping()
                            else Qt.ClipOperation.ReplaceClip)
        phases = stats["phase_ms"] = {}
        t = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal t
            now = time.perf_counter()
            phases[name] = (now - t) * 1e3
            t = now

        painter.fillRect(rect, self._c["background"])
        lap("background")
        self._draw_edges(painter, scene, lay, raster, stats)
        lap("edges")
        self._draw_bars(painter, scene, lay)
        lap("bars")
        self._draw_nodes(painter, scene, lay, raster, stats)
        lap("nodes")
        if not lay.compact:
            self._draw_labels(painter, scene, lay, raster)
            lap("labels")
            self._draw_header(painter, scene, lay, raster)
            lap("header")
            self._draw_legend(painter, scene, lay, raster)
            lap("legend")
        self._draw_banner(painter, lay, raster)
        lap("banner")

    def _aa(self, small: bool, raster: bool) -> bool:
        if self.antialias is not None:
            return bool(self.antialias)
        return small or not raster

    # edges

    def _edge_geometry(self, lay: Layout) -> tuple[np.ndarray, np.ndarray]:
        key = lay.geometry_key()
        if self._segments is None or self._segments[0] != key:
            segs, offsets = edge_segments(lay)
            self._segments = (key, segs, offsets)
        return self._segments[1], self._segments[2]

    def _edge_pen(self, key: int, base_width: float, aa: bool) -> QPen:
        width = base_width * float(self._edge_width_factor[key])
        # Without antialiasing, fractional widths only cost time: round them to whole pixels,
        # except that 1 px takes Qt's thin-line path, twice as slow as 1.5 or 2 px here.
        width = max(NON_AA_MIN_WIDTH, round(width)) if not aa else max(1.0, round(width * 4) / 4)
        pen_key = (key, width, aa)
        pen = self._edge_pens.get(pen_key)
        if pen is None:
            pen = QPen(self._edge_colors[key])
            pen.setWidthF(width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._edge_pens[pen_key] = pen
        return pen

    def _draw_edges(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool, stats: dict) -> None:
        if not scene.edges:
            return
        segs, offsets = self._edge_geometry(lay)
        total = segs.shape[0]
        stats["edges_total"] = total
        if total == 0:
            return
        values = np.concatenate([np.asarray(e.values, dtype=float).ravel() for e in scene.edges])
        fades = None
        if any(e.fade is not None for e in scene.edges):
            fades = np.concatenate([np.ones(e.values.size) if e.fade is None
                                    else np.asarray(e.fade, dtype=float).ravel() for e in scene.edges])
        if values.shape[0] != total:  # values whose shape does not match the columns: draw nothing
            raise ValueError(f"edges: {values.shape[0]} values for {total} edges between the columns")
        if total > self.lod_threshold:
            budget = max(0, min(self.edge_budget, total))
            priority = np.abs(values)
            priority[np.isnan(priority)] = np.inf  # a NaN weight is news: keep it
            selected = np.argpartition(priority, total - budget)[total - budget:] if budget else np.empty(0, int)
            drawn_per_bundle = np.bincount(np.searchsorted(offsets, selected, side="right") - 1,
                                           minlength=len(scene.edges))
            self._draw_bands(painter, lay, np.diff(offsets) - drawn_per_bundle)
            values = values[selected]
            fades = fades[selected] if fades is not None else None
            segs = segs[selected]
            stats["lod"] = True
            stats["edges_banded"] = total - budget
        drawn = values.shape[0]
        stats["edges_drawn"] = drawn
        keys = colors.edge_keys(values, fades, scene.edge_range)
        order = np.argsort(keys, kind="stable")
        segs = np.ascontiguousarray(segs[order])
        counts = np.bincount(keys, minlength=colors.EDGE_KEYS)
        starts = np.concatenate([[0], np.cumsum(counts)])
        aa = self._aa(drawn <= AA_EDGE_LIMIT, raster)
        stats["antialias_edges"] = aa
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for key in np.flatnonzero((counts > 0) & self._edge_visible[: counts.shape[0]]):
            painter.setPen(self._edge_pen(int(key), lay.edge_width, aa))
            _draw_lines(painter, segs[starts[key]:starts[key + 1]])

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
        lo, hi = node_range_of(scene) if scene.node_quantity == "gradient" else GRADIENT_LOG_RANGE
        t = colors.node_position(np.array([norm]), "gradient", (lo, hi))[0]
        return 0.0 if norm == 0 else float(t)

    def _draw_bars(self, painter: QPainter, scene: SceneState, lay: Layout) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        table = colors.node_table("gradient")
        baseline = None
        for col, lc in zip(scene.columns, lay.columns):
            if lc.bar is None or col.grad_norm is None:
                continue
            bar = lc.bar
            baseline = bar.bottom()
            painter.fillRect(bar, self._c["bar_track"])
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
        if baseline is not None:  # a common baseline makes the bars a chart across the layers
            first = next(lc for lc in lay.columns if lc.bar is not None)
            last = [lc for lc in lay.columns if lc.bar is not None][-1]
            w = max(1.0, lay.sizes.line_px / 2)
            left = first.bar.left() - first.bar.width() / 2
            right = last.bar.right() + last.bar.width() / 2
            painter.fillRect(QRectF(left, baseline, right - left, w), self._c["muted_text"])

    # nodes

    def _node_codes(self, scene: SceneState, col) -> np.ndarray:
        codes = colors.node_levels(np.asarray(col.values, dtype=float), scene.node_quantity, scene.node_range)
        dead = np.asarray(col.dead, dtype=bool)
        dropped = np.asarray(col.dropped, dtype=bool)
        codes = np.where(dropped, colors.NODE_DROPPED, codes)
        return np.where(dead, colors.NODE_DEAD, codes)

    def _draw_nodes(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool, stats: dict) -> None:
        z = lay.sizes
        n_nodes = sum(lc.ys.size for lc in lay.columns)
        stats["nodes"] = n_nodes
        aa = self._aa(n_nodes <= AA_NODE_LIMIT, raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        palette = self._node_colors[scene.node_quantity if scene.node_quantity in self._node_colors else "gradient"]
        as_points = raster and n_nodes > POINT_NODE_LIMIT
        # Columns of one radius are drawn together: one pen per colour for all of them.
        groups: dict[float, list] = {}
        for col, lc in zip(scene.columns, lay.columns):
            if lc.ys.size:
                groups.setdefault(lc.radius, []).append((col, lc))
        for r, members in groups.items():
            outline_w = min(z.outline_px, max(1.0, 0.25 * r))
            outline = self._c["node_outline"] if r >= 8 else self._small_outline
            disc_xy, disc_codes, dead_xy, ring_xy, square_xy = [], [], [], [], []
            for col, lc in members:
                n = lc.ys.size
                xy = np.column_stack([np.full(n, lc.x), lc.ys])
                dead = np.asarray(col.dead, dtype=bool).reshape(-1)[:n]
                dropped = np.asarray(col.dropped, dtype=bool).reshape(-1)[:n]
                dead_xy.append(xy[dead])
                hm = col.heatmaps
                if hm is not None and np.ndim(hm) == 3 and hm.shape[0] == n and hm.shape[1] > 0 and hm.shape[2] > 0:
                    self._draw_heatmaps(painter, col, xy, dead, dropped, r, outline_w, outline)
                    square_xy.append(xy[dropped & ~dead])
                else:
                    disc_xy.append(xy)
                    disc_codes.append(self._node_codes(scene, col))
                    ring_xy.append(xy[dropped])
            if disc_xy:
                xy = np.ascontiguousarray(np.concatenate(disc_xy))
                codes = np.concatenate(disc_codes)
                if as_points:
                    self._discs_as_points(painter, xy, codes, r, outline_w, palette, outline)
                else:
                    self._discs_as_ellipses(painter, xy, codes, r, outline_w, palette, outline)
            rings = np.concatenate(ring_xy) if ring_xy else np.empty((0, 2))
            if rings.size:
                painter.setPen(self._pen(outline, outline_w))
                _draw_lines(painter, _dashed_ring_segments(rings, r))
            squares = np.concatenate(square_xy) if square_xy else np.empty((0, 2))
            if squares.size:
                painter.setPen(self._pen(outline, outline_w))
                _draw_lines(painter, _dashed_square_segments(squares, r))
            crosses = np.concatenate(dead_xy)
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

    def _point_pen(self, code: int, diameter: float, color: QColor) -> QPen:
        key = (code, round(diameter, 2), color.name())
        pen = self._point_pens.get(key)
        if pen is None:
            if len(self._point_pens) > 4096:
                self._point_pens.clear()
            pen = self._pen(color, diameter, Qt.PenCapStyle.RoundCap)
            self._point_pens[key] = pen
        return pen

    def _discs_as_points(self, painter, xy, codes, r, outline_w, palette, outline: QColor) -> None:
        # Outline: a slightly larger disc under every node that is not hollow.
        solid = codes != colors.NODE_DROPPED
        outline_xy = np.ascontiguousarray(xy[solid])
        painter.setPen(self._point_pen(-1, 2 * r + outline_w, outline))
        _draw_points(painter, outline_xy)
        order = np.argsort(codes, kind="stable")
        xs = np.ascontiguousarray(xy[order])
        counts = np.bincount(codes, minlength=len(palette))
        starts = np.concatenate([[0], np.cumsum(counts)])
        for code in np.flatnonzero(counts):
            diameter = 2 * r - outline_w if code != colors.NODE_DROPPED else 2 * r + outline_w
            painter.setPen(self._point_pen(int(code), max(diameter, 1.0), palette[code]))
            _draw_points(painter, xs[starts[code]:starts[code + 1]])

    def _discs_as_ellipses(self, painter, xy, codes, r, outline_w, palette, outline_color: QColor) -> None:
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
              bold: bool = False, align: str = "left") -> float:
        """One line of text, vertically centred in ``rect``, elided to its width; returns its width."""
        if not text or rect.width() <= 0:
            return 0.0
        # Per text, font and room: the elided text, its width and its prepared QStaticText.
        key = (text, px, bold, round(rect.width(), 1))
        entry = self._static.get(key)
        if entry is None:
            if len(self._static) > _TEXT_CACHE:
                self._static.clear()
            fm = self._fm(px, bold)
            shown = text
            width = self.measure(text, px, bold)
            if width > rect.width() + 0.5:
                shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
                width = self.measure(shown, px, bold) if shown else 0.0
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font(px, bold))
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
        painter.setFont(self._fonts[(px, bold)])
        painter.setPen(color)
        if raster:
            painter.drawStaticText(QPointF(x, top), static)
        else:  # vector devices get plain text
            painter.drawText(QPointF(x, top + ascent), shown)
        return width

    def _draw_labels(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        px = lay.label_px
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
        for col, lc in zip(scene.columns, lay.columns):
            if lc.name_rect is not None:
                name = short_name(col.name) if lay.short_names else col.name
                self._text(painter, raster, name, lc.name_rect, px, self._c["text"], bold=True, align="center")
            if lc.caption_rect is not None and lc.caption_lines:
                lh = lc.caption_rect.height() / max(1, round(lc.caption_rect.height() / lay.sizes.line_height(px)))
                for k, line in enumerate(lc.caption_lines):
                    r = QRectF(lc.caption_rect.left(), lc.caption_rect.top() + k * lh, lc.caption_rect.width(), lh)
                    self._text(painter, raster, line, r, px, self._c["muted_text"], align="center")
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

    def _draw_header(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        z = lay.sizes
        if lay.title_rect is not None and scene.title:
            self._text(painter, raster, scene.title, lay.title_rect, z.title_px, self._c["text"], bold=True)
        if lay.status_rect is not None:
            self._text(painter, raster, status_text(scene), lay.status_rect, z.text_px, self._c["text"], align="right")
        for line, r in lay.caption_lines:
            self._text(painter, raster, line, r, z.caption_px, self._c["muted_text"])

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

    def _draw_legend(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool) -> None:
        z = lay.sizes
        px = z.text_px
        lh = z.line_height(px)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias is not False)
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
                self._draw_edge_key(painter, scene, lay, r, raster)
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

    def _draw_edge_key(self, painter: QPainter, scene: SceneState, lay: Layout, r: QRectF, raster: bool) -> None:
        z = lay.sizes
        px = z.text_px
        row = r.height() / 5
        sample_w = max(z.colorbar_width * 1.6, 3 * z.gap)
        symbol = "|W|" if scene.edge_quantity == "weight" else "|dL/dW|"
        rng = float(scene.edge_range) if math.isfinite(scene.edge_range) and scene.edge_range > 0 else 1.0
        rows = [
            ("negative", colors.edge_key(-rng, edge_range=rng), None),
            ("positive", colors.edge_key(rng, edge_range=rng), None),
        ]
        for frac in (0.25, 0.5, 1.0):
            label = f"{symbol} {'≥ ' if frac == 1.0 else ''}{format_value(frac * rng)}"
            rows.append((label, colors.edge_key(frac * rng * 0.999, edge_range=rng), "width"))
        for k, (label, key, kind) in enumerate(rows):
            cy = r.top() + (k + 0.5) * row
            width = lay.edge_width * float(self._edge_width_factor[key])
            color = self._edge_colors[key] if kind is None else self._c["text"]
            painter.setPen(self._pen(color, max(width, 1.0)))
            painter.drawLine(QPointF(r.left(), cy), QPointF(r.left() + sample_w, cy))
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
