"""A run trained many steps at a time (a fused run's kernel calls) lands on every regular
checkpoint of its timeline, and every step replays as the run made it."""

from __future__ import annotations

import pytest

from netviz.animation.run_timeline import RunTimeline
from netviz.engine import fused_steps
from netviz.engine.lessons import find_lesson
from tests.animation.test_run_timeline import assert_same


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def test_steps_to_checkpoint_counts_to_the_next_multiple_of_the_interval() -> None:
    timeline = RunTimeline(interval=8)
    assert [timeline.steps_to_checkpoint(s) for s in (0, 1, 7, 8, 13)] == [8, 7, 1, 8, 3]
    assert RunTimeline().steps_to_checkpoint(5) == 1  # the interval is being measured: a step at a time


def test_a_fused_run_trained_in_chunks_replays_every_step(kernel: None) -> None:
    def build():
        trainer = find_lesson("vanishing").build()
        trainer.fused = True
        return trainer

    trainer, timeline = build(), RunTimeline(interval=8)
    timeline.checkpoint(trainer)
    while trainer.steps_done < 60:
        if trainer.steps_done % 25 == 24:
            timeline.record(trainer, trainer.traced_step())
        else:
            chunk = min(timeline.steps_to_checkpoint(trainer.steps_done), 24 - trainer.steps_done % 25 or 1)
            trainer.advance(chunk)
            timeline.record(trainer)
    assert [c.network_steps for c in timeline.checkpoints()] == list(range(0, trainer.steps_done + 1, 8))
    assert all(c.fused for c in timeline.checkpoints())
    reference = build()
    traces = [reference.step_fused() for _ in range(trainer.steps_done)]
    for step in (0, 5, 8, 23, 24, 40, 59):
        assert_same(timeline.get(step), traces[step], f"step {step}")
