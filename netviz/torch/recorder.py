"""The recorder: watches a user's training loop and records a StepTrace every ``every`` steps."""

from __future__ import annotations

import atexit
import weakref
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import torch
from torch import nn

from netviz.engine.recording import Recording
from netviz.engine.session import save_recording
from netviz.engine.trace import StepTrace

from .assemble import StepInfo, build_trace, targets_array
from .capture import StepCapture, can_die, keep, parameters, saturation_limit, scan_units
from .live import LiveLink
from .structure import LayerPlan, WatchError, output_kind, plan_layers

TraceCallback = Callable[[StepTrace], None]


def _snapshot(plans: tuple[LayerPlan, ...]) -> list[dict[str, torch.Tensor]]:
    return [{k: keep(p) for k, p in parameters(plan).items()} for plan in plans]


def _to_numpy(snapshot: list[dict[str, torch.Tensor]]) -> list[dict[str, np.ndarray]]:
    return [{k: t.cpu().numpy() for k, t in layer.items()} for layer in snapshot]


class Recorder:
    """Watches ``model``; ``with rec.step(x, y):`` around each training step of the user's loop.

    Steps are counted from 0; steps 0, every, 2 * every, ... are recorded. A recorded
    step's trace is appended to ``traces`` (the last ``keep`` of them, all when None) and
    handed to every callback given to ``on_trace``, in order.
    """

    def __init__(self, model: nn.Module, loss: object, *, every: int = 1,
                 optimizer: torch.optim.Optimizer | None = None, keep: int | None = None,
                 name: str | None = None, save: str | Path | None = None, live: bool = False):
        if not isinstance(live, bool):
            raise WatchError(f"live: must be True or False, got {live!r}")
        if name is not None and not isinstance(name, str):
            raise WatchError(f"name: must be a text, got {type(name).__name__}")
        if save is not None and not isinstance(save, (str, Path)):
            raise WatchError(f"save: must be a file path, got {type(save).__name__}")
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise WatchError(f"every: must be a whole number of steps >= 1, got {every!r}")
        if keep is not None and (isinstance(keep, bool) or not isinstance(keep, int) or keep < 1):
            raise WatchError(f"keep: must be None (all) or a number of traces >= 1, got {keep!r}")
        self.model = model
        self.kind = output_kind(loss)
        self.plans = plan_layers(model, self.kind)
        self.every = every
        self.optimizer = optimizer
        self.name = name if name is not None else type(model).__name__
        self.save_path = Path(save) if save is not None else None
        self.traces: deque[StepTrace] | list[StepTrace] = [] if keep is None else deque(maxlen=keep)
        self.steps_seen = 0
        self.closed = False
        self._callbacks: list[TraceCallback] = []
        # Without batch norm and dropout, evaluation mode is the training forward pass, so
        # dead and saturated units are read from the step's own z, as the engine does.
        self._scan = any(p.batch_norm is not None or p.dropout is not None for p in self.plans) \
            and any(can_die(p) or saturation_limit(p) is not None for p in self.plans)
        self.live: LiveLink | None = None
        if live:
            try:
                self.live = LiveLink(self.name, self.model_layer_names)
            except OSError as exc:
                raise WatchError(f"live: the netviz window could not be started ({exc})") from None
        if self.save_path is not None or self.live is not None:
            # A script that never calls close() still leaves its file behind and tells the
            # window it ended.
            _close_at_exit(self)

    @property
    def layer_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.plans)

    @property
    def model_layer_names(self) -> tuple[str, ...]:
        """Each netviz layer named as the model names its Linear module: "fc1 (Linear)"; a
        convolution with its kernel's size, "conv1 (Conv2d 3×3)" (its nodes are channels,
        its edges one number per kernel: the size is what the picture cannot show)."""
        return tuple(f"{p.module_name or p.name} ({_module_type(p.linear)})" for p in self.plans)

    def recording(self) -> Recording:
        """The traces recorded so far (those ``traces`` keeps), as a netviz Recording."""
        return Recording(name=self.name, layer_names=self.model_layer_names, traces=tuple(self.traces))

    def save(self, path: str | Path) -> Path:
        """Write the recorded traces to ``path`` as a netviz session file (``netviz open
        FILE`` or File > Open run shows it); atomic. Raises netviz.engine.session.SessionError
        if it cannot be written."""
        return save_recording(path, self.recording())

    def on_trace(self, callback: TraceCallback) -> TraceCallback:
        """Call ``callback(trace)`` for every recorded step (usable as a decorator)."""
        self._callbacks.append(callback)
        return callback

    def close(self) -> None:
        """Stop watching: no step is recorded after this (the hooks are gone already).
        With ``save=``, the recorded traces are written to that file now; with ``live=True``
        the window is told the run ended (it stays open on the last step)."""
        if self.closed:
            return
        self.closed = True
        if self.live is not None:
            self.live.close()
        if self.save_path is not None:
            self.save(self.save_path)

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def step(self, x: torch.Tensor, y: object) -> Iterator[bool]:
        """One training step of the user's loop: run the forward pass, the loss's backward
        and the optimizer's step inside. Yields True when this step is recorded.

        ``x``: the batch as the model takes it; ``y``: its targets, (B, outputs), or (B,)
        class indices for cross-entropy (or (B,) for a single output).
        """
        if self.closed:
            raise WatchError("this recorder is closed")
        index = self.steps_seen
        self.steps_seen += 1
        if index % self.every:
            yield False
            return
        capture = StepCapture(self.plans)
        if self._scan:
            capture.scan_units(self.model, x)
        before = _snapshot(self.plans)
        learning_rate = float(self.optimizer.param_groups[0]["lr"]) if self.optimizer is not None else float("nan")
        capture.install()
        try:
            yield True
        finally:
            capture.remove()
        z_out = capture.layers[-1].z
        if not capture.forward_seen or z_out is None:
            raise WatchError("the recorded step ran no complete forward pass of the watched model")
        if not self._scan:
            for plan, cap in zip(self.plans, capture.layers):
                if cap.z is not None:
                    scan_units(cap, plan, cap.z)
        outputs = self.plans[-1].channels
        info = StepInfo(
            step=index,
            targets=targets_array(y, z_out.shape[0], outputs, self.kind),
            learning_rate=learning_rate,
            before=_to_numpy(before),
            after=_to_numpy(_snapshot(self.plans)),
        )
        trace = build_trace(self.plans, capture.layers, info)
        self.traces.append(trace)
        if self.live is not None:
            self.live.send(trace)
        for callback in self._callbacks:
            callback(trace)


def _module_type(module: nn.Module) -> str:
    """"Linear", "Embedding", "Conv2d 3×3", "Conv1d k=3": the module's type, a conv's kernel
    size after it. A 1-d kernel's one number is marked "k=": "Conv1d 3" would read as a
    channel count (a 2-d kernel's "3×3" reads as a kernel already)."""
    kernel = getattr(module, "kernel_size", None) if isinstance(module, (nn.Conv1d, nn.Conv2d)) else None
    if not isinstance(kernel, tuple) or not kernel:
        return type(module).__name__
    size = f"k={kernel[0]}" if len(kernel) == 1 else "×".join(str(k) for k in kernel)
    return f"{type(module).__name__} {size}"


def _close_at_exit(recorder: Recorder) -> None:
    """Close ``recorder`` (writing its file, ending the live link) when the interpreter
    exits, unless it is gone or closed already."""
    ref = weakref.ref(recorder)

    def close() -> None:
        rec = ref()
        if rec is not None and not rec.closed:
            try:
                rec.close()
            except Exception as exc:  # noqa: BLE001 - an exiting script gets a line, not a traceback
                print(f"netviz.torch: the run was not saved: {exc}")

    atexit.register(close)


def watch(model: nn.Module, loss: object = "bce", *, every: int = 1,
          optimizer: torch.optim.Optimizer | None = None, keep: int | None = None,
          name: str | None = None, save: str | Path | None = None, live: bool = False) -> Recorder:
    """Watch ``model`` (an nn.Sequential-style MLP ending with its output Linear layer).

    ``loss``: "bce" (BCEWithLogitsLoss: sigmoid outputs), "cross_entropy" (softmax) or
    "mse" (linear outputs), or the loss module itself. ``every``: record one step in
    ``every``. ``optimizer``: read for the learning rate shown. ``keep``: how many recent
    traces ``rec.traces`` holds (None: all). ``name``: what the run is called in the window
    (the model's class name by default). ``save``: a session file the recorded traces are
    written to when the recorder closes (``rec.close()``, the end of a ``with`` block, or the
    script's end). ``live``: open a netviz window beside the script that shows each recorded
    step as it is recorded (``python -m netviz follow``; it stays open when the script ends).
    """
    return Recorder(model, loss, every=every, optimizer=optimizer, keep=keep, name=name, save=save, live=live)
