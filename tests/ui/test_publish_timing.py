"""When the worker publishes while playing: a frame apart when nobody takes the snapshot,
the traced step that comes before each publish counted in (TrainingWorker._untaken_interval);
soon after a take, but never so often that traced steps take more than TRACED_SHARE of the
worker's time (TrainingWorker._taken_interval)."""

from __future__ import annotations

from netviz.ui.worker import PUBLISH_INTERVAL_S, TAKEN_INTERVAL_S, TRACED_SHARE, TrainingWorker
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
    worker, last = _worker(0.002)
    due = last + PUBLISH_INTERVAL_S - 0.002  # the traced step after it ends a frame after the last publish
    assert not worker._publish_due(due - EPS)
    assert worker._publish_due(due + EPS)


def test_without_a_measured_traced_step_a_frame_apart(qapp):
    worker, last = _worker(0.0)
    assert not worker._publish_due(last + PUBLISH_INTERVAL_S - EPS)
    assert worker._publish_due(last + PUBLISH_INTERVAL_S + EPS)


def test_a_taken_snapshot_is_followed_soon_by_the_next(qapp, monkeypatch):
    worker, last = _worker(0.0005)  # a lesson's network (a fused run)
    monkeypatch.setattr(worker.mailbox, "taken", lambda seq: True)
    assert not worker._publish_due(last + TAKEN_INTERVAL_S - EPS)
    assert worker._publish_due(last + TAKEN_INTERVAL_S + EPS)


def test_costly_traced_steps_take_at_most_their_share_of_the_worker(qapp, monkeypatch):
    traced = 0.006  # 12 layers of 64 units
    worker, last = _worker(traced)
    monkeypatch.setattr(worker.mailbox, "taken", lambda seq: True)
    due = last + traced / TRACED_SHARE - traced  # then a traced step: one every traced / TRACED_SHARE
    assert due > last + PUBLISH_INTERVAL_S - traced
    assert not worker._publish_due(due - EPS)
    assert worker._publish_due(due + EPS)
    monkeypatch.setattr(worker.mailbox, "taken", lambda seq: False)  # nobody took it: no sooner
    assert not worker._publish_due(due - EPS)
    assert worker._publish_due(due + EPS)
