"""Playground's controls as lesson edits: another data set drops stale settings; features by name."""

import pytest

from netviz.engine.lesson_edits import features_of, with_dataset, with_features
from netviz.engine.lessons import LessonError, find_lesson


def test_a_new_data_set_drops_the_settings_that_no_longer_fit():
    spiral = find_lesson("playground-spiral").with_fix("features")  # tanh output, six features
    assert spiral.network["output"] == "tanh" and "features" in spiral.network
    xor, dropped = with_dataset(spiral, {"name": "xor"})  # binary, 2 inputs: both still fit
    assert dropped == () and xor.network["output"] == "tanh" and xor.network["features"] == spiral.network["features"]
    plane, dropped = with_dataset(spiral, {"name": "reg-plane"})  # regression: no tanh output
    assert dropped == ("output",) and "output" not in plane.network and "features" in plane.network
    plane.build()
    digits, dropped = with_dataset(spiral, {"name": "digits", "samples": 200})  # 64 inputs, 10 classes
    assert dropped == ("output", "features")
    assert digits.build().spec.inputs == 64
    # Without the fix's drops, the change fails on the stale setting:
    with pytest.raises(LessonError):
        spiral.with_changes(dataset={"name": "digits"})


def test_other_changes_of_the_data_keep_everything():
    spiral = find_lesson("playground-spiral").with_fix("features")
    noisy, dropped = with_dataset(spiral, {"noise": 0.2})
    assert dropped == () and noisy.dataset["noise"] == 0.2 and noisy.network == spiral.network
    with pytest.raises(LessonError) as err:
        with_dataset(spiral, {"noise": 5.0})
    assert "noise" in err.value.field


def test_features_by_name_in_playgrounds_order():
    circle = find_lesson("playground-circle")
    assert features_of(circle.without_fix()) == ("x1", "x2")
    squares = with_features(circle.without_fix(), ["x2^2", "x1^2"])
    assert squares.network["features"] == ["x1^2", "x2^2"]
    assert squares.build().spec.inputs == 2 and features_of(squares) == ("x1^2", "x2^2")
    raw = with_features(squares, ["x2", "x1"])
    assert "features" not in raw.network  # the raw inputs: no setting at all
    with pytest.raises(ValueError, match="at least one"):
        with_features(circle, [])
    with pytest.raises(ValueError, match="unknown feature"):
        with_features(circle, ["x3"])
