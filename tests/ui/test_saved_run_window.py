"""`netviz open`: the window continues a saved run from where it was saved."""

from __future__ import annotations

from netviz.engine.lessons import find_lesson
from netviz.engine.session import open_run, save_run


def test_open_shows_the_window_on_the_run(qtbot, tmp_path):
    from netviz.ui.main_window import MainWindow

    lesson = find_lesson("vanishing")
    trainer = lesson.build()
    traces = [trainer.step() for _ in range(12)]
    saved = open_run(save_run(tmp_path / "v.netviz", lesson, trainer, traces[-2:]))
    window = MainWindow(lesson=saved.lesson.name)
    qtbot.addWidget(window)
    window.open_saved_run(saved.lesson, saved.trainer)
    qtbot.waitUntil(lambda: window.steps_shown == 12, timeout=10_000)
    window.step_once()
    qtbot.waitUntil(lambda: window.steps_shown == 13, timeout=10_000)
    assert window.last_error is None
    window.close()
