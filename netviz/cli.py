"""The `netviz` command: the app, and headless subcommands (`netviz train`; `netviz export` in cli_export)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from netviz.animation.words import layer_label
from netviz.cli_common import add_data_options, lesson_from_args, printable
from netviz.cli_export import add_export_command
from netviz.cli_language import choose_language, install_catalogues
from netviz.engine.files import check_target
from netviz.engine.lessons import MAX_RUN_STEPS, Lesson, LessonError, available_lessons
from netviz.engine.recording import Recording
from netviz.engine.session import SessionError, open_session, save_run
from netviz.engine.trace import StepTrace
from netviz.engine.trainer import StepSummary, Trainer
from netviz.i18n import LANGUAGES, translate

if TYPE_CHECKING:
    from argparse import _SubParsersAction

DEFAULT_KEEP_TRACES = 100  # `train --save-run`: the pictures of the last steps stored with the run


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
                # classification only: null for regression (and for a diverged step's NaN)
                "accuracy": _finite_or_none(s.accuracy),
                "val_accuracy": _finite_or_none(s.val_accuracy),
                "layers": [
                    {"grad_norm": _finite_or_none(g), "dead_fraction": d}
                    for g, d in zip(s.grad_norms, s.dead_fractions)
                ],
            }
            for s in trainer.history
        ],
    }


def _progress(done: int, total: int, summary: StepSummary, stream: TextIO) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    stream.write(f"\r[{bar}] {done}/{total} loss {summary.loss:.4g}")
    stream.flush()


def _pretraining_bar(stream: TextIO) -> Callable[[int, int], None]:
    """A progress callback for a transfer lesson's pre-training (which can take minutes):
    '[####----] 120/600 pre-training', redrawn about a hundred times, ended by a newline."""
    def progress(done: int, total: int) -> None:
        if done % max(1, total // 100) and done != total:
            return
        width = 30
        filled = width * done // max(total, 1)
        stream.write(f"\r[{'#' * filled}{'-' * (width - filled)}] {done}/{total} pre-training")
        if done == total:
            stream.write("\n")
        stream.flush()

    return progress


def _layer_table(trainer: Trainer) -> str:
    """Each layer's units, gradient norm at the first and last step and dead units; with no
    step trained (--steps 0) the network's shape, and dashes for what no step measured."""
    names = [lay.name for lay in trainer.network.layers]
    first = trainer.history[0] if trainer.history else None
    last = trainer.history[-1] if trainer.history else None
    # The headers in the chosen language; numbers stay universal (1.5e-07). Each column is as
    # wide as its header or its numbers, whichever is wider.
    headers = [translate("Train", "layer"), translate("Train", "units"), translate("Train", "grad norm (first)"),
               translate("Train", "grad norm (last)"), translate("Train", "dead")]
    rows = [headers]
    for i, name in enumerate(names):
        units = trainer.network.layers[i].biases.shape[0]
        if first is None or last is None:
            rows.append([layer_label(name), str(units), "-", "-", "-"])
            continue
        dead = round(last.dead_fractions[i] * units)
        rows.append([layer_label(name), str(units), f"{first.grad_norms[i]:.3e}", f"{last.grad_norms[i]:.3e}",
                     f"{dead}/{units}"])
    widths = [max(least, *(_width(row[k]) for row in rows)) for k, least in enumerate((10, 5, 18, 17, 8))]
    return "\n".join(" ".join(_pad(cell, w, left=k == 0) for k, (cell, w) in enumerate(zip(row, widths)))
                     for row in rows)


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal: a Chinese character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int, left: bool) -> str:
    gap = " " * max(0, width - _width(text))
    return text + gap if left else gap + text


def _accuracy_text(summary: StepSummary) -> str:
    """", accuracy 93.0% (batch), validation accuracy 91.2%" for a classifier, "" for regression."""
    text = ""
    if summary.accuracy is not None and math.isfinite(summary.accuracy):
        # as the loss: the step's batch
        text += translate("Train", ", accuracy %1 (batch)").replace("%1", f"{summary.accuracy:.1%}")
    if summary.val_accuracy is not None and math.isfinite(summary.val_accuracy):
        text += translate("Train", ", validation accuracy %1").replace("%1", f"{summary.val_accuracy:.1%}")
    return text


def cmd_train(args: argparse.Namespace) -> int:
    install_catalogues(choose_language(args.lang))
    if args.list:
        lessons, problems = available_lessons()
        for name, lesson in lessons.items():
            fixes = ", ".join(lesson.fixes) or translate("Train", "none")
            listed = translate("Train", "%1  (fixes: %2)").replace("%1", lesson.title).replace("%2", fixes)
            print(printable(f"{name:<20} {listed}"))
        for problem in problems:  # a bad file is named, and hides no other lesson
            print(printable(f"netviz train: skipped a lesson file: {problem}"), file=sys.stderr)
        return 0
    if not args.lesson:
        print("netviz train: give --lesson NAME (or --list)", file=sys.stderr)
        return 2
    lesson = lesson_from_args(args)
    if lesson.fallback_note():  # a teacher's own lesson written in English only
        print(printable(f"netviz train: {lesson.fallback_note()}"), file=sys.stderr)
    if args.keep_traces < 0:
        print("netviz train: --keep-traces: must be at least 0", file=sys.stderr)
        return 2
    if args.save_run:
        try:
            check_target(args.save_run)  # before training: a wrong path costs nothing
        except OSError as exc:
            print(f"netviz train: --save-run: {args.save_run}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    show_progress = not args.json and not args.quiet
    trainer = lesson.build(steps=args.steps, pretraining=_pretraining_bar(sys.stderr) if show_progress else None)
    total = trainer.train_spec.steps
    every = max(1, total // 100)  # redraw the bar about a hundred times, not every step
    kept: deque = deque(maxlen=args.keep_traces)

    def on_step(trace: StepTrace) -> None:
        if args.save_run and args.keep_traces:
            kept.append(trace)
        if show_progress and (trainer.steps_done % every == 0 or trainer.stopped):
            _progress(trainer.steps_done, total, trainer.history[-1], sys.stderr)

    trainer.run(on_step=on_step)
    if show_progress:
        sys.stderr.write("\n")
    if args.save_run:
        try:
            path = save_run(args.save_run, lesson, trainer, kept)
        except SessionError as exc:
            print(f"netviz train: --save-run: {exc}", file=sys.stderr)
            return 1
        if not args.json:
            print(f"saved the run ({trainer.steps_done} steps, the pictures of the last {len(kept)}) to {path}",
                  file=sys.stderr)
    if args.json:
        json.dump(_history_json(lesson, trainer), sys.stdout)
        sys.stdout.write("\n")
        return 0
    print(printable(lesson.title))
    print(_layer_table(trainer))
    last = trainer.history[-1] if trainer.history else None
    if last is not None:
        val = (translate("Train", ", validation loss %1").replace("%1", f"{last.val_loss:.4g}")
               if last.val_loss is not None else "")
        steps = trainer.steps_done  # a plain name: lupdate reads only a name as the count
        after = (translate("Train", "after 1 step: loss %1") if steps == 1 else
                 translate("Train", "after %n steps: loss %1", None, steps))
        print(after.replace("%1", f"{last.loss:.4g}") + val + _accuracy_text(last))
    else:
        print(translate("Train", "no step trained"))
    if trainer.stop_reason:
        print(printable(f"stopped: {trainer.stop_reason}"))
        if lesson.fixes and lesson.fix_applied is None and "diverged" in trainer.stop_reason:
            print(f"try a fix: {', '.join(lesson.fixes)}")
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    try:
        saved = open_session(args.file)
    except SessionError as exc:
        print(f"netviz open: {exc}", file=sys.stderr)
        return 2
    if isinstance(saved, Recording):  # a PyTorch model's recorded steps: shown, not continued
        from netviz.ui.recording_window import run_recording_window

        return run_recording_window(saved, lang=args.lang)
    # Imported here, after the file is known to be good, so that a bad file never starts Qt.
    from netviz.ui.app import run_saved_window

    return run_saved_window(saved, args.size, lang=args.lang)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netviz",
        description="See backpropagation happen. Without a subcommand, opens the window.",
    )
    parser.add_argument("--lesson", default="vanishing",
                        help="lesson to open: a name, or a lesson file's path (mine.toml) (default: vanishing)")
    parser.add_argument("--fix", help="open the lesson with one of its fixes applied")
    parser.add_argument("--steps", type=int, help="train this many steps, then pause")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="after --steps, save the window to this PNG file and quit (exit status: 0 saved, "
                             "2 a wrong option, 1 failed, 130 interrupted)")
    parser.add_argument("--size", metavar="WxH",
                        help="window size, e.g. 1280x720 (default: the screen's, or the size it had last time)")
    parser.add_argument("--present", action="store_true",
                        help="open in presentation mode: full screen, the network large, controls hidden "
                             "(F5 toggles it, Escape leaves it, B blanks the screen)")
    parser.add_argument("--theme", help="the window's theme: dark, light or high-contrast "
                                        "(View > Theme; default: the last one used)")
    parser.add_argument("--lang", choices=tuple(LANGUAGES),
                        help="the window's language (View > Language; default: the last one used, else the system's)")
    add_data_options(parser)
    sub = parser.add_subparsers(dest="command")
    _add_train_command(sub)
    _add_open_command(sub)
    add_export_command(sub)
    _add_follow_command(sub)
    return parser


# One function per sub-command: its parser, its arguments and the function that runs it.


def _add_train_command(sub: _SubParsersAction[argparse.ArgumentParser]) -> None:
    train = sub.add_parser("train", help="run a lesson without a window and print what happened")
    train.add_argument("--lesson", help="lesson name (see --list), or a lesson file's path (mine.toml)")
    train.add_argument("--fix", help="apply one of the lesson's fixes")
    train.add_argument("--steps", type=int, help="number of training steps (default: the lesson's)")
    train.add_argument("--json", action="store_true", help="print one JSON object with the whole history")
    train.add_argument("--quiet", action="store_true", help="no progress bar")
    train.add_argument("--list", action="store_true", help="list the lessons and their fixes")
    train.add_argument("--save-run", metavar="FILE",
                       help="save the run to FILE (a session file: settings, weights, optimizer and random "
                            "state, history and the last steps' pictures), to open or export later")
    train.add_argument("--keep-traces", type=int, default=DEFAULT_KEEP_TRACES, metavar="N",
                       help=f"with --save-run: store the pictures of the last N steps (default: {DEFAULT_KEEP_TRACES})")
    train.add_argument("--lang", choices=tuple(LANGUAGES),
                       help="the language of the lessons' words and the table: " + ", ".join(LANGUAGES)
                            + " (default: the system's, else en)")
    add_data_options(train)
    train.set_defaults(func=cmd_train)


def _add_open_command(sub: _SubParsersAction[argparse.ArgumentParser]) -> None:
    opener = sub.add_parser("open", help="open a saved run (netviz train --save-run, File > Save run) in the window")
    opener.add_argument("file", metavar="FILE", help="the session file")
    opener.add_argument("--size", metavar="WxH", help="window size, e.g. 1920x1080")
    opener.add_argument("--lang", choices=tuple(LANGUAGES), help="the window's language (default: as `netviz`)")
    opener.set_defaults(func=cmd_open)


def _add_follow_command(sub: _SubParsersAction[argparse.ArgumentParser]) -> None:
    follow = sub.add_parser(
        "follow", help="a window showing a PyTorch script's recorded steps as they come "
                       "(started by netviz.torch.watch(..., live=True), which writes them to its standard input)")
    follow.add_argument("--name", default="model", help="the model's name, until the script sends it")
    follow.add_argument("--log", metavar="FILE",
                        help="append a line to FILE for every step received ('step 10') and 'ended' at the end")
    follow.set_defaults(func=cmd_follow)


def cmd_follow(args: argparse.Namespace) -> int:
    """`netviz follow`: the live window of netviz.torch; reads the trace stream on standard input."""
    from netviz.ui.recording_window import run_recording_window

    return run_recording_window(None, live_name=args.name, log_path=args.log)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "steps", None) is not None and not 0 <= args.steps <= MAX_RUN_STEPS:
        parser.error(f"--steps: must be 0 to {MAX_RUN_STEPS}, got {args.steps}")
    try:
        if args.command is None:
            # Imported here so that `netviz train` never loads Qt.
            from netviz.ui.app import run_window

            if args.data is not None or args.target is not None:  # checked before Qt starts
                return run_window(lesson_from_args(args), None, args.steps, args.screenshot, args.size,
                                  present=args.present, theme=args.theme, lang=args.lang)
            return run_window(args.lesson, args.fix, args.steps, args.screenshot, args.size,
                              present=args.present, theme=args.theme, lang=args.lang)
        return args.func(args)
    except LessonError as exc:
        print(printable(f"netviz: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C in `netviz train` (export handles its own)
        try:
            print("\nnetviz: interrupted", file=sys.stderr)
        except OSError:  # the terminal has gone
            pass
        return 130
