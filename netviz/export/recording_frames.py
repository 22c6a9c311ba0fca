"""Frames of a recorded run (a PyTorch model's steps from a session file): `netviz export --run torch.netviz`.

A recorded run has no Trainer: its frames are its recorded steps, each played by the same
players as a lesson's (settled or animated), drawn with the model's layer names. Steps are
counted from 1 as everywhere; ``--from S --to E`` picks the recorded steps within S..E, and
by default the last ones are shown.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from netviz.animation.view_options import AdaptiveRange, DisplayOptions
from netviz.engine.recording import Recording
from netviz.engine.trace import StepTrace
from netviz.i18n import translate

from .errors import ExportError
from .frames import (
    DEFAULT_ANIMATED_STEPS,
    DEFAULT_SECONDS_PER_STEP,
    DEFAULT_STEPS,
    FPS_RANGE,
    FrameContext,
    SettledPlayer,
    StepFrames,
    StepPlayer,
    _check_int,
    _check_phases,
    step_range,
)


class RecordingFrames(StepFrames):
    """StepFrames of a Recording: the same frames, contexts and scenes, no training."""

    def __init__(self, recording: Recording, *, steps: int | None = None, first: int | None = None,
                 last: int | None = None, fps: int = 30, phases: str = "all", player: StepPlayer | None = None,
                 display: DisplayOptions | None = None):
        # StepFrames.__init__ builds a lesson; a recording has none: the same fields, set here.
        self.player = player if player is not None else SettledPlayer(DEFAULT_SECONDS_PER_STEP)
        self.phases = _check_phases(phases, self.player)
        self.display = display if display is not None else DisplayOptions()
        if self.display.nodes == "heatmap":
            raise ExportError("nodes", "output maps need the model's data and weights; a recorded run has neither")
        self.fps = _check_int("fps", fps, *FPS_RANGE)
        if not recording.traces:
            raise ExportError("run", "the recorded run holds no steps")
        self.recording = recording
        default = DEFAULT_STEPS if self.player.static else DEFAULT_ANIMATED_STEPS
        if steps is None and first is None and last is None:  # the last recorded steps
            last = recording.traces[-1].step + 1
            first = recording.traces[-default:][0].step + 1
        self.first, self.last = step_range(steps, first, last, default)
        self._range_option = "steps" if steps is not None else "to"
        self.title = recording.name
        self.caption = ""
        self.note: str | None = None
        self.stop_reason: str | None = None
        self.run = None
        self._traces: list[StepTrace] = []
        self._before: StepTrace | None = None
        self._starts: list[int] = []
        self._durations: list[float] = []
        self._node_ranges: list = []
        self._heatmaps: list = []
        self._inputs = None  # no input pictures: a recording has no data set (Playground features) to draw
        self._total = 0
        self._cache = None
        self._prepared = False

    def _named(self, trace: StepTrace) -> StepTrace:
        names = self.recording.layer_names
        if len(names) != len(trace.layers):
            return trace
        return replace(trace, layers=tuple(replace(lt, name=n) for lt, n in zip(trace.layers, names)))

    def prepare(self, cancelled: Callable[[], bool] | None = None) -> None:
        """The recorded steps within first..last (counted from 1), named as the model names its layers."""
        if self._prepared:
            return
        chosen = [t for t in self.recording.traces if self.first <= t.step + 1 <= self.last]
        if not chosen:
            held = f"{self.recording.traces[0].step + 1} to {self.recording.traces[-1].step + 1}"
            raise ExportError("from", f"the recorded run holds recorded steps from {held}; none is in "
                                      f"{self.first}..{self.last}")
        earlier = [t for t in self.recording.traces if t.step + 1 < self.first]
        traces = [self._named(t) for t in chosen]
        adaptive = AdaptiveRange() if self.display.follows_gradient_range else None
        self._node_ranges = [adaptive.follow(t) if adaptive is not None else None for t in traces]
        self._heatmaps = [None] * len(traces)
        self._traces, self._before = traces, self._named(earlier[-1]) if earlier else None
        starts, durations, total = [], [], 0
        for trace in traces:
            seconds = float(self.player.duration(trace, self.phases))
            if not math.isfinite(seconds) or seconds <= 0:
                raise ExportError("phases", f"the step player gave step {trace.step + 1} a duration of {seconds!r} s")
            starts.append(total)
            durations.append(seconds)
            total += max(1, round(seconds * self.fps))
        self._starts, self._durations, self._total = starts, durations, total
        self._prepared = True

    def banner(self, trace: StepTrace) -> str | None:
        if not trace.diverged:
            return None
        return translate("RecordingFrames", "A NaN or Inf appeared in this step's loss or gradients.")

    @property
    def traces(self) -> tuple[StepTrace, ...]:
        """The recorded traces of every step shown."""
        self.prepare()
        return tuple(self._traces)

    def context(self, index: int) -> FrameContext:
        """As StepFrames.context, from the recorded traces kept here: a lesson's frames replay
        their steps from checkpoints, a recording has no trainer to replay and keeps its steps."""
        k, t = self.locate(index)
        trace = self._traces[k]
        return FrameContext(
            trace=trace, previous=self._traces[k - 1] if k > 0 else self._before, step=trace.step + 1, t=t,
            duration=self._durations[k], phases=self.phases, title=self.title, caption=self.caption,
            banner=self.banner(trace), display=self.display, node_range=self._node_ranges[k],
            heatmaps=self._heatmaps[k], inputs=self._inputs,
        )
