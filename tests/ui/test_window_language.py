"""The window in every language: switched at run time, every word translated, Chinese drawn, nothing clipped."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QWidget,
)

from netviz.engine import spec
from netviz.engine.settings import settings_of
from netviz.export import FORMATS
from netviz.render import language
from netviz.render.glyphs import missing_glyphs
from netviz.resources import resource_path
from netviz.ui import setting_words
from netviz.ui.app import speak
from netviz.ui.export_form import FORMAT_DESCRIPTIONS
from netviz.ui.main_window import MainWindow

TAG = re.compile(r"<[^>]+>")
CLASSROOM_POINTS = 11.0  # netviz.ui.app.make_app: no smaller, for the back of a classroom


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def shown_texts(window: MainWindow) -> list[tuple[str, QFont]]:
    """Every word the window shows (labels, buttons, titles, items, tooltips, menus, plot
    titles and axes) with the font it is drawn in."""
    found: list[tuple[str, QFont]] = []
    for widget in window.findChildren(QWidget):
        font = widget.font()
        if isinstance(widget, QLabel):
            found.append((widget.text(), font))
        elif isinstance(widget, QAbstractButton):
            found.append((widget.text(), font))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), font))
        elif isinstance(widget, QDockWidget):
            found.append((widget.windowTitle(), font))
        elif isinstance(widget, QComboBox):
            found += [(widget.itemText(i), font) for i in range(widget.count())]
        if widget.toolTip():
            found.append((widget.toolTip(), font))
    for menu in window.findChildren(QMenu):
        found.append((menu.title(), menu.font()))
        found += [(action.text(), menu.font()) for action in menu.actions() if action.text()]
    for plot in (window.plots.loss_plot, window.plots.grad_plot, window.plots.dead_plot, window.plots.boundary_plot):
        item = plot.getPlotItem()
        found.append((item.titleLabel.text, plot.font()))
        found += [(item.getAxis(side).labelText, plot.font()) for side in ("left", "bottom")]
    return [(" ".join(TAG.sub(" ", text).replace("&", "").split()), font) for text, font in found if text]


def english_sources(code: str) -> set[str]:
    """The English sources of the catalogue that the language says otherwise."""
    root = ET.parse(resource_path("translations", f"netviz_{code}.ts")).getroot()
    sources = set()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        said = translation.text if message.get("numerus") != "yes" else None
        if "{" not in source and "%n" not in source and said != source:
            sources.add(" ".join(source.replace("&", "").split()))
    return sources


@pytest.fixture
def classroom_font(qapp):
    """The application's font as netviz.ui.app.make_app sets it (no smaller than 11 pt: the
    window's style sheet takes its size from the application's font), restored afterwards."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(max(font.pointSizeF(), CLASSROOM_POINTS))
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


@pytest.fixture
def german_window(qtbot):
    language.install_language("de")
    win = MainWindow(lesson="vanishing", remember=False)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_window_speaks_german_with_no_english_left(german_window):
    win = german_window
    titles = [menu.title() for menu in win.menuBar().findChildren(QMenu) if menu.parent() is win.menuBar()]
    assert "&Datei" in titles and "&Ansicht" in titles
    assert win.controls_dock.windowTitle() == "Steuerung"
    assert win.controls.play_button.text() == "Abspielen"
    assert win.plots.loss_plot.getPlotItem().titleLabel.text == "Verlust"
    left_in_english = {text for text, _ in shown_texts(win)} & english_sources("de")
    assert not left_in_english


def test_switching_language_retranslates_the_open_window(qtbot, private_settings):
    win = MainWindow(lesson="vanishing")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.controls.play_button.text() == "Play"
    assert "." in win.controls.learning_rate.text()
    win.set_language("it")
    assert win.controls.play_button.text() == "Avvia"
    assert "," in win.controls.learning_rate.text()  # the open window's numbers follow too
    assert win.inspector_dock.windowTitle() == "Ispettore"
    assert win.animation.animate.text() == "Anima il passo"
    assert win.inspector.title.text() == "Fai clic su un nodo o passaci sopra"
    assert [a.isChecked() for a in win.language_actions.actions() if a.data() == "it"] == [True]
    assert win.controls.lesson_combo.count() > 1  # the lessons' titles come from the lesson files
    win.set_language("en")
    assert win.controls.play_button.text() == "Play"
    assert win.plots.grad_plot.getPlotItem().titleLabel.text == "Gradient norm per layer"
    win.set_language("tr")
    win.close()
    # Remembered: the next window (no --lang) speaks Turkish.
    assert speak(None) == "tr"
    assert speak("zh") == "zh"  # --lang wins over the remembered language


def test_the_language_menu_names_each_language_in_its_own_words(german_window):
    names = [action.text() for action in german_window.language_actions.actions()]
    assert names == ["English", "Deutsch", "Italiano", "Türkçe", "中文"]


def test_numbers_in_widgets_follow_the_language(german_window):
    # A decimal comma in German spin boxes.
    assert "," in german_window.controls.learning_rate.text()


def test_chinese_has_no_missing_glyph_in_the_window(qtbot):
    language.install_language("zh")
    win = MainWindow(lesson="vanishing", remember=False)
    qtbot.addWidget(win)
    texts = shown_texts(win)
    assert any("训练" in text for text, _ in texts)
    boxes = {text: missing for text, font in texts if (missing := missing_glyphs(text, font))}
    assert not boxes, f"drawn as boxes: {boxes}"
    win.close()


@pytest.mark.parametrize("code", ["de", "zh", "it", "tr"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1920, 1080)])
def test_no_button_or_label_is_clipped(qtbot, classroom_font, code, size):
    """German runs about 30% longer than English: every button and one-line label still shows
    its whole text in a classroom projector's window (and at full HD, where the inspector has
    a dock of its own)."""
    language.install_language(code)
    win = MainWindow(lesson="vanishing", remember=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.restore_default_layout()
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(100)  # the layout requests that showing (polish, style sheet) posted are handled
    clipped = []
    for widget in win.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            if widget.width() < widget.minimumSizeHint().width():
                clipped.append((widget.text(), widget.width(), widget.minimumSizeHint().width()))
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and "<" not in widget.text():
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.text())
            if widget.width() + 1 < needed:
                clipped.append((widget.text(), widget.width(), needed))
    for plot in (win.plots.loss_plot, win.plots.grad_plot, win.plots.dead_plot, win.plots.boundary_plot):
        # A pyqtgraph plot as wide as its title: a title wider than the widget cuts the plot off.
        if plot.isVisible() and plot.getPlotItem().width() > plot.width() + 1:
            clipped.append((plot.getPlotItem().titleLabel.text, plot.width(), plot.getPlotItem().width()))
    win.close()
    assert not clipped, clipped


def test_every_setting_word_is_marked_for_translation():
    classes = (spec.DataSpec, spec.LayerSpec, spec.NetworkSpec, spec.OptimizerSpec, spec.TrainSpec)
    declared = {word for cls in classes for setting in settings_of(cls).values()
                for word in (setting.label, setting.short, setting.unit) if word}
    assert declared <= set(setting_words.WORDS), declared - set(setting_words.WORDS)


def test_the_export_dialog_describes_the_formats_as_the_export_does():
    assert {name: fmt.description for name, fmt in FORMATS.items()} == FORMAT_DESCRIPTIONS


def test_the_window_and_open_take_lang_on_the_command_line(capsys):
    from netviz.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["--lang", "zh"]).lang == "zh"
    assert parser.parse_args(["open", "run.netviz", "--lang", "it"]).lang == "it"
    assert parser.parse_args([]).lang is None  # then: remembered, else the system's
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


GERMAN_SCREENSHOT = """
import sys
from netviz.ui import app, main_window

shown = {}
original = main_window.MainWindow.run_finished

def finished(self, steps):
    shown["play"] = self.controls.play_button.text()
    return original(self, steps)

main_window.MainWindow.run_finished = finished
code = app.run_window("vanishing", None, 1, sys.argv[1], "640x400", lang="de")
print("play button:", shown["play"])
sys.exit(code)
"""


def test_a_screenshot_run_with_lang_shows_the_window_in_that_language(tmp_path):
    # In a process of its own, as the command line runs it (one application, one event loop).
    result = subprocess.run([sys.executable, "-c", GERMAN_SCREENSHOT, str(tmp_path / "de.png")], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert "play button: Abspielen" in result.stdout
    assert (tmp_path / "de.png").read_bytes().startswith(b"\x89PNG")


def test_the_compare_window_speaks_german_too(german_window, qtbot):
    """Its loss plot's title is built around the two sides' names: the word "Loss" still translated."""
    dialog = german_window.compare_with_fix("relu")
    qtbot.waitExposed(dialog)
    try:
        title = TAG.sub("", dialog.loss_plot.getPlotItem().titleLabel.text)
        assert title.startswith("Verlust:")
        assert dialog.leave_button.text() == "Vergleich verlassen"
    finally:
        dialog.close()


def test_a_lesson_without_fixes_says_so_in_the_compare_menu_in_german(german_window):
    """The entry was looked up under the window's class while lupdate filed it under another
    context, so it stayed English in every language."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMenu

    from netviz.ui import window_menus

    no_fixes = SimpleNamespace(fixes={})
    stand_in = SimpleNamespace(lesson=SimpleNamespace(without_fix=lambda: no_fixes))
    menu = QMenu()
    window_menus._list_fixes(stand_in, menu)  # type: ignore[arg-type]
    assert [a.text() for a in menu.actions()] == ["Diese Lektion hat keine Abhilfe"]
