"""Phase order, timing, locate round trips and easing: pure, without Qt."""

import math

import pytest

from netviz.animation.phases import EASINGS, Phase, TimingSettings, ease, easing, phases_of, schedule
from netviz.engine import LayerSpec, NetworkSpec, SpecError
from tests.animation.nets import make_trace


def kinds(phases):
    return [(p.kind, p.layer) for p in phases]


def test_phase_order_without_batch_norm():
    _, trace = make_trace([LayerSpec(4, "relu"), LayerSpec(3, "tanh")])
    assert kinds(phases_of(trace)) == [
        ("forward", 0), ("forward", 1), ("forward", 2), ("loss", None),
        ("backward", 2), ("backward", 1), ("backward", 0), ("update", None),
    ]
    assert [p.label for p in phases_of(trace)] == [
        "Forward: hidden 1", "Forward: hidden 2", "Forward: output", "Loss",
        "Backward: output", "Backward: hidden 2", "Backward: hidden 1", "Update",
    ]


def test_batch_norm_is_its_own_phase_after_the_layers_forward_phase():
    _, trace = make_trace([LayerSpec(4, "relu", batch_norm=True), LayerSpec(3, "tanh"),
                           LayerSpec(3, "relu", batch_norm=True)])
    assert kinds(phases_of(trace)) == [
        ("forward", 0), ("batch_norm", 0), ("forward", 1), ("forward", 2), ("batch_norm", 2), ("forward", 3),
        ("loss", None), ("backward", 3), ("backward", 2), ("backward", 1), ("backward", 0), ("update", None),
    ]
    assert phases_of(trace)[1].label == "Batch norm: hidden 1"


def test_which_forward_and_backward():
    _, trace = make_trace([LayerSpec(4, "relu", batch_norm=True), LayerSpec(3, "tanh")])
    assert kinds(phases_of(trace, which="forward")) == [("forward", 0), ("batch_norm", 0), ("forward", 1),
                                                        ("forward", 2)]
    assert kinds(phases_of(trace, which="backward")) == [("backward", 2), ("backward", 1), ("backward", 0)]
    with pytest.raises(SpecError) as err:
        phases_of(trace, which="sideways")
    assert err.value.field == "which"


def test_shapes_give_the_same_phases_as_traces():
    hidden = (LayerSpec(4, "relu", batch_norm=True), LayerSpec(3, "tanh"))
    _, trace = make_trace(list(hidden))
    spec = NetworkSpec(inputs=2, hidden=hidden)
    assert phases_of(spec) == phases_of(trace)
    assert phases_of([True, False, False]) == phases_of(trace)
    assert kinds(phases_of([False])) == [("forward", 0), ("loss", None), ("backward", 0), ("update", None)]
    with pytest.raises(SpecError):
        phases_of([True, True])  # the output layer has no batch norm
    with pytest.raises(SpecError):
        phases_of([])


def test_schedule_durations_speed_and_layer_factors():
    phases = phases_of([True, False, False])
    settings = TimingSettings(forward=1.0, batch_norm=0.5, loss=2.0, backward=0.75, update=1.5)
    tl = schedule(phases, settings)
    expected = [1.0, 0.5, 1.0, 1.0, 2.0, 0.75, 0.75, 0.75, 1.5]
    assert [tl.duration(i) for i in range(len(phases))] == pytest.approx(expected)
    assert tl.total == pytest.approx(sum(expected))
    assert all(tl.ends[i] == tl.starts[i + 1] for i in range(len(phases) - 1))
    fast = schedule(phases, TimingSettings(forward=1.0, batch_norm=0.5, loss=2.0, backward=0.75, update=1.5, speed=4))
    assert fast.total == pytest.approx(tl.total / 4)
    slow_first = schedule(phases, TimingSettings(layer_factors=(3.0,)))
    base = schedule(phases)
    assert slow_first.duration(0) == pytest.approx(3 * base.duration(0))  # forward of layer 0
    assert slow_first.duration(1) == pytest.approx(3 * base.duration(1))  # its batch norm
    assert slow_first.duration(2) == pytest.approx(base.duration(2))  # layer 1: factor 1
    assert slow_first.duration(4) == pytest.approx(base.duration(4))  # loss: no layer
    assert slow_first.duration(7) == pytest.approx(3 * base.duration(7))  # backward of layer 0


def test_locate_round_trip_and_boundaries():
    phases = phases_of([False, False, False])
    tl = schedule(phases, TimingSettings(speed=2))
    for i in range(len(phases)):
        for p in (0.0, 0.1, 0.5, 0.999):
            index, progress = tl.locate(tl.time_of(i, p))
            assert index == i
            assert progress == pytest.approx(p, abs=1e-12)
    # A boundary belongs to the later phase, at progress 0; the very end to the last, at 1.
    for i in range(1, len(phases)):
        assert tl.locate(tl.starts[i]) == (i, 0.0)
    assert tl.locate(0.0) == (0, 0.0)
    assert tl.locate(tl.total) == (len(phases) - 1, 1.0)
    assert tl.locate(-5.0) == (0, 0.0)
    assert tl.locate(tl.total + 100) == (len(phases) - 1, 1.0)
    assert tl.time_of(3, 1.0) == tl.ends[3]
    # Time runs monotonically through (index, progress).
    ts = [k * tl.total / 997 for k in range(998)]
    located = [tl.locate(t) for t in ts]
    assert located == sorted(located)
    with pytest.raises(ValueError):
        tl.locate(float("nan"))
    with pytest.raises(IndexError):
        tl.time_of(len(phases), 0.5)


def test_index_of():
    tl = schedule(phases_of([True, False]))
    assert tl.phases[tl.index_of("batch_norm")] == Phase("batch_norm", 0, "Batch norm: hidden 1")
    assert tl.phases[tl.index_of("backward", 0)].layer == 0
    with pytest.raises(ValueError):
        tl.index_of("batch_norm", 1)


@pytest.mark.parametrize("name", sorted(EASINGS))
def test_easing_endpoints_monotone_and_bounded(name):
    assert ease(name, 0.0) == 0.0
    assert ease(name, 1.0) == 1.0
    assert easing(name)(0.0) == pytest.approx(0.0, abs=1e-12)
    assert easing(name)(1.0) == pytest.approx(1.0, abs=1e-12)
    values = [ease(name, k / 200) for k in range(201)]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert all(b >= a for a, b in zip(values, values[1:]))
    assert ease(name, -1.0) == 0.0 and ease(name, 2.0) == 1.0


def test_symmetric_easings_pass_the_middle():
    for name in ("linear", "ease_in_out", "cubic", "sine"):
        assert ease(name, 0.5) == pytest.approx(0.5)


@pytest.mark.parametrize("kwargs, field_name", [
    ({"speed": 10}, "speed"),
    ({"speed": 0.1}, "speed"),
    ({"speed": float("nan")}, "speed"),
    ({"speed": True}, "speed"),
    ({"speed": "fast"}, "speed"),
    ({"easing": "bouncy"}, "easing"),
    ({"forward": 0}, "forward"),
    ({"loss": -1.0}, "loss"),
    ({"update": math.inf}, "update"),
    ({"batch_norm": 1e9}, "batch_norm"),
    ({"travel": 0.0}, "travel"),
    ({"travel": 1.5}, "travel"),
    ({"layer_factors": (1.0, 0.0)}, "layer_factors[1]"),
])
def test_settings_validation_names_the_field(kwargs, field_name):
    with pytest.raises(SpecError) as err:
        TimingSettings(**kwargs)
    assert err.value.field == field_name
    assert str(err.value).startswith(f"{field_name}: ")


def test_speed_limits_are_inclusive():
    assert TimingSettings(speed=0.25).speed == 0.25
    assert TimingSettings(speed=8).speed == 8
    assert "0.25" in str(pytest.raises(SpecError, TimingSettings, speed=9).value)


def test_schedule_needs_phases():
    with pytest.raises(ValueError):
        schedule(())
