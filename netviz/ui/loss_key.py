"""The loss plot's key (a line sample and a word for the training and the validation curve) in
the plot's title row, beside the title: outside the view box, it never hides a curve.

Inside the view box, pyqtgraph's legend hid most of the loss curve in a classroom window: the
view box is about 90 px tall at 1280x720 and 1024x768, the two-row legend was 68 px. The key is
still a pyqtgraph LegendItem (``PlotItem.legend``: the curves named at ``plot()`` join it, a
click on a sample hides its curve), laid out in the title row instead of anchored in the view.
It takes one row (title, training, validation) where the plot is wide enough, else its two
entries stack beside the title (in Italian one row is ~330 px; the plot is ~270 px at 1024x768),
and the title row grows to fit them.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGraphicsLinearLayout, QGraphicsWidget, QSizePolicy

from netviz.render.theme import Theme

TITLE_GAP = 12  # px between the title and the key
ENTRY_SPACING = 5  # px between a sample and its word, and between one entry and the next
# px: stacked entries as close as lines of text (a word's label has 4 px of margin above and below)
ROW_OVERLAP = -8
TITLE_ROW_PX = 30  # pyqtgraph's own height of a plot's title row (PlotItem.setTitle)


class LossKey(QObject):
    """The key of ``plot``'s named curves, in its title row. Create it before the curves:
    ``plot.plot(pen=..., name=...)`` then adds each to it."""

    def __init__(self, plot: pg.PlotWidget, font_px: int):
        super().__init__(plot)
        self._plot = plot
        self._item = plot.getPlotItem()
        self.legend = pg.LegendItem(labelTextSize=f"{font_px}px", colCount=2, frame=False,
                                    horSpacing=ENTRY_SPACING, verSpacing=ROW_OVERLAP)
        self.legend.layout.setContentsMargins(0, 0, 0, 0)
        # As tall as its entries, centred in the title row (stretched, its words sat at the top).
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._item.legend = self.legend
        # The title and the key side by side, centred across the whole plot (its axes' columns
        # included) in place of the title alone in the view box's column.
        self.row = QGraphicsWidget(self._item)
        line = QGraphicsLinearLayout(Qt.Orientation.Horizontal)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(0)  # the stretches take none; the title and the key TITLE_GAP (below)
        title = self._item.titleLabel
        self._item.layout.removeItem(title)
        line.addStretch()
        line.addItem(title)
        line.addItem(self.legend)
        line.setAlignment(title, Qt.AlignmentFlag.AlignVCenter)
        line.setAlignment(self.legend, Qt.AlignmentFlag.AlignVCenter)
        line.addStretch()
        line.setItemSpacing(1, TITLE_GAP)  # after the title (stretch 0, title 1, key 2, stretch 3)
        self.row.setLayout(line)
        self._item.layout.addItem(self.row, 0, 0, 1, 3)
        plot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._plot and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def set_words(self, words: dict[int, str]) -> None:
        """Each curve's word (``words``: by the id of the curve item); then fitted again."""
        for sample, label in self.legend.items:
            if id(sample.item) in words:
                label.setText(words[id(sample.item)])
        self.fit()

    def set_font_px(self, px: int) -> None:
        self.legend.setLabelTextSize(f"{px}px")
        for _, label in self.legend.items:
            label.setText(label.text)  # setLabelTextSize only records the size
        self.fit()

    def set_theme(self, theme: Theme) -> None:
        """The words in the theme's text colour (no backdrop: the key is not over the data)."""
        self.legend.setLabelTextColor(theme.text)
        for _, label in self.legend.items:
            label.setText(label.text)  # setLabelTextColor only records the colour

    def columns(self) -> int:
        """2: the entries side by side, after the title; 1: stacked."""
        return int(self.legend.columnCount)

    def _width(self, columns: int) -> float:
        """The title row's smallest width with the entries in ``columns`` columns."""
        entries = [(sample.minimumWidth(), label.minimumWidth()) for sample, label in self.legend.items]
        if not entries:
            return self._item.titleLabel.minimumWidth()
        columns = min(columns, len(entries))
        cells = [0.0] * (2 * columns)  # the grid's columns: sample, word, sample, word, ...
        for i, (sample, word) in enumerate(entries):
            k = 2 * (i % columns)
            cells[k], cells[k + 1] = max(cells[k], sample), max(cells[k + 1], word)
        key = sum(cells) + (len(cells) - 1) * ENTRY_SPACING
        return self._item.titleLabel.minimumWidth() + TITLE_GAP + key

    def fit(self) -> None:
        """One row where the plot is wide enough for it, else the entries stacked; the title
        row as tall as the title or the key (PlotItem.setTitle sets it back to 30 px: the
        plots call this after each)."""
        left, _, right, _ = self._item.layout.getContentsMargins()
        available = self._plot.width() - left - right
        self.legend.setColumnCount(2 if self._width(2) <= available else 1)
        self.legend.layout.invalidate()
        key_height = self.legend.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
        height = max(TITLE_ROW_PX, self._item.titleLabel.minimumHeight(), key_height)
        self._item.titleLabel.setMaximumHeight(height)
        self._item.layout.setRowFixedHeight(0, height)
