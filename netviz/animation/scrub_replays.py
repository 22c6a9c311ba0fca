"""Replays asked for by scrubbing the timeline, run on one background thread: the newest request
wins, so the GUI thread never waits for a replay (seconds on a long run of a large network) and
a drag of the slider never queues up the steps it passed over.

Plain Python (no Qt). The view model asks (``request``) and polls once per frame (``take``);
the thread calls the source's ``get(step, cancelled)`` (``RunTimeline.get``), which asks
``cancelled`` between chunks of replayed steps, so a replay that a newer request, a reset
(``cancel``) or the window's closing (``close``) made useless stops within about 50 ms.
A result names its source (one run's recorded steps) and step: a view takes only the one it
is waiting for, so a replay of an old run is never shown after a reset.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from netviz.engine.trace import StepTrace

REPLAY_NICE = 10  # the replay thread's nice value, on Linux


class ReplaySource(Protocol):
    """What can be replayed: a run's recorded steps (the worker's RecordedSteps)."""

    def get(self, step: int, cancelled: Callable[[], bool] | None = None) -> StepTrace | None: ...


@dataclass(frozen=True, eq=False)
class Replayed:
    """A finished replay: step ``step`` (0-based) of ``source``; ``trace`` None if the step
    cannot be replayed (not trained, before the first checkpoint), ``error`` if it failed."""

    source: ReplaySource
    step: int
    trace: StepTrace | None
    error: str | None = None


class ScrubReplays:
    """One background thread replaying the newest step asked for (started on the first request)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._wanted: tuple[ReplaySource, int] | None = None  # the newest request, not started yet
        self._running: tuple[ReplaySource, int] | None = None
        self._running_ticket = -1
        self._ticket = 0  # moves on with every new request, cancel and close: older replays are stale
        self._done: Replayed | None = None  # the newest finished replay, not taken yet
        self._closed = False
        self._thread: threading.Thread | None = None
        self.finished = 0  # replays run to the end (for tests and benchmarks)
        self.dropped = 0  # requests dropped or stopped unseen because a newer one came

    def request(self, source: ReplaySource, step: int) -> None:
        """Replay step ``step`` of ``source`` in the background; any earlier request not
        shown yet is dropped (a running replay of it stops at its next chunk)."""
        with self._cond:
            if self._closed or _same(self._wanted, source, step):
                return
            if self._wanted is None and _same(self._running, source, step) and self._running_ticket == self._ticket:
                return  # already under way and still the newest
            if self._wanted is not None or self._running is not None:
                self.dropped += 1
            self._ticket += 1
            self._wanted, self._done = (source, step), None
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="netviz scrub replay", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def take(self, source: ReplaySource, step: int) -> Replayed | None:
        """The finished replay of step ``step`` of ``source``, once; None if it is not (yet) done."""
        with self._cond:
            done = self._done
            if done is None or done.source is not source or done.step != step:
                return None
            self._done = None
            return done

    def busy(self) -> bool:
        """A replay is asked for or running."""
        with self._cond:
            return self._wanted is not None or self._running is not None

    def cancel(self) -> None:
        """Forget every request (a new run): a running replay stops at its next chunk, unseen."""
        with self._cond:
            self._ticket += 1
            self._wanted = self._done = None

    def close(self, timeout_s: float = 2.0) -> bool:
        """Stop the thread (the window closes) and wait for it; True if it ended in time. (A
        daemon thread: should a replay not stop in time, it never holds the process open.)"""
        with self._cond:
            self._closed = True
            self._ticket += 1
            self._wanted = self._done = None
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
            return not thread.is_alive()
        return True

    @property
    def closed(self) -> bool:
        return self._closed

    def _loop(self) -> None:
        _lower_priority()
        while True:
            with self._cond:
                while self._wanted is None and not self._closed:
                    self._cond.wait()
                wanted = self._wanted
                if self._closed or wanted is None:
                    return
                source, step = wanted
                self._running, self._wanted = wanted, None
                ticket = self._running_ticket = self._ticket

            def cancelled(ticket: int = ticket) -> bool:
                return self._ticket != ticket  # an int read: atomic, no lock needed

            trace, error = None, None
            try:
                trace = source.get(step, cancelled)
            except Exception as exc:  # noqa: BLE001 (reported to the view, never a dead thread)
                error = f"{type(exc).__name__}: {exc}"
            with self._cond:
                self._running = None
                if not cancelled():
                    self._done = Replayed(source, step, trace, error)
                    self.finished += 1


def _lower_priority() -> None:
    """This thread's CPU priority lowered: on a busy 2-core machine the GUI and training threads
    come first, the replay takes what is left. Linux only: there a thread has a nice value of its
    own (elsewhere ``setpriority`` with a thread's id would name a process)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), REPLAY_NICE)
    except OSError:  # not allowed: the same priority, then
        pass


def _same(key: tuple[ReplaySource, int] | None, source: ReplaySource, step: int) -> bool:
    return key is not None and key[0] is source and key[1] == step
