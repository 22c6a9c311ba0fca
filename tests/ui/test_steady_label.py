"""SteadyLabel: a count's label keeps its width, and a new text lays nothing out again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from netviz.ui.steady_label import SteadyLabel


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _row(qtbot, label: QLabel) -> tuple[QWidget, QSlider, LayoutRequests]:
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    slider = QSlider()
    layout.addWidget(slider, 1)
    layout.addWidget(label)
    row.resize(600, 40)
    row.show()
    qtbot.waitExposed(row)
    qtbot.wait(20)  # the first layout done
    requests = LayoutRequests()
    row.installEventFilter(requests)
    return row, slider, requests


def test_the_width_only_grows_until_the_label_fits_again(qtbot):
    label = SteadyLabel("step 9 of 9")
    row = _row(qtbot, label)
    short = label.width()
    label.setText("step 10,000 of 10,000")
    qtbot.wait(10)
    wide = label.width()
    assert wide > short and wide >= label.sizeHint().width()
    label.setText("step 9 of 9")
    qtbot.wait(10)
    assert label.width() == wide and label.text() == "step 9 of 9"
    label.fit()
    qtbot.wait(10)
    assert label.width() == short
    assert row[0].isVisible()


def test_a_new_count_no_wider_than_before_lays_nothing_out(qtbot):
    steady, plain = SteadyLabel("step 1,000 of 1,000"), QLabel("step 1,000 of 1,000")
    counts, rows = {}, []
    for name, label in (("steady", steady), ("plain", plain)):
        rows.append(_row(qtbot, label))
        _, slider, requests = rows[-1]
        length = slider.width()
        for step in range(990, 1000):
            label.setText(f"step {step} of {step}")  # one digit fewer: narrower
            qtbot.wait(5)
        counts[name] = (requests.count, slider.width() == length)
    assert counts["steady"] == (0, True), "the slider keeps its length and nothing is laid out"
    assert counts["plain"][0] > 0  # a plain label asks for a layout with every text (the test can fail)


def test_a_larger_font_fits_the_label_again(qtbot):
    label = SteadyLabel("step 12 of 12")
    row = _row(qtbot, label)
    before = label.height()
    font = label.font()
    font.setPixelSize(40)
    label.setFont(font)
    qtbot.wait(10)
    assert label.height() > before and label.width() >= label.sizeHint().width()
    assert row[0].isVisible()
