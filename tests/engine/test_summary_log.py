"""The run's history kept compact: every summary read back exactly, and memory per step bounded."""

import math
import tracemalloc

import numpy as np
import pytest

from netviz.engine.lessons import find_lesson
from netviz.engine.summary import StepSummary
from netviz.engine.summary_log import CHUNK, SummaryColumns, SummaryLog


def _summary(i: int, **changes) -> StepSummary:
    values = dict(step=i, loss=1.0 / (i + 1), val_loss=None if i % 3 else 0.5 + i, grad_norms=(0.1 * i, 2.0, 1e-300),
                  dead_fractions=(0.0, 0.25, 1.0), diverged=False, saturated_fractions=(0.5, 0.0, 0.125),
                  accuracy=None if i % 2 else 0.75, val_accuracy=None if i % 5 else 0.9)
    return StepSummary(**{**values, **changes})


def test_every_summary_reads_back_exactly():
    items = [_summary(i) for i in range(CHUNK + 10)]
    items.append(_summary(len(items), loss=math.inf, grad_norms=(math.nan, math.inf, -0.0), diverged=True))
    log = SummaryLog(items)
    assert len(log) == len(items) and log[5] == items[5] and log[-2] == items[-2]
    assert log[CHUNK - 2: CHUNK + 2] == items[CHUNK - 2: CHUNK + 2]
    last = log[-1]
    assert last.diverged and last.loss == math.inf and math.isnan(last.grad_norms[0])
    assert all(type(v) is float for v in (*log[0].grad_norms, log[0].loss))
    assert [s.step for s in log] == list(range(len(items)))
    assert log == SummaryLog(items) and log != items[:-1] and SummaryLog() == []
    with pytest.raises(IndexError):
        log[len(items)]


def test_a_frozen_view_and_a_copy_stay_as_they_were():
    log = SummaryLog(_summary(i) for i in range(5))
    view = log.frozen()
    log.append(_summary(5))
    assert len(view) == 5 and view[-1] == _summary(4)
    with pytest.raises(TypeError):
        view.append(_summary(9))
    copy = SummaryLog.copy_of(view)
    copy.append(_summary(7))
    assert log[5] == _summary(5) and copy[5] == _summary(7)


def test_a_summary_of_another_shape_is_refused():
    log = SummaryLog([_summary(0)])
    with pytest.raises(ValueError, match="3 layers"):
        log.append(_summary(1, grad_norms=(1.0,)))


def test_a_runs_memory_grows_a_few_hundred_bytes_a_step():
    # The history was a list of objects: about 1.7 KB a step (170 MB over 100,000 steps).
    trainer = find_lesson("vanishing").build(steps=1000)
    trainer.run(100)  # past the first allocations (caches, the first chunk of rows)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        trainer.run(800)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    layers = len(trainer.network.layers)
    assert grown / 800 <= 8 * (6 + 3 * layers) * 1.5, grown / 800


@pytest.mark.parametrize("classes", [True, False])
def test_steps_appended_at_once_are_the_rows_of_their_summaries(classes):
    import numpy as np

    start, k = CHUNK - 3, 7  # across a chunk's end, after rows appended one at a time
    before = [_summary(i, accuracy=0.5 if classes else None, val_accuracy=None) for i in range(start)]
    rng = np.random.default_rng(0)
    loss, acc, val, val_acc = rng.random(k), rng.random(k), rng.random(k), rng.random(k)
    has_val = np.array([True, False, True, True, False, False, True])
    diverged = np.zeros(k, bool)
    diverged[-1] = True
    val[-1] = math.nan
    norms, dead, saturated = rng.random((k, 3)), rng.random((k, 3)), rng.random((k, 3))
    one_by_one = SummaryLog(before)
    for s in range(k):
        one_by_one.append(StepSummary(
            step=start + s, loss=float(loss[s]), val_loss=float(val[s]) if has_val[s] else None,
            grad_norms=tuple(norms[s].tolist()), dead_fractions=tuple(dead[s].tolist()), diverged=bool(diverged[s]),
            saturated_fractions=tuple(saturated[s].tolist()), accuracy=float(acc[s]) if classes else None,
            val_accuracy=float(val_acc[s]) if classes and has_val[s] else None))
    at_once = SummaryLog(before)
    at_once.append_steps(start, loss, acc if classes else None, has_val, val, val_acc if classes else None,
                         diverged, norms, dead, saturated)
    assert at_once == one_by_one and len(at_once) == start + k
    assert at_once[-2] == one_by_one[-2] and at_once[-1].diverged and math.isnan(at_once[-1].val_loss)
    with pytest.raises(ValueError, match="3 layers"):
        at_once.append_steps(0, loss, None, has_val, val, None, diverged, norms[:, :2], dead[:, :2],
                             saturated[:, :2])


@pytest.mark.parametrize(("start", "stop"), [(0, None), (5, 20), (CHUNK - 3, CHUNK + 4), (CHUNK + 10, CHUNK + 10),
                                             (10, 5), (-7, None)])
def test_columns_hold_the_same_numbers_as_the_summaries(start, stop):
    """What the plots read (without a StepSummary per step) is what the summaries say:
    None as NaN, across chunk borders, for any slice."""
    log = SummaryLog()
    for i in range(CHUNK + 10):
        log.append(StepSummary(step=i, loss=1.0 / (i + 1), val_loss=None if i % 3 else 0.5 + i,
                               grad_norms=(1e-3 * i, 2.0), dead_fractions=(0.1, i / 1e4), diverged=i == 7,
                               saturated_fractions=(0.0, 0.3), accuracy=0.5 if i % 2 else None,
                               val_accuracy=None if i % 3 else 0.25))
    fast, slow = log.columns(start, stop), SummaryColumns.of(log[start:stop])
    assert len(fast) == len(slow) == len(log[start:stop])
    for name in ("step", "loss", "val_loss", "accuracy", "val_accuracy", "grad_norms", "dead_fractions",
                 "saturated_fractions"):
        a, b = getattr(fast, name), getattr(slow, name)
        assert a.size == b.size and np.array_equal(a.reshape(b.shape), b, equal_nan=True), name


def test_columns_of_summaries_without_saturation_leave_gaps():
    old = [StepSummary(step=i, loss=1.0, val_loss=None, grad_norms=(1.0, 2.0), dead_fractions=(0.0, 0.5),
                       diverged=False) for i in range(3)]  # a run saved before saturation was measured
    columns = SummaryColumns.of(old)
    assert columns.saturated_fractions.shape == (3, 2) and np.isnan(columns.saturated_fractions).all()
    assert np.isnan(columns.val_loss).all() and np.isnan(columns.accuracy).all()
