"""The training worker: commands between steps, a throttled mailbox, clean stops, and a sleeping loop when paused."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QObject, Slot
from threadpoolctl import threadpool_info

from netviz.animation.heatmaps import GRID_SIZE
from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.datasets import make_dataset
from netviz.engine.lessons import find_lesson
from netviz.engine.trainer import StepSummary, Trainer
from netviz.ui.mailbox import Mailbox, RecordedSteps, Snapshot
from netviz.ui.worker import PUBLISH_INTERVAL_S, TrainingWorker
from netviz.ui.worker_handle import WorkerHandle

TIMEOUT_MS = 10_000  # generous: a loaded machine is slow, never wrong


def tiny_trainer(dataset: str = "circle", hidden=(4,), batch: int = 16, lr: float = 0.1, seed: int = 0) -> Trainer:
    data = make_dataset(dataset, samples=120, seed=seed)
    spec = NetworkSpec(inputs=data.n_inputs, hidden=tuple(LayerSpec(u, "tanh") for u in hidden),
                       outputs=data.n_outputs, output=data.output_kind, seed=seed)
    return Trainer(spec, data, TrainSpec(batch_size=batch, optimizer=OptimizerSpec(learning_rate=lr)))


def large_trainer() -> Trainer:
    """12 hidden layers of 64 units, batch 64: the largest picture the spec allows."""
    data = make_dataset("circle", samples=400)
    spec = NetworkSpec(inputs=2, hidden=tuple(LayerSpec(64, "relu") for _ in range(12)), outputs=1)
    return Trainer(spec, data, TrainSpec(batch_size=64))


class FakeClock:
    """A clock for the worker that only moves when the test moves it (read from the worker thread)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Recorder(QObject):
    """A GUI-thread receiver of the worker's signals (methods, never lambdas), noting the thread."""

    def __init__(self) -> None:
        super().__init__()
        self.stopped: list[str] = []
        self.errors: list[str] = []
        self.threads: set[int] = set()

    @Slot(str)
    def on_stopped(self, reason: str) -> None:
        self.stopped.append(reason)
        self.threads.add(threading.get_ident())

    @Slot(str)
    def on_error(self, message: str) -> None:
        self.errors.append(message)
        self.threads.add(threading.get_ident())


@pytest.fixture
def start(qapp):
    """start(trainer) -> (handle, recorder); every handle is shut down afterwards, whatever happened."""
    handles: list[WorkerHandle] = []
    recorders: list[Recorder] = []

    def _start(trainer: Trainer, **kwargs) -> tuple[WorkerHandle, Recorder]:
        handle = WorkerHandle(trainer, **kwargs)
        handles.append(handle)
        recorder = Recorder()
        recorders.append(recorder)
        handle.worker.sigStopped.connect(recorder.on_stopped)
        handle.worker.sigError.connect(recorder.on_error)
        return handle, recorder

    yield _start
    results = [h.shutdown(timeout_s=5.0) for h in handles]
    assert all(results), "a worker thread did not join"
    assert not any(h.thread.isRunning() for h in handles)


def wait_snapshot(qtbot, handle: WorkerHandle, predicate, after_seq: int = 0, timeout: int = TIMEOUT_MS) -> Snapshot:
    """Poll the mailbox, as the GUI's timer does, until a snapshot newer than ``after_seq`` satisfies ``predicate``."""
    found: list[Snapshot] = []

    def check() -> None:
        snap = handle.mailbox.take_if_newer(after_seq)
        # Raised by hand: pytest's rewritten assert would format the snapshot (its whole
        # shared history) on every poll, which starves the worker on a long run.
        if snap is None or not predicate(snap):
            raise AssertionError("no such snapshot yet")
        found.append(snap)

    qtbot.waitUntil(check, timeout=timeout)
    return found[-1]


def pause_and_settle(qtbot, handle: WorkerHandle) -> Snapshot:
    """Pause, and return the first snapshot that shows the pause."""
    seq = handle.mailbox.latest().seq
    handle.pause()
    return wait_snapshot(qtbot, handle, lambda s: not s.playing, after_seq=seq)


# ----- the mailbox ------------------------------------------------------------------------


def _snapshot(seq: int, trainer: Trainer) -> Snapshot:
    return Snapshot(seq=seq, generation=0, trace=None, steps_done=0, history_len=0, history=trainer.history,
                    stop_reason=None, playing=False, speed=None, steps_per_second=0.0, grid_outputs=None,
                    grid_extent=None, grid_layers=None, recorded=RecordedSteps(), dataset=trainer.dataset,
                    network_spec=trainer.spec)


def test_mailbox_keeps_only_the_latest_snapshot():
    trainer = tiny_trainer()
    box = Mailbox()
    assert len(box) == 0 and box.take_if_newer(0) is None and box.latest() is None
    for seq in (1, 2, 3):
        box.put(_snapshot(seq, trainer))
    assert len(box) == 1
    assert box.published == 3
    assert box.take_if_newer(0).seq == 3
    assert box.take_if_newer(2).seq == 3
    assert box.take_if_newer(3) is None
    assert box.take_if_newer(0).seq == 3, "reading does not empty the mailbox"


# ----- the worker -------------------------------------------------------------------------


def test_worker_has_no_parent_and_lives_in_its_thread(start, qtbot):
    handle, _ = start(tiny_trainer())
    assert handle.worker.parent() is None
    assert handle.worker.thread() is handle.thread
    qtbot.waitUntil(lambda: handle.worker.running, timeout=TIMEOUT_MS)
    first = wait_snapshot(qtbot, handle, lambda s: True)
    assert first.generation == 0 and first.steps_done == 0 and first.trace is None and not first.playing


def test_play_trains_and_pause_stops_training(start, qtbot):
    handle, recorder = start(tiny_trainer())
    handle.play()
    playing = wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= 20)
    assert playing.trace is not None and playing.trace.step == playing.steps_done - 1
    later = wait_snapshot(qtbot, handle, lambda s: s.steps_done > playing.steps_done + 20, after_seq=playing.seq)
    assert later.steps_per_second > 0.0

    paused = pause_and_settle(qtbot, handle)
    qtbot.wait(300)
    now = handle.mailbox.latest()
    assert not now.playing
    assert now.steps_done == paused.steps_done, "a paused worker must not train"
    assert now.steps_per_second == 0.0
    assert now.history_len == now.steps_done
    assert recorder.errors == [] and recorder.stopped == []


def test_step_once_advances_exactly_one_step(start, qtbot):
    handle, _ = start(tiny_trainer())
    first = wait_snapshot(qtbot, handle, lambda s: True)
    handle.step_once()
    one = wait_snapshot(qtbot, handle, lambda s: s.steps_done >= 1, after_seq=first.seq)
    qtbot.wait(200)
    latest = handle.mailbox.latest()
    assert one.steps_done == 1 and latest.steps_done == 1
    assert one.trace is not None and one.trace.step == 0 and not one.playing
    handle.step_once()
    handle.step_once()
    three = wait_snapshot(qtbot, handle, lambda s: s.steps_done >= 3, after_seq=latest.seq)
    qtbot.wait(200)
    assert three.steps_done == 3 and handle.mailbox.latest().steps_done == 3
    assert three.trace.step == 2


def test_step_once_while_playing_pauses_after_one_more_step(start, qtbot):
    handle, _ = start(tiny_trainer())
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= 5)
    handle.step_once()
    stopped = wait_snapshot(qtbot, handle, lambda s: not s.playing, after_seq=handle.mailbox.latest().seq)
    qtbot.wait(200)
    assert handle.mailbox.latest().steps_done == stopped.steps_done


def test_history_is_shared_append_only_and_traces_are_read_only(start, qtbot):
    trainer = tiny_trainer()
    handle, _ = start(trainer)
    handle.play()
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done >= 30)
    assert snap.history is trainer.history
    seen = snap.history[: snap.history_len]
    assert len(seen) == snap.history_len == snap.steps_done
    assert all(isinstance(s, StepSummary) for s in seen)
    assert [s.step for s in seen] == list(range(snap.history_len))
    # The trace crosses threads uncopied: safe only because its arrays cannot be written.
    layer = snap.trace.layers[0]
    for array in (layer.weights, layer.pre_activation, layer.node_grad, layer.weight_grad, snap.trace.inputs):
        assert not array.flags.writeable
    later = wait_snapshot(qtbot, handle, lambda s: s.history_len > snap.history_len + 10, after_seq=snap.seq)
    assert later.history[: snap.history_len] == seen, "items already read never change"


def test_decision_boundary_grid_covers_the_data(start, qtbot):
    trainer = tiny_trainer()
    handle, _ = start(trainer)
    handle.step_once()
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1)
    grid = snap.grid_outputs
    assert grid.shape == (GRID_SIZE, GRID_SIZE, 1)
    assert not grid.flags.writeable
    assert np.all((grid >= 0) & (grid <= 1)), "sigmoid outputs"
    x1_min, x1_max, x2_min, x2_max = snap.grid_extent
    x = np.concatenate([trainer.dataset.x_train, trainer.dataset.x_val])
    assert x1_min < x[:, 0].min() and x1_max > x[:, 0].max()
    assert x2_min < x[:, 1].min() and x2_max > x[:, 1].max()
    # After a single step the grid is exact: the network's evaluation-mode output at the cell centres.
    g = GRID_SIZE
    c1 = x1_min + (np.arange(g) + 0.5) * (x1_max - x1_min) / g
    c2 = x2_min + (np.arange(g) + 0.5) * (x2_max - x2_min) / g
    r, c = 7, 31  # row follows x2, column x1
    expected = trainer.network.predict(np.array([[c1[c], c2[r]]]))[0]
    np.testing.assert_allclose(grid[r, c], expected, rtol=1e-12)


def test_no_grid_for_data_with_more_than_two_inputs(start, qtbot):
    data = make_dataset("digits", samples=200)
    spec = NetworkSpec(inputs=64, hidden=(LayerSpec(8),), outputs=10, output="softmax")
    handle, _ = start(Trainer(spec, data, TrainSpec(batch_size=16)))
    handle.step_once()
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1)
    assert snap.grid_outputs is None and snap.grid_extent is None


def test_apply_changes_the_learning_rate_between_steps(start, qtbot):
    handle, recorder = start(tiny_trainer(lr=0.1))
    handle.step_once()
    first = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1)
    assert first.trace.learning_rate == pytest.approx(0.1)
    handle.apply(lambda tr: tr.set_optimizer(OptimizerSpec(learning_rate=0.01)))
    handle.step_once()
    second = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 2, after_seq=first.seq)
    assert second.trace.learning_rate == pytest.approx(0.01)

    # While playing, too: each trace shows one setting or the other, and the new one sticks.
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= 10)
    handle.apply(lambda tr: tr.set_optimizer(OptimizerSpec(learning_rate=0.5)))
    changed = wait_snapshot(qtbot, handle, lambda s: s.trace.learning_rate == pytest.approx(0.5))
    later = wait_snapshot(qtbot, handle, lambda s: s.steps_done > changed.steps_done + 10, after_seq=changed.seq)
    assert later.trace.learning_rate == pytest.approx(0.5)
    assert recorder.errors == []


def test_applied_callables_run_in_the_worker_thread_with_one_blas_thread(start, qtbot):
    handle, _ = start(tiny_trainer())
    seen: list[tuple[int, list[int]]] = []

    def probe(trainer: Trainer) -> None:
        blas = [info["num_threads"] for info in threadpool_info() if info.get("user_api") == "blas"]
        seen.append((threading.get_ident(), blas))

    handle.apply(probe)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=TIMEOUT_MS)
    ident, blas = seen[0]
    assert ident != threading.get_ident()
    assert all(n == 1 for n in blas)


def test_reset_swaps_the_trainer_and_bumps_the_generation(start, qtbot):
    old = tiny_trainer("circle")
    handle, _ = start(old)
    handle.play()
    before = wait_snapshot(qtbot, handle, lambda s: s.steps_done >= 10)
    assert before.generation == 0

    new = tiny_trainer("xor", hidden=(6, 5), seed=3)
    handle.reset(new)
    fresh = wait_snapshot(qtbot, handle, lambda s: s.generation == 1, after_seq=before.seq)
    assert fresh.steps_done == 0 and fresh.history_len == 0 and fresh.trace is None
    assert not fresh.playing, "a reset leaves the worker paused"
    assert fresh.history is new.history and fresh.dataset is new.dataset and fresh.network_spec is new.spec
    assert fresh.grid_outputs is not None
    np.testing.assert_allclose(fresh.grid_outputs[0, 0], new.network.predict(
        np.array([[fresh.grid_extent[0] + 0.5 * (fresh.grid_extent[1] - fresh.grid_extent[0]) / GRID_SIZE,
                   fresh.grid_extent[2] + 0.5 * (fresh.grid_extent[3] - fresh.grid_extent[2]) / GRID_SIZE]]))[0])
    frozen_old = old.steps_done
    handle.step_once()
    stepped = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1, after_seq=fresh.seq)
    assert stepped.generation == 1 and stepped.trace.layers[0].units == 6
    assert old.steps_done == frozen_old, "the old trainer is no longer trained"

    handle.reset(tiny_trainer())
    again = wait_snapshot(qtbot, handle, lambda s: s.generation == 2, after_seq=stepped.seq)
    assert again.steps_done == 0


def test_mailbox_holds_one_snapshot_and_seq_increases(start, qtbot):
    handle, _ = start(tiny_trainer())
    wait_snapshot(qtbot, handle, lambda s: True)  # from the first publish on, the mailbox holds exactly one
    handle.play()
    seqs: list[int] = []
    sizes: set[int] = set()

    def poll() -> None:  # the GUI's timer, roughly: read whatever is newer than what was read
        sizes.add(len(handle.mailbox))
        snap = handle.mailbox.take_if_newer(seqs[-1] if seqs else 0)
        if snap is not None:
            seqs.append(snap.seq)
        assert len(seqs) >= 5

    qtbot.waitUntil(poll, timeout=TIMEOUT_MS)
    assert sizes == {1}
    assert all(b > a for a, b in zip(seqs, seqs[1:]))


def test_publishing_is_throttled(start, qtbot):
    # The clock stands still unless the test moves it, so publishing can only follow the clock.
    clock = FakeClock()
    trainer = tiny_trainer(hidden=(3,), batch=8)
    handle, _ = start(trainer, clock=clock)
    wait_snapshot(qtbot, handle, lambda s: True)
    published = handle.mailbox.published
    handle.play()
    qtbot.waitUntil(lambda: trainer.steps_done >= 30, timeout=TIMEOUT_MS)
    assert handle.mailbox.published == published, "no snapshot before PUBLISH_INTERVAL_S has passed"
    clock.advance(1.25 * PUBLISH_INTERVAL_S)  # one interval (and not two), whatever the rounding
    qtbot.waitUntil(lambda: handle.mailbox.published == published + 1, timeout=TIMEOUT_MS)
    steps = trainer.steps_done
    qtbot.waitUntil(lambda: trainer.steps_done >= steps + 30, timeout=TIMEOUT_MS)
    assert handle.mailbox.published == published + 1, "one snapshot per interval, however many steps"
    snap = handle.mailbox.latest()
    assert snap.playing and snap.steps_done >= 30
    paused = pause_and_settle(qtbot, handle)  # a pause publishes at once, clock or not
    assert paused.steps_done == trainer.steps_done


def test_speed_limits_the_steps_per_second(start, qtbot):
    clock = FakeClock()
    trainer = tiny_trainer()
    handle, _ = start(trainer, clock=clock)
    wait_snapshot(qtbot, handle, lambda s: True)
    handle.set_speed(16)  # one step every 1/16 s of the clock (exact in binary: no rounding)
    handle.play()
    qtbot.waitUntil(lambda: trainer.steps_done == 1, timeout=TIMEOUT_MS)
    qtbot.wait(100)
    assert trainer.steps_done == 1, "the next step waits for its time"
    clock.advance(1 / 16)
    qtbot.waitUntil(lambda: trainer.steps_done == 2, timeout=TIMEOUT_MS)
    clock.advance(1 / 32)
    qtbot.wait(100)
    assert trainer.steps_done == 2, "not before 1/16 s"
    clock.advance(1 / 32)
    qtbot.waitUntil(lambda: trainer.steps_done == 3, timeout=TIMEOUT_MS)
    # After a long stall (a slow step, a busy machine) it does not train a burst to catch up.
    clock.advance(1.0)
    qtbot.waitUntil(lambda: trainer.steps_done >= 4, timeout=TIMEOUT_MS)
    qtbot.wait(100)
    assert trainer.steps_done <= 5, f"{trainer.steps_done - 3} steps after one stall"
    paused = pause_and_settle(qtbot, handle)
    assert paused.speed == 16.0
    handle.set_speed(0)
    handle.play()
    clock.advance(1.0)  # playing, it publishes once the clock allows
    full = wait_snapshot(qtbot, handle, lambda s: s.playing, after_seq=paused.seq)
    assert full.speed is None


def test_commands_check_their_arguments_in_the_caller(start):
    handle, _ = start(tiny_trainer())
    with pytest.raises(ValueError):
        handle.set_speed(-1)
    with pytest.raises(ValueError):
        handle.set_speed(float("nan"))
    with pytest.raises(TypeError):
        handle.reset("circle")
    with pytest.raises(TypeError):
        handle.apply(3)
    with pytest.raises(TypeError):
        TrainingWorker("not a trainer")


def test_divergence_pauses_and_signals_once(start, qtbot):
    handle, recorder = start(find_lesson("exploding").build())
    handle.play()
    qtbot.waitUntil(lambda: len(recorder.stopped) == 1, timeout=TIMEOUT_MS)
    assert "diverged" in recorder.stopped[0]
    assert recorder.threads == {threading.get_ident()}, "the signal is delivered in the GUI thread"
    snap = wait_snapshot(qtbot, handle, lambda s: s.stop_reason is not None)
    assert not snap.playing and "diverged" in snap.stop_reason and snap.trace.diverged
    steps = snap.steps_done

    # Play and step on a stopped trainer do nothing, and nothing is signalled again.
    handle.play()
    handle.step_once()
    qtbot.wait(300)
    latest = handle.mailbox.latest()
    assert latest.steps_done == steps and not latest.playing
    assert len(recorder.stopped) == 1 and recorder.errors == []

    # The worker lives on: a new trainer trains.
    handle.reset(tiny_trainer())
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.generation == 1 and s.steps_done >= 5 and s.playing)
    assert handle.worker.running


def test_an_exception_in_an_applied_callable_is_reported_and_training_goes_on(start, qtbot):
    handle, recorder = start(tiny_trainer())
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= 5)

    def broken(trainer: Trainer) -> None:
        raise ValueError("no such setting: learning_rat")

    handle.apply(broken)
    qtbot.waitUntil(lambda: len(recorder.errors) == 1, timeout=TIMEOUT_MS)
    assert "ValueError" in recorder.errors[0] and "learning_rat" in recorder.errors[0]
    assert recorder.threads == {threading.get_ident()}
    after = handle.mailbox.latest()
    later = wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= after.steps_done + 20,
                          after_seq=after.seq)
    assert later.stop_reason is None and handle.worker.running
    assert recorder.stopped == []


def test_an_invalid_setting_is_reported_and_the_old_one_stays(start, qtbot):
    handle, recorder = start(tiny_trainer(lr=0.1))
    handle.apply(lambda tr: tr.set_optimizer(OptimizerSpec(learning_rate=-1.0)))
    qtbot.waitUntil(lambda: len(recorder.errors) == 1, timeout=TIMEOUT_MS)
    assert "learning_rate" in recorder.errors[0]
    handle.step_once()
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1)
    assert snap.trace.learning_rate == pytest.approx(0.1)


def test_shutdown_while_training_a_large_network_at_full_speed_joins(start, qtbot):
    handle, recorder = start(large_trainer())
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= 3)
    assert handle.shutdown(timeout_s=1.0)
    assert not handle.thread.isRunning()
    assert not handle.worker.running
    final = handle.mailbox.latest()
    assert not final.playing
    assert recorder.errors == []


def test_shutdown_twice_is_harmless(start, qtbot):
    handle, _ = start(tiny_trainer())
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.playing)
    assert handle.shutdown()
    assert handle.shutdown()
    assert handle.joined and not handle.thread.isRunning()
    handle.play()  # commands after shutdown are ignored, not errors
    handle.shutdown()


def test_shutdown_right_after_start(start):
    handle, _ = start(tiny_trainer())
    assert handle.shutdown(timeout_s=1.0)
    assert not handle.thread.isRunning()


def test_a_paused_worker_sleeps_until_a_command_wakes_it(start, qtbot):
    # With the safety-net wake-up far away, a paused loop that did not block would go round
    # and round here; one that blocks goes round only when a command arrives.
    handle, _ = start(tiny_trainer(), idle_wait_s=3600.0)
    handle.play()
    wait_snapshot(qtbot, handle, lambda s: s.playing and s.steps_done >= 10)
    paused = pause_and_settle(qtbot, handle)
    passes = handle.worker.passes
    qtbot.wait(300)
    assert handle.worker.passes == passes, f"{handle.worker.passes - passes} loop passes while paused"
    handle.step_once()
    wait_snapshot(qtbot, handle, lambda s: s.steps_done == paused.steps_done + 1, after_seq=paused.seq)
    assert handle.worker.passes > passes


def test_play_until_pauses_at_exactly_that_step(start, qtbot):
    handle, _ = start(tiny_trainer())
    handle.play(until=37)
    done = wait_snapshot(qtbot, handle, lambda s: s.steps_done >= 37 and not s.playing)
    assert done.steps_done == 37 and done.trace.step == 36
    handle.play(until=37)  # already there: nothing more to train
    qtbot.wait(100)
    assert handle.mailbox.latest().steps_done == 37


def test_reset_with_a_builder_builds_in_the_worker_thread(start, qtbot):
    handle, recorder = start(tiny_trainer())
    built_in: list = []

    def build() -> Trainer:
        built_in.append(threading.current_thread() is threading.main_thread())
        return tiny_trainer("xor", hidden=(3,))

    handle.reset(build)
    fresh = wait_snapshot(qtbot, handle, lambda s: s.generation == 1)
    assert built_in == [False] and fresh.network_spec.hidden[0].units == 3

    def broken() -> Trainer:
        raise ValueError("network.hidden[0]: must be between 1 and 64, got 99")

    handle.reset(broken)
    qtbot.waitUntil(lambda: bool(recorder.errors), timeout=TIMEOUT_MS)
    assert "must be between 1 and 64" in recorder.errors[-1]
    assert handle.mailbox.latest().generation == 1  # the old trainer stays


def test_layer_maps_give_every_node_its_output_over_the_plane(start, qtbot):
    trainer = tiny_trainer(hidden=(4, 3))
    handle, _ = start(trainer)
    handle.set_layer_maps(True)
    handle.step_once()
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1 and s.grid_layers is not None)
    shapes = [g.shape for g in snap.grid_layers]
    assert shapes == [(GRID_SIZE, GRID_SIZE, n) for n in (2, 4, 3, 1)]
    np.testing.assert_array_equal(snap.grid_layers[-1], snap.grid_outputs)
    handle.set_layer_maps(False)
    handle.step_once()
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 2)
    assert snap.grid_layers is None


def test_every_step_is_recorded_for_the_timeline(start, qtbot):
    handle, _ = start(tiny_trainer())
    handle.play(until=50)
    snap = wait_snapshot(qtbot, handle, lambda s: s.steps_done >= 50 and not s.playing)
    assert snap.recorded.span() == (0, 49)
    traces = [snap.recorded.get(step) for step in range(50)]
    assert [t.step for t in traces] == list(range(50))
    assert traces[-1] is snap.trace
    assert snap.recorded.get(50) is None
    handle.reset(tiny_trainer())
    fresh = wait_snapshot(qtbot, handle, lambda s: s.generation == 1)
    assert fresh.recorded.span() is None and snap.recorded.span() == (0, 49)


# ----- the first picture: a preview before the first step ---------------------------------


def test_the_first_snapshot_of_a_generation_carries_the_preview(start, qtbot):
    trainer = tiny_trainer()
    twin = tiny_trainer()
    handle, recorder = start(trainer)
    first = wait_snapshot(qtbot, handle, lambda s: True)
    assert first.trace is None and first.preview is not None and first.shown_trace is first.preview
    assert first.preview.preview and first.preview.step == -1 and first.steps_done == 0
    # The network from its initial weights: the very pass of the first step, without its update.
    expected = twin.preview()
    assert first.preview.loss == expected.loss
    np.testing.assert_array_equal(first.preview.layers[0].weights, twin.network.layers[0].weights)

    handle.step_once()
    one = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1, after_seq=first.seq)
    assert one.preview is None and one.shown_trace is one.trace
    assert one.trace.loss == twin.step().loss, "the preview moved no random stream"
    assert one.recorded.span() == (0, 0), "the preview is not recorded as a step"

    handle.reset(tiny_trainer("xor", hidden=(6, 5), seed=3))
    fresh = wait_snapshot(qtbot, handle, lambda s: s.generation == 1, after_seq=one.seq)
    assert fresh.trace is None and fresh.preview is not None
    assert [lt.units for lt in fresh.preview.layers] == [6, 5, 1]
    assert recorder.errors == []


def test_a_setting_applied_before_the_first_step_renews_the_preview(start, qtbot):
    handle, _ = start(tiny_trainer(lr=0.1))
    first = wait_snapshot(qtbot, handle, lambda s: s.preview is not None)
    handle.apply(lambda tr: tr.set_optimizer(OptimizerSpec(learning_rate=0.5)))
    renewed = wait_snapshot(qtbot, handle, lambda s: s.preview is not first.preview, after_seq=first.seq)
    assert renewed.preview is not None and renewed.preview.learning_rate == pytest.approx(0.5)


def test_a_continued_run_shows_no_preview_of_step_1_but_its_network_as_it_is(start, qtbot):
    """A continued run without a stored trace (e.g. a saved run, opened again: its next step
    is step 4, not step 1) shows no "before step 1" preview; its network as it is now is
    shown as an edit is, numbered as the last step trained, or the view would stay blank."""
    trainer = tiny_trainer()
    trainer.run(3)
    handle, _ = start(trainer)
    first = wait_snapshot(qtbot, handle, lambda s: True)
    assert first.steps_done == 3 and first.trace is None
    assert first.preview is not None and first.preview.step == 2
    for shown, now in zip(first.preview.layers, trainer.network.layers):
        assert np.array_equal(shown.weights, now.weights)


def test_an_edit_shows_at_once_as_a_preview_and_the_run_continues_from_it(start, qtbot):
    from netviz.engine.weight_edit import SetWeight

    handle, recorder = start(tiny_trainer())
    handle.step_once()
    first = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 1)
    handle.edit(SetWeight(layer=0, source=0, target=1, value=3.0))
    edited = wait_snapshot(qtbot, handle, lambda s: s.edited, after_seq=first.seq)
    assert edited.shown_trace is edited.preview and edited.preview.step == 0  # drawn as "step 1", edited
    assert edited.shown_trace.layers[0].weights[0, 1] == 3.0 and edited.steps_done == 1
    assert edited.grid_outputs is not first.grid_outputs  # the boundary follows the edit at once
    handle.step_once()
    second = wait_snapshot(qtbot, handle, lambda s: s.steps_done == 2, after_seq=edited.seq)
    assert not second.edited and second.shown_trace is second.trace
    assert second.trace.layers[0].weights[0, 1] == 3.0
    assert recorder.errors == []
