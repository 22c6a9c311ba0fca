"""Text of the picture: fonts, widths, one line of text drawn elided in a rect, fitting and wrapping.

Everything is cached (fonts and metrics per size, widths per text, prepared QStaticTexts per
text and room, wrapped lines per paragraph); the font family is the theme's, so setting the
theme calls ``clear``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText

from netviz.render.style import Style
from netviz.render.wording import wrap_text

MONO_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Courier New", "monospace")
_TEXT_CACHE = 4000  # widths and prepared texts kept before the cache starts again
_WRAP_CACHE = 256

FontKey = tuple[int, bool] | tuple[int, bool, str]
# (shown text after eliding, its width, its prepared static text, line height, ascent)
_Prepared = tuple[str, float, QStaticText, float, float]
# (what the frame lists, font, top-left corner, prepared static text or None when nothing shows, width, ascent)
_Placed = tuple["DrawnText", QFont, QPointF, QStaticText | None, float, float]


@dataclass(frozen=True)
class DrawnText:
    """One line of text as a frame drew it: what was asked, what was shown (elided or not),
    its font's pixel size and where (x, y, width, height): what tests and the window measure."""

    text: str
    shown: str
    px: int
    rect: tuple[float, float, float, float]
    bold: bool = False

    @property
    def elided(self) -> bool:
        return self.shown != self.text


class TextPainter:
    """Measures and draws text in the theme's font (``mono``: a monospace one)."""

    def __init__(self, style: Style) -> None:
        self._style = style
        self._fonts: dict[FontKey, QFont] = {}
        self._metrics: dict[FontKey, QFontMetricsF] = {}
        self._widths: dict[tuple[str, int, bool] | tuple[str, int, bool, bool], float] = {}
        self._prepared: dict[tuple[object, ...], _Prepared] = {}
        self._placed: dict[tuple[object, ...], _Placed] = {}
        self._wrapped: dict[tuple[str, float, int, int | None], list[str]] = {}
        self.drawn: list[DrawnText] = []  # every text drawn since the renderer's last frame began

    def clear(self) -> None:
        """Forget every font and measurement (the theme's font family changed)."""
        self._fonts.clear()
        self._metrics.clear()
        self._widths.clear()
        self._prepared.clear()
        self._placed.clear()
        self._wrapped.clear()

    @staticmethod
    def _key(px: int, bold: bool, mono: bool) -> FontKey:
        return (px, bold, "mono") if mono else (px, bold)

    def font(self, px: int, bold: bool = False, mono: bool = False) -> QFont:
        key = self._key(px, bold, mono)
        font = self._fonts.get(key)
        if font is None:
            theme = self._style.theme
            font = QFont()
            if mono:
                font.setFamilies(list(MONO_FAMILIES))
                font.setStyleHint(QFont.StyleHint.Monospace)
            else:
                font.setFamilies([theme.font_family, *theme.font_fallbacks])
            font.setPixelSize(max(1, int(px)))
            font.setBold(bold)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font)
        return font

    def metrics(self, px: int, bold: bool = False, mono: bool = False) -> QFontMetricsF:
        self.font(px, bold, mono)
        return self._metrics[self._key(px, bold, mono)]

    def measure(self, text: str, px: int, bold: bool = False, mono: bool = False) -> float:
        """Width in px of ``text`` at pixel size ``px``."""
        key = (text, px, bold, mono) if mono else (text, px, bold)
        w = self._widths.get(key)
        if w is None:
            if len(self._widths) > _TEXT_CACHE:
                self._widths.clear()
            w = self.metrics(px, bold, mono).horizontalAdvance(text)
            self._widths[key] = w
        return w

    def fit(self, candidates: list[str], width: float, px: int, bold: bool = False) -> str:
        """The first of ``candidates`` that fits ``width`` (else the last, to be elided)."""
        for text in candidates:
            if self.measure(text, px, bold) <= width:
                return text
        return candidates[-1]

    def wrapped(self, text: str, width: float, px: int, max_lines: int | None) -> list[str]:
        """``text`` word-wrapped to ``width`` (see ``wording.wrap_text``)."""
        key = (text, round(width, 1), px, max_lines)
        lines = self._wrapped.get(key)
        if lines is None:
            if len(self._wrapped) > _WRAP_CACHE:
                self._wrapped.clear()
            lines = wrap_text(text, width, px, self.measure, max_lines=max_lines)
            self._wrapped[key] = lines
        return lines

    def _prepare(self, key: tuple[object, ...], text: str, width: float, px: int, bold: bool, mono: bool,
                 elide: bool) -> _Prepared:
        """Elide ``text`` to ``width`` (when ``elide``), measure it and prepare its QStaticText (kept under ``key``)."""
        if len(self._prepared) > _TEXT_CACHE:
            self._prepared.clear()
        fm = self.metrics(px, bold, mono)
        shown = text
        shown_w = self.measure(text, px, bold, mono)
        if elide and shown_w > width + 0.5:
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
            shown_w = self.measure(shown, px, bold, mono) if shown else 0.0
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=self.font(px, bold, mono))
        entry = (shown, shown_w, static, fm.height(), fm.ascent())
        self._prepared[key] = entry
        return entry

    def draw(self, painter: QPainter, raster: bool, text: str, rect: QRectF, px: int, color: QColor, *,
             bold: bool = False, align: str = "left", mono: bool = False, elide: bool = True) -> float:
        """One line of text, vertically centred in ``rect``, elided to its width; returns its width.
        ``raster``: draw a prepared QStaticText; vector devices get plain text. ``elide=False``
        (numbers): never elided; a text wider than ``rect`` overflows it, centred as asked."""
        x0, y0, w0, h0 = rect.x(), rect.y(), rect.width(), rect.height()
        if not text or w0 <= 0:
            return 0.0
        # Per text, font, place and alignment, all a frame needs (most texts are drawn at the same
        # place from frame to frame: the Python of a draw is then two lookups and three calls).
        placed_key = (text, px, bold, x0, y0, w0, h0, align, mono, elide)
        placed = self._placed.get(placed_key)
        if placed is None:
            placed = self._place(placed_key, text, rect, px, bold, align, mono, elide)
        drawn, font, at, static, width, ascent = placed
        self.drawn.append(drawn)
        if static is None:  # nothing left to show
            return 0.0
        painter.setFont(font)
        painter.setPen(color)
        if raster:
            painter.drawStaticText(at, static)
        else:
            painter.drawText(QPointF(at.x(), at.y() + ascent), drawn.shown)
        return width

    def _place(self, key: tuple[object, ...], text: str, rect: QRectF, px: int, bold: bool, align: str, mono: bool,
               elide: bool) -> _Placed:
        """Where ``text`` goes in ``rect`` (see ``draw``), kept under ``key``."""
        if len(self._placed) > _TEXT_CACHE:
            self._placed.clear()
        # Per text, font and room: the elided text, its width and its prepared QStaticText.
        prepared_key: tuple[object, ...] = (text, px, bold, round(rect.width(), 1), mono, elide)
        entry = self._prepared.get(prepared_key)
        if entry is None:
            entry = self._prepare(prepared_key, text, rect.width(), px, bold, mono, elide)
        shown, width, static, height, ascent = entry
        drawn = DrawnText(text, shown, int(px), (rect.x(), rect.y(), rect.width(), rect.height()), bold)
        if align == "center":
            x = rect.center().x() - width / 2
        elif align == "right":
            x = rect.right() - width
        else:
            x = rect.left()
        top = rect.center().y() - height / 2
        placed = (drawn, self.font(px, bold, mono), QPointF(x, top), static if shown else None,
                  width if shown else 0.0, ascent)
        self._placed[key] = placed
        return placed
