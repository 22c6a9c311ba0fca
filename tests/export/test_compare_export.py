"""`netviz export --compare FIX`: the lesson and its fix side by side in each frame."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from netviz.animation.compare import ScenePair
from netviz.cli import main
from netviz.engine.lessons import find_lesson
from netviz.export import ExportJob
from netviz.export.compare_frames import CompareFrames
from netviz.render import DARK, NetworkRenderer
from netviz.render.compare import render_pair_image
from netviz.render.theme import PRESENTATION_TEXT_PX


def test_each_frame_is_both_sides_at_the_same_step_and_each_side_trains_as_alone():
    source = CompareFrames("vanishing", "relu", steps=4, fps=10, seconds_per_step=0.2)
    assert len(source) == 8  # 4 steps x 0.2 s x 10 fps
    first, again, last = source.scene(0), source.scene(1), source.scene(7)
    assert isinstance(first, ScenePair) and again is first  # one picture per step, drawn once
    assert (first.left.step, first.right.step) == (1, 1) and (last.left.step, last.right.step) == (4, 4)
    lesson = find_lesson("vanishing")
    for side, alone in zip(source.sides, (lesson, lesson.with_fix("relu"))):
        trainer = alone.build()
        traces = [trainer.step() for _ in range(4)]
        assert [t.loss for t in side.traces] == [t.loss for t in traces]
        assert np.array_equal(side.traces[-1].layers[0].node_grad, traces[-1].layers[0].node_grad)


def test_a_diverged_side_holds_its_last_step_and_the_note_says_so():
    source = CompareFrames("exploding", "batch-norm", steps=10, fps=10, seconds_per_step=0.1)
    pair = source.scene(len(source) - 1)
    assert pair.right.step == 10 and pair.left.step < 10 and pair.left.banner
    assert source.note and "diverged" in source.note
    # The diverged side does not stretch the shared scale: the fix's edges keep their own range.
    assert pair.left.edge_range == pair.right.edge_range < 100


# Whole frames, and the compare window's view when presenting (the screen less its row of buttons).
@pytest.mark.parametrize(("size", "presentation"), [((1280, 720), True), ((1024, 768), True),
                                                     ((1272, 680), True), ((1016, 724), True),
                                                     ((1920, 1080), False)])
def test_the_frame_has_both_titles_and_the_shared_scale_in_its_texts(size, presentation):
    pair = CompareFrames("vanishing", "relu", steps=2, fps=10, seconds_per_step=0.1).scene(1)
    renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
    render_pair_image(renderer, pair, *size)
    texts = renderer.last_texts
    titles = {"Original: sigmoid, init glorot, learning rate 0.3", "Fix: ReLU"}
    shown = " ".join(t.text for t in texts if t.bold)
    assert all(title in shown for title in titles)
    assert any(t.text.startswith("One colour scale for both sides") for t in texts)
    assert sum(t.text.startswith("step 2 ·") for t in texts) == 2  # lockstep: both at step 2
    assert not [t for t in texts if t.elided]
    if presentation:
        assert min(t.px for t in texts) >= PRESENTATION_TEXT_PX


def test_the_export_job_draws_the_pair_and_the_cli_writes_it(tmp_path):
    source = CompareFrames("dropout", "dropout-0.5", steps=2, fps=10, seconds_per_step=0.1)
    ExportJob(source, "png", tmp_path / "pair.png", size=(640, 360)).run()
    image = QImage(str(tmp_path / "pair.png"))
    assert (image.width(), image.height()) == (640, 360)
    assert main(["export", "--lesson", "vanishing", "--compare", "relu", "--steps", "2", "--quiet",
                 "--size", "320x180", "-o", str(tmp_path / "cli.png")]) == 0
    assert QImage(str(tmp_path / "cli.png")).width() == 320


def test_compare_refuses_what_it_cannot_show(tmp_path, capsys):
    out = str(tmp_path / "x.png")
    assert main(["export", "--lesson", "vanishing", "--compare", "relu", "--fix", "relu", "-o", out]) == 2
    assert "--fix" in capsys.readouterr().err
    assert main(["export", "--lesson", "vanishing", "--compare", "nope", "-o", out]) == 2
    assert "nope" in capsys.readouterr().err
