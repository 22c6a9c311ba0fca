"""Two runs in lockstep: the lesson and the lesson with a fix, each trained by its own worker.

Each worker trains its own Trainer exactly as the window's would (same lesson, same seed), so
each side equals a run of its own, bit for bit. Lockstep: both are told to play until the same
step (``until``), a chunk of ``CHUNK`` steps at a time; the next chunk starts only when both
have arrived, and what is shown is the step both have reached. A side that stopped itself
(divergence) holds its last step; the other goes on to the lesson's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from netviz.engine.lessons import Lesson
from netviz.engine.summary_log import SummaryColumns
from netviz.engine.trace import StepTrace
from netviz.ui.mailbox import Snapshot
from netviz.ui.plot_feed import history_columns
from netviz.ui.worker_handle import WorkerHandle

CHUNK = 8  # steps per lockstep chunk: small enough that the sides never differ by much, big enough to be fast


class CompareRun:
    """``poll()`` from the GUI's timer; ``play``, ``pause``, ``step_once``, ``reset``, ``shutdown``."""

    def __init__(self, lessons: Sequence[Lesson]):
        self.lessons = tuple(lessons)
        self.length = self.lessons[0].train_spec().steps
        self.handles = tuple(WorkerHandle(lesson.build()) for lesson in self.lessons)
        self.snapshots: list[Snapshot | None] = [None] * len(self.handles)
        self.playing = False
        self.target = 0  # the step both sides train to
        self._stop_at: int | None = None  # where Play stops

    # ----- commands -----------------------------------------------------------------

    def play(self) -> None:
        """Both sides to the lesson's length (Play stops there); from there on, without a limit."""
        self.playing = True
        self._stop_at = self.length if self.shown_step() < self.length else None
        self._advance()

    def pause(self) -> None:
        self.playing = False
        for handle in self.handles:
            handle.pause()

    def step_once(self) -> None:
        """One more step on both sides (after the step both have reached)."""
        self.pause()
        self.target = self.shown_step() + 1
        for handle, snap in zip(self.handles, self.snapshots):
            if not self._stopped(snap):
                handle.play(until=self.target)

    def reset(self) -> None:
        """Both sides start again from the lessons' initial weights (a new Trainer each)."""
        self.pause()
        self.target = 0
        for handle, lesson in zip(self.handles, self.lessons):
            handle.reset(lesson.build)
        self.snapshots = [None] * len(self.handles)

    def shutdown(self) -> None:
        for handle in self.handles:
            handle.shutdown(timeout_s=1.0)

    # ----- reading ------------------------------------------------------------------

    def poll(self) -> bool:
        """Take the newest snapshots; start the next chunk when both sides arrived. True when
        something new came."""
        new = False
        for k, handle in enumerate(self.handles):
            snap = self.snapshots[k]
            latest = handle.take_if_newer(-1 if snap is None else snap.seq)
            if latest is not None and (snap is None or latest.generation >= snap.generation):
                self.snapshots[k] = latest
                new = True
        if self.playing and self._arrived():
            reached = self._stop_at is not None and self.shown_step() >= self._stop_at
            if reached or all(self._stopped(s) for s in self.snapshots):
                self.pause()
            else:
                self._advance()
        return new

    def shown_step(self) -> int:
        """The step count both sides have reached (a stopped side counts as there)."""
        running = [s.steps_done for s in self.snapshots if s is not None and not self._stopped(s)]
        if running:
            return min(running)
        return max((s.steps_done for s in self.snapshots if s is not None), default=0)

    def traces(self) -> tuple[StepTrace | None, ...]:
        """Each side's trace of the shown step (a stopped side: its last; before the first step: the preview)."""
        step = self.shown_step()
        out: list[StepTrace | None] = []
        for snap in self.snapshots:
            if snap is None:
                out.append(None)
                continue
            trace = snap.recorded.get(step - 1) if step > 0 and snap.steps_done >= step else None
            out.append(trace if trace is not None else snap.shown_trace)
        return tuple(out)

    def histories(self) -> tuple[SummaryColumns, ...]:
        """Each side's step summaries up to the shown step, as columns (read every frame: no
        StepSummary object per step)."""
        step = self.shown_step()
        return tuple(SummaryColumns.of(()) if s is None else history_columns(s.history, 0, min(s.history_len, step))
                     for s in self.snapshots)

    def stop_reasons(self) -> tuple[str | None, ...]:
        return tuple(None if s is None else s.stop_reason for s in self.snapshots)

    # ----- lockstep -----------------------------------------------------------------

    @staticmethod
    def _stopped(snap: Snapshot | None) -> bool:
        return snap is not None and snap.stop_reason is not None

    def _arrived(self) -> bool:
        return all(s is not None and (self._stopped(s) or (s.steps_done >= self.target and not s.playing))
                   for s in self.snapshots)

    def _advance(self) -> None:
        base = max(self.shown_step(), self.target if self._arrived() else 0)
        self.target = base + CHUNK if self._stop_at is None else min(base + CHUNK, max(self._stop_at, base + 1))
        for handle, snap in zip(self.handles, self.snapshots):
            if not self._stopped(snap):
                handle.play(until=self.target)
