"""The window's themes: one render Theme drives the Qt widgets, the plots and the network view alike.

Every colour of the widgets (QPalette) and of the plots (pyqtgraph's background and foreground)
is derived from the render theme, so that a theme added to ``RENDER_THEMES`` (high contrast, for
example) needs nothing here but its entry.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from netviz.render.theme import DARK, LIGHT, Theme

# The themes the window offers, in the View > Theme menu's order; the first is the default.
RENDER_THEMES: tuple[Theme, ...] = (DARK, LIGHT)
DEFAULT_THEME = RENDER_THEMES[0].name


def theme_names() -> list[str]:
    return [theme.name for theme in RENDER_THEMES]


def find_theme(name: str) -> Theme:
    """The render theme called ``name``; ValueError naming the known ones otherwise."""
    for theme in RENDER_THEMES:
        if theme.name == name:
            return theme
    raise ValueError(f"unknown theme {name!r} (known: {', '.join(theme_names())})")


def _mix(a: str, b: str, t: float) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(ca.getRgbF()[:3], cb.getRgbF()[:3])))


def palette_for(theme: Theme) -> QPalette:
    """A QPalette whose window, base and text colours are the picture's, so that the docks and
    the network view read as one surface."""
    pal = QPalette()
    window = QColor(theme.background)
    panel = _mix(theme.background, theme.text, 0.06)
    button = _mix(theme.background, theme.text, 0.14)
    text = QColor(theme.text)
    disabled = _mix(theme.background, theme.text, 0.45)
    highlight = QColor(theme.animation.backward)
    for role, colour in (
        (QPalette.Window, panel), (QPalette.WindowText, text), (QPalette.Base, window),
        (QPalette.AlternateBase, panel), (QPalette.Text, text), (QPalette.Button, button),
        (QPalette.ButtonText, text), (QPalette.ToolTipBase, panel), (QPalette.ToolTipText, text),
        (QPalette.PlaceholderText, QColor(theme.muted_text)), (QPalette.BrightText, QColor(theme.error)),
        (QPalette.Highlight, highlight), (QPalette.HighlightedText, QColor(theme.background)),
        (QPalette.Link, highlight),
        # 3-D edges of frames and buttons: visible against the panel in both themes.
        (QPalette.Light, _mix(theme.background, theme.text, 0.3)), (QPalette.Mid, button),
        (QPalette.Dark, _mix(theme.background, theme.text, 0.25)), (QPalette.Shadow, QColor(theme.background)),
    ):
        pal.setColor(role, colour)
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, disabled)
    return pal


def fix_button_style(theme: Theme) -> str:
    """The checked fix button must stand out from the others (the issue measured 1.2:1): it
    takes the focus colour as its fill, with the background colour as text, and a border."""
    return (f"QPushButton:checked {{ background: {theme.focus}; color: {theme.background}; "
            f"border: 2px solid {theme.text}; font-weight: bold; }}")


def apply_to_application(app: QApplication, theme: Theme) -> None:
    """Qt widgets: the Fusion style (the only built-in one that honours a palette everywhere)
    with the theme's palette."""
    app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
