"""A worker QObject on its own QThread: the setup the training worker and the export share.

The rules it keeps (pyqtgraph's crash course, superqt's thread workers):

* The worker has no parent: a QObject with a parent cannot be moved to another thread, and
  a parent in the GUI thread would delete it across threads.
* The worker's ``run`` slot is connected to the thread's ``started`` signal, so it runs in
  the worker thread once the thread starts.
* Destroying a QThread while it runs aborts the process, so every thread that has not
  joined yet stays referenced here (``unjoined()``), even if its owner drops it or a join
  timed out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread

_UNJOINED: list[WorkerThread] = []


class WorkerThread:
    """``worker`` moved to a new QThread named ``name``, whose ``started`` runs ``run``.

    ``start()`` starts the thread; ``join(timeout_s)`` quits its event loop (after ``run``
    has returned) and waits for it. The caller makes ``run`` return first (a stop flag,
    a cancel event): ``join`` cannot interrupt a slot that is still running.
    """

    def __init__(self, worker: QObject, run: Callable[[], None], name: str) -> None:
        if worker.parent() is not None:
            raise ValueError("a worker moved to its own thread must have no parent")
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        self.thread.started.connect(run)
        self._joined = False
        _UNJOINED.append(self)

    def start(self) -> None:
        self.thread.start()

    @property
    def joined(self) -> bool:
        return self._joined

    def join(self, timeout_s: float) -> bool:
        """Quit the thread's event loop and wait up to ``timeout_s``; True once it has ended.

        Safe to call again after a timeout (it waits again) or after a join (it only reports).
        """
        if self._joined:
            return True
        self.thread.quit()
        ended = self.thread.wait(max(0, int(timeout_s * 1000))) or not self.thread.isRunning()
        if ended:
            self._joined = True
            if self in _UNJOINED:
                _UNJOINED.remove(self)
        return ended


def unjoined() -> tuple[WorkerThread, ...]:
    """The worker threads created and not joined yet (for shutdown checks and tests)."""
    return tuple(_UNJOINED)
