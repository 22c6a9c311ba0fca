"""What every data set shares: its error, the checks of its common arguments, and the
split into training and validation sets (frozen arrays)."""

from __future__ import annotations

import numpy as np

from .dataset_types import Dataset

# Enough for any lesson; far larger sets only cost memory and time in the dead-unit scans.
MAX_SAMPLES = 100_000


class DatasetError(ValueError):
    """A dataset could not be made or loaded; the message names the field and the reason."""


def check_range(field: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise DatasetError(f"{field}: must be a number, got {value!r}")
    if not low <= value <= high:  # also rejects NaN
        raise DatasetError(f"{field}: must be between {low:g} and {high:g}, got {value!r}")
    return float(value)


def check_seed(seed: object) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise DatasetError(f"seed: must be a non-negative integer, got {seed!r}")
    return int(seed)


def split(
    name: str,
    task: str,
    x: np.ndarray,
    y: np.ndarray,
    validation: float,
    rng: np.random.Generator,
    feature_names: tuple[str, ...],
    class_names: tuple[str, ...],
    *,
    shuffle: bool = True,
) -> Dataset:
    n = len(x)
    n_val = min(int(validation * n + 0.5), n - 1)
    if shuffle:
        order = rng.permutation(n)
        val, train = order[:n_val], order[n_val:]
    else:  # the file's order: training rows first, the validation rows last
        train, val = np.arange(n - n_val), np.arange(n - n_val, n)
    return Dataset(
        name=name,
        task=task,
        x_train=frozen(x[train]),
        y_train=frozen(y[train]),
        x_val=frozen(x[val]),
        y_val=frozen(y[val]),
        feature_names=feature_names,
        class_names=class_names,
    )


def frozen(a: np.ndarray) -> np.ndarray:
    out = np.array(a, dtype=np.float64, order="C")  # a copy: nobody else holds a reference
    out.flags.writeable = False
    return out
