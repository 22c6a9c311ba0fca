"""ExportJob as a worker thread drives it: progress, cancel, failures while writing (ffmpeg
stopping, a full disk), and never a half-written file."""

from __future__ import annotations

import errno
import os
import subprocess
import threading
from pathlib import Path

import pytest

from netviz.export import ExportCancelled, ExportError, ExportFailed, ExportJob, StepFrames, encoders, parse_size
from netviz.export.output import current_umask

from .conftest import decode, leftovers

SMALL = (320, 180)


def source(steps: int = 3, fps: int = 10, lesson: str = "vanishing") -> StepFrames:
    return StepFrames(lesson, steps=steps, fps=fps)


def test_progress_counts_every_frame_with_an_estimate(tmp_path):
    calls, stages = [], []
    result = ExportJob(source(), "mp4", tmp_path / "a.mp4", size=SMALL, fps=10, stage=stages.append,
                       progress=lambda done, total, eta: calls.append((done, total, eta))).run()
    assert stages == ["training", "frames", "finishing"]
    assert [c[0] for c in calls] == list(range(1, 16))
    assert {c[1] for c in calls} == {15}
    assert calls[0][2] is None and all(isinstance(c[2], float) and c[2] >= 0 for c in calls[2:])
    assert calls[-1][2] == 0
    assert result.frames == 15 and result.duration_s == 1.5 and result.bytes == (tmp_path / "a.mp4").stat().st_size
    assert (result.width, result.height, result.fps, result.format) == (320, 180, 10, "mp4")


@pytest.mark.parametrize("fmt", ["mp4", "webm", "gif", "png-frames"])
def test_cancel_mid_way_leaves_nothing(tmp_path, fmt):
    cancel = threading.Event()

    def progress(done, total, eta):
        if done == 5:
            cancel.set()

    out = tmp_path / ("frames" if fmt == "png-frames" else f"a.{fmt}")
    job = ExportJob(source(), fmt, out, size=SMALL, fps=10, progress=progress, cancel=cancel)
    with pytest.raises(ExportCancelled):
        job.run()
    assert leftovers(tmp_path) == []


def test_cancel_from_another_thread_as_a_qt_worker_would(tmp_path):
    cancel = threading.Event()
    started = threading.Event()
    outcome = {}

    def progress(done, total, eta):
        started.set()

    def work():
        try:
            ExportJob(source(steps=40), "mp4", tmp_path / "a.mp4", size=(640, 360), fps=10, progress=progress,
                      cancel=cancel).run()
            outcome["result"] = "finished"
        except ExportCancelled:
            outcome["result"] = "cancelled"

    thread = threading.Thread(target=work)
    thread.start()
    assert started.wait(60)
    cancel.set()
    thread.join(60)
    assert outcome["result"] == "cancelled"
    assert leftovers(tmp_path) == []


def test_a_callable_cancel_and_keyboard_interrupt(tmp_path):
    with pytest.raises(ExportCancelled):
        ExportJob(source(), "gif", tmp_path / "a.gif", size=SMALL, fps=10, cancel=lambda: True).run()
    stages, checks = [], iter([False] * 3 + [True] * 100)
    with pytest.raises(ExportCancelled):  # cancelled while the GIF's palette is being made
        ExportJob(source(), "gif", tmp_path / "a.gif", size=SMALL, fps=10, cancel=lambda: next(checks),
                  stage=stages.append).run()
    assert stages == ["training", "palette"]

    def interrupt(done, total, eta):
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ExportJob(source(), "mp4", tmp_path / "a.mp4", size=SMALL, fps=10, progress=interrupt).run()
    assert leftovers(tmp_path) == []


def test_an_existing_file_stays_until_the_new_one_is_complete(tmp_path):
    out = tmp_path / "a.mp4"
    out.write_bytes(b"the talk's old video")
    seen = []

    def progress(done, total, eta):
        seen.append(out.read_bytes())
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ExportJob(source(), "mp4", out, size=SMALL, fps=10, progress=progress).run()
    assert out.read_bytes() == b"the talk's old video" and set(seen) == {b"the talk's old video"}
    assert leftovers(tmp_path) == ["a.mp4"]
    ExportJob(source(), "mp4", out, size=SMALL, fps=10).run()
    assert out.read_bytes().find(b"ftyp") == 4
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~current_umask())


def test_ffmpeg_failure_is_reported_with_its_own_words(tmp_path, monkeypatch):
    monkeypatch.setattr(encoders, "codec_args",
                        lambda fmt: ["-c:v", "libx264", "-preset", "no-such-preset", "-f", "mp4"])
    with pytest.raises(ExportFailed) as info:
        ExportJob(source(), "mp4", tmp_path / "a.mp4", size=SMALL, fps=10).run()
    assert "ffmpeg stopped with exit code" in info.value.reason
    assert "no-such-preset" in info.value.details or "preset" in info.value.details.lower()
    assert leftovers(tmp_path) == []


def test_a_full_disk_while_writing_frames(tmp_path, monkeypatch):
    calls = {"n": 0}
    real = encoders.write_file

    def write_file(path, data):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(encoders, "write_file", write_file)
    with pytest.raises(ExportFailed) as info:
        ExportJob(source(), "png-frames", tmp_path / "frames", size=SMALL, fps=10).run()
    assert "the disk is full" in info.value.reason
    assert leftovers(tmp_path) == []


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MiB tmpfs (needs root and a kernel that lets us mount); skipped otherwise."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True,
                              timeout=20)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot run mount")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, timeout=20)


def test_a_really_full_disk_under_ffmpeg_and_under_png_frames(tiny_disk):
    # 1080p frames of a lesson whose picture changes every step: a few MB, far over 1 MiB.
    frames = StepFrames("dead-relu", steps=60, fps=10, seconds_per_step=0.1)
    with pytest.raises(ExportFailed) as info:
        ExportJob(frames, "mp4", tiny_disk / "a.mp4", size=(1920, 1080), fps=10).run()
    assert "the disk is full" in info.value.reason
    assert "No space left on device" in info.value.details
    assert leftovers(tiny_disk) == []
    with pytest.raises(ExportFailed) as info:
        ExportJob(frames, "png-frames", tiny_disk / "frames", size=(1920, 1080), fps=10).run()
    assert "the disk is full" in info.value.reason
    assert leftovers(tiny_disk) == []


def test_a_disk_already_full_is_refused_up_front(tiny_disk):
    (tiny_disk / "filler").write_bytes(b"\0" * (1024 * 1024 - 64 * 1024))
    with pytest.raises(ExportError) as info:
        ExportJob(source(), "mp4", tiny_disk / "a.mp4", size=SMALL, fps=10).validate()
    assert info.value.field == "output" and "is full" in info.value.reason
    assert leftovers(tiny_disk) == ["filler"]


def test_a_read_only_folder(tmp_path):
    mount = tmp_path / "ro"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here")
    try:
        with pytest.raises(ExportError) as info:
            ExportJob(source(), "mp4", mount / "a.mp4", size=SMALL, fps=10).run()
        assert info.value.field == "output" and "cannot write in" in info.value.reason
        assert "Read-only" in info.value.reason
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_validation_names_the_option_and_writes_nothing(tmp_path):
    cases = [
        (dict(fmt="mov"), "format"),
        (dict(size=(3841, 2160)), "size"),
        (dict(size=(3840, 2400)), "size"),
        (dict(size=(640, 361)), "size"),
        (dict(size=("640", 360)), "size"),
        (dict(fps=61), "fps"),
        (dict(fps=20), "fps"),  # the source was made for 10
        (dict(theme="sepia"), "theme"),
        (dict(path=tmp_path / "no" / "a.mp4"), "output"),
    ]
    for overrides, field in cases:
        kwargs = dict(fmt="mp4", path=tmp_path / "a.mp4", size=SMALL, fps=10, theme="dark") | overrides
        job = ExportJob(source(), kwargs.pop("fmt"), kwargs.pop("path"), **kwargs)
        with pytest.raises(ExportError) as info:
            job.validate()
        assert info.value.field == field, overrides
        assert not isinstance(info.value, ExportFailed)
    assert leftovers(tmp_path) == []
    with pytest.raises(ExportError, match="from 1 to 50"):
        ExportJob(StepFrames("vanishing", steps=1, fps=60), "gif", tmp_path / "a.gif", size=SMALL).validate()
    # 3840x2160 and odd sizes for formats that allow them are fine.
    ExportJob(source(), "mp4", tmp_path / "a.mp4", size=(3840, 2160), fps=10).validate()
    ExportJob(source(), "png", tmp_path / "a.png", size=(641, 361), fps=10).validate()
    assert leftovers(tmp_path) == []


def test_png_frames_refuses_a_folder_with_other_files(tmp_path):
    folder = tmp_path / "slides"
    folder.mkdir()
    (folder / "talk.key").write_text("keep me")
    with pytest.raises(ExportError, match="holds other files"):
        ExportJob(source(), "png-frames", folder, size=SMALL, fps=10).run()
    assert leftovers(folder) == ["talk.key"]


def test_parse_size():
    assert parse_size("1920x1080") == (1920, 1080)
    assert parse_size("1280X720") == (1280, 720)
    for bad in ("1920", "1920x", "x1080", "-5x4", "1.5x2", "axb"):
        with pytest.raises(ExportError):
            parse_size(bad)


def test_webm_and_mp4_at_any_even_size_decode(tmp_path):
    for fmt in ("mp4", "webm"):
        out = tmp_path / f"a.{fmt}"
        ExportJob(source(steps=1), fmt, out, size=(322, 182), fps=10).run()
        meta, frames = decode(out)
        assert meta["size"] == (322, 182) and len(frames) == 5


def test_a_render_error_fails_the_export_rather_than_drawing_it(tmp_path, monkeypatch):
    from netviz.render.renderer import NetworkRenderer

    def broken(self, painter, scene, rect, stats):
        raise RuntimeError("boom")

    monkeypatch.setattr(NetworkRenderer, "_paint", broken)
    with pytest.raises(ExportFailed, match="boom"):
        ExportJob(source(), "mp4", tmp_path / "a.mp4", size=SMALL, fps=10).run()
    assert leftovers(tmp_path) == []


def test_the_app_can_check_first_then_run(tmp_path):
    """validate() on the GUI thread (quick, nothing written), run() in the worker."""
    job = ExportJob(source(), "png", Path(os.fspath(tmp_path / "a.png")), size=SMALL, fps=10)
    job.validate()
    assert leftovers(tmp_path) == []
    result = job.run()
    assert result.frames == 1 and result.path.is_file()


def test_a_frame_source_that_fails_is_reported_and_leaves_nothing(tmp_path):
    class Broken:
        fps = 10

        def __len__(self):
            return 20

        def scene(self, index):
            if index == 7:
                raise ValueError("no such phase")
            return source().scene(0)

    with pytest.raises(ExportFailed, match="could not make frame 7: ValueError: no such phase"):
        ExportJob(Broken(), "gif", tmp_path / "a.gif", size=SMALL).run()
    assert leftovers(tmp_path) == []
