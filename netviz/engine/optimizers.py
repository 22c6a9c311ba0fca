"""SGD, SGD with momentum and Adam, with the same update rules as PyTorch's."""

from __future__ import annotations

import numpy as np

from .spec import OptimizerSpec


class Optimizer:
    """Turns gradients into updates; keeps per-parameter state by key.

    ``updates(grads)`` takes {key: gradient} and returns {key: update}, the change to
    add to each parameter. Its state survives a change of learning rate; changing the
    kind resets it.
    """

    def __init__(self, spec: OptimizerSpec):
        self.spec = spec
        self._state: dict[str, np.ndarray] = {}
        self._steps = 0

    def set_spec(self, spec: OptimizerSpec) -> None:
        if spec.kind != self.spec.kind:
            self._state.clear()
            self._steps = 0
        self.spec = spec

    def updates(self, grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        s = self.spec
        lr = s.learning_rate
        self._steps += 1
        out: dict[str, np.ndarray] = {}
        if s.kind == "sgd":
            for key, g in grads.items():
                out[key] = -lr * g
        elif s.kind == "momentum":
            for key, g in grads.items():
                buf = self._state.get(key)
                buf = g.copy() if buf is None else s.momentum * buf + g
                self._state[key] = buf
                out[key] = -lr * buf
        else:  # adam
            t = self._steps
            c1 = 1.0 - s.beta1**t
            c2 = 1.0 - s.beta2**t
            for key, g in grads.items():
                m = self._state.get("m:" + key)
                v = self._state.get("v:" + key)
                m = (1.0 - s.beta1) * g if m is None else s.beta1 * m + (1.0 - s.beta1) * g
                v = (1.0 - s.beta2) * g * g if v is None else s.beta2 * v + (1.0 - s.beta2) * g * g
                self._state["m:" + key] = m
                self._state["v:" + key] = v
                out[key] = -lr * (m / c1) / (np.sqrt(v / c2) + s.epsilon)
        return out
