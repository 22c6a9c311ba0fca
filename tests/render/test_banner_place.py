"""The divergence banner (exploding lesson) lies over the network only: never over the legend's
key, the column labels, the gradient-norm bars or their numbers (issue 9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from netviz.animation.view_model import banner_text
from netviz.engine import LayerSpec
from netviz.engine.lessons import find_lesson
from netviz.render import DARK, NetworkRenderer

from . import scenes

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]


@pytest.fixture(scope="module")
def exploding_scene(qapp):
    """The exploding lesson's shape (six LeakyReLU layers of 8) with the window's banner text."""
    trace = scenes.trained_network([LayerSpec(8, "leaky_relu") for _ in range(6)], 3, seed=2)[1]
    banner = banner_text("training diverged: the loss is not a number at step 12", find_lesson("exploding"))
    assert banner and "Try:" in banner
    return scenes.scene_from_trace(trace, title="Exploding gradients", caption=find_lesson("exploding").caption,
                                   banner=banner)


@pytest.mark.parametrize("presentation", [False, True], ids=["window", "presentation"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_banner_covers_nothing_that_matters(exploding_scene, size, presentation):
    renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
    renderer.render_image(exploding_scene, *size)
    lay = renderer.last_layout
    banner = lay.banner
    assert banner is not None and lay.banner_lines
    assert not banner.intersects(lay.legend)
    assert not [s for s in lay.sections if banner.intersects(s.rect)]
    banner_px = lay.sizes.banner_px
    own = [t for t in renderer.last_texts if t.px == banner_px and t.bold and t.text in lay.banner_lines]
    assert len(own) == len(lay.banner_lines)
    # Every other text of the frame (legend keys, labels, numbers, title, caption) stays clear.
    covered = [t for t in renderer.last_texts if t not in own and QRectF(*t.rect).intersects(banner)]
    assert not covered
    for col in lay.columns:
        assert col.bar is None or not col.bar.intersects(banner)
    assert lay.network.contains(banner)
    # The whole message shows (the fixes to try included).
    assert " ".join(lay.banner_lines).split() == exploding_scene.banner.split()
