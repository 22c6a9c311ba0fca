"""The window's status bar: a message longer than the bar ends in "…" and shows whole as a tooltip.

QStatusBar cuts a long message off where the bar ends, mid-word and with no sign that there
is more: at 1024 px the German, Italian and Turkish early-stopping sentence lost its
validation loss, the number the sentence is for. The message is drawn here as QStatusBar
draws it (its ``messageRect``: 6 px in from the left, up to the size grip or 12 px from the
right), elided to that width; the whole text stays ``currentMessage()``, and hovering the bar
shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QToolTip


class StatusLine(QStatusBar):
    def message_rect(self) -> QRect:
        """Where QStatusBar draws a message (without permanent widgets, which this window has none of)."""
        left, right = 6, self.width() - 12
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible() and grip.x() > 0:  # x 0: not laid out yet
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        return QRect(left, 0, right - left, self.height())

    def shown_text(self) -> str:
        """The message as it fits the bar: whole, or cut at a word's edge with "…"."""
        text = self.currentMessage()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(self.message_rect().width(), 0))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        text = self.shown_text()
        if not text or text == self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, text)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and \
                self.shown_text() != self.currentMessage():
            QToolTip.showText(event.globalPos(), self.currentMessage(), self)
            return True
        return super().event(event)
