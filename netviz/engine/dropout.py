"""Dropout masks: drawn from the network's seeded stream, or given by the caller and checked.

A mask is a (B, n) bool array per hidden layer, True = kept. Traces hold masks, so every
mask handed out here is read-only; masks full of one value are made once per shape and shared.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .settings import SpecError


def _readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


def frozen_copy(values: object, dtype: np.dtype | type) -> np.ndarray:
    """``values`` as a read-only array of ``dtype`` that a trace may hold: a caller's
    read-only array as it is, anything else copied (never made read-only in place, so a
    buffer the caller reuses stays writable)."""
    arr = np.asarray(values, dtype=dtype)
    if arr is values and not arr.flags.writeable:
        return arr
    if arr is values or arr.base is not None:
        arr = arr.copy()
    return _readonly(arr)


class DropoutMasks:
    """The masks of one network's steps; ``rng`` is its dropout stream."""

    def __init__(self, rng: np.random.Generator):
        self._rng = rng
        self._constant: dict[tuple[bool, tuple[int, ...]], np.ndarray] = {}

    @property
    def rng(self) -> np.random.Generator:
        """The dropout stream (its bit-generator state is where a saved run continues)."""
        return self._rng

    def draw(self, rates: Sequence[float], widths: Sequence[int], batch_size: int) -> list[np.ndarray]:
        """One (B, n) mask per hidden layer from the stream; a layer without dropout gets
        the shared all-True mask (and draws nothing)."""
        masks = []
        for rate, n in zip(rates, widths):
            if rate > 0.0:
                masks.append(_readonly(self._rng.random((batch_size, n)) >= rate))
            else:
                masks.append(self.constant(True, (batch_size, n)))
        return masks

    def draw_steps(self, rates: Sequence[float], widths: Sequence[int], batch_size: int,
                   steps: int) -> list[np.ndarray | None]:
        """The masks ``steps`` calls of ``draw`` would make, from one draw of the stream: per
        hidden layer (steps, B, n) bool read-only, None for a layer without dropout. The same
        numbers in the same order (``Generator.random`` fills its output in order, whatever its
        shape: step by step, layer by layer, row by row), so the stream ends where those calls
        leave it; a fused kernel call's masks cost one call instead of one per step and layer."""
        sizes = [batch_size * n if rate > 0.0 else 0 for rate, n in zip(rates, widths)]
        if not any(sizes):
            return [None] * len(sizes)
        values = self._rng.random((steps, sum(sizes)))
        masks: list[np.ndarray | None] = []
        start = 0
        for rate, n, size in zip(rates, widths, sizes):
            if size:
                masks.append(_readonly(values[:, start:start + size].reshape(steps, batch_size, n) >= rate))
                start += size
            else:
                masks.append(None)
        return masks

    def given(self, masks: Sequence[np.ndarray], rates: Sequence[float], widths: Sequence[int],
              batch_size: int) -> list[np.ndarray]:
        """The caller's masks, checked, as read-only arrays the trace can hold (copies of
        writable ones: the caller's arrays are never made read-only)."""
        checked = [frozen_copy(m, bool) for m in masks]
        if len(checked) != len(rates):
            raise SpecError("dropout_masks", f"need one mask per hidden layer ({len(rates)})")
        for i, (m, rate, n) in enumerate(zip(checked, rates, widths)):
            if m.shape != (batch_size, n):
                raise SpecError(f"dropout_masks[{i}]", f"shape must be {(batch_size, n)}, got {m.shape}")
            if rate == 0.0 and not m.all():
                raise SpecError(f"dropout_masks[{i}]",
                                "this layer's dropout rate is 0, so its mask must keep every unit")
            # At rate 1.0 every unit is dropped whatever a mask says: a mask keeping some
            # would report units as kept that sent nothing.
            if rate == 1.0 and m.any():
                raise SpecError(f"dropout_masks[{i}]",
                                "this layer's dropout rate is 1, so its mask must drop every unit")
        return checked

    def constant(self, value: bool, shape: tuple[int, ...]) -> np.ndarray:
        """A read-only bool array full of ``value``, made once per shape and then shared.

        Traces show many such masks: the all-True dropout mask of every layer without
        dropout, the all-True mask of the output layer, the all-False dead units of a layer
        that cannot die. Like every array a trace holds they are never written (and a view
        of nothing else), so one array can stand for all of them instead of a new one per
        step (the Trainer already shares dead-unit masks between traces the same way).
        """
        key = (value, shape)
        mask = self._constant.get(key)
        if mask is None:
            if len(self._constant) >= 64:  # many different batch sizes: start over, don't grow
                self._constant.clear()
            mask = self._constant[key] = _readonly(np.full(shape, value, dtype=bool))
        return mask
