"""The control panel: lesson and fix, transport, data, network and training settings, display."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QRadioButton, QScrollArea, QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from netviz.engine.activations import ACTIVATIONS
from netviz.engine.datasets import DATASET_NAMES
from netviz.engine.initializers import INITIALIZERS
from netviz.engine.lessons import Lesson
from netviz.engine.spec import MAX_HIDDEN_LAYERS, MAX_UNITS, OPTIMIZERS

# Settings that take effect between two steps; every other change rebuilds the network.
LIVE_TRAINING_FIELDS = {"learning_rate", "optimizer", "momentum", "l1", "l2", "clip_norm", "batch_size"}
SPEEDS = [1, 2, 5, 10, 30, 100, 300, 1000, 0]  # steps per second; 0 = as fast as possible


def _spin(low: float, high: float, step: float, decimals: int = 3) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)  # emit when the user finishes typing, not on every key
    return box


def _per_layer(table: dict[str, Any], key: str, default: Any, n: int) -> list[Any]:
    value = table.get(key, default)
    return list(value) if isinstance(value, list) else [value] * n


class LayerRow:
    """The widgets of one hidden layer: units, activation, dropout, batch norm, frozen."""

    def __init__(self, grid: QGridLayout, row: int):
        self.label = QLabel(f"{row}")
        self.units = QSpinBox()
        self.units.setRange(1, MAX_UNITS)
        self.units.setKeyboardTracking(False)
        self.activation = QComboBox()
        self.activation.addItems(ACTIVATIONS)
        self.dropout = _spin(0.0, 1.0, 0.1, 2)
        self.batch_norm = QCheckBox()
        self.frozen = QCheckBox()
        self.widgets = [self.label, self.units, self.activation, self.dropout, self.batch_norm, self.frozen]
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
    sigDisplay = Signal(str, str)  # ("nodes", "gradient"|"activation"|"heatmap") / ("edges", ...) / ("scale", "fixed"|"adaptive")

    def __init__(self, lesson_titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._rows: list[LayerRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._build_lesson_box(lesson_titles)
        self._build_transport()
        self._build_data_box()
        self._build_network_box()
        self._build_training_box()
        self._build_display_box()
        self._layout.addStretch(1)

    # ----- construction -------------------------------------------------------------

    def _build_lesson_box(self, titles: dict[str, str]) -> None:
        box = QGroupBox("Lesson")
        lay = QVBoxLayout(box)
        self.lesson_combo = QComboBox()
        for name, title in titles.items():
            self.lesson_combo.addItem(title, name)
        self.lesson_combo.currentIndexChanged.connect(self._on_lesson_combo)
        lay.addWidget(self.lesson_combo)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.PlainText)
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
        box = QGroupBox("Training")
        lay = QGridLayout(box)
        self.play_button = QPushButton("Play")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.step_button = QPushButton("Step")
        self.step_button.clicked.connect(self.sigStep)
        self.reset_button = QPushButton("Reset")
        self.reset_button.clicked.connect(self.sigReset)
        lay.addWidget(self.play_button, 0, 0)
        lay.addWidget(self.step_button, 0, 1)
        lay.addWidget(self.reset_button, 0, 2)
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed_label = QLabel()
        self.speed.valueChanged.connect(self._on_speed)
        lay.addWidget(QLabel("Speed"), 1, 0)
        lay.addWidget(self.speed, 1, 1)
        lay.addWidget(self.speed_label, 1, 2)
        self.status = QLabel("step 0")
        lay.addWidget(self.status, 2, 0, 1, 3)
        self._on_speed(self.speed.value())
        self._layout.addWidget(box)

    def _build_data_box(self) -> None:
        box = QGroupBox("Data")
        form = QFormLayout(box)
        self.dataset = QComboBox()
        self.dataset.addItems(DATASET_NAMES)
        self.dataset.currentTextChanged.connect(lambda v: self._emit("dataset", name=v))
        self.noise = _spin(0.0, 1.0, 0.05, 2)
        self.noise.valueChanged.connect(lambda v: self._emit("dataset", noise=v))
        self.samples = QSpinBox()
        self.samples.setRange(10, 5000)
        self.samples.setSingleStep(50)
        self.samples.setKeyboardTracking(False)
        self.samples.valueChanged.connect(lambda v: self._emit("dataset", samples=v))
        self.validation = _spin(0.0, 0.9, 0.05, 2)
        self.validation.valueChanged.connect(lambda v: self._emit("dataset", validation=v))
        form.addRow("Data set", self.dataset)
        form.addRow("Noise", self.noise)
        form.addRow("Examples", self.samples)
        form.addRow("Validation share", self.validation)
        self._layout.addWidget(box)

    def _build_network_box(self) -> None:
        box = QGroupBox("Network")
        lay = QVBoxLayout(box)
        self._layer_grid = QGridLayout()
        for col, text in enumerate(["", "units", "activation", "dropout", "BN", "frozen"]):
            self._layer_grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        lay.addLayout(self._layer_grid)
        buttons = QHBoxLayout()
        self.add_layer = QPushButton("+ layer")
        self.add_layer.clicked.connect(lambda: self._change_depth(+1))
        self.remove_layer = QPushButton("− layer")
        self.remove_layer.clicked.connect(lambda: self._change_depth(-1))
        buttons.addWidget(self.add_layer)
        buttons.addWidget(self.remove_layer)
        lay.addLayout(buttons)
        form = QFormLayout()
        self.init = QComboBox()
        self.init.addItems(INITIALIZERS)
        self.init.currentTextChanged.connect(lambda v: self._emit("network", init=v))
        self.init_scale = _spin(0.001, 100.0, 0.1, 3)
        self.init_scale.valueChanged.connect(lambda v: self._emit("network", init_scale=v))
        self.bias_init = _spin(-10.0, 10.0, 0.1, 2)
        self.bias_init.valueChanged.connect(lambda v: self._emit("network", bias_init=v))
        self.leaky_slope = _spin(0.0, 1.0, 0.05, 2)
        self.leaky_slope.valueChanged.connect(lambda v: self._emit("network", leaky_slope=v))
        form.addRow("Initializer", self.init)
        form.addRow("Init scale", self.init_scale)
        form.addRow("Initial bias", self.bias_init)
        form.addRow("LeakyReLU slope", self.leaky_slope)
        lay.addLayout(form)
        self._layout.addWidget(box)

    def _build_training_box(self) -> None:
        box = QGroupBox("Optimizer")
        form = QFormLayout(box)
        self.optimizer = QComboBox()
        self.optimizer.addItems(OPTIMIZERS)
        self.optimizer.currentTextChanged.connect(lambda v: self._emit("training", optimizer=v))
        self.learning_rate = _spin(0.00001, 100.0, 0.01, 5)
        self.learning_rate.setStepType(QDoubleSpinBox.AdaptiveDecimalStepType)
        self.learning_rate.valueChanged.connect(lambda v: self._emit("training", learning_rate=v))
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 1024)
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.valueChanged.connect(lambda v: self._emit("training", batch_size=v))
        self.l1 = _spin(0.0, 10.0, 0.001, 4)
        self.l1.valueChanged.connect(lambda v: self._emit("training", l1=v))
        self.l2 = _spin(0.0, 10.0, 0.001, 4)
        self.l2.valueChanged.connect(lambda v: self._emit("training", l2=v))
        self.clip = QCheckBox("clip at")
        self.clip_norm = _spin(0.001, 1e6, 0.5, 3)
        self.clip.toggled.connect(self._on_clip)
        self.clip_norm.valueChanged.connect(lambda v: self._on_clip(self.clip.isChecked()))
        clip_row = QHBoxLayout()
        clip_row.addWidget(self.clip)
        clip_row.addWidget(self.clip_norm)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.seed.valueChanged.connect(lambda v: self._emit("seed", seed=v))
        form.addRow("Optimizer", self.optimizer)
        form.addRow("Learning rate", self.learning_rate)
        form.addRow("Batch size", self.batch_size)
        form.addRow("L1", self.l1)
        form.addRow("L2", self.l2)
        form.addRow("Gradient clipping", clip_row)
        form.addRow("Seed", self.seed)
        self._layout.addWidget(box)

    def _build_display_box(self) -> None:
        box = QGroupBox("Show")
        grid = QGridLayout(box)
        self._display_groups = {}
        rows = [
            ("nodes", "Nodes", [("gradient", "|dL/dz|"), ("activation", "activation"), ("heatmap", "output map")]),
            ("edges", "Edges", [("weight", "weight"), ("gradient", "dL/dW")]),
            ("scale", "Colour scale", [("fixed", "fixed"), ("adaptive", "adapting")]),
        ]
        for r, (key, label, options) in enumerate(rows):
            grid.addWidget(QLabel(label), r, 0)
            group = QButtonGroup(self)
            for c, (value, text) in enumerate(options):
                button = QRadioButton(text)
                button.setProperty("value", value)
                button.setChecked(c == 0)
                group.addButton(button)
                grid.addWidget(button, r, c + 1)
            group.buttonToggled.connect(lambda button, on, key=key: on and self.sigDisplay.emit(key, button.property("value")))
            self._display_groups[key] = group
        self._layout.addWidget(box)

    # ----- reading a lesson into the widgets ----------------------------------------

    def load(self, lesson: Lesson) -> None:
        """Show a lesson's settings, without emitting changes."""
        self._loading = True
        try:
            index = self.lesson_combo.findData(lesson.name)
            if index >= 0:
                self.lesson_combo.setCurrentIndex(index)
            self.caption.setText(" ".join(lesson.caption.split()))
            self.watch.setText(f"Watch: {lesson.watch}" if lesson.watch else "")
            self._set_fixes(lesson)
            d, n, t = lesson.dataset, lesson.network, lesson.training
            self.dataset.setCurrentText(d["name"])
            self.noise.setValue(d.get("noise", 0.0))
            self.samples.setValue(d.get("samples") or 400)
            self.validation.setValue(d.get("validation", 0.3))
            self._set_layers(n)
            self.init.setCurrentText(n.get("init", "glorot"))
            self.init_scale.setValue(n.get("init_scale", 1.0))
            self.bias_init.setValue(n.get("bias_init", 0.0))
            self.leaky_slope.setValue(n.get("leaky_slope", 0.01))
            self.optimizer.setCurrentText(t.get("optimizer", "sgd"))
            self.learning_rate.setValue(t.get("learning_rate", 0.1))
            self.batch_size.setValue(t.get("batch_size", 16))
            self.l1.setValue(t.get("l1", 0.0))
            self.l2.setValue(t.get("l2", 0.0))
            self.clip.setChecked("clip_norm" in t)
            self.clip_norm.setValue(t.get("clip_norm", 1.0))
            self.seed.setValue(lesson.seed)
        finally:
            self._loading = False

    def _set_fixes(self, lesson: Lesson) -> None:
        for button in self._fix_buttons:
            button.setParent(None)
            button.deleteLater()
        self._fix_buttons = []
        entries = [("", "Original")] + [(name, f"Fix: {fix.title}") for name, fix in lesson.fixes.items()]
        for name, text in entries:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked((lesson.fix_applied or "") == name)
            button.setProperty("fix", name)
            button.clicked.connect(self._on_fix_button)
            self._fix_row.addWidget(button)
            self._fix_buttons.append(button)

    def _set_layers(self, table: dict[str, Any]) -> None:
        hidden = table["hidden"]
        n = len(hidden)
        while len(self._rows) > n:
            self._rows.pop().remove()
        while len(self._rows) < n:
            row = LayerRow(self._layer_grid, len(self._rows) + 1)
            row.units.valueChanged.connect(self._emit_layers)
            row.activation.currentTextChanged.connect(self._emit_layers)
            row.dropout.valueChanged.connect(self._emit_layers)
            row.batch_norm.toggled.connect(self._emit_layers)
            row.frozen.toggled.connect(self._emit_layers)
            self._rows.append(row)
        activation = _per_layer(table, "activation", "relu", n)
        dropout = _per_layer(table, "dropout", 0.0, n)
        batch_norm = _per_layer(table, "batch_norm", False, n)
        frozen = _per_layer(table, "frozen", False, n)
        was_loading, self._loading = self._loading, True
        for i, row in enumerate(self._rows):
            row.units.setValue(hidden[i])
            row.activation.setCurrentText(activation[i])
            row.dropout.setValue(dropout[i])
            row.batch_norm.setChecked(batch_norm[i])
            row.frozen.setChecked(frozen[i])
        self._loading = was_loading
        self.add_layer.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.remove_layer.setEnabled(n > 0)

    def layer_table(self) -> dict[str, Any]:
        return {
            "hidden": [r.units.value() for r in self._rows],
            "activation": [r.activation.currentText() for r in self._rows],
            "dropout": [round(r.dropout.value(), 4) for r in self._rows],
            "batch_norm": [r.batch_norm.isChecked() for r in self._rows],
            "frozen": [r.frozen.isChecked() for r in self._rows],
        }

    # ----- user actions -------------------------------------------------------------

    def _emit(self, table: str, **changes: Any) -> None:
        if not self._loading:
            self.sigChange.emit(table, changes)

    def _emit_layers(self, *_args) -> None:
        self._emit("network", **self.layer_table())

    def _change_depth(self, delta: int) -> None:
        table = self.layer_table()
        if delta > 0:
            for key, default in (("hidden", table["hidden"][-1] if table["hidden"] else 8),
                                 ("activation", table["activation"][-1] if table["activation"] else "relu"),
                                 ("dropout", 0.0), ("batch_norm", False), ("frozen", False)):
                table[key].append(default)
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

    def _on_play_toggled(self, on: bool) -> None:
        self.play_button.setText("Pause" if on else "Play")
        self.sigPlay.emit(on)

    def set_playing(self, on: bool) -> None:
        """Reflect the worker's state without emitting (e.g. after divergence stopped it)."""
        self.play_button.blockSignals(True)
        self.play_button.setChecked(on)
        self.play_button.setText("Pause" if on else "Play")
        self.play_button.blockSignals(False)

    def _on_speed(self, index: int) -> None:
        speed = SPEEDS[index]
        self.speed_label.setText("max" if speed == 0 else f"{speed}/s")
        self.sigSpeed.emit(float(speed))
