"""Helpers for the bridge's tests: a PyTorch copy of an engine Network, and trace comparison."""

from __future__ import annotations

import dataclasses

import numpy as np
import torch
from torch import nn

from netviz.engine import Network, OptimizerSpec
from netviz.engine.trace import BatchNormTrace, LayerTrace, StepTrace

LOSSES = {"sigmoid": nn.BCEWithLogitsLoss, "softmax": nn.CrossEntropyLoss, "linear": nn.MSELoss}


def _activation(name: str, parameter: float | None) -> nn.Module | None:
    if name == "linear":
        return None
    return {"relu": lambda: nn.ReLU(), "sigmoid": lambda: nn.Sigmoid(), "tanh": lambda: nn.Tanh(),
            "leaky_relu": lambda: nn.LeakyReLU(parameter), "elu": lambda: nn.ELU(parameter)}[name]()


def torch_copy(net: Network, device: str = "cpu", dtype: torch.dtype = torch.float64) -> nn.Sequential:
    """The engine network as an nn.Sequential with the same weights (and batch-norm state)."""
    modules: list[nn.Module] = []
    for i, lay in enumerate(net.layers):
        w, b = net.get_weights(i)
        linear = nn.Linear(*w.shape, dtype=dtype, device=device)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(w.T.copy()))
            linear.bias.copy_(torch.from_numpy(b))
        modules.append(linear)
        if lay.activation is None:
            continue
        if lay.batch_norm:
            bn = nn.BatchNorm1d(w.shape[1], dtype=dtype, device=device)
            with torch.no_grad():
                for key, value in net.get_batch_norm(i).items():
                    getattr(bn, {"gamma": "weight", "beta": "bias"}.get(key, key)).copy_(torch.from_numpy(value))
            modules.append(bn)
        act = _activation(lay.activation.name, lay.activation.parameter)
        if act is not None:
            modules.append(act)
        if lay.dropout > 0:
            modules.append(nn.Dropout(lay.dropout))
        if lay.frozen:
            linear.requires_grad_(False)
    return nn.Sequential(*modules)


def torch_optimizer(model: nn.Module, spec: OptimizerSpec) -> torch.optim.Optimizer:
    """PyTorch's optimizer doing what the engine's ``spec`` does (no regularization)."""
    params = [p for p in model.parameters() if p.requires_grad]
    if spec.kind == "adam":
        return torch.optim.Adam(params, lr=spec.learning_rate, betas=(spec.beta1, spec.beta2), eps=spec.epsilon)
    return torch.optim.SGD(params, lr=spec.learning_rate, momentum=spec.momentum if spec.kind == "momentum" else 0.0)


def assert_traces_equal(ours: object, theirs: object, path: str = "trace", tol: float = 1e-12) -> None:
    """Every field of two StepTraces (and their layers and batch-norm traces) equal to ``tol``."""
    assert type(ours) is type(theirs), f"{path}: {type(ours).__name__} vs {type(theirs).__name__}"
    if isinstance(ours, (StepTrace, LayerTrace, BatchNormTrace)):
        for f in dataclasses.fields(ours):
            assert_traces_equal(getattr(ours, f.name), getattr(theirs, f.name), f"{path}.{f.name}", tol)
    elif isinstance(ours, tuple):
        assert len(ours) == len(theirs), path
        for i, (a, b) in enumerate(zip(ours, theirs)):
            assert_traces_equal(a, b, f"{path}[{i}]", tol)
    elif isinstance(ours, np.ndarray):
        assert ours.shape == theirs.shape, f"{path}: shape {ours.shape} vs {theirs.shape}"
        assert ours.dtype == theirs.dtype, f"{path}: dtype {ours.dtype} vs {theirs.dtype}"
        assert not ours.flags.writeable, f"{path}: writable"
        if ours.dtype == bool:
            np.testing.assert_array_equal(ours, theirs, err_msg=path)
        else:
            np.testing.assert_allclose(ours, theirs, rtol=tol, atol=tol, err_msg=path)
    elif isinstance(ours, float) and not isinstance(theirs, bool):
        assert abs(ours - theirs) <= tol * max(1.0, abs(theirs)), f"{path}: {ours} vs {theirs}"
    else:
        assert ours == theirs, f"{path}: {ours!r} vs {theirs!r}"
