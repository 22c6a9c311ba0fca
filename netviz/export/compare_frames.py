"""The frames of a compare export (`netviz export --compare FIX`): the lesson and the lesson
with a fix, trained from the same seed, each step of both in one frame, side by side, on one
colour scale (no Qt here; the job draws each ``ScenePair`` with the same renderer).

Each side is a ``StepFrames`` of its own, so it trains exactly as a single export would. Steps
are shown settled (``SettledPlayer``): the step animation's phases differ between the sides
(batch norm adds phases), so animated sides would drift apart. A side that stops early
(divergence) holds its last step while the other goes on, and ``note`` says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from netviz.animation.compare import ScenePair, compare_lessons, share_scale, side_titles
from netviz.animation.view_options import DisplayOptions
from netviz.engine.lessons import Lesson, LessonError, find_lesson

from .errors import ExportError
from .frames import DEFAULT_SECONDS_PER_STEP, SettledPlayer, StepFrames, StepPlayer


class CompareFrames:
    """Frames of steps S..E of ``lesson`` (left) and ``lesson`` with ``fix`` (right)."""

    def __init__(self, lesson: str | Lesson, fix: str, *, steps: int | None = None, first: int | None = None,
                 last: int | None = None, fps: int = 30, seconds_per_step: float | None = None,
                 display: DisplayOptions | None = None):
        try:
            found = find_lesson(lesson) if isinstance(lesson, str) else lesson
            original, fixed = compare_lessons(found, fix)
        except LessonError as exc:
            raise ExportError("compare", str(exc)) from None
        titles = side_titles(found, fix)
        seconds = DEFAULT_SECONDS_PER_STEP if seconds_per_step is None else seconds_per_step
        # (A SettledPlayer is a StepPlayer; its class attributes are what the protocol reads.)
        self.sides = tuple(StepFrames(side, steps=steps, first=first, last=last, fps=fps,
                                      player=cast(StepPlayer, SettledPlayer(seconds)), display=display)
                           for side in (original, fixed))
        for side, title in zip(self.sides, titles):
            side.title = title
        self.titles = titles
        self.fps = self.sides[0].fps
        self.note: str | None = None
        self._cache: tuple[tuple[int, int], ScenePair] | None = None

    def prepare(self, cancelled: Callable[[], bool] | None = None) -> None:
        for side in self.sides:
            side.prepare(cancelled)
        notes = [f"{title}: {side.note}" for title, side in zip(self.titles, self.sides) if side.note]
        self.note = "; ".join(notes) or None

    @property
    def last(self) -> int:
        """The last step shown (both sides train up to it)."""
        return self.sides[0].last

    def __len__(self) -> int:
        self.prepare()
        return max(len(side) for side in self.sides)

    def scene(self, index: int) -> ScenePair:
        """Frame ``index``: both sides at the same step (a side that stopped holds its last step).
        The same object for the frames of one step (the job draws it once)."""
        if not 0 <= index < len(self):
            raise IndexError(f"frame {index} out of range (0..{len(self) - 1})")
        at = tuple(min(index, len(side) - 1) for side in self.sides)
        steps = tuple(side.context(i).step for side, i in zip(self.sides, at))
        if self._cache is not None and self._cache[0] == steps:
            return self._cache[1]
        left, right = (side.scene(i) for side, i in zip(self.sides, at))
        pair = share_scale(left, right)
        self._cache = ((steps[0], steps[1]), pair)
        return pair
