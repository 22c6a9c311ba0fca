"""Exports without a window: MP4, WebM, GIF, numbered PNG frames, PNG and SVG stills.

``StepFrames`` (frames.py) says what to draw, frame by frame; ``ExportJob`` (job.py)
draws each frame with the renderer and hands it to a writer (encoders.py), with progress
callbacks, cancel, and the output renamed into place only when complete (output.py: only
over a regular file or a new name). options.py holds the option values the command line and
the window share.
"""

from .encoders import FORMATS, GIF_MAX_WIDTH, Format
from .errors import ExportCancelled, ExportError, ExportFailed
from .frames import PHASES, AnimatedPlayer, FrameContext, FrameSource, SettledPlayer, StepFrames, StepPlayer, step_range
from .job import ExportJob, ExportResult, ensure_headless_application, eta_text, make_renderer
from .options import THEMES, format_for_path, human_bytes, parse_size, resolve_theme
from .output import check_output_file, replace_file, temp_beside

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
