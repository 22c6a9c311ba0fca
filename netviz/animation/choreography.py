"""The scene builder: a StepTrace and SceneOptions -> SceneState, settled or at one moment of the animation.

One builder draws both: ``settled_scene`` is the picture of the whole step with every
number known (no phase, no wave), ``scene_at`` one moment of its animation; they share
every helper below (columns, edges, colour ranges), so a settled frame and an animated
one agree wherever the moment has the same numbers.

``scene_at`` builds the SceneState of a moment from the trace alone: the same arguments
always give an equal scene (``scenes_equal``), whatever was computed before, so scrubbing
back and forth through a step, or through the history of steps, shows exactly the same
pictures. Nothing is cached or kept between calls.

What each phase shows (layer l of the trace is column l + 1; s = eased progress; T =
TimingSettings.travel; the wave front on the edges is at min(1, s / T), and the units it
reaches light up over the rest of the phase, emphasis = clip((s - T) / (1 - T), 0, 1)):

- forward, layer l: columns 0..l show their values; the wave runs forward along bundle l
  (edges into column l + 1, carried only between units not dropped for the shown
  example: a dropped unit's edges are not drawn at all); column l + 1 lights up with its
  output a (for a batch-norm layer: its weighted sum, before normalising); later columns
  are not computed yet (NaN, emphasis 0).
  The wave leaves every unit that is neither dropped nor dead (a dead unit sends 0).
- batch_norm, layer l: column l + 1's values go (tween) from the weighted sums to the
  layer's output after batch norm, activation and dropout.
- loss: every column computed; ``loss_view`` (prediction against target) fades in.
- backward, layer l (output first): columns above l + 1 show their dL/dz; the wave runs
  backward along bundle l + 1 (from column l + 2 into column l + 1; for the output layer
  it comes from the loss); column l + 1's units take their |dl_i/dz| colour as it arrives;
  units whose dL/dz is exactly 0 are ``blocked`` (dead units: the wave stops there, and
  no edge carries it further down from them); lower columns have no gradient yet.
  With edges showing gradients, bundle l's dL/dW appears with column l + 1.
- update: every weight moves from W (s = 0) to W + weight_update (s = 1), edges always
  show weights then; biases likewise on NodeColumn.biases.

Node colours are batch means (``per_example=True``: example ``example``'s own values);
the dropout mask drawn is always that of ``example``. A gradient colour is |dl_i/dz|, each
example's own loss's gradient (``LayerTrace.example_node_grad``), not the batch loss's
dL/dz = dl_i/dz / B: so the colours do not darken when the batch grows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from netviz.engine.trace import LayerTrace, StepTrace
from netviz.i18n import translate

from . import backprop as bp
from . import captions, phase_captions
from .compgraph import comp_graph
from .options import AUTO, SceneOptions
from .phases import Phase, Timeline, TimingSettings, ease, phases_of, schedule, wave
from .scene import GRADIENT_LOG_RANGE, EdgeBundle, LossView, NodeColumn, SceneState, log_range

FORWARD_KINDS = ("forward", "batch_norm")
# The edges of a unit dropped this step carry nothing, so they are not drawn: the step's
# thinned network, as in the dropout paper's figure (Srivastava et al. 2014, fig. 1). They
# were drawn faint once, which cost the live view most of its edge paint (three quarters
# of the edges between two layers at dropout 0.5) and with it 10-15% of its training speed.
DROPPED_FADE = 0.0
DEFAULT_OPTIONS = SceneOptions()


@dataclass(frozen=True)
class _Moment:
    """Where in the step the scene is: ``kind`` "" is the settled picture (everything known)."""

    kind: str  # "" or a phase kind
    layer: int | None  # the phase's layer (0 = first hidden); None for loss, update and settled
    s: float  # eased progress through the phase
    front: float  # the wave front on the edges, 0..1
    arrival: float  # how far the active column has lit up, 0..1

    @property
    def active(self) -> int | None:
        """The column computed in this phase."""
        return None if self.layer is None else self.layer + 1

    @property
    def at(self) -> int:
        """The layer of a phase that is at one (forward, batch norm, backward)."""
        if self.layer is None:
            raise ValueError(f"choreography: the {self.kind or 'settled'} moment is at no layer")
        return self.layer


SETTLED = _Moment("", None, 1.0, 1.0, 1.0)


@dataclass(frozen=True)
class _StepValues:
    """Per column (inputs first) what the picture shows once computed, for the shown example."""

    activations: list[np.ndarray]  # (n,) the activation (inputs: |x| batch mean, or the example's x)
    gradients: list[np.ndarray]  # (n,) |dl_i/dz|, per example (inputs: NaN, they get no gradient)
    dropped: list[np.ndarray]  # (n,) bool, dropped for the shown example
    blocked: list[np.ndarray | None]  # (n,) bool, dL/dz exactly 0 (inputs: None)


def _rows(a: np.ndarray, row: int | None) -> np.ndarray:
    """One example's row, or the batch mean."""
    return np.asarray(a[row] if row is not None else a.mean(axis=0), dtype=float)


def _step_values(trace: StepTrace, row: int | None, value_row: int | None) -> _StepValues:
    """``row``: the example whose dropout mask is drawn; ``value_row``: whose values colour the
    nodes (None: batch means)."""
    layers = trace.layers
    n_inputs = trace.inputs.shape[1]
    inputs = (np.asarray(trace.inputs[value_row], dtype=float) if value_row is not None
              else np.abs(trace.inputs).mean(axis=0))
    gradients = [np.full(n_inputs, np.nan)] + [
        np.abs(np.asarray(lt.example_node_grad[value_row], dtype=float)) if value_row is not None
        else np.asarray(lt.example_grad_magnitude, dtype=float) for lt in layers]
    dropped: list[np.ndarray] = [np.zeros(n_inputs, bool)] + [
        np.asarray(~lt.dropout_mask[row] if row is not None else ~lt.dropout_mask.any(axis=0)) for lt in layers]
    grads = [lt.node_grad[value_row:value_row + 1] if value_row is not None else lt.node_grad for lt in layers]
    blocked: list[np.ndarray | None] = [None] + [~np.any(g != 0, axis=0) for g in grads]
    return _StepValues([inputs] + [_rows(lt.activation, value_row) for lt in layers], gradients, dropped, blocked)


# ----- columns -------------------------------------------------------------------------


def _emphasis(m: _Moment, c: int) -> float:
    """How far the pass under way has reached column c (see NodeColumn.emphasis)."""
    active = m.active
    if c == 0 or active is None or m.kind not in (*FORWARD_KINDS, "backward"):
        return 1.0
    if m.kind == "backward":
        return 1.0 if c > active else (0.0 if c < active else m.arrival)
    return 1.0 if c < active else (0.0 if c > active else (m.arrival if m.kind == "forward" else 1.0))


def _gradient_known(m: _Moment, c: int) -> bool:
    return c > 0 and (m.kind in ("", "update") or (m.kind == "backward" and c >= m.at + 1))


def _activation_values(trace: StepTrace, m: _Moment, c: int, vals: _StepValues, value_row: int | None) -> np.ndarray:
    """Column c's activations at this moment: NaN ahead of the forward pass; a batch-norm
    layer shows its weighted sums in its forward phase, then tweens to its outputs."""
    settled = vals.activations[c]
    if c == 0 or m.kind not in FORWARD_KINDS or c < m.at + 1:
        return settled
    if c > m.at + 1:
        return np.full(settled.shape, np.nan)
    bn = trace.layers[c - 1].batch_norm
    if bn is None:
        return settled
    linear = _rows(bn.linear, value_row)
    return linear if m.kind == "forward" else (1.0 - m.s) * linear + m.s * settled


def _input_caption(trace: StepTrace) -> str:
    n_inputs = int(trace.inputs.shape[1])
    first = trace.layers[0].kind
    if first == "conv":  # the input channels' means (LayerTrace.kind)
        return translate("Picture", "%n input channels", None, n_inputs)
    if first == "embedding":
        return translate("Picture", "token ids")
    return translate("Picture", "%n inputs", None, n_inputs)


def _summary_caption(lt: LayerTrace) -> str:
    """The column caption of a conv or embedding layer: what its nodes are."""
    units = lt.units  # a plain name: lupdate reads only a name as the count
    text = (translate("Picture", "convolution, %n channels", None, units) if lt.kind == "conv" else
            translate("Picture", "embedding, %n dimensions", None, units))
    return text if lt.activation_name == "linear" else f"{text}, {lt.activation_name}"


def _columns(trace: StepTrace, m: _Moment, quantity: str, vals: _StepValues, value_row: int | None,
             heatmaps: Sequence[np.ndarray | None] | None,
             input_names: tuple[str, ...] | None = None) -> list[NodeColumn]:
    n_inputs = trace.inputs.shape[1]
    columns = []
    for c in range(len(trace.layers) + 1):
        known = _gradient_known(m, c)
        if quantity == "activation":
            values = _activation_values(trace, m, c, vals, value_row)
        else:
            values = vals.gradients[c] if known else np.full(vals.gradients[c].shape, np.nan)
        maps = heatmaps[c] if heatmaps else None
        if c == 0:
            columns.append(NodeColumn(name="input", caption=_input_caption(trace),
                                      values=values, dead=np.zeros(n_inputs, bool), dropped=vals.dropped[0],
                                      heatmaps=maps,
                                      node_names=input_names if input_names and len(input_names) == n_inputs
                                      else None))
            continue
        lt = trace.layers[c - 1]
        if lt.summary:
            caption = _summary_caption(lt)
        elif c < len(trace.layers):
            caption = f"{lt.activation_name}, {lt.units}"
        else:
            caption = translate("Picture", "%1 output, %2").replace("%1", lt.activation_name).replace(
                "%2", str(lt.units))
        columns.append(NodeColumn(
            name=lt.name, caption=caption, values=values, dead=lt.dead_units,
            dropped=vals.dropped[c], grad_norm=lt.grad_norm if known else None, heatmaps=maps,
            frozen=lt.frozen, batch_norm=lt.batch_norm is not None, saturated=lt.saturated_units,
            emphasis=_emphasis(m, c),
            # Settled pictures show no wave, so nothing is blocked there.
            blocked=vals.blocked[c] if known and m.kind else None,
            biases=(lt.biases + m.s * lt.bias_update) if m.kind == "update" else None,
        ))
    return columns


# ----- edges ---------------------------------------------------------------------------


def _edge_values(trace: StepTrace, m: _Moment, k: int, edges_show: str) -> tuple[np.ndarray, float, np.ndarray | None]:
    """(values, emphasis, change) of bundle k: weights (moving in the update), or dL/dW
    once the backward pass has computed it (zeros, emphasis 0, before)."""
    lt = trace.layers[k]
    if edges_show == "weight":
        if m.kind == "update":
            return lt.weights + m.s * lt.weight_update, 1.0, lt.weight_update
        return lt.weights, 1.0, None
    if m.kind == "":
        return lt.weight_grad, 1.0, None
    if m.kind == "backward" and k >= m.at:
        return lt.weight_grad, (1.0 if k > m.at else m.arrival), None
    return np.zeros_like(lt.weight_grad), 0.0, None


def _edges(trace: StepTrace, m: _Moment, edges_show: str, vals: _StepValues) -> list[EdgeBundle]:
    edges = []
    for k in range(len(trace.layers)):
        before, after = vals.dropped[k], vals.dropped[k + 1]
        # A dropped unit's edges carry nothing this step: both its inputs and its outputs go.
        fade = np.where(np.outer(~before, ~after), 1.0, DROPPED_FADE) if (before.any() or after.any()) else None
        values, emphasis, change = _edge_values(trace, m, k, edges_show)
        flow, direction, carries = None, "forward", None
        if m.kind == "forward" and k == m.layer:
            flow, direction = m.front, "forward"
            # Out of every unit that sends something: a dead ReLU unit (output 0 on every
            # example of the training set) passes nothing forward either.
            silent = trace.layers[k - 1].dead_units if k > 0 else np.zeros_like(before)
            carries = np.outer(~(before | silent), ~after)
        elif m.kind == "backward" and k == m.at + 1:
            flow, direction = m.front, "backward"
            # Into every unit not dropped; out of none that is dropped or blocked (its dL/dz is 0).
            carries = np.outer(~before, ~(after | vals.blocked[k + 1]))
        edges.append(EdgeBundle(values=values, fade=fade, emphasis=emphasis, flow=flow,
                                flow_direction=direction, carries=carries, change=change))
    return edges


# ----- colour ranges: fitted to the whole step, not the moment, so colours hold still --


def _node_range(quantity: str, options: SceneOptions, vals: _StepValues) -> tuple[float, float]:
    given = options.node_range
    if quantity == "gradient":
        if given is not None and options.node_quantity in (None, "gradient"):
            return given
        return log_range(vals.gradients[1:]) if options.adaptive else GRADIENT_LOG_RANGE
    if given is not None and options.node_quantity == "activation":
        return given
    finite = np.concatenate([v[np.isfinite(v)] for v in vals.activations])
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    return min(lo, 0.0), max(hi, lo + 1e-9)


def _edge_range(trace: StepTrace, edges_show: str, options: SceneOptions) -> float:
    """The given range while the edges show what it was given for; else the 99th
    percentile of |value| over the step, so that one huge value does not wash out the rest."""
    if options.edge_range is not None and edges_show == (options.edge_quantity or "weight"):
        return float(options.edge_range)
    bundles = [np.asarray(lt.weights if edges_show == "weight" else lt.weight_grad, dtype=float) for lt in trace.layers]
    magnitudes = np.concatenate([np.abs(v[np.isfinite(v)]).ravel() for v in bundles]) if bundles else np.empty(0)
    r = upper_percentile(magnitudes) if magnitudes.size else 1.0
    return r if r > 0 else 1.0


def upper_percentile(values: np.ndarray) -> float:
    """``np.percentile(values, 99)`` of finite 1-D ``values``, bit for bit (its "linear" method),
    without np.percentile: that imports numpy.ma (through np.unique, ~20 ms) at the first frame,
    before the network is first on screen. Two partitioned order statistics and numpy's lerp."""
    n = values.size
    virtual = (n - 1) * np.true_divide(99, 100)  # numpy's virtual index of the 99th percentile
    below = int(np.floor(virtual))
    if virtual >= n - 1:  # one value: the largest
        return float(np.max(values))
    ordered = np.partition(values, (below, below + 1))
    low, high = ordered[below], ordered[below + 1]
    gamma = float(virtual - below)
    step = high - low
    # numpy's _lerp: from the nearer end, so that the result never leaves [low, high]
    return float(high - step * (1 - gamma) if gamma >= 0.5 else low + step * gamma)


# ----- the loss ------------------------------------------------------------------------


def _loss_view(trace: StepTrace, row: int | None, emphasis: float) -> LossView:
    out = trace.layers[-1]
    kind = out.activation_name
    batch, k = trace.targets.shape
    return LossView(
        output_kind=kind,
        loss_name=phase_captions.loss_name(kind),
        prediction=_rows(out.activation, row),
        target=_rows(trace.targets, row),
        loss=float(trace.loss),
        penalty=float(trace.penalty),
        count=batch if kind == "softmax" else batch * k,
        example_loss=None if row is None else float(trace.example_losses[row]),
        emphasis=emphasis,
    )


# ----- the builder ---------------------------------------------------------------------


def _quantities(m: _Moment, options: SceneOptions) -> tuple[str, str]:
    """(node quantity, edge quantity) shown at this moment."""
    nodes = options.node_quantity or ("activation" if m.kind in (*FORWARD_KINDS, "loss") else "gradient")
    if m.kind == "update":
        return nodes, "weight"
    return nodes, options.edge_quantity or ("gradient" if m.kind == "backward" else "weight")


def _build(trace: StepTrace, m: _Moment, options: SceneOptions, focus: tuple[int, int] | None,
           **phase_fields: Any) -> SceneState:
    """The scene of moment ``m``; ``phase_fields``: the SceneState fields that name the phase
    and say what it does (none for a settled picture)."""
    batch = trace.inputs.shape[0]
    row = None if options.example is None else min(max(int(options.example), 0), batch - 1)
    value_row = row if options.per_example else None
    vals = _step_values(trace, row, value_row)
    quantity, edges_show = _quantities(m, options)
    loss_known = m.kind not in FORWARD_KINDS
    return SceneState(
        columns=tuple(_columns(trace, m, quantity, vals, value_row, options.heatmaps, options.input_names)),
        edges=tuple(_edges(trace, m, edges_show, vals)),
        node_quantity=quantity,
        edge_quantity=edges_show,
        node_range=_node_range(quantity, options, vals),
        edge_range=_edge_range(trace, edges_show, options),
        step=trace.step + 1,
        loss=trace.loss if loss_known else None,
        # Measured after the update: known once it is complete.
        val_loss=trace.val_loss if (m.kind == "" or (m.kind == "update" and m.s >= 1.0)) else None,
        # Known as the losses are: the batch's with the loss, the validation set's after the update.
        accuracy=trace.accuracy if loss_known else None,
        val_accuracy=trace.val_accuracy if (m.kind == "" or (m.kind == "update" and m.s >= 1.0)) else None,
        title=options.title,
        caption=options.caption,
        banner=options.banner,
        example=options.example,
        focus=focus,
        loss_view=_loss_view(trace, row, m.s if m.kind == "loss" else 1.0) if (loss_known and m.kind) else None,
        **phase_fields,
    )


@bp.quiet
def settled_scene(trace: StepTrace, options: SceneOptions = DEFAULT_OPTIONS) -> SceneState:
    """The settled picture of a step: every node and edge as the trace recorded it, no
    phase, no wave (the animation fields keep their "settled" defaults). Node quantity
    None means gradients; focus "auto" highlights nothing (there are no equations)."""
    focus = None if options.focus == AUTO else options.focus
    return _build(trace, SETTLED, options, focus)  # type: ignore[arg-type]


def _moment(trace: StepTrace, phase_index: int, progress: float, phases: tuple[Phase, ...],
            settings: TimingSettings) -> tuple[Phase, _Moment]:
    if not 0 <= phase_index < len(phases):
        raise IndexError(f"phase_index: {phase_index} out of range (0..{len(phases) - 1})")
    p = float(progress)
    if not 0.0 <= p <= 1.0:  # also NaN
        raise ValueError(f"progress: must be from 0 to 1, got {progress!r}")
    phase = phases[phase_index]
    s = ease(settings.easing, p)
    front, arrival = wave(s, settings.travel)
    return phase, _Moment(phase.kind, phase.layer, s, front, arrival)


@bp.quiet
def scene_at(trace: StepTrace, phase_index: int, progress: float, options: SceneOptions = DEFAULT_OPTIONS, *,
             phases: tuple[Phase, ...] | None = None, settings: TimingSettings | None = None) -> SceneState:
    """The scene at linear ``progress`` (0..1) through phase ``phases[phase_index]`` of this step.

    ``phases``: default ``phases_of(trace)``. ``settings``: easing (applied to
    ``progress`` here) and travel. ``options``: what to show (see SceneOptions); the
    focused unit's equations (and graph, with ``options.graph``) are those of this phase.
    """
    phases = phases_of(trace) if phases is None else tuple(phases)
    settings = settings or TimingSettings()
    phase, m = _moment(trace, phase_index, progress, phases, settings)
    example = options.example
    if options.focus == AUTO:
        focus = captions.default_focus(trace, example, phase)
    elif options.focus is not None:
        focus = captions.check_focus(trace, options.focus)  # type: ignore[arg-type]
    else:
        focus = None
    graph = None
    # A summary layer's unit (or one fed by it) has no per-unit computational graph to draw.
    if options.graph and focus is not None and not (focus[0] > 0 and bp.summarized(trace, focus[0] - 1)):
        graph = comp_graph(trace, focus, phase, m.s, example, travel=settings.travel, max_terms=options.graph_terms)
    return _build(
        trace, m, options, focus,
        phase_kind=m.kind,
        phase_layer=m.layer,
        phase_progress=m.s,
        active_column=m.active,
        phase_label=phase.label,
        phase_caption=captions.phase_caption(trace, phase, example),
        equation=() if focus is None else captions.chain_rule(trace, phase, focus, example),
        comp_graph=graph,
    )


def scene_at_time(trace: StepTrace, t: float, options: SceneOptions = DEFAULT_OPTIONS, *,
                  timeline: Timeline | None = None, settings: TimingSettings | None = None) -> SceneState:
    """The scene ``t`` seconds into the step: ``timeline.locate(t)`` then ``scene_at``.
    ``timeline``: default ``schedule(phases_of(trace), settings)``."""
    settings = settings or TimingSettings()
    timeline = timeline or schedule(phases_of(trace), settings)
    index, progress = timeline.locate(t)
    return scene_at(trace, index, progress, options, phases=timeline.phases, settings=settings)
