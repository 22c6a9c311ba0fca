"""The step animation stays readable (issue 9): bias labels never overlap, the computational
graph's boxes never overlap and its numbers are never cut, the phase caption wraps uncut."""

from __future__ import annotations

import pytest

from netviz.animation.choreography import scene_at
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.engine import LayerSpec
from netviz.render import DARK, NetworkRenderer
from netviz.render.compgraph import CompGraphPanel

from . import scenes

SIZES = [(1920, 1080), (1280, 720), (1000, 560), (640, 360)]


@pytest.fixture(scope="module")
def trace(qapp):
    return scenes.trained_network([LayerSpec(8, "sigmoid") for _ in range(10)], 3, seed=1)[1]


def _overlap(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw - 0.5 and bx < ax + aw - 0.5 and ay < by + bh - 0.5 and by < ay + ah - 0.5


def _update(trace, **options):
    index = next(i for i, p in enumerate(phases_of(trace)) if p.kind == "update")
    return scene_at(trace, index, 0.6, SceneOptions(**options))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_bias_labels_never_overlap_and_are_never_cut(trace, size):
    renderer = NetworkRenderer(DARK, raise_errors=True)
    renderer.render_image(_update(trace), *size)
    labels = [t for t in renderer.last_texts if t.text.startswith("b ")]
    assert labels  # at least the focused node's
    assert not [t for t in labels if t.elided]
    boxes = [(t.rect[0], t.rect[1], renderer.measure(t.text, t.px), t.rect[3]) for t in labels]
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


@pytest.mark.parametrize("size", SIZES[:3], ids=[f"{w}x{h}" for w, h in SIZES[:3]])
@pytest.mark.parametrize("kind", ["forward", "backward", "update"])
def test_the_computational_graph_has_no_overlapping_boxes_and_no_cut_numbers(trace, size, kind):
    index = [i for i, p in enumerate(phases_of(trace)) if p.kind == kind][0]
    scene = scene_at(trace, index, 0.7, SceneOptions(graph=True, focus=(5, 2)))
    renderer = NetworkRenderer(DARK, raise_errors=True)
    renderer.render_image(scene, *size)
    rect = renderer.last_layout.graph_rect
    assert rect is not None
    inside = [t for t in renderer.last_texts
              if rect.contains(t.rect[0] + t.rect[2] / 2, t.rect[1] + t.rect[3] / 2)]
    assert inside and not [t for t in inside if t.elided]
    # The number lines (values, gradients, changes) fit their boxes: no number is wider than its box.
    numbers = [t for t in inside if t.text[:1] in "−-0123456789∂Δ"]
    assert numbers
    assert all(renderer.measure(t.text, t.px, False, True) <= t.rect[2] + 4 for t in numbers)
    # No two lines of different boxes share pixels (the lines of one box stack without gaps).
    boxes = [(t.rect[0], t.rect[1], t.rect[2], t.rect[3]) for t in inside if t.rect[1] > rect.top() + 60]
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_box_lines_use_fewer_digits_not_fewer_characters():
    from netviz.animation.scene import GraphNode

    node = GraphNode("weight", "w2", -0.50123, 6.6789e-5, (0.0, 1.0))
    assert [t for t, _, _ in CompGraphPanel.box_texts(node)] == ["w2", "−0.501", "∂ 6.68e−5"]
    assert [t for t, _, _ in CompGraphPanel.box_texts(node, 1)] == ["w2", "−0.5", "∂ 7e−5"]


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=["1280x720", "1024x768"])
def test_the_phase_caption_wraps_and_is_never_cut(trace, size):
    for presentation in (False, True):
        for i, phase in enumerate(phases_of(trace)):
            scene = scene_at(trace, i, 0.5, SceneOptions())
            renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
            renderer.render_image(scene, *size)
            band = renderer.last_layout.anim_band
            drawn = " ".join(t.text for t in renderer.last_texts
                             if band.contains(t.rect[0] + 1, t.rect[1] + t.rect[3] / 2) and t.px >= 0)
            assert " ".join(scene.phase_caption.split()) in " ".join(drawn.split()), phase
