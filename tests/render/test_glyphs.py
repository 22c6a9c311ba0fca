"""Chinese in the picture: every character the renderer draws has a glyph (no empty boxes)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont

from netviz.render import DARK, NetworkRenderer
from netviz.render.glyphs import fonts_used, missing_glyphs
from tests.render.scenes import vanishing_scene

TITLE = "梯度消失"
CAPTION = ("十个 sigmoid 隐藏层。每一层都把反向流动的梯度乘以 sigmoid 的斜率（至多 0.25），"
           "所以传到前几层时几乎什么都不剩了。")


def picture_font(px: int, bold: bool) -> QFont:
    """The font the renderer asks for (the theme's family and fallbacks)."""
    font = QFont()
    font.setFamilies([DARK.font_family, *DARK.font_fallbacks])
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def test_missing_glyphs_finds_a_character_no_font_has(app):
    assert missing_glyphs("Schicht ğış 梯度", picture_font(14, False)) == ""
    assert missing_glyphs("a\U000f0000b", picture_font(14, False)) == "\U000f0000"  # a private-use plane


def test_the_picture_draws_chinese_text_with_a_font_that_has_it(app):
    scene = replace(vanishing_scene(), title=TITLE, caption=CAPTION)
    renderer = NetworkRenderer(DARK, raise_errors=True)
    renderer.render_image(scene, 1280, 720)
    drawn = [t for t in renderer.last_texts if any("\u4e00" <= ch <= "\u9fff" for ch in t.shown)]
    assert drawn, "the Chinese title and caption were not drawn"
    boxes = {t.shown: missing for t in drawn if (missing := missing_glyphs(t.shown, picture_font(t.px, t.bold)))}
    assert not boxes, f"drawn as boxes: {boxes}"


def test_a_fallback_font_draws_what_the_pictures_font_lacks(app):
    # One line mixing scripts is drawn in more than one font when the first lacks a script.
    font = picture_font(16, False)
    used = fonts_used("Gradient 梯度", font)
    assert used and missing_glyphs("Gradient 梯度", font) == ""
