"""StepFrames: which steps, how many frames, the divergence banner, and the step-player
hook the step animation will plug into."""

from __future__ import annotations

import gc
import warnings

import numpy as np
import pytest

from netviz.animation.choreography import settled_scene
from netviz.animation.options import SceneOptions
from netviz.animation.scene import scenes_equal
from netviz.engine.trace import StepTrace
from netviz.export import ExportError, ExportJob, FrameContext, FrameSource, SettledPlayer, StepFrames


def test_frames_per_step_and_one_picture_per_step():
    frames = StepFrames("vanishing", steps=4, fps=30, seconds_per_step=0.5)
    assert isinstance(frames, FrameSource)
    assert len(frames) == 4 * 15
    assert frames.steps_shown == (1, 4)
    first = frames.scene(0)
    assert all(frames.scene(i) is first for i in range(15))  # the job renders it once
    assert frames.scene(15) is not first and frames.scene(15).step == 2
    assert frames.scene(59).step == 4
    assert first.title == "Vanishing gradients" and first.caption.startswith("Ten hidden layers")
    with pytest.raises(IndexError):
        frames.scene(60)


def test_from_to_shows_only_those_steps_as_trained_from_the_start():
    frames = StepFrames("vanishing", first=5, last=7, fps=10)
    assert len(frames) == 3 * 5 and frames.steps_shown == (5, 7)
    whole = StepFrames("vanishing", steps=7, fps=10)
    assert scenes_equal(frames.scene(0), whole.scene(4 * 5))  # step 5 either way: deterministic
    assert frames.context(0).previous is not None and frames.context(0).previous.step == 3  # step 4, 0-based


def test_a_fix_changes_the_title():
    frames = StepFrames("vanishing", fix="relu", steps=1, fps=10)
    assert frames.scene(0).title == "Vanishing gradients: ReLU"


def test_divergence_ends_the_frames_with_the_banner():
    frames = StepFrames("exploding", steps=50, fps=10)
    first, last = frames.steps_shown
    assert last < 50 and frames.note and "diverged" in frames.note
    assert frames.scene(len(frames) - 1).banner.startswith("Diverged")
    assert "Try:" in frames.scene(len(frames) - 1).banner
    assert frames.scene(0).banner is None


@pytest.mark.parametrize("kwargs, field", [
    (dict(steps=0), "steps"),
    (dict(steps=10_001), "steps"),
    (dict(steps=2, first=1, last=2), "steps"),
    (dict(first=3), "to"),
    (dict(first=5, last=4), "to"),
    (dict(first=0, last=4), "from"),
    (dict(phases="sideways"), "phases"),
    (dict(phases="backward"), "phases"),
    (dict(seconds_per_step=0), "step-seconds"),
    (dict(fps=0), "fps"),
    (dict(fix="magic"), "fix"),
])
def test_wrong_choices_name_the_option(kwargs, field):
    with pytest.raises(ExportError) as info:
        StepFrames("vanishing", **kwargs)
    assert info.value.field == field


def test_unknown_lesson():
    with pytest.raises(ExportError) as info:
        StepFrames("nope")
    assert info.value.field == "lesson" and "no lesson named 'nope'" in info.value.reason


class FakeAnimation:
    """Stands in for the step animation: plays forward and backward, a new picture per frame."""

    phases = ("all", "forward", "backward")
    static = False

    def __init__(self):
        self.contexts: list[FrameContext] = []

    def duration(self, trace, phases):
        return 0.3 if phases == "all" else 0.2

    def scene(self, ctx: FrameContext):
        self.contexts.append(ctx)
        return settled_scene(ctx.trace, SceneOptions(title=ctx.title, caption=f"{ctx.phases} t={ctx.t:.2f}"))


def test_a_step_player_plugs_in_without_touching_the_job(tmp_path):
    player = FakeAnimation()
    frames = StepFrames("vanishing", steps=2, fps=10, phases="forward", player=player)
    assert len(frames) == 2 * 2  # 0.2 s per step at 10 fps
    scenes = [frames.scene(i) for i in range(len(frames))]
    assert scenes[0] is not scenes[1]
    assert [round(c.t, 2) for c in player.contexts] == [0.0, 0.1, 0.0, 0.1]
    assert [c.step for c in player.contexts] == [1, 1, 2, 2]
    assert player.contexts[0].previous is None and player.contexts[2].previous.step == 0
    assert {c.duration for c in player.contexts} == {0.2} and {c.phases for c in player.contexts} == {"forward"}
    result = ExportJob(frames, "png-frames", tmp_path / "frames", size=(320, 180)).run()
    assert result.frames == 4 and result.fps == 10


def test_the_settled_player_is_the_default_and_plays_only_all():
    frames = StepFrames("vanishing", steps=1, fps=10)
    assert isinstance(frames.player, SettledPlayer) and frames.player.phases == ("all",)
    with pytest.raises(ExportError, match="needs the step animation"):
        StepFrames("vanishing", steps=1, phases="forward")


def test_the_last_step_trained_is_bounded_by_the_run_limit():
    from netviz.engine.lessons import MAX_RUN_STEPS

    # --from 999999990 --to 1000000000 once trained for days before drawing anything.
    with pytest.raises(ExportError) as err:
        StepFrames("vanishing", first=999_999_990, last=1_000_000_000)
    assert err.value.field == "from" and f"from 1 to {MAX_RUN_STEPS}" in err.value.reason
    with pytest.raises(ExportError) as err:
        StepFrames("vanishing", first=1, last=MAX_RUN_STEPS + 1)
    assert err.value.field == "to"


@pytest.mark.parametrize("lesson, fix, first, last", [
    ("vanishing", None, 1, 6), ("dropout", None, 4, 9), ("early-stopping", None, 1, 12),
    ("exploding", None, 1, 10), ("exploding", "batch-norm", 2, 7), ("transfer", None, 3, 5),
])
def test_replayed_traces_are_the_traces_training_made(lesson, fix, first, last):
    # The frames replay the steps from a checkpoint instead of keeping every trace: a replay
    # must give back the very trace the first training made (dropout masks, batches,
    # batch norm's statistics, early stopping, divergence).
    frames = StepFrames(lesson, fix=fix, first=first, last=last, fps=10)
    replayed = frames.traces
    trainer = frames.lesson.build(steps=last)
    made = [trainer.step() for _ in range(min(last, 10**9)) if not trainer.stopped]
    made = [t for t in made if t.step + 1 >= first]
    assert len(replayed) == len(made) > 0
    for a, b in zip(replayed, made):
        assert a.step == b.step and a.diverged == b.diverged
        assert a.loss == b.loss or (a.loss != a.loss and b.loss != b.loss)
        for la, lb in zip(a.layers, b.layers):
            np.testing.assert_array_equal(la.weights, lb.weights)
            np.testing.assert_array_equal(la.node_grad, lb.node_grad)
            np.testing.assert_array_equal(la.dropout_mask, lb.dropout_mask)
            np.testing.assert_array_equal(la.dead_units, lb.dead_units)
    # Asked out of order, it starts again from its checkpoint and still agrees.
    assert frames.scene(len(frames) - 1).step == made[-1].step + 1
    assert frames.scene(0).step == first


def _live_traces() -> int:
    # With torch imported (tests/engine/test_against_torch.py runs first), gc holds its
    # deprecated objects, which warn when isinstance reads their __class__.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return sum(isinstance(o, StepTrace) for o in gc.get_objects())


def test_an_export_keeps_a_bounded_number_of_traces_whatever_its_length():
    # It kept every trace of the steps shown (12x64 over 500 steps: 812 MB).
    counts = []
    for steps in (10, 80):
        frames = StepFrames("vanishing", steps=steps, fps=10, seconds_per_step=0.1)
        baseline = _live_traces()
        frames.prepare()
        after_prepare = _live_traces() - baseline
        most = after_prepare
        for i in range(len(frames)):
            frames.scene(i)
            if i % 7 == 0:
                most = max(most, _live_traces() - baseline)
        counts.append((after_prepare, most))
        del frames
    assert counts[0] == counts[1] and counts[1][1] <= 4, counts


def test_a_cancel_stops_a_transfer_lessons_pretraining():
    from netviz.export import ExportCancelled

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    frames = StepFrames("transfer", steps=1)
    with pytest.raises(ExportCancelled):
        frames.prepare(cancelled)
    assert len(asked) == 3  # asked during the pre-training (600 steps), stopped at the third question
