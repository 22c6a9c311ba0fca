"""`netviz train`: the table, the JSON schema, the lesson list, and clear errors."""

import json
import subprocess
import sys

from netviz.cli import main


def test_train_json_schema(capsys):
    assert main(["train", "--lesson", "vanishing", "--steps", "5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lesson"] == "vanishing" and out["steps"] == 5 and out["diverged"] is False
    assert len(out["history"]) == 5
    first = out["history"][0]
    assert set(first) == {"step", "loss", "val_loss", "accuracy", "val_accuracy", "layers"}
    assert len(first["layers"]) == 11  # ten hidden layers and the output layer
    assert set(first["layers"][0]) == {"grad_norm", "dead_fraction"}
    # Vanishing: the first hidden layer's gradient is far below the output layer's.
    assert first["layers"][0]["grad_norm"] < 1e-3 * first["layers"][-1]["grad_norm"]


def test_diverging_lesson_reports_it_in_valid_json(capsys):
    assert main(["train", "--lesson", "exploding", "--json"]) == 0
    raw = capsys.readouterr().out

    def reject(token):
        raise AssertionError(f"not strict JSON: {token}")

    out = json.loads(raw, parse_constant=reject)  # NaN / Infinity tokens would land here
    assert out["diverged"] is True and out["steps"] < 300


def test_table_and_fix(capsys):
    assert main(["train", "--lesson", "dead-relu", "--fix", "leaky-relu", "--steps", "20", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "LeakyReLU" in out and "hidden 1" in out and "/16" in out and "after 20 steps" in out


def test_list_names_every_lesson_and_fix(capsys):
    assert main(["train", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("vanishing", "exploding", "dead-relu", "dropout", "early-stopping", "transfer", "relu", "batch-norm"):
        assert name in out


def test_unknown_lesson_or_fix_is_a_clear_error(capsys):
    assert main(["train", "--lesson", "nope"]) == 2
    assert "no lesson named 'nope'" in capsys.readouterr().err
    assert main(["train", "--lesson", "vanishing", "--fix", "magic"]) == 2
    assert "unknown fix 'magic'" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command():
    out = subprocess.run([sys.executable, "-m", "netviz", "train", "--list"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "vanishing" in out.stdout


def test_zero_steps_prints_the_network_not_a_traceback(capsys):
    assert main(["train", "--lesson", "vanishing", "--steps", "0", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "hidden 1" in out and "no step trained" in out
    assert main(["train", "--lesson", "vanishing", "--steps", "0", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["history"] == []


def test_ctrl_c_in_train_is_one_line_and_exit_130(capsys, monkeypatch):
    from netviz.engine.trainer import Trainer

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Trainer, "run", interrupted)
    assert main(["train", "--lesson", "vanishing", "--steps", "5", "--quiet"]) == 130
    assert capsys.readouterr().err.strip() == "netviz: interrupted"


def test_escape_sequences_in_a_lesson_title_are_not_sent_to_the_terminal(capsys, monkeypatch):
    import dataclasses

    import netviz.cli as cli
    import netviz.cli_common as cli_common  # where the lesson of --lesson is found

    real = cli_common.find_lesson

    def hostile(name):
        return dataclasses.replace(real(name), title="\x1b]0;pwned\x07Vanishing\x1b[2J")

    monkeypatch.setattr(cli_common, "find_lesson", hostile)
    assert main(["train", "--lesson", "vanishing", "--steps", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned\\x07Vanishing\\x1b[2J" in out
    assert cli.printable("a\u2028b\tc\nd") == "a\\u2028b\\x09c\nd"


def _train_json(capsys, *args):
    assert main(["train", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_train_json_accuracy_is_the_trainers_and_null_for_regression(capsys, tmp_path):
    from netviz.engine.lessons import find_lesson

    out = _train_json(capsys, "--lesson", "vanishing", "--steps", "4")
    trainer = find_lesson("vanishing").build(steps=4)
    trainer.run()
    assert [(s["accuracy"], s["val_accuracy"]) for s in out["history"]] == [
        (s.accuracy, s.val_accuracy) for s in trainer.history]
    assert all(0.0 <= s["accuracy"] <= 1.0 for s in out["history"])
    (tmp_path / "plane.toml").write_text('title = "t"\ncaption = "c"\n[dataset]\nname = "reg-plane"\n'
                                         '[network]\nhidden = [3]\n[training]\nsteps = 2\n')
    # A path without its .toml names a lesson file outside the lessons folder.
    out = _train_json(capsys, "--lesson", str(tmp_path / "plane"))
    assert [(s["accuracy"], s["val_accuracy"]) for s in out["history"]] == [(None, None)] * 2
    assert main(["train", "--lesson", str(tmp_path / "plane"), "--quiet"]) == 0
    assert "accuracy" not in capsys.readouterr().out


def test_the_table_says_the_accuracy(capsys):
    assert main(["train", "--lesson", "playground-circle", "--fix", "squares", "--quiet"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("after 500 steps") and "accuracy 100.0% (batch), validation accuracy 100.0%" in last


def test_playground_spiral_features_halve_the_validation_loss_and_beat_the_raw_inputs(capsys):
    """Issue 16's check: with the features fix the validation loss falls to at most half its
    first value within the lesson's steps, and sooner than with the raw inputs (which never do)."""
    def steps_to_half(out):
        losses = [s["val_loss"] for s in out["history"]]
        return next((i for i, v in enumerate(losses) if v <= losses[0] / 2), None), len(losses)

    features, steps = steps_to_half(_train_json(capsys, "--lesson", "playground-spiral", "--fix", "features"))
    raw, raw_steps = steps_to_half(_train_json(capsys, "--lesson", "playground-spiral"))
    assert features is not None and features < steps == raw_steps
    assert raw is None or features < raw


def test_steps_beyond_the_run_limit_are_a_usage_error(capsys):
    import pytest

    from netviz.engine.lessons import MAX_RUN_STEPS

    with pytest.raises(SystemExit) as exc:
        main(["train", "--lesson", "vanishing", "--steps", str(2**63 - 1)])
    assert exc.value.code == 2
    assert f"--steps: must be 0 to {MAX_RUN_STEPS}" in capsys.readouterr().err


def test_a_transfer_lessons_pretraining_shows_progress(capsys):
    assert main(["train", "--lesson", "transfer", "--steps", "1"]) == 0
    err = capsys.readouterr().err
    assert "600/600 pre-training" in err and err.count("pre-training") <= 101


def test_list_skips_a_bad_lesson_file_with_a_warning(capsys, monkeypatch, tmp_path):
    import shutil

    import netviz.engine.lessons as lessons

    real = lessons.lessons_dir()
    for name in ("vanishing", "transfer"):
        shutil.copy(real / f"{name}.toml", tmp_path)
    broken = (real / "vanishing.toml").read_text().replace("[network]", "[network]\nfoo = 1")
    (tmp_path / "broken.toml").write_text(broken)
    monkeypatch.setattr(lessons, "lessons_dir", lambda: tmp_path)
    assert main(["train", "--list"]) == 0
    out, err = capsys.readouterr()
    assert [line.split()[0] for line in out.splitlines()] == ["transfer", "vanishing"]
    assert "skipped a lesson file" in err and "broken.toml: network.foo: unknown field" in err


def test_a_lesson_file_path_with_its_suffix_trains(capsys, tmp_path):
    from netviz.engine.lessons import lessons_dir

    mine = tmp_path / "mine.toml"
    mine.write_text((lessons_dir() / "vanishing.toml").read_text())
    assert main(["train", "--lesson", str(mine), "--steps", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lesson"] == "mine"
