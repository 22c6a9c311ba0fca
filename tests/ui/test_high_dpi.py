"""A 4K screen at scale 2 (3840x2160, device pixel ratio 2): the window and the view are the
1920x1080 layout drawn with twice the pixels, so every text is twice as tall and as sharp,
and the plot beside the view in presentation mode is as large as the view's text."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from netviz.render.theme import DARK, PRESENTATION_TEXT_PX
from netviz.ui.plots import TrainingPlots

from .test_present_cli import ENV, netviz


def _pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    return data.reshape(image.height(), image.width()).copy()


def _title_ink(pixels: np.ndarray) -> tuple[int, int]:
    """Height and width of the ink in the title's area (the top-left of the view, up to the status)."""
    h, w = pixels.shape
    area = pixels[: int(0.07 * h), : int(0.45 * w)]
    background = np.uint32(int(DARK.background.lstrip("#"), 16) | 0xFF000000)
    rows, cols = np.nonzero(area != background)
    assert rows.size, "no title drawn"
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    """`netviz --present` at 1920x1080 on a screen of scale 1, and of scale 2."""
    shots = {}
    for scale in (1, 2):
        folder = tmp_path_factory.mktemp(f"scale{scale}")
        ENV["QT_SCALE_FACTOR"] = str(scale)
        try:
            done = netviz("--present", "--lesson", "vanishing", "--steps", "3", "--screenshot", "p.png",
                          "--size", "1920x1080", cwd=folder)
        finally:
            ENV.pop("QT_SCALE_FACTOR")
        assert done.returncode == 0, done.stderr
        shots[scale] = _pixels(folder / "p.png")
    return shots


def test_scale_2_draws_the_same_picture_with_twice_the_pixels(screenshots):
    assert screenshots[1].shape == (1080, 1920)
    assert screenshots[2].shape == (2160, 3840)
    (h1, w1), (h2, w2) = _title_ink(screenshots[1]), _title_ink(screenshots[2])
    assert h1 >= 20
    # Twice as tall and as wide (to the fonts' hinting, which differs a little between sizes),
    # not the same size in a larger picture.
    assert abs(h2 / h1 - 2) < 0.05 and abs(w2 / w1 - 2) < 0.05


def _edge_steps(pixels: np.ndarray) -> float:
    """How steep the title's edges are: the 90th percentile of the green channel's steps between
    neighbouring pixels, among the steps that are an edge at all."""
    h, w = pixels.shape
    green = ((pixels[: int(0.07 * h), : int(0.45 * w)] >> 8) & 0xFF).astype(float)
    steps = np.abs(np.diff(green, axis=1))
    return float(np.percentile(steps[steps > 8], 90))


def test_scale_2_is_sharp_not_an_upscaled_picture(screenshots):
    # A picture drawn at 1x and smoothed up has edges half as steep (blurry) ...
    assert _edge_steps(screenshots[2]) > 0.75 * _edge_steps(screenshots[1])
    # ... and one repeated pixel for pixel has its pixels in identical 2x2 blocks.
    title = screenshots[2][: int(0.07 * 2160), : int(0.45 * 3840)]
    blocks = title[: title.shape[0] // 2 * 2, : title.shape[1] // 2 * 2]
    same = (blocks[0::2, 0::2] == blocks[1::2, 1::2]) & (blocks[0::2, 0::2] == blocks[0::2, 1::2])
    ink = blocks[0::2, 0::2] != blocks[0, 0]
    assert np.mean(same[ink]) < 0.9


def test_the_presentation_plot_text_is_as_large_as_the_views(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    axis = plots.loss_plot.getPlotItem().getAxis("bottom")
    small = axis.style["tickFont"].pixelSize()
    plots.show_only_one(True)
    assert axis.style["tickFont"].pixelSize() >= PRESENTATION_TEXT_PX > small
    plots.show_only_one(False)
    assert axis.style["tickFont"].pixelSize() == small
