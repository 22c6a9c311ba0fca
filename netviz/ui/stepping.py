"""The worker's stepping policy: which step is traced (drawn), how many steps are trained
without their traces in one go, and whether the run is trained by the fused kernel.

* A step is traced when a publish falls due after it (see ``worker``'s docstring), always
  for a single step and for the last one before ``until``.
* The steps between two publishes are trained without their traces (``Trainer.advance``):
  one at a time by the numpy engine, or in a fused run (``Trainer.fused``) as many as fit
  before the next publish in one kernel call (``train_fused``), sized by the smoothed CPU
  time of a step. A call never crosses ``until`` nor a speed limit's schedule (under a
  limit: one step at a time). So commands (pause, a setting) wait at most about one
  publish interval.
* The window trains every run by the kernel (``FusedLive.request``, when numba is
  installed): the kernel is compiled, or loaded from its disk cache, in a thread of its own
  first (seconds the first time, never on the GUI thread nor before the first picture), and
  until then the runs are trained by numpy, so a Play never waits for it. Then each run
  tries both engines and goes on with the faster (``Stepping.follow_mode``). A run switches
  between steps, with a pinned checkpoint of the timeline, so a replay uses the engine its
  steps were trained by.
"""

from __future__ import annotations

import math
import threading
from collections import deque

from ..engine import fused_steps
from ..engine.trainer import Trainer

MAX_UNTRACED = 4096  # steps trained in one go at most (a kernel call holds arrays of this many steps)
RATE_WINDOW_S = 1.0  # steps_per_second is measured over about this much time
WALL_CAP = 3.0  # a step's wall time counts for at most this many times its CPU time (Stepping.step_cost)
RETRY_AFTER = 8  # a fused run at full speed trains an untraced step after this many traced ones in a row


def steps_per_second(samples: deque[tuple[float, int]], now: float, steps: int) -> float:
    """The training speed over about the last ``RATE_WINDOW_S``: ``samples`` holds (time,
    steps done) of earlier calls; this call's is added and the old ones dropped."""
    samples.append((now, steps))
    while len(samples) > 2 and now - samples[1][0] >= RATE_WINDOW_S:
        samples.popleft()
    t0, s0 = samples[0]
    return (steps - s0) / (now - t0) if now > t0 else 0.0


def check_speed(steps_per_second: float | None) -> float | None:
    """A speed limit (steps per second) checked: None for none (None, 0 or infinity)."""
    if steps_per_second is None:
        return None
    if isinstance(steps_per_second, bool) or not isinstance(steps_per_second, (int, float)):
        raise TypeError(f"speed must be a number of steps per second or None, got {steps_per_second!r}")
    if math.isnan(steps_per_second) or steps_per_second < 0:
        raise ValueError(f"speed must be at least 0 steps per second (0 = full speed), got {steps_per_second}")
    return None if steps_per_second == 0 or math.isinf(steps_per_second) else float(steps_per_second)


class FusedLive:
    """Whether the window's runs are fused runs: ``request()`` (once, from the window) warms
    the kernel up in a thread of its own; ``mode`` is then None (nothing asked: a run keeps
    its own mode), False while the kernel is warming up (numpy trains) and True once it is
    ready. Without numba, or if it cannot compile, ``mode`` is None: nothing changes.
    Thread-safe; one for the process (``FUSED_LIVE``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._mode: bool | None = None
        self.failure: str | None = None  # why the warm-up failed (for logs and tests)

    @property
    def mode(self) -> bool | None:
        return self._mode

    def request(self) -> bool:
        """Warm the kernel up in a background thread, then turn the runs into fused runs;
        False (nothing done) without numba. Safe to call again."""
        if not fused_steps.numba_installed():
            return False
        with self._lock:
            if self._thread is None:
                self._mode = False
                self._thread = threading.Thread(target=self._warm_up, name="netviz kernel warm-up", daemon=True)
                self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> bool | None:
        """Wait for the warm-up to end (tests, benchmarks); the mode then."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self._mode

    def _warm_up(self) -> None:
        try:
            ready = fused_steps.warm_up()
        except Exception as exc:  # noqa: BLE001 - a kernel that cannot load leaves the runs to numpy
            self.failure, ready = f"{type(exc).__name__}: {exc}", False
        self._mode = True if ready else None


FUSED_LIVE = FusedLive()


class Stepping:
    """The worker's smoothed step costs, and from them which step is traced, how many steps
    are trained without their traces in one go, and which engine trains them.

    In the window's fused mode a run is fused where the kernel is the faster: it trains its
    first ``TRIAL_STEPS`` steps by the kernel, the next ``NUMPY_TRIAL_STEPS`` by numpy (none
    if numpy trained that many while the kernel warmed up), then goes on with the engine
    whose steps (drawn ones and the others between them, as the window trains them) cost
    less (the kernel wins on the lessons' networks, 2-4 times over; numpy's BLAS may on wide
    ones such as 12 layers of 64). The kernel goes first and numpy's trial is short: numpy's
    steps hold the GIL between the window's frames (``gui_turn``), and on the lessons they
    cost a millisecond or more each in the window; 64 of them first made the first quarter
    of a second after Play a slide show (9-14 new pictures of 16 frames)."""

    TRIAL_STEPS = 64
    NUMPY_TRIAL_STEPS = 16

    def __init__(self) -> None:
        self.costs = {False: 0.0, True: 0.0}  # seconds an untraced step takes, smoothed: numpy's, the kernel's
        self.cpu_costs = {False: 0.0, True: 0.0}  # the same in CPU seconds of the worker thread
        # Seconds a traced step takes, smoothed, per engine: a numpy trial's traced steps
        # (1.5-10 ms in the window, with their waits for the GIL) said nothing of the kernel's,
        # which were rarely measured again once drawn steps rode in untraced calls
        # (``draws_after``), and the publishes stayed spaced for numpy's.
        self.traced_costs = {False: 0.0, True: 0.0}
        # Per engine: seconds and steps (traced or not) measured. Traced steps count too: a
        # numpy step may take longer than a publish interval (a busy GUI thread holds the GIL
        # between numpy's calls, which a kernel call releases once), and then every step is traced.
        self._trial = {False: [0.0, 0], True: [0.0, 0]}
        self._engine = False  # the engine of the last untraced steps: True for the kernel
        self._traced_in_a_row = 0  # traced steps measured since the last untraced one
        self._choice: bool | None = None  # after the trials, once for the run (each switch pins a checkpoint)

    @property
    def traced_cost(self) -> float:
        """The seconds a traced step of the current engine takes, smoothed (0: not measured)."""
        return self.traced_costs[self._engine]

    @traced_cost.setter
    def traced_cost(self, seconds: float) -> None:
        self.traced_costs[self._engine] = seconds

    @property
    def step_cost(self) -> float:
        """The last engine's untraced step cost (seconds, smoothed) as it decides whether a
        step fits before the next publish: its wall time, but at most ``WALL_CAP`` times its
        CPU time. Only untraced steps measure it, and a wall time inflated once (a call that
        waited long for the GIL behind a GUI paint or a collection) made every later step a
        traced one, for good: a fused run fell to one step a publish (about 125 steps a
        second). A step that always waits (numpy's, between a busy GUI's paints) still
        counts its waits."""
        wall, cpu = self.costs[self._engine], self.cpu_costs[self._engine]
        return min(wall, WALL_CAP * cpu) if cpu > 0 else wall

    def measured(self, seconds: float, steps: int, traced: bool, fused: bool = False,
                 cpu_seconds: float | None = None) -> None:
        """``steps`` steps took ``seconds`` (trained by the kernel: ``fused``), of which
        ``cpu_seconds`` of the worker thread's CPU time (None: ``seconds``)."""
        if steps < 1:
            return
        self._traced_in_a_row = self._traced_in_a_row + 1 if traced else 0
        if not traced:
            # What sizes a kernel call: its CPU time per step. Its wall time includes waiting
            # for the GIL (a GUI paint holds it for milliseconds), the same for 1 step or 100:
            # sized by it, one slow call made the next ones a step each, for good.
            each_cpu = (seconds if cpu_seconds is None else cpu_seconds) / steps
            cpu = self.cpu_costs[fused]
            self.cpu_costs[fused] = each_cpu if not cpu else 0.9 * cpu + 0.1 * each_cpu
        each = seconds / steps
        trial = self._trial[fused]
        trial[0] += seconds
        trial[1] += steps
        if traced:
            traced_cost = self.traced_costs[fused]
            self.traced_costs[fused] = each if not traced_cost else 0.9 * traced_cost + 0.1 * each
            return
        self._engine = fused
        cost = self.costs[fused]
        self.costs[fused] = each if not cost else 0.9 * cost + 0.1 * each

    def follow_mode(self, trainer: Trainer, mode: bool | None) -> bool:
        """Put the run in the window's mode (``FusedLive.mode``; None: leave it), the kernel
        only after the trials and where it is the faster; True if the run's engine changed."""
        if mode is None:
            return False
        if mode and self._choice is not None:
            mode = self._choice
        elif mode:
            (numpy_s, numpy_n), (fused_s, fused_n) = self._trial[False], self._trial[True]
            if fused_n < self.TRIAL_STEPS:
                mode = True
            elif numpy_n < self.NUMPY_TRIAL_STEPS:
                mode = False
            else:
                mode = self._choice = fused_s / fused_n < numpy_s / numpy_n
        self._engine = trainer.fused
        if trainer.fused == mode:
            return False
        trainer.fused = self._engine = mode
        return True

    def wants_trace(self, now: float, due: float, playing: bool, trace_next: bool, steps_done: int,
                    until: int | None, limited: bool = False) -> bool:
        """Whether the step about to be trained will be drawn: ``due`` is when the next
        publish falls due (clock seconds); a step fits before it by ``step_cost``. A fused
        run at full speed (not ``limited``) trains an untraced step after ``RETRY_AFTER``
        traced ones in a row: untraced steps alone measure what they cost, so an estimate
        inflated once (by a compile, a long wait) is measured again soon instead of making
        every later step a traced one (ten times the kernel's cost on the lessons). Not after
        every traced step: where a traced step takes longer than a frame (64 units x 12
        layers), untraced steps between every two drawn ones cost a third of the pictures."""
        if not playing or trace_next:
            return True
        if until is not None and steps_done + 1 >= until:
            return True
        if self._engine and self._traced_in_a_row >= RETRY_AFTER and not limited:
            return False
        return now + self.step_cost >= due

    def draws_after(self, trainer: Trainer, steps: int, now: float, due: float, until: int | None,
                    limited: bool) -> bool:
        """Whether the step after ``steps`` untraced ones (``untraced_steps``') will be drawn,
        so that one kernel call trains them and it (``Trainer.advance_traced``): a fused run
        at full speed whose steps end where the next publish falls due (``wants_trace`` would
        say so after them) or at ``until``."""
        if not trainer.fused or limited:
            return False
        if until is not None and trainer.steps_done + steps + 1 >= until:
            return True
        cost = self.cpu_costs[True]
        return cost > 0 and now + steps * cost + self.step_cost >= due

    def untraced_steps(self, trainer: Trainer, now: float, due: float, until: int | None, limited: bool) -> int:
        """How many steps to train without their traces now (at least 1): in a fused run as
        many as end before ``due``, never reaching ``until`` (its last step is traced); one
        otherwise. (The timeline's checkpoints do not cut a call: ``RunTimeline.record``.)"""
        cost = self.cpu_costs[trainer.fused]
        if not trainer.fused or limited or cost <= 0:  # not measured yet: one step, then as many as fit
            return 1
        steps = min(math.floor((due - now) / cost), MAX_UNTRACED)
        if until is not None:
            steps = min(steps, until - trainer.steps_done - 1)
        return max(steps, 1)
