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


@pytest.fixture
def speaking(qapp):
    from netviz.render.language import install_language, uninstall_language

    yield install_language
    uninstall_language()


@pytest.mark.parametrize("presentation", [False, True], ids=["window", "presentation"])
@pytest.mark.parametrize("code", ["en", "de", "it", "tr", "zh"])
def test_the_banner_names_every_fix_in_every_language(exploding_scene, speaking, code, presentation):
    """The fixes' names at the end of the message were cut ("Prova: Normalizzazione batch, Un
    tasso di …" in Italian, presentation mode at 1280x720): the whole message shows, smaller
    than the banner's own size where it must be, never smaller than the frame's text."""
    from dataclasses import replace

    speaking(code)
    lesson = find_lesson("exploding").in_language(code)
    banner = banner_text("diverged at step 3: NaN or Inf in the loss or the gradients", lesson)
    assert all(fix.title in banner for fix in lesson.fixes.values())
    scene = replace(exploding_scene, title=lesson.title, caption=lesson.caption, banner=banner)
    # The whole frame, and the view beside presentation mode's plot at 1280x720 and 1024x768.
    for size in [*SIZES, (915, 720), (730, 768)]:
        renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
        renderer.render_image(scene, *size)
        lay = renderer.last_layout
        assert lay.banner is not None and lay.network.contains(lay.banner)
        assert "".join("".join(lay.banner_lines).split()) == "".join(banner.split()), (size, lay.banner_lines)
        drawn = [t for t in renderer.last_texts if t.bold and t.text in lay.banner_lines]
        assert len(drawn) == len(lay.banner_lines) and not [t for t in drawn if t.elided], (size, drawn)
        assert lay.sizes.text_px <= lay.banner_px <= lay.sizes.banner_px
        assert {t.px for t in drawn} == {lay.banner_px}


def test_the_banner_lists_the_fixes_in_the_language_s_own_punctuation(qapp, speaking):
    """Chinese joined its fixes with an ASCII ", " and left a space after "。" ("Inf。 试试"):
    the list and the sentences come from the catalogue, so each language punctuates its own."""
    reason = "diverged at step 3: NaN or Inf in the loss or the gradients"
    for code, comma in (("en", ", "), ("de", ", "), ("zh", "，")):
        speaking(code)
        lesson = find_lesson("exploding").in_language(code)
        banner = banner_text(reason, lesson)
        assert comma.join(fix.title for fix in lesson.fixes.values()) in banner, (code, banner)
    assert ", " not in banner and "。 " not in banner and "Inf。试试：" in banner, banner


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@pytest.mark.parametrize("presentation", [False, True], ids=["window", "presentation"])
def test_a_chinese_banner_breaks_its_lines_between_phrases(exploding_scene, speaking, presentation):
    """"批处理归" over "一化": a run of Chinese characters breaks only after its punctuation (or at
    a space) when it fits a line, without a word list."""
    from dataclasses import replace

    speaking("zh")
    lesson = find_lesson("exploding").in_language("zh")
    banner = banner_text("diverged at step 3: NaN or Inf in the loss or the gradients", lesson)
    scene = replace(exploding_scene, title=lesson.title, caption=lesson.caption, banner=banner)
    split = []
    for size in [*SIZES, (915, 720), (730, 768)]:
        renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
        renderer.render_image(scene, *size)
        lines = renderer.last_layout.banner_lines
        assert "".join("".join(lines).split()) == "".join(banner.split()), (size, lines)
        split += [(size, above, below) for above, below in zip(lines, lines[1:])
                  if _cjk(above[-1:]) and _cjk(below[:1])]
    assert split == []


def test_a_phrase_wider_than_a_line_still_breaks_between_its_characters():
    from netviz.render.wording import approx_measure, wrap_text

    text = "试试：批处理归一化，更低的学习率。"
    kept = wrap_text(text, approx_measure("批处理归一化，", 12), 12, approx_measure, phrases=True)
    assert kept == ["试试：", "批处理归一化，", "更低的学习率。"]
    narrow = wrap_text(text, approx_measure("批处理", 12), 12, approx_measure, phrases=True)
    assert "".join(narrow) == text and all(approx_measure(line, 12) <= approx_measure("批处理", 12)
                                           for line in narrow)
