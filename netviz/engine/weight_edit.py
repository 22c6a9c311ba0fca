"""A weight set by hand, as Playground lets a student click an edge and type its weight.

``SetWeight(layer, source, target, value)(trainer)`` replaces one entry of a layer's W
through the network's public ``get_weights``/``set_weights``; the next step trains from it
(the optimizer's state, batches and random streams are untouched). The window hands it to
its worker, which applies it between two steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .settings import SpecError
from .trainer import Trainer


@dataclass(frozen=True)
class SetWeight:
    """W[source, target] of ``layer`` (0 = first hidden layer, -1 = the output layer) := ``value``."""

    layer: int
    source: int  # the node of the column before the layer (an input, or a unit of the layer before)
    target: int  # the layer's unit
    value: float

    def __call__(self, trainer: Trainer) -> None:
        """Set the weight; SpecError names the field that is wrong (nothing changes then)."""
        net = trainer.network
        weights, biases = net.get_weights(self.layer)
        n_in, n = weights.shape
        if not 0 <= self.source < n_in:
            raise SpecError("source", f"must be a node from 0 to {n_in - 1} of the column before, got {self.source}")
        if not 0 <= self.target < n:
            raise SpecError("target", f"must be a unit from 0 to {n - 1} of the layer, got {self.target}")
        if isinstance(self.value, bool) or not isinstance(self.value, (int, float)) or not math.isfinite(self.value):
            raise SpecError("value", f"a weight must be a finite number, got {self.value!r}")
        weights[self.source, self.target] = self.value
        net.set_weights(self.layer, weights, biases)
