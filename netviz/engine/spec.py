"""What a network is and how it trains, as plain frozen data, validated field by field."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .activations import ACTIVATIONS
from .initializers import INITIALIZERS
from .losses import OUTPUTS

OPTIMIZERS = ("sgd", "momentum", "adam")
DTYPES = ("float64", "float32")
# What netviz draws: up to 12 hidden layers of up to 64 units. The lesson loader and the
# window hold to these; the engine itself takes wider layers (benchmarks use 128).
MAX_HIDDEN_LAYERS = 12
MAX_UNITS = 64
MAX_ENGINE_UNITS = 4096


class SpecError(ValueError):
    """A setting that cannot be used; ``field`` names it, ``reason`` says why."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class LayerSpec:
    """One hidden layer: its width, activation, dropout rate, batch norm and freezing."""

    units: int
    activation: str = "relu"
    dropout: float = 0.0
    batch_norm: bool = False
    frozen: bool = False


@dataclass(frozen=True)
class NetworkSpec:
    """A fully connected network: inputs -> hidden layers -> outputs.

    ``output`` picks the output layer and its loss: "sigmoid" (binary cross-entropy),
    "softmax" (cross-entropy) or "linear" (mean squared error).
    """

    inputs: int
    hidden: tuple[LayerSpec, ...]
    outputs: int = 1
    output: str = "sigmoid"
    output_frozen: bool = False
    init: str = "glorot"
    init_scale: float = 1.0
    bias_init: float = 0.0
    leaky_slope: float = 0.01
    elu_alpha: float = 1.0
    dtype: str = "float64"
    seed: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(self.hidden))
        validate_network(self)


@dataclass(frozen=True)
class OptimizerSpec:
    """How each step turns gradients into weight updates; may change between steps."""

    kind: str = "sgd"
    learning_rate: float = 0.1
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    l1: float = 0.0
    l2: float = 0.0
    clip_norm: float | None = None

    def __post_init__(self) -> None:
        validate_optimizer(self)


@dataclass(frozen=True)
class TrainSpec:
    """The training loop around the steps: batches, evaluation, early stopping."""

    batch_size: int = 16
    steps: int = 500
    patience: int | None = None  # early stopping after this many steps without a better validation loss
    eval_every: int = 1  # validation loss and dead-unit scan every this many steps
    seed: int = 0
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)

    def __post_init__(self) -> None:
        _int_at_least("batch_size", self.batch_size, 1)
        _int_at_least("steps", self.steps, 0)
        if self.patience is not None:
            _int_at_least("patience", self.patience, 1)
        _int_at_least("eval_every", self.eval_every, 1)
        _int_at_least("seed", self.seed, 0)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int_at_least(name: str, value: object, low: int, high: int | None = None) -> None:
    if not _is_int(value):
        raise SpecError(name, f"must be a whole number, got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise SpecError(name, f"must be {bound}, got {value}")


def _number(name: str, value: object, low: float | None = None, high: float | None = None,
            low_open: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SpecError(name, f"must be a finite number, got {value!r}")
    if low is not None and (value < low or (low_open and value == low)):
        raise SpecError(name, f"must be {'greater than' if low_open else 'at least'} {low}, got {value}")
    if high is not None and value > high:
        raise SpecError(name, f"must be at most {high}, got {value}")


def _choice(name: str, value: object, options: tuple[str, ...]) -> None:
    if value not in options:
        raise SpecError(name, f"unknown {value!r} (known: {', '.join(options)})")


def _flag(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise SpecError(name, f"must be true or false, got {value!r}")


def validate_network(spec: NetworkSpec) -> None:
    _int_at_least("inputs", spec.inputs, 1)
    if len(spec.hidden) > MAX_HIDDEN_LAYERS:
        raise SpecError("hidden", f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(spec.hidden)}")
    for i, layer in enumerate(spec.hidden):
        if not isinstance(layer, LayerSpec):
            raise SpecError(f"hidden[{i}]", f"must be a LayerSpec, got {type(layer).__name__}")
        _int_at_least(f"hidden[{i}].units", layer.units, 1, MAX_ENGINE_UNITS)
        _choice(f"hidden[{i}].activation", layer.activation, ACTIVATIONS)
        _number(f"hidden[{i}].dropout", layer.dropout, 0.0, 1.0)
        _flag(f"hidden[{i}].batch_norm", layer.batch_norm)
        _flag(f"hidden[{i}].frozen", layer.frozen)
    _int_at_least("outputs", spec.outputs, 1)
    _choice("output", spec.output, OUTPUTS)
    if spec.output == "softmax" and spec.outputs < 2:
        raise SpecError("outputs", f"softmax needs at least 2 outputs, got {spec.outputs}")
    _flag("output_frozen", spec.output_frozen)
    _choice("init", spec.init, INITIALIZERS)
    _number("init_scale", spec.init_scale, 0.0, 1e6, low_open=True)
    _number("bias_init", spec.bias_init, -1e6, 1e6)
    _number("leaky_slope", spec.leaky_slope, 0.0, 1.0)
    _number("elu_alpha", spec.elu_alpha, 0.0, 1e6, low_open=True)
    _choice("dtype", spec.dtype, DTYPES)
    _int_at_least("seed", spec.seed, 0)


def validate_optimizer(spec: OptimizerSpec) -> None:
    _choice("optimizer", spec.kind, OPTIMIZERS)
    _number("learning_rate", spec.learning_rate, 0.0, 1e6, low_open=True)
    _number("momentum", spec.momentum, 0.0, 1.0)
    if spec.momentum >= 1.0:
        raise SpecError("momentum", f"must be below 1, got {spec.momentum}")
    _number("beta1", spec.beta1, 0.0, 1.0)
    _number("beta2", spec.beta2, 0.0, 1.0)
    if spec.beta1 >= 1.0 or spec.beta2 >= 1.0:
        raise SpecError("beta1" if spec.beta1 >= 1.0 else "beta2", "must be below 1")
    _number("epsilon", spec.epsilon, 0.0, 1.0, low_open=True)
    _number("l1", spec.l1, 0.0, 1e3)
    _number("l2", spec.l2, 0.0, 1e3)
    if spec.clip_norm is not None:
        _number("clip_norm", spec.clip_norm, 0.0, 1e12, low_open=True)
