"""What an export from the window asks for (``JobRequest``), the current frame as a frame
source (``SceneSource``), and where the dialog remembers its choices (``settings``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from netviz.export import AnimatedPlayer, ExportJob, SettledPlayer, StepFrames


def settings() -> QSettings:
    return QSettings("netviz", "netviz")


@dataclass
class JobRequest:
    """What the dialog asks for; ``make_job`` builds a fresh ExportJob from it."""

    kind: str  # "animation" or "frame"
    fmt: str
    path: str
    size: tuple[int, int]
    theme: str
    fps: int = 30
    lesson: object = None
    first: int = 1
    last: int = 3
    phases: str = "all"
    settled_seconds: float | None = None  # None: animated at ``speed``
    speed: float = 1.0
    scene: object = None  # for "frame"

    def make_job(self, progress=None, stage=None, cancel=None) -> ExportJob:
        if self.kind == "frame":
            source = SceneSource(self.scene)
        else:
            player = (SettledPlayer(self.settled_seconds) if self.settled_seconds is not None
                      else AnimatedPlayer(self.speed))
            source = StepFrames(self.lesson, first=self.first, last=self.last, fps=self.fps,
                                phases=self.phases, player=player)
        return ExportJob(source, self.fmt, self.path, size=self.size, fps=None if self.kind == "frame" else self.fps,
                         theme=self.theme, progress=progress, stage=stage, cancel=cancel)


class SceneSource:
    """One SceneState as a frame source: the export job's still writers (PNG, SVG; drawn in
    high quality, written to a temporary file and renamed) save the window's current frame."""

    def __init__(self, scene):
        self._scene = scene

    def __len__(self) -> int:
        return 1

    def scene(self, index: int):
        return self._scene


# ----- the worker thread -------------------------------------------------------------------
