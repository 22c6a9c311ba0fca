"""What the GUI holds of the training worker (``worker.TrainingWorker``): the worker, its QThread and
its mailbox, started together and joined together (the worker module's docstring says how to use it)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QThread

from ..animation.history import DEFAULT_MAX_BYTES
from ..engine import StepTrace
from ..engine.trainer import Trainer
from .mailbox import Mailbox, RecordedSteps, Snapshot
from .threads import WorkerThread
from .worker import IDLE_WAIT_S, TrainingWorker


class WorkerHandle:
    """What the GUI holds: the worker, its QThread and the mailbox; starts them, and joins them.

    ``WorkerHandle(trainer)`` creates the worker (no parent) on its own QThread
    (``threads.WorkerThread``: the thread stays referenced until it joins), runs its loop on
    ``started`` and starts the thread; the worker waits paused until ``play()``.
    ``shutdown()`` must be called before the application exits (the window's closeEvent);
    as a safety net it is also connected to the application's ``aboutToQuit``.
    """

    def __init__(self, trainer: Trainer, *, speed: float | None = None, mailbox: Mailbox | None = None,
                 history_bytes: int = DEFAULT_MAX_BYTES, clock: Callable[[], float] = time.perf_counter,
                 idle_wait_s: float = IDLE_WAIT_S):
        """``clock`` and ``idle_wait_s``: see ``TrainingWorker``."""
        self.mailbox = mailbox if mailbox is not None else Mailbox()
        self.worker = TrainingWorker(trainer, self.mailbox, speed=speed, history_bytes=history_bytes,
                                     clock=clock, idle_wait_s=idle_wait_s)
        self._thread = WorkerThread(self.worker, self.worker.run, "netviz training")
        app = QCoreApplication.instance()
        self._app = app
        if app is not None:
            app.aboutToQuit.connect(self._on_about_to_quit)
        self._thread.start()

    @property
    def thread(self) -> QThread:
        return self._thread.thread

    # Thin forwarders, so that the GUI needs only the handle.
    def play(self, until: int | None = None) -> None:
        self.worker.play(until)

    def pause(self) -> None:
        self.worker.pause()

    def step_once(self) -> None:
        self.worker.step_once()

    def set_speed(self, steps_per_second: float | None) -> None:
        self.worker.set_speed(steps_per_second)

    def reset(self, trainer: Trainer | Callable[[], Trainer], traces: Sequence[StepTrace] = ()) -> None:
        self.worker.reset(trainer, traces)

    def set_layer_maps(self, on: bool) -> None:
        self.worker.set_layer_maps(on)

    def apply(self, fn: Callable[[Trainer], object]) -> None:
        self.worker.apply(fn)

    def edit(self, fn: Callable[[Trainer], object]) -> None:
        self.worker.edit(fn)

    def capture(self, fn: Callable[[Trainer, RecordedSteps], object]) -> None:
        self.worker.capture(fn)

    def take_if_newer(self, last_seq: int) -> Snapshot | None:
        return self.mailbox.take_if_newer(last_seq)

    @property
    def joined(self) -> bool:
        return self._thread.joined

    def shutdown(self, timeout_s: float = 1.0) -> bool:
        """Stop the loop, quit the thread and wait up to ``timeout_s``; True if it joined.

        Safe to call again (it then only reports, or waits again if the first call timed out).
        """
        if self._thread.joined:
            return True
        self.worker.request_stop()
        if not self._thread.join(timeout_s):
            return False
        if self._app is not None:
            self._app.aboutToQuit.disconnect(self._on_about_to_quit)
            self._app = None
        return True

    def _on_about_to_quit(self) -> None:
        self.shutdown(timeout_s=5.0)
