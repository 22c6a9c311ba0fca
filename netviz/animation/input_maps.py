"""The input nodes' own pictures: each input's name and its value over the input plane (no Qt).

TensorFlow Playground draws every input node (X₁, X₁², sin(X₁), ...) as a small map of
that feature over the plane, each in its own colour range: a student sees at a glance what
the network is fed. Here ``input_picture`` makes those names and maps once per run (they
depend on the data set and the chosen features, never on the weights), and the view and the
export pass them to the scene (``ViewState.inputs``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from netviz.engine.dataset_types import Dataset
from netviz.engine.features import RAW_INPUTS, label
from netviz.engine.features import apply as input_features

from .heatmaps import GRID_SIZE, InputGrid


@dataclass(frozen=True)
class InputPicture:
    """``names``: the label of each input node ("X₁", "sin(X₁)"); ``maps``: (n, G, G) each
    input's value over the plane, x2 upward, stretched to [-1, 1] node by node. ``always``:
    the names and maps are drawn whatever the nodes show (input features were chosen: what
    each one is, is the point); else the raw inputs are drawn as before (discs, or the
    output maps' shared range)."""

    names: tuple[str, ...]
    maps: np.ndarray = field(compare=False)
    always: bool = False


def stretch_each(images: np.ndarray) -> np.ndarray:
    """(n, H, W) images, each stretched on its own to [-1, 1] (a constant one to 0; NaN stays NaN):
    x1² next to x1 would otherwise show only half of the colour range."""
    out = np.array(images, dtype=float, copy=True)
    for k, image in enumerate(out):
        finite = image[np.isfinite(image)]
        if finite.size == 0:
            continue
        lo, hi = float(finite.min()), float(finite.max())
        half = (hi - lo) / 2
        out[k] = (image - (lo + hi) / 2) / half if half > 0 else np.where(np.isfinite(image), 0.0, image)
    out.flags.writeable = False
    return out


def input_names(features: Sequence[str] | None) -> tuple[str, ...]:
    """The input nodes' labels for these features (the raw X₁, X₂ without features)."""
    return tuple(label(name) for name in (features if features is not None else RAW_INPUTS))


def input_picture(dataset: Dataset, features: Sequence[str] | None, size: int = GRID_SIZE) -> InputPicture | None:
    """The names and maps of the input nodes of a network fed ``features`` of ``dataset``;
    None for a data set without exactly 2 inputs (its inputs are not points of a plane)."""
    if dataset.n_inputs != 2:
        return None
    grid = InputGrid(dataset, size=size)
    values = input_features(features, grid.points).reshape(size, size, -1)
    images = np.moveaxis(values[::-1], 2, 0)  # grid rows follow x2 upward; image rows go down
    return InputPicture(names=input_names(features), maps=stretch_each(images), always=features is not None)
