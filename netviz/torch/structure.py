"""Reading a PyTorch MLP as netviz layers: which modules make each layer, and the loss kind.

A netviz layer is ``Linear [BatchNorm1d] [activation] [Dropout]`` in that order (the
engine's order: z = BN(linear), a = f(z), out = dropout(a)); the last ``Linear`` is the
output layer, whose output function comes from the loss. ``Conv1d``/``Conv2d``/``Embedding``
``[activation]`` is a summary layer (netviz.torch.summary), followed by more of them or by
an ``nn.Flatten`` before the first Linear. Anything else is refused here,
before a single step is recorded, with an error naming the module.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from torch import nn

from netviz.engine.losses import OUTPUTS

# The activation modules netviz draws per unit, and how to read each one's parameter.
_ACTIVATIONS: dict[type[nn.Module], str] = {
    nn.ReLU: "relu",
    nn.LeakyReLU: "leaky_relu",
    nn.Sigmoid: "sigmoid",
    nn.Tanh: "tanh",
    nn.ELU: "elu",
}
# Loss names a user may give, mapped to the engine's output kinds.
_LOSS_NAMES = {
    "bce": "sigmoid", "bce_with_logits": "sigmoid", "binary_cross_entropy": "sigmoid", "sigmoid": "sigmoid",
    "cross_entropy": "softmax", "ce": "softmax", "softmax": "softmax",
    "mse": "linear", "mean_squared_error": "linear", "linear": "linear",
}


class WatchError(ValueError):
    """The model or loss cannot be watched; the message names the module and the reason."""


@dataclass(frozen=True)
class LayerPlan:
    """The modules that make one netviz layer (hidden or output)."""

    index: int
    name: str  # "hidden 1", ..., "output"
    linear: nn.Module  # nn.Linear; nn.Conv1d, nn.Conv2d or nn.Embedding in a summary layer
    batch_norm: nn.BatchNorm1d | None
    activation: nn.Module | None  # None: a linear hidden layer, or the output layer
    activation_name: str  # "relu", ...; for the output layer its output kind
    activation_parameter: float | None  # leaky ReLU's slope, ELU's alpha
    dropout: nn.Dropout | None
    module_name: str = ""  # the Linear's name in the model ("fc1", "0", "body.2"), as named_modules gives it
    kind: str = "dense"  # LayerTrace.kind: "dense", "conv" or "embedding"
    # A dense layer fed by a flattened summary layer: that layer's kind and channel count
    # (its weights are drawn one row per channel); None otherwise.
    fed_by: tuple[str, int] | None = None

    @property
    def channels(self) -> int:
        """The layer's units: a Linear's outputs, a conv's filters, an embedding's dimensions."""
        m = self.linear
        if isinstance(m, nn.Embedding):
            return int(m.embedding_dim)
        if isinstance(m, (nn.Conv1d, nn.Conv2d)):
            return int(m.out_channels)
        return int(m.out_features)  # type: ignore[arg-type]

    @property
    def is_output(self) -> bool:
        return self.name == "output"

    @property
    def modules(self) -> tuple[nn.Module, ...]:
        """The layer's modules in the order the forward pass calls them."""
        parts = (self.linear, self.batch_norm, self.activation, self.dropout)
        return tuple(m for m in parts if m is not None)


def output_kind(loss: object) -> str:
    """The engine's output kind ("sigmoid", "softmax", "linear") for a loss name or module.

    Loss modules are checked for options that would make the loss differ from netviz's
    plain mean losses (class weights, pos_weight, label smoothing, another reduction).
    """
    if isinstance(loss, str):
        kind = _LOSS_NAMES.get(loss.lower())
        if kind is None:
            raise WatchError(f"loss: unknown '{loss}' (known: 'bce', 'cross_entropy', 'mse', or a loss module)")
        return kind
    kinds = {nn.BCEWithLogitsLoss: "sigmoid", nn.CrossEntropyLoss: "softmax", nn.MSELoss: "linear"}
    kind = kinds.get(type(loss))  # type: ignore[arg-type]
    if kind is None:
        raise WatchError(f"loss: {type(loss).__name__} is not one netviz shows; use BCEWithLogitsLoss, "
                         "CrossEntropyLoss or MSELoss (the model ends with its last Linear layer: logits)")
    reduction = getattr(loss, "reduction", "mean")
    if reduction != "mean":
        raise WatchError(f"loss: {type(loss).__name__}(reduction={reduction!r}): netviz's losses are means")
    for option in ("weight", "pos_weight"):
        if getattr(loss, option, None) is not None:
            raise WatchError(f"loss: {type(loss).__name__} with {option} is not shown yet "
                             "(netviz's losses are unweighted)")
    if getattr(loss, "label_smoothing", 0.0):
        raise WatchError("loss: CrossEntropyLoss with label_smoothing is not shown yet")
    assert kind in OUTPUTS
    return kind


def _leaves(model: nn.Module, prefix: str = "") -> list[tuple[str, nn.Module]]:
    """The model's leaf modules in registration order (nn.Sequential's call order).

    The user's own container classes are looked into; a torch.nn module with parts of its
    own (MultiheadAttention, LSTM, a Transformer layer) counts as one leaf, so that it is
    refused by its own name rather than by the name of a part.
    """
    containers = (nn.Sequential, nn.ModuleList, nn.ModuleDict)
    leaves: list[tuple[str, nn.Module]] = []
    for name, child in model.named_children():
        full = f"{prefix}.{name}" if prefix else name
        from_torch = type(child).__module__.startswith("torch.")
        if isinstance(child, nn.Identity):
            continue
        if any(child.children()) and (isinstance(child, containers) or not from_torch):
            leaves += _leaves(child, full)
        else:
            leaves.append((full, child))
    if not leaves and not prefix and not any(model.children()):
        leaves.append((type(model).__name__, model))  # a bare nn.Linear watched on its own
    return leaves


def _refuse(name: str, module: nn.Module, why: str) -> WatchError:
    return WatchError(f"{name} ({type(module).__name__}): {why}")


def _cannot_draw(name: str, module: nn.Module) -> WatchError:
    return _refuse(name, module, "netviz draws Linear, ReLU, LeakyReLU, Sigmoid, Tanh, ELU, Dropout and "
                                 "BatchNorm1d unit by unit, and Conv1d, Conv2d and Embedding as one node per "
                                 "channel (with Flatten before the first Linear); other layers (pooling, "
                                 "attention, recurrent layers) are not drawn yet")


_SUMMARY: dict[type[nn.Module], str] = {nn.Conv1d: "conv", nn.Conv2d: "conv", nn.Embedding: "embedding"}


def _check_summary(name: str, module: nn.Module) -> None:
    """Refuse the options of a conv or embedding whose numbers netviz would misread."""
    if isinstance(module, (nn.Conv1d, nn.Conv2d)) and module.groups != 1:
        raise _refuse(name, module, f"groups={module.groups} is not shown yet (only groups=1)")
    if isinstance(module, nn.Embedding):
        if module.sparse:
            raise _refuse(name, module, "sparse=True is not shown (its gradient is a sparse tensor)")
        if module.max_norm is not None:
            raise _refuse(name, module, "max_norm is not shown (it rewrites the weights in the forward pass)")
    if not module.weight.requires_grad:  # type: ignore[union-attr]
        raise _refuse(name, module, "a frozen convolution or embedding is not shown yet")


def activation_of(module: nn.Module) -> tuple[str, float | None]:
    """(netviz name, parameter) of a supported activation module."""
    name = _ACTIVATIONS[type(module)]
    if name == "leaky_relu":
        return name, float(module.negative_slope)  # type: ignore[arg-type]
    if name == "elu":
        return name, float(module.alpha)  # type: ignore[arg-type]
    return name, None


def plan_layers(model: nn.Module, kind: str) -> tuple[LayerPlan, ...]:
    """Group the model's modules into netviz layers, or raise WatchError naming the first
    module that does not fit ``Linear [BatchNorm1d] [activation] [Dropout]``."""
    groups: list[list[tuple[str, nn.Module]]] = []
    leaves = _leaves(model)
    flat = True  # the tensor flowing here is (B, features): a Linear may take it
    for name, module in leaves:
        if isinstance(module, nn.Flatten):
            if groups and type(groups[-1][0][1]) is nn.Linear:
                raise _refuse(name, module, "a Flatten after a Linear layer is not shown")
            flat = True
            continue  # flattening the input, or a summary layer's output, before a Linear
        if type(module) in _SUMMARY:
            if groups and type(groups[-1][0][1]) is nn.Linear:
                raise _refuse(name, module, "a convolution or embedding after a Linear layer is not shown yet")
            if isinstance(module, nn.Embedding) and groups:
                raise _refuse(name, module, "an embedding must be the model's first layer")
            _check_summary(name, module)
            groups.append([(name, module)])
            flat = False
            continue
        if type(module) is nn.Linear:
            if not flat:
                raise _refuse(name, module, "a Linear after a convolution or embedding needs an nn.Flatten "
                                            "before it")
            groups.append([(name, module)])
            continue
        if type(module) not in (nn.BatchNorm1d, nn.Dropout, *_ACTIVATIONS):
            raise _cannot_draw(name, module)
        if not groups:
            raise _refuse(name, module, "the model must start with a Linear, Conv1d, Conv2d or Embedding layer")
        if type(groups[-1][0][1]) in _SUMMARY and (type(module) not in _ACTIVATIONS or flat):
            raise _refuse(name, module, "after a convolution or embedding netviz shows an activation only "
                                        "(BatchNorm and Dropout there are not shown yet)")
        order = [nn.BatchNorm1d, "activation", nn.Dropout]
        slot = "activation" if type(module) in _ACTIVATIONS else type(module)
        taken = [order.index("activation" if type(m) in _ACTIVATIONS else type(m)) for _, m in groups[-1][1:]]
        if taken and order.index(slot) <= max(taken):
            raise _refuse(name, module, "a layer must be Linear, then BatchNorm1d, then its activation, then "
                                        "Dropout (each optional), as netviz computes it")
        groups[-1].append((name, module))
    if not groups or type(groups[-1][0][1]) is not nn.Linear:
        raise WatchError(f"{type(model).__name__}: the model must end with a Linear layer (logits)")
    if len(groups[-1]) > 1:
        name, module = groups[-1][1]
        raise _refuse(name, module, "the model must end with its output Linear layer (logits): netviz applies "
                                    "the output function of the loss (sigmoid, softmax or none) itself")
    plans = [_plan(i, group, len(groups), kind) for i, group in enumerate(groups)]
    for i in range(1, len(plans)):
        before = plans[i - 1]
        if before.kind != "dense" and plans[i].kind == "dense":
            plans[i] = replace(plans[i], fed_by=(before.kind, before.channels))
    return tuple(plans)


def _plan(i: int, group: list[tuple[str, nn.Module]], n_layers: int, kind: str) -> LayerPlan:
    linear = group[0][1]
    parts = {type(m) if type(m) not in _ACTIVATIONS else "activation": (name, m) for name, m in group[1:]}
    batch_norm = parts.get(nn.BatchNorm1d, (None, None))[1]
    if batch_norm is not None:
        name = parts[nn.BatchNorm1d][0]
        if batch_norm.num_features != linear.out_features:
            raise _refuse(name, batch_norm, f"has {batch_norm.num_features} features, its Linear {linear.out_features}")
        if not batch_norm.track_running_stats:
            raise _refuse(name, batch_norm, "track_running_stats=False is not shown yet")
    activation = parts.get("activation", (None, None))[1]
    act_name, parameter = activation_of(activation) if activation is not None else ("linear", None)
    output = i == n_layers - 1
    return LayerPlan(
        index=i,
        name="output" if output else f"hidden {i + 1}",
        linear=linear,  # type: ignore[arg-type]
        batch_norm=batch_norm,  # type: ignore[arg-type]
        activation=activation,
        activation_name=kind if output else act_name,
        activation_parameter=None if output else parameter,
        dropout=parts.get(nn.Dropout, (None, None))[1],  # type: ignore[arg-type]
        module_name=group[0][0],
        kind=_SUMMARY.get(type(linear), "dense"),
    )
