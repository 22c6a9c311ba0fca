"""Where an export or a screenshot may write, and the atomic rename that puts it there.

Only a regular file or a new name is ever written: ``os.replace`` would put a regular file
in place of whatever is there, so a character device (``/dev/null``, ``/dev/full``), a
block device, a FIFO or a socket at the output path is refused before any work, and
checked again right before the rename. A folder is written only by png-frames.

Symbolic links are followed, as a shell's ``>`` does: the file written is the link's
resolved target (the same rules apply to it), and the link stays a link. Replacing the
link itself would silently cut it from the file it pointed at.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from netviz.engine.files import current_umask, part_stem, path_kind, remove_stale_temporaries, temp_prefix

from .errors import ExportError, ExportFailed

# The kinds of file and the umask are the engine's (session files follow the same rules).
__all__ = ["check_output_file", "check_parent", "current_umask", "fsync_folder", "path_kind", "refuse_unless",
           "replace_file", "resolve_output", "temp_beside"]


def resolve_output(path: str | os.PathLike) -> Path:
    """The absolute path that will really be written: ``~`` expanded, symbolic links
    followed (see the module's docstring)."""
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))


def check_parent(target: Path, field: str) -> None:
    """ExportError(field) unless ``target``'s folder exists and a file can be made in it
    (checked by creating and removing a hidden temporary file)."""
    parent = target.parent
    if not parent.exists():
        raise ExportError(field, f"the folder {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(field, f"{parent} is not a folder")
    probe = temp_beside(target, field)
    probe.unlink()


def refuse_unless(target: Path, allowed: tuple[str, ...], field: str, hint: str) -> None:
    """ExportError(field) if something other than ``allowed`` kinds ("a regular file",
    "a folder") is at ``target`` (nothing there is always allowed); ``hint`` tells the user
    what to give instead of a folder or a file of the wrong one of those two kinds."""
    kind = path_kind(target)
    if kind is None or kind in allowed:
        return
    if kind in ("a folder", "a regular file"):
        raise ExportError(field, f"{target} is {kind}; {hint}")
    raise ExportError(field, f"{target} is {kind}, not a regular file; netviz writes only regular files "
                             f"(or a new name) and leaves it alone: give another name")


def check_output_file(path: str | os.PathLike, field: str, example: str) -> Path:
    """The resolved file to write for ``path``, after checking that it is a new name or a
    regular file in an existing, writable folder; ExportError(field, reason) otherwise.
    ``example`` is a file name suggested when ``path`` is a folder (e.g. "export.mp4")."""
    if not os.fspath(path):
        raise ExportError(field, f"give a file name, e.g. {example}")
    target = resolve_output(path)
    check_parent(target, field)
    refuse_unless(target, ("a regular file",), field, f"give a file name, e.g. {target / example}")
    return target


def temp_beside(target: Path, field: str, folder: bool = False) -> Path:
    """A new hidden ``.NAME.part-PID-XXXXXXXX`` file (or folder) beside ``target``: on the same
    disk, so that the final rename is atomic, and unique, so that two runs never share it.
    Those a killed run (SIGKILL) left beside the same target are removed first."""
    remove_stale_temporaries(target.parent, part_stem(target))
    prefix = temp_prefix(part_stem(target))
    try:
        if folder:
            return Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
        fd, name = tempfile.mkstemp(prefix=prefix, dir=target.parent)
        os.close(fd)
        return Path(name)
    except OSError as exc:
        raise ExportError(field, f"cannot write in {target.parent}: {exc.strerror or exc}") from None


def replace_file(temp: Path, target: Path, field: str) -> int:
    """fsync ``temp``, give it a new file's permissions and rename it onto ``target``; its
    size. ExportFailed(field) if ``target`` became anything but a regular file since it
    was checked (``temp`` is the caller's to remove then)."""
    os.chmod(temp, 0o666 & ~current_umask())
    with open(temp, "rb+") as f:
        os.fsync(f.fileno())
        size = os.fstat(f.fileno()).st_size
    # Checked again at the last moment: a device or FIFO made at the path while the frames
    # were drawn must not be replaced either. (A window of microseconds remains; closing it
    # would need renameat2, which Python does not offer.)
    kind = path_kind(target)
    if kind not in (None, "a regular file"):
        raise ExportFailed(field, f"{target} became {kind} while writing; it was left alone")
    os.replace(temp, target)
    fsync_folder(target.parent)
    return size


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to the disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
