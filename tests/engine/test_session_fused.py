"""A fused run's session file: ``fused`` stored in its states (absent: a numpy run), so the
opened run and its replays use the engine its steps were trained by."""

from __future__ import annotations

import json
import zipfile

import pytest

from netviz.engine import fused_steps
from netviz.engine.replay import Replay
from netviz.engine.run import capture
from netviz.engine.session import SessionError, open_run, save_run

from .session_support import assert_same, small_lesson


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def _run(fused_from: int, steps: int = 24):
    """Numpy steps, then fused ones from ``fused_from`` (as the window switches when the kernel is warm)."""
    lesson = small_lesson()
    trainer = lesson.build()
    checkpoints, traces = [capture(trainer)], []
    for _ in range(steps):
        if trainer.steps_done == fused_from:
            trainer.fused = True
            checkpoints.append(capture(trainer))
        traces.append(trainer.traced_step())
    return lesson, trainer, checkpoints, traces


def _manifest(path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("run.json"))


def test_an_opened_fused_run_replays_and_continues_with_the_kernel(tmp_path, kernel):
    lesson, trainer, checkpoints, traces = _run(fused_from=10)
    path = save_run(tmp_path / "run.netviz", lesson, trainer, traces[-2:], checkpoints=checkpoints)
    manifest = _manifest(path)
    assert manifest["state"]["fields"]["fused"] is True
    assert ["fused" in c["fields"] for c in manifest["checkpoints"]] == [False, True]
    saved = open_run(path)
    assert saved.trainer.fused is True
    assert [c.fused for c in saved.checkpoints] == [False, True]
    for step in (0, 9, 10, 17, 23):
        start = [c for c in saved.checkpoints if c.network_steps <= step][-1]
        assert_same(Replay(start).trace(step + 1), traces[step], f"step {step}")
    assert_same(saved.trainer.traced_step(), trainer.traced_step(), "the next step")


def test_a_numpy_run_file_is_as_before(tmp_path):
    lesson, trainer, checkpoints, traces = _run(fused_from=-1, steps=6)
    path = save_run(tmp_path / "run.netviz", lesson, trainer, traces[-1:], checkpoints=checkpoints)
    manifest = _manifest(path)
    assert "fused" not in manifest["state"]["fields"]
    assert all("fused" not in c["fields"] for c in manifest["checkpoints"])
    assert open_run(path).trainer.fused is False


def test_a_fused_flag_that_is_not_a_boolean_is_refused(tmp_path, kernel):
    lesson, trainer, _checkpoints, _traces = _run(fused_from=2, steps=4)
    path = save_run(tmp_path / "run.netviz", lesson, trainer)
    with zipfile.ZipFile(path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(files["run.json"])
    manifest["state"]["fields"]["fused"] = 1
    files["run.json"] = json.dumps(manifest).encode()
    bad = tmp_path / "bad.netviz"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(SessionError, match="fused"):
        open_run(bad)
