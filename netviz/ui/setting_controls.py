"""A widget per declared setting: its range, step, decimals, choices and tooltip from the declaration."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox

from netviz.engine.settings import Setting
from netviz.ui import setting_words

_SPIN_LIMIT = 2**31 - 1  # a QSpinBox holds a 32-bit int: the bound of an unbounded whole number

Control = QComboBox | QCheckBox | QSpinBox | QDoubleSpinBox


def control_range(setting: Setting) -> tuple[float, float]:
    """The range a setting's control offers: the declared shown or valid range, clamped to what a spin box holds."""
    low, high = setting.shown_range or (setting.low, setting.high)
    return (-_SPIN_LIMIT if low is None else low, _SPIN_LIMIT if high is None else high)


def control_for(setting: Setting) -> Control:
    """A widget for one declared setting: a combo box for choices, a check box for a flag, else a spin box."""
    widget: Control
    if setting.choices:
        widget = QComboBox()
        for value in setting.choices:  # shown in the window's language, the value as the item's data
            widget.addItem(setting_words.choice(setting, value), value)
    elif setting.kind is bool:
        widget = QCheckBox()
    else:
        low, high = control_range(setting)
        if setting.kind is int:
            widget = QSpinBox()
            widget.setRange(int(low), int(high))
            widget.setSingleStep(int(setting.step))
        else:
            widget = QDoubleSpinBox()
            widget.setRange(low, high)
            widget.setDecimals(setting.decimals)
            widget.setSingleStep(setting.step)
            if setting.log_scale:
                widget.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        widget.setKeyboardTracking(False)  # emit when the user finishes typing, not on every key
    widget.setToolTip(setting_words.describe(setting))
    return widget


def show_value(widget: Control, setting: Setting, value: Any) -> None:
    """Put a setting's value in its control; None (off, or the data set's own) shows the suggested value."""
    if value is None:
        value = setting.suggested if setting.suggested is not None else setting.default
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    else:
        widget.setValue(value)


def read_value(widget: Control, setting: Setting) -> Any:
    """A control's value as the lesson table holds it (a float rounded to the digits it shows)."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDoubleSpinBox):
        return round(widget.value(), setting.decimals)
    return widget.value()


def on_change(widget: Control, report: Any) -> None:
    """Connect the control's own change signal to ``report(value)``."""
    if isinstance(widget, QComboBox):
        # The index, not the text: a new language renames the items, which is no change.
        widget.currentIndexChanged.connect(lambda index: report(widget.itemData(index)))
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(report)
    else:
        widget.valueChanged.connect(report)


def retranslate_choices(widget: Control, setting: Setting) -> None:
    """A combo box's items in the language installed now (its values unchanged)."""
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            widget.setItemText(index, setting_words.choice(setting, widget.itemData(index)))
