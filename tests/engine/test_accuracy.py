"""Accuracy per step, train (the batch, before the update) and validation (after it), against hand counts."""

import math

import numpy as np
import pytest

from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec
from netviz.engine.accuracy import accuracy
from netviz.engine.datasets import make_dataset
from netviz.engine.lessons import LessonError, lesson_from_dict
from netviz.engine.trainer import Trainer


def test_accuracy_of_each_output_kind_by_hand():
    # sigmoid: 0.7 -> 1 right, 0.2 -> 0 wrong (target 1), 0.5 -> 0 (on the boundary) right, 0.9 -> 1 wrong
    p = np.array([[0.7], [0.2], [0.5], [0.9]])
    y = np.array([[1.0], [1.0], [0.0], [0.0]])
    assert accuracy("sigmoid", p, y) == 2 / 4
    # tanh on labels -1/+1: the boundary is 0
    assert accuracy("tanh", np.array([[0.3], [-0.1], [0.0], [-0.8], [0.6]]),
                    np.array([[1.0], [1.0], [-1.0], [-1.0], [-1.0]])) == 3 / 5
    # softmax: the largest output against the one-hot target's class
    p = np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.3, 0.3, 0.4]])
    y = np.eye(3)[[1, 2, 2]]
    assert accuracy("softmax", p, y) == 2 / 3
    assert accuracy("linear", p, y) is None
    assert math.isnan(accuracy("sigmoid", np.array([[np.nan], [0.9]]), np.array([[1.0], [1.0]])))
    assert math.isnan(accuracy("sigmoid", np.zeros((0, 1)), np.zeros((0, 1))))


def _hand_count(output, predictions, targets):
    """Counted one example at a time, as a student would."""
    right = 0
    for p, y in zip(predictions, targets):
        if output == "softmax":
            right += int(list(p).index(max(p)) == list(y).index(1.0))
        else:
            boundary = 0.5 if output == "sigmoid" else 0.0
            right += int((p[0] > boundary) == (y[0] > boundary))
    return right / len(predictions)


@pytest.mark.parametrize("name, output, outputs", [("xor", "sigmoid", 1), ("circle", "tanh", 1),
                                                   ("digits", "softmax", 10)])
def test_each_step_records_train_and_validation_accuracy(name, output, outputs):
    data = make_dataset(name, samples=90, seed=5)
    inputs = data.n_inputs
    spec = NetworkSpec(inputs=inputs, hidden=(LayerSpec(5, "tanh"),), outputs=outputs, output=output, seed=3)
    trainer = Trainer(spec, data, TrainSpec(batch_size=7, eval_every=2, optimizer=OptimizerSpec(learning_rate=0.2)))
    for _ in range(6):
        trace = trainer.step()
        summary = trainer.history[-1]
        assert trace.accuracy == summary.accuracy == _hand_count(output, trace.predictions, trace.targets)
        if trace.val_loss is None:
            assert trace.val_accuracy is None and summary.val_accuracy is None
            continue
        # measured after the update: with the network as it is now
        expected = _hand_count(output, trainer.network.predict(trainer.dataset.x_val), trainer.dataset.y_val)
        assert trace.val_accuracy == summary.val_accuracy == expected
    assert [s.val_accuracy is None for s in trainer.history] == [False, True] * 3


def test_regression_has_no_accuracy():
    data = make_dataset("reg-plane", samples=40, seed=1)
    trainer = Trainer(NetworkSpec(inputs=2, hidden=(LayerSpec(3),), output="linear"), data)
    trace = trainer.step()
    assert trace.accuracy is None and trace.val_accuracy is None
    assert trainer.history[-1].accuracy is None and trainer.history[-1].val_accuracy is None


def test_a_lesson_chooses_the_tanh_output_for_a_binary_data_set_only():
    base = {"title": "t", "caption": "c", "dataset": {"name": "circle", "samples": 40},
            "network": {"hidden": [3], "output": "tanh"}, "training": {}}
    lesson = lesson_from_dict(base)
    spec = lesson.network_spec(lesson.make_dataset())
    assert spec.output == "tanh"
    assert set(np.unique(lesson.build().dataset.y_train)) == {-1.0, 1.0}
    plain = lesson_from_dict({**base, "network": {"hidden": [3]}})
    assert plain.network_spec(plain.make_dataset()).output == "sigmoid"
    for dataset, output in [("reg-plane", "tanh"), ("circle", "softmax"), ("circle", "relu")]:
        bad = {**base, "dataset": {"name": dataset, "samples": 40}, "network": {"hidden": [3], "output": output}}
        with pytest.raises(LessonError) as info:
            lesson_from_dict(bad)
        assert info.value.field == "network.output", str(info.value)
