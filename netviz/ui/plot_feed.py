"""The docked plots follow the worker's snapshots: cleared for a new Trainer, new steps appended
(throttled while training plays), the decision boundary replaced when the worker made a new grid."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from netviz.ui.mailbox import Snapshot
from netviz.ui.plots import TrainingPlots

# While training plays, the plots take new steps at most twice a second: a redraw of the docked
# plots (axes, curves, boundary image) cost 100-200 ms of the GUI thread under a training worker.
# Measured with tests/benchmarks/live_view.py: plots redrawn every frame left the network
# view 3-8 updates a second; every 0.5 s, 20-34 (every 0.25 s: 3-14). Paused or stepping, at once.
PLOT_INTERVAL_S = 0.5


class PlotFeed:
    """Feeds ``plots`` from snapshots; ``layer_names(snapshot)`` names the curves of a new network."""

    def __init__(self, plots: TrainingPlots, layer_names: Callable[[Snapshot], list[str]],
                 clock: Callable[[], float] = time.monotonic):
        self._plots = plots
        self._layer_names = layer_names
        self._clock = clock
        self._generation = -1  # the Trainer generation the plots show
        self._plotted = 0  # how many of its history's steps they hold
        self._plotted_at = -1.0  # the clock's time of the last append (throttled while playing)
        self._boundary: np.ndarray | None = None  # the grid array the boundary image shows

    def show(self, snap: Snapshot, run_length: int) -> bool:
        """Bring the plots up to ``snap``; ``run_length``: the lesson's steps, for a new run's x axes.
        True if ``snap`` starts a new run (the plots were cleared for it)."""
        plots = self._plots
        new_run = snap.generation != self._generation
        if new_run:
            self._generation = snap.generation
            self._plotted, self._boundary = 0, None
            plots.clear(self._layer_names(snap), run_length)
            plots.show_dataset(snap.dataset)
        now = self._clock()
        if snap.history_len > self._plotted and (not snap.playing or now - self._plotted_at >= PLOT_INTERVAL_S):
            plots.append(snap.history[self._plotted : snap.history_len])
            self._plotted, self._plotted_at = snap.history_len, now
        if snap.grid_outputs is not None and snap.grid_extent is not None and snap.grid_outputs is not self._boundary:
            plots.set_boundary(snap.grid_outputs, snap.grid_extent)
            self._boundary = snap.grid_outputs
        return new_run
