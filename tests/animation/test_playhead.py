"""The playhead: speed, teach mode, phase and step navigation, without Qt."""

import pytest

from netviz.animation.phases import Phase, TimingSettings, schedule
from netviz.animation.playhead import Playhead


def timeline():
    phases = (Phase("forward", 0, "f0"), Phase("forward", 1, "f1"), Phase("loss", None, "loss"),
              Phase("backward", 1, "b1"), Phase("backward", 0, "b0"), Phase("update", None, "u"))
    return schedule(phases, TimingSettings(forward=1.0, loss=1.0, backward=1.0, update=1.0))


def test_plays_to_the_end_at_speed():
    head = Playhead(timeline(), speed=2.0)
    head.play()
    assert not head.advance(1.0) and head.position == (2, 0.0)  # 2 s of the timeline
    assert head.advance(10.0) and head.at_end and not head.playing
    head.play()  # from the start again
    assert head.position == (0, 0.0) and head.playing


def test_teach_mode_holds_each_phase_at_its_end():
    head = Playhead(timeline(), teach=True)
    head.play()
    head.advance(0.5)
    assert head.position == (0, 0.5)
    head.advance(5.0)
    assert head.position == (0, 1.0) and not head.playing  # held, caption of phase 0 stays
    head.play()
    head.advance(0.25)
    assert head.position == (1, 0.25)


def test_next_and_previous_phase():
    head = Playhead(timeline())
    head.next_phase()
    assert head.position == (1, 0.0)
    head.seek(1, 0.5)
    head.previous_phase()
    assert head.position == (1, 0.0)
    head.previous_phase()
    assert head.position == (0, 0.0)
    head.seek(0, 1.0)  # held at the end of phase 0
    head.next_phase()
    assert head.position == (1, 0.0)
    for _ in range(10):
        head.next_phase()
    assert head.at_end and head.position == (5, 1.0)


def test_new_step_keeps_the_phase():
    head = Playhead(timeline())
    head.seek(3, 0.25)
    head.load(timeline())
    assert head.position == (3, 0.25)
    head.load(timeline(), keep_phase=False)
    assert head.position == (0, 0.0)


@pytest.mark.parametrize("speed", [0.1, 9, True, "fast"])
def test_speed_is_checked(speed):
    with pytest.raises(ValueError, match="speed"):
        Playhead(timeline(), speed=speed)
