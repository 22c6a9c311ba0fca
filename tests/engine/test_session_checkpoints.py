"""Session files with the timeline's checkpoints: after opening, any step from the first
checkpoint on is replayed exactly; a damaged checkpoint is refused naming it; files without
them are as before."""

from __future__ import annotations

import json
import zipfile

import pytest

from netviz.engine.replay import Replay
from netviz.engine.run import capture
from netviz.engine.session import SessionError, open_run, save_run
from netviz.engine.spec import OptimizerSpec

from .session_support import assert_same, small_lesson


def _run_with_checkpoints(steps: int = 30, every: int = 8):
    lesson = small_lesson()
    trainer = lesson.build()
    checkpoints, traces = [], []
    for _ in range(steps):
        if trainer.steps_done % every == 0:
            checkpoints.append(capture(trainer))
        if trainer.steps_done == 20:  # a change mid-run: a checkpoint right after it
            trainer.set_optimizer(OptimizerSpec("sgd", 0.05))
            checkpoints.append(capture(trainer))
        traces.append(trainer.step())
    return lesson, trainer, checkpoints, traces


def test_the_opened_run_replays_every_step_from_its_first_checkpoint(tmp_path):
    lesson, trainer, checkpoints, traces = _run_with_checkpoints()
    path = save_run(tmp_path / "run.netviz", lesson, trainer, traces[-2:], checkpoints=checkpoints)
    saved = open_run(path)
    assert [c.network_steps for c in saved.checkpoints] == [c.network_steps for c in checkpoints] == [0, 8, 16, 20, 24]
    assert [len(c.trainer.history) for c in saved.checkpoints] == [0, 8, 16, 20, 24]
    for step in (0, 7, 8, 19, 20, 23, 27):
        start = [c for c in saved.checkpoints if c.network_steps <= step][-1]
        assert_same(Replay(start).trace(step + 1), traces[step], f"step {step}")
    assert_same(saved.trainer.step(), trainer.step(), "the next step")


def test_a_file_without_checkpoints_has_no_checkpoints_entry(tmp_path):
    lesson, trainer, _checkpoints, traces = _run_with_checkpoints(10)
    path = save_run(tmp_path / "run.netviz", lesson, trainer, traces[-2:])
    with zipfile.ZipFile(path) as zf:
        assert "checkpoints" not in json.loads(zf.read("run.json"))
    assert open_run(path).checkpoints == ()


def test_checkpoints_out_of_order_or_damaged_are_refused(tmp_path):
    lesson, trainer, checkpoints, traces = _run_with_checkpoints()
    with pytest.raises(ValueError, match="increasing order"):
        save_run(tmp_path / "bad.netviz", lesson, trainer, (), checkpoints=checkpoints[::-1])
    path = save_run(tmp_path / "run.netviz", lesson, trainer, (), checkpoints=checkpoints)
    with zipfile.ZipFile(path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(files["run.json"])
    manifest["checkpoints"][1]["fields"]["network_steps"] = 999
    files["run.json"] = json.dumps(manifest).encode()
    damaged = tmp_path / "damaged.netviz"
    with zipfile.ZipFile(damaged, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(SessionError, match=r"checkpoints\[1\]"):
        open_run(damaged)
