"""The language netviz speaks: choosing it, and loading its Qt catalogues into the running application.

Two catalogues per language go onto the QCoreApplication: netviz's own (``netviz_<code>.qm``,
shipped under ``resources/translations``) and Qt's (``qtbase_<code>.qm`` from Qt's own
translations folder, so that standard dialogs and buttons follow). The Qt-free layers reach
the same catalogues through :mod:`netviz.i18n`, whose backend is set here to
``QCoreApplication.translate``. This module lives in ``render`` (the lowest layer with Qt)
so that the export, the window and the command line all use it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from netviz import i18n
from netviz.resources import resource_path

# The QSettings key under which the window remembers the chosen language.
SETTINGS_KEY = "language"

# The locale whose numbers each language's widgets show, and Qt's name of its own catalogue
# where it differs from the code (Qt ships Simplified Chinese as zh_CN); a language not
# named here uses its code for both.
_QT_NAMES = {"en": "en_US", "de": "de_DE", "it": "it_IT", "tr": "tr_TR", "zh": "zh_CN"}
_QTBASE_NAMES = {"zh": "zh_CN"}

# The translators on the application now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []
_current = i18n.DEFAULT_LANGUAGE


def check_language(code: str) -> str:
    """``code`` if netviz speaks it; ValueError naming the languages it does speak."""
    if code not in i18n.LANGUAGES:
        known = ", ".join(i18n.LANGUAGES)
        raise ValueError(f"{code!r} is not a language netviz speaks (it speaks {known})")
    return code


def system_language(locale: QLocale | None = None) -> str:
    """The language of ``locale`` (default: the system's) if netviz speaks it, else English."""
    locale = locale if locale is not None else QLocale.system()
    # bcp47Name: "de-CH", "zh-Hans-CN", "tr"; the language is the part before the first dash.
    code = locale.bcp47Name().split("-")[0].lower()
    if locale.language() == QLocale.Language.Chinese and locale.script() == QLocale.Script.TraditionalChineseScript:
        return i18n.DEFAULT_LANGUAGE  # the catalogue is Simplified Chinese
    return code if code in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def choose_language(asked: str | None, remembered: object = None, locale: QLocale | None = None) -> str:
    """The language to speak: ``asked`` (``--lang``; ValueError if unknown) > ``remembered``
    (the QSettings value, ignored unless it is a known code) > the system locale > English."""
    if asked is not None:
        return check_language(asked)
    if isinstance(remembered, str) and remembered in i18n.LANGUAGES:
        return remembered
    return system_language(locale)


def catalogue_path(code: str) -> Path:
    """netviz's compiled catalogue for ``code`` (English's holds only the plural forms: the
    source text is English)."""
    return resource_path("translations", f"netviz_{check_language(code)}.qm")


def qt_catalogue_name(code: str) -> str:
    """The base name of Qt's own catalogue for ``code`` in QLibraryInfo's translations folder."""
    return f"qtbase_{_QTBASE_NAMES.get(code, code)}"


def language_locale(code: str) -> QLocale:
    """The locale whose numbers the widgets show in ``code``: the system's own if it is in
    that language (a Swiss German keeps his separators), else the language's main country's."""
    system = QLocale.system()
    if system_language(system) == code and code != i18n.DEFAULT_LANGUAGE:
        return system
    return QLocale(_QT_NAMES.get(check_language(code), code))


def install_language(code: str) -> str:
    """Speak ``code`` from now on: replace the translators on the running QCoreApplication
    with netviz's and Qt's catalogues for it, route :func:`netviz.i18n.translate` through
    Qt, and make the language's locale the default (for numbers in widgets). Widgets receive
    a LanguageChange event and retranslate themselves. Returns ``code``.

    RuntimeError if there is no QCoreApplication, or if netviz's catalogue for ``code`` is
    missing or unreadable (a broken installation, not a choice to fall back on silently)."""
    global _current
    check_language(code)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication: create the application first")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    path = catalogue_path(code)
    if not ours.load(str(path)):
        raise RuntimeError(f"could not load the {i18n.LANGUAGES[code]} catalogue {path}")
    qt_own = QTranslator(app)
    # Qt's catalogue is a nicety (standard buttons); a Qt build without it still runs.
    if qt_own.load(qt_catalogue_name(code), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)  # installed last, so it is asked first
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(language_locale(code))
    i18n.set_backend(_qt_translate)
    i18n.set_language(code)  # lessons loaded from now on show their words in it
    _current = code
    # installTranslator posts LanguageChange; delivered now, every widget has retranslated
    # itself when this returns (the application passes the event on to each widget).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return code


def ensure_language() -> str:
    """The language installed, installing English if none is (a window or an export made
    without choosing one still needs English's plural forms); returns its code."""
    if not _installed:
        install_language(i18n.DEFAULT_LANGUAGE)
    return _current


def uninstall_language() -> None:
    """Back to the state before any :func:`install_language`: no translators, the system's
    locale, :func:`netviz.i18n.translate` without a backend (tests end with this)."""
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    i18n.set_backend(None)
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    _current = i18n.DEFAULT_LANGUAGE


def current_language() -> str:
    """The language :func:`install_language` installed last (English before any)."""
    return _current


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
