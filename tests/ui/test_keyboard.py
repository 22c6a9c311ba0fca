"""A keyboard that never gets trapped, and a wheel that changes only what the user clicked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDoubleSpinBox, QSpinBox

TIMEOUT_MS = 15000


def wheel(widget, steps: int = 1) -> None:
    """A real wheel event over the middle of ``widget`` (delivered as the platform would)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_no_button_takes_the_keyboard(window):
    panels = (window.controls, window.animation)
    buttons = [b for panel in panels for b in panel.findChildren(QAbstractButton)]
    assert len(buttons) > 20
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)


def test_keys_still_work_after_clicking_every_button(window, qtbot):
    """Click each fix button (they are rebuilt each time) and each transport button: Space still plays."""
    for name in [b.property("fix") for b in window.controls._fix_buttons]:
        button = next(b for b in window.controls._fix_buttons if b.property("fix") == name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        focused = QApplication.focusWidget()
        assert not isinstance(focused, (QSpinBox, QDoubleSpinBox, QComboBox)), name
    for button in (window.controls.step_button, window.controls.reset_button, window.controls.add_layer,
                   window.controls.remove_layer, window.animation.teach, window.animation.teach):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not isinstance(QApplication.focusWidget(), (QSpinBox, QDoubleSpinBox, QComboBox))
    units_before = [row.units.value() for row in window.controls.layer_rows]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.generation == window._generation
                    and window.snapshot.steps_done >= 3, timeout=TIMEOUT_MS)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert [row.units.value() for row in window.controls.layer_rows] == units_before


def test_escape_in_a_field_hands_the_keys_back_to_the_view(window, qtbot):
    field = window.controls.learning_rate
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    field.setFocus()
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.steps_done >= 1, timeout=TIMEOUT_MS)


def test_the_wheel_leaves_unclicked_controls_unchanged(window, qtbot):
    controls = window.controls
    window.keys_to_view()
    validation, dataset, units = controls.validation, controls.dataset, controls.layer_rows[0].units
    before = (validation.value(), dataset.currentIndex(), units.value())
    lesson = window.lesson
    for widget in (validation, dataset, units, window.animation.speed, window.animation.every):
        wheel(widget, -3)
        wheel(widget, +3)
    assert (validation.value(), dataset.currentIndex(), units.value()) == before
    assert window.lesson is lesson  # nothing restarted
    assert controls.wheel_guard.wheels_passed_on >= 6


def test_the_wheel_changes_a_clicked_control(window, qtbot):
    spin = window.animation.every
    spin.setFocus()
    before = spin.value()
    wheel(spin, +1)
    assert spin.value() == before + 1


def test_the_view_takes_focus_and_the_keys_move_between_nodes(window, qtbot):
    window.step_once()
    qtbot.waitUntil(lambda: window.view.scene is not None, timeout=TIMEOUT_MS)
    view = window.view
    view.setFocus()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = view.cursor_node
    assert first is not None and view.hasFocus()  # Tab moved between layers, not out of the view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_node == (first[0], first[1] + 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.cursor_node[0] == (first[0] + 1) % len(window.view.scene.columns)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.focus == view.cursor_node
    assert window.inspector.title.text() != "Click or hover a node"
