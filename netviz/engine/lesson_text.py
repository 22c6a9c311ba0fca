"""A lesson's words in each language it carries: English always, the others where written.

In a lesson file a text is either a plain string (English, the old form) or one string per
language, written as dotted keys so that a caption's translations stand together::

    caption.en = "Ten hidden layers of sigmoid units..."
    caption.de = "Zehn verborgene Schichten aus Sigmoid-Einheiten..."

A language a text lacks falls back to English; the shipped lessons carry all of
:data:`netviz.i18n.LANGUAGES` (``missing_languages`` names the gaps).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language, translate

ENGLISH = DEFAULT_LANGUAGE  # every text has it: what any other language falls back to

# How a fix's title joins the lesson's ("Vanishing gradients: ReLU"), per language:
# Chinese sets a full-width colon without a space.
_TITLE_JOIN = {"zh": "{0}：{1}"}


class TextError(ValueError):
    """A text field that is neither a string nor a table of strings by language."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class LocalText:
    """One text in several languages, as ``(code, text)`` pairs in the order of LANGUAGES."""

    by_language: tuple[tuple[str, str], ...] = ()

    @classmethod
    def english(cls, text: str) -> LocalText:
        return cls(((ENGLISH, text),)) if text else cls()

    @classmethod
    def of(cls, texts: dict[str, str]) -> LocalText:
        return cls(tuple((code, texts[code]) for code in LANGUAGES if texts.get(code)))

    @classmethod
    def parse(cls, value: Any, field: str) -> LocalText:
        """A file's value: a string (English) or a table ``{en = "...", de = "..."}``."""
        if isinstance(value, str):
            return cls.english(value)
        if not isinstance(value, dict):
            raise TextError(field, f"must be text, or a table of texts by language ({', '.join(LANGUAGES)}), "
                                   f"got {value!r}")
        for code, text in value.items():
            if code not in LANGUAGES:
                raise TextError(f"{field}.{code}", f"unknown language (known: {', '.join(LANGUAGES)})")
            if not isinstance(text, str):
                raise TextError(f"{field}.{code}", f"must be text, got {text!r}")
        if not value.get(ENGLISH):
            raise TextError(f"{field}.{ENGLISH}", "is required: English is what any other language falls back to")
        return cls.of(value)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.by_language)

    def text(self, language: str | None = None) -> str:
        """The text in ``language`` (the chosen one by default), else in English."""
        texts = dict(self.by_language)
        return texts.get(language or current_language(), texts.get(ENGLISH, ""))

    def missing_languages(self) -> tuple[str, ...]:
        """The languages of LANGUAGES this text has no translation in (none if there is no text)."""
        return tuple(code for code in LANGUAGES if code not in self.languages) if self.by_language else ()

    def to_data(self) -> str | dict[str, str]:
        """What a lesson file holds: a plain string for English alone, else the table."""
        if self.languages == (ENGLISH,):
            return self.by_language[0][1]
        return dict(self.by_language)

    def joined_title(self, other: LocalText) -> LocalText:
        """``"lesson: fix"`` in each language either carries (the other falling back to English)."""
        codes = [code for code in LANGUAGES if code in self.languages or code in other.languages]
        return LocalText.of({code: _TITLE_JOIN.get(code, "{0}: {1}").format(self.text(code), other.text(code))
                             for code in codes})

    def __bool__(self) -> bool:
        return bool(self.by_language)


@dataclass(frozen=True)
class LessonTexts:
    """What a lesson (or a fix) says: its title, caption and "Watch:" line, in every language it has."""

    title: LocalText = LocalText()
    caption: LocalText = LocalText()
    watch: LocalText = LocalText()

    def missing(self, prefix: str = "") -> list[str]:
        """``["caption.tr", ...]``: each field and language with no translation."""
        return [f"{prefix}{name}.{code}" for name in ("title", "caption", "watch")
                for code in getattr(self, name).missing_languages()]

    def languages(self) -> set[str]:
        return set(self.title.languages) | set(self.caption.languages) | set(self.watch.languages)


def fallback_note(texts: LessonTexts, language: str) -> str:
    """A line saying that the lesson is shown in English, when it has no text in ``language``
    (a teacher's own lesson written in English only); "" when it has."""
    if language == ENGLISH or language in texts.caption.languages:
        return ""
    return translate("Lesson", "This lesson has no text in %1; it is shown in English.").replace(
        "%1", LANGUAGES.get(language, language))
