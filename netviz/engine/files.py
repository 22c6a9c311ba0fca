"""Files netviz reads and writes: only regular files (never a device, FIFO or socket), read
within a size limit, written atomically (a temporary file in the same folder, renamed over
the target when complete). The export's output rules build on these."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def check_target(path: str | Path) -> Path:
    """``path`` as a Path if a file may be written there: a new name, or an existing regular
    file (replaced). A folder, a link or a device is refused with OSError (EISDIR, ...)."""
    path = Path(path)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise FileNotFoundError(2, "no such folder", str(path.parent)) from None
        return path
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "is a folder, not a file", str(path))
    if not stat.S_ISREG(mode):
        # Replacing a link would replace the link, not what it names; a device or pipe is no file.
        raise OSError(1, "is not a regular file (a link, device or pipe): refusing to replace it", str(path))
    return path


_KINDS = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISLNK, "a symbolic link that leads nowhere (a loop)"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISREG, "a regular file"),
)


def kind_of_mode(mode: int) -> str:
    """What a stat mode is: "a regular file", "a folder", "a FIFO (named pipe)", ..."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "an unknown kind of file"  # pragma: no cover - every POSIX type is listed


def path_kind(path: str | os.PathLike[str]) -> str | None:
    """What is at ``path`` without following a last symbolic link (see ``kind_of_mode``),
    or None if nothing is (or a parent is not a folder: the caller reports that)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            return None
        raise
    return kind_of_mode(mode)


class FileRefused(OSError):
    """A file netviz will not read: not a regular file, or larger than its kind may be.
    ``reason`` says so in words ("is a FIFO (named pipe), not a regular file")."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        super().__init__(errno.EINVAL, reason, os.fspath(path))
        self.reason = reason


def open_regular(path: str | os.PathLike[str], max_bytes: int, what: str = "file") -> BinaryIO:
    """``path`` opened for binary reading if it is a regular file (links followed) of at most
    ``max_bytes``; FileRefused otherwise (IsADirectoryError for a folder, and the usual
    OSError if it cannot be opened). It is opened without blocking and checked on the open
    descriptor: opening a FIFO waits for a writer forever, a device such as /dev/zero never
    ends, and checking the name before opening it would leave a moment to swap the file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", os.fspath(path))
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(path, f"is {kind_of_mode(info.st_mode)}, not a regular file: not a {what}")
        if info.st_size > max_bytes:
            raise FileRefused(path, f"is {info.st_size:,} bytes, larger than a {what} may be ({max_bytes:,} bytes)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# A temporary file's name carries the PID of the process writing it, so that the next run
# can tell one left by a process killed with SIGKILL (nothing else escapes the cleanup)
# from one another netviz is writing now.
STALE_AFTER_S = 60.0  # and it must be this old: a PID from another PID namespace may look gone


def temp_prefix(stem: str) -> str:
    """The start of this process's temporary names for ``stem``: ``STEM<pid>-``."""
    return f"{stem}{os.getpid()}-"


def part_stem(target: Path) -> str:
    """The stem of the hidden temporary files written beside ``target``: ``.NAME.part-``."""
    return f".{target.name}.part-"


def _process_gone(pid: int) -> bool:
    if os.name != "posix" or pid <= 0:
        return False  # no safe way to ask: never remove
    try:
        os.kill(pid, 0)  # signal 0: no signal sent, only whether the process exists
    except ProcessLookupError:
        return True
    except OSError:  # it exists, as another user's
        return False
    return False


def remove_stale_temporaries(folder: Path, stem: str) -> list[Path]:
    """Remove ``STEM<pid>-*`` files and folders in ``folder`` left by a process that no longer
    exists: only this user's, older than STALE_AFTER_S, never through a link. The removed
    paths; anything that cannot be checked or removed is left alone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(stem):
            continue
        pid_text, dash, _ = entry.name[len(stem):].partition("-")
        if not dash or not (pid_text.isascii() and pid_text.isdigit()) or not _process_gone(int(pid_text)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if info.st_uid != os.getuid() or now - info.st_mtime < STALE_AFTER_S:
                continue
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path)
            elif stat.S_ISREG(info.st_mode):
                os.unlink(entry.path)
            else:
                continue
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (setting it
    to read it would race with other threads creating files)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write a file with ``write(binary_file)``: into a hidden temporary file beside ``path``,
    flushed to disk, then renamed onto ``path`` in one step. If anything fails (or the
    process is interrupted) no partial file is left at ``path`` and the temporary file is
    removed; the error is raised again. The new file gets the permissions of a normal new
    file (the umask applied), not the temporary file's private ones."""
    path = check_target(path)
    remove_stale_temporaries(path.parent, part_stem(path))
    fd, temp = tempfile.mkstemp(prefix=temp_prefix(part_stem(path)), dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, 0o666 & ~current_umask())
        check_target(path)  # still nothing but a regular file or a new name
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return path
