"""The worker's fast path: steps not drawn are trained without their trace, yet the run, its
history of summaries and every step's picture (replayed on demand) are those of a plain Trainer."""

from __future__ import annotations

import pytest

from netviz.engine.lessons import find_lesson
from netviz.ui.worker_handle import WorkerHandle
from tests.animation.test_run_timeline import assert_same
from tests.ui.test_worker import TIMEOUT_MS, FakeClock, Recorder, tiny_trainer, wait_snapshot


@pytest.fixture
def start(qapp):
    """start(trainer, clock=...) -> (handle, recorder); every handle is shut down afterwards."""
    handles: list[WorkerHandle] = []
    recorders: list[Recorder] = []

    def _start(trainer, **kwargs):
        handles.append(WorkerHandle(trainer, **kwargs))
        recorders.append(Recorder())
        handles[-1].worker.sigStopped.connect(recorders[-1].on_stopped)
        handles[-1].worker.sigError.connect(recorders[-1].on_error)
        return handles[-1], recorders[-1]

    yield _start
    assert all([h.shutdown(timeout_s=5.0) for h in handles]), "a worker thread did not join"


def _plain(build, steps):
    trainer = build()
    traces = [trainer.step() for _ in range(steps) if not trainer.stopped]
    return trainer, traces


def test_untraced_steps_leave_the_history_and_every_picture_as_a_plain_trainer_makes_them(start, qtbot):
    # The clock stands still: no publish falls due while playing, so only the last step
    # (``until``) is traced; every other is trained without its trace.
    steps = 150
    handle, recorder = start(tiny_trainer(hidden=(5, 3)), clock=FakeClock())
    handle.play(until=steps)
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == steps and not s.playing)
    plain, traces = _plain(lambda: tiny_trainer(hidden=(5, 3)), steps)
    assert snap.history_len == steps and list(snap.history[:steps]) == list(plain.history)
    assert [t.step for t in snap.recorded.kept()] == [steps - 1], "only the drawn step was traced"
    assert_same(snap.trace, traces[-1])
    for step in (0, 1, 77, 148):
        assert_same(snap.recorded.get(step), traces[step], f"step {step}")
    assert snap.recorded.span() == (0, steps - 1)
    saved = snap.recorded.traces()  # what File > Save run stores: every step, replayed
    assert [t.step for t in saved] == list(range(steps))
    assert_same(saved[42], traces[42])
    assert not recorder.errors


def test_a_pause_after_an_untraced_step_shows_that_step(start, qtbot):
    trainer = tiny_trainer()
    handle, _ = start(trainer, clock=FakeClock())
    handle.play()
    qtbot.waitUntil(lambda: trainer.steps_done >= 40, timeout=TIMEOUT_MS)
    handle.pause()
    snap = wait_snapshot(qtbot, handle, lambda s: not s.playing and s.steps_done >= 40)
    done = snap.steps_done
    _plain_trainer, traces = _plain(tiny_trainer, done)
    assert snap.trace.step == done - 1
    assert_same(snap.trace, traces[-1])
    assert list(snap.history[:done]) == list(_plain_trainer.history)


@pytest.mark.parametrize("fix", [None, "batch-norm"])
def test_divergence_on_an_untraced_step_shows_the_diverged_step(start, qtbot, fix):
    # With batch norm and a huge learning rate the validation loss is what overflows: a step
    # without its trace would call it "the forward pass".
    lesson = find_lesson("exploding")
    if fix:
        lesson = lesson.with_fix(fix).with_changes(training={"learning_rate": 5.0})
    handle, recorder = start(lesson.build(), clock=FakeClock())
    handle.play()
    snap = wait_snapshot(qtbot, handle, lambda s: s.stop_reason is not None and not s.playing)
    qtbot.waitUntil(lambda: len(recorder.stopped) == 1, timeout=TIMEOUT_MS)
    plain, traces = _plain(lesson.build, snap.steps_done + 5)
    assert plain.stopped and plain.steps_done == snap.steps_done
    assert snap.trace.diverged and snap.trace.step == snap.steps_done - 1
    # Said as a traced step says it: the layer where it went wrong, not "the forward pass".
    assert snap.stop_reason == plain.stop_reason and recorder.stopped == [plain.stop_reason]
    assert_same(snap.trace, traces[-1])
    # The logs compared row by row (a NaN validation loss equal to itself).
    assert snap.history_len == len(plain.history) and plain.history == snap.history


def test_a_change_between_untraced_steps_is_never_crossed_by_a_replay(start, qtbot):
    handle, _ = start(tiny_trainer(), clock=FakeClock())
    handle.play(until=30)
    wait_snapshot(qtbot, handle, lambda s: s.steps_done == 30 and not s.playing)
    handle.apply(lambda tr: tr.set_batch_size(4))
    handle.play(until=60)
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 60 and not s.playing)
    plain = tiny_trainer()
    traces = [plain.step() for _ in range(30)]
    plain.set_batch_size(4)
    traces += [plain.step() for _ in range(30)]
    for step in (10, 29, 30, 31, 45, 58):
        assert_same(snap.recorded.get(step), traces[step], f"step {step}")
