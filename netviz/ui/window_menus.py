"""The main window's menus: every documented key is an action here, so it works whatever has focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from netviz.ui import lesson_files, session_actions, window_layout
from netviz.ui.themes import theme_names

if TYPE_CHECKING:
    from netviz.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> tuple[QAction, QActionGroup]:
    """File, Training, Animation and View; returns (the Escape action that leaves presentation
    mode, the View > Theme entries)."""
    menus = {
        "&File": (
            ("Save run…", ("Ctrl+S",), lambda: session_actions.actions_for(window).save_run_dialog()),
            ("Open run…", ("Ctrl+O",), lambda: session_actions.actions_for(window).open_run_dialog()),
            ("Save as lesson…", (), lambda: session_actions.actions_for(window).save_lesson_dialog()),
            (QCoreApplication.translate("window_menus", "Open lesson…"), (),
             lambda: lesson_files.files_for(window).open_lesson_dialog()),
            (QCoreApplication.translate("window_menus", "Open data…"), (),
             lambda: lesson_files.files_for(window).open_data_dialog()),
            ("Export animation…", ("Ctrl+E",), window.export_animation),
            ("Export current frame…", ("Ctrl+Shift+E",), window.export_current_frame),
            ("Quit", ("Ctrl+Q",), window.close),
        ),
        "&Training": (
            ("Play / pause", ("Space",), lambda: window.controls.play_button.toggle()),
            ("Single step", ("S",), window.step_once),
            ("Reset", ("R",), window.reset),
        ),
        "&Animation": (
            ("Animate the step / pause", ("A",), lambda: window.animation.animate.toggle()),
            # Page Down / Page Up: what a presenter's clicker sends.
            ("Next phase", ("Right", ".", "PgDown"), lambda: window.model.move_phase(+1)),
            ("Previous phase", ("Left", ",", "PgUp"), lambda: window.model.move_phase(-1)),
            ("Next step", ("]",), lambda: window.move_step(+1)),
            ("Previous step", ("[",), lambda: window.move_step(-1)),
            ("Teach mode", ("T",), lambda: window.animation.teach.toggle()),
            ("Computational graph", ("G",), lambda: window.animation.graph.toggle()),
            ("Live: the newest step", ("L",), window.go_live),
        ),
    }
    for title, entries in menus.items():
        menu = window.menuBar().addMenu(title)
        for text, keys, slot in entries:
            act = QAction(text, window)
            act.setShortcuts([QKeySequence(k) for k in keys])
            # Text fields keep the keys they type (they claim them first); elsewhere they act.
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(slot)
            menu.addAction(act)
            window.addAction(act)
    return _build_view_menu(window)


def _build_view_menu(window: MainWindow) -> tuple[QAction, QActionGroup]:
    menu = window.menuBar().addMenu("&View")
    for text, key, slot in (("Presentation mode", "F5", window.toggle_presentation),
                            ("Blank the screen", "B", window.toggle_blank)):
        act = QAction(text, window)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        window.addAction(act)
    # Escape leaves presentation mode; it is enabled only there, so that elsewhere it
    # still reaches dialogs and fields.
    leave = QAction("Leave presentation mode", window)
    leave.setShortcut(QKeySequence("Escape"))
    leave.setEnabled(False)
    leave.triggered.connect(window.leave_presentation)
    window.addAction(leave)
    themes = menu.addMenu("Theme")
    theme_actions = QActionGroup(window)
    for name in theme_names():
        act = QAction(name.replace("-", " ").capitalize(), window, checkable=True)
        act.setData(name)
        act.triggered.connect(lambda _checked, name=name: window.set_theme(name))
        theme_actions.addAction(act)
        themes.addAction(act)
    menu.addSeparator()
    window_layout.build_view_menu(menu, window.docks, window.restore_default_layout)
    return leave, theme_actions
