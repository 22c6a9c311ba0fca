"""The main window: the network view in the middle, controls, plots and inspector docked around it."""

from __future__ import annotations

import sys
import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from netviz.animation.choreography import scene_at, settled_scene
from netviz.animation.options import SceneOptions
from netviz.animation.phases import TimingSettings, phases_of, schedule
from netviz.animation.playhead import Playhead
from netviz.animation.scene import GRADIENT_LOG_RANGE, adaptive_gradient_range
from netviz.engine.trace import StepTrace
from netviz.engine.lessons import Lesson, LessonError, find_lesson, lesson_names
from netviz.engine.spec import OptimizerSpec
from netviz.engine.trainer import Trainer
from netviz.render.renderer import NetworkRenderer
from netviz.render.theme import DARK
from netviz.ui.animation_panel import AnimationPanel
from netviz.ui.controls import LIVE_TRAINING_FIELDS, ControlPanel
from netviz.ui import export_dialog
from netviz.ui.inspector import Inspector
from netviz.ui.network_view import NetworkView
from netviz.ui.plots import TrainingPlots
from netviz.ui.worker import Snapshot, WorkerHandle

FRAME_MS = 16  # the GUI reads the worker's mailbox once per displayed frame


def layer_names(snapshot: Snapshot) -> list[str]:
    return [f"hidden {i + 1}" for i in range(len(snapshot.network_spec.hidden))] + ["output"]


def heatmaps_from_grid(grid_layers: tuple[np.ndarray, ...]) -> list[np.ndarray]:
    """(G, G, n) grids per column -> (n, G, G) images, x2 growing upward, each column's
    range stretched to [-1, 1] (sigmoid and ReLU outputs are never negative, and a picture
    in one colour shows nothing)."""
    maps = []
    for grid in grid_layers:
        images = np.moveaxis(grid[::-1], 2, 0)  # grid rows follow x2 upward; image rows go down
        finite = images[np.isfinite(images)]
        if finite.size == 0:
            maps.append(images)
            continue
        lo, hi = float(finite.min()), float(finite.max())
        half = (hi - lo) / 2
        maps.append((images - (lo + hi) / 2) / half if half > 0 else np.zeros_like(images))
    return maps


class MainWindow(QMainWindow):
    def __init__(self, lesson: str = "vanishing", fix: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("netviz")
        self.lesson: Lesson = find_lesson(lesson)
        if fix:
            self.lesson = self.lesson.with_fix(fix)
        self.snapshot: Snapshot | None = None
        self.display = {"nodes": "gradient", "edges": "weight", "scale": "fixed"}
        self.focus: tuple[int, int] | None = None
        self._adaptive_range = GRADIENT_LOG_RANGE
        self._last_seq = -1
        self._plotted = 0
        self._generation = 0  # the newest generation asked of the worker; older snapshots are stale
        self._shown_generation = -1
        self._banner: str | None = None
        self.last_error: str | None = None  # the worker's last error message, if any
        # The step animation: which recorded step is shown (None: the newest, live), whether
        # the view shows its phases, and the playhead through them.
        self.pinned: int | None = None
        self.phase_view = False
        self.show_graph = False
        self.continuous_every: int | None = None
        self._continuous_step: int | None = None  # the step continuous mode animated last
        self.timing = TimingSettings()
        self.playhead = Playhead()
        self._shown_trace: StepTrace | None = None
        self._last_tick = time.monotonic()

        self.renderer = NetworkRenderer(DARK)
        self.view = NetworkView(self.renderer)
        self.setCentralWidget(self.view)
        titles = {name: find_lesson(name).title for name in lesson_names()}
        self.controls = ControlPanel(titles)
        self.controls.setMinimumWidth(430)
        self.plots = TrainingPlots()
        self.inspector = Inspector()
        self.inspector.setMinimumWidth(340)
        self.controls_dock = self._dock("Controls", self.controls, Qt.LeftDockWidgetArea)
        self.plots_dock = self._dock("Plots", self.plots, Qt.BottomDockWidgetArea)
        self.inspector_dock = self._dock("Inspector", self.inspector, Qt.RightDockWidgetArea)
        self.animation = AnimationPanel()
        self.animation_dock = self._dock("Step animation", self.animation, Qt.BottomDockWidgetArea)
        self.tabifyDockWidget(self.plots_dock, self.animation_dock)
        self.plots_dock.raise_()
        self.resizeDocks([self.controls_dock], [380], Qt.Horizontal)
        self.resizeDocks([self.plots_dock], [300], Qt.Vertical)
        self._build_actions()
        self._connect_controls()
        self.controls.load(self.lesson)

        # The first Trainer is built here, before the window shows; every later one is built
        # by the worker (a transfer lesson pre-trains while building, and the GUI never trains).
        self.worker = WorkerHandle(self.lesson.build())
        self.worker.worker.sigStopped.connect(self._on_stopped)
        self.worker.worker.sigError.connect(self._on_worker_error)
        # Let the GUI thread take the GIL back quickly from the busy worker (measured: lower p99 lateness).
        sys.setswitchinterval(0.001)
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.timeout.connect(self._on_frame)
        self.frame_timer.start()
        self.statusBar().showMessage(f"{self.lesson.title}: press Play (Space) or Step (S)")

    # ----- construction -------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        menus = {
            "&File": (
                ("Export animation…", ("Ctrl+E",), self.export_animation),
                ("Export current frame…", ("Ctrl+Shift+E",), self.export_current_frame),
            ),
            "&Training": (
                ("Play / pause", ("Space",), lambda: self.controls.play_button.toggle()),
                ("Single step", ("S",), self.step_once),
                ("Reset", ("R",), self.reset),
            ),
            "&Animation": (
                ("Animate the step / pause", ("A",), lambda: self.animation.animate.toggle()),
                ("Next phase", ("Right", "."), lambda: self.move_phase(+1)),
                ("Previous phase", ("Left", ","), lambda: self.move_phase(-1)),
                ("Next step", ("]",), lambda: self.move_step(+1)),
                ("Previous step", ("[",), lambda: self.move_step(-1)),
                ("Teach mode", ("T",), lambda: self.animation.teach.toggle()),
                ("Computational graph", ("G",), lambda: self.animation.graph.toggle()),
                ("Live: the newest step", ("L",), self.go_live),
            ),
        }
        for title, entries in menus.items():
            menu = self.menuBar().addMenu(title)
            for text, keys, slot in entries:
                act = QAction(text, self)
                act.setShortcuts([QKeySequence(k) for k in keys])
                # Text fields keep the keys they type (they claim them first); elsewhere they act.
                act.setShortcutContext(Qt.ApplicationShortcut)
                act.triggered.connect(slot)
                menu.addAction(act)
                self.addAction(act)

    def _connect_controls(self) -> None:
        c = self.controls
        c.sigLessonChosen.connect(self.load_lesson)
        c.sigFixChosen.connect(self.apply_fix)
        c.sigChange.connect(self.change_setting)
        c.sigPlay.connect(self.set_playing)
        c.sigStep.connect(self.step_once)
        c.sigReset.connect(self.reset)
        c.sigSpeed.connect(self.set_speed)
        c.sigDisplay.connect(self.set_display)
        self.view.sigNodeHovered.connect(self._on_hover)
        self.view.sigNodeClicked.connect(self.set_focus)
        a = self.animation
        a.sigAnimate.connect(self.set_animating)
        a.sigPhase.connect(self.move_phase)
        a.sigStep.connect(self.move_step)
        a.sigScrub.connect(self.scrub_to)
        a.sigLive.connect(self.go_live)
        a.sigSpeed.connect(self.playhead.set_speed)
        a.sigTeach.connect(self.set_teach)
        a.sigContinuous.connect(self.set_continuous)
        a.sigGraph.connect(self.set_graph)

    # ----- runs ---------------------------------------------------------------------

    def open_saved_run(self, lesson: Lesson, trainer: Trainer) -> None:
        """Continue a saved run (`netviz open`): its lesson and settings, its Trainer as it was saved."""
        self._restart(lesson, trainer)

    def _restart(self, lesson: Lesson, trainer: Trainer | None = None) -> None:
        """A fresh Trainer for this lesson, built by the worker (or ``trainer``); the view follows its first snapshot."""
        self.lesson = lesson
        self._generation += 1
        self.worker.reset(lesson.build if trainer is None else trainer)
        self.controls.load(lesson)
        self.controls.set_playing(False)
        self._banner = None
        self.focus = None
        self.pinned = None
        self.phase_view = False
        self.playhead.pause()
        self.animation.show_playing(False)
        self.statusBar().showMessage(f"{lesson.title}: press Play (Space) or Step (S)")

    def load_lesson(self, name: str) -> None:
        try:
            self._restart(find_lesson(name))
        except LessonError as exc:
            self._report(str(exc))

    def apply_fix(self, fix: str) -> None:
        base = find_lesson(self.lesson.name)
        self._restart(base.with_fix(fix) if fix else base)

    def reset(self) -> None:
        self._restart(self.lesson)

    def change_setting(self, table: str, changes: dict) -> None:
        try:
            if table == "seed":
                lesson = self.lesson.with_changes(seed=changes["seed"])
            else:
                lesson = self.lesson.with_changes(**{table: changes})
        except LessonError as exc:
            self._report(f"{exc.field}: {exc.reason}")
            self.controls.load(self.lesson)  # show the settings that are really in force
            return
        if not self._is_live_change(table, changes):
            self._restart(lesson)
            return
        self.lesson = lesson
        train = lesson.train_spec()
        hidden = lesson.network["hidden"]
        rates = lesson.network.get("dropout", 0.0)
        rates = rates if isinstance(rates, list) else [rates] * len(hidden)
        self.worker.apply(LiveSettings(train.optimizer, train.batch_size, [float(r) for r in rates]))
        self.statusBar().showMessage("applied from the next step", 3000)

    def _is_live_change(self, table: str, changes: dict) -> bool:
        """Learning rate, optimizer, regularization, batch size and dropout change between steps."""
        if table == "training":
            return set(changes) <= LIVE_TRAINING_FIELDS
        if table != "network":
            return False
        current = self.lesson.network
        n = len(current["hidden"])
        for key, value in changes.items():
            if key == "dropout":
                continue
            old = current.get(key)
            if isinstance(value, list) and not isinstance(old, list):
                old = [old] * n if old is not None else None
                if key == "hidden":
                    old = current["hidden"]
            if old is not None and value != old:
                return False
        return True

    @property
    def stopped_reason(self) -> str | None:
        return self.snapshot.stop_reason if self.snapshot is not None else None

    def set_playing(self, on: bool) -> None:
        if on and self.stopped_reason:
            self.controls.set_playing(False)
            self._report(f"Training has stopped ({self.stopped_reason}). Reset or pick a fix.")
            return
        if on:
            self.worker.play()
        else:
            self.worker.pause()

    def run_steps(self, steps: int) -> None:
        """Train until this generation has done ``steps`` steps, then pause (the --steps option)."""
        self.controls.set_playing(True)
        self.worker.play(until=steps)

    def run_finished(self, steps: int) -> bool:
        """The view shows the step ``steps`` (or training stopped before it)."""
        snap = self.snapshot
        if snap is None or snap.generation != self._generation or snap.playing:
            return False
        return snap.steps_done >= steps or snap.stop_reason is not None

    @property
    def steps_shown(self) -> int:
        return self.snapshot.steps_done if self.snapshot is not None else 0

    def step_once(self) -> None:
        if self.stopped_reason:
            self._report(f"Training has stopped ({self.stopped_reason}). Reset or pick a fix.")
            return
        self.controls.set_playing(False)
        self.worker.step_once()

    def set_speed(self, steps_per_second: float) -> None:
        self.worker.set_speed(steps_per_second or None)

    # ----- frames -------------------------------------------------------------------

    def _on_frame(self) -> None:
        now = time.monotonic()
        dt, self._last_tick = now - self._last_tick, now
        changed = self._take_snapshot()
        if self.playhead.playing:
            finished = self.playhead.advance(dt)
            changed = True
            if not self.playhead.playing:
                self.animation.show_playing(False)
            if finished and self.continuous_every:
                self._continue_training()
        elif self.continuous_every and self._continuous_ready():
            self._animate_latest()
            changed = True
        if changed:
            self.refresh_scene()

    def _take_snapshot(self) -> bool:
        snap = self.worker.take_if_newer(self._last_seq)
        if snap is None:
            return False
        self._last_seq = snap.seq
        if snap.generation < self._generation:
            return False  # from a trainer that a reset has already replaced
        if snap.generation != self._shown_generation:
            self._shown_generation = snap.generation
            self._plotted = 0
            self.plots.clear(layer_names(snap))
            self.plots.show_dataset(snap.dataset)
        self.snapshot = snap
        if snap.history_len > self._plotted:
            self.plots.append(snap.history[self._plotted : snap.history_len])
            self._plotted = snap.history_len
        if snap.grid_outputs is not None:
            self.plots.set_boundary(snap.grid_outputs, snap.grid_extent)
        rate = f" · {snap.steps_per_second:,.0f} steps/s" if snap.playing else ""
        self.controls.status.setText(f"step {snap.steps_done}{rate}")
        if not self.continuous_every:
            self.controls.set_playing(snap.playing)
        span = snap.recorded.span()
        self.animation.show_span(*(span or (None, None)), self.shown_step(), self.pinned is None)
        return True

    # ----- which step is shown, and its animation ----------------------------------

    def shown_step(self) -> int | None:
        """The 0-based step shown: the pinned one, else the newest."""
        if self.pinned is not None:
            return self.pinned
        if self.snapshot is not None and self.snapshot.trace is not None:
            return self.snapshot.trace.step
        return None

    def _trace_shown(self) -> StepTrace | None:
        snap = self.snapshot
        if snap is None:
            return None
        if self.pinned is None:
            return snap.trace
        trace = snap.recorded.get(self.pinned)
        if trace is None:  # evicted from the history: show the oldest still recorded
            span = snap.recorded.span()
            if span is None:
                return snap.trace
            self.pinned = max(self.pinned, span[0])
            trace = snap.recorded.get(self.pinned)
        return trace

    def _pin(self, step: int | None) -> None:
        self.pinned = step
        trace = self._trace_shown()
        if trace is not None and self.phase_view:
            self.playhead.load(schedule(phases_of(trace), self.timing))
        self.plots.set_cursor(self.shown_step() if self.pinned is not None else None)
        snap = self.snapshot
        if snap is not None:
            span = snap.recorded.span()
            self.animation.show_span(*(span or (None, None)), self.shown_step(), self.pinned is None)
        self.refresh_scene()

    def scrub_to(self, step: int) -> None:
        self.controls.set_playing(False)
        self.worker.pause()
        self._pin(step)

    def move_step(self, delta: int) -> None:
        snap = self.snapshot
        current = self.shown_step()
        if snap is None or current is None:
            return
        span = snap.recorded.span()
        if span is None:
            return
        self.scrub_to(min(max(current + delta, span[0]), span[1]))

    def go_live(self) -> None:
        self.phase_view = False
        self.playhead.pause()
        self.animation.show_playing(False)
        self._pin(None)

    def _enter_phase_view(self) -> None:
        """Show the phases of the shown step (pinning it, so that training cannot move it on)."""
        trace = self._trace_shown()
        if trace is None:
            return
        if self.pinned is None:
            self.controls.set_playing(False)
            self.worker.pause()
            self.pinned = trace.step
        if not self.phase_view or self.playhead.timeline is None:
            self.phase_view = True
            self.playhead.load(schedule(phases_of(trace), self.timing), keep_phase=False)
        self._pin(self.pinned)

    def set_animating(self, on: bool) -> None:
        if on:
            self._enter_phase_view()
            if self.phase_view:
                self.playhead.play()
                self._last_tick = time.monotonic()
        else:
            self.playhead.pause()
        self.animation.show_playing(self.playhead.playing)
        self.refresh_scene()

    def move_phase(self, delta: int) -> None:
        self._enter_phase_view()
        (self.playhead.next_phase if delta > 0 else self.playhead.previous_phase)()
        self.refresh_scene()

    def set_teach(self, on: bool) -> None:
        self.playhead.teach = on

    def set_graph(self, on: bool) -> None:
        self.show_graph = on
        self.refresh_scene()

    def set_continuous(self, on: bool, every: int) -> None:
        """While training runs, stop every ``every`` steps and animate that step."""
        self.continuous_every = every if on else None
        if on:
            self.go_live()
            self._continue_training()
        else:
            self.worker.pause()
            self.controls.set_playing(False)

    def _continue_training(self) -> None:
        done = self.snapshot.steps_done if self.snapshot is not None else 0
        if self.stopped_reason:
            return
        target = (done // self.continuous_every + 1) * self.continuous_every
        self.pinned = None
        self.phase_view = False
        self.controls.set_playing(True)
        self.worker.play(until=target)

    def _continuous_ready(self) -> bool:
        snap = self.snapshot
        return (snap is not None and not snap.playing and snap.trace is not None and self.pinned is None
                and snap.steps_done % self.continuous_every == 0 and snap.generation == self._generation
                and snap.trace.step != self._continuous_step)

    def _animate_latest(self) -> None:
        self._continuous_step = self.snapshot.trace.step
        self._enter_phase_view()
        self.playhead.load(self.playhead.timeline, keep_phase=False)
        self.playhead.play()
        self.animation.show_playing(True)
        self._last_tick = time.monotonic()

    def refresh_scene(self) -> None:
        trace = self._trace_shown()
        if trace is None:
            self.view.set_scene(None)
            return
        kw = {}
        node_quantity = "activation" if self.display["nodes"] == "activation" else "gradient"
        if self.display["scale"] == "adaptive" and self.display["nodes"] != "activation":
            lo, hi = adaptive_gradient_range(trace)
            old_lo, old_hi = self._adaptive_range
            # Widen at once, narrow slowly, so that colours do not flicker from step to step.
            self._adaptive_range = (min(lo, old_lo + 0.05), max(hi, old_hi - 0.05))
            kw["node_range"] = self._adaptive_range
        snap = self.snapshot
        if self.display["nodes"] == "heatmap" and snap.grid_layers is not None and self.pinned is None:
            # Maps are stretched to [-1, 1] per layer; the colour bar shows that scale.
            kw["heatmaps"] = heatmaps_from_grid(snap.grid_layers)
            kw["node_range"] = (-1.0, 1.0)
            node_quantity = "activation"
        common = dict(title=self.lesson.title, banner=self._banner, **kw)
        if self.phase_view and self.playhead.timeline is not None:
            index, progress = self.playhead.position
            options = SceneOptions(
                focus=self.focus if self.focus is not None else "auto", graph=self.show_graph,
                node_quantity=None if self.display["nodes"] == "gradient" else node_quantity,
                edge_quantity=self.display["edges"], caption=" ".join(self.lesson.caption.split()), **common,
            )
            scene = scene_at(trace, index, progress, options, phases=self.playhead.timeline.phases, settings=self.timing)
            self.animation.show_phase(scene.phase_label, scene.phase_caption, scene.equation)
        else:
            scene = settled_scene(trace, SceneOptions(
                node_quantity=node_quantity, edge_quantity=self.display["edges"],
                caption=" ".join(self.lesson.caption.split()), focus=self.focus, **common,
            ))
            self.animation.show_phase("", "Live: the newest step, settled. Press A to animate it phase by phase.", ())
        self.view.set_scene(scene)
        if self.focus is not None:
            self._inspect(self.focus)

    def set_display(self, key: str, value: str) -> None:
        self.display[key] = value
        if key == "scale":
            self._adaptive_range = GRADIENT_LOG_RANGE
        if key == "nodes":
            self.worker.set_layer_maps(value == "heatmap")
        self.refresh_scene()

    def set_focus(self, node: tuple[int, int]) -> None:
        self.focus = node
        self._inspect(node)
        self.refresh_scene()

    def _on_hover(self, node) -> None:
        if node is not None:
            self._inspect(node)

    def _inspect(self, node: tuple[int, int]) -> None:
        trace = self._trace_shown()
        if trace is not None:
            self.inspector.show_node(trace, *node)

    # ----- stopping and errors ------------------------------------------------------

    def _on_stopped(self, reason: str) -> None:
        self.controls.set_playing(False)
        if "diverged" in reason:
            fixes = ", ".join(fix.title for fix in find_lesson(self.lesson.name).fixes.values())
            self._banner = f"{reason[0].upper()}{reason[1:]}." + (f" Try: {fixes}." if fixes else "")
            self.refresh_scene()
        self.statusBar().showMessage(reason)

    def _on_worker_error(self, message: str) -> None:
        self.last_error = message
        self._report(message)

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def export_animation(self):
        """File > Export animation…: the export dialog (None if an export is running)."""
        return export_dialog.export_animation(self)

    def export_current_frame(self):
        """File > Export current frame…: the view's frame as PNG or SVG."""
        return export_dialog.export_current_frame(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        export_dialog.shutdown_exports(self)  # cancels a running export and joins its thread
        self.frame_timer.stop()
        self.worker.shutdown(timeout_s=1.0)
        super().closeEvent(event)


class LiveSettings:
    """Settings that change between steps, applied by the worker thread to its Trainer."""

    def __init__(self, optimizer: OptimizerSpec, batch_size: int, dropout: list[float]):
        self.optimizer, self.batch_size, self.dropout = optimizer, batch_size, dropout

    def __call__(self, trainer: Trainer) -> None:
        trainer.set_optimizer(self.optimizer)
        trainer.set_batch_size(self.batch_size)
        for index, rate in enumerate(self.dropout):
            trainer.network.set_dropout(index, rate)
