"""The bridge's runs in session files: saved, opened again, the same traces; damaged files refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402

import netviz.torch as nt  # noqa: E402
from netviz.engine.recording import Recording, summary_of  # noqa: E402
from netviz.engine.session import SessionError, open_run, open_session  # noqa: E402
from tests.engine.session_support import assert_same  # noqa: E402


class TwoLayers(nn.Module):
    """A user's own module: its layers' names come from its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(3, 5)
        self.act = nn.Tanh()
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(5, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.drop(self.act(self.fc1(x))))


def _train(rec: nt.Recorder, model: nn.Module, steps: int) -> None:
    torch.manual_seed(3)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.BCEWithLogitsLoss()
    for _ in range(steps):
        x = torch.randn(8, 3)
        y = (x[:, :1] > 0).float()
        with rec.step(x, y):
            loss = loss_fn(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


def test_saved_then_opened_gives_the_same_traces(tmp_path: Path):
    torch.manual_seed(0)
    model = TwoLayers()
    rec = nt.watch(model, "bce", every=3)
    _train(rec, model, 10)
    path = rec.save(tmp_path / "mine.netviz")
    opened = open_session(path)
    assert isinstance(opened, Recording)
    assert opened.name == "TwoLayers"
    assert opened.layer_names == ("fc1 (Linear)", "head (Linear)")
    assert [t.step for t in opened.traces] == [0, 3, 6, 9]
    assert_same(opened.traces, tuple(rec.traces), "traces")
    assert opened.summaries == tuple(summary_of(t) for t in rec.traces)
    assert opened.summaries[-1].loss == rec.traces[-1].loss
    assert opened.written_by.startswith("netviz")


def test_watch_with_save_writes_the_file_when_closed(tmp_path: Path):
    path = tmp_path / "run.netviz"
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
    with nt.watch(model, every=2, save=path, name="my mlp") as rec:
        _train(rec, model, 5)
        assert not path.exists()
    opened = open_session(path)
    assert isinstance(opened, Recording)
    assert (opened.name, opened.layer_names) == ("my mlp", ("0 (Linear)", "2 (Linear)"))
    assert_same(opened.traces, tuple(rec.traces), "traces")


def test_a_recording_is_not_a_run_to_continue(tmp_path: Path):
    model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
    rec = nt.watch(model)
    _train(rec, model, 1)
    path = rec.save(tmp_path / "r.netviz")
    with pytest.raises(SessionError, match="recorded run of 'Sequential'.*shown, not continued"):
        open_run(path)


def test_bad_arguments_are_named():
    model = nn.Sequential(nn.Linear(3, 1))
    with pytest.raises(nt.WatchError, match="name: must be a text"):
        nt.watch(model, name=3)  # type: ignore[arg-type]
    with pytest.raises(nt.WatchError, match="save: must be a file path"):
        nt.watch(model, save=1.5)  # type: ignore[arg-type]


def _rewrite(path: Path, out: Path, change) -> Path:
    """A copy of the session file at ``path`` with its run.json changed by ``change(manifest)``."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "run.json":
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)
    return out


@pytest.mark.parametrize(("change", "message"), [
    (lambda m: m["model"].update(layers=["only one"]), "holds 2 layers, the model names 1"),
    (lambda m: m["model"].update(name=7), "model.name: must be a text"),
    (lambda m: m.pop("model"), "model: needs a name"),
    (lambda m: m["traces"]["steps"].reverse(), "in increasing order"),
    (lambda m: m.update(kind="hologram"), "unknown kind of run 'hologram'"),
    (lambda m: m["traces"]["items"][0]["fields"]["layers"]["tuple"][0]["fields"].update(
        weights=m["traces"]["items"][0]["fields"]["inputs"]), r"layers\[0\]\.weights: must be a \(3, 5\)"),
])
def test_damaged_recordings_are_refused_with_the_reason(tmp_path: Path, change, message: str):
    torch.manual_seed(0)
    model = TwoLayers()
    rec = nt.watch(model, "bce", every=1)
    _train(rec, model, 2)
    path = rec.save(tmp_path / "good.netviz")
    bad = _rewrite(path, tmp_path / "bad.netviz", change)
    with pytest.raises(SessionError, match=message):
        open_session(bad)


def test_an_empty_recording_opens_empty(tmp_path: Path):
    model = nn.Sequential(nn.Linear(3, 1))
    rec = nt.watch(model)
    opened = open_session(rec.save(tmp_path / "empty.netviz"))
    assert isinstance(opened, Recording) and opened.traces == () and opened.last_trace is None
    assert np.array_equal(np.zeros(0), np.zeros(0))
