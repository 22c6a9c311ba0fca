"""The same step in PyTorch as an oracle, when PyTorch is installed (it is optional)."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec

torch = pytest.importorskip("torch")


def torch_step(net: Network, x, y, masks, opt_spec: OptimizerSpec):
    """Build the same network in torch from net's weights, run one step, return grads and new weights."""
    torch.manual_seed(0)
    weights, others, layers = [], [], []
    for lay in net.layers:
        w = torch.tensor(np.array(lay.weights), dtype=torch.float64, requires_grad=True)
        b = torch.tensor(np.array(lay.biases), dtype=torch.float64, requires_grad=True)
        bn = None
        if lay.batch_norm:
            bn = torch.nn.BatchNorm1d(w.shape[1], eps=1e-5, momentum=0.1).double()
        layers.append((w, b, bn, lay))
        weights.append(w)
        others += [b] + (list(bn.parameters()) if bn else [])
    # netviz's L2 penalty covers weights only, so only they get torch's weight decay.
    groups = [{"params": weights, "weight_decay": opt_spec.l2}, {"params": others, "weight_decay": 0.0}]
    if opt_spec.kind == "adam":
        opt = torch.optim.Adam(groups, lr=opt_spec.learning_rate)
    else:
        opt = torch.optim.SGD(groups, lr=opt_spec.learning_rate,
                              momentum=opt_spec.momentum if opt_spec.kind == "momentum" else 0.0)
    a = torch.tensor(x)
    acts = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "linear": lambda t: t,
            "elu": torch.nn.functional.elu,
            "leaky_relu": lambda t: torch.nn.functional.leaky_relu(t, net.spec.leaky_slope)}
    for i, (w, b, bn, lay) in enumerate(layers):
        z = a @ w + b
        if bn is not None:
            z = bn(z)
        if lay.activation is None:
            a = z
        else:
            a = acts[lay.activation.name](z)
            if lay.dropout > 0:
                a = a * torch.tensor(masks[i], dtype=torch.float64) / (1 - lay.dropout)
    target = torch.tensor(y)
    if net.spec.output == "softmax":
        loss = torch.nn.functional.cross_entropy(a, target.argmax(dim=1))
    elif net.spec.output == "sigmoid":
        loss = torch.nn.functional.binary_cross_entropy_with_logits(a, target)
    else:
        loss = torch.nn.functional.mse_loss(a, target)
    opt.zero_grad()
    loss.backward()
    # torch adds weight decay inside the optimizer; netviz's dL/dW includes the penalty's gradient.
    grads = [(w.grad.numpy() + opt_spec.l2 * w.detach().numpy(), b.grad.numpy().copy()) for w, b, _, _ in layers]
    opt.step()
    return float(loss.detach()), grads, [(w.detach().numpy(), b.detach().numpy()) for w, b, _, _ in layers]


@pytest.mark.parametrize("output,n_out", [("sigmoid", 1), ("softmax", 3), ("linear", 2)])
@pytest.mark.parametrize("opt", [OptimizerSpec("sgd", 0.1), OptimizerSpec("momentum", 0.1, l2=0.01),
                                 OptimizerSpec("adam", 0.01)])
def test_one_step_matches_pytorch(output, n_out, opt):
    spec = NetworkSpec(
        inputs=3,
        hidden=(LayerSpec(5, "relu", dropout=0.3), LayerSpec(4, "tanh", batch_norm=True), LayerSpec(4, "leaky_relu")),
        outputs=n_out, output=output, init="he", bias_init=0.05, seed=4,
    )
    net = Network(spec, opt)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(7, 3))
    y = np.eye(n_out)[rng.integers(0, n_out, 7)] if output == "softmax" else (
        (rng.random((7, n_out)) > 0.5).astype(float) if output == "sigmoid" else rng.normal(size=(7, n_out)))
    masks = [rng.random((7, 5)) > 0.3, np.ones((7, 4), bool), np.ones((7, 4), bool)]
    loss, grads, new_weights = torch_step(net, x, y, masks, opt)
    trace = net.train_step(x, y, dropout_masks=masks)
    assert trace.loss == pytest.approx(loss, rel=1e-10)
    for lt, (gw, gb), (w, b), lay in zip(trace.layers, grads, new_weights, net.layers):
        np.testing.assert_allclose(lt.weight_grad, gw, rtol=1e-8, atol=1e-12)
        np.testing.assert_allclose(lt.bias_grad, gb, rtol=1e-8, atol=1e-12)
        np.testing.assert_allclose(lay.weights, w, rtol=1e-8, atol=1e-12)
        np.testing.assert_allclose(lay.biases, b, rtol=1e-8, atol=1e-12)


def test_adam_after_unfreezing_matches_pytorch():
    """The transfer lesson's fine-tune fix: a layer frozen for two steps, then trained.
    PyTorch's Adam starts a parameter's bias correction at its first update (t = 1)."""
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "tanh", frozen=True), LayerSpec(3, "relu")), outputs=1, seed=7)
    net = Network(spec, OptimizerSpec("adam", 0.01))
    params = [torch.tensor(np.array(p), dtype=torch.float64, requires_grad=True)
              for lay in net.layers for p in (lay.weights, lay.biases)]
    opt = torch.optim.Adam(params, lr=0.01)
    rng = np.random.default_rng(3)
    for step in range(4):
        if step == 2:
            net.set_frozen(0, False)
        frozen = step < 2
        x, y = rng.normal(size=(6, 2)), (rng.random((6, 1)) > 0.5).astype(float)
        a = torch.tensor(x)
        for i in range(3):
            z = a @ params[2 * i] + params[2 * i + 1]
            a = z if i == 2 else (torch.tanh(z) if i == 0 else torch.relu(z))
        loss = torch.nn.functional.binary_cross_entropy_with_logits(a, torch.tensor(y))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        if frozen:  # a frozen parameter has no gradient, so Adam leaves it (and its step count) alone
            params[0].grad = params[1].grad = None
        opt.step()
        net.train_step(x, y)
        for lay, (w, b) in zip(net.layers, zip(params[::2], params[1::2])):
            np.testing.assert_allclose(lay.weights, w.detach().numpy(), rtol=1e-9, atol=1e-13)
            np.testing.assert_allclose(lay.biases, b.detach().numpy(), rtol=1e-9, atol=1e-13)
