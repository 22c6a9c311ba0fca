"""The window's own lessons and data: a bad lesson file is skipped with a warning, the user's
lessons folder fills the picker, File > Open lesson… and Open data… (errors in a message box)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from netviz.engine.lessons import lesson_names, lessons_dir
from netviz.ui import lesson_files
from netviz.ui.main_window import MainWindow

MINE = """title = "My circle"
caption = "A small net on the circle."
[dataset]
name = "circle"
[network]
hidden = [3]
activation = "tanh"
[training]
batch_size = 8
"""
POINTS = "a,b,c,label\n" + "".join(f"{i % 3},{i % 5},{i % 7},{i % 2}\n" for i in range(24))


def _items(window: MainWindow) -> dict[str, str]:
    combo = window.controls.lesson_combo
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def _window(qtbot) -> MainWindow:
    win = MainWindow(lesson="vanishing", remember=False)
    qtbot.addWidget(win)
    return win


def test_a_broken_lesson_file_is_skipped_with_a_warning_and_the_window_opens(qtbot, private_lessons, capsys):
    (private_lessons / "broken.toml").write_text(MINE.replace("hidden = [3]", "hidden = [100]"))
    (private_lessons / "invalid.toml").write_text("title = [unclosed")
    (private_lessons / "mine.toml").write_text(MINE)
    win = _window(qtbot)
    items = _items(win)
    assert set(lesson_names()) <= set(items)
    assert items[str(private_lessons / "mine.toml")] == "My circle (your lesson)"
    assert not any("broken" in key or "invalid" in key for key in items)
    assert "Skipped 2 lesson files" in win.statusBar().currentMessage()
    err = capsys.readouterr().err
    assert "broken.toml: network.hidden[0]" in err and "invalid.toml" in err


def test_a_broken_built_in_lesson_does_not_stop_the_window(qtbot, monkeypatch, tmp_path):
    # The window loaded every built-in by name at start: one bad file stopped it opening.
    folder = tmp_path / "lessons"
    folder.mkdir()
    for name in lesson_names():
        (folder / f"{name}.toml").write_bytes((lessons_dir() / f"{name}.toml").read_bytes())
    (folder / "dropout.toml").write_text("title = 3")
    monkeypatch.setattr("netviz.engine.lessons.lessons_dir", lambda: folder)
    win = _window(qtbot)
    assert "dropout" not in _items(win) and "vanishing" in _items(win)
    assert "Skipped 1 lesson file " in win.statusBar().currentMessage()


def test_a_users_lesson_named_like_a_built_in_is_its_own_entry(qtbot, private_lessons):
    mine = private_lessons / "vanishing.toml"
    mine.write_text(MINE)
    win = _window(qtbot)
    combo = win.controls.lesson_combo
    combo.setCurrentIndex(combo.findData(str(mine)))
    assert win.lesson.title == "My circle" and combo.currentText() == "My circle (your lesson)"
    combo.setCurrentIndex(combo.findData("vanishing"))
    assert win.lesson.title == "Vanishing gradients"


def test_open_lesson_runs_it_and_the_picker_shows_it(qtbot, tmp_path):
    path = tmp_path / "elsewhere.toml"
    path.write_text(MINE)
    win = _window(qtbot)
    lesson = lesson_files.files_for(win).open_lesson(path)
    assert lesson is not None and win.lesson is lesson
    assert win.controls.lesson_combo.currentData() == str(path)


def test_open_lesson_names_the_field_of_a_bad_file(qtbot, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(MINE.replace('activation = "tanh"', 'activation = "nope"'))
    win = _window(qtbot)
    files = lesson_files.files_for(win)
    assert files.open_lesson(path) is None
    assert isinstance(files.message_box, QMessageBox) and "network.activation" in files.message_box.text()
    assert win.lesson.name == "vanishing"


def test_open_data_trains_the_lesson_on_the_csv(qtbot, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text(POINTS)
    win = _window(qtbot)
    lesson = lesson_files.files_for(win).open_data(path, "label")
    assert lesson is not None and win.lesson is lesson
    assert lesson.title == "Vanishing gradients on points.csv"
    assert win.controls.lesson_combo.currentText() == lesson.title
    win.step_once()
    qtbot.waitUntil(lambda: _stepped(win), timeout=10_000)
    assert win.snapshot.network_spec.inputs == 3


def _stepped(win: MainWindow) -> None:
    if win.snapshot is None or win.snapshot.generation != win._generation or win.snapshot.steps_done < 1:
        raise AssertionError("no step yet")


def test_open_data_errors_name_the_field(qtbot, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text(POINTS)
    win = _window(qtbot)
    files = lesson_files.files_for(win)
    cases = [(path, "nope", "dataset.target"), (tmp_path, "a", "dataset.csv"),
             (tmp_path / "none.csv", "a", "dataset.csv")]
    for where, target, field in cases:
        assert files.open_data(where, target) is None
        assert field in files.message_box.text(), files.message_box.text()
    assert win.lesson.name == "vanishing"


def test_the_file_menu_offers_open_lesson_and_open_data(qtbot):
    win = _window(qtbot)
    texts = [a.text() for a in win.menuBar().actions()[0].menu().actions()]
    assert "Open lesson…" in texts and "Open data…" in texts


def test_a_skipped_files_name_never_drives_the_terminal(qtbot, private_lessons, capsys):
    (private_lessons / "red\x1b[31m.toml").write_text("title = [")
    win = _window(qtbot)
    err = capsys.readouterr().err
    assert "\x1b" not in err and "red\\x1b[31m.toml" in err
    assert "\x1b" not in win.statusBar().currentMessage()
