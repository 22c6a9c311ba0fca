"""What a run shows: a reset clears the old run's numbers, a lesson's steps are the run's length."""

from __future__ import annotations

from netviz.ui.main_window import MainWindow

TIMEOUT_MS = 20000


def current(win: MainWindow, steps: int) -> bool:
    snap = win.snapshot
    return snap is not None and snap.generation == win._generation and snap.steps_done >= steps


def test_reset_clears_the_inspector_and_the_plots(window, qtbot):
    window.run_steps(5)
    qtbot.waitUntil(lambda: window.run_finished(5), timeout=TIMEOUT_MS)
    window.set_focus((1, 0))
    qtbot.waitUntil(lambda: window.inspector.facts.rowCount() > 0, timeout=TIMEOUT_MS)
    assert window.plots.steps_plotted == 5
    window.reset()
    assert window.inspector.facts.rowCount() == 0
    assert window.inspector.title.text() == "Click or hover a node"
    assert window.plots.steps_plotted == 0
    low, high = window.plots.x_range()
    assert low <= 0 <= low + 50 and high >= window.run_length  # never -2000 .. 2000


def test_a_short_run_shows_the_axis_from_zero_to_the_lesson_length(window, qtbot):
    window.run_steps(2)
    qtbot.waitUntil(lambda: window.run_finished(2), timeout=TIMEOUT_MS)
    qtbot.wait(50)
    low, high = window.plots.x_range()
    assert -0.05 * window.run_length <= low <= 0 and high >= window.run_length


def test_play_is_not_refused_just_after_a_reset(qtbot):
    """A diverged run's snapshot (stop_reason set) must not refuse the Play of the new run."""
    win = MainWindow(lesson="exploding")
    qtbot.addWidget(win)
    win.show()
    win.run_steps(300)
    qtbot.waitUntil(lambda: win.snapshot is not None and win.snapshot.stop_reason is not None, timeout=TIMEOUT_MS)
    win.reset()
    assert win.stopped_reason is None  # the old run's reason, from an older generation
    win.controls.play_button.click()
    qtbot.waitUntil(lambda: current(win, 1), timeout=TIMEOUT_MS)
    win.controls.play_button.click()
    win.close()


def test_play_stops_at_the_lessons_steps_and_then_continues(qtbot):
    win = MainWindow(lesson="dead-relu")
    qtbot.addWidget(win)
    win.show()
    length = win.run_length
    assert length == 300
    win.controls.play_button.click()
    qtbot.waitUntil(lambda: current(win, length) and not win.snapshot.playing, timeout=TIMEOUT_MS)
    qtbot.wait(200)
    assert win.worker.mailbox.latest().steps_done == length
    assert f"{length:,} steps are done" in win.statusBar().currentMessage()
    assert win.controls.play_button.text() == "Play"
    win.controls.play_button.click()  # Continue: past the lesson's length
    qtbot.waitUntil(lambda: current(win, length + 5), timeout=TIMEOUT_MS)
    win.controls.play_button.click()
    win.close()


def test_the_run_length_follows_a_new_number_of_steps(window):
    """The window keeps the lesson's steps (asked every frame), and a change of them is seen."""
    before = window.run_length
    window.change_setting("training", {"steps": before + 7})
    assert window.run_length == before + 7 == window.lesson.train_spec().steps
    window.change_setting("training", {"steps": before})
    assert window.run_length == before
