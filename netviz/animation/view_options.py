"""What the picture of a step is drawn with besides the trace, and the one call to the scene builder (no Qt).

The window's view model and the export both describe a picture as a ``ViewState`` (display
switches, focus, texts, colour range, output maps) and, for a moment of the step's
animation, a ``Moment``; ``build_scene`` turns them and a trace into a SceneState. It is the
only place outside the scene builders that calls them, so that the window and every export
draw a step the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from netviz.engine.trace import StepTrace

from .choreography import scene_at, settled_scene
from .input_maps import InputPicture
from .options import AUTO, SceneOptions
from .phases import Phase, TimingSettings
from .scene import EDGE_QUANTITIES, GRADIENT_LOG_RANGE, SceneState, adaptive_gradient_range

NODE_DISPLAYS = ("gradient", "activation", "heatmap")  # "heatmap": each node's output map over the input plane
SCALES = ("fixed", "adaptive")
HEATMAP_RANGE = (-1.0, 1.0)  # output maps are stretched to this per column (heatmaps_from_grid)


@dataclass(frozen=True)
class DisplayOptions:
    """The display switches: what the nodes and edges show and how.

    ``nodes``: "gradient" (|dL/dz|; the animation shows activations in the forward pass),
    "activation", or "heatmap" (each node's output over the input plane, where the data set
    has 2 inputs; else as "gradient"). ``adaptive``: the |dL/dz| colour range follows the
    step's values instead of 1e-8..1e+2. ``example``: the batch example whose dropout mask
    (and, with ``per_example``, whose values in the animation) are shown. ``graph``: the
    focused unit's computational graph in the animation.
    """

    nodes: str = "gradient"
    edges: str = "weight"
    adaptive: bool = False
    example: int | None = 0
    per_example: bool = False
    graph: bool = False

    def __post_init__(self) -> None:
        if self.nodes not in NODE_DISPLAYS:
            raise ValueError(f"nodes: unknown {self.nodes!r} (known: {', '.join(NODE_DISPLAYS)})")
        if self.edges not in EDGE_QUANTITIES:
            raise ValueError(f"edges: unknown {self.edges!r} (known: {', '.join(EDGE_QUANTITIES)})")

    def switched(self, key: str, value: str) -> DisplayOptions:
        """These options with one of the control panel's switches set: ("nodes", "activation"),
        ("edges", "gradient") or ("scale", "adaptive")."""
        if key == "nodes":
            return replace(self, nodes=value)
        if key == "edges":
            return replace(self, edges=value)
        if key == "scale":
            if value not in SCALES:
                raise ValueError(f"scale: unknown {value!r} (known: {', '.join(SCALES)})")
            return replace(self, adaptive=value == "adaptive")
        raise ValueError(f"unknown display switch {key!r} (known: nodes, edges, scale)")

    @property
    def follows_gradient_range(self) -> bool:
        """The adaptive range applies: the nodes show |dL/dz| (or output maps, which fall back to it)."""
        return self.adaptive and self.nodes != "activation"


@dataclass(frozen=True)
class ViewState:
    """Everything besides the trace and the moment that decides a step's picture."""

    display: DisplayOptions = field(default_factory=DisplayOptions)
    title: str = ""
    caption: str = ""
    banner: str | None = None
    focus: tuple[int, int] | None = None  # (column, node); None: the animation picks one
    node_range: tuple[float, float] | None = None  # the adaptive |dL/dz| range (log10), None: fixed
    # Per column (inputs first) an (n, H, W) output map stretched to [-1, 1], or None.
    heatmaps: tuple[np.ndarray, ...] | None = field(default=None, compare=False)
    # The input nodes' names and their own maps of the input plane (2-input data sets), or None.
    inputs: InputPicture | None = None


@dataclass(frozen=True)
class Moment:
    """A moment of a step's animation: ``progress`` (linear, 0..1) through ``phases[index]``."""

    phases: tuple[Phase, ...]
    index: int
    progress: float
    settings: TimingSettings


def build_scene(trace: StepTrace, view: ViewState, moment: Moment | None = None) -> SceneState:
    """The picture of ``trace`` as ``view`` describes it: settled (``moment`` None) or at a moment of its animation."""
    d = view.display
    node_quantity = "activation" if d.nodes == "activation" else "gradient"
    node_range = view.node_range
    heatmaps: tuple[np.ndarray | None, ...] | None = None
    if d.nodes == "heatmap" and view.heatmaps is not None:
        # Maps are stretched to [-1, 1] per layer; the colour bar shows that scale.
        heatmaps, node_range, node_quantity = view.heatmaps, HEATMAP_RANGE, "activation"
    if view.inputs is not None and view.inputs.always:
        # With input features the input nodes show their names and their own feature over the
        # plane, each in its own colour range (x1² beside x1): what each input is, is the point.
        # The raw x1, x2 stay drawn as before.
        rest = heatmaps[1:] if heatmaps is not None else (None,) * len(trace.layers)
        heatmaps = (view.inputs.maps, *rest)
    options = SceneOptions(
        title=view.title, caption=view.caption, banner=view.banner, example=d.example, edge_quantity=d.edges,
        node_range=node_range, heatmaps=heatmaps,
        input_names=view.inputs.names if view.inputs is not None and view.inputs.always else None,
        focus=view.focus if moment is None or view.focus is not None else AUTO,
        # In the animation, None lets each phase pick (activations forward, |dL/dz| backward).
        node_quantity=node_quantity if moment is None or d.nodes != "gradient" else None,
        graph=d.graph and moment is not None, per_example=d.per_example and moment is not None,
    )
    if moment is None:
        return settled_scene(trace, options)
    return scene_at(trace, moment.index, moment.progress, options, phases=moment.phases, settings=moment.settings)


class AdaptiveRange:
    """The adaptive |dL/dz| colour range (log10 bounds), smoothed: it widens at once and
    narrows by ``narrow_by`` decades per update, so that colours do not flicker from step to step."""

    def __init__(self, narrow_by: float = 0.05, start: tuple[float, float] = GRADIENT_LOG_RANGE):
        self.narrow_by = narrow_by
        self.start = start
        self.bounds = start

    def reset(self) -> None:
        self.bounds = self.start

    def follow(self, trace: StepTrace) -> tuple[float, float]:
        """Move toward ``trace``'s range; returns the new bounds."""
        lo, hi = adaptive_gradient_range(trace)
        old_lo, old_hi = self.bounds
        self.bounds = (min(lo, old_lo + self.narrow_by), max(hi, old_hi - self.narrow_by))
        return self.bounds
