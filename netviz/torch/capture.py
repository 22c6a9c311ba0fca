"""Hooks for one recorded step: what the forward and backward passes and the optimizer did.

Hooks exist only while a recorded step runs (installed on entering it, removed on
leaving), so the steps in between run the user's model untouched. Tensors are copied on
their own device as float64 when seen, and moved to the CPU once, when the step ends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from netviz.engine.activations import make_activation
from netviz.engine.unit_scan import SATURATION_Z

from .dropout import masking_forward
from .structure import LayerPlan, WatchError

Hook = Callable[..., Any]  # a forward hook (module, inputs, output) -> None or a replaced output


def keep(t: torch.Tensor) -> torch.Tensor:
    """A float64 copy of t, on t's device, out of the autograd graph."""
    return t.detach().to(dtype=torch.float64, copy=True)


@dataclass
class LayerCapture:
    """What one layer's modules showed during a recorded step (float64, on the model's device)."""

    a_prev: torch.Tensor | None = None  # (B, n_in) the Linear's input
    linear: torch.Tensor | None = None  # (B, n) the Linear's output
    z: torch.Tensor | None = None  # (B, n) the activation's input (batch norm's output when on)
    mask: torch.Tensor | None = None  # (B, n) bool, the dropout mask, True = kept
    node_grad: torch.Tensor | None = None  # (B, n) dL/dz
    linear_grad: torch.Tensor | None = None  # (B, n) dL/dlinear (only with batch norm)
    running: tuple[torch.Tensor, torch.Tensor] | None = None  # batch norm's running mean, var after the forward
    dead: torch.Tensor | None = None  # (n,) bool, from the evaluation-mode scan
    saturated: torch.Tensor | None = None  # (n,) bool, likewise
    grads: dict[str, torch.Tensor] = field(default_factory=dict)  # "weight", "bias", "gamma", "beta"


def parameters(plan: LayerPlan) -> dict[str, torch.Tensor]:
    """The layer's parameters by netviz name (a Linear without bias has no "bias")."""
    weight = plan.linear.weight
    assert isinstance(weight, torch.Tensor)
    params: dict[str, torch.Tensor] = {"weight": weight}
    bias = getattr(plan.linear, "bias", None)  # an Embedding has none
    if bias is not None:
        params["bias"] = bias
    bn = plan.batch_norm
    if bn is not None and bn.affine:
        params["gamma"], params["beta"] = bn.weight, bn.bias
    return params


def can_die(plan: LayerPlan) -> bool:
    """Units of this layer can die as the engine defines it (ReLU: no gradient for any z <= 0)."""
    return not plan.is_output and make_activation(plan.activation_name, plan.activation_parameter).can_die


def saturation_limit(plan: LayerPlan) -> float | None:
    """|z| beyond which this layer's units are saturated as the engine defines it (sigmoid
    and tanh), None for layers that cannot saturate."""
    return None if plan.is_output else SATURATION_Z.get(plan.activation_name)


def position_dims(plan: LayerPlan, z: torch.Tensor) -> tuple[int, ...]:
    """The dimensions of z a unit's scan reduces over: the examples, and for a summary
    layer every position too (its channel is dead only if it is at every position of every
    example); a conv's channels are dim 1, an embedding's the last."""
    if plan.kind == "conv":
        return (0, *range(2, z.dim()))
    if plan.kind == "embedding":
        return tuple(range(z.dim() - 1))
    return (0,)


def scan_units(cap: LayerCapture, plan: LayerPlan, z: torch.Tensor) -> None:
    """Dead and saturated units of a layer from its z over the scanned examples.

    Reduced in place with amax/amin rather than by moving the channels last and testing
    every element: (z <= 0).all() is amax(z) <= 0 and (|z| > limit).all() is
    amin(|z|) > limit, NaN included (both sides give False); for a conv's feature maps the
    copy cost about 1 ms per recorded layer (tests.benchmarks.torch_overhead). amax of
    nothing is an error, so an empty z takes the elementwise way (all() of nothing: True)."""
    dims = position_dims(plan, z)
    if z.numel() == 0:
        if can_die(plan):
            cap.dead = (z <= 0).all(dim=dims)
        if saturation_limit(plan) is not None:
            cap.saturated = (z.abs() > 0).all(dim=dims)
        return
    if can_die(plan):
        cap.dead = z.amax(dim=dims) <= 0
    limit = saturation_limit(plan)
    if limit is not None:
        cap.saturated = z.abs().amin(dim=dims) > limit


def _setter(obj: object, name: str, value: object) -> Callable[[], None]:
    return lambda: setattr(obj, name, value)


class StepCapture:
    """Installs the hooks of one recorded step; ``layers[i]`` holds what layer i showed."""

    def __init__(self, plans: tuple[LayerPlan, ...]):
        self.plans = plans
        self.layers = [LayerCapture() for _ in plans]
        self._handles: list[Any] = []
        self._restore: list[Callable[[], None]] = []
        self._called = 0  # modules of the training forward pass seen so far, in call order
        self._order = [m for plan in plans for m in plan.modules]

    # ----- the evaluation-mode scan for dead units --------------------------------------

    def scan_units(self, model: nn.Module, x: torch.Tensor) -> None:
        """Dead (and saturated) units as the engine measures them: z <= 0 on every example of ``x``, in
        evaluation mode (no dropout, batch norm's running statistics), before the update."""
        hooks = []
        for plan, cap in zip(self.plans, self.layers):
            if can_die(plan) or saturation_limit(plan) is not None:
                source = plan.batch_norm or plan.linear

                def scan(module: nn.Module, inputs: tuple[Any, ...], output: torch.Tensor,
                         cap: LayerCapture = cap, plan: LayerPlan = plan) -> None:
                    scan_units(cap, plan, output)

                hooks.append(source.register_forward_hook(scan))
        modes = [(m, m.training) for m in model.modules()]
        try:
            model.eval()
            with torch.no_grad():
                model(x)
        finally:
            for m, mode in modes:
                m.training = mode
            for h in hooks:
                h.remove()

    # ----- the training step ------------------------------------------------------------

    def install(self) -> None:
        for plan, cap in zip(self.plans, self.layers):
            self._handles.append(plan.linear.register_forward_hook(self._on_linear(plan, cap)))
            if plan.batch_norm is not None:
                self._handles.append(plan.batch_norm.register_forward_hook(self._on_batch_norm(plan, cap)))
            for module in (plan.activation, plan.dropout):
                # An in-place activation or dropout would overwrite z, whose gradient the
                # hook on z reports; out of place gives the same numbers.
                if module is not None and getattr(module, "inplace", False):
                    module.inplace = False  # type: ignore[assignment]
                    self._restore.append(_setter(module, "inplace", True))
            if plan.dropout is not None:
                self._swap_dropout(plan.dropout, cap)
            for key, param in parameters(plan).items():
                if param.requires_grad:
                    self._handles.append(param.register_hook(self._on_param_grad(cap, key)))
            if plan.activation is not None:
                self._handles.append(plan.activation.register_forward_hook(self._on_other(plan.activation)))

    def remove(self) -> None:
        for h in self._handles:
            h.remove()
        for restore in self._restore:
            restore()
        self._handles.clear()
        self._restore.clear()

    @property
    def forward_seen(self) -> bool:
        return self._called >= len(self._order)

    def _check_order(self, module: nn.Module) -> bool:
        """True for a module of the step's first training forward pass, which must call
        the modules in the planned order; False for any later pass (ignored)."""
        if self.forward_seen:
            return False
        expected = self._order[self._called]
        if module is not expected:
            raise WatchError(f"the model called {type(module).__name__} where netviz expected "
                             f"{type(expected).__name__}: its forward must run its modules in the "
                             "order they are registered (as nn.Sequential does)")
        self._called += 1
        return True

    def _on_other(self, module: nn.Module) -> Hook:
        def hook(mod: nn.Module, inputs: tuple[Any, ...], output: Any) -> None:
            self._check_order(mod)
        return hook

    def _swap_dropout(self, module: nn.Dropout, cap: LayerCapture) -> None:
        if "forward" in vars(module):
            raise WatchError(f"Dropout {module!r}: its forward is replaced already; netviz cannot read its mask")

        def kept(mask: torch.Tensor) -> None:
            if self._check_order(module):
                cap.mask = mask.detach().clone()

        module.forward = masking_forward(module, kept)  # type: ignore[method-assign,assignment]
        self._restore.append(lambda: vars(module).pop("forward", None))

    def _on_linear(self, plan: LayerPlan, cap: LayerCapture) -> Hook:
        def hook(module: nn.Module, inputs: tuple[Any, ...], output: torch.Tensor) -> torch.Tensor | None:
            if not self._check_order(module):
                return None
            cap.a_prev, cap.linear = keep(inputs[0]), keep(output)
            replaced = None
            if not output.requires_grad:
                # Nothing below trains (a frozen first layer): make the output a leaf that
                # takes gradient, so dL/dz of this layer is still measured.
                output = replaced = output.detach().requires_grad_(True)
            if plan.batch_norm is None:
                cap.z = cap.linear
                output.register_hook(lambda g: setattr(cap, "node_grad", keep(g)))
            else:
                output.register_hook(lambda g: setattr(cap, "linear_grad", keep(g)))
            return replaced
        return hook

    def _on_batch_norm(self, plan: LayerPlan, cap: LayerCapture) -> Hook:
        def hook(module: nn.Module, inputs: tuple[Any, ...], output: torch.Tensor) -> None:
            if not self._check_order(module):
                return
            if not module.training:
                raise WatchError(f"{plan.name}: BatchNorm1d is in evaluation mode; netviz records training "
                                 "steps (call model.train())")
            cap.z = keep(output)
            cap.running = (keep(module.running_mean), keep(module.running_var))  # type: ignore[arg-type]
            output.register_hook(lambda g: setattr(cap, "node_grad", keep(g)))
        return hook

    @staticmethod
    def _on_param_grad(cap: LayerCapture, key: str) -> Callable[[torch.Tensor], None]:
        def hook(g: torch.Tensor) -> None:
            # Summed if the step runs backward more than once (gradient accumulation).
            cap.grads[key] = keep(g) if key not in cap.grads else cap.grads[key] + keep(g)
        return hook
