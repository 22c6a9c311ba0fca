"""The static layer's patches: the legend's live parts (the colour bar's ticks, the edge key's
values) drawn into the layer while they stay the same from frame to frame.

A patched frame must be the frame the parts drawn live give, pixel for pixel, and list the
same texts; a part whose content changes on every frame is drawn live."""

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from netviz.render import DARK, LIGHT, NetworkRenderer
from tests.render import scenes
from tests.render.pixels import H, W


def frame(renderer: NetworkRenderer, scene, fmt=QImage.Format.Format_ARGB32_Premultiplied) -> QImage:
    image = QImage(W, H, fmt)
    image.fill(0)
    painter = QPainter(image)
    try:
        renderer.paint(painter, scene, QRectF(0, 0, W, H))
    finally:
        painter.end()
    return image


def live_frame(theme, scene, fmt=QImage.Format.Format_ARGB32_Premultiplied) -> tuple[QImage, tuple]:
    """``scene`` through a fresh renderer's static layer (made for the same scene with other colour
    ranges, so that the frame reuses it and lists only the live texts), the legend's live parts
    drawn live."""
    fresh = NetworkRenderer(theme, raise_errors=True)
    other = replace(scene, node_range=(-5.0, 0.0), edge_range=123.0)
    frame(fresh, other, fmt)
    frame(fresh, other, fmt)
    image = frame(fresh, scene, fmt)
    assert fresh.last_stats["static_layer"] == "hit" and fresh.last_stats.get("static_patches", 0) == 0
    return image, fresh.last_texts


def test_a_patched_frame_is_the_live_frame(app, theme):
    scene = scenes.vanishing_scene()
    renderer = NetworkRenderer(theme, raise_errors=True)
    for _ in range(3):
        image = frame(renderer, scene)
    assert renderer.last_stats["static_layer"] == "hit" and renderer.last_stats["static_patches"] == 2
    live, live_texts = live_frame(theme, scene)
    assert image == live
    assert renderer.last_texts == live_texts
    assert any(t.text == "10" for t in renderer.last_texts)  # the ticks' texts are listed
    frame(renderer, scene)
    assert "static_patches" not in renderer.last_stats  # nothing changed: nothing drawn again


def test_patches_follow_the_colour_ranges(app):
    """Ranges that stay for a few frames, then move: every frame is the frame drawn live."""
    base = scenes.vanishing_scene()
    ranges = [((-8.0, 2.0), 1.0)] * 3 + [((-6.0, 1.0), 1.0)] * 3 + [((-6.0, 1.0), 7.0)] * 3 + [((-8.0, 2.0), 7.0)] * 2
    renderer = NetworkRenderer(DARK, raise_errors=True)
    drawn = []
    for node_range, edge_range in ranges:
        scene = replace(base, node_range=node_range, edge_range=edge_range)
        image = frame(renderer, scene, QImage.Format.Format_RGB32)  # the live window's backing store format
        drawn.append(renderer.last_stats.get("static_patches", 0))
        if len(drawn) == 1:  # the first frame of a layout is drawn directly (no layer, no sprites)
            continue
        live, live_texts = live_frame(DARK, scene, QImage.Format.Format_RGB32)
        assert image == live, f"frame {len(drawn) - 1}"
        if len(drawn) > 2:  # (the frame that draws the layer lists its texts too)
            assert renderer.last_texts == live_texts
    # The first frame is drawn directly, the second live (no part stayed yet); then both parts are
    # patched; a part that moves is put back as the layer drew it (drawn live), and patched again
    # on the next frame if it stays.
    assert drawn == [0, 0, 2, 1, 1, 0, 1, 1, 0, 1, 1]


def test_a_range_that_moves_on_every_frame_is_drawn_live(app):
    base = scenes.vanishing_scene()
    renderer = NetworkRenderer(LIGHT, raise_errors=True)
    for k in range(6):
        scene = replace(base, node_range=(-8.0 + 0.25 * k, 2.0), edge_range=1.0 + 0.5 * k)
        image = frame(renderer, scene)
        assert "static_patches" not in renderer.last_stats
    assert renderer.last_stats["static_layer"] == "hit"
    assert image == live_frame(LIGHT, scene)[0]
