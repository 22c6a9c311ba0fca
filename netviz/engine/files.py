"""Files netviz reads and writes: only regular files (never a device, FIFO or socket), read
within a size limit, written atomically (a temporary file in the same folder, renamed over
the target when complete). The export's output rules build on these."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
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
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.part-", dir=path.parent)
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
