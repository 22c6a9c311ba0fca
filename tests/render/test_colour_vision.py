"""Colour pairs that must stay apart do so under deuteranopia, protanopia and tritanopia, in every
theme (issue 9). Simulated with colorspacious' CVD model (Machado, Oliveira and Fernandes 2009,
severity 100: the full dichromacy) and measured as the distance in CAM02-UCS, the perceptually
uniform space colorspacious' ``deltaE`` uses. Where colour alone cannot carry a pair (a diverged
bar against the healthy bars' whole colour map), the picture adds a pattern, tested here too.
"""

from __future__ import annotations

import numpy as np
import pytest

from netviz.render import THEMES, NetworkRenderer, colors
from netviz.render.colors import hex_rgb

colorspacious = pytest.importorskip("colorspacious")

CVD_TYPES = ("deuteranomaly", "protanomaly", "tritanomaly")
# A difference of about 20 in CAM02-UCS is easy to tell apart between two small marks
# next to each other (1 is a just-noticeable difference in large patches).
MIN_DISTANCE = 20.0


def _views(rgb: np.ndarray) -> list[np.ndarray]:
    """The colours (N, 3) in 0..1 as seen with normal vision and under each dichromacy."""
    out = [rgb]
    for cvd in CVD_TYPES:
        seen = colorspacious.cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": cvd, "severity": 100}, "sRGB1")
        out.append(np.clip(seen, 0.0, 1.0))
    return out


def distance(a: np.ndarray | str, b: np.ndarray | str) -> float:
    """The smallest CAM02-UCS distance between any colour of ``a`` and any of ``b`` (hex or (N, 3)
    0..255), over normal vision and the three simulated dichromacies."""
    def rgb(c: np.ndarray | str) -> np.ndarray:
        return (np.array([hex_rgb(c)], float) if isinstance(c, str) else np.asarray(c, float).reshape(-1, 3)) / 255

    smallest = np.inf
    for va, vb in zip(_views(rgb(a)), _views(rgb(b))):
        ja = colorspacious.cspace_convert(va, "sRGB1", "CAM02-UCS")
        jb = colorspacious.cspace_convert(vb, "sRGB1", "CAM02-UCS")
        smallest = min(smallest, float(np.sqrt(((ja[:, None] - jb[None]) ** 2).sum(-1)).min()))
    return smallest


def _edges(theme, sign: int) -> np.ndarray:
    """The colours of the unfaded edges of one sign (0 negative, 1 positive), from a third of the
    range up: the edges a wave is seen on (the weakest ones sink into the background on purpose)."""
    rgba, _ = colors.edge_palette(theme.background, theme.edge_map_end, theme.no_value)
    full = colors.FADE_LEVELS - 1
    keys = [1 + (full * colors.EDGE_LEVELS + level) * 2 + sign
            for level in range(colors.EDGE_LEVELS // 3, colors.EDGE_LEVELS)]
    return rgba[keys, :3]


def _gradient_levels(lo: float = 0.0, hi: float = 1.0) -> np.ndarray:
    table = colors.node_table("gradient")[:, :3]
    return table[int(lo * len(table)):int(np.ceil(hi * len(table)))]


def test_the_model_tells_the_classic_confusion():
    """The simulation is on: red and green, far apart for normal vision, merge for a deuteranope."""
    assert distance("#d62728", "#2ca02c") < 15 < distance("#1f77b4", "#ff7f0e")


@pytest.mark.parametrize("name", list(THEMES))
def test_the_waves_stand_out_from_the_edges_they_run_on(name):
    theme = THEMES[name]
    assert distance(theme.animation.forward, _edges(theme, 1)) >= MIN_DISTANCE
    assert distance(theme.animation.backward, _edges(theme, 0)) >= MIN_DISTANCE


@pytest.mark.parametrize("name", list(THEMES))
def test_mid_range_gradients_are_not_the_grey_of_nodes_without_a_value(name):
    theme = THEMES[name]
    assert distance(theme.no_value, _gradient_levels(0.3, 0.7)) >= MIN_DISTANCE


@pytest.mark.parametrize("name", list(THEMES))
def test_dead_and_saturated_units_differ(name):
    theme = THEMES[name]
    assert distance(theme.dead, theme.saturated) >= MIN_DISTANCE


@pytest.mark.parametrize("name", list(THEMES))
def test_diverged_bars_are_hatched_since_colour_alone_cannot_leave_the_whole_map(name, qapp):
    """The diverged (NaN/inf) bar's red is close to some healthy bar colour under a deficiency,
    so the bar is hatched: its pixels alternate between the error colour and the hatch's."""
    from . import scenes

    theme = THEMES[name]
    renderer = NetworkRenderer(theme, raise_errors=True)
    scene = scenes.nan_scene()
    image = renderer.render_image(scene, 960, 540)
    bars = [(col, lc.bar) for col, lc in zip(scene.columns, renderer.last_layout.columns) if lc.bar is not None]
    diverged = [bar for col, bar in bars if col.grad_norm is not None and not np.isfinite(col.grad_norm)]
    assert diverged
    bar = diverged[0]
    seen = set()
    x = int(bar.center().x())
    for y in range(int(bar.top()) + 2, int(bar.bottom()) - 2):
        c = image.pixelColor(x, y)
        seen.add((c.red(), c.green(), c.blue()))
    assert hex_rgb(theme.error) in seen
    assert hex_rgb(theme.bar_track) in seen
