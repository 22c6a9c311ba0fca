"""SceneOptions: how a step is to be drawn, one frozen value for the scene builder (no Qt).

The settled picture (``choreography.settled_scene``) and every moment of the animation
(``choreography.scene_at``) take the same options; a new display switch is one field here
and the one place in the builder that reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .compgraph import DEFAULT_TERMS
from .scene import EDGE_QUANTITIES, NODE_QUANTITIES

AUTO = "auto"  # focus: let the animation pick a unit worth watching (captions.default_focus)


@dataclass(frozen=True)
class SceneOptions:
    """What to show, and how; every field's default is the usual picture.

    ``focus``: (column, node) whose equations (and graph) are shown and which is
    highlighted; "auto" lets the animation pick one (``captions.default_focus``); a settled
    picture shows no equations, so there "auto" highlights nothing; None: no focus.
    ``node_quantity``: "gradient" (|dL/dz|, log scale) or "activation" throughout, or None:
    by phase (activations in the forward pass and the loss phase, gradients in the backward
    pass and the update; gradients in a settled picture).
    ``edge_quantity``: "weight" or "gradient" (dL/dW), or None: gradients in backward phases,
    else weights (the update phase always shows weights).
    ``adaptive``: fit the gradient colour scale to this step instead of 1e-8..1e+2.
    ``node_range``: fixed colour bounds (log10 for gradients, values for activations); with
    ``node_quantity`` None it applies to the gradient phases only (activations are then
    fitted to the step). ``edge_range``: |value| at full colour, used while the edges show
    ``edge_quantity`` (None: the 99th percentile of the step's |values|).
    ``example``: the batch example whose dropout mask is drawn, whose equations, graph and
    loss term are shown (None: a unit counts as dropped only when dropped for every example).
    ``per_example``: node colours are that example's own values instead of batch means.
    ``heatmaps``: per column (inputs first) an (n, H, W) array of each node's output over
    the input plane (or None for a column without), or None.
    ``input_names``: the input nodes' names ("X₁", "sin(X₁)"), drawn beside them, or None.
    ``title``, ``caption``, ``banner``: text drawn with the scene.
    ``graph``: include the focused unit's computational graph, ``graph_terms`` inputs drawn.
    """

    focus: tuple[int, int] | str | None = AUTO
    node_quantity: str | None = None
    edge_quantity: str | None = "weight"
    adaptive: bool = False
    node_range: tuple[float, float] | None = None
    edge_range: float | None = None
    example: int | None = 0
    per_example: bool = False
    heatmaps: Sequence[np.ndarray | None] | None = None
    input_names: tuple[str, ...] | None = None
    title: str = ""
    caption: str = ""
    banner: str | None = None
    graph: bool = False
    graph_terms: int = DEFAULT_TERMS

    def __post_init__(self) -> None:
        if self.node_quantity is not None and self.node_quantity not in NODE_QUANTITIES:
            known = ", ".join(NODE_QUANTITIES)
            raise ValueError(f"node_quantity: unknown {self.node_quantity!r} (known: {known}, or None)")
        if self.edge_quantity is not None and self.edge_quantity not in EDGE_QUANTITIES:
            known = ", ".join(EDGE_QUANTITIES)
            raise ValueError(f"edge_quantity: unknown {self.edge_quantity!r} (known: {known}, or None)")
        if isinstance(self.focus, str) and self.focus != AUTO:
            raise ValueError(f"focus: {self.focus!r} (give (column, node), None or {AUTO!r})")
        if self.heatmaps is not None and not isinstance(self.heatmaps, tuple):
            object.__setattr__(self, "heatmaps", tuple(self.heatmaps))  # frozen all the way down
