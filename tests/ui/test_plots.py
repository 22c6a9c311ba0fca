"""The docked plots: bounded points per curve, staggered redraws, no drawing while hidden."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.engine.trainer import StepSummary
from netviz.ui.plots import LAYER_CAPACITY, LOSS_CAPACITY, TrainingPlots

LAYERS = 3


@pytest.fixture
def shown_plots(qtbot) -> TrainingPlots:
    """The plots shown, cleared for a network of LAYERS layers and a run of 100 steps."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()
    plots.clear([f"layer {i}" for i in range(LAYERS)], 100)
    return plots


def summaries(start: int, n: int) -> list[StepSummary]:
    return [StepSummary(step=s, loss=1.0 / (s + 1), val_loss=None, grad_norms=(1e-3,) * LAYERS,
                        dead_fractions=(0.1,) * LAYERS, diverged=False) for s in range(start, start + n)]


def test_the_plots_draw_a_bounded_number_of_points_whatever_the_run(shown_plots):
    plots = shown_plots
    plots.append(summaries(0, 20_000))
    plots.redraw_now()
    points = plots.curve_points()
    assert 0 < points["loss"] <= 2 * LOSS_CAPACITY  # the validation curve is empty: no val_loss
    assert LAYERS * LAYER_CAPACITY <= points["grad"] <= 2 * LAYERS * LAYER_CAPACITY
    assert 2 * LAYERS * LAYER_CAPACITY <= points["dead"] <= 4 * LAYERS * LAYER_CAPACITY
    assert plots.steps_plotted == 20_000


def test_new_steps_are_drawn_one_plot_per_tick_and_hidden_plots_wait(shown_plots, qtbot):
    plots = shown_plots
    plots.append(summaries(0, 10))
    first = plots.curve_points()
    assert first["loss"] == 10 and first["grad"] == 0 and first["dead"] == 0  # the loss at once, the rest after

    def all_drawn() -> None:
        if plots.curve_points() != {"loss": 10, "grad": 10 * LAYERS, "dead": 20 * LAYERS}:
            raise AssertionError("not drawn yet")

    qtbot.waitUntil(all_drawn, timeout=2000)
    plots.show_only_one(True)  # presentation: the loss plot alone
    plots.append(summaries(10, 5))
    qtbot.wait(3 * 8 + 50)
    assert plots.curve_points() == {"loss": 15, "grad": 10 * LAYERS, "dead": 20 * LAYERS}
    plots.show_only_one(False)

    def caught_up() -> None:
        if plots.curve_points() != {"loss": 15, "grad": 15 * LAYERS, "dead": 30 * LAYERS}:
            raise AssertionError("hidden plots not drawn after showing them")

    qtbot.waitUntil(caught_up, timeout=2000)


def test_past_the_run_length_the_x_axis_grows_by_a_quarter_at_a_time(shown_plots):
    plots = shown_plots
    plots.append(summaries(0, 50))
    assert 100 <= plots.x_range()[1] <= 110  # the run's length (and a little padding)
    plots.append(summaries(50, 70))  # step 119: past the length
    plots.redraw_now()  # the window staggers the plots' redraws: a tick apart
    grown = plots.x_range()[1]
    assert 1.25 * 119 <= grown <= 1.3 * 119
    plots.append(summaries(120, 20))  # step 139: still inside, the axis stays
    plots.redraw_now()
    assert plots.x_range()[1] == grown
    plots.append(summaries(140, 20))  # step 159: past it again
    plots.redraw_now()
    assert plots.x_range()[1] > 1.25 * 159


def test_the_loss_legend_stays_readable_over_a_noisy_accuracy_band(qtbot):
    """A batch's accuracy jumps between 0 and 100 % each step: its dashed curve fills the plot
    with its colour, which must not cross the legend's words (it did, drawn over them)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    from netviz.render.theme import DARK
    from netviz.ui.accuracy_plot import TRAIN_PEN

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(1600, 300)
    plots.show()
    qtbot.waitExposed(plots)
    plots.set_theme(DARK)
    plots.clear([f"layer {i}" for i in range(LAYERS)], 400)
    steps = [StepSummary(step=s, loss=0.05, val_loss=None, grad_norms=(1e-3,) * LAYERS,
                         dead_fractions=(0.1,) * LAYERS, diverged=False, accuracy=float(s % 2))
             for s in range(400)]
    plots.append(steps)
    plots.redraw_now()
    legend = plots.loss_plot.getPlotItem().legend
    _, label = legend.items[-1]
    view = plots.loss_plot
    rect = view.mapFromScene(label.sceneBoundingRect()).boundingRect()
    image = view.grab().toImage()
    blue = QColor(*TRAIN_PEN)
    near = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(x, y)
            near += abs(c.red() - blue.red()) + abs(c.green() - blue.green()) + abs(c.blue() - blue.blue()) < 60
    assert rect.width() > 10 and QRectF(rect).intersects(QRectF(image.rect()))
    assert near == 0


def test_presentation_makes_the_accuracy_axis_as_large_as_the_loss_axis(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    item = plots.loss_plot.getPlotItem()

    def sizes() -> dict[str, tuple[str, int]]:
        return {name: (item.getAxis(name).labelStyle.get("font-size", ""), item.getAxis(name).label.font().pixelSize())
                for name in ("left", "right")}

    plots.show_only_one(True)
    shown = sizes()
    assert shown["right"] == shown["left"] and shown["left"][1] > 14
    assert item.getAxis("right").style["tickFont"].pixelSize() == item.getAxis("left").style["tickFont"].pixelSize()
    plots.show_only_one(False)
    assert sizes()["right"][1] == sizes()["left"][1] == 14


def test_the_empty_gradient_plot_shows_decades_until_the_first_step(shown_plots, qtbot):
    # pyqtgraph's empty log axis spans 1 .. 10, its minor labels crowded into one column.
    plots = shown_plots
    low, high = plots.grad_plot.getViewBox().viewRange()[1]
    assert (low, high) == (-4.0, 0.0)  # log10: 1e-4 .. 1
    plots.append([StepSummary(step=s, loss=1.0, val_loss=None, grad_norms=(1e-7, 1e-8, 1e-6),
                              dead_fractions=(0.0,) * LAYERS, diverged=False) for s in range(5)])
    plots.redraw_now()

    def follows_the_points() -> None:  # (pyqtgraph ranges before its next paint)
        low, high = plots.grad_plot.getViewBox().viewRange()[1]
        if not (-8.5 < low < -7.9 and -6.1 < high < -5.5):
            raise AssertionError(f"the gradient axis spans {low} .. {high}")

    qtbot.waitUntil(follows_the_points, timeout=2000)


def test_no_curve_of_the_plots_has_a_wide_dashed_pen(qtbot):
    """Qt strokes a dashed pen wider than a pixel into dash outlines before filling them: a
    noisy accuracy curve of 1,024 points took 90 ms a paint (4 ms at one pixel), which held up
    the live view several times a second. Every dashed curve is drawn one pixel wide."""
    import pyqtgraph as pg
    from PySide6.QtCore import Qt

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.clear([f"layer {i}" for i in range(LAYERS)], 100)
    curves = [item for plot in (plots.loss_plot, plots.grad_plot, plots.dead_plot)
              for item in plot.getPlotItem().items if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem))]
    curves += [item for item in plots.accuracy.view.addedItems if isinstance(item, pg.PlotCurveItem)]
    assert len(curves) >= 2 + 3 * LAYERS + 2
    for curve in curves:
        pen = curve.opts["pen"]
        pen = pen if not isinstance(pen, (tuple, str)) else pg.mkPen(pen)
        if pen.style() != Qt.PenStyle.SolidLine:
            assert pen.widthF() <= 1.0, curve


def test_the_boundary_new_steps_and_a_wider_axis_reach_the_plots_a_tick_apart(shown_plots, qtbot):
    """Each plot's repaint lands in a frame of its own: after new steps the loss plot is drawn
    at once, the decision boundary that arrives in the same frame only a tick (STAGGER_MS) later."""
    import numpy as np

    from netviz.engine.datasets import make_dataset
    from netviz.ui.plots import STAGGER_MS

    plots = shown_plots
    plots.show_dataset(make_dataset("circle", samples=40, seed=0))
    qtbot.wait(3 * STAGGER_MS)  # nothing queued: the next data are drawn at once
    plots.append(summaries(0, 10))
    plots.set_boundary(np.full((4, 4, 1), 0.25), (-1.0, 1.0, -1.0, 1.0))
    assert plots.curve_points()["loss"] == 10 and plots.boundary_image() is None

    def boundary_drawn() -> None:
        if plots.boundary_image() is None:
            raise AssertionError("the boundary waits for its turn")

    qtbot.waitUntil(boundary_drawn, timeout=2000)
    assert plots.curve_points() == {"loss": 10, "grad": 10 * LAYERS, "dead": 20 * LAYERS}  # the others came first


def test_each_layer_has_a_faint_curve_of_every_step_and_a_bright_average_over_it(shown_plots):
    from netviz.animation.smoothing import LogAverage

    plots = shown_plots
    plots.append(summaries(0, 30))
    plots.redraw_now()
    items = plots.grad_plot.getPlotItem().listDataItems()
    raw, lines = items[:LAYERS], items[LAYERS:2 * LAYERS]
    assert all(item.opts["pen"].color().alpha() < 128 for item in raw)
    assert all(item.opts["pen"].color().alpha() == 255 for item in lines)
    x, y = lines[0].getData()
    expected = LogAverage(LAYERS).extend([s.grad_norms for s in summaries(0, 30)])[:, 0]
    assert len(x) == 30 and np.allclose(y, np.log10(expected))  # the log axis holds log10


def test_the_gradient_plot_draws_log10_of_each_norm_and_a_gap_where_there_is_none(shown_plots):
    """The per-layer curves are bare PlotCurveItems (cheaper to update than PlotDataItems),
    which know no log mode: they are handed log10 of the norms, and a zero or NaN norm (which
    a log axis cannot show) is a gap, as pyqtgraph's own log mode made it."""
    import pyqtgraph as pg

    plots = shown_plots
    nan = float("nan")
    norms = [(1e-1, 1e-3, 1e-5)] * 8 + [(0.0, nan, 1e-5), (1e-1, 1e-3, 1e-5)]
    plots.append([StepSummary(step=s, loss=1.0, val_loss=None, grad_norms=n, dead_fractions=(0.0,) * LAYERS,
                              diverged=False) for s, n in enumerate(norms)])
    plots.redraw_now()
    curves = [item for item in plots.grad_plot.getPlotItem().items if isinstance(item, pg.PlotCurveItem)]
    assert len(curves) == 2 * LAYERS  # every step's norm, then the moving averages
    for layer, exponent in enumerate((-1.0, -3.0, -5.0)):
        x, y = curves[layer].getData()
        assert list(x) == list(range(10))
        expected = np.full(10, exponent)
        if layer < 2:
            expected[8] = np.nan  # step 8's norm is 0 (layer 0) or NaN (layer 1)
        np.testing.assert_allclose(y, expected)
        _, smooth = curves[LAYERS + layer].getData()
        np.testing.assert_allclose(smooth[np.isfinite(smooth)], exponent)  # the average of one value
    low, high = plots.grad_plot.getViewBox().viewRange()[1]  # log10, as the axis labels decades
    assert low <= -5.0 and -1.0 <= high <= 1.0


def test_presentation_keeps_the_loss_plots_large_title_in_a_new_language(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    title = plots.loss_plot.getPlotItem().titleLabel
    docked = title.opts.get("size")
    plots.show_only_one(True)
    presented = title.opts.get("size")
    assert presented != docked
    plots.retranslate()  # what a language change does (QEvent.LanguageChange)
    assert title.opts.get("size") == presented
    plots.show_only_one(False)
    plots.retranslate()
    assert title.opts.get("size") == docked


def test_paced_by_frames_each_frame_redraws_one_plot_and_nothing_between(shown_plots, qtbot):
    """In the window the frame loop paces the redraws: new data wait for its next frame, and
    each frame redraws the next plot, in order, however long it waits between frames."""
    from netviz.ui.plots import STAGGER_MS

    plots = shown_plots
    plots.pace_by_frames()
    plots.append(summaries(0, 10))
    qtbot.wait(3 * STAGGER_MS)  # the stagger timer no longer draws them
    assert plots.curve_points() == {"loss": 0, "grad": 0, "dead": 0}
    plots.frame()
    assert plots.curve_points() == {"loss": 10, "grad": 0, "dead": 0}
    qtbot.wait(3 * STAGGER_MS)
    plots.frame()
    assert plots.curve_points() == {"loss": 10, "grad": 10 * LAYERS, "dead": 0}
    plots.frame()
    assert plots.curve_points() == {"loss": 10, "grad": 10 * LAYERS, "dead": 20 * LAYERS}
    plots.append(summaries(10, 5))
    plots.frame()  # the loss first again, the others still showing the older steps
    assert plots.curve_points() == {"loss": 15, "grad": 10 * LAYERS, "dead": 20 * LAYERS}


def test_a_frame_redraws_nothing_unless_paced_by_frames(shown_plots, qtbot):
    from netviz.ui.plots import STAGGER_MS

    plots = shown_plots
    qtbot.wait(3 * STAGGER_MS)
    plots.append(summaries(0, 10))  # the loss at once (the stagger timer paces the others)
    plots.frame()
    assert plots.curve_points() == {"loss": 10, "grad": 0, "dead": 0}


def _x_ranges(qtbot, pace: float, seconds: float, first: int = 0) -> list[tuple[float, int, float]]:
    """Plots fed ``pace`` steps a second, appended every 0.5 s (as the window does while
    playing) on a clock of their own: (time, last step, x axes' last step) after each append."""
    t = [0.0]
    plots = TrainingPlots(clock=lambda: t[0])
    qtbot.addWidget(plots)
    plots.show()
    plots.clear([f"layer {i}" for i in range(LAYERS)], 100)
    out, step = [], first
    if first:
        plots.append(summaries(0, first))
    while t[0] < seconds:
        t[0] += 0.5
        n = max(1, round(pace * 0.5))
        plots.append(summaries(step, n))
        step += n
        out.append((t[0], step - 1, plots._shown_high))
    return out


def test_at_full_speed_the_x_axes_grow_for_seconds_ahead_never_past_twice_the_run(qtbot):
    """At thousands of steps a second the x axes make room for the next seconds (at most
    twice the last step): fewer new ranges (each a costly repaint of every plot), and the
    run always on the axes and filling at least half of them."""
    from netviz.ui.plots import GROWTH

    ranges = _x_ranges(qtbot, 6000, 60)
    assert all(high / 2 <= last <= high for _, last, high in ranges)
    changes = [t for (t, _, high), (_, _, before) in zip(ranges[1:], ranges) if high != before]
    assert len([t for t in changes if t <= 5]) <= 3, changes
    assert ranges[-1][2] <= GROWTH * ranges[-1][1] * 1.01  # later a quarter more, as at any pace


def test_at_a_slow_pace_or_after_a_saved_run_the_x_axes_show_a_quarter_more(qtbot):
    from netviz.ui.plots import GROWTH

    for t, last, high in _x_ranges(qtbot, 5, 60):
        if last > 100:
            assert high <= GROWTH * last * 1.05, (t, last, high)
    first = _x_ranges(qtbot, 5, 0.5, first=100_000)  # a saved run's steps, then a step at a time
    assert first[0][2] <= GROWTH * 100_000


def losses(start: int, values: list[float]) -> list[StepSummary]:
    return [StepSummary(step=start + i, loss=v, val_loss=None, grad_norms=(1e-3, 1e-4, 3e-6),
                        dead_fractions=(0.1,) * LAYERS, diverged=False) for i, v in enumerate(values)]


def test_the_loss_and_gradient_axes_keep_their_width_as_a_run_goes_on(shown_plots, qtbot):
    """A change of an axis's width lays its plot out again and paints it once more a frame
    later: at Play the loss plot's first labels (0.65 after the empty plot's 0.2) did it in
    the frame of the gradient plot's first redraw. Labels up to hundredths, narrower or
    wider, leave the axes as they were; a wider one widens the axis, for good, until a new run."""
    plots = shown_plots
    loss_axis = plots.loss_plot.getPlotItem().getAxis("left")
    grad_axis = plots.grad_plot.getPlotItem().getAxis("left")

    def painted_widths() -> tuple[float, float]:
        plots.redraw_now()
        plots.grab()  # the axes measure their labels as they paint
        qtbot.wait(20)  # the layout follows a width asked for
        return loss_axis.width(), grad_axis.width()

    start = painted_widths()
    step = 0
    for values in ([0.72, 0.65, 0.69], [2.5, 2.2, 1.1], [0.71, 0.74, 0.7]):  # labels 0.65, 0.70; 1, 2; 0.71 ...
        plots.append(losses(step, values * 10))
        step += 30
        assert painted_widths() == start, f"losses {values}"
    plots.append(losses(step, [2.5e264] * 10))  # a diverging run: its labels need more room
    wide = painted_widths()[0]
    assert wide > start[0]
    plots.append(losses(step + 10, [0.7] * 50))
    assert painted_widths()[0] == wide, "never narrower within the run"
    plots.clear([f"layer {i}" for i in range(LAYERS)], 100)
    assert painted_widths() == start, "a new run starts from the usual width"
