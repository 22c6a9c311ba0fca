"""Scrubbing in the window: a step that needs a replay never holds up the GUI thread; the view
shows the step number at once (slider, step label, plots' cursor), the picture before it dimmed
with "Computing step N…", then the exact step; the newest scrub wins; a reset or a close in the
middle of a replay shows nothing of it and crashes nothing."""

from __future__ import annotations

import threading

import pytest

from netviz.animation import view_model
from netviz.ui.main_window import MainWindow
from tests.animation.test_run_timeline import assert_same
from tests.animation.test_scrub_replays import make_replays_slow

TIMEOUT_MS = 20000
STEPS = 300


@pytest.fixture
def window(qtbot, monkeypatch):
    """dead-relu trained STEPS steps at full speed (most steps untraced), paused; every step not
    at hand goes to the background replays (none short enough to replay on the GUI thread)."""
    monkeypatch.setattr(view_model, "INLINE_REPLAY_S", 0.0)
    win = MainWindow(lesson="dead-relu")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.run_steps(STEPS)
    qtbot.waitUntil(lambda: win.run_finished(STEPS), timeout=TIMEOUT_MS)
    yield win
    win.close()


def not_at_hand(window, below=STEPS):
    """The newest step before ``below`` that only a replay can give back."""
    recorded = window.snapshot.recorded
    return next(s for s in range(below - 1, 0, -1) if recorded.at_hand(s) is None)


def reference(window, step):
    """Step ``step``'s trace as a plain Trainer of the lesson records it."""
    trainer = window.lesson.build()
    for _ in range(step):
        trainer.step_outcome()
    return trainer.step()


def settled(window, qtbot):
    def done():
        if window.model.computing is not None:
            raise AssertionError(f"still computing step {window.model.computing}")
    qtbot.waitUntil(done, timeout=TIMEOUT_MS)


def scenes_drawn(window):
    """The steps of every scene the view is given from now on (1-based, as a scene counts)."""
    drawn = []
    set_scene = window.view.set_scene

    def spy(scene):
        drawn.append(None if scene is None else scene.step)
        set_scene(scene)

    window.view.set_scene = spy
    return drawn


def test_a_scrub_that_needs_a_replay_returns_at_once_then_shows_the_exact_step(window, qtbot, monkeypatch):
    gate, entered = make_replays_slow(monkeypatch)
    far = not_at_hand(window)
    before = window.view.scene.step
    window.scrub_to(far)  # returns while the replay waits at the gate
    assert window.model.computing == far and entered.wait(TIMEOUT_MS / 1000)
    assert window.view.scene.step == before  # the picture before, meanwhile
    assert window.animation.slider.value() == far and window.plots._cursors[0].value() == far
    message = f"Computing step {far + 1}…"

    def said():
        if window.statusBar().currentMessage() != message:
            raise AssertionError(window.statusBar().currentMessage())
    qtbot.waitUntil(said, timeout=TIMEOUT_MS)
    assert window.view.graphicsEffect() is not None and window.view.graphicsEffect().isEnabled()
    gate.set()
    settled(window, qtbot)
    assert window.view.scene.step == far + 1
    assert_same(window.model.trace_shown(), reference(window, far), f"step {far}")
    assert window.statusBar().currentMessage() == "" and not window.view.graphicsEffect().isEnabled()


def test_the_newest_scrub_wins(window, qtbot, monkeypatch):
    gate, entered = make_replays_slow(monkeypatch)
    first = not_at_hand(window, 100)
    second = not_at_hand(window, 200)
    third = not_at_hand(window)
    drawn = scenes_drawn(window)
    window.scrub_to(first)
    assert entered.wait(TIMEOUT_MS / 1000)
    window.scrub_to(second)
    window.scrub_to(third)
    gate.set()
    settled(window, qtbot)
    qtbot.wait(100)  # a few more frames: nothing late arrives
    assert window.view.scene.step == third + 1 and window.model.shown_step() == third
    assert first + 1 not in drawn and second + 1 not in drawn and third + 1 in drawn
    assert_same(window.model.trace_shown(), reference(window, third), f"step {third}")


def test_a_reset_in_the_middle_of_a_replay_never_shows_the_old_run(window, qtbot, monkeypatch):
    gate, entered = make_replays_slow(monkeypatch)
    far = not_at_hand(window)
    window.scrub_to(far)
    assert entered.wait(TIMEOUT_MS / 1000)
    drawn = scenes_drawn(window)
    window.reset()
    gate.set()
    qtbot.waitUntil(lambda: window.snapshot is not None and window.is_current(window.snapshot), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.model.replays.busy(), timeout=TIMEOUT_MS)
    qtbot.wait(100)
    assert far + 1 not in drawn and window.model.pinned is None and window.model.computing is None
    assert window.view.scene.step <= 1  # the new run's preview or first step
    assert window.model.replays.finished == 0


def test_closing_in_the_middle_of_a_replay(window, qtbot, monkeypatch):
    gate, entered = make_replays_slow(monkeypatch)
    window.scrub_to(not_at_hand(window))
    assert entered.wait(TIMEOUT_MS / 1000)
    threading.Timer(0.2, gate.set).start()  # the chunk under way ends; the close stops the rest
    window.close()
    assert window.model.replays.closed and not window.model.replays.busy()
    assert window.model.replays.finished == 0


def test_a_pinned_step_that_comes_at_hand_without_its_replay_is_shown(window, qtbot, monkeypatch):
    """While the scrub thread's replay waits, the step comes at hand another way (the worker's
    own replay of its newest steps caches several) and another reader of the shown trace (the
    playground's editor, on its timer) finds it: the replay is no longer needed, and the view
    shows the step at the next frame. (It kept the picture before: a test failed at random.)"""
    gate, entered = make_replays_slow(monkeypatch)
    far = not_at_hand(window)
    before = window.view.scene.step
    window.scrub_to(far)
    assert window.model.computing == far and entered.wait(TIMEOUT_MS / 1000)
    qtbot.wait(300)  # the worker's last snapshot (it was told to pause) has come and gone
    assert window.view.scene.step == before
    recorded = window.snapshot.recorded
    trace, at_hand = recorded.get(far), recorded.at_hand  # a walk of this thread's own (the scrub waits)
    monkeypatch.setattr(recorded, "at_hand", lambda step: trace if step == far else at_hand(step))
    assert window.model.trace_shown().step == far and window.model.computing is None

    def shown():
        if window.view.scene.step != far + 1:
            raise AssertionError(f"the view shows step {window.view.scene.step}")
    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)
    gate.set()
