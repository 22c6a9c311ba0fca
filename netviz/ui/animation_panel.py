"""The step-animation panel: timeline slider, phase controls, speed, teach and continuous modes, captions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netviz.ui.steady_label import SteadyLabel

SPEEDS = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0]


class AnimationPanel(QWidget):
    """Buttons and the timeline; the main window owns the logic and calls ``show_*`` back."""

    sigAnimate = Signal(bool)  # play / pause the phases of the shown step
    sigPhase = Signal(int)  # -1 previous phase, +1 next phase
    sigStep = Signal(int)  # -1 previous step, +1 next step
    sigScrub = Signal(int)  # the timeline slider moved to this step (0-based)
    sigLive = Signal()  # follow the newest step again
    sigSpeed = Signal(float)
    sigTeach = Signal(bool)
    sigContinuous = Signal(bool, int)  # on, every k-th step
    sigGraph = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._updating = False  # the window is showing its state: the widgets' changes are not the user's
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        # One builder per row, top to bottom.
        self._build_step_buttons(outer)
        self._build_options(outer)
        self._build_timeline(outer)
        self._build_captions(outer)
        self._span: tuple[int | None, int | None, int | None] = (None, None, None)  # as show_span was told
        self.retranslate()

    def _build_step_buttons(self, outer: QVBoxLayout) -> None:
        row = QHBoxLayout()
        outer.addLayout(row)

        def icon(name: str) -> QIcon:
            # Qt's standard icons: a font may lack glyphs such as the pause sign (drawn as a box).
            return self.style().standardIcon(getattr(QStyle.StandardPixmap, name))

        self._icons = {"play": icon("SP_MediaPlay"), "pause": icon("SP_MediaPause")}

        def button(slot: Callable[[], object], icon_name: str) -> QPushButton:
            b = QPushButton(icon(icon_name), "")
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.prev_step = button(lambda: self.sigStep.emit(-1), "SP_MediaSeekBackward")
        self.prev_phase = button(lambda: self.sigPhase.emit(-1), "SP_MediaSkipBackward")
        self.animate = QPushButton(self._icons["play"], "")
        self.animate.setCheckable(True)
        self.animate.toggled.connect(self._on_animate)
        row.addWidget(self.animate)
        self.next_phase = button(lambda: self.sigPhase.emit(+1), "SP_MediaSkipForward")
        self.next_step = button(lambda: self.sigStep.emit(+1), "SP_MediaSeekForward")
        row.addStretch(1)

    def _build_options(self, outer: QVBoxLayout) -> None:
        # The options on a second row: one row of everything made the window at least 980 px wide.
        row = QHBoxLayout()
        outer.addLayout(row)
        self.speed_title = QLabel()
        row.addWidget(self.speed_title)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem("", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: self.sigSpeed.emit(self.speed.itemData(i)))
        row.addWidget(self.speed)
        self.teach = QCheckBox()
        self.teach.toggled.connect(self.sigTeach)
        row.addWidget(self.teach)
        self.continuous = QCheckBox()
        self.every = QSpinBox()
        self.every.setRange(1, 10000)
        self.every.setValue(10)
        self.continuous.toggled.connect(lambda on: self.sigContinuous.emit(on, self.every.value()))
        self.every.valueChanged.connect(self._on_every)
        row.addWidget(self.continuous)
        row.addWidget(self.every)
        self.graph = QCheckBox()
        self.graph.toggled.connect(self.sigGraph)
        row.addWidget(self.graph)
        row.addStretch(1)

    def _build_timeline(self, outer: QVBoxLayout) -> None:
        slider_row = QHBoxLayout()
        outer.addLayout(slider_row)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._on_slider)
        slider_row.addWidget(self.slider, 1)
        self.step_label = SteadyLabel()  # its width steady while the step count changes
        slider_row.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignVCenter)  # (its height is fixed too)
        self.live = QPushButton()
        self.live.setCheckable(True)
        self.live.setChecked(True)
        self.live.clicked.connect(self._on_live)
        slider_row.addWidget(self.live)

    def _build_captions(self, outer: QVBoxLayout) -> None:
        self.phase_label = QLabel("")
        bold = QFont(self.phase_label.font())
        bold.setBold(True)
        self.phase_label.setFont(bold)
        outer.addWidget(self.phase_label)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        outer.addWidget(self.caption)
        self.equation = QLabel("")
        self.equation.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.equation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.equation.setWordWrap(True)
        outer.addWidget(self.equation)
        outer.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_span"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word of the panel in the language installed now (keys stay in the tooltips)."""
        for b, text, tip in ((self.prev_step, self.tr("step"), self.tr("previous step  [")),
                             (self.prev_phase, self.tr("phase"), self.tr("previous phase  ← or ,")),
                             (self.next_phase, self.tr("phase"), self.tr("next phase  → or .")),
                             (self.next_step, self.tr("step"), self.tr("next step  ]"))):
            b.setText(text)
            b.setToolTip(tip)
        self._show_animate_text(self.animate.isChecked())
        self.animate.setToolTip(self.tr("play the phases of this step: forward, loss, backward, update  (A)"))
        self.speed_title.setText(self.tr("speed"))
        locale = QLocale()
        for i, s in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr("{factor}x").format(factor=locale.toString(s, "g", 3)))
        self.teach.setText(self.tr("teach"))
        self.teach.setToolTip(self.tr("pause after each phase  (T)"))
        self.continuous.setText(self.tr("every"))
        self.continuous.setToolTip(self.tr("while training runs, animate every k-th step"))
        self.every.setSuffix(self.tr(" steps"))
        self.graph.setText(self.tr("graph"))
        self.graph.setToolTip(self.tr("expand the focused node into its computational graph  (G)"))
        self.slider.setToolTip(self.tr("scrub through the recorded steps"))
        self.live.setText(self.tr("Live"))
        self.live.setToolTip(self.tr("follow the newest step  (L)"))
        self._show_step_label(*self._span)

    def _show_animate_text(self, on: bool) -> None:
        self.animate.setText(self.tr("Pause") if on else self.tr("Animate step"))
        self.animate.setIcon(self._icons["pause" if on else "play"])

    def _on_animate(self, on: bool) -> None:
        self._show_animate_text(on)
        if not self._updating:
            self.sigAnimate.emit(on)

    def _on_every(self, every: int) -> None:
        if self.continuous.isChecked():
            self.sigContinuous.emit(True, every)

    def _on_slider(self, value: int) -> None:
        if not self._updating:
            self.sigScrub.emit(value)

    def _on_live(self) -> None:
        self.live.setChecked(True)
        self.sigLive.emit()

    # ----- the window tells the panel what to show ----------------------------------

    def show_span(self, first: int | None, last: int | None, shown: int | None, live: bool,
                  label: bool = True) -> None:
        """The recorded steps (0-based, inclusive) and the one shown; ``label``: False leaves the
        step label's text as it is (the slider still follows)."""
        self._updating = True
        try:
            if first is None or last is None:
                self.slider.setRange(0, 0)
            else:
                self.slider.setRange(first, last)
                if shown is not None:
                    self.slider.setValue(shown)
            self._span = (first, last, shown)
            if label:
                self._show_step_label(first, last, shown)
            self.live.setChecked(live)
        finally:
            self._updating = False

    def _show_step_label(self, first: int | None, last: int | None, shown: int | None) -> None:
        if first is None or last is None:
            self.step_label.setText(self.tr("no steps yet"))
            self.step_label.fit()  # a new run: its counts start short again
            return
        locale = QLocale()
        numbers = {"shown": locale.toString(shown + 1) if shown is not None else "",
                   "last": locale.toString(last + 1), "first": locale.toString(first + 1)}
        if shown is not None:
            text = self.tr("step {shown} of {last} (from {first})") if first > 0 else self.tr("step {shown} of {last}")
        else:
            text = self.tr("%n step(s) (from {first})", "", last + 1) if first > 0 else self.tr("%n step(s)", "",
                                                                                                 last + 1)
        self.step_label.setText(text.format(**numbers))

    def show_playing(self, on: bool) -> None:
        self._updating = True
        self.animate.setChecked(on)
        self._updating = False

    def show_phase(self, label: str, caption: str, equation: tuple[str, ...]) -> None:
        self.phase_label.setText(label)
        self.caption.setText(caption)
        self.equation.setText("\n".join(equation))
