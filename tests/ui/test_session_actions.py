"""File > Save run, Open run and Save as lesson in the window (no dialogs: the actions are called with a path)."""

from __future__ import annotations

import dataclasses
import errno
import os
import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netviz.animation.choreography import settled_scene
from netviz.animation.options import SceneOptions
from netviz.animation.scene import scenes_equal
from netviz.engine.lessons import find_lesson, load_lesson
from netviz.engine.session import open_run, save_run
from netviz.ui.main_window import MainWindow
from netviz.ui.session_actions import actions_for, with_suffix

from ..engine.session_support import assert_same

TIMEOUT_MS = 15000
STEPS = 9


def make_window(qtbot, lesson: str = "vanishing", fix: str | None = None) -> MainWindow:
    win = MainWindow(lesson=lesson, fix=fix)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    return win


@pytest.fixture
def window(qtbot):
    win = make_window(qtbot, "dropout", "dropout-0.5")
    yield win
    win.close()
    assert win.worker.joined


def train(qtbot, win: MainWindow, steps: int) -> None:
    win.run_steps(steps)
    qtbot.waitUntil(lambda: win.run_finished(steps), timeout=TIMEOUT_MS)


def shown(win: MainWindow, steps: int, generation: int = 1) -> bool:
    """The window shows ``steps`` steps of the run after ``generation`` resets (1: an opened run)."""
    snap = win.snapshot
    return (snap is not None and snap.generation == generation and snap.steps_done == steps
            and win.view.scene is not None)


def caption(lesson) -> str:
    return " ".join(lesson.caption.split())  # as the view model keeps it


def error_text(win: MainWindow) -> str:
    box = actions_for(win).message_box
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    text = box.text()
    assert "Traceback" not in text
    return text


def test_save_then_open_continues_the_run_bit_for_bit(window, qtbot, tmp_path):
    train(qtbot, window, STEPS)
    window.change_setting("training", {"learning_rate": 0.02})  # a live change travels with the run
    train(qtbot, window, STEPS + 2)
    lesson = window.lesson
    actions = actions_for(window)
    path = tmp_path / "class.netviz"
    with qtbot.waitSignal(actions.sigSaved, timeout=TIMEOUT_MS) as saved_signal:
        assert actions.save_run(path)
    assert saved_signal.args == [str(path)] and not actions.saving
    assert os.listdir(tmp_path) == ["class.netviz"]

    # The engine alone: the same lesson, the same change after the same step.
    straight = find_lesson("dropout").with_fix("dropout-0.5").build()
    expected = [straight.step() for _ in range(STEPS)]
    straight.set_optimizer(lesson.train_spec().optimizer)
    expected += [straight.step() for _ in range(3)]
    saved = open_run(path)
    assert_same(saved.traces, tuple(expected[:STEPS + 2]), "every recorded step is stored")

    other = make_window(qtbot, "vanishing")
    try:
        other_actions = actions_for(other)
        with qtbot.waitSignal(other_actions.sigOpened, timeout=TIMEOUT_MS):
            assert other_actions.open_run(path)
        qtbot.waitUntil(lambda: shown(other, STEPS + 2), timeout=TIMEOUT_MS)
        assert dataclasses.replace(other.lesson, source=lesson.source) == lesson
        assert other.plots.steps_plotted == STEPS + 2  # the plots hold the whole history
        other.step_once()
        qtbot.waitUntil(lambda: shown(other, STEPS + 3), timeout=TIMEOUT_MS)
        assert_same(other.snapshot.trace, expected[STEPS + 2], "the next step after opening")
        assert other.last_error is None
    finally:
        other.close()


def test_an_opened_run_shows_its_last_stored_step_at_once_and_the_others_on_the_timeline(window, qtbot, tmp_path):
    lesson = find_lesson("dead-relu")
    trainer = lesson.build()
    traces = [trainer.step() for _ in range(8)]
    path = save_run(tmp_path / "r.netviz", lesson, trainer, traces[2:])
    stored = open_run(path).traces
    assert actions_for(window).open_run(path)
    qtbot.waitUntil(lambda: shown(window, 8), timeout=TIMEOUT_MS)
    options = SceneOptions(title=lesson.title, caption=caption(lesson))
    # Before any step: the picture is the last stored step's.
    assert window.snapshot.trace.step == 7 and window.worker.mailbox.latest().steps_done == 8
    assert scenes_equal(window.view.scene, settled_scene(stored[-1], options))
    assert window.model.span() == (2, 7)
    assert (window.animation.slider.minimum(), window.animation.slider.maximum()) == (2, 7)
    window.scrub_to(4)
    assert window.view.scene.step == 5
    assert_same(window.model.trace_shown(), traces[4], "the stored step 4")
    assert scenes_equal(window.view.scene, settled_scene(stored[2], options))


def test_an_opened_run_that_had_diverged_shows_its_banner(window, qtbot, tmp_path):
    lesson = find_lesson("exploding")
    trainer = lesson.build()
    traces = [trainer.step() for _ in range(200) if not trainer.stopped]
    assert trainer.stop_reason and "diverged" in trainer.stop_reason
    path = save_run(tmp_path / "boom.netviz", lesson, trainer, traces[-3:])
    assert actions_for(window).open_run(path)
    qtbot.waitUntil(lambda: shown(window, len(traces)) and window.view.scene.banner is not None, timeout=TIMEOUT_MS)
    assert window.view.scene.banner.startswith(trainer.stop_reason[0].upper() + trainer.stop_reason[1:])


def test_closing_the_window_right_after_save_still_writes_the_file(qtbot, tmp_path):
    win = make_window(qtbot, "dropout")
    train(qtbot, win, 3)
    path = tmp_path / "late.netviz"
    assert actions_for(win).save_run(path)
    captured = threading.Event()
    win.worker.capture(lambda trainer, recorded: captured.set())  # runs after the save's capture
    assert captured.wait(TIMEOUT_MS / 1000)
    win.close()  # the capture's signal is never delivered: closing writes it
    assert win.worker.joined and not actions_for(win).saving
    assert [t.step for t in open_run(path).traces] == [0, 1, 2]


def test_one_open_at_a_time_and_a_window_closed_while_reading_goes_quietly(qtbot, tmp_path):
    lesson = find_lesson("vanishing")
    trainer = lesson.build()
    path = save_run(tmp_path / "v.netviz", lesson, trainer, [trainer.step() for _ in range(40)])
    win = make_window(qtbot)
    actions = actions_for(win)
    assert actions.open_run(path) and actions.opening
    assert not actions.open_run(path)
    assert "being opened" in actions.message_box.text()
    win.close()  # while the first is read: it is dropped, without an error in its thread
    for thread in threading.enumerate():
        if thread.name == "netviz open run":
            thread.join(TIMEOUT_MS / 1000)
    qtbot.wait(50)  # a queued result, if any, would arrive now
    assert win.lesson.name == "vanishing" and win.worker.mailbox.latest().generation == 0


def _fail_mid_write(monkeypatch):
    """The disk fills up while the arrays are written."""
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(np.lib.format, "write_array", full)  # version 1's writer of arrays
    import netviz.engine.session as session

    monkeypatch.setattr(session, "write_blobs", full)  # version 2's


@pytest.mark.parametrize("case, reason", [
    ("missing folder", "no such folder"),
    ("a folder", "is a folder"),
    ("disk full", os.strerror(errno.ENOSPC)),
    ("read-only folder", os.strerror(errno.EACCES)),
])
def test_a_failed_save_names_the_file_and_the_reason_and_leaves_no_file(window, qtbot, tmp_path, monkeypatch,
                                                                        case, reason):
    train(qtbot, window, 2)
    folder = tmp_path / "runs"
    folder.mkdir()
    target = folder / "run.netviz"
    if case == "missing folder":
        target = folder / "missing" / "run.netviz"
    elif case == "a folder":
        target.mkdir()
    elif case == "disk full":
        _fail_mid_write(monkeypatch)
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes into a read-only folder")
        folder.chmod(0o555)
    actions = actions_for(window)
    try:
        with qtbot.waitSignal(actions.sigFailed, timeout=TIMEOUT_MS):
            assert actions.save_run(target)
    finally:
        folder.chmod(0o755)
    text = error_text(window)
    assert str(target) in text and reason in text and "Nothing was written" in text
    assert sorted(os.listdir(folder)) == (["run.netviz"] if case == "a folder" else [])
    assert not actions.saving
    monkeypatch.undo()
    with qtbot.waitSignal(actions.sigSaved, timeout=TIMEOUT_MS):  # a later save works
        assert actions.save_run(tmp_path / "after.netviz")


def test_one_save_at_a_time(window, qtbot, tmp_path):
    actions = actions_for(window)
    with qtbot.waitSignal(actions.sigSaved, timeout=TIMEOUT_MS):
        assert actions.save_run(tmp_path / "first.netviz")
        assert not actions.save_run(tmp_path / "second.netviz")
        assert "being saved" in actions.message_box.text()
    assert os.listdir(tmp_path) == ["first.netviz"]
    assert open_run(tmp_path / "first.netviz").traces == ()  # saved before any step


@pytest.mark.parametrize("content, reason", [(None, "no such file"), (b"not a zip", "is not a netviz session file")])
def test_a_file_that_cannot_be_opened_is_named_and_the_run_goes_on(window, qtbot, tmp_path, content, reason):
    train(qtbot, window, 2)
    lesson = window.lesson
    path = tmp_path / "bad.netviz"
    if content is not None:
        path.write_bytes(content)
    actions = actions_for(window)
    with qtbot.waitSignal(actions.sigFailed, timeout=TIMEOUT_MS):
        assert actions.open_run(path)  # read in the background: the failure follows
    text = error_text(window)
    assert str(path) in text and reason in text
    assert window.lesson is lesson
    window.step_once()
    qtbot.waitUntil(lambda: shown(window, 3, generation=0), timeout=TIMEOUT_MS)


def test_save_as_lesson_writes_the_settings_in_force(window, qtbot, tmp_path):
    window.change_setting("training", {"learning_rate": 0.02})
    actions = actions_for(window)
    assert actions.save_lesson(tmp_path / "mine.toml")
    back = load_lesson(tmp_path / "mine.toml")
    keep = {"name": "", "source": "", "fix_applied": None}
    assert dataclasses.replace(back, **keep) == dataclasses.replace(window.lesson, **keep)
    assert back.training["learning_rate"] == 0.02
    assert not actions.save_lesson(tmp_path / "missing" / "mine.toml")
    text = error_text(window)
    assert str(tmp_path / "missing" / "mine.toml") in text and "no such folder" in text
    assert sorted(os.listdir(tmp_path)) == ["mine.toml"]


def test_a_bare_name_gets_the_files_suffix(tmp_path):
    assert with_suffix(tmp_path / "class", ".netviz") == tmp_path / "class.netviz"
    assert with_suffix(tmp_path / "class.run", ".netviz") == tmp_path / "class.run"


def test_the_file_menu_entries_ask_for_a_file_and_act_on_it(window, qtbot, tmp_path, monkeypatch):
    """The menu's entries, with the file dialogs answered by the test (a bare name gets its suffix)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    entries = {a.text(): a for a in menu.actions()}
    assert entries["Save run…"].shortcut().toString() == "Ctrl+S"
    assert entries["Open run…"].shortcut().toString() == "Ctrl+O"
    asked = []

    def answer(name):
        def dialog(parent, title, folder, filters):
            asked.append((title, filters))
            return (str(tmp_path / name) if name else "", "")
        return dialog

    train(qtbot, window, 2)
    actions = actions_for(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer("class"))
    with qtbot.waitSignal(actions.sigSaved, timeout=TIMEOUT_MS):
        entries["Save run…"].trigger()
    entries["Save as lesson…"].trigger()
    assert sorted(os.listdir(tmp_path)) == ["class.netviz", "class.toml"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer(""))  # cancelled: nothing happens
    entries["Save run…"].trigger()
    assert not actions.saving
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer("class.netviz"))
    with qtbot.waitSignal(actions.sigOpened, timeout=TIMEOUT_MS):
        entries["Open run…"].trigger()
    qtbot.waitUntil(lambda: shown(window, 2), timeout=TIMEOUT_MS)
    assert [title for title, _ in asked] == ["Save run", "Save as lesson", "Save run", "Open run"]
    assert "*.netviz" in asked[0][1] and "*.toml" in asked[1][1]


# ----- the worker's side: stored traces on reset, a capture between steps -------------------


@pytest.fixture
def handle(qapp):
    from netviz.ui.worker_handle import WorkerHandle

    handles = []

    def _start(trainer):
        handles.append(WorkerHandle(trainer))
        return handles[-1]

    yield _start
    for h in handles:
        assert h.shutdown(timeout_s=5.0)


def test_reset_with_stored_traces_publishes_the_newest_and_records_them_all(handle, qtbot):
    lesson = find_lesson("dead-relu")
    trainer = lesson.build()
    traces = [trainer.step() for _ in range(5)]
    worker = handle(find_lesson("vanishing").build())
    worker.reset(trainer, traces[1:])
    qtbot.waitUntil(lambda: getattr(worker.mailbox.latest(), "generation", 0) == 1, timeout=TIMEOUT_MS)
    snap = worker.mailbox.latest()
    assert snap.trace is traces[-1] and snap.steps_done == 5 and snap.history_len == 5
    assert snap.recorded.span() == (1, 4) and snap.recorded.traces() == tuple(traces[1:])
    with pytest.raises(ValueError, match="increasing steps"):
        worker.reset(trainer, [traces[2], traces[1]])
    with pytest.raises(TypeError, match="StepTraces"):
        worker.reset(trainer, [None])


def test_a_capture_sees_the_trainer_and_its_recorded_steps_between_two_steps(handle):
    worker = handle(find_lesson("dropout").build())
    worker.play()
    seen = []
    done = threading.Event()

    def look(trainer, recorded):
        seen.append((trainer.network.steps_done, [t.step for t in recorded.traces()]))
        if len(seen) == 5:
            done.set()
        else:
            worker.capture(look)  # again, while training goes on

    worker.capture(look)
    assert done.wait(TIMEOUT_MS / 1000)
    worker.pause()
    for steps_done, recorded in seen:
        assert recorded == list(range(steps_done))  # every step so far, none after
    with pytest.raises(TypeError, match="capture needs a callable"):
        worker.capture(None)


def test_a_suffix_added_to_a_bare_name_asks_before_replacing_a_file(window, tmp_path, monkeypatch):
    (tmp_path / "class.netviz").write_bytes(b"an older run")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "class"), ""))
    questions = []

    def say_no(parent, title, text):
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    actions_for(window).save_run_dialog()
    assert questions == [f"{tmp_path / 'class.netviz'} exists. Replace it?"]
    assert not actions_for(window).saving and (tmp_path / "class.netviz").read_bytes() == b"an older run"


def test_a_saved_run_carries_its_checkpoints_so_the_opened_timeline_replays_the_whole_run(window, qtbot, tmp_path):
    from netviz.engine.replay import Replay

    train(qtbot, window, 60)
    saved_from = window.snapshot.recorded.checkpoints()
    assert saved_from and saved_from[0].network_steps == 0
    path = tmp_path / "run.netviz"
    with qtbot.waitSignal(actions_for(window).sigSaved, timeout=TIMEOUT_MS):
        assert actions_for(window).save_run(path)
    saved = open_run(path)
    assert [c.network_steps for c in saved.checkpoints] == [c.network_steps for c in saved_from]
    expected = find_lesson("dropout").with_fix("dropout-0.5").build()
    traces = [expected.step() for _ in range(60)]
    other = make_window(qtbot, "vanishing")
    try:
        with qtbot.waitSignal(actions_for(other).sigOpened, timeout=TIMEOUT_MS):
            assert actions_for(other).open_run(path)

        # The file's, and the opened run's own at step 60 (the file may hold one there too).
        wanted = sorted({*[c.network_steps for c in saved.checkpoints], 60})

        def has_checkpoints() -> None:
            snap = other.snapshot
            if snap is None or snap.generation != 1 or [c.network_steps for c in snap.recorded.checkpoints()] != wanted:
                raise AssertionError("the opened run's timeline has not got the file's checkpoints yet")

        qtbot.waitUntil(has_checkpoints, timeout=TIMEOUT_MS)
        kept = other.snapshot.recorded.checkpoints()
        for checkpoint in kept[:-1]:  # (the last, at step 60, has nothing after it to replay yet)
            step = checkpoint.network_steps + 1
            assert_same(Replay(checkpoint).trace(step), traces[step - 1], f"step {step}")
    finally:
        other.close()
