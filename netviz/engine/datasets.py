"""Built-in datasets (TensorFlow Playground's 2-D sets, 8x8 digits) and CSV import."""

from __future__ import annotations

import csv
import gzip
import math
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from netviz.engine.dataset_types import TASKS, Dataset
from netviz.resources import resource_path

# Enough for any lesson; far larger sets only cost memory and time in the dead-unit scans.
MAX_SAMPLES = 100_000


class DatasetError(ValueError):
    """A dataset could not be made or loaded; the message names the field and the reason."""


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


def describe(name: str) -> str:
    """One line about a built-in dataset (task, default size, what it shows), for a UI list."""
    spec = _BUILTINS.get(name)
    if spec is None:
        raise DatasetError(_unknown_name(name))
    return f"{spec.description} ({spec.task}, {spec.default_samples} examples by default)"


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
    noise = _check_range("noise", noise, 0.0, 1.0)
    validation = _check_range("validation", validation, 0.0, 0.9)
    # Separate streams, so the noise level or the set's own draws never move the split.
    data_seed, split_seed = np.random.SeedSequence(_check_seed(seed)).spawn(2)
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
    return _split(name, spec.task, x, y, validation, split_rng, features, classes)


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


# --- CSV import -------------------------------------------------------------------------

MAX_CLASSES = 100  # a one-hot target wider than this is almost surely an ID column


def load_csv(
    path: str | os.PathLike[str],
    *,
    target: str,
    task: str | None = None,
    validation: float = 0.3,
    seed: int = 0,
    inputs: Sequence[str] | None = None,
    shuffle: bool = True,
) -> Dataset:
    """Load a comma-separated file with a header row; ``target`` names the output column.

    ``inputs`` names the input columns, in that order (None: every other column, in the
    file's order); each must hold finite numbers. ``shuffle`` False keeps the file's row
    order: the first rows are the training set and the last ``validation`` share the
    validation set (to reproduce another tool's run on the same points in the same order);
    True splits at random by ``seed``. ``task`` None infers it:
    a target of only 0/1 is "binary"; non-numeric labels, or 3..20 distinct integers,
    are "multiclass"; anything else is "regression". Class names are the target's
    distinct values, sorted (numerically when all are numbers); for "binary" the first
    becomes 0.0 and the second 1.0. The dataset is named after the file's stem.
    """
    path = Path(path)
    if task is not None and task not in TASKS:
        raise DatasetError(f"task: must be one of {', '.join(TASKS)} or None, got {task!r}")
    validation = _check_range("validation", validation, 0.0, 0.9)
    rng = np.random.default_rng(_check_seed(seed))
    header, rows = _read_csv(path)

    if target not in header:
        raise DatasetError(
            f"{path}: target column {target!r} is not in the header (columns: {', '.join(header)})"
        )
    t = header.index(target)
    columns = _input_columns(path, header, target, inputs)
    if len(rows) < 2:
        raise DatasetError(f"{path}: needs at least 2 data rows, got {len(rows)}")

    x = np.array(
        [[_number(path, line, header[i], cells[i]) for i in columns] for line, cells in rows],
        dtype=np.float64,
    ).reshape(len(rows), len(columns))
    task, y, classes = _targets(path, target, [(line, cells[t]) for line, cells in rows], task)
    names = tuple(header[i] for i in columns)
    return _split(path.stem, task, x, y, validation, rng, names, classes, shuffle=shuffle)


def _input_columns(path: Path, header: list[str], target: str, inputs: Sequence[str] | None) -> list[int]:
    """The header indices of the input columns: ``inputs`` in its order, or all but the target."""
    t = header.index(target)
    if inputs is None:
        columns = [i for i in range(len(header)) if i != t]
        if not columns:
            raise DatasetError(f"{path}: no input columns besides the target {target!r}")
        return columns
    if isinstance(inputs, str) or not inputs:
        raise DatasetError(f"inputs: must be a non-empty list of column names, got {inputs!r}")
    columns = []
    for name in inputs:
        if name not in header:
            raise DatasetError(f"{path}: input column {name!r} is not in the header (columns: {', '.join(header)})")
        if name == target:
            raise DatasetError(f"inputs: {name!r} is the target column, it cannot be an input too")
        if header.index(name) in columns:
            raise DatasetError(f"inputs: column {name!r} is named twice")
        columns.append(header.index(name))
    return columns


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line = 0
    try:
        # utf-8-sig: spreadsheet programs often start the file with a byte-order mark.
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            for cells in reader:
                line = reader.line_num
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue  # blank line
                cells = [c.strip() for c in cells]
                if header is None:
                    header = cells
                elif len(cells) != len(header):
                    raise DatasetError(
                        f"{path}: line {line} has {len(cells)} fields, the header has {len(header)}"
                    )
                else:
                    rows.append((line, cells))
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    except csv.Error as exc:
        raise DatasetError(f"{path}: line {line + 1}: malformed CSV ({exc})") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read file ({exc.strerror or exc})") from None

    if header is None:
        raise DatasetError(f"{path}: file is empty")
    if all(_maybe_float(c) is not None for c in header):
        raise DatasetError(f"{path}: no header row (the first line holds only numbers)")
    for i, name in enumerate(header):
        if not name:
            raise DatasetError(f"{path}: header: column {i + 1} has no name")
        if name in header[:i]:
            raise DatasetError(f"{path}: header: column name {name!r} appears twice")
    return header, rows


def _maybe_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _number(path: Path, line: int, column: str, text: str) -> float:
    where = f"{path}: line {line}, column {column!r}"
    if not text:
        raise DatasetError(f"{where}: empty cell")
    value = _maybe_float(text)
    if value is None:
        raise DatasetError(f"{where}: not a number: {text!r}")
    if not math.isfinite(value):
        raise DatasetError(f"{where}: {text!r} is not a finite number")
    return value


def _targets(
    path: Path, column: str, cells: list[tuple[int, str]], task: str | None
) -> tuple[str, np.ndarray, tuple[str, ...]]:
    values: list[float | None] = []
    for line, text in cells:
        where = f"{path}: line {line}, column {column!r}"
        if not text:
            raise DatasetError(f"{where}: empty cell")
        value = _maybe_float(text)
        if value is not None and not math.isfinite(value):
            raise DatasetError(f"{where}: {text!r} is not a finite number")
        values.append(value)
    numeric = all(v is not None for v in values)

    if task is None:
        distinct = set(values)
        if not numeric:
            task = "multiclass"
        elif distinct <= {0.0, 1.0}:
            task = "binary"
        elif 3 <= len(distinct) <= 20 and all(v is not None and float(v).is_integer() for v in distinct):
            task = "multiclass"
        else:
            task = "regression"

    if task == "regression":
        if not numeric:
            line, text = next(c for c, v in zip(cells, values) if v is None)
            raise DatasetError(
                f"{path}: line {line}, column {column!r}: not a number: {text!r} "
                "(a regression target must be numeric)"
            )
        return task, np.array(values, dtype=np.float64)[:, None], ()

    # Numbers are classes by value (so "1" and "1.0" agree) and sort numerically.
    keys: list = values if numeric else [text for _, text in cells]
    classes = sorted(set(keys))
    names = [_class_name(c) for c in classes]
    listing = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
    if len(classes) < 2:
        raise DatasetError(f"{path}: column {column!r} holds only one class ({listing})")
    if task == "binary" and len(classes) != 2:
        raise DatasetError(
            f"{path}: column {column!r}: task 'binary' needs exactly 2 classes, "
            f"found {len(classes)} ({listing})"
        )
    if len(classes) > MAX_CLASSES:
        raise DatasetError(
            f"{path}: column {column!r} has {len(classes)} distinct values, "
            f"more than the {MAX_CLASSES} classes supported"
        )
    index = {c: i for i, c in enumerate(classes)}
    codes = np.array([index[k] for k in keys], dtype=np.intp)
    y = codes[:, None].astype(np.float64) if task == "binary" else np.eye(len(classes))[codes]
    return task, y, tuple(names)


def _class_name(value: float | str) -> str:
    if isinstance(value, str):
        return value
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


# --- shared -----------------------------------------------------------------------------


def _unknown_name(name: object) -> str:
    return f"name: unknown dataset {name!r} (known: {', '.join(DATASET_NAMES)})"


def _check_range(field: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise DatasetError(f"{field}: must be a number, got {value!r}")
    if not low <= value <= high:  # also rejects NaN
        raise DatasetError(f"{field}: must be between {low:g} and {high:g}, got {value!r}")
    return float(value)


def _check_seed(seed: object) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise DatasetError(f"seed: must be a non-negative integer, got {seed!r}")
    return int(seed)


def _split(
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
        x_train=_frozen(x[train]),
        y_train=_frozen(y[train]),
        x_val=_frozen(x[val]),
        y_val=_frozen(y[val]),
        feature_names=feature_names,
        class_names=class_names,
    )


def _frozen(a: np.ndarray) -> np.ndarray:
    out = np.array(a, dtype=np.float64, order="C")  # a copy: nobody else holds a reference
    out.flags.writeable = False
    return out
