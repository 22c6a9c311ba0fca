"""Colour scales: log gradients, diverging activations, signed edges, heatmaps."""

import numpy as np
import pytest
from pyqtgraph import colormap

from netviz.render import DARK, LIGHT, colors


def test_lookup_table_is_the_pyqtgraph_map_sampled_at_level_centres():
    table = colors.lookup_table("viridis", 8)
    expected = colormap.get("viridis").map((np.arange(8) + 0.5) / 8, mode="byte")
    assert table.shape == (8, 4) and table.dtype == np.uint8
    assert np.array_equal(table[:, :3], np.asarray(expected)[:, :3])
    assert not table.flags.writeable


def test_gradient_positions_are_log10_across_the_range():
    t = colors.node_position(np.array([1e-8, 1e-3, 1e2, 1e-12, 1e5, 0.0, np.inf, np.nan]), "gradient", (-8, 2))
    assert t[:3] == pytest.approx([0.0, 0.5, 1.0])
    assert t[3] == 0.0 and t[4] == 1.0  # clipped to the ends
    assert t[5] == 0.0 and t[6] == 1.0
    assert np.isnan(t[7])


def test_gradient_colours_run_from_the_dark_to_the_bright_end_of_the_map():
    rgba = colors.node_rgba(np.array([1e-8, 1e2, np.nan]), "gradient", (-8, 2), no_value="#123456")
    table = colors.node_table("gradient")
    assert np.array_equal(rgba[0], table[0]) and np.array_equal(rgba[1], table[-1])
    assert tuple(rgba[2]) == (0x12, 0x34, 0x56, 255)
    # Brightness rises with the gradient: a vanishing gradient looks dim.
    lum = table[:, :3].astype(float) @ [0.2126, 0.7152, 0.0722]
    assert np.all(np.diff(lum) > -1.0) and lum[-1] > 3 * lum[0]


def test_a_bad_node_range_falls_back_to_the_default():
    t = colors.node_position(np.array([1e-3]), "gradient", (float("nan"), 2.0))
    assert t[0] == pytest.approx(0.5)


def test_activation_colours_are_centred_on_zero():
    t = colors.node_position(np.array([-2.0, 0.0, 1.0, 4.0]), "activation", (-2.0, 1.0))
    assert t == pytest.approx([0.0, 0.5, 0.75, 1.0])
    assert colors.node_map_name("activation") == colors.DIVERGING_MAP


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
def test_both_ends_of_the_node_scale_stand_apart_from_the_background(theme):
    bg = np.array(colors.hex_rgb(theme.background), float)
    table = colors.node_table("gradient")[:, :3].astype(float)
    distances = np.linalg.norm(table - bg, axis=1)
    assert distances.min() > 60  # and every node has an outline on top of that
    outline = np.array(colors.hex_rgb(theme.node_outline), float)
    assert np.linalg.norm(outline - bg) > 150


def test_edge_keys_encode_sign_magnitude_and_fade():
    keys = colors.edge_keys(np.array([-1.0, 1.0, 0.01, -0.01, 5.0, np.nan, np.inf]), None, 1.0)
    strongest = colors.EDGE_LEVELS - 1
    top = colors.FADE_LEVELS - 1
    assert keys[0] == 1 + (top * colors.EDGE_LEVELS + strongest) * 2 + 0
    assert keys[1] == keys[0] + 1
    assert keys[2] == 1 + (top * colors.EDGE_LEVELS + 0) * 2 + 1
    assert keys[4] == keys[1]  # beyond the range counts as full
    assert keys[5] == keys[6] == colors.EDGE_NAN_KEY
    faded = colors.edge_keys(np.array([1.0]), np.array([0.15]), 1.0)
    assert faded[0] < keys[1]
    assert colors.edge_key_visible(int(faded[0]))
    assert not colors.edge_key_visible(int(colors.edge_keys(np.array([1.0]), np.array([0.0]), 1.0)[0]))


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
def test_edge_palette_strong_edges_contrast_more_and_are_wider(theme):
    rgba, width = colors.edge_palette(theme.background, theme.edge_map_end, theme.no_value)
    bg = np.array(colors.hex_rgb(theme.background), float)
    weak, strong = colors.edge_key(0.01), colors.edge_key(1.0)
    faded = colors.edge_key(1.0, fade=0.25)
    d = lambda k: np.linalg.norm(rgba[k, :3] - bg)  # noqa: E731
    assert d(strong) > d(weak) and d(strong) > d(faded)
    assert width[strong] > width[weak]
    neg, pos = rgba[colors.edge_key(-1.0)], rgba[colors.edge_key(1.0)]
    assert neg[2] > neg[0] and pos[0] > pos[2]  # blue for negative, red for positive
    assert (rgba[:, 3] == 255).all()  # opaque: no alpha blending of thousands of lines


def test_heatmap_colours_use_the_diverging_map():
    out = colors.heatmap_rgba(np.array([[-1.0, 0.0], [1.0, np.nan]]), no_value="#010203")
    table = colors.lookup_table(colors.DIVERGING_MAP, colors.HEATMAP_LEVELS)
    assert out.shape == (2, 2, 4)
    assert np.array_equal(out[0, 0], table[0]) and np.array_equal(out[1, 0], table[-1])
    assert tuple(out[1, 1]) == (1, 2, 3, 255)
