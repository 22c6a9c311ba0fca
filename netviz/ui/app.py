"""Starting the window: `netviz` opens it; `--screenshot` runs N steps and saves a PNG, no display needed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from netviz.resources import resource_path
from netviz.ui.main_window import MainWindow

# The freedesktop id (packaging/linux/APP_ID.desktop): on Wayland the compositor finds the
# window's icon and name through it, since it ignores the window icon set below.
APP_ID = "io.github.netviz.netviz"
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
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netviz")
    app.setOrganizationName("netviz")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    font = QFont(app.font())
    # Big enough to read on a projector from the back of a classroom.
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    return app


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size: expected WIDTHxHEIGHT like 1920x1080, got {text!r}") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise ValueError(f"--size: {w}x{h} is outside 320x240 .. 7680x4320")
    return w, h


def run_window(lesson: str, fix: str | None, steps: int | None, screenshot: str | None, size: str | None) -> int:
    try:
        width, height = parse_size(size) if size else (1600, 1000)
    except ValueError as exc:
        print(f"netviz: {exc}", file=sys.stderr)
        return 2
    target = Path(screenshot) if screenshot else None
    # Checked before the window (and its training thread) exists, so that nothing is left running.
    if target is not None and not target.parent.is_dir():
        print(f"netviz: --screenshot: folder {target.parent} does not exist", file=sys.stderr)
        return 2
    app = make_app()
    window = MainWindow(lesson=lesson, fix=fix)
    window.resize(width, height)
    window.show()
    if target is None:
        if steps:
            window.run_steps(steps)
        return app.exec()

    result = {"code": 1}

    def save_when_done() -> None:
        if window.last_error is not None:
            poll.stop()
            print(f"netviz: training failed: {window.last_error}", file=sys.stderr)
            window.close()
            app.quit()
            return
        if not window.run_finished(steps or 0):
            return
        poll.stop()
        app.processEvents()
        window.repaint()
        image = window.grab()
        tmp = target.with_name(target.name + ".part")
        # Qt picks the format from the suffix; the .part name would hide it.
        ok = image.save(str(tmp), "PNG")
        if ok:
            tmp.replace(target)
            print(f"saved {target} ({image.width()}x{image.height()}) after {window.steps_shown} steps")
            result["code"] = 0
        else:
            tmp.unlink(missing_ok=True)
            print(f"netviz: --screenshot: could not write {target}", file=sys.stderr)
        window.close()
        app.quit()

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(save_when_done)
    poll.start()
    window.run_steps(steps or 0)
    app.exec()
    return result["code"]
