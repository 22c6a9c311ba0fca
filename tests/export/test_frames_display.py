"""StepFrames with the window's display options: output maps, activations, the adaptive
range, and the divergence banner the window shows (before and after a fix)."""

from __future__ import annotations

import numpy as np
import pytest

from netviz.animation.heatmaps import InputGrid, heatmaps_from_grid
from netviz.animation.view_model import banner_text
from netviz.animation.view_options import AdaptiveRange, DisplayOptions
from netviz.cli import main
from netviz.engine.lessons import find_lesson, load_lesson_text
from netviz.export import AnimatedPlayer, ExportError, StepFrames


def test_output_maps_are_those_of_each_steps_weights():
    frames = StepFrames("vanishing", first=2, last=3, fps=10, display=DisplayOptions(nodes="heatmap"))
    lesson = find_lesson("vanishing")
    trainer = lesson.build(steps=3)
    grid = InputGrid(trainer.dataset)
    expected = []
    for _ in range(3):
        trainer.step()
        expected.append(heatmaps_from_grid(grid.layer_outputs(trainer.network)))
    for index, step in ((0, 2), (len(frames) - 1, 3)):
        scene = frames.scene(index)
        assert scene.step == step and scene.node_range == (-1.0, 1.0) and scene.node_quantity == "activation"
        for column, maps in zip(scene.columns, expected[step - 1]):
            np.testing.assert_array_equal(column.heatmaps, maps)


def test_animated_output_maps_and_activations():
    maps = StepFrames("dead-relu", steps=1, fps=10, player=AnimatedPlayer(8.0), display=DisplayOptions(nodes="heatmap"))
    backward = next(maps.scene(i) for i in range(len(maps)) if maps.scene(i).phase_kind == "backward")
    assert backward.columns[1].heatmaps is not None and backward.node_quantity == "activation"
    plain = StepFrames("dead-relu", steps=1, fps=10, player=AnimatedPlayer(8.0))
    assert plain.scene(len(plain) - 1).columns[1].heatmaps is None
    acts = StepFrames("dead-relu", steps=1, fps=10, display=DisplayOptions(nodes="activation"))
    trace = acts.traces[0]
    np.testing.assert_allclose(acts.scene(0).columns[1].values, trace.layers[0].activation.mean(axis=0))


def test_the_adaptive_range_follows_the_steps_in_order():
    frames = StepFrames("vanishing", steps=3, fps=10, display=DisplayOptions(adaptive=True))
    smoothing = AdaptiveRange()
    for k, trace in enumerate(frames.traces):
        assert frames.scene(k * 5).node_range == smoothing.follow(trace)
    assert StepFrames("vanishing", steps=1, fps=10).scene(0).node_range == (-8.0, 2.0)


def test_output_maps_need_two_inputs_and_fit_in_memory():
    digits = load_lesson_text(
        'title = "d"\ncaption = "c"\n[dataset]\nname = "digits"\n[network]\nhidden = [4]\n'
        '[training]\nlearning_rate = 0.1\n', name="digits")
    with pytest.raises(ExportError, match="2 inputs") as info:
        StepFrames(digits, steps=1, display=DisplayOptions(nodes="heatmap")).prepare()
    assert info.value.field == "nodes"
    with pytest.raises(ExportError, match="at most") as info:
        StepFrames("dropout", steps=5000, display=DisplayOptions(nodes="heatmap")).prepare()
    assert info.value.field == "nodes"


def test_the_banner_is_the_windows_before_and_after_a_fix():
    for lesson in (find_lesson("exploding"),
                   find_lesson("exploding").with_fix("batch-norm").with_changes(training={"learning_rate": 5.0})):
        frames = StepFrames(lesson, steps=20, fps=10)
        banner = frames.scene(len(frames) - 1).banner
        assert banner == banner_text(frames.stop_reason, lesson) and banner.startswith("Diverged")
    assert "Try: A lower learning rate, with clipping." in banner and "Batch normalization" not in banner


def test_cli_nodes_option(tmp_path, capsys):
    out = tmp_path / "maps.png"
    assert main(["export", "--lesson", "vanishing", "--steps", "1", "--quiet", "--nodes", "output-map",
                 "--size", "320x180", "-o", str(out)]) == 0
    assert out.exists()
    with pytest.raises(SystemExit):
        main(["export", "--lesson", "vanishing", "--nodes", "colour", "-o", str(tmp_path / "x.png")])
    assert "invalid choice" in capsys.readouterr().err
