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

import threading
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from netviz.export import ExportCancelled, ExportError, ExportFailed, ExportResult, eta_text
from netviz.ui.export_form import ExportDialog
from netviz.ui.export_request import JobRequest
from netviz.ui.threads import WorkerThread

JOIN_TIMEOUT_S = 10.0  # closing the window waits this long for a cancelled export
PROGRESS_INTERVAL_S = 0.05  # the worker forwards at most ~20 progress reports a second


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
            self._show_message(QMessageBox.Icon.Information, self.tr("Export running"),
                               self.tr("An export is running. Wait for it to finish or cancel it first."))
            if self.progress is not None:
                self.progress.raise_()
            return None
        win = self.window
        if kind == "frame" and getattr(win.view, "scene", None) is None:
            self._show_message(QMessageBox.Icon.Information, self.tr("Nothing to export"),
                               self.tr("The view shows no network yet: take a step (S) first."))
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

        label = (self.tr("Exporting the frame to {file}…") if request.kind == "frame"
                 else self.tr("Exporting the animation to {file}…")).format(file=Path(request.path).name)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Export"))
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
        self.window.statusBar().showMessage(self.tr("Exporting to {path}…").format(path=request.path))

    @Slot()
    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, float)
    def _on_progress(self, done: int, total: int, eta_s: float) -> None:
        if self.progress is None or (self.cancel_event is not None and self.cancel_event.is_set()):
            return
        self._total = total
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)
        left = eta_text(None if eta_s < 0 else eta_s)
        locale = QLocale()
        self.progress.setLabelText(self.tr("Frame {done} of {total}, {left} left").format(
            done=locale.toString(done), total=locale.toString(total), left=left))

    @Slot(str)
    def _on_stage(self, name: str) -> None:
        if self.progress is None or (self.cancel_event is not None and self.cancel_event.is_set()):
            return
        request = self.request
        title = getattr(request.lesson, "title", None) or self.tr("the lesson")
        texts = {
            "training": self.tr("Training {lesson} up to step {step}…").format(lesson=title, step=request.last),
            "palette": self.tr("Choosing the GIF's colours…"),
            "frames": self.tr("Drawing frames…"),
            "finishing": self.tr("Finishing the file…"),
        }
        if name in ("training", "palette"):
            self.progress.setRange(0, 0)  # busy
        self.progress.setLabelText(texts.get(name, name))

    @Slot(object)
    def _on_done(self, result: ExportResult) -> None:
        self._join()
        self.last_result = result
        message = self.tr("Exported {summary}").format(summary=result.summary())
        if result.note:
            message = self.tr("Exported {summary}; note: {note}").format(summary=result.summary(), note=result.note)
        self.window.statusBar().showMessage(message)
        self._finish("done")

    @Slot(str, str, str)
    def _on_failed(self, field: str, reason: str, details: str) -> None:
        self._join()
        text = self.tr("The export failed: {reason}.").format(reason=reason)
        if field not in ("export", "render", "output", "format"):
            text = self.tr("The export could not run ({field}): {reason}.").format(field=field, reason=reason)
        text += "\n\n" + self.tr("Nothing was written.")
        self.window.statusBar().showMessage(self.tr("Export failed: {reason}; nothing written").format(reason=reason),
                                            10000)
        self._show_message(QMessageBox.Icon.Warning, self.tr("Export failed"), text,
                           self.tr("ffmpeg said:") + f"\n{details}" if details else "")
        self._finish("failed")

    @Slot()
    def _on_cancelled(self) -> None:
        self._join()
        self.window.statusBar().showMessage(self.tr("Export cancelled, nothing written"), 8000)
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
            box.setInformativeText(self.tr("Show Details… has ffmpeg's own words."))
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
