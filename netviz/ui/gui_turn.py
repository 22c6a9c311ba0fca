"""The GUI thread's share of the GIL while the worker trains with the numpy engine: the worker
gives way between numpy steps (the fused kernel runs without the GIL and needs none of this).

A numpy step of a lesson's network lets the GIL go and takes it back within many of its calls,
each time before a waiting thread can take it; and the interpreter asks the holder to give way
only after a whole switch interval in which the GIL never changed hands. So the GUI thread
starved: measured with tests/benchmarks/live_view.py --numpy, 0 to 4 pictures in 20 s on the
playground-circle and transfer lessons at full speed, and in a plain script a thread training
the transfer lesson kept the main thread from the GIL for over 60 ms at a time (a loop of
Python or of small numpy calls: 1.2 ms, the switch interval). Two remedies, measured there:

* every ``YIELD_EVERY_S`` of numpy steps the worker sleeps ``YIELD_S``, time enough for a
  waiting thread to take the GIL: 58-62 pictures a second;
* while the window draws a frame (``begin`` from its frame timer, ``end`` once the view has
  painted it) the worker waits before its next numpy step, for at most ``TURN_BUDGET_S`` (a
  frame that never paints, a window minimized, cannot stop training): the frame's timer
  lateness p99 10 -> 3.4 ms.

Together they cost training speed (transfer: 3,100-3,300 steps a second in the window against
4,500 while the window starved); a window that does not move is worse.

A fused run needs the GIL too, each time a kernel call returns, and then for the Python
around the next call and the publish. While the window paints, the GUI thread holds the GIL
through Qt's calls, letting it go only around some drawing calls (Shiboken releases it there),
and a worker waiting for it is woken at each such release, mostly to find it taken again.
``after_frame`` says when the GUI's next frame will have been drawn (``begin`` to ``end``, as
the frames came so far), so that the worker can end a kernel call then and do its Python while
the GUI thread idles between frames: in paired 20 s runs (tests/benchmarks/live_view.py) the
worker had 94-96% of a core instead of 89-92%, and trained 0.05-0.14 nearer its headless speed.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

TURN_BUDGET_S = 0.008  # half a 60 Hz frame: a frame's snapshot, scene and paint take 2-6 ms
YIELD_EVERY_S = 0.001  # the switch interval the window sets (sys.setswitchinterval)
YIELD_S = 0.00005
SETTLE_S = 0.0015  # after the view's paint: the plot the frame redraws (TrainingPlots.frame), about 1 ms
STALE_FRAMES = 3  # no frame begun for this many frame periods: the window does not draw (minimized, paused)


class GuiTurn:
    """``begin`` and ``end`` from the GUI thread around a frame's work; ``give_way`` from the
    worker before each numpy step."""

    def __init__(self, budget_s: float = TURN_BUDGET_S, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self._budget = budget_s
        self._clock = clock
        self._sleep = sleep
        self._over = threading.Event()  # set: no frame is being drawn
        self._over.set()
        self._deadline = 0.0
        self._running_since = -1.0  # when the worker last gave way (its clock); -1: not yet
        self._begun = -1.0  # when the last frame began (its clock); -1: none yet
        self.period = 0.0  # seconds from one frame's begin to the next's, smoothed (0: not known)
        self.duration = 0.0  # seconds from a frame's begin to its end, smoothed

    def begin(self) -> None:
        """A frame's work starts (the frame timer fired)."""
        now = self._clock()
        if self._begun >= 0 and (not self.period or now - self._begun < STALE_FRAMES * self.period):
            self.period = _smoothed(self.period, now - self._begun)
        self._begun = now
        self._deadline = now + self._budget
        self._over.clear()

    def end(self) -> None:
        """The frame is drawn (or there was nothing to draw)."""
        if not self._over.is_set():
            self.duration = _smoothed(self.duration, self._clock() - self._begun)
        self._over.set()

    def after_frame(self, now: float, earliest: float) -> float | None:
        """When the first of the GUI's frames that ends at or after ``earliest`` will have been
        drawn (``SETTLE_S`` after its view's paint), predicted from the frames so far; None when
        frames are not coming (none yet, or none for ``STALE_FRAMES`` periods)."""
        if self._begun < 0 or not self.period or now - self._begun > STALE_FRAMES * self.period:
            return None
        drawn = self._begun + self.duration + SETTLE_S
        if drawn < earliest:
            drawn += math.ceil((earliest - drawn) / self.period) * self.period
        return drawn

    @property
    def drawing(self) -> bool:
        """A frame's work has begun and not ended."""
        return not self._over.is_set()

    def give_way(self) -> None:
        """In the worker, before a numpy step: wait for the frame being drawn (at most until its
        budget is spent), and sleep a moment after each ``YIELD_EVERY_S`` of steps. Both let
        the GIL go."""
        now = self._clock()
        if self._running_since < 0:
            self._running_since = now
        if not self._over.is_set() and self._deadline > now:
            self._over.wait(self._deadline - now)
            self._running_since = self._clock()
        elif now - self._running_since >= YIELD_EVERY_S:
            self._sleep(YIELD_S)
            self._running_since = self._clock()


def _smoothed(mean: float, value: float) -> float:
    return value if not mean else 0.9 * mean + 0.1 * value
