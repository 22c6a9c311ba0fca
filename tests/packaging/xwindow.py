"""Driving a real X window from a test: an Xvfb server, xdotool, ImageMagick's `import`.

What a person does with the app, done by tools: start it, wait until its window is mapped,
look at it (a screenshot), and close it the way a window manager's close button does (the
WM_DELETE_WINDOW message, sent through libX11). Used by the smoke test and the start-up
benchmark; nothing here knows about netviz.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

TOOLS = ("Xvfb", "xdotool", "import", "convert")


def missing_tools() -> list[str]:
    """The programs this module needs that are not on the PATH (libX11 counts as one)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if ctypes.util.find_library("X11") is None:
        missing.append("libX11")
    return missing


@contextmanager
def xvfb(width: int = 1600, height: int = 1000) -> Iterator[str]:
    """A fresh Xvfb server for the block; yields its DISPLAY (":N")."""
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it once it accepts clients,
    # so there is neither a guessed number nor a sleep.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as ready:
            number = ready.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb exited ({server.wait()}) before it was ready")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def x_env(display: str) -> dict[str, str]:
    """The environment of a program shown on ``display``: a real X window, not offscreen."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    return env


def find_window(display: str, pid: int) -> int | None:
    """The id of a visible top-level window of process ``pid`` (by _NET_WM_PID), or None."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env=x_env(display), capture_output=True, text=True,
    )
    ids = found.stdout.split()
    return int(ids[0]) if ids else None


def wait_for_window(display: str, process: subprocess.Popen, timeout_s: float) -> int:
    """Poll until ``process`` shows a window; its id. Raises if the process dies or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the program exited with {process.returncode} before showing a window")
        window = find_window(display, process.pid)
        if window is not None:
            return window
        time.sleep(0.05)
    raise TimeoutError(f"no window after {timeout_s} s")


def grab(display: str, window: int) -> np.ndarray:
    """The window's pixels, (height, width, 3) uint8 RGB."""
    # Binary PPM straight from `import` (no PNG to encode and decode): a three-line header,
    # then the RGB bytes.
    ppm = subprocess.run(["import", "-window", str(window), "-depth", "8", "ppm:-"],
                         env=x_env(display), check=True, capture_output=True).stdout
    magic, size, maxval, pixels = ppm.split(b"\n", 3)
    if magic != b"P6" or maxval != b"255":
        raise ValueError(f"unexpected PPM header from import: {magic!r} {maxval!r}")
    width, height = (int(v) for v in size.split())
    return np.frombuffer(pixels, dtype=np.uint8, count=width * height * 3).reshape(height, width, 3)


def save_png(pixels: np.ndarray, path: Path) -> None:
    """Write pixels from ``grab`` as a PNG (to look at when a test fails)."""
    height, width, _ = pixels.shape
    header = f"P6\n{width} {height}\n255\n".encode()
    subprocess.run(["convert", "ppm:-", f"png:{path}"], input=header + pixels.tobytes(), check=True)


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int), ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]  # XEvent is 24 longs


CLIENT_MESSAGE = 33  # X.h ClientMessage


def request_close(display: str, window: int) -> None:
    """Ask the window to close as a window manager's close button does (WM_DELETE_WINDOW).

    The xdotool here (2016) has no `windowquit`, and its `windowclose` destroys the window
    under the app's feet, which is not how a person closes one.
    """
    xlib = ctypes.CDLL(ctypes.util.find_library("X11"))
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        event = _XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = xlib.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = xlib.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        event.xclient.data[1] = 0  # CurrentTime
        if not xlib.XSendEvent(connection, window, 0, 0, ctypes.byref(event)):
            raise RuntimeError("XSendEvent failed")
        xlib.XFlush(connection)
    finally:
        xlib.XCloseDisplay(connection)


def descendants(pid: int) -> list[int]:
    """Pids of the live children of ``pid``, their children, and so on (Linux /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            # The command name (field 2) may hold spaces and parentheses: split after the last ')'.
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found += children
        todo += children
    return found


def alive(pid: int) -> bool:
    """True if ``pid`` is a live process (not a zombie waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def processes_running_from(folder: Path) -> list[int]:
    """Pids of live processes whose executable lies under ``folder`` (Linux /proc)."""
    folder = folder.resolve()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            exe = (entry / "exe").resolve(strict=True)
        except OSError:  # gone meanwhile, a kernel thread, or not ours to read
            continue
        if exe.is_relative_to(folder):
            pids.append(int(entry.name))
    return pids
