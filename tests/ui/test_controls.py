"""The control panel takes every setting's range, step, decimals, choices, label and default from its declaration."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox

from netviz.engine.lessons import lesson_from_dict, lesson_names
from netviz.engine.settings import Setting
from netviz.ui.controls import LAYER_SETTINGS, LIVE_TRAINING_FIELDS, TRAINING_SETTINGS, ControlPanel
from netviz.ui.setting_controls import control_range

MINIMAL = {"title": "t", "caption": "c", "dataset": {"name": "circle"}, "network": {"hidden": [3, 5]},
           "training": {}}


@pytest.fixture
def panel(qtbot):
    widget = ControlPanel({name: name for name in lesson_names()})
    qtbot.addWidget(widget)
    widget.load(lesson_from_dict(MINIMAL))
    return widget


def assert_matches(widget, setting: Setting) -> None:
    """The widget offers exactly what the declaration says."""
    if setting.choices:
        assert isinstance(widget, QComboBox)
        assert tuple(widget.itemText(i) for i in range(widget.count())) == setting.choices
        return
    if setting.kind is bool:
        assert isinstance(widget, QCheckBox)
        return
    low, high = setting.shown_range or (setting.low, setting.high)
    assert (widget.minimum(), widget.maximum()) == control_range(setting)
    assert low is None or widget.minimum() == pytest.approx(low)
    assert high is None or widget.maximum() == pytest.approx(high)
    assert widget.singleStep() == pytest.approx(setting.step)
    if setting.kind is int:
        assert isinstance(widget, QSpinBox)
    else:
        assert isinstance(widget, QDoubleSpinBox) and widget.decimals() == setting.decimals
        adaptive = widget.stepType() == QDoubleSpinBox.AdaptiveDecimalStepType
        assert adaptive == setting.log_scale
    assert widget.toolTip() == setting.describe()


def form_label(widget) -> str:
    form = widget.parentWidget().layout() if widget.parentWidget() else None
    for candidate in (form, *(form.findChildren(QFormLayout) if form else ())):
        if isinstance(candidate, QFormLayout):
            row, _ = candidate.getWidgetPosition(widget)
            if row >= 0:
                return candidate.itemAt(row, QFormLayout.LabelRole).widget().text()
    raise AssertionError("not in a form")


def test_every_control_has_the_range_choices_and_label_of_its_declaration(panel):
    shown = panel.shown_settings()
    assert len(shown) >= 17
    for table, setting in shown:
        if table == "network" and setting.name in LAYER_SETTINGS:
            continue
        widget = panel.control(setting.name)
        assert_matches(widget, setting)
        if setting.name != "clip_norm":  # its row holds the on/off box and the value
            assert form_label(widget) == setting.label


def test_every_layer_control_matches_its_declaration_and_heading(panel):
    assert len(panel.layer_rows) == 2
    for row in panel.layer_rows:
        for name, setting in LAYER_SETTINGS.items():
            assert_matches(row.controls[name], setting)
    labels = {label.text() for label in panel.findChildren(QLabel)}
    assert {f"<b>{s.heading}</b>" for s in LAYER_SETTINGS.values()} <= labels


def test_a_lesson_that_sets_nothing_shows_the_declared_defaults(panel):
    for table, setting in panel.shown_settings():
        if table == "network" and setting.name in LAYER_SETTINGS:
            continue
        widget = panel.control(setting.name)
        expected = setting.suggested if setting.default is None else setting.default
        if setting.name == "name":
            expected = "circle"
        if isinstance(widget, QComboBox):
            assert widget.currentText() == expected, setting.name
        elif isinstance(widget, QCheckBox):
            assert widget.isChecked() == expected, setting.name
        else:
            assert widget.value() == pytest.approx(expected), setting.name
    assert not panel.clip.isChecked()
    table = panel.layer_table()
    assert table["hidden"] == [3, 5]
    for name, setting in LAYER_SETTINGS.items():
        if name != "units":
            assert table[name] == [setting.default] * 2, name


def test_a_new_layer_copies_the_last_width_and_activation_and_takes_the_other_defaults(panel, qtbot):
    panel.load(lesson_from_dict({**MINIMAL, "network": {"hidden": [3, 5], "activation": "tanh", "dropout": 0.5}}))
    with qtbot.waitSignal(panel.sigChange) as signal:
        panel.add_layer.click()
    table, changes = signal.args
    assert table == "network" and changes["hidden"] == [3, 5, 5] and changes["activation"][-1] == "tanh"
    assert changes["dropout"] == [0.5, 0.5, LAYER_SETTINGS["dropout"].default]
    panel.load(lesson_from_dict({**MINIMAL, "network": {"hidden": []}}))
    with qtbot.waitSignal(panel.sigChange) as signal:
        panel.add_layer.click()
    assert signal.args[1]["hidden"] == [LAYER_SETTINGS["units"].suggested]
    assert signal.args[1]["activation"] == [LAYER_SETTINGS["activation"].default]


def test_a_change_is_emitted_under_the_settings_lesson_name(panel, qtbot):
    with qtbot.waitSignal(panel.sigChange) as signal:
        panel.control("optimizer").setCurrentText("adam")
    assert signal.args == ["training", {"optimizer": "adam"}]
    with qtbot.waitSignal(panel.sigChange) as signal:
        panel.control("validation").setValue(0.5)
    assert signal.args == ["dataset", {"validation": 0.5}]
    with qtbot.waitSignal(panel.sigChange) as signal:
        panel.clip.setChecked(True)
    assert signal.args == ["training", {"clip_norm": TRAINING_SETTINGS["clip_norm"].suggested}]


def test_live_training_fields_are_the_declared_live_settings():
    assert LIVE_TRAINING_FIELDS == {s.name for s in TRAINING_SETTINGS.values() if s.live}
    assert LIVE_TRAINING_FIELDS == {"learning_rate", "optimizer", "momentum", "l1", "l2", "clip_norm", "batch_size"}


def test_a_counter_example_is_labelled_compare_and_the_watch_line_follows_the_fix(qtbot):
    from netviz.engine.lessons import find_lesson
    from netviz.engine.lessons import lesson_names as names
    from netviz.ui.controls import ControlPanel

    panel = ControlPanel({name: name for name in names()})
    qtbot.addWidget(panel)
    lesson = find_lesson("dropout")
    panel.load(lesson)
    labels = [b.text() for b in panel._fix_buttons]
    assert labels == ["Original", "Fix: Dropout 0.5", "Compare: Dropout 1.0"]
    panel.load(lesson.with_fix("dropout-1.0"))
    assert panel.watch.text() == f"Watch: {lesson.fixes['dropout-1.0'].watch}"
