"""The translation catalogues: complete, plurals right, placeholders kept, and up to date with the code."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netviz.i18n import DEFAULT_LANGUAGE, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SCRIPT = ROOT / "packaging" / "update-translations"
# Qt's plural forms per language: German and Italian say "1 Schritt / 2 Schritte", Turkish and
# Chinese put no plural after a number. (A language added later has whatever lupdate gave it,
# the same in every message.)
PLURAL_FORMS = {"en": 2, "de": 2, "it": 2, "tr": 1, "zh": 1}
TRANSLATED = [code for code in LANGUAGES if code != DEFAULT_LANGUAGE]
FIELD = re.compile(r"\{[a-z_]+\}")


def messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(FOLDER / f"netviz_{code}.ts").getroot()
    return [(context.findtext("name", ""), message) for context in root.iter("context")
            for message in context.iter("message")]


def texts_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_language_has_a_catalogue_and_plural_rules():
    assert set(PLURAL_FORMS) <= set(LANGUAGES)
    for code in LANGUAGES:
        assert (FOLDER / f"netviz_{code}.ts").is_file(), code
        assert (FOLDER / f"netviz_{code}.qm").is_file(), code


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_finished(code):
    found = messages(code)
    assert len(found) > 100  # the window's strings, at least
    missing = [f"{context}: {message.findtext('source')!r}" for context, message in found
               if message.find("translation").get("type") is not None or not all(t.strip() for t in texts_of(message))]
    assert not missing, f"{len(missing)} messages without a finished {code} translation: " + "; ".join(missing[:20])


def test_english_holds_the_plural_forms_only():
    found = messages("en")
    assert found and all(message.get("numerus") == "yes" for _, message in found)
    unfinished = [message.findtext("source") for _, message in found
                  if message.find("translation").get("type") is not None or not all(texts_of(message))]
    assert not unfinished


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_plurals_have_the_languages_number_of_forms(code):
    numerus = [message for _, message in messages(code) if message.get("numerus") == "yes"]
    assert numerus, "no plural message at all: the %n marking did not run"
    for message in numerus:
        source = message.findtext("source", "")
        assert "%n" in source or "%Ln" in source
        forms = texts_of(message)
        assert len(forms) == PLURAL_FORMS.get(code, len(texts_of(numerus[0]))), (code, source, forms)
        for form in forms:  # every form says the number
            assert ("%Ln" in form) if "%Ln" in source else ("%n" in form), (code, source, form)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(code):
    for context, message in messages(code):
        source = message.findtext("source", "")
        for text in texts_of(message):
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), (context, source, text)
            if re.search(r"&\w", source):
                assert len(re.findall(r"&\w", text)) == 1, (context, source, text)


def test_german_says_gradients_as_the_field_does():
    # The seed page's machine translation called gradients "Farbverläufe" (colour gradients).
    for _, message in messages("de"):
        for text in texts_of(message):
            assert "Farbverl" not in text


HAN = "[\u4e00-\u9fff]"
PLACEHOLDER = r"(?:%L?\d|%n|\{[a-z_]+\})"
# A placeholder (a layer's name, a number) set against a Chinese character ran the two
# together: "隐藏层 6接收隐藏层 5". Closed up on purpose: the short form of a hidden layer's
# name (it must fit beside a narrow column), and the note whose placeholder is always a
# Chinese word (the name of the window's language: "本课没有中文文本").
CLOSED_UP = {"隐%1", "本课没有%1文本，以英文显示。"}


def test_chinese_sets_placeholders_apart_from_the_characters_around_them():
    crowded = [text for _, message in messages("zh") for text in texts_of(message)
               if text not in CLOSED_UP
               and (re.search(PLACEHOLDER + HAN, text) or re.search(HAN + PLACEHOLDER, text))]
    assert crowded == []


def test_catalogues_are_up_to_date_with_the_code():
    """The .ts hold exactly the code's strings and the .qm are compiled from the .ts (the
    script updates a copy and compares)."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def _translation_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            yield name, node


def test_every_translation_call_is_one_lupdate_can_read():
    """lupdate skips a call with keyword arguments (``translate("C", "%n x", n=3)``) without a
    word, and takes an f-string's braces as literal text: neither may appear."""
    wrong = []
    for path in sorted((ROOT / "netviz").rglob("*.py")):
        for name, call in _translation_calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if call.keywords:
                wrong.append(f"{where}: {name}() with keyword arguments")
            if any(isinstance(arg, ast.JoinedStr) for arg in call.args):
                wrong.append(f"{where}: {name}() of an f-string")
    assert not wrong, "\n".join(wrong)
