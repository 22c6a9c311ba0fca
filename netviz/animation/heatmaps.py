"""Output maps: every node's output over a grid of the input plane, for data sets with 2 inputs (no Qt).

The worker computes the grid after each step for the window; the export computes it for
each step it shows. Both turn the grid into the pictures a node draws with
``heatmaps_from_grid``. Only the engine's public API is used (``Network.predict`` and
``Network.layer_outputs``).
"""

from __future__ import annotations

import numpy as np

from netviz.engine import Dataset, Network
from netviz.engine.features import apply as input_features

GRID_SIZE = 40  # the decision-boundary grid is GRID_SIZE x GRID_SIZE points
GRID_MARGIN = 0.1  # the grid reaches this fraction of the data's range beyond it on every side


class InputGrid:
    """The input-plane grid of one data set with 2 inputs: cell-centre points and extent.

    ``points`` is (G*G, 2), row-major over a (G, G) grid whose rows follow x2 and columns
    x1; ``extent`` = (x1_min, x1_max, x2_min, x2_max) are the outer edges of the cells.
    """

    def __init__(self, dataset: Dataset, size: int = GRID_SIZE, margin: float = GRID_MARGIN):
        if dataset.n_inputs != 2:
            raise ValueError(f"an input-plane grid needs a data set with 2 inputs, got {dataset.n_inputs}")
        x = dataset.x_train if not len(dataset.x_val) else np.concatenate([dataset.x_train, dataset.x_val])
        lo, hi = x.min(axis=0).astype(float), x.max(axis=0).astype(float)
        span = np.where(hi - lo > 0, hi - lo, 1.0)
        lo, hi = lo - margin * span, hi + margin * span
        centres = [lo[k] + (np.arange(size) + 0.5) * (hi[k] - lo[k]) / size for k in (0, 1)]
        x1, x2 = np.meshgrid(centres[0], centres[1])  # (G, G): rows follow x2, columns x1
        self.size = size
        self.points = np.column_stack([x1.ravel(), x2.ravel()])
        self.extent = (float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))

    def outputs(self, network: Network) -> np.ndarray:
        """The network's evaluation-mode output over the grid: (G, G, n_outputs), read-only."""
        return self._as_grid(network.predict(input_features(network.spec.features, self.points)))

    def layer_outputs(self, network: Network) -> tuple[np.ndarray, ...]:
        """Per column of the picture (the inputs, then every layer): (G, G, n) outputs, read-only;
        with input features the inputs' column holds each feature over the plane."""
        inputs = input_features(network.spec.features, self.points)
        outs = [inputs] + network.layer_outputs(inputs)
        return tuple(self._as_grid(out) for out in outs)

    def _as_grid(self, values: np.ndarray) -> np.ndarray:
        out = np.array(values, copy=True).reshape(self.size, self.size, -1)
        out.flags.writeable = False
        return out


def heatmaps_from_grid(grid_layers: tuple[np.ndarray, ...]) -> list[np.ndarray]:
    """(G, G, n) grids per column -> (n, G, G) images, x2 growing upward, each column's
    range stretched to [-1, 1] (sigmoid and ReLU outputs are never negative, and a picture
    in one colour shows nothing)."""
    maps = []
    for grid in grid_layers:
        images = np.moveaxis(grid[::-1], 2, 0)  # grid rows follow x2 upward; image rows go down
        finite = images[np.isfinite(images)]
        if finite.size == 0:
            maps.append(images)
            continue
        lo, hi = float(finite.min()), float(finite.max())
        half = (hi - lo) / 2
        maps.append((images - (lo + hi) / 2) / half if half > 0 else np.zeros_like(images))
    return maps
