"""View > Compare with fix: two runs in lockstep, side by side, each equal to a run of its own."""

from __future__ import annotations

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt

from netviz.engine.lessons import find_lesson
from netviz.render.theme import PRESENTATION_TEXT_PX

TIMEOUT_MS = 30000


class _Reached:
    """A waitUntil callback: both sides at ``steps`` (an AssertionError by hand until then)."""

    def __init__(self, dialog, steps):
        self.dialog, self.steps = dialog, steps

    def __call__(self):
        run = self.dialog.run
        if run.shown_step() < self.steps or run.playing or self.dialog.view.pair is None:
            raise AssertionError(f"at step {run.shown_step()}")


@pytest.fixture
def compare(window, qtbot):
    dialog = window.compare_with_fix("relu")
    qtbot.waitExposed(dialog)
    yield dialog
    if shiboken6.isValid(dialog):  # deleted on close
        dialog.close()


def test_the_two_sides_equal_two_separate_runs_bit_for_bit(compare, qtbot):
    compare.run.length = 20  # Play stops at the lesson's length: 20 steps here
    qtbot.keyClick(compare, Qt.Key.Key_Space)
    qtbot.waitUntil(_Reached(compare, 20), timeout=TIMEOUT_MS)
    assert compare.run.shown_step() == 20  # lockstep: both sides, the same step count
    left, right = compare.run.traces()
    lesson = find_lesson("vanishing")
    for lesson_side, trace in ((lesson, left), (lesson.with_fix("relu"), right)):
        trainer = lesson_side.build()
        alone = [trainer.step() for _ in range(20)][-1]
        assert trace.step == alone.step == 19
        assert trace.loss == alone.loss
        for ours, theirs in zip(trace.layers, alone.layers):
            assert np.array_equal(ours.node_grad, theirs.node_grad)
            assert np.array_equal(ours.weight_grad, theirs.weight_grad)


def test_titles_shared_scale_and_the_loss_of_both(compare, qtbot):
    qtbot.keyClick(compare, Qt.Key.Key_S)
    qtbot.waitUntil(_Reached(compare, 1), timeout=TIMEOUT_MS)
    pair = compare.view.pair
    assert (pair.left.title, pair.right.title) == ("Original: sigmoid, init glorot, learning rate 0.3", "Fix: ReLU")
    assert pair.left.node_range == pair.right.node_range and pair.left.edge_range == pair.right.edge_range
    compare.view.grab()  # paints now
    texts = [t.text for t in compare.view.renderer.last_texts]
    assert any(t.startswith("One colour scale for both sides") for t in texts)
    curves = [c for c in compare._curves if c.xData is not None and len(c.xData) == 1]
    assert len(curves) == 2


def test_the_main_windows_keys_rest_while_comparing_and_leaving_returns(window, compare, qtbot):
    qtbot.keyClick(compare, Qt.Key.Key_Space)
    assert compare.run.playing and not window.controls.play_button.isChecked()
    qtbot.keyClick(compare, Qt.Key.Key_Space)
    qtbot.keyClick(compare, Qt.Key.Key_F5)
    assert compare.presenting and compare.view.renderer.presentation
    assert compare.loss_plot.getPlotItem().getAxis("bottom").style["tickFont"].pixelSize() >= PRESENTATION_TEXT_PX
    qtbot.keyClick(compare, Qt.Key.Key_Escape)
    assert not compare.presenting and compare.isVisible()
    run = compare.run
    qtbot.keyClick(compare, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(compare) or not compare.isVisible(), timeout=TIMEOUT_MS)
    assert run.handles[0].joined and run.handles[1].joined


def test_b_blanks_the_compare_and_b_again_brings_it_back(compare, qtbot):
    qtbot.keyClick(compare, Qt.Key.Key_S)
    qtbot.waitUntil(_Reached(compare, 1), timeout=TIMEOUT_MS)
    background = compare.view.renderer.theme.background
    shown = compare.view.grab().toImage()
    assert len({shown.pixel(x, y) for x in range(0, shown.width(), 7) for y in range(0, shown.height(), 7)}) > 1
    qtbot.keyClick(compare, Qt.Key.Key_B)
    assert compare.view.blanked and not compare.loss_plot.isVisible()
    blank = compare.view.grab().toImage()
    colours = {blank.pixelColor(x, y).name() for x in range(0, blank.width(), 7) for y in range(0, blank.height(), 7)}
    assert colours == {background.lower()}  # the background only: no picture, no text
    qtbot.keyClick(compare, Qt.Key.Key_B)
    assert not compare.view.blanked and compare.loss_plot.isVisible()
