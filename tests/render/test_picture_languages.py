"""The picture in every language: each lesson's first frame (settled and animated) at 1280x720
draws every character with a real glyph (no empty boxes) and keeps every line of text inside
its box and inside the frame, German's longer words and Chinese included.

Measured from what the renderer drew (``NetworkRenderer.last_texts``) and laid out with Qt's
own text layout (``glyphs.missing_glyphs``: fallback fonts included), never from OCR.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF

from netviz import i18n
from netviz.animation.choreography import scene_at, settled_scene
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.engine.lessons import find_lesson, lesson_names
from netviz.render import DARK, NetworkRenderer
from netviz.render.glyphs import missing_glyphs
from netviz.render.language import install_language, uninstall_language

W, H = 1280, 720


@pytest.fixture(scope="module")
def first_steps(qapp):
    """Each lesson's first step, trained once (the trace is the same in every language)."""
    out = {}
    for name in lesson_names():
        lesson = find_lesson(name, "en")
        trainer = lesson.build(steps=1)
        out[name] = (lesson, trainer.step())
    return out


@pytest.fixture
def speaking(qapp):
    """install_language for the test, English again afterwards."""
    yield install_language
    uninstall_language()


def frames(lesson, trace):
    """The lesson's first frame settled, and the first frame of its step animation."""
    options = SceneOptions(title=lesson.title, caption=lesson.caption)
    return [("settled", settled_scene(trace, options)), ("animated", scene_at(trace, 0, 0.5, options))]


@pytest.mark.parametrize("presentation", [False, True], ids=["window", "presentation"])
@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_every_lesson_first_frame_has_its_glyphs_and_fits(first_steps, speaking, code, presentation):
    speaking(code)
    problems = []
    for name, (english, trace) in first_steps.items():
        lesson = english.in_language(code)
        for fix in [None, *lesson.fixes]:  # a fix's title ("lesson: fix") is the longest
            for kind, scene in frames(lesson if fix is None else lesson.with_fix(fix), trace):
                renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
                problems += _drawn_problems(renderer, scene, (code, name, fix, kind))
    assert problems == []


def _drawn_problems(renderer, scene, where) -> list[tuple]:
    """What is wrong with the text of ``scene`` drawn at 1280x720: boxes for glyphs, text cut
    short, wider than its box or outside the frame."""
    problems: list[tuple] = []
    renderer.render_image(scene, W, H)
    assert renderer.last_stats["error"] is None
    texts = renderer.last_texts
    # The title is drawn whole: on one line, or wrapped onto lines that say all of it (a long
    # title wraps rather than being cut); each of its lines is among the texts drawn.
    lay = renderer.last_layout
    lines = [line for line, _ in lay.title_lines] if lay is not None and lay.title_lines else [scene.title]
    assert "".join("".join(lines).split()) == "".join(scene.title.split()), where
    assert all(any(t.text == line for t in texts) for line in lines), where
    for t in texts:
        if missing_glyphs(t.shown, renderer.font(t.px, t.bold)):
            problems.append(("missing glyphs", *where, t.text))
        x, y, w, h = t.rect
        if x < -0.5 or y < -0.5 or x + w > W + 0.5 or y + h > H + 0.5:
            problems.append(("box outside the frame", *where, t.text))
        if t.elided:
            problems.append(("cut short", *where, t.text))
        elif renderer.measure(t.shown, t.px, t.bold) > w + 0.5 and not t.text[:1].isdigit():
            problems.append(("wider than its box", *where, t.text))
    return problems


def test_the_words_are_the_languages(first_steps, speaking):
    """Not English with a German title: the legend, names and chip are translated too."""
    lesson, trace = first_steps["dead-relu"]
    speaking("de")
    options = SceneOptions(title=lesson.in_language("de").title, caption="")
    renderer = NetworkRenderer(DARK, raise_errors=True)
    drawn = set()
    for scene in (settled_scene(trace, options), scene_at(trace, 0, 0.5, options)):
        renderer.render_image(scene, W, H)
        drawn |= {t.text for t in renderer.last_texts}
    assert {"Dead-ReLU-Einheiten", "Knoten: Gradient", "Kanten: Gewicht W", "verborgen 1", "Ausgabe",
            "Vorwärts: verborgen 1", "tote Einheit"} <= drawn
    assert "hidden 1" not in drawn and "Nodes: gradient" not in drawn
    # Numbers stay universal in the picture (a decimal point, 1.5e-7), as in every export.
    status = next(t for t in drawn if t.startswith("Schritt ") and "Verlust" in t)
    assert re.search(r"Verlust \d+\.\d+", status), status
    assert not any(re.search(r"\d,\d", t) for t in drawn)
    speaking("zh")
    scene = scene_at(trace, len(phases_of(trace)) - 1, 0.5, SceneOptions(title="", caption=""))
    renderer.render_image(scene, W, H)
    drawn = {t.text for t in renderer.last_texts}
    assert {"更新", "隐藏层 1", "输出", "负", "正"} <= drawn



def test_the_equations_count_the_unshown_terms_in_the_language(first_steps, speaking):
    """A sum over 16 units shows its 3 strongest products and the others as "(13 more: s)":
    that word is translated too (an exported Turkish video said "more")."""
    from netviz.animation.captions import chain_rule

    lesson, trace = first_steps["dead-relu"]
    for code, word in (("de", "weitere"), ("tr", "tane daha"), ("en", "more")):
        speaking(code)
        lines = [line for phase in phases_of(trace) if phase.kind in ("forward", "backward") and phase.layer == 1
                 for line in chain_rule(trace, phase, (2, 0))]
        counted = [line for line in lines if re.search(r"\(\d+ ", line)]
        assert counted and all(word in line for line in counted), (code, counted)


# The view in the window at 1024x768 and at 1280x720 (beside the docks), and presentation mode's
# view beside its plot at 1280x720 and alone at 1024x768.
VIEWS = [((392, 490), False), ((500, 420), False), ((640, 480), False), ((915, 720), True), ((1024, 768), True)]


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_the_header_and_the_legend_are_never_cut_in_a_small_view(first_steps, speaking, code):
    """At 1024x768 in German the status lost its validation loss ("Verlust 0.022…") and the legend
    two entries ("in diesem Schritt…", "Kanten: Gewicht…"): the status takes a row of its own,
    the legend's labels wrap (or the legend is wider), in every language."""
    speaking(code)
    cut = []
    for name, (english, trace) in first_steps.items():
        lesson = english.in_language(code)
        scene = settled_scene(trace, SceneOptions(title=lesson.title, caption=lesson.caption))
        for (w, h), presentation in VIEWS:
            renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
            renderer.render_image(scene, w, h)
            lay = renderer.last_layout
            rooms = [r for r in (lay.legend, lay.status_rect) if r is not None]
            cut += [(name, w, h, t.text, t.shown) for t in renderer.last_texts
                    if t.elided and any(room.intersects(QRectF(*t.rect)) for room in rooms)]
    assert cut == []
