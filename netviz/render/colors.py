"""Colour scales of the picture, as lookup tables made once from pyqtgraph's bundled maps
(read from its files by ``bundled_maps``: importing pyqtgraph would delay the first picture).

- node gradients |dL/dz|: log10 of the value across ``scene.node_range`` (powers of ten),
  on a sequential, perceptually uniform map (viridis: dark for a vanishing gradient,
  bright for a large one; every node also gets an outline, so both ends stay apart from
  a dark and a light background);
- node activations and heatmaps: a diverging map, centred on 0;
- edges: signed values on a diverging, colour-blind-safe map (blue negative, red
  positive), the magnitude shown by both contrast against the background and width.

Everything is quantised into a few levels, so the renderer can draw all nodes or edges of
one level with one pen. The functions that return colours return exactly what is drawn.
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np

from netviz.render.bundled_maps import sample

GRADIENT_MAP = "viridis"
DIVERGING_MAP = "CET-D1"  # blue - white - red; blue and red stay apart for colour-blind viewers
EDGE_MAP = "CET-D1"

NODE_LEVELS = 64  # colours a node can take
EDGE_LEVELS = 12  # magnitude levels of an edge, per sign
FADE_LEVELS = 5  # opacity levels of an edge (dropped units' edges fade): 0, 1/4, ..., 1
HEATMAP_LEVELS = 256

# Extra node "levels" beyond the colour scale.
NODE_NAN = NODE_LEVELS
NODE_DEAD = NODE_LEVELS + 1
NODE_DROPPED = NODE_LEVELS + 2

# Edge keys: 0 for non-finite values, then fade-major, magnitude, sign (negative first), so
# that sorting by key draws faded and weak edges first and the strongest on top.
EDGE_NAN_KEY = 0
EDGE_KEYS = 1 + FADE_LEVELS * EDGE_LEVELS * 2

# Contrast of an edge with the background, weakest to strongest level.
EDGE_MIN_CONTRAST = 0.22
# Width of an edge relative to the theme's line width, weakest to strongest level.
EDGE_MIN_WIDTH = 1.0
EDGE_MAX_WIDTH = 2.75


def hex_rgb(color: str) -> tuple[int, int, int]:
    """'#rrggbb' -> (r, g, b)."""
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


@cache
def lookup_table(name: str, n: int) -> np.ndarray:
    """(n, 4) uint8 RGBA: map ``name`` sampled at the centres of n equal levels (read-only)."""
    positions = (np.arange(n) + 0.5) / n
    table = sample(name, positions).reshape(n, 4).copy()
    table[:, 3] = 255
    table.flags.writeable = False
    return table


def _finite_range(node_range: tuple[float, float], fallback: tuple[float, float]) -> tuple[float, float]:
    lo, hi = (float(v) for v in node_range)
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi <= lo:
        return fallback
    return lo, hi


def node_position(values: np.ndarray, quantity: str, node_range: tuple[float, float]) -> np.ndarray:
    """Where each value sits on the node colour bar, 0 (bottom) to 1 (top); NaN stays NaN.

    Gradients: log10|v| across ``node_range`` (log10 bounds), 0 and tiny values at the
    bottom, inf at the top. Activations: 0 in the middle, +-max(|lo|, |hi|) at the ends.
    """
    v = np.asarray(values, dtype=float)
    with np.errstate(all="ignore"):
        if quantity == "gradient":
            lo, hi = _finite_range(node_range, (-8.0, 2.0))
            t = (np.log10(np.abs(v)) - lo) / (hi - lo)
        else:
            lo, hi = _finite_range(node_range, (-1.0, 1.0))
            bound = max(abs(lo), abs(hi)) or 1.0
            t = 0.5 + 0.5 * v / bound
        t = np.clip(t, 0.0, 1.0)  # keeps NaN; -inf -> 0, inf -> 1
    return np.asarray(t)


def node_levels(values: np.ndarray, quantity: str, node_range: tuple[float, float]) -> np.ndarray:
    """(n,) int: the colour level of each value, NODE_NAN where there is no value."""
    t = node_position(values, quantity, node_range)
    finite = np.isfinite(t)
    levels = np.full(t.shape, NODE_NAN, dtype=np.int64)
    levels[finite] = np.minimum((t[finite] * NODE_LEVELS).astype(np.int64), NODE_LEVELS - 1)
    return levels


def node_map_name(quantity: str) -> str:
    return GRADIENT_MAP if quantity == "gradient" else DIVERGING_MAP


def node_table(quantity: str) -> np.ndarray:
    """(NODE_LEVELS, 4) uint8 RGBA: the colours of the node levels, bottom to top of the bar."""
    return lookup_table(node_map_name(quantity), NODE_LEVELS)


def node_rgba(
    values: np.ndarray, quantity: str, node_range: tuple[float, float], no_value: str = "#808080"
) -> np.ndarray:
    """(n, 4) uint8 RGBA: the fill the renderer gives each node (``no_value`` for NaN)."""
    levels = node_levels(values, quantity, node_range)
    table = np.vstack([node_table(quantity), np.array([[*hex_rgb(no_value), 255]], dtype=np.uint8)])
    rgba: np.ndarray = table[np.minimum(levels, NODE_NAN)]
    return rgba


def heatmap_rgba(values: np.ndarray, no_value: str = "#808080") -> np.ndarray:
    """(..., 4) uint8 RGBA of heatmap values in [-1, 1] on the diverging map; NaN -> no_value."""
    v = np.asarray(values, dtype=float)
    table = lookup_table(DIVERGING_MAP, HEATMAP_LEVELS)
    with np.errstate(invalid="ignore"):
        t = np.clip((v + 1.0) * 0.5, 0.0, 1.0)
    finite = np.isfinite(t)
    idx = np.where(finite, np.minimum((np.where(finite, t, 0.0) * HEATMAP_LEVELS).astype(np.int64),
                                      HEATMAP_LEVELS - 1), 0)
    out = table[idx]
    if not finite.all():
        out[~finite] = (*hex_rgb(no_value), 255)
    return out


# ----- edges ---------------------------------------------------------------------------


def edge_keys(values: np.ndarray, fade: np.ndarray | None, edge_range: float) -> np.ndarray:
    """(E,) int in [0, EDGE_KEYS): the pen each edge is drawn with (see ``EdgePalette``).

    Magnitude levels split |value| / edge_range in [0, 1] into EDGE_LEVELS equal steps
    (above 1 counts as 1); fade (opacity in [0, 1]) is rounded to FADE_LEVELS steps.
    """
    v = np.asarray(values, dtype=float)
    rng = float(edge_range) if np.isfinite(edge_range) and edge_range > 0 else 1.0
    finite = np.isfinite(v)
    with np.errstate(all="ignore"):
        # Clipped before the cast: a huge finite weight over a tiny range overflows to inf.
        m = np.minimum(np.abs(np.where(finite, v, 0.0)) / rng, 1.0)
    level = np.minimum((m * EDGE_LEVELS).astype(np.int64), EDGE_LEVELS - 1)
    sign = (v > 0).astype(np.int64)
    f = FADE_LEVELS - 1 if fade is None else fade_levels(fade)
    keys = 1 + (f * EDGE_LEVELS + level) * 2 + sign
    return np.where(finite, keys, EDGE_NAN_KEY)


def fade_levels(fade: np.ndarray) -> np.ndarray:
    """(E,) int in [0, FADE_LEVELS): each opacity rounded to its level; level 0 is not drawn."""
    return np.clip(np.rint(np.nan_to_num(np.asarray(fade, dtype=float), nan=1.0) * (FADE_LEVELS - 1)),
                   0, FADE_LEVELS - 1).astype(np.int64)


def edge_key(value: float, fade: float = 1.0, edge_range: float = 1.0) -> int:
    return int(edge_keys(np.array([value]), np.array([fade]), edge_range)[0])


def edge_level_magnitude(level: np.ndarray | int) -> np.ndarray:
    """|value| / edge_range a magnitude level stands for (its upper end, the last level 1)."""
    return (np.asarray(level, dtype=float) + 1.0) / EDGE_LEVELS


@lru_cache(maxsize=16)
def edge_palette(background: str, map_end: float = 1.0, no_value: str = "#808080") -> tuple[np.ndarray, np.ndarray]:
    """Per edge key: (EDGE_KEYS, 4) uint8 opaque RGBA and (EDGE_KEYS,) width factor.

    An edge's colour is the diverging map's colour of its sign (near the map's ends)
    mixed with the background: weak and faded edges sink into the background, strong ones
    stand out, on a dark or light background alike. Opaque colours, not alpha, because
    blending thousands of translucent lines costs several times as much (measured).
    The width factor multiplies the renderer's base edge width. Key 0 (non-finite
    values) is drawn in ``no_value`` at the thinnest width.
    """
    bg = np.array(hex_rgb(background), dtype=float)
    table = lookup_table(EDGE_MAP, 256).astype(float)
    end = float(np.clip(map_end, 0.5, 1.0))
    neg = table[int(round((0.5 - 0.5 * end) * 255))][:3]
    pos = table[min(255, int(round((0.5 + 0.5 * end) * 255)))][:3]
    rgba = np.zeros((EDGE_KEYS, 4), dtype=float)
    width = np.zeros(EDGE_KEYS, dtype=float)
    rgba[EDGE_NAN_KEY] = (*hex_rgb(no_value), 255)
    width[EDGE_NAN_KEY] = EDGE_MIN_WIDTH
    for f in range(FADE_LEVELS):
        opacity = f / (FADE_LEVELS - 1)
        for level in range(EDGE_LEVELS):
            m = float(edge_level_magnitude(level))
            contrast = (EDGE_MIN_CONTRAST + (1.0 - EDGE_MIN_CONTRAST) * m) * opacity
            w = EDGE_MIN_WIDTH + (EDGE_MAX_WIDTH - EDGE_MIN_WIDTH) * m
            for sign, base in ((0, neg), (1, pos)):
                key = 1 + (f * EDGE_LEVELS + level) * 2 + sign
                rgba[key, :3] = bg + (base - bg) * contrast
                rgba[key, 3] = 255
                width[key] = w
    out = np.rint(rgba).astype(np.uint8)
    out.flags.writeable = False
    width.flags.writeable = False
    return out, width


def edge_key_visible(key: int) -> bool:
    """Keys of fade level 0 are fully transparent: not drawn at all."""
    return key == EDGE_NAN_KEY or (key - 1) // (EDGE_LEVELS * 2) > 0
