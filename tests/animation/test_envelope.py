"""The plots' bounded envelope: exact while short, bounded and spike-keeping when long."""

import numpy as np
import pytest

from netviz.animation.envelope import Envelope


def test_short_series_are_exact():
    env = Envelope(2, capacity=8)
    x = np.arange(5.0)
    rows = np.column_stack([x * 2, -x])
    env.extend(x, rows)
    px, py = env.points(0)
    assert px.tolist() == x.tolist() and py.tolist() == (x * 2).tolist()
    assert env.points(1)[1].tolist() == (-x).tolist()
    assert env.count == 5 and env.stride == 1


def test_long_series_stay_bounded_and_keep_every_extreme():
    rng = np.random.default_rng(0)
    env = Envelope(1, capacity=64)
    values = rng.normal(size=100_000)
    values[77_777] = 1e6  # one spike: an exploding step must stay visible
    for start in range(0, len(values), 1000):  # appended a frame's worth at a time
        chunk = values[start : start + 1000]
        env.extend(np.arange(start, start + len(chunk), dtype=float), chunk[:, None])
    x, y = env.points(0)
    assert len(x) <= 2 * 64 + 2
    assert y.max() == 1e6 and y.min() == values.min()
    assert x[0] == 0 and np.all(np.diff(x) >= 0)
    assert env.count == 100_000


def test_each_bucket_holds_its_own_min_and_max():
    env = Envelope(1, capacity=4)
    values = np.array([3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3])
    env.extend(np.arange(10.0), values[:, None])
    # 10 rows into 4 buckets: the stride doubled to 4 after 8 rows; buckets [0:4], [4:8], pending [8:10].
    assert env.stride == 4
    x, y = env.points(0)
    assert x.tolist() == [0, 0, 4, 4, 8, 8]
    assert y.tolist() == [1, 4, 2, 9, 3, 5]


def test_missing_values_leave_gaps_without_warnings():
    env = Envelope(2, capacity=4)
    rows = np.array([[1.0, np.nan], [2.0, np.nan], [3.0, 0.5], [4.0, np.nan], [5.0, np.nan], [6.0, np.nan]])
    env.extend(np.arange(6.0), rows)
    x, y = env.points(1)
    # Buckets of two: (nan, nan) -> nan, (0.5, nan) -> 0.5, (nan, nan) -> nan.
    assert np.isnan(y[0]) and np.isnan(y[1]) and y[2] == 0.5 == y[3] and np.isnan(y[4])


def test_capacity_must_be_even():
    with pytest.raises(ValueError, match="capacity"):
        Envelope(1, capacity=3)


class RowByRow:
    """The envelope's rule, one row at a time and plainly: the reference for ``extend``."""

    def __init__(self, width: int, capacity: int):
        self.capacity, self.stride = capacity, 1
        self.buckets: list[tuple[float, np.ndarray, np.ndarray]] = []
        self.pending: list[tuple[float, np.ndarray]] = []

    def add(self, x: float, row: np.ndarray) -> None:
        self.pending.append((x, row))
        if len(self.pending) == self.stride:
            block = np.array([r for _, r in self.pending])
            self.buckets.append((self.pending[0][0], np.fmin.reduce(block, axis=0), np.fmax.reduce(block, axis=0)))
            self.pending = []
            if len(self.buckets) == self.capacity:
                pairs = zip(self.buckets[0::2], self.buckets[1::2])
                self.buckets = [(a[0], np.fmin(a[1], b[1]), np.fmax(a[2], b[2])) for a, b in pairs]
                self.stride *= 2


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 250, 5000])
def test_appending_blocks_equals_appending_row_by_row(chunk):
    rng = np.random.default_rng(chunk)
    values = rng.normal(size=(12_345, 3))
    values[rng.random(values.shape) < 0.05] = np.nan  # gaps: NaN within a bucket is ignored
    values[100:140, 1] = np.nan  # a bucket of only NaN stays NaN
    env, ref = Envelope(3, capacity=16), RowByRow(3, 16)
    steps = np.arange(len(values), dtype=float)
    for start in range(0, len(values), chunk):
        env.extend(steps[start : start + chunk], values[start : start + chunk])
    for x, row in zip(steps, values):
        ref.add(x, row)
    assert env.count == len(values) and env.stride == ref.stride
    for column in range(3):
        x, y = env.points(column)
        rx = np.array([b[0] for b in ref.buckets] + ([ref.pending[0][0]] if ref.pending else []))
        lo = [b[1][column] for b in ref.buckets]
        hi = [b[2][column] for b in ref.buckets]
        if ref.pending:
            block = np.array([r[column] for _, r in ref.pending])
            lo.append(np.fmin.reduce(block))
            hi.append(np.fmax.reduce(block))
        expected = (rx, np.array(lo)) if ref.stride == 1 else (np.repeat(rx, 2), np.column_stack([lo, hi]).reshape(-1))
        assert np.array_equal(x, expected[0]) and np.array_equal(y, expected[1], equal_nan=True)
