"""StepSummary: the few numbers of a training step that a run keeps for every step."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StepSummary:
    """The few numbers of a step that a run keeps for every step (plots, the CLI's table)."""

    step: int
    loss: float
    val_loss: float | None
    grad_norms: tuple[float, ...]  # per layer, first hidden layer first
    dead_fractions: tuple[float, ...]
    diverged: bool
    saturated_fractions: tuple[float, ...] = ()  # per layer, like dead_fractions
    # Classification only (None for regression): the share of the batch classified right
    # before the update, and of the validation set after it (when val_loss was measured).
    accuracy: float | None = None
    val_accuracy: float | None = None
