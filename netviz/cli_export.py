"""`netviz export`: its options, the export job they ask for, and the run with its progress bar."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, TextIO

from netviz.cli_common import add_data_options, lesson_from_args, printable
from netviz.cli_language import choose_language, install_catalogues
from netviz.engine.lessons import Lesson
from netviz.engine.recording import Recording
from netviz.engine.session import SavedRun, SessionError, open_session
from netviz.i18n import LANGUAGES, translate

if TYPE_CHECKING:  # imported where used at run time: the other subcommands never load the export machinery
    from argparse import _SubParsersAction

    from netviz.animation.view_options import DisplayOptions
    from netviz.export import ExportJob, StepFrames
    from netviz.export.compare_frames import CompareFrames


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
        line = translate("Export", "[{bar}] {done}/%n frames {percent}%  {eta} left", None, total).format(
            bar=bar, done=done, percent=f"{100 * done // max(total, 1):3d}", eta=eta_text(eta_s))
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
        failed = translate("Export", "netviz export: {reason}; nothing was written").format(reason=exc.reason)
        print(printable(f"\n{failed}"), file=sys.stderr)
        if exc.details:
            print(translate("Export", "ffmpeg said:") + "\n  " + "\n  ".join(exc.details.splitlines()),
                  file=sys.stderr)
        return 1
    except ExportError as exc:
        print(printable(f"netviz export: {option(exc.field)}: {exc.reason}"), file=sys.stderr)
        return 2
    except (ExportCancelled, KeyboardInterrupt):
        try:
            print("\n" + translate("Export", "netviz export: cancelled; nothing was written"), file=sys.stderr)
        except OSError:  # the terminal has gone
            pass
        return 130
    if result.note:
        print(printable(translate("Export", "note: {note}").format(note=result.note)), file=sys.stderr)
    print(translate("Export", "wrote {summary} in {seconds} s").format(summary=result.summary(),
                                                                       seconds=f"{result.elapsed_s:.1f}"))
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
            line = translate("Export", "training {name} up to step {step}").format(name=name, step=source.last)
            sys.stderr.write(f"{line}\n")
            sys.stderr.flush()

    return ExportJob(source, fmt, args.output, size=size, fps=args.fps, theme=args.theme,
                     progress=None if args.quiet else _export_bar(sys.stderr), gif_max_width=args.gif_width,
                     stage=stage)



def add_export_command(sub: _SubParsersAction[argparse.ArgumentParser]) -> None:
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
