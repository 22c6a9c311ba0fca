"""The bridge's traces equal the engine's: the same MLP, weights, batches and dropout masks
through PyTorch (watched) and through netviz.engine give the same StepTraces (float64, 1e-12)."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

import netviz.torch as nt  # noqa: E402
from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec  # noqa: E402
from netviz.engine.activations import ACTIVATIONS  # noqa: E402

from .mirror import LOSSES, assert_traces_equal, torch_copy, torch_optimizer  # noqa: E402

OUTPUTS = {"sigmoid": 2, "softmax": 3, "linear": 2}


def _batch(rng: np.random.Generator, kind: str, k: int, size: int = 9) -> tuple[np.ndarray, np.ndarray]:
    x = rng.normal(size=(size, 3))
    if kind == "softmax":
        y = np.eye(k)[rng.integers(0, k, size)]
    elif kind == "sigmoid":
        y = (rng.random((size, k)) > 0.5).astype(float)
    else:
        y = rng.normal(size=(size, k))
    return x, y


def _torch_targets(y: np.ndarray, kind: str, device: str):
    if kind == "softmax":  # class indices, as most PyTorch code gives cross-entropy
        return torch.from_numpy(y.argmax(axis=1)).to(device)
    return torch.from_numpy(y).to(device)


def run_both(spec: NetworkSpec, opt: OptimizerSpec, steps: int = 3, device: str = "cpu", kill: bool = True):
    """Train ``steps`` steps in the engine and in watched PyTorch from the same start; the
    engine takes each step's dropout masks from the bridge's trace. Returns both trace lists."""
    net = Network(spec, opt)
    if kill:  # make the first hidden layer's first unit dead on every batch: a large negative bias
        w, b = net.get_weights(0)
        b[0] = -50.0
        net.set_weights(0, w, b)
    model = torch_copy(net, device)
    optimizer = torch_optimizer(model, opt)
    loss_fn = LOSSES[spec.output]()
    rec = nt.watch(model, loss_fn, optimizer=optimizer)
    rng = np.random.default_rng(5)
    ours, theirs = [], []
    for _ in range(steps):
        x, y = _batch(rng, spec.output, spec.outputs)
        tx, ty = torch.from_numpy(x).to(device), _torch_targets(y, spec.output, device)
        with rec.step(tx, ty):
            loss = loss_fn(model(tx), ty)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        trace = rec.traces[-1]
        ours.append(trace)
        theirs.append(net.train_step(x, y, dropout_masks=[t.dropout_mask.copy() for t in trace.hidden]))
    return ours, theirs


def _spec(activation: str, output: str, **extra) -> NetworkSpec:
    return NetworkSpec(
        inputs=3,
        hidden=(LayerSpec(6, activation, dropout=0.4), LayerSpec(5, activation, dropout=0.25, batch_norm=True),
                LayerSpec(4, activation, batch_norm=True)),
        outputs=OUTPUTS[output], output=output, init="he", bias_init=0.05,
        leaky_slope=0.1, elu_alpha=0.7, seed=3, **extra)


# Adam's epsilon is raised from 1e-8: a bias before batch norm has a gradient that is 0 but
# for rounding (batch norm removes the mean), ~1e-17 in any two implementations, and with
# epsilon 1e-8 Adam scales such noise by lr / epsilon = 1e6 into updates that differ by
# ~1e-12. With 1e-4 the comparison measures the bridge, not the noise.
ADAM = OptimizerSpec("adam", 0.01, epsilon=1e-4)


@pytest.mark.parametrize("opt", [OptimizerSpec("sgd", 0.1), ADAM], ids=["sgd", "adam"])
@pytest.mark.parametrize("activation,output", [(a, ("sigmoid", "softmax", "linear")[i % 3])
                                               for i, a in enumerate(ACTIVATIONS)])
def test_bridge_traces_equal_engine_traces(activation, output, opt):
    ours, theirs = run_both(_spec(activation, output), opt)
    for a, b in zip(ours, theirs):
        assert_traces_equal(a, b)
    if activation == "relu":  # the unit killed by its bias is dead in both
        assert all(t.layers[0].dead_units[0] for t in ours)
    assert any(not t.layers[0].dropout_mask.all() for t in ours)


def test_momentum_and_a_frozen_first_layer_equal_the_engine():
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(5, "relu", frozen=True), LayerSpec(4, "tanh", batch_norm=True)),
                       outputs=2, output="sigmoid", seed=8)
    ours, theirs = run_both(spec, OptimizerSpec("momentum", 0.05))
    for a, b in zip(ours, theirs):
        assert_traces_equal(a, b)
    assert ours[-1].layers[0].frozen and not ours[-1].layers[0].weight_update.any()
    assert np.abs(ours[-1].layers[0].weight_grad).sum() > 0  # measured although PyTorch computes none


def test_without_batch_norm_or_dropout_dead_units_come_from_the_step_itself():
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(6, "relu"), LayerSpec(4, "relu")), outputs=1, seed=2)
    ours, theirs = run_both(spec, OptimizerSpec("sgd", 0.5), steps=4)
    for a, b in zip(ours, theirs):
        assert_traces_equal(a, b)
    assert ours[0].layers[0].dead_units[0]


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device here")
def test_a_cuda_model_gives_the_engine_trace_too():
    ours, theirs = run_both(_spec("relu", "softmax"), ADAM, device="cuda")
    for a, b in zip(ours, theirs):
        assert_traces_equal(a, b, tol=1e-10)  # GPU kernels sum in another order
