"""The node inspector: every number the trace holds for one node."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from netviz.engine.trace import StepTrace
from netviz.i18n import translate
from netviz.ui.inspector_summary import edge_columns, summary_note, summary_rows, summary_title
from netviz.ui.numbers import figure, layer_title, percent

_fmt = figure


def describe_node(trace: StepTrace, column: int, node: int, example: int = 0) -> dict:
    """The facts shown for one node, in the window's language: column 0 is the inputs, column
    l + 1 is layer l. "summary_edges": the incoming edges are RMS summaries (into a conv or
    embedding channel, or into a dense layer from one), not single weights; "note", where
    present, says what kind of node it is."""
    b = min(example, trace.inputs.shape[0] - 1)
    if column == 0:
        return {"title": translate("Inspector", "input {number}").format(number=node + 1),
                "rows": [(translate("Inspector", "value (example {number})").format(number=b + 1),
                          _fmt(trace.inputs[b, node])),
                         (translate("Inspector", "mean over batch"), _fmt(trace.inputs[:, node].mean()))],
                "weights": None, "summary_edges": False}
    lt = trace.layers[column - 1]
    fed_by_summary = column >= 2 and trace.layers[column - 2].summary
    if lt.summary:
        return {"title": summary_title(lt, node), "note": summary_note(lt), "rows": summary_rows(lt, node, b),
                "weights": edge_columns(lt, node), "summary_edges": True}
    yes, no = translate("Inspector", "yes"), translate("Inspector", "no")
    dead = translate("Inspector", "yes: z <= 0 on every training example")
    saturated = translate("Inspector", "yes: f'(z) < 1% of its largest on every training example")
    rows = [
        (translate("Inspector", "activation"), lt.activation_name),
        (translate("Inspector", "z (example {number})"), _fmt(lt.pre_activation[b, node])),
        (translate("Inspector", "z (batch mean)"), _fmt(lt.pre_activation[:, node].mean())),
        (translate("Inspector", "a (example {number})"), _fmt(lt.activation[b, node])),
        (translate("Inspector", "dL/dz (example {number})"), _fmt(lt.node_grad[b, node])),
        (translate("Inspector", "|dl/dz| per example (the colour)"), _fmt(lt.example_grad_magnitude[node])),
        (translate("Inspector", "mean |dL/dz| (batch loss)"), _fmt(lt.node_grad_magnitude[node])),
        (translate("Inspector", "bias b"), _fmt(lt.biases[node])),
        ("dL/db", _fmt(lt.bias_grad[node])),
        (translate("Inspector", "update of b"), _fmt(lt.bias_update[node])),
        (translate("Inspector", "dead"), dead if lt.dead_units[node] else no),
        (translate("Inspector", "saturated"), saturated if lt.saturated_units[node] else no),
        (translate("Inspector", "dropped (example {number})"), yes if not lt.dropout_mask[b, node] else no),
        (translate("Inspector", "kept in batch"), percent(float(lt.dropout_mask[:, node].mean()))),
        (translate("Inspector", "frozen"), yes if lt.frozen else no),
    ]
    rows = [(name.format(number=b + 1), value) for name, value in rows]  # the example's number, where named
    title = translate("Inspector", "{layer}, unit {number}").format(layer=layer_title(lt.name), number=node + 1)
    return {"title": title, "rows": rows, "weights": edge_columns(lt, node), "summary_edges": fed_by_summary}


class Inspector(QWidget):
    """Shows describe_node() for the focused node: a fact list and its incoming weights."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self._shown: tuple[StepTrace, int, int, int] | None = None  # what show_node showed last
        self._summary_edges = False  # the incoming edges shown are RMS summaries (headings say so)
        self.title = QLabel(self.tr("Click or hover a node"))
        self.title.setWordWrap(True)  # longer in other languages than the dock is wide
        self.title.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.title)
        self.note = QLabel()  # what a summary node is (a conv's channel), hidden for other nodes
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        lay.addWidget(self.note)
        self.facts = QTableWidget(0, 2)
        self.facts.horizontalHeader().setVisible(False)
        self.facts.verticalHeader().setVisible(False)
        # The numbers are what one reads: their column is as wide as they are, and the names
        # wrap in what is left (a name as wide as the dock pushed the numbers out of sight).
        header = self.facts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # A name column narrowed later (the numbers' column grew, a scroll bar came) wraps its
        # names into more lines: the rows grow with it, else a name's end is elided ("(Beispie…").
        # Fitted once the resize is done: while the header reports it, the widths are not all new.
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._fit_rows)
        header.sectionResized.connect(self._on_section_resized)
        self.facts.setWordWrap(True)
        self.facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.facts, 2)
        self.weights = QTableWidget(0, 3)
        # The dock's width shared by the three columns: as wide as their headings ("Aktualisierung")
        # the last one was pushed out of the dock, numbers and all; a cut heading has its tooltip.
        self.weights.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.weights.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weights.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # "Aktualisi…", not cut
        self.weights.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.weights, 1)
        self._set_headings()

    def _on_section_resized(self, *_: object) -> None:
        self._fit_later.start()

    def _fit_rows(self) -> None:
        """Each row as tall as its name wrapped in the name column: Qt's own row fit measured
        a line fewer than the delegate draws for some names, which then ended in "…"."""
        table = self.facts
        table.resizeRowsToContents()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        # The style takes the text margin off each side twice (the item's text rect, then its text).
        width = max(1, table.columnWidth(0) - 4 * margin)
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is None:
                continue
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()).height()
            if needed + 2 * margin > table.rowHeight(row):
                table.setRowHeight(row, needed + 2 * margin)

    def _set_headings(self) -> None:
        if self._summary_edges:  # into a conv or embedding channel, or out of one: one number per kernel
            labels = [self.tr("w, RMS of the kernel"), self.tr("dL/dw, RMS"), self.tr("update, RMS")]
        else:
            labels = [self.tr("w (incoming)"), "dL/dw", self.tr("update")]
        self.weights.setHorizontalHeaderLabels(labels)
        for column in range(self.weights.columnCount()):
            heading = self.weights.horizontalHeaderItem(column)
            if heading is not None:  # set just above
                heading.setToolTip(heading.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "weights"):
            self._set_headings()
            if self._shown is None:
                self.clear()
            else:
                self.show_node(*self._shown)
        super().changeEvent(event)

    def clear(self) -> None:
        """Nothing inspected (a reset: the old run's numbers are no longer true)."""
        self._shown = None
        self.title.setText(self.tr("Click or hover a node"))
        self.note.setVisible(False)
        self.facts.setRowCount(0)
        self.weights.setRowCount(0)

    @property
    def shown_rows(self) -> list[tuple[str, str]]:
        """The fact list as shown: (name, value) per row."""
        return [(_cell_text(self.facts, r, 0), _cell_text(self.facts, r, 1)) for r in range(self.facts.rowCount())]

    def show_node(self, trace: StepTrace | None, column: int, node: int, example: int = 0) -> None:
        if trace is None:
            return
        self._shown = (trace, column, node, example)
        info = describe_node(trace, column, node, example)
        self.title.setText(info["title"])
        self.note.setText(info.get("note", ""))
        self.note.setVisible(bool(self.note.text()))
        self.facts.setRowCount(len(info["rows"]))
        for r, (key, value) in enumerate(info["rows"]):
            self.facts.setItem(r, 0, QTableWidgetItem(key))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.facts.setItem(r, 1, item)
        self._fit_rows()
        weights = info["weights"]
        if info["summary_edges"] != self._summary_edges:
            self._summary_edges = info["summary_edges"]
            self._set_headings()
        self.weights.setVisible(weights is not None)
        if weights is None:
            return
        self.weights.setRowCount(len(weights))
        source = self.tr("from {number}")
        self.weights.setVerticalHeaderLabels([source.format(number=i + 1) for i in range(len(weights))])
        for r, row in enumerate(weights):
            for c, value in enumerate(row):
                item = QTableWidgetItem(_fmt(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.weights.setItem(r, c, item)


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
