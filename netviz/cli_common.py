"""What the sub-commands share: text safe for a terminal, and the lesson their options name
(--lesson, --fix, --data/--target)."""

from __future__ import annotations

import argparse
import os

from netviz.engine.lesson_data import with_data
from netviz.engine.lessons import Lesson, LessonError, find_lesson


def printable(text: object) -> str:
    """``text`` safe for a terminal: control characters (escape sequences in a lesson's
    title could move the cursor, recolour or retitle the terminal) shown as \\xNN."""
    return "".join(ch if ch.isprintable() or ch == "\n" else _escape(ch) for ch in str(text))


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"



def add_data_options(parser: argparse.ArgumentParser) -> None:
    """--data FILE.csv --target COL: the lesson trained on the user's own data set."""
    parser.add_argument("--data", metavar="FILE.csv",
                        help="train the lesson on your own data: a CSV file with a header row (with --target)")
    parser.add_argument("--target", metavar="COLUMN", help="with --data: the column the network predicts")


def lesson_from_args(args: argparse.Namespace, name: str | None = None) -> Lesson:
    """The lesson of --lesson (or ``name``), on --data's CSV when given, with --fix applied:
    LessonError names the field (dataset.csv, dataset.target, ...)."""
    lesson = find_lesson(name or args.lesson)
    data, target = getattr(args, "data", None), getattr(args, "target", None)
    if data is not None or target is not None:
        if data is None or not target:
            raise LessonError("--target" if data is not None else "--data", "missing",
                              "--data FILE.csv and --target COLUMN go together")
        try:
            lesson = with_data(lesson, data, target)
        except LessonError as exc:  # named by the option the user typed, not the lesson file's field
            option = {"dataset.csv": "--data", "dataset.target": "--target"}.get(exc.field)
            if option is None:
                raise
            where = f"{os.path.abspath(os.path.expanduser(data))}: "  # load_csv's messages start with the file
            reason = exc.reason[len(where):] if exc.reason.startswith(where) else exc.reason
            raise LessonError(option, data if option == "--data" else target, reason) from None
    return lesson.with_fix(args.fix) if args.fix else lesson
