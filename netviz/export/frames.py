"""Frame sources: what an export draws, one SceneState per video frame (no Qt here).

A frame source is any object with

- ``__len__()``: the number of frames, and
- ``scene(i) -> SceneState`` for 0 <= i < len: deterministic (the same i, the same scene).

Optionally ``prepare(cancelled)`` (do the slow work up front, e.g. train; ``cancelled()``
returns True when the export was cancelled, and ``prepare`` then raises ExportCancelled),
``fps`` (the frame rate it was made for; the job checks it matches) and ``note`` (a line
for the user, e.g. "the lesson diverged at step 37; the video ends there").

A source may return the *same object* for consecutive frames that look the same: the job
then renders that picture once and hands the encoder the same pixels again.

``StepFrames`` trains a lesson and plays steps S..E, each step for a while. How one step
plays is a *step player* (see ``StepPlayer``): ``AnimatedPlayer`` (what `netviz export`
uses unless --step-seconds) plays the step's phases (forward layer by layer, loss,
backward from the output down, update); ``SettledPlayer`` (the API's default) holds each
step's settled picture for ``seconds_per_step``, for long runs. Both draw with the window's
``build_scene`` and the same display options (``DisplayOptions``: output maps, adaptive
range, ...), and the divergence banner is the window's ``banner_text``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from netviz.animation.compare import ScenePair
from netviz.animation.heatmaps import GRID_SIZE, InputGrid, heatmaps_from_grid
from netviz.animation.input_maps import InputPicture, input_picture
from netviz.animation.phases import SPEED_RANGE, Timeline, TimingSettings, phases_of, schedule
from netviz.animation.scene import SceneState
from netviz.animation.view_model import banner_text
from netviz.animation.view_options import AdaptiveRange, DisplayOptions, Moment, ViewState, build_scene
from netviz.engine.lessons import MAX_RUN_STEPS, Lesson, LessonError, find_lesson
from netviz.engine.replay import Replay
from netviz.engine.run import capture
from netviz.engine.session import SavedRun
from netviz.engine.spec import SpecError
from netviz.engine.trace import StepTrace
from netviz.engine.trainer import Trainer

from .errors import ExportCancelled, ExportError

PHASES = ("all", "forward", "backward")  # what --phases accepts
MAX_STEPS = 10_000  # steps one export may show (their traces are replayed, not kept)
DEFAULT_STEPS = 20  # settled steps; an animated step lasts seconds, so fewer by default
DEFAULT_ANIMATED_STEPS = 3
DEFAULT_SECONDS_PER_STEP = 0.5
SECONDS_PER_STEP_RANGE = (1 / 60, 60.0)
FPS_RANGE = (1, 60)
# What `netviz export --nodes` accepts, and the DisplayOptions.nodes each one means.
NODE_OPTIONS = {"gradient": "gradient", "activation": "activation", "output-map": "heatmap"}
# Output maps are computed while training (each step's weights are gone afterwards) and
# kept for every step shown: at most this many bytes of them.
MAX_HEATMAP_BYTES = 512 * 1024**2


@runtime_checkable
class FrameSource(Protocol):
    """What the export job draws: ``len(source)`` frames, ``source.scene(i)`` each."""

    def __len__(self) -> int: ...

    def scene(self, index: int) -> SceneState | ScenePair: ...


@dataclass(frozen=True)
class FrameContext:
    """Everything a step player may use to draw one frame of a step."""

    trace: StepTrace  # the step shown
    previous: StepTrace | None  # the step before it (None for the first step trained)
    step: int  # the step shown, counted from 1
    t: float  # seconds into this step, 0 <= t < duration
    duration: float  # how long this step plays, in seconds
    phases: str  # "all", "forward" or "backward" (--phases)
    title: str
    caption: str
    banner: str | None  # e.g. "Diverged at step 37 ..." on the step that diverged
    display: DisplayOptions = field(default_factory=DisplayOptions)  # what the nodes and edges show
    node_range: tuple[float, float] | None = None  # the adaptive |dL/dz| range of this step, None: fixed
    heatmaps: tuple[np.ndarray, ...] | None = None  # this step's output maps (display.nodes "heatmap")
    inputs: InputPicture | None = None  # the input nodes' names and maps, as in the window

    def view(self) -> ViewState:
        """The picture's options, as the window's view model gives them."""
        return ViewState(display=self.display, title=self.title, caption=self.caption, banner=self.banner,
                         node_range=self.node_range, heatmaps=self.heatmaps, inputs=self.inputs)


class StepPlayer(Protocol):
    """How one training step plays in an export."""

    phases: tuple[str, ...]  # the --phases values this player can play
    static: bool  # True: ``scene`` ignores ctx.t (one picture per step, rendered once)

    def duration(self, trace: StepTrace, phases: str) -> float:
        """Seconds the step plays."""
        ...

    def scene(self, ctx: FrameContext) -> SceneState:
        """The picture at ``ctx.t`` seconds into the step."""
        ...


class SettledPlayer:
    """Each step as its settled picture (what the live view shows after the step), held
    for ``seconds_per_step``. It plays only ``--phases all``: showing the forward or the
    backward pass alone needs the step animation."""

    phases: tuple[str, ...] = ("all",)
    static = True

    def __init__(self, seconds_per_step: float = DEFAULT_SECONDS_PER_STEP):
        lo, hi = SECONDS_PER_STEP_RANGE
        if not isinstance(seconds_per_step, (int, float)) or isinstance(seconds_per_step, bool) \
                or not math.isfinite(seconds_per_step) or not lo <= seconds_per_step <= hi:
            raise ExportError("step-seconds",
                              f"must be a number of seconds from {lo:.3g} to {hi:g}, got {seconds_per_step!r}")
        self.seconds_per_step = float(seconds_per_step)

    def duration(self, trace: StepTrace, phases: str) -> float:
        return self.seconds_per_step

    def scene(self, ctx: FrameContext) -> SceneState:
        return build_scene(ctx.trace, ctx.view())


class AnimatedPlayer:
    """Each step as its animation: the phases of ``--phases`` at ``speed`` (0.25x to 8x),
    drawn by ``build_scene`` exactly as the window's step animation draws them."""

    phases: tuple[str, ...] = PHASES
    static = False

    def __init__(self, speed: float = 1.0, settings: TimingSettings | None = None):
        lo, hi = SPEED_RANGE
        if isinstance(speed, bool) or not isinstance(speed, (int, float)) or not lo <= speed <= hi:
            raise ExportError("speed", f"must be from {lo:g} to {hi:g}, got {speed!r}")
        try:
            base = settings or TimingSettings()
            self.settings = TimingSettings(**{**base.__dict__, "speed": float(speed)})
        except SpecError as exc:
            raise ExportError(exc.field, exc.reason) from None
        # (trace, timeline) by (id(trace), phases): the trace is kept so that its id stays its own.
        self._timelines: dict[tuple[int, str], tuple[StepTrace, Timeline]] = {}

    def _timeline(self, trace: StepTrace, phases: str) -> Timeline:
        # Every frame of a step asks for its timeline: keep the last few.
        key = (id(trace), phases)
        timeline = self._timelines.get(key)
        if timeline is None:
            if len(self._timelines) > 8:
                self._timelines.clear()
            timeline = self._timelines[key] = (trace, schedule(phases_of(trace, which=phases), self.settings))
        return timeline[1]

    def duration(self, trace: StepTrace, phases: str) -> float:
        return self._timeline(trace, phases).total

    def scene(self, ctx: FrameContext) -> SceneState:
        timeline = self._timeline(ctx.trace, ctx.phases)
        index, progress = timeline.locate(ctx.t)
        return build_scene(ctx.trace, ctx.view(), Moment(timeline.phases, index, progress, self.settings))


def _lesson_error(exc: LessonError) -> ExportError:
    if exc.field in ("lesson", "fix"):
        return ExportError(exc.field, exc.reason)
    return ExportError("lesson", str(exc))  # a wrong file: its path, the field and the reason


def _check_int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ExportError(name, f"must be a whole number, got {value!r}")
    if not low <= value <= high:
        raise ExportError(name, f"must be from {low} to {high}, got {value}")
    return value


def _check_phases(phases: str, player: StepPlayer) -> str:
    """``phases`` if it names phases the player plays (settled steps play only "all")."""
    if phases not in PHASES:
        raise ExportError("phases", f"unknown {phases!r} (known: {', '.join(PHASES)})")
    if phases not in player.phases:
        raise ExportError("phases", f"'{phases}' needs the step animation; settled steps (--step-seconds) "
                                    f"play only: {', '.join(player.phases)}")
    return phases


def step_range(steps: int | None = None, first: int | None = None, last: int | None = None,
               default: int = DEFAULT_STEPS) -> tuple[int, int]:
    """(S, E), both counted from 1, from --steps N (1..N) or --from S --to E (``default``
    steps when neither is given); ExportError names the wrong option."""
    if steps is not None and (first is not None or last is not None):
        raise ExportError("steps", "give either --steps N or --from S --to E, not both")
    if steps is not None:
        return 1, _check_int("steps", steps, 1, MAX_STEPS)
    if first is None and last is None:
        return 1, default
    if last is None:
        raise ExportError("to", f"--from {first} needs --to E too (the last step to show)")
    # The steps before --from are trained too: at most as many as any run may train.
    first = 1 if first is None else _check_int("from", first, 1, MAX_RUN_STEPS)
    last = _check_int("to", last, 1, MAX_RUN_STEPS)
    if last < first:
        raise ExportError("to", f"must be at least --from ({first}), got {last}")
    if last - first + 1 > MAX_STEPS:
        raise ExportError("to", f"at most {MAX_STEPS} steps in one export, "
                                f"got {last - first + 1} (--from {first} --to {last})")
    return first, last


class StepFrames:
    """Frames of training steps S..E of a lesson, each step played by ``player``.

    ``lesson``: a name or a Lesson; ``fix``: one of its fixes. ``steps`` (1..N) or
    ``first``/``last`` (S..E, from 1) choose the steps; ``fps`` is the frame rate the
    frames are counted for; ``phases`` ("all", "forward", "backward") is passed to the
    player, which must support it. Training happens in ``prepare`` (called by the job, or
    on first use): steps 1..E, keeping the traces of S-1..E. If training stops early
    (divergence, early stopping) the frames end at the last step trained, and ``note``
    says so; the step that diverged carries a banner, as in the app. ``display``: what the
    nodes and edges show, as the window's display switches (output maps need a data set
    with 2 inputs; with the adaptive scale the colour range follows the steps in order).
    """

    def __init__(self, lesson: str | Lesson | SavedRun, *, fix: str | None = None, steps: int | None = None,
                 first: int | None = None, last: int | None = None, fps: int = 30, phases: str = "all",
                 player: StepPlayer | None = None, seconds_per_step: float | None = None,
                 display: DisplayOptions | None = None):
        if player is not None and seconds_per_step is not None:
            raise ExportError("step-seconds", "give seconds_per_step to SettledPlayer, not with a player of your own")
        # The API's default holds settled steps; `netviz export` animates unless --step-seconds.
        self.player = player if player is not None else SettledPlayer(
            DEFAULT_SECONDS_PER_STEP if seconds_per_step is None else seconds_per_step)
        self.phases = _check_phases(phases, self.player)
        self.display = display if display is not None else DisplayOptions()
        self.fps = _check_int("fps", fps, *FPS_RANGE)
        default = DEFAULT_STEPS if self.player.static else DEFAULT_ANIMATED_STEPS
        # A saved run (``open_run``) plays its recorded steps (by default its last ones) and
        # continues its Trainer for steps after the last one it trained.
        self.run: SavedRun | None = None
        if isinstance(lesson, SavedRun):
            self.run = run = lesson
            if fix:
                raise ExportError("fix", "a saved run keeps the fix it was run with; give no --fix")
            lesson = run.lesson
            if steps is None and first is None and last is None and run.traces:
                last = run.traces[-1].step + 1
                first = max(run.traces[0].step + 1, last - default + 1)
        self.first, self.last = step_range(steps, first, last, default)
        self._range_option = "steps" if steps is not None else "to"  # the option that sets how many
        try:
            if isinstance(lesson, str):
                lesson = find_lesson(lesson)
            if fix:
                lesson = lesson.with_fix(fix)
        except LessonError as exc:
            raise _lesson_error(exc) from None
        self.lesson = lesson
        self.title = lesson.title
        self.caption = " ".join(lesson.caption.split())
        self.note: str | None = None
        self.stop_reason: str | None = None
        # What the frames need of each step shown (1-based step numbers), measured while
        # training; the traces themselves are replayed as the frames are drawn (``_trace``).
        self._steps: list[int] = []
        self._starts: list[int] = []  # first frame of each step
        self._durations: list[float] = []
        self._node_ranges: list[tuple[float, float] | None] = []  # per step shown
        self._heatmaps: list[tuple[np.ndarray, ...] | None] = []  # per step shown
        self._inputs: InputPicture | None = None
        self._recorded: dict[int, StepTrace] = {}  # a saved run's stored steps, by step number
        self._replay = Replay(None)
        self._total = 0
        self._cache: tuple[int, SceneState] | None = None
        self._prepared = False

    # ----- training -------------------------------------------------------------------

    def prepare(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Train steps 1..E (once), measuring what the frames need of each step (its
        duration, colour range, output maps) but keeping no trace: ``scene`` replays the
        steps from a checkpoint as it draws them, so memory does not grow with the number
        of steps. Raises ExportCancelled, or ExportError if training stops before step S."""
        if self._prepared:
            return
        recorded: dict[int, StepTrace] = {}
        if self.run is not None:
            trainer = self.run.trainer
            recorded = {t.step + 1: t for t in self.run.traces}
            done = trainer.steps_done
            missing = [s for s in range(self.first, min(self.last, done) + 1) if s not in recorded]
            if missing:
                held = f"steps {min(recorded)} to {max(recorded)}" if recorded else "no steps"
                raise ExportError("from", f"the saved run holds the pictures of {held} (and continues after step "
                                          f"{done}); step {missing[0]} is not among them")
        else:
            def pretraining(done: int, total: int) -> None:
                # A transfer lesson's pre-training can take minutes: a cancel stops it too.
                if cancelled is not None and done % 16 == 0 and cancelled():
                    raise ExportCancelled()

            try:
                trainer = self.lesson.build(steps=self.last, pretraining=pretraining)
            except LessonError as exc:
                raise _lesson_error(exc) from None
        grid = self._output_grid(trainer)
        adaptive = AdaptiveRange() if self.display.follows_gradient_range else None
        # A stored step's weights are not in the file: its nodes cannot show output maps.
        stored = [recorded[s] for s in range(self.first, min(self.last, trainer.steps_done) + 1)]
        for trace in stored:
            self._measure(trace, adaptive.follow(trace) if adaptive is not None else None, None)
        # The replay starts where the first trace it must give back is trained: step S-1 (the
        # step before the first one shown), or the first step after a saved run's last one.
        replay_from = max(trainer.steps_done + 1, self.first - 1)
        for step in range(trainer.steps_done + 1, self.last + 1):
            if cancelled is not None and step % 16 == 0 and cancelled():
                raise ExportCancelled()
            if trainer.stopped:  # a saved run that had stopped
                break
            if step == replay_from:
                self._replay = Replay(capture(trainer))
            trace = trainer.traced_step()  # a saved fused run goes on fused, as its replays do
            if step >= self.first:
                # As in the window: the range moves one smoothing step per picture, and the
                # output maps are those of the weights after the step.
                self._measure(trace, adaptive.follow(trace) if adaptive is not None else None,
                              tuple(heatmaps_from_grid(grid.layer_outputs(trainer.network)))
                              if grid is not None else None)
            if trainer.stopped:
                break
        reason = trainer.stop_reason
        if not self._steps:
            raise ExportError("from", f"training stopped after {trainer.steps_done} steps ({reason}), before step "
                                      f"{self.first}; choose --from {trainer.steps_done} or less")
        self.stop_reason = reason
        if reason is not None and trainer.steps_done < self.last:
            self.note = f"training stopped after {trainer.steps_done} steps ({reason}); the frames end there"
        self._recorded = recorded
        self._inputs = input_picture(trainer.dataset, trainer.spec.features)
        self._prepared = True

    def _measure(self, trace: StepTrace, node_range: tuple[float, float] | None,
                 heatmaps: tuple[np.ndarray, ...] | None) -> None:
        """Note what the frames need of one step shown (in order); the trace is not kept."""
        seconds = float(self.player.duration(trace, self.phases))
        if not math.isfinite(seconds) or seconds <= 0:
            raise ExportError("phases", f"the step player gave step {trace.step + 1} a duration of {seconds!r} s")
        self._steps.append(trace.step + 1)
        self._starts.append(self._total)
        self._durations.append(seconds)
        self._node_ranges.append(node_range)
        self._heatmaps.append(heatmaps)
        self._total += max(1, round(seconds * self.fps))

    def _trace(self, step: int) -> StepTrace | None:
        """The trace of ``step`` (from 1): stored in a saved run, or replayed; None for a
        step before the first one trained or stored (the first step's "previous")."""
        if step in self._recorded:
            return self._recorded[step]
        return self._replay.trace(step)

    def _output_grid(self, trainer: Trainer) -> InputGrid | None:
        """The input-plane grid when the nodes show output maps (ExportError if they cannot)."""
        if self.display.nodes != "heatmap":
            return None
        dataset = trainer.dataset
        if dataset.n_inputs != 2:
            raise ExportError("nodes", f"output maps need a data set with 2 inputs; {self.lesson.name} has "
                                       f"{dataset.n_inputs}")
        spec = trainer.spec
        nodes = spec.inputs + sum(layer.units for layer in spec.hidden) + spec.outputs
        per_step = GRID_SIZE * GRID_SIZE * 8 * nodes  # float64 maps of every node
        steps = self.last - self.first + 1
        if per_step * steps > MAX_HEATMAP_BYTES:
            raise ExportError("nodes", f"output maps of {steps} steps need {per_step * steps / 1024**2:,.0f} MB; "
                                       f"show at most {max(1, MAX_HEATMAP_BYTES // per_step)} steps with them")
        return InputGrid(dataset)

    # ----- frames ---------------------------------------------------------------------

    @property
    def steps_shown(self) -> tuple[int, int]:
        """(first, last) step in the frames, counted from 1 (after prepare)."""
        self.prepare()
        return self._steps[0], self._steps[-1]

    @property
    def traces(self) -> tuple[StepTrace, ...]:
        """The traces of every step shown, replayed (all held at once: for small exports and tests)."""
        self.prepare()
        return tuple(self._shown_trace(step) for step in self._steps)

    def _shown_trace(self, step: int) -> StepTrace:
        trace = self._trace(step)
        if trace is None:  # prepare saw this step trained or stored
            raise RuntimeError(f"step {step} could not be replayed")
        return trace

    def __len__(self) -> int:
        self.prepare()
        return self._total

    def locate(self, index: int) -> tuple[int, float]:
        """(position of the step among the steps shown, seconds into it) of frame ``index``."""
        self.prepare()
        if not 0 <= index < self._total:
            raise IndexError(f"frame {index} out of range (0..{self._total - 1})")
        k = bisect_right(self._starts, index) - 1
        return k, (index - self._starts[k]) / self.fps

    def banner(self, trace: StepTrace) -> str | None:
        """The app's divergence banner, on the step that diverged."""
        return banner_text(self.stop_reason, self.lesson) if trace.diverged else None

    def context(self, index: int) -> FrameContext:
        k, t = self.locate(index)
        step = self._steps[k]
        previous = self._trace(step - 1)  # before the trace: a replay moves forward
        trace = self._shown_trace(step)
        return FrameContext(
            trace=trace, previous=previous, step=step, t=t,
            duration=self._durations[k], phases=self.phases, title=self.title, caption=self.caption,
            banner=self.banner(trace), display=self.display, node_range=self._node_ranges[k],
            heatmaps=self._heatmaps[k], inputs=self._inputs,
        )

    def scene(self, index: int) -> SceneState:
        ctx = self.context(index)
        if not getattr(self.player, "static", False):
            return self.player.scene(ctx)
        # A static player draws one picture per step: the same object for all its frames.
        if self._cache is not None and self._cache[0] == ctx.step:
            return self._cache[1]
        scene = self.player.scene(ctx)
        self._cache = (ctx.step, scene)
        return scene
