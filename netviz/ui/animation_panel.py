"""The step-animation panel: timeline slider, phase controls, speed, teach and continuous modes, captions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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

    def _build_step_buttons(self, outer: QVBoxLayout) -> None:
        row = QHBoxLayout()
        outer.addLayout(row)

        def icon(name: str) -> QIcon:
            # Qt's standard icons: a font may lack glyphs such as the pause sign (drawn as a box).
            return self.style().standardIcon(getattr(QStyle.StandardPixmap, name))

        self._icons = {"play": icon("SP_MediaPlay"), "pause": icon("SP_MediaPause")}

        def button(text: str, tip: str, slot: Callable[[], object], icon_name: str) -> QPushButton:
            b = QPushButton(icon(icon_name), text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.prev_step = button("step", "previous step  [", lambda: self.sigStep.emit(-1), "SP_MediaSeekBackward")
        self.prev_phase = button("phase", "previous phase  ← or ,", lambda: self.sigPhase.emit(-1),
                                 "SP_MediaSkipBackward")
        self.animate = QPushButton(self._icons["play"], "Animate step")
        self.animate.setCheckable(True)
        self.animate.setToolTip("play the phases of this step: forward, loss, backward, update  (A)")
        self.animate.toggled.connect(self._on_animate)
        row.addWidget(self.animate)
        self.next_phase = button("phase", "next phase  → or .", lambda: self.sigPhase.emit(+1), "SP_MediaSkipForward")
        self.next_step = button("step", "next step  ]", lambda: self.sigStep.emit(+1), "SP_MediaSeekForward")
        row.addStretch(1)

    def _build_options(self, outer: QVBoxLayout) -> None:
        # The options on a second row: one row of everything made the window at least 980 px wide.
        row = QHBoxLayout()
        outer.addLayout(row)
        row.addWidget(QLabel("speed"))
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}x", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: self.sigSpeed.emit(self.speed.itemData(i)))
        row.addWidget(self.speed)
        self.teach = QCheckBox("teach")
        self.teach.setToolTip("pause after each phase  (T)")
        self.teach.toggled.connect(self.sigTeach)
        row.addWidget(self.teach)
        self.continuous = QCheckBox("every")
        self.continuous.setToolTip("while training runs, animate every k-th step")
        self.every = QSpinBox()
        self.every.setRange(1, 10000)
        self.every.setValue(10)
        self.every.setSuffix(" steps")
        self.continuous.toggled.connect(lambda on: self.sigContinuous.emit(on, self.every.value()))
        self.every.valueChanged.connect(self._on_every)
        row.addWidget(self.continuous)
        row.addWidget(self.every)
        self.graph = QCheckBox("graph")
        self.graph.setToolTip("expand the focused node into its computational graph  (G)")
        self.graph.toggled.connect(self.sigGraph)
        row.addWidget(self.graph)
        row.addStretch(1)

    def _build_timeline(self, outer: QVBoxLayout) -> None:
        slider_row = QHBoxLayout()
        outer.addLayout(slider_row)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip("scrub through the recorded steps")
        self.slider.valueChanged.connect(self._on_slider)
        slider_row.addWidget(self.slider, 1)
        self.step_label = QLabel("no steps yet")
        slider_row.addWidget(self.step_label)
        self.live = QPushButton("Live")
        self.live.setToolTip("follow the newest step  (L)")
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

    def _on_animate(self, on: bool) -> None:
        self.animate.setText("Pause" if on else "Animate step")
        self.animate.setIcon(self._icons["pause" if on else "play"])
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

    def show_span(self, first: int | None, last: int | None, shown: int | None, live: bool) -> None:
        """The recorded steps (0-based, inclusive) and the one shown."""
        self._updating = True
        try:
            if first is None or last is None:
                self.slider.setRange(0, 0)
                self.step_label.setText("no steps yet")
            else:
                self.slider.setRange(first, last)
                if shown is not None:
                    self.slider.setValue(shown)
                text = f"step {shown + 1} of {last + 1}" if shown is not None else f"{last + 1} steps"
                if first > 0:
                    text += f" (from {first + 1})"
                self.step_label.setText(text)
            self.live.setChecked(live)
        finally:
            self._updating = False

    def show_playing(self, on: bool) -> None:
        self._updating = True
        self.animate.setChecked(on)
        self._updating = False

    def show_phase(self, label: str, caption: str, equation: tuple[str, ...]) -> None:
        self.phase_label.setText(label)
        self.caption.setText(caption)
        self.equation.setText("\n".join(equation))
