"""The shared worker-thread setup: no parent, run on start in its own thread, joined and then forgotten."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Slot

from netviz.ui.threads import WorkerThread, unjoined

TIMEOUT_MS = 10_000


class Probe(QObject):
    """Notes the thread its run slot ran in, and blocks until released."""

    def __init__(self) -> None:
        super().__init__()
        self.ran_in: list[int] = []
        self.release = threading.Event()

    @Slot()
    def run(self) -> None:
        self.ran_in.append(threading.get_ident())
        self.release.wait(10.0)


def test_the_worker_runs_in_its_own_thread_and_is_forgotten_once_joined(qapp, qtbot):
    probe = Probe()
    worker_thread = WorkerThread(probe, probe.run, "netviz test")
    assert probe.thread() is worker_thread.thread and worker_thread.thread.objectName() == "netviz test"
    assert worker_thread in unjoined() and not worker_thread.joined
    worker_thread.start()
    qtbot.waitUntil(lambda: len(probe.ran_in) == 1, timeout=TIMEOUT_MS)
    assert probe.ran_in[0] != threading.get_ident()

    # While run still runs, a short join times out and the thread stays referenced.
    assert not worker_thread.join(0.05)
    assert worker_thread in unjoined()
    probe.release.set()
    assert worker_thread.join(5.0)
    assert worker_thread.joined and not worker_thread.thread.isRunning()
    assert worker_thread not in unjoined()
    assert worker_thread.join(0.0), "joining again only reports"


def test_a_worker_with_a_parent_is_refused(qapp):
    parent = QObject()
    child = QObject(parent)
    with pytest.raises(ValueError, match="no parent"):
        WorkerThread(child, lambda: None, "netviz test")
