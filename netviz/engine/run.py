"""A run's whole state, frozen: what a Trainer needs to continue exactly where it was.

``capture(trainer)`` takes a ``RunState`` (no copies: the engine replaces its arrays, never
changes them in place); ``restore(state)`` builds a Trainer that continues the run bit for
bit: the same batches, dropout masks, updates and traces as the original would have made.
``restore`` checks everything a state from a file could get wrong (shapes, dtypes, keys,
ranges, random states) and raises SpecError naming the field, before anything trains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .dataset_types import TASKS, Dataset
from .optimizers import OptimizerState
from .spec import NetworkSpec, SpecError
from .trainer import Trainer, TrainerState

_BN_PARAMS = ("gamma", "beta", "running_mean", "running_var")


@dataclass(frozen=True)
class LayerState:
    """One layer's parameters and the settings that may change during a run."""

    weights: np.ndarray  # (n_in, n)
    biases: np.ndarray  # (n,)
    gamma: np.ndarray | None  # (n,) each, or None without batch norm
    beta: np.ndarray | None
    running_mean: np.ndarray | None
    running_var: np.ndarray | None
    dropout: float  # 0.0 for the output layer
    frozen: bool


@dataclass(frozen=True)
class RunState:
    """Everything a run carries forward: its network, data, optimizer, random streams and loop."""

    spec: NetworkSpec
    dataset: Dataset
    layers: tuple[LayerState, ...]  # first hidden layer first, the output layer last
    optimizer: OptimizerState
    dropout_rng: dict[str, Any]  # numpy's bit-generator state of the dropout-mask stream
    network_steps: int  # steps the network has trained (the next trace's ``step``)
    trainer: TrainerState
    # Trained by the fused kernel (``Trainer.fused``): a replay continues with it. Absent in
    # a session file: False (a file written before fused runs, or of a numpy run).
    fused: bool = False


def capture(trainer: Trainer) -> RunState:
    """The trainer's state now; cheap (references to immutable arrays)."""
    net = trainer.network
    layers = tuple(
        LayerState(weights=lay.weights, biases=lay.biases, gamma=lay.gamma, beta=lay.beta,
                   running_mean=lay.running_mean, running_var=lay.running_var,
                   dropout=float(lay.dropout), frozen=bool(lay.frozen))
        for lay in net.layers
    )
    return RunState(spec=trainer.spec, dataset=trainer.dataset, layers=layers, optimizer=net.optimizer.state(),
                    dropout_rng=net.random_state(), network_steps=net.steps_done, trainer=trainer.state(),
                    fused=bool(trainer.fused))


def restore(state: RunState) -> Trainer:
    """A Trainer that continues the captured run exactly; SpecError names what is wrong."""
    _check_dataset(state.dataset)
    trainer = Trainer(state.spec, state.dataset, state.trainer.train_spec)
    net = trainer.network
    if len(state.layers) != net.n_layers:
        raise SpecError("layers", f"needs {net.n_layers} layers for this network, got {len(state.layers)}")
    for i, layer in enumerate(state.layers):
        _restore_layer(trainer, i, layer)
    _restore_optimizer(trainer, state.optimizer)
    _set_random(net.set_random_state, state.dropout_rng, "dropout_rng")
    if not isinstance(state.network_steps, int) or state.network_steps < 0:
        raise SpecError("network_steps", f"must be a whole number >= 0, got {state.network_steps!r}")
    net.steps_done = state.network_steps
    _check_trainer_state(trainer, state.trainer)
    _set_random(lambda s: trainer.set_state(state.trainer), state.trainer.batch_rng, "trainer.batch_rng")
    if not isinstance(state.fused, bool):
        raise SpecError("fused", f"must be true or false, got {state.fused!r}")
    trainer.fused = state.fused
    return trainer


def _set_random(setter: Callable[[dict[str, Any]], None], value: Any, name: str) -> None:
    if not isinstance(value, dict) or value.get("bit_generator") != "PCG64":
        raise SpecError(name, "must be the state of numpy's PCG64 generator")
    try:
        setter(value)
    except (TypeError, ValueError, KeyError, OverflowError) as exc:
        raise SpecError(name, f"is not a valid PCG64 state ({exc})") from None


def _check_dataset(data: Dataset) -> None:
    if data.task not in TASKS:
        raise SpecError("dataset.task", f"unknown {data.task!r} (known: {', '.join(TASKS)})")
    arrays = {"x_train": data.x_train, "y_train": data.y_train, "x_val": data.x_val, "y_val": data.y_val}
    for name, arr in arrays.items():
        if arr.dtype != np.float64 or arr.ndim != 2:
            raise SpecError(f"dataset.{name}", f"must be a 2-D float64 array, got {arr.ndim}-D {arr.dtype}")
    if len(data.x_train) < 1 or len(data.x_train) != len(data.y_train) or len(data.x_val) != len(data.y_val):
        raise SpecError("dataset", "needs at least one training example and as many targets as inputs")
    if data.x_val.shape[1] != data.x_train.shape[1] or data.y_val.shape[1] != data.y_train.shape[1]:
        raise SpecError("dataset", "training and validation sets have different columns")


def _check_array(value: Any, shape: tuple[int, ...], dtype: np.dtype, name: str) -> None:
    if not isinstance(value, np.ndarray) or value.shape != shape or value.dtype != dtype:
        got = f"{value.shape} {value.dtype}" if isinstance(value, np.ndarray) else type(value).__name__
        raise SpecError(name, f"must be a {shape} {dtype} array, got {got}")


def _restore_layer(trainer: Trainer, i: int, layer: LayerState) -> None:
    net = trainer.network
    lay = net.layers[i]
    where = f"layers[{i}]"
    _check_array(layer.weights, lay.weights.shape, net.dtype, f"{where}.weights")
    _check_array(layer.biases, lay.biases.shape, net.dtype, f"{where}.biases")
    net.set_weights(i, layer.weights, layer.biases)
    if lay.batch_norm:
        values = {k: getattr(layer, k) for k in _BN_PARAMS}
        for key, value in values.items():
            _check_array(value, lay.biases.shape, net.dtype, f"{where}.{key}")
        net.set_batch_norm(i, **values)
    elif any(getattr(layer, k) is not None for k in _BN_PARAMS):
        raise SpecError(f"{where}.gamma", "this layer has no batch normalization")
    if i < net.n_layers - 1:
        net.set_dropout(i, layer.dropout)
    elif layer.dropout != 0.0:
        raise SpecError(f"{where}.dropout", "the output layer has no dropout")
    if not isinstance(layer.frozen, bool):
        raise SpecError(f"{where}.frozen", f"must be true or false, got {layer.frozen!r}")
    net.set_frozen(i, layer.frozen)


def _restore_optimizer(trainer: Trainer, state: OptimizerState) -> None:
    """Buffers only for the network's own parameter keys, each shaped as its parameter."""
    net = trainer.network
    shapes = {}
    for lay in net.layers:
        for key, attr in zip(lay.keys, ("weights", "biases", "gamma", "beta")):
            shapes[key] = getattr(lay, attr).shape
    prefixes = {"sgd": (), "momentum": ("",), "adam": ("m:", "v:")}[state.spec.kind]
    for key, buf in state.buffers.items():
        param = next((key[len(p):] for p in prefixes if key.startswith(p) and key[len(p):] in shapes), None)
        if param is None:
            raise SpecError(f"optimizer.buffers[{key!r}]", f"no such parameter for a {state.spec.kind} optimizer")
        _check_array(buf, shapes[param], net.dtype, f"optimizer.buffers[{key!r}]")
    for key, steps in state.adam_steps.items():
        if key not in shapes or isinstance(steps, bool) or not isinstance(steps, int) or steps < 0:
            raise SpecError(f"optimizer.adam_steps[{key!r}]", "must count the steps of one of the network's parameters")
    if state.spec != trainer.train_spec.optimizer:
        raise SpecError("optimizer.spec", "differs from the training settings' optimizer")
    net.optimizer.set_state(state)


def _check_trainer_state(trainer: Trainer, state: TrainerState) -> None:
    n_train = len(trainer.dataset.x_train)
    order = state.order
    if not isinstance(order, np.ndarray) or order.ndim != 1 or order.dtype.kind not in "iu":
        raise SpecError("trainer.order", "must be a 1-D array of whole numbers")
    if order.size and (order.min() < 0 or order.max() >= n_train):
        raise SpecError("trainer.order", f"holds an example index outside 0..{n_train - 1}")
    # In-order batches (shuffle off) keep no order: the cursor is the next example's index.
    last = len(order) if state.train_spec.shuffle else n_train - 1
    if not 0 <= state.cursor <= last:
        raise SpecError("trainer.cursor", f"must be from 0 to {last}, got {state.cursor}")
    if state.since_best < 0:
        raise SpecError("trainer.since_best", f"must be at least 0, got {state.since_best}")
    layers = trainer.network.layers
    if state.last_scan is not None:
        if len(state.last_scan) != len(layers):
            raise SpecError("trainer.last_scan", f"needs (dead, saturated) masks per layer ({len(layers)})")
        for i, (masks, lay) in enumerate(zip(state.last_scan, layers)):
            if not isinstance(masks, tuple) or len(masks) != 2:
                raise SpecError(f"trainer.last_scan[{i}]", "must be a pair of masks (dead, saturated)")
            for which, mask in zip(("dead", "saturated"), masks):
                _check_array(mask, lay.biases.shape, np.dtype(bool), f"trainer.last_scan[{i}].{which}")
    if state.best_params is not None:
        if len(state.best_params) != len(layers):
            raise SpecError("trainer.best_params", f"needs the parameters of every layer ({len(layers)})")
        for i, (params, lay) in enumerate(zip(state.best_params, layers)):
            _check_best(params, lay, trainer.network.dtype, f"trainer.best_params[{i}]")


def _check_best(params: tuple, lay: Any, dtype: np.dtype, where: str) -> None:
    names = ("weights", "biases", *_BN_PARAMS)
    if len(params) != len(names):
        raise SpecError(where, f"needs {len(names)} entries ({', '.join(names)})")
    for name, value in zip(names, params):
        current = getattr(lay, name)
        if current is None:
            if value is not None:
                raise SpecError(f"{where}.{name}", "this layer has no batch normalization")
        else:
            _check_array(value, current.shape, dtype, f"{where}.{name}")
