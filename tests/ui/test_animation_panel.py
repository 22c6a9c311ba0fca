"""The step animation in the window: phases, captions, shortcuts, scrubbing, teach and continuous modes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netviz.animation.captions import chain_rule
from netviz.animation.choreography import settled_scene
from netviz.animation.options import SceneOptions
from netviz.animation.phases import phases_of
from netviz.animation.scene import scenes_equal
from netviz.ui.main_window import MainWindow

TIMEOUT_MS = 15000


@pytest.fixture
def window(qtbot):
    win = MainWindow(lesson="dead-relu")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    win.run_steps(20)
    qtbot.waitUntil(lambda: win.run_finished(20), timeout=TIMEOUT_MS)
    yield win
    win.close()


def test_animate_plays_the_phases_of_the_newest_step(window, qtbot):
    window.animation.animate.click()
    assert window.phase_view and window.pinned == 19 and window.playhead.playing
    kinds = set()
    qtbot.waitUntil(lambda: kinds.add(window.view.scene.phase_kind) or "update" in kinds, timeout=TIMEOUT_MS)
    assert {"forward", "backward", "update"} <= kinds
    assert window.animation.phase_label.text() != ""


def test_phase_keys_step_through_and_captions_carry_the_traces_numbers(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_Right)  # the start of the second phase
    assert window.phase_view and window.playhead.position == (1, 0.0)
    trace = window.model.trace_shown()
    phases = phases_of(trace)
    backward = next(i for i, p in enumerate(phases) if p.kind == "backward" and p.layer == 0)
    window.playhead.seek(backward, 1.0)
    window.set_focus((1, 3))
    scene = window.view.scene
    assert scene.phase_kind == "backward"
    expected = chain_rule(trace, phases[backward], (1, 3))
    assert scene.equation == expected
    assert window.animation.equation.text() == "\n".join(expected)
    qtbot.keyClick(window, Qt.Key_Left)
    assert window.playhead.position == (backward, 0.0)


def replayed(window, qtbot):
    """Wait for a step that the window replays in the background (a scrub returns at once)."""
    def done():
        if window.model.computing is not None:
            raise AssertionError(f"still computing step {window.model.computing}")
    qtbot.waitUntil(done, timeout=TIMEOUT_MS)


def test_scrubbing_back_and_forth_shows_identical_scenes(window, qtbot):
    window.scrub_to(5)
    replayed(window, qtbot)
    first = window.view.scene
    recorded = window.snapshot.recorded.get(5)
    assert first.step == 6 and recorded.step == 5
    assert scenes_equal(first, settled_scene(recorded, SceneOptions(title=window.lesson.title, caption=first.caption)))
    window.scrub_to(15)
    replayed(window, qtbot)
    assert window.view.scene.step == 16
    window.scrub_to(5)
    replayed(window, qtbot)
    assert scenes_equal(first, window.view.scene)
    assert window.plots._cursors[0].isVisible() and window.plots._cursors[0].value() == 5
    window.animation.slider.setValue(7)
    replayed(window, qtbot)
    assert window.view.scene.step == 8
    qtbot.keyClick(window, Qt.Key_BracketRight)
    replayed(window, qtbot)
    assert window.view.scene.step == 9
    window.go_live()
    assert window.pinned is None and window.view.scene.step == 20


def test_teach_mode_pauses_after_each_phase(window, qtbot):
    window.animation.teach.setChecked(True)
    window.animation.animate.click()
    qtbot.waitUntil(lambda: not window.playhead.playing, timeout=TIMEOUT_MS)
    assert window.playhead.position == (0, 1.0)
    assert not window.animation.animate.isChecked()
    window.animation.animate.click()
    qtbot.waitUntil(lambda: not window.playhead.playing, timeout=TIMEOUT_MS)
    assert window.playhead.position == (1, 1.0)


def test_continuous_mode_animates_every_kth_step(window, qtbot):
    window.animation.speed.setCurrentIndex(window.animation.speed.count() - 1)  # 8x
    window.animation.every.setValue(5)
    window.animation.continuous.setChecked(True)
    animated = set()

    def seen():
        if window.phase_view and window.pinned is not None:
            animated.add(window.pinned)
        return len(animated) >= 2

    qtbot.waitUntil(seen, timeout=30000)
    assert all((step + 1) % 5 == 0 for step in animated)
    window.animation.continuous.setChecked(False)


def test_graph_toggle_expands_the_focused_node(window, qtbot):
    window.animation.next_phase.click()
    window.animation.graph.setChecked(True)
    graph = window.view.scene.comp_graph
    assert graph is not None and any(n.kind == "weight" for n in graph.nodes)
    window.animation.graph.setChecked(False)
    assert window.view.scene.comp_graph is None


def test_transport_buttons_use_qt_icons_not_font_glyphs(qtbot):
    from netviz.ui.animation_panel import AnimationPanel
    from netviz.ui.controls import ControlPanel

    panel = AnimationPanel()
    controls = ControlPanel({"vanishing": "Vanishing"})
    qtbot.addWidget(panel)
    qtbot.addWidget(controls)
    buttons = [panel.prev_step, panel.prev_phase, panel.animate, panel.next_phase, panel.next_step,
               controls.play_button, controls.step_button, controls.reset_button]
    for button in buttons:
        assert not button.icon().isNull()
        assert all(ord(ch) < 0x2000 for ch in button.text()), button.text()  # no ⏸ ▶ ◀
    panel.animate.setChecked(True)
    assert panel.animate.text() == "Pause" and not panel.animate.icon().isNull()


def test_the_caption_says_live_only_when_the_newest_step_is_shown(window, qtbot):
    assert window.animation.caption.text().startswith("Live: the newest step")
    window.scrub_to(5)
    replayed(window, qtbot)
    caption = window.animation.caption.text()
    assert "Live" not in caption and caption.startswith("Step 6, pinned")  # the number the picture shows
    window.go_live()
    assert window.animation.caption.text().startswith("Live: the newest step")
