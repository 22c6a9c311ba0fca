"""Accuracy: the share of examples a classifier gets right, from its predictions and targets (None for regression)."""

from __future__ import annotations

import math

import numpy as np

# Where a prediction and a target of each binary output kind change class: a sigmoid's
# probability and its 0/1 labels at 0.5, tanh's output and its -1/+1 labels at 0.
_BOUNDARY = {"sigmoid": 0.5, "tanh": 0.0}


def accuracy(output: str, predictions: np.ndarray, targets: np.ndarray) -> float | None:
    """The share of the rows of ``predictions`` (B, k) whose class is the class of ``targets``
    (B, k) as the loss of ``output`` sees them.

    "sigmoid" and "tanh" (k = 1): the class is which side of the boundary (0.5, 0) a value
    lies; a prediction exactly on it counts as the negative class. "softmax": the class is
    the largest output (the one-hot target's 1). "linear" (regression): None, there are no
    classes. NaN when a prediction is NaN or infinite (a diverged step), NaN for no rows.
    """
    if output not in _BOUNDARY and output != "softmax":
        return None
    n = predictions.shape[0]
    # Outputs are bounded (probabilities, tanh), so their sum is finite exactly when every
    # one is; one sum costs less than an isfinite array (this runs twice every step).
    if n == 0 or not math.isfinite(float(np.add.reduce(predictions, None))):
        return math.nan
    if output == "softmax":
        right = predictions.argmax(axis=1) == targets.argmax(axis=1)
    else:
        boundary = _BOUNDARY[output]
        right = (predictions > boundary) == (targets > boundary)
        if right.shape[1] != 1:  # several outputs: an example is right when all of them are
            right = right.all(axis=1)
    return np.count_nonzero(right) / n
