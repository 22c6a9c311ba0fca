"""A recorded run: the traces of a model trained elsewhere (the PyTorch bridge), to be shown, not continued.

A ``Recording`` holds what a window needs to show such a run as it shows an engine run: the
model's name, its layers' names (from the model), the recorded ``StepTrace``s and one
``StepSummary`` per recorded step (the plots). It has no Trainer: nothing can train it on.
``session.save_recording`` writes one into a session file (``"kind": "recording"``) and
``session.open_session`` reads it back. This module encodes and decodes the manifest's part
and checks a decoded trace's shapes (every array consistent with the batch and the layers'
widths), since no network of the engine can serve as the reference here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from .activations import ACTIVATIONS
from .losses import OUTPUTS
from .session_codec import CodecError, Decoder, Encoder
from .trace import BatchNormTrace, StepTrace
from .trainer import StepSummary

KIND = "recording"
MAX_NAME_CHARS = 200


@dataclass(frozen=True)
class Recording:
    """A recorded run: ``traces`` in increasing step order, ``summaries`` one per trace."""

    name: str  # what the run is called: the model's class name, or the user's
    layer_names: tuple[str, ...]  # per trace layer, first hidden layer first
    traces: tuple[StepTrace, ...]
    summaries: tuple[StepSummary, ...] = ()
    written_by: str = ""

    def __post_init__(self) -> None:
        if not self.summaries and self.traces:
            object.__setattr__(self, "summaries", tuple(summary_of(t) for t in self.traces))

    @property
    def last_trace(self) -> StepTrace | None:
        return self.traces[-1] if self.traces else None


def summary_of(trace: StepTrace) -> StepSummary:
    """The step summary a Trainer keeps for a step, made from its trace (the plots' numbers)."""
    return StepSummary(
        step=trace.step, loss=trace.loss, val_loss=trace.val_loss,
        grad_norms=tuple(lt.grad_norm for lt in trace.layers),
        dead_fractions=tuple(lt.dead_fraction for lt in trace.layers),
        diverged=trace.diverged,
        saturated_fractions=tuple(lt.saturated_fraction for lt in trace.layers),
        accuracy=trace.accuracy, val_accuracy=trace.val_accuracy,
    )


def encode_recording(recording: Recording, encoder: Encoder) -> dict[str, Any]:
    """The manifest's entries of a recording (beside ``format``, ``version`` and
    ``written_by``), and ``"blob_starts"``: where each trace's arrays begin in
    ``encoder.arrays`` (the writer takes it out: one blob per trace)."""
    check_order(recording.traces)
    starts, items = [], []
    for trace in recording.traces:
        starts.append(len(encoder.arrays))
        items.append(encoder.encode(trace))
    return {
        "kind": KIND,
        "model": {"name": recording.name, "layers": list(recording.layer_names)},
        "traces": {"steps": [t.step for t in recording.traces], "items": items},
        "blob_starts": starts,
    }


def check_order(traces: tuple[StepTrace, ...]) -> None:
    steps = [t.step for t in traces]
    if any(b <= a for a, b in zip(steps, steps[1:])) or any(s < 0 for s in steps):
        raise ValueError(f"traces must be of distinct steps >= 0 in increasing order; got steps {steps}")


def decode_recording(manifest: dict[str, Any], decoder: Decoder, written_by: str) -> Recording:
    """The Recording of a manifest; CodecError names the entry that is wrong and why."""
    model = manifest.get("model")
    if not isinstance(model, dict):
        raise CodecError("model", "needs a name and the layers' names")
    name, layers = model.get("name"), model.get("layers")
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
        raise CodecError("model.name", f"must be a text of at most {MAX_NAME_CHARS} characters")
    if not isinstance(layers, list) or not layers \
            or not all(isinstance(n, str) and len(n) <= MAX_NAME_CHARS for n in layers):
        raise CodecError("model.layers", f"must be a list of names of at most {MAX_NAME_CHARS} characters")
    data = manifest.get("traces")
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list) or not isinstance(data.get("items"), list):
        raise CodecError("traces", "needs a list of steps and a list of items")
    steps, items = data["steps"], data["items"]
    if len(steps) != len(items):
        raise CodecError("traces", f"lists {len(steps)} steps but holds {len(items)} traces")
    traces: list[StepTrace] = []
    for i, (step, item) in enumerate(zip(steps, items)):
        where = f"traces.items[{i}]"
        trace = decoder.decode(item, where)
        if not isinstance(trace, StepTrace):
            raise CodecError(where, "is not a StepTrace")
        if isinstance(step, bool) or step != trace.step or step < 0 or (traces and step <= traces[-1].step):
            raise CodecError(where, f"step {trace.step} is not listed as {step!r}, in increasing order from 0")
        check_trace(trace, len(layers), where)
        traces.append(trace)
    return Recording(name=name, layer_names=tuple(layers), traces=tuple(traces), written_by=written_by)


def _array(value: Any, shape: tuple[int, ...], kind: str, where: str) -> None:
    dtype = np.dtype(bool) if kind == "mask" else np.dtype(np.float64)
    if not isinstance(value, np.ndarray) or value.shape != shape or value.dtype != dtype:
        got = f"{value.shape} {value.dtype}" if isinstance(value, np.ndarray) else type(value).__name__
        raise CodecError(where, f"must be a {shape} {dtype} array, got {got}")


def check_trace(trace: StepTrace, n_layers: int, where: str) -> None:
    """Every array of ``trace`` has the shape its batch and layer widths imply (a view indexes
    them by those): (B, n_in) inputs, (n_in, n) weights chained layer to layer, (B, n) per
    example and unit, (n,) per unit; float64 numbers and bool masks."""
    if trace.inputs.ndim != 2 or trace.inputs.shape[0] < 1 or trace.inputs.shape[1] < 1:
        raise CodecError(f"{where}.inputs", f"has the shape {trace.inputs.shape}, not (batch, inputs)")
    if len(trace.layers) != n_layers:
        raise CodecError(f"{where}.layers", f"holds {len(trace.layers)} layers, the model names {n_layers}")
    batch, n_in = trace.inputs.shape
    _array(trace.inputs, (batch, n_in), "float", f"{where}.inputs")
    for i, lt in enumerate(trace.layers):
        here = f"{where}.layers[{i}]"
        if lt.activation_name not in ACTIVATIONS + OUTPUTS:
            raise CodecError(f"{here}.activation_name", f"unknown {lt.activation_name!r}")
        if lt.biases.ndim != 1 or lt.biases.shape[0] < 1:
            raise CodecError(f"{here}.biases", f"must be a 1-D array of the layer's units, got {lt.biases.shape}")
        n = lt.biases.shape[0]
        shapes = {"weights": (n_in, n), "weight_grad": (n_in, n), "weight_update": (n_in, n),
                  "biases": (n,), "bias_grad": (n,), "bias_update": (n,), "pre_activation": (batch, n),
                  "activation": (batch, n), "node_grad": (batch, n)}
        for name, shape in shapes.items():
            _array(getattr(lt, name), shape, "float", f"{here}.{name}")
        _array(lt.dropout_mask, (batch, n), "mask", f"{here}.dropout_mask")
        _array(lt.dead_units, (n,), "mask", f"{here}.dead_units")
        _array(lt.saturated_units, (n,), "mask", f"{here}.saturated_units")
        if lt.batch_norm is not None:
            _check_batch_norm(lt.batch_norm, batch, n, f"{here}.batch_norm")
        n_in = n
    _array(trace.targets, (batch, n_in), "float", f"{where}.targets")
    _array(trace.loss_terms, (batch, n_in), "float", f"{where}.loss_terms")


def _check_batch_norm(bn: BatchNormTrace, batch: int, n: int, where: str) -> None:
    for f in fields(bn):
        per_example = f.name in ("linear", "normalized", "linear_grad")
        _array(getattr(bn, f.name), (batch, n) if per_example else (n,), "float", f"{where}.{f.name}")


__all__ = ["KIND", "Recording", "check_trace", "decode_recording", "encode_recording", "summary_of"]
