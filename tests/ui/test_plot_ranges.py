"""The plots' y ranges change only when the data cross a round mark (plot_ranges), and stop
following the data once the user zooms or pans a plot."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.engine.trainer import StepSummary
from netviz.ui.plot_ranges import decade_range, linear_range, nice_step
from netviz.ui.plots import TrainingPlots


@pytest.mark.parametrize(("span", "step"), [(0.07, 0.1), (0.1, 0.1), (0.13, 0.2), (0.3, 0.5), (0.6, 1.0),
                                             (3.0, 5.0), (1234.0, 2000.0), (1e-9, 1e-9)])
def test_a_nice_step_is_one_two_or_five_times_a_power_of_ten_at_or_above_the_span(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_a_linear_range_holds_the_data_and_changes_only_when_they_cross_a_step():
    assert linear_range(np.array([0.31, 0.69])) == (0.3, 0.7)  # a step of 0.1: about a fifth of the span
    assert linear_range(np.array([0.31, 0.695]), (0.3, 0.7)) == (0.3, 0.7)  # held: kept
    assert linear_range(np.array([0.45, 0.7]), (0.3, 0.7)) == (0.3, 0.7)  # they still fill half of it
    assert linear_range(np.array([0.5, 0.59]), (0.3, 0.7)) == (0.5, 0.6)  # less: rounded anew
    assert linear_range(np.array([0.28, 0.69]), (0.3, 0.7)) == (0.2, 0.7)  # out of it: rounded anew
    low, high = linear_range(np.array([np.nan, -2.5, np.inf, 7.25]))
    assert low <= -2.5 and high >= 7.25 and np.isfinite([low, high]).all()
    assert linear_range(np.array([0.5, 0.5])) == (0.5, 0.6)  # flat: a step above it
    assert linear_range(np.array([np.nan, np.inf])) is None
    assert linear_range(np.array([-1e308, 1.7e308])) == (-1e308, 1.7e308)  # no overflow to infinity


def test_a_log_range_is_whole_decades_around_the_positive_values():
    assert decade_range(np.array([2e-6, 0.03])) == (-6.0, -1.0)
    assert decade_range(np.array([2e-6, 0.09, 0.0, -1.0, np.nan])) == (-6.0, -1.0)
    assert decade_range(np.array([1e-3])) == (-3.0, -2.0)  # one decade at least
    assert decade_range(np.array([0.0, np.nan])) is None
    assert decade_range(np.array([2e-6, 0.03]), (-7.0, 0.0)) == (-7.0, 0.0)  # two decades to spare: kept
    assert decade_range(np.array([2e-6, 0.03]), (-8.0, 0.0)) == (-6.0, -1.0)


def summaries(start: int, losses: list[float], grad: float) -> list[StepSummary]:
    return [StepSummary(step=start + i, loss=loss, val_loss=None, grad_norms=(grad, grad / 10),
                        dead_fractions=(0.1, 0.1), diverged=False) for i, loss in enumerate(losses)]


def test_the_plots_follow_the_data_in_round_ranges_until_the_user_zooms(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()
    plots.clear(["layer 1", "layer 2"], 100)
    plots.append(summaries(0, list(np.linspace(0.69, 0.5, 10)), 3e-3))
    plots.redraw_now()
    loss_view, grad_view = plots.loss_plot.getViewBox(), plots.grad_plot.getViewBox()
    assert tuple(loss_view.targetRange()[1]) == (0.5, 0.7)  # a step of 0.05
    assert tuple(grad_view.targetRange()[1]) == (-4.0, -2.0)  # log10: 3e-4 .. 3e-3 in whole decades
    plots.append(summaries(10, [0.52] * 10, 5e-3))  # inside the ranges: nothing changes
    plots.redraw_now()
    assert tuple(loss_view.targetRange()[1]) == (0.5, 0.7)
    assert tuple(grad_view.targetRange()[1]) == (-4.0, -2.0)
    plots.append(summaries(20, [0.2] * 10, 0.5))
    plots.redraw_now()
    assert tuple(loss_view.targetRange()[1]) == (0.2, 0.7)
    assert tuple(grad_view.targetRange()[1]) == (-4.0, 0.0)
    # The user zooms the loss plot: the plot stays as they left it.
    loss_view.scaleBy(y=0.5)
    loss_view.sigRangeChangedManually.emit([False, True])
    zoomed = tuple(loss_view.targetRange()[1])
    plots.append(summaries(30, [0.05] * 10, 0.5))
    plots.redraw_now()
    assert tuple(loss_view.targetRange()[1]) == zoomed
    # Its "A" button turns pyqtgraph's auto range on: the round ranges follow again.
    loss_view.enableAutoRange(y=True)
    plots.append(summaries(40, [0.05] * 10, 0.5))
    plots.redraw_now()
    assert tuple(loss_view.targetRange()[1]) == (0.0, 0.8)  # 0.05 .. 0.69 afresh: a step of 0.2
    assert not loss_view.autoRangeEnabled()[1]
