"""The window's frame loop: once per displayed frame the worker's newest snapshot is taken, a
step replayed in the background for the timeline is shown once it arrives, and the step
animation moves on; on every change of the view model the widgets are brought in line."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect

if TYPE_CHECKING:  # the window owns the loop; only its type is needed here
    from netviz.ui.mailbox import Snapshot
    from netviz.ui.main_window import MainWindow


# A scrubbed step still being replayed after this long is said so, and the picture (of the
# step shown before) dimmed; shorter replays (the next step, a near one) would only flicker.
COMPUTING_DELAY_S = 0.15
COMPUTING_OPACITY = 0.45
# While training plays, the step counts in words (the controls' status, the label under the
# slider) change at most this often: a number rewritten 60 times a second cannot be read, and
# every new text made Qt lay the window out again and repaint the controls (about 4 ms of the
# GUI thread a frame, measured with tests/benchmarks/live_view.py). Paused: at once.
TEXT_INTERVAL_S = 0.125
# A frame that found no newer step while training plays looks again this long after, once:
# the worker publishes a few ms after each take, and a step that missed its frame by a
# little would otherwise wait a whole frame. Measured (tests/benchmarks/live_view.py, the
# vanishing lesson): 5-8% of the frames found none, and a second look found a third of those.
RETRY_MS = 3


class FrameLoop:
    """Reads ``window.worker``'s mailbox from the window's frame timer and shows what it holds."""

    def __init__(self, window: MainWindow, clock: Callable[[], float] = time.monotonic):
        self._window = window
        self._clock = clock
        self._last_seq = -1
        self._length_reported = False
        self._computing_since: float | None = None  # when the pinned step's replay was first seen running
        self._computing_text = ""  # the status bar's message about it, while shown
        self._texts_at = -TEXT_INTERVAL_S  # when the step counts in words were last written
        self._retry = QTimer(window)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.setTimerType(Qt.TimerType.PreciseTimer)
        self._retry.timeout.connect(self._look_again)

    def new_run(self) -> None:
        """A run starts: its end will be reported once more."""
        self._length_reported = False

    def on_frame(self) -> None:
        window = self._window
        turn = window.worker.worker.gui_turn
        turn.begin()  # a numpy step waits for this frame (gui_turn); the view's paint ends it
        snapshot_changed = self.take_snapshot()
        if not snapshot_changed and window.snapshot is not None and window.snapshot.playing:
            self._retry.start()
        replayed = window.model.poll_replay()
        repaint = window.playback.tick() or snapshot_changed or replayed is not None
        if repaint:
            window.refresh_scene()
        if replayed is not None and replayed.error:
            window.statusBar().showMessage(replayed.error, 8000)
        self.show_computing()
        if not (repaint and window.view.isVisible()):  # no paint to come
            turn.end()
        plots = window.plot_panel.plots
        if plots is not None:  # a plot with new data, painted after the view (TrainingPlots.frame)
            plots.frame()

    def stop(self) -> None:
        """The window closes: no second look is pending."""
        self._retry.stop()

    def _look_again(self) -> None:
        """A frame's second look at the mailbox (``RETRY_MS``): a step that came just after
        the frame is shown now, not a frame later."""
        if self._take_newer():
            self._window.refresh_scene()

    def show_computing(self) -> None:
        """While the pinned step is replayed in the background (``COMPUTING_DELAY_S`` on), the
        status bar says which step and the picture of the step shown before is dimmed."""
        window, step = self._window, self._window.model.computing
        if step is None:
            self._computing_since = None
            if self._computing_text:
                if window.statusBar().currentMessage() == self._computing_text:
                    window.statusBar().clearMessage()
                self._computing_text = ""
                self._dim(False)
            return
        now = self._clock()
        if self._computing_since is None:
            self._computing_since = now
        if now - self._computing_since < COMPUTING_DELAY_S:
            return
        text = QCoreApplication.translate("MainWindow", "Computing step {step}…").format(
            step=QLocale().toString(step + 1))
        if text != self._computing_text or window.statusBar().currentMessage() != text:
            window.statusBar().showMessage(text)
        if not self._computing_text:
            self._dim(True)
        self._computing_text = text

    def _dim(self, on: bool) -> None:
        """The picture dimmed (an opacity effect, made once: disabled, the view paints as ever)."""
        view = self._window.view
        effect = view.graphicsEffect()
        if effect is None and on:
            effect = QGraphicsOpacityEffect(view)
            effect.setOpacity(COMPUTING_OPACITY)
            view.setGraphicsEffect(effect)
        if effect is not None:
            effect.setEnabled(on)

    def take_snapshot(self) -> bool:
        """A frame's look: show the worker's newest snapshot if there is one (benchmarks time
        the frames by this method)."""
        return self._take_newer()

    def _take_newer(self) -> bool:
        window = self._window
        snap = window.worker.take_if_newer(self._last_seq)
        if snap is None:
            return False
        self._last_seq = snap.seq
        if not window.is_current(snap):
            return False  # from a trainer that a reset has already replaced
        if window.plot_feed.show(snap, window.run_length):  # a new run
            window.playground.new_run(snap)
        window.snapshot = snap
        window.model.show_live(snap.shown_trace, snap.recorded, snap.grid_layers)  # the preview before step 1
        now = self._clock()
        texts = not snap.playing or now - self._texts_at >= TEXT_INTERVAL_S
        if texts:
            window.controls.status.setText(self._step_status(snap))
            self._texts_at = now
        if not window.model.continuous_every:
            window.controls.set_playing(snap.playing)
        self._report_length(snap)
        self.show_span(label=texts)
        return True

    def _step_status(self, snap: Snapshot) -> str:
        """"step 1,234 · 250 steps/s" while playing, in the language's numbers."""
        # The window's words: the catalogues list them under its context, MainWindow.
        locale = QLocale()
        step = locale.toString(snap.steps_done)
        if not snap.playing:
            return QCoreApplication.translate("MainWindow", "step {step}").format(step=step)
        rate = locale.toString(float(snap.steps_per_second), "f", 0)
        return QCoreApplication.translate("MainWindow", "step {step} · {rate} steps/s").format(step=step, rate=rate)

    def _report_length(self, snap: Snapshot) -> None:
        """Say once that the lesson's steps are done (Play stopped there on purpose)."""
        window = self._window
        if snap.playing or snap.steps_done != window.run_length or self._length_reported:
            return
        self._length_reported = True
        steps = window.run_length  # a plain name: lupdate reads only a name as the count
        window.show_hint(QCoreApplication.translate(
            "MainWindow", "The lesson's %Ln step(s) are done: press Play (Space) to continue training.", "", steps))

    def on_model_change(self, what: str) -> None:
        """The view model changed: bring the widgets in line with it."""
        window = self._window
        if what == "scene":
            window.refresh_scene()
            self.show_computing()  # a step that came at hand: no longer said to be computed
        elif what == "step":
            window.plot_panel.set_cursor(window.model.shown_step() if window.model.pinned is not None else None)
            self.show_span()
        elif what == "playing":
            window.animation.show_playing(window.model.animating)
        elif what == "hold":  # the newest step was pinned to show its phases: training waits
            window.controls.set_playing(False)
            window.worker.pause()

    def show_span(self, label: bool = True) -> None:
        model = self._window.model
        first, last = model.span() or (None, None)
        self._window.animation.show_span(first, last, model.shown_step(), model.pinned is None, label)
