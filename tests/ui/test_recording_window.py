"""The window of a recorded run: a session file's steps, and steps arriving live on a pipe."""

from __future__ import annotations

import os
from pathlib import Path

from netviz.engine.recording import Recording
from netviz.engine.session import save_recording
from netviz.engine.trace_stream import encode_end, encode_hello, encode_trace
from netviz.ui.main_window import MainWindow
from netviz.ui.recording_window import RecordingWindow
from netviz.ui.session_actions import actions_for
from tests.engine.session_support import assert_same, small_lesson

NAMES = ("fc1 (Linear)", "fc2 (Linear)", "head (Linear)")


def _traces(n: int):
    trainer = small_lesson().build()
    return [trainer.step() for _ in range(n)]


def _wait(qtbot, condition, what: str, timeout: int = 10000) -> None:
    def check() -> None:
        if not condition():
            raise AssertionError(what)

    qtbot.waitUntil(check, timeout=timeout)


def test_a_recording_shows_its_last_step_names_and_plots(qtbot):
    traces = _traces(4)
    win = RecordingWindow(Recording("TinyNet", NAMES, tuple(traces)))
    qtbot.addWidget(win)
    win.show()
    assert "Recorded from PyTorch: TinyNet" in win.header.text()
    assert win.shown_trace is traces[-1]
    assert win.view.scene is not None
    assert win.plots.steps_plotted == 4
    win.slider.setValue(0)
    assert win.shown_trace is traces[0]
    assert "step 1 (1 of 4)" in win.step_label.text()


def test_file_open_run_shows_a_recording_in_its_own_window(qtbot, tmp_path: Path):
    traces = _traces(3)
    path = save_recording(tmp_path / "torch.netviz", Recording("TinyNet", NAMES, tuple(traces)))
    main = MainWindow(lesson="vanishing")
    qtbot.addWidget(main)
    actions = actions_for(main)
    with qtbot.waitSignal(actions.sigOpened, timeout=10000):
        actions.open_run(path)
    (shown,) = actions.recording_windows
    assert isinstance(shown, RecordingWindow) and shown.isVisible()
    assert_same(tuple(shown.traces), tuple(traces), "traces")
    assert shown.name == "TinyNet" and shown.layer_names == NAMES
    assert main.lesson.name == "vanishing"  # the window's own run goes on unchanged
    main.close()


def test_live_steps_arrive_and_the_end_keeps_the_last_step(qtbot):
    traces = _traces(3)
    read_end, write_end = os.pipe()
    win = RecordingWindow(live_name="waiting")
    qtbot.addWidget(win)
    win.show()
    stream = os.fdopen(read_end, "rb", buffering=0)
    win.follow(stream)
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(encode_hello("TinyNet", NAMES))
        for trace in traces[:2]:
            pipe.write(encode_trace(trace))
        pipe.flush()
        _wait(qtbot, lambda: win.received == 2, "two steps received")
        assert "Live from PyTorch: TinyNet" in win.header.text()
        assert win.shown_trace is not None and win.shown_trace.step == traces[1].step
        win.slider.setValue(0)  # looking back: a new step does not move the view
        pipe.write(encode_trace(traces[2]))
        pipe.write(encode_end())
    _wait(qtbot, lambda: win.ended, "the end seen")
    assert win.received == 3 and win.shown_trace is not None and win.shown_trace.step == traces[0].step
    win.slider.setValue(win.slider.maximum())
    assert win.shown_trace.step == traces[2].step
    assert "has ended" in win.header.text()
    assert win.isVisible()


def test_a_damaged_message_stops_reading_with_a_message(qtbot):
    read_end, write_end = os.pipe()
    win = RecordingWindow(live_name="m")
    qtbot.addWidget(win)
    win.follow(os.fdopen(read_end, "rb", buffering=0))
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(encode_hello("m", NAMES) + b"NVZ\x01T\x00\x00\x00\x03abc")
    _wait(qtbot, lambda: bool(win.link_error), "the error reported")
    assert "trace" in win.link_error
    assert "damaged message" in win.statusBar().currentMessage()


def test_a_long_run_keeps_the_newest_steps_within_the_memory_bound(qtbot):
    from netviz.animation.history import trace_nbytes

    traces = _traces(6)
    one = max(trace_nbytes(t) for t in traces)
    win = RecordingWindow(max_bytes=3 * one)
    qtbot.addWidget(win)
    win.show_recording(Recording("m", NAMES, tuple(traces)))
    assert [t.step for t in win.traces] == [t.step for t in traces[-3:]]
    assert win.plots.steps_plotted == 6  # the plots keep every step's numbers
    assert win.shown_trace is traces[-1]


# Runs in a fresh interpreter: this test process has long imported pyqtgraph.
AFTER_THE_PICTURE = """
import json, sys, time
from netviz.engine.recording import Recording
from netviz.ui.app import make_app
from netviz.ui.network_view import NetworkView
from netviz.ui.recording_window import RecordingWindow
from tests.engine.session_support import small_lesson

seen = {}
paint = NetworkView.paintEvent

def painted(view, event):
    paint(view, event)
    if view.scene is not None and "picture" not in seen:
        seen["picture"] = {"pyqtgraph": "pyqtgraph" in sys.modules, "plots": window.plot_panel.plots is not None}

NetworkView.paintEvent = painted
app = make_app()
trainer = small_lesson().build()
traces = tuple(trainer.step() for _ in range(5))
window = RecordingWindow(Recording("TinyNet", ("fc1 (Linear)", "fc2 (Linear)", "head (Linear)"), traces))
seen["pyqtgraph after the window"] = "pyqtgraph" in sys.modules
window.slider.setValue(2)
window.show()
deadline = time.monotonic() + 20
while window.plot_panel.plots is None and time.monotonic() < deadline:
    app.processEvents()
plots = window.plot_panel.plots
seen["plotted"] = plots.steps_plotted if plots is not None else None
seen["cursor"] = [line.value() for line in plots._cursors if line.isVisible()] if plots is not None else None
seen["boundary shown"] = plots.boundary_plot.isVisibleTo(window) if plots is not None else None
window.close()
print(json.dumps(seen))
"""


def test_the_recording_window_paints_the_network_before_it_imports_pyqtgraph():
    import json
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", AFTER_THE_PICTURE], env=env, cwd=root,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["pyqtgraph after the window"] is False
    assert seen["picture"] == {"pyqtgraph": False, "plots": False}  # the network first, without pyqtgraph
    # Then the plots, with every step received before them, the cursor on the step shown, no boundary plot.
    assert seen["plotted"] == 5 and seen["cursor"] and set(seen["cursor"]) == {2} and seen["boundary shown"] is False
