"""Replays of numpy and fused runs: the steps on the way skip their evaluations, the traces
are the run's bit for bit; a fused run's mode travels with its captured state."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from netviz.engine import fused_steps
from netviz.engine.lessons import find_lesson
from netviz.engine.replay import Replay
from netviz.engine.run import capture, restore
from netviz.engine.trainer import Trainer
from tests.animation.test_run_timeline import assert_same

STEPS = 40


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Trainer uses the kernel whether or not numba is installed (plain Python without it)."""
    monkeypatch.setattr(fused_steps, "numba_installed", lambda: True)


def _build(eval_every: int, fused: bool, patience: int | None = None) -> Trainer:
    lesson = find_lesson("vanishing").with_changes(training={"eval_every": eval_every, "patience": patience})
    trainer = lesson.build()
    trainer.fused = fused
    return trainer


def _run(eval_every: int, fused: bool, drawn: set[int], patience: int | None = None):
    """A run trained as the worker trains it: the drawn steps traced, the others in chunks.
    Returns the checkpoint at its start and the traces of the drawn steps."""
    trainer = _build(eval_every, fused, patience)
    start = capture(trainer)
    traces = {}
    while trainer.steps_done < STEPS and not trainer.stopped:
        step = trainer.steps_done
        if step in drawn:
            traces[step] = trainer.traced_step()
        else:
            ahead = min([s for s in drawn if s > step] + [STEPS]) - step
            trainer.advance(min(ahead, 7))  # chunks that do not line up with the evaluations
    return start, traces


@pytest.mark.parametrize("eval_every", [1, 3])
@pytest.mark.parametrize("fused", [False, True])
def test_a_replay_that_skips_evaluations_gives_the_recorded_traces_bit_for_bit(kernel: None, eval_every: int,
                                                                                fused: bool) -> None:
    every = set(range(STEPS))
    start, reference = _run(eval_every, fused, every)
    assert start.fused is fused
    for step in (0, 1, 5, 13, 14, 22, 39):
        replay = Replay(start)
        trace = replay.trace(step + 1)
        assert trace is not None
        assert_same(trace, reference[step], f"step {step}")
    # Forwards with the same replaying Trainer, tracing a few steps before each one asked for.
    replay = Replay(start)
    for step in (9, 10, 17, 31):
        kept = []
        trace = replay.trace(step + 1, keep=kept.append, traced_from=step - 2)
        assert_same(trace, reference[step], f"step {step}")
        for other in kept:
            assert_same(other, reference[other.step], f"step {other.step} (traced on the way)")


def test_the_steps_on_the_way_skip_their_evaluations(monkeypatch: pytest.MonkeyPatch) -> None:
    start, reference = _run(1, False, set(range(STEPS)))
    calls = []
    validation = Trainer._validation
    monkeypatch.setattr(Trainer, "_validation", lambda self: calls.append(self.steps_done) or validation(self))
    trace = Replay(start).trace(30)
    assert_same(trace, reference[29])
    assert calls == [29]  # only the step asked for measures its validation loss
    calls.clear()
    assert_same(Replay(start, skip_evaluations=False).trace(30), reference[29])
    assert calls == list(range(30))  # as the run did


def test_with_early_stopping_every_evaluation_is_made(kernel: None) -> None:
    start, reference = _run(2, True, set(range(STEPS)), patience=1000)
    trace = Replay(start).trace(30)
    assert_same(trace, reference[29])
    with pytest.raises(ValueError, match="early stopping"):
        restore(start).skip_evaluations(10)


@pytest.mark.parametrize("eval_every", [1, 4])
def test_a_fused_run_drawn_now_and_then_replays_its_undrawn_steps_as_a_fully_drawn_one(kernel: None,
                                                                                       eval_every: int) -> None:
    start, everything = _run(eval_every, True, set(range(STEPS)))
    start_sparse, drawn = _run(eval_every, True, {3, 11, 26})
    for step, trace in drawn.items():
        assert_same(trace, everything[step], f"drawn step {step}")
    for step in (0, 7, 12, 25, 39):
        assert_same(Replay(start_sparse).trace(step + 1), everything[step], f"undrawn step {step}")


def test_a_fused_run_is_not_a_numpy_run_and_its_replay_knows_it(kernel: None) -> None:
    start, fused = _run(1, True, set(range(STEPS)))
    _, plain = _run(1, False, set(range(STEPS)))
    assert not all(np.array_equal(a.weights, b.weights) for a, b in zip(fused[30].layers, plain[30].layers))
    assert_same(Replay(replace(start, fused=True)).trace(31), fused[30])
    assert_same(Replay(replace(start, fused=False)).trace(31), plain[30])
    assert restore(start).fused is True and restore(replace(start, fused=False)).fused is False
