"""Whether a font can draw a text: the characters that would come out as empty boxes.

Qt draws each character in the first font that has it (the font asked for, then the system's
fallback fonts through fontconfig), so a font without Chinese still shows Chinese if the system
has a font that does (packaging/debian-packages.txt installs one). This asks Qt's own text
layout which font each character landed in, and whether that font really had it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

_RUNS = QTextLayout.GlyphRunRetrievalFlag
_FLAGS = _RUNS.RetrieveGlyphIndexes | _RUNS.RetrieveStringIndexes


def missing_glyphs(text: str, font: QFont) -> str:
    """The characters of ``text`` (each once, in order) that ``font`` and every fallback font
    lack: they would be drawn as boxes. Empty if the text reads as written. Needs a
    QGuiApplication."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()  # one line, as wide as the text
    layout.endLayout()
    missing: list[str] = []
    for run in layout.glyphRuns(-1, -1, _FLAGS):
        for glyph, index in zip(run.glyphIndexes(), run.stringIndexes()):
            # Glyph 0 is the font's "missing" box (.notdef).
            if glyph == 0 and index < len(text) and not text[index].isspace() and text[index] not in missing:
                missing.append(text[index])
    return "".join(missing)


def fonts_used(text: str, font: QFont) -> set[str]:
    """The families Qt draws ``text`` in (the font's own and the fallbacks it needed)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}
