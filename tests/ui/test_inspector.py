"""The inspector's numbers stay in sight however narrow its dock."""

from __future__ import annotations

import pytest

from netviz.engine.lessons import find_lesson
from netviz.ui.inspector import Inspector


@pytest.mark.parametrize("width", [240, 320, 480])
def test_every_value_is_whole_in_a_narrow_dock(qtbot, width):
    trace = find_lesson("vanishing").build(steps=1).step()
    inspector = Inspector()
    qtbot.addWidget(inspector)
    inspector.resize(width, 700)
    inspector.show()
    qtbot.waitExposed(inspector)
    inspector.show_node(trace, 1, 0)
    table = inspector.facts
    assert table.rowCount() > 5
    view = table.viewport().width()
    right = table.columnViewportPosition(1) + table.columnWidth(1)
    assert right <= view
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        value = table.item(row, 1).text()
        assert metrics.horizontalAdvance(value) <= table.columnWidth(1), value


@pytest.mark.parametrize("width", [300, 420])
def test_the_incoming_weights_are_whole_in_german(qtbot, width):
    from netviz.render.language import install_language, uninstall_language

    trace = find_lesson("vanishing").build(steps=1).step()
    install_language("de")
    try:
        inspector = Inspector()
        qtbot.addWidget(inspector)
        inspector.resize(width, 700)
        inspector.show()
        qtbot.waitExposed(inspector)
        inspector.show_node(trace, 2, 0)
        table = inspector.weights
        assert table.horizontalHeaderItem(2).toolTip() == "Aktualisierung"
        view = table.viewport().width()
        assert table.columnViewportPosition(2) + table.columnWidth(2) <= view
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            for column in range(3):
                value = table.item(row, column).text()
                assert metrics.horizontalAdvance(value) <= table.columnWidth(column), value
    finally:
        uninstall_language()


@pytest.mark.parametrize("width", [240, 280, 360])
def test_every_name_is_whole_once_the_dock_settles(qtbot, width):
    """A name column narrowed after the rows were fitted (a scroll bar came) wrapped its
    names into one more line than the rows had: their ends were cut to "…"."""
    from PySide6.QtCore import QRect, Qt

    from netviz.render.language import install_language, uninstall_language
    from tests.ui.test_summary_inspector import _as_summary, _traces

    install_language("de")
    try:
        inspector = Inspector()
        qtbot.addWidget(inspector)
        inspector.resize(width, 500)
        inspector.show()
        qtbot.waitExposed(inspector)
        inspector.show_node(_as_summary(_traces(1)[0], "conv", "0 (Conv2d 3×3)"), 1, 1)
        table = inspector.facts
        qtbot.wait(50)  # the resize that follows the first fit
        metrics = table.fontMetrics()
        narrowest = table.columnWidth(0) - 12  # the style's text margins, twice on each side
        for row in range(table.rowCount()):
            text = table.item(row, 0).text()
            needed = metrics.boundingRect(QRect(0, 0, narrowest, 10_000), Qt.TextFlag.TextWordWrap, text).height()
            assert table.rowHeight(row) >= needed, text
    finally:
        uninstall_language()
