"""The one door that every user-visible string goes through, in every layer.

The window and the renderer may call Qt's ``QCoreApplication.translate`` / ``self.tr``
directly; the layers that must stay free of Qt (the engine, the animation) call
:func:`translate` here. Its signature matches Qt's, so ``pyside6-lupdate`` finds these
calls like any other and the same ``.ts``/``.qm`` catalogues serve both. Whoever owns a
Qt application installs Qt's translator as the backend (:func:`set_backend`); without
one, text comes back as written (English), with ``%n`` filled in.

Pass every argument positionally and the text as one literal: ``translate("Ctx", "%n unit(s)",
None, count)``. lupdate skips a call with a keyword argument (``n=count``) without a word, and
reads an f-string's braces as text (tests/i18n/test_catalogues.py checks both).
"""

from __future__ import annotations

from collections.abc import Callable

# Language code -> the language's own name, as the View > Language menu shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "it": "Italiano",
    "tr": "Türkçe",
    "zh": "中文",
}
DEFAULT_LANGUAGE = "en"

Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language; ``%n`` is replaced by ``n`` (Qt's numerus forms)."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def set_backend(backend: Backend | None) -> None:
    """Route :func:`translate` through ``backend`` (Qt's translator), or back to English."""
    global _backend
    _backend = backend


_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The code of the language chosen for the words (``"en"`` until one is set): what
    data that carries its own translations (a lesson's captions) is shown in."""
    return _language


def set_language(code: str) -> None:
    """Choose the language (a key of :data:`LANGUAGES`); whoever installs a translator calls this too."""
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"language: unknown code {code!r} (known: {', '.join(LANGUAGES)})")
    _language = code
