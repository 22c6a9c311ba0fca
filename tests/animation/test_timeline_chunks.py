"""A run trained many steps at a time (a fused run's kernel calls, never cut short for a
checkpoint) checkpoints at the end of the call that reaches or crosses each multiple of the
interval, thinning keeps the first at or after each multiple of the new one, and every
step replays as the run made it."""

from __future__ import annotations

import pytest

from netviz.animation.run_timeline import RunTimeline
from netviz.engine import fused_steps
from netviz.engine.lessons import find_lesson
from tests.animation.test_run_timeline import assert_same


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def _fused_vanishing():
    trainer = find_lesson("vanishing").build()
    trainer.fused = True
    return trainer


# Calls of these sizes in turn: some land on a multiple of 8, most cross one, 13 crosses two.
CHUNKS = (3, 5, 13, 1, 6, 8, 2, 11)


def _first_at_or_after(ends: list[int], interval: int) -> list[int]:
    """The call ends at which a checkpoint is due: the first at or after each multiple."""
    return [end for before, end in zip([0] + ends, ends) if end // interval > before // interval]


def test_a_checkpoint_ends_the_call_that_reaches_or_crosses_a_multiple_of_the_interval() -> None:
    trainer, timeline = _fused_vanishing(), RunTimeline(interval=8)
    timeline.checkpoint(trainer)
    ends, k = [], 0
    while trainer.steps_done < 60:
        chunk = min(CHUNKS[k % len(CHUNKS)], 60 - trainer.steps_done)
        k += 1
        if chunk == 1:
            timeline.record(trainer, trainer.traced_step())
        else:
            trainer.advance(chunk)
            timeline.record(trainer, None, 1e-4, chunk)
        ends.append(trainer.steps_done)
    steps = [c.network_steps for c in timeline.checkpoints()]
    assert steps == [0] + _first_at_or_after(ends, 8)
    # Calls end at 3, 8, 21, 22, 28, 36, 38, 49, 52, 57, 60: 8 reached; 16, 24, 32 crossed;
    # 40 and 48 crossed by one call (one checkpoint for both); 56 crossed.
    assert steps == [0, 8, 21, 28, 36, 49, 57]
    gaps = [b - a for a, b in zip(steps, steps[1:])]
    assert max(gaps) <= 8 + max(CHUNKS) - 1, "a replay walks at most an interval and a call"
    assert all(c.fused for c in timeline.checkpoints())
    reference = _fused_vanishing()
    traces = [reference.step_fused() for _ in range(trainer.steps_done)]
    for step in (0, 5, 8, 20, 21, 22, 23, 40, 48, 59):
        assert_same(timeline.get(step), traces[step], f"step {step}")


def test_thinning_keeps_the_first_checkpoint_at_or_after_each_multiple_of_the_doubled_interval() -> None:
    trainer, one = _fused_vanishing(), RunTimeline()
    one.checkpoint(trainer)
    per_checkpoint = one.checkpoint_bytes
    timeline = RunTimeline(interval=8, max_checkpoint_bytes=per_checkpoint * 9 // 2)
    timeline.checkpoint(trainer)  # pinned, at step 0
    ends, k = [], 0
    while timeline.interval == 8:
        chunk = CHUNKS[k % len(CHUNKS)]
        k += 1
        trainer.advance(chunk)
        timeline.record(trainer, None, 1e-4, chunk)
        ends.append(trainer.steps_done)
    assert timeline.interval == 16
    steps = [c.network_steps for c in timeline.checkpoints()]
    kept = [end for end in _first_at_or_after(ends, 8) if end in steps]
    expected, before = [], 0
    for end in _first_at_or_after(ends, 8):  # of the checkpoints the interval of 8 took
        if end // 16 > before // 16:
            expected.append(end)
            before = end
    assert steps == [0] + expected and kept == expected
    reference = _fused_vanishing()
    traces = [reference.step_fused() for _ in range(trainer.steps_done)]
    for step in (0, 7, 16, 17, trainer.steps_done - 1):
        assert_same(timeline.get(step), traces[step], f"step {step}")
