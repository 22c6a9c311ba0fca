"""Dropout that shows its mask: the very computation nn.Dropout does, keeping the mask.

nn.Dropout keeps no mask, and one cannot read it back from the output (where the
activation is 0, a kept and a dropped unit look the same). On a recorded step the
watched Dropout modules run this forward instead, which calls the same ATen operations
that ``torch.nn.functional.dropout`` calls, in the same order: the same random numbers,
the same output, the same gradient, so watching does not change training (a test holds
it on the CPU).
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn


def _fused(x: torch.Tensor, p: float) -> bool:
    # ATen's dropout uses the fused kernel (native_dropout) on these devices only.
    return x.device.type in ("cuda", "xpu") and 0.0 < p < 1.0 and x.numel() > 0


def dropout_with_mask(x: torch.Tensor, p: float) -> tuple[torch.Tensor, torch.Tensor]:
    """(output, kept) of training-mode dropout at rate p; ``kept`` is bool, True = kept."""
    if p == 0.0 or x.numel() == 0:
        return x, torch.ones_like(x, dtype=torch.bool)
    if p == 1.0:
        return x * torch.zeros((), dtype=x.dtype, device=x.device), torch.zeros_like(x, dtype=torch.bool)
    if _fused(x, p):
        out, kept = torch.native_dropout(x, p, True)
        return out, kept
    # at::native::dropout's CPU path (_dropout<false>): noise ~ Bernoulli(1 - p), scaled in place.
    noise = torch.empty_like(x).bernoulli_(1.0 - p)
    kept = noise.bool()
    noise.div_(1.0 - p)
    return x * noise, kept


def masking_forward(module: nn.Dropout, keep: Callable[[torch.Tensor], None]) -> Callable[[torch.Tensor], torch.Tensor]:
    """A forward for ``module`` that hands each training-mode mask to ``keep``."""

    def forward(x: torch.Tensor) -> torch.Tensor:
        if not module.training:
            keep(torch.ones_like(x, dtype=torch.bool))
            return x
        out, kept = dropout_with_mask(x, float(module.p))
        keep(kept)
        return out

    return forward
