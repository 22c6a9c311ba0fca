"""File > Save run…, Open run… and Save as lesson…: the window's session files.

How the pieces run, with the reasons:

* Save run: the run is captured on the training worker's thread between two steps
  (``WorkerHandle.capture``): the Trainer's state (``run.capture``: references to
  immutable arrays, cheap) and the run's timeline, consistent with each other however fast
  training runs. It is handed to the GUI thread (a locked slot and a queued signal), and a
  writer thread takes the timeline's newest steps before the captured one
  (``RecordedSteps.traces``: the steps not kept are replayed there), encodes and writes them
  (a long history takes seconds: neither the window nor training waits for it). ``session.save_run`` writes atomically:
  the file appears complete or not at all. One save runs at a time; closing the window
  waits for it.
* Open run: read on a reader thread (a long history takes seconds; the window stays live),
  then the window's run is replaced by it, without asking: steps not saved are lost. The
  worker is reset to the opened Trainer with the stored traces, so the last stored step is
  the picture at once and every stored step is on the timeline.
* Save as lesson: the lesson and its settings as a lesson file (a few lines, written on the
  GUI thread, atomically too).
* Every failure is a message box naming the file and the reason, never a traceback.

The window holds one ``SessionActions`` as a child (``actions_for(window)``); the menu
entries call ``save_run_dialog`` and the like, and tests call ``save_run(path)``,
``open_run(path)`` and ``save_lesson(path)`` without the dialogs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netviz.engine.lesson_toml import save_lesson
from netviz.engine.lessons import Lesson
from netviz.engine.recording import Recording
from netviz.engine.run import RunState, capture
from netviz.engine.session import SUFFIX, SavedRun, SessionError, open_session, save_run
from netviz.engine.trace import StepTrace
from netviz.engine.trainer import Trainer
from netviz.ui.mailbox import RecordedSteps
from netviz.ui.slot_errors import one_line

LESSON_SUFFIX = ".toml"
STATUS_MS = 8000
JOIN_TIMEOUT_S = 60.0  # closing the window waits this long for a save to finish


@dataclass(frozen=True)
class CapturedRun:
    """A run as it was between two steps, ready to be written to ``path``."""

    path: Path
    lesson: Lesson
    state: RunState | None  # None if capturing failed (``error`` says why)
    traces: Callable[[], tuple[StepTrace, ...]]  # the steps stored; called in the writer thread (it may replay)
    error: str = ""
    checkpoints: tuple[RunState, ...] = ()  # the timeline's, up to the captured step


class _Capture:
    """Runs in the worker thread: captures the run and hands it to ``deliver`` (which only
    stores it and emits a signal of a GUI-thread QObject: Qt queues that into the GUI thread)."""

    def __init__(self, deliver: Callable[[CapturedRun], None], path: Path, lesson: Lesson):
        self.deliver, self.path, self.lesson = deliver, path, lesson

    def __call__(self, trainer: Trainer, recorded: RecordedSteps) -> None:
        try:
            state = capture(trainer)
        except Exception as exc:  # noqa: BLE001 - reported in the window, never lost in the worker
            self.deliver(CapturedRun(self.path, self.lesson, None, tuple, one_line(exc)))
            return
        # The steps a session may store are those before the captured step.
        checkpoints = tuple(c for c in recorded.checkpoints() if c.network_steps <= state.network_steps)
        self.deliver(CapturedRun(self.path, self.lesson, state, partial(recorded.traces, state.network_steps),
                                 checkpoints=checkpoints))


def show_saved_run(window: Any, saved: SavedRun) -> None:
    """Replace the window's run by an opened one: its Trainer, its stored traces on the
    timeline (the newest shown) and its checkpoints, so the timeline replays the whole run."""
    window.open_saved_run(saved.lesson, saved.trainer, saved.traces)
    if saved.checkpoints:  # after the reset (the worker runs commands in order)
        window.worker.capture(_AddCheckpoints(saved))


class _AddCheckpoints:
    """Runs in the worker thread after it was reset to an opened run: that run's timeline
    gets the file's checkpoints (the Trainer is not changed)."""

    def __init__(self, saved: SavedRun):
        self.saved = saved

    def __call__(self, trainer: Trainer, recorded: RecordedSteps) -> None:
        if trainer is self.saved.trainer:  # the opened run, not one that replaced it since
            recorded.add_checkpoints(self.saved.checkpoints)


def with_suffix(path: str | Path, suffix: str) -> Path:
    """``path``, with ``suffix`` added if its name has none (a dialog may return a bare name)."""
    path = Path(path)
    return path if path.suffix else path.with_name(path.name + suffix)


class SessionActions(QObject):
    """The window's session files: a child of the window, living in the GUI thread."""

    sigSaved = Signal(str)  # a run was written to this path
    sigFailed = Signal(str)  # saving, opening or writing a lesson failed: the message shown
    sigOpened = Signal(str)  # a run was opened from this path
    _sigCaptured = Signal()  # a CapturedRun waits in _captured (emitted from the worker thread)
    _sigWritten = Signal(str, str)  # path, error ("" when written), from the writer thread
    _sigRead = Signal(object, str)  # SavedRun or None, error ("" when read), from the reader thread

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("netviz session actions")
        self.window = window
        self.message_box: QMessageBox | None = None
        self.folder: Path | None = None  # where the last file was saved or opened
        self._saving: Path | None = None  # the path of the save under way
        self._opening: Path | None = None  # the path of the file being read
        self._writer: threading.Thread | None = None
        self.recording_windows: list[QWidget] = []  # recorded (PyTorch) runs opened, each in its own window
        # The capture crosses threads here, not in the signal, so that closing the window can
        # still write a capture whose queued signal will never be delivered.
        self._captured: CapturedRun | None = None
        self._captured_lock = threading.Lock()
        self._sigCaptured.connect(self._on_captured)
        self._sigWritten.connect(self._on_written)
        self._sigRead.connect(self._on_read)

    @property
    def saving(self) -> bool:
        """A save is under way (captured or being written)."""
        return self._saving is not None

    @property
    def opening(self) -> bool:
        """A file is being read, to be shown once read."""
        return self._opening is not None

    # ----- the menu's entries: a file dialog, then the action ---------------------------

    def save_run_dialog(self) -> None:
        path = self._ask(QFileDialog.getSaveFileName, self.tr("Save run"), self._run_filter(), SUFFIX)
        if path is not None:
            self.save_run(path)

    def open_run_dialog(self) -> None:
        path = self._ask(QFileDialog.getOpenFileName, self.tr("Open run"), self._run_filter(), "")
        if path is not None:
            self.open_run(path)

    def save_lesson_dialog(self) -> None:
        path = self._ask(QFileDialog.getSaveFileName, self.tr("Save as lesson"), self._lesson_filter(), LESSON_SUFFIX)
        if path is not None:
            self.save_lesson(path)

    def _run_filter(self) -> str:
        return self.tr("netviz runs (*{suffix});;All files (*)").format(suffix=SUFFIX)

    def _lesson_filter(self) -> str:
        return self.tr("netviz lessons (*{suffix});;All files (*)").format(suffix=LESSON_SUFFIX)

    def _ask(self, dialog: Any, title: str, filters: str, suffix: str) -> Path | None:
        """The file the user chose (``suffix`` added to a bare name), or None if cancelled."""
        start = str(self.folder) if self.folder is not None else str(Path.home())
        chosen, _ = dialog(self.window, title, start, filters)
        if not chosen:
            return None
        path = with_suffix(chosen, suffix) if suffix else Path(chosen)
        if path != Path(chosen) and path.exists():
            # The dialog asked about the name typed, not about the one with the suffix.
            answer = QMessageBox.question(self.window, self.tr("Replace the file?"),
                                          self.tr("{path} exists. Replace it?").format(path=path))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return path

    # ----- the actions, with a path -----------------------------------------------------

    def save_run(self, path: str | Path) -> bool:
        """Save the window's run to ``path`` in the background (``sigSaved`` or ``sigFailed``
        follows); False, with a message, if a save is under way already."""
        if self._saving is not None:
            self._show(QMessageBox.Icon.Information, self.tr("Saving"),
                       self.tr("The run is being saved to {path}. Save again once it is written.").format(
                           path=self._saving))
            return False
        path = Path(path)
        self.folder = path.parent
        self._saving = path
        self.window.statusBar().showMessage(self.tr("Saving the run to {path}…").format(path=path))
        # Queued behind the commands sent before it: the lesson here is the one the captured
        # Trainer runs (settings applied, a reset already done).
        self.window.worker.capture(_Capture(self._deliver, path, self.window.lesson))
        return True

    def open_run(self, path: str | Path) -> bool:
        """Read the run saved at ``path`` in the background, then replace the window's run by
        it (no question asked): ``sigOpened`` follows, or ``sigFailed`` with a message naming
        the file and the reason. False, with a message, if a file is being opened already."""
        if self._opening is not None:
            self._show(QMessageBox.Icon.Information, self.tr("Opening"),
                       self.tr("{path} is being opened. Open another run once it is shown.").format(
                           path=self._opening))
            return False
        path = Path(path)
        self.folder = path.parent
        self._opening = path
        self.window.statusBar().showMessage(self.tr("Opening {path}…").format(path=path))
        # A daemon: reading changes nothing on disk, so a window closed meanwhile need not wait.
        threading.Thread(target=self._read, args=(path,), name="netviz open run", daemon=True).start()
        return True

    def _read(self, path: Path) -> None:
        """In the reader thread: read the file, then only emit (queued into the GUI thread)."""
        try:
            saved, error = open_session(path), ""
        except SessionError as exc:
            saved, error = None, str(exc)
        except Exception as exc:  # noqa: BLE001 - open_run's own guard should make this unreachable
            saved, error = None, f"{path}: {one_line(exc)}"
        try:
            self._sigRead.emit(saved, error)
        except RuntimeError:  # the window (and this object) went while the file was read
            pass

    @Slot(object, str)
    def _on_read(self, saved: SavedRun | Recording | None, error: str) -> None:
        path, self._opening = self._opening, None
        if saved is None:
            self._fail(self.tr("Open run failed"), self.tr("The run could not be opened."), error, written=False)
            return
        if isinstance(saved, Recording):
            self._show_recording(saved, path)
            return
        try:
            show_saved_run(self.window, saved)
        except Exception as exc:  # noqa: BLE001 - a file the window cannot show is a message, not a crash
            self._fail(self.tr("Open run failed"), self.tr("The run could not be shown."), f"{path}: {one_line(exc)}",
                       written=False)
            return
        steps = saved.trainer.steps_done
        self.window.statusBar().showMessage(
            self.tr("Opened {path}: step {step}, %n recorded step(s) on the timeline", "", len(saved.traces)).format(
                path=path, step=steps), STATUS_MS)
        self.sigOpened.emit(str(path))

    def _show_recording(self, recording: Recording, path: Path | None) -> None:
        """A recorded run (PyTorch) has no lesson to continue: it opens in a window of its own,
        beside the window's run, which goes on unchanged."""
        from netviz.ui.recording_window import RecordingWindow

        window = RecordingWindow(recording, parent=self.window)
        window.setWindowFlag(Qt.WindowType.Window, True)
        # Children of the main window: closed ones are only hidden, and go with the main window.
        self.recording_windows = [w for w in self.recording_windows if w.isVisible()]
        self.recording_windows.append(window)
        window.show()
        self.window.statusBar().showMessage(
            self.tr("Opened %1 in its own window: a recorded run of %2").replace("%1", str(path))
            .replace("%2", recording.name), STATUS_MS)
        self.sigOpened.emit(str(path))

    def save_lesson(self, path: str | Path) -> bool:
        """Write the window's lesson and settings as a lesson file at ``path``; False, with a
        message naming the file and the reason, if it cannot be written."""
        path = Path(path)
        self.folder = path.parent
        lesson = self.window.lesson
        comment = f"A netviz lesson: {lesson.title}, saved from the window with its settings."
        try:
            save_lesson(path, lesson, comment)
        except OSError as exc:
            self._fail(self.tr("Save as lesson failed"), self.tr("The lesson could not be saved."),
                       f"{path}: {exc.strerror or exc}")
            return False
        except (TypeError, ValueError) as exc:  # a setting a lesson file cannot hold
            self._fail(self.tr("Save as lesson failed"), self.tr("The lesson could not be saved."), f"{path}: {exc}")
            return False
        self.window.statusBar().showMessage(self.tr("Saved the lesson to {path}").format(path=path), STATUS_MS)
        return True

    # ----- the save's steps -------------------------------------------------------------

    def _deliver(self, captured: CapturedRun) -> None:
        """In the worker thread: keep the capture and tell the GUI thread."""
        with self._captured_lock:
            self._captured = captured
        self._sigCaptured.emit()

    def _take_captured(self) -> CapturedRun | None:
        with self._captured_lock:
            captured, self._captured = self._captured, None
        return captured

    @Slot()
    def _on_captured(self) -> None:
        captured = self._take_captured()
        if captured is None:  # taken already by shutdown
            return
        if captured.state is None:
            self._on_written(str(captured.path), self.tr("the run could not be captured ({error})").format(
                error=captured.error))
            return
        self._start_writer(captured)

    def _start_writer(self, captured: CapturedRun) -> None:
        writer = threading.Thread(target=self._write, args=(captured,), name="netviz save run")
        self._writer = writer
        writer.start()

    def _write(self, captured: CapturedRun) -> None:
        """In the writer thread: write the file, then only emit (queued into the GUI thread)."""
        path = captured.path
        try:
            if captured.state is None:  # pragma: no cover - a failed capture is never written
                raise ValueError(captured.error)
            save_run(path, captured.lesson, captured.state, captured.traces(), checkpoints=captured.checkpoints)
        except SessionError as exc:
            self._sigWritten.emit(str(path), exc.reason)
        except Exception as exc:  # noqa: BLE001 - any failure is a message in the window
            self._sigWritten.emit(str(path), one_line(exc))
        else:
            self._sigWritten.emit(str(path), "")

    @Slot(str, str)
    def _on_written(self, path: str, error: str) -> None:
        self._join_writer(JOIN_TIMEOUT_S)
        self._saving = None
        if error:
            self._fail(self.tr("Save run failed"), self.tr("The run could not be saved."), f"{path}: {error}")
            return
        self.window.statusBar().showMessage(self.tr("Saved the run to {path}").format(path=path), STATUS_MS)
        self.sigSaved.emit(path)

    def _join_writer(self, timeout_s: float) -> bool:
        writer = self._writer
        if writer is None:
            return True
        writer.join(timeout_s)
        if writer.is_alive():
            return False
        self._writer = None
        return True

    def shutdown(self, timeout_s: float = JOIN_TIMEOUT_S) -> bool:
        """The window is closing, its worker joined: write a save captured but not begun,
        and wait for the save being written; True if none is left. (A save the worker had
        not captured when it stopped is dropped: no file is begun for it.)"""
        for signal, slot in ((self._sigWritten, self._on_written), (self._sigCaptured, self._on_captured),
                             (self._sigRead, self._on_read)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # pragma: no cover - already disconnected
                pass
        captured = self._take_captured()
        if captured is not None and captured.state is not None and self._writer is None:
            self._start_writer(captured)
        done = self._join_writer(timeout_s)
        if done:
            self._saving = None
        return done

    # ----- messages ---------------------------------------------------------------------

    def _fail(self, title: str, headline: str, reason: str, written: bool = True) -> None:
        """``reason`` names the file and what is wrong; ``written``: a write failed (nothing was written)."""
        self.window.statusBar().showMessage(f"{headline} {reason}", STATUS_MS)
        text = f"{headline}\n\n{reason}" + ("\n\n" + self.tr("Nothing was written.") if written else "")
        self._show(QMessageBox.Icon.Warning, title, text)
        self.sigFailed.emit(text)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A window-modal box that never blocks in exec() (tests and a running worker go on)."""
        if self.message_box is not None:
            self.message_box.close()
        parent: QWidget = self.window
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.message_box = box
        box.open()


def actions_for(window: Any) -> SessionActions:
    """The window's SessionActions (created on first use)."""
    found = window.findChild(SessionActions, "netviz session actions")
    return found if found is not None else SessionActions(window)


def shutdown_sessions(window: Any, timeout_s: float = JOIN_TIMEOUT_S) -> bool:
    """Wait for a save being written (the window's closeEvent); True if none is left."""
    found = window.findChild(SessionActions, "netviz session actions")
    return True if found is None else found.shutdown(timeout_s)
