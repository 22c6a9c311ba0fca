"""Choosing the language and loading its catalogues (netviz.render.language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale

from netviz import i18n
from netviz.render import language

STEPS_DONE = "The lesson's %Ln step(s) are done: press Play (Space) to continue training."


@pytest.fixture
def speaking(app):
    """install_language, undone afterwards (translators, locale and backend are process-wide)."""
    yield language.install_language
    language.uninstall_language()


def test_asked_beats_remembered_beats_system():
    german = QLocale("de_CH")
    assert language.choose_language("tr", "it", german) == "tr"
    assert language.choose_language(None, "it", german) == "it"
    assert language.choose_language(None, None, german) == "de"
    # A remembered value that is no language (an old or hand-edited settings file) is passed over.
    assert language.choose_language(None, "klingon", german) == "de"
    assert language.choose_language(None, 3, german) == "de"


def test_a_system_language_netviz_does_not_speak_is_english():
    assert language.system_language(QLocale("fr_FR")) == "en"
    assert language.system_language(QLocale("zh_CN")) == "zh"
    assert language.system_language(QLocale("it_CH")) == "it"
    # The catalogue is Simplified Chinese: a Traditional-script system is better served in English.
    assert language.system_language(QLocale("zh_TW")) == "en"


def test_an_unknown_language_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="'fr' is not a language netviz speaks.*de, it, tr, zh"):
        language.choose_language("fr")


def test_every_language_has_a_catalogue_in_the_resources():
    for code in i18n.LANGUAGES:
        assert language.catalogue_path(code).is_file(), code


@pytest.mark.parametrize("code", ["de", "it", "tr", "zh"])
def test_qt_ships_its_own_catalogue_for_every_language(code):
    # Standard buttons and dialogs follow the language only if the Qt wheel has qtbase_<code>.qm.
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"{language.qt_catalogue_name(code)}.qm").is_file()


def test_installing_german_translates_qt_and_the_qt_free_door(speaking):
    assert speaking("de") == "de"
    assert language.current_language() == "de"
    assert QCoreApplication.translate("Menus", "&File") == "&Datei"
    assert i18n.translate("Menus", "&File") == "&Datei"  # the engine's and animation's door
    # Qt's own catalogue: the standard buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().decimalPoint() == ","


def test_switching_replaces_the_catalogues(speaking):
    speaking("de")
    speaking("zh")
    assert QCoreApplication.translate("Menus", "&File") == "文件(&F)"
    speaking("en")
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert QLocale().decimalPoint() == "."


@pytest.mark.parametrize(("code", "one", "many"), [
    ("en", "The lesson's 1 step is done", "The lesson's 3 steps are done"),
    ("de", "nach 1 Schritt fertig", "nach 3 Schritten fertig"),
    ("it", "dopo 1 passo:", "dopo 3 passi:"),
    ("tr", "Dersin 1 adımı", "Dersin 3 adımı"),
    ("zh", "本课的 1 步", "本课的 3 步"),
])
def test_plurals_follow_the_language(speaking, code, one, many):
    speaking(code)
    assert one in QCoreApplication.translate("MainWindow", STEPS_DONE, "", 1)
    assert many in QCoreApplication.translate("MainWindow", STEPS_DONE, "", 3)


def test_uninstalling_leaves_english_without_a_backend(app):
    language.install_language("it")
    language.uninstall_language()
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert i18n.translate("Ctx", "%n units", None, 2) == "2 units"
    assert language.current_language() == "en"


def test_a_missing_catalogue_is_an_error_not_english(speaking, monkeypatch, tmp_path):
    monkeypatch.setattr(language, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(RuntimeError, match="could not load the Deutsch catalogue"):
        speaking("de")
