"""The worker's grid: the network's output (and with layer maps every node's) over the input
plane of a 2-D data set, recomputed in the worker's thread when the weights changed, at most
``GRID_MIN_INTERVAL_S`` apart and within ``GRID_MAX_SHARE`` of the worker's time while playing."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ..animation.heatmaps import InputGrid
from ..engine.dataset_types import Dataset
from ..engine.network import Network

GRID_MIN_INTERVAL_S = 0.1  # while playing, the grid is recomputed at most ~10 times a second ...
# ... and takes at most ~5 % of the worker's time: on a 12x64 network (~18 ms a grid) about
# three grids a second. At 10 % (five or six) the grid also took time from the drawn steps:
# 48-50 view updates/s and 0.67-0.68x of headless training; at 5 %, 54-56 and 0.72x
# (tests/benchmarks/live_view --hidden 64x12). A lesson's grid (1-2 ms) keeps its ten a second.
GRID_MAX_SHARE = 0.05


class LiveGrid:
    """One run's grid; nothing for a data set that is not 2-D (``extent`` None)."""

    def __init__(self, dataset: Dataset, clock: Callable[[], float]):
        self._grid = InputGrid(dataset) if dataset.n_inputs == 2 else None
        self._clock = clock
        self.outputs: np.ndarray | None = None
        self.layers: tuple[np.ndarray, ...] | None = None  # with layer maps: every layer's outputs
        self.stale = True  # the weights (or the settings) changed since the last refresh
        self._time = -math.inf
        self._cost = 0.0

    @property
    def extent(self) -> tuple[float, float, float, float] | None:
        return self._grid.extent if self._grid is not None else None

    def refresh(self, network: Network, layer_maps: bool, now: float, force: bool) -> None:
        """Recompute a stale grid (``force``: whenever stale, e.g. paused); it costs a forward
        pass of G*G points, so while playing at most ~10 times a second and within
        GRID_MAX_SHARE of the worker's time."""
        if self._grid is None or not self.stale:
            return
        interval = max(GRID_MIN_INTERVAL_S, self._cost / GRID_MAX_SHARE)
        if not (force or self.outputs is None or now - self._time >= interval):
            return
        if layer_maps:
            self.layers = self._grid.layer_outputs(network)
            self.outputs = self.layers[-1]
        else:
            self.layers = None
            self.outputs = self._grid.outputs(network)
        self._cost = self._clock() - now
        self._time = now
        self.stale = False
