"""What crosses from the training worker to the GUI: the Snapshot, the recorded steps and the Mailbox.

Plain Python (no Qt): the worker (``netviz.ui.worker``) puts, the GUI's timer takes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..animation.history import DEFAULT_MAX_BYTES
from ..animation.run_timeline import DEFAULT_CHECKPOINT_BYTES, RunTimeline
from ..engine import Dataset, NetworkSpec, StepTrace
from ..engine.run import RunState
from ..engine.trainer import StepSummary, Trainer


@dataclass(frozen=True, repr=False)
class Snapshot:
    """What the GUI needs to draw one frame; everything in it is immutable or append-only.

    ``history`` is the Trainer's own ``history`` list, shared, not copied: the worker only
    appends to it, and its items (StepSummary) are frozen. Read only ``history[:history_len]``
    (new items: ``history[last_len:history_len]``). That is safe from the GUI thread while the
    worker keeps appending, because a list's append and slice are each atomic under the GIL
    and the items up to ``history_len`` were appended before this snapshot was published.
    After a reset the next snapshots carry the new Trainer's list and a higher ``generation``.

    ``grid_outputs`` is None, or for data sets with 2 inputs the network's evaluation-mode
    output over a GRID_SIZE x GRID_SIZE grid of the input plane, shape (G, G, n_outputs):
    ``grid_outputs[r, c]`` is the output at the centre of cell (r, c), x1 growing with the
    column c and x2 with the row r (rows are y, as an image). ``grid_extent`` =
    (x1_min, x1_max, x2_min, x2_max) are the outer edges of the cells, so
    ``ImageItem.setImage(grid_outputs[..., k].T); setRect(x1_min, x2_min, width, height)``
    places it exactly. The grid spans the data's range (training and validation) with a
    margin; while playing it is refreshed at most ~10 times a second, so it may be up to
    ~0.1 s (a few hundred ms on very large networks) older than ``trace``; after a single
    step, a pause, a reset or an applied change it is exact. NaN after divergence.
    """

    seq: int  # increases by one with every publish, across resets
    generation: int  # increases with every reset: clear the plots when it changes
    trace: StepTrace | None  # the latest step, None before the first step of this generation
    steps_done: int  # steps trained by this generation's Trainer
    history_len: int  # len(trainer.history) at publish: read history[:history_len]
    history: Sequence[StepSummary]  # the Trainer's own list, shared, append-only (see above)
    stop_reason: str | None  # set when training stopped itself (divergence, early stopping)
    playing: bool
    speed: float | None  # the speed setting: max steps per second, None = full speed
    steps_per_second: float  # measured over about the last second; 0.0 when paused
    grid_outputs: np.ndarray | None  # (G, G, n_outputs) read-only, or None (see above)
    grid_extent: tuple[float, float, float, float] | None  # (x1_min, x1_max, x2_min, x2_max) or None
    grid_layers: tuple[np.ndarray, ...] | None  # with set_layer_maps(True): per picture column
    #   (inputs, then each layer) a (G, G, n) array of every node's output over the grid
    recorded: RecordedSteps  # this generation's timeline: every step, kept or replayed (thread-safe)
    dataset: Dataset  # this generation's data set (frozen, read-only arrays)
    network_spec: NetworkSpec  # this generation's network, as built
    # Before the first step of a fresh Trainer: the network drawn from its initial weights
    # (``Trainer.preview``: the first batch's forward and backward pass, no update, step -1),
    # so that a view shows something true at once; None once ``trace`` is set (or if the
    # preview failed: the worker reports that through sigError).
    preview: StepTrace | None = None
    # The parameters were edited by hand (``TrainingWorker.edit``) since ``trace``: ``preview``
    # is the network as edited, before its next step, and is what a view draws.
    edited: bool = False

    @property
    def shown_trace(self) -> StepTrace | None:
        """What a view draws: the latest step, else the preview; the preview of an edit first."""
        if self.edited and self.preview is not None:
            return self.preview
        return self.trace if self.trace is not None else self.preview

    def __repr__(self) -> str:
        # Short on purpose: the default would print the whole shared history and every array.
        return (f"Snapshot(seq={self.seq}, generation={self.generation}, steps_done={self.steps_done}, "
                f"playing={self.playing}, stop_reason={self.stop_reason!r})")


class RecordedSteps:
    """The run's timeline (``RunTimeline``), kept by the worker and read by the GUI: the traces
    of the steps the worker drew, checkpoints every k steps, and every other step trained
    replayed from a checkpoint when asked for (``get``), bit for bit. Thread-safe. A reset
    starts a new one, so a reader never mixes runs."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, max_checkpoint_bytes: int = DEFAULT_CHECKPOINT_BYTES,
                 *, interval: int | None = None):
        """``max_bytes``: the ceiling of the kept traces; ``interval``: steps between two
        checkpoints (None: chosen from the measured step cost)."""
        self.timeline = RunTimeline(max_bytes, max_checkpoint_bytes, interval=interval)

    def append(self, trace: StepTrace) -> None:
        """A step recorded before (an opened session's), in increasing step order."""
        self.timeline.add_trace(trace)

    def record(self, trainer: Trainer, trace: StepTrace | None = None, seconds: float | None = None,
               steps: int = 1) -> None:
        """After each step, or ``steps`` steps trained in one go (from the worker): the trace
        of the last if it was traced, what a step cost."""
        self.timeline.record(trainer, trace, seconds, steps)

    def checkpoint(self, trainer: Trainer) -> None:
        """At the start and after every change between steps (from the worker)."""
        self.timeline.checkpoint(trainer)

    def add_checkpoints(self, states: Sequence[RunState]) -> None:
        """Checkpoints of this run's earlier steps (an opened session's), oldest first."""
        for state in states:
            self.timeline.add_checkpoint(state)

    def checkpoints(self) -> tuple[RunState, ...]:
        """The checkpoints kept, oldest first (what File > Save run stores beside the traces)."""
        return self.timeline.checkpoints()

    def get(self, step: int, cancelled: Callable[[], bool] | None = None) -> StepTrace | None:
        """The trace of step ``step`` (0-based), replayed if it was not kept; None if it was
        not trained (or is before the first checkpoint and not kept). A replay runs in the
        caller's thread and takes from a few ms to seconds on a long run of a large network:
        the GUI thread asks ``at_hand`` and leaves replays to a background thread
        (``animation.scrub_replays``), which passes ``cancelled`` (see ``RunTimeline.get``).
        No lock is held while replaying: the worker's ``record`` never waits for a replay."""
        return self.timeline.get(step, cancelled)

    def at_hand(self, step: int) -> StepTrace | None:
        """The trace of step ``step`` if it is kept or cached, at once; None if it needs a replay."""
        return self.timeline.at_hand(step)

    def replay_seconds(self, step: int) -> float | None:
        """About how long ``get(step)`` would take now (0.0: at hand; None: not known)."""
        return self.timeline.replay_seconds(step)

    def stop_reason(self, step: int) -> str | None:
        """Why the run stopped at its last step ``step``, as a run that traced it says it."""
        return self.timeline.stop_reason(step)

    def traces(self, before: int | None = None) -> tuple[StepTrace, ...]:
        """Every step's trace, oldest first, for as many of the newest steps (before step
        ``before``, if given) as ``max_bytes`` of traces hold (what File > Save run stores):
        the kept ones, the others replayed (in the caller's thread: about a step's time each)."""
        return self.timeline.recent(self.timeline.max_trace_bytes, before)

    def kept(self) -> tuple[StepTrace, ...]:
        """The traces kept as they were drawn, oldest first (with gaps between them)."""
        return self.timeline.traces()

    def span(self) -> tuple[int, int] | None:
        """(first, last) step numbers ``get`` gives back, or None when empty."""
        return self.timeline.span()

    @property
    def nbytes(self) -> int:
        """Kept traces, checkpoints and replayed traces cached."""
        return self.timeline.nbytes

    @property
    def max_bytes(self) -> int:
        timeline = self.timeline
        return timeline.max_trace_bytes + timeline.max_checkpoint_bytes + timeline.max_cache_bytes


class Mailbox:
    """One slot holding the latest Snapshot, behind a lock: the worker puts, the GUI polls.

    A snapshot put replaces the one before it (the latest wins), so the mailbox never holds
    more than one and a slow GUI only ever skips frames, never falls behind.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._published = 0
        self._taken_seq = -1  # the seq of the newest snapshot a reader took

    def put(self, snapshot: Snapshot) -> None:
        with self._lock:
            self._snapshot = snapshot
            self._published += 1

    def take_if_newer(self, last_seq: int) -> Snapshot | None:
        """The latest snapshot if its ``seq`` is above ``last_seq``, else None (start with -1 or 0).

        Reading does not empty the mailbox, so several readers may poll it; the worker is told
        that the snapshot was taken (``taken``), to make the next one at once.
        """
        with self._lock:
            snap = self._snapshot
            if snap is None or snap.seq <= last_seq:
                return None
            self._taken_seq = max(self._taken_seq, snap.seq)
        return snap

    def taken(self, seq: int) -> bool:
        """Whether a reader has taken the snapshot ``seq`` (or a later one)."""
        return self._taken_seq >= seq  # one int read: no lock needed

    def latest(self) -> Snapshot | None:
        with self._lock:
            return self._snapshot

    @property
    def published(self) -> int:
        """How many snapshots have been put so far (for tests and benchmarks)."""
        with self._lock:
            return self._published

    def __len__(self) -> int:
        with self._lock:
            return 0 if self._snapshot is None else 1
