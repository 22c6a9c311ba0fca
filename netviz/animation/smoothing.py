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

import numpy as np

SMOOTHING_STEPS = 25  # the average's time constant, in steps
_BLOCK = 512  # rows filtered at once: decay ** -BLOCK stays far from overflow


class LogAverage:
    """The moving average of log10 of positive values, per column, carried across ``extend``
    calls. A value that is not positive or not finite (a log axis cannot show it) leaves the
    average where it was; before any such value the average is NaN (no line)."""

    def __init__(self, width: int, steps: float = SMOOTHING_STEPS):
        if not steps >= 2:  # below, decay ** -_BLOCK would overflow
            raise ValueError(f"steps: the average's time constant must be at least 2 steps, got {steps}")
        self.decay = 1.0 - 1.0 / steps
        self._state = np.full(width, np.nan)  # the average (log10) after the last row

    def extend(self, rows: np.ndarray) -> np.ndarray:
        """The averages (as values, not logs) after each of these rows (n, width)."""
        rows = np.asarray(rows, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.where(np.isfinite(rows) & (rows > 0), np.log10(np.where(rows > 0, rows, 1.0)), np.nan)
        out = np.empty_like(logs)
        for start in range(0, len(logs), _BLOCK):
            out[start:start + _BLOCK] = self._block(logs[start:start + _BLOCK])
        return 10.0 ** out

    def _block(self, logs: np.ndarray) -> np.ndarray:
        """s_t = d s_(t-1) + (1 - d) x_t over a block, as d^(t+1) s_(-1) + (1 - d) d^t sum_k d^-k x_k.
        A missing x_t repeats the average (s_t = s_(t-1)): its weight is 0 and the others stay."""
        n = len(logs)
        if n == 0:
            return logs
        d = self.decay
        known = np.isfinite(logs)
        start = self._state.copy()
        # A column's first value starts its average (there is no earlier one to decay from).
        first = np.argmax(known, axis=0)
        fresh = ~np.isfinite(start) & known.any(axis=0)
        start[fresh] = logs[first[fresh], np.nonzero(fresh)[0]]
        # Decay counts only the known values: the average stands still over missing ones.
        counts = np.cumsum(known, axis=0)  # (n, width): known values up to and including row t
        powers = d ** counts
        weights = np.where(known, (1.0 - d) * d ** -counts, 0.0)
        sums = np.cumsum(np.where(known, logs, 0.0) * weights, axis=0)
        out = powers * (start + sums)
        out[(counts == 0) & ~np.isfinite(self._state)] = np.nan  # no value yet: no average
        self._state = out[-1].copy()
        return out
