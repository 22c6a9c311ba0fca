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


class TorchTwin:
    """The network rebuilt in torch from its current parameters, trained step by step with
    torch.optim and clip_grad_norm_; l2 is the weights' weight_decay, l1 is added to the
    weights' gradients after clipping (as the engine documents)."""

    ACTS = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "elu": torch.nn.functional.elu}

    def __init__(self, net: Network, opt: OptimizerSpec):
        self.net, self.opt_spec = net, opt
        self.layers = []
        for lay in net.layers:
            w = torch.tensor(np.array(lay.weights), dtype=torch.float64, requires_grad=True)
            b = torch.tensor(np.array(lay.biases), dtype=torch.float64, requires_grad=True)
            bn = None
            if lay.batch_norm:
                bn = torch.nn.BatchNorm1d(w.shape[1], eps=1e-5, momentum=0.1).double()
            self.layers.append((w, b, bn, lay.activation.name if lay.activation else None))
        self.weights = [w for w, _, _, _ in self.layers]
        self.others = [p for _, b, bn, _ in self.layers for p in [b] + (list(bn.parameters()) if bn else [])]
        groups = [{"params": self.weights, "weight_decay": opt.l2}, {"params": self.others, "weight_decay": 0.0}]
        if opt.kind == "adam":
            self.opt = torch.optim.Adam(groups, lr=opt.learning_rate)
        else:
            self.opt = torch.optim.SGD(groups, lr=opt.learning_rate,
                                       momentum=opt.momentum if opt.kind == "momentum" else 0.0)

    def step(self, x, y) -> float:
        a = torch.tensor(x)
        for w, b, bn, act in self.layers:
            z = a @ w + b
            if bn is not None:
                z = bn(z)
            a = z if act is None else self.ACTS[act](z)
        target = torch.tensor(y)
        kind = self.net.spec.output
        if kind == "softmax":
            loss = torch.nn.functional.cross_entropy(a, target.argmax(dim=1))
        elif kind == "sigmoid":
            loss = torch.nn.functional.binary_cross_entropy_with_logits(a, target)
        else:
            loss = torch.nn.functional.mse_loss(a, target)
        self.opt.zero_grad()
        loss.backward()
        norm = None
        if self.opt_spec.clip_norm is not None:
            norm = float(torch.nn.utils.clip_grad_norm_(self.weights + self.others, self.opt_spec.clip_norm))
        if self.opt_spec.l1:
            with torch.no_grad():
                for w in self.weights:
                    w.grad += self.opt_spec.l1 * torch.sign(w)
        self.opt.step()
        return norm

    def assert_same(self):
        for lay, (w, b, bn, _) in zip(self.net.layers, self.layers):
            np.testing.assert_allclose(lay.weights, w.detach().numpy(), rtol=1e-9, atol=1e-13)
            # Before batch norm a bias has no effect: its true gradient is 0 and both hold
            # rounding noise (~1e-17), which Adam's g / (|g| + eps) turns into ~1e-11 steps.
            np.testing.assert_allclose(lay.biases, b.detach().numpy(), rtol=1e-9, atol=1e-9 if bn else 1e-13)
            if bn is not None:
                np.testing.assert_allclose(lay.gamma, bn.weight.detach().numpy(), rtol=1e-9, atol=1e-13)
                np.testing.assert_allclose(lay.beta, bn.bias.detach().numpy(), rtol=1e-9, atol=1e-13)
                # The running mean holds the bias.
                np.testing.assert_allclose(lay.running_mean, bn.running_mean.numpy(), rtol=1e-9, atol=1e-9)
                np.testing.assert_allclose(lay.running_var, bn.running_var.numpy(), rtol=1e-9, atol=1e-13)


def _three_steps(spec: NetworkSpec, opt: OptimizerSpec, batch: int, seed: int = 0):
    net = Network(spec, opt)
    twin = TorchTwin(net, opt)
    rng = np.random.default_rng(seed)
    clipped = []
    for _ in range(3):
        x = rng.normal(size=(batch, spec.inputs))
        if spec.output == "softmax":
            y = np.eye(spec.outputs)[rng.integers(0, spec.outputs, batch)]
        else:
            y = (rng.random((batch, spec.outputs)) > 0.5).astype(float)
        norm = twin.step(x, y)
        trace = net.train_step(x, y)
        if norm is not None:
            assert trace.grad_norm == pytest.approx(norm, rel=1e-10)
        clipped.append(trace.clipped)
        twin.assert_same()
    return clipped


@pytest.mark.parametrize("kind", ["sgd", "momentum", "adam"])
def test_clipping_matches_clip_grad_norm(kind):
    """Issue 10's reproduction: 3 -> [6 tanh] -> 1 sigmoid, batch 16, clip 0.01 (norm ~0.08)."""
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(6, "tanh"),), outputs=1, seed=1)
    assert all(_three_steps(spec, OptimizerSpec(kind, 0.1 if kind != "adam" else 0.01, clip_norm=0.01), 16))


@pytest.mark.parametrize("kind", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("l1,l2", [(0.0, 0.05), (0.03, 0.0), (0.03, 0.05)])
def test_penalty_with_clipping_matches_weight_decay_after_clip_grad_norm(kind, l1, l2):
    """Issue 10's reproduction: 3 -> [5 elu+bn, 4 sigmoid] -> 3 softmax, l2 0.05, clip 0.05."""
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(5, "elu", batch_norm=True), LayerSpec(4, "sigmoid")),
                       outputs=3, output="softmax", init="he", seed=2)
    opt = OptimizerSpec(kind, 0.1 if kind != "adam" else 0.01, l1=l1, l2=l2, clip_norm=0.05)
    assert any(_three_steps(spec, opt, 8, seed=5))


def test_batch_norm_three_steps_match_pytorch_without_clipping():
    spec = NetworkSpec(inputs=3, hidden=(LayerSpec(5, "relu", batch_norm=True), LayerSpec(4, "tanh", batch_norm=True)),
                       outputs=2, output="sigmoid", seed=6)
    assert not any(_three_steps(spec, OptimizerSpec("adam", 0.01, l2=0.01), 7))
