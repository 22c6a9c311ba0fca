"""A fused run between kernel calls: the kernel's flat arrays are kept for the next call only
while the network is exactly as the last call left it; any change made in between (an edit,
a numpy step, another optimizer, early stopping's restore) trains from the changed network,
bit for bit as a run restored from a checkpoint there (which packs everything afresh).
And the batches of a call are those that step-by-step batching gives."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.engine import fused_steps
from netviz.engine.run import capture, restore
from netviz.engine.spec import OptimizerSpec
from netviz.engine.trainer import Trainer
from tests.engine.test_fused_steps import _data, _spec, _trainers


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def _same(a: Trainer, b: Trainer) -> None:
    assert a.history == b.history
    for i in range(a.network.n_layers):
        for pa, pb in zip(a.network.get_weights(i), b.network.get_weights(i)):
            assert pa.tobytes() == pb.tobytes()
    sa, sb = a.network.optimizer.state(), b.network.optimizer.state()
    assert sorted(sa.buffers) == sorted(sb.buffers) and sa.adam_steps == sb.adam_steps
    for key in sa.buffers:
        assert sa.buffers[key].tobytes() == sb.buffers[key].tobytes()


def _goes_on_as_a_restored_run(trainer: Trainer, steps: int = 4) -> None:
    """The trainer's next fused steps (from kept arrays, if it still may) against a run
    restored from its state now (a new network: packed afresh)."""
    fresh = restore(capture(trainer))
    assert trainer.train_fused(steps) == steps and fresh.train_fused(steps) == steps
    _same(trainer, fresh)


@pytest.mark.parametrize("kind", ["sgd", "momentum", "adam"])
def test_changes_between_calls_are_trained_from(kernel: None, kind: str) -> None:
    trainer, _ = _trainers(_spec("relu"), _data(), optimizer=OptimizerSpec(kind=kind, learning_rate=0.1))
    trainer.train_fused(3)
    _goes_on_as_a_restored_run(trainer)  # unchanged: from the kept arrays
    w, b = trainer.network.get_weights(1)
    trainer.network.set_weights(1, w * 0.5, b + 0.25)  # an edit by hand
    _goes_on_as_a_restored_run(trainer)
    trainer.step_outcome()  # a numpy step: new weights and buffers
    _goes_on_as_a_restored_run(trainer)
    trainer.step_fused()  # a drawn step: the run goes on from the kernel's weights
    _goes_on_as_a_restored_run(trainer)
    trainer.set_optimizer(OptimizerSpec(kind="adam" if kind != "adam" else "momentum", learning_rate=0.05))
    _goes_on_as_a_restored_run(trainer)
    trainer.set_optimizer(OptimizerSpec(kind=trainer.train_spec.optimizer.kind, learning_rate=0.02))  # buffers kept
    _goes_on_as_a_restored_run(trainer)


def test_the_kept_arrays_are_used_only_while_the_network_is_unchanged(kernel: None,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    packs = []
    pack = fused_steps.Layout.pack
    monkeypatch.setattr(fused_steps.Layout, "pack", lambda self, network: packs.append(1) or pack(self, network))
    trainer, _ = _trainers(_spec("tanh"), _data(), optimizer=OptimizerSpec(kind="momentum"))
    trainer.train_fused(2)
    trainer.train_fused(2)
    trainer.step_fused()
    assert len(packs) == 1
    trainer.network.set_weights(0, *trainer.network.get_weights(0))  # equal values, new arrays
    trainer.train_fused(2)
    assert len(packs) == 2


def test_parameters_after_a_call_are_read_only_and_as_the_kernel_left_them(kernel: None) -> None:
    trainer, _ = _trainers(_spec("relu"), _data(), optimizer=OptimizerSpec(kind="adam"))
    trainer.train_fused(3)
    for lay in trainer.network.layers:
        assert not lay.weights.flags.writeable and not lay.biases.flags.writeable
    for buffer in trainer.network.optimizer.state().buffers.values():
        assert not buffer.flags.writeable
    for dead, saturated in trainer.state().last_scan or ():
        assert not dead.flags.writeable and not saturated.flags.writeable
    assert not trainer.state().last_scan[-1][0].any(), "the output layer's units are never dead"


def test_early_stopping_leaves_the_best_steps_weights_in_the_network(kernel: None) -> None:
    trainer, _ = _trainers(_spec("relu"), _data(), patience=3, eval_every=2,
                           optimizer=OptimizerSpec(kind="sgd", learning_rate=2.0))
    reference, _ = _trainers(_spec("relu"), _data(), patience=3, eval_every=2,
                             optimizer=OptimizerSpec(kind="sgd", learning_rate=2.0))
    while not reference.stopped:
        reference.step_outcome()
    trainer.train_fused(500)
    assert trainer.stopped and trainer.best_step == reference.best_step
    best = trainer.state().best_params
    assert best is not None
    for lay, params in zip(trainer.network.layers, best):
        assert lay.weights is params[0] and lay.biases is params[1]


@pytest.mark.parametrize("train", [{"batch_size": 7}, {"batch_size": 7, "shuffle": False}, {"batch_size": 1000}])
def test_a_calls_batches_are_those_of_step_by_step_batching(train: dict[str, object]) -> None:
    one, many = _trainers(_spec("relu"), _data(n_train=30), **train)
    for k in (1, 3, 4, 9, 13, 2, 101):  # across reshuffles (30 rows: 4 batches of 7 an epoch), many at once
        rows = one._batch_rows(k)
        expected = [many._next_rows() for _ in range(k)]
        assert rows.dtype == np.int64 and rows.shape == (k, min(7 if train["batch_size"] == 7 else 30, 30))
        for got, want in zip(rows, expected, strict=True):
            assert np.array_equal(got, np.arange(30) if want is None else want)
        a, b = one.state(), many.state()
        assert (a.cursor, a.order.tolist(), a.batch_rng) == (b.cursor, b.order.tolist(), b.batch_rng)
