"""The window's themes: one render Theme drives the Qt widgets, the plots and the network view alike.

Every colour of the widgets (QPalette) and of the plots (pyqtgraph's background and foreground)
is derived from the render theme, so that a theme added to ``RENDER_THEMES`` (high contrast, for
example) needs nothing here but its entry.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from netviz.render.theme import DARK, HIGH_CONTRAST, LIGHT, Theme

# The themes the window offers, in the View > Theme menu's order; the first is the default.
RENDER_THEMES: tuple[Theme, ...] = (DARK, LIGHT, HIGH_CONTRAST)
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
    return QColor.fromRgbF(*(ca.redF() + (cb.redF() - ca.redF()) * t, ca.greenF() + (cb.greenF() - ca.greenF()) * t,
                             ca.blueF() + (cb.blueF() - ca.blueF()) * t))


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
    role_ = QPalette.ColorRole
    for role, colour in (
        (role_.Window, panel), (role_.WindowText, text), (role_.Base, window),
        (role_.AlternateBase, panel), (role_.Text, text), (role_.Button, button),
        (role_.ButtonText, text), (role_.ToolTipBase, panel), (role_.ToolTipText, text),
        (role_.PlaceholderText, QColor(theme.muted_text)), (role_.BrightText, QColor(theme.error)),
        (role_.Highlight, highlight), (role_.HighlightedText, QColor(theme.background)),
        (role_.Link, highlight),
        # 3-D edges of frames and buttons: visible against the panel in both themes.
        (role_.Light, _mix(theme.background, theme.text, 0.3)), (role_.Mid, button),
        (role_.Dark, _mix(theme.background, theme.text, 0.25)), (role_.Shadow, QColor(theme.background)),
    ):
        pal.setColor(role, colour)
    for role in (role_.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
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
