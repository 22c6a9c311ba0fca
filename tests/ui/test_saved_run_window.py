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



OPEN_AND_LOOK = """
import sys
import time
import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from netviz.engine.session import open_run
from netviz.ui import app

saved = open_run(sys.argv[1])
expected = np.load(sys.argv[2])
give_up = time.monotonic() + 30

def look_then_quit():
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    snap = windows[0].snapshot if windows else None
    trace = snap.recorded.get(3) if snap is not None and snap.recorded.checkpoints() else None
    if trace is None and time.monotonic() < give_up:
        QTimer.singleShot(50, look_then_quit)
        return
    if trace is None:
        print("step 3 never came back")
        windows[0].close()
        return
    same = all(np.array_equal(lt.node_grad, expected[f"g{i}"]) for i, lt in enumerate(trace.layers))
    print("lesson", windows[0].lesson.name, "checkpoints", [c.network_steps for c in snap.recorded.checkpoints()],
          "same", same)
    windows[0].close()

QTimer.singleShot(0, look_then_quit)
sys.exit(app.run_saved_window(saved, "900x600"))
"""


def test_netviz_open_gives_the_timeline_the_files_checkpoints(tmp_path):
    """`netviz open FILE` shows the run as File > Open run does: the file's checkpoints reach
    the timeline, so a step before the stored traces replays, exactly, after opening. The
    run is of the user's own lesson file, which the opening process does not know: the
    session file's copy of the lesson is enough."""
    import os
    import subprocess
    import sys

    import numpy as np

    from netviz.engine.lessons import load_lesson
    from netviz.engine.run import capture
    from netviz.resources import resource_path

    own = tmp_path / "lessons" / "mine.toml"
    own.parent.mkdir()
    own.write_bytes((resource_path("lessons") / "vanishing.toml").read_bytes())
    lesson = load_lesson(own)
    trainer = lesson.build()
    start = capture(trainer)  # the run's first checkpoint, at step 0
    traces = [trainer.step() for _ in range(12)]
    path = save_run(tmp_path / "v.netviz", lesson, trainer, traces[-2:], checkpoints=(start,))
    np.savez(tmp_path / "step3.npz", **{f"g{i}": lt.node_grad for i, lt in enumerate(traces[3].layers)})
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", OPEN_AND_LOOK, str(path), str(tmp_path / "step3.npz")],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "lesson mine checkpoints [0" in result.stdout and "same True" in result.stdout, result.stdout


def test_a_run_saved_without_traces_opens_with_its_network_drawn(qtbot, tmp_path):
    """A file saved by the API without any trace still opens with a picture: the network as
    it was saved, as the preview of its next step, numbered as the last step trained."""
    import numpy as np

    from netviz.ui.main_window import MainWindow

    lesson = find_lesson("vanishing")
    trainer = lesson.build()
    for _ in range(12):
        trainer.step()
    saved = open_run(save_run(tmp_path / "v.netviz", lesson, trainer))
    assert saved.traces == () or len(saved.traces) == 0
    window = MainWindow(lesson=saved.lesson.name)
    qtbot.addWidget(window)
    window.open_saved_run(saved.lesson, saved.trainer)

    def drawn() -> None:
        snap = window.snapshot
        if snap is None or snap.generation < 1 or snap.preview is None:
            raise AssertionError("no picture of the opened run yet")

    qtbot.waitUntil(drawn, timeout=10_000)
    shown = window.snapshot.preview
    assert shown.step == 11
    for layer, now in zip(shown.layers, trainer.network.layers):
        assert np.array_equal(layer.weights, now.weights)
    window.close()
