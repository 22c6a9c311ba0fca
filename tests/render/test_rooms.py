"""The renderer's rooms: no import cycle, no state made while painting, the layout keyed by its inputs."""

from __future__ import annotations

import ast
from dataclasses import is_dataclass, replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF

import netviz.render
from netviz.animation.choreography import scene_at
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.render import DARK, LIGHT, NetworkRenderer, layout_inputs

from . import scenes

RENDER = Path(netviz.render.__file__).parent
RECT = QRectF(0, 0, 1280, 720)


def _render_imports() -> dict[str, set[str]]:
    """Module -> the netviz.render modules it imports (at any depth of its code)."""
    graph: dict[str, set[str]] = {}
    for path in RENDER.glob("*.py"):
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "netviz.render":
                deps |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("netviz.render."):
                deps.add(node.module.rsplit(".", 1)[1])
            elif isinstance(node, ast.ImportFrom) and node.level == 1:
                deps.add(node.module or "__init__")
        graph[path.stem] = deps & {p.stem for p in RENDER.glob("*.py")}
    return graph


def test_no_import_cycle_among_the_rooms():
    graph = _render_imports()
    graph.pop("__init__")  # the package's face imports the rooms; the rooms import each other directly
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import cycle: {' -> '.join((*path, module))}"
        if module in done:
            return
        for dep in graph.get(module, ()):
            visit(dep, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())
    assert not any("renderer" in deps for name, deps in graph.items() if name != "renderer")


def _state(obj: object, depth: int = 4) -> dict[str, object]:
    """The attribute names of ``obj`` and, a level down, of the renderer's rooms."""
    names: dict[str, object] = {}
    for name, value in vars(obj).items():
        names[name] = None
        room = type(value).__module__.startswith("netviz.render") and not is_dataclass(value)  # not a snapshot
        if depth > 1 and room and hasattr(value, "__dict__"):
            names.update({f"{name}.{k}": None for k in _state(value, depth - 1)})
    return names


def test_painting_makes_no_new_attributes(app):
    """All paint state is made in ``__init__`` (an exception in paint() can kill a PySide6 process)."""
    renderer = NetworkRenderer(DARK, raise_errors=True)
    before = _state(renderer)
    scene, trace = scenes.dead_dropout_scene(focus=(1, 0))
    renderer.render_image(scene, 640, 360)
    renderer.render_image(scene, 640, 360)  # the second frame takes the fast paths
    for index in range(len(phases_of(trace))):
        renderer.render_image(scene_at(trace, index, 0.5, SceneOptions(graph=True)), 640, 360)
    renderer.theme = LIGHT
    renderer.render_image(scene, 640, 360)
    assert _state(renderer) == before


def test_the_layout_inputs_hold_what_the_layout_reads(app):
    scene = scenes.mlp_scene([8, 8])
    inputs = layout_inputs(scene, RECT, DARK)
    assert hash(inputs) == hash(layout_inputs(scene, RECT, DARK))
    # What changes from step to step without moving anything: the same inputs.
    edges = tuple(replace(e, values=e.values * 2.0) for e in scene.edges)
    assert layout_inputs(replace(scene, edges=edges, step=scene.step + 1, loss=0.5), RECT, DARK) == inputs
    # What moves things: other inputs, and another layout.
    for changed in (replace(scene, caption=scene.caption + " And a second sentence, long enough to wrap."),
                    replace(scene, banner="Diverged"), replace(scene, phase_kind="forward")):
        assert layout_inputs(changed, RECT, DARK) != inputs
    assert layout_inputs(scene, QRectF(0, 0, 1280, 700), DARK) != inputs


def test_the_renderer_caches_layouts_by_their_inputs(app):
    renderer = NetworkRenderer(DARK)
    scene = scenes.mlp_scene([8, 8])
    lay = renderer.layout(scene, RECT)
    edges = tuple(replace(e, values=np.zeros_like(e.values)) for e in scene.edges)
    assert renderer.layout(replace(scene, edges=edges), RECT) is lay
    assert renderer.layout(replace(scene, banner="Diverged"), RECT) is not lay


def _green_pixels(image) -> int:
    """Pixels of exactly #00ff00 (opaque)."""
    ptr = image.constBits()
    pixels = np.frombuffer(ptr, dtype=np.uint32, count=image.height() * image.bytesPerLine() // 4)
    return int(np.count_nonzero(pixels == np.uint32(0xFF00FF00)))


def test_the_overlay_draws_in_the_themes_animation_colours(app):
    scene, _ = scenes.dead_dropout_scene(focus=None)
    e = scene.edges[0]
    edges = (replace(e, flow=0.5, flow_direction="forward", carries=np.ones(e.values.shape, bool)), *scene.edges[1:])
    scene = replace(scene, edges=edges, phase_kind="forward")
    green = replace(DARK, animation=replace(DARK.animation, forward="#00ff00"))
    assert _green_pixels(NetworkRenderer(DARK, raise_errors=True).render_image(scene, 640, 360)) == 0
    assert _green_pixels(NetworkRenderer(green, raise_errors=True).render_image(scene, 640, 360)) > 20


def test_input_feature_names_are_drawn_beside_their_nodes():
    """Playground's inputs: each input node carries its feature's name, left of it."""
    from netviz.animation.input_maps import input_picture
    from netviz.animation.view_options import ViewState, build_scene
    from netviz.engine.lessons import find_lesson
    from netviz.render.renderer import NetworkRenderer

    trainer = find_lesson("playground-spiral").with_fix("features").build()
    pic = input_picture(trainer.dataset, trainer.spec.features)
    scene = build_scene(trainer.preview(), ViewState(inputs=pic))
    renderer = NetworkRenderer()
    renderer.render_image(scene, 1280, 720)
    drawn = {t.text: t for t in renderer.last_texts}
    lay = renderer.last_layout
    for name, y in zip(pic.names, lay.columns[0].ys):
        assert name in drawn, name
        x, top, width, height = drawn[name].rect
        assert x + width <= lay.columns[0].x - lay.columns[0].radius  # left of the node
        assert abs(top + height / 2 - y) < lay.columns[0].spacing / 2
        assert drawn[name].shown == name  # not elided
