"""The main window: the network view in the middle, controls, plots and inspector docked around it."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from netviz.animation.playhead import Playhead
from netviz.animation.stop_words import stop_words
from netviz.animation.view_model import ScrubReplays, ViewModel, banner_text
from netviz.engine.lesson_edits import with_dataset
from netviz.engine.lessons import Lesson, LessonError, find_lesson
from netviz.engine.trace import StepTrace
from netviz.engine.trainer import Trainer
from netviz.render import language
from netviz.render.renderer import NetworkRenderer
from netviz.ui import lesson_files, window_language, window_layout, window_menus
from netviz.ui.animation_panel import AnimationPanel
from netviz.ui.controls import ControlPanel
from netviz.ui.frame_loop import FrameLoop
from netviz.ui.inspector import Inspector
from netviz.ui.keyboard import WheelGuard, tame
from netviz.ui.live_settings import LiveSettings, is_live_change
from netviz.ui.mailbox import Snapshot
from netviz.ui.network_view import NetworkView
from netviz.ui.numbers import figure
from netviz.ui.playback import Playback
from netviz.ui.playground import Playground
from netviz.ui.plot_feed import PlotFeed
from netviz.ui.plot_panel import PlotPanel
from netviz.ui.presentation import Presentation
from netviz.ui.status_line import StatusLine
from netviz.ui.texts import QT_TRANSLATE_NOOP, Texts
from netviz.ui.themes import DEFAULT_THEME, apply_to_application, find_theme, fix_button_style, theme_names
from netviz.ui.window_wiring import connect_panels, stop_threads
from netviz.ui.worker_handle import WorkerHandle

if TYPE_CHECKING:  # imported when asked for: not needed for the first picture
    from netviz.ui.compare_window import CompareWindow
    from netviz.ui.export_form import ExportDialog
    from netviz.ui.plots import TrainingPlots

FRAME_MS = 16  # the GUI reads the worker's mailbox once per displayed frame


class MainWindow(QMainWindow):
    """``theme``: a theme's name, else the one remembered (else dark); ``remember``: read and
    write the geometry, dock layout and theme of the user's settings."""

    def __init__(self, lesson: str | Lesson = "vanishing", fix: str | None = None, parent: QWidget | None = None,
                 *, theme: str | None = None, remember: bool = True):
        super().__init__(parent)
        language.ensure_language()  # English, if the application chose none
        self.setWindowTitle("netviz")
        self.setObjectName("netviz main window")
        self.setStatusBar(StatusLine(self))  # a long message ends in "…", whole in its tooltip
        self._store: QSettings | None = window_layout.settings() if remember else None
        self.presentation_text = False  # the picture's text scaled for a projector (presentation mode)
        self._laid_out_narrow: bool | None = None  # the docks were laid out for a narrow window
        # Every lesson the picker lists, loaded once (the one asked for among them): a file that
        # does not load is skipped (with a warning below), never the reason the window does not open.
        self.lessons, skipped = lesson_files.picker_lessons()
        self.lesson: Lesson = lesson_files.chosen_lesson(self.lessons, lesson)
        self._run_length: tuple[Lesson | None, int] = (None, 0)  # run_length's lesson and steps
        if fix:
            self.lesson = self.lesson.with_fix(fix)
        self.snapshot: Snapshot | None = None
        # What is shown (step, phase, focus, display, banner) lives in the view model; the window
        # wires its widgets to it and draws what it says. Scrubbing replays in the background.
        self.model = ViewModel(self.lesson.title, self.lesson.caption, replays=ScrubReplays())
        self._generation = 0  # the newest generation asked of the worker; older snapshots are stale
        self.last_error: str | None = None  # the worker's last error message, if any
        self._hint = ""  # the status bar's hint of what to press next (see show_hint)
        self.playback = Playback(self)  # the step animation's clock and continuous mode
        self.frames = FrameLoop(self)  # each frame: the worker's newest snapshot, shown
        self.texts = Texts()  # the menus' and docks' text, set again when the language changes

        self.renderer = NetworkRenderer(find_theme(DEFAULT_THEME))
        self.renderer.compiled_lines = True  # once compiled (app.train_fused warms it up)
        self.view = NetworkView(self.renderer)
        self.setCentralWidget(self.view)
        self.controls = ControlPanel({key: lesson_files.picker_title(one) for key, one in self.lessons.items()})
        # The plots (pyqtgraph) are built once the view painted the network: the picture comes first.
        self.plot_panel = PlotPanel()
        self.plot_panel.build_after_picture(self.view, lambda: self.view.scene is not None)
        self.plot_feed = PlotFeed(self.plot_panel, window_language.layer_names)
        self.plot_panel.when_built(lambda plots: plots.pace_by_frames())  # by the frame loop (on_frame)
        self.inspector = Inspector()
        self.inspector.setMinimumWidth(window_layout.SIDE_DOCK_MIN_WIDTH)
        self.animation = AnimationPanel()
        self.docks = window_layout.Docks(
            controls=self._dock(QT_TRANSLATE_NOOP("MainWindow", "Controls"), self.controls),
            inspector=self._dock(QT_TRANSLATE_NOOP("MainWindow", "Inspector"), self.inspector),
            plots=self._dock(QT_TRANSLATE_NOOP("MainWindow", "Plots"), self.plot_panel),
            animation=self._dock(QT_TRANSLATE_NOOP("MainWindow", "Step animation"), self.animation))
        self.controls_dock, self.inspector_dock = self.docks.controls, self.docks.inspector
        self.plots_dock, self.animation_dock = self.docks.plots, self.docks.animation
        self.presentation = Presentation(self, self.docks, self.plot_panel)
        self._build_actions()
        self._connect_controls()
        self.controls.load(self.lesson)
        self.playground = Playground(self)  # data by picture, input features, boundary switches
        # The keys belong to the window: buttons take no focus, the wheel only changes a
        # control that was clicked, and Escape in a field hands the keys back to the view.
        self._animation_guard = WheelGuard(self.keys_to_view, self)
        tame(self.animation, self._animation_guard, self.keys_to_view)
        self.theme_name = ""
        self.set_theme(theme or self._remembered_theme())
        self._place()
        self.view.setFocus()

        # The first Trainer is built here, before the window shows; every later one is built
        # by the worker (a transfer lesson pre-trains while building, and the GUI never trains).
        self.worker = WorkerHandle(self.lesson.build())
        self.worker.worker.sigStopped.connect(self._on_stopped)
        self.worker.worker.sigError.connect(self._on_worker_error)
        self.view.after_paint = self.worker.worker.gui_turn.end  # the frame is drawn: a numpy step may go on
        # Let the GUI thread take the GIL back quickly from the busy worker (measured: lower p99 lateness).
        sys.setswitchinterval(0.001)
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% (0.8 ms) late
        self.frame_timer.timeout.connect(self.frames.on_frame)
        self.frame_timer.start()
        self.show_start_message()
        lesson_files.warn_skipped(self, skipped)

    # ----- construction -------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget) -> QDockWidget:
        """A dock titled ``title`` (English, marked for translation) in the window's language."""
        dock = QDockWidget(self)
        # saveState/restoreState find docks by their object name: English, whatever the language.
        dock.setObjectName(title)
        self.texts.keep(dock.setWindowTitle, "MainWindow", title)
        dock.setWidget(widget)
        return dock

    def _place(self) -> None:
        """The remembered geometry and dock layout, else the available screen with the default layout."""
        if self._store is not None and window_layout.restore_layout(self, self._store):
            return
        window_layout.place_on_screen(self)
        self.restore_default_layout()

    def restore_default_layout(self) -> None:
        """View > Restore default layout: every panel shown, where the window's size has room."""
        window_layout.default_layout(self, self.docks, self.size())

    @property
    def plots(self) -> TrainingPlots:
        """The docked plots (see ensure_plots)."""
        return self.ensure_plots()

    def ensure_plots(self) -> TrainingPlots:
        """The docked plots, built now if they are not yet (else after the first picture), with every step so far."""
        return self.plot_panel.build()

    def keys_to_view(self) -> None:
        """The network view takes the keyboard (Escape in a field, a drop-down's choice made)."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Crossing the narrow-screen width re-lays the docks, unless the user placed them.
        if not hasattr(self, "presentation"):
            return  # still being built
        narrow = self.width() < window_layout.NARROW_WIDTH
        if self._laid_out_narrow not in (None, narrow) and not self.presentation.active:
            self.restore_default_layout()
        self._laid_out_narrow = narrow

    def _build_actions(self) -> None:
        self.leave_action, self.theme_actions, self.language_actions = window_menus.build_menus(self, self.texts)

    def _connect_controls(self) -> None:
        connect_panels(self)
        self.view.sigNodeHovered.connect(self._on_hover)
        self.view.sigNodeClicked.connect(self.set_focus)

    # ----- runs ---------------------------------------------------------------------

    def open_saved_run(self, lesson: Lesson, trainer: Trainer, traces: Sequence[StepTrace] = ()) -> None:
        """Continue a saved run (`netviz open`, File > Open run): its lesson and settings, its
        Trainer as it was saved, its stored ``traces`` on the timeline (the newest shown)."""
        self._restart(lesson, trainer, traces)

    def _restart(self, lesson: Lesson, trainer: Trainer | None = None, traces: Sequence[StepTrace] = ()) -> None:
        """A fresh Trainer for this lesson, built by the worker (or ``trainer``, with its
        recorded ``traces``); the view follows its first snapshot."""
        self.lesson = lesson
        self._generation += 1
        self.worker.reset(lesson.build if trainer is None else trainer, traces)
        self.controls.load(lesson)
        self.controls.set_playing(False)
        self.model.set_lesson(lesson.title, lesson.caption)
        # Nothing of the old run stays on screen: its numbers are no longer true.
        self.inspector.clear()
        self.plot_feed.restart(window_language.lesson_layer_names(lesson), self.run_length)
        self.frames.new_run()
        self.show_start_message()

    def show_start_message(self) -> None:
        hint = self.tr("{lesson}: press Play (Space) or Step (S)").format(lesson=self.lesson.title)
        note = self.lesson.fallback_note()  # a user's lesson without this language: shown in English
        self.show_hint(f"{note} {hint}" if note else hint)

    def show_hint(self, text: str) -> None:
        """A status-bar hint of what to press next; it goes once training goes on (Play or Step)."""
        self._hint = text
        self.statusBar().showMessage(text)

    def _drop_hint(self) -> None:
        if self.statusBar().currentMessage() == self._hint:
            self.statusBar().clearMessage()

    def load_lesson(self, name: str) -> None:
        """The picker's choice: a lesson loaded at start, by its key (never read again by name)."""
        try:
            self._restart(self.lessons[name] if name in self.lessons else find_lesson(name))
        except LessonError as exc:
            self._report(str(exc))

    def open_lesson(self, lesson: Lesson) -> None:
        """File > Open lesson… and Open data…: run this lesson; the picker lists and shows it."""
        self.lessons.setdefault(lesson_files.lesson_key(lesson), lesson)
        self._restart(lesson)

    def apply_fix(self, fix: str) -> None:
        base = self.lesson.without_fix()  # the lesson loaded, never looked up again by its name
        self._restart(base.with_fix(fix) if fix else base)

    def reset(self) -> None:
        self._restart(self.lesson)

    def change_setting(self, table: str, changes: dict[str, Any]) -> None:
        try:
            if table == "seed":
                lesson = self.lesson.with_changes(seed=changes["seed"])
            elif table == "dataset":  # settings that fit only the old data (a tanh output, features) go
                lesson = with_dataset(self.lesson, changes)[0]
            else:
                tables: dict[str, Any] = {table: changes}  # (Any: the keyword could be "seed", to mypy)
                lesson = self.lesson.with_changes(**tables)
        except LessonError as exc:
            self._report(f"{exc.field}: {exc.reason}")
            self.controls.load(self.lesson)  # show the settings that are really in force
            return
        if not is_live_change(self.lesson, table, changes):
            self._restart(lesson)
            return
        self.lesson = lesson
        train = lesson.train_spec()
        hidden = lesson.network["hidden"]
        rates = lesson.network.get("dropout", 0.0)
        rates = rates if isinstance(rates, list) else [rates] * len(hidden)
        self.worker.apply(LiveSettings(train.optimizer, train.batch_size, [float(r) for r in rates]))
        self.statusBar().showMessage(self.tr("applied from the next step"), 3000)

    @property
    def stopped_reason(self) -> str | None:
        """Why the current run stopped, or None; a snapshot of a run that a reset replaced says nothing."""
        snap = self.snapshot
        if snap is None or snap.generation != self._generation:
            return None
        return snap.stop_reason

    @property
    def run_length(self) -> int:
        """The lesson's ``steps``: Play stops there (and says so); Play again continues. Kept
        per lesson: every frame asks, and reading the lesson's training table takes 0.2 ms."""
        if self._run_length[0] is not self.lesson:
            self._run_length = (self.lesson, self.lesson.train_spec().steps)
        return self._run_length[1]

    def set_playing(self, on: bool) -> None:
        if on and self.stopped_reason:
            self.controls.set_playing(False)
            self._report(self.tr("Training has stopped ({reason}). Reset or pick a fix.").format(
                reason=self.stopped_reason))
            return
        if on:
            self._drop_hint()
            snap = self.snapshot
            done = snap.steps_done if snap is not None and self.is_current(snap) else 0
            # Up to the lesson's length; from there on, a Play continues without a limit.
            self.worker.play(until=self.run_length if done < self.run_length else None)
        else:
            self.worker.pause()

    def is_current(self, snap: Snapshot | None) -> bool:
        """``snap`` comes from the newest Trainer (not from one that a reset replaced)."""
        return snap is not None and snap.generation == self._generation

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
            self._report(self.tr("Training has stopped ({reason}). Reset or pick a fix.").format(
                reason=self.stopped_reason))
            return
        self.controls.set_playing(False)
        self._drop_hint()
        self.worker.step_once()

    def set_speed(self, steps_per_second: float) -> None:
        self.worker.set_speed(steps_per_second or None)

    # ----- the view model's state, as the window's public attributes -----------------

    @property
    def pinned(self) -> int | None:
        """The recorded step shown (0-based), or None: the newest, live."""
        return self.model.pinned

    @property
    def phase_view(self) -> bool:
        """The view shows the phases of the shown step (the step animation)."""
        return self.model.phase_view

    @property
    def playhead(self) -> Playhead:
        return self.model.playhead

    @property
    def focus(self) -> tuple[int, int] | None:
        return self.model.focus

    # ----- which step is shown, and its animation ----------------------------------

    def shown_step(self) -> int | None:
        """The 0-based step shown: the pinned one, else the newest."""
        return self.model.shown_step()

    def scrub_to(self, step: int) -> None:
        self.controls.set_playing(False)
        self.worker.pause()
        self.model.pin(step)

    def move_step(self, delta: int) -> None:
        target = self.model.step_after(delta)
        if target is not None:
            self.scrub_to(target)

    def go_live(self) -> None:
        self.model.go_live()

    def refresh_scene(self) -> None:
        scene = self.model.scene()
        self.view.set_scene(scene)
        if scene is None:
            return
        if self.model.showing_phases:
            self.animation.show_phase(scene.phase_label, scene.phase_caption, scene.equation)
        elif self.model.pinned is None:
            self.animation.show_phase("", self.tr("Live: the newest step, settled. Press A to animate it phase by "
                                                  "phase."), ())
        else:  # a step scrubbed to: say which (the picture's own number), and the way back
            self.animation.show_phase("", self.tr("Step %1, pinned and settled. Press A to animate it phase by "
                                                  "phase, L to follow the newest step.").replace(
                                                      "%1", str(scene.step)), ())
        if self.model.focus is not None:
            self._inspect(self.model.focus)

    def set_display(self, key: str, value: str) -> None:
        if key == "nodes":
            self.worker.set_layer_maps(value == "heatmap")
        self.model.set_display(key, value)

    def set_focus(self, node: tuple[int, int]) -> None:
        self.model.set_focus(node)

    def _on_hover(self, node: tuple[int, int] | None) -> None:
        if node is not None:
            self._inspect(node)

    def _inspect(self, node: tuple[int, int]) -> None:
        trace = self.model.trace_shown()
        if trace is not None:
            self.inspector.show_node(trace, *node)

    # ----- stopping and errors ------------------------------------------------------

    def _on_stopped(self, reason: str) -> None:
        self.controls.set_playing(False)
        banner = banner_text(reason, self.lesson)
        if banner is not None:
            self.model.set_banner(banner)
        self.statusBar().showMessage(stop_words(reason, figure))

    def _on_worker_error(self, message: str) -> None:
        self.last_error = message
        self._report(message)

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def export_animation(self) -> ExportDialog | None:
        """File > Export animation…: the export dialog (None if an export is running)."""
        from netviz.ui.export_dialog import export_animation  # (not needed for the first picture)
        return export_animation(self)

    def export_current_frame(self) -> ExportDialog | None:
        """File > Export current frame…: the view's frame as PNG or SVG."""
        from netviz.ui.export_dialog import export_current_frame  # (not needed for the first picture)
        return export_current_frame(self)

    # ----- presentation mode and themes ---------------------------------------------

    def toggle_presentation(self) -> None:
        """F5, View > Presentation mode: full screen, the view large, one plot, no controls."""
        self.leave_presentation() if self.presentation.active else self.enter_presentation()

    def enter_presentation(self, full_screen: bool = True) -> None:
        self.presentation.enter(full_screen)
        self.leave_action.setEnabled(True)
        self._set_presentation_text(True)
        self.keys_to_view()

    def leave_presentation(self) -> None:
        self.presentation.leave()
        self.leave_action.setEnabled(False)
        self.view.set_blanked(False)
        self._set_presentation_text(False)

    def compare_with_fix(self, fix: str | None) -> CompareWindow | None:
        """View > Compare with fix: the lesson and ``fix`` side by side (this run pauses); C:
        ``fix`` None, the fix applied, else the lesson's first (None when it has none)."""
        from netviz.ui.compare_window import open_compare

        fixes = self.lesson.without_fix().fixes
        fix = fix or self.lesson.fix_applied or next(iter(fixes), None)
        if fix is None:
            self._report(f"{self.lesson.title} has no fix to compare with")
            return None
        self.controls.play_button.setChecked(False)
        return open_compare(self, self.lesson.without_fix(), fix, self.renderer.theme,
                            presenting=self.presentation.active)

    def toggle_blank(self) -> None:
        """B: the view shows its background only (the audience looks at the teacher), B again: back."""
        self.view.set_blanked(not self.view.blanked)

    def _set_presentation_text(self, on: bool) -> None:
        """The picture's text sized for a projector while presenting (no text under 20 px)."""
        self.presentation_text = on
        self.renderer.presentation = on
        self.refresh_scene()

    def set_theme(self, name: str) -> None:
        """View > Theme: the widgets, the plots and the network view in one theme, remembered."""
        theme = find_theme(name)
        self.theme_name = name
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_to_application(app, theme)
        self.setStyleSheet(fix_button_style(theme))
        self.plot_panel.set_theme(theme)
        self._apply_view_theme(name)
        self.playground.set_theme(theme)
        for act in self.theme_actions.actions():
            act.setChecked(act.data() == name)
        if self._store is not None:
            self._store.setValue("view/theme", name)

    def _apply_view_theme(self, name: str) -> None:
        """Wiring point: the network view's render Theme (a high-contrast one joins RENDER_THEMES)."""
        self.renderer.theme = find_theme(name)
        self.view.update()

    def set_language(self, code: str) -> None:
        """View > Language: the whole window in ``code`` at once (no restart), remembered."""
        window_language.set_language(self, code, self._store)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "texts"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own text in the language now installed (its widgets see to theirs)."""
        window_language.retranslate(self)

    def _remembered_theme(self) -> str:
        name = self._store.value("view/theme", DEFAULT_THEME) if self._store is not None else DEFAULT_THEME
        return name if name in theme_names() else DEFAULT_THEME

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.presentation.active:
            self.leave_presentation()  # remember the window as the user arranged it, not full screen
        if self._store is not None:
            window_layout.save_layout(self, self._store)
            self._store.sync()
        stop_threads(self)
        super().closeEvent(event)
