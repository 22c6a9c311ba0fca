"""Python's cycle collector run in the GUI thread only, on a timer.

The collector runs in whichever thread allocates when it is due: in the training or export
thread it would destroy Qt widgets there, and deadlock against the GUI thread deleting their
relatives (seen: a QMenu destroyed by gc in the export thread while the GUI thread deleted its
window). So automatic collection is turned off and a GUI-thread timer collects instead, with
the thresholds the interpreter had: the scheme of pyqtgraph's GarbageCollector, kept here so
that the application starts without importing pyqtgraph (0.3 s), yet has it before any thread.

Once the window has settled (its plots built, the kernel loaded), ``freeze_settled`` takes every
object alive then out of the collector's scans (``gc.freeze``): the window, Qt's wrappers and
the libraries' modules live for the whole session, and scanning them made each full collection
hold the GUI thread for about 90 ms (18 ms after the freeze, measured after 45,000 steps of the
vanishing lesson). Their memory is still freed by reference counting; only a cycle among them
that became garbage later would stay."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def freeze_settled() -> None:
    """Keep the objects alive now out of the cycle collector's scans (see the module docstring)."""
    gc.freeze()


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects every ``interval_ms`` in this (GUI) thread:
    a generation is collected when its count passed the interpreter's threshold for it, as
    automatic collection would have (generation 1 only after 0, 2 only after 1)."""

    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                return
            gc.collect(generation)
