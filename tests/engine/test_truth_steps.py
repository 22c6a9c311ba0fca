"""What a step does and what its trace says, exactly: per-example gradients, clipping with
its epsilon, the penalty added after clipping, batch norm refusing a batch of one, and the
behaviour of the public calls an outside user meets (docs/engine.md)."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec, SpecError, TrainSpec
from netviz.engine.datasets import make_dataset
from netviz.engine.lessons import LessonError, find_lesson, lesson_names
from netviz.engine.trainer import Trainer

HIDDEN = (LayerSpec(5, "tanh"), LayerSpec(4, "relu"))


def _net(hidden=HIDDEN, opt=None, **spec) -> Network:
    spec.setdefault("seed", 3)
    return Network(NetworkSpec(inputs=3, hidden=hidden, **spec), opt or OptimizerSpec("sgd", 0.1))


def _batch(b=8, seed=0, n_out=1):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(b, 3)), (rng.random((b, n_out)) > 0.5).astype(float)


# ----- point 2: the per-example gradient --------------------------------------------------


@pytest.mark.parametrize("output,n_out", [("sigmoid", 2), ("softmax", 3), ("linear", 2), ("tanh", 1)])
def test_example_node_grad_is_each_examples_own_gradient(output, n_out):
    """dl_i/dz_i: the node_grad of a step on example i alone, whatever the batch around it."""
    x, y = _batch(6, n_out=n_out)
    if output == "softmax":
        y = np.eye(n_out)[np.arange(6) % n_out]
    elif output == "tanh":
        y = 2 * y - 1
    spec = dict(outputs=n_out, output=output)
    batch_trace = _net(**spec).train_step(x, y)
    for i in range(6):
        alone = _net(**spec).train_step(x[i:i + 1], y[i:i + 1])
        for lt, one in zip(batch_trace.layers, alone.layers):
            np.testing.assert_allclose(lt.example_node_grad[i], one.node_grad[0], rtol=1e-12, atol=1e-18)


def test_node_colour_quantity_is_the_same_for_one_example_and_k_copies_of_it():
    x, y = _batch(1, seed=4)
    alone = _net().train_step(x, y)
    for k in (2, 10, 100):
        copies = _net().train_step(np.repeat(x, k, 0), np.repeat(y, k, 0))
        for lt, one in zip(copies.layers, alone.layers):
            np.testing.assert_allclose(lt.example_grad_magnitude, one.example_grad_magnitude, rtol=1e-12)
            np.testing.assert_allclose(lt.node_grad_magnitude * k, one.node_grad_magnitude, rtol=1e-12)


# ----- point 3 and 5: clipping as clip_grad_norm_, the penalty after it ---------------------


def test_clipping_scales_by_clip_over_norm_plus_epsilon():
    net = _net(hidden=(LayerSpec(6, "tanh"),), opt=OptimizerSpec("sgd", 0.1, clip_norm=0.01))
    x, y = _batch(16, seed=1)
    t = net.train_step(x, y)
    assert t.clipped
    factor = 0.01 / (t.grad_norm + 1e-6)
    assert factor / (0.01 / t.grad_norm) < 1 - 1e-6  # the epsilon matters at this norm
    for lt in t.layers:
        # rtol: weight_update is W_after - W_before, which loses digits to cancellation.
        np.testing.assert_allclose(lt.weight_update, -0.1 * factor * lt.weight_grad, rtol=1e-9)


def test_the_penalty_gradient_is_added_after_clipping_and_not_in_the_clip_norm():
    opt = OptimizerSpec("sgd", 1.0, l1=0.02, l2=0.05, clip_norm=0.001)
    net = _net(opt=opt, init_scale=3.0)
    x, y = _batch(8, seed=2)
    ws = [lay.weights for lay in net.layers]
    t = net.train_step(x, y)
    assert t.clipped
    penalties = [0.02 * np.sign(w) + 0.05 * w for w in ws]
    loss_grads = [lt.weight_grad - p for lt, p in zip(t.layers, penalties)]
    norm = np.sqrt(sum((g**2).sum() + (lt.bias_grad**2).sum() for g, lt in zip(loss_grads, t.layers)))
    assert t.grad_norm == pytest.approx(norm, rel=1e-12)
    factor = 0.001 / (norm + 1e-6)
    for lt, g, p in zip(t.layers, loss_grads, penalties):
        np.testing.assert_allclose(lt.weight_update, -(factor * g + p), rtol=1e-9, atol=1e-15)
        np.testing.assert_allclose(lt.bias_update, -factor * lt.bias_grad, rtol=1e-9, atol=1e-15)


# ----- point 6: batch norm needs two examples ---------------------------------------------


def _bn_spec(inputs=2):
    return NetworkSpec(inputs=inputs, hidden=(LayerSpec(4, "relu", batch_norm=True),), seed=0)


def test_a_batch_of_one_with_batch_norm_is_refused_naming_the_batch_size():
    net = Network(_bn_spec(3))
    x, y = _batch(1)
    with pytest.raises(SpecError) as err:
        net.train_step(x, y)
    assert err.value.field == "batch_size" and "batch norm" in err.value.reason
    assert net.steps_done == 0
    net.train_step(*_batch(2))  # two examples are fine


def test_the_trainer_refuses_a_batch_of_one_with_batch_norm_at_start_and_live():
    data = make_dataset("circle", samples=40, seed=0)
    with pytest.raises(SpecError, match="batch_size"):
        Trainer(_bn_spec(), data, TrainSpec(batch_size=1))
    trainer = Trainer(_bn_spec(), data, TrainSpec(batch_size=4))
    with pytest.raises(SpecError, match="batch_size") as err:
        trainer.set_batch_size(1)
    assert err.value.field == "batch_size"
    assert trainer.train_spec.batch_size == 4  # the refused change did not happen
    trainer.step()
    no_bn = NetworkSpec(inputs=2, hidden=(LayerSpec(4),), seed=0)
    Trainer(no_bn, data, TrainSpec(batch_size=1)).step()  # without batch norm a batch of one is fine


def test_the_lesson_loader_refuses_a_batch_of_one_with_batch_norm():
    lesson = next(find_lesson(name) for name in lesson_names() if find_lesson(name).network["hidden"])
    bn = lesson.with_changes(network={"batch_norm": True}, training={"batch_size": 2})
    with pytest.raises(LessonError) as err:
        bn.with_changes(training={"batch_size": 1})
    assert err.value.field == "training.batch_size" and "batch norm" in err.value.reason


# ----- point 8: the public calls do what the page says ------------------------------------


def test_training_loss_without_masks_keeps_every_unit_unscaled():
    net = _net(hidden=(LayerSpec(5, "tanh", dropout=0.5), LayerSpec(4, "relu", dropout=1.0)))
    x, y = _batch(6)
    # No batch norm: evaluation mode computes the same forward pass as training mode without dropout.
    assert net.training_loss(x, y) == pytest.approx(net.evaluate_loss(x, y), rel=1e-14)


def test_train_step_leaves_the_callers_arrays_writable():
    net = _net(hidden=(LayerSpec(5, "tanh", dropout=0.5),))
    x, y = _batch(6)
    mask = np.ones((6, 5), bool)
    t = net.train_step(x, y, dropout_masks=[mask])
    assert x.flags.writeable and y.flags.writeable and mask.flags.writeable
    x[:] = 7.0  # a reused buffer: the trace keeps what the step saw
    assert not t.inputs.flags.writeable and not (t.inputs == 7.0).all()
    net.train_step(x, y, dropout_masks=[mask])


def test_a_mask_that_keeps_units_at_rate_one_is_refused():
    net = _net(hidden=(LayerSpec(5, "tanh", dropout=1.0),))
    x, y = _batch(4)
    with pytest.raises(SpecError, match=r"dropout_masks\[0\]"):
        net.train_step(x, y, dropout_masks=[np.ones((4, 5), bool)])
    t = net.train_step(x, y, dropout_masks=[np.zeros((4, 5), bool)])
    assert not t.layers[0].dropout_mask.any() and not t.layers[0].activation.any()
    assert not net.train_step(x, y).layers[0].dropout_mask.any()  # the drawn masks too


def test_a_frozen_batch_norm_layer_keeps_its_running_statistics():
    net = Network(NetworkSpec(inputs=3, hidden=(LayerSpec(4, "relu", batch_norm=True, frozen=True),), seed=0))
    before = net.get_batch_norm(0)
    t = net.train_step(*_batch(8))
    after = net.get_batch_norm(0)
    for key in before:
        np.testing.assert_array_equal(after[key], before[key])
    np.testing.assert_array_equal(t.layers[0].batch_norm.running_var, before["running_var"])
    net.set_frozen(0, False)
    net.train_step(*_batch(8))
    assert not np.array_equal(net.get_batch_norm(0)["running_mean"], before["running_mean"])


def test_errors_name_the_field():
    net = _net()
    with pytest.raises(SpecError) as err:
        net.set_weights(0, np.zeros((3, 5)), np.zeros(4))
    assert err.value.field == "layers[0].biases"
    for call in (lambda: net.get_batch_norm(0), lambda: net.set_batch_norm(0, gamma=np.ones(5))):
        with pytest.raises(SpecError, match="no batch normalization"):
            call()
    for bad in (3, -4, 1.0):
        with pytest.raises(SpecError) as err:
            net.get_weights(bad)
        assert err.value.field == "layer"
    assert net.get_weights(-1)[0].shape == (4, 1)


def test_weight_update_is_exactly_the_change_of_the_parameters():
    net = _net(hidden=(LayerSpec(5, "tanh", batch_norm=True),), opt=OptimizerSpec("adam", 0.037))
    for seed in range(3):
        before = [net.get_weights(i) for i in range(net.n_layers)]
        gamma = net.get_batch_norm(0)["gamma"]
        t = net.train_step(*_batch(8, seed=seed))
        for i, lt in enumerate(t.layers):
            w, b = net.get_weights(i)
            np.testing.assert_array_equal(lt.weight_update, w - before[i][0])
            np.testing.assert_array_equal(lt.bias_update, b - before[i][1])
        np.testing.assert_array_equal(t.layers[0].batch_norm.gamma_update, net.get_batch_norm(0)["gamma"] - gamma)
    assert net.steps_done == 3 and t.step == 2


def test_reinitialize_layer_draws_from_its_seed_and_penalty_matches_the_formula():
    a, b = _net(), _net(seed=9)
    a.reinitialize_layer(1, seed=5)
    b.reinitialize_layer(1, seed=5)
    np.testing.assert_array_equal(a.get_weights(1)[0], b.get_weights(1)[0])
    assert not np.array_equal(a.get_weights(0)[0], b.get_weights(0)[0])
    a.set_optimizer(OptimizerSpec("sgd", 0.1, l1=0.1, l2=0.2))
    ws = [a.get_weights(i)[0] for i in range(a.n_layers)]
    assert a.penalty() == pytest.approx(sum(0.1 * np.abs(w).sum() + 0.1 * (w * w).sum() for w in ws))
    outs = a.layer_outputs(_batch(4)[0])
    assert [o.shape for o in outs] == [(4, 5), (4, 4), (4, 1)]
