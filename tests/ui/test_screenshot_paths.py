"""`--screenshot` checks its path before the window opens, never replaces a device or a
FIFO, and an exception inside a Qt slot ends a headless run instead of hanging it."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow

from netviz.ui.slot_errors import EXIT_CODE, SlotErrorGuard

TIMEOUT_S = 120  # a hang fails the test instead of stopping the suite
# The runs start in tmp_path: the package must still come from this checkout.
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def netviz(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "netviz", *args], capture_output=True, text=True,
                          timeout=TIMEOUT_S, env=ENV, cwd=cwd)


def python(code: str, *args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=TIMEOUT_S, env=ENV, cwd=cwd)


@pytest.mark.parametrize("path, message", [
    ("folder", "folder is a folder; give a file name, e.g. "),
    ("", "--screenshot: give a file name, e.g. screenshot.png"),
    (".", "is a folder; give a file name"),
    ("/", "/ is a folder; give a file name"),
    ("shot.jpg", "shot.jpg ends in .jpg, but the screenshot is a PNG: name it shot.png"),
])
def test_a_path_that_is_not_a_png_file_is_refused_before_the_window(tmp_path, path, message):
    (tmp_path / "folder").mkdir()
    result = netviz("--lesson", "vanishing", "--steps", "1", "--screenshot", path, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]  # no folder.part, nothing else
    assert list((tmp_path / "folder").iterdir()) == []


def test_a_fifo_or_a_device_is_never_replaced(tmp_path):
    os.mkfifo(tmp_path / "pipe.png")
    devices = ["pipe.png"]
    if os.geteuid() == 0:
        os.mknod(tmp_path / "null", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        devices.append("null")
    for name in devices:
        result = netviz("--steps", "1", "--screenshot", name, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert "not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe.png").st_mode)
    if "null" in devices:
        assert stat.S_ISCHR(os.lstat(tmp_path / "null").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(devices)


def test_the_screenshot_replaces_a_file_through_a_hidden_temporary(tmp_path):
    (tmp_path / "shot.png").write_bytes(b"old")
    result = netviz("--lesson", "vanishing", "--steps", "1", "--screenshot", "shot.png", "--size", "640x400",
                    cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shot.png").read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]


SLOT_FAILS = """
import sys
from netviz.ui import main_window

def broken(self, steps):
    raise RuntimeError("boom in a slot")

main_window.MainWindow.run_finished = broken
from netviz.ui.app import run_window
sys.exit(run_window("vanishing", None, 1, sys.argv[1], "640x400"))
"""


def test_an_exception_in_a_slot_ends_a_headless_run(tmp_path):
    result = python(SLOT_FAILS, "shot.png", cwd=tmp_path)
    assert result.returncode == EXIT_CODE, result.stderr
    assert "netviz: internal error: RuntimeError: boom in a slot" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_exception_in_a_slot_is_shown_in_the_window(qtbot, qapp, capsys):
    window = QMainWindow()
    qtbot.addWidget(window)

    def boom() -> None:
        raise ValueError("a slot broke")

    with SlotErrorGuard(qapp, window, headless=False) as guard:
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=5000)
        QTimer.singleShot(0, boom)  # a second error while the box is open adds no second box
        qtbot.waitUntil(lambda: len(guard.errors) == 2, timeout=5000)
    assert sys.excepthook is not guard._hook
    assert "ValueError: a slot broke" in guard.box.text()
    assert "Traceback" in guard.box.detailedText()
    assert window.statusBar().currentMessage() == "Something went wrong: ValueError: a slot broke"
    assert [w for w in qapp.topLevelWidgets() if w.isVisible() and w.windowTitle() == guard.box.windowTitle()] \
        == [guard.box]
    assert "ValueError: a slot broke" in capsys.readouterr().err
    guard.box.close()


def test_a_size_the_window_cannot_take_is_said(tmp_path):
    result = netviz("--lesson", "vanishing", "--steps", "1", "--screenshot", "shot.png", "--size", "320x240",
                    cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "note: the window could not be 320x240; the screenshot is " in result.stderr


SAYS_READY = """
import sys
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from netviz.ui import main_window

real_run_steps = main_window.MainWindow.run_steps

def run_steps(self, steps):
    real_run_steps(self, steps)
    # Runs once the event loop (and the signal handlers around it) has started.
    QTimer.singleShot(0, lambda: print("ready", flush=True))

main_window.MainWindow.run_steps = run_steps
from netviz.ui.app import run_window
sys.exit(run_window("vanishing", None, 1_000_000, sys.argv[1], "640x400"))
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_a_kill_ends_a_headless_run(tmp_path, signum):
    proc = subprocess.Popen([sys.executable, "-c", SAYS_READY, "shot.png"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV, cwd=tmp_path)
    try:
        assert proc.stdout.readline().strip() == "ready"
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "netviz: interrupted" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


class _Worker(QObject):
    sigGo = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.sigGo.connect(self.fail)

    @Slot()
    def fail(self) -> None:
        raise OSError("the worker's slot broke")


def test_an_exception_in_a_worker_threads_slot_is_shown_on_the_gui_thread(qtbot, qapp):
    window = QMainWindow()
    qtbot.addWidget(window)
    thread = QThread()
    worker = _Worker()
    worker.moveToThread(thread)
    thread.start()
    try:
        with SlotErrorGuard(qapp, window, headless=False) as guard:
            worker.sigGo.emit()  # queued: the slot runs on the worker thread
            qtbot.waitUntil(lambda: guard.box is not None and guard.box.isVisible(), timeout=5000)
    finally:
        thread.quit()
        thread.wait()
    assert guard.box.thread() is qapp.thread()
    assert "OSError: the worker's slot broke" in guard.box.text()
    guard.box.close()
