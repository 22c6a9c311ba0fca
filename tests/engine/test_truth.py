"""What the picture claims must be exactly true: dead and saturated units, ELU's slope far below zero,
Adam's bias correction after a layer is unfrozen (PyTorch's per-parameter count)."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec
from netviz.engine.activations import make_activation


def _net(activation: str, **spec) -> Network:
    net_spec = NetworkSpec(inputs=2, hidden=(LayerSpec(6, activation),), outputs=1, seed=3, **spec)
    return Network(net_spec, OptimizerSpec("sgd", 0.1))


@pytest.mark.parametrize("activation", ["leaky_relu", "elu"])
def test_units_with_a_slope_below_zero_are_never_dead(activation):
    # Every unit's weighted sum is far below zero for every example: a ReLU would be dead.
    net = _net(activation, bias_init=-50.0)
    x = np.random.default_rng(0).normal(size=(40, 2))
    assert not np.concatenate(net.dead_units(x)).any()
    trace = net.train_step(x[:10], np.ones((10, 1)))
    assert not trace.layers[0].dead_units.any()
    # ... and gradient does flow through them.
    assert np.abs(trace.layers[0].node_grad).sum() > 0


def test_a_leaky_relu_of_slope_zero_is_a_relu_and_can_die():
    net = _net("leaky_relu", bias_init=-50.0, leaky_slope=0.0)
    assert net.dead_units(np.random.default_rng(0).normal(size=(40, 2)))[0].all()


def test_a_relu_unit_is_dead_exactly_when_its_slope_is_zero_for_the_whole_set():
    net = _net("relu")
    x = np.random.default_rng(1).normal(size=(50, 2))
    x[0] = [1e3, 1e3]  # the only example that reaches units 3-5
    w = np.zeros((2, 6))
    w[:, 3:] = 1.0
    net.set_weights(0, w, np.full(6, -40.0))
    z = x @ w - 40.0
    assert (z[:, :3] <= 0).all() and (z[1:, 3:] <= 0).all() and (z[0, 3:] > 0).all()
    np.testing.assert_array_equal(net.dead_units(x)[0], [True] * 3 + [False] * 3)
    # Without that one example, units 3-5 pass no gradient either: now they are dead.
    np.testing.assert_array_equal(net.dead_units(x[1:])[0], [True] * 6)


@pytest.mark.parametrize("z", [-1.0, -10.0, -30.0, -40.0, -700.0])
def test_elu_slope_keeps_its_precision_far_below_zero(z):
    elu = make_activation("elu", 1.3)
    zs = np.array([z])
    exact = 1.3 * np.exp(z)  # d/dz alpha*(e^z - 1)
    got = elu.derivative(zs, elu.forward(zs))[0]
    assert got == pytest.approx(exact, rel=1e-12, abs=0.0)
    if z >= -10:  # further down, the forward's own rounding swamps a finite difference
        h = 1e-6
        fd = (elu.forward(np.array([z + h])) - elu.forward(np.array([z - h])))[0] / (2 * h)
        assert got == pytest.approx(fd, rel=1e-5, abs=1e-300)


def test_adam_counts_each_parameter_from_its_first_update():
    """A layer frozen for two steps, then unfrozen: its first Adam update uses t = 1.

    Adam's first update is -lr * g/|g| elementwise (m/c1 = g, sqrt(v/c2) = |g|) up to
    epsilon, whatever the gradient's size: a global count (t = 3) would shrink it."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "tanh", frozen=True), LayerSpec(3, "relu")), outputs=1, seed=5)
    lr = 0.01
    net = Network(spec, OptimizerSpec("adam", lr))
    rng = np.random.default_rng(2)
    x, y = rng.normal(size=(8, 2)), (rng.random((8, 1)) > 0.5).astype(float)
    for _ in range(2):
        trace = net.train_step(x, y)
        assert not trace.layers[0].weight_update.any()
    net.set_frozen(0, False)
    trace = net.train_step(x, y)
    g = trace.layers[0].weight_grad
    expected = -lr * g / (np.abs(g) + 1e-8)
    np.testing.assert_allclose(trace.layers[0].weight_update, expected, rtol=1e-9, atol=1e-15)


# ----- saturated units ---------------------------------------------------------------------


@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_a_unit_is_saturated_exactly_when_its_slope_is_below_one_percent_everywhere(activation):
    from netviz.engine.unit_scan import SATURATION_Z

    limit = SATURATION_Z[activation]
    net = _net(activation)
    x = np.random.default_rng(1).normal(size=(30, 2))
    w = np.zeros((2, 6))
    w[0, 5] = 1e-3  # unit 5 varies a little around its bias
    # Biases: far out (both signs), just beyond the limit, just inside it, at 0, and one
    # beyond the limit for every example but one.
    b = np.array([40.0, -40.0, limit + 1e-6, limit - 1e-6, 0.0, limit + 1e-6])
    net.set_weights(0, w, b)
    x[0, 0] = -1.0  # example 0 brings unit 5 inside the limit
    expected = np.array([True, True, True, False, False, False])
    np.testing.assert_array_equal(net.saturated_units(x)[0], expected)
    f = make_activation(activation)
    z = x @ w + b
    slope = f.derivative(z, f.forward(z))
    top = 0.25 if activation == "sigmoid" else 1.0
    np.testing.assert_array_equal((slope < 0.01 * top).all(axis=0), expected)
    assert not net.dead_units(x)[0].any()
    trace = net.train_step(x[:10], np.ones((10, 1)), dead_scan_x=x)
    np.testing.assert_array_equal(trace.layers[0].saturated_units, expected)
    assert trace.layers[0].saturated_fraction == 0.5 and not trace.layers[-1].saturated_units.any()


@pytest.mark.parametrize("activation", ["relu", "leaky_relu", "elu", "linear"])
def test_only_sigmoid_and_tanh_units_saturate(activation):
    net = _net(activation, bias_init=-50.0)
    assert not net.saturated_units(np.random.default_rng(0).normal(size=(20, 2)))[0].any()


def test_the_trainer_counts_saturated_units_per_layer():
    from netviz.engine import TrainSpec
    from netviz.engine.datasets import make_dataset
    from netviz.engine.trainer import Trainer

    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(8, "sigmoid"), LayerSpec(4, "relu")), init="normal",
                       init_scale=0.5, bias_init=8.0, seed=1)
    trainer = Trainer(spec, make_dataset("circle", samples=100, seed=0), TrainSpec(batch_size=10, eval_every=3))
    for _ in range(4):
        trace = trainer.step()
        summary = trainer.history[-1]
        assert summary.saturated_fractions == tuple(lt.saturated_fraction for lt in trace.layers)
        assert summary.saturated_fractions[1:] == (0.0, 0.0)
    saturated = trainer.network.saturated_units(trainer.dataset.x_train)[0]
    assert 0 < saturated.sum() < 8  # biases of 8: the units with small weights saturate, not all
