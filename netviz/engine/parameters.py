"""Reading and setting a Network's parameters and per-layer settings between steps.

``Network`` takes these methods from ``ParameterAccess``; they are public API (docs/engine.md).
Layer indices run from 0 (first hidden layer) to n_layers - 1 (output layer); -1 is the
output layer too. A bad index or shape raises SpecError naming the field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .initializers import init_weights
from .settings import SpecError
from .spec import OptimizerSpec

if TYPE_CHECKING:
    from .dropout import DropoutMasks
    from .layer_state import LayerState
    from .optimizers import Optimizer
    from .spec import NetworkSpec

BATCH_NORM_PARAMETERS = ("gamma", "beta", "running_mean", "running_var")


def penalty_of(weights: list[np.ndarray], spec: OptimizerSpec) -> float:
    """The regularization penalty of these weights (every layer's, in order) under ``spec``:
    ``Network.penalty``'s sum, term by term (a fused run's drawn step takes it of the weights
    its kernel call kept from before that step)."""
    if spec.l1 == 0.0 and spec.l2 == 0.0:
        return 0.0
    total = 0.0
    for w in weights:
        if spec.l1:
            total += spec.l1 * float(np.abs(w).sum())
        if spec.l2:
            total += 0.5 * spec.l2 * float((w * w).sum())
    return total


class ParameterAccess:
    """Getters and setters of a Network's weights, batch norm, optimizer, freezing and dropout."""

    layers: list[LayerState]
    optimizer: Optimizer
    spec: NetworkSpec
    dtype: np.dtype
    _masks: DropoutMasks

    def _param(self, values: np.ndarray) -> np.ndarray:
        """A parameter as the network holds it: a read-only copy in the network's dtype."""
        arr = np.asarray(values, dtype=self.dtype).copy()
        arr.flags.writeable = False
        return arr

    @property
    def n_layers(self) -> int:
        """Hidden layers plus the output layer."""
        return len(self.layers)

    def _layer(self, layer: int) -> LayerState:
        """Layer ``layer`` (negative counts from the output layer), or SpecError("layer")."""
        n = len(self.layers)
        if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not -n <= layer < n:
            raise SpecError("layer",
                            f"must be a layer index from 0 to {n - 1} (or -1 for the output layer), got {layer!r}")
        return self.layers[layer]

    def get_weights(self, layer: int) -> tuple[np.ndarray, np.ndarray]:
        """Copies of (W (n_in, n), b (n,)) of a layer; layer -1 is the output layer."""
        lay = self._layer(layer)
        return lay.weights.copy(), lay.biases.copy()

    def set_weights(self, layer: int, weights: np.ndarray, biases: np.ndarray) -> None:
        """Replace W (n_in, n) and b (n,); SpecError names layers[l].weights or layers[l].biases."""
        lay = self._layer(layer)
        w = np.asarray(weights, dtype=lay.weights.dtype)
        b = np.asarray(biases, dtype=lay.biases.dtype).reshape(-1)
        if w.shape != lay.weights.shape:
            raise SpecError(f"layers[{layer}].weights", f"shape must be {lay.weights.shape}, got {w.shape}")
        if b.shape != lay.biases.shape:
            raise SpecError(f"layers[{layer}].biases", f"shape must be {lay.biases.shape}, got {b.shape}")
        lay.weights, lay.biases = self._param(w), self._param(b)

    def _batch_norm_layer(self, layer: int) -> LayerState:
        lay = self._layer(layer)
        if not lay.batch_norm:
            raise SpecError(f"layers[{layer}].batch_norm", "this layer has no batch normalization")
        return lay

    def get_batch_norm(self, layer: int) -> dict[str, np.ndarray]:
        """Copies of gamma, beta, running_mean, running_var (each (n,)) of a batch-norm layer;
        SpecError on a layer without batch norm."""
        lay = self._batch_norm_layer(layer)
        return {k: getattr(lay, k).copy() for k in BATCH_NORM_PARAMETERS}

    def set_batch_norm(self, layer: int, **values: np.ndarray) -> None:
        """Replace any of gamma, beta, running_mean, running_var (each (n,)) of a batch-norm layer."""
        lay = self._batch_norm_layer(layer)
        for key, value in values.items():
            if key not in BATCH_NORM_PARAMETERS:
                known = ", ".join(BATCH_NORM_PARAMETERS)
                raise SpecError(f"layers[{layer}].{key}", f"unknown batch-norm parameter (known: {known})")
            arr = np.asarray(value, dtype=lay.biases.dtype).reshape(-1)
            if arr.shape != lay.biases.shape:
                raise SpecError(f"layers[{layer}].{key}", f"shape must be {lay.biases.shape}, got {arr.shape}")
            setattr(lay, key, self._param(arr))

    def set_optimizer(self, spec: OptimizerSpec) -> None:
        """Change learning rate, optimizer or regularization; applies from the next step."""
        self.optimizer.set_spec(spec)

    def set_frozen(self, layer: int, frozen: bool) -> None:
        """Freeze (no updates, batch-norm running statistics kept) or unfreeze a layer."""
        self._layer(layer).frozen = bool(frozen)

    def set_dropout(self, layer: int, rate: float) -> None:
        """A hidden layer's dropout rate, from the next step on."""
        if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not 0 <= layer < len(self.layers) - 1:
            raise SpecError("layer", f"dropout applies to hidden layers 0..{len(self.layers) - 2}, got {layer}")
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0.0 <= rate <= 1.0:
            raise SpecError(f"hidden[{layer}].dropout", f"must be between 0 and 1, got {rate!r}")
        self.layers[layer].dropout = float(rate)

    def random_state(self) -> dict[str, Any]:
        """The dropout stream's position (numpy's bit-generator state): with the parameters,
        all a network needs to continue its run exactly (a session file stores it)."""
        return dict(self._masks.rng.bit_generator.state)

    def set_random_state(self, state: dict[str, Any]) -> None:
        """Continue the dropout stream from ``random_state()``; numpy checks the state."""
        self._masks.rng.bit_generator.state = state

    def reinitialize_layer(self, layer: int, seed: int) -> None:
        """Fresh initial weights and biases for one layer, drawn as the spec's initializer
        draws them from a generator seeded with ``seed`` (transfer learning: a new last layer)."""
        lay = self._layer(layer)
        rng = np.random.default_rng(seed)
        n_in, n = lay.weights.shape
        lay.weights = self._param(init_weights(self.spec.init, n_in, n, self.spec.init_scale, rng))
        lay.biases = self._param(np.full(n, self.spec.bias_init))

    def penalty(self) -> float:
        """The regularization penalty of the current weights: l1 * sum|W| + l2/2 * sum W^2
        over every layer's weights (biases and batch-norm parameters excluded)."""
        return penalty_of([lay.weights for lay in self.layers], self.optimizer.spec)
