"""Export from the window: File > Export animation… and File > Export current frame….

The dialog collects the same choices as ``netviz export`` and builds an ``ExportJob``;
``job.validate()`` runs in the GUI thread when OK is pressed (fast), and a wrong option is
shown beside its field while the dialog stays open. The job then runs on a QThread, with
a progress dialog (frames done / total, time left, Cancel); the window stays responsive.

Threads, following ``netviz.ui.worker``:

* ``ExportWorker`` has no parent and is moved to its own QThread; its ``run`` slot runs
  ``job.run()`` once. The job's progress and stage callbacks run in that thread and only
  emit the worker's signals, which are connected to methods of ``ExportController`` (a
  QObject of the GUI thread), so Qt queues them into the GUI thread. Never connect a
  lambda to them: it would run in the worker thread.
* Cancel is a ``threading.Event`` set from the GUI thread; the job checks it before every
  frame and during training, removes its temporary file and raises ExportCancelled.
* ``shutdown_exports(window)`` (the window's closeEvent) cancels a running export and
  joins its thread.

An export trains the lesson itself, from the window's current Lesson (with its fix),
deterministically and independently of the window's training.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netviz.export import (
    FORMATS,
    PHASES,
    THEMES,
    AnimatedPlayer,
    ExportCancelled,
    ExportError,
    ExportFailed,
    ExportJob,
    ExportResult,
    SettledPlayer,
    StepFrames,
    eta_text,
)
from netviz.ui.threads import WorkerThread

SIZES = (("1920x1080 (Full HD)", (1920, 1080)), ("1280x720 (HD)", (1280, 720)),
         ("3840x2160 (4K)", (3840, 2160)), ("Custom", None))
ANIMATION_FORMATS = tuple(FORMATS)  # mp4, webm, gif, png-frames, png, svg
FRAME_FORMATS = ("png", "svg")
FRAME_DESCRIPTIONS = {"png": "the frame shown, as a picture in pixels",
                      "svg": "the frame shown, as a vector picture: text stays text, lines stay lines"}
JOIN_TIMEOUT_S = 10.0  # closing the window waits this long for a cancelled export
PROGRESS_INTERVAL_S = 0.05  # the worker forwards at most ~20 progress reports a second

# The job's field names (ExportError.field) -> the dialog row that shows the error.
FIELD_ROWS = {
    "lesson": "lesson", "fix": "lesson",
    "steps": "steps", "from": "steps", "to": "steps",
    "phases": "phases",
    "speed": "pace", "step-seconds": "pace",
    "format": "format",
    "output": "output",
    "size": "size",
    "fps": "fps",
    "theme": "theme",
}


def settings() -> QSettings:
    return QSettings("netviz", "netviz")


@dataclass
class JobRequest:
    """What the dialog asks for; ``make_job`` builds a fresh ExportJob from it."""

    kind: str  # "animation" or "frame"
    fmt: str
    path: str
    size: tuple[int, int]
    theme: str
    fps: int = 30
    lesson: object = None
    first: int = 1
    last: int = 3
    phases: str = "all"
    settled_seconds: float | None = None  # None: animated at ``speed``
    speed: float = 1.0
    scene: object = None  # for "frame"

    def make_job(self, progress=None, stage=None, cancel=None) -> ExportJob:
        if self.kind == "frame":
            source = SceneSource(self.scene)
        else:
            player = (SettledPlayer(self.settled_seconds) if self.settled_seconds is not None
                      else AnimatedPlayer(self.speed))
            source = StepFrames(self.lesson, first=self.first, last=self.last, fps=self.fps,
                                phases=self.phases, player=player)
        return ExportJob(source, self.fmt, self.path, size=self.size, fps=None if self.kind == "frame" else self.fps,
                         theme=self.theme, progress=progress, stage=stage, cancel=cancel)


class SceneSource:
    """One SceneState as a frame source: the export job's still writers (PNG, SVG; drawn in
    high quality, written to a temporary file and renamed) save the window's current frame."""

    def __init__(self, scene):
        self._scene = scene

    def __len__(self) -> int:
        return 1

    def scene(self, index: int):
        return self._scene


# ----- the worker thread -------------------------------------------------------------------


class ExportWorker(QObject):
    """Runs one ExportJob in its QThread (no parent; moved there by the controller)."""

    sigProgress = Signal(int, int, float)  # done, total, seconds left (-1: not known yet)
    sigStage = Signal(str)
    sigDone = Signal(object)  # ExportResult
    sigFailed = Signal(str, str, str)  # field, reason, details (ExportError / ExportFailed)
    sigCancelled = Signal()

    def __init__(self, request: JobRequest, cancel: threading.Event):
        super().__init__()
        self.cancel = cancel
        self._last_report = 0.0
        self.job = request.make_job(progress=self._progress, stage=self._stage, cancel=cancel)

    # Called by the job in the worker thread: only emit (queued into the GUI thread).
    def _progress(self, done: int, total: int, eta_s: float | None) -> None:
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self.sigProgress.emit(done, total, -1.0 if eta_s is None else float(eta_s))

    def _stage(self, name: str) -> None:
        self.sigStage.emit(name)

    @Slot()
    def run(self) -> None:
        try:
            result = self.job.run()
        except ExportCancelled:
            self.sigCancelled.emit()
        except KeyboardInterrupt:  # pragma: no cover
            self.sigCancelled.emit()
        except ExportFailed as exc:
            self.sigFailed.emit(exc.field, exc.reason, exc.details or "")
        except ExportError as exc:
            self.sigFailed.emit(exc.field, exc.reason, "")
        except Exception as exc:  # noqa: BLE001 - a bug must reach the user, not kill the thread silently
            self.sigFailed.emit("export", f"{type(exc).__name__}: {exc}", "")
        else:
            self.sigDone.emit(result)


class ExportController(QObject):
    """The window's exports: opens the dialogs, runs one export at a time, reports.

    A child of the window (found with ``controller_for``); lives in the GUI thread."""

    sigFinished = Signal(str)  # "done", "failed", "cancelled" (for tests and callers)

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("netviz export controller")
        self.window = window
        self._worker_thread: WorkerThread | None = None
        self.worker: ExportWorker | None = None
        self.cancel_event: threading.Event | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: ExportDialog | None = None
        self.message_box: QMessageBox | None = None
        self.request: JobRequest | None = None
        self.last_result: ExportResult | None = None
        self.last_outcome: str | None = None
        self._total = 0

    @property
    def running(self) -> bool:
        return self._worker_thread is not None

    @property
    def thread(self) -> QThread | None:
        """The running export's thread, None when no export runs."""
        return None if self._worker_thread is None else self._worker_thread.thread

    # ----- dialogs ------------------------------------------------------------------

    def open_dialog(self, kind: str) -> ExportDialog | None:
        if self.running:
            self._show_message(QMessageBox.Icon.Information, "Export running",
                               "An export is running. Wait for it to finish or cancel it first.")
            if self.progress is not None:
                self.progress.raise_()
            return None
        win = self.window
        if kind == "frame" and getattr(win.view, "scene", None) is None:
            self._show_message(QMessageBox.Icon.Information, "Nothing to export",
                               "The view shows no network yet: take a step (S) first.")
            return None
        if self.dialog is not None:
            self.dialog.close()
        snapshot = getattr(win, "snapshot", None)
        current = snapshot.steps_done if snapshot is not None else 0
        dialog = ExportDialog(kind, win.lesson, current_step=current,
                              scene=win.view.scene if kind == "frame" else None, parent=win)
        dialog.sigRequest.connect(self.start)
        self.dialog = dialog
        dialog.open()  # window-modal, never blocks in exec()
        return dialog

    # ----- running ------------------------------------------------------------------

    @Slot(object)
    def start(self, request: JobRequest) -> None:
        if self.running:
            return
        self.request = request
        self.last_outcome = None
        self.last_result = None
        self.cancel_event = threading.Event()
        try:
            worker = ExportWorker(request, self.cancel_event)
        except ExportError as exc:  # pragma: no cover - the dialog validated the same request
            self._on_failed(exc.field, exc.reason, "")
            return
        thread = WorkerThread(worker, worker.run, "netviz export")
        worker.sigProgress.connect(self._on_progress)
        worker.sigStage.connect(self._on_stage)
        worker.sigDone.connect(self._on_done)
        worker.sigFailed.connect(self._on_failed)
        worker.sigCancelled.connect(self._on_cancelled)
        self.worker, self._worker_thread = worker, thread

        what = "frame" if request.kind == "frame" else "animation"
        progress = QProgressDialog(f"Exporting the {what} to {Path(request.path).name}…", "Cancel", 0, 0, self.window)
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0 if request.kind == "animation" else 500)
        progress.setMinimumWidth(420)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        if request.kind == "animation":
            progress.show()
        self._total = 0
        thread.start()
        self.window.statusBar().showMessage(f"Exporting to {request.path}…")

    @Slot()
    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
        if self.progress is not None:
            self.progress.setLabelText("Cancelling…")

    @Slot(int, int, float)
    def _on_progress(self, done: int, total: int, eta_s: float) -> None:
        if self.progress is None or (self.cancel_event is not None and self.cancel_event.is_set()):
            return
        self._total = total
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)
        left = eta_text(None if eta_s < 0 else eta_s)
        self.progress.setLabelText(f"Frame {done} of {total}, {left} left")

    @Slot(str)
    def _on_stage(self, name: str) -> None:
        if self.progress is None or (self.cancel_event is not None and self.cancel_event.is_set()):
            return
        request = self.request
        texts = {
            "training": f"Training {getattr(request.lesson, 'title', 'the lesson')} up to step {request.last}…",
            "palette": "Choosing the GIF's colours…",
            "frames": "Drawing frames…",
            "finishing": "Finishing the file…",
        }
        if name in ("training", "palette"):
            self.progress.setRange(0, 0)  # busy
        self.progress.setLabelText(texts.get(name, name))

    @Slot(object)
    def _on_done(self, result: ExportResult) -> None:
        self._join()
        self.last_result = result
        message = f"Exported {result.summary()}"
        if result.note:
            message += f"; note: {result.note}"
        self.window.statusBar().showMessage(message)
        self._finish("done")

    @Slot(str, str, str)
    def _on_failed(self, field: str, reason: str, details: str) -> None:
        self._join()
        text = f"The export failed: {reason}.\n\nNothing was written."
        if field not in ("export", "render", "output", "format"):
            text = f"The export could not run ({field}): {reason}.\n\nNothing was written."
        self.window.statusBar().showMessage(f"Export failed: {reason}; nothing written", 10000)
        self._show_message(QMessageBox.Icon.Warning, "Export failed", text,
                           f"ffmpeg said:\n{details}" if details else "")
        self._finish("failed")

    @Slot()
    def _on_cancelled(self) -> None:
        self._join()
        self.window.statusBar().showMessage("Export cancelled, nothing written", 8000)
        self._finish("cancelled")

    def _finish(self, outcome: str) -> None:
        self.last_outcome = outcome
        self.sigFinished.emit(outcome)

    def _join(self, timeout_s: float = JOIN_TIMEOUT_S) -> bool:
        """Quit and wait for the thread (its run slot has returned, or is returning)."""
        thread, worker = self._worker_thread, self.worker
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if thread is None:
            return True
        joined = thread.join(timeout_s)  # one that does not join stays referenced by threads.unjoined()
        if joined:
            worker.deleteLater()
        self._worker_thread = self.worker = None
        return joined

    def shutdown(self, timeout_s: float = JOIN_TIMEOUT_S) -> bool:
        """Cancel a running export and join its thread (the window is closing)."""
        if self.dialog is not None:
            try:
                self.dialog.close()
            except RuntimeError:  # pragma: no cover - already deleted with the window
                pass
            self.dialog = None
        if self._worker_thread is None:
            return True
        if self.cancel_event is not None:
            self.cancel_event.set()
        worker = self.worker
        for signal in (worker.sigProgress, worker.sigStage, worker.sigDone, worker.sigFailed, worker.sigCancelled):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):  # pragma: no cover
                pass
        joined = self._join(timeout_s)
        self._finish("cancelled")
        return joined

    # ----- messages -----------------------------------------------------------------

    def _show_message(self, icon, title: str, text: str, details: str = "") -> None:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        if details:
            box.setDetailedText(details)
            box.setInformativeText("Show Details… has ffmpeg's own words.")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.message_box = box
        box.open()


def controller_for(window, create: bool = True) -> ExportController | None:
    found = window.findChild(ExportController, "netviz export controller")
    if found is None and create:
        found = ExportController(window)
    return found


def export_animation(window) -> ExportDialog | None:
    """File > Export animation…: the dialog; on OK the export runs in the background."""
    return controller_for(window).open_dialog("animation")


def export_current_frame(window) -> ExportDialog | None:
    """File > Export current frame…: the view's scene as PNG or SVG."""
    return controller_for(window).open_dialog("frame")


def shutdown_exports(window, timeout_s: float = JOIN_TIMEOUT_S) -> bool:
    """Cancel and join a running export (the window's closeEvent); True if none is left."""
    controller = controller_for(window, create=False)
    return True if controller is None else controller.shutdown(timeout_s)


# ----- the dialog -------------------------------------------------------------------------


class ExportDialog(QDialog):
    """The export's choices. ``kind``: "animation" (all options) or "frame" (format png/svg,
    path, size, theme). OK validates in the GUI thread; a wrong option is shown beside its
    field and the dialog stays open; a valid request is emitted as ``sigRequest`` and the
    dialog closes."""

    sigRequest = Signal(object)  # JobRequest

    def __init__(self, kind: str, lesson, *, current_step: int = 0, scene=None, parent: QWidget | None = None):
        super().__init__(parent)
        if kind not in ("animation", "frame"):
            raise ValueError(f"kind: 'animation' or 'frame', got {kind!r}")
        self.kind = kind
        self.lesson = lesson
        self.scene = scene
        self.request: JobRequest | None = None
        self._store = settings()
        self.setWindowTitle("Export animation" if kind == "animation" else "Export current frame")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form

        fix = lesson.fix_applied
        fix_title = lesson.fixes[fix].title if fix and fix in getattr(lesson, "fixes", {}) else (fix or "none")
        self.lesson_label = QLabel(f"<b>{lesson.title}</b> ({lesson.name})<br>fix: {fix_title}")
        self.lesson_label.setTextFormat(Qt.TextFormat.RichText)
        self._row("Lesson", self.lesson_label, "lesson")

        # Steps, phases and pace: the animation only.
        self.first_spin = QSpinBox()
        self.last_spin = QSpinBox()
        for spin in (self.first_spin, self.last_spin):
            spin.setRange(1, 100_000)
        last = max(current_step, 3)
        self.first_spin.setValue(max(1, last - 2))
        self.last_spin.setValue(last)
        steps = QHBoxLayout()
        steps.addWidget(QLabel("from"))
        steps.addWidget(self.first_spin, 1)
        steps.addWidget(QLabel("to"))
        steps.addWidget(self.last_spin, 1)
        self.phases_combo = QComboBox()
        for name in PHASES:
            self.phases_combo.addItem({"all": "All phases", "forward": "Forward pass only",
                                       "backward": "Backward pass only"}[name], name)
        self.animated_radio = QRadioButton("Animated, speed")
        self.speed_spin = QDoubleSpinBox()
        self.speed_spin.setRange(0.25, 8.0)
        self.speed_spin.setSingleStep(0.25)
        self.speed_spin.setSuffix("×")
        self.speed_spin.setValue(1.0)
        self.settled_radio = QRadioButton("Settled steps,")
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setRange(0.02, 60.0)
        self.seconds_spin.setDecimals(2)
        self.seconds_spin.setSingleStep(0.1)
        self.seconds_spin.setValue(0.5)
        self.seconds_spin.setSuffix(" s each")
        self.pace_group = QButtonGroup(self)
        self.pace_group.addButton(self.animated_radio)
        self.pace_group.addButton(self.settled_radio)
        self.animated_radio.setChecked(True)
        pace = QVBoxLayout()
        for radio, spin in ((self.animated_radio, self.speed_spin), (self.settled_radio, self.seconds_spin)):
            line = QHBoxLayout()
            line.addWidget(radio)
            line.addWidget(spin, 1)
            pace.addLayout(line)
        self.animated_radio.toggled.connect(self._pace_changed)
        if kind == "animation":
            self._row("Steps", self._box(steps), "steps")
            self._row("Phases", self.phases_combo, "phases")
            self._row("Pace", self._box(pace), "pace")

        formats = ANIMATION_FORMATS if kind == "animation" else FRAME_FORMATS
        self.format_combo = QComboBox()
        for name in formats:
            description = FRAME_DESCRIPTIONS[name] if kind == "frame" else FORMATS[name].description
            self.format_combo.addItem(f"{name}: {description}", name)
        key = "export/format" if kind == "animation" else "export/frame_format"
        saved = str(self._store.value(key, formats[0]))
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(saved)))
        self._row("Format", self.format_combo, "format")

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton("Browse…")
        self.browse_button.clicked.connect(self.browse)
        output = QHBoxLayout()
        output.addWidget(self.path_edit, 1)
        output.addWidget(self.browse_button)
        self._row("Output", self._box(output), "output")
        folder = str(self._store.value("export/folder", "") or "")
        if not folder or not os.path.isdir(folder):
            folder = os.getcwd()
        self.path_edit.setText(os.path.join(folder, self._default_name(self.fmt)))
        self._confirmed_path: str | None = None  # overwrite confirmed in the file dialog

        self.size_combo = QComboBox()
        for label, size in SIZES:
            self.size_combo.addItem(label, size)
        self.width_spin = QSpinBox()
        self.height_spin = QSpinBox()
        for spin in (self.width_spin, self.height_spin):
            spin.setRange(16, 20_000)
            spin.setSuffix(" px")
        self.width_spin.setValue(1920)
        self.height_spin.setValue(1080)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_combo, 2)
        size_row.addWidget(self.width_spin, 1)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin, 1)
        self.size_combo.currentIndexChanged.connect(self._size_changed)
        self._row("Size", self._box(size_row), "size")
        self._size_changed()

        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(1, 240)
        self.fps_spin.setValue(30)
        self.fps_spin.setSuffix(" fps")
        if kind == "animation":
            self._row("Frame rate", self.fps_spin, "fps")

        self.theme_combo = QComboBox()
        for name in THEMES:
            self.theme_combo.addItem(name.capitalize(), name)
        saved_theme = str(self._store.value("export/theme", "dark"))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(saved_theme)))
        self._row("Theme", self.theme_combo, "theme")

        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._pace_changed()

    # ----- layout helpers -----------------------------------------------------------

    @staticmethod
    def _box(layout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #d9534f;")
        label.setVisible(False)
        return label

    def _row(self, title: str, widget: QWidget, field: str) -> None:
        error = self._error_label()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(title, self._box(column))
        self.errors[field] = error

    # ----- values -------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def size(self) -> tuple[int, int]:
        return self.width_spin.value(), self.height_spin.value()

    def set_size(self, width: int, height: int) -> None:
        for i, (_, size) in enumerate(SIZES):
            if size == (width, height):
                self.size_combo.setCurrentIndex(i)
                return
        self.size_combo.setCurrentIndex(len(SIZES) - 1)
        self.width_spin.setValue(width)
        self.height_spin.setValue(height)

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def _default_name(self, fmt: str) -> str:
        stem = self.lesson.name + (f"-{self.lesson.fix_applied}" if self.lesson.fix_applied else "")
        if self.kind == "frame":
            stem += "-frame"
        extension = FORMATS[fmt].extension
        return stem + ("-frames" if extension is None else extension)

    def _size_changed(self) -> None:
        size = self.size_combo.currentData()
        custom = size is None
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        if not custom:
            self.width_spin.setValue(size[0])
            self.height_spin.setValue(size[1])

    def _pace_changed(self) -> None:
        animated = self.animated_radio.isChecked()
        self.speed_spin.setEnabled(animated)
        self.seconds_spin.setEnabled(not animated)

    def _format_changed(self) -> None:
        """Keep the file name's extension in step with the format."""
        fmt = self.fmt
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        known = {f.extension for f in FORMATS.values() if f.extension}
        stem = path.stem if path.suffix.lower() in known else path.name
        if stem.endswith("-frames") and FORMATS[fmt].extension is not None:
            stem = stem[: -len("-frames")]
        extension = FORMATS[fmt].extension
        name = stem + extension if extension else (stem if stem.endswith("-frames") else stem + "-frames")
        self.path_edit.setText(str(path.with_name(name)))

    def browse(self) -> None:
        spec = FORMATS[self.fmt]
        options = QFileDialog.Option.DontUseNativeDialog
        if spec.extension is None:
            chosen = QFileDialog.getSaveFileName(self, "Export frames into the folder", self.path_edit.text(),
                                                 "Folder of PNG frames (*)", options=options)[0]
        else:
            chosen = QFileDialog.getSaveFileName(self, "Export to", self.path_edit.text(),
                                                 f"{spec.name.upper()} (*{spec.extension})", options=options)[0]
            if chosen and not chosen.lower().endswith(spec.extension):
                chosen += spec.extension
        if chosen:
            self.path_edit.setText(chosen)
            self._confirmed_path = chosen  # the file dialog asked before overwriting

    # ----- OK ------------------------------------------------------------------------

    def make_request(self) -> JobRequest:
        return JobRequest(
            kind=self.kind, fmt=self.fmt, path=os.path.expanduser(self.path_edit.text().strip()), size=self.size(),
            theme=self.theme_combo.currentData(), fps=self.fps_spin.value(), lesson=self.lesson,
            first=self.first_spin.value(), last=self.last_spin.value(), phases=self.phases_combo.currentData(),
            settled_seconds=None if self.animated_radio.isChecked() else self.seconds_spin.value(),
            speed=self.speed_spin.value(), scene=self.scene,
        )

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.setVisible(False)

    def show_error(self, field: str, reason: str) -> None:
        label = self.errors.get(FIELD_ROWS.get(field, ""), None)
        if label is None:
            label = self.general_error
            reason = f"{field}: {reason}"
        label.setText(reason)
        label.setVisible(True)

    def validate(self) -> JobRequest | None:
        """The request if every option is right; else the error is shown and None."""
        self.clear_errors()
        request = self.make_request()
        if not request.path:
            self.show_error("output", "give a file name")
            return None
        try:
            request.make_job().validate()
        except ExportError as exc:
            self.show_error(exc.field, exc.reason)
            return None
        return request

    def accept(self) -> None:
        request = self.validate()
        if request is None:
            return  # the dialog stays open with the error beside its field
        path = Path(os.path.abspath(request.path))
        if path.exists() and path.is_file() and self._confirmed_path != request.path:
            answer = QMessageBox.question(self, "Replace the file?", f"{path} exists. Replace it?")
            if answer != QMessageBox.StandardButton.Yes:
                return
        store = self._store
        store.setValue("export/folder", str(path.parent))
        store.setValue("export/format" if self.kind == "animation" else "export/frame_format", request.fmt)
        store.setValue("export/theme", request.theme)
        store.sync()
        self.request = request
        super().accept()
        self.sigRequest.emit(request)
