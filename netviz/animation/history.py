"""History: the recorded training steps, a ring buffer under a memory ceiling (for the timeline slider).

The window's timeline (``run_timeline.RunTimeline``) keeps in one the steps the view drew;
any other step of the run is replayed from a checkpoint there.

Every step's StepTrace is appended; when the memory they hold goes over ``max_bytes``,
the oldest steps are dropped until it is under again (the newest is always kept, even
alone over the ceiling). Scrubbing back returns the very trace objects that were
recorded: traces are immutable (frozen, read-only arrays), so an earlier step shows
exactly as it was.

The memory ceiling. ``nbytes`` is what the history holds, kept at most ``max_bytes``:
what the stored traces keep alive, each thing once however many traces share it (every
numpy data buffer, a view counting its base's buffer; every array object's header; the
trace objects themselves, StepTrace, LayerTrace and BatchNormTrace with their attribute
dicts and floats), plus the history's own bookkeeping (about 100 bytes per array of a
step). Sharing is common and counted once: a frozen layer's weights, the all-True
dropout masks, a full-batch input array. Measured with tracemalloc, ``nbytes`` is 0-5%
above the memory really held for the lesson networks (up to 20% for a toy network): on
the safe side. Not counted: the interpreter's allocator slack.

A step's trace holds about six (B x n or n_in x n) float64 arrays per layer (a step
replaces every parameter by a new array, so nothing of the previous step is reused).
The default ceiling, 256 MB, holds about 2,500 to 17,500 steps of the lesson networks
(15 to 106 KB per step) and about 110 steps of the largest network the window builds
(12 hidden layers x 64 units, 64 inputs, 10 outputs, batch 64: 2.3 MB per step).
``python -m tests.benchmarks.history_memory`` prints these figures and shows the
process's memory staying flat over 100,000 steps once the history is full.

Steps are addressed by their absolute number, the trace's ``step`` (0-based, as the
engine counts). Appends must come in increasing step order (gaps are allowed: a step
not recorded is simply missing); ``clear()`` starts over, e.g. for a new run.
Not thread-safe: append and read on one thread (or lock around it).
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Iterator

import numpy as np

from netviz.engine.trace import StepTrace

DEFAULT_MAX_BYTES = 256 * 1024 * 1024


class StepNotInHistory(IndexError):
    """The step asked for is not in the history; ``reason`` says why ("evicted", ...)."""

    def __init__(self, step: int, reason: str, message: str):
        super().__init__(message)
        self.step = step
        self.reason = reason


def _header_bytes(ndim: int) -> int:
    """The bytes of an array object apart from its data: they depend on ndim only."""
    return sys.getsizeof(np.empty((1,) * ndim)[...])  # a view: getsizeof counts no data


_HEADERS = tuple(_header_bytes(n) for n in range(8))
# The history's own bookkeeping, counted in nbytes too: per step its entry (a 3-tuple and
# the tuple of owners, a slot in two lists, the step number and the own-bytes ints); per
# buffer held, its slot in that tuple; per distinct buffer, a dict entry with its int key
# (the dict's slots and spare room estimated at 64 bytes).
_ENTRY_BYTES = sys.getsizeof((None, None, None)) + sys.getsizeof(()) + 2 * 8 + 2 * sys.getsizeof(2**40)
_PER_BUFFER_BYTES = 8
_PER_KEY_BYTES = sys.getsizeof(2**40) + 64
_FLOAT_BYTES = sys.getsizeof(1.5)


def _contents(trace: StepTrace) -> tuple[int, list[np.ndarray]]:
    """(bytes of the trace's own objects, the arrays owning the memory its arrays view).

    Own objects: the StepTrace, LayerTraces and BatchNormTraces with their attribute
    dicts, the layers tuple, float attributes and every array object's header (an array
    object appearing twice counts twice: a slight overcount, on the safe side). Only data
    buffers are shared between steps, so only they need counting once across traces;
    a view leads to the array owning its memory, so a view and its base count once.
    Plain loops: this runs on every recorded step.
    """
    getsizeof = sys.getsizeof
    ndarray = np.ndarray
    headers = _HEADERS
    layers = trace.layers
    own = getsizeof(layers)
    owners: list[np.ndarray] = []
    objects = [trace, *layers]
    objects += [lt.batch_norm for lt in layers if lt.batch_norm is not None]
    for obj in objects:
        attrs = obj.__dict__
        own += getsizeof(obj) + getsizeof(attrs)
        for value in attrs.values():
            t = type(value)
            if t is ndarray:
                own += headers[value.ndim] if value.ndim < 8 else _header_bytes(value.ndim)
                while type(value.base) is ndarray:
                    value = value.base
                owners.append(value)
            elif t is float:
                own += _FLOAT_BYTES
            # ints, strings, bools and None: small, interned or shared by every step; not counted.
    return own, owners


def trace_nbytes(trace: StepTrace) -> int:
    """The memory one trace keeps alive on its own (each data buffer counted once)."""
    own, owners = _contents(trace)
    return own + sum({id(o): o.nbytes for o in owners}.values())


class History:
    """The recorded steps, oldest first, within ``max_bytes`` (see the module's docstring)."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES):
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise ValueError(f"max_bytes: must be a whole number of bytes, at least 1, got {max_bytes!r}")
        self._max_bytes = max_bytes
        self.clear()

    def clear(self) -> None:
        """Forget every step (a new run starts)."""
        # Two parallel lists from _head on: a ring without copying; compacted now and then.
        self._steps: list[int] = []
        self._entries: list[tuple[StepTrace, int, tuple[np.ndarray, ...]]] = []  # (trace, own bytes, its buffer owners)
        self._head = 0
        # id(buffer owner) -> how many times the stored traces hold it (the entries keep the owners alive).
        self._counts: dict[int, int] = {}
        self._trace_bytes = 0  # what the stored traces keep alive
        self._book_bytes = 0  # the history's own bookkeeping for them
        self._first_recorded: int | None = None
        self.evicted = 0  # steps dropped to stay under the ceiling since the last clear()

    # ----- size ---------------------------------------------------------------------

    @property
    def max_bytes(self) -> int:
        return self._max_bytes

    @property
    def nbytes(self) -> int:
        """The memory the history holds: ``trace_bytes + bookkeeping_bytes``, kept <= max_bytes."""
        return self._trace_bytes + self._book_bytes

    @property
    def trace_bytes(self) -> int:
        """What the stored traces keep alive: each data buffer once, plus their objects."""
        return self._trace_bytes

    @property
    def bookkeeping_bytes(self) -> int:
        """The history's own records of the stored steps (an estimate, see _ENTRY_BYTES)."""
        return self._book_bytes

    def __len__(self) -> int:
        return len(self._steps) - self._head

    # ----- recording ----------------------------------------------------------------

    def append(self, trace: StepTrace) -> int:
        """Record a step (its ``step`` must be after the last one's); returns how many old
        steps were dropped to stay under the ceiling."""
        if not isinstance(trace, StepTrace):
            raise TypeError(f"history: append takes a StepTrace, got {type(trace).__name__}")
        step = int(trace.step)
        if len(self) and step <= self._steps[-1]:
            raise ValueError(f"history: step {step} is not after the last recorded step {self._steps[-1]}; "
                             f"clear() the history when a new run starts")
        own, owners = _contents(trace)
        counts = self._counts
        added = own
        book = _ENTRY_BYTES + _PER_BUFFER_BYTES * len(owners)
        for owner in owners:  # a buffer held twice by one trace counts twice in counts, once in bytes
            key = id(owner)
            count = counts.get(key)
            if count is None:
                counts[key] = 1
                added += owner.nbytes
                book += _PER_KEY_BYTES
            else:
                counts[key] = count + 1
        self._trace_bytes += added
        self._book_bytes += book
        self._steps.append(step)
        self._entries.append((trace, own, tuple(owners)))
        if self._first_recorded is None:
            self._first_recorded = step
        dropped = 0
        while self.nbytes > self._max_bytes and len(self) > 1:
            self._drop_oldest()
            dropped += 1
        self.evicted += dropped
        return dropped

    def _drop_oldest(self) -> None:
        _, own, owners = self._entries[self._head]
        self._entries[self._head] = None  # type: ignore[call-overload]  # let the trace go now
        self._head += 1
        counts = self._counts
        freed = own
        book = _ENTRY_BYTES + _PER_BUFFER_BYTES * len(owners)
        for owner in owners:
            key = id(owner)
            count = counts[key]
            if count == 1:
                freed += owner.nbytes
                book += _PER_KEY_BYTES
                del counts[key]
            else:
                counts[key] = count - 1
        self._trace_bytes -= freed
        self._book_bytes -= book
        if self._head > 1024 and self._head * 2 > len(self._steps):
            del self._steps[: self._head]
            del self._entries[: self._head]
            self._head = 0

    # ----- reading ------------------------------------------------------------------

    @property
    def first_step(self) -> int | None:
        """The oldest step still recorded (None when empty)."""
        return self._steps[self._head] if len(self) else None

    @property
    def last_step(self) -> int | None:
        """The newest step recorded (None when empty)."""
        return self._steps[-1] if len(self) else None

    @property
    def latest(self) -> StepTrace | None:
        return self._entries[-1][0] if len(self) else None

    def steps(self) -> list[int]:
        """The recorded step numbers, oldest first."""
        return self._steps[self._head:]

    def _position(self, step: int) -> int | None:
        i = bisect_left(self._steps, step, self._head)
        return i if i < len(self._steps) and self._steps[i] == step else None

    def __contains__(self, step: object) -> bool:
        if not isinstance(step, (int, np.integer)) or isinstance(step, bool):
            return False
        return self._position(int(step)) is not None

    def __getitem__(self, step: int) -> StepTrace:
        """The trace of absolute step ``step`` (the very object appended); StepNotInHistory
        (an IndexError) says why when it is not here."""
        if isinstance(step, bool) or not isinstance(step, (int, np.integer)):
            raise TypeError(f"history: steps are whole numbers, got {step!r}")
        step = int(step)
        i = self._position(step)
        if i is not None:
            return self._entries[i][0]
        if not len(self):
            raise StepNotInHistory(step, "empty", f"history: step {step} is not recorded (the history is empty)")
        first, last, recorded_from = self.first_step, self.last_step, self._first_recorded
        # Not empty: all three are steps (the names' types allow None for an empty history).
        assert first is not None and last is not None and recorded_from is not None
        if step > last:
            raise StepNotInHistory(step, "not yet", f"history: step {step} is not recorded yet (the last is {last})")
        if step < first and step >= recorded_from:
            raise StepNotInHistory(
                step, "evicted",
                f"history: step {step} was dropped to stay under the memory ceiling of {_megabytes(self._max_bytes)} "
                f"(steps {first}..{last} are kept)")
        if step < first:
            raise StepNotInHistory(step, "never recorded", f"history: step {step} was never recorded "
                                                           f"(recording started at step {recorded_from})")
        raise StepNotInHistory(step, "not recorded",
                               f"history: step {step} was not recorded (steps {first}..{last} are kept, with gaps)")

    def at(self, index: int) -> StepTrace:
        """The index-th recorded step, oldest first (negative: from the newest), e.g. for a slider."""
        n = len(self)
        if not -n <= index < n:
            raise IndexError(f"history: index {index} out of range ({n} steps recorded)")
        return self._entries[self._head + (index % n)][0]

    def __iter__(self) -> Iterator[StepTrace]:
        for i in range(self._head, len(self._entries)):
            yield self._entries[i][0]


def _megabytes(n: int) -> str:
    return f"{n / 2**20:.4g} MB"
