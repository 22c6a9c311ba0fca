"""Playground's controls: the data set picked by its picture, Regenerate, input features toggled by a click,
and the decision boundary's "Discretize output" and "Show test data" switches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netviz.engine.datasets import DATASET_NAMES
from netviz.engine.features import FEATURE_NAMES, label
from netviz.render.theme import Theme
from netviz.ui import thumbnails
from netviz.ui.setting_words import dataset_name, dataset_tooltip

DATA_ICON_PX = 40
FEATURE_ICON_PX = 28
PER_ROW = 4


class PlaygroundPanel(QGroupBox):
    """Emits what the user asks for; ``show_run`` shows the run's data set and features without emitting."""

    sigDataset = Signal(str)  # a data set's name
    sigRegenerate = Signal()  # new data: a new seed
    sigFeatures = Signal(list)  # the input features chosen, in Playground's order
    sigDiscretize = Signal(bool)
    sigShowTest = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Data and features"), parent)
        self._loading = False
        lay = QVBoxLayout(self)
        data = QGridLayout()
        self.data_group = QButtonGroup(self)
        self.data_buttons: dict[str, QToolButton] = {}
        for k, name in enumerate(DATASET_NAMES):
            button = QToolButton()
            button.setCheckable(True)
            button.setIconSize(QSize(DATA_ICON_PX, DATA_ICON_PX))
            button.setToolTip(dataset_tooltip(name))
            button.setAccessibleName(dataset_name(name))  # the id stays the key of data_buttons
            button.setText(dataset_name(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, name=name: self._on_data(name))
            self.data_group.addButton(button)
            data.addWidget(button, k // PER_ROW, k % PER_ROW)
            self.data_buttons[name] = button
        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New data from a new seed (the weights start anew too)"))
        self.regenerate.clicked.connect(self.sigRegenerate)
        k = len(DATASET_NAMES)
        data.addWidget(self.regenerate, k // PER_ROW, k % PER_ROW, 1, PER_ROW - k % PER_ROW)
        lay.addLayout(data)
        lay.addWidget(QLabel(self.tr("Input features")))
        features = QGridLayout()
        self.feature_buttons: dict[str, QToolButton] = {}
        for k, name in enumerate(FEATURE_NAMES):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(label(name))
            button.setAccessibleName(name)
            button.setToolTip(self.tr("Feed the network %1 as an input").replace("%1", label(name)))
            button.setIconSize(QSize(FEATURE_ICON_PX, FEATURE_ICON_PX))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.toggled.connect(self._on_feature)
            features.addWidget(button, k // PER_ROW, k % PER_ROW)
            self.feature_buttons[name] = button
        lay.addLayout(features)
        toggles = QHBoxLayout()
        self.discretize = QCheckBox(self.tr("Discretize output"))
        self.discretize.setToolTip(self.tr("The decision boundary in two colours: which class each point of the "
                                           "plane falls in"))
        self.discretize.toggled.connect(self.sigDiscretize)
        self.show_test = QCheckBox(self.tr("Show test data"))
        self.show_test.setToolTip(self.tr("The validation points (triangles) on the decision boundary"))
        self.show_test.setChecked(True)
        self.show_test.toggled.connect(self.sigShowTest)
        toggles.addWidget(self.discretize)
        toggles.addWidget(self.show_test)
        lay.addLayout(toggles)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "data_buttons"):
            for name, button in self.data_buttons.items():
                button.setAccessibleName(dataset_name(name))
                button.setText(dataset_name(name))
                button.setToolTip(dataset_tooltip(name))
        super().changeEvent(event)

    # ----- showing the run --------------------------------------------------------------

    def show_run(self, dataset: str, features: Sequence[str], features_apply: bool) -> None:
        """The run's data set and features; ``features_apply``: the data set has 2 inputs
        (features are made from them), else the feature buttons are disabled."""
        self._loading = True
        try:
            button = self.data_buttons.get(dataset)
            if button is not None:
                button.setChecked(True)
            for name, feature in self.feature_buttons.items():
                feature.setChecked(name in features)
                feature.setEnabled(features_apply)
        finally:
            self._loading = False

    def set_data_pictures(self, pictures: dict[str, QImage]) -> None:
        """Each data set's button shows its picture (drawn from its data) instead of its name."""
        for name, image in pictures.items():
            button = self.data_buttons[name]
            button.setIcon(thumbnails.icon(image))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def set_feature_pictures(self, pictures: dict[str, QImage]) -> None:
        """Each feature's button shows its map over the data's plane above its name."""
        for name, image in pictures.items():
            self.feature_buttons[name].setIcon(thumbnails.icon(image))

    def set_theme(self, theme: Theme) -> None:
        """A chosen data set and the features fed stand out as the checked fix button does."""
        self.setStyleSheet(f"QToolButton:checked {{ background: {theme.focus}; color: {theme.background}; "
                           f"border: 2px solid {theme.text}; font-weight: bold; }}")

    def chosen_features(self) -> list[str]:
        return [name for name, button in self.feature_buttons.items() if button.isChecked()]

    # ----- user actions -----------------------------------------------------------------

    def _on_data(self, name: str) -> None:
        if not self._loading:
            self.sigDataset.emit(name)

    def _on_feature(self, on: bool) -> None:
        if self._loading:
            return
        chosen = self.chosen_features()
        if not chosen:  # the network needs an input: the last feature stays on
            button = self.sender()
            if isinstance(button, QToolButton):
                self._loading = True
                button.setChecked(True)
                self._loading = False
            return
        self.sigFeatures.emit(chosen)
