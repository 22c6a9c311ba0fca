"""A growing series kept as a bounded min/max envelope, so that a plot's cost per frame
does not grow with the length of the run (no Qt).

A run can last 100,000 steps; a plot a few hundred pixels wide cannot show more than a
point or two per pixel column anyway. ``Envelope`` keeps, per column, the minimum and the
maximum of each bucket of ``stride`` consecutive steps. While the run is short every
bucket is one step (the exact series). When ``capacity`` buckets are full, neighbouring
buckets merge pairwise and the stride doubles, so memory and the points handed to the plot
stay below ``2 * capacity`` however long the run. Spikes survive (a bucket keeps its
extremes), which is what a loss plot of an exploding run must show. NaN (a value that is
missing, or that a log axis cannot show) is ignored within a bucket; a bucket of only NaN
stays NaN and leaves a gap.
"""

from __future__ import annotations

import numpy as np

DEFAULT_CAPACITY = 1024  # buckets: about two points per pixel column of a wide plot


class Envelope:
    """Rows of ``width`` values, one row per step, appended in order."""

    def __init__(self, width: int, capacity: int = DEFAULT_CAPACITY):
        if capacity < 2 or capacity % 2:
            raise ValueError(f"capacity: must be an even number >= 2, got {capacity}")
        self.width = width
        self.capacity = capacity
        self.stride = 1  # steps per bucket
        self.count = 0  # rows appended in all
        self._x = np.empty(capacity)  # each full bucket's first x
        self._lo = np.empty((capacity, width))
        self._hi = np.empty((capacity, width))
        self._full = 0  # full buckets held
        self._pending_x: list[float] = []  # rows of the bucket being filled
        self._pending: list[np.ndarray] = []  # (k, width) blocks of the bucket being filled

    def extend(self, x: np.ndarray, rows: np.ndarray) -> None:
        """Append rows (n, width) taken at steps x (n,). Whole buckets are closed a block at a
        time (a window appends a few hundred steps twice a second: a loop per row cost ms)."""
        xs = np.asarray(x, dtype=float)
        rows = np.asarray(rows, dtype=float).reshape(len(xs), self.width)
        start, n = 0, len(xs)
        while start < n:
            if not self._pending_x and n - start >= self.stride:
                # Whole buckets straight from the rows, up to the capacity.
                m = min((n - start) // self.stride, self.capacity - self._full)
                stop = start + m * self.stride
                # Each column's buckets along the last axis: numpy reduces a contiguous axis about
                # ten times faster than the middle axis of (m, stride, width) with a few columns
                # (an append of 22,000 rows of 4 columns, the transfer lesson's half second at 45,000
                # steps a second: 6 ms of the GUI thread in these reductions, now 0.2).
                blocks = np.ascontiguousarray(rows[start:stop].T).reshape(self.width, m, self.stride)
                i = self._full
                self._x[i : i + m] = xs[start:stop:self.stride]
                # fmin/fmax ignore NaN (NaN only where every value is NaN), with no warning.
                self._lo[i : i + m] = np.fmin.reduce(blocks, axis=2).T
                self._hi[i : i + m] = np.fmax.reduce(blocks, axis=2).T
                self._full += m
                self.count += m * self.stride
                start = stop
                if self._full == self.capacity:
                    self._halve()
                continue
            take = min(self.stride - len(self._pending_x), n - start)
            self._pending_x.extend(xs[start : start + take].tolist())
            self._pending.append(rows[start : start + take])
            self.count += take
            start += take
            if len(self._pending_x) == self.stride:
                self._close_bucket()

    def _close_bucket(self) -> None:
        columns = np.concatenate(self._pending).T.copy()  # a contiguous axis to reduce: see extend
        i = self._full
        self._x[i] = self._pending_x[0]
        self._lo[i] = np.fmin.reduce(columns, axis=1)
        self._hi[i] = np.fmax.reduce(columns, axis=1)
        self._full += 1
        self._pending_x, self._pending = [], []
        if self._full == self.capacity:
            self._halve()

    def _halve(self) -> None:
        """Merge neighbouring buckets: half as many, each twice as long."""
        n = self._full // 2
        self._x[:n] = self._x[0 : 2 * n : 2]
        self._lo[:n] = np.fmin(self._lo[0 : 2 * n : 2], self._lo[1 : 2 * n : 2])
        self._hi[:n] = np.fmax(self._hi[0 : 2 * n : 2], self._hi[1 : 2 * n : 2])
        self._full = n
        self.stride *= 2

    def points(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) to draw for one column: the exact series while every bucket is one step,
        else each bucket as its minimum then its maximum at the bucket's x (a vertical
        stroke, as pyqtgraph's "peak" downsampling draws)."""
        x = self._x[: self._full]
        lo, hi = self._lo[: self._full, column], self._hi[: self._full, column]
        if self._pending:
            block = np.concatenate(self._pending)[:, column]
            x = np.append(x, self._pending_x[0])
            lo = np.append(lo, np.fmin.reduce(block))
            hi = np.append(hi, np.fmax.reduce(block))
        if self.stride == 1:
            return x.copy(), lo.copy()
        return np.repeat(x, 2), np.column_stack([lo, hi]).reshape(-1)
