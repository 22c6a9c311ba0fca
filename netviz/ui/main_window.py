"""The main window: the network view in the middle, controls, plots and inspector docked around it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from netviz.animation.scene import GRADIENT_LOG_RANGE, scene_from_trace
from netviz.engine.lessons import Lesson, LessonError, find_lesson, lesson_names
from netviz.engine.trace import StepTrace
from netviz.render.renderer import NetworkRenderer
from netviz.render.theme import DARK
from netviz.ui.controls import LIVE_TRAINING_FIELDS, ControlPanel
from netviz.ui.inspector import Inspector
from netviz.ui.network_view import NetworkView
from netviz.ui.plots import TrainingPlots
from netviz.ui.worker import Snapshot, WorkerHandle

FRAME_MS = 16  # the GUI reads the worker's mailbox once per displayed frame


class MainWindow(QMainWindow):
    def __init__(self, lesson: str = "vanishing", fix: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("netviz")
        self.settings = QSettings("netviz", "netviz")
        self.lesson: Lesson = find_lesson(lesson)
        if fix:
            self.lesson = self.lesson.with_fix(fix)
        self.trace: StepTrace | None = None
        self.display = {"nodes": "gradient", "edges": "weight", "scale": "fixed"}
        self.focus: tuple[int, int] | None = None
        self._adaptive_range = GRADIENT_LOG_RANGE
        self._last_seq = -1
        self._plotted = 0
        self._generation = -1
        self._banner: str | None = None

        self.renderer = NetworkRenderer(DARK)
        self.view = NetworkView(self.renderer)
        self.setCentralWidget(self.view)
        titles = {name: find_lesson(name).title for name in lesson_names()}
        self.controls = ControlPanel(titles)
        self.plots = TrainingPlots()
        self.inspector = Inspector()
        self._dock("Controls", self.controls, Qt.LeftDockWidgetArea)
        self._dock("Plots", self.plots, Qt.BottomDockWidgetArea)
        self._dock("Inspector", self.inspector, Qt.RightDockWidgetArea)
        self._build_actions()
        self._connect_controls()

        self.trainer = self.lesson.build()
        self.worker = WorkerHandle(self.trainer)
        self.worker.worker.sigStopped.connect(self._on_stopped)
        self.worker.worker.sigError.connect(self._on_worker_error)
        self._start_run()

        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.timeout.connect(self._on_frame)
        self.frame_timer.start()

    # ----- construction -------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        def action(text, shortcut, slot):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.play_action = action("Play/Pause", "Space", lambda: self.controls.play_button.toggle())
        self.step_action = action("Step", "S", self.worker_step)
        self.reset_action = action("Reset", "R", self.reset)
        menu = self.menuBar().addMenu("&Training")
        for act in (self.play_action, self.step_action, self.reset_action):
            menu.addAction(act)

    def _connect_controls(self) -> None:
        c = self.controls
        c.sigLessonChosen.connect(self.load_lesson)
        c.sigFixChosen.connect(self.apply_fix)
        c.sigChange.connect(self.change_setting)
        c.sigPlay.connect(self.set_playing)
        c.sigStep.connect(self.worker_step)
        c.sigReset.connect(self.reset)
        c.sigSpeed.connect(lambda sps: self.worker.worker.set_speed(sps or None))
        c.sigDisplay.connect(self.set_display)
        self.view.sigNodeHovered.connect(lambda node: node is not None and self._inspect(node))
        self.view.sigNodeClicked.connect(self.set_focus)

    # ----- runs ---------------------------------------------------------------------

    def _start_run(self) -> None:
        """Show the current lesson's settings and clear the plots for a fresh trainer."""
        self.controls.load(self.lesson)
        self.controls.set_playing(False)
        self._banner = None
        self.trace = None
        self.focus = None
        self.plots.clear([lay.name for lay in self.trainer.network.layers])
        self.plots.show_dataset(self.trainer.dataset)
        self._plotted = 0
        self.statusBar().showMessage(f"{self.lesson.title}: press Play (Space) or Step (S)")

    def _restart(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.trainer = lesson.build()
        self.worker.worker.reset(self.trainer)
        self._start_run()

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
            self._report(exc.field + ": " + exc.reason)
            self.controls.load(self.lesson)  # show the settings that are really in force
            return
        live = (table == "training" and set(changes) <= LIVE_TRAINING_FIELDS) or (
            table == "network" and self._only_dropout_changed(changes))
        if not live:
            self._restart(lesson)
            return
        self.lesson = lesson
        optimizer = lesson.train_spec().optimizer
        batch_size = lesson.train_spec().batch_size
        dropout = lesson.network_spec(self.trainer.dataset).hidden
        self.worker.worker.apply(_LiveSettings(optimizer, batch_size, [ls.dropout for ls in dropout]))
        self.statusBar().showMessage("applied from the next step", 2000)

    def _only_dropout_changed(self, changes: dict) -> bool:
        current = self.lesson.network
        for key, value in changes.items():
            if key == "dropout":
                continue
            old = current.get(key)
            if isinstance(value, list) and not isinstance(old, list) and old is not None:
                old = [old] * len(value)
            if value != old:
                return False
        return True

    def set_playing(self, on: bool) -> None:
        if on and self.trainer.stopped:
            self.controls.set_playing(False)
            self._report(f"Training has stopped ({self.trainer.stop_reason}). Reset or pick a fix.")
            return
        (self.worker.worker.play if on else self.worker.worker.pause)()

    def worker_step(self) -> None:
        if self.trainer.stopped:
            self._report(f"Training has stopped ({self.trainer.stop_reason}). Reset or pick a fix.")
            return
        self.controls.set_playing(False)
        self.worker.worker.step_once()

    # ----- frames -------------------------------------------------------------------

    def _on_frame(self) -> None:
        snapshot: Snapshot | None = self.worker.mailbox.take_if_newer(self._last_seq)
        if snapshot is None:
            return
        self._last_seq = snapshot.seq
        if snapshot.generation != self._generation:
            self._generation = snapshot.generation
            self._plotted = 0
            self.plots.clear([lay.name for lay in self.trainer.network.layers])
        history = self.trainer.history
        if snapshot.history_len > self._plotted:
            self.plots.append(history[self._plotted : snapshot.history_len])
            self._plotted = snapshot.history_len
        if snapshot.grid_outputs is not None:
            self.plots.set_boundary(snapshot.grid_outputs, snapshot.grid_extent)
        self.controls.status.setText(
            f"step {snapshot.steps_done}" + (f" · {snapshot.steps_per_second:,.0f} steps/s" if snapshot.playing else "")
        )
        if snapshot.trace is not None:
            self.trace = snapshot.trace
            self._refresh_scene()
            if self.focus is not None:
                self._inspect(self.focus)

    def _refresh_scene(self) -> None:
        if self.trace is None:
            return
        kw = {}
        if self.display["scale"] == "adaptive" and self.display["nodes"] == "gradient":
            probe = scene_from_trace(self.trace, adaptive=True)
            lo, hi = probe.node_range
            old_lo, old_hi = self._adaptive_range
            # Widen at once, narrow slowly, so the colours do not flicker from step to step.
            self._adaptive_range = (min(lo, old_lo + 0.05), max(hi, old_hi - 0.05))
            kw["node_range"] = self._adaptive_range
        scene = scene_from_trace(
            self.trace,
            node_quantity="activation" if self.display["nodes"] == "activation" else "gradient",
            edge_quantity=self.display["edges"],
            title=self.lesson.title,
            caption=" ".join(self.lesson.caption.split()),
            banner=self._banner,
            focus=self.focus,
            **kw,
        )
        self.view.set_scene(scene)

    def set_display(self, key: str, value: str) -> None:
        self.display[key] = value
        if key == "scale":
            self._adaptive_range = GRADIENT_LOG_RANGE
        self._refresh_scene()

    def set_focus(self, node: tuple[int, int]) -> None:
        self.focus = node
        self._inspect(node)
        self._refresh_scene()

    def _inspect(self, node: tuple[int, int]) -> None:
        self.inspector.show_node(self.trace, *node)

    # ----- stopping and errors ------------------------------------------------------

    def _on_stopped(self, reason: str) -> None:
        self.controls.set_playing(False)
        if "diverged" in reason:
            fixes = ", ".join(fix.title for fix in find_lesson(self.lesson.name).fixes.values())
            self._banner = f"{reason[0].upper()}{reason[1:]}." + (f" Try: {fixes}." if fixes else "")
            self._refresh_scene()
        self.statusBar().showMessage(reason)

    def _on_worker_error(self, message: str) -> None:
        self._report(message)

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.frame_timer.stop()
        self.worker.shutdown(timeout_s=1.0)
        super().closeEvent(event)


class _LiveSettings:
    """Settings that change between steps, applied by the worker thread to its trainer."""

    def __init__(self, optimizer, batch_size: int, dropout: list[float]):
        self.optimizer, self.batch_size, self.dropout = optimizer, batch_size, dropout

    def __call__(self, trainer) -> None:
        trainer.set_optimizer(self.optimizer)
        trainer.set_batch_size(self.batch_size)
        for index, rate in enumerate(self.dropout):
            trainer.network.set_dropout(index, rate)
