"""A lesson's words in every language: the shipped lessons carry all five, a teacher's English-only
lesson falls back to English with a note, and a bad text table is named."""

from __future__ import annotations

import re
import tomllib

import pytest

from netviz import i18n
from netviz.engine import lessons
from netviz.engine.lesson_toml import lesson_toml
from netviz.engine.lessons import LessonError, find_lesson, lesson_names, load_lesson_text

OTHERS = ("de", "it", "tr", "zh")

MINE = """
title = "My lesson"
caption = "Watch the first layer."
watch = "The bars."
[dataset]
name = "circle"
[network]
hidden = [4]
[training]
steps = 10
[fixes.calm]
title = "Calmer"
caption = "A lower rate."
training = { learning_rate = 0.01 }
"""


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("name", lesson_names())
def test_every_shipped_lesson_speaks_every_language(name):
    lesson = find_lesson(name)
    assert lesson.missing_languages() == []
    english = lesson.in_language("en")
    for code in OTHERS:
        other = lesson.in_language(code)
        # Written in full: no text of another language left in English (titles such as
        # "ReLU" or "LeakyReLU" are the same word everywhere).
        assert other.caption != english.caption and other.watch != english.watch
        for fix_name, fix in other.fixes.items():
            assert fix.caption != english.fixes[fix_name].caption
            assert not fix.watch or fix.watch != english.fixes[fix_name].watch
        assert other.fallback_note() == ""


@pytest.mark.parametrize("name", lesson_names())
def test_every_fix_of_a_shipped_lesson_says_what_to_watch_with_it_applied(name):
    # A fix without a watch line keeps the lesson's, which describes the problem: the exploding
    # lesson with batch norm applied would still say the step diverges while its loss falls.
    lesson = find_lesson(name)
    languages = sorted(lesson.all_texts.languages())
    assert lesson.fixes and lesson.all_texts.watch.languages == lesson.all_texts.caption.languages
    missing = [f"fixes.{fix_name}.watch.{code}" for fix_name, fix in lesson.fixes.items()
               for code in languages if code not in fix.all_texts.watch.languages]
    assert missing == []
    for fix_name in lesson.fixes:
        for code in languages:
            shown = lesson.with_fix(fix_name).in_language(code).watch
            assert shown == lesson.fixes[fix_name].all_texts.watch.text(code)
            assert shown != lesson.in_language(code).watch, f"fixes.{fix_name}.watch.{code} repeats the lesson's"


def test_the_seed_documents_terms_and_never_colour_gradients():
    titles = {name: find_lesson(name, "en").all_texts.title for name in ("vanishing", "exploding", "dead-relu",
                                                                           "dropout")}
    assert [titles["vanishing"].text(c) for c in OTHERS] == [
        "Verschwindende Gradienten", "Gradienti che svaniscono", "Kaybolan gradyanlar", "梯度消失"]
    assert titles["exploding"].text("de") == "Explodierende Gradienten"
    assert titles["exploding"].text("tr") == "Patlayan gradyanlar"
    assert titles["exploding"].text("zh") == "梯度爆炸"
    assert titles["dead-relu"].text("tr") == "Ölü ReLU birimleri"
    assert titles["dead-relu"].text("it") == "Unità ReLU morte"
    assert titles["dropout"].text("de") == "Dropout-Regularisierung"
    assert titles["dropout"].text("zh") == "Dropout 正则化"
    for path in lessons.lessons_dir().glob("*.toml"):
        assert "Farbverl" not in path.read_text(encoding="utf-8"), path.name


def test_the_chosen_language_is_what_a_lesson_loads_in():
    i18n.set_language("tr")
    lesson = find_lesson("vanishing")
    assert lesson.title == "Kaybolan gradyanlar" and lesson.language == "tr"
    assert lesson.with_fix("relu").title == "Kaybolan gradyanlar: ReLU"
    assert find_lesson("vanishing", "zh").with_fix("relu").title == "梯度消失：ReLU"


def test_in_language_switches_the_lesson_its_fixes_and_its_original():
    fixed = find_lesson("dead-relu", "en").with_fix("lower-learning-rate")
    german = fixed.in_language("de")
    assert german.title == "Dead-ReLU-Einheiten: Eine niedrigere Lernrate"
    assert german.caption.startswith("Dreißigmal kleinere Schritte")
    assert german.fixes["leaky-relu"].caption.startswith("LeakyReLU behält")
    assert german.without_fix().title == "Dead-ReLU-Einheiten"
    assert german.without_fix().with_fix("leaky-relu").title == "Dead-ReLU-Einheiten: LeakyReLU"
    assert german.in_language("en").title == fixed.title
    with pytest.raises(LessonError, match="language"):
        fixed.in_language("fr")


def test_an_english_only_lesson_falls_back_to_english_with_a_note():
    lesson = load_lesson_text(MINE, language="de")
    assert lesson.title == "My lesson" and lesson.fixes["calm"].title == "Calmer"
    assert lesson.with_fix("calm").title == "My lesson: Calmer"
    assert "Deutsch" in lesson.fallback_note() and "English" in lesson.fallback_note()
    assert load_lesson_text(MINE, language="en").fallback_note() == ""
    assert "caption.de" in lesson.missing_languages() and "fixes.calm.title.zh" in lesson.missing_languages()
    # Written back in the old form: plain strings, not tables.
    data = tomllib.loads(lesson_toml(lesson))
    assert data["title"] == "My lesson" and data["fixes"]["calm"]["caption"] == "A lower rate."


def test_a_partly_translated_lesson_shows_what_it_has():
    text = MINE.replace('title = "My lesson"', 'title.en = "My lesson"\ntitle.de = "Meine Lektion"')
    text = text.replace('caption = "Watch the first layer."',
                        'caption = { en = "Watch the first layer.", de = "Die erste Schicht." }')
    lesson = load_lesson_text(text, language="de")
    assert (lesson.title, lesson.caption, lesson.watch) == ("Meine Lektion", "Die erste Schicht.", "The bars.")
    assert lesson.fallback_note() == ""
    assert load_lesson_text(text, language="it").title == "My lesson"
    back = load_lesson_text(lesson_toml(lesson), language="de")
    assert back.all_texts == lesson.all_texts


@pytest.mark.parametrize("text, field", [
    ('title.de = "Nur Deutsch"', "title.en"),
    ('title = { en = "x", fr = "y" }', "title.fr"),
    ('title = { en = "x", de = 3 }', "title.de"),
    ("title = 3", "title"),
])
def test_a_bad_text_table_is_named(text, field):
    with pytest.raises(LessonError) as info:
        load_lesson_text(MINE.replace('title = "My lesson"', text))
    assert info.value.field == field


def test_a_shipped_lesson_missing_a_language_names_it(tmp_path, monkeypatch):
    source = (lessons.lessons_dir() / "exploding.toml").read_text(encoding="utf-8")
    # The lesson's own Turkish caption taken out (the first one: its fixes' stay).
    broken = re.sub(r'^caption\.tr = """.*?"""\n', "", source, count=1, flags=re.S | re.M)
    assert broken != source
    (tmp_path / "exploding.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(lessons, "lessons_dir", lambda: tmp_path)
    monkeypatch.setattr(lessons, "_SHIPPED", tmp_path)
    with pytest.raises(LessonError) as info:
        find_lesson("exploding")
    assert info.value.field == "caption.tr"
    assert "Türkçe" in info.value.reason
    # Outside the shipped folder the same file is a teacher's, and loads.
    assert find_lesson(str(tmp_path / "exploding.toml"), "tr").caption.startswith("The initial weights")
