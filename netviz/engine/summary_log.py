"""A run's step summaries kept compact: numbers in columns, a StepSummary made when read.

A Trainer keeps one StepSummary for every step (the plots, the CLI's table, ``train --json``,
session files). As a list of objects that cost about 1.7 KB a step (a float object per
layer value, a tuple per field): 170 MB over the 100,000 steps a run may take. Here a step
costs 8 bytes per number: 5 + 3 x layers of them (about 350 bytes for 13 layers), and the
values read back are exactly those appended (float64 holds a Python float exactly).

Appends fill rows of fixed-size chunks that are never moved, and the length grows after
the row is written: a reader on another thread (the window's plots) that reads only
``log[:n]`` for an ``n`` it was given sees complete rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from .summary import StepSummary

CHUNK = 4096  # rows per chunk
_NONE = -1  # layers not known yet (an empty log)
# Scalar columns: step, loss, val_loss, accuracy, val_accuracy, and the flags (diverged, has val_loss, ...).
_STEP, _LOSS, _VAL, _ACC, _VAL_ACC, _FLAGS = range(6)
_DIVERGED, _HAS_VAL, _HAS_ACC, _HAS_VAL_ACC = 1, 2, 4, 8


@dataclass(frozen=True)
class SummaryColumns:
    """Steps' summaries as columns (what the plots draw): (n,) ``step``, ``loss``, ``val_loss``,
    ``accuracy`` and ``val_accuracy`` (NaN where a step has none); (n, layers) ``grad_norms``,
    ``dead_fractions`` and ``saturated_fractions`` (NaN where a step has none)."""

    step: np.ndarray
    loss: np.ndarray
    val_loss: np.ndarray
    accuracy: np.ndarray
    val_accuracy: np.ndarray
    grad_norms: np.ndarray
    dead_fractions: np.ndarray
    saturated_fractions: np.ndarray

    def __len__(self) -> int:
        return len(self.step)

    @classmethod
    def of(cls, summaries: Sequence[StepSummary]) -> SummaryColumns:
        """The columns of any sequence of summaries (a SummaryLog's ``columns`` is faster)."""
        if isinstance(summaries, SummaryLog):
            return summaries.columns()

        def number(v: float | None) -> float:
            return np.nan if v is None else v

        layers = max((len(s.grad_norms) for s in summaries), default=0)

        def per_layer(field: str) -> np.ndarray:  # a step without the field's values: a gap (NaN)
            rows = [v if len(v := getattr(s, field)) == layers else (np.nan,) * layers for s in summaries]
            return np.array(rows, dtype=float).reshape(len(summaries), layers)

        return cls(
            step=np.array([s.step for s in summaries], dtype=float),
            loss=np.array([s.loss for s in summaries], dtype=float),
            val_loss=np.array([number(s.val_loss) for s in summaries], dtype=float),
            accuracy=np.array([number(s.accuracy) for s in summaries], dtype=float),
            val_accuracy=np.array([number(s.val_accuracy) for s in summaries], dtype=float),
            grad_norms=per_layer("grad_norms"), dead_fractions=per_layer("dead_fractions"),
            saturated_fractions=per_layer("saturated_fractions"))


class SummaryLog(Sequence[StepSummary]):
    """An append-only sequence of StepSummary (``log[i]``, ``log[a:b]`` a list, ``len``, ``==``
    any sequence of the same summaries). ``frozen()`` is a read-only view of the log as it
    is now, in O(1) (what a captured run state holds)."""

    def __init__(self, items: Iterable[StepSummary] = ()):
        self._chunks: list[np.ndarray] = []  # (CHUNK, 6 + 3 * layers) float64 each
        self._layers = _NONE
        self._len = 0
        self._frozen = False
        for item in items:
            self.append(item)

    def frozen(self, length: int | None = None) -> SummaryLog:
        """A read-only view of the first ``length`` (default: all ``len(self)``) summaries; it
        shares the rows (they never change)."""
        length = self._len if length is None else length
        if not 0 <= length <= self._len:
            raise ValueError(f"a view of {length} summaries of a log of {self._len}")
        view = SummaryLog()
        view._chunks, view._layers, view._len, view._frozen = list(self._chunks), self._layers, length, True
        return view

    @classmethod
    def copy_of(cls, items: Sequence[StepSummary]) -> SummaryLog:
        """A new log holding ``items``. Another log's full chunks are shared (no row of a full
        chunk is ever written again, by either log), the rest copied: both may grow, and
        restoring a long run's state (a timeline's replay) does not copy its whole history."""
        if not isinstance(items, SummaryLog):
            return cls(items)
        log = cls()
        log._layers, log._len = items._layers, items._len
        full = items._len // CHUNK
        log._chunks = items._chunks[:full] + [chunk.copy() for chunk in items._chunks[full:]]
        return log

    @property
    def nbytes(self) -> int:
        return sum(chunk.nbytes for chunk in self._chunks)

    def append(self, summary: StepSummary) -> None:
        if self._frozen:
            raise TypeError("a frozen SummaryLog cannot grow")
        layers = len(summary.grad_norms)
        if self._layers == _NONE:
            self._layers = layers
        if not (len(summary.dead_fractions) == len(summary.saturated_fractions) == layers == self._layers):
            raise ValueError(f"a summary of {self._layers} layers needs {self._layers} values per layer field")
        flags = ((_DIVERGED if summary.diverged else 0) | (_HAS_VAL if summary.val_loss is not None else 0)
                 | (_HAS_ACC if summary.accuracy is not None else 0)
                 | (_HAS_VAL_ACC if summary.val_accuracy is not None else 0))
        index, row = divmod(self._len, CHUNK)
        if index == len(self._chunks):
            self._chunks.append(np.zeros((CHUNK, 6 + 3 * layers)))
        values = self._chunks[index][row]
        values[:6] = (summary.step, summary.loss, _or_zero(summary.val_loss), _or_zero(summary.accuracy),
                      _or_zero(summary.val_accuracy), flags)
        values[6:] = (*summary.grad_norms, *summary.dead_fractions, *summary.saturated_fractions)
        self._len += 1  # after the row is complete: a reader never sees half a row

    def append_steps(self, first_step: int, loss: np.ndarray, accuracy: np.ndarray | None, has_val: np.ndarray,
                     val_loss: np.ndarray, val_accuracy: np.ndarray | None, diverged: np.ndarray,
                     grad_norms: np.ndarray, dead_fractions: np.ndarray, saturated_fractions: np.ndarray) -> None:
        """k steps numbered from ``first_step`` at once, as k ``append`` calls of their
        summaries would add them (the same rows), for a fused kernel's steps. (k,) columns:
        loss, accuracy (None: regression), has_val (whether val_loss was measured), val_loss and
        val_accuracy (read where has_val; val_accuracy None: regression), diverged; (k, layers):
        grad_norms, dead_fractions, saturated_fractions."""
        if self._frozen:
            raise TypeError("a frozen SummaryLog cannot grow")
        k, layers = grad_norms.shape
        if self._layers == _NONE:
            self._layers = layers
        if not (dead_fractions.shape == saturated_fractions.shape == (k, layers)) or layers != self._layers:
            raise ValueError(f"a summary of {self._layers} layers needs {self._layers} values per layer field")
        rows = np.zeros((k, 6 + 3 * layers))
        rows[:, _STEP] = np.arange(first_step, first_step + k)
        rows[:, _LOSS] = loss
        rows[:, _VAL] = np.where(has_val, val_loss, 0.0)
        flags: np.ndarray = np.where(diverged, _DIVERGED, 0) | np.where(has_val, _HAS_VAL, 0)
        if accuracy is not None:
            rows[:, _ACC] = accuracy
            flags = flags | _HAS_ACC
        if val_accuracy is not None:
            rows[:, _VAL_ACC] = np.where(has_val, val_accuracy, 0.0)
            flags = flags | np.where(has_val, _HAS_VAL_ACC, 0)
        rows[:, _FLAGS] = flags
        rows[:, 6:] = np.concatenate([grad_norms, dead_fractions, saturated_fractions], axis=1)
        done = 0
        while done < k:
            index, row = divmod(self._len, CHUNK)
            if index == len(self._chunks):
                self._chunks.append(np.zeros((CHUNK, 6 + 3 * layers)))
            n = min(k - done, CHUNK - row)
            self._chunks[index][row:row + n] = rows[done:done + n]
            done += n
            self._len += n  # after the rows are complete: a reader never sees half a row

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> StepSummary: ...

    @overload
    def __getitem__(self, index: slice) -> list[StepSummary]: ...

    def __getitem__(self, index: int | slice) -> StepSummary | list[StepSummary]:
        if isinstance(index, slice):
            return [self._summary(i) for i in range(*index.indices(self._len))]
        i = index + self._len if index < 0 else index
        if not 0 <= i < self._len:
            raise IndexError(f"step summary {index} out of range ({self._len} kept)")
        return self._summary(i)

    def columns(self, start: int = 0, stop: int | None = None) -> SummaryColumns:
        """Summaries ``start`` to ``stop`` (default: all) as columns, without a StepSummary
        per step: the window's plots take thousands of steps a second this way."""
        start, stop, _ = slice(start, stop).indices(self._len)
        stop = max(start, stop)
        layers = max(self._layers, 0)
        parts = []
        for k in range(start // CHUNK, (stop - 1) // CHUNK + 1 if stop > start else 0):
            lo = max(start - k * CHUNK, 0)
            hi = min(stop - k * CHUNK, CHUNK)
            parts.append(self._chunks[k][lo:hi])
        rows = np.concatenate(parts) if parts else np.zeros((0, 6 + 3 * layers))
        flags = rows[:, _FLAGS].astype(np.int64)

        def where(flag: int, column: int) -> np.ndarray:
            return np.where(flags & flag, rows[:, column], np.nan)

        n = layers
        return SummaryColumns(
            step=rows[:, _STEP].copy(), loss=rows[:, _LOSS].copy(), val_loss=where(_HAS_VAL, _VAL),
            accuracy=where(_HAS_ACC, _ACC), val_accuracy=where(_HAS_VAL_ACC, _VAL_ACC),
            grad_norms=rows[:, 6:6 + n].copy(), dead_fractions=rows[:, 6 + n:6 + 2 * n].copy(),
            saturated_fractions=rows[:, 6 + 2 * n:6 + 3 * n].copy())

    def __iter__(self) -> Iterator[StepSummary]:
        for i in range(self._len):
            yield self._summary(i)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)) or len(other) != self._len:
            return False
        if isinstance(other, SummaryLog):  # row by row, a NaN loss equal to itself (as a list's same object is)
            return self._len == 0 or (self._layers == other._layers and all(
                np.array_equal(self._rows(k), other._rows(k), equal_nan=True) for k in range(len(self._chunks))))
        return all(a == b for a, b in zip(self, other))

    def _rows(self, k: int) -> np.ndarray:
        return self._chunks[k][: min(CHUNK, self._len - k * CHUNK)]

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:  # never the whole history (a test's failure message, a debugger)
        return f"SummaryLog({self._len} steps, {self.nbytes // 1024} KB)"

    def _summary(self, i: int) -> StepSummary:
        row = self._chunks[i // CHUNK][i % CHUNK].tolist()  # Python floats, exactly as appended
        n = self._layers
        flags = int(row[_FLAGS])
        return StepSummary(
            step=int(row[_STEP]), loss=row[_LOSS], val_loss=row[_VAL] if flags & _HAS_VAL else None,
            grad_norms=tuple(row[6:6 + n]), dead_fractions=tuple(row[6 + n:6 + 2 * n]),
            diverged=bool(flags & _DIVERGED), saturated_fractions=tuple(row[6 + 2 * n:6 + 3 * n]),
            accuracy=row[_ACC] if flags & _HAS_ACC else None,
            val_accuracy=row[_VAL_ACC] if flags & _HAS_VAL_ACC else None,
        )


def _or_zero(value: float | None) -> float:
    return 0.0 if value is None else value
