"""Texts declared once and set again whenever the language changes (menus and other data-driven text).

A widget with a few labels retranslates them in its own ``retranslate()`` with ``self.tr``; text
that comes from a table (the menus' entries, the docks' titles) is marked with
``QT_TRANSLATE_NOOP(context, text)`` where it is declared, so that lupdate finds it, and kept
here with the setter that shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


class Texts:
    """Setters of translatable text: each is called now, and again by :meth:`retranslate`."""

    def __init__(self) -> None:
        self._entries: list[tuple[Callable[[str], object], str, str]] = []

    def keep(self, setter: Callable[[str], object], context: str, source: object) -> None:
        """Show ``source`` (English, marked with QT_TRANSLATE_NOOP(context, ...), which the
        stubs type as object) through ``setter``."""
        self._entries.append((setter, context, str(source)))
        setter(QCoreApplication.translate(context, str(source)))

    def retranslate(self) -> None:
        for setter, context, source in self._entries:
            setter(QCoreApplication.translate(context, source))
