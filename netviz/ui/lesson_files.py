"""The window's own lessons and data: the lesson picker's list (the built-in lessons and the
user's lessons folder, a bad file skipped with a warning), File > Open lesson… and
File > Open data… (a CSV file, its target column chosen).

Every failure is a message box naming the file, the field and the reason, never a
traceback; the tests call ``open_lesson(path)`` and ``open_data(path, target)`` without
the dialogs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from netviz.engine.csv_import import csv_columns
from netviz.engine.dataset_split import DatasetError
from netviz.engine.lesson_data import with_data
from netviz.engine.lessons import (
    Lesson,
    LessonError,
    available_lessons,
    find_lesson,
    is_lesson_path,
    lessons_dir,
    lessons_in,
    load_lesson,
)

STATUS_MS = 8000


def one_line(text: str) -> str:
    """A message on one line (a status bar, a terminal): runs of white space as one space, and
    control characters (a file name's escape sequences would drive the terminal) as \\xNN."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in " ".join(text.split()))


def user_lessons_dir() -> Path:
    """The user's lessons folder (``lessons`` in the application's data folder, e.g.
    ~/.local/share/netviz/netviz/lessons on Linux): the picker lists the lesson files in it."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "lessons"


def lesson_key(lesson: Lesson) -> str:
    """The picker's key of a lesson: a built-in's name, else its file's path (a user's
    ``vanishing.toml`` is not the built-in vanishing lesson)."""
    source = Path(lesson.source)
    key = lesson.name if source.parent == lessons_dir() and source.stem == lesson.name else lesson.source
    csv = lesson.dataset.get("csv")
    return key if csv is None else f"{key} on {csv}"  # the same lesson on the user's data is another entry


def picker_lessons(folder: Path | None = None) -> tuple[dict[str, Lesson], list[LessonError]]:
    """Every lesson the picker offers, by ``lesson_key``: the built-in ones, then those in
    ``folder`` (default: ``user_lessons_dir()``); and the errors of the files skipped."""
    lessons, problems = available_lessons()
    mine, my_problems = lessons_in(user_lessons_dir() if folder is None else folder)
    lessons.update({lesson_key(lesson): lesson for lesson in mine.values()})
    return lessons, problems + my_problems


def chosen_lesson(lessons: dict[str, Lesson], lesson: str | Lesson) -> Lesson:
    """The window's lesson: ``lesson`` itself, a built-in the picker loaded (not read twice), else
    ``find_lesson(lesson)`` (a file's path; LessonError if it does not load)."""
    if not isinstance(lesson, str):
        return lesson
    loaded = None if is_lesson_path(lesson) else lessons.get(lesson)
    return loaded if loaded is not None else find_lesson(lesson)


def picker_title(lesson: Lesson) -> str:
    """A lesson's title in the picker: the user's own lessons say so."""
    if lesson_key(lesson) == lesson.name or "csv" in lesson.dataset:  # built-in, or titled "... on FILE"
        return lesson.title
    return QCoreApplication.translate("LessonFiles", "%1 (your lesson)").replace("%1", lesson.title)


def warn_skipped(window: Any, problems: list[LessonError]) -> None:
    """Name the lesson files that were skipped: on stderr and in the status bar (the window opens)."""
    if not problems:
        return
    for problem in problems:
        print(f"netviz: skipped a lesson file: {one_line(str(problem))}", file=sys.stderr)
    count = len(problems)
    text = QCoreApplication.translate("LessonFiles", "Skipped %n lesson file(s) that did not load: %1", "", count)
    text = text.replace("%1", one_line(str(problems[0])))
    window.statusBar().showMessage(text)


class LessonFiles(QObject):
    """File > Open lesson… and Open data… of one window (``files_for(window)``)."""

    sigFailed = Signal(str)  # the message shown, for tests

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("netviz lesson files")
        self.window = window
        self.message_box: QMessageBox | None = None

    # ----- File > Open lesson… --------------------------------------------------------

    def open_lesson_dialog(self) -> None:
        folder = user_lessons_dir()
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open lesson"), str(folder if folder.is_dir() else Path.home()),
            self.tr("netviz lessons (*.toml);;All files (*)"))
        if path:
            self.open_lesson(path)

    def open_lesson(self, path: str | Path) -> Lesson | None:
        """Load a lesson file and run it (it joins the picker); None and a message on failure."""
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            self._fail(self.tr("Open lesson"), self.tr("This lesson file cannot be used:"), exc)
            return None
        self.window.open_lesson(lesson)
        return lesson

    # ----- File > Open data… ----------------------------------------------------------

    def open_data_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open data"), str(Path.home()),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        try:
            columns = csv_columns(path)
        except DatasetError as exc:
            self._fail(self.tr("Open data"), self.tr("This CSV file cannot be used:"), exc)
            return
        target, ok = QInputDialog.getItem(self.window, self.tr("Open data"),
                                          self.tr("The column the network predicts (the target):"),
                                          columns, len(columns) - 1, False)
        if ok and target:
            self.open_data(path, target)

    def open_data(self, path: str | Path, target: str) -> Lesson | None:
        """The current lesson (without its fix) trained on this CSV file; None and a message
        naming the field (dataset.csv, dataset.target, network...) on failure."""
        try:
            lesson = with_data(self.window.lesson, path, target)
        except LessonError as exc:
            self._fail(self.tr("Open data"), self.tr("The lesson cannot train on this data:"),
                       f"{exc.field}: {exc.reason}")
            return None
        self.window.open_lesson(lesson)
        return lesson

    # ----- messages ---------------------------------------------------------------------

    def _fail(self, title: str, headline: str, reason: object) -> None:
        text = f"{headline}\n\n{reason}"
        self.window.statusBar().showMessage(f"{headline} {one_line(str(reason))}", STATUS_MS)
        if self.message_box is not None:
            self.message_box.close()
        parent: QWidget = self.window
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.message_box = box
        box.open()  # window-modal, never blocking in exec(): training and tests go on
        self.sigFailed.emit(text)


def files_for(window: Any) -> LessonFiles:
    """The window's LessonFiles (created on first use)."""
    found = window.findChild(LessonFiles, "netviz lesson files")
    return found if found is not None else LessonFiles(window)
