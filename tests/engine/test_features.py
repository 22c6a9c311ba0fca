"""Input features (TensorFlow Playground's X1, X2, X1², X2², X1·X2, sin(X1), sin(X2)): their values,
gradients through them, the spec and lesson settings, and runs without features left exactly as they were."""

import dataclasses

import numpy as np
import pytest

from netviz.engine import LayerSpec, Network, NetworkSpec, OptimizerSpec, SpecError, TrainSpec, features
from netviz.engine.datasets import make_dataset
from netviz.engine.lesson_toml import lesson_toml
from netviz.engine.lessons import LessonError, find_lesson, lesson_from_dict, lesson_names, load_lesson_text
from netviz.engine.trainer import Trainer

ALL = features.FEATURE_NAMES
POINTS = np.array([[0.5, -2.0], [3.0, 1.5], [-1.25, 0.0]])


def by_hand(name, x1, x2):
    return {"x1": x1, "x2": x2, "x1^2": x1 ** 2, "x2^2": x2 ** 2, "x1*x2": x1 * x2,
            "sin(x1)": np.sin(x1), "sin(x2)": np.sin(x2)}[name]


def jacobian_by_hand(name, x1, x2):
    """d feature / d (x1, x2) at one point."""
    return {"x1": (1.0, 0.0), "x2": (0.0, 1.0), "x1^2": (2 * x1, 0.0), "x2^2": (0.0, 2 * x2),
            "x1*x2": (x2, x1), "sin(x1)": (np.cos(x1), 0.0), "sin(x2)": (0.0, np.cos(x2))}[name]


def test_playgrounds_seven_features_in_the_order_named():
    assert ALL == ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    names = ("sin(x2)", "x1*x2", "x1")
    out = features.apply(names, POINTS)
    assert out.shape == (3, 3) and out.dtype == np.float64 and not out.flags.writeable
    for column, name in enumerate(names):
        np.testing.assert_array_equal(out[:, column], by_hand(name, POINTS[:, 0], POINTS[:, 1]))
    assert [features.label(n) for n in ALL] == ["X₁", "X₂", "X₁²", "X₂²", "X₁X₂", "sin(X₁)", "sin(X₂)"]


def test_no_features_is_the_data_itself_and_bad_requests_are_refused():
    assert features.apply(None, POINTS) is POINTS
    assert features.apply(["x1"], np.array([[1, 2]])).dtype == np.float64
    with pytest.raises(ValueError, match="unknown feature 'x3'"):
        features.apply(("x1", "x3"), POINTS)
    with pytest.raises(ValueError, match=r"points \(N, 2\)"):
        features.apply(("x1",), np.zeros((4, 3)))
    assert features.input_count(None, 64) == 64 and features.input_count(("x1", "sin(x1)", "x2"), 2) == 3
    with pytest.raises(SpecError) as info:
        features.input_count(("x1",), 64)
    assert info.value.field == "features"


@pytest.mark.parametrize("activation", ["tanh", "relu"])
def test_finite_differences_through_the_features(activation):
    """The gradient of the loss with respect to each point, through the features, and to the
    first layer's weights, as the trace gives them, against central differences."""
    rng = np.random.default_rng(3)
    x = rng.uniform(-3, 3, (5, 2))
    y = (rng.uniform(size=(5, 1)) < 0.5).astype(float)
    spec = NetworkSpec(inputs=len(ALL), hidden=(LayerSpec(4, activation),), features=ALL, seed=2)
    net = Network(spec, OptimizerSpec(learning_rate=0.1))
    w0, b0 = (a.copy() for a in net.get_weights(0))

    def loss(points=x, w=w0):
        probe = Network(spec)
        probe.set_weights(0, w, b0)
        probe.set_weights(1, *net.get_weights(1))
        return probe.training_loss(features.apply(ALL, points), y)

    eps = 1e-6
    numeric_dx = np.zeros_like(x)
    for i, k in np.ndindex(*x.shape):
        up, down = x.copy(), x.copy()
        up[i, k] += eps
        down[i, k] -= eps
        numeric_dx[i, k] = (loss(up) - loss(down)) / (2 * eps)
    numeric_dw = np.zeros_like(w0)
    for i, k in np.ndindex(*w0.shape):
        up, down = w0.copy(), w0.copy()
        up[i, k] += eps
        down[i, k] -= eps
        numeric_dw[i, k] = (loss(w=up) - loss(w=down)) / (2 * eps)

    trace = net.train_step(features.apply(ALL, x), y)
    np.testing.assert_array_equal(trace.inputs, features.apply(ALL, x))
    np.testing.assert_allclose(trace.layers[0].weight_grad, numeric_dw, rtol=1e-5, atol=1e-9)
    feature_grad = trace.layers[0].node_grad @ w0.T  # (B, features): each input node's dL/d(feature)
    chained = np.array([[sum(feature_grad[i, f] * jacobian_by_hand(name, *x[i])[k] for f, name in enumerate(ALL))
                         for k in range(2)] for i in range(len(x))])
    np.testing.assert_allclose(chained, numeric_dx, rtol=1e-5, atol=1e-9)


def test_the_trainer_feeds_features_and_keeps_the_data_set_as_it_is():
    data = make_dataset("spiral", samples=60, seed=4)
    names = ("x1", "x2", "sin(x1)", "sin(x2)")
    spec = NetworkSpec(inputs=4, hidden=(LayerSpec(3, "tanh"),), features=names, seed=1)
    trainer = Trainer(spec, data, TrainSpec(batch_size=8, shuffle=False))
    trace = trainer.step()
    np.testing.assert_array_equal(trace.inputs, features.apply(names, data.x_train[:8]))
    assert trainer.dataset.x_train is data.x_train  # the points in the input plane, for the pictures
    assert trace.val_loss == trainer.network.evaluate_loss(features.apply(names, data.x_val), data.y_val)
    with pytest.raises(SpecError) as info:
        Trainer(dataclasses.replace(spec, features=None), data)
    assert info.value.field == "inputs" and "the network 4 inputs" in info.value.reason
    with pytest.raises(SpecError) as info:
        Trainer(NetworkSpec(inputs=1, hidden=(), features=("x1",)), make_dataset("digits", samples=20, seed=0))
    assert info.value.field == "features"


def test_the_spec_holds_one_input_per_feature():
    spec = NetworkSpec(inputs=2, hidden=(), features=["x1^2", "x2^2"])
    assert spec.features == ("x1^2", "x2^2")
    for bad, field, reason in [
        (dict(inputs=3, features=("x1", "x2")), "inputs", "one input per feature"),
        (dict(inputs=2, features=("x1", "x1")), "features", "names 'x1' twice"),
        (dict(inputs=1, features=("cos(x1)",)), "features", "unknown 'cos(x1)'"),
        (dict(inputs=1, features=()), "features", "at least one"),
    ]:
        with pytest.raises(SpecError) as info:
            NetworkSpec(hidden=(), **bad)
        assert info.value.field == field and reason in info.value.reason


def _same_traces(a, b):
    for ta, tb in zip(a, b, strict=True):
        for fa, fb in zip(dataclasses.fields(ta), dataclasses.fields(tb)):
            va, vb = getattr(ta, fa.name), getattr(tb, fb.name)
            if fa.name == "layers":
                for la, lb in zip(va, vb, strict=True):
                    for f in dataclasses.fields(la):
                        x, y = getattr(la, f.name), getattr(lb, f.name)
                        if isinstance(x, np.ndarray):
                            assert x.tobytes() == y.tobytes() and x.dtype == y.dtype, f.name
                        elif f.name != "batch_norm":  # None in these lessons (no batch norm)
                            assert x == y or (x != x and y != y), f.name
            elif isinstance(va, np.ndarray):
                assert va.tobytes() == vb.tobytes(), fa.name
            else:
                assert va == vb or (va != va and vb != vb), fa.name


@pytest.mark.parametrize("name", ["playground-circle", "vanishing", "dropout"])
def test_choosing_the_raw_inputs_as_features_trains_bit_for_bit_as_without(name):
    lesson = find_lesson(name)
    assert lesson.network_spec(lesson.make_dataset()).features is None
    raw = lesson.with_changes(network={"features": ["x1", "x2"]})
    plain_trainer, raw_trainer = lesson.build(), raw.build()
    plain = [plain_trainer.step() for _ in range(12)]
    chosen = [raw_trainer.step() for _ in range(12)]
    _same_traces(plain, chosen)
    assert plain_trainer.history == raw_trainer.history


def test_the_shipped_lessons_feed_the_raw_inputs_unless_they_choose_features():
    for name in lesson_names():
        lesson = find_lesson(name)
        chosen = [lesson] + [lesson.with_fix(fix) for fix in lesson.fixes]
        for variant in chosen:
            spec = variant.network_spec(variant.make_dataset())
            assert (spec.features is not None) == ("features" in variant.network), (name, variant.fix_applied)


def minimal(**network):
    return {"title": "t", "caption": "c", "dataset": {"name": "circle", "samples": 40},
            "network": {"hidden": [3], **network}, "training": {}}


def test_a_lesson_chooses_features_and_the_loader_names_what_is_wrong():
    lesson = lesson_from_dict(minimal(features=["x1^2", "x2^2", "x1*x2"]))
    spec = lesson.network_spec(lesson.make_dataset())
    assert spec.features == ("x1^2", "x2^2", "x1*x2") and spec.inputs == 3
    assert load_lesson_text(lesson_toml(lesson)).network == lesson.network  # "Save as lesson" keeps them
    for network, reason in [
        ({"features": "x1"}, "must be a list"),
        ({"features": []}, "at least one"),
        ({"features": ["x1", "tan(x1)"]}, "unknown 'tan(x1)'"),
        ({"features": ["x2", "x2"]}, "names 'x2' twice"),
        ({"features": ["x1", 2]}, "unknown 2"),
    ]:
        with pytest.raises(LessonError) as info:
            lesson_from_dict(minimal(**network))
        assert info.value.field == "network.features" and reason in info.value.reason, str(info.value)
    digits = {**minimal(features=["x1"]), "dataset": {"name": "digits", "samples": 30}}
    with pytest.raises(LessonError) as info:
        lesson_from_dict(digits)
    assert info.value.field == "network.features" and "this data set has 64" in info.value.reason


def test_features_are_declared_once_as_a_list_setting():
    from netviz.engine.settings import check, coerce, settings_of

    declared = settings_of(NetworkSpec)["features"]
    assert declared.each_of == ALL and declared.optional and declared.lesson and not declared.live
    assert declared.describe() == f"Input features: any of {', '.join(ALL)} (optional); restarts the run"
    assert coerce(declared, ["x1", "sin(x2)"]) == ("x1", "sin(x2)")
    check(declared, None)
    with pytest.raises(SpecError, match="must be a list"):
        check(declared, "x1")


def test_playground_circle_one_unit_learns_the_circle_from_the_squares_only():
    lesson = find_lesson("playground-circle")
    raw, squares = lesson.build(), lesson.with_fix("squares").build()
    assert raw.spec.hidden[0].units == squares.spec.hidden[0].units == 1
    raw.run()
    squares.run()
    assert squares.history[-1].val_accuracy == 1.0
    assert raw.history[-1].val_accuracy < 0.75
