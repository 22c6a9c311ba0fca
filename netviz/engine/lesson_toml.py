"""A Lesson written back as a TOML lesson file ("Save as lesson"), read back by ``load_lesson`` to an equal Lesson.

Python's standard library reads TOML but does not write it; lessons need only a small part
of TOML (text, whole numbers, finite floats, booleans, lists of these, tables and inline
tables), so this module writes exactly that part, laid out as the files in
``resources/lessons/`` are: the top-level fields, then ``[transfer]``, ``[dataset]``,
``[network]``, ``[training]``, and a ``[fixes.NAME]`` table per fix.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from .files import atomic_write
from .lessons import Lesson, LessonError

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r", "\n": "\\n"}
_WIDTH = 88  # a caption's lines are wrapped near this width
_TABLES = ("dataset", "network", "training")


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    """The lesson as a lesson file holds it (what ``lesson_from_dict`` reads): its tables as
    they are now (a fix applied and any changes included), and the fixes that still apply
    to them (a fix written for ten layers cannot apply once the network has three)."""
    texts = lesson.all_texts
    data: dict[str, Any] = {"title": texts.title.to_data(), "caption": texts.caption.to_data()}
    if texts.watch:
        data["watch"] = texts.watch.to_data()
    data["seed"] = lesson.seed
    if lesson.transfer is not None:
        data["transfer"] = dict(lesson.transfer)
    for key in _TABLES:
        data[key] = dict(getattr(lesson, key))
    fixes: dict[str, dict[str, Any]] = {}
    for name, fix in lesson.fixes.items():
        try:
            lesson.with_fix(name)
        except LessonError:
            continue
        its = fix.all_texts
        fixes[name] = {"title": its.title.to_data(), "caption": its.caption.to_data(),
                       **{k: dict(v) for k, v in fix.overrides.items()}}
        # Only when set: a lesson without them writes the same file as before.
        if its.watch:
            fixes[name]["watch"] = its.watch.to_data()
        if fix.counter_example:
            fixes[name]["counter_example"] = True
    if fixes:
        data["fixes"] = fixes
    return data


def lesson_toml(lesson: Lesson, comment: str = "") -> str:
    """The text of a lesson file for ``lesson``; ``comment`` (lines) opens the file."""
    data = lesson_to_dict(lesson)
    lines = [f"# {line}".rstrip() for line in comment.splitlines()]
    if lines:
        lines.append("")
    lines += _text_lines(data)
    lines.append(f"seed = {_value(data['seed'])}")
    for key in ("transfer", *_TABLES):
        if key in data:
            lines += ["", f"[{key}]", *_assignments(data[key])]
    for name, fix in data.get("fixes", {}).items():
        lines += ["", f"[fixes.{_key(name)}]", *_text_lines(fix)]
        lines += [f"{key} = {_value(fix[key])}" for key in ("counter_example",) if key in fix]
        lines += [f"{key} = {_value(fix[key])}" for key in _TABLES if key in fix]
    return "\n".join(lines) + "\n"


def save_lesson(path: str | Path, lesson: Lesson, comment: str = "") -> Path:
    """Write ``lesson_toml(lesson)`` to ``path`` atomically (OSError if it cannot be written)."""
    text = lesson_toml(lesson, comment).encode("utf-8")
    return atomic_write(path, lambda f: f.write(text))


def _text_lines(table: dict[str, Any]) -> list[str]:
    """The title, caption and watch line: ``title = "..."`` for English alone, else one dotted
    key per language (``caption.de = ...``), each field's translations together."""
    lines = []
    for key, write in (("title", _string), ("caption", _long_string), ("watch", _string)):
        value = table.get(key)
        if isinstance(value, str):
            lines.append(f"{key} = {write(value)}")
        elif isinstance(value, dict):
            lines += [f"{key}.{code} = {write(text)}" for code, text in value.items()]
    return lines


def _assignments(table: dict[str, Any]) -> list[str]:
    return [f"{_key(k)} = {_value(v)}" for k, v in table.items()]


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"a lesson holds finite numbers only, got {value!r}")
        return repr(value)  # the shortest text that reads back to the same float; valid TOML
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }" if value else "{}"
    raise TypeError(f"a lesson cannot hold a {type(value).__name__}")


def _escape(text: str, newlines: bool = True) -> str:
    out = []
    for ch in text:
        if ch == "\n" and not newlines:
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def _string(text: str) -> str:
    return f'"{_escape(text)}"'


def _long_string(text: str) -> str:
    """A multi-line basic string wrapped as the shipped lessons are: a line ending in a
    backslash continues on the next line without the line break, and TOML drops the
    whitespace that starts the next line, so a break is made only at a single space
    followed by a character other than a space, the space kept before the backslash."""
    body = _escape(text, newlines=False)
    lines, line = [], ""
    for i, ch in enumerate(body):
        if ch == "\n":
            lines.append(line + "\n")
            line = ""
            continue
        line += ch
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if ch == " " and len(line) >= _WIDTH and nxt not in ("", " ", "\n") and not line.endswith("  "):
            lines.append(line + "\\\n")
            line = ""
    lines.append(line)
    return '"""\n' + "".join(lines) + '"""'
