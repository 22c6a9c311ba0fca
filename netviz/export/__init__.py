"""Exports without a window: MP4, WebM, GIF, numbered PNG frames, PNG and SVG stills.

``StepFrames`` (frames.py) says what to draw, frame by frame; ``ExportJob`` (job.py)
draws each frame with the renderer and hands it to a writer (encoders.py), with progress
callbacks, cancel, and the output renamed into place only when complete (output.py: only
over a regular file or a new name). options.py holds the option values the command line and
the window share.

Each name is imported from its module when first asked for: the window needs only the
option and output helpers to start, and the frame and job modules (the scene builder, the
renderer's export path, the encoders) would add to every start-up (measured ~20 ms).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names below are, for the type checker; imported lazily at run time
    from .encoders import FORMATS, GIF_MAX_WIDTH, Format
    from .errors import ExportCancelled, ExportError, ExportFailed
    from .frames import (
        PHASES,
        AnimatedPlayer,
        FrameContext,
        FrameSource,
        SettledPlayer,
        StepFrames,
        StepPlayer,
        step_range,
    )
    from .job import ExportJob, ExportResult, ensure_headless_application, eta_text, make_renderer
    from .options import THEMES, format_for_path, human_bytes, parse_size, resolve_theme
    from .output import check_output_file, replace_file, temp_beside

# Each public name and the module (of this package) that holds it.
_HOMES = {
    "encoders": ("FORMATS", "GIF_MAX_WIDTH", "Format"),
    "errors": ("ExportCancelled", "ExportError", "ExportFailed"),
    "frames": ("PHASES", "AnimatedPlayer", "FrameContext", "FrameSource", "SettledPlayer", "StepFrames",
               "StepPlayer", "step_range"),
    "job": ("ExportJob", "ExportResult", "ensure_headless_application", "eta_text", "make_renderer"),
    "options": ("THEMES", "format_for_path", "human_bytes", "parse_size", "resolve_theme"),
    "output": ("check_output_file", "replace_file", "temp_beside"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "AnimatedPlayer",
    "FORMATS",
    "GIF_MAX_WIDTH",
    "PHASES",
    "THEMES",
    "ExportCancelled",
    "ExportError",
    "ExportFailed",
    "ExportJob",
    "ExportResult",
    "Format",
    "FrameContext",
    "FrameSource",
    "SettledPlayer",
    "StepFrames",
    "StepPlayer",
    "check_output_file",
    "ensure_headless_application",
    "eta_text",
    "format_for_path",
    "human_bytes",
    "make_renderer",
    "parse_size",
    "replace_file",
    "resolve_theme",
    "step_range",
    "temp_beside",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (then kept as this package's attribute)."""
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
