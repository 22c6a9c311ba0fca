"""A keyboard that never gets trapped, and a wheel that changes only what was clicked.

Buttons, check boxes, radio buttons and sliders take no keyboard focus: clicking one leaves
focus where it was (the network view), so the next Space plays instead of typing into a
field. Spin boxes and drop-downs take focus only from a click or Tab, never from the wheel;
while one has no focus, the wheel scrolls the panel instead of changing it. Escape in a field,
or choosing an entry of a drop-down, hands focus back (``done``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

_TAMED = "netviz_tamed"  # a property set on every widget already tamed (widgets come and go)


class WheelGuard(QObject):
    """Event filter: a wheel over a spin box or drop-down without keyboard focus goes to its
    parent (the scroll area scrolls), and Escape in one of them calls ``done``."""

    def __init__(self, done: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._done = done
        self.wheels_passed_on = 0  # how many wheel events did not reach an unfocused control

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            self.wheels_passed_on += 1
            parent = obj.parentWidget()
            # QSpinBox's line edit is its child: skip past the control itself.
            while parent is not None and isinstance(parent, (QAbstractSpinBox, QComboBox)):
                parent = parent.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent, event)
            return True
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self._done()
            return True
        return False


def tame(root: QWidget, guard: WheelGuard, done: Callable[[], object]) -> None:
    """Set the focus policies and the wheel guard on every control under ``root`` (again
    after controls are added: widgets already tamed are skipped)."""
    for widget in root.findChildren(QWidget):
        if widget.property(_TAMED):
            continue
        widget.setProperty(_TAMED, True)
        if isinstance(widget, (QAbstractButton, QSlider)):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif isinstance(widget, (QAbstractSpinBox, QComboBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives no focus
            widget.installEventFilter(guard)
            if isinstance(widget, QComboBox):
                # A choice made, the keys go back to the window (Space would reopen the list).
                widget.activated.connect(lambda _index: done())
