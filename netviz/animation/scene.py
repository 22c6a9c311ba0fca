"""SceneState: what every node and edge of the picture looks like, as plain data (no Qt).

The renderer draws a SceneState and nothing else; the live view and the exports build
one from a StepTrace with the scene builder, ``netviz.animation.choreography``:
``settled_scene`` (the settled picture of a step) or, frame by frame, ``scene_at`` (one
moment of the step's animation). Columns run from the inputs (column 0) to the output layer; edge bundle i
joins column i to column i + 1, so layer l of a trace is column l + 1 and its incoming
weights are bundle l.

Every field added for the animation is optional, and its default means "the settled
picture": a renderer that ignores them all draws a settled scene correctly, and
``settled_scene`` sets none of them. Their exact meaning is documented at each field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass

import numpy as np

from netviz.engine.trace import StepTrace

NODE_QUANTITIES = ("gradient", "activation")
EDGE_QUANTITIES = ("weight", "gradient")
PHASE_KINDS = ("forward", "batch_norm", "loss", "backward", "update")  # see netviz.animation.phases
GRAPH_NODE_KINDS = (
    "input", "weight", "multiply", "more", "add", "bias", "batch_norm", "activation", "dropout", "output",
)

# The colour bar of the node gradient |dl_i/dz| (each example's own loss, mean over the
# batch) spans these powers of ten unless the scale adapts.
GRADIENT_LOG_RANGE = (-8.0, 2.0)


@dataclass(frozen=True)
class LossView:
    """The loss at the output layer: the prediction against the target.

    Set from the loss phase on. Draw it beside the output column: for each output unit
    its prediction and its target, and the loss value.
    """

    output_kind: str  # "sigmoid", "softmax" or "linear"
    loss_name: str  # "binary cross-entropy", "cross-entropy" or "mean squared error"
    prediction: np.ndarray  # (k,) per output unit: the shown example's prediction (batch mean when example is None)
    target: np.ndarray  # (k,) the same for the target
    loss: float  # the batch's data loss (the trace's loss: a mean, see count)
    penalty: float  # the regularization penalty added to it in L (0.0 without l1/l2)
    count: int  # how many terms the mean is over: B * k (BCE, MSE) or B (cross-entropy)
    example_loss: float | None = None  # the shown example's own loss term (loss is the mean of these); None with example None
    emphasis: float = 1.0  # 0..1: fades in during the loss phase, 1 afterwards


@dataclass(frozen=True)
class GraphNode:
    """One node of a focused unit's computational graph (see CompGraph)."""

    kind: str  # one of GRAPH_NODE_KINDS
    # Short text for the node: "x2" / "a3" (input), "w2" (weight), "×" (multiply),
    # "+ 58 more" (more: the other inputs' products summed), "+" (add), "b" (bias),
    # "BN", the activation's name ("relu"), "dropout", "a" / "L" (output).
    label: str
    # Forward value for the graph's example; None: not computed yet at this moment.
    value: float | None
    # dL/d(this node's value) for the graph's example: this example's share of the
    # gradient (the trace's dL/dW and dL/db are these shares summed over the batch, plus
    # the regularization gradient); None: the backward wave has not reached this node yet
    # (or the node has no gradient of its own: see ``note``).
    gradient: float | None
    # (column, row) in graph units: columns left (leaves: inputs, weights) to right (the
    # output), one unit apart; rows top to bottom, may be fractional (a node centred
    # between two rows). Scale both to the space available.
    position: tuple[float, float]
    # Weight and bias nodes in the update phase: the change this step applied (the
    # trace's update); ``value`` is then before + progress * change, progress being
    # SceneState.phase_progress. None elsewhere.
    change: float | None = None
    note: str = ""  # a longer explanation for a tooltip, e.g. "per example", "couples the batch"


@dataclass(frozen=True)
class CompGraph:
    """The computational graph of one unit: z = sum_i w_i * a_i + b -> (batch norm) -> f -> (dropout).

    Weights are nodes of the graph, as in the lessons' source documents. Edges run in the
    forward direction (from an operand to the operation using it); in backward phases the
    gradient travels them in reverse.
    """

    focus: tuple[int, int]  # (column, node) of the unit in the scene
    example: int  # the batch example whose values and gradients are shown
    title: str  # e.g. "hidden 2, unit 3 - example 1" (units and examples counted from 1)
    nodes: tuple[GraphNode, ...]
    edges: tuple[tuple[int, int], ...]  # (from, to) indices into nodes, forward direction
    size: tuple[float, float]  # (columns, rows): the extent of the node positions
    folded_terms: int = 0  # how many inputs the "more" node stands for (0: no such node)
    # The wave in the graph at this moment: None (none), "forward" (the unit's layer's
    # forward or batch_norm phase: values appear from the leaves to the output; ``flow``
    # is the front, 0 at the leaves, 1 at the output) or "backward" (its backward phase:
    # gradients appear from the output back to the leaves; ``flow`` 0 at the output, 1 at
    # the leaves). A node's value or gradient is set once the front has passed it.
    flow_direction: str | None = None
    flow: float | None = None


@dataclass(frozen=True)
class NodeColumn:
    """One column of nodes: the inputs, a hidden layer, or the output layer."""

    name: str  # "input", "hidden 1", ..., "output"
    caption: str  # the kind and the number of units, e.g. "relu, 8" or "sigmoid output, 1"
    values: np.ndarray  # (n,) the quantity the fill colour shows; NaN draws a neutral node
    dead: np.ndarray  # (n,) bool: drawn grey and crossed out
    dropped: np.ndarray  # (n,) bool: drawn hollow and dashed, its edges not drawn
    grad_norm: float | None = None  # the layer's gradient norm (None for the inputs)
    heatmaps: np.ndarray | None = None  # (n, H, W) each node's output over the input plane
    frozen: bool = False
    batch_norm: bool = False
    # (n,) bool or None: saturated units, a sigmoid/tanh unit whose slope f'(z) is below 1% of
    # its maximum on every example scanned (the trace's ``saturated_units``): it passes almost
    # no gradient, how vanishing gradients start. Drawn apart from dead units (which pass none).
    saturated: np.ndarray | None = None
    # --- animation (defaults: settled) ---
    # How far the pass under way has got to this column, 0..1 (the forward pass in
    # forward and batch_norm phases, the backward pass in backward phases; 1 in the loss
    # and update phases and for the inputs column). 1: reached, draw normally. 0: not
    # reached yet: draw the nodes dim (ghosted). In between: the wave is arriving: fade
    # from dim to full by this fraction. Separately, ``values`` are NaN wherever the
    # quantity shown is not known at this moment (activations of columns the forward pass
    # has not reached, gradients of columns the backward pass has not reached), drawn as
    # the usual neutral "no value" node; where emphasis is between 0 and 1 the values
    # are already the ones arriving.
    emphasis: float = 1.0
    # (n,) bool or None. True: the backward wave stops at this unit: its dL/dz is exactly 0
    # for the example(s) the colours show (every example of the batch, or the shown one
    # when the scene is per example). Dead ReLU units are the usual case (f'(z) = 0); draw
    # the arriving wave ending at the node, and nothing leaving it towards the inputs.
    # A ``dropped`` unit is absent altogether, which takes precedence over ``blocked``.
    # None: no gradient is shown for this column (forward phases, settled scenes).
    blocked: np.ndarray | None = None
    # (n,) or None: the units' biases b, set in the update phase only, where they move
    # from b (progress 0) to b + delta_b (progress 1) like the edges; for a renderer that
    # shows biases (e.g. a ring or a label). None: do not show biases.
    biases: np.ndarray | None = None
    # (n,) or None: each node's own name, drawn beside it (the input features: "X₁", "sin(X₁)").
    node_names: tuple[str, ...] | None = None

    @property
    def units(self) -> int:
        return int(self.values.shape[0])

    @property
    def dead_count(self) -> int:
        return int(self.dead.sum())

    @property
    def saturated_count(self) -> int:
        return 0 if self.saturated is None else int(np.asarray(self.saturated, bool).sum())


@dataclass(frozen=True)
class EdgeBundle:
    """The edges from one column to the next."""

    values: np.ndarray  # (n_in, n) weights or dL/dW, signed
    fade: np.ndarray | None = None  # (n_in, n) opacity factor in [0, 1] (0: not drawn); None: all 1
    # --- animation (defaults: settled) ---
    # How far ``values`` are known at this moment, 0..1. 1: known, draw normally (always
    # so for weights). 0: not computed yet (dL/dW before the backward pass reaches this
    # layer; ``values`` are then zeros): draw the edges faint. In between: they are being
    # computed (the backward phase of the layer these edges feed): fade in.
    emphasis: float = 1.0
    # A wave travelling along these edges: None, no wave. Otherwise the position of the
    # wave front along every carrying edge, 0..1 from its source end to its destination
    # end (forward: source in column i; backward: source in column i + 1). It reaches 1
    # when the wave arrives and stays 1 while the destination nodes light up (their
    # emphasis rises). Draw e.g. a bright dot or a lit segment up to that fraction.
    flow: float | None = None
    # "forward": the wave goes from column i to column i + 1 (activations, forward pass);
    # "backward": from column i + 1 back to column i (gradients, backward pass).
    flow_direction: str = "forward"
    # (n_in, n) bool or None: which edges carry the wave; None: all of them. False for
    # edges of dropped units (absent this step, faded to nothing) and, going backward, for edges leaving a
    # blocked unit (nothing flows out of a dead unit).
    carries: np.ndarray | None = None
    # (n_in, n) or None: the change the update applied to these weights this step
    # (W_after - W_before, the trace's weight_update), set in the update phase only, where
    # ``values`` are W + progress * change; e.g. to highlight the edges that moved most.
    change: np.ndarray | None = None


@dataclass(frozen=True)
class SceneState:
    """Everything the renderer needs to draw one frame.

    A frame of the animation (``phase_kind`` not "") differs from the settled picture in
    what is not known yet at that moment: ``loss`` is None before the loss phase,
    ``val_loss`` None until the update is complete (it is measured after it), a column's
    ``grad_norm`` None until the backward pass reaches it. ``node_quantity`` and
    ``edge_quantity`` may change from phase to phase (activations in the forward pass,
    gradients in the backward pass, weights in the update); ``node_range`` and
    ``edge_range`` are fitted to the whole step, so they hold still through its phases.
    """

    columns: tuple[NodeColumn, ...]
    edges: tuple[EdgeBundle, ...]
    node_quantity: str = "gradient"  # "gradient": |dl_i/dz| (per example) on a log scale; "activation": the activation a
    edge_quantity: str = "weight"  # "weight": W; "gradient": dL/dW
    node_range: tuple[float, float] = GRADIENT_LOG_RANGE  # log10 bounds for gradients, value bounds for activations
    edge_range: float = 1.0  # |value| at full colour and width
    step: int = 0  # the step shown, counted from 1 (the trace's 0-based index + 1)
    loss: float | None = None
    val_loss: float | None = None
    # The share of the batch classified right (known with ``loss``) and of the validation set
    # (with ``val_loss``); None for regression, or where the scene was asked not to show them.
    accuracy: float | None = None
    val_accuracy: float | None = None
    title: str = ""
    caption: str = ""
    banner: str | None = None  # e.g. divergence: drawn across the view
    example: int | None = 0  # the batch example whose dropout mask is drawn
    focus: tuple[int, int] | None = None  # (column, node) highlighted
    # --- animation (defaults: settled, no animation) ---
    # The phase of the training step shown: "" (settled picture, not animating) or one of
    # PHASE_KINDS: "forward", "batch_norm", "loss", "backward", "update".
    phase_kind: str = ""
    phase_layer: int | None = None  # the trace's layer of the phase (0 = first hidden); None for loss/update
    phase_progress: float = 1.0  # progress through the phase, 0..1, eased (TimingSettings.easing): use it as is
    active_column: int | None = None  # the column being computed in this phase (phase_layer + 1), or None
    phase_label: str = ""  # short, e.g. "Backward: hidden 2" (a title-bar chip)
    phase_caption: str = ""  # one or two plain sentences on what happens in this phase
    # The focused node's equations with this step's numbers, one line each (monospace
    # suits them), e.g. "dL/dz = f'(z) * sum_k w_k dL/dz_k = 0.25 * 0.031 = 0.0078".
    equation: tuple[str, ...] = ()
    loss_view: LossView | None = None  # prediction against target at the output (loss phase onward)
    comp_graph: CompGraph | None = None  # the focused node's computational graph, when expanded


def log_range(values: list[np.ndarray]) -> tuple[float, float]:
    """Powers of ten that cover the positive values, at least two decades wide."""
    flat = np.concatenate([v[np.isfinite(v) & (v > 0)] for v in values]) if values else np.empty(0)
    if flat.size == 0:
        return GRADIENT_LOG_RANGE
    lo, hi = np.floor(np.log10(flat.min())), np.ceil(np.log10(flat.max()))
    if hi - lo < 2:
        lo = hi - 2
    return float(lo), float(hi)


def adaptive_gradient_range(trace: StepTrace) -> tuple[float, float]:
    """The log10 bounds of this step's node colours, mean |dl_i/dz| (what ``adaptive=True``
    fits the scale to), without building a scene: the window asks for it every frame."""
    return log_range([np.asarray(lt.example_grad_magnitude, dtype=float) for lt in trace.layers])


def scenes_equal(a: object, b: object) -> bool:
    """True when two scenes (or any of their parts) hold the same data.

    Dataclasses compare field by field, numpy arrays by dtype, shape and values (NaN
    equal to NaN), floats with NaN equal to NaN; ``==`` on a SceneState cannot be used,
    since it compares the arrays inside element-wise.
    """
    return _same(a, b)


def _same(a: object, b: object) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)):
            return False
        if a.dtype != b.dtype or a.shape != b.shape:
            return False
        return bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if type(a) is not type(b):
        return False
    if is_dataclass(a):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in fields(a))
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):  # (b is of a's type: see above)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, float):
        return a == b or (a != a and b != b)
    return a == b
