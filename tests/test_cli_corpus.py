"""A corpus of hostile inputs (lesson files, session files, CSV-free arguments) run through the
CLI: each ends with its documented exit status and a clear one-line error, never a traceback,
a hang or a file written."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from netviz.cli import main
from netviz.engine.lessons import lessons_dir

VANISHING = (lessons_dir() / "vanishing.toml").read_text()


def lesson_with(old: str, new: str) -> str:
    assert old in VANISHING
    return VANISHING.replace(old, new, 1)


# name -> (how to make the file in a folder, the words the one-line error must hold)
LESSON_FILES = {
    "empty.toml": (lambda p: p.write_bytes(b""), "title: is required"),
    "binary.toml": (lambda p: p.write_bytes(bytes(range(256)) * 4), "is not UTF-8 text"),
    "huge.toml": (lambda p: p.write_bytes(b"#" * (2 * 1024 * 1024)), "larger than a lesson file may be"),
    "fifo.toml": (lambda p: os.mkfifo(p), "is a FIFO (named pipe), not a regular file"),
    "folder.toml": (lambda p: p.mkdir(), "cannot be read"),
    "loop.toml": (lambda p: p.symlink_to(p), "cannot be read (Too many levels of symbolic links)"),
    "transfer-inputs.toml": (lambda p: p.write_text(VANISHING + "\n[transfer]\nsteps = 5\n"
                                                    "dataset = { name = \"digits\" }\n"), "transfer.dataset.name"),
    "transfer-forever.toml": (lambda p: p.write_text(VANISHING + "\n[transfer]\nsteps = 9223372036854775807\n"
                                                     "dataset = { name = \"circle\" }\n"),
                              "transfer.steps: must be 0 to 100000"),
    "steps-forever.toml": (lambda p: p.write_text(lesson_with("\nsteps = 400", "\nsteps = 10000000000")),
                           "training.steps: must be 0 to 100000"),
    "nan.toml": (lambda p: p.write_text(lesson_with("[training]", "[training]\nmomentum = nan")),
                 "training.momentum: must be finite"),
}


@pytest.mark.parametrize("command", [["train"], ["export", "-o", "never.png"]], ids=["train", "export"])
@pytest.mark.parametrize("name", list(LESSON_FILES))
def test_a_hostile_lesson_file_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, name, command):
    make, words = LESSON_FILES[name]
    monkeypatch.chdir(tmp_path)
    make(tmp_path / name)
    assert main([*command, "--lesson", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and name in err[0], err
    assert not (tmp_path / "never.png").exists()


def _zip_without_run(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("lesson.toml", VANISHING)


SESSION_FILES = {
    "empty.netviz": (lambda p: p.write_bytes(b""), "is not a netviz session file"),
    "text.netviz": (lambda p: p.write_text("hello"), "is not a netviz session file"),
    "fifo.netviz": (lambda p: os.mkfifo(p), "is a FIFO (named pipe), not a regular file"),
    "folder.netviz": (lambda p: p.mkdir(), "is a folder"),
    "loop.netviz": (lambda p: p.symlink_to(p), "Too many levels of symbolic links"),
    "missing.netviz": (lambda p: None, "no such file"),
    "norun.netviz": (_zip_without_run, "it has no run.json"),
}


@pytest.mark.parametrize("command", [["open"], ["export", "-o", "never.png", "--run"]], ids=["open", "export"])
@pytest.mark.parametrize("name", list(SESSION_FILES))
def test_a_hostile_session_file_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, name, command):
    make, words = SESSION_FILES[name]
    monkeypatch.chdir(tmp_path)
    make(tmp_path / name)
    assert main([*command, str(tmp_path / name)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and name in err[0], err
    assert not (tmp_path / "never.png").exists()


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null"])
def test_a_device_as_a_session_file_is_refused(capsys, path):
    assert main(["open", path]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"netviz open: {path}: is a character device, not a regular file: not a session file"]


ARGUMENTS = [
    (["train", "--lesson", "no-such-lesson"], "no lesson named 'no-such-lesson'"),
    (["train", "--lesson", "vanishing", "--fix", "nope"], "unknown fix 'nope'"),
    (["export", "--lesson", "vanishing", "--from", "999999990", "--to", "1000000000", "-o", "x.mp4"],
     "--from: must be from 1 to 100000"),
    (["export", "--lesson", "vanishing", "--size", "²x1080", "-o", "x.mp4"], "--size"),
    (["export", "--lesson", "vanishing", "--steps", "0", "-o", "x.mp4"], "--steps: must be from 1"),
    (["export", "--lesson", "vanishing", "--run", "x.netviz", "-o", "x.mp4"], "not both"),
    (["export", "--run", "x.netviz", "--data", "x.csv", "--target", "y", "-o", "x.mp4"],
     "--data: a saved run keeps the data"),
]


@pytest.mark.parametrize("argv, words", ARGUMENTS, ids=[" ".join(a[:4]) for a, _ in ARGUMENTS])
def test_a_wrong_argument_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, argv, words):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0], err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("steps", ["-1", "100001", "9223372036854775807"])
def test_steps_out_of_range_are_a_usage_error_naming_the_option(capsys, steps):
    with pytest.raises(SystemExit) as exc:
        main(["train", "--lesson", "vanishing", "--steps", steps])
    assert exc.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        f"netviz: error: --steps: must be 0 to 100000, got {steps}")


def _csv(text: str):
    return lambda p: p.write_text(text)


GOOD_ROWS = "".join(f"{i % 3},{i % 5},{i % 2}\n" for i in range(12))
# name -> (how to make the file, the target column, the option and the words the error must hold)
CSV_FILES = {
    "fifo.csv": (lambda p: os.mkfifo(p), "label", "--data", "is a FIFO (named pipe), not a regular file"),
    "folder.csv": (lambda p: p.mkdir(), "label", "--data", "is a folder"),
    "missing.csv": (lambda p: None, "label", "--data", "file not found"),
    "loop.csv": (lambda p: p.symlink_to(p), "label", "--data", "Too many levels of symbolic links"),
    "empty.csv": (_csv(""), "label", "--data", "file is empty"),
    "header-only.csv": (_csv("a,b,label\n"), "label", "--data", "needs at least 2 data rows"),
    "binary.csv": (lambda p: p.write_bytes(bytes(range(256)) * 4), "label", "--data", "not UTF-8 text"),
    "no-header.csv": (_csv("1,2,0\n3,4,1\n"), "label", "--data", "no header row"),
    "wrong-column.csv": (_csv("a,b,label\n" + GOOD_ROWS), "nope", "--target", "target column 'nope' is not in"),
    "target-only.csv": (_csv("label\n0\n1\n"), "label", "--data", "no input columns besides the target"),
    "twice.csv": (_csv("a,a,label\n" + GOOD_ROWS), "label", "--data", "column name 'a' appears twice"),
    "ragged.csv": (_csv("a,b,label\n1,2,0\n1,2\n"), "label", "--data", "line 3 has 2 fields"),
    "nan.csv": (_csv("a,b,label\n1,nan,0\n1,2,1\n"), "label", "--data", "is not a finite number"),
    "huge.csv": (_csv("a,b,label\n1,1e200,0\n1,2,1\n"), "label", "--data", "too large for the network"),
    "underscore.csv": (_csv("a,b,label\n1,1_000,0\n1,2,1\n"), "label", "--data", "not a number: '1_000'"),
    "decimal-comma.csv": (_csv("a;b;label\n1,5;2;0\n3;4;1\n"), "label", "--data", "a decimal comma?"),
    "one-class.csv": (_csv("a,b,label\n1,2,0\n3,4,0\n"), "label", "--data", "holds only one class"),
}
DATA_COMMANDS = {"window": [], "train": ["train"], "export": ["export", "-o", "never.png"]}


@pytest.mark.parametrize("command", list(DATA_COMMANDS))
@pytest.mark.parametrize("name", list(CSV_FILES))
def test_a_hostile_csv_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, name, command):
    make, target, option, words = CSV_FILES[name]
    monkeypatch.chdir(tmp_path)
    make(tmp_path / name)
    argv = [*DATA_COMMANDS[command], "--lesson", "vanishing", "--data", str(tmp_path / name), "--target", target]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"netviz: {option}: ") and words in err[0], err
    assert not (tmp_path / "never.png").exists()


@pytest.mark.parametrize("command", list(DATA_COMMANDS))
@pytest.mark.parametrize("options, words", [
    (["--data", "x.csv"], "netviz: --target: missing: --data FILE.csv and --target COLUMN go together"),
    (["--target", "label"], "netviz: --data: missing: --data FILE.csv and --target COLUMN go together"),
    (["--data", "x.csv", "--target", ""], "netviz: --target: missing:"),
], ids=["no-target", "no-data", "empty-target"])
def test_data_and_target_go_together(tmp_path, monkeypatch, capsys, command, options, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("a,b,label\n" + GOOD_ROWS)
    assert main([*DATA_COMMANDS[command], "--lesson", "vanishing", *options]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(words), err


def test_a_csv_that_a_transfer_lesson_cannot_take_names_the_field(tmp_path, capsys):
    (tmp_path / "three.csv").write_text("a,b,c,label\n" + "".join(f"{i},{i % 4},{i % 5},{i % 2}\n" for i in range(12)))
    assert main(["train", "--lesson", "transfer", "--data", str(tmp_path / "three.csv"), "--target", "label"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "transfer.dataset.name" in err[0] and "3" in err[0], err
