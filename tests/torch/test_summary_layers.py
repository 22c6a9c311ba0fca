"""Conv and embedding layers drawn as summary layers: one node per channel (LayerTrace.kind).

Each recorded number is checked against the same quantity computed here independently,
with PyTorch's autograd on a copy of the model, in float64.
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402

import netviz.torch as nt  # noqa: E402
from netviz.animation.choreography import scene_at, settled_scene  # noqa: E402
from netviz.animation.options import SceneOptions  # noqa: E402
from netviz.animation.phases import phases_of  # noqa: E402
from netviz.engine.session import open_session  # noqa: E402
from netviz.engine.trace import StepTrace  # noqa: E402

TOL = 1e-10


def _cnn() -> nn.Sequential:
    torch.manual_seed(3)
    return nn.Sequential(nn.Conv2d(1, 3, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(3 * 8 * 8, 2)).double()


def _embedder() -> nn.Sequential:
    torch.manual_seed(4)
    return nn.Sequential(nn.Embedding(10, 4), nn.Tanh(), nn.Flatten(), nn.Linear(3 * 4, 1)).double()


def _rms(a: np.ndarray, axis) -> np.ndarray:
    return np.sqrt(np.square(a).mean(axis=axis))


def _expected(model: nn.Sequential, x, y, loss_fn) -> dict[str, np.ndarray]:
    """The summary quantities of the model's first layer, from autograd on a copy."""
    twin = copy.deepcopy(model)
    first = twin[0]
    out = first(x)
    out.retain_grad()
    loss_fn(twin[1:](out), y).backward()
    g = out.grad.detach().numpy()  # dL/d(output) of the first layer, every position
    batch = g.shape[0]
    if isinstance(first, nn.Embedding):  # (B, L, C): channels last
        per_example = _rms(batch * g, axis=1)
        z_mean = out.detach().numpy().mean(axis=1)
        weight_edges = _rms(first.weight.grad.numpy(), axis=0)[None, :]
        head = twin[3].weight.grad.numpy().T.reshape(-1, 4, twin[3].out_features)  # (L, C, n)
        head_edges = _rms(head, axis=0)
    else:  # (B, C, H, W)
        per_example = _rms(batch * g, axis=(2, 3))
        z_mean = out.detach().numpy().mean(axis=(2, 3))
        weight_edges = _rms(first.weight.grad.numpy(), axis=(2, 3)).T
        head = twin[3].weight.grad.numpy().T.reshape(first.out_channels, -1, twin[3].out_features)  # (C, P, n)
        head_edges = _rms(head, axis=1)
    norm = np.sqrt(sum(float(np.square(p.grad.numpy()).sum()) for p in first.parameters()))
    return {"magnitude": per_example.mean(axis=0), "z_mean": z_mean, "weight_edges": weight_edges,
            "head_edges": head_edges, "grad_norm": np.array(norm)}


def _run(model, batches, loss_fn, kind: str) -> tuple[list[StepTrace], list[dict[str, np.ndarray]]]:
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    rec = nt.watch(model, kind, optimizer=opt)
    expected = []
    for x, y in batches:
        expected.append(_expected(model, x, y, loss_fn))
        with rec.step(x, y):
            opt.zero_grad()
            loss_fn(model(x), y).backward()
            opt.step()
    return list(rec.traces), expected


def _cnn_batches():
    gen = torch.Generator().manual_seed(5)
    return [(torch.randn(6, 1, 8, 8, generator=gen, dtype=torch.float64), torch.randint(0, 2, (6,), generator=gen))
            for _ in range(3)]


def _token_batches():
    gen = torch.Generator().manual_seed(6)
    return [(torch.randint(0, 10, (5, 3), generator=gen),
             torch.randint(0, 2, (5, 1), generator=gen).double()) for _ in range(3)]


def _check(traces: list[StepTrace], expected: list[dict[str, np.ndarray]], kind: str, channels: int) -> None:
    assert len(traces) == len(expected) == 3
    for trace, want in zip(traces, expected):
        conv, head = trace.layers
        assert conv.kind == kind and conv.summary and head.kind == "dense" and not head.summary
        assert conv.units == channels
        np.testing.assert_allclose(conv.example_grad_magnitude, want["magnitude"], rtol=0, atol=TOL)
        np.testing.assert_allclose(conv.pre_activation, want["z_mean"], rtol=0, atol=TOL)
        np.testing.assert_allclose(conv.weight_grad, want["weight_edges"], rtol=0, atol=TOL)
        np.testing.assert_allclose(head.weight_grad, want["head_edges"], rtol=0, atol=TOL)
        assert abs(conv.grad_norm - float(want["grad_norm"])) < TOL
        # The edges between the layers: one per (conv channel, head unit) pair.
        assert head.weights.shape == head.weight_grad.shape == head.weight_update.shape == (channels, head.units)
        assert conv.dropout_mask.all() and conv.dropout_mask.shape == (trace.inputs.shape[0], channels)
        assert np.isfinite(trace.grad_norm) and not trace.diverged


def test_a_conv_layer_is_one_node_per_channel_coloured_by_its_gradient():
    traces, expected = _run(_cnn(), _cnn_batches(), nn.functional.cross_entropy, "cross_entropy")
    _check(traces, expected, "conv", 3)
    assert traces[0].inputs.shape == (6, 1)  # the image's one channel, its mean over the pixels
    # A ReLU channel is dead only if z <= 0 at every pixel of every example.
    assert traces[0].layers[0].dead_units.shape == (3,)


def test_an_embedding_is_one_node_per_dimension_coloured_by_its_gradient():
    traces, expected = _run(_embedder(), _token_batches(), nn.functional.binary_cross_entropy_with_logits, "bce")
    _check(traces, expected, "embedding", 4)
    assert traces[0].inputs.shape == (5, 1)  # one node for the tokens


def test_a_dense_only_model_is_unchanged_by_summary_layers():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1)).double()
    rec = nt.watch(model, "mse")
    x, y = torch.randn(5, 3, dtype=torch.float64), torch.randn(5, 1, dtype=torch.float64)
    with rec.step(x, y):
        nn.functional.mse_loss(model(x), y).backward()
    assert [lt.kind for lt in rec.traces[0].layers] == ["dense", "dense"]
    np.testing.assert_array_equal(rec.traces[0].layers[1].weights, model[2].weight.detach().numpy().T)


def test_summary_layers_survive_a_session_file(tmp_path: Path):
    model = _cnn()
    rec = nt.watch(model, "cross_entropy")
    x, y = _cnn_batches()[0]
    with rec.step(x, y):
        nn.functional.cross_entropy(model(x), y).backward()
    opened = open_session(rec.save(tmp_path / "cnn.netviz"))
    assert [lt.kind for lt in opened.traces[0].layers] == ["conv", "dense"]
    np.testing.assert_array_equal(opened.traces[0].layers[0].node_grad, rec.traces[0].layers[0].node_grad)


@pytest.mark.parametrize("modules,why", [
    ([nn.Conv2d(1, 2, 3), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(2, 1)], r"^1 \(MaxPool2d\): .*pooling"),
    ([nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Linear(2, 1)], r"^2 \(Linear\): .*needs an nn.Flatten"),
    ([nn.Conv2d(2, 2, 3, groups=2), nn.Flatten(), nn.Linear(2, 1)], "groups=2"),
    ([nn.Conv2d(1, 2, 3), nn.Dropout(0.5), nn.Flatten(), nn.Linear(2, 1)], "activation only"),
    ([nn.Embedding(4, 2, max_norm=1.0), nn.Flatten(), nn.Linear(2, 1)], "max_norm"),
    ([nn.Conv2d(1, 2, 3), nn.Flatten()], "must end with a Linear layer"),
])
def test_summary_layers_netviz_cannot_show_are_refused(modules, why):
    with pytest.raises(nt.WatchError, match=why):
        nt.watch(nn.Sequential(*modules))


# ----- drawn: the renderer paints every phase of such a step ------------------------------


@pytest.mark.parametrize("make,batches,loss_fn,loss,caption", [
    (_cnn, _cnn_batches, nn.functional.cross_entropy, "cross_entropy", "convolution, 3 channels, relu"),
    (_embedder, _token_batches, nn.functional.binary_cross_entropy_with_logits, "bce",
     "embedding, 4 dimensions, tanh"),
])
def test_the_view_draws_a_summary_layer_and_says_what_it_shows(make, batches, loss_fn, loss, caption, request):
    pytest.importorskip("PySide6")
    pytest.importorskip("pytestqt")
    request.getfixturevalue("qapp")  # pytest-qt's application; torch-only environments skip above
    from netviz.render import NetworkRenderer

    traces, _ = _run(make(), batches()[:1], loss_fn, loss)
    trace = traces[0]
    renderer = NetworkRenderer(raise_errors=True)
    image = renderer.render_image(settled_scene(trace), 800, 450)
    assert not image.isNull()
    # The caption as read, its lines in order (a caption wider than its column less two spaces wraps).
    assert caption in " ".join(t.text for t in renderer.last_texts)
    with_graph = SceneOptions(graph=True)
    for i, phase in enumerate(phases_of(trace)):
        scene = scene_at(trace, i, 0.5, with_graph)
        renderer.render_image(scene, 800, 450)
        text = " ".join(scene.equation)
        assert "sum_i w_i a_i" not in text  # no dense W·a + b sum written from summarized weights
        if phase.layer == 0 and phase.kind in ("forward", "backward"):
            assert "one node per" in scene.phase_caption
            assert "summary node" in text
            assert scene.comp_graph is None
        if phase.layer == 1:  # the output layer's incoming weights are summaries: no graph of its sum either
            assert scene.comp_graph is None
