"""The nodes: discs coloured by value (sprites from the atlas on raster devices), heatmap squares,
dead and dropped units, and the ring around the focused node."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QTransform

from netviz.animation.scene import NodeColumn, SceneState
from netviz.render import colors
from netviz.render.atlas import NodeAtlas, draw_discs, pixmaps_allowed
from netviz.render.layout import ColumnLayout, Layout
from netviz.render.primitives import (
    HAS_POINTERS,
    dashed_square_segments,
    draw_crosses,
    draw_fragments,
    draw_lines,
    in_device_pixels,
    pen,
)
from netviz.render.style import Style

AA_NODE_LIMIT = 300  # nodes drawn one by one (no sprites: odd transforms), up to which they are antialiased


class NodePainter:
    """Draws the nodes of a frame; keeps the atlas and what derives from the layout alone."""

    def __init__(self, style: Style) -> None:
        self._style = style
        self.atlas = NodeAtlas(style)
        self._per_layout: tuple[Layout | None, dict[Any, np.ndarray]] = (None, {})  # see _layout_cache

    def clear(self) -> None:
        self.atlas.clear()

    def _layout_cache(self, lay: Layout) -> dict[Any, np.ndarray]:
        """A dict for things derived from ``lay`` alone; emptied when another layout is drawn."""
        if self._per_layout[0] is not lay:
            self._per_layout = (lay, {})
        return self._per_layout[1]

    def centres(self, lay: Layout, lc: ColumnLayout) -> np.ndarray:
        """(n, 2) node centres of a column (cached with the layout)."""
        cache = self._layout_cache(lay)
        xy = cache.get(("centres", lc.index))
        if xy is None:
            xy = np.ascontiguousarray(np.column_stack([np.full(lc.ys.size, lc.x), lc.ys]))
            xy.flags.writeable = False
            cache[("centres", lc.index)] = xy
        return xy

    @staticmethod
    def codes(scene: SceneState, cols: list[NodeColumn]) -> np.ndarray:
        """The palette index of every node of ``cols`` (colour level, or no value, dead, dropped), in one go."""
        def cat(arrays: list[Any], dtype: type) -> np.ndarray:
            flat: list[np.ndarray] = [np.asarray(a, dtype=dtype).reshape(-1) for a in arrays]
            return np.concatenate(flat) if len(flat) > 1 else flat[0]

        codes = colors.node_levels(cat([c.values for c in cols], float), scene.node_quantity, scene.node_range)
        codes[cat([c.dropped for c in cols], bool)] = colors.NODE_DROPPED
        codes[cat([c.dead for c in cols], bool)] = colors.NODE_DEAD
        return codes

    def draw(self, painter: QPainter, scene: SceneState, lay: Layout, raster: bool, pixels: QTransform | None,
             stats: dict[str, Any]) -> None:
        """All nodes; ``pixels``: the device transform when sprites can be blitted pixel for pixel."""
        pal = self._style.palette
        z = lay.sizes
        n_nodes = sum(lc.ys.size for lc in lay.columns)
        stats["nodes"] = n_nodes
        quantity = scene.node_quantity if scene.node_quantity in pal.node_colors else "gradient"
        colors_of_codes = pal.node_colors[quantity]
        aa = self._style.node_aa(n_nodes <= AA_NODE_LIMIT, raster)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        # Columns of one radius are drawn together: one atlas (or one pen per colour) for all of them.
        groups: dict[float, list[tuple[NodeColumn, ColumnLayout]]] = {}
        for col, lc in zip(scene.columns, lay.columns):
            if lc.ys.size:
                groups.setdefault(lc.radius, []).append((col, lc))
        for r, members in groups.items():
            outline_w = min(z.outline_px, max(1.0, 0.25 * r))
            outline = pal.node_outline if r >= 8 else pal.small_outline
            disc_xy, disc_cols, disc_index, dead_xy, square_xy = [], [], [], [], []
            for col, lc in members:
                n = lc.ys.size
                xy = self.centres(lay, lc)
                hm = col.heatmaps
                if hm is not None and np.ndim(hm) == 3 and hm.shape[0] == n and hm.shape[1] > 0 and hm.shape[2] > 0:
                    dead = np.asarray(col.dead, dtype=bool).reshape(-1)[:n]
                    dropped = np.asarray(col.dropped, dtype=bool).reshape(-1)[:n]
                    self._draw_heatmaps(painter, hm, xy, dead, dropped, r, outline_w, outline)
                    square_xy.append(xy[dropped & ~dead])
                    dead_xy.append(xy[dead])
                else:
                    disc_xy.append(xy)
                    disc_cols.append(col)
                    disc_index.append(lc.index)
            if disc_xy:
                codes = self.codes(scene, disc_cols)
                if pixels is not None:
                    stats["node_sprites"] = True
                    self._sprites(painter, pixels, lay, tuple(disc_index), codes, r, outline_w, quantity, outline)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
                else:
                    xy = np.concatenate(disc_xy) if len(disc_xy) > 1 else disc_xy[0]
                    draw_discs(painter, pal, xy, codes, r, outline_w, colors_of_codes, outline)
            squares = np.concatenate(square_xy) if square_xy else np.empty((0, 2))
            if squares.size:
                painter.setPen(pen(outline, outline_w))
                draw_lines(painter, dashed_square_segments(squares, r))
            crosses = np.concatenate(dead_xy) if dead_xy else np.empty((0, 2))
            if crosses.size:
                draw_crosses(painter, crosses, r, pal.dead, pal.dead_cross)
        self._draw_saturated(painter, scene, lay)
        if scene.focus is not None:
            self._draw_focus(painter, scene, lay)

    def _draw_saturated(self, painter: QPainter, scene: SceneState, lay: Layout) -> None:
        """A double rim around each saturated unit (``NodeColumn.saturated``): its colour still
        shows its (small) gradient, unlike a dead unit's grey cross."""
        masks = [(np.asarray(col.saturated, bool).reshape(-1)[:lc.ys.size], lc)
                 for col, lc in zip(scene.columns, lay.columns) if col.saturated is not None and lc.ys.size]
        masks = [(mask, lc) for mask, lc in masks if mask.any()]  # (most frames of most lessons: none)
        if not masks:
            return
        xy = [self.centres(lay, lc)[mask] for mask, lc in masks]
        radii = [lc.radius for _, lc in masks]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for centres, r in zip(xy, radii):
            if not centres.size:
                continue
            outline_w = min(lay.sizes.outline_px, max(1.0, 0.25 * r))
            w = max(1.0, 0.12 * r)
            painter.setPen(pen(self._style.palette.saturated, w))
            for x, y in centres.tolist():
                for rr in (r + outline_w + 0.8 * w, r + outline_w + 2.6 * w):
                    painter.drawEllipse(QPointF(x, y), rr, rr)

    def _sprites(self, painter: QPainter, t: QTransform, lay: Layout, columns: tuple[int, ...], codes: np.ndarray,
                 r: float, outline_w: float, quantity: str, outline: QColor) -> None:
        """The discs of ``columns`` (all of radius ``r``) copied from the atlas, by code."""
        pixmap = pixmaps_allowed() and HAS_POINTERS
        atlas, side, per_row = self.atlas.get(r, outline_w, outline, quantity, t.m11(), pixmap)
        # Where the sprites go only changes with the layout and the device transform.
        key = ("sprites", columns, t.m11(), t.dx(), t.dy(), side)
        frag = self._layout_cache(lay).get(key)
        if frag is None:
            xy = np.concatenate([self.centres(lay, lay.columns[i]) for i in columns])
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
        in_device_pixels(painter, t)
        if isinstance(atlas, QPixmap):
            draw_fragments(painter, frag, atlas)
        else:  # outside the GUI thread: QImage, one call per node
            for x, y, sx, sy in (frag[:, :4] - [side / 2, side / 2, 0, 0]).astype(int).tolist():
                painter.drawImage(QPoint(x, y), atlas, QRect(sx, sy, side, side))
        painter.restore()

    def _draw_heatmaps(self, painter: QPainter, heatmaps: np.ndarray, xy: np.ndarray, dead: np.ndarray,
                       dropped: np.ndarray, r: float, outline_w: float, outline_color: QColor) -> None:
        """Each node as a square image of its output over the input plane (``NodeColumn.heatmaps``)."""
        rgba = np.ascontiguousarray(colors.heatmap_rgba(heatmaps, self._style.theme.no_value))
        h, w = rgba.shape[1:3]
        outline = pen(outline_color, outline_w)
        for j, (x, y) in enumerate(xy.tolist()):
            target = QRectF(x - r, y - r, 2 * r, 2 * r)
            if dropped[j] and not dead[j]:
                painter.fillRect(target, self._style.palette.background)
                continue
            tile = rgba[j]
            image = QImage(tile.data, w, h, w * 4, QImage.Format.Format_RGBA8888)
            painter.drawImage(target, image)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)

    def _draw_focus(self, painter: QPainter, scene: SceneState, lay: Layout) -> None:
        if scene.focus is None:
            return
        ci, ni = scene.focus
        if not (0 <= ci < len(lay.columns)) or not (0 <= ni < lay.columns[ci].ys.size):
            return
        c = lay.center(ci, ni)
        z = lay.sizes
        r = lay.columns[ci].radius
        outline_w = min(z.outline_px, max(1.0, 0.25 * r))
        width = max(z.focus_px * min(1.0, 0.6 + r / 30), 2.0)
        rr = r + outline_w + width * 0.9
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._style.shapes_aa)
        painter.setPen(pen(self._style.palette.focus, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if scene.columns[ci].heatmaps is not None:
            painter.drawRect(QRectF(c.x() - rr, c.y() - rr, 2 * rr, 2 * rr))
        else:
            painter.drawEllipse(c, rr, rr)
