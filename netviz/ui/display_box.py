"""The control panel's Show box: what the nodes, the edges and the colour scale of the picture show."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QGridLayout, QGroupBox, QLabel, QRadioButton, QWidget

from netviz.ui.texts import QT_TRANSLATE_NOOP

# The Show box: (key, its label, (value, the button's text)...); sigDisplay emits (key, value).
# (The words are the control panel's: the catalogues list them under its context.)
DISPLAY_ROWS = (
    ("nodes", QT_TRANSLATE_NOOP("ControlPanel", "Nodes"),
     (("gradient", "|dL/dz|"), ("activation", QT_TRANSLATE_NOOP("ControlPanel", "activation")),
      ("heatmap", QT_TRANSLATE_NOOP("ControlPanel", "output map")))),
    ("edges", QT_TRANSLATE_NOOP("ControlPanel", "Edges"),
     (("weight", QT_TRANSLATE_NOOP("ControlPanel", "weight")), ("gradient", "dL/dW"))),
    ("scale", QT_TRANSLATE_NOOP("ControlPanel", "Colour scale"),
     (("fixed", QT_TRANSLATE_NOOP("ControlPanel", "fixed")),
      ("adaptive", QT_TRANSLATE_NOOP("ControlPanel", "adapting")))),
)


class DisplayBox(QGroupBox):
    """A row of radio buttons per display switch, the first of each chosen at start; the
    control panel sets the box's title."""

    # ("nodes", "gradient"|"activation"|"heatmap") / ("edges", ...) / ("scale", "fixed"|"adaptive")
    sigDisplay = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._display_labels: list[tuple[QLabel, str]] = []
        self._display_buttons: list[tuple[QRadioButton, str]] = []
        self.groups: dict[str, QButtonGroup] = {}  # each switch's buttons, by its key
        grid = QGridLayout(self)
        for r, (key, label, options) in enumerate(DISPLAY_ROWS):
            row_label = QLabel()
            self._display_labels.append((row_label, label))
            grid.addWidget(row_label, r, 0)
            group = QButtonGroup(self)
            for c, (value, text) in enumerate(options):
                button = QRadioButton()
                self._display_buttons.append((button, text))
                button.setProperty("value", value)
                button.setChecked(c == 0)
                group.addButton(button)
                grid.addWidget(button, r, c + 1)
            group.buttonToggled.connect(functools.partial(self._display_toggled, key))
            self.groups[key] = group

    def retranslate(self) -> None:
        """The rows' and buttons' words in the language installed now."""
        for label, text in self._display_labels:
            label.setText(QCoreApplication.translate("ControlPanel", text))
        for button, text in self._display_buttons:
            button.setText(QCoreApplication.translate("ControlPanel", text))

    def _display_toggled(self, key: str, button: QAbstractButton, on: bool) -> None:
        if on:
            self.sigDisplay.emit(key, button.property("value"))
