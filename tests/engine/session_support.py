"""Helpers of the session tests: exact comparison of traces and runs, and small saved runs."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np

from netviz.engine.lessons import Lesson, find_lesson
from netviz.engine.session import VERSION, save_run


def assert_same(a, b, where: str = "value") -> None:
    """``a`` and ``b`` are equal bit for bit: the same dataclasses, array dtypes, shapes and
    values (NaN equal to NaN), numbers and flags."""
    if dataclasses.is_dataclass(a):
        assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
        for f in dataclasses.fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray), f"{where}: not an array"
        assert (a.dtype, a.shape) == (b.dtype, b.shape), f"{where}: {a.dtype}{a.shape} != {b.dtype}{b.shape}"
        assert a.tobytes() == b.tobytes(), f"{where}: values differ"
    elif isinstance(a, (tuple, list)):
        assert len(a) == len(b), f"{where}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{where}[{i}]")
    elif isinstance(a, float) and math.isnan(a):
        assert isinstance(b, float) and math.isnan(b), f"{where}: nan != {b!r}"
    else:
        assert a == b and type(a) is type(b) or (isinstance(a, float) and a == b), f"{where}: {a!r} != {b!r}"


def small_lesson() -> Lesson:
    """Dropout 0.5 with Adam on a network small enough for many examples."""
    return find_lesson("dropout").with_fix("dropout-0.5").with_changes(dataset={"samples": 60},
                                                                        network={"hidden": [4, 3]})


def saved_run(path: Path, steps: int = 4, keep: int = 2, version: int = VERSION) -> Path:
    """A small run (dropout, Adam) of ``steps`` steps saved with its last ``keep`` traces,
    in the format ``version`` (1: an entry per array; 2: blobs)."""
    lesson = small_lesson()
    trainer = lesson.build()
    traces = [trainer.step() for _ in range(steps)]
    return save_run(path, lesson, trainer, traces[-keep:] if keep else (), version=version)
