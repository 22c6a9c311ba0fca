"""Gradient norms smoothed for the plot: an exponential moving average of their logarithm.

A step's gradient norms jump by an order of magnitude from batch to batch, so a plot of every
step's norm per layer is a band of spikes in which the layers overlap: the lesson (the norms
fade layer by layer towards the input) is lost in the noise. The average over the last
``steps`` steps (in log10, as the axis shows them) draws one line per layer, while the raw
series stays visible behind it (TensorBoard's smoothing, by steps rather than by points).

Vectorised over steps: a block of rows is filtered with cumulative sums, not a Python loop
per step (the window appends thousands of steps a second).
"""

from __future__ import annotations

import math

import numpy as np

SMOOTHING_STEPS = 25  # the average's time constant, in steps
# Rows are filtered a block at a time, as long as decay ** -rows stays below e ** _LOG_LIMIT
# (far from a double's overflow at e ** 709, and the partial sums keep their precision: the
# result is about 25 * eps * |log10| off a loop's). For 25 steps: 7,350 rows a block, so a
# window taking 50,000 steps a second appends in a few blocks (512-row blocks cost 4 ms of it).
_LOG_LIMIT = 300.0
_MAX_BLOCK = 16_384


class LogAverage:
    """The moving average of log10 of positive values, per column, carried across ``extend``
    calls. A value that is not positive or not finite (a log axis cannot show it) leaves the
    average where it was; before any such value the average is NaN (no line)."""

    def __init__(self, width: int, steps: float = SMOOTHING_STEPS):
        if not steps >= 2:  # below, a block would be too short to be worth it (see _LOG_LIMIT)
            raise ValueError(f"steps: the average's time constant must be at least 2 steps, got {steps}")
        self.decay = 1.0 - 1.0 / steps
        self._block_rows = int(min(_MAX_BLOCK, _LOG_LIMIT / -math.log(self.decay)))
        known_counts = np.arange(self._block_rows + 1)
        self._powers = self.decay ** known_counts  # d ** k
        self._weights = (1.0 - self.decay) * self.decay ** -known_counts  # (1 - d) d ** -k
        self._state = np.full(width, np.nan)  # the average (log10) after the last row

    def extend(self, rows: np.ndarray) -> np.ndarray:
        """The averages (as values, not logs) after each of these rows (n, width)."""
        rows = np.asarray(rows, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.where(np.isfinite(rows) & (rows > 0), np.log10(np.where(rows > 0, rows, 1.0)), np.nan)
        return 10.0 ** self.extend_logs(logs)

    def extend_logs(self, logs: np.ndarray) -> np.ndarray:
        """The averages' log10 after each row of log10 values (n, width), NaN for a value that
        is missing (the plot of a log axis draws these logs as they are)."""
        logs = np.asarray(logs, dtype=float)
        out = np.empty_like(logs)
        rows_per_block = self._block_rows
        for start in range(0, len(logs), rows_per_block):
            out[start:start + rows_per_block] = self._block(logs[start:start + rows_per_block])
        return out

    def _block(self, logs: np.ndarray) -> np.ndarray:
        """s_t = d s_(t-1) + (1 - d) x_t over a block, as d^(t+1) s_(-1) + (1 - d) d^t sum_k d^-k x_k.
        A missing x_t repeats the average (s_t = s_(t-1)): its weight is 0 and the others stay."""
        n = len(logs)
        if n == 0:
            return logs
        known = np.isfinite(logs)
        # Decay counts only the known values: the average stands still over missing ones.
        counts = np.cumsum(known, axis=0)  # (n, width): known values up to and including row t
        start = self._state.copy()
        # A column's first value starts its average (there is no earlier one to decay from).
        fresh = ~np.isfinite(start) & (counts[-1] > 0)
        if fresh.any():  # only near a run's start: argmax down (n, width) costs a whole pass
            columns = np.nonzero(fresh)[0]
            start[columns] = logs[np.argmax(known[:, columns], axis=0), columns]
        powers = self._powers[counts]  # d ** counts, looked up (a power per value cost more than the rest)
        weights = np.where(known, self._weights[counts], 0.0)
        sums = np.cumsum(np.where(known, logs, 0.0) * weights, axis=0)
        out = powers * (start + sums)
        out[(counts == 0) & ~np.isfinite(self._state)] = np.nan  # no value yet: no average
        self._state = out[-1].copy()
        return out
