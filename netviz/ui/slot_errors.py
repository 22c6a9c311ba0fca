"""SlotErrorGuard: an exception raised inside a Qt slot ends a headless run, or is shown in
the window; it is never lost.

PySide hands an exception raised in a slot (a timer's, a button's, a queued signal's) to
``sys.excepthook`` and goes back to the event loop as if nothing happened. Without a hook of
our own a headless ``--screenshot`` run then waits forever for the slot that failed, and a
window user sees nothing but a traceback on a terminal they may not have.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

EXIT_CODE = 1  # a headless run that failed inside a slot


def one_line(error: BaseException) -> str:
    """``IsADirectoryError: [Errno 21] Is a directory: 'x'`` on one line."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class SlotErrorGuard(QObject):
    """``sys.excepthook`` while the app runs (use as a context manager around ``app.exec()``).

    Headless: the error is printed as one line on stderr, the window is closed (which stops
    its training thread) and the event loop ends with ``EXIT_CODE``. With a window: the
    traceback goes to stderr, the status bar and a message box say what went wrong (the box
    with the traceback under "Show Details"), and the app carries on.

    The hook also runs for a slot of a worker thread's object; the report then travels to
    the GUI thread through a queued signal, since widgets may be touched only there.
    """

    sigError = Signal(str, str)  # one line, the traceback

    def __init__(self, app: QApplication, window: QMainWindow, headless: bool):
        super().__init__()  # created on the GUI thread: its slot runs there
        self.app, self.window, self.headless = app, window, headless
        self.errors: list[BaseException] = []
        self.box: QMessageBox | None = None
        self._previous = sys.excepthook
        self._lock = threading.Lock()  # the hook may run on two threads at once
        self._quitting = False
        self.sigError.connect(self._on_error)

    def __enter__(self) -> SlotErrorGuard:
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.excepthook = self._previous

    @property
    def failed(self) -> bool:
        with self._lock:
            return bool(self.errors)

    def _hook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        with self._lock:
            self.errors.append(error)
        details = "".join(traceback.format_exception(kind, error, tb))
        if not self.headless:
            sys.stderr.write(details)  # the whole story for a bug report; the box has it too
        self.sigError.emit(one_line(error), details)  # queued when raised on another thread

    @Slot(str, str)
    def _on_error(self, line: str, details: str) -> None:
        if self.headless:
            self._end_headless(line)
        else:
            self._show(line, details)

    def _end_headless(self, line: str) -> None:
        print(f"netviz: internal error: {line}", file=sys.stderr)
        if self._quitting:  # an error while closing: the loop is already ending
            return
        self._quitting = True
        self.window.close()
        self.app.exit(EXIT_CODE)

    def _show(self, line: str, details: str) -> None:
        message = self.tr("Something went wrong: {error}").format(error=line)
        self.window.statusBar().showMessage(message)
        if self.box is not None and self.box.isVisible():
            return  # one box at a time: an error repeated by a timer must not pile them up
        # open(), not exec(): a modal loop inside the hook would run the failing slot again.
        advice = self.tr("The window may be out of step from here on; restarting netviz is safest.")
        self.box = QMessageBox(QMessageBox.Icon.Critical, self.tr("netviz: something went wrong"),
                               f"{message}\n\n{advice}", QMessageBox.StandardButton.Close, self.window)
        self.box.setDetailedText(details)
        self.box.open()
