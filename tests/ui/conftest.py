"""Window tests never read or write the user's settings: QSettings' INI files go to a temporary folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from netviz.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    # A folder of its own, not inside the test's tmp_path, which tests list to check what they wrote.
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def private_lessons(tmp_path_factory, monkeypatch):
    """The user's lessons folder, empty and private to the test (the picker lists what is in it)."""
    from netviz.ui import lesson_files

    folder = tmp_path_factory.mktemp("lessons")
    monkeypatch.setattr(lesson_files, "user_lessons_dir", lambda: folder)
    yield folder


@pytest.fixture
def shown_window(qtbot):
    """The vanishing lesson's window at 1280x720, shown, exposed and active; closed afterwards."""
    win = MainWindow(lesson="vanishing")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


@pytest.fixture
def window(shown_window):
    """``shown_window``, for the test files that use no window of their own."""
    return shown_window
