"""A drawn step of a fused run (``Trainer.step_fused``) is the kernel's own step, its trace
made from the arrays the kernel left (``fused_trace``). The numpy engine stays the reference:
every field of that trace, layer by layer, against ``Trainer.step`` from the same state (the
same weights, optimizer buffers and batch), within 1e-12 relative, for every activation,
output, optimizer and penalty the kernel covers; the same shapes, dtypes and read-only arrays.
Without numba the kernel's loops run as plain Python."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from netviz.engine import fused_steps
from netviz.engine.run import capture, restore
from netviz.engine.spec import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.trace import BatchNormTrace, LayerTrace, StepTrace
from netviz.engine.trainer import Trainer

from .test_fused_steps import _data

RTOL, ATOL = 1e-12, 1e-13


@pytest.fixture(autouse=True)
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def _same_field(name: str, got: object, want: object) -> None:
    if isinstance(want, BatchNormTrace):
        assert isinstance(got, BatchNormTrace), name
        for f in dataclasses.fields(BatchNormTrace):
            _same_field(f"{name}.{f.name}", getattr(got, f.name), getattr(want, f.name))
    elif isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray), name
        assert (got.shape, got.dtype) == (want.shape, want.dtype), name
        assert not got.flags.writeable, f"{name} is writable"
        if want.dtype == bool:
            assert np.array_equal(got, want), name
        else:
            np.testing.assert_allclose(got, want, rtol=RTOL, atol=ATOL, err_msg=name)
    elif isinstance(want, float) and isinstance(got, float):
        np.testing.assert_allclose(got, want, rtol=RTOL, atol=ATOL, err_msg=name)
    else:
        assert got == want, f"{name}: {got!r} != {want!r}"


def _same_trace(got: StepTrace, want: StepTrace) -> None:
    for f in dataclasses.fields(StepTrace):
        if f.name != "layers":
            _same_field(f.name, getattr(got, f.name), getattr(want, f.name))
    assert len(got.layers) == len(want.layers)
    for gl, wl in zip(got.layers, want.layers):
        for f in dataclasses.fields(LayerTrace):
            _same_field(f"{wl.name}.{f.name}", getattr(gl, f.name), getattr(wl, f.name))


def _compare_drawn_steps(spec: NetworkSpec, kind: str, optimizer: OptimizerSpec, drawn: int = 4, **train: object
                         ) -> list[StepTrace]:
    """A fused run with a numpy step from the same state beside each of ``drawn`` drawn steps in a row."""
    settings = TrainSpec(**{"batch_size": 7, "steps": 100, "eval_every": 2, "optimizer": optimizer,
                            **train})  # type: ignore[arg-type]
    fused = Trainer(spec, _data(spec.outputs, kind), settings)
    fused.fused = True
    traces = []
    fused.train_fused(3)
    for _ in range(drawn):
        reference = restore(capture(fused))
        reference.fused = False
        assert fused.fused_reason() is None
        got, want = fused.step_fused(), reference.step()
        _same_trace(got, want)
        assert fused.history[-1].step == got.step and fused.state().cursor == reference.state().cursor
        traces.append(got)
    return traces


def _spec(activation: str = "relu", output: str = "sigmoid", outputs: int = 1, **extra: object) -> NetworkSpec:
    return NetworkSpec(inputs=2, hidden=(LayerSpec(5, activation), LayerSpec(4, activation)), outputs=outputs,
                       output=output, seed=11, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize("activation", ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu"])
def test_every_activation_draws_the_numpy_engines_step(activation: str) -> None:
    traces = _compare_drawn_steps(_spec(activation, leaky_slope=0.05, elu_alpha=0.7), "sigmoid",
                                  OptimizerSpec(kind="sgd", learning_rate=0.5))
    assert any(t.val_loss is not None for t in traces) and any(t.val_loss is None for t in traces)


@pytest.mark.parametrize(("output", "outputs"), [("sigmoid", 2), ("linear", 2), ("tanh", 1), ("softmax", 3)])
def test_every_output_draws_the_numpy_engines_step(output: str, outputs: int) -> None:
    _compare_drawn_steps(_spec("tanh", output, outputs), output, OptimizerSpec(kind="momentum", learning_rate=0.1))


@pytest.mark.parametrize(("kind", "l1", "l2"), [("sgd", 0.01, 0.0), ("momentum", 0.0, 0.02), ("adam", 0.003, 0.01)])
def test_optimizers_and_penalties_draw_the_numpy_engines_step(kind: str, l1: float, l2: float) -> None:
    traces = _compare_drawn_steps(_spec("relu"), "sigmoid", OptimizerSpec(kind=kind, learning_rate=0.05, l1=l1, l2=l2))
    assert all(t.penalty > 0 for t in traces)
    assert all(np.any(lt.weight_update != 0) for t in traces for lt in t.layers)


@pytest.mark.parametrize("rates", [(0.5, 0.0), (0.2, 1.0)])
def test_dropout_draws_the_numpy_engines_step_and_masks(rates: tuple[float, float]) -> None:
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(6, "relu", dropout=rates[0]),
                                         LayerSpec(5, "sigmoid", dropout=rates[1])), outputs=1, seed=5)
    traces = _compare_drawn_steps(spec, "sigmoid", OptimizerSpec(kind="momentum", learning_rate=0.2))
    first = traces[0].layers
    assert first[0].dropout_rate == rates[0] and not first[0].dropout_mask.all() and first[0].dropout_mask.any()
    assert (first[1].dropout_mask.any()) == (rates[1] < 1.0)
    assert not np.array_equal(traces[0].layers[0].dropout_mask, traces[1].layers[0].dropout_mask)


@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.01, 0.02)])
def test_a_clipped_step_draws_the_numpy_engines_step(l1: float, l2: float) -> None:
    traces = _compare_drawn_steps(_spec("relu", init_scale=3.0), "sigmoid",
                                  OptimizerSpec(kind="adam", learning_rate=0.1, l1=l1, l2=l2, clip_norm=0.5),
                                  drawn=6)
    assert any(t.clipped for t in traces), "a weak test: nothing clipped"


@pytest.mark.parametrize(("kind", "clip_norm", "frozen"), [("sgd", None, False), ("momentum", 0.5, False),
                                                           ("sgd", None, True)])
def test_batch_norm_draws_the_numpy_engines_step(kind: str, clip_norm: float | None, frozen: bool) -> None:
    """Every field of BatchNormTrace too: the weighted sums, the batch's statistics, x-hat,
    dL/dlinear, gamma and beta with their gradients and updates, the running statistics after
    the step (a frozen layer's unchanged). Adam is left to test_fused_steps: it scales the
    rounding noise that stands for a bias's zero gradient before batch norm (BN_NOISE there)."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "leaky_relu", batch_norm=True),
                                         LayerSpec(4, "tanh", batch_norm=True)), outputs=1, seed=5, init_scale=2.0)
    settings = TrainSpec(batch_size=7, steps=100, eval_every=2,
                         optimizer=OptimizerSpec(kind=kind, learning_rate=0.2, l2=0.01, clip_norm=clip_norm))
    fused = Trainer(spec, _data(1, "sigmoid", scale=2.0), settings)
    fused.network.set_frozen(0, frozen)
    fused.fused = True
    fused.train_fused(3)
    traces = []
    for _ in range(4):
        reference = restore(capture(fused))
        reference.fused = False
        assert fused.fused_reason() is None
        got = fused.step_fused()
        _same_trace(got, reference.step())
        traces.append(got)
        bn = got.layers[0].batch_norm
        assert bn is not None and got.layers[1].batch_norm is not None and got.layers[2].batch_norm is None
        assert (not bn.gamma_update.any()) == frozen
        assert np.array_equal(bn.running_mean, fused.network.get_batch_norm(0)["running_mean"])
    assert clip_norm is None or any(t.clipped for t in traces), "a weak test: nothing clipped"


def test_a_step_with_a_frozen_layer_draws_the_numpy_engines_step() -> None:
    settings = TrainSpec(batch_size=7, steps=100, eval_every=2,
                         optimizer=OptimizerSpec(kind="sgd", learning_rate=0.3, l1=0.01, clip_norm=0.5))
    fused = Trainer(_spec("tanh", init_scale=2.0), _data(1, "sigmoid", scale=2.0), settings)
    fused.network.set_frozen(0, True)
    fused.fused = True
    fused.train_fused(3)
    for _ in range(4):
        reference = restore(capture(fused))
        reference.fused = False
        assert fused.fused_reason() is None and reference.network.layers[0].frozen
        got = fused.step_fused()
        _same_trace(got, reference.step())
        assert got.layers[0].frozen and not got.layers[0].weight_update.any()


def test_the_transfer_lesson_is_a_fused_run() -> None:
    """Its hidden layers arrive frozen (SGD): the kernel trains it, as every lesson as it opens."""
    from netviz.engine.lessons import find_lesson

    trainer = find_lesson("transfer").build()
    assert any(lay.frozen for lay in trainer.network.layers) and trainer.fused_reason() is None


@pytest.mark.parametrize("train", [{"shuffle": False, "batch_size": 10}, {"batch_size": 1000}])
def test_playground_order_and_the_whole_set_draw_the_numpy_engines_step(train: dict[str, object]) -> None:
    traces = _compare_drawn_steps(_spec("relu"), "sigmoid", OptimizerSpec(kind="sgd", learning_rate=0.3), **train)
    assert traces[0].inputs.shape[0] == min(int(train["batch_size"]), 30)  # type: ignore[call-overload]


def test_dead_units_are_drawn_as_the_numpy_engines_whole_set_scan_finds_them() -> None:
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(8, "relu"), LayerSpec(5, "sigmoid")), outputs=1, seed=3,
                       init_scale=3.0)
    traces = _compare_drawn_steps(spec, "sigmoid", OptimizerSpec(kind="sgd", learning_rate=10.0), drawn=8,
                                  eval_every=1)
    assert any(t.layers[0].dead_units.any() for t in traces), "a weak test: no dead unit drawn"
    assert any(t.layers[1].saturated_units.any() for t in traces), "a weak test: no saturated unit drawn"


def test_a_diverging_step_is_left_to_the_numpy_engine_which_says_why() -> None:
    settings = TrainSpec(batch_size=7, steps=100, optimizer=OptimizerSpec(kind="sgd", learning_rate=1e6))
    fused = Trainer(_spec("linear", "linear"), _data(1, "linear", scale=1e3), settings)
    fused.fused = True
    traces = []
    while not fused.stopped and len(traces) < 50:
        traces.append(fused.step_fused())
    assert traces[-1].diverged and fused.stop_reason is not None and "diverged" in fused.stop_reason
    assert len(fused.history) == len(traces) and fused.history[-1].diverged


def test_a_drawn_step_that_ends_early_stopping_shows_its_own_update() -> None:
    """Early stopping restores the best weights after the step whose evaluation ends its
    patience: that step's picture still shows the update it made (as the numpy engine's does)."""
    settings = TrainSpec(batch_size=7, steps=500, eval_every=1, patience=2,
                         optimizer=OptimizerSpec(kind="sgd", learning_rate=3.0))
    fused = Trainer(_spec("relu"), _data(n_val=30, seed=4), settings)
    fused.fused = True
    drawn = 0
    while not fused.stopped:
        reference = restore(capture(fused))
        reference.fused = False
        _same_trace(fused.step_fused(), reference.step())
        assert fused.stop_reason == reference.stop_reason
        drawn += 1
    assert fused.stop_reason is not None and fused.stop_reason.startswith("early stopping"), fused.stop_reason
    assert drawn < 500 and fused.best_step is not None and fused.best_step < drawn - 1


def _same_exactly(name: str, got: object, want: object) -> None:
    """Equal bit for bit: the same run, whichever way its steps were grouped into kernel calls."""
    if isinstance(want, BatchNormTrace):
        for f in dataclasses.fields(BatchNormTrace):
            _same_exactly(f"{name}.{f.name}", getattr(got, f.name), getattr(want, f.name))
    elif isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray) and not got.flags.writeable, name
        assert (got.shape, got.dtype) == (want.shape, want.dtype) and np.array_equal(got, want), name
    elif isinstance(want, tuple) and want and isinstance(want[0], LayerTrace):
        for gl, wl in zip(got, want, strict=True):  # type: ignore[call-overload]
            for f in dataclasses.fields(LayerTrace):
                _same_exactly(f"{wl.name}.{f.name}", getattr(gl, f.name), getattr(wl, f.name))
    else:
        assert got == want, f"{name}: {got!r} != {want!r}"


def _same_run(one: Trainer, two: Trainer) -> None:
    """Two runs at the same place, bit for bit: history, parameters, optimizer buffers, streams."""
    assert one.history == two.history and one.steps_done == two.steps_done
    for a, b in zip(one.network.layers, two.network.layers, strict=True):
        for x, y in zip(fused_steps.layer_arrays(a), fused_steps.layer_arrays(b), strict=True):
            assert np.array_equal(x, y)
    buffers_one, buffers_two = one.network.optimizer.state().buffers, two.network.optimizer.state().buffers
    assert buffers_one.keys() == buffers_two.keys()
    assert all(np.array_equal(buffers_one[k], buffers_two[k]) for k in buffers_one)
    assert one.network.random_state() == two.network.random_state()
    assert one.state().cursor == two.state().cursor and np.array_equal(one.state().order, two.state().order)
    assert one.state().batch_rng == two.state().batch_rng
    assert one.stop_reason == two.stop_reason and one.best_val_loss == two.best_val_loss


SETTINGS = [
    pytest.param(_spec("tanh"), OptimizerSpec(kind="sgd", learning_rate=0.3), {}, id="sgd"),
    pytest.param(_spec("relu"), OptimizerSpec(kind="adam", learning_rate=0.05, l1=0.003, l2=0.01), {},
                 id="adam+penalty"),
    pytest.param(NetworkSpec(inputs=2, hidden=(LayerSpec(6, "relu", dropout=0.5), LayerSpec(5, "sigmoid", dropout=0.2)),
                             outputs=1, seed=5), OptimizerSpec(kind="momentum", learning_rate=0.2), {}, id="dropout"),
    pytest.param(NetworkSpec(inputs=2, hidden=(LayerSpec(6, "relu", batch_norm=True), LayerSpec(4, "tanh")), outputs=1,
                             seed=2), OptimizerSpec(kind="momentum", learning_rate=0.1, clip_norm=0.3), {},
                 id="batch-norm+clip"),
    pytest.param(_spec("relu"), OptimizerSpec(kind="sgd", learning_rate=0.3), {"shuffle": False, "batch_size": 10},
                 id="playground-order"),
]


@pytest.mark.parametrize(("spec", "optimizer", "train"), SETTINGS)
@pytest.mark.parametrize("untraced", [1, 5, 13])
def test_a_drawn_step_at_the_end_of_a_call_is_the_run_of_two_calls(spec: NetworkSpec, optimizer: OptimizerSpec,
                                                                   train: dict[str, object], untraced: int) -> None:
    """``advance_traced(n)``: n untraced steps and a drawn one in one kernel call, the same run
    and the same trace, bit for bit, as ``advance(n)`` then ``step_fused()`` (two calls); and
    within 1e-12 of the numpy engine's step from the same state."""
    settings = TrainSpec(**{"batch_size": 7, "steps": 200, "eval_every": 3, "optimizer": optimizer,
                            **train})  # type: ignore[arg-type]
    one, two = (Trainer(spec, _data(1, "sigmoid"), settings) for _ in range(2))
    one.fused = two.fused = True
    one.train_fused(2)
    two.train_fused(2)
    for _ in range(3):
        reference = restore(capture(one))
        reference.fused = False
        got = one.advance_traced(untraced)
        assert two.advance(untraced) == untraced
        want = two.step_fused()
        assert got is not None
        for f in dataclasses.fields(StepTrace):
            _same_exactly(f.name, getattr(got, f.name), getattr(want, f.name))
        _same_run(one, two)
        reference.advance(untraced)
        _same_trace(got, reference.step())
    assert one.steps_done == 2 + 3 * (untraced + 1)


def test_a_call_that_ends_before_its_drawn_step_leaves_the_run_as_two_calls_would() -> None:
    """Early stopping ends the run inside the call: nothing drawn (None), the run as
    ``advance`` leaves it; a divergence inside it is said as the numpy engine says it."""
    settings = TrainSpec(batch_size=7, steps=500, eval_every=1, patience=2,
                         optimizer=OptimizerSpec(kind="sgd", learning_rate=3.0))
    one, two = (Trainer(_spec("relu"), _data(n_val=30, seed=4), settings) for _ in range(2))
    one.fused = two.fused = True
    while not one.stopped:
        got = one.advance_traced(6)
        two.advance(6)
        want = None if two.stopped else two.step_fused()
        assert (got is None) == (want is None)
        _same_run(one, two)
    assert one.stop_reason is not None and one.stop_reason.startswith("early stopping")
    settings = TrainSpec(batch_size=7, steps=100, optimizer=OptimizerSpec(kind="sgd", learning_rate=1e6))
    diverging = Trainer(_spec("linear", "linear"), _data(1, "linear", scale=1e3), settings)
    diverging.fused = True
    while not diverging.stopped and diverging.steps_done < 100:
        diverging.advance_traced(4)
    assert diverging.stop_reason is not None and "diverged" in diverging.stop_reason
    assert diverging.history[-1].diverged
