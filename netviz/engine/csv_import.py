"""Loading a data set from a CSV file: a header row, one column the target, the others inputs."""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .dataset_split import MAX_SAMPLES, DatasetError, check_range, check_seed, split
from .dataset_types import TASKS, Dataset
from .files import FileRefused, open_regular

MAX_CLASSES = 100  # a one-hot target wider than this is almost surely an ID column
# What netviz reads, checked before and while reading: a file, its columns and its cells
# (each cell is a Python string until converted: 2 million take a few hundred MB).
MAX_CSV_BYTES = 64 * 1024**2
MAX_CSV_COLUMNS = 1_000
MAX_CSV_CELLS = 2_000_000
MAX_MAGNITUDE = 1e15  # the largest input or regression target accepted
_SEPARATORS = {";": "';'", "\t": "tabs", ",": "','"}


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
    A header with no ',' but ';' (or tabs) separates every line by those instead.

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
    validation = check_range("validation", validation, 0.0, 0.9)
    rng = np.random.default_rng(check_seed(seed))
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
    return split(path.stem, task, x, y, validation, rng, names, classes, shuffle=shuffle)


def csv_columns(path: str | os.PathLike[str]) -> list[str]:
    """The header of a CSV file (what a target can be chosen from); DatasetError as load_csv."""
    return _read_csv(Path(path))[0]


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
    try:
        with open_regular(path, MAX_CSV_BYTES, "CSV file netviz reads") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except FileRefused as exc:
        raise DatasetError(f"{path}: {exc.reason}") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    try:
        # utf-8-sig: spreadsheet programs often start the file with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    del raw
    header, rows = _parse_rows(path, text, _delimiter(text))
    if all(_maybe_float(c) is not None for c in header):
        raise DatasetError(f"{path}: no header row (the first line holds only numbers)")
    for i, name in enumerate(header):
        if not name:
            raise DatasetError(f"{path}: header: column {i + 1} has no name")
        if name in header[:i]:
            raise DatasetError(f"{path}: header: column name {name!r} appears twice")
    return header, rows


def _delimiter(text: str) -> str:
    """The header's separator: ',' unless the header holds none and holds ';' (what
    spreadsheets write where the decimal separator is a comma) or a tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "," not in first:
        for other in (";", "\t"):
            if other in first:
                return other
    return ","


def _parse_rows(path: Path, text: str, delimiter: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line = 0
    cells_read = 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            line = reader.line_num
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue  # blank line
            cells = [c.strip() for c in cells]
            if header is None:
                header = cells
                if len(header) > MAX_CSV_COLUMNS:
                    raise DatasetError(f"{path}: {len(header)} columns, more than the {MAX_CSV_COLUMNS} netviz reads")
            elif len(cells) != len(header):
                raise DatasetError(f"{path}: line {line} has {len(cells)} fields, the header has {len(header)}"
                                   + (f" (fields are separated by {_SEPARATORS[delimiter]})" if delimiter != ","
                                      else ""))
            else:
                rows.append((line, cells))
                cells_read += len(cells)
                if len(rows) > MAX_SAMPLES or cells_read > MAX_CSV_CELLS:
                    raise DatasetError(f"{path}: more than netviz reads: at most {MAX_SAMPLES:,} rows and "
                                       f"{MAX_CSV_CELLS:,} cells (rows x columns); use a sample of the file")
    except csv.Error as exc:
        raise DatasetError(f"{path}: line {line + 1}: malformed CSV ({exc})") from None
    if header is None:
        raise DatasetError(f"{path}: file is empty")
    return header, rows


# A number as a CSV writes one: ASCII digits, an optional sign, point and exponent. Python's
# float() also takes '1_000', non-ASCII digits and spaces, which no CSV means as numbers.
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NON_FINITE = {"nan", "inf", "infinity"}


def _maybe_float(text: str) -> float | None:
    if _NUMBER.fullmatch(text) or text.lower().lstrip("+-") in _NON_FINITE:
        return float(text)
    return None


def _number(path: Path, line: int, column: str, text: str) -> float:
    where = f"{path}: line {line}, column {column!r}"
    if not text:
        raise DatasetError(f"{where}: empty cell")
    value = _maybe_float(text)
    if value is None:
        raise DatasetError(f"{where}: not a number: {text!r}{_number_hint(text)}")
    _check_magnitude(where, text, value)
    return value


def _number_hint(text: str) -> str:
    if _NUMBER.fullmatch(text.replace(",", ".", 1)):
        return " (a decimal comma? netviz reads a decimal point: " + text.replace(",", ".", 1) + ")"
    return " (netviz reads plain decimal numbers such as 1000, -2.5 or 3e-4)"


def _check_magnitude(where: str, text: str, value: float) -> None:
    if not math.isfinite(value):
        raise DatasetError(f"{where}: {text!r} is not a finite number")
    if abs(value) > MAX_MAGNITUDE:
        # Squared in a batch's variance or a loss, values near 1e155 overflow to inf.
        raise DatasetError(f"{where}: {text!r} is larger than {MAX_MAGNITUDE:g} in size, too large for the "
                           f"network's arithmetic: rescale the column (e.g. to thousands or millions)")


def _targets(
    path: Path, column: str, cells: list[tuple[int, str]], task: str | None
) -> tuple[str, np.ndarray, tuple[str, ...]]:
    values: list[float | None] = []
    for line, text in cells:
        where = f"{path}: line {line}, column {column!r}"
        if not text:
            raise DatasetError(f"{where}: empty cell")
        value = _maybe_float(text)
        if value is not None:
            _check_magnitude(where, text, value)
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
