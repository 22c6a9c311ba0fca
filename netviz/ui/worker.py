"""The training worker: runs a Trainer on a QThread and hands the GUI the latest Snapshot through a Mailbox.

How the GUI uses it::

    handle = WorkerHandle(trainer)            # (worker_handle.py) creates the QThread and the worker, starts the loop
    handle.worker.sigStopped.connect(window.on_training_stopped)   # a method of a GUI-thread QObject
    handle.worker.sigError.connect(window.on_worker_error)         # never a lambda (see below)
    timer.timeout.connect(window.on_frame)    # a GUI QTimer, e.g. every 16 ms:

    def on_frame(self):
        snap = self.handle.mailbox.take_if_newer(self.last_seq)
        if snap is None:
            return
        self.last_seq = snap.seq
        if snap.generation != self.generation:           # reset: a new Trainer
            self.generation, self.read = snap.generation, 0
            clear the plots; show snap.dataset and snap.network_spec
        new = snap.history[self.read:snap.history_len]    # StepSummary items not yet plotted
        self.read = snap.history_len
        ...

    handle.play() / pause() / step_once() / set_speed(50) / reset(new_trainer) / apply(fn) / capture(fn)
    handle.shutdown()                         # in closeEvent: stops the loop and joins the thread

Design, with the reasons:

* Commands do not travel as queued signals. The loop runs inside one slot call and never
  returns to the thread's event loop while training, so a queued slot would never run.
  Instead every public command method appends to a queue behind a ``threading.Condition``;
  the loop drains it between steps, so a setting changes between steps, never during one.
  Paused, the loop blocks on the condition (with a timeout): no CPU is used.
* The worker never floods the GUI: while playing it publishes a Snapshot into a Mailbox
  (one slot behind a lock, the latest wins), which the GUI reads from its own timer, soon
  after the GUI took the one before (``TAKEN_INTERVAL_S``) or else every
  ``PUBLISH_INTERVAL_S``: about one a displayed frame, fewer where a traced step is costly
  (``TRACED_SHARE``). A single step, a reset, a pause and a stop always publish at once.
* Before the first step of a fresh Trainer the snapshot carries ``preview``: the Trainer's
  preview (forward and backward on the first batch, no update), so the view draws the
  network from its initial weights at once, after a reset and a setting change too. It is
  made in this thread, not counted as a step, and moves no random stream.
* The fast path: a step that will not be drawn is trained without its trace
  (``Trainer.advance``: the same run and the same ``history``, bit for bit), and in a fused
  run by the kernel, many steps in one call (``stepping`` says which step is traced, how many
  are trained in one go, and when a run is fused), with the drawn step that follows them in
  the same call where it does (``Trainer.advance_traced``); a pause or a stop after an untraced step
  recomputes that step's trace from the timeline (``RecordedSteps``: checkpoints every k
  steps, a replay of at most about 50 ms), as does the timeline for any step scrubbed to.
  The grid over the input plane is ``worker_grid``'s.
* Nothing is copied to cross threads, because nothing shared is ever written: StepTrace
  arrays are read-only and the engine never changes parameters in place; ``history`` is
  the Trainer's own append-only list of frozen StepSummary items (see ``Snapshot``).
* BLAS is held to one thread while the loop runs (threadpoolctl), so on a 2-core machine
  the GUI thread keeps a core. OpenBLAS's limit is process-wide; it is restored when the
  loop ends.
* ``sigStopped`` and ``sigError`` are emitted from the worker thread. Connect them only to
  methods of QObjects that live in the GUI thread (Qt then queues the call into the GUI
  thread); a lambda or plain function connected to them runs in the worker thread.
* The worker has no parent (a QObject with a parent cannot be moved to another thread,
  and a parent in the GUI thread would delete it across threads).
* When the Trainer stops itself (divergence, early stopping) the worker pauses and emits
  ``sigStopped`` once; play and step then do nothing (the snapshot keeps ``stop_reason``)
  until ``reset`` brings a new Trainer. ``TrainSpec.steps`` is not a limit here: the worker
  trains until paused or stopped.
* The GUI thread waits for the GIL while the worker runs Python code; calling
  ``sys.setswitchinterval(0.001)`` at application start shortens that wait
  (``python -m tests.benchmarks.gui_latency`` measures both). A numpy step also waits for
  the frame being drawn (``gui_turn``: the window calls ``gui_turn.begin`` and ``end``).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from threadpoolctl import threadpool_limits

from ..animation.history import DEFAULT_MAX_BYTES
from ..engine import StepTrace
from ..engine.trainer import Trainer
from .gui_turn import GuiTurn
from .mailbox import Mailbox, RecordedSteps, Snapshot
from .stepping import FUSED_LIVE, Stepping, check_speed, steps_per_second
from .worker_grid import LiveGrid

# Publishing follows the window: once it has taken a snapshot (its frame timer reads the
# mailbox once a frame), the next step is drawn and published, at least TAKEN_INTERVAL_S after
# the last, so a new picture waits for each frame and only one step a frame is traced. A
# snapshot nobody takes (no window, or a busy one) is still replaced every PUBLISH_INTERVAL_S.
# Before: a publish every 8 ms, whether taken or not: twice the traced steps the view could
# show, each holding the GIL against the GUI thread (and at 12 or 16 ms, with a step in
# progress delaying each, frames found no new picture: 44-47 view updates a second).
PUBLISH_INTERVAL_S = 0.016
TAKEN_INTERVAL_S = 0.004
# The traced (drawn) steps take at most this share of the worker's time: on the lessons'
# networks (a traced step of 0.3-0.5 ms) that is a picture every frame; on [2,64x12,1]
# (about 4 ms in the window) one every ~27 ms. Measured there (tests/benchmarks/live_view.py,
# 30 s runs on 2 cores): 0.3 gave 59 pictures a second and training at 0.72x headless, 0.2
# 48 and 0.78x, 0.15 36 and 0.84x: each picture costs the worker more than its step (the
# GUI thread's paint beside it), and the goals are >= 30 pictures a second and >= 0.8x.
TRACED_SHARE = 0.15
IDLE_WAIT_S = 0.5  # paused, the loop wakes at least this often (a safety net; commands wake it at once)


def _stopped() -> str:
    """What the window says when a Trainer stopped without naming why (translated in the
    worker's thread: Qt's translate is thread-safe)."""
    return QCoreApplication.translate("TrainingWorker", "training stopped")


class TrainingWorker(QObject):
    """Owns a Trainer and trains it in its loop (``run``), on the thread it was moved to.

    Create it without a parent and move it to a QThread whose ``started`` signal runs
    ``run`` (``WorkerHandle`` does all of that). The public command methods are safe to
    call from any thread: they only enqueue, and the loop applies them between steps.
    """

    sigStopped = Signal(str)  # training stopped itself (divergence, early stopping): the reason; once per Trainer
    sigError = Signal(str)  # a command or a step raised: the message; the worker keeps running
    _dirty: bool  # something changed since the last publish
    _grid: LiveGrid

    def __init__(self, trainer: Trainer, mailbox: Mailbox | None = None, *, speed: float | None = None,
                 history_bytes: int = DEFAULT_MAX_BYTES, clock: Callable[[], float] = time.perf_counter,
                 idle_wait_s: float = IDLE_WAIT_S):
        """``clock`` (seconds, monotonic) paces the speed limit, the publishing and the grid (and a
        fake one, which tests pass to check them without depending on the machine's speed, also
        stands for the thread's CPU time that sizes a fused run's kernel calls).
        ``idle_wait_s``: how long a paused loop sleeps when no command wakes it."""
        super().__init__()  # never a parent: it is moved to its own thread
        self._history_bytes = history_bytes
        self._clock = clock
        self._cpu_clock = time.thread_time if clock is time.perf_counter else clock
        self._idle_wait_s = idle_wait_s
        self._passes = 0
        if not isinstance(trainer, Trainer):
            raise TypeError(f"the worker needs a Trainer, got {type(trainer).__name__}")
        self.mailbox = mailbox if mailbox is not None else Mailbox()
        self._cond = threading.Condition()
        self._commands: deque[tuple[str, Any]] = deque()
        self._stop = threading.Event()
        self._running = threading.Event()  # set while the loop runs
        self.gui_turn = GuiTurn(clock=self._clock)  # the GIL's share of the window (gui_turn)
        # State below is touched by the loop's thread only (before the loop starts: by __init__).
        self._speed = check_speed(speed)
        self._playing = False
        self._until: int | None = None
        self._layer_maps = False
        self._seq = 0
        self._generation = 0
        self._next_due = 0.0  # the clock time of the next step under a speed limit
        self._last_publish = -math.inf  # the clock time of the last publish
        self._install(trainer)

    # ----- commands: callable from any thread, they only enqueue --------------------

    def play(self, until: int | None = None) -> None:
        """Train continuously; with ``until``, pause once ``steps_done`` reaches it."""
        if until is not None and (isinstance(until, bool) or not isinstance(until, int) or until < 0):
            raise ValueError(f"until must be a step count of at least 0, got {until!r}")
        self._enqueue("play", until)

    def pause(self) -> None:
        self._enqueue("pause")

    def step_once(self) -> None:
        """Pause (if playing) and train exactly one step."""
        self._enqueue("step")

    def set_speed(self, steps_per_second: float | None) -> None:
        """Max steps per second while playing; None or 0 = as fast as the machine allows."""
        self._enqueue("speed", check_speed(steps_per_second))

    def reset(self, trainer: Trainer | Callable[[], Trainer], traces: Sequence[StepTrace] = ()) -> None:
        """Swap in a new Trainer (paused, ``generation`` + 1); the old one is dropped.

        A callable is called in the worker thread to build the Trainer: building may train
        (a transfer lesson pre-trains its layers), and the GUI thread never trains.
        ``traces``: the steps the Trainer's run already recorded (an opened session file), in
        increasing step order: they are the timeline's steps, and the newest is the picture,
        before any new step."""
        if not isinstance(trainer, Trainer) and not callable(trainer):
            raise TypeError(f"reset needs a Trainer or a function that builds one, got {type(trainer).__name__}")
        traces = tuple(traces)
        if not all(isinstance(t, StepTrace) for t in traces):
            raise TypeError("reset: traces must be StepTraces")
        steps = [t.step for t in traces]
        if any(b <= a for a, b in zip(steps, steps[1:])):  # checked here: the worker installs them unchecked
            raise ValueError(f"reset: traces must be of increasing steps, got {steps}")
        self._enqueue("reset", (trainer, traces))

    def set_layer_maps(self, on: bool) -> None:
        """Publish every node's output over the input plane (``grid_layers``) for 2-D data sets."""
        self._enqueue("layer_maps", bool(on))

    def apply(self, fn: Callable[[Trainer], object]) -> None:
        """Run ``fn(trainer)`` in the worker thread between two steps, e.g.
        ``lambda tr: tr.set_optimizer(spec)``. If it raises, ``sigError`` carries the message.
        ``fn`` must not touch GUI objects (it runs in the worker thread)."""
        if not callable(fn):
            raise TypeError(f"apply needs a callable taking the Trainer, got {type(fn).__name__}")
        self._enqueue("apply", fn)

    def edit(self, fn: Callable[[Trainer], object]) -> None:
        """Run ``fn(trainer)`` between two steps, as ``apply``, for a change of the network's
        parameters (a weight set by hand): the picture shows it at once, as a preview of the
        next step (``Snapshot.edited``; numbered as the step it follows, so the header's count
        stays), until that step is trained; the grid follows at once."""
        if not callable(fn):
            raise TypeError(f"edit needs a callable taking the Trainer, got {type(fn).__name__}")
        self._enqueue("edit", fn)

    def capture(self, fn: Callable[[Trainer, RecordedSteps], object]) -> None:
        """Run ``fn(trainer, recorded)`` in the worker thread between two steps, changing nothing:
        a consistent view of the run (File > Save run captures it there; ``run.capture`` is
        cheap). ``fn`` must not touch GUI objects, nor change the Trainer."""
        if not callable(fn):
            raise TypeError(f"capture needs a callable taking the Trainer and the recorded steps, "
                            f"got {type(fn).__name__}")
        self._enqueue("capture", fn)

    def request_stop(self) -> None:
        """Ask the loop to end after the current step (it checks between steps)."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()

    @property
    def running(self) -> bool:
        """True while the loop runs."""
        return self._running.is_set()

    @property
    def passes(self) -> int:
        """How many times the loop has gone round (for tests and benchmarks: a paused loop
        sleeps, so this stands still until a command or ``idle_wait_s`` wakes it)."""
        return self._passes

    def _enqueue(self, name: str, arg: Any = None) -> None:
        with self._cond:
            self._commands.append((name, arg))
            self._cond.notify_all()

    # ----- the loop (in the worker thread) ------------------------------------------

    @Slot()
    def run(self) -> None:
        """The training loop; returns when ``request_stop`` is called."""
        self._running.set()
        try:
            with threadpool_limits(limits=1):
                self._loop()
        except Exception as exc:  # noqa: BLE001 - a bug in the loop must not kill the thread silently
            self._playing = False
            message = QCoreApplication.translate("TrainingWorker", "the training worker stopped: {error}")
            self.sigError.emit(message.format(error=f"{type(exc).__name__}: {exc}"))
        finally:
            self._running.clear()

    def _loop(self) -> None:
        self._publish(force_grid=True)
        while True:
            self._passes += 1
            if self._commands or self._stop.is_set():
                self._drain()
            if self._stop.is_set():
                break
            now = self._clock()
            if self._dirty and (not self._playing or self._publish_due(now)):
                if self._playing and self._untraced():
                    self._trace_next = True  # the next step is drawn: publish after it
                else:
                    self._publish(force_grid=not self._playing)
            if not self._playing:
                self._wait(self._idle_wait_s)
                continue
            if self._speed is not None and now < self._next_due:
                timeout = self._next_due - now
                if self._dirty and not self._trace_next:  # publish the last step on time even between slow steps
                    timeout = min(timeout, self._last_publish + PUBLISH_INTERVAL_S - now)
                self._wait(max(timeout, 0.0))
                continue
            if self._speed is not None:
                # A steady schedule, but never a burst to catch up after a slow step.
                self._next_due = max(self._next_due + 1.0 / self._speed, now)
            if self._numpy_steps():  # they hold the GIL: the window's frames go first (gui_turn)
                self.gui_turn.give_way()
            self._train_one()
        self._playing = False
        self._publish()  # the last word: not playing (no fresh grid: a shutdown should be quick)

    def _numpy_steps(self) -> bool:
        """The next steps are the numpy engine's: a numpy run, or a fused run the kernel cannot
        train now (``Trainer.fused_reason``)."""
        trainer = self._trainer
        return not trainer.fused or trainer.fused_reason() is not None

    def _publish_due(self, now: float) -> bool:
        """While playing: a publish is due a frame after the last, or soon after a reader took it."""
        since = now - self._last_publish
        return since >= self._untaken_interval() or (since >= self._taken_interval() and self.mailbox.taken(self._seq))

    def _untaken_interval(self) -> float:
        """How long after the last publish the next falls due when nobody took it: a publish
        interval less the traced step that comes before it (``Stepping.traced_cost``), so that
        publishes come a frame apart, not a frame and a traced step (which drifted against the
        window's frames: every eighth or so found no new picture; on 12x64, whose traced step
        takes 5-7 ms, every fourth)."""
        return max(PUBLISH_INTERVAL_S - self._stepping.traced_cost, self._taken_interval())

    def _taken_interval(self) -> float:
        """How long after the last publish the next falls due once the window took it: at
        least TAKEN_INTERVAL_S, and long enough that the traced steps take at most
        TRACED_SHARE of the worker's time (a network whose traced step costs more than that
        share of a frame, about 5 ms, gets fewer pictures, and keeps training)."""
        traced = self._stepping.traced_cost
        return max(TAKEN_INTERVAL_S, traced / TRACED_SHARE - traced)

    def _wait(self, timeout: float) -> None:
        with self._cond:
            if not self._commands and not self._stop.is_set():
                self._cond.wait(timeout)

    def _drain(self) -> None:
        while True:
            with self._cond:
                if not self._commands:
                    return
                name, arg = self._commands.popleft()
            if self._stop.is_set():
                return
            try:
                self._run_command(name, arg)
            except Exception as exc:  # noqa: BLE001 - any failure of a command is reported, not fatal
                self._dirty = self._grid.stale = True
                self.sigError.emit(_message(exc))

    def _run_command(self, name: str, arg: Any) -> None:
        if name == "play":
            self._until = arg
            if not self._playing and not self._trainer.stopped and not self._reached_until():
                self._playing = True
                self._next_due = self._clock()
                self._rate_samples.clear()
            self._dirty = True
        elif name == "pause":
            self._playing = False
            self._dirty = True
        elif name == "step":
            self._playing = False
            self._train_one()
            self._dirty = True
        elif name == "speed":
            self._speed = arg
            self._next_due = self._clock()
            self._rate_samples.clear()
            self._dirty = True
        elif name == "reset":
            self._playing = False
            build, traces = arg
            trainer = build if isinstance(build, Trainer) else build()
            if not isinstance(trainer, Trainer):
                raise TypeError(f"the reset function returned {type(trainer).__name__}, not a Trainer")
            self._generation += 1
            self._install(trainer, traces)
            if trainer.stopped:  # an opened run that had stopped: say so, as when it stopped
                self._stop_reported = True
                self.sigStopped.emit(trainer.stop_reason or _stopped())
        elif name == "layer_maps":
            self._layer_maps = arg
            self._dirty = self._grid.stale = True
        elif name == "apply":
            self._dirty = self._grid.stale = True  # the settings (or the weights) may have changed
            self._preview_stale = True  # before the first step, the preview shows them
            self._change(arg)
        elif name == "edit":
            self._dirty = self._grid.stale = True
            self._preview_stale = True
            self._change(arg)
            # A trained run shows the edit as the preview of its next step (before step 1 the
            # preview is made at the next publish anyway).
            trained = self._trace is not None or self._trainer.steps_done
            self._edited: StepTrace | None = self._numbered_preview() if trained else None
        elif name == "capture":
            arg(self._trainer, self._recorded)
        else:  # pragma: no cover - the public methods only enqueue the names above
            raise ValueError(f"unknown command {name!r}")

    def _change(self, fn: Callable[[Trainer], object]) -> None:
        """A change between steps, then a checkpoint: no replay of a later step starts before
        it (even when ``fn`` raised half-way: the checkpoint holds what it did change)."""
        try:
            fn(self._trainer)
        finally:
            self._recorded.checkpoint(self._trainer)

    def _install(self, trainer: Trainer, traces: tuple[StepTrace, ...] = ()) -> None:
        self._trainer = trainer
        self._recorded = RecordedSteps(self._history_bytes)
        for trace in traces:
            self._recorded.append(trace)
        self._recorded.checkpoint(trainer)  # where replays of this run's new steps start
        self._trace: StepTrace | None = traces[-1] if traces else None
        self._trace_next = False  # trace the next step while playing: a publish is due
        self._stepping = Stepping()  # step costs: when to trace ahead of a publish, how many steps in one go
        # Made in the loop's thread at the next publish (the GUI thread never runs the engine).
        self._preview: StepTrace | None = None
        self._preview_stale = True
        self._edited = None  # the preview of a run edited by hand (the edit command), until its next step
        self._stop_reported = False
        self._grid = LiveGrid(trainer.dataset, self._clock)
        self._until = None
        self._rate_samples: deque[tuple[float, int]] = deque()
        self._next_due = self._clock()
        self._last_publish = -math.inf
        self._dirty = True

    def _train_one(self) -> None:
        """Train the next step, traced if it will be drawn; or in a fused run the steps that
        fit before the next publish, untraced (``stepping``)."""
        trainer = self._trainer
        if trainer.stopped:  # play or step after the Trainer stopped itself: nothing to train
            self._playing = False
            self._dirty = True
            return
        try:
            if self._stepping.follow_mode(trainer, FUSED_LIVE.mode):
                self._recorded.checkpoint(trainer)  # a replay uses the engine its steps were trained by
            now = self._clock()
            due = self._due(now)
            traced = self._stepping.wants_trace(now, due, self._playing, self._trace_next, trainer.steps_done,
                                                self._until, self._speed is not None)
            before, cpu = trainer.steps_done, self._cpu_clock()
            if traced:
                trace: StepTrace | None = trainer.traced_step()
            elif self._numpy_steps():
                trace = None
                trainer.advance(1)  # numpy steps one at a time, each after the worker gave way (gui_turn)
            else:
                trace = None
                limited, stepping = self._speed is not None, self._stepping
                steps = stepping.untraced_steps(trainer, now, due, self._until, limited)
                if stepping.draws_after(trainer, steps, now, due, self._until, limited):
                    trace = trainer.advance_traced(steps)  # and the drawn step after them, in the same call
                else:
                    trainer.advance(steps)
            seconds, cpu = self._clock() - now, self._cpu_clock() - cpu
            steps = trainer.steps_done - before
            self._stepping.measured(seconds, steps, traced, trainer.fused, cpu)
            self._recorded.record(trainer, trace, seconds / max(steps, 1), steps)
            if trace is not None:
                self._trace, self._trace_next = trace, False
            self._edited = None
        except Exception as exc:  # noqa: BLE001 - a failing step pauses, the worker lives on
            self._playing = False
            self._dirty = self._grid.stale = True
            self.sigError.emit(_message(exc))
            return
        self._dirty = self._grid.stale = True
        if self._playing and self._reached_until():
            self._playing = False
            self._publish(force_grid=True)
        if trainer.stopped:
            self._playing = False
            self._publish(force_grid=True)
            if not self._stop_reported:
                self._stop_reported = True
                self.sigStopped.emit(trainer.stop_reason or _stopped())

    def _due(self, now: float) -> float:
        """When the next publish falls due (``_publish_due``'s intervals), or in a fused run at
        full speed, when the GUI's first frame at least a taken interval after the last publish
        will have been drawn (``GuiTurn.after_frame``): the kernel call before it ends then,
        and the worker takes the GIL back, publishes and starts the next call while the GUI
        thread idles, not while it paints (see gui_turn). The picture is published a frame's
        rest before the window takes it. Not where a drawn step costs more than its share
        (``TRACED_SHARE``) of a publish a frame: there the intervals space the publishes
        more than a frame apart, and a publish a frame end after them came a frame later
        still (64 units x 12 layers: 27-31 pictures a second instead of 34-41)."""
        taken_interval = self._taken_interval()
        if (self._playing and self._speed is None and taken_interval <= PUBLISH_INTERVAL_S
                and not self._numpy_steps()):
            drawn = self.gui_turn.after_frame(now, max(now, self._last_publish + taken_interval))
            if drawn is not None:
                return drawn
        taken = self.mailbox.taken(self._seq)
        return self._last_publish + (taken_interval if taken else self._untaken_interval())

    def _untraced(self) -> bool:
        """The newest step was trained without its trace (steps counted as traces count them)."""
        done = self._trainer.network.steps_done
        return done > 0 and (self._trace is None or self._trace.step != done - 1)

    def _reached_until(self) -> bool:
        return self._until is not None and self._trainer.steps_done >= self._until

    def _publish(self, force_grid: bool = False) -> None:
        if self._untraced():  # a pause or a stop after an untraced step: replayed (<= ~50 ms)
            last = self._trainer.network.steps_done - 1
            trace = self._recorded.get(last)
            if trace is not None:
                self._trace = trace
                self._recorded.append(trace)  # kept as if drawn: File > Save run stores the picture shown
                if trace.diverged:  # said as a traced step says it: the layer, not "the forward pass"
                    self._trainer.stop_reason = self._recorded.stop_reason(last) or self._trainer.stop_reason
        now = self._clock()
        trainer = self._trainer
        steps = trainer.steps_done
        rate = steps_per_second(self._rate_samples, now, steps) if self._playing else 0.0
        if not self._playing:
            self._rate_samples.clear()
        self._grid.refresh(trainer.network, self._layer_maps, now, force_grid)
        if self._trace is None and trainer.steps_done and self._edited is None:
            # A continued run opened without any stored trace (a file saved by the API without
            # them): its network as it is now, shown as an edit is, or the view would stay blank.
            self._edited = self._numbered_preview()
        if self._trace is not None or trainer.steps_done:
            # A preview is "before step 1" (step -1): a continued run (a saved one) shows none.
            self._preview = None
        elif self._preview_stale:
            self._preview = self._make_preview()
        self._seq += 1
        self.mailbox.put(
            Snapshot(
                seq=self._seq,
                generation=self._generation,
                trace=self._trace,
                steps_done=steps,
                history_len=len(trainer.history),
                history=trainer.history,
                stop_reason=trainer.stop_reason,
                playing=self._playing,
                speed=self._speed,
                steps_per_second=float(rate),
                grid_outputs=self._grid.outputs,
                grid_extent=self._grid.extent,
                grid_layers=self._grid.layers,
                recorded=self._recorded,
                dataset=trainer.dataset,
                network_spec=trainer.spec,
                preview=self._edited if self._edited is not None else self._preview,
                edited=self._edited is not None,
            )
        )
        self._last_publish = now
        self._dirty = False

    def _numbered_preview(self) -> StepTrace | None:
        """The preview of a trained run's next step, numbered as the step it follows: the
        picture keeps the run's count."""
        preview = self._make_preview()
        return None if preview is None else replace(preview, step=max(self._trainer.steps_done - 1, 0))

    def _make_preview(self) -> StepTrace | None:
        """The Trainer's preview (the network before its next step), or None if it raised."""
        self._preview_stale = False
        try:
            return self._trainer.preview()
        except Exception as exc:  # noqa: BLE001 - no picture is better than no worker
            self.sigError.emit(_message(exc))
            return None


def _message(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
