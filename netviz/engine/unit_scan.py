"""Units that pass no gradient (dead) or almost none (saturated), measured on a set of examples.

A unit is *dead* when f'(z) = 0 for every scanned example: a ReLU unit (or a LeakyReLU of
slope 0) whose z <= 0 on all of them. A unit is *saturated* when f'(z) is below
``SATURATION_THRESHOLD`` (1%) of the activation's largest slope for every scanned example:
a sigmoid unit with sigma'(z) < 0.0025 (|z| > 6.0) or a tanh unit with 1 - tanh(z)^2 < 0.01
(|z| > 2.99) everywhere. Saturation is how vanishing gradients start. Other activations
(linear, LeakyReLU with a slope, ELU) keep a slope of at least their smallest one, so
their units are neither.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from .activations import Activation

SATURATION_THRESHOLD = 0.01  # a fraction of the activation's largest slope


def _sigmoid_saturation_z(fraction: float) -> float:
    # sigma' = s (1 - s) is largest (1/4) at 0; s (1 - s) = fraction / 4 at s = (1 - sqrt(1 - fraction)) / 2.
    s = (1.0 - math.sqrt(1.0 - fraction)) / 2.0
    return math.log((1.0 - s) / s)


# |z| beyond which f'(z) < SATURATION_THRESHOLD * max f': f' falls monotonically in |z|,
# so "below the threshold on every example" is "|z| beyond this on every example".
SATURATION_Z = {
    "sigmoid": _sigmoid_saturation_z(SATURATION_THRESHOLD),
    "tanh": math.atanh(math.sqrt(1.0 - SATURATION_THRESHOLD)),  # 1 - tanh^2 = threshold
}
# Arrays up to this many elements are "small": numpy's overhead per call outweighs the work.
_SMALL = 1 << 15


def _readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


class UnitScan:
    """Dead and saturated masks of a network's layers from the z of its hidden layers.

    ``activations``: the hidden layers' activations; ``widths``: every layer's units (the
    output layer last; its units are never dead or saturated); ``constant_mask(value,
    shape)``: a shared read-only bool array (the Network's), for layers that cannot be.
    """

    def __init__(self, activations: Sequence[Activation], widths: Sequence[int],
                 constant_mask: Callable[[bool, tuple[int, ...]], np.ndarray]):
        self._none = [constant_mask(False, (n,)) for n in widths]
        # The hidden layers whose units can die, and their columns side by side.
        self._can_die = [i for i, act in enumerate(activations) if act.can_die]
        self._columns = []
        start = 0
        for i in self._can_die:
            self._columns.append(slice(start, start + widths[i]))
            start += widths[i]
        self._can_saturate = [(i, SATURATION_Z[act.name]) for i, act in enumerate(activations)
                              if act.name in SATURATION_Z]

    def dead(self, zs: Sequence[np.ndarray]) -> list[np.ndarray]:
        """(n,) bool per layer: z <= 0 on every row, for the layers whose units can die.

        On small arrays (the usual case: a step's batch), where numpy's cost per call
        dominates, the z of all layers whose units can die are first put side by side, so
        that the test is two numpy calls for the whole network rather than two per layer;
        each layer's mask is then a read-only view of the result.
        """
        can_die = self._can_die
        dead = list(self._none)
        if not can_die:
            return dead
        layer_zs = [zs[i] for i in can_die]
        # logical_and.reduce: ndarray.all without its Python layer; 0.0: see Activation.
        if len(layer_zs) > 1 and layer_zs[0].shape[0] * self._columns[-1].stop <= _SMALL:
            all_dead = _readonly(np.logical_and.reduce(np.concatenate(layer_zs, 1) <= 0.0, 0))
            for i, where in zip(can_die, self._columns):
                dead[i] = all_dead[where]
        else:
            for i, z in zip(can_die, layer_zs):
                dead[i] = _readonly(np.logical_and.reduce(z <= 0.0, 0))
        return dead

    def saturated(self, zs: Sequence[np.ndarray]) -> list[np.ndarray]:
        """(n,) bool per layer: a sigmoid or tanh unit with |z| beyond its SATURATION_Z on every row."""
        saturated = list(self._none)
        for i, limit in self._can_saturate:
            saturated[i] = _readonly(np.logical_and.reduce(np.abs(zs[i]) > limit, 0))
        return saturated
