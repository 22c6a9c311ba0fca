"""The run's timeline: a step's trace recomputed from a checkpoint is the trace the run made,
bit for bit (every field, every array), and memory stays under both ceilings on a long run."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from netviz.animation.history import trace_nbytes
from netviz.animation.run_timeline import RunTimeline
from netviz.engine.lessons import find_lesson
from netviz.engine.spec import OptimizerSpec
from netviz.engine.trace import StepTrace


def assert_same(a: object, b: object, path: str = "trace") -> None:
    """Equal field by field: arrays by dtype, shape and every bit (NaN where NaN), floats exactly."""
    assert type(a) is type(b), path
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            assert_same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape, path
        assert a.tobytes() == b.tobytes(), path
    elif isinstance(a, (tuple, list)):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{path}[{i}]")
    elif isinstance(a, float):
        assert a == b or (np.isnan(a) and np.isnan(b)), path
    else:
        assert a == b, path


def _train(trainer, timeline, steps, drawn=lambda step: False, edits=None):
    """Trains like the worker: the drawn steps traced and kept, the others without a trace;
    returns every step's trace from a twin run that traces all (the reference)."""
    for _ in range(steps):
        if trainer.stopped:
            break
        if edits and trainer.steps_done in edits:
            edits[trainer.steps_done](trainer)
            timeline.checkpoint(trainer)
        step = trainer.steps_done
        if drawn(step):
            timeline.record(trainer, trainer.step())
        else:
            trainer.step_outcome()
            timeline.record(trainer)


def _reference(build, steps, edits=None):
    trainer, traces = build(), []
    for _ in range(steps):
        if trainer.stopped:
            break
        if edits and trainer.steps_done in edits:
            edits[trainer.steps_done](trainer)
        traces.append(trainer.step())
    return traces


def _lesson(name, fix=None, **changes):
    lesson = find_lesson(name)
    lesson = lesson.with_fix(fix) if fix else lesson
    return lesson.with_changes(**changes) if changes else lesson


def _halve_first_weights(trainer):
    w, b = trainer.network.get_weights(0)
    trainer.network.set_weights(0, w * 0.5, b)


CASES = {
    "dropout": (_lesson("dropout", "dropout-0.5"), None),
    "batch norm": (_lesson("exploding", "batch-norm"), None),
    "adam": (_lesson("dead-relu"), None),
    "momentum, a setting and a weight changed mid-run": (
        _lesson("vanishing", training={"optimizer": "momentum"}),
        {23: lambda tr: tr.set_optimizer(OptimizerSpec("sgd", 0.01)), 37: _halve_first_weights}),
    "divergence": (_lesson("exploding"), None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_replayed_step_is_the_step_the_run_made_bit_for_bit(case):
    lesson, edits = CASES[case]
    steps = 60
    reference = _reference(lesson.build, steps, edits)
    trainer = lesson.build()
    timeline = RunTimeline(interval=8)
    timeline.checkpoint(trainer)
    _train(trainer, timeline, steps, drawn=lambda step: step % 10 == 9, edits=dict(edits or {}))
    assert len(reference) == trainer.steps_done
    if case == "divergence":
        assert trainer.stopped and reference[-1].diverged
    assert [t.step for t in timeline.traces()] == [t.step for t in reference if t.step % 10 == 9]
    assert timeline.span() == (0, len(reference) - 1)
    # Backwards first (each a fresh replay), then forwards (the replaying Trainer goes on).
    for step in [*range(len(reference) - 1, -1, -7), *range(len(reference))]:
        trace = timeline.get(step)
        assert isinstance(trace, StepTrace)
        assert_same(trace, reference[step], f"step {step}")
    assert timeline.get(len(reference)) is None and timeline.get(-1) is None


def test_no_replay_crosses_a_change_made_between_steps():
    lesson = _lesson("vanishing")
    timeline = RunTimeline(interval=64)  # no regular checkpoint before step 64
    trainer = lesson.build()
    timeline.checkpoint(trainer)
    edits = {20: _halve_first_weights}
    _train(trainer, timeline, 40, edits=dict(edits))
    reference = _reference(lesson.build, 40, edits)
    assert [s.network_steps for s in timeline.checkpoints()] == [0, 20]
    for step in (19, 20, 21, 39):
        assert_same(timeline.get(step), reference[step], f"step {step}")
    # Without the checkpoint after the change, step 25 would be the run without it.
    unedited = _reference(lesson.build, 40)
    assert not np.array_equal(timeline.get(25).layers[0].weights, unedited[25].layers[0].weights)


def test_scrubbing_near_a_replayed_step_needs_no_new_replay():
    lesson = _lesson("vanishing")
    timeline = RunTimeline(interval=32)
    trainer = lesson.build()
    timeline.checkpoint(trainer)
    _train(trainer, timeline, 100)
    timeline.get(80)
    assert timeline.replays == 1
    for step in (79, 75, 73, 81, 82, 90):  # a few back are cached, forward the Trainer goes on
        timeline.get(step)
    assert timeline.replays == 1
    timeline.get(40)
    assert timeline.replays == 2


def test_memory_stays_under_both_ceilings_over_a_long_run():
    # A tiny network and small ceilings: thinning starts early; counts, not time.
    lesson = _lesson("vanishing", network={"hidden": [3]}, training={"optimizer": "adam"})
    trainer = lesson.build()
    one = RunTimeline()
    one.checkpoint(trainer)
    per_checkpoint = one.checkpoint_bytes
    per_trace = None
    timeline = RunTimeline(max_trace_bytes=40_000, max_checkpoint_bytes=12 * per_checkpoint, interval=4)
    timeline.checkpoint(trainer)
    highest = [0, 0]
    for step in range(3000):
        if step % 25 == 0:
            trace = trainer.step()
            per_trace = per_trace or trace
            timeline.record(trainer, trace)
        else:
            trainer.step_outcome()
            timeline.record(trainer)
        highest = [max(highest[0], timeline.trace_bytes), max(highest[1], timeline.checkpoint_bytes)]
    assert highest[0] <= 40_000 and highest[1] <= 12 * per_checkpoint
    assert len(timeline.checkpoints()) <= 12
    assert timeline.interval >= 3000 // 12 // 2, "thinning doubled the interval"
    assert timeline.span() == (0, 2999), "every step still replays"
    reference = _reference(lesson.build, 3000)
    for step in (0, 1234, 2999):
        assert_same(timeline.get(step), reference[step], f"step {step}")


def test_the_interval_follows_the_measured_step_cost():
    lesson = _lesson("vanishing")
    trainer = lesson.build()
    timeline = RunTimeline(replay_budget_s=0.05)
    timeline.checkpoint(trainer)
    for _ in range(40):
        trainer.step_outcome()
        timeline.record(trainer, seconds=0.001)  # 1 ms a step: 50 steps fit the budget
    assert timeline.interval == 32
    regular = [s.network_steps for s in timeline.checkpoints()]
    assert regular == [0, 32], "the checkpoints of every step before the cost was known are thinned"
    with pytest.raises(ValueError, match="interval"):
        RunTimeline(interval=0)


def test_the_interval_is_measured_again_when_the_run_changes_engine():
    # The window trains a run's first steps by numpy, then by the kernel (several times
    # faster): the interval follows the engine that trains the run now, not the first one.
    lesson = _lesson("vanishing")
    trainer = lesson.build()
    timeline = RunTimeline(replay_budget_s=0.05)
    timeline.checkpoint(trainer)
    for _ in range(16):
        trainer.step_outcome()
        timeline.record(trainer, seconds=0.001)  # numpy: 1 ms a step
    assert timeline.interval == 32
    trainer.fused = True
    for _ in range(15):  # until enough of the kernel's steps are measured, the interval stays
        trainer.step_outcome()
        timeline.record(trainer, seconds=0.0001, steps=10)
        assert timeline.interval == 32
    trainer.step_outcome()
    timeline.record(trainer, trace=None, seconds=0.002, steps=1)  # one traced step among many untraced ones
    assert timeline.interval == 256, "the median weighs each record by the steps it stands for"
    trainer.fused = False
    for _ in range(16):
        trainer.step_outcome()
        timeline.record(trainer, seconds=0.001)
    assert timeline.interval == 32, "back to numpy: a replay of 256 of its steps would take too long"


def test_an_interval_given_is_never_measured():
    trainer = _lesson("vanishing").build()
    timeline = RunTimeline(interval=8)
    for _ in range(40):
        trainer.step_outcome()
        timeline.record(trainer, seconds=1.0)
    assert timeline.interval == 8


def test_recent_gives_every_newest_step_that_fits_the_ceiling_kept_or_replayed():
    lesson = _lesson("vanishing")
    trainer = lesson.build()
    timeline = RunTimeline(interval=16)
    timeline.checkpoint(trainer)
    _train(trainer, timeline, 80, drawn=lambda step: step % 20 == 19)
    reference = _reference(lesson.build, 80)
    kept = {t.step: t for t in timeline.traces()}
    size = trace_nbytes(reference[-1])
    recent = timeline.recent(int(size * 10.5))
    assert [t.step for t in recent] == list(range(80 - len(recent), 80)) and 8 <= len(recent) <= 10
    for trace in recent:
        assert_same(trace, reference[trace.step], f"step {trace.step}")
        assert trace is kept.get(trace.step, trace), "a kept trace is given as it is"
    assert [t.step for t in timeline.recent(10**9)] == list(range(80))


def test_steps_read_on_another_thread_while_the_run_trains_are_exact():
    import threading

    lesson = _lesson("dropout", "dropout-0.5")
    reference = _reference(lesson.build, 120)
    trainer = lesson.build()
    timeline = RunTimeline(interval=8, max_checkpoint_bytes=6 * 40_000)  # thinned while read
    timeline.checkpoint(trainer)
    seen: dict[int, StepTrace] = {}
    done = threading.Event()

    def read() -> None:
        k = 0
        while not done.is_set() or k < 40:
            span = timeline.span()
            if span is not None:
                step = (k * 37) % (span[1] + 1)
                seen[step] = timeline.get(step)
            k += 1

    reader = threading.Thread(target=read)
    reader.start()
    _train(trainer, timeline, 120, drawn=lambda step: step % 7 == 0)
    done.set()
    reader.join(60)
    assert not reader.is_alive() and seen
    for step, trace in seen.items():
        assert_same(trace, reference[step], f"step {step}")
