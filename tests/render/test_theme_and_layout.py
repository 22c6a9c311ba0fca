"""Theme sizes for projectors, and the layout's geometry (no painting)."""

import dataclasses
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF

from netviz.render import DARK, LIGHT, NetworkRenderer, compute_layout, node_at
from netviz.render.layout import format_value, gradient_ticks, total_edges, wrap_text
from tests.render import scenes


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
def test_projector_sizes_at_1080p(theme):
    z = theme.sizes(1920, 1080)
    assert z.text_px >= 20 and z.caption_px >= 20 and z.title_px > z.text_px
    assert z.line_px >= 2 and z.outline_px >= 2


def test_sizes_scale_down_but_text_stays_readable():
    small, tiny = DARK.sizes(960, 540), DARK.sizes(50, 50)
    assert small.text_px < DARK.sizes(1920, 1080).text_px
    assert small.text_px >= 12 and tiny.text_px >= 12
    assert DARK.sizes(3840, 2160).text_px == 40


def test_themes_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DARK.background = "#000000"


def test_renderer_fonts_at_1080p_are_at_least_20_px(app):
    renderer = NetworkRenderer(DARK)
    scene = scenes.mlp_scene([8, 8])
    lay = renderer.layout(scene, QRectF(0, 0, 1920, 1080))
    assert lay.label_px >= 20
    assert renderer.font(lay.label_px).pixelSize() >= 20
    assert renderer.font(lay.sizes.caption_px).pixelSize() >= 20


def test_64_units_fit_without_overlap_in_1080_px():
    scene = scenes.mlp_scene([64] * 12, steps=1)
    rect = QRectF(0, 0, 1920, 1080)
    lay = compute_layout(scene, rect, DARK)
    for col in lay.columns:
        if col.ys.size > 1:
            assert np.all(np.diff(col.ys) >= 2 * col.radius + 1)  # a gap between neighbours
        assert col.ys.min() - col.radius >= lay.network.top() - 1e-6
        assert col.ys.max() + col.radius <= lay.network.bottom() + 1e-6
        assert rect.contains(QRectF(col.x - col.radius, col.ys.min() - col.radius, 2 * col.radius,
                                    col.ys.max() - col.ys.min() + 2 * col.radius))
    xs = [c.x for c in lay.columns]
    assert all(b - a > 2 * max(lay.columns[0].radius, lay.columns[1].radius) for a, b in zip(xs, xs[1:]))
    assert lay.columns[1].radius >= 3  # still visible
    # The legend is beside the network, not on it.
    assert not lay.legend.intersects(lay.network)


def test_column_order_inputs_left_output_right_and_centred():
    scene = scenes.mlp_scene([8, 3])
    lay = compute_layout(scene, QRectF(0, 0, 1920, 1080), DARK)
    xs = [c.x for c in lay.columns]
    assert xs == sorted(xs) and len(xs) == 4
    for col in lay.columns:
        assert col.ys.mean() == pytest.approx(lay.network.center().y())


def test_radius_fits_two_and_sixty_four_nodes():
    lay = compute_layout(scenes.mlp_scene([64]), QRectF(0, 0, 1920, 1080), DARK)
    r_in, r_hidden, r_out = (c.radius for c in lay.columns)
    assert r_hidden < r_in <= 4 * r_hidden
    small = compute_layout(scenes.mlp_scene([2]), QRectF(0, 0, 1920, 1080), DARK)
    assert all(c.radius == small.sizes.node_radius_max for c in small.columns)


def test_node_at_finds_centres_and_misses_empty_space():
    scene = scenes.mlp_scene([8, 8])
    lay = compute_layout(scene, QRectF(0, 0, 1920, 1080), DARK)
    for ci, col in enumerate(lay.columns):
        for ni in range(col.ys.size):
            assert node_at(lay, lay.center(ci, ni)) == (ci, ni)
            near = QPointF(col.x + 0.8 * col.radius, col.ys[ni])
            assert node_at(lay, near) == (ci, ni)
    a, b = lay.columns[1], lay.columns[2]
    assert node_at(lay, QPointF((a.x + b.x) / 2, a.ys[0])) is None
    assert node_at(lay, QPointF(a.x, a.ys[0] - 2.5 * a.radius)) is None
    assert node_at(lay, lay.legend.center()) is None


def test_gradient_ticks_are_powers_of_ten_at_their_place():
    bar = QRectF(0, 100, 20, 500)
    ticks = gradient_ticks(-8, 2, bar, 30)
    assert [t.value for t in ticks] == [10.0 ** e for e in range(-8, 3)]
    for t in ticks:
        assert t.y == pytest.approx(600 - 500 * (math.log10(t.value) + 8) / 10)
        assert t.text == "10"
    assert ticks[0].label == "10^-8" and ticks[-1].label == "10^2"
    crowded = gradient_ticks(-8, 2, QRectF(0, 0, 20, 100), 30)
    assert [t.value for t in crowded] == [1e-8, 1e-3, 1e2]  # every 5 decades, the top one included


def test_format_value():
    assert format_value(3.2e-5) == "3.2e-5"
    assert format_value(0.432) == "0.43"
    assert format_value(12.3) == "12"
    assert format_value(1.5e6) == "1.5e6"
    assert format_value(float("nan")) == "NaN"
    assert format_value(float("inf")) == "inf"
    assert format_value(0.0) == "0"


def test_wrap_text_respects_the_width_and_line_limit():
    measure = lambda text, px, bold=False: len(text) * 10.0  # noqa: E731
    lines = wrap_text("one two three four five six", 100, 20, measure)
    assert all(len(line) * 10 <= 100 for line in lines) and " ".join(lines) == "one two three four five six"
    cut = wrap_text("one two three four five six", 100, 20, measure, max_lines=2)
    assert len(cut) == 2 and cut[-1].endswith("…")
    assert wrap_text("", 100, 20, measure) == []


def test_chinese_wrapping_leaves_no_character_alone_on_a_line():
    measure = lambda text, px, bold=False: len(text) * 10.0  # noqa: E731 (a character: 10 px)
    # Greedy: "2 个输" (5 x 10 px fits 50) over "入"; the last character is not left alone.
    assert wrap_text("2 个输入", 40, 20, measure) == ["2 个", "输入"]
    assert wrap_text("2 个输入", 50, 20, measure) == ["2 个输入"]
    for width in range(40, 200, 10):
        for text in ("2 个输入", "每层下方的条和数字：该层的梯度范数", "tanh 输出，1", "隐藏层 6 接收 隐藏层 5。"):
            lines = wrap_text(text, width, 20, measure)
            assert "".join(lines).replace(" ", "") == text.replace(" ", ""), (text, width)
            assert all(len(line) * 10 <= width for line in lines if len(line) > 2), (text, width, lines)
            lone = [line for line in lines[1:] if len(line.rstrip("，。：")) == 1 and "\u4e00" <= line[0] <= "\u9fff"]
            assert not lone, (text, width, lines)
    # English wraps as it did.
    assert wrap_text("one two three four", 90, 20, measure) == ["one two", "three", "four"]


def test_wrapping_never_splits_a_word_it_can_keep_whole():
    measure = lambda text, px, bold=False: len(text) * 10.0  # noqa: E731 (a character: 10 px)
    # A Chinese word after a Latin one goes down whole: not "tanh 输" over "出，1".
    for width in (50, 60, 70):
        assert wrap_text("tanh 输出，1", width, 20, measure) == ["tanh", "输出，1"], width
    # The last allowed line ends in "…" after a whole word, in Chinese text and in any other
    # (here every word fits a line with its "…").
    for text in ("试试 LeakyReLU 或 ReLU，再试 sigmoid 与 batch",
                 "Prova: Normalizzazione batch, Un tasso di apprendimento"):
        words = set(re.findall(r"[A-Za-z]+", text))
        for width in range(170, 400, 10):
            for max_lines in (1, 2):
                lines = wrap_text(text, width, 20, measure, max_lines=max_lines)
                tail = re.search(r"[A-Za-z]*$", lines[-1].removesuffix(" …").rstrip("，:,")).group()
                assert not tail or tail in words, (text, width, lines)


def test_legend_goes_right_in_landscape_and_below_in_portrait():
    scene = scenes.mlp_scene([8, 8])
    wide = compute_layout(scene, QRectF(0, 0, 1920, 1080), DARK)
    tall = compute_layout(scene, QRectF(0, 0, 700, 1200), DARK)
    assert wide.legend_side == "right" and wide.legend.left() > wide.network.right()
    assert tall.legend_side == "bottom" and tall.legend.top() > tall.network.bottom()
    assert {s.kind for s in tall.sections} >= {"colorbar", "edge_key"}
    tiny = compute_layout(scene, QRectF(0, 0, 50, 50), DARK)
    assert tiny.compact and tiny.legend is None and tiny.title_rect is None


def test_level_of_detail_is_announced_in_the_legend():
    big = scenes.mlp_scene([64] * 12, steps=1)
    assert total_edges(big) == 2 * 64 + 11 * 64 * 64 + 64
    lay = compute_layout(big, QRectF(0, 0, 1920, 1080), DARK)
    note = lay.section("lod_note")
    assert lay.lod and note is not None
    assert "2,000 strongest of 45,248 edges" in " ".join(note.lines)
    small = compute_layout(scenes.mlp_scene([8, 8]), QRectF(0, 0, 1920, 1080), DARK)
    assert not small.lod and small.section("lod_note") is None


def test_labels_do_not_overlap_between_columns():
    scene = scenes.mlp_scene([64] * 12, steps=1)
    lay = compute_layout(scene, QRectF(0, 0, 1920, 1080), DARK)
    rects = [c.name_rect for c in lay.columns]
    assert all(r is not None for r in rects)
    for a, b in zip(rects, rects[1:]):
        assert a.right() <= b.left() + 1e-6
    assert lay.short_names  # "hidden 10" does not fit 14 columns at 20 px: "h10"
