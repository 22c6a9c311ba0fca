"""The static layer: what stays from frame to frame, drawn once into an image and blitted.

Background, title, caption, column labels and tags, the tracks of the gradient-norm bars, the
legend and the level-of-detail bands are drawn once into an image of the device's pixel size
and format; each frame is then a fill plus a copy of the few rects of that image that are not
plain background (instead of ~100 text and shape calls, 2-4 ms). The last two layers are kept
(a live view and an export or a grab through one renderer); setting the theme empties them.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QTransform

from netviz.render.primitives import in_device_pixels

STATIC_LAYERS = 2  # layers kept: a live view and, say, an export or a grab through one renderer
_SOURCE = QPainter.CompositionMode.CompositionMode_Source
_CACHE_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)


def _area(box: list[int]) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


def content_parts(image: QImage, background: QColor, tile_w: int = 32, tile_h: int = 16) -> list[QRect] | None:
    """Rects of ``image`` that hold all its pixels other than the background (a few bounding boxes
    of tiles, merged where they touch), or None when they cover most of it (a plain copy is then cheaper)."""
    w, h = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
    pixels = pixels.reshape(h, image.bytesPerLine() // 4)[:, :w]
    plain = np.uint32(background.rgba())  # opaque: the same in RGB32 and premultiplied ARGB32
    ny, nx = -(-h // tile_h), -(-w // tile_w)
    mask = np.zeros((ny * tile_h, nx * tile_w), dtype=bool)
    mask[:h, :w] = pixels != plain
    tiles = np.asarray(mask.reshape(ny, tile_h, nx, tile_w).any(axis=(1, 3)))
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
    _merge_close_boxes(boxes, waste=8192 // (tile_w * tile_h))
    area = sum(_area(box) for box in boxes) * tile_w * tile_h
    if area > 0.6 * w * h:
        return None
    return [QRect(x0 * tile_w, y0 * tile_h, min(w, x1 * tile_w) - x0 * tile_w, min(h, y1 * tile_h) - y0 * tile_h)
            for x0, y0, x1, y1 in boxes]


def _merge_close_boxes(boxes: list[list[int]], waste: int) -> None:
    """One copy call costs about as much as copying ~10,000 pixels: merge boxes (in place) while
    their union adds at most ``waste`` tiles of plain background."""
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


class StaticLayer:
    """The last ``STATIC_LAYERS`` static layers, by key, and their blitting."""

    def __init__(self) -> None:
        # key -> (image, its parts that are not plain background, or None)
        self._layers: OrderedDict[Hashable, tuple[QImage, list[QRect] | None]] = OrderedDict()

    def clear(self) -> None:
        self._layers.clear()

    def blit(self, painter: QPainter, engine: QPaintEngine, t: QTransform, rect: QRectF, key: Hashable,
             background: QColor, draw: Callable[[QPainter], None], stats: dict[str, Any]) -> None:
        """Copy the layer for ``key`` into ``rect`` (device transform ``t``: a scale and a shift),
        calling ``draw`` on a painter of a new image first when it is not cached. ``key`` holds what
        the layer shows; the device's scale, offset and format are added here."""
        s = t.m11()
        x0, y0 = rect.left() * s + t.dx(), rect.top() * s + t.dy()
        ox, oy = math.floor(x0 + 1e-6), math.floor(y0 + 1e-6)
        w = max(1, math.ceil(rect.right() * s + t.dx() - 1e-6) - ox)
        h = max(1, math.ceil(rect.bottom() * s + t.dy() - 1e-6) - oy)
        device = engine.paintDevice()
        fmt = device.format() if isinstance(device, QImage) else QImage.Format.Format_ARGB32_Premultiplied
        if fmt not in _CACHE_FORMATS:
            fmt = QImage.Format.Format_ARGB32_Premultiplied
        full_key = (key, s, round(x0 - ox, 3), round(y0 - oy, 3), w, h, fmt)
        entry = self._layers.get(full_key)
        if entry is not None:
            self._layers.move_to_end(full_key)
            image, parts = entry
            stats["static_layer"] = "hit"
        else:
            while len(self._layers) >= STATIC_LAYERS:  # free the oldest first
                self._layers.popitem(last=False)
            image = QImage(w, h, fmt)
            image.fill(background)
            p = QPainter(image)
            try:
                p.setTransform(QTransform(s, 0, 0, s, t.dx() - ox, t.dy() - oy))
                p.setClipRect(rect)
                draw(p)
            finally:
                p.end()
            parts = content_parts(image, background)
            self._layers[full_key] = (image, parts)
            stats["static_layer"] = "drawn"
        painter.save()
        in_device_pixels(painter, t)
        painter.setCompositionMode(_SOURCE)  # opaque: a plain copy, no blending
        if parts is None:
            painter.drawImage(QPoint(ox, oy), image)
        else:  # most of the layer is plain background: a fill, then a copy of the parts that are not
            painter.fillRect(QRect(ox, oy, w, h), background)
            for part in parts:
                painter.drawImage(QPoint(ox + part.x(), oy + part.y()), image, part)
        painter.restore()
