"""The GUI thread's share of the GIL while numpy trains (``gui_turn``): the worker gives way
a moment after each millisecond of numpy steps, and waits before its next step while the
window draws a frame, at most the turn's budget; the window begins a turn each frame and
ends it once the view has painted (or at once when there is nothing to paint)."""

from __future__ import annotations

import threading

from netviz.ui.gui_turn import YIELD_EVERY_S, YIELD_S, GuiTurn

TIMEOUT_MS = 10_000


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_worker_sleeps_a_moment_after_each_millisecond_of_numpy_steps() -> None:
    clock, slept, step = Clock(), [], [0]
    turn = GuiTurn(clock=clock, sleep=lambda seconds: slept.append((step[0], seconds)))
    for step[0] in range(10):  # ten steps of 0.3 ms: a moment's sleep before the 5th and the 9th
        turn.give_way()
        clock.now += 0.0003
    assert 4 * 0.0003 >= YIELD_EVERY_S > 3 * 0.0003
    assert slept == [(4, YIELD_S), (8, YIELD_S)]


def test_a_frame_being_drawn_holds_the_next_numpy_step_until_it_is_painted() -> None:
    turn = GuiTurn(budget_s=30.0)  # a budget far beyond the test: only ``end`` can release the worker
    turn.begin()
    assert turn.drawing
    gave_way = threading.Event()
    worker = threading.Thread(target=lambda: (turn.give_way(), gave_way.set()))
    worker.start()
    assert not gave_way.wait(0.1), "the worker went on while the frame was being drawn"
    turn.end()
    assert gave_way.wait(5.0)
    worker.join(5.0)
    assert not turn.drawing


def test_a_frame_that_never_paints_holds_the_worker_for_its_budget_only() -> None:
    turn = GuiTurn(budget_s=0.05)
    turn.begin()  # and never ended (a window minimized: its view does not paint)
    worker = threading.Thread(target=turn.give_way)
    worker.start()
    worker.join(5.0)
    assert not worker.is_alive()
    slept: list[float] = []
    late = GuiTurn(budget_s=0.05, sleep=slept.append, clock=Clock())
    late.begin()
    late._clock.now += 1.0  # type: ignore[attr-defined]  # the budget long spent: no wait at all
    late.give_way()
    assert late.drawing and slept == []


def test_the_window_ends_its_turn_when_the_view_has_painted(window, qtbot) -> None:
    window.frame_timer.stop()
    turn = window.worker.worker.gui_turn
    qtbot.waitUntil(lambda: window.snapshot is not None or window.frames.on_frame(), timeout=TIMEOUT_MS)
    window.frames.on_frame()  # nothing new to show: no paint to come, the turn is over
    assert not turn.drawing
    window.playback.tick = lambda: True  # this frame changes the picture: the view will paint it
    window.frames.on_frame()
    assert turn.drawing, "the frame's turn ended before its picture was painted"
    window.view.repaint()
    assert not turn.drawing


def test_only_numpy_steps_give_way(qapp, monkeypatch) -> None:
    """A numpy run gives way; a fused run does not (the kernel lets the GIL go), unless the
    kernel cannot train its steps now (a frozen layer with momentum: numpy trains them)."""
    from netviz.engine import fused_steps
    from netviz.engine.spec import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
    from netviz.engine.trainer import Trainer
    from netviz.ui.worker import TrainingWorker
    from tests.engine.test_fused_steps import _data

    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "relu"),), outputs=1, seed=1)
    trainer = Trainer(spec, _data(), TrainSpec(batch_size=7, optimizer=OptimizerSpec(kind="momentum")))
    worker = TrainingWorker(trainer)
    assert worker._numpy_steps()
    trainer.fused = True
    assert not worker._numpy_steps()
    trainer.network.set_frozen(0, True)
    assert worker._numpy_steps()


def test_the_end_of_the_next_frames_is_predicted_from_the_frames_so_far() -> None:
    """``after_frame``: frames begun every 16 ms and drawn 5 ms later; the first drawn at or
    after a time, ``SETTLE_S`` after its paint; None before frames come or after they stop."""
    from netviz.ui.gui_turn import SETTLE_S, STALE_FRAMES

    clock = Clock()
    turn = GuiTurn(clock=clock)
    assert turn.after_frame(clock.now, clock.now) is None, "no frame yet"
    for _ in range(40):
        turn.begin()
        clock.now += 0.005
        turn.end()
        clock.now += 0.011
    begun = clock.now - 0.016
    assert abs(turn.period - 0.016) < 1e-9 and abs(turn.duration - 0.005) < 1e-9
    drawn = begun + 0.005 + SETTLE_S  # the last frame's, already past
    assert abs(turn.after_frame(clock.now, clock.now) - (drawn + 0.016)) < 1e-9  # type: ignore[operator]
    assert abs(turn.after_frame(clock.now, drawn + 0.017) - (drawn + 0.032)) < 1e-9  # type: ignore[operator]
    assert abs(turn.after_frame(clock.now, drawn - 0.001) - drawn) < 1e-9, "earliest before it: that frame"  # type: ignore[operator]
    clock.now = begun + STALE_FRAMES * 0.016 + 0.001
    assert turn.after_frame(clock.now, clock.now) is None, "frames stopped (a minimized window)"
    turn.begin()  # frames again after a pause: the pause is no period
    assert abs(turn.period - 0.016) < 1e-9
