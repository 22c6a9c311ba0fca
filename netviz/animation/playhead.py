"""The playhead of one step's animation: where in the phases we are, playing or paused (no Qt).

Time runs in seconds of the step's Timeline at speed 1; the speed setting (0.25x to 8x)
scales how fast ``advance`` moves it. In teach mode the playhead stops at the end of every
phase and waits for the user.
"""

from __future__ import annotations

from .phases import SPEED_RANGE, Timeline


class Playhead:
    def __init__(self, timeline: Timeline | None = None, *, speed: float = 1.0, teach: bool = False):
        self.timeline = timeline
        self.t = 0.0
        self._held: tuple[int, float] | None = None
        self.playing = False
        self.teach = teach
        self.speed = 1.0
        self.set_speed(speed)

    def load(self, timeline: Timeline, *, keep_phase: bool = True) -> None:
        """A new step's timeline; with ``keep_phase`` the same phase and progress continue."""
        if keep_phase and self.timeline is not None and len(timeline.phases) == len(self.timeline.phases):
            index, progress = self.position
            self.timeline = timeline
            self.seek(index, progress)
        else:
            self.timeline = timeline
            self._move(0.0)

    def set_speed(self, speed: float) -> None:
        lo, hi = SPEED_RANGE
        if isinstance(speed, bool) or not isinstance(speed, (int, float)) or not lo <= speed <= hi:
            raise ValueError(f"speed: must be from {lo:g} to {hi:g}, got {speed!r}")
        self.speed = float(speed)

    @property
    def position(self) -> tuple[int, float]:
        """(phase index, linear progress) now. Held at the end of a phase (teach mode), the
        position is that phase at progress 1, not the next one at 0: its caption stays."""
        if self.timeline is None:
            return 0, 0.0
        if self._held is not None:
            return self._held
        return self.timeline.locate(self.t)

    @property
    def at_end(self) -> bool:
        return self.timeline is not None and self.t >= self.timeline.total

    def play(self) -> None:
        if self.timeline is None:
            return
        if self.at_end:
            self._move(0.0)  # play again from the start
        self._held = None
        self.playing = True

    def pause(self) -> None:
        self.playing = False

    def advance(self, seconds: float) -> bool:
        """Move on by ``seconds`` of wall time; returns True when the step's end was reached."""
        if not self.playing or self.timeline is None:
            return False
        index, _ = self.position
        target = self.t + seconds * self.speed
        if self.teach and target >= self.timeline.ends[index]:
            self._move(self.timeline.ends[index])
            self._held = (index, 1.0)
            self.playing = False
            return self.at_end
        self._move(min(target, self.timeline.total))
        if self.at_end:
            self.playing = False
            return True
        return False

    def next_phase(self) -> None:
        """To the start of the next phase (or the end of the last)."""
        if self.timeline is None:
            return
        index, _ = self.position
        if index + 1 < len(self.timeline.phases):
            self._move(self.timeline.starts[index + 1])
        else:
            self._move(self.timeline.total)

    def previous_phase(self) -> None:
        """To the start of this phase, or of the one before when already at its start."""
        if self.timeline is None:
            return
        index, progress = self.position
        if progress > 1e-9:
            self._move(self.timeline.starts[index])
        elif index > 0:
            self._move(self.timeline.starts[index - 1])
        else:
            self._move(0.0)

    def seek(self, index: int, progress: float = 0.0) -> None:
        if self.timeline is not None:
            self._move(self.timeline.time_of(index, progress))
            if progress >= 1.0:
                self._held = (index, 1.0)

    def _move(self, t: float) -> None:
        self.t = t
        self._held = None
