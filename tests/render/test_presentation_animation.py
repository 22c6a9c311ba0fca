"""Presentation mode's animated frames at projector sizes (issue 9): the title whole (wrapped when
long) beside or above the phase chip, and the computational graph shown, readable, when asked for.

Sizes are the view's in presentation mode: the whole screen at 1024x768, and at 1280x720 too
while the graph is on (the window then leaves the plot out). Measured from what the renderer drew
(``last_texts``) and its layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from netviz.animation.choreography import scene_at
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.engine import LayerSpec
from netviz.render import DARK, NetworkRenderer
from netviz.render.theme import PRESENTATION_TEXT_PX

from . import scenes

PROJECTORS = [(1280, 720), (1024, 768)]
LONG_TITLE = "Vanishing gradients: ten layers of sigmoid units"


@pytest.fixture(scope="module")
def vanishing_trace(qapp):
    return scenes.trained_network([LayerSpec(8, "sigmoid") for _ in range(10)], 3, seed=1)[1]


def _animated(trace, *, title, graph):
    options = SceneOptions(title=title, caption="Ten hidden layers of sigmoid units. " * 3, graph=graph)
    phases = phases_of(trace)
    for kind in ("forward", "loss", "backward", "update"):
        index = next(i for i, p in enumerate(phases) if p.kind == kind)
        yield kind, scene_at(trace, index, 0.6, options)


def _rect(t) -> QRectF:
    return QRectF(*t.rect)


def _draw(scene, size):
    renderer = NetworkRenderer(DARK, raise_errors=True, presentation=True)
    renderer.render_image(scene, *size)
    return renderer


@pytest.mark.parametrize("size", PROJECTORS, ids=["1280x720", "1024x768"])
@pytest.mark.parametrize("title", ["Vanishing gradients", LONG_TITLE])
def test_the_animated_title_shows_whole_and_clear_of_the_phase_chip(vanishing_trace, size, title):
    for kind, scene in _animated(vanishing_trace, title=title, graph=False):
        renderer = _draw(scene, size)
        lay = renderer.last_layout
        lines = [t for t in renderer.last_texts if t.px == lay.sizes.title_px and t.bold]
        assert " ".join(t.text for t in lines) == title, kind
        assert all(not t.elided and t.px >= PRESENTATION_TEXT_PX for t in lines), kind
        for t in lines:
            drawn = QRectF(t.rect[0], t.rect[1], renderer.measure(t.text, t.px, True), t.rect[3])
            assert not drawn.intersects(lay.phase_rect), (kind, t)
            assert not drawn.intersects(lay.status_rect), (kind, t)
        # The caption and the network start below the title and the chip.
        below = max(lay.phase_rect.bottom(), max(_rect(t).bottom() for t in lines))
        assert all(r.top() >= below - 0.5 for _, r in lay.caption_lines), kind
        assert lay.network.top() >= below, kind


@pytest.mark.parametrize("size", PROJECTORS, ids=["1280x720", "1024x768"])
def test_the_computational_graph_shows_in_presentation_mode(vanishing_trace, size):
    for kind, scene in _animated(vanishing_trace, title="Vanishing gradients", graph=True):
        renderer = _draw(scene, size)
        lay = renderer.last_layout
        assert lay.graph_rect is not None, kind
        texts = renderer.last_texts
        assert min(t.px for t in texts) >= PRESENTATION_TEXT_PX, kind
        assert not [t for t in texts if t.elided], kind
        in_graph = [t for t in texts if lay.graph_rect.contains(_rect(t).center())]
        assert any(t.text.startswith("Computational graph") for t in in_graph), kind
        # The boxes' lines: whole, inside the panel, one box's lines never on another's.
        for t in in_graph:
            width = renderer.measure(t.text, t.px, t.bold, not t.bold)
            assert width <= lay.graph_rect.width(), (kind, t)
            assert lay.graph_rect.contains(_rect(t)), (kind, t)
        boxes = [t for t in in_graph if t.rect[2] < lay.graph_rect.width() / 3]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not _rect(a).intersects(_rect(b)), (kind, a, b)
        # The network keeps a usable share beside it, the caption band stays under both.
        assert lay.network.width() >= 0.25 * size[0], kind
        assert not lay.network.intersects(lay.graph_rect) and not lay.anim_band.intersects(lay.graph_rect), kind
