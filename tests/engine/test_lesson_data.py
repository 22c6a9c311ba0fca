"""A lesson on the user's own CSV: in a lesson file ([dataset] csv, target) or with_data (--data)."""

import pytest

from netviz.engine.lesson_data import with_data
from netviz.engine.lessons import LessonError, find_lesson, lessons_dir, lessons_in, load_lesson

ROWS = "".join(f"{i % 3},{(i * 7) % 5},{i % 4},{i % 2}\n" for i in range(30))
LESSON = """title = "Mine"
caption = "On my points."
[dataset]
csv = "points.csv"
target = "label"
[network]
hidden = [4]
activation = "relu"
[training]
batch_size = 8
steps = 5
"""


@pytest.fixture
def points(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("a,b,c,label\n" + ROWS)
    return path


def test_a_lesson_file_reads_its_csv_beside_it(tmp_path, points):
    (tmp_path / "mine.toml").write_text(LESSON)
    lesson = load_lesson(tmp_path / "mine.toml")
    trainer = lesson.build()
    assert trainer.network.spec.inputs == 3 and trainer.network.spec.output == "sigmoid"
    trainer.run()
    assert trainer.steps_done == 5


def test_a_lesson_files_csv_fields_are_checked(tmp_path, points):
    cases = [(LESSON.replace('target = "label"\n', ""), "dataset.target: is required with csv"),
             (LESSON.replace('"points.csv"', '"none.csv"'), "dataset.csv"),
             (LESSON.replace('target = "label"', 'target = "zzz"'), "dataset.target"),
             (LESSON.replace('target = "label"', 'target = "label"\nsamples = 40'), "dataset.samples"),
             (LESSON.replace('csv = "points.csv"', "csv = 3"), "dataset.csv: must be")]
    for text, words in cases:
        (tmp_path / "bad.toml").write_text(text)
        with pytest.raises(LessonError, match=words.replace("?", r"\?")):
            load_lesson(tmp_path / "bad.toml")


def test_with_data_trains_on_the_csv_and_the_fixes_apply_on_top(points):
    lesson = with_data(find_lesson("vanishing"), points, "label")
    assert lesson.title == "Vanishing gradients on points.csv"
    fixed = lesson.with_fix("relu")
    assert fixed.make_dataset().n_inputs == 3 and fixed.network["activation"] == "relu"
    assert fixed.without_fix() is lesson  # "Original" is the lesson on the data, not the built-in one
    # A column of five integers is five classes: the output follows the data set's task.
    regression = with_data(find_lesson("vanishing"), points, "b")
    assert regression.network_spec(regression.make_dataset()).output == "softmax"


def test_choosing_a_built_in_data_set_replaces_the_csv(points):
    lesson = with_data(find_lesson("vanishing"), points, "label").with_changes(dataset={"name": "xor"})
    assert "csv" not in lesson.dataset and lesson.make_dataset().name == "xor"


def test_a_changed_csv_is_read_again(points):
    lesson = with_data(find_lesson("vanishing"), points, "label")
    first = lesson.make_dataset()
    assert lesson.make_dataset() is first  # unchanged: read once
    points.write_text("a,b,c,label\n" + ROWS + "9,9,9,1\n")
    assert len(lesson.make_dataset().x_train) + len(lesson.make_dataset().x_val) == 31


def test_a_folder_of_lessons_skips_the_bad_ones(tmp_path):
    (tmp_path / "good.toml").write_bytes((lessons_dir() / "dropout.toml").read_bytes())
    (tmp_path / "wide.toml").write_text(LESSON.replace("hidden = [4]", "hidden = [100]"))
    (tmp_path / "broken.toml").write_text("title = [")
    lessons, problems = lessons_in(tmp_path)
    assert list(lessons) == [str(tmp_path / "good.toml")]
    assert sorted(p.source for p in problems) == [str(tmp_path / "broken.toml"), str(tmp_path / "wide.toml")]
    assert lessons_in(tmp_path / "none") == ({}, [])
    limited = lessons_in(tmp_path, limit=1)[1]
    assert "holds 3 lesson files; read the first 1" in str(limited[-1])
