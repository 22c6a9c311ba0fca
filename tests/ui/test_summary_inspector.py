"""The inspector on a summary node (a conv's channel, an embedding's dimension): every row
says which summary over positions it shows, none claims a per-unit sum, and the recording
window (where PyTorch runs open) has the inspector, following a clicked node across steps."""

from __future__ import annotations

from dataclasses import replace

import pytest

from netviz.engine.recording import Recording
from netviz.engine.trace import StepTrace
from netviz.ui.inspector import Inspector, describe_node
from netviz.ui.numbers import figure
from netviz.ui.recording_window import RecordingWindow
from tests.engine.session_support import small_lesson


def _traces(n: int) -> list[StepTrace]:
    trainer = small_lesson().build()
    return [trainer.step() for _ in range(n)]


def _as_summary(trace: StepTrace, kind: str, name: str) -> StepTrace:
    """The trace with its first layer marked a summary layer: its arrays read as channels.
    (Real ones come from netviz.torch; the inspector only reads and names the arrays.)"""
    first = replace(trace.layers[0], kind=kind, name=name)
    return replace(trace, layers=(first, *trace.layers[1:]))


def _rows(info: dict) -> dict[str, str]:
    return dict(info["rows"])


def test_a_conv_channel_is_described_as_a_summary_over_positions():
    trace = _as_summary(_traces(1)[0], "conv", "conv1 (Conv2d 3×3)")
    lt = trace.layers[0]
    info = describe_node(trace, 1, 1, example=2)
    assert info["title"] == "conv1 (Conv2d 3×3), channel 2"  # the module's name, type and kernel
    assert "filter of a convolution" in info["note"] and "pixels" in info["note"]
    rows = _rows(info)
    assert rows["dL/dz, RMS over positions (example 3)"] == figure(lt.node_grad[2, 1])
    assert rows["RMS of dl/dz over positions, batch mean (the colour)"] == figure(lt.example_grad_magnitude[1])
    assert rows["z, mean over positions (example 3)"] == figure(lt.pre_activation[2, 1])
    assert rows["gradient norm of the layer (the bar)"] == figure(lt.grad_norm)
    assert rows["bias b"] == figure(lt.biases[1])
    # No row reads as one unit's own z = W·a + b, its dropout or its per-example dL/dz.
    assert not [name for name in rows if name.startswith(("z (", "a (", "dL/dz (", "dropped"))]
    assert info["summary_edges"]
    # The dense layer after it: exact node rows, edges that are RMS summaries.
    after = describe_node(trace, 2, 0)
    assert "unit 1" in after["title"] and after["summary_edges"] and "z (batch mean)" in _rows(after)
    assert not describe_node(_traces(1)[0], 2, 0)["summary_edges"]  # a dense-only run: single weights


def test_an_embedding_dimension_has_no_bias_row():
    trace = _as_summary(_traces(1)[0], "embedding", "emb (Embedding)")
    info = describe_node(trace, 1, 0)
    assert info["title"] == "emb (Embedding), dimension 1"
    assert "tokens" in info["note"]
    rows = _rows(info)
    assert "bias b" not in rows and "dL/db" not in rows
    assert rows["dead"] == ("yes: z <= 0 at every position of every training example"
                            if trace.layers[0].dead_units[0] else "no")


def test_the_edge_headings_say_rms_for_summary_edges_only(qtbot):
    inspector = Inspector()
    qtbot.addWidget(inspector)
    plain = _traces(1)[0]
    summary = _as_summary(plain, "conv", "conv1 (Conv2d 3×3)")

    def headings() -> list[str]:
        return [inspector.weights.horizontalHeaderItem(c).text() for c in range(3)]

    inspector.show_node(summary, 1, 0)
    assert headings() == ["w, RMS of the kernel", "dL/dw, RMS", "update, RMS"]
    assert inspector.note.isVisibleTo(inspector) and "convolution" in inspector.note.text()
    inspector.show_node(plain, 1, 0)
    assert headings() == ["w (incoming)", "dL/dw", "update"]
    assert not inspector.note.isVisibleTo(inspector)


def test_the_recording_window_inspects_a_clicked_node_on_every_step(qtbot):
    traces = [_as_summary(t, "conv", "x") for t in _traces(3)]
    names = ("conv1 (Conv2d 3×3)",) + tuple(f"fc{i} (Linear)" for i in range(1, len(traces[0].layers)))
    win = RecordingWindow(Recording("SmallCNN", names, tuple(traces)))
    qtbot.addWidget(win)
    win.show()
    assert win.inspector.title.text() == "Click or hover a node"
    win.view.sigNodeClicked.emit((1, 1))
    assert win.inspector.title.text() == "conv1 (Conv2d 3×3), channel 2"
    shown = dict(win.inspector.shown_rows)
    assert shown["dL/dz, RMS over positions (example 1)"] == figure(traces[-1].layers[0].node_grad[0, 1])
    win.slider.setValue(0)  # another step: the clicked node stays inspected, with that step's numbers
    shown = dict(win.inspector.shown_rows)
    assert shown["dL/dz, RMS over positions (example 1)"] == figure(traces[0].layers[0].node_grad[0, 1])


def test_a_recorded_conv_is_named_with_its_kernel():
    torch = pytest.importorskip("torch")
    import netviz.torch as nt

    model = torch.nn.Sequential(torch.nn.Conv2d(1, 4, (3, 5)), torch.nn.ReLU(), torch.nn.Flatten(),
                                torch.nn.Linear(4 * 6 * 4, 3))
    rec = nt.watch(model, "cross_entropy")
    assert rec.model_layer_names == ("0 (Conv2d 3×5)", "3 (Linear)")
