"""The step animation in the window: the view model's playhead moved on once per displayed frame,
and continuous mode (training pauses every N steps, that step is animated, then training goes on)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window owns the playback; only its type is needed here
    from netviz.ui.main_window import MainWindow


class Playback:
    """Drives ``window.model``'s animation from the window's frame timer and its training worker."""

    def __init__(self, window: MainWindow, clock: Callable[[], float] = time.monotonic):
        self._window = window
        self._clock = clock
        self._last_tick = clock()

    def tick(self) -> bool:
        """Once per frame, after the newest snapshot was taken: True if the picture moved on."""
        now = self._clock()
        dt, self._last_tick = now - self._last_tick, now
        model = self._window.model
        if model.animating:
            finished = model.advance(dt)
            if finished and model.continuous_every:
                self._continue_training()
            return True
        if model.continuous_every and self._continuous_ready():
            model.animate_live()
            return True
        return False

    def set_animating(self, on: bool) -> None:
        if on:
            self._last_tick = self._clock()
        self._window.model.set_animating(on)

    def set_continuous(self, on: bool, every: int) -> None:
        """While training runs, stop every ``every`` steps and animate that step."""
        window = self._window
        window.model.set_continuous(on, every)
        if on:
            self._continue_training()
        else:
            window.worker.pause()
            window.controls.set_playing(False)

    def _continue_training(self) -> None:
        window = self._window
        if window.stopped_reason:
            return
        target = window.model.next_stop(window.steps_shown)
        window.controls.set_playing(True)
        window.worker.play(until=target)

    def _continuous_ready(self) -> bool:
        snap = self._window.snapshot
        return (snap is not None and self._window.is_current(snap)
                and self._window.model.continuous_due(snap.steps_done, snap.playing))
