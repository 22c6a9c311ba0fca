"""The ticks of the node colour bar: powers of ten for gradients, round values for activations."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from netviz.render.wording import MINUS


@dataclass(frozen=True)
class Tick:
    """One tick of the node colour bar: a real value and where it sits."""

    value: float  # the value at this tick (e.g. 1e-8)
    position: float  # 0 (bottom of the bar) to 1 (top)
    y: float  # pixel y
    text: str  # "10" for a power of ten (the exponent is drawn raised), else the number
    exponent: str | None = None  # e.g. "−8"; None for plain numbers

    @property
    def label(self) -> str:
        """The tick as plain text: '10^-8' style for powers of ten."""
        return f"{self.text}^{self.exponent.replace(MINUS, '-')}" if self.exponent is not None else self.text


def _superscript_exponent(e: int) -> str:
    return f"{MINUS}{-e}" if e < 0 else str(e)

def gradient_ticks(lo: float, hi: float, bar: QRectF, min_gap: float) -> list[Tick]:
    """Powers of ten across [lo, hi] (log10 bounds), every 1, 2, 5... decades (counted from
    the top) to keep ``min_gap`` pixels between ticks."""
    length = bar.height()
    e_lo, e_hi = math.ceil(lo - 1e-9), math.floor(hi + 1e-9)
    exps = list(range(e_lo, e_hi + 1))
    if not exps or length <= 0:
        return []
    step = 1
    per_decade = length / (hi - lo)
    for step in (1, 2, 5, 10, 20, 50, 100):
        if per_decade * step >= min_gap:
            break
    # Counted down from the top, so the largest power of ten is always labelled.
    chosen = [e for e in exps if (exps[-1] - e) % step == 0]
    ticks: list[Tick] = []
    for e in chosen:
        t = (e - lo) / (hi - lo)
        ticks.append(Tick(value=10.0 ** e, position=t, y=bar.bottom() - t * length, text="10",
                          exponent=_superscript_exponent(e)))
    return ticks

def _nice_step(span: float, max_ticks: int) -> float:
    raw = span / max(max_ticks - 1, 1)
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    mag = 10.0 ** math.floor(math.log10(raw))
    for f in (1, 2, 2.5, 5, 10):
        if f * mag >= raw:
            return f * mag
    return 10 * mag

def activation_ticks(lo: float, hi: float, bar: QRectF, min_gap: float) -> list[Tick]:
    """Round values across [-b, b], b = max(|lo|, |hi|) (0 in the middle of the bar)."""
    bound = max(abs(lo), abs(hi))
    if not math.isfinite(bound) or bound <= 0:
        bound = 1.0
    length = bar.height()
    max_ticks = max(2, int(length // min_gap) + 1)
    step = _nice_step(2 * bound, max_ticks)
    k = math.floor(bound / step + 1e-9)
    ticks: list[Tick] = []
    for i in range(-k, k + 1):
        v = i * step
        t = 0.5 + 0.5 * v / bound
        text = f"{v:g}".replace("-", MINUS)
        ticks.append(Tick(value=v, position=t, y=bar.bottom() - t * length, text=text))
    return ticks
