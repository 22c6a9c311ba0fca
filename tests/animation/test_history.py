"""History: a ring buffer of StepTraces under a memory ceiling."""

import gc
import sys

import numpy as np
import pytest

from netviz.animation.history import DEFAULT_MAX_BYTES, History, StepNotInHistory, trace_nbytes
from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec
from netviz.engine.trace import BatchNormTrace, LayerTrace, StepTrace, build
from tests.animation.nets import batch


def small_net(**layer_kw):
    spec = NetworkSpec(inputs=2, hidden=(LayerSpec(3, "relu", **layer_kw),), outputs=1)
    return Network(spec, OptimizerSpec("sgd", 0.1))


def run(net, steps, history=None):
    x, y = batch(8)
    traces = []
    for _ in range(steps):
        t = net.train_step(x, y)
        traces.append(t)
        if history is not None:
            history.append(t)
    return traces


def independent_nbytes(traces) -> int:
    """What the stored traces hold, counted here without the history's code: each data
    buffer once (views lead to their base), plus every object's own bytes."""
    buffers = {}
    own = 0

    def visit(obj):
        nonlocal own
        own += sys.getsizeof(obj) + sys.getsizeof(obj.__dict__)
        for v in vars(obj).values():
            if isinstance(v, np.ndarray):
                own += sys.getsizeof(v) - (v.nbytes if v.flags.owndata else 0)
                base = v
                while isinstance(base.base, np.ndarray):
                    base = base.base
                buffers[id(base)] = base.nbytes
            elif isinstance(v, float):
                own += sys.getsizeof(v)
            elif isinstance(v, (LayerTrace, BatchNormTrace)):
                visit(v)

    for t in traces:
        visit(t)
        own += sys.getsizeof(t.layers)
        for lt in t.layers:
            visit(lt)
    return own + sum(buffers.values())


def test_returns_the_exact_trace_objects():
    h = History()
    traces = run(small_net(), 20, h)
    assert len(h) == 20 and h.first_step == 0 and h.last_step == 19
    for t in traces:
        assert h[t.step] is t
    assert list(h) == traces and h.latest is traces[-1]
    assert h.at(0) is traces[0] and h.at(-1) is traces[-1]
    assert h.steps() == list(range(20)) and 5 in h and 20 not in h


def test_nbytes_counts_each_buffer_once():
    h = History()
    traces = run(small_net(), 30, h)
    assert h.trace_bytes == independent_nbytes(traces)
    assert h.trace_bytes < sum(trace_nbytes(t) for t in traces)  # all-True masks etc. are shared
    assert 0 < h.bookkeeping_bytes < 0.5 * h.trace_bytes and h.nbytes == h.trace_bytes + h.bookkeeping_bytes
    assert trace_nbytes(traces[0]) == independent_nbytes(traces[:1])


def test_shared_frozen_weights_count_once():
    frozen, free = History(), History()
    traces = run(small_net(frozen=True), 50, frozen)
    run(small_net(), 50, free)
    assert traces[0].layers[0].weights is traces[-1].layers[0].weights
    assert frozen.nbytes < free.nbytes


def test_ceiling_respected_and_oldest_evicted_first():
    net = small_net(dropout=0.5)
    per_step = trace_nbytes(run(net, 1)[0])
    ceiling = 10 * per_step
    h = History(ceiling)
    kept_counts = set()
    x, y = batch(8)
    for step in range(1, 2001):
        t = net.train_step(x, y)
        h.append(t)
        assert h.nbytes <= ceiling
        assert h.last_step == step and h[step] is t
        assert h.steps() == list(range(h.first_step, step + 1))  # the newest, consecutively
        if step > 100:
            kept_counts.add(len(h))
    assert min(kept_counts) >= 5 and h.evicted == 2000 - len(h)
    assert h.trace_bytes == independent_nbytes(list(h))


def test_errors_say_why_a_step_is_missing():
    h = History(1)  # every append evicts all but the newest
    with pytest.raises(StepNotInHistory) as err:
        h[0]
    assert err.value.reason == "empty"
    traces = run(small_net(), 5, h)
    assert len(h) == 1 and h[4] is traces[-1] and h.nbytes > h.max_bytes  # the newest always stays
    with pytest.raises(StepNotInHistory) as err:
        h[2]
    assert err.value.reason == "evicted" and "memory ceiling" in str(err.value) and isinstance(err.value, IndexError)
    with pytest.raises(StepNotInHistory) as err:
        h[9]
    assert err.value.reason == "not yet"
    with pytest.raises(TypeError):
        h[1.5]
    with pytest.raises(IndexError):
        h.at(3)


def test_steps_must_increase_gaps_allowed():
    net = small_net()
    traces = run(net, 4)
    h = History()
    h.append(traces[0])
    h.append(traces[2])
    with pytest.raises(StepNotInHistory) as err:
        h[1]
    assert err.value.reason == "not recorded"
    with pytest.raises(ValueError, match="clear"):
        h.append(traces[1])
    h.clear()
    assert len(h) == 0 and h.nbytes == 0 and h.bookkeeping_bytes == 0 and h.first_step is None
    h.append(traces[1])
    assert h[1] is traces[1]
    with pytest.raises(StepNotInHistory) as err:
        h[0]
    assert err.value.reason == "never recorded"


def test_max_bytes_validation():
    assert History().max_bytes == DEFAULT_MAX_BYTES == 256 * 2**20
    for bad in (0, -1, 1.5, True, "1MB"):
        with pytest.raises(ValueError, match="max_bytes"):
            History(bad)


def fresh_copy(trace: StepTrace, step: int) -> StepTrace:
    """The trace again as step ``step``, every array a new copy: a step's worth of new memory."""
    layers = tuple(build(LayerTrace, {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in vars(lt).items()})
                   for lt in trace.layers)
    values = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in vars(trace).items()}
    return build(StepTrace, {**values, "layers": layers, "step": step})


def test_memory_stays_under_the_ceiling_over_100000_steps():
    # The output layer alone keeps each synthetic step cheap. A pool of 1,000 copies, each
    # with its own arrays, comes round again only long after the history dropped it (it
    # keeps about 200 steps), so every append brings buffers the history does not hold.
    net = Network(NetworkSpec(inputs=2, hidden=(), outputs=1), OptimizerSpec("sgd", 0.1))
    template = run(net, 1)[0]
    pool = [fresh_copy(template, 0) for _ in range(1000)]
    ceiling = 200 * trace_nbytes(template)
    h = History(ceiling)
    gc.collect()
    live_before = len(gc.get_objects())
    peak = 0
    for step in range(100_000):
        h.append(build(StepTrace, {**vars(pool[step % 1000]), "step": step}))
        peak = max(peak, h.nbytes)
    assert peak <= ceiling
    assert h.last_step == 99_999 and h.first_step == 100_000 - len(h) and 120 <= len(h) <= 200
    assert h.evicted == 100_000 - len(h)
    assert h.trace_bytes == independent_nbytes(list(h))
    # Evicted steps are really let go: the live objects are those of the kept steps only.
    gc.collect()
    assert len(gc.get_objects()) - live_before < 10 * len(h)


def test_nbytes_covers_the_memory_really_held():
    """The ceiling is honest: nbytes is at least what the kept steps really use (tracemalloc
    sees numpy's buffers too), and not much more."""
    import tracemalloc

    net = Network(NetworkSpec(inputs=2, hidden=(LayerSpec(16, "relu"), LayerSpec(16, "tanh", dropout=0.2)), outputs=1),
                  OptimizerSpec("adam", 0.01))
    x, y = batch(16)
    for _ in range(3):
        net.train_step(x, y)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        h = History(10**12)
        for _ in range(400):
            h.append(net.train_step(x, y))
        gc.collect()
        used = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert used <= h.nbytes <= 1.25 * used
