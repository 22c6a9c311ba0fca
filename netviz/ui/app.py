"""Starting the window: `netviz` opens it; `--screenshot` runs N steps and saves a PNG, no display needed."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from netviz.engine.lessons import Lesson
from netviz.engine.session import SavedRun
from netviz.export import ExportError, check_output_file, parse_size, replace_file, temp_beside
from netviz.render import line_raster
from netviz.render.language import SETTINGS_KEY, choose_language, install_language
from netviz.resources import resource_path
from netviz.ui import window_layout
from netviz.ui.gui_gc import GuiThreadCollector, freeze_settled
from netviz.ui.main_window import MainWindow
from netviz.ui.slot_errors import SlotErrorGuard
from netviz.ui.stepping import FUSED_LIVE
from netviz.ui.themes import find_theme

INTERRUPTED = 130  # the exit code of a run ended by Ctrl-C or a kill, as `netviz export`'s
WINDOW_SIZE_RANGE = ((320, 240), (7680, 4320))

# The freedesktop id (packaging/linux/APP_ID.desktop): on Wayland the compositor finds the
# window's icon and name through it, since it ignores the window icon set below.
APP_ID = "io.github.netviz.netviz"
# Qt's raster engine hands parts of large fills and blits to a pool of GUI helper threads and
# waits for them. For the plots that hand-off costs more than it saves: a plot repainted once
# its x axis grew took 6.3-7.9 ms with the pool and 2.7-3.8 ms without it (python -m
# tests.benchmarks.plot_cost, with and without --gui-thread-pool, 2 cores); in the live window
# (live_view's run, each plot's paints timed) the longest, the first after Play, went from
# 11-23 ms to 6-15 ms. The network view's paint did not change. Qt reads it when it makes
# the pool: set before the application starts.
NO_GUI_THREAD_POOL = ("QT_NO_GUI_THREADPOOL", "1")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The window icon: every PNG packaging/make-icons rendered from resources/icons/netviz.svg."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "netviz.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def make_app() -> QApplication:
    os.environ.setdefault(*NO_GUI_THREAD_POOL)
    # instance() is typed as the base class; here it is always our QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("netviz")
    app.setOrganizationName("netviz")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    font = QFont(app.font())
    # Big enough to read on a projector from the back of a classroom.
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    # Cycles are collected in the GUI thread only (see gui_gc), from before any thread starts.
    if not hasattr(app, "_netviz_gc"):
        app._netviz_gc = GuiThreadCollector(1000, app)  # type: ignore[attr-defined]
    return app


def speak(lang: str | None, remember: bool = True) -> str:
    """Install the window's language: ``lang`` (--lang), else the one View > Language chose
    last (unless ``remember`` is False: a --screenshot run reads no remembered settings), else
    the system's; ValueError for an unknown ``lang``."""
    remembered = window_layout.settings().value(SETTINGS_KEY) if remember else None
    return install_language(choose_language(lang, remembered))


def window_size(text: str | None) -> tuple[int, int] | None:
    """The --size of the window (None: the screen's, or the remembered one); ExportError('size',
    ...) if it is not WxH in range."""
    if text is None:
        return None
    w, h = parse_size(text)
    (low_w, low_h), (high_w, high_h) = WINDOW_SIZE_RANGE
    if not (low_w <= w <= high_w and low_h <= h <= high_h):
        raise ExportError("size", f"{w}x{h} is outside {low_w}x{low_h} .. {high_w}x{high_h}")
    return w, h


def screenshot_target(text: str) -> Path:
    """The file --screenshot writes (symbolic links followed); ExportError('screenshot', ...)
    unless it is a new name or a regular file ending in .png (or in nothing) in a folder that
    exists. Checked before the window exists, as the export checks -o before any work."""
    target = check_output_file(text, "screenshot", "screenshot.png")
    name = Path(text).name
    if Path(name).suffix.lower() not in ("", ".png"):
        # Qt would choose the format from the name; a .jpg holding PNG bytes fools viewers.
        raise ExportError("screenshot", f"{name} ends in {Path(name).suffix}, but the screenshot is a PNG: "
                                        f"name it {Path(name).stem}.png")
    return target


@contextmanager
def quit_on_signals(app: QApplication, window: MainWindow) -> Iterator[list[int]]:
    """Ctrl-C, a closed terminal or a kill close the window (which stops its training
    thread) and end the event loop; the list yielded receives each signal caught (the exit
    code is then INTERRUPTED: closing the last window may still quit the loop with 0).

    Python runs a signal handler only between its own bytecodes, and the event loop is C++:
    without a timer that enters Python now and then, Ctrl-C would wait for the next slot;
    and the default KeyboardInterrupt, raised inside whatever slot runs next, is caught and
    ignored by pyqtgraph's paint guard, so a headless --screenshot run never ended."""

    caught: list[int] = []

    def interrupt(signum: int, frame: object) -> None:
        caught.append(signum)
        try:
            print("\nnetviz: interrupted", file=sys.stderr)
        except OSError:  # the terminal has gone
            pass
        window.close()
        app.exit(INTERRUPTED)

    previous = {}
    for sig in (signal.SIGINT, getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
        if sig is not None:
            try:
                previous[sig] = signal.signal(sig, interrupt)
            except ValueError:  # not the main thread: leave the handlers alone
                pass
    wake = QTimer()
    wake.setInterval(200)
    wake.timeout.connect(lambda: None)  # gives Python the chance to run the handler
    wake.start()


    try:
        yield caught
    finally:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


KERNEL_POLL_MS = 250  # how often the window looks whether the kernel's warm-up has ended


def train_fused(window: MainWindow) -> None:
    """Every run of the window trained by the fused kernel when numba is installed
    (``stepping.FusedLive``; runs are trained by numpy until it is ready). The kernel, and
    the loop that draws the window's edges (``line_raster``), are compiled in threads of
    their own once the plots are built, after the first picture: importing numba (about half
    a second) must not delay it. Once the plots are built, and again once the kernel is
    ready, what is alive is frozen for the cycle collector (``gui_gc.freeze_settled``)."""
    def warm_up(_plots: object) -> None:
        freeze_settled()
        line_raster.warm_up_in_background()  # the window's edges, drawn without the GIL
        if not FUSED_LIVE.request():
            return
        waiting = QTimer(window)

        def ready() -> None:
            if FUSED_LIVE.mode is not False:  # loaded (True) or given up (None)
                waiting.stop()
                freeze_settled()

        waiting.timeout.connect(ready)
        waiting.start(KERNEL_POLL_MS)

    window.plot_panel.when_built(warm_up)


def run_saved_window(saved: SavedRun, size: str | None, *, lang: str | None = None) -> int:
    """`netviz open FILE`: the window on a saved run, paused, continuing it exactly from
    where it was saved."""
    try:
        asked = window_size(size)
    except ExportError as exc:
        print(f"netviz: --{exc.field}: {exc.reason}", file=sys.stderr)
        return 2
    app = make_app()
    speak(lang)
    # The lesson as the file holds it: a run of the user's own lesson file opens where that file is not.
    window = MainWindow(lesson=saved.lesson)
    from .session_actions import show_saved_run  # as File > Open run: the file's checkpoints too
    show_saved_run(window, saved)
    train_fused(window)
    if asked is not None:
        window.resize(*asked)
    window.show()
    with SlotErrorGuard(app, window, headless=False), quit_on_signals(app, window) as caught:
        code = app.exec()
    return INTERRUPTED if caught else code


def run_window(lesson: str | Lesson, fix: str | None, steps: int | None, screenshot: str | None, size: str | None,
               *, present: bool = False, theme: str | None = None, lang: str | None = None) -> int:
    """The window (``present``: in presentation mode; ``theme``: a theme's name, else the
    remembered one; ``lang``: a language's code, else the remembered one, else the system's).
    A --screenshot run neither reads nor writes the user's remembered layout, so that the same
    command gives the same picture."""
    # Checked before the window (and its training thread) exists, so that nothing is left running.
    try:
        asked = window_size(size)
        target = screenshot_target(screenshot) if screenshot is not None else None
        if theme is not None:
            find_theme(theme)
    except ExportError as exc:
        print(f"netviz: --{exc.field}: {exc.reason}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"netviz: --theme: {exc}", file=sys.stderr)
        return 2
    app = make_app()
    speak(lang, remember=target is None)
    window = MainWindow(lesson=lesson, fix=fix, theme=theme, remember=target is None)
    if asked is not None:
        window.resize(*asked)
        window.restore_default_layout()
    window.show()
    if present:
        # With --size, the window stands for a screen of that size (a screenshot of a projector).
        window.enter_presentation(full_screen=asked is None)
    if target is None:  # a screenshot's run is numpy's: the same command gives the same picture
        train_fused(window)
        if steps:
            window.run_steps(steps)
        with SlotErrorGuard(app, window, headless=False), quit_on_signals(app, window) as caught:
            code = app.exec()
        return INTERRUPTED if caught else code
    return _screenshot_after(app, window, steps or 0, target, asked or (window.width(), window.height()))


def _screenshot_after(app: QApplication, window: MainWindow, steps: int, target: Path,
                      asked: tuple[int, int]) -> int:
    """Train ``steps`` steps, save the window as a PNG at ``target``, quit; the exit code.
    ``asked``: the window size asked for; a screenshot of another size says so."""
    result = {"code": 1}

    def save_when_done() -> None:
        if window.last_error is not None:
            poll.stop()
            print(f"netviz: training failed: {window.last_error}", file=sys.stderr)
            window.close()
            app.quit()
            return
        if not window.run_finished(steps):
            return
        poll.stop()
        # The plots come after the first picture: a quick run may be done before they are built.
        window.ensure_plots().redraw_now()
        app.processEvents()
        window.repaint()
        image = window.grab()
        try:
            _save_png(image, target)
        except ExportError as exc:
            print(f"netviz: --screenshot: {exc.reason}", file=sys.stderr)
        else:
            print(f"saved {target} ({image.width()}x{image.height()}) after {window.steps_shown} steps")
            if (image.width(), image.height()) != asked:
                # The window's layout has a smallest size, and the screen a largest one.
                print(f"note: the window could not be {asked[0]}x{asked[1]}; the screenshot is "
                      f"{image.width()}x{image.height()}", file=sys.stderr)
            result["code"] = 0
        window.close()
        app.quit()

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(save_when_done)
    poll.start()
    window.run_steps(steps)
    with SlotErrorGuard(app, window, headless=True) as guard, quit_on_signals(app, window) as caught:
        code = app.exec()
    poll.stop()
    if caught:
        return INTERRUPTED
    return code if guard.failed else result["code"]


def _save_png(image: QPixmap, target: Path) -> None:
    """``image`` as a PNG at ``target``, through a hidden temporary file beside it (as an
    export does) so that a failure leaves the old file, if any, as it was."""
    temp = temp_beside(target, "screenshot")
    try:
        # Qt picks the format from the suffix; the temporary name would hide it. (Older stubs
        # asked for bytes, PySide 6.11 refuses them at run time: a str is what works.)
        if not image.save(str(temp), "PNG"):
            raise ExportError("screenshot", f"could not write {target}")
        replace_file(temp, target, "screenshot")
    except OSError as exc:
        raise ExportError("screenshot", f"could not write {target}: {exc.strerror or exc}") from None
    finally:
        temp.unlink(missing_ok=True)
