"""The compiled line loop (line_raster) against Qt's raster engine: the same pixels, give or
take one, in the same colours, never outside the clip; and Qt wherever the loop cannot draw."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPicture, QTransform

from netviz.render import NetworkRenderer, line_raster
from netviz.render.primitives import draw_line_groups
from tests.render import scenes

pytestmark = pytest.mark.skipif(not line_raster.available(), reason="numba is not installed")

COLOURS = (0xFFE04020, 0xFF2080F0, 0xFF40C060)
W, H = 320, 240
CLIP = QRectF(6.5, 4.25, 290, 220)  # not on whole pixels


@pytest.fixture(scope="module", autouse=True)
def compiled():
    assert line_raster.warm_up() and line_raster.ready()


def lit(image: QImage) -> np.ndarray:
    """(H, W) uint32 0xRRGGBB of each pixel."""
    array = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    return array[:, : image.width()] & 0xFFFFFF


def draw(segments: np.ndarray, widths: tuple[float, ...], compiled: bool, *, fmt=QImage.Format.Format_RGB32,
         transform: QTransform | None = None, clip: QRectF | None = CLIP) -> QImage:
    """Three groups of ``segments`` (split in thirds), in COLOURS and ``widths``."""
    image = QImage(W, H, fmt)
    image.fill(0xFF000000)
    n = segments.shape[0]
    starts = [0, n // 3, 2 * n // 3, n]
    painter = QPainter(image)
    if transform is not None:
        painter.setTransform(transform)
    if clip is not None:
        painter.setClipRect(clip)
    if compiled:
        assert line_raster.draw_line_groups(painter, segments, starts, [0, 1, 2], lambda g: COLOURS[g],
                                            lambda g: widths[g])
    else:
        def pen(g: int) -> QPen:
            p = QPen(QColor.fromRgba(COLOURS[g]))
            p.setWidthF(widths[g])
            p.setCapStyle(Qt.PenCapStyle.FlatCap)
            return p
        draw_line_groups(painter, np.ascontiguousarray(segments), starts, [0, 1, 2], pen)
    painter.end()
    return image


def near(mask: np.ndarray) -> np.ndarray:
    """``mask`` grown by one pixel in every direction (8-neighbourhood)."""
    grown = mask.copy()
    padded = np.pad(mask, 1)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            grown |= padded[1 + dy: 1 + dy + mask.shape[0], 1 + dx: 1 + dx + mask.shape[1]]
    return grown


def random_segments(n: int, seed: int, span: float = 340.0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-20.0, span, (n, 4))


@pytest.mark.parametrize("widths", [(1.0, 1.0, 1.0), (2.0, 3.0, 1.0)], ids=["1px", "mixed"])
@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied],
                         ids=["rgb32", "argb32pm"])
@pytest.mark.parametrize("transform", [None, QTransform.fromTranslate(13.5, 7.25), QTransform.fromScale(2.0, 2.0)],
                         ids=["plain", "moved", "scaled"])
def test_the_same_pixels_as_qt_give_or_take_one(app, widths, fmt, transform):
    segments = random_segments(60, 1)
    qt, ours = (lit(draw(segments, widths, compiled, fmt=fmt, transform=transform)) for compiled in (False, True))
    # Every pixel one draws lies within a pixel of one the other draws (but for a few at the
    # ends of wide lines: Qt's flat ends are square to the line, the loop's to the axis)...
    a, b = qt.astype(bool), ours.astype(bool)
    assert (b & ~near(a)).sum() <= 0.001 * b.sum() and (a & ~near(b)).sum() <= 0.001 * a.sum()
    for colour in COLOURS:
        # ... and in each colour most are the very same pixels (Qt's 1 px stroker rounds a
        # little differently, so a later line covers a slightly different part of an earlier one).
        a, b = qt == colour & 0xFFFFFF, ours == colour & 0xFFFFFF
        assert a.sum() > 100
        assert (a & b).sum() >= 0.85 * max(a.sum(), b.sum())
    assert set(np.unique(ours)) <= {0} | {c & 0xFFFFFF for c in COLOURS}


@pytest.mark.parametrize("width", [1.0, 2.0, 3.0])
def test_lines_along_the_axes_are_qts_exactly(app, width):
    segments = np.array([[10.0, 10.0, 300.0, 10.0], [10.0, 20.5, 300.0, 20.5], [10.3, 30.25, 300.7, 30.25],
                         [50.0, 40.0, 50.0, 200.0], [60.5, 40.0, 60.5, 200.0], [70.25, 40.5, 70.25, 200.5]])
    qt, ours = (lit(draw(segments, (width,) * 3, compiled, clip=None)) for compiled in (False, True))
    np.testing.assert_array_equal(ours, qt)


def test_nothing_outside_the_clip_whatever_the_ends(app):
    """Lines far outside the image, through it, and with ends that are not numbers: nothing is
    written outside the clip (the loop writes into the image's memory: an index past its end
    would not raise, it would corrupt)."""
    segments = np.concatenate([random_segments(30, 2, span=1e6) - 5e5,
                               [[-1e9, 120.0, 1e9, 121.0], [150.0, -1e12, 151.0, 1e12],
                                [np.nan, 10.0, 200.0, 20.0], [10.0, np.inf, 200.0, 20.0], [-np.inf, 5.0, np.inf, 6.0]]])
    clip = QRectF(20, 30, 200, 100)
    for widths in ((1.0, 1.0, 1.0), (3.0, 2.0, 5.0)):
        ours = lit(draw(segments, widths, True, clip=clip))
        outside = np.ones_like(ours, dtype=bool)
        outside[30:130, 20:220] = False
        assert not ours[outside].any()
        assert ours[30:130, 20:220].any()


def test_qt_draws_where_the_loop_cannot(app):
    segments = random_segments(10, 3)
    starts, groups = [0, 10], [0]

    def attempt(painter: QPainter) -> bool:
        try:
            return line_raster.draw_line_groups(painter, segments, starts, groups, lambda g: COLOURS[0],
                                                lambda g: 1.0)
        finally:
            painter.end()

    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(0xFF000000)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    assert not attempt(painter)
    painter = QPainter(image)
    painter.rotate(10.0)
    assert not attempt(painter)
    painter = QPainter(image)
    painter.setOpacity(0.5)
    assert not attempt(painter)
    assert not attempt(QPainter(QImage(W, H, QImage.Format.Format_RGB888)))
    picture = QPicture()
    assert not attempt(QPainter(picture))
    assert not lit(image).any()  # none of them drew a pixel


def test_the_renderer_draws_its_edges_with_it_where_asked(app):
    scene = scenes.mlp_scene([8, 8])
    images, stats = [], []
    for compiled in (False, True):
        renderer = NetworkRenderer(raise_errors=True)
        renderer.compiled_lines = compiled
        images.append(lit(renderer.render_image(scene, 640, 360)))
        stats.append(renderer.last_stats)
    assert "edges_compiled" not in stats[0] and stats[1]["edges_compiled"]
    assert stats[0]["edges_drawn"] == stats[1]["edges_drawn"] > 0
    differ = images[0] != images[1]
    assert 0 < differ.sum() < 0.01 * differ.size
    # An export's antialiased edges stay Qt's.
    renderer = NetworkRenderer(raise_errors=True, quality="high")
    renderer.compiled_lines = True
    renderer.render_image(scene, 640, 360)
    assert "edges_compiled" not in renderer.last_stats
