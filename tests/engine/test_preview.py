"""The preview: the network as it is before its next step (forward and backward, no update)."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.datasets import make_dataset
from netviz.engine.network import Network
from netviz.engine.trainer import Trainer

# Every random stream and every piece of state a preview could disturb: a shuffled batch
# stream, dropout masks, batch norm's running statistics, momentum and Adam's moments.
SETUPS = {
    "dropout-momentum": (
        (LayerSpec(6, "relu", dropout=0.3), LayerSpec(4, "tanh", dropout=0.5)),
        OptimizerSpec("momentum", 0.05, l2=0.01)),
    "batch-norm-adam": ((LayerSpec(6, "relu", batch_norm=True), LayerSpec(4, "sigmoid")),
                        OptimizerSpec("adam", 0.01, clip_norm=0.5)),
}


def _trainer(name: str, batch_size: int = 8) -> Trainer:
    hidden, optimizer = SETUPS[name]
    data = make_dataset("spiral", samples=60, seed=3, validation=0.25)
    spec = NetworkSpec(inputs=2, hidden=hidden, seed=4)
    return Trainer(spec, data, TrainSpec(batch_size=batch_size, seed=5, optimizer=optimizer))


def _weights(trainer: Trainer) -> list[np.ndarray]:
    return [p for lay in trainer.network.layers
            for p in (lay.weights, lay.biases, lay.gamma, lay.beta, lay.running_mean, lay.running_var)
            if p is not None]


@pytest.mark.parametrize("name", sorted(SETUPS))
def test_training_after_a_preview_is_bit_identical(name):
    plain, previewed = _trainer(name), _trainer(name)
    previewed.preview()
    for _ in range(12):  # past the end of the first shuffle (45 training examples, batches of 8)
        a, b = plain.step(), previewed.step()
        previewed.preview()  # a preview between any two steps changes nothing either
        assert a.loss == b.loss and a.val_loss == b.val_loss and a.step == b.step
        for la, lb in zip(a.layers, b.layers):
            np.testing.assert_array_equal(la.dropout_mask, lb.dropout_mask)
            np.testing.assert_array_equal(la.weight_update, lb.weight_update)
    for wa, wb in zip(_weights(plain), _weights(previewed)):
        np.testing.assert_array_equal(wa, wb)
    assert [s.loss for s in plain.history] == [s.loss for s in previewed.history]


@pytest.mark.parametrize("name", sorted(SETUPS))
def test_a_preview_is_the_first_step_without_its_update(name):
    trainer = _trainer(name)
    preview = trainer.preview()
    assert preview.preview and preview.step == -1 and not preview.clipped
    assert trainer.steps_done == 0 and trainer.history == [] and trainer.network.steps_done == 0
    first = trainer.step()
    assert not first.preview and first.step == 0
    # The same batch, masks and weights, so the same forward and backward pass, bit for bit.
    np.testing.assert_array_equal(preview.inputs, first.inputs)
    assert preview.loss == first.loss and preview.grad_norm == first.grad_norm
    for lp, lf in zip(preview.layers, first.layers):
        for field in ("weights", "biases", "pre_activation", "activation", "node_grad", "weight_grad",
                      "bias_grad", "dropout_mask", "dead_units", "saturated_units"):
            np.testing.assert_array_equal(getattr(lp, field), getattr(lf, field), err_msg=field)
        assert not lp.weight_update.any() and not lp.bias_update.any()
        if lp.batch_norm is not None:
            assert not lp.batch_norm.gamma_update.any() and not lp.batch_norm.beta_update.any()
            # The running statistics as they are: the preview's batch is not taken in.
            np.testing.assert_array_equal(lp.batch_norm.running_mean, np.zeros(lp.units))
            np.testing.assert_array_equal(lp.batch_norm.running_var, np.ones(lp.units))
    assert preview.val_loss is not None and preview.dead_scan_size == len(trainer.dataset.x_train)


def test_a_network_preview_leaves_the_network_as_it_was():
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "relu", dropout=0.4),), seed=7)
    net, twin = Network(spec, OptimizerSpec("adam", 0.01)), Network(spec, OptimizerSpec("adam", 0.01))
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(6, 2)), rng.integers(0, 2, size=(6, 1)).astype(float)
    preview = net.preview_step(x, y)
    assert preview.step == -1 and net.steps_done == 0
    stepped, twin_stepped = net.train_step(x, y), twin.train_step(x, y)
    np.testing.assert_array_equal(preview.layers[0].dropout_mask, stepped.layers[0].dropout_mask)
    for a, b in zip(stepped.layers, twin_stepped.layers):
        np.testing.assert_array_equal(a.weight_update, b.weight_update)
    assert stepped.step == 0 and net.steps_done == 1
