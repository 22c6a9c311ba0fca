"""The decision-boundary picture's values: the network's first output over the plane, on its own scale,
optionally discretized to two colours as Playground's "Discretize output" (no Qt)."""

from __future__ import annotations

import numpy as np

# Per output kind: the colour scale's ends and where the classes change (accuracy's boundary).
_SCALES = {"sigmoid": (0.0, 1.0, 0.5), "tanh": (-1.0, 1.0, 0.0), "softmax": (0.0, 1.0, 0.5),
           "linear": (-1.0, 1.0, 0.0)}


def boundary_levels(output: str) -> tuple[float, float]:
    """The colour scale of the boundary picture for an output kind: probabilities on 0..1,
    tanh and regression on Playground's -1..1."""
    low, high, _ = _SCALES.get(output, _SCALES["linear"])
    return low, high


def boundary_values(grid_outputs: np.ndarray, output: str, discretize: bool = False) -> np.ndarray:
    """(G, G) values of the first output to colour, from the grid's (G, G, k) outputs: NaN
    and infinities pinned to the scale's middle and ends; with ``discretize``, each cell
    at one end of the scale or the other, by the side of the class boundary it lies on."""
    low, high, middle = _SCALES.get(output, _SCALES["linear"])
    values = np.nan_to_num(np.asarray(grid_outputs, dtype=float)[..., 0], nan=middle, posinf=high, neginf=low)
    if discretize:
        values = np.where(values > middle, high, low)
    return values


def discretized_map(grid_outputs: np.ndarray, output: str) -> np.ndarray:
    """(1, G, G) the output node's map in two colours, as ``heatmaps_from_grid`` lays maps out
    (x2 upward, values in [-1, 1]): +1 on the positive class's side, -1 on the other."""
    low, high, _ = _SCALES.get(output, _SCALES["linear"])
    sides = boundary_values(grid_outputs, output, discretize=True)  # low or high
    image = np.where(sides > (low + high) / 2, 1.0, -1.0)[::-1]
    return image[None, :, :]
