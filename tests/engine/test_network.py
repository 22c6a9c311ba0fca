"""The training step: optimizers, freezing, clipping, dropout, batch norm, divergence, determinism."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec, SpecError


def small_spec(**kw):
    base = dict(inputs=2, hidden=(LayerSpec(4, "tanh"), LayerSpec(3, "relu")), outputs=1, seed=0, bias_init=0.1)
    base.update(kw)
    return NetworkSpec(**base)


def batch(n=6, seed=1, n_in=2):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, n_in)), (rng.random((n, 1)) > 0.5).astype(float)


def test_sgd_update_is_minus_lr_times_gradient():
    net = Network(small_spec(), OptimizerSpec("sgd", learning_rate=0.3))
    x, y = batch()
    w_before = [lay.weights.copy() for lay in net.layers]
    t = net.train_step(x, y)
    for lt, w0, lay in zip(t.layers, w_before, net.layers):
        np.testing.assert_allclose(lt.weight_update, -0.3 * lt.weight_grad)
        np.testing.assert_allclose(lay.weights, w0 + lt.weight_update)
        np.testing.assert_array_equal(lt.weights, w0)


def test_momentum_and_adam_follow_their_rules():
    x, y = batch()
    net = Network(small_spec(), OptimizerSpec("momentum", learning_rate=0.1, momentum=0.9))
    t1, t2 = net.train_step(x, y), net.train_step(x, y)
    g1, g2 = t1.layers[0].weight_grad, t2.layers[0].weight_grad
    np.testing.assert_allclose(t2.layers[0].weight_update, -0.1 * (0.9 * g1 + g2))

    net = Network(small_spec(), OptimizerSpec("adam", learning_rate=0.01))
    t1, t2 = net.train_step(x, y), net.train_step(x, y)
    g1, g2 = t1.layers[0].weight_grad, t2.layers[0].weight_grad
    np.testing.assert_allclose(t1.layers[0].weight_update, -0.01 * g1 / (np.abs(g1) + 1e-8))
    m = 0.9 * 0.1 * g1 + 0.1 * g2
    v = 0.999 * 0.001 * g1**2 + 0.001 * g2**2
    expected = -0.01 * (m / (1 - 0.9**2)) / (np.sqrt(v / (1 - 0.999**2)) + 1e-8)
    np.testing.assert_allclose(t2.layers[0].weight_update, expected)


def test_frozen_layer_shows_gradient_but_does_not_move():
    spec = small_spec(hidden=(LayerSpec(4, "tanh", frozen=True), LayerSpec(3, "relu")))
    net = Network(spec, OptimizerSpec("adam", learning_rate=0.1))
    x, y = batch()
    w0 = net.layers[0].weights.copy()
    for _ in range(5):
        t = net.train_step(x, y)
        assert t.layers[0].frozen and np.any(t.layers[0].weight_grad != 0)
        assert np.all(t.layers[0].weight_update == 0) and np.any(t.layers[1].weight_update != 0)
    np.testing.assert_array_equal(net.layers[0].weights, w0)


def test_clipping_scales_the_update_to_the_norm():
    net = Network(small_spec(init="normal", init_scale=3.0), OptimizerSpec("sgd", learning_rate=1.0, clip_norm=0.01))
    x, y = batch()
    t = net.train_step(x, y)
    assert t.clipped and t.grad_norm > 0.01
    total = np.sqrt(sum((lt.weight_update**2).sum() + (lt.bias_update**2).sum() for lt in t.layers))
    assert total == pytest.approx(0.01)
    # The trace keeps the true gradient, not the clipped one.
    assert np.sqrt(sum(lt.grad_norm**2 for lt in t.layers)) == pytest.approx(t.grad_norm)


def test_divergence_is_flagged_and_leaves_weights_untouched():
    net = Network(small_spec(output="linear"), OptimizerSpec("sgd", learning_rate=0.1))
    x, _ = batch()
    y = np.full((6, 1), 1e300)
    w0 = [lay.weights for lay in net.layers]
    t = net.train_step(x, y)
    assert t.diverged and not np.isfinite(t.loss)
    for lt in t.layers:
        assert np.all(lt.weight_update == 0)
    assert all(lay.weights is w for lay, w in zip(net.layers, w0))


def test_dropout_rate_one_drops_everything_without_nan():
    spec = small_spec(hidden=(LayerSpec(4, "relu", dropout=1.0), LayerSpec(3, "relu", dropout=1.0)))
    net = Network(spec, OptimizerSpec("sgd", learning_rate=0.5))
    x, y = batch()
    for _ in range(3):
        t = net.train_step(x, y)
        assert not t.diverged
        for lt in t.hidden:
            assert not lt.dropout_mask.any() and np.all(lt.activation == 0) and np.all(lt.weight_grad == 0)
    # Evaluation drops nothing.
    assert np.any(net.predict(x) != net.predict(np.zeros_like(x)))


def test_inverted_dropout_scales_kept_units():
    spec = small_spec(hidden=(LayerSpec(5, "sigmoid", dropout=0.4), LayerSpec(3, "relu")))
    net = Network(spec)
    x, y = batch(8)
    masks = [np.random.default_rng(0).random((8, 5)) > 0.4, np.ones((8, 3), bool)]
    t = net.train_step(x, y, dropout_masks=masks)
    lt = t.layers[0]
    from netviz.engine.activations import sigmoid
    np.testing.assert_allclose(lt.activation, sigmoid(lt.pre_activation) * masks[0] / 0.6)


def test_bad_masks_and_shapes_are_named():
    net = Network(small_spec())
    x, y = batch()
    with pytest.raises(SpecError, match=r"dropout_masks\[0\]: this layer's dropout rate is 0"):
        net.train_step(x, y, dropout_masks=[np.zeros((6, 4), bool), np.ones((6, 3), bool)])
    with pytest.raises(SpecError, match=r"dropout_masks\[1\]: shape"):
        net.train_step(x, y, dropout_masks=[np.ones((6, 4), bool), np.ones((6, 2), bool)])
    with pytest.raises(SpecError, match=r"^x: shape must be \(B, 2\)"):
        net.train_step(np.ones((6, 3)), y)
    with pytest.raises(SpecError, match=r"^layers\[0\].weights: shape"):
        net.set_weights(0, np.ones((3, 4)), np.ones(4))


def test_dead_units_are_relu_units_silent_on_every_example():
    net = Network(small_spec(hidden=(LayerSpec(3, "relu"), LayerSpec(2, "sigmoid"))))
    net.set_weights(0, np.array([[1.0, -1.0, 0.5], [0.0, 0.0, 0.5]]), np.array([0.0, -10.0, 0.0]))
    x = np.array([[1.0, 0.0], [2.0, 1.0], [-1.0, -1.0]])
    y = np.ones((3, 1))
    t = net.train_step(x, y, dead_scan_x=x)
    np.testing.assert_array_equal(t.layers[0].dead_units, [False, True, False])
    assert not t.layers[1].dead_units.any()  # sigmoid units never count as dead
    assert t.dead_scan_size == 3
    assert np.all(t.layers[0].node_grad[:, 1] == 0)  # and no gradient passes a dead unit


def test_batch_norm_eval_uses_running_statistics():
    spec = small_spec(hidden=(LayerSpec(4, "relu", batch_norm=True),), output="linear")
    net = Network(spec)
    x, _ = batch(16)
    y = np.ones((16, 1))
    for _ in range(30):
        t = net.train_step(x, y)
    bn = net.get_batch_norm(0)
    np.testing.assert_allclose(bn["running_mean"], t.layers[0].batch_norm.running_mean)
    lin = x @ net.layers[0].weights + net.layers[0].biases
    z = bn["gamma"] * (lin - bn["running_mean"]) / np.sqrt(bn["running_var"] + 1e-5) + bn["beta"]
    out = np.maximum(z, 0) @ net.layers[1].weights + net.layers[1].biases
    np.testing.assert_allclose(net.predict(x), out)


def test_same_seed_same_everything_and_traces_are_read_only():
    spec = small_spec(hidden=(LayerSpec(4, "relu", dropout=0.5), LayerSpec(3, "tanh", dropout=0.3)))
    x, y = batch(8)
    a, b = Network(spec), Network(spec)
    for _ in range(3):
        ta, tb = a.train_step(x, y), b.train_step(x, y)
        for la, lb in zip(ta.layers, tb.layers):
            for field in ("weights", "dropout_mask", "node_grad", "weight_update"):
                np.testing.assert_array_equal(getattr(la, field), getattr(lb, field))
    with pytest.raises(ValueError):
        ta.layers[0].weights[0, 0] = 1.0
    with pytest.raises(ValueError):
        ta.layers[0].node_grad[0, 0] = 1.0
    assert not np.array_equal(Network(NetworkSpec(**{**spec.__dict__, "seed": 1})).layers[0].weights,
                              Network(spec).layers[0].weights)


def test_float32_network_stays_float32():
    net = Network(small_spec(dtype="float32"))
    x, y = batch()
    t = net.train_step(x, y)
    assert t.layers[0].node_grad.dtype == np.float32 and net.layers[0].weights.dtype == np.float32


@pytest.mark.parametrize(
    "kw, field",
    [
        (dict(inputs=0), "inputs"),
        (dict(hidden=(LayerSpec(5000),)), "hidden[0].units"),
        (dict(hidden=(LayerSpec(4, dropout=-0.1),)), "hidden[0].dropout"),
        (dict(output="softmax", outputs=1), "outputs"),
        (dict(init="zeros"), "init"),
        (dict(init_scale=0.0), "init_scale"),
        (dict(dtype="float16"), "dtype"),
    ],
)
def test_impossible_network_settings_name_the_field(kw, field):
    with pytest.raises(SpecError) as info:
        small_spec(**kw)
    assert info.value.field == field


def test_impossible_optimizer_settings_name_the_field():
    for kw, field in [(dict(learning_rate=0), "learning_rate"), (dict(momentum=1.0), "momentum"),
                      (dict(kind="lbfgs"), "optimizer"), (dict(clip_norm=-1.0), "clip_norm"),
                      (dict(l2=float("nan")), "l2")]:
        with pytest.raises(SpecError) as info:
            OptimizerSpec(**kw)
        assert info.value.field == field


def test_layer_outputs_and_set_dropout():
    net = Network(small_spec())
    x, y = batch()
    outs = net.layer_outputs(x)
    assert [o.shape for o in outs] == [(6, 4), (6, 3), (6, 1)]
    np.testing.assert_allclose(outs[-1], net.predict(x))
    net.set_dropout(1, 1.0)
    t = net.train_step(x, y)
    assert not t.layers[1].dropout_mask.any() and t.layers[1].dropout_rate == 1.0
    with pytest.raises(SpecError, match=r"hidden\[0\].dropout"):
        net.set_dropout(0, 1.5)
    with pytest.raises(SpecError, match="layer"):
        net.set_dropout(2, 0.5)  # the output layer has no dropout


def test_float32_network_with_dropout_stays_float32():
    spec = small_spec(dtype="float32", hidden=(LayerSpec(4, "relu", dropout=0.5), LayerSpec(3, "tanh")))
    net = Network(spec)
    x, y = batch(8)
    for _ in range(2):
        t = net.train_step(x, y)
    assert t.layers[0].activation.dtype == np.float32 and t.layers[1].node_grad.dtype == np.float32
    assert all(lay.weights.dtype == np.float32 for lay in net.layers)


def test_the_masks_of_many_steps_at_once_are_those_of_each_step_in_turn():
    """``dropout_masks_of_steps`` (a fused call's masks, one draw) against the masks that
    many steps draw one by one: the same masks, and the stream left at the same place."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(5, "relu", dropout=0.3), LayerSpec(3, "relu"),
                                         LayerSpec(4, "tanh", dropout=1.0), LayerSpec(2, "relu", dropout=0.6)),
                       outputs=1, seed=9)
    at_once, in_turn = Network(spec), Network(spec)
    in_turn.draw_dropout_masks(7)  # both streams moved on by an earlier step first
    at_once.draw_dropout_masks(7)
    masks = at_once.dropout_masks_of_steps(6, 7)
    for step in range(6):
        expected = in_turn.draw_dropout_masks(7)
        for layer, (got, want) in enumerate(zip(masks, expected)):
            if got is None:
                assert layer == 1 and want.all()
            else:
                assert got.shape == (6, 7, want.shape[1]) and np.array_equal(got[step], want)
    assert at_once.random_state() == in_turn.random_state()
    assert masks[0] is not None and 0 < masks[0].mean() < 1 and masks[2] is not None and not masks[2].any()
