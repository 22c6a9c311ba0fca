"""Lesson files: every wrong field is named with the file and the reason, and nothing else escapes."""

import copy
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netviz.engine.lessons import LessonError, lesson_from_dict, lessons_dir, load_lesson, load_lesson_text

VALID = """
title = "t"
caption = "c"
seed = 1
[dataset]
name = "circle"
samples = 40
[network]
hidden = [4, 4]
activation = ["relu", "tanh"]
[training]
learning_rate = 0.1
steps = 10
[fixes.calmer]
title = "Calmer"
caption = "lower rate"
training = { learning_rate = 0.01 }
"""


def valid_dict():
    return tomllib.loads(VALID)


def test_valid_lesson_builds_and_fix_applies():
    lesson = load_lesson_text(VALID, source="x.toml")
    trainer = lesson.with_fix("calmer").build()
    assert trainer.train_spec.optimizer.learning_rate == 0.01
    assert [lay.activation.name for lay in trainer.network.layers[:-1]] == ["relu", "tanh"]
    trainer.run()
    assert trainer.steps_done == 10


@pytest.mark.parametrize(
    "mutate, field, reason",
    [
        (lambda d: d["network"].update(activaton="relu"), "network.activaton", "unknown field"),
        (lambda d: d["network"].update(activation="swish"), "network.activation", "unknown 'swish'"),
        (lambda d: d["network"].update(hidden=[4, 0]), "network.hidden[1]", "between 1 and 64"),
        (lambda d: d["network"].update(hidden=[4] * 13, activation="relu"), "network.hidden", "at most 12"),
        (lambda d: d["network"].update(activation=["relu", "swish"]), "network.activation[1]", "unknown 'swish'"),
        (lambda d: d["network"].update(dropout=[0.1]), "network.dropout", "one entry per hidden layer"),
        (lambda d: d["network"].update(dropout=1.5), "network.dropout", "at most 1"),
        (lambda d: d["network"].update(hidden="4"), "network.hidden", "must be a list"),
        (lambda d: d["training"].update(learning_rate=-1), "training.learning_rate", "greater than 0"),
        (lambda d: d["training"].update(learning_rate=True), "training.learning_rate", "must be a number"),
        (lambda d: d["training"].update(optimizer="rmsprop"), "training.optimizer", "unknown 'rmsprop'"),
        (lambda d: d["training"].update(batch_size=0), "training.batch_size", "at least 1"),
        (lambda d: d["dataset"].update(name="mnist"), "dataset.name", "unknown dataset"),
        (lambda d: d["dataset"].update(noise=3.0), "dataset.noise", "between 0 and 1"),
        (lambda d: d.pop("caption"), "caption", "is required"),
        (lambda d: d.pop("network"), "network", "is required"),
        (lambda d: d["fixes"]["calmer"].update(training={"learning_rat": 0.1}),
         "fixes.calmer.training.learning_rat", "unknown field"),
        (lambda d: d["fixes"]["calmer"]["training"].update(learning_rate=0),
         "fixes.calmer.training.learning_rate", "greater than 0"),
        (lambda d: d["fixes"]["calmer"].pop("training"), "fixes.calmer", "changes nothing"),
        (lambda d: d.update(seed=-3), "seed", "at least 0"),
    ],
)
def test_wrong_field_is_named_with_file_and_reason(mutate, field, reason):
    data = valid_dict()
    mutate(data)
    with pytest.raises(LessonError) as info:
        lesson_from_dict(data, source="my-lesson.toml")
    err = info.value
    assert err.source == "my-lesson.toml"
    assert err.field == field, str(err)
    assert reason in err.reason, str(err)
    assert str(err).startswith(f"my-lesson.toml: {field}: ")


def test_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(LessonError, match="cannot be read"):
        load_lesson(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("title = 'unterminated\n")
    with pytest.raises(LessonError, match=r"bad\.toml: file: is not valid TOML"):
        load_lesson(bad)
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00title")
    with pytest.raises(LessonError, match="not UTF-8"):
        load_lesson(binary)


def test_shipped_lessons_round_trip_through_the_loader():
    for path in sorted(lessons_dir().glob("*.toml")):
        lesson = load_lesson(path)
        assert lesson.name == path.stem


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_fuzz_any_text_gives_a_lesson_or_a_lesson_error(text):
    try:
        load_lesson_text(text, source="fuzz.toml")
    except LessonError as err:
        assert err.source == "fuzz.toml" and err.field


# Values of every kind TOML can hold, small enough to build quickly when they happen to be valid.
toml_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-10**20, max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["relu", "sigmoid", "adam", "circle", "digits", "he", "float32", "softmax"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
paths = st.sampled_from(
    [("title",), ("seed",), ("dataset",), ("dataset", "name"), ("dataset", "samples"), ("dataset", "noise"),
     ("dataset", "validation"), ("network",), ("network", "hidden"), ("network", "activation"),
     ("network", "dropout"), ("network", "batch_norm"), ("network", "frozen"), ("network", "init"),
     ("network", "init_scale"), ("network", "bias_init"), ("network", "dtype"), ("training",),
     ("training", "optimizer"), ("training", "learning_rate"), ("training", "batch_size"),
     ("training", "steps"), ("training", "patience"), ("training", "clip_norm"), ("training", "momentum"),
     ("fixes",), ("fixes", "calmer"), ("fixes", "calmer", "network"), ("fixes", "calmer", "training"),
     ("transfer",), ("transfer", "steps"), ("transfer", "dataset"), ("unknown",)]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(paths, toml_values), min_size=1, max_size=3))
def test_fuzz_mutated_fields_give_a_lesson_or_a_lesson_error(mutations):
    data = valid_dict()
    for path, value in mutations:
        target = data
        for key in path[:-1]:
            if not isinstance(target.get(key), dict):
                target[key] = {}
            target = target[key]
        target[path[-1]] = copy.deepcopy(value)
    try:
        lesson_from_dict(data, source="fuzz.toml")
    except LessonError as err:
        assert err.source == "fuzz.toml" and err.field and err.reason


def test_with_changes_validates_like_a_file():
    lesson = load_lesson_text(VALID, source="x.toml")
    changed = lesson.with_changes(network={"hidden": [3, 3, 3], "activation": "elu"}, seed=4)
    assert changed.network["hidden"] == [3, 3, 3] and changed.seed == 4
    assert lesson.network["hidden"] == [4, 4]  # the original is untouched
    clipped = lesson.with_changes(training={"clip_norm": 1.0})
    assert clipped.train_spec().optimizer.clip_norm == 1.0
    assert clipped.with_changes(training={"clip_norm": None}).train_spec().optimizer.clip_norm is None
    with pytest.raises(LessonError) as info:
        lesson.with_changes(training={"learning_rate": 0.0})
    assert info.value.field == "training.learning_rate"
    with pytest.raises(LessonError) as info:
        lesson.with_changes(network={"hidden": [3, 3, 3]})  # activation list no longer fits
    assert info.value.field == "network.activation"


@pytest.mark.parametrize(
    "deep_value",
    ["[" * 500 + "]" * 500, "{a=" * 5000 + "1" + "}" * 5000, "[" * 60 + "4" + "]" * 60],
    ids=["array-500-deep", "inline-tables-5000-deep", "array-60-deep"],
)
def test_a_lesson_nested_too_deep_is_a_lesson_error_not_a_recursion_error(deep_value):
    text = VALID.replace("hidden = [4, 4]", f"hidden = {deep_value}")
    with pytest.raises(LessonError) as info:
        load_lesson_text(text, source="deep.toml")
    assert info.value.source == "deep.toml"
    assert "nests arrays or tables" in info.value.reason and "levels" in info.value.reason
    assert len(str(info.value)) < 300  # one readable line, not the value itself


def test_nesting_is_checked_in_every_table_before_anything_recurses():
    data = valid_dict()
    deep: list = []
    for _ in range(3000):  # deeper than Python's recursion limit
        deep = [deep]
    data["fixes"]["calmer"]["network"] = {"activation": deep}
    with pytest.raises(LessonError) as info:
        lesson_from_dict(data, source="deep.toml")
    assert info.value.field.startswith("fixes.calmer.network.activation[0]")
    assert "levels deep" in info.value.reason


def test_a_transfer_data_set_with_another_input_count_is_named_at_load():
    data = valid_dict()
    data["transfer"] = {"steps": 5, "dataset": {"name": "digits"}}
    with pytest.raises(LessonError) as err:
        lesson_from_dict(data, "x.toml")
    assert err.value.field == "transfer.dataset.name"
    assert "64 inputs" in err.value.reason and "has 2" in err.value.reason


def test_a_transfer_with_the_same_input_count_builds_and_reports_its_pretraining():
    data = valid_dict()
    data["transfer"] = {"steps": 7, "dataset": {"name": "xor", "samples": 40}}
    seen = []
    trainer = lesson_from_dict(data, "x.toml").build(pretraining=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 7) for i in range(1, 8)]
    assert trainer.steps_done == 0


@pytest.mark.parametrize("table, key", [("transfer", "steps"), ("training", "steps")])
def test_steps_beyond_the_run_limit_are_refused_at_load(table, key):
    from netviz.engine.lessons import MAX_RUN_STEPS

    data = valid_dict()
    if table == "transfer":
        data["transfer"] = {"steps": 2**63 - 1, "dataset": {"name": "xor"}}
    else:
        data["training"]["steps"] = 2**63 - 1
    with pytest.raises(LessonError) as err:
        lesson_from_dict(data, "x.toml")
    assert err.value.field == f"{table}.{key}" and f"0 to {MAX_RUN_STEPS}" in err.value.reason
    lesson = load_lesson_text(VALID, source="x.toml")
    with pytest.raises(LessonError, match="steps: must be 0 to"):
        lesson.build(steps=MAX_RUN_STEPS + 1)


def test_a_lesson_file_is_found_by_its_path_with_or_without_the_suffix(tmp_path, monkeypatch):
    from netviz.engine.lessons import find_lesson

    (tmp_path / "mine.toml").write_text(VALID)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    for name in (str(tmp_path / "mine.toml"), str(tmp_path / "mine"), "~/mine.toml", "mine.toml", "./mine"):
        lesson = find_lesson(name)
        assert lesson.name == "mine" and Path(lesson.source).resolve() == (tmp_path / "mine.toml").resolve(), name
    with pytest.raises(LessonError, match="cannot be read"):
        find_lesson(str(tmp_path / "absent.toml"))
    with pytest.raises(LessonError, match="or give a lesson file's path"):
        find_lesson("absent")


def test_a_fifo_device_or_huge_lesson_file_is_refused_without_reading_it(tmp_path):
    import os

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(LessonError, match="is a FIFO \\(named pipe\\), not a regular file"):
        load_lesson(fifo)
    with pytest.raises(LessonError, match="is a character device, not a regular file"):
        load_lesson("/dev/zero")
    huge = tmp_path / "huge.toml"
    huge.write_text(VALID + "#" * (1024 * 1024))
    with pytest.raises(LessonError, match="larger than a lesson file may be"):
        load_lesson(huge)


def test_the_original_lesson_is_kept_not_looked_up_again_by_name(tmp_path):
    # A user's edited copy named like a built-in: "Original" and other fixes start from it.
    path = tmp_path / "vanishing.toml"
    path.write_text(VALID.replace('title = "t"', 'title = "my own"'))
    lesson = load_lesson(path)
    fixed = lesson.with_fix("calmer")
    assert fixed.without_fix() is lesson and fixed.without_fix().title == "my own"
    changed = fixed.with_changes(training={"batch_size": 4})
    assert changed.without_fix() is lesson and lesson.without_fix() is lesson
    assert fixed == lesson.with_fix("calmer")  # the original is not part of equality


def test_one_bad_lesson_file_hides_no_other(tmp_path, monkeypatch):
    import netviz.engine.lessons as lessons

    (tmp_path / "good.toml").write_text(VALID)
    (tmp_path / "bad.toml").write_text(VALID.replace("hidden = [4, 4]", "hidden = [100]"))
    monkeypatch.setattr(lessons, "lessons_dir", lambda: tmp_path)
    found, problems = lessons.available_lessons()
    assert list(found) == ["good"]
    assert [p.field for p in problems] == ["network.hidden[0]"] and problems[0].source.endswith("bad.toml")


def test_a_fix_may_be_a_counter_example_with_its_own_watch_line():
    data = valid_dict()
    data["fixes"]["calmer"]["counter_example"] = True
    data["fixes"]["calmer"]["watch"] = "Nothing moves."
    lesson = lesson_from_dict(data, source="x.toml")
    assert lesson.fixes["calmer"].counter_example
    applied = lesson.with_fix("calmer")
    assert applied.watch == "Nothing moves." and lesson.watch != "Nothing moves."
    plain = lesson_from_dict(valid_dict(), source="x.toml")
    assert not plain.fixes["calmer"].counter_example
    assert plain.with_fix("calmer").watch == plain.watch  # no watch of its own: the lesson's


@pytest.mark.parametrize("key, value", [("counter_example", "yes"), ("watch", 3)])
def test_a_fixs_counter_example_and_watch_are_checked(key, value):
    data = valid_dict()
    data["fixes"]["calmer"][key] = value
    with pytest.raises(LessonError) as info:
        lesson_from_dict(data, source="x.toml")
    assert info.value.field == f"fixes.calmer.{key}"


def test_the_dropout_lesson_marks_dropout_one_as_a_counter_example():
    lesson = load_lesson(lessons_dir() / "dropout.toml")
    assert lesson.fixes["dropout-1.0"].counter_example
    assert not lesson.fixes["dropout-0.5"].counter_example
