"""The node inspector: every number the trace holds for one node."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from netviz.engine.trace import StepTrace


def _fmt(value: float) -> str:
    return f"{value:.4g}" if np.isfinite(value) else str(value)


def describe_node(trace: StepTrace, column: int, node: int, example: int = 0) -> dict:
    """The facts shown for one node: column 0 is the inputs, column l + 1 is layer l."""
    b = min(example, trace.inputs.shape[0] - 1)
    if column == 0:
        return {"title": f"input {node + 1}", "rows": [(f"value (example {b + 1})", _fmt(trace.inputs[b, node])),
                                                        ("mean over batch", _fmt(trace.inputs[:, node].mean()))],
                "weights": None}
    lt = trace.layers[column - 1]
    rows = [
        ("activation", lt.activation_name),
        (f"z (example {b + 1})", _fmt(lt.pre_activation[b, node])),
        ("z (batch mean)", _fmt(lt.pre_activation[:, node].mean())),
        (f"a (example {b + 1})", _fmt(lt.activation[b, node])),
        (f"dL/dz (example {b + 1})", _fmt(lt.node_grad[b, node])),
        ("|dl/dz| per example (the colour)", _fmt(lt.example_grad_magnitude[node])),
        ("mean |dL/dz| (batch loss)", _fmt(lt.node_grad_magnitude[node])),
        ("bias b", _fmt(lt.biases[node])),
        ("dL/db", _fmt(lt.bias_grad[node])),
        ("update of b", _fmt(lt.bias_update[node])),
        ("dead", "yes: z <= 0 on every training example" if lt.dead_units[node] else "no"),
        ("saturated", "yes: f'(z) < 1% of its largest on every training example"
         if lt.saturated_units[node] else "no"),
        (f"dropped (example {b + 1})", "yes" if not lt.dropout_mask[b, node] else "no"),
        ("kept in batch", f"{lt.dropout_mask[:, node].mean():.0%}"),
        ("frozen", "yes" if lt.frozen else "no"),
    ]
    weights = np.column_stack([lt.weights[:, node], lt.weight_grad[:, node], lt.weight_update[:, node]])
    return {"title": f"{lt.name}, unit {node + 1}", "rows": rows, "weights": weights}


class Inspector(QWidget):
    """Shows describe_node() for the focused node: a fact list and its incoming weights."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.title = QLabel("Click or hover a node")
        self.title.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.title)
        self.facts = QTableWidget(0, 2)
        self.facts.horizontalHeader().setVisible(False)
        self.facts.verticalHeader().setVisible(False)
        self.facts.horizontalHeader().setStretchLastSection(True)
        self.facts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.facts, 2)
        self.weights = QTableWidget(0, 3)
        self.weights.setHorizontalHeaderLabels(["w (incoming)", "dL/dw", "update"])
        self.weights.horizontalHeader().setStretchLastSection(True)
        self.weights.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.weights, 1)

    def clear(self) -> None:
        """Nothing inspected (a reset: the old run's numbers are no longer true)."""
        self.title.setText("Click or hover a node")
        self.facts.setRowCount(0)
        self.weights.setRowCount(0)

    @property
    def shown_rows(self) -> list[tuple[str, str]]:
        """The fact list as shown: (name, value) per row."""
        return [(_cell_text(self.facts, r, 0), _cell_text(self.facts, r, 1)) for r in range(self.facts.rowCount())]

    def show_node(self, trace: StepTrace | None, column: int, node: int, example: int = 0) -> None:
        if trace is None:
            return
        info = describe_node(trace, column, node, example)
        self.title.setText(info["title"])
        self.facts.setRowCount(len(info["rows"]))
        for r, (key, value) in enumerate(info["rows"]):
            self.facts.setItem(r, 0, QTableWidgetItem(key))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.facts.setItem(r, 1, item)
        self.facts.resizeColumnToContents(0)
        weights = info["weights"]
        self.weights.setVisible(weights is not None)
        if weights is None:
            return
        self.weights.setRowCount(len(weights))
        self.weights.setVerticalHeaderLabels([f"from {i + 1}" for i in range(len(weights))])
        for r, row in enumerate(weights):
            for c, value in enumerate(row):
                item = QTableWidgetItem(_fmt(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.weights.setItem(r, c, item)


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
