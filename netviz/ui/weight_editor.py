"""The weight editor in the inspector: the picked edge's weight and dL/dW, and a box to type a new weight."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netviz.engine.trace import StepTrace
from netviz.engine.weight_edit import SetWeight

WEIGHT_LIMIT = 100.0  # the box's range: far beyond any weight worth typing, and no overflow to inf
DECIMALS = 4


def edge_facts(trace: StepTrace, edge: tuple[int, int, int]) -> tuple[float, float]:
    """(w, dL/dW) of an edge in a trace: the weight the step started from and its gradient."""
    layer, source, target = edge
    lt = trace.layers[layer]
    return float(lt.weights[source, target]), float(lt.weight_grad[source, target])


class WeightEditor(QGroupBox):
    """Click an edge, type its weight, press Enter or Set: ``sigSetWeight`` carries the SetWeight."""

    sigSetWeight = Signal(object)  # a SetWeight
    sigEdgeChosen = Signal(object)  # an edge chosen from the focused unit's incoming ones (the keyboard's way)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Weight"), parent)
        self.edge: tuple[int, int, int] | None = None
        lay = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Click an edge to set its weight"))
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        # The keyboard's way to an edge: a focused unit's incoming edges, by where they come from.
        self.incoming = QComboBox()
        self.incoming.setToolTip(self.tr("The focused unit's incoming weights"))
        self.incoming.activated.connect(self._on_incoming)
        self.incoming.setVisible(False)
        lay.addWidget(self.incoming)
        self.facts = QLabel()
        lay.addWidget(self.facts)
        row = QHBoxLayout()
        self.value = QDoubleSpinBox()
        self.value.setRange(-WEIGHT_LIMIT, WEIGHT_LIMIT)
        self.value.setDecimals(DECIMALS)
        self.value.setSingleStep(0.1)
        self.value.setKeyboardTracking(False)
        self.value.setToolTip(self.tr("The new weight: applied between two steps, and training goes on from it"))
        self.value.lineEdit().returnPressed.connect(self.apply)
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.clicked.connect(self.apply)
        row.addWidget(self.value, 1)
        row.addWidget(self.set_button)
        lay.addLayout(row)
        self.clear()

    def clear(self) -> None:
        self.edge = None
        self.incoming.clear()
        self.incoming.setVisible(False)
        self.heading.setText(self.tr("Click an edge to set its weight"))
        self.facts.setText("")
        self.value.setEnabled(False)
        self.set_button.setEnabled(False)

    def show_edge(self, trace: StepTrace | None, edge: tuple[int, int, int], name: str) -> None:
        """The edge picked (``name`` says which: "X₁ → hidden 1, unit 2"), its numbers in ``trace``."""
        if trace is None:
            return
        self.edge = edge
        weight, grad = edge_facts(trace, edge)
        self.heading.setText(name)
        self.facts.setText(self.tr("w = %1 · dL/dW = %2").replace("%1", f"{weight:.4g}").replace("%2", f"{grad:.3g}"))
        self.value.setEnabled(True)
        self.set_button.setEnabled(True)
        if math.isfinite(weight):
            self.value.setValue(weight)

    def show_incoming(self, edges: list[tuple[tuple[int, int, int], str]]) -> None:
        """A focused unit's incoming edges (edge, its name) to choose from; none hides the list."""
        self.incoming.clear()
        for edge, name in edges:
            self.incoming.addItem(name, edge)
        self.incoming.setVisible(bool(edges))

    def _on_incoming(self, index: int) -> None:
        edge = self.incoming.itemData(index)
        if edge is not None:
            self.sigEdgeChosen.emit(tuple(edge))

    def apply(self) -> None:
        if self.edge is None:
            return
        layer, source, target = self.edge
        self.sigSetWeight.emit(SetWeight(layer, source, target, round(self.value.value(), DECIMALS)))
