"""The fused kernel (``fused_steps``, ``Trainer.train_fused``/``step_fused``) against the
reference, the numpy engine: the same batches, and weights, losses, gradient norms, accuracies,
dead and saturated units and validation losses within 1e-12 relative (not bit for bit: the
kernel sums in another order than BLAS), for every activation, output, optimizer and penalty
the kernel covers. Without numba the kernel's loops run as plain Python (slowly), and the
Trainer's tests make it use them; with numba they run compiled."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.engine import fused_steps
from netviz.engine.dataset_types import Dataset
from netviz.engine.network import Network
from netviz.engine.spec import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.summary import StepSummary
from netviz.engine.trainer import Trainer

RTOL, ATOL = 1e-12, 1e-13
STEPS = 4
# Before batch norm a bias has no effect: its true gradient is 0, and both engines hold rounding
# noise (1e-17 to 1e-16) in its place, which Adam scales up to updates of the learning rate
# times 1e-8 (the noise over its epsilon, 1e-8). Such a bias, the running mean that takes it
# in, and the evaluation-mode numbers that read it agree to this (as
# tests/engine/test_against_torch.py compares them with PyTorch).
BN_NOISE = 1e-9


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Trainer uses the kernel whether or not numba is installed (plain Python without it)."""
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def _data(outputs: int = 1, kind: str = "sigmoid", n_train: int = 30, n_val: int = 10, scale: float = 1.0,
          seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)

    def part(n: int) -> tuple[np.ndarray, np.ndarray]:
        x = scale * rng.standard_normal((n, 2))
        if kind == "softmax":
            y = np.eye(outputs)[rng.integers(0, outputs, n)]
        elif kind == "linear":
            y = rng.standard_normal((n, outputs))
        else:  # 0/1 labels; the Trainer makes them -1/+1 for a tanh output
            y = (rng.random((n, outputs)) < 0.5).astype(float)
        x.flags.writeable = y.flags.writeable = False
        return x, y

    (xt, yt), (xv, yv) = part(n_train), part(n_val)
    task = {"linear": "regression", "softmax": "multiclass"}.get(kind, "binary")
    return Dataset("fused", task, xt, yt, xv, yv)


def _spec(activation: str = "relu", output: str = "sigmoid", outputs: int = 1, init_scale: float = 1.0,
          **extra: object) -> NetworkSpec:
    hidden = (LayerSpec(5, activation), LayerSpec(4, activation))
    return NetworkSpec(inputs=2, hidden=hidden, outputs=outputs, output=output, seed=11, init_scale=init_scale,
                       **extra)  # type: ignore[arg-type]


def _close(a: object, b: object) -> None:
    np.testing.assert_allclose(np.asarray(a, float), np.asarray(b, float), rtol=RTOL, atol=ATOL)


def _close_summaries(a: StepSummary, b: StepSummary, bn: bool = False) -> None:
    assert (a.step, a.diverged, a.val_loss is None, a.accuracy is None, a.val_accuracy is None) == (
        b.step, b.diverged, b.val_loss is None, b.accuracy is None, b.val_accuracy is None)
    _close([a.loss, a.accuracy or 0.0, a.val_accuracy or 0.0], [b.loss, b.accuracy or 0.0, b.val_accuracy or 0.0])
    np.testing.assert_allclose(a.val_loss or 0.0, b.val_loss or 0.0, rtol=BN_NOISE if bn else RTOL, atol=ATOL)
    _close(a.grad_norms, b.grad_norms)
    assert a.dead_fractions == b.dead_fractions and a.saturated_fractions == b.saturated_fractions


def _close_networks(a: Network, b: Network) -> None:
    noisy = set()  # the optimizer's keys of biases before batch norm (see BN_NOISE)
    for i in range(a.n_layers):
        bn = a.layers[i].batch_norm
        (wa, ba), (wb, bb) = a.get_weights(i), b.get_weights(i)
        _close(wa, wb)
        np.testing.assert_allclose(ba, bb, rtol=RTOL, atol=BN_NOISE if bn else ATOL)
        if bn:  # gamma, beta and the running statistics
            noisy.add(a.layers[i].keys[1])
            bn_a, bn_b = a.get_batch_norm(i), b.get_batch_norm(i)
            assert sorted(bn_a) == sorted(bn_b)
            for name in bn_a:
                np.testing.assert_allclose(bn_a[name], bn_b[name], rtol=RTOL,
                                           atol=BN_NOISE if name == "running_mean" else ATOL)
    sa, sb = a.optimizer.state(), b.optimizer.state()
    assert sorted(sa.buffers) == sorted(sb.buffers)
    for key in sa.buffers:
        if key.split(":")[-1] not in noisy:  # Adam's buffers of such a bias hold the noise's moments
            _close(sa.buffers[key], sb.buffers[key])
    assert a.steps_done == b.steps_done


def _network_run(spec: NetworkSpec, opt: OptimizerSpec, data: Dataset) -> None:
    """STEPS steps of the numpy engine and of one kernel call, from the same weights on the same batches."""
    reference, fused = Network(spec, opt), Network(spec, opt)
    rng = np.random.default_rng(5)
    batches = np.stack([rng.permutation(len(data.x_train))[:6] for _ in range(STEPS)])
    evaluate_at = np.array([True, False, True, True])
    result = fused_steps.train_steps(fused, data.x_train, data.y_train, batches, evaluate_at, data.x_val, data.y_val,
                                     None, None)
    assert result.done == STEPS and not result.stopped_before_divergence
    scan = None
    for s in range(STEPS):
        rows = batches[s]
        out = reference.train_step_outcome(data.x_train[rows], data.y_train[rows],
                                           dead_scan_x=data.x_train if evaluate_at[s] else None)
        if evaluate_at[s]:
            scan = out.dead_units, out.saturated_units
            np.testing.assert_allclose(reference.evaluate_loss(data.x_val, data.y_val), result.val_losses[s],
                                       rtol=BN_NOISE if any(lay.batch_norm for lay in fused.layers) else RTOL)
        assert scan is not None
        assert [int(d.sum()) for d in scan[0]] == result.dead_counts[s].tolist()
        assert [int(d.sum()) for d in scan[1]] == result.saturated_counts[s].tolist()
        _close(out.loss, result.losses[s])
        _close(out.grad_norms, result.grad_norms[s])
        if out.accuracy is not None:
            _close(out.accuracy, result.accuracies[s])
    _close_networks(reference, fused)
    assert [d.tolist() for d in result.dead] == [d.tolist() for d in scan[0]]
    assert [d.tolist() for d in result.saturated] == [d.tolist() for d in scan[1]]


@pytest.mark.parametrize("activation", ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu"])
def test_every_activation_agrees_with_numpy(activation: str) -> None:
    _network_run(_spec(activation), OptimizerSpec(kind="sgd", learning_rate=0.5), _data())


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_dead_and_saturated_units_agree_with_numpy(activation: str) -> None:
    # Large weights and inputs: units die or saturate on the whole set.
    _network_run(_spec(activation, init_scale=6.0), OptimizerSpec(kind="sgd", learning_rate=0.1),
                 _data(scale=4.0))


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
def test_the_scan_that_ends_early_finds_what_a_scan_of_every_row_finds(activation: str) -> None:
    # 300 rows: blocks of 64, units alive or unsaturated only on later rows, and some dead or saturated.
    data = _data(n_train=300, scale=4.0, seed=3)
    spec = _spec(activation, init_scale=5.0) if activation == "relu" else _spec(activation, bias_init=7.0)
    _network_run(spec, OptimizerSpec(kind="sgd", learning_rate=0.05), data)
    net = Network(spec)
    counts = [int(d.sum()) for d in (net.dead_units if activation == "relu" else net.saturated_units)(data.x_train)]
    assert sum(counts) > 0  # the case is one where the scan must read every row


@pytest.mark.parametrize(("output", "outputs"), [("sigmoid", 1), ("sigmoid", 2), ("linear", 2), ("tanh", 1),
                                                 ("softmax", 3)])
def test_every_output_and_loss_agrees_with_numpy(output: str, outputs: int) -> None:
    _network_run(_spec("tanh", output, outputs), OptimizerSpec(kind="sgd", learning_rate=0.3),
                 _data(outputs, output))


@pytest.mark.parametrize("kind", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.01, 0.0), (0.0, 0.02), (0.01, 0.02)])
def test_optimizers_and_penalties_agree_with_numpy(kind: str, l1: float, l2: float) -> None:
    _network_run(_spec("relu"), OptimizerSpec(kind=kind, learning_rate=0.2, momentum=0.8, l1=l1, l2=l2), _data())


def test_what_the_kernel_does_not_cover_is_named() -> None:
    opt = OptimizerSpec(kind="sgd")
    base = Network(_spec(), opt)
    assert fused_steps.unsupported_reason(base) in (None, "numba is not installed (pip install 'netviz[fast]')")
    cases = [Network(_spec(dtype="float32"), opt)]
    frozen = Network(_spec(), OptimizerSpec(kind="momentum"))
    frozen.set_frozen(0, True)
    for net in [*cases, frozen]:
        assert fused_steps.unsupported_reason(net) is not None


def _bn_spec(activation: str = "relu", init_scale: float = 1.0, **extra: object) -> NetworkSpec:
    """Batch norm on both hidden layers (the exploding lesson's fix), of 5 and 1 units: a one-unit
    layer is a one-column reduction, which numpy sums otherwise than a wider one."""
    hidden = (LayerSpec(5, activation, batch_norm=True), LayerSpec(1, activation, batch_norm=True))
    return NetworkSpec(inputs=2, hidden=hidden, outputs=1, seed=11, init_scale=init_scale,
                       **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "leaky_relu"])
@pytest.mark.parametrize(("kind", "l1", "l2"), [("sgd", 0.0, 0.0), ("momentum", 0.01, 0.0), ("adam", 0.0, 0.02)])
def test_batch_norm_agrees_with_numpy(activation: str, kind: str, l1: float, l2: float) -> None:
    """The batch's statistics in the step, the running ones in the scan and the validation loss,
    gamma and beta through every optimizer, the running statistics after each step."""
    rate = 0.02 if kind == "adam" else 0.2  # Adam's rate scales the noise of BN_NOISE
    _network_run(_bn_spec(activation, leaky_slope=0.05), OptimizerSpec(kind=kind, learning_rate=rate, momentum=0.8,
                                                                       l1=l1, l2=l2), _data())


def test_batch_norm_trains_as_the_numpy_engine_does(kernel: None) -> None:
    """In a Trainer: clipping (gamma and beta clipped too), evaluations, the best weights with
    their running statistics."""
    reference, fused = _trainers(_bn_spec("leaky_relu", init_scale=3.0), _data(scale=3.0), eval_every=2,
                                 optimizer=OptimizerSpec(kind="momentum", learning_rate=0.3, l2=0.01, clip_norm=0.5))
    _same_run_after_calls(reference, fused)
    gammas = fused.network.get_batch_norm(0)
    assert not np.allclose(gammas["gamma"], 1.0) and not np.allclose(gammas["running_var"], 1.0), "a weak test"


def test_a_frozen_batch_norm_layer_keeps_its_statistics(kernel: None) -> None:
    reference, fused = _trainers(_bn_spec("relu"), _data(), eval_every=2,
                                 optimizer=OptimizerSpec(kind="sgd", learning_rate=0.3))
    for trainer in (reference, fused):
        trainer.network.set_frozen(0, True)
    before = fused.network.get_batch_norm(0)
    _same_run_after_calls(reference, fused)
    after = fused.network.get_batch_norm(0)
    assert all(np.array_equal(before[name], after[name]) for name in before)
    assert not np.array_equal(fused.network.get_batch_norm(1)["running_mean"], np.zeros(1))


def test_the_exploding_lessons_batch_norm_fix_is_a_fused_run(kernel: None) -> None:
    from netviz.engine.lessons import find_lesson

    trainer = find_lesson("exploding").with_fix("batch-norm").build()
    assert any(lay.batch_norm for lay in trainer.network.layers) and trainer.fused_reason() is None


def test_batch_norm_divergence_stops_the_run_as_the_numpy_engine_does(kernel: None) -> None:
    """Batch norm hides a growing variance from the loss (1 / sqrt(inf) = 0): the kernel finds
    the step whose statistics are not finite, and the numpy engine takes it and says why."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "linear", batch_norm=True), LayerSpec(4, "linear")),
                       outputs=1, output="linear", seed=11)
    reference, fused = _trainers(spec, _data(kind="linear", scale=1e150), optimizer=OptimizerSpec(learning_rate=1e6))
    while not reference.stopped:
        reference.step_outcome()
    assert fused.train_fused(1000) == len(reference.history) and fused.stopped
    assert fused.stop_reason == reference.stop_reason and fused.history[-1].diverged


@pytest.mark.parametrize(("frozen", "clip_norm"), [((0,), None), ((0, 1), 0.5), ((0, 1, 2), None)])
def test_frozen_layers_train_as_the_numpy_engine_does(kernel: None, frozen: tuple[int, ...],
                                                      clip_norm: float | None) -> None:
    """A frozen layer keeps its weights and stays out of the global norm (the transfer lesson)."""
    reference, fused = _trainers(_spec("tanh", init_scale=2.0), _data(scale=2.0), eval_every=2,
                                 optimizer=OptimizerSpec(kind="sgd", learning_rate=0.3, l2=0.01, clip_norm=clip_norm))
    for trainer in (reference, fused):
        for layer in frozen:
            trainer.network.set_frozen(layer, True)
    before = [w.copy() for layer in frozen for w in fused.network.get_weights(layer)]
    _same_run_after_calls(reference, fused)
    after = [w for layer in frozen for w in fused.network.get_weights(layer)]
    assert all(np.array_equal(a, b) for a, b in zip(before, after))


def _trainers(spec: NetworkSpec, data: Dataset, **train: object) -> tuple[Trainer, Trainer]:
    settings = TrainSpec(**{"batch_size": 7, "steps": 100, **train})  # type: ignore[arg-type]
    return Trainer(spec, data, settings), Trainer(spec, data, settings)


def test_trainer_runs_the_numpy_engines_steps(kernel: None) -> None:
    # Batches from the same stream (reshuffles included), evaluations every 3 steps, best weights.
    reference, fused = _trainers(_spec("relu"), _data(), eval_every=3,
                                 optimizer=OptimizerSpec(kind="momentum", learning_rate=0.3, l2=0.01))
    _same_run_after_calls(reference, fused)


def test_trainer_runs_the_numpy_engines_steps_with_adam(kernel: None) -> None:
    reference, fused = _trainers(_spec("leaky_relu"), _data(), optimizer=OptimizerSpec(kind="adam",
                                                                                       learning_rate=0.05))
    _same_run_after_calls(reference, fused)
    assert fused.network.optimizer.state().adam_steps == reference.network.optimizer.state().adam_steps


def test_adam_after_a_frozen_layer_is_left_to_numpy(kernel: None) -> None:
    _, fused = _trainers(_spec("relu"), _data(), optimizer=OptimizerSpec(kind="adam"))
    fused.network.set_frozen(0, True)
    fused.train_fused(2)
    fused.network.set_frozen(0, False)
    assert fused.fused_reason() is not None and "Adam" in fused.fused_reason()


def _same_run_after_calls(reference: Trainer, fused: Trainer) -> None:
    assert fused.fused_reason() is None
    for _ in range(10):
        reference.step_outcome()
    assert fused.train_fused(6) == 6 and fused.train_fused(4) == 4
    assert len(fused.history) == 10
    bn = any(lay.batch_norm for lay in fused.network.layers)
    for a, b in zip(reference.history, fused.history):
        _close_summaries(a, b, bn)
    _close_networks(reference.network, fused.network)
    ra, rb = reference.state(), fused.state()
    assert (ra.cursor, ra.order.tolist(), ra.batch_rng, ra.best_step) == (rb.cursor, rb.order.tolist(), rb.batch_rng,
                                                                          rb.best_step)
    assert ra.best_params is not None and rb.best_params is not None
    for pa, pb in zip(ra.best_params, rb.best_params):
        assert [p is None for p in pa] == [p is None for p in pb]  # W, b (, gamma, beta, running mean, var)
        for k, (a, b) in enumerate(zip(pa, pb)):
            if a is not None:  # b, and the running mean, of a batch-norm layer: see BN_NOISE
                np.testing.assert_allclose(a, b, rtol=RTOL, atol=BN_NOISE if k in (1, 4) and pa[2] is not None
                                           else ATOL)
    assert ra.since_best == rb.since_best
    np.testing.assert_allclose(ra.best_val_loss, rb.best_val_loss, rtol=BN_NOISE if bn else RTOL)


@pytest.mark.parametrize("train", [{"shuffle": False, "batch_size": 10}, {"batch_size": 1000}])
def test_playground_order_and_the_whole_set(kernel: None, train: dict[str, object]) -> None:
    reference, fused = _trainers(_spec("tanh", "tanh"), _data(kind="tanh"), **train)
    for _ in range(5):
        reference.step_outcome()
    fused.train_fused(5)
    for a, b in zip(reference.history, fused.history, strict=True):
        _close_summaries(a, b)
    assert reference.state().cursor == fused.state().cursor


def test_a_fused_run_is_the_same_in_one_call_or_many_and_with_traced_steps(kernel: None) -> None:
    spec, data = _spec("elu", elu_alpha=0.7), _data()
    opt = OptimizerSpec(kind="momentum", learning_rate=0.2, l1=0.001)
    one, many = _trainers(spec, data, optimizer=opt)
    one.train_fused(9)
    many.train_fused(2)
    traced = many.step_fused()
    many.train_fused(3)
    many.step_fused()
    many.train_fused(2)
    assert one.history == many.history  # bit for bit: the run does not depend on what was drawn
    for i in range(one.network.n_layers):
        for pa, pb in zip(one.network.get_weights(i), many.network.get_weights(i)):
            assert np.array_equal(pa, pb)
    # The picture of step 3 is the kernel's step, the history's row (tests/engine/test_fused_trace.py
    # compares every field with the numpy engine's step).
    row = many.history[2]
    assert traced.step == 2 and traced.val_loss == row.val_loss and traced.loss == row.loss
    assert tuple(lt.grad_norm for lt in traced.layers) == row.grad_norms


def test_a_traced_steps_dead_and_saturated_units_are_its_rows(kernel: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The picture's dead and saturated units are the kernel's whole-set scan, which the
    history counts: the numpy engine does not scan the set again for the picture."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(8, "relu"), LayerSpec(5, "sigmoid")), outputs=1, seed=3,
                       init_scale=3.0)
    _, fused = _trainers(spec, _data(n_train=40, scale=2.0), eval_every=3,
                         optimizer=OptimizerSpec(kind="sgd", learning_rate=10.0))
    scanned: list[int] = []
    scan_zs = Network._scan_zs
    monkeypatch.setattr(Network, "_scan_zs", lambda self, x: (scanned.append(len(x)), scan_zs(self, x))[1])
    fused.train_fused(1)  # the first step scans the whole set
    seen = set()
    for _ in range(12):
        trace = fused.step_fused()
        row = fused.history[-1]
        assert trace.step == row.step and trace.dead_scan_size == 40
        assert tuple(lt.dead_fraction for lt in trace.layers) == row.dead_fractions
        assert tuple(lt.saturated_fraction for lt in trace.layers) == row.saturated_fractions
        seen.add((row.dead_fractions, row.saturated_fractions))
        fused.train_fused(1)
    assert len(seen) > 2 and any(d[0] > 0 for d, _ in seen) and any(s[1] > 0 for _, s in seen), "a weak test"
    assert scanned == [], "the numpy engine scanned the whole set again"


def test_settings_outside_the_kernel_train_as_step_outcome_does(kernel: None) -> None:
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "relu", batch_norm=True),), outputs=1, seed=2, dtype="float32")
    reference, fused = _trainers(spec, _data(), patience=2)
    assert fused.fused_reason() is not None
    for _ in range(6):
        reference.step_outcome()
    fused.train_fused(6)
    assert reference.history == fused.history
    assert fused.step_fused().step == 6 and reference.step().step == 6
    assert reference.history == fused.history


@pytest.mark.parametrize(("kind", "l1", "l2"), [("sgd", 0.0, 0.0), ("momentum", 0.01, 0.0), ("adam", 0.003, 0.02)])
def test_clipping_trains_as_the_numpy_engine_does(kernel: None, kind: str, l1: float, l2: float) -> None:
    """The loss's gradients scaled to the clip norm where the global norm exceeds it, the
    penalty's added after (the exploding lesson's fix)."""
    reference, fused = _trainers(_spec("relu", init_scale=3.0), _data(scale=3.0), eval_every=2,
                                 optimizer=OptimizerSpec(kind=kind, learning_rate=0.1, l1=l1, l2=l2, clip_norm=0.5))
    _same_run_after_calls(reference, fused)
    clipped = [reference.network.train_step_outcome(reference.dataset.x_train[:7],
                                                    reference.dataset.y_train[:7]).clipped for _ in range(3)]
    assert any(clipped), "a weak test: nothing clipped"


@pytest.mark.parametrize("rates", [(0.5, 0.0), (0.3, 1.0)])
def test_dropout_trains_as_the_numpy_engine_does(kernel: None, rates: tuple[float, float]) -> None:
    """The masks from the network's own stream, step by step (the stream where numpy leaves
    it), inverted dropout's scale, and at rate 1 every unit dropped."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "relu", dropout=rates[0]), LayerSpec(4, "tanh",
                                                                                          dropout=rates[1])),
                       outputs=1, seed=11)
    reference, fused = _trainers(spec, _data(), eval_every=3,
                                 optimizer=OptimizerSpec(kind="adam", learning_rate=0.05, l2=0.01))
    _same_run_after_calls(reference, fused)
    assert reference.network.random_state() == fused.network.random_state()


@pytest.mark.parametrize("dropout", [0.0, 0.4])
def test_divergence_stops_the_run_as_the_numpy_engine_does(kernel: None, dropout: float) -> None:
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "relu", dropout=dropout), LayerSpec(4, "relu")), outputs=1,
                       output="linear", seed=11)
    reference, fused = _trainers(spec, _data(kind="linear", scale=30.0), optimizer=OptimizerSpec(learning_rate=50.0))
    while not reference.stopped:
        reference.step_outcome()
    assert fused.train_fused(1000) == len(reference.history) and fused.stopped
    assert fused.stop_reason == reference.stop_reason
    assert fused.history[-1].diverged
    # The step the kernel found diverging was the numpy engine's, from the dropout stream's place.
    assert fused.network.random_state() == reference.network.random_state()


def test_a_validation_loss_that_overflows_stops_the_run(kernel: None) -> None:
    data = _data()
    x_val = np.full_like(data.x_val, 1e308)
    x_val.flags.writeable = False
    data = Dataset("fused", "binary", data.x_train, data.y_train, x_val, data.y_val)
    reference, fused = _trainers(_spec("linear", init_scale=3.0), data)
    reference.step_outcome()
    assert fused.train_fused(5) == 1
    assert fused.stop_reason == reference.stop_reason and fused.stop_reason is not None
    _close_summaries(reference.history[0], fused.history[0])


def test_warm_up_compiles_the_kernel_only_with_numba() -> None:
    assert fused_steps.warm_up() == fused_steps.numba_installed()


def test_without_numba_the_numpy_engine_trains_every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: False)
    reference, fused = _trainers(_spec("relu"), _data())
    assert "numba" in (fused.fused_reason() or "")
    for _ in range(5):
        reference.step_outcome()
    fused.train_fused(4)
    fused.step_fused()
    assert reference.history == fused.history  # bit for bit: these are step_outcome's and step's own steps
    for i in range(reference.network.n_layers):
        for pa, pb in zip(reference.network.get_weights(i), fused.network.get_weights(i)):
            assert np.array_equal(pa, pb)


def test_early_stopping_stops_and_restores_as_the_numpy_engine_does(kernel: None) -> None:
    reference, fused = _trainers(_spec("relu"), _data(), patience=3, eval_every=2,
                                 optimizer=OptimizerSpec(kind="sgd", learning_rate=2.0))
    while not reference.stopped:
        reference.step_outcome()
    assert reference.stop_reason is not None and reference.stop_reason.startswith("early stopping")
    assert fused.train_fused(500) == len(reference.history)
    assert fused.stop_reason == reference.stop_reason
    for a, b in zip(reference.history, fused.history, strict=True):
        _close_summaries(a, b)
    _close_networks(reference.network, fused.network)  # the best step's weights, restored


@pytest.mark.parametrize("dropout", [0.0, 0.5])
def test_a_fused_run_replays_exactly_from_a_captured_state(kernel: None, dropout: float) -> None:
    # What a timeline's checkpoint replay of a fused run does: restore, then the same calls
    # (with dropout: the masks from the restored stream).
    from netviz.engine.run import capture, restore

    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "relu", dropout=dropout), LayerSpec(4, "relu")), outputs=1,
                       seed=11)
    whole, _ = _trainers(spec, _data(), eval_every=2,
                         optimizer=OptimizerSpec(kind="adam", learning_rate=0.02, l2=0.001))
    whole.train_fused(6)
    checkpoint = capture(whole)
    whole.train_fused(3)
    shown = whole.step_fused()
    replayed = restore(checkpoint)
    replayed.train_fused(3)
    again = replayed.step_fused()
    assert replayed.history == whole.history and replayed.state().cursor == whole.state().cursor
    assert again.loss == shown.loss and all(
        np.array_equal(a.weight_grad, b.weight_grad) and np.array_equal(a.pre_activation, b.pre_activation)
        and np.array_equal(a.dropout_mask, b.dropout_mask) for a, b in zip(again.layers, shown.layers))
    assert (dropout > 0) == (not shown.layers[0].dropout_mask.all())
    for i in range(whole.network.n_layers):
        for pa, pb in zip(whole.network.get_weights(i), replayed.network.get_weights(i)):
            assert np.array_equal(pa, pb)


def test_a_kernel_that_cannot_compile_leaves_the_steps_to_numpy(kernel: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from netviz.engine import fused_kernel

    class CompileError(Exception):
        pass

    def broken(*args: object) -> None:
        raise CompileError("no LLVM here")

    monkeypatch.setattr(fused_steps, "_broken", [])
    monkeypatch.setattr(fused_steps, "_compile_errors", lambda: (CompileError,))
    monkeypatch.setattr(fused_kernel, "train_steps", broken)
    reference, fused = _trainers(_spec("relu"), _data())
    for _ in range(3):
        reference.step_outcome()
    assert fused.train_fused(3) == 3
    assert "no LLVM here" in (fused.fused_reason() or "")
    assert reference.history == fused.history and reference.state().cursor == fused.state().cursor
