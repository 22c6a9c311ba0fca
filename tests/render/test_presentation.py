"""Presentation mode's text (issue 9): at 1280x720 and 1024x768, the view filling the screen, no
text below 20 px; the numbers under the layers never elided, in window-sized views too.

Measured from what the renderer drew (``NetworkRenderer.last_texts``: every line of text of
the frame with its font's pixel size and whether it was elided), not from the theme's sizes.
"""

from __future__ import annotations

import re

import pytest

from netviz.animation.choreography import scene_at
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.engine import LayerSpec
from netviz.render import DARK, NetworkRenderer
from netviz.render.theme import PRESENTATION_TEXT_PX, THEMES, presentation_sizes
from netviz.render.wording import caption_candidates, format_value, name_candidates

from . import scenes

PROJECTORS = [(1280, 720), (1024, 768)]
NUMBER = re.compile(r"\d")


@pytest.fixture(scope="module")
def vanishing_trace(qapp):
    """The vanishing lesson's shape: ten hidden sigmoid layers of 8 (twelve columns)."""
    return scenes.trained_network([LayerSpec(8, "sigmoid") for _ in range(10)], 3, seed=1)[1]


def _frames(trace):
    """A settled frame and animated frames of every kind of phase, with the graph and focus."""
    options = SceneOptions(title="Vanishing gradients", caption="Ten hidden layers of sigmoid units. " * 3)
    out = [("settled", scenes.scene_from_trace(trace, title=options.title, caption=options.caption))]
    phases = phases_of(trace)
    for kind in ("forward", "loss", "backward", "update"):
        index = next(i for i, p in enumerate(phases) if p.kind == kind)
        out.append((kind, scene_at(trace, index, 0.6, options)))
    return out


def _drawn(scene, w, h, *, presentation, theme=DARK):
    renderer = NetworkRenderer(theme, raise_errors=True, presentation=presentation)
    renderer.render_image(scene, w, h)
    assert renderer.last_stats["error"] is None
    return renderer.last_texts


@pytest.mark.parametrize("size", PROJECTORS, ids=["1280x720", "1024x768"])
def test_presentation_text_is_never_below_20_px(vanishing_trace, size):
    for name, scene in _frames(vanishing_trace):
        texts = _drawn(scene, *size, presentation=True)
        assert texts, name
        smallest = min(texts, key=lambda t: t.px)
        assert smallest.px >= PRESENTATION_TEXT_PX, (name, smallest)


def test_without_presentation_the_window_keeps_its_smaller_text(vanishing_trace):
    """The same view at window size draws smaller text: the option is what makes it 20 px."""
    scene = _frames(vanishing_trace)[0][1]
    assert min(t.px for t in _drawn(scene, 1024, 768, presentation=False)) < PRESENTATION_TEXT_PX
    assert presentation_sizes(DARK, 1024, 768).text_px >= PRESENTATION_TEXT_PX > DARK.sizes(1024, 768).text_px


def _under_the_columns(texts, layout):
    """The texts drawn under the network: names, captions, norms and counts of the columns."""
    return [t for t in texts if t.rect[1] >= layout.network.bottom() - 1 and t.rect[0] < layout.network.right()]


@pytest.mark.parametrize(("size", "presentation"), [((1280, 720), True), ((1024, 768), True),
                                                     ((1024, 768), False), ((500, 370), False),
                                                     ((640, 400), False)],
                         ids=["present-1280x720", "present-1024x768", "window-1024x768", "window-500x370",
                              "window-640x400"])
def test_numbers_under_the_layers_are_never_elided(vanishing_trace, size, presentation):
    for name, scene in _frames(vanishing_trace):
        renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
        renderer.render_image(scene, *size)
        lay = renderer.last_layout
        below = _under_the_columns(renderer.last_texts, lay)
        assert [t for t in below if NUMBER.search(t.text)], name
        assert not [t for t in below if t.elided], name
        # Every gradient norm known is drawn whole, in its column's rect, whenever the rect is there.
        drawn = {t.rect: t.text for t in below}
        for col, lc in zip(scene.columns, lay.columns):
            if lc.norm_rect is not None and col.grad_norm is not None:
                r = lc.norm_rect
                assert drawn[(r.x(), r.y(), r.width(), r.height())] == format_value(col.grad_norm), name
        if presentation:
            assert all(lc.norm_rect is not None for lc in lay.columns[1:]), name


def test_the_widest_numbers_do_not_touch_each_other(vanishing_trace):
    """Staggered when the cells are narrow: two neighbouring norms never share pixels."""
    scene = _frames(vanishing_trace)[0][1]
    renderer = NetworkRenderer(DARK, raise_errors=True, presentation=True)
    renderer.render_image(scene, 1024, 768)
    norms = [lc.norm_rect for lc in renderer.last_layout.columns if lc.norm_rect is not None]
    widths = [renderer.measure(t.text, t.px) for t in renderer.last_texts if t.rect in
              [(r.x(), r.y(), r.width(), r.height()) for r in norms]]
    assert len(widths) == len(norms) == 11
    for r, w, r2, w2 in zip(norms, widths, norms[1:], widths[1:]):
        same_row = abs(r.center().y() - r2.center().y()) < 1
        gap = (r2.center().x() - w2 / 2) - (r.center().x() + w / 2)
        assert not same_row or gap > 0


def test_names_and_captions_are_shortened_word_first_never_the_number():
    assert name_candidates("hidden 10") == ["hidden 10", "h10", "10"]
    assert name_candidates("output") == ["output", "out"]
    assert caption_candidates("sigmoid output, 1") == ["sigmoid output, 1", "sigmoid, 1", "sig. 1", "1"]
    assert caption_candidates("2 inputs")[-1] == "2"


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_presentation_in_every_theme(vanishing_trace, theme):
    scene = _frames(vanishing_trace)[0][1]
    texts = _drawn(scene, 1024, 768, presentation=True, theme=theme)
    assert min(t.px for t in texts) >= PRESENTATION_TEXT_PX
