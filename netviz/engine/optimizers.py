"""SGD, SGD with momentum and Adam, with the same update rules as PyTorch's."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .spec import OptimizerSpec


@dataclass(frozen=True)
class OptimizerState:
    """What an optimizer carries between steps (momentum buffers, Adam's moments and step
    counts), by parameter key ("0.W", "m:0.W", ...): a session file stores it."""

    spec: OptimizerSpec
    buffers: dict[str, np.ndarray] = field(default_factory=dict)  # each shaped as its parameter
    adam_steps: dict[str, int] = field(default_factory=dict)


class Optimizer:
    """Turns gradients into updates; keeps per-parameter state by key.

    ``updates(keys, grads)`` takes the parameters' keys and gradients (two parallel
    lists) and returns their updates, the change to add to each parameter. Its state
    survives a change of learning rate; changing the kind resets it.
    """

    def __init__(self, spec: OptimizerSpec):
        self.spec = spec
        self._state: dict[str, np.ndarray] = {}
        # Adam's bias correction counts each parameter's own updates, as PyTorch does: a
        # layer unfrozen after N steps starts at t = 1, not N + 1.
        self._adam_steps: dict[str, int] = {}

    def set_spec(self, spec: OptimizerSpec) -> None:
        if spec.kind != self.spec.kind:
            self._state.clear()
            self._adam_steps.clear()
        self.spec = spec

    def state(self) -> OptimizerState:
        # The buffers are replaced, never changed in place, by ``updates``: no copies needed.
        return OptimizerState(self.spec, dict(self._state), dict(self._adam_steps))

    def set_state(self, state: OptimizerState) -> None:
        """Continue from ``state``, as if this optimizer had made its updates (the caller
        checks the buffers' keys and shapes against its parameters)."""
        self.spec = state.spec
        self._state = dict(state.buffers)
        self._adam_steps = dict(state.adam_steps)

    def updates(self, keys: list[str], grads: list[np.ndarray]) -> list[np.ndarray]:
        s = self.spec
        lr = s.learning_rate
        state = self._state
        if s.kind == "sgd":
            if not grads:
                return []
            # -lr * g. numpy turns a Python float into the array's dtype before multiplying,
            # so a 0-d array of that dtype gives the same numbers, and costs less per call
            # (no conversion of the scalar each time).
            neg_lr = np.array(-lr, dtype=grads[0].dtype)
            dtype = neg_lr.dtype
            return [g * neg_lr if g.dtype is dtype else -lr * g for g in grads]
        out = []
        if s.kind == "momentum":
            for key, g in zip(keys, grads):
                buf = state.get(key)
                buf = g.copy() if buf is None else s.momentum * buf + g
                state[key] = buf
                out.append(-lr * buf)
        else:  # adam
            for key, g in zip(keys, grads):
                t = self._adam_steps.get(key, 0) + 1
                self._adam_steps[key] = t
                c1 = 1.0 - s.beta1**t
                c2 = 1.0 - s.beta2**t
                m = state.get("m:" + key)
                v = state.get("v:" + key)
                m = (1.0 - s.beta1) * g if m is None else s.beta1 * m + (1.0 - s.beta1) * g
                v = (1.0 - s.beta2) * g * g if v is None else s.beta2 * v + (1.0 - s.beta2) * g * g
                state["m:" + key] = m
                state["v:" + key] = v
                out.append(-lr * (m / c1) / (np.sqrt(v / c2) + s.epsilon))
        return out
