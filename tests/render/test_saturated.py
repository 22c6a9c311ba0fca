"""Saturated units (issue 10): drawn apart from dead ones, named in the legend, counted per layer."""

from __future__ import annotations

import numpy as np

from netviz.render import DARK, LIGHT, NetworkRenderer
from netviz.render.wording import count_candidates

from . import scenes
from .pixels import close, hex_rgb, rgb


def test_the_scene_carries_the_traces_saturated_units(qapp):
    scene, trace = scenes.saturated_scene()
    assert np.array_equal(scene.columns[1].saturated, trace.layers[0].saturated_units)
    assert scene.columns[1].saturated_count == 3
    assert scene.columns[0].saturated is None  # the inputs
    assert not scene.columns[1].dead.any()


def _ring_points(lay, column, node):
    lc = lay.columns[column]
    r = lc.radius
    outline_w = min(lay.sizes.outline_px, max(1.0, 0.25 * r))
    w = max(1.0, 0.12 * r)
    x, y = lc.x, float(lc.ys[node])
    s = r + outline_w + 0.8 * w  # the inner rim's radius
    return [(x + dx * s, y + dy * s) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))]


def test_saturated_units_get_a_double_rim_dead_ones_do_not(qapp):
    for theme in (DARK, LIGHT):
        scene, _ = scenes.saturated_scene()
        renderer = NetworkRenderer(theme, raise_errors=True, quality="high")
        image = renderer.render_image(scene, 1280, 720)
        lay = renderer.last_layout
        ring = hex_rgb(theme.saturated)
        ringed = [sum(close(rgb(image, int(round(x)), int(round(y))), ring, 40)
                      for x, y in _ring_points(lay, 1, node)) >= 3 for node in range(6)]
        assert ringed == [True, False, True, False, False, True]


def test_the_column_counts_saturated_units_and_the_legend_says_which_is_which(qapp):
    scene, _ = scenes.saturated_scene()
    renderer = NetworkRenderer(DARK, raise_errors=True)
    renderer.render_image(scene, 1920, 1080)
    texts = [t.text for t in renderer.last_texts]
    assert "3/6 saturated" in texts
    assert "saturated unit" in texts and "dead unit" in texts


def test_counts_shorten_but_keep_their_numbers():
    assert count_candidates(3, 0, 8) == ["3/8 dead", "3 dead", "3 d", "3/8"]
    assert count_candidates(0, 5, 8)[0] == "5/8 saturated"
    assert count_candidates(1, 2, 8)[0] == "1/8 dead · 2/8 saturated"
    assert all("2" in c for c in count_candidates(1, 2, 8))
