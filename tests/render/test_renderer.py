"""NetworkRenderer: pixels at node centres, edge counts and level of detail, robustness."""

import ast
import pathlib
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPicture

from netviz.animation.scene import EdgeBundle, NodeColumn, SceneState
from netviz.render import DARK, EDGE_BUDGET, LIGHT, NetworkRenderer, colors
from netviz.render.layout import total_edges
from tests.render import scenes
from tests.render.pixels import H, W, close, hex_rgb, rgb


def column(name, values, *, dead=None, dropped=None, grad_norm=None, heatmaps=None, frozen=False):
    values = np.asarray(values, dtype=float)
    n = values.shape[0]
    return NodeColumn(
        name=name, caption=f"relu, {n}", values=values,
        dead=np.zeros(n, bool) if dead is None else np.asarray(dead, bool),
        dropped=np.zeros(n, bool) if dropped is None else np.asarray(dropped, bool),
        grad_norm=grad_norm, heatmaps=heatmaps, frozen=frozen,
    )


def direct_scene(**kw) -> SceneState:
    """inputs (2) -> hidden (4: huge, tiny, dead, dropped gradients) -> output (1)."""
    cols = (
        column("input", [np.nan, np.nan]),
        column("hidden 1", [10.0, 1e-7, 1e-3, 1e-3], dead=[0, 0, 1, 0], dropped=[0, 0, 0, 1], grad_norm=0.5),
        column("output", [0.2], grad_norm=0.1),
    )
    rng = np.random.default_rng(0)
    edges = (EdgeBundle(rng.normal(size=(2, 4))), EdgeBundle(rng.normal(size=(4, 1))))
    return SceneState(columns=cols, edges=edges, title="direct", caption="four hidden units", **kw)


def centre(renderer, scene, ci, ni, rect=None):
    p = renderer.layout(scene, QRectF(0, 0, W, H) if rect is None else rect).center(ci, ni)
    return p.x(), p.y()


def test_node_colours_come_from_the_scale(renderer, theme):
    scene = direct_scene()
    image = renderer.render_image(scene, W, H)
    expected = colors.node_rgba(scene.columns[1].values, "gradient", scene.node_range, theme.no_value)
    big, tiny = rgb(image, *centre(renderer, scene, 1, 0)), rgb(image, *centre(renderer, scene, 1, 1))
    assert close(big, expected[0][:3]) and close(tiny, expected[1][:3])
    assert not close(big, tiny, 40)
    # The inputs have no gradient: the neutral colour.
    assert close(rgb(image, *centre(renderer, scene, 0, 0)), hex_rgb(theme.no_value))


def test_dead_and_dropped_units(renderer, theme):
    scene = direct_scene()
    image = renderer.render_image(scene, W, H)
    x, y = centre(renderer, scene, 1, 2)
    r = renderer.last_layout.columns[1].radius
    assert close(rgb(image, x, y), hex_rgb(theme.dead_cross))  # the X crosses at the centre
    assert close(rgb(image, x, y + 0.7 * r), hex_rgb(theme.dead))  # grey beside the X
    assert close(rgb(image, *centre(renderer, scene, 1, 3)), hex_rgb(theme.background))  # hollow


def test_engine_trace_dead_and_dropped_units(renderer, theme):
    scene, trace = scenes.dead_dropout_scene(focus=None)
    assert scene.columns[1].dead_count == 3 and scene.columns[2].dropped.sum() == 4
    image = renderer.render_image(scene, W, H)
    for ni in np.flatnonzero(scene.columns[1].dead):
        assert close(rgb(image, *centre(renderer, scene, 1, ni)), hex_rgb(theme.dead_cross))
    for ni in np.flatnonzero(scene.columns[2].dropped):
        assert close(rgb(image, *centre(renderer, scene, 2, ni)), hex_rgb(theme.background))
    # Large and small gradients from the real trace get their colours from the scale.
    values = scene.columns[3].values
    expected = colors.node_rgba(values, "gradient", scene.node_range, theme.no_value)
    for ni in (int(np.nanargmax(values)), int(np.nanargmin(values))):
        if not scene.columns[3].dead[ni]:
            assert close(rgb(image, *centre(renderer, scene, 3, ni)), expected[ni][:3])


def test_focus_ring(renderer, theme):
    scene = direct_scene(focus=(1, 0))
    image = renderer.render_image(scene, W, H)
    lay = renderer.last_layout
    x, y = centre(renderer, scene, 1, 0)
    col = lay.columns[1]
    z = lay.sizes
    outline_w = min(z.outline_px, max(1.0, 0.25 * col.radius))
    width = max(z.focus_px * min(1.0, 0.6 + col.radius / 30), 2.0)
    ring = col.radius + outline_w + width * 0.9
    assert close(rgb(image, x - ring, y), hex_rgb(theme.focus), 10)


def test_edges_drawn_individually_below_the_threshold(app):
    renderer = NetworkRenderer(raise_errors=True)
    scene = scenes.mlp_scene([8, 8])
    renderer.render_image(scene, W, H)
    s = renderer.last_stats
    assert s["edges_total"] == s["edges_drawn"] == 2 * 8 + 8 * 8 + 8
    assert s["edges_banded"] == 0 and not s["lod"] and s["error"] is None
    assert s["paint_ms"] > 0


def test_level_of_detail_caps_the_edges_drawn(app):
    renderer = NetworkRenderer(raise_errors=True)
    scene = scenes.mlp_scene([64] * 12, steps=1)
    image = renderer.render_image(scene, W, H)
    s = renderer.last_stats
    assert s["edges_total"] == total_edges(scene) == 45248
    assert s["edges_drawn"] == EDGE_BUDGET and s["edges_banded"] == 45248 - EDGE_BUDGET
    assert s["lod"] and not s["antialias_edges"]
    # The band stands where edges are not drawn: between two dense columns, above and below
    # the drawn edges' crowd, the band colour shows somewhere in the gap.
    lay = renderer.last_layout
    a, b = lay.columns[3], lay.columns[4]
    xs = np.linspace(a.x + 3 * a.radius, b.x - 3 * b.radius, 12)
    ys = np.linspace(a.ys[0], a.ys[-1], 60)
    band = hex_rgb(DARK.band)
    assert any(close(rgb(image, x, y), band, 1) for x in xs for y in ys)


def test_custom_budget_and_threshold(app):
    renderer = NetworkRenderer(edge_budget=300, lod_threshold=1000, raise_errors=True)
    scene = scenes.mlp_scene([16] * 6, steps=1)
    renderer.render_image(scene, 800, 600)
    assert renderer.last_stats["edges_total"] == 1328
    assert renderer.last_stats["edges_drawn"] == 300


def test_strongest_edges_are_the_ones_drawn(app):
    """With a budget of 1, only the strongest edge is drawn: its colour at its middle."""
    cols = (column("input", [np.nan] * 3), column("hidden 1", [1e-3] * 3, grad_norm=1.0))
    weights = np.full((3, 3), 0.01)
    weights[2, 0] = -5.0
    scene = SceneState(columns=cols, edges=(EdgeBundle(weights),), edge_range=5.0)
    renderer = NetworkRenderer(edge_budget=1, lod_threshold=5, raise_errors=True)
    image = renderer.render_image(scene, W, H)
    assert renderer.last_stats["edges_drawn"] == 1
    lay = renderer.last_layout
    (x1, y1), (x2, y2) = lay.centers(0)[2], lay.centers(1)[0]
    palette, _ = colors.edge_palette(DARK.background, DARK.edge_map_end, DARK.no_value)
    expected = palette[colors.edge_key(-5.0, edge_range=5.0)][:3]
    assert close(rgb(image, (x1 + x2) / 2, (y1 + y2) / 2), expected, 3)


def test_dropped_units_edges_are_not_drawn(app):
    """A unit dropped this step has no edges in the picture (the thinned network); the same
    scene with no unit dropped draws them all."""
    scene, trace = scenes.dead_dropout_scene(focus=None)
    dropped = ~trace.layers[1].dropout_mask[0]  # hidden 2 (column 2): 4 of its 8 units
    assert scene.edges[1].fade is not None and dropped.sum() == 4 and dropped[0]
    renderer = NetworkRenderer(raise_errors=True)
    image = renderer.render_image(scene, W, H)
    into, out = scene.edges[1].values.shape[0], scene.edges[2].values.shape[1]
    assert renderer.last_stats["edges_drawn"] == total_edges(scene) - int(dropped.sum()) * (into + out)
    lay = renderer.last_layout
    # The top edge from hidden 1 into hidden 2 joins two units at the same height: no other
    # edge crosses its middle. Its target, hidden 2's unit 0, is dropped.
    (x1, y1), (x2, y2) = lay.centers(1)[0], lay.centers(2)[0]
    assert abs(y1 - y2) < 0.5
    middle = ((x1 + x2) / 2, y1)
    assert close(rgb(image, *middle), hex_rgb(DARK.background))
    every = replace(scene, edges=[replace(e, fade=None) for e in scene.edges])
    image = renderer.render_image(every, W, H)
    assert renderer.last_stats["edges_drawn"] == total_edges(scene)
    assert not close(rgb(image, *middle), hex_rgb(DARK.background))


def test_edges_faded_to_nothing_take_no_budget(app):
    """Above the level-of-detail threshold the budget goes to edges that are drawn: a
    dropped unit's edges neither take a place among the strongest nor join the band."""
    scene = scenes.mlp_scene([64, 64], steps=1, caption="")
    fade = np.ones(scene.edges[1].values.shape)
    fade[:, :48] = 0.0  # 48 of hidden 2's 64 units dropped: 3,072 of its 4,096 edges gone
    scene = replace(scene, edges=[scene.edges[0], replace(scene.edges[1], fade=fade), scene.edges[2]])
    renderer = NetworkRenderer(raise_errors=True, edge_budget=1000, lod_threshold=2000)
    renderer.render_image(scene, W, H)
    stats = renderer.last_stats
    left = total_edges(scene) - 3072  # 128 + 1,024 + 64 = 1,216 edges still drawable
    assert stats["lod"] and stats["edges_drawn"] == 1000 and stats["edges_banded"] == left - 1000


def test_nan_and_inf_render_without_exception(renderer, theme):
    scene = scenes.nan_scene()
    image = renderer.render_image(scene, W, H)
    assert renderer.last_stats["error"] is None
    lay = renderer.last_layout
    # NaN and inf gradient norms: full bars in the error colour.
    for ci in (1, 2):
        bar = lay.columns[ci].bar
        assert close(rgb(image, bar.center().x(), bar.top() + 2), hex_rgb(theme.error))
    assert lay.banner is not None
    assert close(rgb(image, lay.banner.left() + 3, lay.banner.center().y()), hex_rgb(theme.banner_background))


@pytest.mark.parametrize("hidden", [[], [1], [1, 1], [64] * 12, [3, 64, 2]], ids=str)
@pytest.mark.parametrize("size", [(1920, 1080), (50, 50), (1, 1), (300, 900), (1280, 200)], ids=str)
def test_shapes_and_sizes_never_crash(app, hidden, size):
    renderer = NetworkRenderer(LIGHT, raise_errors=True)
    scene = scenes.mlp_scene(hidden, steps=1, caption="")
    image = renderer.render_image(scene, *size)
    assert (image.width(), image.height()) == size
    assert renderer.last_stats["error"] is None


def test_activation_mode_heatmaps_and_tags(app, theme):
    net, trace = scenes.trained_network([scenes.LayerSpec(4, "tanh", batch_norm=True),
                                         scenes.LayerSpec(3, "relu", frozen=True)], 2)
    maps = [np.linspace(-1, 1, n * 36).reshape(n, 6, 6) for n in (2, 4, 3, 1)]
    scene = scenes.scene_from_trace(trace, node_quantity="activation", edge_quantity="gradient", heatmaps=maps,
                                    focus=(1, 1), title="heatmaps")
    renderer = NetworkRenderer(theme, raise_errors=True)
    image = renderer.render_image(scene, W, H)
    lay = renderer.last_layout
    col = lay.columns[2]
    # The heatmap square: its top-left cell's colour in the top-left corner of the node.
    corner = (col.x - col.radius + 3, col.ys[0] - col.radius + 3)
    expected = colors.heatmap_rgba(maps[2][0, 0, 0])[:3]
    assert close(rgb(image, *corner), expected, 3)
    assert lay.section("nodes_title").lines[0] == "Nodes: output map"  # heatmaps shown: layout.nodes_title
    assert lay.columns[1].tags_rect is not None


def test_both_themes_fill_the_background(app):
    for theme in (DARK, LIGHT):
        image = NetworkRenderer(theme, raise_errors=True).render_image(scenes.mlp_scene([8]), 640, 360)
        assert image.format() == QImage.Format.Format_ARGB32_Premultiplied
        assert close(rgb(image, 1, 1), hex_rgb(theme.background))


def test_colour_bar_ticks_are_real_values(app):
    renderer = NetworkRenderer(raise_errors=True)
    scene = scenes.mlp_scene([8, 8])
    image = renderer.render_image(scene, W, H)
    lay = renderer.last_layout
    assert [t.value for t in lay.ticks] == [10.0 ** e for e in range(-8, 3)]
    x = lay.colorbar.center().x()
    for tick in lay.ticks[1:-1]:
        expected = colors.node_rgba(np.array([tick.value * 1.05]), "gradient", scene.node_range)[0][:3]
        assert close(rgb(image, x, tick.y - 1), expected, 6), tick


def test_paint_on_a_vector_device_and_replay(app):
    """A QPicture records drawing commands, like an SVG generator: text stays text."""
    renderer = NetworkRenderer(raise_errors=True)
    scene, _ = scenes.dead_dropout_scene()
    picture = QPicture()
    painter = QPainter(picture)
    renderer.paint(painter, scene, QRectF(0, 0, W, H))
    painter.end()
    assert renderer.last_stats["error"] is None and renderer.last_stats["antialias_edges"]
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    picture.play(painter)
    painter.end()
    x, y = centre(renderer, scene, 2, int(np.flatnonzero(scene.columns[2].dropped)[0]))
    assert close(rgb(image, x, y), hex_rgb(DARK.background))


def test_errors_are_drawn_not_raised_by_default(app):
    bad = replace(direct_scene(), edges=(EdgeBundle(np.zeros((3, 3))), EdgeBundle(np.zeros((4, 1)))))
    renderer = NetworkRenderer()
    renderer.render_image(bad, 400, 300)
    assert "edges" in renderer.last_stats["error"]
    with pytest.raises(ValueError):
        NetworkRenderer(raise_errors=True).render_image(bad, 400, 300)


def test_node_at_through_the_renderer(app):
    renderer = NetworkRenderer()
    scene = direct_scene()
    rect = QRectF(10, 20, 1000, 700)
    lay = renderer.layout(scene, rect)
    assert renderer.node_at(scene, rect, lay.center(1, 2)) == (1, 2)
    assert renderer.node_at(scene, rect, QPointF(rect.left() + 1, rect.top() + 1)) is None


def test_layout_is_cached_per_shape_and_rect(app):
    renderer = NetworkRenderer()
    a, b = scenes.mlp_scene([8, 8], steps=1), scenes.mlp_scene([8, 8], steps=3)
    rect = QRectF(0, 0, W, H)
    assert renderer.layout(a, rect) is renderer.layout(b, rect)
    assert renderer.layout(a, QRectF(0, 0, 800, 600)) is not renderer.layout(a, rect)


def test_status_line(app):
    from netviz.render import status_text

    scene = replace(direct_scene(), step=120, loss=0.4321, val_loss=0.51)
    assert status_text(scene) == "step 120 · loss 0.432 · val 0.51"
    assert status_text(replace(scene, loss=float("nan"), val_loss=None)) == "step 120 · loss NaN"


def test_render_package_imports_no_widgets():
    package = pathlib.Path(__file__).resolve().parents[2] / "netviz" / "render"
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            assert not any("QtWidgets" in n for n in names), f"{path.name} imports QtWidgets"
