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
