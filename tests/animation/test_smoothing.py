"""The gradient plot's moving average: the same numbers as a plain loop over the steps, in
any chunks, with missing and non-positive values leaving it where it was."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.animation.smoothing import LogAverage


def reference(rows: np.ndarray, steps: float) -> np.ndarray:
    decay, state, out = 1.0 - 1.0 / steps, np.full(rows.shape[1], np.nan), []
    for row in rows:
        for j, value in enumerate(row):
            if np.isfinite(value) and value > 0:
                log = np.log10(value)
                state[j] = log if np.isnan(state[j]) else decay * state[j] + (1 - decay) * log
        out.append(10.0 ** state)
    return np.array(out)


@pytest.mark.parametrize("chunks", [[1300], [1, 99, 1, 1199], [700, 600], [5] * 260])
def test_the_average_is_a_loop_over_the_steps_in_any_chunks(chunks):
    rng = np.random.default_rng(3)
    rows = 10.0 ** rng.normal(-3, 1.5, size=(sum(chunks), 3))
    rows[5, 0] = np.nan
    rows[7:20, 1] = 0.0  # a log axis cannot show 0: the average stands still
    rows[:40, 2] = np.inf  # nothing to average yet: no line (NaN)
    average, got, start = LogAverage(3, steps=25), [], 0
    for n in chunks:
        got.append(average.extend(rows[start:start + n]))
        start += n
    got_all, want = np.concatenate(got), reference(rows, 25)
    assert np.array_equal(np.isnan(got_all), np.isnan(want))
    assert np.allclose(np.log10(got_all[~np.isnan(want)]), np.log10(want[~np.isnan(want)]), rtol=0, atol=1e-12)
    assert np.isnan(got_all[:40, 2]).all() and not np.isnan(got_all[40:, 2]).any()


@pytest.mark.parametrize("steps", [2, 25, 400])
def test_long_appends_cross_the_blocks_it_filters_in_exactly(steps):
    """An append of 40,000 rows (a window at 80,000 steps a second) is filtered in blocks as
    long as the decay allows (432 rows at 2 steps, 7,350 at 25, 16,384 at 400): the same
    numbers as the loop across every block's edge, and the logs as ``extend`` gives values."""
    rng = np.random.default_rng(steps)
    rows = 10.0 ** rng.normal(-3, 2.0, size=(40_000, 3))
    rows[rng.random(rows.shape) < 0.02] = np.nan
    rows[:9_000, 2] = 0.0  # a column that starts late, in the second block
    logs = LogAverage(3, steps=steps).extend_logs(np.log10(np.where(rows > 0, rows, np.nan)))
    want = reference(rows, steps)
    assert np.array_equal(np.isnan(logs), np.isnan(want))
    known = ~np.isnan(want)
    assert np.allclose(logs[known], np.log10(want[known]), rtol=0, atol=1e-11)
    assert np.allclose(LogAverage(3, steps=steps).extend(rows)[known], want[known], rtol=1e-10, atol=0)


def test_the_average_separates_layers_that_the_noise_mixes():
    """Two layers a decade apart, each jumping by a decade from step to step: their raw values
    cross all the time, their averages never after the first steps."""
    rng = np.random.default_rng(0)
    noise = rng.normal(0, 1.0, size=(2000, 2))
    rows = 10.0 ** (np.array([-4.0, -3.0]) + noise)
    assert (rows[:, 0] > rows[:, 1]).mean() > 0.2  # raw: the lower layer is above a fifth of the time
    smooth = LogAverage(2, steps=25).extend(rows)
    assert (smooth[100:, 0] < smooth[100:, 1]).all()


def test_a_time_constant_below_two_steps_is_refused():
    with pytest.raises(ValueError, match="steps"):
        LogAverage(2, steps=1)
