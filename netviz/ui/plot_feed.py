"""The docked plots follow the worker's snapshots: cleared for a new Trainer, new steps appended
(throttled while training plays), the decision boundary replaced when the worker made a new grid.
The plots are built after the window's first picture (see plot_panel): until then the feed
keeps the newest snapshot, and replays it into the plots when they are built."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from netviz.engine.summary import StepSummary
from netviz.engine.summary_log import SummaryColumns, SummaryLog
from netviz.ui.mailbox import Snapshot
from netviz.ui.plot_panel import PlotPanel

if TYPE_CHECKING:  # built after the first picture (plot_panel): only the type is needed here
    from netviz.ui.plots import TrainingPlots

# While training plays, the plots take new steps at most twice a second: a redraw of the docked
# plots (axes, curves, boundary image) cost 100-200 ms of the GUI thread under a training worker.
# Measured with tests/benchmarks/live_view.py: plots redrawn every frame left the network
# view 3-8 updates a second; every 0.5 s, 20-34 (every 0.25 s: 3-14). Paused or stepping, at once.
PLOT_INTERVAL_S = 0.5


def history_columns(history: Sequence[StepSummary], start: int, stop: int) -> SummaryColumns:
    """Steps ``start`` to ``stop`` of a run's history as columns: straight from a SummaryLog's
    rows (at thousands of steps a second, a StepSummary made per step held the GUI thread for
    tens of milliseconds at each append), or from any sequence of summaries."""
    if isinstance(history, SummaryLog):
        return history.columns(start, stop)
    return SummaryColumns.of(history[start:stop])


class PlotFeed:
    """Feeds the plots of ``panel`` from snapshots (those before the plots exist too, once they
    do); ``layer_names(snapshot)`` names the curves of a new network."""

    def __init__(self, panel: PlotPanel, layer_names: Callable[[Snapshot], list[str]],
                 clock: Callable[[], float] = time.monotonic):
        self._panel = panel
        self._layer_names = layer_names
        self._clock = clock
        self._generation = -1  # the Trainer generation the plots show
        self._plotted = 0  # how many of its history's steps they hold
        self._plotted_at = -math.inf  # the clock's time of the last append (throttled while playing)
        self._boundary: np.ndarray | None = None  # the grid array the boundary image shows
        # The newest snapshot shown and its run's length: the plots, built later, start from it.
        self._newest: tuple[Snapshot, int] | None = None
        # A reset's layers and run length, for plots built before the new run's first snapshot.
        self._restarted: tuple[list[str], int] | None = None
        panel.when_built(self._replay)

    def show(self, snap: Snapshot, run_length: int) -> bool:
        """Bring the plots up to ``snap``; ``run_length``: the lesson's steps, for a new run's x axes.
        True if ``snap`` starts a new run (the plots were cleared for it)."""
        new_run = snap.generation != self._generation
        if new_run:
            self._generation = snap.generation
            self._plotted, self._boundary = 0, None
        self._newest = (snap, run_length)
        plots = self._panel.plots
        if plots is None:
            return new_run
        if new_run:
            plots.clear(self._layer_names(snap), run_length)
            plots.show_dataset(snap.dataset)
        now = self._clock()
        if snap.history_len > self._plotted and (not snap.playing or now - self._plotted_at >= PLOT_INTERVAL_S):
            plots.append(history_columns(snap.history, self._plotted, snap.history_len))
            self._plotted, self._plotted_at = snap.history_len, now
        if snap.grid_outputs is not None and snap.grid_extent is not None and snap.grid_outputs is not self._boundary:
            plots.set_boundary(snap.grid_outputs, snap.grid_extent)
            self._boundary = snap.grid_outputs
        return new_run

    def restart(self, layer_names: list[str], run_length: int) -> None:
        """A reset: nothing of the old run stays on the plots (its numbers are no longer true);
        ``layer_names`` and ``run_length`` are the new run's, until its first snapshot."""
        self._newest = None
        self._restarted = (layer_names, run_length)
        if self._panel.plots is not None:
            self._panel.plots.clear(layer_names, run_length)

    def _replay(self, plots: TrainingPlots) -> None:
        """The plots were just built: everything shown so far goes into them at once."""
        if self._newest is None:
            if self._restarted is not None:
                plots.clear(*self._restarted)
            return
        self._generation, self._plotted_at = -1, -math.inf
        self.show(*self._newest)
