"""The window's words in the language chosen: View > Language turns the open window into another
language at once (no restart); and the layers' names as its plots show them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from netviz.engine.lessons import Lesson
from netviz.render import language
from netviz.ui import lesson_files
from netviz.ui.mailbox import Snapshot

if TYPE_CHECKING:  # the window calls these; only its type is needed here
    from netviz.ui.main_window import MainWindow


def hidden_layer_names(count: int) -> list[str]:
    """The layers' names as the plots' legends show them."""
    hidden = QCoreApplication.translate("MainWindow", "hidden {number}")
    return [hidden.format(number=i + 1) for i in range(count)] + [QCoreApplication.translate("MainWindow", "output")]


def layer_names(snapshot: Snapshot) -> list[str]:
    return hidden_layer_names(len(snapshot.network_spec.hidden))


def lesson_layer_names(lesson: Lesson) -> list[str]:
    return hidden_layer_names(len(lesson.network["hidden"]))


def set_language(window: MainWindow, code: str, store: QSettings | None) -> None:
    """View > Language: the whole window in ``code`` at once (no restart), remembered."""
    language.install_language(code)  # every widget receives a LanguageChange event
    for act in window.language_actions.actions():
        act.setChecked(act.data() == code)
    if store is not None:
        store.setValue(language.SETTINGS_KEY, code)


def retranslate(window: MainWindow) -> None:
    """The window's own text in the language now installed (its widgets see to theirs)."""
    # Widgets keep the locale they were made with: the language's numbers (0,25) reach
    # the open window's spin boxes through its locale, which its children inherit.
    window.setLocale(QLocale())
    window.texts.retranslate()
    # The lesson shown, its fixes and the picture's title and caption in the language now chosen.
    window.lesson = window.lesson.in_language(language.current_language())
    window.model.title, window.model.caption = window.lesson.title, " ".join(window.lesson.caption.split())
    window.controls.show_lesson_text(window.lesson)
    if window.lesson.fallback_note():  # a user's lesson without this language's text says so
        window.show_start_message()
    # The lessons' own text, in the language now chosen (the lesson files carry each language).
    # (Those loaded at start: a file that did not load then stays out, as in the picker.)
    code = language.current_language()
    window.controls.set_lesson_titles({key: lesson_files.picker_title(lesson.in_language(code))
                                       for key, lesson in window.lessons.items()})
    for act in window.language_actions.actions():
        act.setChecked(act.data() == language.current_language())
    window.show_start_message()
    window.refresh_scene()
