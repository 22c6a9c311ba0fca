"""Aliased edges drawn by a compiled loop straight into the image Qt paints on, without the GIL.

Why: every QPainter call holds Python's GIL until it returns (PySide does not let it go), so
while the window paints its edges the training worker cannot take the GIL between two calls
of its kernel, and waits. Measured with tests/benchmarks/live_view.py on the dropout lesson
([2,48,48,1], 2,448 edges, 724,000 pixels of them at 1920x1080): the edges took 2.9-3.6 ms
of a 5-7 ms paint; with Qt drawing them the worker had 86-91% of a core and trained at
0.68-0.79x its headless speed, with this loop 94-95% and 0.83-0.84x (three runs each, one
after the other). The loop lets the GIL go while it runs, and is faster too: 1.0 ms for those
724,000 pixels (a 1 px line walks its columns adding the slope, one pixel each), Qt 2.5-2.9.

It draws what Qt's raster engine draws for an aliased line with a flat-capped solid pen of a
whole number of pixels: each pixel column (or row, for a steep line) whose centre lies between
the ends (the end further along included) gets the pixels whose centres lie within half the
stroke's thickness of the line there. Qt's 1 px stroker rounds a little differently (85-92%
of the pixels are the same, the rest one pixel off), and a wide line's flat ends are square
to the line in Qt, square to the axis here (tests/render/test_line_raster.py). Used only
where that holds: a raster paint engine on a 32-bit image (the window's backing store), a
transform that only scales and moves, one clip rectangle, no antialiasing, full opacity.
Anything else goes to Qt. Without numba, or until the loop is compiled (``warm_up``, in a
thread of its own), nothing changes.
"""

from __future__ import annotations

import ctypes
import importlib.util
import math
import threading
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPaintEngine, QPainter

_FORMATS = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied, QImage.Format.Format_ARGB32)


def _draw(pixels: np.ndarray, segments: np.ndarray, starts: np.ndarray, colours: np.ndarray,
          widths: np.ndarray, clip: np.ndarray) -> None:
    """Group g: rows starts[g]..starts[g + 1] of ``segments`` (x1, y1, x2, y2 in device pixels)
    in colour colours[g] and widths[g] whole pixels, into ``pixels`` (rows, row length)
    within clip (left, top, right, bottom, exclusive)."""
    left, top, right, bottom = clip[0], clip[1], clip[2], clip[3]
    for g in range(colours.shape[0]):
        colour = colours[g]
        width = widths[g]
        for i in range(starts[g], starts[g + 1]):
            x1, y1, x2, y2 = segments[i, 0], segments[i, 1], segments[i, 2], segments[i, 3]
            if not (math.isfinite(x1) and math.isfinite(y1) and math.isfinite(x2) and math.isfinite(y2)):
                continue
            dx, dy = x2 - x1, y2 - y1
            steep = abs(dy) > abs(dx)
            if steep:  # walk the rows: swap the roles of x and y
                x1, y1, x2, y2, dx, dy = y1, x1, y2, x2, dy, dx
            if dx == 0.0:
                continue
            if dx < 0.0:
                x1, y1, x2, y2, dx, dy = x2, y2, x1, y1, -dx, -dy
            slope = dy / dx
            # Columns whose centre c + 0.5 lies in (x1, x2], as Qt's. Every index is clamped to
            # the clip while still a float: a float too large for an integer converts to anything.
            lo, hi = (top, bottom) if steep else (left, right)
            across_lo, across_hi = (left, right) if steep else (top, bottom)
            first = int(min(max(np.floor(x1 - 0.5) + 1.0, lo), hi))
            last = int(min(max(np.floor(x2 - 0.5) + 1.0, lo), hi))  # exclusive
            y = y1 + (first + 0.5 - x1) * slope  # at the first column's centre, then a slope a column
            if width == 1:
                # Qt's cosmetic stroker: one pixel per column, the one y falls in (the clip's
                # bounds are whole and not negative: int() is floor() inside them).
                if steep:
                    for c in range(first, last):
                        if across_lo <= y < across_hi:
                            pixels[c, int(y)] = colour
                        y += slope
                else:
                    for c in range(first, last):
                        if across_lo <= y < across_hi:
                            pixels[int(y), c] = colour
                        y += slope
                continue
            # Half the stroke's thickness across the walk: a pen's width is measured square to the line.
            half = 0.5 * width * math.sqrt(1.0 + slope * slope)
            for c in range(first, last):
                # Pixels whose centre r + 0.5 lies in (y - half, y + half], as Qt fills.
                r0 = int(min(max(np.floor(y - half - 0.5) + 1.0, across_lo), across_hi))
                r1 = int(min(max(np.floor(y + half - 0.5) + 1.0, across_lo), across_hi))
                for r in range(r0, r1):
                    if steep:
                        pixels[c, r] = colour
                    else:
                        pixels[r, c] = colour
                y += slope


_kernel: Callable[..., None] | None = None  # _draw compiled, once warm_up has run
_warming = threading.Lock()


def available() -> bool:
    """numba is installed: the loop can be compiled."""
    return importlib.util.find_spec("numba") is not None


def ready() -> bool:
    """The loop is compiled: drawing with it costs no compilation."""
    return _kernel is not None


def warm_up() -> bool:
    """Import numba and compile the loop (a second or two the first time, then from numba's
    disk cache), releasing the GIL while it runs; True once it is ready, False without numba.
    Not at import: numba's import alone takes about half a second, after the first picture."""
    global _kernel
    if not available():
        return False
    with _warming:
        if _kernel is None:
            import numba

            try:
                kernel = numba.njit(cache=True, nogil=True)(_draw)
            except RuntimeError:  # no writable place for the disk cache
                kernel = numba.njit(nogil=True)(_draw)
            pixels = np.zeros((4, 4), np.uint32)
            kernel(pixels, np.array([[0.0, 1.0, 3.0, 2.0]]), np.array([0, 1], np.int64),
                   np.array([1], np.uint32), np.array([1], np.int64), np.array([0, 0, 4, 4], np.int64))
            _kernel = kernel
    return True


def warm_up_in_background() -> None:
    """``warm_up`` in a thread of its own (the window's edges are Qt's until it ends)."""
    if available() and _kernel is None:
        threading.Thread(target=warm_up, name="netviz line raster warm-up", daemon=True).start()


def _target(painter: QPainter) -> tuple[QImage, QRect] | None:
    """The image the painter draws into and the device rectangle it may draw in, or None
    where this module cannot draw what Qt would (see the module's docstring)."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    if painter.testRenderHint(QPainter.RenderHint.Antialiasing):
        return None
    if painter.compositionMode() != QPainter.CompositionMode.CompositionMode_SourceOver or painter.opacity() < 1.0:
        return None
    device = engine.paintDevice()
    if not isinstance(device, QImage) or device.format() not in _FORMATS or device.depth() != 32:
        return None
    transform = painter.deviceTransform()
    if not transform.isAffine() or transform.m12() != 0.0 or transform.m21() != 0.0:
        return None
    area = QRect(0, 0, device.width(), device.height())
    system = engine.systemClip()  # in a widget's paint event: the part of the window being painted
    if not system.isEmpty():
        if system.rectCount() != 1:
            return None
        area = area.intersected(system.boundingRect())
    if painter.hasClipping():
        clip = painter.clipRegion()
        if clip.rectCount() != 1:
            return None
        area = area.intersected(transform.mapRect(painter.clipBoundingRect()).toRect())
    return device, area


def draw_line_groups(painter: QPainter, segments: np.ndarray, starts: Sequence[int], groups: Sequence[int],
                     colour_of: Callable[[int], int], width_of: Callable[[int], float]) -> bool:
    """For each group g, rows ``starts[g]`` to ``starts[g + 1]`` of the (n, 4) ``segments``
    (logical coordinates) in colour ``colour_of(g)`` (0xAARRGGBB, opaque) and pen width
    ``width_of(g)`` (whole logical pixels), as ``primitives.draw_line_groups`` would with
    such pens; False (nothing drawn) where Qt must draw them."""
    kernel = _kernel
    if not groups or kernel is None:
        return False
    target = _target(painter)
    if target is None:
        return False
    image, area = target
    if area.isEmpty():
        return True
    t = painter.deviceTransform()
    sx, sy = t.m11(), t.m22()
    if sx <= 0.0 or sy <= 0.0 or abs(sx - sy) > 1e-9:
        return False
    ordered = np.concatenate([segments[starts[g]:starts[g + 1]] for g in groups])
    device = np.empty_like(ordered)
    device[:, 0::2] = ordered[:, 0::2] * sx + t.dx()
    device[:, 1::2] = ordered[:, 1::2] * sy + t.dy()
    counts = np.array([starts[g + 1] - starts[g] for g in groups], np.int64)
    group_starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    colours = np.array([colour_of(g) & 0xFFFFFFFF for g in groups], np.uint32)
    widths = np.array([max(1, int(round(width_of(g) * sx))) for g in groups], np.int64)
    # The image's own buffer, written in place: constBits, since bits() could detach (copy)
    # the image under the painter, which would go on drawing into the old one.
    address = np.frombuffer(image.constBits(), np.uint8).ctypes.data
    rows, stride = image.height(), image.bytesPerLine() // 4
    pixels = np.ctypeslib.as_array(ctypes.cast(address, ctypes.POINTER(ctypes.c_uint32)), (rows, stride))
    clip = np.array([area.left(), area.top(), area.right() + 1, area.bottom() + 1], np.int64)
    kernel(pixels, np.ascontiguousarray(device), group_starts, colours, widths, clip)
    return True
