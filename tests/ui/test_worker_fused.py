"""The worker on a fused run: the steps between two publishes in one kernel call, the drawn
ones by ``step_fused``; every step's picture, drawn or replayed, is a plain fused Trainer's
bit for bit, and the window's mode switches a run between steps with a checkpoint."""

from __future__ import annotations

import pytest

from netviz.engine import fused_steps
from netviz.engine.trainer import Trainer
from netviz.ui import stepping, worker
from netviz.ui.stepping import FusedLive
from tests.animation.test_run_timeline import assert_same
from tests.ui.test_worker import TIMEOUT_MS, tiny_trainer, wait_snapshot
from tests.ui.test_worker_fast_path import start  # noqa: F401 - the fixture


class TickingClock:
    """A clock that moves by ``tick`` seconds at every reading: the worker measures steps of
    a known cost, whatever the machine's speed."""

    def __init__(self, tick: float = 2e-4) -> None:
        self.now, self.tick = 1000.0, tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch) -> FusedLive:
    """The window's mode, for the workers of this test only."""
    mode = FusedLive()
    monkeypatch.setattr(worker, "FUSED_LIVE", mode)
    return mode


def _fused(hidden=(5, 3)) -> Trainer:
    trainer = tiny_trainer(hidden=hidden)
    trainer.fused = True
    return trainer


def test_a_fused_worker_run_draws_and_replays_the_steps_of_a_plain_fused_run(start, qtbot, kernel):  # noqa: F811
    steps = 600
    handle, recorder = start(_fused(), clock=TickingClock())
    handle.play(until=steps)
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == steps and not s.playing)
    assert handle.worker.passes < steps / 4, "the steps between publishes are trained many in one call"
    plain = _fused()
    traces = [plain.step_fused() for _ in range(steps)]
    assert list(snap.history[:steps]) == list(plain.history)
    drawn = [t.step for t in snap.recorded.kept()]
    assert len(drawn) > 2 and drawn[-1] == steps - 1
    for step in drawn:
        assert_same(snap.recorded.get(step), traces[step], f"drawn step {step}")
    undrawn = [s for s in (0, 1, drawn[0] + 1, 301, steps - 2) if s not in drawn]
    for step in undrawn:
        assert_same(snap.recorded.get(step), traces[step], f"undrawn step {step}")
    assert all(c.fused for c in snap.recorded.checkpoints())
    assert not recorder.errors


def test_the_window_mode_trains_numpy_while_warming_up_then_fused(start, qtbot, kernel, live):  # noqa: F811
    live._mode = False  # warming up: even a fused run is trained by numpy
    trainer = _fused()
    handle, recorder = start(trainer, clock=TickingClock())
    handle.play(until=20)
    wait_snapshot(qtbot, handle, lambda s: s.steps_done == 20 and not s.playing)
    assert trainer.fused is False
    live._mode = True  # ready: the kernel's trial steps (numpy's 20 were its trial), then the faster (the kernel)
    handle.play(until=400)
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 400 and not s.playing)
    assert trainer.fused is True
    checkpoints = snap.recorded.checkpoints()
    switch = min(c.network_steps for c in checkpoints if c.fused)
    assert switch == 20
    assert all(not c.fused for c in checkpoints if c.network_steps < switch)
    reference = tiny_trainer(hidden=(5, 3))
    traces = [reference.step() for _ in range(switch)]
    reference.fused = True
    traces += [reference.step_fused() for _ in range(400 - switch)]
    assert list(snap.history[:400]) == list(reference.history)
    for step in (0, 7, 19, switch - 1, switch, switch + 1, 333, 399):
        assert_same(snap.recorded.get(step), traces[step], f"step {step}")
    assert not recorder.errors


def test_a_run_goes_on_with_the_engine_that_trained_its_trial_steps_faster() -> None:
    for numpy_s, fused_s, chosen in ((1.0, 0.2, True), (0.2, 1.0, False)):
        policy, trainer = stepping.Stepping(), tiny_trainer()
        n, m = policy.TRIAL_STEPS, policy.NUMPY_TRIAL_STEPS
        assert policy.follow_mode(trainer, None) is False and trainer.fused is False  # no mode: as it is
        assert policy.follow_mode(trainer, True) is True and trainer.fused is True  # the kernel's trial first
        policy.measured(fused_s, n, traced=False, fused=True)
        assert policy.follow_mode(trainer, True) is True and trainer.fused is False  # then numpy's
        policy.measured(numpy_s * m / n, m, traced=False, fused=False)  # the same cost a step
        policy.follow_mode(trainer, True)
        assert trainer.fused is chosen
        policy.measured(100.0, n, traced=False, fused=chosen)  # the choice is made once for the run
        policy.follow_mode(trainer, True)
        assert trainer.fused is chosen
        assert policy.follow_mode(trainer, False) is chosen and trainer.fused is False  # warming up again


def test_numpy_steps_trained_while_the_kernel_warmed_up_are_its_trial() -> None:
    policy, trainer = stepping.Stepping(), tiny_trainer()
    policy.measured(0.5, policy.NUMPY_TRIAL_STEPS, traced=False, fused=False)  # while warming up
    assert policy.follow_mode(trainer, True) is True and trainer.fused is True
    policy.measured(0.1, policy.TRIAL_STEPS, traced=False, fused=True)
    assert policy.follow_mode(trainer, True) is False and trainer.fused is True, "chosen without another trial"


def test_a_pause_and_until_stop_a_fused_run_on_time(start, qtbot, kernel):  # noqa: F811
    trainer = _fused()
    handle, _ = start(trainer, clock=TickingClock())
    handle.play(until=1000)
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1000 and not s.playing)
    assert snap.trace.step == 999  # the last step before ``until`` is drawn, none after it
    handle.play()
    qtbot.waitUntil(lambda: trainer.steps_done >= 1500, timeout=TIMEOUT_MS)
    handle.pause()
    snap = wait_snapshot(qtbot, handle, lambda s: not s.playing and s.steps_done >= 1500)
    plain = _fused()
    plain.train_fused(snap.steps_done - 1)
    assert_same(snap.trace, plain.step_fused())


def test_the_mode_without_numba_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: False)
    mode = FusedLive()
    assert mode.request() is False and mode.mode is None


def test_the_mode_turns_on_once_the_kernel_is_warm(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)
    monkeypatch.setattr(fused_steps, "warm_up", lambda: calls.append(1) or True)
    mode = FusedLive()
    assert mode.request() is True and mode.request() is True
    assert mode.wait(10) is True and calls == [1]


def test_a_kernel_that_cannot_load_leaves_the_runs_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> bool:
        raise fused_steps.KernelUnavailable("no kernel here")

    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)
    monkeypatch.setattr(fused_steps, "warm_up", broken)
    mode = FusedLive()
    mode.request()
    assert mode.wait(10) is None and "no kernel here" in (mode.failure or "")


def test_a_speed_limit_trains_a_fused_run_one_step_at_a_time() -> None:
    policy = stepping.Stepping()
    policy.measured(1e-3, 100, traced=False, fused=True)
    trainer = _fused()
    assert policy.untraced_steps(trainer, 0.0, 0.008, None, limited=True) == 1
    assert policy.untraced_steps(trainer, 0.0, 0.008, None, limited=False) == 800
    assert policy.untraced_steps(trainer, 0.0, 0.008, 3, limited=False) == 2
    assert policy.untraced_steps(trainer, 0.0, 1e3, None, limited=False) == stepping.MAX_UNTRACED
    trainer.fused = False
    assert policy.untraced_steps(trainer, 0.0, 0.008, None, limited=False) == 1


def test_the_drawn_step_joins_the_untraced_ones_before_it_only_where_it_would_follow_them() -> None:
    """``draws_after``: one kernel call for the untraced steps and the drawn one after them
    (``Trainer.advance_traced``) where the steps fill the time to the next publish, or reach
    ``until``; not where time is left after them (a call cut short by ``MAX_UNTRACED``), nor
    at a speed limit."""
    policy = stepping.Stepping()
    policy.measured(1e-3, 100, traced=False, fused=True)  # 10 us a step
    trainer = _fused()
    fit = policy.untraced_steps(trainer, 0.0, 0.008, None, limited=False)
    assert fit == 800 and policy.draws_after(trainer, fit, 0.0, 0.008, None, False)
    assert not policy.draws_after(trainer, 64, 0.0, 0.008, None, False), "time left after them: more untraced"
    assert policy.draws_after(trainer, 2, 0.0, 0.008, 3, False), "until's step is drawn"
    assert not policy.draws_after(trainer, 1, 0.0, 0.008, None, True)
    trainer.fused = False
    assert not policy.draws_after(trainer, fit, 0.0, 0.008, None, False)


def test_each_engine_has_its_own_traced_step_cost() -> None:
    # The numpy trial's traced steps (milliseconds, with their waits for the GIL) spaced the
    # kernel's publishes for good: its drawn steps ride in untraced calls and are rarely
    # measured on their own.
    policy = stepping.Stepping()
    policy.measured(0.001, 1, traced=False, fused=False)  # numpy trains
    policy.measured(0.010, 1, traced=True, fused=False)
    assert policy.traced_cost == 0.010
    policy.measured(0.002, 10, traced=False, fused=True)  # the kernel trains
    assert policy.traced_cost == 0.0, "the kernel's traced steps are not measured yet"
    policy.measured(0.0008, 1, traced=True, fused=True)
    assert policy.traced_cost == 0.0008 and policy.traced_costs[False] == 0.010


def test_a_step_slowed_once_by_a_wait_does_not_make_every_later_step_a_traced_one() -> None:
    # One kernel call that waited 100 ms for the GIL (a GUI paint, a collection) leaves its
    # wall time in the smoothed costs; untraced steps still fit by their CPU time. Sized by
    # the wall time, every later step was traced, none measured the cost again, and the run
    # stayed at one step a publish.
    policy = stepping.Stepping()
    policy.measured(0.001, 10, traced=False, fused=True, cpu_seconds=0.001)
    policy.measured(0.1, 1, traced=False, fused=True, cpu_seconds=1e-4)
    assert not policy.wants_trace(0.0, 0.004, True, False, 100, None)
    assert policy.untraced_steps(_fused(), 0.0, 0.004, None, limited=False) >= 10
    assert policy.wants_trace(0.0, 0.004, True, True, 100, None), "a publish waits for this step: traced"


def test_a_fused_run_at_full_speed_measures_its_untraced_steps_again_soon() -> None:
    # Even with a cost estimate inflated once in CPU time too (the first call compiling,
    # say), an untraced step measures it again after a few traced ones.
    policy = stepping.Stepping()
    policy.measured(0.5, 1, traced=False, fused=True, cpu_seconds=0.5)
    for _ in range(stepping.RETRY_AFTER):
        assert policy.wants_trace(0.0, 0.004, True, False, 100, None)
        policy.measured(0.001, 1, traced=True, fused=True)
    assert not policy.wants_trace(0.0, 0.004, True, False, 101, None)
    assert policy.wants_trace(0.0, 0.004, True, False, 101, None, limited=True), "a speed limit draws every step"
    assert policy.wants_trace(0.0, 0.004, True, True, 101, None), "a publish waits for this step"
    assert policy.wants_trace(0.0, 0.004, True, False, 101, 102), "the last step before until"


def test_a_step_that_always_waits_counts_its_waits() -> None:
    # numpy's steps between a busy GUI thread's paints: twice their CPU time, every time.
    policy = stepping.Stepping()
    for _ in range(20):
        policy.measured(0.012, 1, traced=False, fused=False, cpu_seconds=0.006)
    assert policy.step_cost == pytest.approx(0.012)
    assert policy.wants_trace(0.0, 0.010, True, False, 100, None)


def test_divergence_in_a_fused_run_shows_the_diverged_step(start, qtbot, kernel):  # noqa: F811
    from netviz.engine.lessons import find_lesson

    def build() -> Trainer:
        trainer = find_lesson("exploding").build()
        trainer.fused = True
        return trainer

    handle, recorder = start(build(), clock=TickingClock())
    handle.play()
    snap = wait_snapshot(qtbot, handle, lambda s: s.stop_reason is not None and not s.playing)
    qtbot.waitUntil(lambda: len(recorder.stopped) == 1, timeout=TIMEOUT_MS)
    plain = build()
    while not plain.stopped:
        last = plain.step_fused()
    assert plain.steps_done == snap.steps_done and snap.trace.diverged
    assert snap.stop_reason == plain.stop_reason and recorder.stopped == [plain.stop_reason]
    assert_same(snap.trace, last)
    assert snap.history_len == len(plain.history) and plain.history == snap.history


def test_a_fused_run_at_full_speed_ends_its_kernel_calls_just_after_the_windows_frames() -> None:
    """While the window draws frames, a fused run at full speed sizes its kernel calls to end
    just after the GUI's next frame is drawn (``GuiTurn.after_frame``): the worker takes the
    GIL back, publishes and calls again while the GUI thread idles. At a speed limit, for
    numpy steps, where a drawn step is costly and once frames stop, the publish intervals
    rule as before."""
    from netviz.ui.gui_turn import SETTLE_S
    from netviz.ui.mailbox import Mailbox

    clock = TickingClock(tick=0.0)
    trainer = _fused()
    trainer.train_fused(3)  # past the first whole-set scan: the kernel can train the next steps
    loop = worker.TrainingWorker(trainer, Mailbox(), speed=None, clock=clock)
    turn = loop.gui_turn
    for _ in range(10):  # frames every 16 ms, each drawn in 5
        turn.begin()
        clock.now += 0.005
        turn.end()
        clock.now += 0.011
    loop._playing, loop._last_publish = True, clock.now - 0.002
    drawn = clock.now + 0.005 + SETTLE_S  # the next frame begins now and is drawn 5 ms later
    assert loop._due(clock.now) == pytest.approx(drawn)
    by_interval = loop._last_publish + worker.PUBLISH_INTERVAL_S - loop._stepping.traced_cost
    loop._speed = 50.0
    assert loop._due(clock.now) == pytest.approx(by_interval)
    loop._speed = None
    trainer.fused = False
    assert loop._due(clock.now) == pytest.approx(by_interval)
    trainer.fused = True
    loop._stepping.traced_cost = 0.001  # a drawn step that waited for the GIL: still a publish a frame
    assert loop._due(clock.now) == pytest.approx(drawn)
    loop._stepping.traced_cost = 0.006  # a drawn step of 64 units x 12 layers: publishes more than a frame apart
    spaced = loop._last_publish + worker.PUBLISH_INTERVAL_S - 0.006
    assert loop._due(clock.now) == pytest.approx(max(spaced, loop._last_publish + loop._taken_interval()))
    loop._stepping.traced_cost = 0.0
    clock.now += 1.0  # no frame for a second: a minimized window
    loop._last_publish = clock.now - 0.002
    assert loop._due(clock.now) == pytest.approx(loop._last_publish + worker.PUBLISH_INTERVAL_S)
    loop.deleteLater()
