"""Smoke test in a real X server: the PyInstaller bundle and the installed `netviz` command
each open their window, draw the network, and close cleanly when the window is closed.

Needs Xvfb, xdotool and ImageMagick (packaging/debian-packages.txt names what Qt needs;
.ci/run installs both) and, for the bundle, PyInstaller in this Python (the `test` extra
installs it). Without them the tests skip and say what is missing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tests.packaging import xwindow

ROOT = Path(__file__).resolve().parents[2]
# Trained for a few steps so that the network is drawn whether or not the window draws it
# before the first step.
ARGS = ("--lesson", "vanishing", "--steps", "3", "--size", "1280x800")
# The network view's background (the dark theme, netviz.render.theme.DARK) and the colour
# map of node gradients (netviz.render.colors: viridis in 64 levels).
VIEW_BACKGROUND = (0x14, 0x16, 0x1B)
NODE_LEVELS = 64
WINDOW_TIMEOUT_S = 60.0  # a first start on a loaded CI machine; measured ~1-2 s here
EXIT_TIMEOUT_S = 20.0

pytestmark = pytest.mark.skipif(
    bool(xwindow.missing_tools()),
    reason=f"a real-window test needs {', '.join(xwindow.missing_tools())} "
           f"(apt-get install xvfb xdotool imagemagick libx11-6)",
)


@dataclass(frozen=True)
class Build:
    program: Path
    seconds: float


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Build:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip(f"PyInstaller is not installed in {sys.executable} (pip install '.[test]' installs it)")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-linux"), str(out)],
        env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True,
    )
    seconds = time.monotonic() - started
    assert done.returncode == 0, f"build-linux failed:\n{done.stdout}\n{done.stderr}"
    program = out / "dist" / "netviz" / "netviz"
    assert program.is_file() and os.access(program, os.X_OK), done.stdout
    return Build(program, seconds)


def node_colours() -> np.ndarray:
    """(64, 3) uint8: the exact fills a node can take on the gradient scale."""
    from pyqtgraph import colormap

    positions = (np.arange(NODE_LEVELS) + 0.5) / NODE_LEVELS
    table = np.asarray(colormap.get("viridis").map(positions, mode="byte"), dtype=np.uint8)
    return table.reshape(NODE_LEVELS, 4)[:, :3]


def network_area(pixels: np.ndarray) -> np.ndarray:
    """The part of the screenshot the network view covers: the box of its background colour."""
    background = np.all(pixels == VIEW_BACKGROUND, axis=2)
    assert background.sum() > 10_000, "no network view (its background colour is missing): blank window?"
    rows = np.flatnonzero(background.mean(axis=1) > 0.1)
    cols = np.flatnonzero(background.mean(axis=0) > 0.1)
    return pixels[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def packed_rgb(pixels: np.ndarray) -> np.ndarray:
    """Each pixel's colour as one integer 0xRRGGBB (1-D): counting colours on integers is
    ~20x faster than on RGB rows, which matters when a benchmark checks frames back to back."""
    rgb = pixels.reshape(-1, 3).astype(np.uint32)
    return (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


def assert_shows_network(pixels: np.ndarray) -> None:
    distinct = len(np.unique(packed_rgb(pixels)))
    assert distinct > 200, f"only {distinct} colours in the window: a blank or black frame"
    area = network_area(pixels)
    # The left part holds the graph; the legend with its colour bar stands on the right.
    colours, counts = np.unique(packed_rgb(area[:, : area.shape[1] // 2]), return_counts=True)
    levels_drawn = int((counts[np.isin(colours, packed_rgb(node_colours()))] >= 20).sum())
    assert levels_drawn >= 3, (f"the network shows {levels_drawn} node colours of the gradient scale "
                               f"(at least 3 expected): the nodes are not drawn")


def run_in_x(command: list[str], shot: Path) -> float:
    """Start ``command`` in a fresh Xvfb, check its window shows the network, close the window
    and check the program exits with 0 leaving no process behind; seconds to the window."""
    log = shot.with_suffix(".log")
    with xwindow.xvfb() as display, log.open("w") as output_file:
        started = time.monotonic()
        # Settings of its own, as a fresh user's: a theme saved by whoever ran the app before
        # (the user settings are shared) would change the picture checked below.
        env = {**xwindow.x_env(display), "XDG_CONFIG_HOME": str(shot.parent / f"{shot.stem}-settings")}
        app = subprocess.Popen(command, env=env, stdout=output_file, stderr=subprocess.STDOUT)
        try:
            try:
                window = xwindow.wait_for_window(display, app, WINDOW_TIMEOUT_S)
            except (RuntimeError, TimeoutError) as exc:
                output_file.flush()
                raise AssertionError(f"{exc}; output:\n{log.read_text()}") from exc
            to_window = time.monotonic() - started
            pixels = poll_screenshot(display, window, shot)
            children = xwindow.descendants(app.pid)
            xwindow.request_close(display, window)
            code = app.wait(timeout=EXIT_TIMEOUT_S)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    assert code == 0, f"exit code {code} after the window was closed; output:\n{log.read_text()}"
    assert not [pid for pid in children if xwindow.alive(pid)], "child processes outlived the app"
    assert_shows_network(pixels)
    return to_window


def poll_screenshot(display: str, window: int, shot: Path, timeout_s: float = 30.0) -> np.ndarray:
    """The first screenshot that shows the network (training 3 steps takes a moment), or the
    last one taken when time runs out (so that the assertion says what is wrong); saved as
    ``shot``."""
    deadline = time.monotonic() + timeout_s
    while True:
        pixels = xwindow.grab(display, window)
        try:
            assert_shows_network(pixels)
            break
        except AssertionError:
            if time.monotonic() > deadline:
                break
        time.sleep(0.1)
    xwindow.save_png(pixels, shot)
    return pixels


def report(capsys: pytest.CaptureFixture[str], line: str) -> None:
    with capsys.disabled():
        print(f"\n[packaging] {line}")


def test_the_bundle_opens_a_window_showing_the_network_and_closes_cleanly(
    bundle: Build, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    to_window = run_in_x([str(bundle.program), *ARGS], tmp_path / "bundle.png")
    folder = bundle.program.parent
    assert not xwindow.processes_running_from(folder), "a process of the bundle is still running"
    # Not following links: PyInstaller links some libraries to one another.
    size_mb = sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    report(capsys, f"bundle built in {bundle.seconds:.0f} s, {size_mb:.0f} MB; window after {to_window:.2f} s")


def test_the_bundle_carries_every_languages_catalogues(bundle: Build) -> None:
    from netviz.i18n import LANGUAGES
    from netviz.render.language import qt_catalogue_name

    files = {path.name for path in bundle.program.parent.rglob("*.qm")}
    for code in LANGUAGES:
        assert f"netviz_{code}.qm" in files, code
        assert f"{qt_catalogue_name(code)}.qm" in files, code


def test_the_installed_netviz_command_opens_a_window_showing_the_network_and_closes_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The console script pip put beside this interpreter (a venv's bin/).
    script = Path(sys.executable).parent / "netviz"
    if not script.is_file():
        found = shutil.which("netviz")
        if found is None:
            pytest.skip(f"no installed `netviz` command beside {sys.executable} or on the PATH")
        script = Path(found)
    to_window = run_in_x([str(script), *ARGS], tmp_path / "installed.png")
    report(capsys, f"installed netviz ({script}): window after {to_window:.2f} s")
