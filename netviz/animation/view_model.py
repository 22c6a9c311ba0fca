"""The window's view model: which step and phase is shown, focus, display switches, colour range,
banner and output maps, as plain Python (no Qt; napari's model / _qt split).

The window feeds it (the newest trace, the recorded steps, the output-map grid) and sets it
from its widgets; the model tells what changed through ``events`` and builds the picture
with ``scene()``. The export uses the same pieces (``ViewState``, ``build_scene``,
``AdaptiveRange``, ``banner_text``), so both draw a step alike.

Events (``events.connect(callback)``; the callback gets the event's name):

- ``"scene"``: the picture changed; draw ``scene()`` again.
- ``"step"``: the step shown (live or pinned) changed.
- ``"playing"``: the animation started or stopped playing (``animating``).
- ``"hold"``: the newest step was pinned to show its phases; training should pause so
  that it cannot move the step on.

``show_live`` and ``advance`` emit no ``"scene"``: they run once per displayed frame, and
the frame loop draws once after both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, cast

import numpy as np

from netviz.engine.lessons import Lesson
from netviz.engine.trace import StepTrace
from netviz.i18n import translate

from .boundary import discretized_map
from .heatmaps import heatmaps_from_grid
from .input_maps import InputPicture
from .phases import TimingSettings, phases_of, schedule
from .playhead import Playhead
from .scene import SceneState
from .scrub_replays import Replayed, ScrubReplays
from .stop_words import stop_words
from .view_options import AdaptiveRange, DisplayOptions, Moment, ViewState, build_scene
from .words import fill, list_of, sentences

EVENTS = ("scene", "step", "playing", "hold")
# A pinned step whose replay should take at most this long is replayed at once in the caller's
# thread (the next step after a replay, a near one on a small network): well within a frame,
# and no "computing" flicker. Longer ones go to the background replays.
INLINE_REPLAY_S = 0.010


def banner_text(reason: str | None, lesson: Lesson) -> str | None:
    """The divergence banner: the stop reason and the lesson's fixes not yet applied (None
    unless training diverged). The window and the export both show this text."""
    if not reason or "diverged" not in reason:
        return None
    fixes = list_of([fix.title for name, fix in lesson.fixes.items() if name != lesson.fix_applied])
    said = stop_words(reason)  # the engine's reason is English: said in the chosen language
    if said == reason:  # a reason this version does not know: made a sentence as it is
        said = f"{reason[0].upper()}{reason[1:]}."
    return sentences(said, fill(translate("Picture", "Try: %1.", "the fixes, after why training stopped"),
                                fixes)) if fixes else said


class RecordedTraces(Protocol):
    """The recorded steps the timeline can show (the worker's RecordedSteps)."""

    def get(self, step: int) -> StepTrace | None: ...

    def span(self) -> tuple[int, int] | None: ...


class ReplayableTraces(Protocol):
    """Recorded steps that say which are at hand, the others replayed in the background
    (a ``ReplaySource``)."""

    def get(self, step: int, cancelled: Callable[[], bool] | None = None) -> StepTrace | None: ...

    def span(self) -> tuple[int, int] | None: ...

    def at_hand(self, step: int) -> StepTrace | None: ...

    def replay_seconds(self, step: int) -> float | None: ...


class Events:
    """A tiny event list: callbacks called in order with the event's name."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[str], object]] = []

    def connect(self, callback: Callable[[str], object]) -> None:
        self._callbacks.append(callback)

    def emit(self, name: str) -> None:
        if name not in EVENTS:
            raise ValueError(f"unknown event {name!r} (known: {', '.join(EVENTS)})")
        for callback in list(self._callbacks):
            callback(name)


class ViewModel:
    """What the window shows, apart from the widgets that show it."""

    def __init__(self, title: str = "", caption: str = "", timing: TimingSettings | None = None,
                 replays: ScrubReplays | None = None):
        """``replays``: where a pinned step that is not at hand is replayed (the window's:
        never on its thread); None: ``recorded.get`` replays it in the caller's thread."""
        self.events = Events()
        self.title = title
        self.caption = " ".join(caption.split())
        self.display = DisplayOptions()
        self.focus: tuple[int, int] | None = None
        self.banner: str | None = None
        self.adaptive = AdaptiveRange()
        # Which recorded step is shown (None: the newest, live), whether the view shows its
        # phases, and the playhead through them.
        self.pinned: int | None = None
        self.phase_view = False
        self.timing = timing or TimingSettings()
        self.playhead = Playhead()
        self.continuous_every: int | None = None  # continuous mode: animate every k-th step
        self._continuous_step: int | None = None  # the step continuous mode animated last
        # Fed by the window from the worker's snapshots.
        self.live: StepTrace | None = None
        self.recorded: RecordedTraces | None = None
        self.grid_layers: tuple[np.ndarray, ...] | None = None
        # The input nodes' names and maps of the run shown (``input_maps.input_picture``), or None.
        self.inputs: InputPicture | None = None
        # Playground's "Discretize output": the output node's map in two colours, by the class
        # boundary of this output kind ("sigmoid", "tanh"); None: in shades.
        self.discretize_output: str | None = None
        # Scrubbing with background replays: the pinned step being replayed (None: none), the
        # last replay that arrived, and the last trace shown (what the view keeps showing meanwhile).
        self.replays = replays
        self.computing: int | None = None
        self._arrived: Replayed | None = None
        self._shown: StepTrace | None = None
        self._building = False  # scene() is asking trace_shown (the picture follows anyway)

    # ----- sources ----------------------------------------------------------------------

    def set_lesson(self, title: str, caption: str) -> None:
        """A new run: no banner, no focus, the live step, no animation."""
        self.title, self.caption = title, " ".join(caption.split())
        self.banner = None
        self.focus = None
        self.pinned = None
        self.phase_view = False
        self._forget_replays()
        self.playhead.pause()
        self.events.emit("playing")

    def _forget_replays(self) -> None:
        """A new run: nothing replayed for the old one is ever shown."""
        self.computing = self._arrived = self._shown = None
        if self.replays is not None:
            self.replays.cancel()

    def close(self) -> bool:
        """The window closes: a replay running in the background stops and its thread ends
        (True if it ended in time)."""
        return self.replays.close() if self.replays is not None else True

    def show_live(self, trace: StepTrace | None, recorded: RecordedTraces | None,
                  grid_layers: tuple[np.ndarray, ...] | None = None) -> None:
        """The newest step, the recorded ones, and the output-map grid of the newest weights."""
        self.live, self.recorded, self.grid_layers = trace, recorded, grid_layers

    def set_inputs(self, inputs: InputPicture | None) -> None:
        """The input nodes' names and maps of a new run (its data set and features)."""
        self.inputs = inputs
        self.events.emit("scene")

    def set_discretize_output(self, output: str | None) -> None:
        """The output node's map in two colours by this output kind's class boundary (None: shades)."""
        self.discretize_output = output
        self.events.emit("scene")

    def set_banner(self, text: str | None) -> None:
        self.banner = text
        self.events.emit("scene")

    # ----- which step is shown ----------------------------------------------------------

    def span(self) -> tuple[int, int] | None:
        """(first, last) recorded step, or None."""
        return self.recorded.span() if self.recorded is not None else None

    def shown_step(self) -> int | None:
        """The 0-based step shown: the pinned one, else the newest."""
        if self.pinned is not None:
            return self.pinned
        return self.live.step if self.live is not None else None

    def trace_shown(self) -> StepTrace | None:
        """The trace the view shows. With background replays, a pinned step not at hand is
        asked for and, until it arrives (``poll_replay``), the last trace shown stays."""
        if self.pinned is None or self.recorded is None:
            self.computing = None
            self._shown = self.live
            return self.live
        if self.replays is None:
            return self._replayed_here(self.recorded)
        recorded = cast(ReplayableTraces, self.recorded)
        span = recorded.span()
        if span is not None and self.pinned < span[0]:  # evicted from the history: the oldest still recorded
            self.pinned = span[0]
        trace = recorded.at_hand(self.pinned)
        if trace is None and (recorded.replay_seconds(self.pinned) or INLINE_REPLAY_S + 1) <= INLINE_REPLAY_S:
            trace = recorded.get(self.pinned)  # (None if it cannot be replayed: then asked below, answered None)
        arrived = self._arrived
        if trace is None and arrived is not None and arrived.source is recorded and arrived.step == self.pinned:
            if arrived.trace is None:  # cannot be replayed: the picture stays as it was
                self.computing = None
                return self._shown
            trace = arrived.trace
        if trace is None:
            self.computing = self.pinned
            self.replays.request(recorded, self.pinned)
            return self._shown if self._shown is not None else self.live
        resolved = self.computing is not None
        if resolved:  # a replay asked for a step shown before: no longer needed
            self.replays.cancel()
        self.computing = None
        self._shown = trace
        if resolved and not self._building:
            # At hand without its replay (the worker's replay of its newest steps cached it), found
            # by another reader (the playground's editor): no replay will arrive to redraw the view.
            self.events.emit("scene")
        return trace

    def _replayed_here(self, recorded: RecordedTraces) -> StepTrace | None:
        """The pinned step, replayed in the caller's thread if need be (no background replays)."""
        assert self.pinned is not None
        trace = recorded.get(self.pinned)
        if trace is None:  # evicted from the history: show the oldest still recorded
            span = recorded.span()
            if span is None:
                return self.live
            self.pinned = max(self.pinned, span[0])
            trace = recorded.get(self.pinned)
        return trace

    def poll_replay(self) -> Replayed | None:
        """Once per frame: the background replay of the pinned step, if it has just arrived
        (then draw again; its ``error``, if any, is worth saying); None otherwise."""
        if self.replays is None or self.computing is None or self.recorded is None:
            return None
        done = self.replays.take(cast(ReplayableTraces, self.recorded), self.computing)
        if done is None:
            return None
        self._arrived, self.computing = done, None
        if done.trace is not None and self.phase_view:
            self.playhead.load(schedule(phases_of(done.trace), self.timing))
        return done

    def pin(self, step: int | None) -> None:
        """Show recorded step ``step`` (None: the newest, live)."""
        self.pinned = step
        if step is None and self.replays is not None:
            self.replays.cancel()
        trace = self.trace_shown()
        if trace is not None and self.phase_view:
            self.playhead.load(schedule(phases_of(trace), self.timing))
        self.events.emit("step")
        self.events.emit("scene")

    def step_after(self, delta: int) -> int | None:
        """The recorded step ``delta`` steps from the one shown (clamped), or None."""
        current, span = self.shown_step(), self.span()
        if current is None or span is None:
            return None
        return min(max(current + delta, span[0]), span[1])

    def go_live(self) -> None:
        self.phase_view = False
        self.playhead.pause()
        self.events.emit("playing")
        self.pin(None)

    # ----- the phases of the shown step -------------------------------------------------

    @property
    def animating(self) -> bool:
        return self.playhead.playing

    @property
    def showing_phases(self) -> bool:
        return self.phase_view and self.playhead.timeline is not None

    def enter_phase_view(self) -> None:
        """Show the phases of the shown step (pinning it, so that training cannot move it on)."""
        trace = self.trace_shown()
        if trace is None:
            return
        if self.pinned is None:
            self.pinned = trace.step
            self.events.emit("hold")
        if not self.phase_view or self.playhead.timeline is None:
            self.phase_view = True
            self.playhead.load(schedule(phases_of(trace), self.timing), keep_phase=False)
        self.pin(self.pinned)

    def set_animating(self, on: bool) -> None:
        if on:
            self.enter_phase_view()
            if self.phase_view:
                self.playhead.play()
        else:
            self.playhead.pause()
        self.events.emit("playing")
        self.events.emit("scene")

    def move_phase(self, delta: int) -> None:
        self.enter_phase_view()
        (self.playhead.next_phase if delta > 0 else self.playhead.previous_phase)()
        self.events.emit("scene")

    def set_teach(self, on: bool) -> None:
        """Teach mode: the animation stops at the end of every phase."""
        self.playhead.teach = on

    def advance(self, seconds: float) -> bool:
        """Move the playing animation on; True when it reached the step's end."""
        finished = self.playhead.advance(seconds)
        if not self.playhead.playing:
            self.events.emit("playing")
        return finished

    # ----- continuous mode: training stops every k steps and the step is animated -------

    def set_continuous(self, on: bool, every: int) -> None:
        self.continuous_every = every if on else None
        if on:
            self.go_live()

    def next_stop(self, steps_done: int) -> int:
        """Continuous mode: the step count at which training stops next (back to the live view)."""
        assert self.continuous_every is not None, "next_stop needs continuous mode"
        self.pinned = None
        self.phase_view = False
        return (steps_done // self.continuous_every + 1) * self.continuous_every

    def continuous_due(self, steps_done: int, training: bool) -> bool:
        """Continuous mode: training paused at a k-th step not animated yet."""
        live = self.live
        return (self.continuous_every is not None and not training and live is not None and self.pinned is None
                and steps_done % self.continuous_every == 0 and live.step != self._continuous_step)

    def animate_live(self) -> None:
        """Continuous mode: animate the newest step from its first phase."""
        if self.live is None:
            return
        self._continuous_step = self.live.step
        self.enter_phase_view()
        if self.playhead.timeline is not None:
            self.playhead.load(self.playhead.timeline, keep_phase=False)
        self.playhead.play()
        self.events.emit("playing")

    # ----- display ----------------------------------------------------------------------

    def set_display(self, key: str, value: str) -> None:
        """One of the control panel's switches: ("nodes", ...), ("edges", ...), ("scale", ...)."""
        self.display = self.display.switched(key, value)
        if key == "scale":
            self.adaptive.reset()
        self.events.emit("scene")

    def set_graph(self, on: bool) -> None:
        self.display = replace(self.display, graph=on)
        self.events.emit("scene")

    def set_focus(self, node: tuple[int, int] | None) -> None:
        self.focus = node
        self.events.emit("scene")

    # ----- the picture ------------------------------------------------------------------

    def view_state(self, trace: StepTrace) -> ViewState:
        """The view of ``trace`` now. With the adaptive scale on, each call moves the colour
        range one smoothing step toward the trace's (the window calls it once per drawn frame)."""
        node_range = self.adaptive.follow(trace) if self.display.follows_gradient_range else None
        heatmaps = None
        # The grid holds the newest weights' outputs: it belongs to the live step only.
        if self.display.nodes == "heatmap" and self.grid_layers is not None and self.pinned is None:
            heatmaps = tuple(heatmaps_from_grid(self.grid_layers))
            last = self.grid_layers[-1]
            if self.discretize_output is not None and last.shape[-1] == 1:
                heatmaps = (*heatmaps[:-1], discretized_map(last, self.discretize_output))
        return ViewState(display=self.display, title=self.title, caption=self.caption, banner=self.banner,
                         focus=self.focus, node_range=node_range, heatmaps=heatmaps, inputs=self.inputs)

    def moment(self) -> Moment | None:
        """Where the animation is, or None when the view shows the settled step."""
        timeline = self.playhead.timeline
        if not self.phase_view or timeline is None:
            return None
        index, progress = self.playhead.position
        return Moment(timeline.phases, index, progress, self.timing)

    def scene(self) -> SceneState | None:
        """The picture of the shown step now, or None before the first step."""
        self._building = True
        try:
            trace = self.trace_shown()
        finally:
            self._building = False
        if trace is None:
            return None
        return build_scene(trace, self.view_state(trace), self.moment())
