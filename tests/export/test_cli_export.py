"""`netviz export`: decode what the command writes, check it against the renderer, and
check that every error is clear, exits non-zero and leaves no file behind."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from netviz.cli import main
from netviz.export import StepFrames, make_renderer

from .conftest import decode, gif_timing, leftovers, qimage_rgb

# Three steps of the vanishing lesson at 10 fps, each held 0.5 s (settled): 15 frames, 1.5 s.
SHORT = ["--lesson", "vanishing", "--steps", "3", "--fps", "10", "--quiet", "--step-seconds", "0.5"]


def export(*args: str) -> int:
    return main(["export", *SHORT, *args])


@pytest.mark.parametrize("fmt, codec", [("mp4", "h264"), ("webm", "vp9")])
def test_video_decodes_with_the_right_frames_size_and_duration(tmp_path, capsys, fmt, codec):
    out = tmp_path / f"vanishing.{fmt}"
    assert export("--size", "320x180", "-o", str(out)) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "15 frames" in printed and "KB" in printed
    meta, frames = decode(out)
    assert meta["codec"] == codec
    assert meta["pix_fmt"].startswith("yuv420p")  # what slides and browsers play
    assert "bt709" in meta["pix_fmt"]
    assert meta["size"] == (320, 180) and meta["fps"] == 10
    assert meta["duration"] == pytest.approx(1.5, abs=0.05)
    assert len(frames) == 15
    assert leftovers(tmp_path) == [out.name]


def test_mp4_has_its_index_first(tmp_path):
    out = tmp_path / "a.mp4"
    assert export("--size", "320x180", "-o", str(out)) == 0
    data = out.read_bytes()
    assert 0 <= data.find(b"moov") < data.find(b"mdat")  # +faststart: playable while it downloads


def test_decoded_mp4_frame_matches_the_renderer(tmp_path):
    out = tmp_path / "a.mp4"
    assert export("--size", "640x360", "--theme", "light", "-o", str(out)) == 0
    _, frames = decode(out)
    source = StepFrames("vanishing", steps=3, fps=10)
    renderer = make_renderer("light")
    for index in (2, 12):  # steps 1 and 3
        expected = qimage_rgb(renderer.render_image(source.scene(index), 640, 360)).astype(int)
        diff = np.abs(frames[index].astype(int) - expected)
        assert diff.mean() < 6.0, f"frame {index}: mean abs diff {diff.mean():.2f}"  # chroma subsampling of thin lines
        assert np.abs(diff.mean(axis=(0, 1))).max() < 6.0
    # ... and it is not just any picture: the dark theme's would be far off.
    dark = qimage_rgb(make_renderer("dark").render_image(source.scene(12), 640, 360)).astype(int)
    assert np.abs(frames[12].astype(int) - dark).mean() > 50


def test_gif_loops_is_small_and_is_scaled_to_960(tmp_path, capsys):
    out = tmp_path / "a.gif"
    assert export("--size", "1280x720", "-o", str(out)) == 0
    assert "960x540" in capsys.readouterr().out
    meta, frames = decode(out)
    assert meta["size"] == (960, 540) and len(frames) == 15
    assert meta["duration"] == pytest.approx(1.5, abs=0.05)
    loop, delays = gif_timing(out)
    assert loop == 0  # forever
    assert delays == [10] * 15  # hundredths of a second
    assert out.stat().st_size < 1_000_000
    # Drawn at 960x540 (laid out for that size), not shrunk: it matches the renderer there.
    scene = StepFrames("vanishing", steps=3, fps=10).scene(14)
    expected = qimage_rgb(make_renderer("dark").render_image(scene, 960, 540))
    assert np.abs(frames[14].astype(int) - expected.astype(int)).mean() < 3.0


def test_gif_width_zero_keeps_the_full_size(tmp_path):
    out = tmp_path / "a.gif"
    assert export("--size", "1024x576", "--gif-width", "0", "-o", str(out)) == 0
    meta, frames = decode(out)
    assert meta["size"] == (1024, 576) and len(frames) == 15


def test_svg_is_vector_with_text(tmp_path):
    out = tmp_path / "a.svg"
    assert export("--size", "1920x1080", "--theme", "light", "-o", str(out)) == 0
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.get("width") == "1920" and root.get("height") == "1080"
    texts = ["".join(t.itertext()) for t in root.iter(f"{ns}text")]
    assert "Vanishing gradients" in texts
    assert any(re.search(r"step 3", t) for t in texts)
    # Legible on a projector at 1920x1080: text at least 20 px (the colour bar's exponents,
    # superscripts of "10", are the renderer's smaller exception).
    words = [(float(t.get("font-size")), "".join(t.itertext())) for t in root.iter(f"{ns}text")]
    assert all(size >= 20 for size, text in words if not re.fullmatch(r"[−-]?\d", text)), words
    assert len(list(root.iter(f"{ns}polyline"))) + len(list(root.iter(f"{ns}path"))) > 100  # edges stay lines
    assert not list(root.iter(f"{ns}image"))


def test_png_still_is_the_last_step(tmp_path):
    out = tmp_path / "a.png"
    assert export("--size", "800x450", "-o", str(out)) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 450)
    expected = make_renderer("dark").render_image(StepFrames("vanishing", steps=3, fps=10).scene(14), 800, 450)
    assert np.array_equal(qimage_rgb(image), qimage_rgb(expected))


def test_png_frames_are_numbered_and_replace_an_earlier_export(tmp_path):
    out = tmp_path / "frames"
    assert export("--size", "320x180", "--format", "png-frames", "-o", str(out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"frame_{i:05d}.png" for i in range(15)]
    assert QImage(str(out / names[-1])).size().toTuple() == (320, 180)
    assert export("--size", "320x180", "--format", "png-frames", "--steps", "2", "-o", str(out)) == 0
    assert len(list(out.iterdir())) == 10
    assert leftovers(tmp_path) == ["frames"]


def test_same_arguments_same_bytes(tmp_path):
    runs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        assert main(["export", "--lesson", "dropout", "--steps", "3", "--fps", "10", "--quiet", "--size", "320x180",
                     "--format", "png-frames", "-o", str(folder / "frames")]) == 0
        assert main(["export", "--lesson", "dropout", "--steps", "3", "--fps", "10", "--quiet", "--size", "320x180",
                     "-o", str(folder / "a.mp4")]) == 0
        frames = sorted((folder / "frames").iterdir())
        runs.append(([p.read_bytes() for p in frames], (folder / "a.mp4").read_bytes()))
    assert runs[0][0] == runs[1][0]
    assert runs[0][1] == runs[1][1]


# ----- errors: clear, non-zero, and nothing left behind ------------------------------------


@pytest.mark.parametrize("args, message", [
    (["--format", "avi"], "--format: unknown format 'avi'"),
    (["--size", "5000x3000"], "--size: 5000x3000 is too large"),
    (["--size", "1921x1080"], "--size: mp4 needs an even width and height"),
    (["--size", "100x50"], "--size: 100x50 is too small"),
    (["--size", "big"], "--size: must be WIDTHxHEIGHT"),
    (["--fps", "0"], "--fps: must be from 1 to 60"),
    (["--phases", "forward"], "--phases: 'forward' needs the step animation"),  # with --step-seconds
    (["--speed", "2"], "--speed: sets the pace of the step animation; --step-seconds shows steps settled"),
    (["--steps", "3", "--from", "2", "--to", "3"], "--steps: give either --steps N or --from S --to E"),
    (["--fix", "magic"], "--fix: unknown fix 'magic'"),
])
def test_wrong_options_exit_2_and_write_nothing(tmp_path, capsys, args, message):
    out = tmp_path / "a.mp4"
    assert export(*args, "-o", str(out)) == 2
    assert message in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_unknown_lesson_exits_2(tmp_path, capsys):
    assert main(["export", "--lesson", "nope", "-o", str(tmp_path / "a.mp4")]) == 2
    assert "no lesson named 'nope'" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_unwritable_places_exit_2_and_write_nothing(tmp_path, capsys):
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder")
    a_folder = tmp_path / "folder"
    a_folder.mkdir()
    cases = [
        (a_file / "out.mp4", f"{a_file} is not a folder"),
        (tmp_path / "missing" / "out.mp4", "does not exist"),
        (a_folder, "is a folder; give a file name"),
        (tmp_path / "out.gif", "ends in .gif but the format is mp4"),
    ]
    for path, message in cases:
        extra = ["--format", "mp4"] if path.suffix == ".gif" else []
        assert export(*extra, "-o", str(path)) == 2, path
        assert message in capsys.readouterr().err
    assert leftovers(tmp_path) == ["file.txt", "folder"]
    assert leftovers(a_folder) == []


def test_a_diverging_lesson_ends_at_the_divergence_with_a_note(tmp_path, capsys):
    out = tmp_path / "a.mp4"
    assert main(["export", "--lesson", "exploding", "--steps", "50", "--fps", "10", "--quiet", "--size", "320x180",
                 "--step-seconds", "0.5", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "note: training stopped after" in err and "diverged" in err
    meta, frames = decode(out)
    assert len(frames) < 50 * 5
    assert main(["export", "--lesson", "exploding", "--from", "100", "--to", "110", "--quiet", "-o", str(out)]) == 2
    assert "--from: training stopped after" in capsys.readouterr().err


def test_progress_bar_and_python_dash_m(tmp_path):
    out = tmp_path / "a.gif"
    run = subprocess.run([sys.executable, "-m", "netviz", "export", "--lesson", "vanishing", "--steps", "2", "--fps",
                          "10", "--size", "320x180", "--step-seconds", "0.5", "-o", str(out)],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    assert "10/10 frames 100%" in run.stderr and "left" in run.stderr
    assert f"wrote {out}" in run.stdout
    assert out.is_file()


def test_export_runs_without_any_display(tmp_path):
    """No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: the command picks offscreen itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "a.png"
    run = subprocess.run([sys.executable, "-m", "netviz", "export", "--lesson", "vanishing", "--steps", "1", "--size",
                          "320x180", "--quiet", "-o", str(out)], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    assert out.is_file()


def test_gif_at_30_fps_keeps_its_duration(tmp_path):
    """GIF delays are whole hundredths: 30 fps must alternate 3 and 4, not drift."""
    out = tmp_path / "a.gif"
    assert main(["export", "--lesson", "vanishing", "--steps", "2", "--fps", "30", "--quiet", "--size", "320x180",
                 "--step-seconds", "0.5", "-o", str(out)]) == 0
    loop, delays = gif_timing(out)
    assert loop == 0 and len(delays) == 30 and sum(delays) == 100 and set(delays) <= {3, 4}


def test_sigterm_mid_way_cancels_and_leaves_nothing(tmp_path):

    out = tmp_path / "a.mp4"
    proc = subprocess.Popen([sys.executable, "-m", "netviz", "export", "--lesson", "vanishing", "--steps", "200",
                             "--size", "640x360", "-o", str(out)], stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = proc.stderr.readline()  # the first progress line: frames are being written
        assert "frames" in line, line
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "cancelled; nothing was written" in err
    assert leftovers(tmp_path) == []


def test_animation_speed_is_checked(tmp_path, capsys):
    out = tmp_path / "a.mp4"
    assert main(["export", "--lesson", "vanishing", "--speed", "9", "-o", str(out)]) == 2
    assert "--speed: must be from 0.25 to 8" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_export_animates_each_step_as_the_window_does(tmp_path, capsys):
    """Without --step-seconds each step plays its phases; a decoded frame is scene_at's picture."""
    from netviz.animation.choreography import scene_at
    from netviz.animation.options import SceneOptions
    from netviz.animation.phases import TimingSettings, phases_of, schedule
    from netviz.engine.lessons import find_lesson

    out = tmp_path / "dead.mp4"
    args = ["export", "--lesson", "dead-relu", "--steps", "1", "--fps", "10", "--speed", "4", "--quiet",
            "--phases", "backward", "--size", "640x360", "-o", str(out)]
    assert main(args) == 0
    trace = find_lesson("dead-relu").build().step()
    settings = TimingSettings(speed=4.0)
    timeline = schedule(phases_of(trace, which="backward"), settings)
    _, frames = decode(out)
    assert len(frames) == round(timeline.total * 10)
    i = len(frames) // 2
    index, progress = timeline.locate(i / 10)
    assert timeline.phases[index].kind == "backward"
    lesson = find_lesson("dead-relu")
    options = SceneOptions(title=lesson.title, caption=" ".join(lesson.caption.split()))
    scene = scene_at(trace, index, progress, options, phases=timeline.phases, settings=settings)
    expected = qimage_rgb(make_renderer("dark").render_image(scene, 640, 360))
    assert np.abs(frames[i].astype(float) - expected.astype(float)).mean() < 8
