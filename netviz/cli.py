"""The `netviz` command: the app, and headless subcommands (`netviz train`)."""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

from netviz.animation.words import layer_label
from netviz.cli_language import choose_language, install_catalogues
from netviz.engine.files import check_target
from netviz.engine.lesson_data import with_data
from netviz.engine.lessons import MAX_RUN_STEPS, Lesson, LessonError, available_lessons, find_lesson
from netviz.engine.recording import Recording
from netviz.engine.session import SavedRun, SessionError, open_session, save_run
from netviz.engine.trace import StepTrace
from netviz.engine.trainer import StepSummary, Trainer
from netviz.i18n import LANGUAGES, translate

if TYPE_CHECKING:  # imported where used at run time: train and open never load the export machinery
    from argparse import _SubParsersAction

    from netviz.animation.view_options import DisplayOptions
    from netviz.export import ExportJob, StepFrames
    from netviz.export.compare_frames import CompareFrames

DEFAULT_KEEP_TRACES = 100  # `train --save-run`: the pictures of the last steps stored with the run


def printable(text: object) -> str:
    """``text`` safe for a terminal: control characters (escape sequences in a lesson's
    title could move the cursor, recolour or retitle the terminal) shown as \\xNN."""
    return "".join(ch if ch.isprintable() or ch == "\n" else _escape(ch) for ch in str(text))


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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

        return run_recording_window(saved)
    # Imported here, after the file is known to be good, so that a bad file never starts Qt.
    from netviz.ui.app import run_saved_window

    return run_saved_window(saved, args.size, lang=args.lang)


def _export_bar(stream: TextIO, width: int = 30) -> Callable[[int, int, float | None], None]:
    """A progress callback drawing '[####----] 120/300 frames  40%  0:03 left' on ``stream``:
    redrawn in place on a terminal (at most ten times a second), a line per tenth otherwise."""
    from netviz.export import eta_text

    tty = stream.isatty()
    state = {"last": 0.0, "tenth": -1}

    def progress(done: int, total: int, eta_s: float | None) -> None:
        import time

        now = time.monotonic()
        final = done >= total
        if tty:
            if not final and now - state["last"] < 0.1:
                return
        else:
            tenth = 10 * done // max(total, 1)
            if tenth == state["tenth"]:
                return
            state["tenth"] = tenth
        state["last"] = now
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        line = f"[{bar}] {done}/{total} frames {100 * done // max(total, 1):3d}%  {eta_text(eta_s)} left"
        stream.write(f"\r{line}" if tty else f"{line}\n")
        if tty and final:
            stream.write("\n")
        stream.flush()

    return progress


def cmd_export(args: argparse.Namespace) -> int:
    # A closed terminal (SIGHUP) or a kill (SIGTERM) cancels like Ctrl-C: the temporary
    # file is removed on the way out. Only SIGKILL can leave a hidden .NAME.part-* behind.
    def interrupt(signum: int, frame: object) -> NoReturn:
        raise KeyboardInterrupt

    previous = {}
    for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
        if sig is not None:
            try:
                previous[sig] = signal.signal(sig, interrupt)
            except ValueError:  # not the main thread: leave the handlers alone
                pass
    try:
        return _run_export(args)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _compare_source(args: argparse.Namespace, display: DisplayOptions) -> CompareFrames:
    """`netviz export --compare FIX`: the lesson and its fix side by side (settled steps)."""
    from netviz.export import ExportError
    from netviz.export.compare_frames import CompareFrames

    for given, option in ((args.fix, "fix"), (args.run, "run"), (args.speed, "speed"),
                          (getattr(args, "data", None), "data")):
        if given is not None:
            raise ExportError(option, "cannot go with --compare, which shows the lesson without and with "
                                      "the fix it names, settled step by step")
    if args.phases != "all":
        raise ExportError("phases", "--compare shows settled steps (the sides' phases differ); give no --phases")
    return CompareFrames(args.lesson, args.compare, steps=args.steps, first=args.first,
                         last=args.last, fps=args.fps, seconds_per_step=args.step_seconds,
                         display=display)


def _run_export(args: argparse.Namespace) -> int:
    # Imported here so that the other subcommands never load the export machinery or Qt.
    from netviz.export import ExportCancelled, ExportError, ExportFailed, ensure_headless_application

    def option(field: str) -> str:
        return "-o" if field == "output" else f"--{field}"

    language = choose_language(args.lang)  # before the lesson loads: its words come in this language
    try:
        job = _export_job(args)
        job.validate()  # before training and before Qt: a wrong option costs nothing
        ensure_headless_application()
        install_catalogues(language)  # the picture's words (captions, legend) in the video
        result = job.run()
    except ExportFailed as exc:
        print(printable(f"\nnetviz export: {exc.reason}; nothing was written"), file=sys.stderr)
        if exc.details:
            print("ffmpeg said:\n  " + "\n  ".join(exc.details.splitlines()), file=sys.stderr)
        return 1
    except ExportError as exc:
        print(printable(f"netviz export: {option(exc.field)}: {exc.reason}"), file=sys.stderr)
        return 2
    except (ExportCancelled, KeyboardInterrupt):
        try:
            print("\nnetviz export: cancelled; nothing was written", file=sys.stderr)
        except OSError:  # the terminal has gone
            pass
        return 130
    if result.note:
        print(printable(f"note: {result.note}"), file=sys.stderr)
    print(f"wrote {result.summary()} in {result.elapsed_s:.1f} s")
    return 0


def _export_job(args: argparse.Namespace) -> ExportJob:
    """The export job the options ask for; ExportError names the wrong option (imported here, as in
    ``_run_export``, so that the other subcommands never load the export machinery)."""
    from netviz.animation.view_options import DisplayOptions
    from netviz.export import (
        FORMATS,
        AnimatedPlayer,
        ExportError,
        ExportJob,
        SettledPlayer,
        StepFrames,
        format_for_path,
        parse_size,
    )
    from netviz.export.frames import NODE_OPTIONS

    if args.run and args.lesson:
        raise ExportError("run", "give either --lesson NAME or --run FILE, not both")
    if args.run and (args.data is not None or args.target is not None):
        raise ExportError("data", "a saved run keeps the data it was trained on; give no --data or --target")
    if not args.lesson and not args.run:
        raise ExportError("lesson", "give --lesson NAME (netviz train --list shows them) or --run FILE")
    name = os.path.splitext(os.path.basename(args.lesson or args.run))[0]
    fmt = args.format or format_for_path(args.output)
    if fmt is None and os.path.isdir(args.output):
        raise ExportError("output", f"{args.output} is a folder; give a file name such as "
                                    f"{os.path.join(args.output, name + '.mp4')} (or --format png-frames "
                                    f"to write frames into it)")
    if fmt is None:
        raise ExportError("format", f"give --format ({', '.join(FORMATS)}): {args.output!r} has no extension "
                                    f"that names one")
    size = parse_size(args.size)
    if args.step_seconds is not None and args.speed is not None:
        raise ExportError("speed", "sets the pace of the step animation; --step-seconds shows steps settled "
                                   "instead: give one of the two")
    player = (SettledPlayer(args.step_seconds) if args.step_seconds is not None
              else AnimatedPlayer(1.0 if args.speed is None else args.speed))
    what: SavedRun | Recording | Lesson | str
    if args.run:
        try:
            what = open_session(args.run)
        except SessionError as exc:
            raise ExportError("run", str(exc)) from None  # naming the file, as `netviz open` does
    elif args.data is not None or args.target is not None:
        what = lesson_from_args(args)  # the fix applied, on the user's data
    else:
        what = args.lesson
    display = DisplayOptions(nodes=NODE_OPTIONS[args.nodes])
    if args.compare:
        source: StepFrames | CompareFrames = _compare_source(args, display)
    elif isinstance(what, Recording):  # a PyTorch model's recorded steps
        from netviz.export.recording_frames import RecordingFrames

        if args.fix:
            raise ExportError("fix", "a recorded run has no lesson and no fixes; give no --fix")
        source = RecordingFrames(what, steps=args.steps, first=args.first, last=args.last, fps=args.fps,
                                 phases=args.phases, player=player, display=display)
    else:
        source = StepFrames(what, fix=None if isinstance(what, Lesson) else args.fix, steps=args.steps,
                            first=args.first, last=args.last,
                            fps=args.fps, phases=args.phases, player=player, display=display)

    def stage(stage_name: str) -> None:  # not "name": that is the lesson's
        if stage_name == "training" and not args.quiet and sys.stderr.isatty():
            sys.stderr.write(f"training {name} up to step {source.last}\n")
            sys.stderr.flush()

    return ExportJob(source, fmt, args.output, size=size, fps=args.fps, theme=args.theme,
                     progress=None if args.quiet else _export_bar(sys.stderr), gif_max_width=args.gif_width,
                     stage=stage)


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
    _add_export_command(sub)
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


def _add_export_command(sub: _SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        help="render a lesson to a video, GIF, PNG frames or a still, without a window",
        description="Train a lesson and render its steps without a window (no X server, no GPU):\n"
                    "an MP4 (H.264, yuv420p: PowerPoint, Keynote, Google Slides, browsers), a WebM\n"
                    "(VP9), a looping GIF, a folder of numbered PNG frames, or one PNG or SVG picture\n"
                    "of the last step shown. Each step is shown settled for --step-seconds. The file\n"
                    "appears only when complete; a cancel or an error leaves nothing behind.",
        epilog="examples:\n"
               "  netviz export --lesson vanishing --steps 20 -o vanishing.mp4\n"
               "  netviz export --lesson vanishing --fix relu --from 10 --to 40 --theme light -o relu.gif\n"
               "  netviz export --lesson exploding --steps 30 --format png-frames -o frames/\n"
               "  netviz export --lesson dead-relu --steps 150 --theme light -o dead-relu.svg\n"
               "  netviz export --run class.netviz --step-seconds 0.5 -o class.mp4\n"
               "exit status: 0 written, 2 a wrong option (nothing done), 1 failed while writing "
               "(nothing left behind), 130 cancelled",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("--lesson", help="lesson name (netviz train --list shows them), or a lesson file's path "
                                         "(mine.toml)")
    export.add_argument("--run", metavar="FILE",
                        help="instead of --lesson: a saved run (netviz train --save-run); its stored steps "
                             "(by default the last ones), continuing its training for later steps")
    export.add_argument("--fix", help="apply one of the lesson's fixes")
    export.add_argument("--compare", metavar="FIX",
                        help="the lesson and the lesson with this fix side by side in each frame, trained from "
                             "the same seed, on one colour scale (steps settled: --step-seconds, default 0.5)")
    export.add_argument("--steps", type=int, metavar="N",
                        help="show steps 1..N (default: 3 animated, 20 with --step-seconds)")
    export.add_argument("--from", dest="first", type=int, metavar="S", help="first step to show (with --to)")
    export.add_argument("--to", dest="last", type=int, metavar="E",
                        help="last step to show (the steps before are trained, not shown)")
    export.add_argument("--phases", default="all", choices=("all", "forward", "backward"),
                        help="which phases of each step to play: all (forward, loss, backward, update), "
                             "forward, or backward (default: all)")
    export.add_argument("--nodes", default="gradient", choices=("gradient", "activation", "output-map"),
                        help="what the nodes show: gradient (|dL/dz|; activations in the forward pass), "
                             "activation, or output-map (each node's output over the input plane; "
                             "data sets with 2 inputs) (default: gradient)")
    export.add_argument("--speed", type=float, metavar="X",
                        help="animation speed, 0.25 (slow motion) to 8 (default: 1)")
    export.add_argument("--format", metavar="FORMAT",
                        help="mp4, webm, gif, png-frames, png or svg (default: from the extension of -o)")
    export.add_argument("-o", "--output", required=True, metavar="PATH",
                        help="the file to write (the folder, for png-frames); an existing regular file is "
                             "replaced (through a symbolic link, the file it names); a device, FIFO or "
                             "socket is refused")
    export.add_argument("--size", default="1920x1080", metavar="WxH",
                        help="picture size, up to 3840x2160 (default: 1920x1080); even for mp4 and webm")
    export.add_argument("--fps", type=int, default=30, help="frames per second, 1 to 60 (GIF: up to 50; default: 30)")
    # The names of netviz.render.theme.THEMES, written out: the command line does not import Qt.
    export.add_argument("--theme", default="dark", choices=("dark", "light", "high-contrast"),
                        help="dark, light for slides, or high-contrast (default: dark)")
    export.add_argument("--step-seconds", type=float, metavar="S",
                        help="instead of animating each step, show it settled for S seconds (for long runs)")
    export.add_argument("--gif-width", type=int, default=960, metavar="PX",
                        help="a GIF wider than this is drawn at this width, to stay small enough for a slide "
                             "(default: 960; 0: the full --size)")
    export.add_argument("--lang", choices=tuple(LANGUAGES),
                        help="the language of the words in the picture (title, captions, legend): "
                             + ", ".join(LANGUAGES) + " (default: the system's, else en)")
    export.add_argument("--quiet", action="store_true", help="no progress bar")
    add_data_options(export)
    export.set_defaults(func=cmd_export)


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
