"""The compare's pieces without Qt: the two lessons, the sides' titles, one colour scale."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from netviz.animation.compare import compare_lessons, compare_scenes, share_scale, side_titles
from netviz.animation.view_options import DisplayOptions, ViewState
from netviz.engine.lessons import LessonError, find_lesson


def test_the_sides_are_the_lesson_as_loaded_and_with_the_fix():
    lesson = find_lesson("vanishing").with_fix("relu")  # from a lesson with the fix applied, too
    original, fixed = compare_lessons(lesson, "relu")
    assert original.fix_applied is None and fixed.fix_applied == "relu"
    assert original.seed == fixed.seed
    with pytest.raises(LessonError, match="nope"):
        compare_lessons(lesson, "nope")


@pytest.mark.parametrize(("lesson", "fix", "titles"), [
    ("vanishing", "relu", ("Original: sigmoid, init glorot, learning rate 0.3", "Fix: ReLU")),
    ("exploding", "batch-norm", ("Original: no batch norm", "Fix: Batch normalization")),
    ("exploding", "lower-learning-rate", ("Original: learning rate 0.05, no clipping",
                                          "Fix: A lower learning rate, with clipping")),
    ("dropout", "dropout-0.5", ("Original: dropout 0.0", "Fix: Dropout 0.5")),
    ("dropout", "dropout-1.0", ("Original: dropout 0.0", "Compare: Dropout 1.0")),  # a counter-example
])
def test_side_titles_name_what_the_fix_changes(lesson, fix, titles):
    assert side_titles(find_lesson(lesson), fix) == titles


def _traces(lesson_name, fix, steps=3):
    original, fixed = compare_lessons(find_lesson(lesson_name), fix)
    out = []
    for lesson in (original, fixed):
        trainer = lesson.build()
        out.append([trainer.step() for _ in range(steps)][-1])
    return out


def test_one_colour_scale_the_union_of_both_ranges():
    a, b = _traces("vanishing", "relu")
    activation = DisplayOptions(nodes="activation")
    pair = compare_scenes((a, ViewState(display=activation)), (b, ViewState(display=activation)))
    alone = compare_scenes((a, ViewState(display=activation)), (a, ViewState(display=activation))).left
    other = compare_scenes((b, ViewState(display=activation)), (b, ViewState(display=activation))).left
    assert pair.left.node_range == pair.right.node_range
    assert pair.left.node_range == (min(alone.node_range[0], other.node_range[0]),
                                    max(alone.node_range[1], other.node_range[1]))
    assert pair.left.edge_range == pair.right.edge_range == max(alone.edge_range, other.edge_range)
    assert pair.left.node_range != alone.node_range or pair.left.node_range != other.node_range
    assert pair.left.caption == pair.right.caption and "One colour scale for both sides" in pair.left.caption


def test_a_diverged_side_does_not_stretch_the_scale():
    a, b = _traces("vanishing", "relu")
    pair = compare_scenes((a, ViewState()), (b, ViewState()))
    broken = replace(pair.left, loss=math.inf, edge_range=1e30)
    shared = share_scale(broken, pair.right)
    assert shared.left.edge_range == shared.right.edge_range == pair.right.edge_range
