"""Every gradient the engine computes, checked against central finite differences."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec
from netviz.engine.activations import ACTIVATIONS

EPS = 1e-6


def _numeric_grad(net: Network, x, y, masks, layer: int, which: str) -> np.ndarray:
    """Central differences of the training loss (penalty included) for one parameter array."""
    lay = net.layers[layer]
    base = getattr(lay, which).copy()
    grad = np.zeros_like(base)
    for idx in np.ndindex(base.shape):
        for sign in (+1, -1):
            probe = base.copy()
            probe[idx] += sign * EPS
            setattr(lay, which, probe)
            grad[idx] += sign * net.training_loss(x, y, masks)
        grad[idx] /= 2 * EPS
    setattr(lay, which, base)
    return grad


def _numeric_input_grad(net: Network, x, y, masks) -> np.ndarray:
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        for sign in (+1, -1):
            probe = x.copy()
            probe[idx] += sign * EPS
            grad[idx] += sign * net.training_loss(probe, y, masks)
        grad[idx] /= 2 * EPS
    return grad


def _data(output: str, n_in=3, n_out=1, batch=5, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(batch, n_in))
    if output == "sigmoid":
        y = (rng.random((batch, n_out)) > 0.5).astype(float)
    elif output == "softmax":
        y = np.eye(n_out)[rng.integers(0, n_out, batch)]
    else:
        y = rng.normal(size=(batch, n_out))
    return x, y


def check_all_gradients(spec: NetworkSpec, optimizer: OptimizerSpec | None = None, masks=None, batch=5, seed=0):
    net = Network(spec, optimizer or OptimizerSpec(learning_rate=0.1))
    x, y = _data(spec.output, spec.inputs, spec.outputs, batch, seed)
    if masks is None:
        masks = [np.ones((batch, ls.units), dtype=bool) for ls in spec.hidden]
    # The numeric gradients are of the parameters as they are before the step.
    expected = {}
    for i, lay in enumerate(net.layers):
        expected[(i, "weights")] = _numeric_grad(net, x, y, masks, i, "weights")
        expected[(i, "biases")] = _numeric_grad(net, x, y, masks, i, "biases")
        if lay.batch_norm:
            expected[(i, "gamma")] = _numeric_grad(net, x, y, masks, i, "gamma")
            expected[(i, "beta")] = _numeric_grad(net, x, y, masks, i, "beta")
    # dL/dz of the first hidden layer, by the chain rule from dL/dx: dL/dx = dL/dlinear @ W^T.
    numeric_dx = _numeric_input_grad(net, x, y, masks)
    w0 = net.layers[0].weights.copy()
    loss_before = net.training_loss(x, y, masks)

    trace = net.train_step(x, y, dropout_masks=masks)
    assert trace.loss + trace.penalty == pytest.approx(loss_before, rel=1e-12, abs=1e-12)
    for (i, which), num in expected.items():
        lt = trace.layers[i]
        got = {"weights": lt.weight_grad, "biases": lt.bias_grad}.get(which)
        if which == "gamma":
            got = lt.batch_norm.gamma_grad
        if which == "beta":
            got = lt.batch_norm.beta_grad
        np.testing.assert_allclose(got, num, rtol=1e-5, atol=1e-8, err_msg=f"layer {i} {which}")
    first = trace.layers[0]
    if first.batch_norm is None:
        np.testing.assert_allclose(first.node_grad @ w0.T, numeric_dx, rtol=1e-5, atol=1e-8)
    else:  # the recorded dL/dlinear, per example, through batch norm's batch statistics
        np.testing.assert_allclose(first.batch_norm.linear_grad @ w0.T, numeric_dx, rtol=1e-5, atol=1e-8)
    for i, lt in enumerate(trace.layers):
        if lt.batch_norm is not None:
            np.testing.assert_allclose(lt.batch_norm.linear_grad.sum(axis=0), expected[(i, "biases")],
                                       rtol=1e-5, atol=1e-8)
    return net, trace


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("output,n_out", [("sigmoid", 1), ("softmax", 3), ("linear", 2)])
def test_gradients_every_activation_and_loss(activation, output, n_out):
    spec = NetworkSpec(
        inputs=3,
        hidden=(LayerSpec(4, activation), LayerSpec(3, activation)),
        outputs=n_out,
        output=output,
        init="normal",
        init_scale=0.8,
        bias_init=0.1,
        leaky_slope=0.05,
        seed=3,
    )
    check_all_gradients(spec)


def test_node_grad_is_dloss_dz_for_every_layer():
    # dL/dz of layer l equals (dL/dlinear of layer l+1) @ W^T * f'(z): check against the
    # numeric derivative with respect to a bias, which shifts z by the same amount.
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(3, "tanh"), LayerSpec(2, "elu")), outputs=1, seed=1)
    net = Network(spec)
    x, y = _data("sigmoid", 2, 1, 4, seed=2)
    masks = [np.ones((4, 3), bool), np.ones((4, 2), bool)]
    numeric_db = [_numeric_grad(net, x, y, masks, i, "biases") for i in range(3)]
    trace = net.train_step(x, y, dropout_masks=masks)
    for i, lt in enumerate(trace.layers):
        np.testing.assert_allclose(lt.node_grad.sum(axis=0), numeric_db[i], rtol=1e-5, atol=1e-9)


def test_gradients_with_fixed_dropout_mask():
    spec = NetworkSpec(
        inputs=3,
        hidden=(LayerSpec(5, "tanh", dropout=0.4), LayerSpec(4, "relu", dropout=0.5)),
        outputs=1,
        init="normal",
        bias_init=0.2,
        seed=5,
    )
    rng = np.random.default_rng(9)
    masks = [rng.random((6, 5)) > 0.4, rng.random((6, 4)) > 0.5]
    masks[0][:, 0] = False  # one unit dropped for the whole batch: no gradient may pass it
    net, trace = check_all_gradients(spec, masks=masks, batch=6)
    assert np.all(trace.layers[0].node_grad[:, 0] == 0.0)
    np.testing.assert_array_equal(trace.layers[0].dropout_mask, masks[0])


def test_gradients_through_batch_norm():
    spec = NetworkSpec(
        inputs=3,
        hidden=(LayerSpec(4, "tanh", batch_norm=True), LayerSpec(3, "sigmoid", batch_norm=True)),
        outputs=2,
        output="linear",
        init="normal",
        seed=7,
    )
    net, trace = check_all_gradients(spec, batch=8)
    bn = trace.layers[0].batch_norm
    np.testing.assert_allclose(bn.mean, bn.linear.mean(axis=0))
    np.testing.assert_allclose(bn.running_mean, 0.1 * bn.mean)


@pytest.mark.parametrize("l1,l2", [(0.01, 0.0), (0.0, 0.05), (0.02, 0.03)])
def test_gradients_with_regularization(l1, l2):
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(4, "sigmoid"),), outputs=1, init="normal", seed=11)
    net, trace = check_all_gradients(spec, OptimizerSpec(learning_rate=0.1, l1=l1, l2=l2))
    assert trace.penalty > 0


def test_gradients_of_deep_network_without_hidden_layers_too():
    check_all_gradients(NetworkSpec(inputs=4, hidden=(), outputs=3, output="softmax", seed=2))
    deep = tuple(LayerSpec(3, "leaky_relu") for _ in range(6))
    check_all_gradients(NetworkSpec(inputs=2, hidden=deep, outputs=1, init="he", bias_init=0.05, seed=4))
