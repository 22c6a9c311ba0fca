"""The control panel: lesson and fix, transport, data, network and training settings, display.

Every setting's control takes its range, step, decimals, choices, label and default from the
setting's declaration on the spec dataclasses (``netviz.engine.settings``); this module only
chooses which settings each box shows, and in what order.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netviz.engine.lessons import Lesson
from netviz.engine.settings import Setting, by_name
from netviz.engine.spec import MAX_HIDDEN_LAYERS, DataSpec, LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.ui import lesson_files, setting_words
from netviz.ui.display_box import DisplayBox
from netviz.ui.keyboard import WheelGuard, tame
from netviz.ui.setting_controls import Control, control_for, on_change, read_value, retranslate_choices, show_value
from netviz.ui.texts import QT_TRANSLATE_NOOP

# The declared settings by the name a lesson table (and sigChange) uses for them.
DATA_SETTINGS = by_name(DataSpec)
LAYER_SETTINGS = by_name(LayerSpec)
NETWORK_SETTINGS = by_name(NetworkSpec)
TRAINING_SETTINGS = by_name(OptimizerSpec, TrainSpec)

# Settings that take effect between two steps; every other change rebuilds the network.
LIVE_TRAINING_FIELDS = frozenset(s.name for s in TRAINING_SETTINGS.values() if s.live and s.lesson)
SPEEDS = [1, 2, 5, 10, 30, 100, 300, 1000, 0]  # steps per second; 0 = as fast as possible

def _per_layer(table: dict[str, Any], key: str, default: Any, n: int) -> list[Any]:
    value = table.get(key, default)
    return list(value) if isinstance(value, list) else [value] * n


class LayerRow:
    """The widgets of one hidden layer: units, activation, dropout, batch norm, frozen."""

    def __init__(self, grid: QGridLayout, row: int):
        self.label = QLabel(f"{row}")
        self.controls = {name: control_for(setting) for name, setting in LAYER_SETTINGS.items()}
        self.units = cast(QSpinBox, self.controls["units"])
        self.activation = cast(QComboBox, self.controls["activation"])
        self.dropout = cast(QDoubleSpinBox, self.controls["dropout"])
        self.batch_norm = cast(QCheckBox, self.controls["batch_norm"])
        self.frozen = cast(QCheckBox, self.controls["frozen"])
        self.widgets: list[QWidget] = [self.label, *self.controls.values()]
        for col, w in enumerate(self.widgets):
            grid.addWidget(w, row, col)

    def remove(self) -> None:
        for w in self.widgets:
            w.setParent(None)
            w.deleteLater()


class ControlPanel(QWidget):
    """Emits what the user asks for; the main window decides how to apply it."""

    sigLessonChosen = Signal(str)
    sigFixChosen = Signal(str)  # "" = the lesson as it is
    sigChange = Signal(str, dict)  # table ("dataset", "network", "training", "seed"), changed fields
    sigPlay = Signal(bool)
    sigStep = Signal()
    sigReset = Signal()
    sigSpeed = Signal(float)  # steps per second, 0 = full speed
    # ("nodes", "gradient"|"activation"|"heatmap") / ("edges", ...) / ("scale", "fixed"|"adaptive")
    sigDisplay = Signal(str, str)
    sigKeysBack = Signal()  # Escape in a field, or a drop-down's choice made: the window takes the keys back

    def __init__(self, lesson_titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._rows: list[LayerRow] = []
        # (lesson table, setting, control) of every setting with a control outside the layer grid
        self._bound: list[tuple[str, Setting, Control]] = []
        self._lesson: Lesson | None = None  # the lesson shown (its fixes' buttons are retranslated)
        self._boxes: dict[str, QGroupBox] = {}  # by their English title
        self._headings: list[tuple[QLabel, Setting]] = []  # the layer grid's column headings
        self._row_labels: dict[int, QLabel] = {}  # a form row's label by id() of its control
        self._play_text_shown: bool | None = None  # the Play button shows Pause (True) or Play
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        # Never a hidden horizontal scroll (the content slid sideways as focus moved): the
        # panel's minimum width is its content's (see _fit_width), so nothing is clipped.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        outer.addWidget(self.scroll_area)
        self.body = QWidget()
        self.scroll_area.setWidget(self.body)
        # Longer words (another language, a theme's font) make the content wider after it was
        # laid out: the panel's minimum width follows whenever the content's layout changes.
        self.body.installEventFilter(self)
        self._layout = QVBoxLayout(self.body)
        self.wheel_guard = WheelGuard(self.sigKeysBack.emit, self)
        self._build_lesson_box(lesson_titles)
        self._build_transport()
        self._build_data_box()
        self._build_network_box()
        self._build_training_box()
        self._build_display_box()
        self._layout.addStretch(1)
        self.retranslate()
        self._tame()

    def _box(self, title: str) -> QGroupBox:
        """A group box titled ``title`` (English, marked; retranslate sets the words)."""
        box = self._boxes[title] = QGroupBox()
        return box

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "clip"):
            self.retranslate()
            self._tame()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word of the panel in the language installed now (the lesson's own text
        comes from the lesson: see show_lesson_text)."""
        for title, box in self._boxes.items():
            box.setTitle(QCoreApplication.translate("ControlPanel", title))
        self.step_button.setText(self.tr("Step"))
        self.reset_button.setText(self.tr("Reset"))
        self._show_play_text(self.play_button.isChecked())
        self.speed_title.setText(self.tr("Speed"))
        self._on_speed_label(self.speed.value())
        self.add_layer.setText(self.tr("+ layer"))
        self.remove_layer.setText(self.tr("− layer"))
        self.clip.setText(self.tr("clip at"))
        self.display_box.retranslate()
        for heading, setting in self._headings:
            heading.setText(f"<b>{setting_words.heading(setting)}</b>")
        for _, setting, widget in self._bound:
            self._set_row_words(widget, setting)
        clipping = TRAINING_SETTINGS["clip_norm"]
        self._set_row_words(self.clip_norm, clipping)
        for row in self._rows:
            for name, widget in row.controls.items():
                widget.setToolTip(setting_words.describe(LAYER_SETTINGS[name]))
        if self._lesson is not None:
            self.show_lesson_text(self._lesson)

    def _set_row_words(self, widget: QWidget, setting: Setting) -> None:
        widget.setToolTip(setting_words.describe(setting))
        retranslate_choices(widget, setting)  # type: ignore[arg-type]  # a bound control
        form_label = self._row_labels.get(id(widget))
        if form_label is not None:
            form_label.setText(setting_words.label(setting))

    def _tame(self) -> None:
        """Focus policies and the wheel guard on every control, and the width that shows them all."""
        tame(self, self.wheel_guard, self.sigKeysBack.emit)
        self._fit_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            wanted = self.body.minimumSizeHint().width() + bar + 2 * self.scroll_area.frameWidth()
            if wanted > self.scroll_area.minimumWidth():
                self.scroll_area.setMinimumWidth(wanted)
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        self.body.adjustSize()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll_area.frameWidth()
        self.scroll_area.setMinimumWidth(self.body.minimumSizeHint().width() + bar + frame)

    # ----- construction -------------------------------------------------------------

    def _build_lesson_box(self, titles: dict[str, str]) -> None:
        box = self._box(QT_TRANSLATE_NOOP("ControlPanel", "Lesson"))
        lay = QVBoxLayout(box)
        self.lesson_combo = QComboBox()
        for name, title in titles.items():
            self.lesson_combo.addItem(title, name)
        self.lesson_combo.currentIndexChanged.connect(self._on_lesson_combo)
        lay.addWidget(self.lesson_combo)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.caption)
        self.watch = QLabel()
        self.watch.setWordWrap(True)
        self.watch.setObjectName("watch")
        lay.addWidget(self.watch)
        self._fix_row = QVBoxLayout()  # one button per line: fix titles can be long
        lay.addLayout(self._fix_row)
        self._fix_buttons: list[QPushButton] = []
        self._layout.addWidget(box)

    def _build_transport(self) -> None:
        box = self._box(QT_TRANSLATE_NOOP("ControlPanel", "Training"))
        lay = QGridLayout(box)
        # Qt's standard icons: never a glyph that a font may lack (the pause sign drew as a box).
        self._icons = {name: self.style().standardIcon(getattr(QStyle.StandardPixmap, f"SP_Media{name}"))
                       for name in ("Play", "Pause", "SkipForward", "Stop")}
        self.play_button = QPushButton(self._icons["Play"], "")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.step_button = QPushButton(self._icons["SkipForward"], "")
        self.step_button.clicked.connect(self.sigStep)
        self.reset_button = QPushButton(self._icons["Stop"], "")
        self.reset_button.clicked.connect(self.sigReset)
        lay.addWidget(self.play_button, 0, 0)
        lay.addWidget(self.step_button, 0, 1)
        lay.addWidget(self.reset_button, 0, 2)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed_label = QLabel()
        self.speed.valueChanged.connect(self._on_speed)
        self.speed_title = QLabel()
        lay.addWidget(self.speed_title, 1, 0)
        lay.addWidget(self.speed, 1, 1)
        lay.addWidget(self.speed_label, 1, 2)
        self.status = QLabel(self.tr("step {step}").format(step=0))
        lay.addWidget(self.status, 2, 0, 1, 3)
        self._on_speed(self.speed.value())
        self._layout.addWidget(box)

    def _add_row(self, form: QFormLayout, table: str, setting: Setting) -> Any:
        """A labelled control for a declared setting; a change emits sigChange(table, {name: value})."""
        widget = control_for(setting)
        on_change(widget, lambda value, name=setting.name: self._emit(table, **{name: value}))
        self._add_labelled(form, widget, setting)
        self._bound.append((table, setting, widget))
        return widget

    def _add_labelled(self, form: QFormLayout, field: QWidget | QHBoxLayout, setting: Setting) -> None:
        """A form row labelled with the setting's translated label (retranslate changes it)."""
        row_label = QLabel(setting_words.label(setting))
        form.addRow(row_label, field)
        key = field if isinstance(field, QWidget) else self.clip_norm
        self._row_labels[id(key)] = row_label

    def _build_data_box(self) -> None:
        box = self._box(QT_TRANSLATE_NOOP("ControlPanel", "Data"))
        form = QFormLayout(box)
        self.dataset: QComboBox = self._add_row(form, "dataset", DATA_SETTINGS["name"])
        self.noise: QDoubleSpinBox = self._add_row(form, "dataset", DATA_SETTINGS["noise"])
        self.samples: QSpinBox = self._add_row(form, "dataset", DATA_SETTINGS["samples"])
        self.validation: QDoubleSpinBox = self._add_row(form, "dataset", DATA_SETTINGS["validation"])
        self.data_box = box
        self._layout.addWidget(box)

    def _build_network_box(self) -> None:
        box = self._box(QT_TRANSLATE_NOOP("ControlPanel", "Network"))
        lay = QVBoxLayout(box)
        self._layer_grid = QGridLayout()
        self._layer_grid.addWidget(QLabel("<b></b>"), 0, 0)
        for col, setting in enumerate(LAYER_SETTINGS.values(), start=1):
            heading = QLabel(f"<b>{setting_words.heading(setting)}</b>")
            self._headings.append((heading, setting))
            self._layer_grid.addWidget(heading, 0, col)
        lay.addLayout(self._layer_grid)
        buttons = QHBoxLayout()
        self.add_layer = QPushButton()
        self.add_layer.clicked.connect(lambda: self._change_depth(+1))
        self.remove_layer = QPushButton()
        self.remove_layer.clicked.connect(lambda: self._change_depth(-1))
        buttons.addWidget(self.add_layer)
        buttons.addWidget(self.remove_layer)
        lay.addLayout(buttons)
        form = QFormLayout()
        self.init: QComboBox = self._add_row(form, "network", NETWORK_SETTINGS["init"])
        self.init_scale: QDoubleSpinBox = self._add_row(form, "network", NETWORK_SETTINGS["init_scale"])
        self.bias_init: QDoubleSpinBox = self._add_row(form, "network", NETWORK_SETTINGS["bias_init"])
        self.leaky_slope: QDoubleSpinBox = self._add_row(form, "network", NETWORK_SETTINGS["leaky_slope"])
        lay.addLayout(form)
        self._layout.addWidget(box)

    def _build_training_box(self) -> None:
        box = self._box(QT_TRANSLATE_NOOP("ControlPanel", "Optimizer"))
        form = QFormLayout(box)
        self.optimizer: QComboBox = self._add_row(form, "training", TRAINING_SETTINGS["optimizer"])
        self.learning_rate: QDoubleSpinBox = self._add_row(form, "training", TRAINING_SETTINGS["learning_rate"])
        self.batch_size: QSpinBox = self._add_row(form, "training", TRAINING_SETTINGS["batch_size"])
        self.l1: QDoubleSpinBox = self._add_row(form, "training", TRAINING_SETTINGS["l1"])
        self.l2: QDoubleSpinBox = self._add_row(form, "training", TRAINING_SETTINGS["l2"])
        # Clipping is optional: a check box switches it off (None) or on at the spin box's value.
        clipping = TRAINING_SETTINGS["clip_norm"]
        self.clip = QCheckBox()
        self.clip_norm = cast(QDoubleSpinBox, control_for(clipping))
        self.clip.toggled.connect(self._on_clip)
        self.clip_norm.valueChanged.connect(lambda v: self._on_clip(self.clip.isChecked()))
        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip)
        clip_row.addWidget(self.clip_norm)
        self._add_labelled(form, clip_row, clipping)
        self.seed: QSpinBox = self._add_row(form, "seed", TRAINING_SETTINGS["seed"])
        self._layout.addWidget(box)

    def insert_box(self, widget: QWidget, after: QWidget) -> None:
        """Another box of controls (e.g. Playground's), placed after one of this panel's boxes."""
        self._layout.insertWidget(self._layout.indexOf(after) + 1, widget)
        self._tame()

    def control(self, name: str) -> Control:
        """The control of a declared setting (by its lesson name) outside the layer grid."""
        if name == "clip_norm":
            return self.clip_norm
        return next(widget for _, setting, widget in self._bound if setting.name == name)

    def shown_settings(self) -> list[tuple[str, Setting]]:
        """(lesson table, setting) of every setting this panel has a control for, layer settings included."""
        layer = [("network", setting) for setting in LAYER_SETTINGS.values()]
        return [(table, setting) for table, setting, _ in self._bound] + layer + [
            ("training", TRAINING_SETTINGS["clip_norm"])]

    def _build_display_box(self) -> None:
        self.display_box = DisplayBox()
        self._boxes[QT_TRANSLATE_NOOP("ControlPanel", "Show")] = self.display_box
        self.display_box.sigDisplay.connect(self.sigDisplay)
        self._layout.addWidget(self.display_box)

    # ----- reading a lesson into the widgets ----------------------------------------

    def load(self, lesson: Lesson) -> None:
        """Show a lesson's settings, without emitting changes."""
        self._loading = True
        try:
            # By the picker's key: a user's lesson file named like a built-in is not the built-in.
            key = lesson_files.lesson_key(lesson)
            index = self.lesson_combo.findData(key)
            if index < 0:  # a lesson opened from a file joins the list
                self.lesson_combo.addItem(lesson_files.picker_title(lesson.without_fix()), key)
                index = self.lesson_combo.count() - 1
            self.lesson_combo.setCurrentIndex(index)
            self.show_lesson_text(lesson)
            tables = {"dataset": lesson.dataset, "network": lesson.network, "training": lesson.training,
                      "seed": {"seed": lesson.seed}}
            for table, setting, widget in self._bound:
                show_value(widget, setting, tables[table].get(setting.name, setting.default))
            self._set_layers(lesson.network)
            self.clip.setChecked("clip_norm" in lesson.training)
            show_value(self.clip_norm, TRAINING_SETTINGS["clip_norm"], lesson.training.get("clip_norm"))
        finally:
            self._loading = False

    def show_lesson_text(self, lesson: Lesson) -> None:
        """The lesson's caption, "Watch:" line and fix buttons (again after a language change)."""
        self._lesson = lesson
        self.caption.setText(" ".join(lesson.caption.split()))
        self.watch.setText(self.tr("Watch: {watch}").format(watch=lesson.watch) if lesson.watch else "")
        self._set_fixes(lesson)

    def set_lesson_titles(self, titles: dict[str, str]) -> None:
        """The lesson menu's titles (name -> title), e.g. in another language; the choice stays."""
        for index in range(self.lesson_combo.count()):
            name = self.lesson_combo.itemData(index)
            if name in titles:
                self.lesson_combo.setItemText(index, titles[name])

    def _set_fixes(self, lesson: Lesson) -> None:
        for button in self._fix_buttons:
            button.setParent(None)
            button.deleteLater()
        self._fix_buttons = []
        # Remedies first, then the counter-examples to compare with (e.g. "Compare: Dropout 1.0").
        fixes = sorted(lesson.fixes.items(), key=lambda item: item[1].counter_example)
        compare, remedy = self.tr("Compare: {fix}"), self.tr("Fix: {fix}")
        entries = [("", self.tr("Original"))] + [
            (name, (compare if fix.counter_example else remedy).format(fix=fix.title)) for name, fix in fixes]
        for name, text in entries:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked((lesson.fix_applied or "") == name)
            button.setProperty("fix", name)
            button.clicked.connect(self._on_fix_button)
            self._fix_row.addWidget(button)
            self._fix_buttons.append(button)
        self._tame()

    def _set_layers(self, table: dict[str, Any]) -> None:
        hidden = table["hidden"]
        n = len(hidden)
        while len(self._rows) > n:
            self._rows.pop().remove()
        while len(self._rows) < n:
            row = LayerRow(self._layer_grid, len(self._rows) + 1)
            for widget in row.controls.values():
                on_change(widget, self._emit_layers)
            self._rows.append(row)
        columns = {name: hidden if name == "units" else _per_layer(table, name, setting.default, n)
                   for name, setting in LAYER_SETTINGS.items()}
        was_loading, self._loading = self._loading, True
        for i, row in enumerate(self._rows):
            for name, setting in LAYER_SETTINGS.items():
                show_value(row.controls[name], setting, columns[name][i])
        self._loading = was_loading
        self.add_layer.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.remove_layer.setEnabled(n > 0)
        self._tame()

    @property
    def layer_rows(self) -> list[LayerRow]:
        """The layer grid's rows, first hidden layer first."""
        return list(self._rows)

    def layer_table(self) -> dict[str, Any]:
        """The network table's per-layer fields as the layer grid shows them (widths under "hidden")."""
        return {"hidden" if name == "units" else name: [read_value(r.controls[name], setting) for r in self._rows]
                for name, setting in LAYER_SETTINGS.items()}

    # ----- user actions -------------------------------------------------------------

    def _emit(self, table: str, **changes: Any) -> None:
        if not self._loading:
            self.sigChange.emit(table, changes)

    def _emit_layers(self, *_args: object) -> None:
        self._emit("network", **self.layer_table())

    def _change_depth(self, delta: int) -> None:
        table = self.layer_table()
        if delta > 0:
            # A new layer copies the last one's width and activation; the rest start at their defaults.
            units, activation = LAYER_SETTINGS["units"], LAYER_SETTINGS["activation"]
            table["hidden"].append(table["hidden"][-1] if table["hidden"] else units.suggested)
            table["activation"].append(table["activation"][-1] if table["activation"] else activation.default)
            for key, setting in LAYER_SETTINGS.items():
                if key not in ("units", "activation"):
                    table[key].append(setting.default)
        else:
            for key in table:
                table[key].pop()
        self._emit("network", **table)

    def _on_clip(self, on: bool) -> None:
        self.clip_norm.setEnabled(on)
        self._emit("training", clip_norm=self.clip_norm.value() if on else None)

    def _on_lesson_combo(self, index: int) -> None:
        if not self._loading and index >= 0:
            self.sigLessonChosen.emit(self.lesson_combo.itemData(index))

    def _on_fix_button(self) -> None:
        self.sigFixChosen.emit(self.sender().property("fix"))

    def _show_play_text(self, on: bool) -> None:
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        self.play_button.setIcon(self._icons["Pause" if on else "Play"])
        self._play_text_shown = on

    def _on_play_toggled(self, on: bool) -> None:
        self._show_play_text(on)
        self.sigPlay.emit(on)

    def set_playing(self, on: bool) -> None:
        """Reflect the worker's state without emitting (e.g. after divergence stopped it)."""
        if self.play_button.isChecked() == on and self._play_text_shown == on:
            return  # told every frame: a new icon would lay the controls out and repaint them
        self.play_button.blockSignals(True)
        self.play_button.setChecked(on)
        self._show_play_text(on)
        self.play_button.blockSignals(False)

    def _on_speed(self, index: int) -> None:
        self._on_speed_label(index)
        self.sigSpeed.emit(float(SPEEDS[index]))

    def _on_speed_label(self, index: int) -> None:
        speed = SPEEDS[index]
        self.speed_label.setText(self.tr("max") if speed == 0 else self.tr("{speed}/s").format(
            speed=QLocale().toString(speed)))
