"""What a lesson file may hold: the fields of each table with their types, all derived from the
spec declarations, and the checks that name a wrong field (LessonError: the file, the field, why)."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from .lesson_data import CSV_FIELDS
from .settings import by_name, check, settings_of
from .spec import DataSpec, LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec


class LessonError(ValueError):
    """A lesson file that cannot be used: which file, which field, and why."""

    def __init__(self, source: str, field: str, reason: str):
        super().__init__(f"{source}: {field}: {reason}")
        self.source = source
        self.field = field
        self.reason = reason


# The fields each table may hold, with their types, all derived from the spec declarations;
# anything else is an error. A per-layer setting takes one value or a list with one per layer.
DATA_SETTINGS = settings_of(DataSpec)
LAYER_SETTINGS = {key: s for key, s in settings_of(LayerSpec).items() if key != "units"}
_UNITS = settings_of(LayerSpec)["units"]
# A lesson holds to the widths netviz draws (the window's range), not the engine's wider limit.
DRAWN_UNITS = replace(_UNITS, low=_UNITS.shown[0], high=_UNITS.shown[1]) if _UNITS.shown else _UNITS
SEED = settings_of(TrainSpec)["seed"]
FEATURES = settings_of(NetworkSpec)["features"]
# A text is English (a string) or a table of texts by language (see lesson_text).
_TEXT = (str, dict)
TOP = {"title": _TEXT, "caption": _TEXT, "watch": _TEXT, "seed": SEED.kind}
# A CSV file in place of a built-in data set: lesson_data.CSV_FIELDS (csv, target).
DATASET = {**{s.name: s.kind for s in DATA_SETTINGS.values()}, **CSV_FIELDS}
_NETWORK = {
    "hidden": list,
    **{s.name: (s.kind, list) for s in LAYER_SETTINGS.values()},
    # a list setting (features) is a list in the file
    **{s.name: list if s.each_of else s.kind for s in by_name(NetworkSpec, lesson_only=True).values()},
}
_TRAINING = {s.name: s.kind for s in by_name(OptimizerSpec, TrainSpec, lesson_only=True).values()}
# The deepest a valid lesson goes is fixes.NAME.network.activation[i]: five levels.
MAX_NESTING = 16
TRANSFER = {"dataset": dict, "steps": int}
# ``counter_example = true``: a variant to compare with, not a remedy ("Compare: Dropout 1.0");
# ``watch``: what to watch once the fix is applied (else the lesson's own line).
FIX = {"title": _TEXT, "caption": _TEXT, "watch": _TEXT, "counter_example": bool,
        "dataset": dict, "network": dict, "training": dict}
TABLES: dict[str, dict[str, Any]] = {"dataset": DATASET, "network": _NETWORK, "training": _TRAINING}


def check_nesting(data: Any, source: str) -> None:
    """Refuse values nested deeper than any lesson needs, before anything recurses into them
    (copying a fix, printing a value in an error): they would end in a RecursionError."""
    pending: list[tuple[Any, str, int]] = [(data, "", 0)]
    while pending:
        value, where, depth = pending.pop()
        if depth > MAX_NESTING:
            raise LessonError(source, where or "file", f"nests arrays or tables more than {MAX_NESTING} levels deep")
        if isinstance(value, dict):
            pending.extend((v, f"{where}.{k}" if where else str(k), depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            pending.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value))


def check_fields(table: Any, schema: dict[str, Any], prefix: str, source: str) -> None:
    if not isinstance(table, dict):
        raise LessonError(source, prefix[:-1] or "file", "must be a table")
    for key, value in table.items():
        if key not in schema:
            # A data set's CSV fields are named apart: the list after "known" is the declared settings.
            csv = f"(for a CSV file: {', '.join(CSV_FIELDS)}) " if schema is DATASET else ""
            known = ", ".join(k for k in schema if not csv or k not in CSV_FIELDS)
            raise LessonError(source, prefix + key, f"unknown field {csv}(known: {known})")
        check_type(value, schema[key], prefix + key, source)


def _type_ok(value: Any, kind: type) -> bool:
    if kind is float:  # an integer is a fine float; a bool is not a number
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def check_type(value: Any, kind: Any, field_name: str, source: str) -> None:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not any(_type_ok(value, k) for k in kinds):
        names = " or ".join({str: "text", int: "a whole number", float: "a number", bool: "true or false",
                             list: "a list", dict: "a table"}[k] for k in kinds)
        raise LessonError(source, field_name, f"must be {names}, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise LessonError(source, field_name, f"must be finite, got {value!r}")


def check_seed(seed: Any, source: str) -> None:
    check_type(seed, SEED.kind, "seed", source)
    try:
        check(SEED, seed)
    except SpecError as exc:
        raise LessonError(source, "seed", exc.reason) from None
