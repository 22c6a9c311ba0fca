"""The renderer draws the animation fields of a SceneState (see netviz/render/overlay.py)."""

from __future__ import annotations

import html
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from netviz.animation.choreography import scene_at
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.export.encoders import svg_bytes
from netviz.render import DARK, LIGHT, NetworkRenderer
from netviz.render.layout import edge_segments

from . import scenes
from .pixels import H, W, close, hex_rgb, rgb

REFERENCE = Path(__file__).parent / "reference"


@pytest.fixture(scope="module")
def trace(qapp):
    return scenes.dead_dropout_scene(focus=None)[1]


def _colors(theme):
    return asdict(theme.animation)


def _phase(trace, kind, layer=None):
    phases = phases_of(trace)
    return next(i for i, p in enumerate(phases) if p.kind == kind and (layer is None or p.layer == layer))


def _svg(scene) -> str:
    renderer = NetworkRenderer(raise_errors=True)
    return svg_bytes(lambda painter, rect: renderer.paint(painter, scene, rect), W, H).decode("utf-8")


def _with_flow(scene, bundle: int, flow: float, direction: str):
    edges = list(scene.edges)
    e = edges[bundle]
    edges[bundle] = replace(e, flow=flow, flow_direction=direction, carries=np.ones(e.values.shape, bool), fade=None)
    cols = list(scene.columns)
    cols[bundle] = replace(cols[bundle], dropped=np.zeros(cols[bundle].units, bool))
    cols[bundle + 1] = replace(cols[bundle + 1], dropped=np.zeros(cols[bundle + 1].units, bool))
    return replace(scene, edges=tuple(edges), columns=tuple(cols), phase_kind="forward")


def _has_color(image, xs, ys, color, tol=3) -> bool:
    return any(close(rgb(image, x, y), color, tol) for x in xs for y in ys)


@pytest.mark.parametrize("direction", ["forward", "backward"])
@pytest.mark.parametrize("quality", ["fast", "high"])
def test_the_wave_is_lit_up_to_the_front(app, theme, direction, quality):
    scene, _ = scenes.dead_dropout_scene(focus=None)
    scene = _with_flow(scene, 0, 0.5, direction)
    renderer = NetworkRenderer(theme, quality=quality, raise_errors=True)
    image = renderer.render_image(scene, W, H)
    lay = renderer.last_layout
    segs, offsets = edge_segments(lay, trim=True)
    bundle = segs[offsets[0]:offsets[1]]
    strongest = int(np.argmax(np.abs(scene.edges[0].values).ravel()))
    x1, y1, x2, y2 = bundle[strongest]
    if direction == "backward":
        x1, y1, x2, y2 = x2, y2, x1, y1
    color = hex_rgb(_colors(theme)[direction])
    # Before the front (a quarter of the way from the source): the wave's colour.
    bx, by = x1 + 0.25 * (x2 - x1), y1 + 0.25 * (y2 - y1)
    assert _has_color(image, [bx - 1, bx, bx + 1], [by - 1, by, by + 1], color)
    # After the front (three quarters of the way): no edge of the bundle is lit there.
    ax = x1 + 0.75 * (x2 - x1)
    column = [y for y in range(int(lay.network.top()), int(lay.network.bottom()), 2)]
    assert not _has_color(image, [ax], column, color)
    # The same scene without the wave: nowhere the wave's colour.
    plain = renderer.render_image(replace(scene, edges=tuple(replace(e, flow=None) for e in scene.edges)), W, H)
    assert not _has_color(plain, [bx - 1, bx, bx + 1], [by - 1, by, by + 1], color)


def test_blocked_units_show_a_stop_mark(app, theme):
    scene, _ = scenes.dead_dropout_scene(focus=None)
    col = scene.columns[1]
    blocked = np.zeros(col.units, bool)
    blocked[[1, 4]] = True
    animated = replace(scene, columns=(scene.columns[0], replace(col, blocked=blocked), *scene.columns[2:]),
                       phase_kind="backward")
    renderer = NetworkRenderer(theme, raise_errors=True)
    image = renderer.render_image(animated, W, H)
    lay = renderer.last_layout
    lc = lay.columns[1]
    r = lc.radius
    w = max(3.0, 0.34 * r)
    x = lc.x - r - lay.sizes.outline_px - 0.9 * w
    red = hex_rgb(theme.error)
    for j in (1, 4):
        assert _has_color(image, [x - 1, x, x + 1], [lc.ys[j]], red, tol=6), j
    for j in (0, 2):  # not blocked: no mark
        assert not _has_color(image, [x - 1, x, x + 1], [lc.ys[j]], red, tol=6), j


def _luma(c) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def test_dim_columns_are_darker_than_lit_ones(app):
    scene, _ = scenes.dead_dropout_scene(focus=None)
    renderer = NetworkRenderer(DARK, raise_errors=True)
    lit = renderer.render_image(replace(scene, phase_kind="forward"), W, H)
    cols = list(scene.columns)
    cols[3] = replace(cols[3], emphasis=0.0)
    cols[2] = replace(cols[2], emphasis=0.5)
    dim = renderer.render_image(replace(scene, columns=tuple(cols), phase_kind="forward"), W, H)
    lay = renderer.last_layout
    for c in (2, 3):
        lc = lay.columns[c]
        for j in range(lc.ys.size):
            if scene.columns[c].dropped[j]:
                continue
            x = lc.x + 0.6 * lc.radius  # beside the centre: off a dead unit's cross
            assert _luma(rgb(dim, x, lc.ys[j])) < _luma(rgb(lit, x, lc.ys[j])) - 5, (c, j)
    cols[3] = replace(cols[3], emphasis=0.5)
    half = renderer.render_image(replace(scene, columns=tuple(cols), phase_kind="forward"), W, H)
    lc = lay.columns[3]
    x, y = lc.x + 0.6 * lc.radius, lc.ys[0]
    assert _luma(rgb(dim, x, y)) < _luma(rgb(half, x, y)) < _luma(rgb(lit, x, y))  # fading in
    lc = lay.columns[1]
    assert rgb(dim, lc.x, lc.ys[0]) == rgb(lit, lc.x, lc.ys[0])  # emphasis 1: unchanged


def test_phase_label_caption_and_equation_are_text(app, trace):
    scene = scene_at(trace, _phase(trace, "backward", 1), 0.5, SceneOptions(focus=(2, 0)))
    assert scene.equation and scene.phase_label
    svg = _svg(scene)
    for text in (scene.phase_label, scene.equation[0], scene.equation[1][:30], scene.phase_caption.split()[0]):
        assert html.escape(text, quote=False) in svg or text in svg, text
    assert "Computational graph" not in svg
    settled = _svg(scenes.dead_dropout_scene(focus=None)[0])
    assert scene.phase_label not in settled


def test_comp_graph_panel_only_when_set(app, trace):
    index = _phase(trace, "backward", 0)
    with_graph = scene_at(trace, index, 0.7, SceneOptions(focus=(1, 0), graph=True))
    without = scene_at(trace, index, 0.7, SceneOptions(focus=(1, 0)))
    assert with_graph.comp_graph is not None and without.comp_graph is None
    svg = _svg(with_graph)
    assert "Computational graph" in svg
    labels = {n.label for n in with_graph.comp_graph.nodes}
    assert "relu" in labels and "relu" in svg
    renderer = NetworkRenderer(raise_errors=True)
    a = renderer.render_image(with_graph, W, H)
    rect = renderer.last_layout.graph_rect
    assert rect is not None and rect.width() > 300
    b = renderer.render_image(without, W, H)
    assert renderer.last_layout.graph_rect is None
    ys = range(int(rect.top()) + 40, int(rect.bottom()) - 4, 7)
    xs = range(int(rect.left()) + 4, int(rect.right()) - 4, 7)
    differ = sum(rgb(a, x, y) != rgb(b, x, y) for x in xs for y in ys)
    assert differ > 200


def test_weight_changes_glow_in_the_update(app, trace):
    index = _phase(trace, "update")
    scene = scene_at(trace, index, 0.8, SceneOptions(focus=None))
    assert any(e.change is not None for e in scene.edges)
    renderer = NetworkRenderer(DARK, quality="high", raise_errors=True)
    a = renderer.render_image(scene, W, H)
    b = renderer.render_image(replace(scene, edges=tuple(replace(e, change=None) for e in scene.edges)), W, H)
    lay = renderer.last_layout
    segs, offsets = edge_segments(lay, trim=True)
    k = int(np.argmax(np.abs(np.concatenate([e.change.ravel() for e in scene.edges]))))
    x1, y1, x2, y2 = segs[k]
    # Beside the edge that moved most (its glow is wider than the edge): differs from the picture without.
    dx, dy = x2 - x1, y2 - y1
    n = np.hypot(dx, dy)
    nx, ny = -dy / n, dx / n
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    changed = [rgb(a, mx + d * nx, my + d * ny) != rgb(b, mx + d * nx, my + d * ny) for d in range(3, 9)]
    assert any(changed)


def test_every_phase_renders(app, trace, theme):
    renderer = NetworkRenderer(theme, raise_errors=True)
    for index in range(len(phases_of(trace))):
        for progress in (0.0, 0.5, 1.0):
            for graph in (False, True):
                scene = scene_at(trace, index, progress, SceneOptions(graph=graph))
                renderer.render_image(scene, W, H)
                renderer.render_image(scene, 400, 300)
                renderer.render_image(scene, 200, 120)  # compact: the network alone


def test_live_parts_are_not_frozen_in_the_static_layer(app, trace):
    """Through one renderer on a raster device (static layer hit), the phase chip and the
    equation band follow the scene."""
    renderer = NetworkRenderer(raise_errors=True)
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    a = scene_at(trace, _phase(trace, "backward", 2), 0.5, SceneOptions(focus=(1, 0)))
    b = scene_at(trace, _phase(trace, "backward", 0), 0.5, SceneOptions(focus=(1, 0)))
    shots = []
    for scene in (a, a, b, b):
        painter = QPainter(image)
        renderer.paint(painter, scene, QRectF(0, 0, W, H))
        painter.end()
        shots.append(image.copy())
    assert renderer.last_stats["static_layer"] == "hit"
    chip = renderer.last_layout.phase_rect
    band = renderer.last_layout.anim_band
    for r in (chip, band):
        xs = range(int(r.left()) + 2, int(r.right()) - 2, 5)
        ys = range(int(r.top()) + 2, int(r.bottom()) - 2, 5)
        assert any(rgb(shots[1], x, y) != rgb(shots[3], x, y) for x in xs for y in ys)


@pytest.mark.parametrize("name", sorted(p.stem for p in REFERENCE.glob("*.png")))
def test_settled_scenes_look_as_before(app, name):
    """The settled picture (no animation field set) is pixel for pixel the one drawn before
    the animation was drawn (references rendered by the renderer of that time)."""
    which, theme_name, quality = name.split("-")
    scene = {"mlp": lambda: scenes.mlp_scene([8, 8]), "vanishing": scenes.vanishing_scene,
             "deaddrop": lambda: scenes.dead_dropout_scene()[0]}[which]()
    theme = DARK if theme_name == "dark" else LIGHT
    image = NetworkRenderer(theme, quality=quality, raise_errors=True).render_image(scene, 480, 270)
    reference = QImage(str(REFERENCE / f"{name}.png")).convertToFormat(image.format())
    assert image == reference
