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
