"""When a step has diverged, and why: every non-finite value in the step counts, and the
reason names where the first one appeared (the layer, and which of its values)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from ..i18n import translate
from .trace import StepOutcome, StepTrace

_add_reduce = np.add.reduce

# The loss or a gradient: the message of the exploding lesson, kept word for word.
LOSS_OR_GRADIENTS = "NaN or Inf in the loss or the gradients"


def all_finite(arrays: Iterable[np.ndarray]) -> bool:
    """True when no element of any array is NaN or +-Inf.

    One sum per array costs less than an ``isfinite`` array (this runs every step): a NaN or
    an Inf makes the sum NaN or Inf. A sum that overflows although every element is finite
    is confirmed element by element, so a huge finite value is never called divergence.
    """
    with np.errstate(over="ignore", invalid="ignore"):  # the sum of huge values may overflow
        for a in arrays:
            if not math.isfinite(float(_add_reduce(a, None))) and not np.isfinite(a).all():
                return False
    return True


def divergence_reason(trace: StepTrace | StepOutcome) -> str:
    """Where a diverged step's first non-finite value is: the loss or a gradient (as the
    exploding lesson shows), else the first layer whose weighted sums (z) or batch-norm
    statistics are not finite, else the validation loss. A step trained without its trace
    (a StepOutcome) keeps no layer values: its reason names the forward pass as a whole."""
    if isinstance(trace, StepOutcome):
        if not math.isfinite(trace.loss) or not math.isfinite(trace.grad_norm):
            return LOSS_OR_GRADIENTS
        return translate("Divergence", "NaN or Inf in the forward pass (weighted sums or batch-norm statistics)")
    if not math.isfinite(trace.loss) or not math.isfinite(trace.grad_norm) or not all(
            all_finite((lt.weight_grad, lt.bias_grad)) for lt in trace.layers):
        return LOSS_OR_GRADIENTS
    for lt in trace.layers:
        bn = lt.batch_norm
        checks = []
        if bn is not None:
            checks += [
                (bn.mean, translate("Divergence", "NaN or Inf in the batch mean of {layer} (batch norm)")),
                (bn.var, translate("Divergence", "NaN or Inf in the batch variance of {layer} (batch norm)")),
                (bn.running_mean, translate("Divergence", "NaN or Inf in the running mean of {layer} (batch norm)")),
                (bn.running_var, translate("Divergence",
                                           "NaN or Inf in the running variance of {layer} (batch norm)")),
            ]
        checks.append((lt.pre_activation, translate("Divergence", "NaN or Inf in the weighted sums (z) of {layer}")))
        for values, text in checks:
            if not all_finite((values,)):
                return text.format(layer=lt.name)
    if trace.val_loss is not None and not math.isfinite(trace.val_loss):
        return translate("Divergence", "NaN or Inf in the validation loss")
    return LOSS_OR_GRADIENTS
