"""The network view makes the static layer of a new layout while idle, not in the first frame of a run.

The renderer draws a layout new to it directly and makes its static layer at the layout's
next paint (20-30 ms at 1920x1080). The view repaints once more ``SETTLE_MS`` after such a
paint, so a run that starts later finds the layer made (``tests/benchmarks/live_view``: the
first frame after Play had come 8-10 ms late).
"""

from __future__ import annotations

from netviz.render import NetworkRenderer
from netviz.ui.network_view import SETTLE_MS, NetworkView
from tests.render.test_fast_paths import training_scenes


def _painted(qtbot, view: NetworkView, renderer: NetworkRenderer, state: str) -> None:
    qtbot.waitUntil(lambda: renderer.last_stats["static_layer"] == state, timeout=5000)


def test_a_new_layout_gets_its_layer_while_the_view_is_idle(qtbot):
    renderer = NetworkRenderer(raise_errors=True)
    view = NetworkView(renderer)
    qtbot.addWidget(view)
    view.resize(900, 600)
    scenes = training_scenes()
    view.set_scene(scenes[0])
    view.show()
    _painted(qtbot, view, renderer, "deferred")
    # Nothing else asks for a paint: the view's own repaint makes the layer.
    _painted(qtbot, view, renderer, "drawn")
    # The next step's picture (the first frame of a run) finds it made.
    view.set_scene(scenes[1])
    view.repaint()
    assert renderer.last_stats["static_layer"] == "hit"
    # A resize is a new layout: its layer too is made once the size stays.
    view.resize(1000, 640)
    _painted(qtbot, view, renderer, "deferred")
    _painted(qtbot, view, renderer, "drawn")


def test_no_repaint_once_the_layer_is_made(qtbot):
    renderer = NetworkRenderer(raise_errors=True)
    view = NetworkView(renderer)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_scene(training_scenes()[0])
    view.show()
    _painted(qtbot, view, renderer, "drawn")
    paints = []
    original = renderer.paint
    renderer.paint = lambda *args: (paints.append(1), original(*args))  # type: ignore[method-assign]
    qtbot.wait(3 * SETTLE_MS)
    assert paints == []
