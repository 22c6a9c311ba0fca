"""The docked plots: loss, per-layer gradient norm, dead and saturated fractions, and the decision boundary."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QWidget

from netviz.animation.boundary import boundary_levels, boundary_values
from netviz.animation.envelope import Envelope
from netviz.animation.smoothing import SMOOTHING_STEPS, LogAverage
from netviz.engine.dataset_types import Dataset
from netviz.engine.summary_log import SummaryColumns
from netviz.engine.trainer import StepSummary
from netviz.render.theme import PRESENTATION_TEXT_PX, Theme
from netviz.ui.accuracy_plot import AccuracyAxis
from netviz.ui.loss_key import LossKey
from netviz.ui.plot_items import BoldCurve, DecadeAxis, layer_curve, log10_shown, point_brushes, steady_width
from netviz.ui.plot_ranges import decade_range, linear_range

PRESENTATION_PLOT_PX = PRESENTATION_TEXT_PX  # the plot beside the view in presentation mode
EMPTY_GRADIENT_DECADES = (-4.0, 0.0)  # log10 of the gradient plot's range before any step: 1e-4 .. 1
# Points per curve: an envelope of C buckets hands the plot at most 2C points. A plot of the
# dock is ~500 px wide: 256 buckets are about one point per pixel column for the per-layer
# curves (11-25 curves a plot, their paint cost most of the GUI thread's time), 512 for the loss.
LOSS_CAPACITY = 512
LAYER_CAPACITY = 256
# Every step's gradient norm is drawn faint, its moving average (animation.smoothing) bright:
# from batch to batch the norms jump by a decade, and the layers' spikes hid their order.
RAW_GRADIENT_ALPHA = 70
# New data reach the plots one plot per tick of this timer (a displayed frame), the decision
# boundary and a wider x axis included: each plot's repaint (5-25 ms under a training worker)
# then lands in a frame of its own instead of several in one frame, which made the live view
# miss frames twice a second. In the window the frame loop paces them instead (``frame``).
STAGGER_MS = 17
GROWTH = 1.25  # past the run's length, the x axes show a quarter more than the last step
# ... or, at full speed, room for AXIS_HOLD_S more of the run at its pace, at most twice the
# last step: at thousands of steps a second a quarter more lasted half a second, and each new
# x range costs every plot a repaint of 4-10 ms instead of 1-2 (its axis and grid drawn again):
# at 6,000 steps a second (the vanishing lesson), appended every 0.5 s (plot_feed), 7 new
# ranges in the first 5 s, 4 with the hold.
AXIS_HOLD_S = 2.0
MAX_GROWTH = 2.0
# The widest tick labels the loss and gradient axes make room for from a run's start
# (``steady_width``): the loss's ticks to hundredths (pyqtgraph's own start, 30 px at 14 px,
# is a pixel or two short of them; thousandths cost the loss plot a sixth of its width at
# 1024x768), the gradient's decades to 10^-4 written out (below, "10" and a superscript are
# narrower).
LOSS_LABEL = "0.00"
GRADIENT_LABEL = "0.0001"


def layer_colors(n_layers: int) -> list:
    """One colour per layer, dark purple at the input to yellow at the output (viridis)."""
    cmap = pg.colormap.get("viridis")
    return [cmap.map(0.15 + 0.8 * i / max(n_layers - 1, 1), mode="qcolor") for i in range(n_layers)]


def _style(plot: pg.PlotItem, font_px: int) -> None:
    """Fonts, grid and downsampling (the words are set by TrainingPlots.retranslate)."""
    font = QFont()
    font.setPixelSize(font_px)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font)
        axis.label.setFont(font)
        axis.enableAutoSIPrefix(False)  # "loss (x0.001)" helps no one
        # An axis (its tick labels and grid lines) kept as an image until its range changes:
        # replaying its drawing was the largest part of a plot's repaint (3x less CPU measured).
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.showGrid(x=True, y=True, alpha=0.25)
    # No downsampling or clipping to the view by pyqtgraph: the envelopes already bound the
    # points (see LOSS_CAPACITY), and with either on every change of the x range made every
    # curve process its data again.


class TrainingPlots(QWidget):
    """Four plots fed from the trainer's step summaries, appended as they arrive."""

    def __init__(self, parent: QWidget | None = None, font_px: int = 14,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._font_px = font_px
        self._only_one = False  # presentation mode: the loss plot alone, its words larger
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.loss_plot = pg.PlotWidget()
        self.grad_plot = pg.PlotWidget(axisItems={"left": DecadeAxis("left")})
        self.dead_plot = pg.PlotWidget()
        self.boundary_plot = pg.PlotWidget()
        # One row: the dock is wide and short; the boundary plot is square.
        for widget, stretch in ((self.loss_plot, 3), (self.grad_plot, 3), (self.dead_plot, 3), (self.boundary_plot, 2)):
            layout.addWidget(widget, stretch)
        for plot in (self.loss_plot, self.grad_plot, self.dead_plot):
            _style(plot.getPlotItem(), font_px)
        self._steady_widths()
        self.accuracy = AccuracyAxis(self.loss_plot, font_px)  # dashed, on the loss plot's right axis
        self.grad_plot.setLogMode(y=True)
        self._empty_gradient_range()
        self.dead_plot.setYRange(0, 1)
        bp = self.boundary_plot.getPlotItem()
        bp.setAspectLocked(True)
        for name in ("left", "bottom"):
            font = QFont()
            font.setPixelSize(font_px)
            bp.getAxis(name).setStyle(tickFont=font)
        self._pending_grid: tuple[np.ndarray, tuple[float, float, float, float]] | None = None
        self.key = LossKey(self.loss_plot, font_px)  # in the title row: never over the curves
        self._train_curve = BoldCurve(pen=pg.mkPen((90, 170, 255), width=2), name="training")
        self._val_curve = BoldCurve(pen=pg.mkPen((255, 140, 60), width=2), name="validation")
        for curve in (self._train_curve, self._val_curve):
            self.loss_plot.addItem(curve)  # and to the key
        self._cursors = []
        for plot in (self.loss_plot, self.grad_plot, self.dead_plot):
            pen = pg.mkPen((200, 200, 200, 120), width=1, style=Qt.PenStyle.DashLine)
            line = pg.InfiniteLine(angle=90, movable=False, pen=pen)
            line.setVisible(False)
            plot.addItem(line)
            self._cursors.append(line)
        self._boundary_image = pg.ImageItem()
        self._boundary_image.setColorMap(pg.colormap.get("CET-D1A"))
        bp.addItem(self._boundary_image)
        self._train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1))
        self._val_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k", width=1), symbol="t")
        bp.addItem(self._train_points)
        bp.addItem(self._val_points)
        self._grad_curves: list = []  # every step's norm, faint
        self._grad_lines: list = []  # their moving average (animation.smoothing), bright
        self._grad_average: LogAverage | None = None
        self._grads_smooth: Envelope | None = None
        self._dead_curves: list = []
        self._saturated_curves: list = []
        self._run_length = 0  # the x axis spans at least steps 0 .. the run's length
        self._shown_high = -1.0  # the x axes' last step shown (see _show_steps)
        self._grown: tuple[float, float] | None = None  # when the x axes last grew, and the step then
        self._x_applied: dict[pg.PlotWidget, float] = {}  # the last step each plot's x axis was given
        # Bounded envelopes: a frame's plotting cost does not grow with the run's length.
        self._loss = Envelope(2, LOSS_CAPACITY)
        self._grads: Envelope | None = None
        self._dead: Envelope | None = None
        self._saturated: Envelope | None = None
        self._task = "binary"
        self._two_d = True
        self._stale: list[pg.PlotWidget] = []  # plots whose curves lag their envelopes, redrawn in this order
        self._paced_by_frames = False  # the window's frames redraw the plots (frame), not the stagger timer
        # The loss and gradient plots' y ranges follow the data (see plot_ranges) until the
        # user zooms or pans one with the mouse; its "A" button or a new run lets them follow again.
        self._y_follows = {self.loss_plot: True, self.grad_plot: True}
        for plot in self._y_follows:
            plot.getViewBox().sigRangeChangedManually.connect(
                lambda _mask, plot=plot: self._y_follows.__setitem__(plot, False))
        self._stagger = QTimer(self)
        self._stagger.setSingleShot(True)
        self._stagger.setInterval(STAGGER_MS)
        self._stagger.timeout.connect(self._redraw_next)
        # The boundary picture: the output's kind (its scale), two colours or shades, the
        # validation ("test") points shown; the last grid, to draw again when these change.
        self._output = "sigmoid"
        self.discretize = False
        self.show_test = True
        self._last_grid: tuple[np.ndarray, tuple[float, float, float, float]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, axis labels, tooltips and the loss plot's key in the language installed now."""
        size = f"{self._font_px + 2}px"
        # A plot's title sets its smallest width (pyqtgraph): short titles keep four plots
        # within a 1024-px dock; the colour and line-style keys are in the tooltips.
        titles = ((self.loss_plot, self.tr("Loss"), self.tr("loss")),
                  # Layers are coloured dark (first hidden layer) to bright (output), as in the view.
                  (self.grad_plot, self.tr("Gradient norm per layer"), self.tr("norm")),
                  # Dead units solid, saturated units dashed: the same layer colour, told apart by the line.
                  (self.dead_plot, self.tr("Dead / saturated units"), self.tr("dead ——  saturated - -")))
        for widget, title, y_label in titles:
            item = widget.getPlotItem()
            # The loss plot alone (presentation mode) keeps its larger title in a new language.
            item.setTitle(title, size=f"{self._loss_px() + 2}px" if widget is self.loss_plot else size)
            item.setLabel("bottom", self.tr("step"))
            item.setLabel("left", y_label)
        self.boundary_plot.getPlotItem().setTitle(self.tr("Decision boundary"), size=size)
        steps = SMOOTHING_STEPS  # a plain name: lupdate reads only a name as the count
        self.grad_plot.setToolTip(self.tr(
            "Gradient norm per layer: the first hidden layer dark, the output bright. Each line is the average "
            "over about the last %n step(s); the faint lines behind are every step's norm", "", steps))
        self.dead_plot.setToolTip(self.tr("Dead / saturated units per layer: the fraction of dead units (solid) and "
                                          "of saturated units (dashed) of each layer, coloured as in the gradient "
                                          "plot"))
        self.key.set_words({id(self._train_curve): self.tr("training"), id(self._val_curve): self.tr("validation")})

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self, layer_names: list[str], run_length: int | None = None) -> None:
        """Start over for a network with these layers (first hidden layer first); the x axes
        show steps 0 .. ``run_length`` (kept from the last call if None) until the run goes past it."""
        for curve in (*self._grad_curves, *self._grad_lines):
            self.grad_plot.removeItem(curve)
        for curve in (*self._dead_curves, *self._saturated_curves):
            self.dead_plot.removeItem(curve)
        self._grad_curves, self._grad_lines, self._dead_curves, self._saturated_curves = [], [], [], []
        colors = layer_colors(len(layer_names))
        # One-pixel lines for the per-layer curves: Qt strokes wider (and dashed) lines as
        # polygons, 2-4x the paint time of 11-25 curves measured here (plot_cost); the loss keeps 2 px.
        for color in colors:
            faint = QColor(color)
            faint.setAlpha(RAW_GRADIENT_ALPHA)
            self._grad_curves.append(layer_curve(self.grad_plot, pg.mkPen(faint, width=1)))
        for color in colors:  # over every raw curve
            self._grad_lines.append(layer_curve(self.grad_plot, pg.mkPen(color, width=1)))
        for color in colors:
            self._dead_curves.append(layer_curve(self.dead_plot, pg.mkPen(color, width=1)))
            self._saturated_curves.append(layer_curve(self.dead_plot,
                                                       pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine)))
        self._loss = Envelope(2, LOSS_CAPACITY)
        self._grads = Envelope(len(layer_names), LAYER_CAPACITY)
        self._grads_smooth = Envelope(len(layer_names), LAYER_CAPACITY)
        self._grad_average = LogAverage(len(layer_names))
        self._dead = Envelope(len(layer_names), LAYER_CAPACITY)
        self._saturated = Envelope(len(layer_names), LAYER_CAPACITY)
        self._stale = []
        self._train_curve.setData([], [])
        self._val_curve.setData([], [])
        self.accuracy.clear_steps()
        for line in self._cursors:
            line.setVisible(False)
        if run_length is not None:
            self._run_length = max(1, run_length)
        self._shown_high = -1.0
        self._grown = None
        self._show_steps(0, now=True)
        # The loss and gradient axes forget the old run's range (a diverged run's 1e264), and
        # its labels' width. Auto range alone kept the old range until the new run's first step.
        self.loss_plot.setYRange(0, 1, padding=0)
        self.loss_plot.enableAutoRange(y=True)
        self._empty_gradient_range()
        self._steady_widths()

    def _steady_widths(self) -> None:
        """The loss and gradient axes' widths, kept as a run's ranges change (``steady_width``;
        the dead plot's range never changes)."""
        steady_width(self.loss_plot.getPlotItem().getAxis("left"), LOSS_LABEL)
        steady_width(self.grad_plot.getPlotItem().getAxis("left"), GRADIENT_LABEL)

    def _empty_gradient_range(self) -> None:
        """Decades of gradient norms until the first step's arrive: an empty log axis would show
        0 .. 1 (1 to 10), its minor labels crowded into one column. The auto range takes over
        with the first points (it keeps the range while there are none)."""
        self.grad_plot.setYRange(*EMPTY_GRADIENT_DECADES, padding=0)
        self.grad_plot.enableAutoRange(y=True)

    def _show_steps(self, last_step: float, now: bool = False) -> None:
        """The x axes: steps 0 .. the run's length; past it, a quarter more than the last step,
        or room for ``AXIS_HOLD_S`` more at the pace since the axes last grew (at most twice
        the last step), so that the axes change once in a while rather than with every append
        (a new x range makes each plot lay out and draw its axes again: most of a plot's
        paint). Each plot takes the new range when it is redrawn (staggered), or all at once
        with ``now``."""
        high = float(self._run_length)
        if last_step > high:
            high = self._shown_high if last_step <= self._shown_high else self._grow(last_step)
        if high == self._shown_high:
            return
        self._shown_high = high
        if now:
            for plot in (self.loss_plot, self.grad_plot, self.dead_plot):
                self._apply_x(plot)

    def _grow(self, last_step: float) -> float:
        """The x axes' new last step, past ``last_step`` (see ``_show_steps``)."""
        high = GROWTH * last_step
        now = self._clock()
        if self._grown is not None and now > self._grown[0]:
            pace = (last_step - self._grown[1]) / (now - self._grown[0])  # steps a second
            high = max(high, min(last_step + pace * AXIS_HOLD_S, MAX_GROWTH * last_step))
        self._grown = (now, last_step)
        return high

    def _apply_x(self, plot: pg.PlotWidget) -> None:
        if self._x_applied.get(plot) != self._shown_high:
            self._x_applied[plot] = self._shown_high
            plot.setXRange(0, self._shown_high, padding=0.02)

    def x_range(self) -> tuple[float, float]:
        """The steps the loss plot's x axis shows."""
        low, high = self.loss_plot.getViewBox().viewRange()[0]
        return float(low), float(high)

    @property
    def steps_plotted(self) -> int:
        """How many steps' summaries the plots hold (each step is plotted once)."""
        return self._loss.count

    def append(self, summaries: Sequence[StepSummary] | SummaryColumns) -> None:
        """New steps' summaries (a run's history slice, or its columns: see SummaryLog.columns)."""
        columns = summaries if isinstance(summaries, SummaryColumns) else SummaryColumns.of(summaries)
        if not len(columns) or self._grads is None or self._dead is None or self._saturated is None:
            return
        steps = columns.step
        self._loss.extend(steps, np.column_stack([columns.loss, columns.val_loss]))
        grads = columns.grad_norms.copy()
        # A log axis cannot show 0 or inf; NaN leaves a gap instead.
        grads[~np.isfinite(grads) | (grads <= 0)] = np.nan
        self._grads.extend(steps, grads)
        if self._grad_average is not None and self._grads_smooth is not None:
            # The averages stay logs (as the axis draws them): min and max commute with log10.
            self._grads_smooth.extend(steps, self._grad_average.extend_logs(log10_shown(grads)))
        self._dead.extend(steps, columns.dead_fractions)
        # A run saved before saturation was measured has none: NaN leaves no line.
        self._saturated.extend(steps, columns.saturated_fractions)
        self.accuracy.append(columns)
        if steps[-1] > self._run_length:
            self._show_steps(float(steps[-1]))
        self._queue(self.loss_plot, self.grad_plot, self.dead_plot)  # the loss now (unless a plot just was)

    def _queue(self, *plots: pg.PlotWidget) -> None:
        """These plots have new data: each is redrawn in turn, one a tick (see STAGGER_MS), the
        first at once unless a plot was redrawn within the last tick; or, paced by the window's
        frames, one a frame (``frame``)."""
        for plot in plots:
            if plot not in self._stale:
                self._stale.append(plot)
        if not self._paced_by_frames and not self._stagger.isActive():
            self._redraw_next()

    def pace_by_frames(self) -> None:
        """From now on the window's frame loop redraws the plots, one a frame (``frame``)."""
        self._paced_by_frames = True
        self._stagger.stop()

    def frame(self) -> None:
        """A frame of the window was handled: the next stale plot is redrawn now. Its repaint
        then follows the view's in the same turn of the event loop, with the rest of the frame
        free for it, instead of at a time of its own that drifts against the frames: a plot
        repaint after its axis grew (4-10 ms under a training worker) that began just before
        the frame timer was due held the frame back (tests/benchmarks/live_view.py, the first
        5 s of the vanishing lesson: timer lateness p99 median 6.7 ms over six runs, 3.6 ms
        paced by the frames)."""
        if self._paced_by_frames:
            self._redraw_next()

    def _redraw_next(self) -> None:
        """Hand the next stale plot that is shown its envelope's points; a hidden plot stays
        stale (nothing to paint) until it is shown again."""
        shown = [plot for plot in self._stale if plot.isVisible()]
        if not shown:
            return
        plot = shown[0]
        self._stale.remove(plot)
        self._redraw(plot)
        if not self._paced_by_frames:
            self._stagger.start()  # the next plot a tick later; new data meanwhile wait for it too

    def redraw_now(self) -> None:
        """Draw every stale plot that is shown now (benchmarks and tests; the window staggers them)."""
        self._stagger.stop()
        while any(plot.isVisible() for plot in self._stale):
            self._redraw_next()
        self._stagger.stop()

    def curve_points(self) -> dict[str, int]:
        """Points each plot hands its curves now, per plot ("loss", "grad", "dead")."""
        def total(curves: list) -> int:
            return int(sum(len(c.getData()[0]) if c.getData()[0] is not None else 0 for c in curves))
        return {"loss": total([self._train_curve, self._val_curve]), "grad": total(self._grad_curves),
                "dead": total(self._dead_curves + self._saturated_curves)}

    def _redraw(self, plot: pg.PlotWidget) -> None:
        assert self._grads is not None and self._dead is not None and self._saturated is not None
        if plot is self.boundary_plot:
            if self._pending_grid is not None:
                self._draw_boundary(*self._pending_grid)
                self._pending_grid = None
            return
        self._apply_x(plot)
        if plot is self.loss_plot:
            x, train = self._loss.points(0)
            self._train_curve.setData(x, np.where(np.isfinite(train), train, np.nan), connect="finite")
            x, val = self._loss.points(1)
            has_val = np.isfinite(val)  # validation is measured every eval_every steps only
            self._val_curve.setData(x[has_val], val[has_val])
            self._follow_y(plot, lambda shown: linear_range(np.concatenate([train, val]), shown))
        elif plot is self.grad_plot:
            norms = [self._grads.points(i) for i in range(len(self._grad_curves))]
            for curve, (x, y) in zip(self._grad_curves, norms):
                curve.setData(x, log10_shown(y), connect="finite")
            if self._grads_smooth is not None:
                for i, line in enumerate(self._grad_lines):
                    line.setData(*self._grads_smooth.points(i), connect="finite")  # logs already
            if norms:
                self._follow_y(plot, lambda shown: decade_range(np.concatenate([y for _, y in norms]), shown))
        else:
            for i, curve in enumerate(self._dead_curves):
                curve.setData(*self._dead.points(i))
            for i, curve in enumerate(self._saturated_curves):
                curve.setData(*self._saturated.points(i))

    def _follow_y(self, plot: pg.PlotWidget,
                  y_range: Callable[[tuple[float, float] | None], tuple[float, float] | None]) -> None:
        """Show ``y_range(the range shown)`` (log10 on a log axis; see plot_ranges) unless the
        user has zoomed or panned the plot (pyqtgraph's auto range, back on after its "A"
        button or a new run, means follow, from scratch)."""
        view = plot.getViewBox()
        low, high = view.targetRange()[1]
        shown: tuple[float, float] | None = (float(low), float(high))
        if view.autoRangeEnabled()[1]:
            self._y_follows[plot], shown = True, None
        wanted = y_range(shown) if self._y_follows[plot] else None
        if wanted is None:
            return
        if wanted != shown:  # the same range set again would still draw the axis again
            view.setYRange(*wanted, padding=0)
        view.enableAutoRange(y=False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Shown again (the dock, or presentation mode's other plots): draw what came meanwhile."""
        super().showEvent(event)
        self._queue()

    def _loss_px(self) -> int:
        """The loss plot's text size: in presentation mode as large as the view's (read from
        the back of the room)."""
        return max(self._font_px, PRESENTATION_PLOT_PX) if self._only_one else self._font_px

    def show_only_one(self, on: bool) -> None:
        """Presentation mode: the loss plot alone (beside the view, the other plots would be too small to read)."""
        for plot in (self.grad_plot, self.dead_plot, self.boundary_plot):
            plot.setVisible(not on and (plot is not self.boundary_plot or self._two_d))
        self._only_one = on
        px = self._loss_px()
        item = self.loss_plot.getPlotItem()
        font = QFont()
        font.setPixelSize(px)
        item.setTitle(item.titleLabel.text, size=f"{px + 2}px")
        # The right axis is the accuracy's: its words as large as the loss's on the left.
        sides = ("left", "bottom", "right")
        for name in sides:
            item.getAxis(name).setStyle(tickFont=font)
            item.getAxis(name).label.setFont(font)
        steady_width(item.getAxis("left"), LOSS_LABEL)  # room for the labels in the new size
        self.key.set_font_px(px)  # after setTitle: the title row fitted to the new sizes
        for name in sides:
            axis = item.getAxis(name)
            axis.setLabel(axis.labelText, axis.labelUnits, **{**axis.labelStyle, "font-size": f"{px}px"})
        self._queue()  # plots shown again draw the steps that came while they were hidden

    def set_theme(self, theme: Theme) -> None:
        """Background, axes, titles and the cursor lines in the theme's colours."""
        for widget in (self.loss_plot, self.grad_plot, self.dead_plot, self.boundary_plot):
            widget.setBackground(theme.background)
            item = widget.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(theme.muted_text))
                axis.setTextPen(pg.mkPen(theme.text))
            item.titleLabel.setText(item.titleLabel.text, color=theme.text)
        self.key.set_theme(theme)
        cursor = pg.mkColor(theme.text)
        cursor.setAlpha(140)
        self.accuracy.set_theme(theme)
        for line in self._cursors:
            line.setPen(pg.mkPen(cursor, width=1, style=Qt.PenStyle.DashLine))

    def set_cursor(self, step: int | None) -> None:
        for line in self._cursors:
            line.setVisible(step is not None)
            if step is not None:
                line.setValue(step)

    def show_dataset(self, dataset: Dataset) -> None:
        """Training points (circles) and validation points (triangles), for 2-D inputs."""
        self._task = dataset.task
        self._output = "linear" if dataset.task == "regression" else "sigmoid"  # until set_boundary_options says
        self.accuracy.set_shown(dataset.task != "regression")  # no classes, no accuracy
        two_d = self._two_d = dataset.n_inputs == 2
        self.boundary_plot.setVisible(two_d and self.grad_plot.isVisibleTo(self))
        if not two_d:
            return
        self._train_points.setData(pos=dataset.x_train, brush=point_brushes(dataset.task, dataset.y_train))
        self._val_points.setData(pos=dataset.x_val, brush=point_brushes(dataset.task, dataset.y_val))
        self._boundary_image.clear()
        self._last_grid = self._pending_grid = None
        x = np.concatenate([dataset.x_train, dataset.x_val])
        lo, hi = x.min(axis=0), x.max(axis=0)
        self.boundary_plot.setRange(xRange=(lo[0], hi[0]), yRange=(lo[1], hi[1]), padding=0.05)

    def set_boundary(self, grid_outputs: np.ndarray | None, extent: tuple[float, float, float, float]) -> None:
        """Draw the network's first output over the input plane; extent = (x0, x1, y0, y1): at
        once, or in its turn if another plot was just redrawn (see STAGGER_MS)."""
        if grid_outputs is None:
            return
        self._pending_grid = (grid_outputs, extent)
        self._queue(self.boundary_plot)

    def _draw_boundary(self, grid_outputs: np.ndarray, extent: tuple[float, float, float, float]) -> None:
        self._last_grid = (grid_outputs, extent)
        # Probabilities live in [0, 1]; tanh and regression outputs are shown on playground's [-1, 1].
        values = boundary_values(grid_outputs, self._output, self.discretize)
        levels = boundary_levels(self._output)
        x0, x1, y0, y1 = extent
        # ImageItem's first axis is x; the grid's rows are y.
        self._boundary_image.setImage(values.T, levels=levels, autoLevels=False)
        self._boundary_image.setRect(x0, y0, x1 - x0, y1 - y0)

    def set_boundary_options(self, *, output: str | None = None, discretize: bool | None = None,
                             show_test: bool | None = None) -> None:
        """The boundary picture's output kind (its colour scale), Playground's "Discretize
        output" (two colours) and "Show test data" (the validation points); redrawn at once."""
        if output is not None:
            self._output = output
        if discretize is not None:
            self.discretize = discretize
        if show_test is not None:
            self.show_test = show_test
            self._val_points.setVisible(show_test)
        grid = self._pending_grid or self._last_grid
        if grid is not None:
            self._pending_grid = None
            self._draw_boundary(*grid)

    @property
    def validation_points_shown(self) -> bool:
        return self._val_points.isVisible()

    def boundary_image(self) -> np.ndarray | None:
        """The values the boundary picture shows, (x, y) as drawn (None before the first grid)."""
        image = self._boundary_image.image
        return None if image is None else np.asarray(image)
