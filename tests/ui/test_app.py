"""`netviz --lesson NAME --steps N --screenshot out.png` without a display."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def run(*args, timeout=120):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "netviz", *args], capture_output=True, text=True, timeout=timeout,
                          env=env)


def test_screenshot_after_steps(tmp_path, qapp):
    out = tmp_path / "shot.png"
    result = run("--lesson", "dead-relu", "--steps", "25", "--screenshot", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    assert "after 25 steps" in result.stdout
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert not list(tmp_path.glob("*.part"))


def test_screenshot_errors_leave_no_file(tmp_path):
    missing = tmp_path / "no-such-folder" / "shot.png"
    result = run("--steps", "1", "--screenshot", str(missing))
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not missing.exists()
    result = run("--steps", "1", "--screenshot", str(tmp_path / "x.png"), "--size", "huge")
    assert result.returncode == 2 and "--size" in result.stderr
    result = run("--lesson", "nope", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2 and "no lesson named 'nope'" in result.stderr
    assert not list(tmp_path.iterdir())


def test_the_app_runs_qt_without_its_gui_thread_pool():
    """Set before the QApplication exists (Qt reads it when it makes the pool): the plots'
    repaints cost about twice as much with the pool (see netviz.ui.app.NO_GUI_THREAD_POOL)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    code = ("import os; from PySide6.QtWidgets import QApplication; from netviz.ui.app import make_app; "
            "before = QApplication.instance() is None and 'QT_NO_GUI_THREADPOOL' not in os.environ; "
            "make_app(); print(before, os.environ.get('QT_NO_GUI_THREADPOOL'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**env, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "1"]
