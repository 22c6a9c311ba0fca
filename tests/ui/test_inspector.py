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
