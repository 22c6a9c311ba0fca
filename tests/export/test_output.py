"""An export writes only a regular file or a new name: a device, a FIFO or a socket at the
output path is refused before any work and again right before the rename; symbolic links
are followed to the file they name."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from netviz.cli import main
from netviz.export import ExportError, ExportFailed, ExportJob, StepFrames

from .conftest import leftovers

STILL = ["export", "--lesson", "vanishing", "--steps", "1", "--size", "320x180", "--quiet"]
SMALL = (320, 180)

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")


def make_full_device(path) -> None:
    """A character device like /dev/full (major 1, minor 7)."""
    os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 7))


def assert_still(path, test) -> None:
    assert test(os.lstat(path).st_mode), f"{path} was replaced"


@needs_root
@pytest.mark.parametrize("fmt", ["png", "mp4", "png-frames"])
def test_a_device_is_refused_and_left_alone(tmp_path, capsys, fmt):
    device = tmp_path / "full"
    make_full_device(device)
    assert main([*STILL, "--format", fmt, "-o", str(device)]) == 2
    err = capsys.readouterr().err
    assert f"-o: {device} is a character device, not a regular file" in err
    assert "wrote" not in err
    assert_still(device, stat.S_ISCHR)
    assert leftovers(tmp_path) == ["full"]


def test_a_fifo_is_refused_before_any_work(tmp_path, capsys):
    fifo = tmp_path / "fifo.mp4"
    os.mkfifo(fifo)
    assert main([*STILL, "-o", str(fifo)]) == 2
    assert "is a FIFO (named pipe), not a regular file" in capsys.readouterr().err
    assert_still(fifo, stat.S_ISFIFO)
    assert leftovers(tmp_path) == ["fifo.mp4"]


def test_a_socket_is_refused(tmp_path, capsys):
    path = tmp_path / "s.png"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert main([*STILL, "-o", str(path)]) == 2
        assert "is a socket, not a regular file" in capsys.readouterr().err
        assert_still(path, stat.S_ISSOCK)
    finally:
        server.close()


def test_a_symbolic_link_is_written_through(tmp_path):
    real = tmp_path / "real.png"
    real.write_bytes(b"old picture")
    link = tmp_path / "link.png"
    link.symlink_to(real)
    assert main([*STILL, "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"\x89PNG")
    assert leftovers(tmp_path) == ["link.png", "real.png"]


def test_a_dangling_link_makes_its_target(tmp_path):
    link = tmp_path / "link.png"
    link.symlink_to(tmp_path / "new.png")
    assert main([*STILL, "-o", str(link)]) == 0
    assert link.is_symlink() and (tmp_path / "new.png").read_bytes().startswith(b"\x89PNG")


def test_a_link_to_a_fifo_or_a_link_loop_is_refused(tmp_path, capsys):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "to-fifo.png").symlink_to(fifo)
    assert main([*STILL, "-o", str(tmp_path / "to-fifo.png")]) == 2
    assert f"{fifo} is a FIFO" in capsys.readouterr().err
    (tmp_path / "a.png").symlink_to(tmp_path / "b.png")
    (tmp_path / "b.png").symlink_to(tmp_path / "a.png")
    assert main([*STILL, "-o", str(tmp_path / "a.png")]) == 2
    assert "a symbolic link that leads nowhere" in capsys.readouterr().err
    assert_still(fifo, stat.S_ISFIFO)
    assert leftovers(tmp_path) == ["a.png", "b.png", "fifo", "to-fifo.png"]


@pytest.mark.parametrize("fmt, name", [("mp4", "a.mp4"), ("png-frames", "frames")])
def test_a_fifo_made_while_exporting_is_not_replaced(tmp_path, fmt, name):
    """Checked again at the rename: the path may change while the frames are drawn."""
    out = tmp_path / name

    def progress(done, total, eta):
        if done == 1:
            os.mkfifo(out)

    job = ExportJob(StepFrames("vanishing", steps=1, fps=10), fmt, out, size=SMALL, fps=10, progress=progress)
    with pytest.raises(ExportFailed, match="became a FIFO .named pipe. while writing; it was left alone"):
        job.run()
    assert_still(out, stat.S_ISFIFO)
    assert leftovers(tmp_path) == [name]


def test_validate_names_the_output_option(tmp_path):
    os.mkfifo(tmp_path / "a.png")
    job = ExportJob(StepFrames("vanishing", steps=1, fps=10), "png", tmp_path / "a.png", size=SMALL, fps=10)
    with pytest.raises(ExportError) as info:
        job.validate()
    assert info.value.field == "output" and "FIFO" in info.value.reason


def test_an_empty_name_or_a_trailing_slash_is_not_a_file(tmp_path, capsys):
    (tmp_path / "a.png").write_bytes(b"keep")
    assert main([*STILL, "--format", "png", "-o", ""]) == 2
    assert "-o: give a file name" in capsys.readouterr().err
    assert main([*STILL, "-o", f"{tmp_path / 'a.png'}/"]) == 2
    assert "names a folder; give a file name" in capsys.readouterr().err
    assert (tmp_path / "a.png").read_bytes() == b"keep"
    assert leftovers(tmp_path) == ["a.png"]


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporaries_a_killed_run_left_are_removed_at_the_next_run_of_the_target(tmp_path):
    from netviz.engine.files import STALE_AFTER_S
    from netviz.export.output import temp_beside

    target = tmp_path / "movie.mp4"
    dead, alive = _dead_pid(), os.getppid()
    old = os.stat(tmp_path).st_mtime - STALE_AFTER_S - 10

    def make(name: str, folder: bool = False, age: float = old):
        path = tmp_path / name
        path.mkdir() if folder else path.write_bytes(b"partial")
        os.utime(path, (age, age))
        return path

    stale_file = make(f".movie.mp4.part-{dead}-abc123")
    stale_folder = make(f".movie.mp4.part-{dead}-frames", folder=True)
    kept = [
        make(f".movie.mp4.part-{alive}-abc123"),  # its writer still runs
        make(f".movie.mp4.part-{dead}-young", age=os.stat(tmp_path).st_mtime + 5),  # too recent to be sure
        make(".movie.mp4.part-legacy"),  # no PID in the name: nobody can tell whose it is
        make(f".other.mp4.part-{dead}-abc123"),  # another target's
        make("movie.mp4"),  # the target itself
    ]
    os.symlink(tmp_path / "movie.mp4", tmp_path / f".movie.mp4.part-{dead}-link")
    temp = temp_beside(target, "output")
    assert temp.name.startswith(f".movie.mp4.part-{os.getpid()}-")
    assert not stale_file.exists() and not stale_folder.exists()
    assert all(path.exists() for path in kept) and (tmp_path / f".movie.mp4.part-{dead}-link").is_symlink()


def test_the_gif_palette_folder_carries_the_pid_and_stale_ones_are_removed(tmp_path, monkeypatch):
    import tempfile

    from netviz.engine.files import STALE_AFTER_S
    from netviz.export.encoders import PALETTE_STEM

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = tmp_path / f"{PALETTE_STEM}{_dead_pid()}-xyz"
    stale.mkdir()
    (stale / "palette.png").write_bytes(b"png")
    old = os.stat(tmp_path).st_mtime - STALE_AFTER_S - 10
    os.utime(stale, (old, old))
    out = tmp_path / "a.gif"
    assert main(["export", "--lesson", "vanishing", "--steps", "1", "--size", "160x90", "--fps", "2",
                 "--quiet", "-o", str(out)]) == 0
    assert out.exists() and not stale.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(PALETTE_STEM)]
