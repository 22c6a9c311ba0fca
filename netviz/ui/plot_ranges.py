"""The y ranges the docked plots show while a run grows: ranges that change seldom.

pyqtgraph's auto range fits the data exactly, so the range changed with almost every new
step; each change made the plot lay out and draw its axis again (tick texts, grid lines),
8-23 ms of the GUI thread each time, the largest single cost in the live view's frames.
Here a range shown is kept while it holds the data and they fill at least half of it
(``FILL``); a new one is rounded outwards, to whole decades on a log axis and to multiples
of a 1-2-5 step (about a fifth of the data's span) on a linear one.
"""

from __future__ import annotations

import math

import numpy as np

TICKS = 5  # a linear range is rounded to a step of about a fifth of the data's span
FILL = 0.5  # a range shown is kept while the data span at least this share of it
SPARE_DECADES = 2  # a log range shown is kept while it has at most this many decades more than the data need


def nice_step(span: float) -> float:
    """The 1, 2 or 5 times a power of ten at or just above ``span`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(span))
    for factor in (1.0, 2.0, 5.0):
        if span <= factor * power * (1 + 1e-12):
            return factor * power
    return 10.0 * power


def _holds(shown: tuple[float, float] | None, low: float, high: float) -> bool:
    return shown is not None and shown[0] <= low and high <= shown[1]


def linear_range(values: np.ndarray, shown: tuple[float, float] | None = None) -> tuple[float, float] | None:
    """The range to show for these values: ``shown`` while it holds them and they fill at least
    ``FILL`` of it, else theirs rounded outwards to a 1-2-5 step; None if none is finite."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    low, high = float(finite.min()), float(finite.max())
    if not math.isfinite(high - low):  # near the largest floats: as they are
        return low, high
    if _holds(shown, low, high) and high - low >= FILL * (shown[1] - shown[0]):  # type: ignore[index]
        return shown
    if high - low <= abs(high) * 1e-9:  # a flat curve: a step around it
        step = nice_step(abs(high) / TICKS) if high != 0 else 1.0
    else:
        step = nice_step((high - low) / TICKS)
    digits = max(0, 1 - math.floor(math.log10(step)))  # 0.6000000000000001 shown as 0.6
    bottom, top = round(math.floor(low / step) * step, digits), round(math.ceil(high / step) * step, digits)
    if top <= bottom:
        top = bottom + step
    if not (math.isfinite(bottom) and math.isfinite(top)):  # near the largest floats: as they are
        return low, high
    return bottom, top


def decade_range(values: np.ndarray, shown: tuple[float, float] | None = None) -> tuple[float, float] | None:
    """log10 of the range to show for these values on a log axis: ``shown`` (log10) while it
    holds them with at most ``SPARE_DECADES`` to spare, else whole decades around the positive
    finite ones (a log axis cannot show the others); None if there are none."""
    positive = values[np.isfinite(values) & (values > 0)]
    if positive.size == 0:
        return None
    low = float(math.floor(math.log10(float(positive.min()))))
    high = float(max(math.ceil(math.log10(float(positive.max()))), low + 1))
    if _holds(shown, low, high) and (shown[1] - shown[0]) - (high - low) <= SPARE_DECADES:  # type: ignore[index]
        return shown
    return low, high
