"""Drawing a SceneState with QPainter: colour scales, layout, legend, captions (QtGui only, no widgets)."""

from .layout import EDGE_BUDGET, LOD_THRESHOLD, Layout, LayoutInputs, compute_layout, layout_inputs, node_at
from .renderer import NetworkRenderer, ensure_gui_application, status_text
from .theme import DARK, HIGH_CONTRAST, LIGHT, THEMES, AnimationColors, Sizes, Theme, presentation_sizes

__all__ = [
    "DARK",
    "EDGE_BUDGET",
    "HIGH_CONTRAST",
    "LIGHT",
    "LOD_THRESHOLD",
    "THEMES",
    "AnimationColors",
    "Layout",
    "LayoutInputs",
    "NetworkRenderer",
    "Sizes",
    "Theme",
    "compute_layout",
    "ensure_gui_application",
    "layout_inputs",
    "node_at",
    "presentation_sizes",
    "status_text",
]
