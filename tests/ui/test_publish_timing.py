"""When the worker publishes while playing: a frame apart when nobody takes the snapshot,
the traced step that comes before each publish counted in (see TrainingWorker._untaken_interval)."""

from __future__ import annotations

from netviz.ui.worker import PUBLISH_INTERVAL_S, TAKEN_INTERVAL_S, TrainingWorker
from tests.ui.test_worker import FakeClock, tiny_trainer

EPS = 1e-4


def _worker(traced_cost: float) -> tuple[TrainingWorker, float]:
    """A worker (its loop not started) whose traced steps cost ``traced_cost``; the time of its last publish."""
    clock = FakeClock()
    worker = TrainingWorker(tiny_trainer(), clock=clock)
    worker._stepping.traced_cost = traced_cost
    worker._last_publish = clock.now
    return worker, clock.now


def test_an_untaken_publish_falls_due_a_traced_step_before_the_frame(qapp):
    worker, last = _worker(0.005)
    due = last + PUBLISH_INTERVAL_S - 0.005  # the traced step after it ends a frame after the last publish
    assert not worker._publish_due(due - EPS)
    assert worker._publish_due(due + EPS)


def test_without_a_measured_traced_step_a_frame_apart(qapp):
    worker, last = _worker(0.0)
    assert not worker._publish_due(last + PUBLISH_INTERVAL_S - EPS)
    assert worker._publish_due(last + PUBLISH_INTERVAL_S + EPS)


def test_a_traced_step_longer_than_a_frame_still_leaves_the_least_interval(qapp):
    worker, last = _worker(0.050)  # 12 layers of 64 on a busy machine
    assert not worker._publish_due(last + TAKEN_INTERVAL_S - EPS)
    assert worker._publish_due(last + TAKEN_INTERVAL_S + EPS)
