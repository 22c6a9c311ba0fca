"""Every NaN or Inf in a step is divergence, batch norm's statistics and hidden z included,
and the stop reason says where it appeared."""

import numpy as np

from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.datasets import make_dataset
from netviz.engine.divergence import LOSS_OR_GRADIENTS, all_finite
from netviz.engine.lessons import find_lesson
from netviz.engine.network import Network
from netviz.engine.trainer import Trainer

BN_SPEC = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "relu", batch_norm=True),), output="sigmoid", seed=1)


def _batch(scale=1.0):
    rng = np.random.default_rng(0)
    return rng.normal(size=(8, 2)) * scale, (rng.random((8, 1)) > 0.5).astype(float)


def test_huge_inputs_overflowing_the_batch_variance_diverge_with_no_update():
    # 1e200 squared is inf: the batch variance is inf, 1/sqrt(inf) = 0 hides it from the
    # loss (log 2) and the gradients (0), and the running variance became inf unnoticed.
    net = Network(BN_SPEC)
    before = net.get_weights(0), net.get_batch_norm(0)
    x, y = _batch(1e200)
    trace = net.train_step(x, y)
    assert np.isfinite(trace.loss) and np.isfinite(trace.grad_norm)
    assert trace.diverged
    np.testing.assert_array_equal(net.get_weights(0)[0], before[0][0])
    np.testing.assert_array_equal(net.get_batch_norm(0)["running_var"], before[1]["running_var"])


def test_huge_weights_through_set_weights_diverge():
    net = Network(BN_SPEC)
    w, b = net.get_weights(0)
    net.set_weights(0, w * 1e155, b)
    trace = net.train_step(*_batch())
    assert trace.diverged
    assert np.all(np.isfinite(net.get_batch_norm(0)["running_var"]))


def test_an_infinite_z_hidden_by_a_relu_is_divergence():
    # z = -inf into a ReLU gives 0 and a slope of 0: loss and gradients stay finite.
    net = Network(NetworkSpec(inputs=2, hidden=(LayerSpec(3, "relu"),), output="sigmoid", seed=1))
    x = np.full((4, 2), 10.0)
    net.set_weights(0, np.full((2, 3), -1e308), np.zeros(3))
    trace = net.train_step(x, np.ones((4, 1)))
    assert np.isfinite(trace.loss) and np.isfinite(trace.grad_norm)
    assert trace.diverged


def test_the_stop_reason_names_the_layer_and_the_statistic():
    data = make_dataset("circle", samples=40, seed=1)
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "tanh"), LayerSpec(3, "relu", batch_norm=True)), seed=2)
    trainer = Trainer(spec, data, TrainSpec(batch_size=8, optimizer=OptimizerSpec("sgd", 0.1)))
    w, b = trainer.network.get_weights(1)
    trainer.network.set_weights(1, w * 1e160, b)
    trainer.step()
    assert trainer.stopped
    assert trainer.stop_reason == "diverged at step 1: NaN or Inf in the batch variance of hidden 2 (batch norm)"


def test_the_exploding_lessons_reason_is_unchanged():
    trainer = find_lesson("exploding").build()
    trainer.run(40)
    assert trainer.stop_reason == f"diverged at step 3: {LOSS_OR_GRADIENTS}"


def test_huge_finite_values_are_not_divergence():
    # The sum overflows, every element is finite: no false alarm.
    assert all_finite([np.array([1e308, 1e308, -1e308])])
    assert not all_finite([np.array([1.0, np.inf])])
    assert not all_finite([np.array([1.0]), np.array([np.nan, 2.0])])
    net = Network(NetworkSpec(inputs=2, hidden=(LayerSpec(3, "tanh"),), output="sigmoid", seed=1))
    w, b = net.get_weights(0)
    net.set_weights(0, w * 1e155, b)  # z of about 1e155: huge, finite, tanh saturates
    assert not net.train_step(*_batch()).diverged
