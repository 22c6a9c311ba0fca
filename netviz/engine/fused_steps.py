"""Training many steps of a Network in one compiled call (``fused_kernel``), when numba is
installed (the ``fast`` extra) and the network's settings are ones the kernel covers.

The kernel covers dense layers with linear, sigmoid, tanh, ReLU, leaky ReLU or ELU units;
sigmoid + BCE, linear + MSE, tanh + half squared error and softmax + cross-entropy outputs;
SGD with or without momentum, Adam, L1 and L2, gradient clipping, dropout (its masks drawn by
the network's own stream, as the numpy engine draws them), batch norm, frozen layers with
SGD, float64. Frozen layers with momentum or Adam are the numpy engine's alone
(``unsupported_reason`` says so).

The numpy engine stays the reference. The kernel's numbers agree with it to about 1e-15
relative, not bit for bit (sums are grouped otherwise than numpy's BLAS groups them); a run
trained by the kernel is reproducible with itself on the same installation.
numba is imported, and the kernel compiled (then cached on disk), on the first fused call:
never when the app starts.

Between calls the flat arrays the kernel trained are kept (``_Packed``, per network), and the
network's parameters (W, b, batch norm's gamma, beta and running statistics) and the
optimizer's buffers are views of one read-only copy of them. A
call finds the network as the last one left it (the very arrays: nothing in the engine
changes a parameter in place, it replaces it) and goes on from the kept arrays, without
packing the network again; anything else (a numpy step, an edit, a restored checkpoint,
another optimizer) is packed afresh. The window trains a run in many short calls, so the
packing, unpacking and copies per layer were a large share of each call.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np

from .activations import ACTIVATIONS
from .optimizers import OptimizerState
from .unit_scan import SATURATION_Z

if TYPE_CHECKING:
    from .layer_state import LayerState
    from .network import Network
    from .spec import NetworkSpec

_ACTIVATION_CODES = {name: code for code, name in enumerate(("linear", "sigmoid", "tanh", "relu", "leaky_relu",
                                                             "elu"))}
_OUTPUT_CODES = {"sigmoid": 0, "linear": 1, "tanh": 2, "softmax": 3}
_OPTIMIZER_CODES = {"sgd": 0, "momentum": 1, "adam": 2}
assert set(_ACTIVATION_CODES) == set(ACTIVATIONS)


class KernelUnavailable(RuntimeError):
    """numba could not compile or load the kernel; the numpy engine trains instead."""


# Why the kernel failed on this installation (numba or llvmlite broken, an unsupported numpy):
# set once, then ``unsupported_reason`` says so and no fused call is tried again.
_broken: list[str] = []


def _compile_errors() -> tuple[type[BaseException], ...]:
    """What importing and compiling the kernel raises when numba cannot do it."""
    errors: tuple[type[BaseException], ...] = (ImportError, OSError)
    try:
        from numba.core.errors import NumbaError
    except ImportError:
        return errors
    return (*errors, NumbaError)


@functools.cache
def numba_installed() -> bool:
    """Whether the kernel can be compiled (the ``fast`` extra); numba is not imported here.
    Asked once per process (every fused call asks ``unsupported_reason``)."""
    return importlib.util.find_spec("numba") is not None


def unsupported_reason(network: Network) -> str | None:
    """Why ``train_steps`` cannot train this network now (None: it can): numba missing or a
    setting only the numpy engine has. For developers and logs, not for the window."""
    if not numba_installed():
        return "numba is not installed (pip install 'netviz[fast]')"
    if _broken:
        return _broken[0]
    if network.dtype != np.float64:
        return f"dtype {network.dtype} (the kernel computes in float64)"
    opt = network.optimizer.spec
    if opt.kind not in _OPTIMIZER_CODES:
        return f"optimizer {opt.kind}"
    if opt.kind == "adam":
        counts = network.optimizer.state().adam_steps
        if len({counts.get(key, 0) for lay in network.layers for key in lay.keys}) > 1:
            return "Adam's step counts differ between parameters (a layer was frozen)"
    if network.spec.output not in _OUTPUT_CODES:
        return f"output {network.spec.output}"
    for lay in network.layers:
        if lay.frozen and opt.kind != "sgd":
            return f"{lay.name}: frozen, with {opt.kind}'s buffers"
    return None


_BATCH_NORM = ("gamma", "beta", "running_mean", "running_var")  # after b, in this order (``fused_kernel``)


def layer_arrays(lay: LayerState) -> tuple[np.ndarray, ...]:
    """A layer's arrays in the flat layout's order: W, b (, gamma, beta, running mean and variance)."""
    arrays: tuple[np.ndarray, ...] = (lay.weights, lay.biases)
    if lay.batch_norm:
        arrays += tuple(cast(np.ndarray, getattr(lay, name)) for name in _BATCH_NORM)
    return arrays


@dataclass(frozen=True)
class Layout:
    """Where each layer's parameters sit in the kernel's flat parameter vector, and the codes of
    the layers' activations (see ``fused_kernel``)."""

    dims: np.ndarray  # (layers + 1,) int64: inputs, then each layer's units
    w_off: np.ndarray  # (layers,) int64
    b_off: np.ndarray  # (layers,) int64
    u_off: np.ndarray  # (layers,) int64: each layer's first column among a row's units
    acts: np.ndarray  # (hidden,) int64 activation codes (one more, unused, for the output layer)
    act_params: np.ndarray  # (hidden + 1,) float64: leaky ReLU's slope, ELU's alpha
    can_die: np.ndarray  # (hidden + 1,) bool
    sat_limit: np.ndarray  # (hidden + 1,) float64: |z| beyond which a unit is saturated, 0 for none
    out_kind: int
    size: int  # parameters in all
    bn: np.ndarray  # (layers,) bool: batch norm (gamma, beta and the running statistics after b)
    p_end: np.ndarray  # (layers,) int64: where the layer's trained parameters end (after b, or beta)

    @property
    def units(self) -> int:
        """Units of all layers, the output layer's included."""
        return int(self.u_off[-1] + self.dims[-1])

    @classmethod
    def of(cls, network: Network) -> Layout:
        layers = network.layers
        dims = [layers[0].weights.shape[0]] + [lay.biases.shape[0] for lay in layers]
        w_off, b_off, u_off, p_end = [], [], [], []
        start = units = 0
        for n_in, n, lay in zip(dims, dims[1:], layers):
            w_off.append(start)
            b_off.append(start + n_in * n)
            p_end.append(start + n_in * n + (3 * n if lay.batch_norm else n))
            start += n_in * n + (5 * n if lay.batch_norm else n)
            u_off.append(units)
            units += n
        hidden = [lay.activation for lay in layers[:-1]]
        acts = [_ACTIVATION_CODES[a.name] for a in hidden if a is not None] + [0]
        params = [(a.parameter or 0.0) for a in hidden if a is not None] + [0.0]
        can_die = [a.can_die for a in hidden if a is not None] + [False]
        limits = [SATURATION_Z.get(a.name, 0.0) for a in hidden if a is not None] + [0.0]
        ints = np.int64
        return cls(np.array(dims, ints), np.array(w_off, ints), np.array(b_off, ints), np.array(u_off, ints),
                   np.array(acts, ints), np.array(params, float), np.array(can_die, bool), np.array(limits, float),
                   _OUTPUT_CODES[network.spec.output], start, np.array([lay.batch_norm for lay in layers], bool),
                   np.array(p_end, ints))

    def pack(self, network: Network) -> np.ndarray:
        flat = np.empty(self.size)
        for lay, w in zip(network.layers, self.w_off.tolist()):
            for array in layer_arrays(lay):
                flat[w:w + array.size] = array.reshape(-1)
                w += array.size
        return flat

    def layer_params(self, flat: np.ndarray, i: int) -> tuple[np.ndarray, ...]:
        """Layer i's arrays (``layer_arrays``' order) as views of the flat vector."""
        w, b, n_in, n = int(self.w_off[i]), int(self.b_off[i]), int(self.dims[i]), int(self.dims[i + 1])
        arrays: tuple[np.ndarray, ...] = (flat[w:b].reshape(n_in, n), flat[b:b + n])
        if self.bn[i]:
            arrays += tuple(flat[b + k * n:b + (k + 1) * n] for k in range(1, 5))
        return arrays

    def unpack(self, network: Network, flat: np.ndarray) -> tuple[tuple[np.ndarray, ...], ...]:
        """The network's parameters from the flat vector: new read-only arrays, as a numpy step
        leaves them (views of one read-only copy); returns each layer's (``layer_arrays``)."""
        frozen = _read_only(flat.copy())
        layers = []
        for i, lay in enumerate(network.layers):
            arrays = self.layer_params(frozen, i)
            lay.weights, lay.biases = arrays[0], arrays[1]
            for name, array in zip(_BATCH_NORM, arrays[2:]):
                setattr(lay, name, array)
            layers.append(arrays)
        return tuple(layers)

    def hidden_masks(self, flat: np.ndarray) -> list[np.ndarray]:
        """Per layer (n,) bool read-only (the output layer's all False) from a flat (units,) mask."""
        frozen = flat.copy()
        frozen[self.u_off[-1]:] = False
        _read_only(frozen)
        return [frozen[start:start + n] for start, n in zip(self.u_off.tolist(), self.dims[1:].tolist())]


def _read_only(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@dataclass
class _Packed:
    """A network's parameters and optimizer buffers as the kernel last left them (flat, its
    own writable arrays), and what the network was given from them (to know it unchanged)."""

    spec: NetworkSpec  # the network's spec the layout was made for
    layout: Layout
    params: np.ndarray
    buf: np.ndarray
    buf2: np.ndarray
    has_buf: np.ndarray
    kind: str  # the optimizer's kind the buffers belong to
    arrays: tuple[tuple[np.ndarray, ...], ...] = ()  # each layer's parameters as set after the call
    buffers: tuple[tuple[str, np.ndarray], ...] = ()  # the optimizer's buffers as set after the call

    def holds(self, network: Network, kind: str) -> bool:
        """Whether the network is still as the last call left it (the very arrays)."""
        if network.spec is not self.spec or kind != self.kind or len(self.arrays) != network.n_layers:
            return False
        for lay, arrays in zip(network.layers, self.arrays):
            if any(a is not b for a, b in zip(layer_arrays(lay), arrays, strict=True)):
                return False
        if kind == "sgd":
            return True
        buffers = network.optimizer.state().buffers
        return len(buffers) == len(self.buffers) and all(buffers.get(key) is a for key, a in self.buffers)


# The flat arrays of each network a fused call trained, kept for its next call (see the
# module's docstring). Taken out for a call, put back after it: a call that raised leaves none.
_PACKED: weakref.WeakKeyDictionary[Network, _Packed] = weakref.WeakKeyDictionary()


def _packed(network: Network, kind: str) -> _Packed:
    """The kernel's arrays for this network: the kept ones if it is as the last call left
    it, else packed from it now."""
    packed = _PACKED.pop(network, None)
    if packed is not None and packed.holds(network, kind):
        return packed
    layout = packed.layout if packed is not None and packed.spec is network.spec else Layout.of(network)
    buf, buf2, has_buf = _buffers(network, layout)
    return _Packed(network.spec, layout, layout.pack(network), buf, buf2, has_buf, kind)


@dataclass(frozen=True)
class FusedResult:
    """What ``train_steps`` computed, per step s < ``done`` (arrays hold k rows; rows from
    ``done`` on are not filled)."""

    done: int  # steps trained and applied
    stopped_before_divergence: bool  # step ``done`` would diverge: not applied (the numpy engine can take it)
    val_diverged: bool  # step done - 1 left a validation loss that is not finite
    patience_ended: bool  # step done - 1 is the evaluation after which early stopping's patience ran out
    losses: np.ndarray  # (k,) the batch's data loss before the update
    accuracies: np.ndarray  # (k,) the batch's accuracy before the update
    val_losses: np.ndarray  # (k,) after the update, on evaluated steps (NaN elsewhere)
    val_accuracies: np.ndarray  # (k,)
    grad_norms: np.ndarray  # (k, layers) LayerTrace.grad_norm
    global_norms: np.ndarray  # (k,) StepTrace.grad_norm
    clipped: np.ndarray  # (k,) bool StepTrace.clipped
    dead_counts: np.ndarray  # (k, layers) int64 units dead in the last whole-set scan
    saturated_counts: np.ndarray  # (k, layers)
    dead: list[np.ndarray]  # per layer (n,) bool: the last scan's masks after the last step
    saturated: list[np.ndarray]
    best_val_loss: float  # inf when none
    best_at: int  # the step (0-based within this call) of a new best validation loss, -1 for none
    # Each layer's parameters at best_at (``layer_arrays``' order: W, b, then batch norm's).
    best_params: list[tuple[np.ndarray, ...]] | None
    # Each layer's parameters as the last step done left them (the arrays the network was
    # given, which early stopping may replace by the best ones); () for none.
    weights: tuple[tuple[np.ndarray, ...], ...]
    # The kernel's work arrays (``fused_kernel.train_steps``): the batch of the last step done,
    # unless the call stopped before a divergence (then the step that was not applied).
    work: KernelWork
    # Each layer's parameters before the last step (``layer_arrays``' order, read-only), when
    # asked for (``keep_before_last``) and every step was done; else None.
    before_last: tuple[tuple[np.ndarray, ...], ...] | None = None


@dataclass(frozen=True)
class KernelWork:
    """The arrays a kernel call works in, left holding its last step's batch: what that
    step's trace shows (``fused_trace``). Units of all layers side by side (``Layout.u_off``)."""

    layout: Layout
    z: np.ndarray  # (units, B) each layer's z; the output layer's is its a too
    a: np.ndarray  # (units, B) each hidden layer's activation
    dz: np.ndarray  # (units, B) dL/dz
    grads: np.ndarray  # (parameters,) the flat layout's gradients, the penalty's included, before any clipping
    predictions: np.ndarray  # (B, outputs)
    loss_terms: np.ndarray  # (B, outputs)
    # Batch norm's, on its layers' units: the weighted sums before it, x-hat, dL/dlinear (units,
    # B); the batch's mean, variance and 1 / std (units, 3).
    linear: np.ndarray
    normalized: np.ndarray
    linear_grad: np.ndarray
    stats: np.ndarray

    @classmethod
    def empty(cls, layout: Layout, rows: int) -> KernelWork:
        units, outputs = layout.units, int(layout.dims[-1])
        bn_units = units if layout.bn.any() else 0  # batch norm's planes: only its layers' units are written
        return cls(layout, np.empty((units, rows)), np.empty((units, rows)), np.empty((units, rows)),
                   np.empty(layout.size), np.empty((rows, outputs)), np.empty((rows, outputs)),
                   np.empty((bn_units, rows)), np.empty((bn_units, rows)), np.empty((bn_units, rows)),
                   np.empty((units, 3)))


Masks = list[np.ndarray | None]  # per hidden layer (steps, B, n) bool, None without dropout


def dropout_masks(network: Network, steps: int, batch_size: int) -> Masks | None:
    """The dropout masks of the network's next ``steps`` steps, drawn from its stream as that
    many numpy steps draw them (the stream moves on); None without dropout (nothing drawn)."""
    if not network.has_dropout:
        return None
    return network.dropout_masks_of_steps(steps, batch_size)


def _keep_arrays(network: Network, layout: Layout, masks: Masks | None, k: int,
                 rows: int) -> tuple[np.ndarray, np.ndarray]:
    """The kernel's dropout arguments: (k, units, rows) bool masks ((k, 0, 0) for none) and
    per layer the scale (1 / keep, 0 at rate 1; -1 where the layer has no dropout)."""
    scale = np.full(network.n_layers, -1.0)
    if masks is None:
        return np.zeros((k, 0, 0), bool), scale
    keep = np.ones((k, layout.units, rows), bool)
    for i, (lay, layer_masks) in enumerate(zip(network.layers, masks)):
        if layer_masks is not None:
            kept = 1.0 - lay.dropout
            scale[i] = 1.0 / kept if kept > 0.0 else 0.0  # as Network._forward_hidden scales
            start = int(layout.u_off[i])
            keep[:, start:start + lay.biases.shape[0]] = layer_masks[:k].transpose(0, 2, 1)
    return keep, scale


def train_steps(network: Network, x: np.ndarray, y: np.ndarray, batches: np.ndarray, evaluate_at: np.ndarray,
                x_val: np.ndarray, y_val: np.ndarray, scan: tuple[list[np.ndarray], list[np.ndarray]] | None,
                best_val_loss: float | None, since_best: int = 0, patience: int | None = None,
                masks: Masks | None = None, keep_before_last: bool = False) -> FusedResult:
    """Train ``network`` on ``batches`` (k, B) of row indices into (x, y) in one kernel call
    (``unsupported_reason(network)`` must be None). On steps where ``evaluate_at`` (k,) is True
    dead and saturated units are scanned on the whole of x before the update and the
    validation loss of (x_val, y_val) is measured after it; ``scan``: the last scan's
    (dead, saturated) masks per layer, which stand on the other steps. The network's
    parameters, optimizer state and ``steps_done`` move on by the steps done (nothing changes
    when numba cannot compile the kernel: KernelUnavailable, and ``unsupported_reason`` says
    why from then on). ``since_best``
    evaluations without a better validation loss than ``best_val_loss`` were made; with
    ``patience``, the call ends after the evaluation that makes them ``patience``. ``masks``:
    each step's dropout masks (``dropout_masks``), needed where a layer has dropout.
    ``keep_before_last``: the result keeps each layer's parameters as they were before the
    last step (``FusedResult.before_last``, when every step was done), for that step's trace."""
    try:
        from . import fused_kernel  # numba is imported (and the kernel compiled) on first use
    except _compile_errors() as exc:
        _broken.append(f"the fused kernel is unavailable: {exc}")
        raise KernelUnavailable(_broken[0]) from exc

    opt = network.optimizer.spec
    packed = _packed(network, opt.kind)
    layout, params, buf, buf2, has_buf = packed.layout, packed.params, packed.buf, packed.buf2, packed.has_buf
    k, n_layers = batches.shape[0], network.n_layers
    if scan is not None:
        dead, saturated = np.concatenate(scan[0]), np.concatenate(scan[1])
    else:
        dead, saturated = np.zeros(layout.units, bool), np.zeros(layout.units, bool)
    hyper = np.array([opt.learning_rate, opt.momentum, opt.l1, opt.l2, opt.beta1, opt.beta2, opt.epsilon,
                      0.0 if opt.clip_norm is None else opt.clip_norm])
    # Adam's bias corrections of each step, as optimizers.py computes them (t counts a parameter's updates).
    t0 = max(network.optimizer.state().adam_steps.values(), default=0)
    adam_bias = np.array([[1.0 - opt.beta1**t, 1.0 - opt.beta2**t] for t in range(t0 + 1, t0 + k + 1)]
                         if opt.kind == "adam" else np.ones((k, 2)))
    best_params = np.empty(layout.size)
    out = {name: np.full(k, math.nan) for name in ("losses", "accuracies", "val_losses", "val_accuracies")}
    norms, global_norms, clipped = np.zeros((k, n_layers)), np.zeros(k), np.zeros(k, bool)
    work = KernelWork.empty(layout, batches.shape[1])
    if masks is None and network.has_dropout:
        raise ValueError("masks: the network has dropout, so each step needs its dropout masks")
    keep, keep_scale = _keep_arrays(network, layout, masks, k, batches.shape[1])
    dead_counts, sat_counts = np.zeros((k, n_layers), np.int64), np.zeros((k, n_layers), np.int64)
    before_last = np.empty(layout.size if keep_before_last else 0)
    try:
        with np.errstate(all="ignore"):  # without numba the loops run on numpy scalars, which warn
            done, status, best, best_at = fused_kernel.train_steps(
                x, y, np.ascontiguousarray(batches, np.int64), np.asarray(evaluate_at, bool), x_val, y_val,
                layout.dims, layout.w_off, layout.b_off, layout.u_off, layout.acts, layout.act_params, layout.can_die,
                layout.sat_limit, layout.out_kind, _OPTIMIZER_CODES[opt.kind], hyper, adam_bias, params, buf, buf2,
                has_buf, dead, saturated, math.inf if best_val_loss is None else best_val_loss, since_best,
                -1 if patience is None else patience, best_params,
                out["losses"], out["accuracies"], out["val_losses"], out["val_accuracies"], norms, global_norms,
                dead_counts, sat_counts, work.z, work.a, work.dz, work.grads, work.predictions, work.loss_terms,
                keep, keep_scale, clipped, np.array([lay.frozen for lay in network.layers], bool), layout.bn,
                layout.p_end, work.linear, work.normalized, work.linear_grad, work.stats, before_last)
    except _compile_errors() as exc:  # compiling happens on the first call; the network is untouched
        _broken.append(f"the fused kernel is unavailable: {exc}")
        raise KernelUnavailable(_broken[0]) from exc
    if done:
        packed.arrays = layout.unpack(network, params)
        if opt.kind != "sgd":
            packed.buffers = _set_buffers(network, layout, buf, buf2, int(done))
        network.steps_done += int(done)
        _PACKED[network] = packed  # the network is as the kernel's arrays: the next call goes on from them
    best_layers = None
    if best_at >= 0:
        best_layers = [layout.layer_params(best_params, i) for i in range(n_layers)]
    before = None
    if keep_before_last and done == k:
        frozen = _read_only(before_last)
        before = tuple(layout.layer_params(frozen, i) for i in range(n_layers))
    return FusedResult(int(done), status == fused_kernel.STOPPED_BEFORE_DIVERGENCE,
                       status == fused_kernel.VALIDATION_DIVERGED, status == fused_kernel.PATIENCE_ENDED,
                       out["losses"], out["accuracies"],
                       out["val_losses"], out["val_accuracies"], norms, global_norms, clipped, dead_counts, sat_counts,
                       layout.hidden_masks(dead), layout.hidden_masks(saturated), float(best), int(best_at),
                       best_layers, packed.arrays if done else (), work, before)


def warm_up() -> bool:
    """Compile the kernel now, or load it from its disk cache, with arrays of the types a
    Trainer passes (read-only data sets), so that a run's first fused call does not wait for
    it: compiling takes seconds, once per installation; loading about half a second. Call it
    off the GUI thread. False (and nothing done) without numba."""
    if not numba_installed():
        return False
    from .network import Network
    from .spec import LayerSpec, NetworkSpec

    network = Network(NetworkSpec(inputs=2, hidden=(LayerSpec(2, "relu"),), outputs=1))
    data = [np.zeros((4, 2)), np.zeros((4, 1)), np.zeros((2, 2)), np.zeros((2, 1))]
    for a in data:
        a.flags.writeable = False
    x, y, x_val, y_val = data
    train_steps(network, x, y, np.zeros((1, 2), np.int64), np.ones(1, bool), x_val, y_val, None, None)
    return True


def _buffer_keys(kind: str, key: str) -> tuple[str, str]:
    """The optimizer's keys of a parameter's buffers: momentum's (twice), or Adam's m and v."""
    return (key, key) if kind == "momentum" else ("m:" + key, "v:" + key)


def _buffers(network: Network, layout: Layout) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The optimizer's buffers (momentum's, or Adam's m and v) in the flat layout, and per
    layer whether it has them yet."""
    state = network.optimizer.state()
    buf, buf2 = np.zeros(layout.size), np.zeros(layout.size)
    has_buf = np.zeros(network.n_layers, bool)
    kind = state.spec.kind
    if kind == "sgd":
        return buf, buf2, has_buf
    for i, lay in enumerate(network.layers):
        ranges = _trained_ranges(layout, i, lay)
        found = [(state.buffers.get(first), state.buffers.get(second), start, stop)
                 for key, start, stop, _ in ranges for first, second in [_buffer_keys(kind, key)]]
        if all(first is not None and second is not None for first, second, _, _ in found):
            for first, second, start, stop in found:
                buf[start:stop] = cast(np.ndarray, first).reshape(-1)
                buf2[start:stop] = cast(np.ndarray, second).reshape(-1)
            has_buf[i] = True
    return buf, buf2, has_buf


def _trained_ranges(layout: Layout, i: int, lay: LayerState) -> list[tuple[str, int, int, tuple[int, ...]]]:
    """Layer i's trained parameters in the flat layout: (optimizer key, start, stop, shape) of
    W, b (, gamma, beta)."""
    start, ranges = int(layout.w_off[i]), []
    for key, array in zip(lay.keys, layer_arrays(lay)):
        ranges.append((key, start, start + array.size, array.shape))
        start += array.size
    return ranges


def _set_buffers(network: Network, layout: Layout, buf: np.ndarray, buf2: np.ndarray,
                 steps: int) -> tuple[tuple[str, np.ndarray], ...]:
    """The optimizer's state after ``steps`` kernel steps: its buffers from the flat ones (views
    of a read-only copy of each), and for Adam each parameter's update count; returns the
    buffers set, by key."""
    state = network.optimizer.state()
    kind = state.spec.kind
    buffers, adam_steps = dict(state.buffers), dict(state.adam_steps)
    firsts = _read_only(buf.copy())
    seconds = _read_only(buf2.copy()) if kind == "adam" else firsts
    for i, lay in enumerate(network.layers):
        for key, start, stop, shape in _trained_ranges(layout, i, lay):
            first, second = _buffer_keys(kind, key)
            buffers[first] = firsts[start:stop].reshape(shape)
            if kind == "adam":
                buffers[second] = seconds[start:stop].reshape(shape)
                adam_steps[key] = adam_steps.get(key, 0) + steps
    network.optimizer.set_state(OptimizerState(state.spec, buffers, adam_steps))
    return tuple(buffers.items())
