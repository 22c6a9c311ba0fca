"""`netviz train --save-run`, `netviz export --run` and `netviz open` with their errors (exit 2)."""

from __future__ import annotations

import pytest

from netviz.cli import main
from netviz.engine.session import open_run


@pytest.fixture(autouse=True)
def app(qapp):
    """pytest-qt's QApplication, made before an export would make a plain QGuiApplication."""
    return qapp


@pytest.fixture(scope="module")
def run_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("run") / "v.netviz"
    assert main(["train", "--lesson", "vanishing", "--steps", "12", "--quiet", "--save-run", str(path),
                 "--keep-traces", "4"]) == 0
    return path


def test_train_saves_the_run_with_the_last_pictures(run_file):
    saved = open_run(run_file)
    assert saved.trainer.steps_done == 12
    assert [t.step for t in saved.traces] == [8, 9, 10, 11]
    assert saved.lesson.name == "vanishing"


@pytest.mark.parametrize("target, message", [("missing/v.netviz", "no such folder"), (".", "is a folder")])
def test_train_refuses_a_bad_target_before_training(tmp_path, capsys, target, message):
    assert main(["train", "--lesson", "vanishing", "--steps", "2", "--quiet", "--save-run",
                 str(tmp_path / target)]) == 2
    assert message in capsys.readouterr().err


def test_export_from_a_run_plays_its_stored_steps(tmp_path, run_file, capsys):
    out = tmp_path / "v.svg"
    assert main(["export", "--run", str(run_file), "--step-seconds", "0.5", "-o", str(out), "--quiet",
                 "--size", "640x360"]) == 0
    assert out.read_bytes().lstrip().startswith(b"<")


def test_export_from_a_run_continues_after_its_last_step(run_file):
    from netviz.export import StepFrames

    frames = StepFrames(open_run(run_file), first=11, last=15, fps=10)
    assert frames.steps_shown == (11, 15)
    expected = StepFrames("vanishing", first=11, last=15, fps=10)
    for a, b in zip(frames.traces, expected.traces):
        assert a.loss == b.loss and (a.layers[0].node_grad == b.layers[0].node_grad).all()


@pytest.mark.parametrize("args, message", [
    (["--from", "2", "--to", "5"], "--from: the saved run holds the pictures of steps 9 to 12"),
    (["--lesson", "vanishing"], "--run: give either --lesson NAME or --run FILE, not both"),
    (["--fix", "relu"], "--fix: a saved run keeps the fix it was run with"),
])
def test_export_from_a_run_errors(tmp_path, run_file, capsys, args, message):
    assert main(["export", "--run", str(run_file), "-o", str(tmp_path / "x.gif"), *args]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "open"])
def test_a_bad_file_is_exit_2(tmp_path, capsys, command):
    bad = tmp_path / "bad.netviz"
    bad.write_bytes(b"not a zip")
    args = ["export", "--run", str(bad), "-o", str(tmp_path / "x.gif")] if command == "export" else ["open", str(bad)]
    assert main(args) == 2
    assert "is not a netviz session file" in capsys.readouterr().err
