"""The static layer: what stays from frame to frame, drawn once into an image and blitted.

Background, title, caption, column labels and tags, the tracks of the gradient-norm bars, the
legend and the level-of-detail bands are drawn once into an image of the device's pixel size
and format; each frame is then a fill plus a copy of the few rects of that image that are not
plain background (instead of ~100 text and shape calls, 2-4 ms); the fill covers only the rest
(filling what is then copied over cost a tenth of a millisecond at 1920x1080). The last two
layers are kept (a live view and an export or a grab through one renderer); setting the theme
empties them.

A layer may carry patches (``Patch``): regions whose content changes now and then but not on
every frame (the colour bar's ticks: about 30 texts and lines, the same from one step to the
next unless the colour range moves). A patch is drawn into the layer's image and copied with
it; when its key changes, its region is put back as the layer drew it and the patch is drawn
again (or left out: ``draw`` None). A patch is then part of the background: whatever is drawn
live comes after it, so its region may be generous (but patches must not overlap).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QRegion, QTransform

from netviz.render.primitives import in_device_pixels

STATIC_LAYERS = 2  # layers kept: a live view and, say, an export or a grab through one renderer
_SOURCE = QPainter.CompositionMode.CompositionMode_Source
_CACHE_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)


def _area(box: list[int]) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


@dataclass(frozen=True)
class Patch:
    """What a layer's patch shows: ``draw`` paints it (in the layer's logical coordinates) within
    ``region`` (logical) and returns what the caller keeps of it (say, the texts it drew); it is
    painted again when ``key`` changes. ``draw`` None: the region as the layer drew it."""

    region: QRectF
    key: Hashable
    draw: Callable[[QPainter], Any] | None


_PRISTINE = object()  # the key of a patch's region as the layer drew it
_DIRTY = object()  # the key of a patch's region while it is drawn (no key equals it)


@dataclass(eq=False)
class _PatchState:
    rect: QRect  # in the image's pixels
    pristine: QImage  # the rect as the layer drew it, without the patch
    key: Hashable = _PRISTINE
    result: Any = None


@dataclass(eq=False)
class _Layer:
    image: QImage  # the layer, its patches drawn in
    parts: list[QRect] | None  # the rects that are not plain background (the patches' included), or None
    patches: list[_PatchState | None]  # None: a patch with an empty rect
    plain: list[QRect] = field(default_factory=list)  # the rest of the image: plain background

    def __post_init__(self) -> None:
        if self.parts is not None:
            rest = QRegion(self.image.rect())
            for part in self.parts:
                rest = rest.subtracted(QRegion(part))
            self.plain = list(cast(Iterable[QRect], rest))  # (a QRegion iterates its rects; its stubs do not say so)


def content_parts(image: QImage, background: QColor, tile_w: int = 32, tile_h: int = 16,
                  extra: tuple[QRect, ...] = ()) -> list[QRect] | None:
    """Rects of ``image`` that hold all its pixels other than the background, and all of the
    ``extra`` rects (a few bounding boxes of tiles, merged where they touch), or None when they
    cover most of it (a plain copy is then cheaper)."""
    w, h = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=h * image.bytesPerLine() // 4)
    pixels = pixels.reshape(h, image.bytesPerLine() // 4)[:, :w]
    plain = np.uint32(background.rgba())  # opaque: the same in RGB32 and premultiplied ARGB32
    ny, nx = -(-h // tile_h), -(-w // tile_w)
    mask = np.zeros((ny * tile_h, nx * tile_w), dtype=bool)
    mask[:h, :w] = pixels != plain
    for r in extra:
        if not r.isEmpty():
            mask[r.top():r.bottom() + 1, r.left():r.right() + 1] = True
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
        self._layers: OrderedDict[Hashable, _Layer] = OrderedDict()

    def clear(self) -> None:
        self._layers.clear()

    def blit(self, painter: QPainter, engine: QPaintEngine, t: QTransform, rect: QRectF, key: Hashable,
             background: QColor, draw: Callable[[QPainter], None], stats: dict[str, Any],
             patches: Sequence[Patch] = ()) -> list[Any]:
        """Copy the layer for ``key`` into ``rect`` (device transform ``t``: a scale and a shift),
        calling ``draw`` on a painter of a new image first when it is not cached. ``key`` holds what
        the layer shows; the device's scale, offset and format are added here. ``patches``: drawn
        into the layer when their key changed (see the module docstring); returns, per patch, what
        its ``draw`` returned when it was drawn (None when left out)."""
        s = t.m11()
        x0, y0 = rect.left() * s + t.dx(), rect.top() * s + t.dy()
        ox, oy = math.floor(x0 + 1e-6), math.floor(y0 + 1e-6)
        w = max(1, math.ceil(rect.right() * s + t.dx() - 1e-6) - ox)
        h = max(1, math.ceil(rect.bottom() * s + t.dy() - 1e-6) - oy)
        device = engine.paintDevice()
        fmt = device.format() if isinstance(device, QImage) else QImage.Format.Format_ARGB32_Premultiplied
        if fmt not in _CACHE_FORMATS:
            fmt = QImage.Format.Format_ARGB32_Premultiplied
        # The layer's own transform: logical -> the image's pixels.
        to_image = QTransform(s, 0, 0, s, t.dx() - ox, t.dy() - oy)
        bounds = QRect(0, 0, w, h)
        patch_rects = tuple(to_image.mapRect(patch.region).toAlignedRect().intersected(bounds) for patch in patches)
        full_key = (key, s, round(x0 - ox, 3), round(y0 - oy, 3), w, h, fmt, tuple(r.getRect() for r in patch_rects))
        layer = self._layers.get(full_key)
        if layer is not None:
            self._layers.move_to_end(full_key)
            stats["static_layer"] = "hit"
        else:
            while len(self._layers) >= STATIC_LAYERS:  # free the oldest first
                self._layers.popitem(last=False)
            image = QImage(w, h, fmt)
            image.fill(background)
            p = QPainter(image)
            try:
                p.setTransform(to_image)
                p.setClipRect(rect)
                draw(p)
            finally:
                p.end()
            layer = _Layer(image, content_parts(image, background, extra=patch_rects),
                           [None if r.isEmpty() else _PatchState(r, image.copy(r)) for r in patch_rects])
            self._layers[full_key] = layer
            stats["static_layer"] = "drawn"
        results: list[Any] = []
        for patch, state in zip(patches, layer.patches):
            if state is None:
                results.append(None)
                continue
            wanted = _PRISTINE if patch.draw is None else patch.key
            if state.key != wanted:
                self._draw_patch(layer.image, state, patch, to_image, rect)
                stats["static_patches"] = stats.get("static_patches", 0) + 1
            results.append(state.result)
        image, parts = layer.image, layer.parts
        painter.save()
        in_device_pixels(painter, t)
        painter.setCompositionMode(_SOURCE)  # opaque: a plain copy, no blending
        if parts is None:
            painter.drawImage(QPoint(ox, oy), image)
        else:  # most of the layer is plain background: it is filled, the parts that are not are copied
            for rect_plain in layer.plain:
                painter.fillRect(rect_plain.translated(ox, oy), background)
            for part in parts:
                painter.drawImage(QPoint(ox + part.x(), oy + part.y()), image, part)
        painter.restore()
        return results

    @staticmethod
    def _draw_patch(image: QImage, state: _PatchState, patch: Patch, to_image: QTransform, rect: QRectF) -> None:
        """The patch's region put back as the layer drew it, then the patch drawn into it."""
        state.key, state.result = _DIRTY, None  # until drawn whole (``draw`` may raise)
        p = QPainter(image)
        try:
            p.setCompositionMode(_SOURCE)
            p.drawImage(state.rect.topLeft(), state.pristine)
            if patch.draw is not None:
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                p.setClipRect(state.rect)  # (in the image's pixels: no transform yet) nothing outside is put back
                p.setTransform(to_image)
                p.setClipRect(rect, Qt.ClipOperation.IntersectClip)
                state.result = patch.draw(p)
        finally:
            p.end()
        state.key = _PRISTINE if patch.draw is None else patch.key
