"""One moment of a training step's animation: (trace, phase, progress) -> SceneState, a pure function.

``scene_at`` builds the SceneState of a moment from the trace alone: the same arguments
always give an equal scene (``scenes_equal``), whatever was computed before, so scrubbing
back and forth through a step, or through the history of steps, shows exactly the same
pictures. Nothing is cached or kept between calls.

What each phase shows (layer l of the trace is column l + 1; s = eased progress; T =
TimingSettings.travel; the wave front on the edges is at min(1, s / T), and the units it
reaches light up over the rest of the phase, emphasis = clip((s - T) / (1 - T), 0, 1)):

- forward, layer l: columns 0..l show their values; the wave runs forward along bundle l
  (edges into column l + 1, carried only between units not dropped for the shown
  example); column l + 1 lights up with its output a (for a batch-norm layer: its
  weighted sum, before normalising); later columns are not computed yet (NaN, emphasis 0).
  The wave leaves every unit that is neither dropped nor dead (a dead unit sends 0).
- batch_norm, layer l: column l + 1's values go (tween) from the weighted sums to the
  layer's output after batch norm, activation and dropout.
- loss: every column computed; ``loss_view`` (prediction against target) fades in.
- backward, layer l (output first): columns above l + 1 show their dL/dz; the wave runs
  backward along bundle l + 1 (from column l + 2 into column l + 1; for the output layer
  it comes from the loss); column l + 1's units take their |dL/dz| colour as it arrives;
  units whose dL/dz is exactly 0 are ``blocked`` (dead units: the wave stops there, and
  no edge carries it further down from them); lower columns have no gradient yet.
  With edges showing gradients, bundle l's dL/dW appears with column l + 1.
- update: every weight moves from W (s = 0) to W + weight_update (s = 1), edges always
  show weights then; biases likewise on NodeColumn.biases.

Node colours are batch means, as in ``scene_from_trace`` (``per_example=True``: example
``example``'s own values); the dropout mask drawn is always that of ``example``.
"""

from __future__ import annotations

import numpy as np

from netviz.engine.losses import LOSS_NAMES
from netviz.engine.trace import StepTrace

from . import backprop as bp
from . import captions
from .compgraph import DEFAULT_TERMS, comp_graph
from .phases import Phase, Timeline, TimingSettings, ease, phases_of, schedule
from .scene import (
    EDGE_QUANTITIES,
    GRADIENT_LOG_RANGE,
    NODE_QUANTITIES,
    EdgeBundle,
    LossView,
    NodeColumn,
    SceneState,
    _log_range,
)

AUTO = "auto"
FORWARD_KINDS = ("forward", "batch_norm")


def _wave(s: float, travel: float) -> tuple[float, float]:
    """(wave front on the edges, arrival at the units), both 0..1, at eased progress s."""
    front = min(1.0, s / travel)
    if travel >= 1.0:
        return front, (1.0 if s >= 1.0 else 0.0)
    return front, min(max((s - travel) / (1.0 - travel), 0.0), 1.0)


def _rows(a: np.ndarray, row: int | None) -> np.ndarray:
    """One example's row, or the batch mean."""
    return np.asarray(a[row] if row is not None else a.mean(axis=0), dtype=float)


def _loss_view(trace: StepTrace, row: int | None, emphasis: float) -> LossView:
    out = trace.layers[-1]
    kind = out.activation_name
    batch, k = trace.targets.shape
    example_loss = None
    if row is not None:
        z = np.asarray(out.pre_activation[row], dtype=float)
        y = np.asarray(trace.targets[row], dtype=float)
        with np.errstate(all="ignore"):
            if kind == "sigmoid":
                example_loss = float((np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))).mean())
            elif kind == "softmax":
                shifted = z - z.max()
                example_loss = float(-(y * (shifted - np.log(np.exp(shifted).sum()))).sum())
            else:
                example_loss = float(((z - y) ** 2).mean())
    return LossView(
        output_kind=kind,
        loss_name=LOSS_NAMES.get(kind, kind),
        prediction=_rows(out.activation, row),
        target=_rows(trace.targets, row),
        loss=float(trace.loss),
        penalty=float(trace.penalty),
        count=batch if kind == "softmax" else batch * k,
        example_loss=example_loss,
        emphasis=emphasis,
    )


def _edge_range(bundles: list[np.ndarray]) -> float:
    """As scene_from_trace: the 99th percentile of |value|, so one huge value does not wash out the rest."""
    magnitudes = np.concatenate([np.abs(v[np.isfinite(v)]).ravel() for v in bundles]) if bundles else np.empty(0)
    r = float(np.percentile(magnitudes, 99)) if magnitudes.size else 1.0
    return r if r > 0 else 1.0


@bp.quiet
def scene_at(
    trace: StepTrace,
    phase_index: int,
    progress: float,
    *,
    phases: tuple[Phase, ...] | None = None,
    settings: TimingSettings | None = None,
    focus: tuple[int, int] | None | str = AUTO,
    node_quantity: str | None = None,
    edge_quantity: str | None = "weight",
    adaptive: bool = False,
    node_range: tuple[float, float] | None = None,
    edge_range: float | None = None,
    example: int | None = 0,
    per_example: bool = False,
    heatmaps: list[np.ndarray] | None = None,
    title: str = "",
    caption: str = "",
    banner: str | None = None,
    graph: bool = False,
    graph_terms: int = DEFAULT_TERMS,
    leaky_slope: float | None = None,
    elu_alpha: float | None = None,
) -> SceneState:
    """The scene at linear ``progress`` (0..1) through phase ``phases[phase_index]`` of this step.

    ``phases``: default ``phases_of(trace)``. ``settings``: easing (applied to
    ``progress`` here) and travel. ``focus``: (column, node) whose equations (and graph)
    are shown; "auto" picks ``captions.default_focus``; None shows none.
    ``node_quantity``: None picks by phase ("activation" in the forward pass and the loss
    phase, "gradient" in the backward pass and the update), or "gradient"/"activation"
    throughout. ``edge_quantity``: "weight" (default), "gradient", or None ("gradient" in
    backward phases, else "weight"); the update phase always shows weights.
    ``node_range``: as scene_from_trace when ``node_quantity`` is given; with None it is
    used for the gradient phases only (activations are then fitted to the step).
    ``edge_range``: used whenever the edges show ``edge_quantity`` (None: the weights).
    Ranges are fitted to the whole step (not the moment), so colours hold still through
    its phases. ``graph``: include the focused unit's computational graph (``graph_terms``
    inputs drawn). ``leaky_slope``/``elu_alpha``: see captions.chain_rule.
    Other arguments as ``scene_from_trace``.
    """
    if node_quantity is not None and node_quantity not in NODE_QUANTITIES:
        raise ValueError(f"node_quantity: unknown {node_quantity!r} (known: {', '.join(NODE_QUANTITIES)}, or None)")
    if edge_quantity is not None and edge_quantity not in EDGE_QUANTITIES:
        raise ValueError(f"edge_quantity: unknown {edge_quantity!r} (known: {', '.join(EDGE_QUANTITIES)}, or None)")
    phases = phases_of(trace) if phases is None else tuple(phases)
    if not 0 <= phase_index < len(phases):
        raise IndexError(f"phase_index: {phase_index} out of range (0..{len(phases) - 1})")
    p = float(progress)
    if not 0.0 <= p <= 1.0:  # also NaN
        raise ValueError(f"progress: must be from 0 to 1, got {progress!r}")
    settings = settings or TimingSettings()
    phase = phases[phase_index]
    kind, ph_layer = phase.kind, phase.layer
    s = ease(settings.easing, p)
    front, arrival = _wave(s, settings.travel)

    layers = trace.layers
    n_layers = len(layers)
    batch = trace.inputs.shape[0]
    row = None if example is None else min(max(int(example), 0), batch - 1)
    value_row = row if per_example else None
    quantity = node_quantity or ("activation" if kind in (*FORWARD_KINDS, "loss") else "gradient")
    edges_show = "weight" if kind == "update" else (edge_quantity or ("gradient" if kind == "backward" else "weight"))
    if isinstance(focus, str):
        if focus != AUTO:
            raise ValueError(f"focus: {focus!r} (give (column, node), None or 'auto')")
        focus = captions.default_focus(trace, example)
    elif focus is not None:
        focus = captions.check_focus(trace, focus)

    # Settled values of every column: what is shown once computed.
    inputs = np.asarray(trace.inputs[value_row], dtype=float) if value_row is not None else np.abs(trace.inputs).mean(axis=0)
    act_cols = [inputs] + [_rows(lt.activation, value_row) for lt in layers]
    grad_cols = [np.full(trace.inputs.shape[1], np.nan)] + [
        np.abs(np.asarray(lt.node_grad[value_row], dtype=float)) if value_row is not None
        else np.asarray(lt.node_grad_magnitude, dtype=float) for lt in layers]
    dropped_cols = [np.zeros(trace.inputs.shape[1], bool)] + [
        ~lt.dropout_mask[row] if row is not None else ~lt.dropout_mask.any(axis=0) for lt in layers]
    blocked_cols = [None] + [~np.any(lt.node_grad[value_row:value_row + 1] != 0, axis=0) if value_row is not None
                             else ~np.any(lt.node_grad != 0, axis=0) for lt in layers]

    def emphasis(c: int) -> float:
        if c == 0:
            return 1.0
        if kind in FORWARD_KINDS:
            active = ph_layer + 1
            return 1.0 if c < active else (0.0 if c > active else (arrival if kind == "forward" else 1.0))
        if kind == "backward":
            active = ph_layer + 1
            return 1.0 if c > active else (0.0 if c < active else arrival)
        return 1.0

    def gradient_known(c: int) -> bool:
        return c > 0 and (kind == "update" or (kind == "backward" and c >= ph_layer + 1))

    def activation_values(c: int) -> np.ndarray:
        if c == 0 or kind not in FORWARD_KINDS or c < ph_layer + 1:
            return act_cols[c]
        if c > ph_layer + 1:
            return np.full(act_cols[c].shape, np.nan)
        bn = layers[c - 1].batch_norm
        if bn is None:
            return act_cols[c]
        linear = _rows(bn.linear, value_row)
        return linear if kind == "forward" else (1.0 - s) * linear + s * act_cols[c]

    columns = []
    n_inputs = trace.inputs.shape[1]
    for c in range(n_layers + 1):
        if quantity == "activation":
            values = activation_values(c)
        else:
            values = grad_cols[c] if gradient_known(c) else np.full(grad_cols[c].shape, np.nan)
        if c == 0:
            columns.append(NodeColumn(
                name="input", caption=f"{n_inputs} inputs", values=values,
                dead=np.zeros(n_inputs, bool), dropped=dropped_cols[0],
                heatmaps=heatmaps[0] if heatmaps else None,
            ))
            continue
        lt = layers[c - 1]
        known = gradient_known(c)
        column_kind = lt.activation_name if c < n_layers else f"{lt.activation_name} output"
        columns.append(NodeColumn(
            name=lt.name,
            caption=f"{column_kind}, {lt.units}",
            values=values,
            dead=lt.dead_units,
            dropped=dropped_cols[c],
            grad_norm=lt.grad_norm if known else None,
            heatmaps=heatmaps[c] if heatmaps else None,
            frozen=lt.frozen,
            batch_norm=lt.batch_norm is not None,
            emphasis=emphasis(c),
            blocked=blocked_cols[c] if known else None,
            biases=(lt.biases + s * lt.bias_update) if kind == "update" else None,
        ))

    edges = []
    for k, lt in enumerate(layers):
        fade = None
        before, after = dropped_cols[k], dropped_cols[k + 1]
        if before.any() or after.any():
            fade = np.where(np.outer(~before, ~after), 1.0, 0.15)  # as scene_from_trace
        flow, direction, carries, change, edge_emphasis = None, "forward", None, None, 1.0
        if edges_show == "weight":
            values = lt.weights
            if kind == "update":
                change = lt.weight_update
                values = lt.weights + s * change
        elif kind == "backward" and k >= ph_layer:
            values = lt.weight_grad
            edge_emphasis = 1.0 if k > ph_layer else arrival
        else:  # dL/dW not computed yet
            values = np.zeros_like(lt.weight_grad)
            edge_emphasis = 0.0
        if kind == "forward" and k == ph_layer:
            flow, direction = front, "forward"
            # Out of every unit that sends something: a dead ReLU unit (output 0 on every
            # example of the training set) passes nothing forward either.
            silent = layers[k - 1].dead_units if k > 0 else np.zeros_like(before)
            carries = np.outer(~(before | silent), ~after)
        elif kind == "backward" and k == ph_layer + 1:
            flow, direction = front, "backward"
            # Into every unit not dropped; out of none that is dropped or blocked (its dL/dz is 0).
            carries = np.outer(~before, ~(after | blocked_cols[k + 1]))
        edges.append(EdgeBundle(values=values, fade=fade, emphasis=edge_emphasis, flow=flow,
                                flow_direction=direction, carries=carries, change=change))

    # Ranges fitted to the whole step, not the moment.
    if quantity == "gradient":
        if node_range is not None and node_quantity in (None, "gradient"):
            shown_range = node_range
        else:
            shown_range = _log_range(grad_cols[1:]) if adaptive else GRADIENT_LOG_RANGE
    elif node_range is not None and node_quantity == "activation":
        shown_range = node_range
    else:
        finite = np.concatenate([v[np.isfinite(v)] for v in act_cols])
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        shown_range = (min(lo, 0.0), max(hi, lo + 1e-9))
    if edge_range is not None and edges_show == (edge_quantity or "weight"):
        shown_edge_range = float(edge_range)
    else:
        shown_edge_range = _edge_range([np.asarray(lt.weights if edges_show == "weight" else lt.weight_grad, dtype=float)
                                        for lt in layers])

    loss_known = kind not in FORWARD_KINDS
    graph_data = None
    if graph and focus is not None:
        graph_data = comp_graph(trace, focus, phase, s, example, travel=settings.travel, max_terms=graph_terms,
                                leaky_slope=leaky_slope, elu_alpha=elu_alpha)
    return SceneState(
        columns=tuple(columns),
        edges=tuple(edges),
        node_quantity=quantity,
        edge_quantity=edges_show,
        node_range=shown_range,
        edge_range=shown_edge_range,
        step=trace.step + 1,
        loss=trace.loss if loss_known else None,
        val_loss=trace.val_loss if (kind == "update" and s >= 1.0) else None,
        title=title,
        caption=caption,
        banner=banner,
        example=example,
        focus=focus,
        phase_kind=kind,
        phase_layer=ph_layer,
        phase_progress=s,
        active_column=None if ph_layer is None else ph_layer + 1,
        phase_label=phase.label,
        phase_caption=captions.phase_caption(trace, phase, example),
        equation=() if focus is None else captions.chain_rule(trace, phase, focus, example,
                                                            leaky_slope=leaky_slope, elu_alpha=elu_alpha),
        loss_view=_loss_view(trace, row, s if kind == "loss" else 1.0) if loss_known else None,
        comp_graph=graph_data,
    )


def scene_at_time(trace: StepTrace, t: float, *, timeline: Timeline | None = None,
                  settings: TimingSettings | None = None, **options) -> SceneState:
    """The scene ``t`` seconds into the step: ``timeline.locate(t)`` then ``scene_at``.
    ``timeline``: default ``schedule(phases_of(trace), settings)``; options as scene_at."""
    settings = settings or TimingSettings()
    timeline = timeline or schedule(phases_of(trace), settings)
    index, progress = timeline.locate(t)
    return scene_at(trace, index, progress, phases=timeline.phases, settings=settings, **options)
