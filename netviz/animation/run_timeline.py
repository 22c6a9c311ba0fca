"""A run's timeline of any length: full traces of recent steps, checkpoints every k steps, and
any other step's trace recomputed exactly by replaying from the nearest checkpoint.

The engine is deterministic: a Trainer restored from a captured state (``engine.run``)
trains the same steps bit for bit. So the timeline keeps

- the traces the run drew, in a ring under a memory ceiling (``History``, as before);
- a checkpoint (a ``RunState``: references to immutable arrays and the random streams)
  every ``interval`` steps, under a ceiling of its own: over it, every other regular
  checkpoint goes and the interval doubles, so a 100,000-step run stays bounded whatever
  the network;
- a checkpoint right after every change made between steps (a setting, a weight edited by
  hand; ``checkpoint(trainer)``): pinned, never thinned, so a replay never starts before
  the last change preceding the step it recomputes;
- a small cache of replayed traces near the step last asked for (scrubbing), and the
  replaying Trainer itself, so the next step forward costs one step.

The interval. Until ``interval`` is known the run checkpoints at every record; from the first
``COST_SAMPLES`` measured records it is the largest power of two with interval x (median
step cost, each record weighted by the steps it stands for) <= ``replay_budget_s`` (50 ms by
default), at most ``MAX_INTERVAL``; the extra checkpoints are then thinned. When the run's
engine changes (``Trainer.fused``: the window tries the kernel, then numpy, and goes on
with the faster) the cost is measured again and the interval follows it from then on: measured
on numpy's steps only, a fused run kept an interval of 32 steps where 256 fit.

A regular checkpoint is taken at the end of the call that reaches or crosses a multiple of
the interval (``record``): a kernel call is never cut short for it. (Cut short, a fused run
at 6,000 steps a second made 25-50 extra kernel calls a second, each one with a drawn step
of its own or a missed frame.) So a replay trains up to ``interval - 1`` steps, plus at
most a call's (a frame's, in the window), without their traces (``Trainer.step_outcome``),
then traces the step asked for and a few before it. When the interval grows (measured, or
doubled by thinning), the regular checkpoints kept are the first at or after each multiple
of it since the checkpoint before.

Thread-safe: the worker records, the GUI reads. ``get`` replays in the caller's thread,
outside the lock that recording takes, so training never waits for a replay; the window
calls it from a background thread (``animation.scrub_replays``), cancellably, and shows
at once only what ``at_hand`` has (kept or cached).
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from netviz.engine.replay import Replay
from netviz.engine.run import RunState, capture
from netviz.engine.trace import StepTrace
from netviz.engine.trainer import Trainer

from .history import DEFAULT_MAX_BYTES, History, trace_nbytes

DEFAULT_CHECKPOINT_BYTES = 64 * 1024 * 1024
DEFAULT_CACHE_BYTES = 32 * 1024 * 1024
CACHE_STEPS = 32  # replayed traces kept at most (and within DEFAULT_CACHE_BYTES)
TRACED_BEFORE = 8  # a replay traces this many steps before the one asked for (scrubbing back)
REPLAY_BUDGET_S = 0.05
COST_SAMPLES = 16
MAX_INTERVAL = 4096  # a bound on a replay's steps while the cost is unknown or tiny
# A checkpoint's own objects beside its arrays' data (RunState, TrainerState, the random-state
# dicts, the history view's chunk list; per layer its LayerState; per array its header): an
# estimate on the safe side. Measured with tracemalloc, a checkpoint of the vanishing lesson
# holds 16.5 KB (estimated 26 KB), of dead-relu 23.8 KB (28 KB), of the 12x64 network 1.20 MB
# (1.24 MB).
_CHECKPOINT_BYTES = 6144
_LAYER_BYTES = 512
_ARRAY_BYTES = 128


def _owners(state: RunState) -> list[np.ndarray]:
    """The arrays owning the memory a checkpoint keeps alive beside the live run's own data
    (the data set and the step summaries are shared with the run, not counted), one per
    array the checkpoint refers to."""
    arrays: list[np.ndarray | None] = []
    for lay in state.layers:
        arrays += [lay.weights, lay.biases, lay.gamma, lay.beta, lay.running_mean, lay.running_var]
    arrays += list(state.optimizer.buffers.values())
    run = state.trainer
    arrays.append(run.order)
    for params in run.best_params or ():
        arrays += list(params)
    for dead, saturated in run.last_scan or ():
        arrays += [dead, saturated]
    owners = []
    for value in arrays:
        if isinstance(value, np.ndarray):
            while isinstance(value.base, np.ndarray):
                value = value.base
            owners.append(value)
    return owners


def _median_cost(costs: list[tuple[float, int]]) -> float:
    """The median step cost of (seconds a step, steps) records, each weighted by its steps."""
    ordered = sorted(costs)
    half, seen = sum(n for _, n in ordered) / 2, 0
    for seconds, n in ordered:
        seen += n
        if seen >= half:
            return seconds
    return ordered[-1][0]


def _crosses(before: int, done: int, interval: int) -> bool:
    """Whether a multiple of ``interval`` lies in (before, done]: steps trained from
    ``before`` steps done to ``done`` reach or cross it."""
    return done // interval > before // interval


def _own_bytes(state: RunState, owners: tuple[np.ndarray, ...]) -> int:
    return _CHECKPOINT_BYTES + _LAYER_BYTES * len(state.layers) + _ARRAY_BYTES * len(owners)


class _Checkpoints:
    """Checkpoints by step (the ``network_steps`` they continue from), with their memory:
    each buffer counted once however many checkpoints share it (a frozen layer's weights)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.states: dict[int, tuple[RunState, bool, tuple[np.ndarray, ...]]] = {}  # step -> (state, pinned, owners)
        self.steps: list[int] = []  # sorted
        self._counts: dict[int, int] = {}
        self.nbytes = 0

    def put(self, state: RunState, pinned: bool) -> None:
        step = state.network_steps
        if step in self.states:
            pinned = pinned or self.states[step][1]
            self.drop(step)
        owners = tuple(_owners(state))
        self.nbytes += _own_bytes(state, owners)
        for owner in owners:
            count = self._counts.get(id(owner), 0)
            if count == 0:
                self.nbytes += owner.nbytes
            self._counts[id(owner)] = count + 1
        self.states[step] = (state, pinned, owners)
        i = bisect_right(self.steps, step)
        self.steps.insert(i, step)

    def drop(self, step: int) -> None:
        state, _pinned, owners = self.states.pop(step)
        self.steps.remove(step)
        self.nbytes -= _own_bytes(state, owners)
        for owner in owners:
            count = self._counts[id(owner)] - 1
            if count == 0:
                self.nbytes -= owner.nbytes
                del self._counts[id(owner)]
            else:
                self._counts[id(owner)] = count

    def at_or_before(self, step: int) -> RunState | None:
        i = bisect_right(self.steps, step)
        return self.states[self.steps[i - 1]][0] if i else None


class RunTimeline:
    """The steps of one run (see the module's docstring). ``record`` after every step and
    ``checkpoint`` after every change between steps, from the training thread; ``get``,
    ``traces``, ``span`` from any thread."""

    def __init__(self, max_trace_bytes: int = DEFAULT_MAX_BYTES,
                 max_checkpoint_bytes: int = DEFAULT_CHECKPOINT_BYTES, *, interval: int | None = None,
                 replay_budget_s: float = REPLAY_BUDGET_S, cache_bytes: int = DEFAULT_CACHE_BYTES):
        if interval is not None and (isinstance(interval, bool) or not isinstance(interval, int) or interval < 1):
            raise ValueError(f"interval: must be a whole number of steps, at least 1, got {interval!r}")
        if isinstance(max_checkpoint_bytes, bool) or not isinstance(max_checkpoint_bytes, int) \
                or max_checkpoint_bytes < 1:
            raise ValueError(f"max_checkpoint_bytes: must be a whole number of bytes, at least 1, "
                             f"got {max_checkpoint_bytes!r}")
        self._ring = History(max_trace_bytes)
        self._checkpoints = _Checkpoints(max_checkpoint_bytes)
        self._interval = interval if interval is not None else 1
        self._interval_known = interval is not None
        self._fixed = interval is not None  # given: never measured
        self._measuring = interval is None
        self._floor = 1  # what thinning doubled the interval to: a measure never goes below it
        self._budget = replay_budget_s
        self._costs: list[tuple[float, int]] = []  # (seconds a step, steps) per record measured
        self._cost_engine: bool | None = None  # Trainer.fused of the steps measured
        self._cache: OrderedDict[int, tuple[StepTrace, int]] = OrderedDict()  # step -> (trace, bytes)
        self._cache_bytes = 0
        self._cache_max = cache_bytes
        self._last_step: int | None = None  # the newest step trained
        self._lock = threading.Lock()  # the ring, checkpoints, cache and counters
        self._replay_lock = threading.Lock()  # one replay at a time (it owns the replaying Trainer)
        self._replay: Replay | None = None
        self.replays = 0  # replays that restored a checkpoint (for tests and benchmarks)

    # ----- recording (the training thread) --------------------------------------------

    def checkpoint(self, trainer: Trainer) -> None:
        """A pinned checkpoint of the trainer now: at the start of the run and after every
        change between steps, so that no replay crosses the change."""
        state = capture(trainer)
        with self._lock:
            self._checkpoints.put(state, pinned=True)
            self._thin()

    def add_checkpoint(self, state: RunState) -> None:
        """A checkpoint of this run taken before (an opened session's), pinned like ``checkpoint``:
        the steps from it on replay (it must continue the run these steps come from)."""
        with self._lock:
            self._checkpoints.put(state, pinned=True)
            self._thin()

    def add_trace(self, trace: StepTrace) -> None:
        """A step recorded earlier (an opened session's), in increasing step order."""
        with self._lock:
            self._ring.append(trace)
            self._last_step = trace.step if self._last_step is None else max(self._last_step, trace.step)

    def record(self, trainer: Trainer, trace: StepTrace | None = None, seconds: float | None = None,
               steps: int = 1) -> None:
        """After each step, or after ``steps`` steps trained in one go: the trace of the last
        if it was traced (kept in the ring), and what a step cost (``seconds``, to choose the
        interval); a regular checkpoint when one is due."""
        done = trainer.network.steps_done
        before = self._last_step + 1 if self._last_step is not None else done - steps
        due = not trainer.stopped and (not self._interval_known or _crosses(before, done, self._interval))
        state = capture(trainer) if due else None
        with self._lock:
            if trace is not None:
                self._ring.append(trace)
            self._last_step = done - 1
            if state is not None:
                self._checkpoints.put(state, pinned=False)
            if seconds is not None and not self._fixed:
                self._measure(seconds, steps, bool(trainer.fused))
            self._thin()

    def _measure(self, seconds: float, steps: int, fused: bool) -> None:
        if self._cost_engine is not None and fused != self._cost_engine:
            self._costs, self._measuring = [], True  # another engine: its steps cost otherwise
        self._cost_engine = fused
        if not self._measuring:
            return
        self._costs.append((seconds, max(steps, 1)))
        if len(self._costs) < COST_SAMPLES:
            return
        self._measuring = False
        cost = max(_median_cost(self._costs), 1e-9)
        interval = 1
        while interval * 2 <= min(self._budget / cost, MAX_INTERVAL):
            interval *= 2
        # Thinning may already have doubled it (a large network over the ceiling early on).
        # A smaller interval than before drops nothing: both are powers of two.
        self._interval, self._interval_known = max(interval, self._floor), True
        self._drop_off_interval()

    def _drop_off_interval(self) -> None:
        """Drop the regular checkpoints no multiple of the interval lies before (since the
        checkpoint kept before them): a replay never walks more than an interval and a call."""
        points, kept = self._checkpoints, None
        for step in list(points.steps):
            if kept is not None and not points.states[step][1] and not _crosses(kept, step, self._interval):
                points.drop(step)
            else:
                kept = step

    def _thin(self) -> None:
        """Over the ceiling: double the interval and drop the regular checkpoints off it; with
        only pinned ones left, drop the oldest (its steps then cannot be replayed)."""
        points = self._checkpoints
        while points.nbytes > points.max_bytes and len(points.steps) > 1:
            regular = [s for s in points.steps if not points.states[s][1]]
            if len(regular) > 1:
                self._interval *= 2
                self._floor = self._interval
                self._drop_off_interval()
            else:
                points.drop(regular[0] if regular else points.steps[0])

    # ----- reading (any thread) -------------------------------------------------------

    def at_hand(self, step: int) -> StepTrace | None:
        """The trace of step ``step`` if it is kept or cached (never replays, never waits for a
        replay): what a view can show at once; None if ``get`` would have to replay it."""
        with self._lock:
            if step in self._ring:
                return self._ring[step]
            cached = self._cache.get(step)
            if cached is None:
                return None
            self._cache.move_to_end(step)
            return cached[0]

    def get(self, step: int, cancelled: Callable[[], bool] | None = None) -> StepTrace | None:
        """The trace of step ``step`` (0-based) as the run made it, or None if it was not
        trained (or is before the first checkpoint and not kept).

        ``cancelled``: asked between chunks of about ``REPLAY_BUDGET_S`` of replayed steps;
        when it says True the replay stops there and ``get`` gives None (a background replay
        that a newer request or a closing window made useless). A caller with it is a
        background one: it waits for the scrubbing walker if another replay holds it. A caller
        without it never waits: it walks from the checkpoint on its own instead (the worker
        replaying the step it paused on must not wait seconds for a scrub of a long run)."""
        trace = self.at_hand(step)
        if trace is not None:
            return trace
        with self._lock:
            if self._last_step is None or not 0 <= step <= self._last_step:
                return None
            state = self._checkpoints.at_or_before(step)
        if state is None:
            return None
        if not self._replay_lock.acquire(blocking=cancelled is not None):
            return Replay(state).trace(step + 1)  # a walk of its own: the scrubbing walker is busy
        try:
            replay = self._replay
            if replay is None or replay.checkpoint is not state or replay.steps_done > step:
                replay = Replay(state)
                self.replays += 1
            self._replay = replay
            traced_from = max(step + 1 - TRACED_BEFORE, replay.steps_done + 1)
            if cancelled is not None and not self._walk(replay, traced_from - 1, cancelled):
                return None
            return replay.trace(step + 1, keep=self._keep, traced_from=traced_from)
        finally:
            self._replay_lock.release()

    def replay_seconds(self, step: int) -> float | None:
        """About how long ``get(step)`` would take now: 0.0 if the step is at hand, None if
        it is not known (no step cost measured: an opened run) or the step cannot be given
        back. Untraced steps at the measured median cost, traced ones at twice it; from the
        scrubbing walker when it is idle and can go on to the step, else from the checkpoint."""
        if self.at_hand(step) is not None:
            return 0.0
        with self._lock:
            costs = list(self._costs)
            if not costs or self._last_step is None or not 0 <= step <= self._last_step:
                return None
            state = self._checkpoints.at_or_before(step)
        if state is None:
            return None
        start = state.network_steps
        replay = self._replay
        if replay is not None and replay.checkpoint is state and not self._replay_lock.locked() \
                and replay.steps_done <= step:
            start = replay.steps_done
        steps = step + 1 - start
        traced = min(steps, TRACED_BEFORE)
        return (steps - traced + 2 * traced) * _median_cost(costs)

    def _walk(self, replay: Replay, until: int, cancelled: Callable[[], bool]) -> bool:
        """Train ``replay`` on to ``until`` steps done, a chunk at a time, asking ``cancelled``
        before each chunk; False if it said True. (The walker keeps what it trained: a newer
        request further on from the same checkpoint goes on from there.)"""
        chunk = max(1, int(self._budget / self._step_cost()))
        while replay.steps_done < until:
            if cancelled():
                return False
            before = replay.steps_done
            replay.trace(min(before + chunk, until))  # untraced on the way, the chunk's last step traced
            if replay.steps_done == before:
                break  # the run stopped: the trace asked for will be None
        return not cancelled()

    def _step_cost(self) -> float:
        """The median measured step cost in seconds (a guess of 1 ms before any measure)."""
        with self._lock:
            costs = list(self._costs)
        return max(_median_cost(costs), 1e-6) if costs else 1e-3

    def stop_reason(self, step: int) -> str | None:
        """Why the run stopped at step ``step`` (its last), as a run that traced that step says
        it, replaying the step if needed; None if it did not stop there. (A divergence found by
        a step without its trace can only name the forward pass as a whole.)"""
        with self._lock:
            state = self._checkpoints.at_or_before(step)
        if state is None:
            return None
        replay = Replay(state)  # a walk of its own: never waits for the scrubbing walker
        trace = replay.trace(step + 1)
        return replay.stop_reason if trace is not None and replay.steps_done == step + 1 else None

    def _keep(self, trace: StepTrace) -> None:
        size = trace_nbytes(trace)
        with self._lock:
            if trace.step in self._cache:
                return
            self._cache[trace.step] = (trace, size)
            self._cache_bytes += size
            while len(self._cache) > 1 and (len(self._cache) > CACHE_STEPS or self._cache_bytes > self._cache_max):
                _, (_, dropped) = self._cache.popitem(last=False)
                self._cache_bytes -= dropped

    def traces(self) -> tuple[StepTrace, ...]:
        """The traces kept in the ring (the steps the run drew), oldest first."""
        with self._lock:
            return tuple(self._ring)

    def recent(self, max_bytes: int, before: int | None = None) -> tuple[StepTrace, ...]:
        """Every step's trace, oldest first, for the newest steps (before step ``before``, if
        given) whose traces fit in ``max_bytes`` (at least the newest): the kept ones as they
        are, the others replayed. What a ring of that ceiling would hold had every step been
        traced (a saved run's steps)."""
        span = self.span()
        if span is None:
            return ()
        span_last = span[1] if before is None else min(span[1], before - 1)
        if span_last < span[0]:
            return ()
        with self._lock:
            newest = self._ring[span_last] if span_last in self._ring else None
        newest = newest or self.get(span_last)
        size = trace_nbytes(newest) if newest is not None else max_bytes
        first = max(span[0], span_last - max_bytes // max(size, 1) - 1)
        kept = History(max_bytes)
        replay: Replay | None = None
        for step in range(first, span_last + 1):
            with self._lock:
                trace = self._ring[step] if step in self._ring else None
                state = None if trace is not None else self._checkpoints.at_or_before(step)
            if trace is None and state is not None:
                if replay is None or replay.checkpoint is not state:
                    replay = Replay(state)  # a walk of its own: the scrubbing cache stays as it is
                trace = replay.trace(step + 1)
            if trace is not None:
                kept.append(trace)
        return tuple(kept)

    def checkpoints(self) -> tuple[RunState, ...]:
        """The checkpoints kept, oldest first."""
        with self._lock:
            points = self._checkpoints
            return tuple(points.states[s][0] for s in points.steps)

    def span(self) -> tuple[int, int] | None:
        """(first, last): the steps ``get`` can give back run from first to last (with gaps
        only before the first checkpoint, among an opened run's stored steps); None if none."""
        with self._lock:
            if self._last_step is None:
                return None
            firsts = [s for s in (self._ring.first_step,) if s is not None]
            if self._checkpoints.steps and self._checkpoints.steps[0] <= self._last_step:
                firsts.append(self._checkpoints.steps[0])
            return (min(firsts), self._last_step) if firsts else None

    @property
    def interval(self) -> int:
        """Steps between two regular checkpoints."""
        return self._interval

    @property
    def trace_bytes(self) -> int:
        return self._ring.nbytes

    @property
    def checkpoint_bytes(self) -> int:
        return self._checkpoints.nbytes

    @property
    def cache_bytes(self) -> int:
        return self._cache_bytes

    @property
    def nbytes(self) -> int:
        """All the timeline holds: ring, checkpoints and the replay cache."""
        with self._lock:
            return self._ring.nbytes + self._checkpoints.nbytes + self._cache_bytes

    @property
    def max_trace_bytes(self) -> int:
        return self._ring.max_bytes

    @property
    def max_checkpoint_bytes(self) -> int:
        return self._checkpoints.max_bytes

    @property
    def max_cache_bytes(self) -> int:
        """The replayed traces cached hold at most this much (or a single larger trace)."""
        return self._cache_max
