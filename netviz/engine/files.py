"""Writing a file atomically: a temporary file in the same folder, renamed over the target when complete."""

from __future__ import annotations

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


def _umask() -> int:
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
        os.chmod(temp, 0o666 & ~_umask())
        check_target(path)  # still nothing but a regular file or a new name
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return path
