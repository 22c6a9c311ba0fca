"""The phases of one training step, and when each plays: pure timing, no Qt, no drawing.

A step plays as:

1. the forward pass, one phase per layer, input side first: ``forward`` of layer l
   computes its weighted sums (the activations travel along the edges into it) and, for
   a layer without batch norm, its activation f(z) too;
2. for a hidden layer with batch norm, a ``batch_norm`` phase right after its
   ``forward`` phase: normalise the weighted sums over the batch, scale and shift, then
   f(z). Batch norm is a phase of its own (not a sub-stage) because it is a batch-wide
   operation a learner should see separately, and a phase gets its own caption and time;
   in the backward pass it has no phase of its own: the layer's ``backward`` phase covers
   it and its caption and equations say so (dL/dz of a layer does not involve its batch
   norm; its weights' gradient does);
3. ``loss``: the prediction against the target at the output;
4. the backward pass, one ``backward`` phase per layer, output layer first, down to the
   first hidden layer: the layer's units take their dL/dz as the gradient wave arrives;
5. ``update``: every weight changes by what the optimizer applied.

Layers are the trace's (0 = first hidden layer, the last = the output layer); layer l is
drawn as column l + 1 of a SceneState. ``schedule`` turns phases and TimingSettings into a
Timeline (start and end of every phase in seconds); ``Timeline.locate(t)`` maps a time
to (phase index, linear progress), and ``ease`` shapes that progress for drawing.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from netviz.engine.spec import NetworkSpec, SpecError
from netviz.engine.trace import StepTrace
from netviz.i18n import translate

from .scene import PHASE_KINDS
from .words import fill, layer_label

WHICH = ("all", "forward", "backward")
SPEED_RANGE = (0.25, 8.0)
MAX_PHASE_SECONDS = 600.0


@dataclass(frozen=True)
class Phase:
    """One phase of a training step: what happens, in which layer, and its short label."""

    kind: str  # one of PHASE_KINDS
    layer: int | None  # the trace's layer index; None for "loss" and "update"
    label: str  # e.g. "Forward: hidden 1", "Batch norm: hidden 2", "Loss", "Update"


def _layer_shape(trace_or_shape: StepTrace | NetworkSpec | Sequence[bool]) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """(layer names, batch norm per layer), output layer last."""
    if isinstance(trace_or_shape, StepTrace):
        layers = trace_or_shape.layers
        return tuple(lt.name for lt in layers), tuple(lt.batch_norm is not None for lt in layers)
    if isinstance(trace_or_shape, NetworkSpec):
        flags = tuple(ls.batch_norm for ls in trace_or_shape.hidden) + (False,)
    else:
        flags = tuple(bool(f) for f in trace_or_shape)
        if not flags:
            raise SpecError("trace_or_shape", "needs at least the output layer (one flag per layer, output last)")
        if flags[-1]:
            raise SpecError("trace_or_shape", "the output layer has no batch norm (its flag must be False)")
    names = tuple(f"hidden {i + 1}" for i in range(len(flags) - 1)) + ("output",)
    return names, flags


def phases_of(trace_or_shape: StepTrace | NetworkSpec | Sequence[bool], *, which: str = "all") -> tuple[Phase, ...]:
    """The phases of one step, in playing order.

    ``trace_or_shape``: a StepTrace, a NetworkSpec, or one batch-norm flag per layer
    (hidden layers first, the output layer last, whose flag is False).
    ``which``: "all" (forward pass, loss, backward pass, update), "forward" (the forward
    pass's phases only: forward and batch_norm) or "backward" (the backward phases only).
    """
    if which not in WHICH:
        raise SpecError("which", f"unknown {which!r} (known: {', '.join(WHICH)})")
    names, bn = _layer_shape(trace_or_shape)
    forward: list[Phase] = []
    labels = [layer_label(name) for name in names]
    for i, label in enumerate(labels):
        forward.append(Phase("forward", i, fill(translate("Picture", "Forward: %1"), label)))
        if bn[i]:
            forward.append(Phase("batch_norm", i, fill(translate("Picture", "Batch norm: %1"), label)))
    backward = [Phase("backward", i, fill(translate("Picture", "Backward: %1"), labels[i]))
                for i in range(len(names) - 1, -1, -1)]
    if which == "forward":
        return tuple(forward)
    if which == "backward":
        return tuple(backward)
    return (*forward, Phase("loss", None, translate("Picture", "Loss")), *backward,
            Phase("update", None, translate("Picture", "Update")))


# ----- easing -------------------------------------------------------------------------
# Each maps linear progress 0..1 to drawn progress 0..1, monotone, with f(0) = 0, f(1) = 1.


def _linear(p: float) -> float:
    return p


def _ease_in(p: float) -> float:
    return p * p


def _ease_out(p: float) -> float:
    return 1.0 - (1.0 - p) * (1.0 - p)


def _ease_in_out(p: float) -> float:
    # Smoothstep: starts and ends at rest, symmetric around the middle.
    return p * p * (3.0 - 2.0 * p)


def _cubic(p: float) -> float:
    # Cubic ease-in-out: a slower start and end than smoothstep.
    return 4.0 * p * p * p if p < 0.5 else 1.0 - (-2.0 * p + 2.0) ** 3 / 2.0


def _sine(p: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * p)


EASINGS: dict[str, Callable[[float], float]] = {
    "linear": _linear,
    "ease_in": _ease_in,
    "ease_out": _ease_out,
    "ease_in_out": _ease_in_out,
    "cubic": _cubic,
    "sine": _sine,
}


def easing(name: str) -> Callable[[float], float]:
    """The easing function called ``name`` (one of EASINGS)."""
    if name not in EASINGS:
        raise SpecError("easing", f"unknown {name!r} (known: {', '.join(EASINGS)})")
    return EASINGS[name]


def ease(name: str, progress: float) -> float:
    """``easing(name)`` applied to progress, clamped to [0, 1] (exactly 0 and 1 at the ends)."""
    p = min(max(float(progress), 0.0), 1.0)
    if p == 0.0 or p == 1.0:
        return p
    return min(max(easing(name)(p), 0.0), 1.0)


# ----- timing -------------------------------------------------------------------------


def wave(s: float, travel: float) -> tuple[float, float]:
    """(front, arrival) at eased progress s through a layer's phase: the wave front on the
    edges, ``min(1, s / travel)``, and how far the units it reaches have lit up over the
    rest of the phase, ``clip((s - travel) / (1 - travel), 0, 1)``; both 0..1."""
    front = min(1.0, s / travel)
    if travel >= 1.0:
        return front, (1.0 if s >= 1.0 else 0.0)
    return front, min(max((s - travel) / (1.0 - travel), 0.0), 1.0)


def _seconds(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SpecError(name, f"must be a finite number of seconds, got {value!r}")
    if not 0.0 < value <= MAX_PHASE_SECONDS:
        raise SpecError(name, f"must be more than 0 and at most {MAX_PHASE_SECONDS:g} seconds, got {value}")


@dataclass(frozen=True)
class TimingSettings:
    """How long each phase plays and how its progress is shaped. Validated on construction:
    an impossible value raises SpecError (a ValueError) naming the field.

    Seconds are at speed 1; a phase plays ``seconds / speed``. ``forward``, ``batch_norm``
    and ``backward`` are per layer (each layer's phase takes that long), times the layer's
    entry in ``layer_factors`` (layer 0 first; missing entries are 1), e.g. to linger on
    the layer a lesson is about.
    """

    forward: float = 0.6
    batch_norm: float = 0.6
    loss: float = 1.0
    backward: float = 0.8
    update: float = 1.0
    speed: float = 1.0  # 0.25 (slow motion) to 8 (fast)
    easing: str = "ease_in_out"  # one of EASINGS
    # Fraction of a forward or backward phase in which the wave travels along the edges;
    # the units it reaches light up (take their value's colour) in the rest of the phase.
    travel: float = 0.6
    layer_factors: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        for kind in PHASE_KINDS:
            _seconds(kind, getattr(self, kind))
        s = self.speed
        if isinstance(s, bool) or not isinstance(s, (int, float)) or not math.isfinite(s):
            raise SpecError("speed", f"must be a number from {SPEED_RANGE[0]:g} to {SPEED_RANGE[1]:g}, got {s!r}")
        if not SPEED_RANGE[0] <= s <= SPEED_RANGE[1]:
            raise SpecError("speed", f"must be from {SPEED_RANGE[0]:g} to {SPEED_RANGE[1]:g}, got {s:g}")
        easing(self.easing)
        t = self.travel
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not (0.0 < t <= 1.0):
            raise SpecError("travel", f"must be more than 0 and at most 1, got {t!r}")
        object.__setattr__(self, "layer_factors", tuple(self.layer_factors))
        for i, f in enumerate(self.layer_factors):
            if isinstance(f, bool) or not isinstance(f, (int, float)) or not math.isfinite(f) or not 0.0 < f <= 100.0:
                raise SpecError(f"layer_factors[{i}]", f"must be more than 0 and at most 100, got {f!r}")

    def seconds(self, phase: Phase) -> float:
        """How long ``phase`` plays at this speed."""
        base = getattr(self, phase.kind)
        if phase.kind in ("forward", "batch_norm", "backward") and phase.layer is not None:
            if 0 <= phase.layer < len(self.layer_factors):
                base *= self.layer_factors[phase.layer]
        return base / self.speed


@dataclass(frozen=True)
class Timeline:
    """When each phase plays: phase i runs over [starts[i], ends[i]) seconds (the last one
    includes its end); ends[i] == starts[i + 1] exactly."""

    phases: tuple[Phase, ...]
    starts: tuple[float, ...]
    ends: tuple[float, ...]

    @property
    def total(self) -> float:
        """The whole step's duration in seconds."""
        return self.ends[-1]

    def duration(self, index: int) -> float:
        return self.ends[index] - self.starts[index]

    def locate(self, t: float) -> tuple[int, float]:
        """(phase index, linear progress 0..1) at time t; t is clamped to [0, total].

        At a boundary between two phases, the later phase at progress 0; at ``total``,
        the last phase at progress 1. The progress is linear in time: easing is applied
        when drawing (``ease``, and ``scene_at`` does it).
        """
        t = float(t)
        if math.isnan(t):
            raise ValueError("t: must be a number of seconds, got NaN")
        if t <= 0.0:
            return 0, 0.0
        if t >= self.total:
            return len(self.phases) - 1, 1.0
        i = bisect_right(self.starts, t) - 1
        progress = (t - self.starts[i]) / (self.ends[i] - self.starts[i])
        return i, min(max(progress, 0.0), 1.0)

    def time_of(self, index: int, progress: float) -> float:
        """The time at which phase ``index`` has reached linear ``progress``."""
        if not 0 <= index < len(self.phases):
            raise IndexError(f"phase index {index} out of range (0..{len(self.phases) - 1})")
        p = min(max(float(progress), 0.0), 1.0)
        return self.starts[index] + p * (self.ends[index] - self.starts[index]) if p < 1.0 else self.ends[index]

    def index_of(self, kind: str, layer: int | None = None) -> int:
        """The index of the first phase of that kind (and layer); ValueError if none."""
        for i, ph in enumerate(self.phases):
            if ph.kind == kind and (layer is None or ph.layer == layer):
                return i
        raise ValueError(f"no {kind!r} phase" + (f" for layer {layer}" if layer is not None else ""))


def schedule(phases: Sequence[Phase], settings: TimingSettings | None = None) -> Timeline:
    """The Timeline of ``phases`` played with ``settings`` (default TimingSettings())."""
    settings = settings or TimingSettings()
    phases = tuple(phases)
    if not phases:
        raise ValueError("phases: at least one phase is needed")
    starts, ends = [], []
    t = 0.0
    for ph in phases:
        if ph.kind not in PHASE_KINDS:
            raise SpecError("phase.kind", f"unknown {ph.kind!r} (known: {', '.join(PHASE_KINDS)})")
        starts.append(t)
        t = t + settings.seconds(ph)
        ends.append(t)
    return Timeline(phases, tuple(starts), tuple(ends))
