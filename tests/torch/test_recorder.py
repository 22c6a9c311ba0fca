"""The recorder's behaviour: what it records, when, what it refuses, and that it changes nothing."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402

import netviz.torch as nt  # noqa: E402


def _mlp(dtype=torch.float32, inplace=False) -> nn.Sequential:
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(4, 8, dtype=dtype), nn.BatchNorm1d(8, dtype=dtype), nn.ReLU(inplace=inplace),
                         nn.Dropout(0.5, inplace=inplace), nn.Linear(8, 6, dtype=dtype), nn.Tanh(),
                         nn.Linear(6, 3, dtype=dtype))


def _train(model: nn.Module, steps: int, rec: nt.Recorder | None = None, seed: int = 0) -> list[float]:
    """Cross-entropy steps with Adam on seeded batches; the losses."""
    torch.manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()
    losses = []
    for _ in range(steps):
        x = torch.randn(16, 4, dtype=next(model.parameters()).dtype)
        y = torch.randint(0, 3, (16,))
        if rec is None:
            loss = loss_fn(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            with rec.step(x, y):
                loss = loss_fn(model(x), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
        losses.append(loss.item())
    return losses


def test_watching_changes_nothing_in_training():
    """The same seed gives the same run watched or not: the dropout masks the bridge reads
    are the very ones PyTorch draws, and no random number is taken besides."""
    plain, watched = _mlp(), _mlp()
    losses = _train(plain, 6)
    rec = nt.watch(watched, "cross_entropy", every=2)
    assert _train(watched, 6, rec) == losses
    for a, b in zip(plain.state_dict().values(), watched.state_dict().values()):
        assert torch.equal(a, b)
    assert [t.step for t in rec.traces] == [0, 2, 4]


def test_a_recorded_step_shows_what_pytorch_computed():
    model = _mlp()
    rec = nt.watch(model, nn.CrossEntropyLoss(), every=1)
    seen = []
    rec.on_trace(seen.append)
    losses = _train(model, 2, rec)
    trace = rec.traces[-1]
    assert seen == list(rec.traces)
    assert trace.loss == pytest.approx(losses[-1], rel=1e-6)  # float32 model, float64 trace
    assert [lt.name for lt in trace.layers] == ["hidden 1", "hidden 2", "output"]
    assert [lt.activation_name for lt in trace.layers] == ["relu", "tanh", "softmax"]
    assert trace.targets.shape == (16, 3) and np.array_equal(trace.targets.sum(axis=1), np.ones(16))
    hidden = trace.layers[0]
    assert hidden.pre_activation.dtype == np.float64 and hidden.weights.shape == (4, 8)
    kept = hidden.dropout_mask
    assert 0 < kept.sum() < kept.size and hidden.dropout_rate == 0.5
    # A dropped unit passes nothing on; a kept one passes relu(z) / (1 - p).
    expected = np.maximum(hidden.pre_activation, 0) * kept / 0.5
    np.testing.assert_allclose(hidden.activation, expected, rtol=1e-6, atol=1e-7)
    assert hidden.batch_norm is not None
    np.testing.assert_allclose(hidden.batch_norm.running_mean, model[1].running_mean.numpy(), rtol=1e-6)
    np.testing.assert_allclose(trace.predictions.sum(axis=1), 1.0)
    assert trace.learning_rate != trace.learning_rate  # no optimizer given: NaN, not a guess


def test_in_place_modules_are_watched_and_restored():
    model = _mlp(inplace=True)
    rec = nt.watch(model, "ce")
    _train(model, 2, rec)
    assert model[2].inplace and model[3].inplace
    assert "forward" not in vars(model[3])  # the mask-reading forward is gone again
    assert not any(m._forward_hooks for m in model.modules())
    assert len(rec.traces) == 2 and rec.traces[0].layers[0].node_grad.any()


def test_a_failing_step_records_nothing_and_leaves_no_hook():
    model = _mlp()
    rec = nt.watch(model, "ce")
    with pytest.raises(RuntimeError, match="boom"), rec.step(torch.randn(4, 4), torch.zeros(4, dtype=torch.long)):
        model(torch.randn(4, 4))
        raise RuntimeError("boom")
    assert not rec.traces
    assert not any(m._forward_hooks for m in model.modules()) and "forward" not in vars(model[3])


def test_a_step_without_backward_is_an_error_naming_it():
    model = _mlp()
    rec = nt.watch(model, "ce")
    with pytest.raises(nt.WatchError, match="backward"):
        with rec.step(torch.randn(4, 4), torch.zeros(4, dtype=torch.long)):
            model(torch.randn(4, 4))


def test_unrecorded_steps_install_nothing():
    model = _mlp()
    rec = nt.watch(model, "ce", every=5, keep=2)
    x, y = torch.randn(4, 4), torch.zeros(4, dtype=torch.long)
    for i in range(12):
        with rec.step(x, y) as recorded:
            assert recorded == (i % 5 == 0)
            if not recorded:
                assert not any(m._forward_hooks for m in model.modules())
            nn.functional.cross_entropy(model(x), y).backward()
    assert [t.step for t in rec.traces] == [5, 10]  # keep=2: the latest two
    rec.close()
    with pytest.raises(nt.WatchError, match="closed"), rec.step(x, y):
        pass


def test_a_linear_without_bias_and_a_frozen_layer():
    model = nn.Sequential(nn.Linear(3, 4, bias=False), nn.BatchNorm1d(4), nn.ELU(0.5), nn.Linear(4, 1))
    model[0].requires_grad_(False)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    rec = nt.watch(model, "mse", optimizer=opt)
    x, y = torch.randn(6, 3), torch.randn(6)
    with rec.step(x, y):
        nn.functional.mse_loss(model(x)[:, 0], y).backward()
        opt.step()
    first = rec.traces[0].layers[0]
    assert not first.biases.any() and not first.bias_update.any() and not first.weight_update.any()
    assert first.frozen and first.weight_grad.any() and first.activation_parameter == 0.5
    assert rec.traces[0].learning_rate == 0.1 and rec.traces[0].targets.shape == (6, 1)


# Conv1d, Conv2d and Embedding are drawn as summary layers (tests/torch/test_summary_layers.py),
# but only before the first Linear; attention is not drawn at all.
@pytest.mark.parametrize("module,name,why", [
    (nn.Conv1d(1, 1, 3), "Conv1d", "after a Linear layer is not shown yet"),
    (nn.Embedding(5, 4), "Embedding", "after a Linear layer is not shown yet"),
    (nn.MultiheadAttention(4, 2), "MultiheadAttention", "attention, recurrent layers.*not drawn yet")])
def test_layers_not_drawn_per_unit_are_refused_by_name(module, name, why):
    model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), module, nn.Linear(4, 1))
    with pytest.raises(nt.WatchError, match=rf"^2 \({name}\): .*{why}"):
        nt.watch(model)


@pytest.mark.parametrize("modules,why", [
    ([nn.Linear(2, 3), nn.ReLU(), nn.BatchNorm1d(3), nn.Linear(3, 1)], "then BatchNorm1d, then its activation"),
    ([nn.Linear(2, 3), nn.Dropout(0.1), nn.ReLU(), nn.Linear(3, 1)], "then Dropout"),
    ([nn.ReLU(), nn.Linear(2, 1)], "must start with a Linear"),
    ([nn.Linear(2, 1), nn.Sigmoid()], "must end with its output Linear"),
    ([nn.Linear(2, 3), nn.BatchNorm1d(4), nn.Linear(3, 1)], "4 features, its Linear 3"),
])
def test_layer_orders_netviz_does_not_compute_are_refused(modules, why):
    with pytest.raises(nt.WatchError, match=why):
        nt.watch(nn.Sequential(*modules))


@pytest.mark.parametrize("loss,why", [
    (nn.BCEWithLogitsLoss(pos_weight=torch.ones(1)), "pos_weight"),
    (nn.CrossEntropyLoss(label_smoothing=0.1), "label_smoothing"),
    (nn.MSELoss(reduction="sum"), "reduction"),
    (nn.L1Loss(), "L1Loss is not one netviz shows"),
    ("hinge", "unknown 'hinge'"),
])
def test_losses_netviz_does_not_compute_are_refused(loss, why):
    with pytest.raises(nt.WatchError, match=why):
        nt.watch(nn.Sequential(nn.Linear(2, 1)), loss)


def test_a_custom_module_must_call_its_layers_in_order():
    class Backwards(nn.Module):
        def __init__(self):
            super().__init__()
            self.first, self.act, self.out = nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 1)

        def forward(self, x):
            return self.out(self.act(self.first(x)))

    class Shuffled(Backwards):
        def forward(self, x):
            return self.out(self.act(x) + self.first(x))  # the activation before its Linear

    x, y = torch.randn(3, 2), torch.ones(3, 1)
    for cls, ok in ((Backwards, True), (Shuffled, False)):
        model = cls()
        rec = nt.watch(model, "bce")
        if ok:
            with rec.step(x, y):
                nn.functional.binary_cross_entropy_with_logits(model(x), y).backward()
            assert rec.traces[0].layers[0].activation_name == "tanh"
        else:
            with pytest.raises(nt.WatchError, match="called Tanh where netviz expected"), rec.step(x, y):
                model(x)


def test_batch_norm_in_evaluation_mode_is_refused_on_a_recorded_step():
    model = _mlp().eval()
    rec = nt.watch(model, "ce")
    with pytest.raises(nt.WatchError, match="evaluation mode"):
        with rec.step(torch.randn(4, 4), torch.zeros(4, dtype=torch.long)):
            model(torch.randn(4, 4))


def test_a_conv_is_named_with_its_kernel_size_never_a_bare_number():
    # "Conv1d 3" reads as a channel count: a 1-d kernel is marked "k=3"; a 2-d one reads "3×5".
    model = nn.Sequential(nn.Conv1d(2, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 4, 2))
    assert nt.watch(model, "cross_entropy").model_layer_names == ("0 (Conv1d k=3)", "3 (Linear)")
    model = nn.Sequential(nn.Conv2d(1, 4, (3, 5)), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 6 * 4, 3))
    assert nt.watch(model, "cross_entropy").model_layer_names == ("0 (Conv2d 3×5)", "3 (Linear)")
