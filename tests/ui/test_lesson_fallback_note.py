"""A user's lesson written in English only, opened in another language: the window says in
its status bar that the lesson is shown in English (as `netviz train` says on the terminal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netviz.render import language
from netviz.ui.main_window import MainWindow

MINE = """
title = "My lesson"
caption = "Watch the first layer."
watch = "The bars."
[dataset]
name = "circle"
[network]
hidden = [4]
[training]
steps = 10
"""


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def test_the_window_says_a_lesson_is_shown_in_english(qtbot, private_settings, tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(MINE, encoding="utf-8")
    language.install_language("de")
    win = MainWindow(lesson=str(path))
    qtbot.addWidget(win)
    message = win.statusBar().currentMessage()
    assert "Deutsch" in message and "My lesson" in message, message
    win.set_language("it")
    message = win.statusBar().currentMessage()
    assert "Italiano" in message or "italiano" in message, message
    win.close()


def test_an_english_window_or_a_translated_lesson_has_no_note(qtbot, private_settings, tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(MINE, encoding="utf-8")
    win = MainWindow(lesson=str(path))
    qtbot.addWidget(win)
    assert win.statusBar().currentMessage() == "My lesson: press Play (Space) or Step (S)"
    win.close()
    language.install_language("de")
    shipped = MainWindow(lesson="vanishing")
    qtbot.addWidget(shipped)
    assert "Englisch" not in shipped.statusBar().currentMessage()
    shipped.close()
