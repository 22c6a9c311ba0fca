"""What an export from the window asks for (``JobRequest``), the current frame as a frame
source (``SceneSource``), and where the dialog remembers its choices (``settings``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from netviz.animation.scene import SceneState
from netviz.engine.lessons import Lesson
from netviz.engine.session import SavedRun
from netviz.export import AnimatedPlayer, ExportJob, SettledPlayer, StepFrames
from netviz.export.frames import FrameSource, StepPlayer
from netviz.export.job import ProgressFn


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
    lesson: str | Lesson | SavedRun | None = None  # for "animation"
    first: int = 1
    last: int = 3
    phases: str = "all"
    settled_seconds: float | None = None  # None: animated at ``speed``
    speed: float = 1.0
    scene: SceneState | None = None  # for "frame"

    def make_job(self, progress: ProgressFn | None = None, stage: Callable[[str], None] | None = None,
                 cancel: threading.Event | Callable[[], bool] | None = None) -> ExportJob:
        source: FrameSource
        if self.kind == "frame":
            if self.scene is None:
                raise ValueError("JobRequest: a frame export needs the scene to draw")
            source = SceneSource(self.scene)
        else:
            if self.lesson is None:
                raise ValueError("JobRequest: an animation export needs the lesson to train")
            player: StepPlayer = (SettledPlayer(self.settled_seconds) if self.settled_seconds is not None
                                  else AnimatedPlayer(self.speed))
            source = StepFrames(self.lesson, first=self.first, last=self.last, fps=self.fps,
                                phases=self.phases, player=player)
        return ExportJob(source, self.fmt, self.path, size=self.size, fps=None if self.kind == "frame" else self.fps,
                         theme=self.theme, progress=progress, stage=stage, cancel=cancel)


class SceneSource:
    """One SceneState as a frame source: the export job's still writers (PNG, SVG; drawn in
    high quality, written to a temporary file and renamed) save the window's current frame."""

    def __init__(self, scene: SceneState):
        self._scene = scene

    def __len__(self) -> int:
        return 1

    def scene(self, index: int) -> SceneState:
        return self._scene


# ----- the worker thread -------------------------------------------------------------------
