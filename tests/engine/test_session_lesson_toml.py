"""Save as lesson: a run's lesson and settings written as a TOML lesson file read back to an equal Lesson."""

from __future__ import annotations

import dataclasses
import math
import tomllib
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netviz.engine import lessons
from netviz.engine.lesson_toml import _long_string, _string, _value, lesson_to_dict, lesson_toml, save_lesson
from netviz.engine.lessons import find_lesson, lesson_names, load_lesson

from .session_support import saved_run


def same_lesson(a, b) -> bool:
    """Equal as lessons: the same settings, texts and fixes (the file's name and path aside)."""
    keep = {"name": "", "source": "", "fix_applied": None}
    return dataclasses.replace(a, **keep) == dataclasses.replace(b, **keep)


def every_lesson_and_fix():
    for name in lesson_names():
        lesson = find_lesson(name)
        yield lesson
        yield from (lesson.with_fix(fix) for fix in lesson.fixes)


@pytest.mark.parametrize("lesson", list(every_lesson_and_fix()), ids=lambda les: f"{les.name}:{les.fix_applied}")
def test_every_shipped_lesson_and_fix_reads_back_equal(tmp_path, lesson):
    path = save_lesson(tmp_path / "mine.toml", lesson, comment="Saved from a run\nof netviz")
    back = load_lesson(path)
    assert same_lesson(back, lesson)
    assert back.name == "mine"
    assert path.read_text().startswith("# Saved from a run\n# of netviz\n")
    # The lessons' own files hold nothing this writer leaves out.
    if lesson.fix_applied is None:
        assert lesson_to_dict(lesson) == tomllib.loads(Path(lesson.source).read_text())


def test_find_lesson_reads_a_saved_lesson(tmp_path, monkeypatch):
    lesson = find_lesson("vanishing").with_fix("relu").with_changes(
        seed=5, training={"learning_rate": 0.07, "clip_norm": 2.5}, network={"dropout": [0.0] * 9 + [0.5]})
    save_lesson(tmp_path / "my-lesson.toml", lesson)
    monkeypatch.setattr(lessons, "lessons_dir", lambda: tmp_path)
    back = find_lesson("my-lesson")
    assert same_lesson(back, lesson)
    assert back.training["learning_rate"] == 0.07 and back.seed == 5
    assert back.with_fix("relu").network == lesson.network


LESSON = """
title = "t"
caption = "c"
[dataset]
name = "circle"
[network]
hidden = [4, 4]
[training]
steps = 10
[fixes.per-layer]
title = "Per layer"
caption = "one activation per layer"
network = { activation = ["tanh", "relu"] }
[fixes.calmer]
title = "Calmer"
caption = "lower rate"
training = { learning_rate = 0.01 }
"""


def test_fixes_that_no_longer_apply_are_left_out():
    lesson = lessons.load_lesson_text(LESSON)
    assert set(lesson_to_dict(lesson)["fixes"]) == {"per-layer", "calmer"}
    deeper = lesson.with_changes(network={"hidden": [4, 4, 4]})  # two activations for three layers
    assert set(lesson_to_dict(deeper)["fixes"]) == {"calmer"}
    assert same_lesson(lessons.load_lesson_text(lesson_toml(deeper)), dataclasses.replace(
        deeper, fixes={"calmer": deeper.fixes["calmer"]}))


def test_a_saved_run_holds_its_lesson_file(tmp_path):
    path = saved_run(tmp_path / "run.netviz")
    with zipfile.ZipFile(path) as zf:
        text = zf.read("lesson.toml").decode()
    assert lessons.load_lesson_text(text).network["hidden"] == [4, 3]


TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=300)


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_any_text_reads_back(text):
    assert tomllib.loads(f"a = {_string(text)}\nb = {_long_string(text)}\n") == {"a": text, "b": text}


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text("ab \\\"\n\t", min_size=1, max_size=30), min_size=1, max_size=40))
def test_long_wrapped_text_reads_back(words):
    text = " ".join(words)
    assert tomllib.loads(f"b = {_long_string(text)}\n")["b"] == text


SCALAR = st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False) | TEXT


@settings(max_examples=200, deadline=None)
@given(value=SCALAR | st.lists(SCALAR, max_size=5) | st.dictionaries(st.text(max_size=6), SCALAR, max_size=4))
def test_any_lesson_value_reads_back(value):
    back = tomllib.loads(f"v = {_value(value)}\n")["v"]
    assert back == value
    if isinstance(value, float):
        assert type(back) is float and math.copysign(1, back) == math.copysign(1, value)


def test_non_finite_numbers_are_refused():
    with pytest.raises(ValueError, match="finite"):
        _value(math.inf)


def test_text_of_a_lesson_is_like_the_shipped_files():
    text = lesson_toml(find_lesson("transfer"))
    assert "[transfer]\nsteps = 600\ndataset = { name = \"circle\", samples = 600, noise = 0.1 }" in text
    assert "[fixes.fine-tune]" in text and "network = { frozen = false }" in text
