"""The `netviz` command: the app, and headless subcommands (`netviz train`)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Sequence

from netviz.engine.lessons import Lesson, LessonError, find_lesson, lesson_names
from netviz.engine.trainer import StepSummary, Trainer


def _finite_or_none(value: float | None) -> float | None:
    # JSON has no NaN or Infinity; a diverged step says so in "diverged" instead.
    return value if value is not None and math.isfinite(value) else None


def _history_json(lesson: Lesson, trainer: Trainer) -> dict:
    return {
        "lesson": lesson.name,
        "fix": lesson.fix_applied,
        "steps": trainer.steps_done,
        "diverged": any(s.diverged for s in trainer.history),
        "stop_reason": trainer.stop_reason,
        "history": [
            {
                "step": s.step,
                "loss": _finite_or_none(s.loss),
                "val_loss": _finite_or_none(s.val_loss),
                "layers": [
                    {"grad_norm": _finite_or_none(g), "dead_fraction": d}
                    for g, d in zip(s.grad_norms, s.dead_fractions)
                ],
            }
            for s in trainer.history
        ],
    }


def _progress(done: int, total: int, summary: StepSummary, stream) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    stream.write(f"\r[{bar}] {done}/{total} loss {summary.loss:.4g}")
    stream.flush()


def _layer_table(trainer: Trainer) -> str:
    names = [lay.name for lay in trainer.network.layers]
    last = trainer.history[-1]
    first = trainer.history[0]
    rows = [f"{'layer':<10} {'units':>5} {'grad norm (first)':>18} {'grad norm (last)':>17} {'dead':>8}"]
    for i, name in enumerate(names):
        units = trainer.network.layers[i].biases.shape[0]
        dead = round(last.dead_fractions[i] * units)
        rows.append(
            f"{name:<10} {units:>5} {first.grad_norms[i]:>18.3e} {last.grad_norms[i]:>17.3e} {f'{dead}/{units}':>8}"
        )
    return "\n".join(rows)


def cmd_train(args: argparse.Namespace) -> int:
    if args.list:
        for name in lesson_names():
            lesson = find_lesson(name)
            fixes = ", ".join(lesson.fixes) or "none"
            print(f"{name:<20} {lesson.title}  (fixes: {fixes})")
        return 0
    if not args.lesson:
        print("netviz train: give --lesson NAME (or --list)", file=sys.stderr)
        return 2
    lesson = find_lesson(args.lesson)
    if args.fix:
        lesson = lesson.with_fix(args.fix)
    trainer = lesson.build(steps=args.steps)
    total = trainer.train_spec.steps
    every = max(1, total // 100)  # redraw the bar about a hundred times, not every step

    def progress(_trace) -> None:
        if trainer.steps_done % every == 0 or trainer.stopped:
            _progress(trainer.steps_done, total, trainer.history[-1], sys.stderr)

    show_progress = not args.json and not args.quiet
    trainer.run(on_step=progress if show_progress else None)
    if show_progress:
        sys.stderr.write("\n")
    if args.json:
        json.dump(_history_json(lesson, trainer), sys.stdout)
        sys.stdout.write("\n")
        return 0
    print(lesson.title)
    print(_layer_table(trainer))
    last = trainer.history[-1] if trainer.history else None
    if last is not None:
        val = f", validation loss {last.val_loss:.4g}" if last.val_loss is not None else ""
        print(f"after {trainer.steps_done} steps: loss {last.loss:.4g}{val}")
    if trainer.stop_reason:
        print(f"stopped: {trainer.stop_reason}")
        if lesson.fixes and lesson.fix_applied is None and "diverged" in trainer.stop_reason:
            print(f"try a fix: {', '.join(lesson.fixes)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netviz",
        description="See backpropagation happen. Without a subcommand, opens the window.",
    )
    parser.add_argument("--lesson", default="vanishing", help="lesson to open (default: vanishing)")
    parser.add_argument("--fix", help="open the lesson with one of its fixes applied")
    parser.add_argument("--steps", type=int, help="train this many steps, then pause")
    parser.add_argument("--screenshot", metavar="PNG", help="after --steps, save the window to this PNG and quit")
    parser.add_argument("--size", metavar="WxH", help="window size, e.g. 1920x1080")
    sub = parser.add_subparsers(dest="command")
    train = sub.add_parser("train", help="run a lesson without a window and print what happened")
    train.add_argument("--lesson", help="lesson name (see --list)")
    train.add_argument("--fix", help="apply one of the lesson's fixes")
    train.add_argument("--steps", type=int, help="number of training steps (default: the lesson's)")
    train.add_argument("--json", action="store_true", help="print one JSON object with the whole history")
    train.add_argument("--quiet", action="store_true", help="no progress bar")
    train.add_argument("--list", action="store_true", help="list the lessons and their fixes")
    train.set_defaults(func=cmd_train)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "steps", None) is not None and args.steps < 0:
        parser.error("--steps: must be at least 0")
    try:
        if args.command is None:
            # Imported here so that `netviz train` never loads Qt.
            from netviz.ui.app import run_window

            return run_window(args.lesson, args.fix, args.steps, args.screenshot, args.size)
        return args.func(args)
    except LessonError as exc:
        print(f"netviz: {exc}", file=sys.stderr)
        return 2
