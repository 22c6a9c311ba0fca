"""`netviz export --run` of a recorded run (a PyTorch model's steps), its layers named as the model names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from netviz.cli import main
from netviz.engine.recording import Recording
from netviz.engine.session import save_recording
from netviz.export.errors import ExportError
from netviz.export.frames import SettledPlayer
from netviz.export.recording_frames import RecordingFrames
from tests.engine.session_support import small_lesson

NAMES = ("fc1 (Linear)", "fc2 (Linear)", "head (Linear)")


@pytest.fixture(scope="module")
def recording() -> Recording:
    trainer = small_lesson().build()
    traces = [trainer.step() for _ in range(12)]
    return Recording("TinyNet", NAMES, tuple(traces[::3]))  # steps 0, 3, 6, 9 recorded


def test_the_frames_are_the_recorded_steps_in_range_named_by_the_model(recording):
    frames = RecordingFrames(recording, first=2, last=10, fps=10, player=SettledPlayer(0.2))
    assert [t.step for t in frames.traces] == [3, 6, 9]
    assert len(frames) == 6
    assert frames.traces[0].layers[0].name == "fc1 (Linear)"
    ctx = frames.context(0)
    assert ctx.previous is not None and ctx.previous.step == 0 and ctx.title == "TinyNet"
    assert frames.scene(5) is not None
    default = RecordingFrames(recording, player=SettledPlayer(0.2))
    assert [t.step for t in default.traces] == [0, 3, 6, 9]


def test_wrong_choices_are_named(recording):
    with pytest.raises(ExportError, match="none is in 20..30"):
        RecordingFrames(recording, first=20, last=30).prepare()
    with pytest.raises(ExportError, match="holds no steps"):
        RecordingFrames(Recording("empty", NAMES, ()))


def test_the_command_line_exports_a_recording(tmp_path: Path, recording, capsys):
    path = save_recording(tmp_path / "torch.netviz", recording)
    out = tmp_path / "last.png"
    assert main(["export", "--run", str(path), "--step-seconds", "0.1", "-o", str(out), "--quiet"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["export", "--run", str(path), "--fix", "relu", "-o", str(out), "--quiet"]) == 2
    assert "a recorded run has no lesson" in capsys.readouterr().err
