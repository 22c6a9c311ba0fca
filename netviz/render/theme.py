"""Colours, font and sizes of the picture; DARK, LIGHT and HIGH_CONTRAST (``THEMES`` by name),
sized for projectors at 1920x1080.

Every size grows with the target rect (its height, and its width for tall narrow rects),
so that at 1920x1080 text is at least 20 px and lines at least 2 px, as a classroom
projector needs; smaller windows scale down but text never drops below 12 px. In
presentation mode (``presentation_sizes``: the view fills a projector's screen, often only
1280x720 or 1024x768) text keeps its 1920x1080 size and never drops below 20 px, read from
the back of a classroom; shapes and lines still scale with the rect.
"""

from __future__ import annotations

from dataclasses import dataclass

# The rect the sizes below are designed for.
REFERENCE_HEIGHT = 1080.0
REFERENCE_WIDTH = 1280.0  # narrower than 1920 on purpose: only tall, thin rects scale by width
MIN_TEXT_PX = 12
PRESENTATION_TEXT_PX = 20  # the smallest text in presentation mode (issue 9: read from ten metres)


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes of one frame, computed from the target rect by ``Theme.sizes``."""

    scale: float  # 1.0 at 1920x1080
    text_px: int  # labels, legend, tick labels
    caption_px: int  # the lesson's caption under the title
    title_px: int
    banner_px: int
    line_px: float  # structural lines: bars, swatches, edges at their thinnest
    outline_px: float  # node outlines (thinner on tiny nodes)
    focus_px: float  # the ring around the focused node
    margin: float  # around the whole picture
    gap: float  # between neighbouring elements
    node_radius_max: float  # nodes never get bigger than this, however few
    colorbar_width: float
    min_text_px: int = MIN_TEXT_PX  # no text of the frame is smaller (superscripts, small labels included)

    def line_height(self, px: float) -> float:
        """Height of one line of text of pixel size ``px``."""
        return round(px * 1.3, 2)


@dataclass(frozen=True)
class AnimationColors:
    """Colours ('#rrggbb') of the step animation's overlay (see ``render/overlay.py``)."""

    forward: str  # the forward wave: the activation travelling to the next layer
    backward: str  # the backward wave: the gradient travelling back
    loss: str  # the loss box and the loss phase's chip
    update: str  # the update phase's chip, and a weight's change in the computational graph
    glow: str  # under the edges whose weights moved (mixed with the background)
    chip_text: str  # text on the phase chip
    panel: str  # the caption band, the loss box and the graph panel
    panel_edge: str


DARK_ANIMATION = AnimationColors(forward="#ffb020", backward="#36d8ff", loss="#ff7ab6", update="#8be36b",
                                 glow="#fff07a", chip_text="#111111", panel="#1d2129", panel_edge="#3a3f4b")
# On a light background the waves are dark: an orange forward wave merged with the red
# positive edges under tritanopia, a blue backward wave with the blue negative ones
# (tests/render/test_colour_vision.py).
LIGHT_ANIMATION = AnimationColors(forward="#4a148c", backward="#263238", loss="#c2185b", update="#2e8b1e",
                                  glow="#f2b600", chip_text="#ffffff", panel="#f0f1ee", panel_edge="#c9ccd3")


@dataclass(frozen=True)
class Theme:
    """Colours ('#rrggbb') and font of the picture; ``sizes(w, h)`` gives the pixel sizes."""

    name: str
    background: str
    text: str
    muted_text: str
    node_outline: str
    no_value: str  # nodes without a value (NaN), e.g. the inputs when nodes show gradients
    dead: str  # a dead unit's fill, and the "3/8 dead" count
    dead_cross: str  # the X across a dead unit
    saturated: str  # the second rim of a saturated unit (f'(z) tiny for every example), and its count
    focus: str  # the ring around the focused node
    banner_background: str
    banner_text: str
    error: str  # NaN / inf gradient-norm bars
    bar_track: str  # the empty part of a gradient-norm bar
    band: str  # level of detail: the band standing for edges not drawn one by one
    tag_background: str  # the "frozen" / "batch norm" tags
    animation: AnimationColors  # the step animation's overlay
    font_family: str = "DejaVu Sans"
    font_fallbacks: tuple[str, ...] = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif")
    # How far toward the ends of the diverging edge map the strongest edges go; a dark
    # background keeps them a little inside the ends, whose dark blue and red would sink.
    edge_map_end: float = 1.0

    def sizes(self, width: float, height: float, *, presentation: bool = False) -> Sizes:
        """Pixel sizes for a target rect of ``width`` x ``height``; ``presentation``: text at
        least its 1920x1080 size and never below ``PRESENTATION_TEXT_PX`` (see the module docstring)."""
        width, height = max(float(width), 1.0), max(float(height), 1.0)
        s = min(height / REFERENCE_HEIGHT, width / REFERENCE_WIDTH)
        text_s = max(s, 1.0) if presentation else s
        min_px = PRESENTATION_TEXT_PX if presentation else MIN_TEXT_PX

        def px(design: float, floor: int = MIN_TEXT_PX) -> int:
            return max(floor, min_px, int(round(design * text_s)))

        return Sizes(
            scale=s,
            text_px=px(20),
            caption_px=px(22),
            title_px=px(32, 14),
            banner_px=px(36, 14),
            line_px=max(1.0, 2.0 * s),
            outline_px=max(1.0, 2.0 * s),
            focus_px=max(2.0, 5.0 * s),
            margin=max(2.0, 24.0 * s),
            gap=max(2.0, 12.0 * s),
            node_radius_max=max(3.0, 34.0 * s),
            colorbar_width=max(6.0, 28.0 * s),
            min_text_px=min_px,
        )


def presentation_sizes(theme: Theme, width: float, height: float) -> Sizes:
    """The sizes of a frame in presentation mode (``Theme.sizes(..., presentation=True)``)."""
    return theme.sizes(width, height, presentation=True)


DARK = Theme(
    name="dark",
    background="#14161b",
    text="#f2f2f2",
    muted_text="#c2c7d0",
    node_outline="#d5d9e0",
    # Darker than the mid-range gradient colours (teal), which a lighter grey matched
    # under colour-vision deficiencies.
    no_value="#30343c",
    dead="#9e9e9e",
    dead_cross="#111111",
    saturated="#e040fb",
    focus="#ff9f1c",
    banner_background="#b3261e",
    banner_text="#ffffff",
    error="#ff4d4d",
    bar_track="#3a3f4b",
    band="#262a33",
    tag_background="#2c3340",
    animation=DARK_ANIMATION,
    edge_map_end=0.84,
)

LIGHT = Theme(
    name="light",
    background="#fafaf7",
    text="#111111",
    muted_text="#454a55",
    node_outline="#2b2b2b",
    no_value="#c5c9d1",
    dead="#767676",
    dead_cross="#000000",
    saturated="#b026c8",
    focus="#d35400",
    banner_background="#b3261e",
    banner_text="#ffffff",
    error="#d50000",
    bar_track="#c9ccd3",
    band="#e9eaec",
    tag_background="#e4e7ee",
    animation=LIGHT_ANIMATION,
)

HIGH_CONTRAST_ANIMATION = AnimationColors(forward="#ffff00", backward="#00ffff", loss="#ff80ff", update="#80ff80",
                                          glow="#ffffff", chip_text="#000000", panel="#000000",
                                          panel_edge="#ffffff")

# For bright projectors and low vision: pure black and white, the strongest edges at the
# ends of their map, thick outlines from the white node rims.
HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000",
    text="#ffffff",
    muted_text="#ffffff",
    node_outline="#ffffff",
    no_value="#262626",
    dead="#b0b0b0",
    dead_cross="#000000",
    saturated="#ff40ff",
    focus="#ffff00",
    banner_background="#d00000",
    banner_text="#ffffff",
    error="#ff2020",
    bar_track="#505050",
    band="#1c1c1c",
    tag_background="#303030",
    animation=HIGH_CONTRAST_ANIMATION,
    edge_map_end=0.92,
)

# Every theme by name, for the window's menu, the export's --theme and its dialog.
THEMES: dict[str, Theme] = {t.name: t for t in (DARK, LIGHT, HIGH_CONTRAST)}
