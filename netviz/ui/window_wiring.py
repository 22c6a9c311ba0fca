"""The main window's panels wired to it: what each control and each button of the step
animation does, in one place (the window's methods and its view model); and its threads
stopped, in order, when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window calls this while it is built; only its type is needed here
    from netviz.ui.main_window import MainWindow


def connect_panels(window: MainWindow) -> None:
    """The control panel's and the step-animation panel's signals to ``window``."""
    c = window.controls
    c.sigLessonChosen.connect(window.load_lesson)
    c.sigFixChosen.connect(window.apply_fix)
    c.sigChange.connect(window.change_setting)
    c.sigPlay.connect(window.set_playing)
    c.sigStep.connect(window.step_once)
    c.sigReset.connect(window.reset)
    c.sigSpeed.connect(window.set_speed)
    c.sigDisplay.connect(window.set_display)
    c.sigKeysBack.connect(window.keys_to_view)
    a = window.animation
    a.sigAnimate.connect(window.playback.set_animating)
    a.sigPhase.connect(window.model.move_phase)
    a.sigStep.connect(window.move_step)
    a.sigScrub.connect(window.scrub_to)
    a.sigLive.connect(window.go_live)
    a.sigSpeed.connect(window.model.playhead.set_speed)
    a.sigTeach.connect(window.model.set_teach)
    a.sigContinuous.connect(window.playback.set_continuous)
    a.sigGraph.connect(window.model.set_graph)
    a.sigGraph.connect(window.presentation.set_graph)
    window.model.events.connect(window.frames.on_model_change)


def stop_threads(window: MainWindow) -> None:
    """The window closes: a running export is cancelled and joined, the frame timer, a
    background replay of the timeline and the training thread stop, then a save the worker
    captured is written and joined."""
    # Imported here: neither is needed for the window's first picture.
    from netviz.ui.export_dialog import shutdown_exports
    from netviz.ui.session_actions import shutdown_sessions

    shutdown_exports(window)
    window.frame_timer.stop()
    window.frames.stop()
    window.model.close()  # a timeline replay running in the background stops
    window.worker.shutdown(timeout_s=1.0)
    shutdown_sessions(window)  # after the worker: writes a save it captured
