"""The export's option values shared by the command line, the export dialog and the window:
picture sizes, theme names, formats from file names, byte counts for people."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from netviz.render.theme import THEMES as RENDER_THEMES

from .encoders import FORMATS
from .errors import ExportError

if TYPE_CHECKING:
    from netviz.render.theme import Theme

# The export dialog's two themes (tests/export/test_options.py holds the pair); every name of
# netviz.render.THEMES ("high-contrast" too) resolves, for the command line and the window.
THEMES = ("dark", "light")

# ASCII digits only: str.isdigit() also accepts superscripts ("²") that int() refuses, and
# int() accepts other scripts' digits that nobody means as a picture size.
_SIZE = re.compile(r"\s*([0-9]+)\s*[x×]\s*([0-9]+)\s*", re.IGNORECASE)


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' -> (1920, 1080); ExportError('size', ...) if it is not WxH."""
    match = _SIZE.fullmatch(str(text))
    if match is None:
        raise ExportError("size", f"must be WIDTHxHEIGHT in pixels, e.g. 1920x1080, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def format_for_path(path: str | os.PathLike) -> str | None:
    """The format a file name's extension asks for (.mp4 -> mp4, ...), or None."""
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS.values():
        if fmt.extension == suffix:
            return fmt.name
    return None


def resolve_theme(theme: object) -> Theme:
    """A Theme for a name of ``THEMES`` ("dark" for None) or a Theme; ExportError('theme') otherwise."""
    from netviz.render.theme import Theme

    if isinstance(theme, Theme):
        return theme
    if theme is None:
        return RENDER_THEMES["dark"]
    if isinstance(theme, str) and theme in RENDER_THEMES:
        return RENDER_THEMES[theme]
    raise ExportError("theme", f"unknown {theme!r} (known: {', '.join(RENDER_THEMES)})")


def human_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} bytes"  # pragma: no cover
