"""SteadyLabel: a label whose width only grows while its text changes, for a count that
changes many times a second (the step animation's "step 1,234 of 5,678").

A QLabel whose text changes asks its layout to be computed again; a text of another width
resizes the widgets beside it. The step label's text changes eight times a second while
training plays (``frame_loop.TEXT_INTERVAL_S``), its width with every digit a count gains
or loses: the slider beside it jumped in length, and each new text laid out the dock and
the main window again (measured: four such layouts in the first 0.3 s after Play). At a
fixed size a new text asks nothing of the layout (Qt's ``updateGeometry`` skips widgets
whose minimum and maximum sizes are equal), so the label takes the width of the widest
text it has shown, and fits its text again on ``fit`` (a new run) or a new font or language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text == self.text():
            return
        super().setText(text)
        hint = self.sizeHint()
        if hint.width() > self.minimumWidth() or hint.height() != self.minimumHeight():
            self.setFixedSize(max(hint.width(), self.minimumWidth()), hint.height())

    def fit(self) -> None:
        """Fit the current text: the width may shrink again."""
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16777215, 16777215)  # QWIDGETSIZE_MAX: free, to measure the text
        text = self.text()  # set again: QLabel keeps its size hint (at least the old minimum) till the text changes
        super().setText("")
        super().setText(text)
        hint = self.sizeHint()
        self.setFixedSize(hint.width(), hint.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.StyleChange):
            self.fit()
