"""The window's frame loop: a frame that finds no newer step while training plays looks again
once, RETRY_MS later, so a step that came just after the frame is not a frame late."""

from __future__ import annotations

from netviz.ui.frame_loop import RETRY_MS

TIMEOUT_MS = 10_000


class HeldMailbox:
    """Stands in for the worker's ``take_if_newer``: counts the looks, and finds nothing while held."""

    def __init__(self, take):
        self._take = take
        self.held = False
        self.looks = 0

    def __call__(self, last_seq: int):
        self.looks += 1
        return None if self.held else self._take(last_seq)


def _held_while_playing(window, qtbot, monkeypatch) -> HeldMailbox:
    """The window's frames driven by hand, training playing, its mailbox held."""
    window.frame_timer.stop()
    window.worker.play()

    def playing() -> None:
        window.frames.on_frame()
        if window.snapshot is None or not window.snapshot.playing or window.snapshot.steps_done < 2:
            raise AssertionError("not playing yet")

    qtbot.waitUntil(playing, timeout=TIMEOUT_MS)

    def newer_waiting() -> None:  # a step the window has not taken yet, for a second look to find
        if window.worker.mailbox.latest().seq <= window.snapshot.seq:
            raise AssertionError("no newer step yet")

    qtbot.waitUntil(newer_waiting, timeout=TIMEOUT_MS)
    held = HeldMailbox(window.worker.take_if_newer)
    monkeypatch.setattr(window.worker, "take_if_newer", held)
    held.held = True
    return held


def test_a_frame_that_finds_nothing_new_while_playing_looks_again_once(window, qtbot, monkeypatch):
    held = _held_while_playing(window, qtbot, monkeypatch)
    window.frames.on_frame()
    assert held.looks == 1
    qtbot.wait(RETRY_MS * 10)
    assert held.looks == 2, "one second look, not a look every few ms"


def test_the_second_look_shows_a_step_that_came_after_the_frame(window, qtbot, monkeypatch):
    held = _held_while_playing(window, qtbot, monkeypatch)
    before = window.snapshot.seq
    window.frames.on_frame()  # nothing new: a second look is due RETRY_MS later
    held.held = False  # the worker's next step came just after the frame

    def shown() -> None:
        if window.snapshot.seq <= before:
            raise AssertionError("the step that came after the frame is not shown")

    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)  # no frame runs meanwhile: only the second look can show it
    assert held.looks == 2
    window.worker.pause()


def test_no_second_look_while_paused(window, qtbot, monkeypatch):
    held = _held_while_playing(window, qtbot, monkeypatch)
    held.held = False
    window.worker.pause()

    def paused() -> None:
        window.frames.on_frame()
        if window.snapshot.playing:
            raise AssertionError("still playing")

    qtbot.waitUntil(paused, timeout=TIMEOUT_MS)
    looks = held.looks
    window.frames.on_frame()  # paused and nothing new: no second look
    qtbot.wait(RETRY_MS * 10)
    assert held.looks == looks + 1


def test_the_window_s_frames_redraw_its_plots_one_a_frame(window, qtbot):
    """The plots' redraws follow the window's frames (TrainingPlots.frame): new steps reach
    the loss plot in the frame that takes them, the next plot in the frame after."""
    plots = window.ensure_plots()
    window.frame_timer.stop()
    qtbot.waitUntil(lambda: window.plot_panel.plots is not None, timeout=TIMEOUT_MS)
    for _ in range(4):  # whatever was waiting from the preview
        window.frames.on_frame()
    window.run_steps(3)
    qtbot.waitUntil(lambda: window.worker.mailbox.latest().steps_done >= 3, timeout=TIMEOUT_MS)
    qtbot.wait(100)  # no frame: the steps wait in the mailbox, and the plots for a frame
    assert plots.curve_points()["loss"] == 0
    window.frames.on_frame()
    points = plots.curve_points()
    assert points["loss"] > 0 and points["grad"] == 0
    window.frames.on_frame()
    assert plots.curve_points()["grad"] > 0
