"""The window says why training stopped in its own language (the status bar and the banner)."""

from __future__ import annotations

import re

import pytest

from netviz.engine.lessons import find_lesson
from netviz.render import language
from netviz.ui.main_window import MainWindow

TIMEOUT_MS = 30000


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def engine_reason(lesson_name: str, fix: str | None = None) -> str:
    """The engine's (English) stop reason of a lesson run to its stop outside the window."""
    lesson = find_lesson(lesson_name)
    trainer = (lesson.with_fix(fix) if fix else lesson).build()
    while not trainer.stopped:
        trainer.step()
    assert trainer.stop_reason is not None
    return trainer.stop_reason


def german_window(qtbot) -> MainWindow:
    """The early-stopping lesson in a German window, shown."""
    language.install_language("de")
    win = MainWindow(lesson="early-stopping", remember=False)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_german_window_says_early_stopping_in_german(qtbot):
    reason = engine_reason("early-stopping", "early-stopping")
    win = german_window(qtbot)
    win.apply_fix("early-stopping")
    win.run_steps(win.run_length)

    def said() -> None:
        if win.stopped_reason is None or not win.statusBar().currentMessage().startswith("Frühes Stoppen bei Schritt"):
            raise AssertionError(f"status bar: {win.statusBar().currentMessage()!r}")

    qtbot.waitUntil(said, timeout=TIMEOUT_MS)
    assert win.stopped_reason == reason  # the run keeps the engine's English words (sessions save them)
    numbers = re.findall(r"\d+(?:\.\d+)?", reason)
    assert len(numbers) == 4, reason
    step, patience, best, loss = numbers
    assert win.statusBar().currentMessage() == (
        f"Frühes Stoppen bei Schritt {step}: seit {patience} Schritten kein besserer Validierungsverlust; "
        f"Gewichte von Schritt {best} wiederhergestellt (Validierungsverlust {loss.replace('.', ',')}).")
    assert win.view.scene.banner is None  # early stopping is no divergence: no banner
    win.close()


def test_the_compare_window_lists_the_stop_in_german(qtbot):
    reason = engine_reason("early-stopping", "early-stopping")
    win = german_window(qtbot)
    dialog = win.compare_with_fix("early-stopping")
    qtbot.waitExposed(dialog)
    try:
        dialog.play_button.setChecked(True)

        def listed() -> None:
            if "Frühes Stoppen bei Schritt" not in dialog.status.text():
                raise AssertionError(f"compare status: {dialog.status.text()!r}")

        qtbot.waitUntil(listed, timeout=TIMEOUT_MS)
        assert "early stopping" not in dialog.status.text()
        step = reason.split()[4].rstrip(":")  # "early stopping at step 135: ..."
        assert f"Frühes Stoppen bei Schritt {step}: seit " in dialog.status.text()
    finally:
        dialog.close()
        win.close()
