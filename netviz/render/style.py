"""What every room of the renderer draws with: the theme's colours as QColors, and the antialiasing choices.

``Palette`` is made once per theme (``Palette.of``); ``Style`` is the one mutable object the
rooms share with the renderer, so that setting the renderer's theme, ``antialias`` or
``quality`` reaches every room at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor

from netviz.render import colors
from netviz.render.theme import Theme

QUALITIES = ("fast", "high")


def rgba_qcolor(rgba: np.ndarray | tuple[int, int, int, int]) -> QColor:
    """A QColor from one RGBA row of a colour table."""
    return QColor(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]))


@dataclass(frozen=True, eq=False)
class OverlayColors:
    """The step animation's colours (``Theme.animation``) as QColors."""

    forward: QColor
    backward: QColor
    loss: QColor
    update: QColor
    glow: QColor
    chip_text: QColor
    panel: QColor
    panel_edge: QColor

    def accent(self, phase_kind: str) -> QColor:
        """The colour of a phase (chip, band): batch norm goes with the forward pass."""
        return {"loss": self.loss, "backward": self.backward, "update": self.update}.get(phase_kind, self.forward)


@dataclass(frozen=True, eq=False)
class Palette:
    """A theme's colours as QColors, and the colour tables of nodes and edges (see ``colors``)."""

    background: QColor
    text: QColor
    muted_text: QColor
    node_outline: QColor
    small_outline: QColor  # tiny nodes (dense layers): an outline halfway to the background
    no_value: QColor
    dead: QColor
    dead_cross: QColor
    saturated: QColor
    focus: QColor
    banner_background: QColor
    banner_text: QColor
    error: QColor
    bar_track: QColor
    band: QColor
    tag_background: QColor
    node_colors: dict[str, list[QColor]]  # per quantity: the levels, then no value, dead, dropped
    edge_colors: list[QColor]  # per edge key
    edge_width_factor: np.ndarray  # (EDGE_KEYS,) width of an edge key relative to the layout's edge width
    edge_visible: np.ndarray  # (EDGE_KEYS,) bool: keys faded to nothing are not drawn
    overlay: OverlayColors

    @classmethod
    def of(cls, theme: Theme) -> Palette:
        named = {name: QColor(getattr(theme, name)) for name in (
            "background", "text", "muted_text", "node_outline", "no_value", "dead", "dead_cross", "saturated", "focus",
            "banner_background", "banner_text", "error", "bar_track", "band", "tag_background")}
        # Tiny nodes (dense layers) get a softer outline, or the outline would be all one sees.
        bg, ol = named["background"], named["node_outline"]
        small_outline = QColor((bg.red() + ol.red()) // 2, (bg.green() + ol.green()) // 2,
                               (bg.blue() + ol.blue()) // 2)
        node_colors = {
            quantity: [rgba_qcolor(c) for c in colors.node_table(quantity)]
            + [named["no_value"], named["dead"], named["background"]]
            for quantity in ("gradient", "activation")}
        rgba, widths = colors.edge_palette(theme.background, theme.edge_map_end, theme.no_value)
        a = theme.animation
        overlay = OverlayColors(*(QColor(v) for v in (a.forward, a.backward, a.loss, a.update, a.glow, a.chip_text,
                                                      a.panel, a.panel_edge)))
        return cls(**named, small_outline=small_outline, node_colors=node_colors,
                   edge_colors=[rgba_qcolor(c) for c in rgba], edge_width_factor=widths,
                   edge_visible=np.array([colors.edge_key_visible(k) for k in range(colors.EDGE_KEYS)]),
                   overlay=overlay)


class Style:
    """The theme, its palette and the antialiasing settings, shared by the renderer and its rooms.

    ``antialias``: None lets ``quality`` and the device decide; True or False forces it.
    ``quality``: "fast" draws edges aliased on raster devices, "high" antialiases them.
    ``presentation``: text sized for presentation mode (``Theme.sizes``).
    """

    def __init__(self, theme: Theme, antialias: bool | None, quality: str, presentation: bool = False) -> None:
        self.theme = theme
        self.presentation = presentation  # text sized for presentation mode (``Theme.sizes``)
        self.palette = Palette.of(theme)
        self.antialias = antialias
        self._quality = "fast"
        self.quality = quality

    @property
    def quality(self) -> str:
        return self._quality

    @quality.setter
    def quality(self, value: str) -> None:
        if value not in QUALITIES:
            raise ValueError(f"quality: unknown {value!r} (known: {', '.join(QUALITIES)})")
        self._quality = value

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.palette = Palette.of(theme)

    @property
    def shapes_aa(self) -> bool:
        """Antialiasing of nodes' rings, text boxes and the legend's shapes: on unless forced off."""
        return self.antialias is not False

    def edge_aa(self, raster: bool) -> bool:
        """Antialiasing of edges (and the wave on them)."""
        if self.antialias is not None:
            return bool(self.antialias)
        return not raster or self.quality == "high"

    def node_aa(self, small: bool, raster: bool) -> bool:
        """Antialiasing of nodes drawn one by one: ``small`` when there are few of them."""
        if self.antialias is not None:
            return bool(self.antialias)
        return small or not raster
