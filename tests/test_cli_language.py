"""`--lang` for `netviz train`: the lessons' words in the chosen language, the system's by default."""

from __future__ import annotations

import pytest

from netviz import i18n
from netviz.cli import main
from netviz.cli_language import system_language


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    # A QApplication first: `train --lang` would otherwise make a bare QCoreApplication, which
    # the widget tests after this one could not use.
    yield
    from netviz.render.language import uninstall_language

    uninstall_language()
    i18n.set_language("en")


@pytest.mark.parametrize("environ, code", [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
    ({"LC_ALL": "tr_TR.UTF-8", "LANG": "de_DE.UTF-8"}, "tr"),
    ({"LANGUAGE": "it:en", "LANG": "de_DE.UTF-8"}, "it"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese: not the Simplified catalogue
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LC_MESSAGES": "it_IT@euro"}, "it"),
])
def test_the_system_language_comes_from_the_locale(environ, code):
    assert system_language(environ) == code


def test_train_list_in_german(capsys):
    assert main(["train", "--list", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "Verschwindende Gradienten" in out and "Explodierende Gradienten" in out
    assert "Dead-ReLU-Einheiten" in out and "Vanishing gradients" not in out
    assert "(Abhilfen: relu)" in out
    assert main(["train", "--list", "--lang", "zh"]) == 0
    assert "梯度消失" in capsys.readouterr().out


def test_train_without_lang_follows_the_system(capsys, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert main(["train", "--list"]) == 0
    assert "Gradienti che svaniscono" in capsys.readouterr().out


def test_an_english_only_lesson_file_is_trained_with_a_note(tmp_path, capsys):
    mine = tmp_path / "mine.toml"
    mine.write_text('title = "Mine"\ncaption = "c"\n[dataset]\nname = "circle"\n[network]\nhidden = [2]\n'
                    '[training]\nsteps = 2\n', encoding="utf-8")
    assert main(["train", "--lesson", str(mine), "--lang", "tr", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "Türkçe" in captured.err and "İngilizce" in captured.err  # the note in Turkish
    assert captured.out.startswith("Mine\n")


def test_an_unknown_language_is_refused(capsys):
    with pytest.raises(SystemExit) as info:
        main(["train", "--list", "--lang", "fr"])
    assert info.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_train_table_in_german(capsys):
    assert main(["train", "--lesson", "dead-relu", "--steps", "2", "--quiet", "--lang", "de"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Dead-ReLU-Einheiten"
    assert lines[1].split()[:2] == ["Schicht", "Einheiten"] and lines[1].split()[-1] == "tot"
    assert lines[2].startswith("verborgen 1 ")
    assert "e+" in lines[2] or "e-" in lines[2]  # numbers stay universal: 1.002e+00, never 1,002e+00
    assert lines[-1].startswith("nach 2 Schritten: Verlust ")
