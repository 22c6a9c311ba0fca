"""Scrubbing with background replays: a step that needs a replay is asked for and shown once it
arrives, exact; the newest request wins; the training thread never waits for a replay; a reset
or a close in the middle of one shows nothing of it."""

from __future__ import annotations

import threading
import time

import pytest

from netviz.animation import run_timeline, view_model
from netviz.animation.scrub_replays import ScrubReplays
from netviz.animation.view_model import ViewModel
from netviz.engine.lessons import find_lesson
from netviz.ui.mailbox import RecordedSteps

from .test_run_timeline import assert_same

WAIT_S = 20.0
STEP_S = 1e-3  # the step cost told to the timeline: it checkpoints every 32 steps (50 ms of replay)
INTERVAL = 32


def wait_for(condition, what, timeout_s=WAIT_S):
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)


def trained(steps, drawn=(), interval=None):
    """A lesson run trained as the worker trains it (``drawn`` steps traced and kept, the others
    not), its recorded steps, and every step's trace from a twin Trainer that traces all."""
    build = find_lesson("dead-relu").build
    trainer, recorded = build(), RecordedSteps(interval=interval)
    recorded.checkpoint(trainer)
    for step in range(steps):
        if step in drawn:
            recorded.record(trainer, trainer.step(), STEP_S)
        else:
            trainer.step_outcome()
            recorded.record(trainer, None, STEP_S)
    assert recorded.timeline.interval == (interval or INTERVAL)
    twin = build()
    return trainer, recorded, [twin.step() for _ in range(steps)]


def scrubbing_model(recorded, live):
    model = ViewModel("lesson", "", replays=ScrubReplays())
    model.show_live(live, recorded)
    return model


def arrive(model):
    """Poll as the frame loop does, until the pinned step's replay arrived."""
    arrived = []
    wait_for(lambda: arrived.append(model.poll_replay()) or arrived[-1] is not None, "the replay")
    return arrived[-1]


def test_a_step_that_needs_a_replay_is_asked_for_at_once_and_shown_exact_when_it_arrives():
    _, recorded, reference = trained(200, drawn={0, 199})
    model = scrubbing_model(recorded, reference[199])
    far = 2 * INTERVAL - 3  # 29 steps from its checkpoint: more than an inline replay's worth
    assert recorded.at_hand(far) is None and recorded.replay_seconds(far) > 0.01
    model.pin(far)
    assert model.shown_step() == far and model.computing == far  # the step number, at once
    assert model.trace_shown() is reference[199]  # the picture before it, meanwhile
    done = arrive(model)
    assert done.step == far and done.error is None and model.computing is None
    assert_same(model.trace_shown(), reference[far], f"step {far}")
    model.pin(far - 3)  # traced on the way by the same replay: at hand, no new request
    assert model.computing is None
    assert_same(model.trace_shown(), reference[far - 3], f"step {far - 3}")
    model.pin(far + 1)  # the next step after a replay: one step of the walker, replayed at once (inline)
    assert recorded.replay_seconds(far + 1) <= view_model.INLINE_REPLAY_S and model.computing is None
    assert_same(model.trace_shown(), reference[far + 1], f"step {far + 1}")
    model.pin(199)  # kept as drawn
    assert model.computing is None and model.trace_shown() is recorded.at_hand(199)
    model.replays.close()


class Gated:
    """Recorded steps whose replays wait at a gate, and which say what they were asked."""

    def __init__(self, recorded):
        self.recorded = recorded
        self.gate = threading.Event()
        self.asked = []
        self.stopped_early = []

    def get(self, step, cancelled=None):
        self.asked.append(step)
        self.gate.wait(WAIT_S)
        if cancelled is not None and cancelled():
            self.stopped_early.append(step)
            return None
        return self.recorded.get(step, cancelled)

    def at_hand(self, step):
        return self.recorded.at_hand(step)

    def replay_seconds(self, step):
        return 1.0  # always the background

    def span(self):
        return self.recorded.span()


def test_the_newest_request_wins_and_the_ones_passed_over_are_never_shown():
    _, recorded, reference = trained(150, drawn={149})
    gated = Gated(recorded)
    model = scrubbing_model(gated, reference[149])
    shown = []
    for step in (40, 80, 120):  # dragged quickly across the slider
        model.pin(step)
        shown.append(model.trace_shown())
        wait_for(lambda: gated.asked, "the first replay to start")
    assert all(trace is reference[149] for trace in shown)  # nothing new until a replay arrives
    assert model.shown_step() == 120 and model.computing == 120
    gated.gate.set()
    done = arrive(model)
    assert done.step == 120
    assert gated.asked == [40, 120] and gated.stopped_early == [40]  # 80 never started, 40 stopped unseen
    assert model.replays.dropped == 2 and model.replays.finished == 1
    assert_same(model.trace_shown(), reference[120], "step 120")
    assert model.replays.take(gated, 40) is None and model.replays.take(gated, 80) is None
    model.replays.close()


def test_a_step_at_hand_shown_while_a_replay_runs_stops_that_replay(slow_replays):
    _, recorded, reference = trained(300, drawn={299})
    model = scrubbing_model(recorded, reference[299])
    model.pin(250)
    assert model.computing == 250 and slow_replays[1].wait(WAIT_S)
    model.pin(299)  # kept: shown at once, and the replay of 250 is of no use any more
    assert model.computing is None and model.trace_shown() is recorded.at_hand(299)
    slow_replays[0].set()
    wait_for(lambda: not model.replays.busy(), "the replay to stop")
    assert model.replays.finished == 0 and model.poll_replay() is None
    model.replays.close()


def test_a_cancelled_replay_stops_between_chunks():
    _, recorded, _ = trained(300, drawn={299}, interval=256)  # chunks of 50 steps (a guessed cost)
    chunks = []
    answer = recorded.get(250, cancelled=lambda: chunks.append(1) or len(chunks) > 2)
    assert answer is None and len(chunks) == 3  # stopped at its third question, not at the end


def make_replays_slow(monkeypatch):
    """Replays made slow on purpose, in the scrubbing thread only: each chunk waits at a gate
    until the test opens it. Returns (gate, entered: set once a slow chunk has begun)."""
    gate = threading.Event()
    entered = threading.Event()

    class SlowReplay(run_timeline.Replay):
        def trace(self, step, keep=None, traced_from=None):
            if threading.current_thread().name == "netviz scrub replay":
                entered.set()
                gate.wait(WAIT_S)
            return super().trace(step, keep, traced_from)

    monkeypatch.setattr(run_timeline, "Replay", SlowReplay)
    return gate, entered


@pytest.fixture
def slow_replays(monkeypatch):
    return make_replays_slow(monkeypatch)


def test_the_training_thread_never_waits_for_a_replay(slow_replays):
    gate, entered = slow_replays
    trainer, recorded, reference = trained(300, drawn={299})
    replays = ScrubReplays()
    replays.request(recorded, 250)
    assert entered.wait(WAIT_S) and replays.busy()
    done = threading.Event()
    worker_saw = []

    def worker():  # as the worker does: record the next step, then replay the step it paused on
        recorded.record(trainer, trainer.step(), 1e-3)
        trainer.step_outcome()
        recorded.record(trainer, None, 1e-3)
        worker_saw.append(recorded.get(trainer.steps_done - 1))
        done.set()

    threading.Thread(target=worker).start()
    assert done.wait(WAIT_S)
    assert replays.busy(), "the replay in the background was still running while the worker went on"
    twin = find_lesson("dead-relu").build()
    for _ in range(301):
        twin.step_outcome()
    assert_same(worker_saw[0], twin.step(), "the step the worker replayed")
    gate.set()
    wait_for(lambda: not replays.busy(), "the replay")
    assert_same(replays.take(recorded, 250).trace, reference[250], "step 250")
    assert replays.close()


def test_a_reset_in_the_middle_of_a_replay_shows_nothing_of_the_old_run(slow_replays):
    _, recorded, reference = trained(300, drawn={299})
    model = scrubbing_model(recorded, reference[299])
    model.pin(250)
    assert model.computing == 250 and slow_replays[1].wait(WAIT_S)
    model.set_lesson("another", "")  # a reset: the new run's recorded steps follow
    _, new_recorded, new_reference = trained(40, drawn={39})
    model.show_live(new_reference[39], new_recorded)
    slow_replays[0].set()
    wait_for(lambda: not model.replays.busy(), "the old replay to stop")
    for _ in range(5):
        assert model.poll_replay() is None
    assert model.computing is None and model.trace_shown() is new_reference[39]
    assert model.replays.finished == 0  # stopped at its next chunk, unseen
    model.replays.close()


def test_closing_in_the_middle_of_a_replay_ends_its_thread(slow_replays):
    _, recorded, reference = trained(300, drawn={299})
    model = scrubbing_model(recorded, reference[299])
    model.pin(250)
    assert slow_replays[1].wait(WAIT_S)
    threading.Timer(0.2, slow_replays[0].set).start()  # the chunk under way ends; no other starts
    assert model.close()
    assert model.replays.closed and not model.replays.busy() and model.replays.finished == 0
    model.replays.request(recorded, 10)  # after the close: refused quietly
    assert not model.replays.busy()
