"""Input features: what a network is fed from a 2-input data set's points (x1, x2), as TensorFlow Playground has them.

Playground lets a student feed X1, X2, X1², X2², X1·X2, sin(X1) and sin(X2) instead of the
raw coordinates; on the spiral, sin features do what six deep layers cannot. Here the
features are a setting of the network (``NetworkSpec.features``): each chosen feature is
one input node, the Trainer maps the data set's points with ``apply`` before the network
sees them, and a trace's ``inputs`` hold the feature values. No features (None) means the
data set's own inputs, unchanged, for a data set of any width.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .settings import SpecError

_Feature = Callable[[np.ndarray, np.ndarray], np.ndarray]

# name (as a lesson file writes it) -> (label for the picture, the feature of the columns x1, x2)
_FEATURES: dict[str, tuple[str, _Feature]] = {
    "x1": ("X₁", lambda x1, x2: x1),
    "x2": ("X₂", lambda x1, x2: x2),
    "x1^2": ("X₁²", lambda x1, x2: x1 * x1),
    "x2^2": ("X₂²", lambda x1, x2: x2 * x2),
    "x1*x2": ("X₁X₂", lambda x1, x2: x1 * x2),
    "sin(x1)": ("sin(X₁)", lambda x1, x2: np.sin(x1)),
    "sin(x2)": ("sin(X₂)", lambda x1, x2: np.sin(x2)),
}
FEATURE_NAMES: tuple[str, ...] = tuple(_FEATURES)  # in Playground's order
RAW_INPUTS = ("x1", "x2")  # the features that are the data set's own two inputs


def label(name: str) -> str:
    """How the picture names a feature's input node: "sin(x1)" -> "sin(X₁)"."""
    if name not in _FEATURES:
        raise ValueError(f"unknown feature {name!r} (known: {', '.join(FEATURE_NAMES)})")
    return _FEATURES[name][0]


def input_count(names: Sequence[str] | None, data_inputs: int) -> int:
    """How many inputs a network with these features has on a data set with ``data_inputs``
    inputs: one per feature, or the data set's own without features. SpecError("features")
    when features are asked of a data set without exactly two inputs."""
    if names is None:
        return data_inputs
    if data_inputs != 2:
        raise SpecError("features", f"input features are made from 2 inputs (x1, x2); this data set has "
                                    f"{data_inputs}: leave features out to feed its own inputs")
    return len(names)


def apply(names: Sequence[str] | None, x: np.ndarray) -> np.ndarray:
    """The network's inputs for the points ``x``: (N, len(names)), one column per feature in
    the order named, the dtype of ``x`` (float64 for whole numbers), read-only. ``names`` None: ``x`` itself (the data
    set's own inputs, not copied, so a run without features is the run it always was).
    ValueError for an unknown name or ``x`` without exactly 2 columns."""
    if names is None:
        return x
    x = np.asarray(x)
    if x.ndim != 2 or x.shape[1] != 2:
        raise ValueError(f"input features need points (N, 2), got an array of shape {x.shape}")
    unknown = [name for name in names if name not in _FEATURES]
    if unknown:
        raise ValueError(f"unknown feature {unknown[0]!r} (known: {', '.join(FEATURE_NAMES)})")
    x1, x2 = x[:, 0], x[:, 1]
    dtype = x.dtype if np.issubdtype(x.dtype, np.floating) else np.float64
    out = np.empty((x.shape[0], len(names)), dtype=dtype)
    for column, name in enumerate(names):
        out[:, column] = _FEATURES[name][1](x1, x2)
    out.flags.writeable = False
    return out
