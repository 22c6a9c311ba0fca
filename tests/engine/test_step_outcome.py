"""The step that records no trace (``train_step_outcome``, ``Trainer.step_outcome``) against
the reference, the step that records one: the same weights, optimizer state, random streams
and numbers, bit for bit, on every lesson and fix, and on the settings a lesson may not use."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.engine.lessons import available_lessons
from netviz.engine.network import Network
from netviz.engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from netviz.engine.trace import StepOutcome, StepTrace

STEPS = 12


def _cases() -> list[tuple[str, str | None]]:
    lessons, _errors = available_lessons()
    return [(name, fix) for name, lesson in sorted(lessons.items()) for fix in (None, *sorted(lesson.fixes))]


def _state(net: Network) -> list[np.ndarray]:
    params = []
    for lay in net.layers:
        params += [p for p in (lay.weights, lay.biases, lay.gamma, lay.beta, lay.running_mean, lay.running_var)
                   if p is not None]
    return params


def _same_arrays(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(x.dtype == y.dtype and np.array_equal(x, y, equal_nan=True) for x, y in zip(a, b))


def _same_optimizer(a: Network, b: Network) -> bool:
    sa, sb = a.optimizer.state(), b.optimizer.state()
    return (sa.adam_steps == sb.adam_steps and sorted(sa.buffers) == sorted(sb.buffers)
            and _same_arrays([sa.buffers[k] for k in sorted(sa.buffers)], [sb.buffers[k] for k in sorted(sb.buffers)]))


def _same_numbers(trace: StepTrace, outcome: StepOutcome) -> None:
    assert outcome.step == trace.step
    assert outcome.loss == trace.loss or (np.isnan(outcome.loss) and np.isnan(trace.loss))
    assert outcome.grad_norm == trace.grad_norm or (np.isnan(outcome.grad_norm) and np.isnan(trace.grad_norm))
    assert np.array_equal(outcome.grad_norms, [lt.grad_norm for lt in trace.layers], equal_nan=True)
    assert all(np.array_equal(d, lt.dead_units) for d, lt in zip(outcome.dead_units, trace.layers))
    assert all(np.array_equal(s, lt.saturated_units) for s, lt in zip(outcome.saturated_units, trace.layers))
    assert (outcome.clipped, outcome.diverged, outcome.dead_scan_size) == (trace.clipped, trace.diverged,
                                                                           trace.dead_scan_size)
    assert outcome.accuracy == trace.accuracy
    assert outcome.val_loss == trace.val_loss and outcome.val_accuracy == trace.val_accuracy


@pytest.mark.parametrize(("lesson", "fix"), _cases())
def test_a_step_without_its_trace_trains_exactly_as_the_step_with_one(lesson, fix):
    lessons, _errors = available_lessons()
    chosen = lessons[lesson] if fix is None else lessons[lesson].with_fix(fix)
    # eval_every 3: steps that scan the whole set and measure the validation loss, and steps between.
    traced = chosen.with_changes(training={"eval_every": 3}).build()
    fast = chosen.with_changes(training={"eval_every": 3}).build()
    mixed = chosen.with_changes(training={"eval_every": 3}).build()
    for k in range(STEPS):
        if traced.stopped:
            break
        trace = traced.step()
        _same_numbers(trace, fast.step_outcome())
        # A worker draws some steps and not others: any mix gives the same run.
        if k % 3 == 1:
            mixed.step()
        else:
            mixed.step_outcome()
    assert fast.history == traced.history == mixed.history
    assert fast.stopped == traced.stopped
    for other in (fast, mixed):
        assert _same_arrays(_state(other.network), _state(traced.network))
        assert _same_optimizer(other.network, traced.network)
    # The streams moved alike: the next step (with a trace) is the same everywhere.
    if not traced.stopped:
        following = [t.step() for t in (traced, fast, mixed)]
        assert all(_same_arrays([lt.weight_update for lt in f.layers], [lt.weight_update for lt in following[0].layers])
                   for f in following[1:])


@pytest.mark.parametrize("settings", [
    {"batch_norm": True, "dropout": 0.3, "optimizer": "adam", "clip_norm": 0.05},
    {"batch_norm": False, "dropout": 0.0, "optimizer": "momentum", "l1": 1e-3, "l2": 1e-2, "frozen": True},
    {"batch_norm": True, "dropout": 0.0, "optimizer": "sgd", "l2": 1e-3, "clip_norm": 0.01, "frozen": True},
])
def test_batch_norm_dropout_clipping_penalties_and_frozen_layers_too(settings):
    def network() -> Network:
        hidden = (LayerSpec(6, "relu", dropout=settings["dropout"], batch_norm=settings["batch_norm"]),
                  LayerSpec(5, "tanh", frozen=settings.get("frozen", False), batch_norm=settings["batch_norm"]))
        spec = NetworkSpec(inputs=3, hidden=hidden, outputs=2, output="softmax", seed=4)
        opt = OptimizerSpec(kind=settings["optimizer"], learning_rate=0.1, l1=settings.get("l1", 0.0),
                            l2=settings.get("l2", 0.0), clip_norm=settings.get("clip_norm"))
        return Network(spec, opt)

    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 3))
    y = np.eye(2)[rng.integers(0, 2, 40)]
    with_trace, without = network(), network()
    for k in range(8):
        batch = slice(8 * (k % 5), 8 * (k % 5) + 8)
        scan = x if k % 2 else None
        trace = with_trace.train_step(x[batch], y[batch], dead_scan_x=scan)
        outcome = without.train_step_outcome(x[batch], y[batch], dead_scan_x=scan)
        _same_numbers(trace, outcome)
        assert _same_arrays(_state(without), _state(with_trace))
        assert _same_optimizer(without, with_trace)
    assert without.steps_done == with_trace.steps_done == 8


def test_a_diverged_step_changes_nothing_on_either_path():
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "relu"),), outputs=1, output="linear", seed=1)
    with_trace, without = Network(spec), Network(spec)
    x = np.array([[1e300, 1e300], [1.0, 2.0]])
    y = np.array([[1.0], [0.0]])
    before = [p.copy() for p in _state(without)]
    trace, outcome = with_trace.train_step(x, y), without.train_step_outcome(x, y)
    assert trace.diverged and outcome.diverged
    _same_numbers(trace, outcome)
    assert _same_arrays(_state(without), before) and _same_arrays(_state(with_trace), before)
