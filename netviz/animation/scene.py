"""SceneState: what every node and edge of the picture looks like, as plain data (no Qt).

The renderer draws a SceneState and nothing else; the live view and the exports build
one from a StepTrace with ``scene_from_trace``. Columns run from the inputs (column 0)
to the output layer; edge bundle i joins column i to column i + 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from netviz.engine.trace import StepTrace

NODE_QUANTITIES = ("gradient", "activation")
EDGE_QUANTITIES = ("weight", "gradient")

# The colour bar of |dL/dz| spans these powers of ten unless the scale adapts.
GRADIENT_LOG_RANGE = (-8.0, 2.0)


@dataclass(frozen=True)
class NodeColumn:
    """One column of nodes: the inputs, a hidden layer, or the output layer."""

    name: str  # "input", "hidden 1", ..., "output"
    caption: str  # e.g. "relu, 8 units"
    values: np.ndarray  # (n,) the quantity the fill colour shows; NaN draws a neutral node
    dead: np.ndarray  # (n,) bool: drawn grey and crossed out
    dropped: np.ndarray  # (n,) bool: drawn hollow and dashed, its edges faded
    grad_norm: float | None = None  # the layer's gradient norm (None for the inputs)
    heatmaps: np.ndarray | None = None  # (n, H, W) each node's output over the input plane
    frozen: bool = False
    batch_norm: bool = False

    @property
    def units(self) -> int:
        return int(self.values.shape[0])

    @property
    def dead_count(self) -> int:
        return int(self.dead.sum())


@dataclass(frozen=True)
class EdgeBundle:
    """The edges from one column to the next."""

    values: np.ndarray  # (n_in, n) weights or dL/dW, signed
    fade: np.ndarray | None = None  # (n_in, n) opacity factor in [0, 1]; None: all 1


@dataclass(frozen=True)
class SceneState:
    """Everything the renderer needs to draw one frame."""

    columns: tuple[NodeColumn, ...]
    edges: tuple[EdgeBundle, ...]
    node_quantity: str = "gradient"  # "gradient": |dL/dz| on a log scale; "activation": a
    edge_quantity: str = "weight"  # "weight": W; "gradient": dL/dW
    node_range: tuple[float, float] = GRADIENT_LOG_RANGE  # log10 bounds for gradients, value bounds for activations
    edge_range: float = 1.0  # |value| at full colour and width
    step: int = 0  # the step shown, counted from 1 (the trace's 0-based index + 1)
    loss: float | None = None
    val_loss: float | None = None
    title: str = ""
    caption: str = ""
    banner: str | None = None  # e.g. divergence: drawn across the view
    example: int | None = 0  # the batch example whose dropout mask is drawn
    focus: tuple[int, int] | None = None  # (column, node) highlighted
    extra: dict = field(default_factory=dict)  # room for later stages (animation phases)


def _log_range(values: list[np.ndarray]) -> tuple[float, float]:
    """Powers of ten that cover the positive values, at least two decades wide."""
    flat = np.concatenate([v[np.isfinite(v) & (v > 0)] for v in values]) if values else np.empty(0)
    if flat.size == 0:
        return GRADIENT_LOG_RANGE
    lo, hi = np.floor(np.log10(flat.min())), np.ceil(np.log10(flat.max()))
    if hi - lo < 2:
        lo = hi - 2
    return float(lo), float(hi)


def scene_from_trace(
    trace: StepTrace,
    *,
    node_quantity: str = "gradient",
    edge_quantity: str = "weight",
    adaptive: bool = False,
    node_range: tuple[float, float] | None = None,
    edge_range: float | None = None,
    example: int | None = 0,
    heatmaps: list[np.ndarray] | None = None,
    title: str = "",
    caption: str = "",
    banner: str | None = None,
    focus: tuple[int, int] | None = None,
) -> SceneState:
    """The settled picture of a step: every node and edge as the trace recorded it.

    Node colours are batch means (|dL/dz| or the activation); the dropout mask drawn is
    that of batch example ``example`` (None: a unit counts as dropped only when dropped
    for every example). ``heatmaps``: per column (inputs first) an (n, H, W) array, or None.
    ``adaptive`` fits the node scale to this step's values, else the fixed 1e-8..1e+2 range
    (or ``node_range`` when given).
    """
    if node_quantity not in NODE_QUANTITIES:
        raise ValueError(f"node_quantity: unknown {node_quantity!r} (known: {', '.join(NODE_QUANTITIES)})")
    if edge_quantity not in EDGE_QUANTITIES:
        raise ValueError(f"edge_quantity: unknown {edge_quantity!r} (known: {', '.join(EDGE_QUANTITIES)})")
    n_inputs = trace.inputs.shape[1]
    example_row = None if example is None else min(example, trace.inputs.shape[0] - 1)
    input_values = np.abs(trace.inputs).mean(axis=0) if node_quantity == "activation" else np.full(n_inputs, np.nan)
    columns = [
        NodeColumn(
            name="input",
            caption=f"{n_inputs} inputs",
            values=input_values,
            dead=np.zeros(n_inputs, bool),
            dropped=np.zeros(n_inputs, bool),
            heatmaps=heatmaps[0] if heatmaps else None,
        )
    ]
    edges = []
    prev_dropped = columns[0].dropped
    for i, lt in enumerate(trace.layers):
        if node_quantity == "gradient":
            values = lt.node_grad_magnitude
        else:
            values = lt.activation.mean(axis=0)
        mask = lt.dropout_mask
        dropped = ~mask[example_row] if example_row is not None else ~mask.any(axis=0)
        kind = lt.activation_name if i < len(trace.layers) - 1 else f"{lt.activation_name} output"
        columns.append(
            NodeColumn(
                name=lt.name,
                caption=f"{kind}, {lt.units}",
                values=np.asarray(values, dtype=float),
                dead=lt.dead_units,
                dropped=dropped,
                grad_norm=lt.grad_norm,
                heatmaps=heatmaps[i + 1] if heatmaps else None,
                frozen=lt.frozen,
                batch_norm=lt.batch_norm is not None,
            )
        )
        edge_values = lt.weights if edge_quantity == "weight" else lt.weight_grad
        fade = None
        if prev_dropped.any() or dropped.any():
            # A dropped unit's edges carry nothing this step: both its inputs and its outputs fade.
            keep = np.outer(~prev_dropped, ~dropped)
            fade = np.where(keep, 1.0, 0.15)
        edges.append(EdgeBundle(values=edge_values, fade=fade))
        prev_dropped = dropped
    if node_range is None:
        if node_quantity == "gradient":
            node_range = _log_range([c.values for c in columns[1:]]) if adaptive else GRADIENT_LOG_RANGE
        else:
            finite = np.concatenate([c.values[np.isfinite(c.values)] for c in columns])
            lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
            node_range = (min(lo, 0.0), max(hi, lo + 1e-9))
    if edge_range is None:
        magnitudes = np.concatenate([np.abs(e.values[np.isfinite(e.values)]).ravel() for e in edges])
        # The 99th percentile, so that one huge weight does not wash out all the others.
        edge_range = float(np.percentile(magnitudes, 99)) if magnitudes.size else 1.0
        edge_range = edge_range if edge_range > 0 else 1.0
    return SceneState(
        columns=tuple(columns),
        edges=tuple(edges),
        node_quantity=node_quantity,
        edge_quantity=edge_quantity,
        node_range=node_range,
        edge_range=edge_range,
        step=trace.step + 1,
        loss=trace.loss,
        val_loss=trace.val_loss,
        title=title,
        caption=caption,
        banner=banner,
        example=example,
        focus=focus,
    )
