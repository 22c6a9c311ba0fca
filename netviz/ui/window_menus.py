"""The main window's menus: every documented key is an action here, so it works whatever has focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from netviz.i18n import LANGUAGES
from netviz.render.language import current_language
from netviz.ui import lesson_files, window_layout
from netviz.ui.texts import QT_TRANSLATE_NOOP, Texts
from netviz.ui.themes import theme_names

if TYPE_CHECKING:
    from netviz.ui.main_window import MainWindow
    from netviz.ui.session_actions import SessionActions

MENUS = "Menus"  # the translation context of every menu entry
# The themes' names as the menu shows them (the theme's own name is its id).
THEME_TITLES = {
    "dark": QT_TRANSLATE_NOOP("Menus", "Dark"),
    "light": QT_TRANSLATE_NOOP("Menus", "Light"),
    "high-contrast": QT_TRANSLATE_NOOP("Menus", "High contrast"),
}


def _sessions(window: MainWindow) -> SessionActions:
    """File > Save run… and the like (their module is imported when first used, not at start)."""
    from netviz.ui.session_actions import actions_for

    return actions_for(window)


def build_menus(window: MainWindow, texts: Texts) -> tuple[QAction, QActionGroup, QActionGroup]:
    """File, Training, Animation and View; returns (the Escape action that leaves presentation
    mode, the View > Theme entries, the View > Language entries). Their text is kept in
    ``texts``, which retranslates it."""
    menus = {
        QT_TRANSLATE_NOOP("Menus", "&File"): (
            (QT_TRANSLATE_NOOP("Menus", "Save run…"), ("Ctrl+S",),
             lambda: _sessions(window).save_run_dialog()),
            (QT_TRANSLATE_NOOP("Menus", "Open run…"), ("Ctrl+O",),
             lambda: _sessions(window).open_run_dialog()),
            (QT_TRANSLATE_NOOP("Menus", "Save as lesson…"), (),
             lambda: _sessions(window).save_lesson_dialog()),
            (QT_TRANSLATE_NOOP("Menus", "Open lesson…"), (),
             lambda: lesson_files.files_for(window).open_lesson_dialog()),
            (QT_TRANSLATE_NOOP("Menus", "Open data…"), (), lambda: lesson_files.files_for(window).open_data_dialog()),
            (QT_TRANSLATE_NOOP("Menus", "Export animation…"), ("Ctrl+E",), window.export_animation),
            (QT_TRANSLATE_NOOP("Menus", "Export current frame…"), ("Ctrl+Shift+E",), window.export_current_frame),
            (QT_TRANSLATE_NOOP("Menus", "Quit"), ("Ctrl+Q",), window.close),
        ),
        QT_TRANSLATE_NOOP("Menus", "&Training"): (
            (QT_TRANSLATE_NOOP("Menus", "Play / pause"), ("Space",), lambda: window.controls.play_button.toggle()),
            (QT_TRANSLATE_NOOP("Menus", "Single step"), ("S",), window.step_once),
            (QT_TRANSLATE_NOOP("Menus", "Reset"), ("R",), window.reset),
        ),
        QT_TRANSLATE_NOOP("Menus", "&Animation"): (
            (QT_TRANSLATE_NOOP("Menus", "Animate the step / pause"), ("A",),
             lambda: window.animation.animate.toggle()),
            # Page Down / Page Up: what a presenter's clicker sends.
            (QT_TRANSLATE_NOOP("Menus", "Next phase"), ("Right", ".", "PgDown"), lambda: window.model.move_phase(+1)),
            (QT_TRANSLATE_NOOP("Menus", "Previous phase"), ("Left", ",", "PgUp"),
             lambda: window.model.move_phase(-1)),
            (QT_TRANSLATE_NOOP("Menus", "Next step"), ("]",), lambda: window.move_step(+1)),
            (QT_TRANSLATE_NOOP("Menus", "Previous step"), ("[",), lambda: window.move_step(-1)),
            (QT_TRANSLATE_NOOP("Menus", "Teach mode"), ("T",), lambda: window.animation.teach.toggle()),
            (QT_TRANSLATE_NOOP("Menus", "Computational graph"), ("G",), lambda: window.animation.graph.toggle()),
            (QT_TRANSLATE_NOOP("Menus", "Live: the newest step"), ("L",), window.go_live),
        ),
    }
    for title, entries in menus.items():
        menu = window.menuBar().addMenu("")
        texts.keep(menu.setTitle, MENUS, title)
        for text, keys, slot in entries:
            act = QAction(window)
            texts.keep(act.setText, MENUS, text)
            act.setShortcuts([QKeySequence(k) for k in keys])
            # Text fields keep the keys they type (they claim them first); elsewhere they act.
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(slot)
            menu.addAction(act)
            window.addAction(act)
    return _build_view_menu(window, texts)


def _build_view_menu(window: MainWindow, texts: Texts) -> tuple[QAction, QActionGroup, QActionGroup]:
    menu = window.menuBar().addMenu("")
    texts.keep(menu.setTitle, MENUS, QT_TRANSLATE_NOOP("Menus", "&View"))
    for text, key, slot in ((QT_TRANSLATE_NOOP("Menus", "Presentation mode"), "F5", window.toggle_presentation),
                            (QT_TRANSLATE_NOOP("Menus", "Blank the screen"), "B", window.toggle_blank),
                            (QT_TRANSLATE_NOOP("Menus", "Compare with the fix"), "C",
                             lambda: window.compare_with_fix(None))):
        act = QAction(window)
        texts.keep(act.setText, MENUS, text)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        window.addAction(act)
    # Escape leaves presentation mode; it is enabled only there, so that elsewhere it
    # still reaches dialogs and fields.
    leave = QAction(window)
    texts.keep(leave.setText, MENUS, QT_TRANSLATE_NOOP("Menus", "Leave presentation mode"))
    leave.setShortcut(QKeySequence("Escape"))
    leave.setEnabled(False)
    leave.triggered.connect(window.leave_presentation)
    window.addAction(leave)
    themes = menu.addMenu("")
    texts.keep(themes.setTitle, MENUS, QT_TRANSLATE_NOOP("Menus", "Theme"))
    theme_actions = QActionGroup(window)
    for name in theme_names():
        act = QAction(window, checkable=True)
        texts.keep(act.setText, MENUS, THEME_TITLES.get(name, name))
        act.setData(name)
        act.triggered.connect(lambda _checked, name=name: window.set_theme(name))
        theme_actions.addAction(act)
        themes.addAction(act)
    compare = menu.addMenu("")
    texts.keep(compare.setTitle, MENUS, QT_TRANSLATE_NOOP("Menus", "Compare with fix"))
    # The current lesson's fixes, listed when the menu opens (the lesson may have changed).
    compare.aboutToShow.connect(lambda: _list_fixes(window, compare))
    languages = menu.addMenu("")
    texts.keep(languages.setTitle, MENUS, QT_TRANSLATE_NOOP("Menus", "Language"))
    language_actions = language_menu(window, languages)
    menu.addSeparator()
    window_layout.build_view_menu(menu, window.docks, window.restore_default_layout, texts)
    return leave, theme_actions, language_actions


def language_menu(window: MainWindow, menu: QMenu) -> QActionGroup:
    """One entry per language, in its own name (never translated: a reader finds his own)."""
    group = QActionGroup(window)
    for code, own_name in LANGUAGES.items():
        act = QAction(own_name, window, checkable=True)
        act.setData(code)
        act.setChecked(code == current_language())
        act.triggered.connect(lambda _checked, code=code: window.set_language(code))
        group.addAction(act)
        menu.addAction(act)
    return group


def _list_fixes(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    lesson = window.lesson.without_fix()
    for name, fix in lesson.fixes.items():
        act = menu.addAction(fix.title + "…")
        act.triggered.connect(lambda _checked=False, name=name: window.compare_with_fix(name))
    if not lesson.fixes:
        # Context "Menus", as the menus' other entries: window.tr() would look it up under
        # "MainWindow", where lupdate (reading this module) never files it.
        menu.addAction(QCoreApplication.translate("Menus", "This lesson has no fix")).setEnabled(False)
