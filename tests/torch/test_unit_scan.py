"""Dead and saturated units as the recorder scans them (capture.scan_units), against the
definition element by element: a unit (a channel of a conv or an embedding) is dead when
z <= 0 for every example (and every position), saturated when |z| > the limit for every
one. The scan reduces with amax/amin for speed; these tests hold it to the definition."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402

from netviz.engine.unit_scan import SATURATION_Z  # noqa: E402
from netviz.torch.capture import LayerCapture, scan_units  # noqa: E402
from netviz.torch.structure import plan_layers  # noqa: E402


def _by_definition(z: torch.Tensor, kind: str) -> torch.Tensor:
    """z as (examples x positions, channels)."""
    if kind == "conv":
        return z.movedim(1, -1).reshape(-1, z.shape[1])
    if kind == "embedding":
        return z.reshape(-1, z.shape[-1])
    return z


def _z(shape: tuple[int, ...], channel_dim: int, seed: int) -> torch.Tensor:
    """Random z with channel 0 dead (<= 0 everywhere, one exact 0), channel 1 saturated
    (|z| > 10 everywhere), channel 2 NaN at one place and otherwise dead, channel 3 as drawn."""
    gen = torch.Generator().manual_seed(seed)
    z = torch.randn(shape, generator=gen, dtype=torch.float64).movedim(channel_dim, 0).contiguous()
    z[0] = -z[0].abs()
    z[0].view(-1)[0] = 0.0
    z[1] = torch.where(z[1] > 0, 10 + z[1].abs(), -10 - z[1].abs())
    z[2] = -z[2].abs()
    z[2].view(-1)[-1] = float("nan")
    return z.movedim(0, channel_dim).contiguous()


CASES = [  # (model, z shape, channel dim)
    (lambda act: nn.Sequential(nn.Conv2d(1, 4, 3), act, nn.Flatten(), nn.Linear(4 * 3 * 3, 2)), (5, 4, 3, 3), 1),
    (lambda act: nn.Sequential(nn.Conv1d(2, 4, 3), act, nn.Flatten(), nn.Linear(4 * 4, 2)), (5, 4, 4), 1),
    (lambda act: nn.Sequential(nn.Embedding(9, 4), act, nn.Flatten(), nn.Linear(3 * 4, 2)), (5, 3, 4), 2),
    (lambda act: nn.Sequential(nn.Linear(3, 4), act, nn.Linear(4, 2)), (5, 4), 1),
]


@pytest.mark.parametrize("make, shape, channel_dim", CASES)
@pytest.mark.parametrize("activation", [nn.ReLU(), nn.Tanh(), nn.Sigmoid()])
@pytest.mark.parametrize("batch", [5, 0])
def test_the_scan_finds_the_units_the_definition_finds(make, shape, channel_dim, activation, batch):
    plan = plan_layers(make(activation), "cross_entropy")[0]
    z = _z((batch, *shape[1:]), channel_dim, seed=len(shape)) if batch else torch.zeros((0, *shape[1:]),
                                                                                          dtype=torch.float64)
    cap = LayerCapture()
    scan_units(cap, plan, z)
    rows = _by_definition(z, plan.kind)
    limit = SATURATION_Z.get(plan.activation_name)
    if isinstance(activation, nn.ReLU):
        assert cap.dead is not None and cap.saturated is None
        np.testing.assert_array_equal(cap.dead.numpy(), (rows <= 0).all(dim=0).numpy())
        if batch:
            assert cap.dead.tolist() == [True, False, False, False]
    else:
        assert cap.dead is None and cap.saturated is not None and limit is not None
        np.testing.assert_array_equal(cap.saturated.numpy(), (rows.abs() > limit).all(dim=0).numpy())
        if batch:
            assert cap.saturated.tolist() == [False, True, False, False]
