"""What a network is and how it trains, as plain frozen data, each field declared once as a Setting
(default, range, label, live or not) and validated from that declaration."""

from __future__ import annotations

from dataclasses import dataclass, field

from .activations import ACTIVATIONS
from .datasets import DATASET_NAMES, MAX_SAMPLES
from .features import FEATURE_NAMES
from .initializers import INITIALIZERS
from .losses import OUTPUTS
from .settings import SpecError, declare, setting, validate

__all__ = [
    "DTYPES", "MAX_ENGINE_UNITS", "MAX_HIDDEN_LAYERS", "MAX_UNITS", "OPTIMIZERS", "DataSpec", "LayerSpec",
    "NetworkSpec", "OptimizerSpec", "SpecError", "TrainSpec", "check_batch_norm_batch", "validate_network",
]

OPTIMIZERS = ("sgd", "momentum", "adam")
DTYPES = ("float64", "float32")
# What netviz draws: up to 12 hidden layers of up to 64 units. The lesson loader and the
# window hold to these; the engine itself takes wider layers (benchmarks use 128).
MAX_HIDDEN_LAYERS = 12
MAX_UNITS = 64
MAX_ENGINE_UNITS = 4096


_SEED = {"kind": int, "label": "Seed", "low": 0, "lesson": False}  # one seed, from the lesson's top level


@dataclass(frozen=True)
class DataSpec:
    """Which data set to make and how: what ``make_dataset`` is asked for.

    ``make_dataset`` checks these values itself (its bounds are the ones declared here, which a
    test holds); the lesson loader and the window take their defaults and ranges from here.
    """

    name: str = field(metadata=declare(kind=str, label="Data set", choices=DATASET_NAMES))
    samples: int | None = setting(None, kind=int, label="Examples", unit="examples", low=2, high=MAX_SAMPLES,
                                  optional=True, shown=(10, 5000), step=50, suggested=400)
    noise: float = setting(0.0, kind=float, label="Noise", low=0.0, high=1.0, step=0.05, decimals=2)
    validation: float = setting(0.3, kind=float, label="Validation share", low=0.0, high=0.9, step=0.05,
                                decimals=2)


@dataclass(frozen=True)
class LayerSpec:
    """One hidden layer: its width, activation, dropout rate, batch norm and freezing."""

    # A lesson (and the window) holds to the widths netviz draws: the shown range.
    units: int = field(metadata=declare(kind=int, label="Units", short="units", unit="units", low=1,
                                        high=MAX_ENGINE_UNITS, shown=(1, MAX_UNITS), suggested=8))
    activation: str = setting("relu", kind=str, label="Activation", short="activation", choices=ACTIVATIONS)
    dropout: float = setting(0.0, kind=float, label="Dropout", short="dropout", low=0.0, high=1.0, step=0.1,
                             decimals=2, live=True)
    batch_norm: bool = setting(False, kind=bool, label="Batch norm", short="BN")
    frozen: bool = setting(False, kind=bool, label="Frozen", short="frozen")


@dataclass(frozen=True)
class NetworkSpec:
    """A fully connected network: inputs -> hidden layers -> outputs.

    ``output`` picks the output layer and its loss: "sigmoid" (binary cross-entropy),
    "softmax" (cross-entropy), "linear" (mean squared error) or "tanh" (TensorFlow
    Playground's squared error / 2 on labels -1/+1); a lesson gives it only to choose tanh
    over sigmoid for a binary data set (the loader takes the data set's own otherwise).
    ``features``: the input features (``netviz.engine.features``) fed to the network in
    place of a 2-input data set's (x1, x2), one input each, so ``inputs`` is their count;
    None feeds the data set's own inputs.
    """

    inputs: int = field(metadata=declare(kind=int, label="Inputs", low=1, lesson=False))
    hidden: tuple[LayerSpec, ...] = field()  # each layer's settings are LayerSpec's
    outputs: int = setting(1, kind=int, label="Outputs", low=1, lesson=False)
    output: str = setting("sigmoid", kind=str, label="Output layer", choices=OUTPUTS)
    features: tuple[str, ...] | None = setting(None, kind=str, label="Input features", each_of=FEATURE_NAMES,
                                               optional=True)
    output_frozen: bool = setting(False, kind=bool, label="Output layer frozen")
    init: str = setting("glorot", kind=str, label="Initializer", choices=INITIALIZERS)
    init_scale: float = setting(1.0, kind=float, label="Init scale", low=0.0, high=1e6, low_open=True,
                                shown=(0.001, 100.0), step=0.1, decimals=3)
    bias_init: float = setting(0.0, kind=float, label="Initial bias", low=-1e6, high=1e6, shown=(-10.0, 10.0),
                               step=0.1, decimals=2)
    leaky_slope: float = setting(0.01, kind=float, label="LeakyReLU slope", low=0.0, high=1.0, step=0.05,
                                 decimals=2)
    elu_alpha: float = setting(1.0, kind=float, label="ELU alpha", low=0.0, high=1e6, low_open=True, step=0.1,
                               decimals=2)
    dtype: str = setting("float64", kind=str, label="Precision", choices=DTYPES)
    seed: int = setting(0, **_SEED)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", tuple(self.hidden))
        if isinstance(self.features, list):
            object.__setattr__(self, "features", tuple(self.features))
        validate_network(self)


@dataclass(frozen=True)
class OptimizerSpec:
    """How each step turns gradients into weight updates; may change between steps."""

    kind: str = setting("sgd", name="optimizer", kind=str, label="Optimizer", choices=OPTIMIZERS, live=True)
    learning_rate: float = setting(0.1, kind=float, label="Learning rate", low=0.0, high=1e6, low_open=True,
                                   live=True, shown=(0.00001, 100.0), step=0.01, decimals=5, log_scale=True)
    momentum: float = setting(0.9, kind=float, label="Momentum", low=0.0, high=1, high_open=True, live=True,
                              step=0.05, decimals=3)
    beta1: float = setting(0.9, kind=float, label="Adam beta1", low=0.0, high=1, high_open=True, step=0.01,
                           decimals=3)
    beta2: float = setting(0.999, kind=float, label="Adam beta2", low=0.0, high=1, high_open=True, step=0.001,
                           decimals=4)
    epsilon: float = setting(1e-8, kind=float, label="Adam epsilon", low=0.0, high=1.0, low_open=True,
                             log_scale=True, decimals=10)
    l1: float = setting(0.0, kind=float, label="L1", low=0.0, high=1e3, live=True, shown=(0.0, 10.0),
                        step=0.001, decimals=4)
    l2: float = setting(0.0, kind=float, label="L2", low=0.0, high=1e3, live=True, shown=(0.0, 10.0),
                        step=0.001, decimals=4)
    clip_norm: float | None = setting(None, kind=float, label="Gradient clipping", unit="gradient norm",
                                      low=0.0, high=1e12, low_open=True, optional=True, live=True,
                                      shown=(0.001, 1e6), step=0.5, decimals=3, suggested=1.0)

    def __post_init__(self) -> None:
        validate(self)


@dataclass(frozen=True)
class TrainSpec:
    """The training loop around the steps: batches, evaluation, early stopping."""

    batch_size: int = setting(16, kind=int, label="Batch size", unit="examples", low=1, live=True,
                              shown=(1, 1024))
    steps: int = setting(500, kind=int, label="Steps", unit="steps", low=0)
    # early stopping after this many steps without a better validation loss
    patience: int | None = setting(None, kind=int, label="Patience", unit="steps", low=1, optional=True)
    # validation loss and dead-unit scan every this many steps
    eval_every: int = setting(1, kind=int, label="Evaluate every", unit="steps", low=1)
    # False: batches in the training set's order, the same every epoch (TensorFlow Playground)
    shuffle: bool = setting(True, kind=bool, label="Shuffle batches")
    seed: int = setting(0, **_SEED)
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)

    def __post_init__(self) -> None:
        validate(self)


def validate_network(spec: NetworkSpec) -> None:
    """Every declared field, then what no single field can say: the depth, each layer, softmax's outputs."""
    validate(spec)
    if len(spec.hidden) > MAX_HIDDEN_LAYERS:
        raise SpecError("hidden", f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(spec.hidden)}")
    for i, layer in enumerate(spec.hidden):
        if not isinstance(layer, LayerSpec):
            raise SpecError(f"hidden[{i}]", f"must be a LayerSpec, got {type(layer).__name__}")
        validate(layer, prefix=f"hidden[{i}].")
    if spec.features is not None and spec.inputs != len(spec.features):
        raise SpecError("inputs", f"one input per feature: {len(spec.features)} features, got {spec.inputs} inputs")
    if spec.output == "softmax" and spec.outputs < 2:
        raise SpecError("outputs", f"softmax needs at least 2 outputs, got {spec.outputs}")


def check_batch_norm_batch(spec: NetworkSpec, batch_size: int) -> None:
    """Refuse batch normalization on a batch of one example.

    One example is its own batch mean, so every normalized value is 0, z = beta, every
    gradient below the layer is 0 and the running variance is pulled toward 0 (PyTorch
    raises "Expected more than 1 value per channel"). SpecError names ``batch_size``.
    """
    if batch_size < 2 and any(layer.batch_norm for layer in spec.hidden):
        raise SpecError("batch_size", "batch norm needs at least 2 examples per batch (a batch of "
                        f"{batch_size} normalizes every unit to 0); raise the batch size or turn batch norm off")
