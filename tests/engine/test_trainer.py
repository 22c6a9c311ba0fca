"""The Trainer's own options: starting from given weights."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec
from netviz.engine.datasets import make_dataset
from netviz.engine.trainer import Trainer


def _setup():
    data = make_dataset("xor", samples=60, seed=1)
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "tanh"), LayerSpec(2, "tanh")), seed=2)
    return data, spec


def test_a_trainer_starts_from_the_given_weights():
    data, spec = _setup()
    rng = np.random.default_rng(0)
    weights = [(rng.normal(size=(2, 4)), rng.normal(size=4)), (rng.normal(size=(4, 2)), rng.normal(size=2)),
               (rng.normal(size=(2, 1)), rng.normal(size=1))]
    trainer = Trainer(spec, data, TrainSpec(batch_size=10, optimizer=OptimizerSpec("sgd", 0.03)), weights=weights)
    for layer, (w, b) in enumerate(weights):
        got_w, got_b = trainer.network.get_weights(layer)
        np.testing.assert_array_equal(got_w, w)
        np.testing.assert_array_equal(got_b, b)
    trace = trainer.step()
    w_before = weights[0][0]
    np.testing.assert_allclose(trainer.network.get_weights(0)[0], w_before + trace.layers[0].weight_update)


def test_given_weights_are_checked():
    data, spec = _setup()
    with pytest.raises(SpecError, match="weights: needs 3"):
        Trainer(spec, data, weights=[(np.zeros((2, 4)), np.zeros(4))])
    bad = [(np.zeros((2, 4)), np.zeros(4)), (np.zeros((4, 3)), np.zeros(2)), (np.zeros((2, 1)), np.zeros(1))]
    with pytest.raises(SpecError, match=r"layers\[1\]\.weights"):
        Trainer(spec, data, weights=bad)
