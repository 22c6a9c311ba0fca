"""The language of `netviz train` and `netviz export`: ``--lang``, else the system's, else English.

Choosing is Qt-free (a lesson's own words need no catalogue); the catalogues of the
interface's words are loaded into Qt only when a language other than English is chosen,
so that an English `netviz train` never starts Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from netviz import i18n

# Where POSIX systems say which language messages should be in, most specific first.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the environment's locale (``de_DE.UTF-8`` -> ``de``) if netviz speaks
    it, else English. ``LANGUAGE`` (a GNU list such as ``tr:en``) is read first, as gettext does."""
    environ = os.environ if environ is None else environ
    candidates = [part for part in environ.get("LANGUAGE", "").split(":") if part]
    candidates += [environ[name] for name in _LOCALE_VARIABLES if environ.get(name)][:1]
    for value in candidates:
        code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in ("c", "posix"):
            return i18n.DEFAULT_LANGUAGE
        if code in i18n.LANGUAGES:
            if code == "zh" and any(tag in value for tag in ("TW", "HK", "Hant")):
                return i18n.DEFAULT_LANGUAGE  # the catalogue is Simplified Chinese
            return code
    return i18n.DEFAULT_LANGUAGE


def choose_language(asked: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``asked`` (``--lang``, already one of LANGUAGES) or the system's; lessons loaded from now
    on show their words in it."""
    code = asked or system_language(environ)
    i18n.set_language(code)
    return code


def install_catalogues(code: str) -> None:
    """Load the interface's catalogue for ``code`` into Qt (a QCoreApplication is made if none
    runs yet), so that translate() answers in it; nothing to load for English."""
    if code == i18n.DEFAULT_LANGUAGE:
        return
    from PySide6.QtCore import QCoreApplication

    from netviz.render.language import install_language

    if QCoreApplication.instance() is None:
        # Kept on the module: a QCoreApplication that Python frees takes the translators with it.
        global _app
        _app = QCoreApplication([])
    install_language(code)


_app: object = None
