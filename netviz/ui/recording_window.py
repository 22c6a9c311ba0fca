"""The window of a recorded run: a PyTorch model's steps, from a session file or live from its script.

A recorded run has no Trainer (nothing to train on here): the window shows its steps in the
same network view and plots as an engine run, with a step slider over the recorded steps.
``RecordingWindow.show_recording`` takes a ``Recording`` (``netviz open FILE``, File > Open
run); ``follow(stream)`` reads the live link's frames (``netviz.engine.trace_stream``) on a
reader thread that only fills an inbox under a lock; the window's timer takes them, so the
GUI thread never waits for the script and the script never waits for the GUI. While the
slider is at the newest step the view follows new steps; moved back, it stays put.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QMainWindow, QSlider, QVBoxLayout, QWidget

from netviz.animation.choreography import settled_scene
from netviz.animation.history import DEFAULT_MAX_BYTES, trace_nbytes
from netviz.animation.options import SceneOptions
from netviz.engine.recording import Recording, summary_of
from netviz.engine.summary import StepSummary
from netviz.engine.trace import StepTrace
from netviz.engine.trace_stream import End, Hello, StreamError, StreamReader
from netviz.render.renderer import NetworkRenderer
from netviz.ui.inspector import Inspector
from netviz.ui.network_view import NetworkView
from netviz.ui.plot_panel import PlotPanel
from netviz.ui.themes import DEFAULT_THEME, find_theme
from netviz.ui.window_layout import available_size

if TYPE_CHECKING:  # built after the first picture (plot_panel): pyqtgraph is not needed to open the window
    from netviz.ui.plots import TrainingPlots

POLL_MS = 50  # how often the window takes the steps that arrived on the live link
# The recorded steps the slider keeps, by the memory their traces hold (the oldest go first,
# as in the main window's history): a long live run of a large model stays bounded.


class _Inbox:
    """What the reader thread hands to the GUI thread: new items and the link's state."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[Hello | StepTrace] = []
        self.ended = False  # the script said it stopped recording
        self.closed = False  # the stream ended (the script exited, with or without an end message)
        self.error = ""  # a malformed message: nothing more is read

    def take(self) -> tuple[list[Hello | StepTrace], bool, bool, str]:
        with self.lock:
            items, self.items = self.items, []
            return items, self.ended, self.closed, self.error


class RecordingWindow(QMainWindow):
    """Shows a recorded run; ``live_name`` set: waits for the live link of that model."""

    def __init__(self, recording: Recording | None = None, *, live_name: str | None = None,
                 log: IO[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES, parent: QWidget | None = None):
        """``log``: a text file that gets a line per step received live ("step 10") and
        "ended" when the script ends (for scripts and tests that watch the window)."""
        super().__init__(parent)
        self.log = log
        self.setObjectName("netviz recording window")
        self.name = ""
        self.layer_names: tuple[str, ...] = ()
        self.traces: list[StepTrace] = []
        self.max_bytes = max_bytes  # the traces kept hold at most this much (at least the newest is kept)
        self._sizes: list[int] = []  # trace_nbytes of each kept trace
        self.live = live_name is not None
        self.received = 0  # traces that came over the live link
        self.ended = False
        self.link_error = ""
        self._inbox: _Inbox | None = None
        self._reader: threading.Thread | None = None

        self.renderer = NetworkRenderer(find_theme(DEFAULT_THEME))
        self.renderer.compiled_lines = True  # once compiled (app.train_fused warms it up)
        self.view = NetworkView(self.renderer)
        self.header = QLabel()  # the run's title: drawn in the picture, kept here for the window's state
        self.header.setObjectName("netviz recording header")
        self.header.setVisible(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setEnabled(False)
        self.slider.valueChanged.connect(self._show_index)
        self.step_label = QLabel()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Recorded step:")))
        row.addWidget(self.slider, 1)
        row.addWidget(self.step_label)
        layout.addLayout(row)
        self.setCentralWidget(central)
        # The plots (pyqtgraph) are built after the first picture, as the main window's are;
        # until then the curves' names and the steps' summaries wait here.
        self.plot_panel = PlotPanel()
        self._plot_layers: list[str] = ["output"]
        self._unplotted: list[StepSummary] = []
        self.plot_panel.when_built(self._fill_plots)
        self.plot_panel.build_after_picture(self.view, lambda: self.view.scene is not None)
        dock = QDockWidget(self.tr("Plots"), self)
        dock.setObjectName("Plots")
        dock.setWidget(self.plot_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        # The node inspector, as in the main window: a click (or Enter on the keyboard's
        # node) keeps a node inspected across steps; hovering shows another meanwhile.
        self.inspector = Inspector()
        self.focus: tuple[int, int] | None = None
        inspector_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Inspector"), self)  # its words
        inspector_dock.setObjectName("Inspector")
        inspector_dock.setWidget(self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector_dock)
        self.view.sigNodeHovered.connect(self._on_hover)
        self.view.sigNodeClicked.connect(self.set_focus)
        # 1200 x 800, or the screen's room if less (at 1280 x 720 the status bar was off the screen).
        room = available_size(self)
        self.resize(min(1200, room.width()), min(800, room.height()))
        self.resizeDocks([dock], [260 if self.height() >= 800 else 200], Qt.Orientation.Vertical)
        self.resizeDocks([inspector_dock], [280], Qt.Orientation.Horizontal)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        if recording is not None:
            self.show_recording(recording)
        elif live_name is not None:
            self._start(live_name, ())
            self.statusBar().showMessage(self.tr("Waiting for the first recorded step…"))

    # ----- what is shown ------------------------------------------------------------

    def _start(self, name: str, layer_names: tuple[str, ...]) -> None:
        self.name, self.layer_names = name, layer_names
        self.traces, self._sizes = [], []
        title = self.tr("Live from PyTorch: %1").replace("%1", name) if self.live \
            else self.tr("Recorded from PyTorch: %1").replace("%1", name)
        self.header.setText(title)
        self.setWindowTitle(self.tr("netviz: %1").replace("%1", name))
        self._plot_layers, self._unplotted = list(layer_names) or ["output"], []
        if self.plot_panel.plots is not None:
            self.plot_panel.plots.clear(self._plot_layers, 1)
        self.view.set_scene(None)
        self._update_slider(follow=True)

    def show_recording(self, recording: Recording) -> None:
        """Show a recorded run (from a session file): its last step, every step on the slider."""
        self.live = False
        self._start(recording.name, recording.layer_names)
        self._add(list(recording.traces))
        self.statusBar().showMessage(self.tr("%n recorded step(s)", "", len(recording.traces)))

    def _add(self, traces: list[StepTrace]) -> None:
        if not traces:
            return
        following = self.slider.value() >= self.slider.maximum()
        self.traces.extend(traces)
        self._sizes.extend(trace_nbytes(t) for t in traces)
        total, drop = sum(self._sizes), 0
        while drop < len(self.traces) - 1 and total > self.max_bytes:
            total -= self._sizes[drop]
            drop += 1
        del self.traces[:drop], self._sizes[:drop]
        summaries = [summary_of(t) for t in traces]
        if self.plot_panel.plots is not None:
            self.plot_panel.plots.append(summaries)
        else:
            self._unplotted.extend(summaries)
        self._update_slider(follow=following)

    def _update_slider(self, follow: bool) -> None:
        n = len(self.traces)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, n - 1))
        if follow:
            self.slider.setValue(max(0, n - 1))
        self.slider.blockSignals(False)
        self.slider.setEnabled(n > 1)
        self._show_index(self.slider.value())

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self.traces):
            self.step_label.setText(self.tr("none yet"))
            return
        trace = self.traces[index]
        # Steps counted from 1, as the picture and the main window count them.
        self.step_label.setText(self.tr("step %1 (%2 of %3)").replace("%1", str(trace.step + 1))
                                .replace("%2", str(index + 1)).replace("%3", str(len(self.traces))))
        self.view.set_scene(settled_scene(self._named(trace), SceneOptions(title=self.header.text())))
        self.plot_panel.set_cursor(trace.step)
        if self.focus is not None:
            self._inspect(self.focus)

    def set_focus(self, node: tuple[int, int]) -> None:
        """Inspect ``node`` (column, index) on every step shown from now on."""
        self.focus = node
        self._inspect(node)

    def _on_hover(self, node: tuple[int, int] | None) -> None:
        if node is not None:
            self._inspect(node)

    def _inspect(self, node: tuple[int, int]) -> None:
        trace = self.shown_trace
        if trace is not None:
            self.inspector.show_node(self._named(trace), *node)

    def _named(self, trace: StepTrace) -> StepTrace:
        """The trace with its layers named as the model names them (the picture's labels)."""
        if len(self.layer_names) != len(trace.layers):
            return trace
        return replace(trace, layers=tuple(replace(lt, name=name) for lt, name in zip(trace.layers, self.layer_names)))

    @property
    def plots(self) -> TrainingPlots:
        """The plots, built now if the first picture has not brought them yet."""
        return self.plot_panel.build()

    def _fill_plots(self, plots: TrainingPlots) -> None:
        """The plots were just built: the run's curves and every step received so far."""
        plots.boundary_plot.hide()  # a model's own data has no plane to draw
        plots.clear(self._plot_layers, 1)
        plots.append(self._unplotted)
        self._unplotted = []
        trace = self.shown_trace  # (clear hid the cursor the panel had handed over)
        plots.set_cursor(trace.step if trace is not None else None)

    @property
    def shown_trace(self) -> StepTrace | None:
        index = self.slider.value()
        return self.traces[index] if 0 <= index < len(self.traces) else None

    # ----- the live link --------------------------------------------------------------

    def follow(self, stream: IO[bytes]) -> None:
        """Read the live link's frames from ``stream`` (a pipe's read end) on a reader thread."""
        self.live = True
        inbox = self._inbox = _Inbox()
        # A daemon: the window may close while the script is still sending.
        self._reader = threading.Thread(target=_read_stream, args=(stream, inbox), name="netviz follow",
                                        daemon=True)
        self._reader.start()
        self._timer.start()

    def _poll(self) -> None:
        if self._inbox is None:
            return
        items, ended, closed, error = self._inbox.take()
        traces: list[StepTrace] = []
        for item in items:
            if isinstance(item, Hello):
                self._add(traces)
                traces = []
                self._start(item.name, item.layer_names)
            else:
                traces.append(item)
        self.received += len(traces)
        self._add(traces)
        self._log(*(f"step {t.step}" for t in traces))
        if traces:
            self.statusBar().showMessage(self.tr("Live: %n step(s) received", "", self.received))
        if error and not self.link_error:
            self.link_error = error
            self._log(f"error {error}")
            self.statusBar().showMessage(self.tr("The live link sent a damaged message; no more steps are read: %1")
                                         .replace("%1", error))
            self._timer.stop()
        elif (ended or closed) and not self.ended:
            self.ended = True
            self.header.setText(self.tr("Recorded from PyTorch: %1 (the script has ended)").replace("%1", self.name))
            self.statusBar().showMessage(self.tr("The script has ended: %n step(s) received", "", self.received))
            self._timer.stop()
            self._show_index(self.slider.value())
            self._log("ended")

    def _log(self, *lines: str) -> None:
        if self.log is not None and lines:
            self.log.write("".join(f"{line}\n" for line in lines))
            self.log.flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()
        super().closeEvent(event)


def _read_stream(stream: IO[bytes], inbox: _Inbox) -> None:
    """In the reader thread: frames into the inbox until the end, or the first malformed
    one; then the stream is closed (the reader owns it: nothing else reads it)."""
    reader = StreamReader(stream)
    try:
        while True:
            item = reader.read()
            if item is None:
                break
            if isinstance(item, End):
                with inbox.lock:
                    inbox.ended = True
                continue
            with inbox.lock:
                inbox.items.append(item)
    except StreamError as exc:
        with inbox.lock:
            inbox.error = str(exc)
        return
    except (OSError, ValueError) as exc:  # the pipe failed, or was closed under the reader
        with inbox.lock:
            inbox.error = f"{type(exc).__name__}: {exc}"
        return
    finally:
        try:
            stream.close()
        except OSError:
            pass
    with inbox.lock:
        inbox.closed = True


def run_recording_window(recording: Recording | None, *, live_name: str | None = None,
                         log_path: str | None = None, lang: str | None = None) -> int:
    """`netviz open FILE` of a recorded run, or `netviz follow` (live: reads standard input);
    ``lang``: the window's language (--lang), else the one last chosen, else the system's."""
    import sys

    from netviz.ui.app import make_app, speak

    app = make_app()
    speak(lang)  # as the main window does: a recorded run was shown in English whatever --lang said
    log = open(log_path, "a", encoding="utf-8") if log_path else None  # noqa: SIM115 - open while the app runs
    try:
        window = RecordingWindow(recording, live_name=live_name, log=log)
        if live_name is not None:
            window.follow(sys.stdin.buffer)
        window.show()
        return app.exec()
    finally:
        if log is not None:
            log.close()
