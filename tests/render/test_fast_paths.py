"""The renderer's raster fast paths: the cached static layer, node sprites, the quality option.

Whatever the caches hold, a frame must be the frame a fresh renderer draws; vector devices
must still get text as text and lines as lines. The first frame of a layout is drawn
directly (the caches are made from the second on), so most tests paint twice.
"""

import threading
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from netviz.animation.scene import EdgeBundle
from netviz.export.encoders import svg_bytes
from netviz.render import DARK, LIGHT, NetworkRenderer, colors
from netviz.render.layout import edge_segments
from tests.render import scenes
from tests.render.pixels import H, W, close, hex_rgb, rgb


class DirectRenderer(NetworkRenderer):
    """The renderer with its raster fast paths off: everything drawn directly, as on a vector device."""

    @staticmethod
    def _pixel_transform(painter):
        return None


def paint_into(renderer, scene, image, rect=None):
    painter = QPainter(image)
    try:
        renderer.paint(painter, scene, QRectF(0, 0, image.width(), image.height()) if rect is None else rect)
    finally:
        painter.end()
    return image


def settled(renderer, scene, w=W, h=H) -> QImage:
    """The second frame of ``scene``: the one drawn through the caches."""
    renderer.render_image(scene, w, h)
    return renderer.render_image(scene, w, h)


def new_image(w=W, h=H, fmt=QImage.Format.Format_ARGB32_Premultiplied):
    image = QImage(w, h, fmt)
    image.fill(0)
    return image


def differing_mask(a: QImage, b: QImage, tol: int = 8) -> np.ndarray:
    """(h, w) bool: where a colour channel differs by more than ``tol``."""
    def arr(im):
        im = im.convertToFormat(QImage.Format.Format_RGB32)
        return np.frombuffer(im.constBits(), np.uint8).reshape(im.height(), im.bytesPerLine())[:, : im.width() * 4]

    diff = np.abs(arr(a).astype(int) - arr(b).astype(int)).reshape(a.height(), a.width(), 4)
    return (diff[..., :3] > tol).any(axis=-1)


def differing_fraction(a: QImage, b: QImage, tol: int = 8) -> float:
    return float(differing_mask(a, b, tol).mean())


def training_scenes():
    """A few consecutive steps of one network: colours, norms, dead counts, loss and edge range change."""
    out = []
    net, _ = scenes.trained_network([scenes.LayerSpec(8, "relu"), scenes.LayerSpec(8, "relu")], 1)
    x, y = scenes.circle_data(32)
    for _ in range(4):
        trace = net.train_step(x, y)
        out.append(scenes.scene_from_trace(trace, title="steps", caption="consecutive steps"))
    return out


def test_warm_caches_draw_what_a_fresh_renderer_draws(app):
    """One renderer through many changes: each frame equals a fresh renderer's, pixel for pixel."""
    steps = training_scenes()
    base = steps[0]
    dead, _ = scenes.dead_dropout_scene()
    big = scenes.mlp_scene([64] * 12, steps=1)
    sequence = [
        (DARK, base, (W, H)),
        (DARK, steps[1], (W, H)),  # new colours, norms, loss: the static layer is reused
        (DARK, steps[2], (W, H)),
        (DARK, replace(steps[3], edge_range=steps[3].edge_range * 3.7), (W, H)),  # edge legend values
        (DARK, replace(steps[3], title="another title"), (W, H)),
        (DARK, replace(steps[3], caption="another caption, long enough to wrap onto a second line " * 3), (W, H)),
        (DARK, replace(steps[3], node_range=(-6.0, 1.0)), (W, H)),  # ticks of the colour bar
        (DARK, replace(steps[3], banner="Training diverged"), (W, H)),
        (DARK, replace(steps[3], focus=(1, 2)), (W, H)),
        (DARK, replace(steps[3], edge_quantity="gradient"), (W, H)),
        (DARK, dead, (W, H)),
        (DARK, big, (W, H)),  # level of detail: bands in the static layer
        (DARK, replace(big, edges=tuple(EdgeBundle(e.values * 0.5) for e in big.edges)), (W, H)),
        (LIGHT, steps[1], (W, H)),  # theme
        (LIGHT, steps[1], (1280, 720)),  # size
        (LIGHT, steps[1], (300, 200)),  # compact: no static layer
        (DARK, steps[0], (W, H)),
    ]
    warm = NetworkRenderer(DARK, raise_errors=True)
    for k, (theme, scene, (w, h)) in enumerate(sequence):
        if warm.theme is not theme:
            warm.theme = theme
        paint_into(warm, scene, new_image(w, h))  # a new layout is drawn directly first
        image = paint_into(warm, scene, new_image(w, h))
        fresh = NetworkRenderer(theme, raise_errors=True)
        paint_into(fresh, scene, new_image(w, h))
        assert image == paint_into(fresh, scene, new_image(w, h)), f"frame {k} differs from a fresh renderer's"


def test_static_layer_is_reused_until_what_it_shows_changes(app):
    steps = training_scenes()
    renderer = NetworkRenderer(raise_errors=True)
    image = new_image()
    states = []
    new_caption = replace(steps[2], title="new", caption="new caption")
    for scene in (steps[0], steps[0], steps[1], steps[2], replace(steps[2], title="new"), new_caption, new_caption):
        paint_into(renderer, scene, image)
        states.append(renderer.last_stats["static_layer"])
    # "deferred": a new layout (the first frame, a new title, which may wrap, or a new caption) is
    # drawn directly, its layer left for the next paint of it (``layer_deferred``).
    assert states == ["deferred", "drawn", "hit", "hit", "deferred", "deferred", "drawn"]
    renderer.theme = LIGHT
    states = []
    for _ in range(3):
        paint_into(renderer, steps[2], image)
        states.append(renderer.last_stats["static_layer"])
    assert states == ["deferred", "drawn", "hit"]
    paint_into(renderer, steps[2], new_image(1600, 900))
    assert renderer.layer_deferred and not renderer.last_stats["node_sprites"]
    paint_into(renderer, steps[2], new_image(1600, 900))
    assert renderer.last_stats["static_layer"] == "drawn" and renderer.last_stats["node_sprites"]


def test_two_targets_through_one_renderer(app):
    """A live view and an export (or a grab) through one renderer: both keep their static layer."""
    steps = training_scenes()
    renderer = NetworkRenderer(raise_errors=True)
    states = []
    for k in range(6):
        paint_into(renderer, steps[k % 4], new_image(*((W, H) if k % 2 else (1280, 720))))
        states.append(renderer.last_stats["static_layer"])
    assert states == ["deferred", "deferred", "drawn", "drawn", "hit", "hit"]


def test_live_parts_follow_the_scene(app):
    """Step, loss, gradient norms are drawn live: they change while the static layer is reused."""
    scene = training_scenes()[0]
    renderer = NetworkRenderer(raise_errors=True)
    paint_into(renderer, scene, new_image())
    a = paint_into(renderer, replace(scene, step=1, loss=0.5), new_image()).copy()
    b = paint_into(renderer, replace(scene, step=2, loss=0.25), new_image())
    assert renderer.last_stats["static_layer"] == "hit"
    r = renderer.last_layout.status_rect.toAlignedRect()
    assert a.copy(r) != b.copy(r)
    # A dead count appears, and with it its label under the column.
    dead = np.zeros(8, bool)
    dead[:3] = True
    cols = list(scene.columns)
    cols[1] = replace(cols[1], dead=dead)
    c = paint_into(renderer, replace(scene, columns=tuple(cols)), new_image())
    assert renderer.last_stats["static_layer"] == "hit"
    r = renderer.last_layout.columns[1].dead_rect.toAlignedRect()
    assert c.copy(r) != b.copy(r)


def test_fast_paths_look_like_direct_drawing(app, theme):
    scene, _ = scenes.dead_dropout_scene()
    fast = settled(NetworkRenderer(theme, raise_errors=True), scene)
    renderer = DirectRenderer(theme, raise_errors=True)
    direct = paint_into(renderer, scene, new_image())
    # Sprites sit on whole pixels, so their rims come out a little differently; all else is the same.
    lay = renderer.last_layout
    yy, xx = np.mgrid[0:H, 0:W]
    rims = np.zeros((H, W), bool)
    for col in lay.columns:
        for y in col.ys:
            rims |= np.hypot(xx - col.x, yy - y) <= col.radius + 3
    diff = differing_mask(fast, direct)
    # Outside the rims the pictures agree but for a handful of pixels: in some full test runs
    # (never alone) 3 pixels of the top-left corner's first row differed. Cause not found;
    # a real fault of the cached layer would differ over whole regions.
    assert diff[~rims].mean() < 0.001
    assert diff[rims].mean() < 0.25
    renderer = NetworkRenderer(theme, raise_errors=True)
    settled(renderer, scene)
    assert renderer.last_stats["static_layer"] == "drawn" and renderer.last_stats["node_sprites"]


def test_node_sprites_keep_colours_dead_and_dropped(app, theme):
    scene, _ = scenes.dead_dropout_scene(focus=None)
    renderer = NetworkRenderer(theme, raise_errors=True)
    image = settled(renderer, scene)
    assert renderer.last_stats["node_sprites"]
    lay = renderer.last_layout
    for ni in np.flatnonzero(scene.columns[1].dead):
        p = lay.center(1, int(ni))
        assert close(rgb(image, p.x(), p.y()), hex_rgb(theme.dead_cross))
    for ni in np.flatnonzero(scene.columns[2].dropped):
        p = lay.center(2, int(ni))
        assert close(rgb(image, p.x(), p.y()), hex_rgb(theme.background))
    values = scene.columns[3].values
    expected = colors.node_rgba(values, "gradient", scene.node_range, theme.no_value)
    for ni in range(values.size):
        if not scene.columns[3].dead[ni]:
            p = lay.center(3, ni)
            assert close(rgb(image, p.x(), p.y()), expected[ni][:3])


def test_svg_export_keeps_text_as_text_and_draws_no_bitmaps(app):
    scene, _ = scenes.dead_dropout_scene()
    renderer = NetworkRenderer(raise_errors=True)
    svg = svg_bytes(lambda painter, rect: renderer.paint(painter, scene, rect), W, H).decode("utf-8")
    stats = renderer.last_stats
    assert stats["static_layer"] is None and not stats["node_sprites"] and stats["antialias_edges"]
    for text in ("Dead units and dropout", "hidden 1", "Nodes: gradient", "Edges: weight W", "negative"):
        assert text in svg, text
    assert "<image" not in svg
    assert svg.count("<polyline") + svg.count("<line") + svg.count("<path") > 100


class View(QWidget):
    def __init__(self, renderer, scene):
        super().__init__()
        self.renderer, self.scene, self.stats = renderer, scene, []

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        try:
            self.renderer.paint(painter, self.scene, QRectF(self.rect()))
        finally:
            painter.end()
        self.stats.append(dict(self.renderer.last_stats))


def test_a_widget_takes_the_fast_paths(qtbot):
    scene, _ = scenes.dead_dropout_scene()
    renderer = NetworkRenderer(raise_errors=True)
    view = View(renderer, scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    for k in range(1, 4):
        qtbot.waitUntil(lambda: len(view.stats) >= k, timeout=5000)  # noqa: B023
        view.update()
    assert view.stats[-1]["static_layer"] == "hit" and view.stats[-1]["node_sprites"]
    assert view.stats[-1]["error"] is None
    grabbed = view.grab().toImage()
    reference = settled(NetworkRenderer(raise_errors=True), scene, 1200, 800)
    assert differing_fraction(grabbed, reference, tol=2) < 0.001


def test_a_child_widget_at_an_offset(qtbot):
    """A child widget paints with the painter shifted to its place in the window: layers follow."""
    scene, _ = scenes.dead_dropout_scene()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1300, 900)
    view = View(NetworkRenderer(raise_errors=True), scene)
    view.setParent(parent)
    view.setGeometry(37, 23, 1200, 800)
    parent.show()
    qtbot.waitExposed(parent)
    parent.grab()
    window = parent.grab().toImage()  # renders the child through the offset
    assert view.stats[-1]["static_layer"] is not None and view.stats[-1]["node_sprites"]
    reference = settled(NetworkRenderer(raise_errors=True), scene, 1200, 800)
    assert differing_fraction(window.copy(37, 23, 1200, 800), reference, tol=2) < 0.001


def test_high_dpi_image(app):
    scene, _ = scenes.dead_dropout_scene()
    image = new_image(2 * 960, 2 * 540)
    image.setDevicePixelRatio(2.0)
    renderer = NetworkRenderer(raise_errors=True)
    paint_into(renderer, scene, image, QRectF(0, 0, 960, 540))
    paint_into(renderer, scene, image, QRectF(0, 0, 960, 540))
    assert renderer.last_stats["static_layer"] == "drawn" and renderer.last_stats["node_sprites"]
    direct = new_image(2 * 960, 2 * 540)
    direct.setDevicePixelRatio(2.0)
    paint_into(DirectRenderer(raise_errors=True), scene, direct, QRectF(0, 0, 960, 540))
    assert differing_fraction(image, direct) < 0.01
    lay = renderer.last_layout
    for ni in np.flatnonzero(scene.columns[1].dead):
        p = lay.center(1, int(ni))
        assert close(rgb(image, 2 * p.x(), 2 * p.y()), hex_rgb(DARK.dead_cross))


def test_quality_option(app):
    scene = scenes.mlp_scene([8, 8])
    with pytest.raises(ValueError):
        NetworkRenderer(quality="best")
    fast, high = NetworkRenderer(raise_errors=True), NetworkRenderer(quality="high", raise_errors=True)
    assert fast.quality == "fast"
    fast.render_image(scene, W, H)
    high.render_image(scene, W, H)
    assert not fast.last_stats["antialias_edges"] and high.last_stats["antialias_edges"]
    forced = NetworkRenderer(antialias=True, raise_errors=True)
    forced.render_image(scene, W, H)
    assert forced.last_stats["antialias_edges"]


def test_rendering_in_a_worker_thread(app):
    """An export may render from a worker thread: sprites come from a QImage there, not a QPixmap."""
    scene, _ = scenes.dead_dropout_scene(focus=None)
    result = {}

    def work():
        try:
            renderer = NetworkRenderer(raise_errors=True)
            result["image"] = settled(renderer, scene)
            result["stats"] = renderer.last_stats
        except Exception as exc:  # noqa: BLE001 - reported below
            result["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert "error" not in result, result.get("error")
    assert result["stats"]["node_sprites"]
    reference = settled(NetworkRenderer(raise_errors=True), scene)
    assert result["image"] == reference


def test_edges_are_trimmed_to_the_node_rims(app):
    renderer = NetworkRenderer()
    scene = scenes.mlp_scene([8, 8])
    lay = renderer.layout(scene, QRectF(0, 0, W, H))
    full, offsets = edge_segments(lay)
    trimmed, offsets2 = edge_segments(lay, trim=True)
    assert np.array_equal(offsets, offsets2) and trimmed.shape == full.shape
    for bundle, (a, b) in enumerate(zip(lay.columns[:-1], lay.columns[1:])):
        rows = slice(offsets[bundle], offsets[bundle + 1])
        start = np.hypot(*(trimmed[rows, 0:2] - full[rows, 0:2]).T)
        end = np.hypot(*(trimmed[rows, 2:4] - full[rows, 2:4]).T)
        assert np.allclose(start, a.radius) and np.allclose(end, b.radius)


def test_a_changing_colour_range_keeps_the_layout_and_the_static_layer(app):
    """Under the adaptive colour scale the node range changes every step: the layout is made
    once, the static layer is reused, and only the colour bar's ticks follow the range."""
    renderer = NetworkRenderer(DARK, raise_errors=True)
    base = training_scenes()[0]
    image = new_image(W, H)
    ticks = []
    for k in range(8):
        scene = replace(base, node_range=(-8.0 + 0.5 * k, 1.0 + 0.25 * k))
        paint_into(renderer, scene, image)
        ticks.append([t.value for t in renderer.last_layout.ticks])
    assert renderer.layouts_computed == 1
    assert renderer.last_stats["static_layer"] == "hit"
    assert ticks[0] != ticks[-1]
    assert ticks[-1] == [10.0 ** e for e in range(-4, 3)]
    # and the picture equals a fresh renderer's, ticks included
    fresh = NetworkRenderer(DARK, raise_errors=True)
    paint_into(fresh, scene, new_image(W, H))
    assert paint_into(renderer, scene, new_image(W, H)) == paint_into(fresh, scene, new_image(W, H))
