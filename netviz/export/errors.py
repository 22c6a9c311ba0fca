"""The export's errors: which option is wrong and why, a failure while writing, a cancel."""

from __future__ import annotations


class ExportError(ValueError):
    """An export that cannot start: ``field`` names the option (as the command line spells
    it without dashes: "format", "size", "fps", "output", "steps", "from", "phases", ...),
    ``reason`` says why in plain words. Nothing has been written when this is raised."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class ExportFailed(ExportError):
    """An export that failed while rendering or writing (the encoder stopped, the disk is
    full, ...). The partial output has been removed when this is raised; ``details`` holds
    the encoder's last error lines, if any."""

    def __init__(self, field: str, reason: str, details: str = ""):
        super().__init__(field, reason)
        self.details = details


class ExportCancelled(Exception):
    """The export was cancelled (its cancel event was set); no file was left behind."""
