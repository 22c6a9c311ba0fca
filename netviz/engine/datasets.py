"""Built-in datasets (TensorFlow Playground's 2-D sets, 8x8 digits) and CSV import."""

from __future__ import annotations

import gzip
import math
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from netviz.engine.dataset_types import Dataset
from netviz.resources import resource_path

from .csv_import import MAX_CLASSES, load_csv
from .dataset_split import MAX_SAMPLES, DatasetError, check_range, check_seed, split

__all__ = ["DATASET_NAMES", "MAX_CLASSES", "MAX_SAMPLES", "DatasetError", "dataset_info", "describe", "load_csv",
           "make_dataset"]



_Generate = Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]


class _Builtin(NamedTuple):
    task: str
    default_samples: int
    description: str
    generate: _Generate | None  # None: loaded from a file, not generated


# --- TensorFlow Playground generators (src/dataset.ts) ---------------------------------
# Each returns x (n, 2) and y (n, 1). Playground labels classes -1/+1; ours are 0.0/1.0.
# Odd n: playground would make n/2 rounded up of each class (n + 1 points); we make
# exactly n, the extra point going to the positive class.


def _circle(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    radius = 5.0
    n_pos = (n + 1) // 2
    r = np.concatenate(
        [rng.uniform(0.0, radius * 0.5, n_pos), rng.uniform(radius * 0.7, radius, n - n_pos)]
    )
    angle = rng.uniform(0.0, 2 * np.pi, n)
    x, y = r * np.sin(angle), r * np.cos(angle)
    # The label comes from a jittered copy of the point while the point itself is kept:
    # that is how playground turns "noise" into label noise near the boundary.
    nx = rng.uniform(-radius, radius, n) * noise
    ny = rng.uniform(-radius, radius, n) * noise
    inside = np.sqrt((x + nx) ** 2 + (y + ny) ** 2) < radius * 0.5
    return np.column_stack([x, y]), inside.astype(np.float64)[:, None]


def _xor(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    padding = 0.3  # keeps points off the axes, where the quadrant is ambiguous
    x = rng.uniform(-5.0, 5.0, n)
    x += np.where(x > 0, padding, -padding)
    y = rng.uniform(-5.0, 5.0, n)
    y += np.where(y > 0, padding, -padding)
    nx = rng.uniform(-5.0, 5.0, n) * noise
    ny = rng.uniform(-5.0, 5.0, n) * noise
    same_sign = (x + nx) * (y + ny) >= 0
    return np.column_stack([x, y]), same_sign.astype(np.float64)[:, None]


def _gaussian(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # Playground's d3 scale maps noise 0..0.5 to variance 0.5..4 and extrapolates beyond.
    std = math.sqrt(0.5 + 7.0 * noise)
    n_pos = (n + 1) // 2
    positive = np.arange(n) < n_pos
    centre = np.where(positive, 2.0, -2.0)[:, None]
    return centre + rng.normal(0.0, std, (n, 2)), positive.astype(np.float64)[:, None]


def _spiral(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    def arm(count: int, delta: float) -> np.ndarray:
        i = np.arange(count) / count
        r, t = i * 5.0, 1.75 * i * 2 * np.pi + delta
        return np.column_stack([r * np.sin(t), r * np.cos(t)])

    n_pos = (n + 1) // 2
    points = np.concatenate([arm(n_pos, 0.0), arm(n - n_pos, np.pi)])
    points += rng.uniform(-1.0, 1.0, (n, 2)) * noise
    label = (np.arange(n) < n_pos).astype(np.float64)[:, None]
    return points, label


def _uniform_with_jitter(
    n: int, noise: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    radius = 6.0
    x = rng.uniform(-radius, radius, n)
    y = rng.uniform(-radius, radius, n)
    nx = rng.uniform(-radius, radius, n) * noise
    ny = rng.uniform(-radius, radius, n) * noise
    return x, y, x + nx, y + ny


def _reg_plane(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x, y, jx, jy = _uniform_with_jitter(n, noise, rng)
    # Playground's unclamped scale [-10, 10] -> [-1, 1]: corners reach +-1.2, as there.
    return np.column_stack([x, y]), ((jx + jy) / 10.0)[:, None]


_BUMPS = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]],
    dtype=np.float64,
)


def _reg_gaussian(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x, y, jx, jy = _uniform_with_jitter(n, noise, rng)
    d = np.sqrt((jx[:, None] - _BUMPS[:, 0]) ** 2 + (jy[:, None] - _BUMPS[:, 1]) ** 2)
    values = _BUMPS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    # argmax takes the first of equal magnitudes, like playground's strict ">" scan;
    # "+ 0.0" turns the -0.0 of a far-away negative bump into a plain 0.0.
    pick = np.abs(values).argmax(axis=1)
    label = values[np.arange(n), pick] + 0.0
    return np.column_stack([x, y]), label[:, None]


_BUILTINS: dict[str, _Builtin] = {
    "circle": _Builtin(
        "binary", 400, "Playground circle: a disc of positives inside a ring of negatives.", _circle
    ),
    "xor": _Builtin(
        "binary", 400, "Playground XOR: positive where x and y have the same sign.", _xor
    ),
    "gaussian": _Builtin(
        "binary", 400, "Playground two Gaussians: positives near (2, 2), negatives near (-2, -2).",
        _gaussian,
    ),
    "spiral": _Builtin(
        "binary", 400, "Playground spiral: two interleaved spiral arms, one per class.", _spiral
    ),
    "reg-plane": _Builtin(
        "regression", 400, "Playground plane: target (x + y) / 10, a tilted plane.", _reg_plane
    ),
    "reg-gaussian": _Builtin(
        "regression", 400, "Playground multi-Gaussian: six bumps of target +1 or -1.",
        _reg_gaussian,
    ),
    "digits": _Builtin(
        "multiclass", 1797, "Handwritten digits (UCI): 8x8 pixel images in [0, 1], 10 classes.",
        None,
    ),
}

DATASET_NAMES: tuple[str, ...] = tuple(_BUILTINS)


def dataset_info(name: str) -> tuple[str, int, str]:
    """A built-in dataset's task ("binary", "regression", "multiclass"), default number of
    examples and one-line description (English: the window translates it)."""
    spec = _BUILTINS.get(name)
    if spec is None:
        raise DatasetError(_unknown_name(name))
    return spec.task, spec.default_samples, spec.description


def describe(name: str) -> str:
    """One line about a built-in dataset (task, default size, what it shows), for a UI list."""
    task, samples, description = dataset_info(name)
    return f"{description} ({task}, {samples} examples by default)"


def make_dataset(
    name: str,
    *,
    samples: int | None = None,
    noise: float = 0.0,
    validation: float = 0.3,
    seed: int = 0,
) -> Dataset:
    """Build one of ``DATASET_NAMES``, split into train and validation by a seeded shuffle.

    ``samples`` None means the set's default (400; all 1797 for "digits", where a larger
    value is capped at 1797). ``noise`` in [0, 1] is playground's noise slider as a
    fraction (0.5 = its 50 % maximum); for "digits" it is the standard deviation of
    Gaussian noise added to the [0, 1] pixels (not clipped). ``validation`` in [0, 0.9]
    is the fraction held out; at least one training example always remains.
    The same arguments give bit-identical arrays.
    """
    if not isinstance(name, str) or name not in _BUILTINS:
        raise DatasetError(_unknown_name(name))
    spec = _BUILTINS[name]
    if samples is None:
        samples = spec.default_samples
    elif isinstance(samples, bool) or not isinstance(samples, (int, np.integer)):
        raise DatasetError(f"samples: must be an integer, got {samples!r}")
    elif samples < 2:
        raise DatasetError(f"samples: must be at least 2, got {samples}")
    elif samples > MAX_SAMPLES:
        raise DatasetError(f"samples: at most {MAX_SAMPLES} (a picture of more shows nothing new), got {samples}")
    noise = check_range("noise", noise, 0.0, 1.0)
    validation = check_range("validation", validation, 0.0, 0.9)
    # Separate streams, so the noise level or the set's own draws never move the split.
    data_seed, split_seed = np.random.SeedSequence(check_seed(seed)).spawn(2)
    rng = np.random.default_rng(data_seed)

    if spec.generate is None:
        x, y = _digits(min(int(samples), spec.default_samples), noise, rng)
        features = tuple(f"pixel_{r}_{c}" for r in range(8) for c in range(8))
        classes = tuple(str(d) for d in range(10))
    else:
        x, y = spec.generate(int(samples), noise, rng)
        features = ("x1", "x2")
        classes = ("negative", "positive") if spec.task == "binary" else ()
    split_rng = np.random.default_rng(split_seed)
    return split(name, spec.task, x, y, validation, split_rng, features, classes)


# --- digits -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _digits_table() -> np.ndarray:
    path = resource_path("datasets", "digits.csv.gz")
    try:
        with gzip.open(path, "rt", encoding="ascii") as f:
            table = np.loadtxt(f, delimiter=",", dtype=np.float64, ndmin=2)
    except (OSError, ValueError, EOFError) as exc:
        raise DatasetError(f"digits: cannot read the data file {path} ({exc})") from None
    if table.shape != (1797, 65):
        raise DatasetError(f"digits: {path} holds a {table.shape} table, expected (1797, 65)")
    table.flags.writeable = False  # cached and shared between calls
    return table


def _digits(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    table = _digits_table()
    # A seeded subset rather than the first n rows, so a small cap still holds every class.
    rows = table[rng.permutation(len(table))[:n]]
    x = rows[:, :64] / 16.0
    if noise > 0:
        x = x + rng.normal(0.0, noise, x.shape)
    y = np.eye(10)[rows[:, 64].astype(np.intp)]
    return x, y


def _unknown_name(name: object) -> str:
    return f"name: unknown dataset {name!r} (known: {', '.join(DATASET_NAMES)})"
