"""A lesson's data set from a CSV file: ``[dataset] csv = "points.csv"`` and ``target = "label"``
in a lesson file, or ``with_data`` (the CLI's ``--data FILE.csv --target COL``, File > Open data…).

The CSV replaces the built-in data set; its examples are split by the lesson's seed and
the lesson's ``validation`` share. A relative path is read beside the lesson file.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import translate
from .csv_import import load_csv
from .dataset_split import DatasetError
from .dataset_types import Dataset

if TYPE_CHECKING:
    from .lessons import Lesson

# The fields a [dataset] table may hold besides the built-in data sets' own.
CSV_FIELDS: dict[str, type] = {"csv": str, "target": str}
# A built-in data set's own fields, meaningless for a CSV (its rows are what they are).
_BUILT_IN_ONLY = ("samples", "noise")
# Network fields made for the built-in data sets: the output kind follows the CSV's task,
# and input features (x1 squared, ...) are made from two raw inputs.
_DATA_DEPENDENT = ("output", "features")
_CACHE_SIZE = 4  # a reset or a fix builds the lesson again: the file is read once while unchanged
_cache: OrderedDict[tuple[Any, ...], Dataset] = OrderedDict()


def csv_path(table: dict[str, Any], source: str) -> Path:
    """The CSV file a [dataset] table names: ``~`` expanded, a relative path beside the lesson file."""
    path = Path(table["csv"]).expanduser()
    if not path.is_absolute():
        lesson_file = Path(source)
        path = (lesson_file.parent if lesson_file.suffix == ".toml" else Path.cwd()) / path
    return path


def csv_dataset(table: dict[str, Any], seed: int, source: str) -> Dataset:
    """The data set of a [dataset] table holding ``csv``; DatasetError "field: reason"."""
    if "target" not in table:
        raise DatasetError("target: is required with csv (the column the network predicts)")
    for name in _BUILT_IN_ONLY:
        if name in table:
            raise DatasetError(f"{name}: is for the built-in data sets; a CSV file's rows are used as they are")
    path = csv_path(table, source)
    validation = table.get("validation", 0.3)
    try:
        stat = os.stat(path)
        key: tuple[Any, ...] = (str(path), stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size,
                                table["target"], validation, seed)
    except OSError:
        key = ()
    if key and key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    try:
        dataset = load_csv(path, target=table["target"], validation=validation, seed=seed)
    except DatasetError as exc:
        # load_csv names the file first; the lesson's field is csv (or target, validation).
        text = str(exc)
        if text.startswith(("target:", "validation:")):
            raise
        raise DatasetError(f"{'target' if 'target column' in text else 'csv'}: {text}") from None
    if key:
        _cache[key] = dataset
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return dataset


def with_data(lesson: Lesson, path: str | os.PathLike[str], target: str) -> Lesson:
    """``lesson`` trained on the CSV file at ``path`` (``target``: the column to predict),
    validated as a lesson file would be (LessonError names the field: ``dataset.csv``,
    ``dataset.target``, or the network field the data set does not fit). The network's
    output follows the data set's task, and its input features are dropped (they are made
    for two raw inputs). A fix applied to ``lesson`` is dropped; fixes apply on top of the data."""
    absolute = Path(path).expanduser().absolute()
    dataset: dict[str, Any] = {"name": absolute.stem, "csv": str(absolute), "target": target}
    dataset.update({key: None for key in _BUILT_IN_ONLY})
    network: dict[str, Any] = {key: None for key in _DATA_DEPENDENT}
    # The lesson on this data is what "Original" and the fixes start from, not the lesson before it.
    base = lesson.without_fix()
    title = translate("Lesson", "{lesson} on {data}").format(lesson=base.title, data=absolute.name)
    return replace(base.with_changes(dataset=dataset, network=network), title=title, original=None)
