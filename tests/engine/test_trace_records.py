"""What the trace records for the animation: per-example loss terms, activation parameters
and batch norm's intermediates, each checked against the maths it stands for."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec
from netviz.engine.activations import ACTIVATIONS, PARAMETERS, make_activation
from netviz.engine.losses import example_losses, loss_from_terms, loss_terms

EPS = 1e-6


def _batch(output: str, n_out: int, batch: int = 6, seed: int = 0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(batch, 3))
    if output == "sigmoid":
        y = (rng.random((batch, n_out)) > 0.5).astype(float)
    elif output == "softmax":
        y = np.eye(n_out)[rng.integers(0, n_out, batch)]
    else:
        y = rng.normal(size=(batch, n_out))
    return x, y


@pytest.mark.parametrize("output,n_out", [("sigmoid", 2), ("softmax", 3), ("linear", 2)])
def test_example_losses_differentiate_to_the_output_gradient(output, n_out):
    """Each example's own loss, by central differences in its output z, divided by B (the
    loss is their mean), is that example's dL/dz: so the per-example numbers the captions
    show are the very terms the gradient comes from."""
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(4, "tanh"),), outputs=n_out, output=output, init="normal", seed=2)
    x, y = _batch(output, n_out)
    trace = Network(spec, OptimizerSpec(learning_rate=0.1)).train_step(x, y)
    out = trace.layers[-1]
    z = np.array(out.pre_activation)
    np.testing.assert_array_equal(trace.loss_terms, loss_terms(output, z, y))
    assert trace.loss == loss_from_terms(output, trace.loss_terms)
    assert trace.example_losses.mean() == pytest.approx(trace.loss, rel=1e-12)
    batch = z.shape[0]
    for b in range(batch):
        for k in range(n_out):
            probes = []
            for sign in (+1, -1):
                probe = z.copy()
                probe[b, k] += sign * EPS
                probes.append(example_losses(output, loss_terms(output, probe, y))[b])
            numeric = (probes[0] - probes[1]) / (2 * EPS) / batch
            assert out.node_grad[b, k] == pytest.approx(numeric, rel=1e-5, abs=1e-9), (b, k)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_activation_parameter_rebuilds_the_engines_function(activation):
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(5, activation),), outputs=1, init="normal",
                       leaky_slope=0.07, elu_alpha=0.6, seed=1)
    x, y = _batch("sigmoid", 1)
    trace = Network(spec).train_step(x, y)
    hidden, out = trace.layers
    expected = {"leaky_relu": 0.07, "elu": 0.6}.get(activation)
    assert hidden.activation_parameter == expected and out.activation_parameter is None
    assert (activation in PARAMETERS) == (expected is not None)
    f = make_activation(hidden.activation_name, hidden.activation_parameter)
    np.testing.assert_array_equal(f.forward(hidden.pre_activation), hidden.activation)


def test_a_parametrized_activation_needs_its_parameter():
    with pytest.raises(ValueError, match="leaky_slope"):
        make_activation("leaky_relu")


def test_batch_norm_intermediates_are_the_normalization():
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(4, "relu", batch_norm=True),), outputs=1, init="normal", seed=4)
    x, y = _batch("sigmoid", 1, batch=8)
    trace = Network(spec).train_step(x, y)
    lt = trace.layers[0]
    bn = lt.batch_norm
    np.testing.assert_allclose(bn.inv_std, 1.0 / np.sqrt(bn.var + 1e-5), rtol=1e-12)
    np.testing.assert_allclose(bn.normalized, (bn.linear - bn.mean) * bn.inv_std, rtol=1e-12)
    np.testing.assert_allclose(bn.gamma * bn.normalized + bn.beta, lt.pre_activation, rtol=1e-12)
    np.testing.assert_allclose(trace.inputs.T @ bn.linear_grad, lt.weight_grad, rtol=1e-12)
    for arr in (bn.normalized, bn.inv_std, bn.linear_grad, trace.loss_terms):
        assert not arr.flags.writeable
