"""`netviz --present` and `--theme light` in screenshots: the picture they describe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from netviz.render.theme import DARK, LIGHT

TIMEOUT_S = 120
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def netviz(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # HOME and XDG_CONFIG_HOME in tmp: nothing reads or writes the user's settings.
    env = {**ENV, "HOME": str(cwd), "XDG_CONFIG_HOME": str(cwd / "config")}
    return subprocess.run([sys.executable, "-m", "netviz", *args], capture_output=True, text=True,
                          timeout=TIMEOUT_S, env=env, cwd=cwd)


def test_present_screenshot_is_the_view_and_one_plot_in_the_dark_theme(tmp_path):
    done = netviz("--present", "--lesson", "vanishing", "--steps", "3", "--screenshot", "p.png",
                  "--size", "1024x768", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(tmp_path / "p.png"))
    assert (image.width(), image.height()) == (1024, 768)
    # No menu bar: the picture's background reaches the top-left corner.
    assert image.pixelColor(3, 3) == QColor(DARK.background)


def test_theme_light_screenshot_and_an_unknown_theme(tmp_path):
    done = netviz("--theme", "light", "--lesson", "vanishing", "--steps", "1", "--screenshot", "l.png",
                  "--size", "1280x720", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(tmp_path / "l.png"))
    # The network view's right margin, level with its header (the status line, accuracy and all, ends before it).
    centre = image.pixelColor(image.width() - 3, 40)
    assert centre == QColor(LIGHT.background)
    wrong = netviz("--theme", "sepia", "--screenshot", "x.png", cwd=tmp_path)
    assert wrong.returncode == 2 and "--theme" in wrong.stderr and "dark" in wrong.stderr
    assert not (tmp_path / "x.png").exists()
