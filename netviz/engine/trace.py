"""StepTrace: an immutable record of one training step, everything the picture shows.

Shapes: B = examples in the batch, n_in = the layer's inputs, n = its units.
Layer 0 is the first hidden layer; the last layer is the output layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from .accuracy import accuracy
from .losses import example_losses

_T = TypeVar("_T")


@dataclass(frozen=True)
class BatchNormTrace:
    """Batch normalization of one hidden layer in this step (training mode)."""

    linear: np.ndarray  # (B, n) W-sum before normalizing: a_prev @ W + b
    mean: np.ndarray  # (n,) batch mean of ``linear``
    var: np.ndarray  # (n,) batch variance (biased, as used to normalize)
    running_mean: np.ndarray  # (n,) after this step's update
    running_var: np.ndarray  # (n,) after this step's update (unbiased batch variance averaged in)
    gamma: np.ndarray  # (n,) scale, before the update
    beta: np.ndarray  # (n,) shift, before the update
    gamma_grad: np.ndarray  # (n,) dL/dgamma
    beta_grad: np.ndarray  # (n,) dL/dbeta
    gamma_update: np.ndarray  # (n,) applied change
    beta_update: np.ndarray  # (n,) applied change
    # Intermediates of the normalization and its backward pass, as the engine computed them:
    normalized: np.ndarray  # (B, n) xhat = (linear - mean) * inv_std; z = gamma * xhat + beta
    inv_std: np.ndarray  # (n,) 1 / sqrt(var + eps)
    linear_grad: np.ndarray  # (B, n) dL/dlinear: dL/dz through batch norm (it mixes the batch's examples)


@dataclass(frozen=True)
class LayerTrace:
    """One layer (hidden or output) in one step."""

    index: int
    name: str  # "hidden 1", ..., "output"
    activation_name: str  # e.g. "relu"; the output layer's is its output kind ("sigmoid", ...)
    activation_parameter: float | None  # leaky ReLU's slope, ELU's alpha; None for other activations
    weights: np.ndarray  # (n_in, n) W used in this step (before the update); z = a_prev @ W + b
    biases: np.ndarray  # (n,)
    pre_activation: np.ndarray  # (B, n) z, the activation function's input (after batch norm when on)
    activation: np.ndarray  # (B, n) the layer's output as the next layer sees it (after dropout);
    #                         for the output layer, the prediction (probabilities or values)
    node_grad: np.ndarray  # (B, n) dL/dz per example and unit
    weight_grad: np.ndarray  # (n_in, n) dL/dW, mean over the batch, regularization included
    bias_grad: np.ndarray  # (n,) dL/db
    dropout_rate: float
    dropout_mask: np.ndarray  # (B, n) bool, True = kept this step; all True without dropout
    dead_units: np.ndarray  # (n,) bool: a ReLU unit with z <= 0 on every example scanned (f'(z) = 0)
    # (n,) bool: a sigmoid/tanh unit with f'(z) < 1% of its maximum on every example scanned
    # (netviz.engine.unit_scan); the same examples as dead_units
    saturated_units: np.ndarray
    batch_norm: BatchNormTrace | None
    weight_update: np.ndarray  # (n_in, n) W_after - W_before (zeros when frozen or diverged)
    bias_update: np.ndarray  # (n,)
    grad_norm: float  # sqrt(|dL/dW|^2 + |dL/db|^2 (+ batch norm's |dL/dgamma|^2 + |dL/dbeta|^2))
    frozen: bool
    # "dense": every field is as documented above, unit by unit. "conv" (a PyTorch Conv1d or
    # Conv2d) and "embedding" (nn.Embedding) are summary layers: each unit is one output
    # channel (a conv's filter, an embedding's dimension), and every (B, n) array holds a
    # summary over the channel's positions (the pixels of a feature map, the tokens of a
    # sequence): pre_activation and activation their mean, node_grad the RMS of dL/dz
    # (so example_grad_magnitude is the batch mean of each example's RMS of dl_i/dz), the
    # masks all True; dead_units a channel with z <= 0 at every position of every example.
    # weights, weight_grad and weight_update (n_in, n) hold the RMS of each input/output
    # channel pair's block (a kernel, or an embedding column over the whole vocabulary);
    # biases, bias_grad, bias_update and grad_norm are exact. A dense layer after a summary
    # layer keeps its own units exact, but its three weight arrays have one row per channel
    # of the summary layer before it: the RMS of that channel's rows (see netviz.torch).
    # Keyword-only, so that a subclass (a future LayerTrace) may still add fields without defaults.
    kind: str = field(default="dense", kw_only=True)

    @property
    def summary(self) -> bool:
        """A summary layer (conv, embedding): its units are channels, its arrays summaries."""
        return self.kind != "dense"

    @property
    def units(self) -> int:
        return int(self.biases.shape[0])

    @property
    def node_grad_magnitude(self) -> np.ndarray:
        """(n,) mean |dL/dz| over the batch (dL/dz of the batch's mean loss: it carries 1/B)."""
        return np.abs(self.node_grad).mean(axis=0)

    @property
    def example_node_grad(self) -> np.ndarray:
        """(B, n) dl_i/dz_i: each example's own loss's gradient at its own z, B * node_grad.

        L is the mean of the examples' losses l_i (``StepTrace.example_losses``), so where
        the examples do not interact dL/dz_i = dl_i/dz_i / B exactly. Batch norm makes them
        interact: below a batch-norm layer (in any layer under one) this is
        d(sum_j l_j)/dz_i, example i's gradient of the whole batch's summed loss, since
        z_i also moves the batch's statistics and so every example's loss.
        """
        return self.node_grad * self.node_grad.shape[0]

    @property
    def example_grad_magnitude(self) -> np.ndarray:
        """(n,) mean over the batch of |dl_i/dz| (``example_node_grad``): the colour of each
        node, the same for a batch of any size (a batch of k copies of one example gives
        that example's own value)."""
        return np.abs(self.example_node_grad).mean(axis=0)

    @property
    def dead_fraction(self) -> float:
        return float(self.dead_units.mean()) if self.dead_units.size else 0.0

    @property
    def saturated_fraction(self) -> float:
        return float(self.saturated_units.mean()) if self.saturated_units.size else 0.0


@dataclass(frozen=True)
class StepTrace:
    """One training step: forward, loss, backward and update, as it happened."""

    step: int  # 0-based index of this step in its run
    inputs: np.ndarray  # (B, n_inputs): the network's inputs, the input features' values where chosen
    targets: np.ndarray  # (B, n_outputs)
    layers: tuple[LayerTrace, ...]
    loss: float  # data loss on the batch, before the update
    penalty: float  # l1 * sum|W| + l2/2 * sum W^2 over all weights (biases excluded)
    # (B, n_outputs) the loss's term of each example and output: loss is their mean (BCE,
    # MSE) or the mean over examples of each row's sum (cross-entropy); see example_losses.
    loss_terms: np.ndarray
    learning_rate: float
    grad_norm: float  # global norm over all trainable gradients, before clipping
    clipped: bool  # the update used gradients scaled down to clip_norm
    diverged: bool  # NaN or Inf appeared: no update was applied and training stops
    val_loss: float | None = None  # validation loss after this step's update, when evaluated
    dead_scan_size: int = 0  # how many examples the dead- and saturated-unit masks were measured on
    # validation accuracy after the update, measured with val_loss (None for regression)
    val_accuracy: float | None = None

    @property
    def preview(self) -> bool:
        """A preview (``Network.preview_step``, ``Trainer.preview``): forward and backward
        with no update, step -1, the network as it was before its next step."""
        return self.step < 0

    @property
    def example_losses(self) -> np.ndarray:
        """(B,) each example's own loss (``losses.example_losses``): ``loss`` is their mean."""
        return example_losses(self.layers[-1].activation_name, self.loss_terms)

    @property
    def accuracy(self) -> float | None:
        """The share of the batch's examples the predictions classify right, before the
        update (as ``loss``): ``netviz.engine.accuracy``; None for a linear output."""
        return accuracy(self.layers[-1].activation_name, self.predictions, self.targets)

    @property
    def predictions(self) -> np.ndarray:
        return self.layers[-1].activation

    @property
    def hidden(self) -> tuple[LayerTrace, ...]:
        return self.layers[:-1]


@dataclass(frozen=True)
class StepOutcome:
    """One training step without its trace (``Network.train_step_outcome``): the numbers a
    run keeps for every step, equal to those of the StepTrace the same step would record."""

    step: int  # 0-based index of this step in its run
    loss: float  # data loss on the batch, before the update
    grad_norm: float  # global norm over all trainable gradients, before clipping
    grad_norms: tuple[float, ...]  # per layer (LayerTrace.grad_norm), first hidden layer first
    dead_units: tuple[np.ndarray, ...]  # per layer (n,) bool, as LayerTrace.dead_units
    saturated_units: tuple[np.ndarray, ...]  # per layer (n,) bool, as LayerTrace.saturated_units
    clipped: bool
    diverged: bool
    accuracy: float | None  # as StepTrace.accuracy
    dead_scan_size: int
    val_loss: float | None = None
    val_accuracy: float | None = None

    @property
    def dead_fractions(self) -> tuple[float, ...]:
        return tuple(float(d.mean()) if d.size else 0.0 for d in self.dead_units)

    @property
    def saturated_fractions(self) -> tuple[float, ...]:
        return tuple(float(d.mean()) if d.size else 0.0 for d in self.saturated_units)


def build(cls: type[_T], values: dict[str, object]) -> _T:
    """``cls(**values)`` for StepTrace, LayerTrace or BatchNormTrace, made faster.

    ``values`` must give every field, defaults included. A frozen dataclass's generated
    ``__init__`` sets each field through ``object.__setattr__`` (and binds keywords):
    about 5 us for LayerTrace's 19 fields, paid for every layer of every step. These
    classes have no ``__post_init__``, so filling the instance's ``__dict__`` at once
    makes the very same object. They stay frozen: assignment still raises, and
    ``dataclasses.replace`` still goes through ``__init__``.
    """
    obj = object.__new__(cls)
    obj.__dict__.update(values)
    return obj


def freeze_arrays(obj: object) -> None:
    """Mark every numpy array field of a trace read-only (no copy)."""
    for value in vars(obj).values():
        if isinstance(value, np.ndarray):
            value.flags.writeable = False
