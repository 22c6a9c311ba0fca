"""Exports without a window: MP4, WebM, GIF, numbered PNG frames, PNG and SVG stills.

``StepFrames`` (frames.py) says what to draw, frame by frame; ``ExportJob`` (job.py)
draws each frame with the renderer and hands it to a writer (encoders.py), with progress
callbacks, cancel, and the output renamed into place only when complete.
"""

from .encoders import FORMATS, GIF_MAX_WIDTH, Format
from .errors import ExportCancelled, ExportError, ExportFailed
from .frames import PHASES, AnimatedPlayer, FrameContext, FrameSource, SettledPlayer, StepFrames, StepPlayer, step_range
from .job import (
    ExportJob,
    ExportResult,
    ensure_headless_application,
    eta_text,
    format_for_path,
    human_bytes,
    make_renderer,
    parse_size,
)

__all__ = [
    "FORMATS",
    "GIF_MAX_WIDTH",
    "PHASES",
    "ExportCancelled",
    "ExportError",
    "ExportFailed",
    "ExportJob",
    "ExportResult",
    "Format",
    "FrameContext",
    "FrameSource",
    "AnimatedPlayer",
    "SettledPlayer",
    "StepFrames",
    "StepPlayer",
    "ensure_headless_application",
    "eta_text",
    "format_for_path",
    "human_bytes",
    "make_renderer",
    "parse_size",
    "step_range",
]
