"""The words under the columns in every language and view: the names stand apart (Turkish in
presentation mode at 1280x720 drew "gizli 1gizli 2gizli 3"), and every column keeps its caption
("relu, 16", "sig. 8") in the window's view at 1024x768 (German lost them all when its status
line took a row of its own; English lost them too).

Measured from what the renderer drew (``NetworkRenderer.last_texts``) with the renderer's own
font metrics.
"""

from __future__ import annotations

import pytest

from netviz import i18n
from netviz.animation.choreography import scene_at, settled_scene
from netviz.animation.options import SceneOptions
from netviz.engine.lessons import find_lesson, lesson_names
from netviz.render import DARK, NetworkRenderer
from netviz.render.language import install_language, uninstall_language

# The view in the window at 1024x768 and at 1280x720 (beside the docks), presentation mode's view
# beside its plot at 1280x720 and alone at 1024x768, and whole frames (exports, a maximised view).
VIEWS = [((392, 490), False), ((500, 420), False), ((640, 480), False), ((915, 720), True), ((1024, 768), True),
         ((1024, 768), False), ((1280, 720), False), ((1280, 720), True), ((1920, 1080), False),
         ((1920, 1080), True)]
WINDOW_AT_1024X768 = (392, 490)  # the network view's size in the window at 1024x768 (docks around it)


@pytest.fixture(scope="module")
def first_steps(qapp):
    """Each lesson's first step, trained once (the trace is the same in every language)."""
    return {name: (find_lesson(name, "en"), find_lesson(name, "en").build(steps=1).step()) for name in lesson_names()}


@pytest.fixture
def speaking(qapp):
    yield install_language
    uninstall_language()


def _names_drawn(renderer: NetworkRenderer) -> list[tuple[str, float, float]]:
    """Each column's name as drawn, left to right: (text, left and right end of its ink)."""
    lay = renderer.last_layout
    out = []
    for lc in lay.columns:
        if lc.name_rect is None:
            continue
        r = lc.name_rect
        t = next(t for t in renderer.last_texts if t.rect == (r.x(), r.y(), r.width(), r.height()))
        width = renderer.measure(t.shown, t.px, t.bold)
        out.append((t.shown, r.center().x() - width / 2, r.center().x() + width / 2))
    return out


def _crowded(renderer: NetworkRenderer) -> list[tuple[str, str, float]]:
    """Neighbouring names closer than two spaces when one holds a space ("gizli 1" "gizli 2"),
    or touching."""
    lay = renderer.last_layout
    space = renderer.measure(" ", lay.label_px, True)
    names = _names_drawn(renderer)
    out = []
    for (a, _, a_right), (b, b_left, _) in zip(names, names[1:]):
        least = 2 * space if " " in a + b else 1.0
        if b_left - a_right < least - 0.01:
            out.append((a, b, round(b_left - a_right, 1)))
    return out


def _crowded_captions(renderer: NetworkRenderer) -> list[tuple[str, str, float]]:
    """Neighbouring columns' caption lines, row by row, closer than two spaces ("leaky_relu, 8
    leaky_relu, 8" read as one run in Chinese at 1280x720)."""
    lay = renderer.last_layout
    space = renderer.measure(" ", lay.label_px, False)
    rows: dict[int, list[tuple[str, float, float]]] = {}
    for lc in lay.columns:
        for k, line in enumerate(lc.caption_lines if lc.caption_rect is not None else ()):
            width = renderer.measure(line, lay.label_px, False)
            rows.setdefault(k, []).append((line, lc.x - width / 2, lc.x + width / 2))
    return [(a, b, round(b_left - a_right, 1)) for row in rows.values()
            for (a, _, a_right), (b, b_left, _) in zip(row, row[1:]) if b_left - a_right < 2 * space - 0.01]


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_column_names_never_run_into_each_other(first_steps, speaking, code):
    """Neither the names nor the captions under neighbouring columns."""
    speaking(code)
    crowded = []
    for name, (english, trace) in first_steps.items():
        lesson = english.in_language(code)
        options = SceneOptions(title=lesson.title, caption=lesson.caption)
        for scene in (settled_scene(trace, options), scene_at(trace, 0, 0.5, options)):
            for (w, h), presentation in VIEWS:
                renderer = NetworkRenderer(DARK, raise_errors=True, presentation=presentation)
                renderer.render_image(scene, w, h)
                crowded += [(name, w, h, presentation, *pair) for pair in _crowded(renderer)]
                crowded += [(name, w, h, presentation, *pair) for pair in _crowded_captions(renderer)]
    assert crowded == []


def test_turkish_presentation_names_are_shortened_not_run_together(first_steps, speaking):
    """The reported frame: exploding's "gizli 1" .. "gizli 6" in presentation mode's view beside
    its plot at 1280x720 are written "g1" .. "g6" (Turkish's own short form, as English's "h1")."""
    speaking("tr")
    english, trace = first_steps["exploding"]
    lesson = english.in_language("tr")
    renderer = NetworkRenderer(DARK, raise_errors=True, presentation=True)
    renderer.render_image(settled_scene(trace, SceneOptions(title=lesson.title, caption=lesson.caption)), 915, 720)
    names = [text for text, _, _ in _names_drawn(renderer)]
    assert names[1:3] == ["g1", "g2"], names


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_every_caption_shows_in_the_window_at_1024x768(first_steps, speaking, code):
    """Each column's caption is drawn whole under its name, in every lesson's settled picture, in
    the window's view at 1024x768 (and the small views beside). (A step's animation gives a third
    of such a view to its equations: there the names alone stay under the columns.)"""
    speaking(code)
    missing = []
    for name, (english, trace) in first_steps.items():
        lesson = english.in_language(code)
        scene = settled_scene(trace, SceneOptions(title=lesson.title, caption=lesson.caption))
        for size in (WINDOW_AT_1024X768, (500, 420), (640, 480)):
            renderer = NetworkRenderer(DARK, raise_errors=True)
            renderer.render_image(scene, *size)
            lay = renderer.last_layout
            drawn = {t.text: t for t in renderer.last_texts}
            for col, lc in zip(scene.columns, lay.columns):
                lines = lc.caption_lines
                if lc.caption_rect is None or not lines or any(line not in drawn or drawn[line].elided
                                                               for line in lines):
                    missing.append((name, size, col.name, col.caption))
    assert missing == []


@pytest.mark.parametrize("code", ["de", "it"])
def test_presentation_mode_keeps_the_numbers_and_gains_the_captions_it_has_room_for(first_steps, speaking, code):
    """Presentation mode's view beside its plot at 1280x720 (vanishing, twelve columns; German's
    and Italian's longer caption lost its captions): the gradient norms stay under every layer
    (its one plot is the loss), and the captions come back above shorter bars."""
    speaking(code)
    english, trace = first_steps["vanishing"]
    lesson = english.in_language(code)
    renderer = NetworkRenderer(DARK, raise_errors=True, presentation=True)
    renderer.render_image(settled_scene(trace, SceneOptions(title=lesson.title, caption=lesson.caption)), 915, 720)
    lay = renderer.last_layout
    assert all(lc.norm_rect is not None for lc in lay.columns[1:])
    assert all(lc.caption_rect is not None and lc.caption_lines for lc in lay.columns)
