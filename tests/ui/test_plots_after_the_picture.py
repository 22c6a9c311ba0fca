"""The network is painted before pyqtgraph is imported (0.3 s of the start); the plots follow."""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

# Runs in a fresh interpreter: this test process has long imported pyqtgraph.
PROGRAM = """
import gc, json, sys, time
from netviz.ui.app import make_app, train_fused
from netviz.ui.stepping import FUSED_LIVE
from netviz.ui.main_window import MainWindow
from netviz.ui.network_view import NetworkView

seen = {}
paint = NetworkView.paintEvent

def painted(view, event):
    paint(view, event)
    if view.scene is not None and "picture" not in seen:
        seen["picture"] = {"pyqtgraph": "pyqtgraph" in sys.modules, "plots": window.plot_panel.plots is not None}
        seen["numba at the picture"] = "numba" in sys.modules

NetworkView.paintEvent = painted
app = make_app()
seen["pyqtgraph after imports"] = "pyqtgraph" in sys.modules
window = MainWindow(lesson="vanishing", remember=False)
train_fused(window)
seen["numba after the window"] = "numba" in sys.modules
window.resize(1024, 768)
window.show()
deadline = time.monotonic() + 20
while window.plot_panel.plots is None and time.monotonic() < deadline:
    app.processEvents()
seen["plots"] = window.plot_panel.plots is not None
seen["frozen at the plots"] = gc.get_freeze_count()
seen["scanned at the plots"] = len(gc.get_objects())
seen["pyqtgraph at the end"] = "pyqtgraph" in sys.modules
seen["fused"] = FUSED_LIVE.wait(120)
seen["numba at the end"] = "numba" in sys.modules
deadline = time.monotonic() + 1.0
while time.monotonic() < deadline:
    app.processEvents()  # the window looks for the end of the warm-up on a timer
seen["scanned after the kernel"] = len(gc.get_objects())  # the objects a full collection scans
window.close()
print(json.dumps(seen))
"""


@functools.cache
def _seen() -> dict:
    """What PROGRAM saw (run once for the tests below)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", PROGRAM], env=env, cwd=root,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_network_is_painted_before_pyqtgraph_is_imported_and_the_plots_come_next():
    seen = _seen()
    assert seen["pyqtgraph after imports"] is False
    assert seen["picture"] == {"pyqtgraph": False, "plots": False}  # the network first, without pyqtgraph
    assert seen["plots"] is True and seen["pyqtgraph at the end"] is True


def test_numba_is_imported_after_the_picture_in_a_thread_of_its_own():
    seen = _seen()
    assert seen["numba after the window"] is False and seen["numba at the picture"] is False
    with_numba = importlib.util.find_spec("numba") is not None
    assert seen["fused"] is (True if with_numba else None)  # the window's runs are fused runs once warm
    assert seen["numba at the end"] is with_numba


def test_what_is_alive_once_the_window_settled_is_frozen_for_the_cycle_collector():
    """The window, the plots and (loaded later) the kernel live for the whole session: frozen
    (gc.freeze), a full collection no longer scans them (90 ms -> 18 ms measured)."""
    seen = _seen()
    assert seen["frozen at the plots"] > 10_000  # the window's and the libraries' objects
    # numba's too, once loaded (its import alone brings tens of thousands): what a full
    # collection still scans is what the run made since.
    assert seen["scanned after the kernel"] < 15_000


def test_a_screenshot_at_once_shows_the_plots(tmp_path, qapp):
    """--screenshot with no steps is saved as soon as the first snapshot is shown: the plots,
    built after the first picture (or for the screenshot, if they are not yet), are in it."""
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "netviz", "--lesson", "vanishing", "--screenshot", str(out),
                             "--size", "1280x720"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    # The plots dock (below the view at 1280x720): titles, axes and the decision boundary, not an empty area.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(520, 650, 3)}
    assert len(colours) > 20
