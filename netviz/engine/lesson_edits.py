"""Edits a window makes to a lesson as Playground's controls do: another data set, other input features.

A lesson's network table can hold settings that only fit its data set: a tanh ``output``
(binary data only) and input ``features`` (made from 2 inputs). Choosing another data set
drops those that no longer fit, so the new one trains instead of failing on a stale setting;
the rest of the lesson stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .dataset_types import TASK_OUTPUTS
from .features import FEATURE_NAMES, RAW_INPUTS
from .lessons import Lesson


def with_dataset(lesson: Lesson, changes: dict[str, Any]) -> tuple[Lesson, tuple[str, ...]]:
    """``lesson`` with its dataset table changed, less the network settings that no longer
    fit the new data (the names dropped, e.g. ("output", "features")). LessonError names
    the field when the change itself is wrong."""
    stale = [name for name in ("output", "features") if name in lesson.network]
    if not stale:
        return lesson.with_changes(dataset=changes), ()
    # The new data set, built with none of the settings that may not fit it.
    bare = lesson.with_changes(dataset=changes, network=dict.fromkeys(stale))
    data = bare.make_dataset()
    dropped = []
    if "output" in stale and lesson.network["output"] not in TASK_OUTPUTS[data.task]:
        dropped.append("output")
    if "features" in stale and data.n_inputs != 2:
        dropped.append("features")
    return lesson.with_changes(dataset=changes, network=dict.fromkeys(dropped)), tuple(dropped)


def features_of(lesson: Lesson) -> tuple[str, ...]:
    """The input features a lesson feeds its network (the raw x1, x2 when it names none)."""
    return tuple(lesson.network.get("features") or RAW_INPUTS)


def with_features(lesson: Lesson, features: Sequence[str]) -> Lesson:
    """``lesson`` fed these input features, in Playground's order; exactly the raw x1, x2
    removes the setting (a run bit-identical to one without features). ValueError for none."""
    chosen = [name for name in FEATURE_NAMES if name in features]
    unknown = set(features) - set(FEATURE_NAMES)
    if unknown:
        raise ValueError(f"unknown feature {sorted(unknown)[0]!r} (known: {', '.join(FEATURE_NAMES)})")
    if not chosen:
        raise ValueError("features: choose at least one input feature")
    return lesson.with_changes(network={"features": None if tuple(chosen) == RAW_INPUTS else chosen})
