"""A fully connected network in numpy whose training step returns a StepTrace.

Conventions: a batch is a (B, n_inputs) array; a layer computes z = a_prev @ W + b with
W of shape (n_in, n); hidden layers may batch-normalize z before the activation and drop
units after it (inverted dropout). Parameters are never changed in place: each update
makes new arrays, so a trace can hold the weights of its step without copying them.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import numpy as np

from . import batch_norm
from .activations import Activation, make_activation, parameter_setting
from .divergence import all_finite
from .dropout import DropoutMasks, frozen_copy
from .initializers import init_weights
from .losses import loss_from_terms, loss_grad, loss_value, output_activation, output_and_loss_terms
from .optimizers import Optimizer
from .parameters import ParameterAccess
from .spec import LayerSpec, NetworkSpec, OptimizerSpec, SpecError, check_batch_norm_batch
from .trace import LayerTrace, StepTrace, build
from .unit_scan import UnitScan

_PARAMS = ("weights", "biases", "gamma", "beta")  # a layer's parameters, in the order of its optimizer keys


@dataclass
class _Layer:
    """Parameters and settings of one layer (hidden or output)."""

    name: str
    activation: Activation | None  # None for the output layer
    output_kind: str | None  # "sigmoid" / "softmax" / "linear" for the output layer
    weights: np.ndarray
    biases: np.ndarray
    dropout: float = 0.0
    frozen: bool = False
    batch_norm: bool = False
    gamma: np.ndarray | None = None
    beta: np.ndarray | None = None
    running_mean: np.ndarray | None = None
    running_var: np.ndarray | None = None
    # The optimizer's keys of W, b (and gamma, beta): "0.W", "0.b", ... made once, not per step.
    keys: tuple[str, ...] = ()


@dataclass(slots=True)
class _Forward:
    """What one forward pass leaves for the backward pass of the same layer."""

    a_prev: np.ndarray
    linear: np.ndarray
    z: np.ndarray
    activation: np.ndarray  # f(z) before dropout
    out: np.ndarray  # after dropout: what the next layer sees
    mask: np.ndarray | None
    keep_scale: float
    bn_mean: np.ndarray | None = None
    bn_var: np.ndarray | None = None
    bn_xhat: np.ndarray | None = None
    bn_inv_std: np.ndarray | None = None


@dataclass(slots=True)
class _Backward:
    """What the backward pass computes, per layer (index i = layer i)."""

    node_grads: list[np.ndarray]  # (B, n) dL/dz
    linear_grads: list[np.ndarray]  # (B, n) dL/d(a_prev @ W + b): dL/dz, or through batch norm
    grads: list[tuple[np.ndarray, ...]]  # dW, db (, dgamma, dbeta): the order of the optimizer keys; penalty included
    sq_sums: list[tuple[np.floating, ...]]  # their sums of squares, for the layer's norm
    # The loss's own gradients (without the penalty's) and their sums of squares: what
    # clipping measures and scales. The same objects as grads and sq_sums without l1 and l2.
    loss_grads: list[tuple[np.ndarray, ...]]
    loss_sq_sums: list[tuple[np.floating, ...]]
    penalty_grads: list[np.ndarray | None]  # (n_in, n) l1 sign(W) + l2 W, None without l1 and l2


# ndarray.setflags(a, False) is a.flags.writeable = False at a fifth of the cost (no flags
# object, no keyword, no bound method): a step makes about ten arrays per layer read-only.
_set_flags = np.ndarray.setflags


def _readonly(a: np.ndarray) -> np.ndarray:
    _set_flags(a, False)
    return a


class Network(ParameterAccess):
    """Build from a NetworkSpec; train with ``train_step``; read and set parameters.

    Random streams are derived from ``spec.seed``: one for the initial weights and one
    for dropout masks, so the same spec gives the same weights and masks everywhere.
    """

    def __init__(self, spec: NetworkSpec, optimizer: OptimizerSpec | None = None):
        self.spec = spec
        self.dtype = np.dtype(spec.dtype)
        init_seq, dropout_seq = np.random.SeedSequence(spec.seed).spawn(2)
        init_rng = np.random.default_rng(init_seq)
        self._masks = DropoutMasks(np.random.default_rng(dropout_seq))
        self._constant_mask = self._masks.constant
        self.optimizer = Optimizer(optimizer or OptimizerSpec())
        self.layers: list[_Layer] = []
        fan_in = spec.inputs
        for i, layer_spec in enumerate(spec.hidden):
            self.layers.append(self._make_hidden(i, layer_spec, fan_in, init_rng))
            fan_in = layer_spec.units
        self.layers.append(
            _Layer(
                name="output",
                activation=None,
                output_kind=spec.output,
                weights=self._param(init_weights(spec.init, fan_in, spec.outputs, spec.init_scale, init_rng)),
                biases=self._param(np.full(spec.outputs, spec.bias_init)),
                frozen=spec.output_frozen,
            )
        )
        for i, lay in enumerate(self.layers):
            lay.keys = (f"{i}.W", f"{i}.b", f"{i}.gamma", f"{i}.beta") if lay.batch_norm else (f"{i}.W", f"{i}.b")
        self._hidden_widths = [lay.biases.shape[0] for lay in self.layers[:-1]]
        self._has_batch_norm = any(lay.batch_norm for lay in self.layers)
        self._unit_scan = UnitScan([lay.activation for lay in self.layers[:-1]],
                                   [lay.biases.shape[0] for lay in self.layers], self._constant_mask)
        self.steps_done = 0

    def _make_hidden(self, i: int, ls: LayerSpec, fan_in: int, rng: np.random.Generator) -> _Layer:
        s = self.spec
        layer = _Layer(
            name=f"hidden {i + 1}",
            activation=make_activation(ls.activation, parameter_setting(ls.activation, s)),
            output_kind=None,
            weights=self._param(init_weights(s.init, fan_in, ls.units, s.init_scale, rng)),
            biases=self._param(np.full(ls.units, s.bias_init)),
            dropout=float(ls.dropout),
            frozen=ls.frozen,
            batch_norm=ls.batch_norm,
        )
        if ls.batch_norm:
            layer.gamma = self._param(np.ones(ls.units))
            layer.beta = self._param(np.zeros(ls.units))
            layer.running_mean = self._param(np.zeros(ls.units))
            layer.running_var = self._param(np.ones(ls.units))
        return layer

    # ----- forward ------------------------------------------------------------------

    def draw_dropout_masks(self, batch_size: int) -> list[np.ndarray]:
        """Masks (B, n) bool for every hidden layer, True = kept, from the dropout stream."""
        return [m.copy() for m in self._step_masks(batch_size)]

    def _step_masks(self, batch_size: int) -> list[np.ndarray]:
        """The masks of draw_dropout_masks, read-only as a trace shows them."""
        return self._masks.draw([lay.dropout for lay in self.layers[:-1]], self._hidden_widths, batch_size)

    @staticmethod
    def _batch_norm(lay: _Layer, fw: _Forward, training: bool) -> None:
        """z from the weighted sums: the batch's statistics in training mode, the running ones in evaluation mode."""
        linear = fw.linear
        if training:
            mean = linear.mean(axis=0)
            var = linear.var(axis=0)
        else:
            mean, var = lay.running_mean, lay.running_var
        fw.z, fw.bn_xhat, fw.bn_inv_std = batch_norm.normalize(linear, mean, var, lay.gamma, lay.beta)
        fw.bn_mean, fw.bn_var = mean, var

    def _forward_hidden(self, x: np.ndarray, training: bool, masks: list[np.ndarray] | None) -> list[_Forward]:
        """The hidden layers' passes; the last one's ``out`` is what the output layer sees."""
        a = x
        passes: list[_Forward] = []
        for i, lay in enumerate(self.layers[:-1]):
            linear = a @ lay.weights + lay.biases
            # a_prev, linear, z, activation, out, mask, keep_scale
            fw = _Forward(a, linear, linear, linear, linear, None, 1.0)
            if lay.batch_norm:
                self._batch_norm(lay, fw, training)
            fw.activation = fw.out = lay.activation.forward(fw.z)
            if training and masks is not None and lay.dropout > 0.0:
                keep = 1.0 - lay.dropout
                # Inverted dropout; at rate 1.0 every unit is dropped and the scale is moot.
                # In the network's dtype: a Python float would turn a float32 network's arrays float64.
                fw.keep_scale = self.dtype.type(1.0 / keep if keep > 0.0 else 0.0)
                fw.mask = masks[i]
                fw.out = fw.activation * (fw.mask * fw.keep_scale)
            passes.append(fw)
            a = fw.out
        return passes

    def _forward_output(self, passes: list[_Forward], x: np.ndarray) -> _Forward:
        """The output layer's pass up to z; the caller sets the prediction."""
        a = passes[-1].out if passes else x
        lay = self.layers[-1]
        linear = a @ lay.weights + lay.biases
        return _Forward(a, linear, linear, linear, linear, None, 1.0)

    def _forward(self, x: np.ndarray, training: bool, masks: list[np.ndarray] | None) -> list[_Forward]:
        passes = self._forward_hidden(x, training, masks)
        out = self._forward_output(passes, x)
        out.activation = out.out = output_activation(self.layers[-1].output_kind, out.z)
        passes.append(out)
        return passes

    def layer_outputs(self, x: np.ndarray) -> list[np.ndarray]:
        """Evaluation-mode output of every layer for the rows of x: one (N, n) array per
        layer, first hidden layer first (e.g. each node's output over the input plane)."""
        with np.errstate(all="ignore"):
            return [fw.out for fw in self._forward(np.asarray(x, dtype=self.dtype), training=False, masks=None)]

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Evaluation-mode output (B, n_outputs): no dropout, batch norm's running statistics."""
        with np.errstate(all="ignore"):
            return self._forward(np.asarray(x, dtype=self.dtype), training=False, masks=None)[-1].out

    def evaluate_loss(self, x: np.ndarray, y: np.ndarray) -> float:
        """Evaluation-mode data loss on (x, y)."""
        with np.errstate(all="ignore"):
            x = np.asarray(x, dtype=self.dtype)
            # The loss needs the output layer's z only, not its prediction.
            z = self._forward_output(self._forward_hidden(x, training=False, masks=None), x).z
            return loss_value(self.spec.output, z, np.asarray(y, dtype=self.dtype))

    def training_loss(self, x: np.ndarray, y: np.ndarray, dropout_masks: list[np.ndarray] | None = None) -> float:
        """Training-mode loss + penalty with the given masks, changing nothing (for gradient checks)."""
        with np.errstate(all="ignore"):
            x = np.asarray(x, dtype=self.dtype)
            # None keeps every unit: no dropout at all, so no 1/(1 - rate) scaling either.
            masks = None if dropout_masks is None else [np.asarray(m, dtype=bool) for m in dropout_masks]
            z = self._forward_output(self._forward_hidden(x, training=True, masks=masks), x).z
            return loss_value(self.spec.output, z, np.asarray(y, dtype=self.dtype)) + self.penalty()

    def dead_units(self, x: np.ndarray) -> list[np.ndarray]:
        """Per layer (n,) bool: a unit through which no gradient flows, a ReLU unit whose
        z <= 0 for every row of x (evaluation mode; see ``unit_scan``)."""
        return self._unit_scan.dead(self._scan_zs(x))

    def saturated_units(self, x: np.ndarray) -> list[np.ndarray]:
        """Per layer (n,) bool: a sigmoid or tanh unit whose slope f'(z) is below 1% of its
        maximum for every row of x (evaluation mode; see ``unit_scan``)."""
        return self._unit_scan.saturated(self._scan_zs(x))

    def _scan_zs(self, x: np.ndarray) -> list[np.ndarray]:
        """The hidden layers' z in evaluation mode (the output layer's units are never scanned)."""
        with np.errstate(all="ignore"):
            passes = self._forward_hidden(np.asarray(x, dtype=self.dtype), training=False, masks=None)
        return [fw.z for fw in passes]

    # ----- one training step --------------------------------------------------------

    def train_step(
        self,
        x: np.ndarray,
        y: np.ndarray,
        *,
        dropout_masks: list[np.ndarray] | None = None,
        dead_scan_x: np.ndarray | None = None,
    ) -> StepTrace:
        """Forward, loss, backward and update on one batch; returns the StepTrace.

        x (B, n_inputs), y (B, n_outputs). ``dropout_masks``: one (B, n) bool array per
        hidden layer (True = kept), or None to draw them from the network's seeded stream.
        ``dead_scan_x``: the examples on which dead and saturated units are measured (the
        whole training set, as the Trainer passes it); None measures them on this batch.
        The caller's arrays are left as they are: the trace holds read-only copies (or the
        arrays themselves where they are read-only already).
        """
        return self._checked_step(x, y, dropout_masks, dead_scan_x, preview=False)

    def preview_step(
        self,
        x: np.ndarray,
        y: np.ndarray,
        *,
        dropout_masks: list[np.ndarray] | None = None,
        dead_scan_x: np.ndarray | None = None,
    ) -> StepTrace:
        """Forward, loss and backward on one batch with NO update: the picture of the
        network as it is now (e.g. its initial weights, before the first step).

        Arguments as ``train_step``. The trace's ``step`` is -1 (``StepTrace.preview``); its
        updates (``weight_update``, ``bias_update``, batch norm's ``gamma_update`` and
        ``beta_update``) are all zero and its running statistics are the current ones;
        ``clipped`` is False. Nothing changes: parameters, optimizer state, ``steps_done``
        and the dropout stream stay as they were (the masks drawn are the very masks the
        next ``train_step`` will draw), so training after a preview is bit-identical to
        training without it.
        """
        return self._checked_step(x, y, dropout_masks, dead_scan_x, preview=True)

    def _checked_step(self, x: np.ndarray, y: np.ndarray, dropout_masks: list[np.ndarray] | None,
                      dead_scan_x: np.ndarray | None, preview: bool) -> StepTrace:
        """``train_step`` or ``preview_step`` after checking and freezing the inputs."""
        x = frozen_copy(x, self.dtype)
        y = frozen_copy(y, self.dtype)
        if x.ndim != 2 or x.shape[1] != self.spec.inputs:
            raise SpecError("x", f"shape must be (B, {self.spec.inputs}), got {x.shape}")
        if y.shape != (x.shape[0], self.spec.outputs):
            raise SpecError("y", f"shape must be ({x.shape[0]}, {self.spec.outputs}), got {y.shape}")
        if self._has_batch_norm:
            check_batch_norm_batch(self.spec, x.shape[0])
        rates = [lay.dropout for lay in self.layers[:-1]]
        if dropout_masks is not None:
            masks = self._masks.given(dropout_masks, rates, self._hidden_widths, x.shape[0])
        elif preview:
            # From a copy of the dropout stream: the masks of the next step, the stream untouched.
            masks = DropoutMasks(copy.deepcopy(self._masks.rng)).draw(rates, self._hidden_widths, x.shape[0])
        else:
            masks = self._step_masks(x.shape[0])
        # Without batch norm and dropout, evaluation mode computes exactly the training
        # forward pass, so dead units on this batch are read from the step's own pass.
        if dead_scan_x is None and not any(lay.batch_norm or lay.dropout > 0.0 for lay in self.layers):
            scan_zs = None
        else:
            scan_zs = self._scan_zs(x if dead_scan_x is None else dead_scan_x)

        with np.errstate(all="ignore"):
            return self._step(x, y, masks, scan_zs, x.shape[0] if dead_scan_x is None else len(dead_scan_x), preview)

    def _step(self, x, y, masks, scan_zs, dead_scan_size, preview: bool = False) -> StepTrace:
        # A step on a small network is about twenty numpy calls per layer, each costing a
        # microsecond or so whatever the size, and the Python around them adds half as
        # much again: the loops of the helpers below are kept plain (locals, few calls per
        # item) for that.
        kind = self.spec.output
        passes = self._forward_hidden(x, training=True, masks=masks)
        if scan_zs is None:
            scan_zs = [fw.z for fw in passes]
        dead, saturated = self._unit_scan.dead(scan_zs), self._unit_scan.saturated(scan_zs)
        out = self._forward_output(passes, x)
        # The prediction and the loss's terms of the same z share their exponentials.
        out.activation, loss_terms = output_and_loss_terms(kind, out.z, y)
        loss = loss_from_terms(kind, loss_terms)
        out.out = out.activation
        passes.append(out)
        penalty = self.penalty()
        back = self._backward(passes, loss_grad(kind, out.z, out.activation, y))
        global_norm, diverged, clipped, updates = self._updates(back, loss, preview, self._forward_finite(passes))
        new_params = self._new_params(updates)
        # The layers' traces hold the parameters of this step; then the new parameters
        # replace them: new arrays, never changed in place.
        last = len(self.layers) - 1
        layer_traces = tuple(
            self._layer_trace(i, passes[i], back, new_params[i], masks[i] if i < last else None, dead[i], saturated[i],
                              update_running=not preview)
            for i in range(len(self.layers)))
        if preview:  # a picture of the network as it is: nothing applied, not counted
            step = -1
        else:
            if not diverged:
                self._apply(new_params, layer_traces)
            self.steps_done += 1
            step = self.steps_done - 1
        return build(StepTrace, {
            "step": step,
            "inputs": _readonly(x),
            "targets": _readonly(y),
            "layers": layer_traces,
            "loss": loss,
            "penalty": float(penalty),
            "loss_terms": _readonly(loss_terms),
            "learning_rate": float(self.optimizer.spec.learning_rate),
            "grad_norm": global_norm,
            "clipped": clipped,
            "diverged": diverged,
            "val_loss": None,
            "dead_scan_size": int(dead_scan_size),
            "val_accuracy": None,
        })

    def _backward(self, passes: list[_Forward], dz: np.ndarray) -> _Backward:
        """Backward, output layer first, from the output layer's dL/dz."""
        opt = self.optimizer.spec
        layers = self.layers
        n = len(layers)
        add_reduce = np.add.reduce  # add_reduce(g, 0) is g.sum(axis=0) without ndarray.sum's Python layer
        l1, l2 = opt.l1, opt.l2
        back = _Backward(*([None] * n for _ in range(7)))  # type: ignore[arg-type]
        for i in range(n - 1, -1, -1):
            lay = layers[i]
            fw = passes[i]
            back.node_grads[i] = dz
            if lay.batch_norm:
                dlinear, bn_grads = batch_norm.backward(dz, lay.gamma, fw.bn_xhat, fw.bn_inv_std)
            else:
                dlinear = dz
            back.linear_grads[i] = dlinear
            dw = fw.a_prev.T @ dlinear
            db = add_reduce(dlinear, 0)
            sq_sums = (add_reduce(dw * dw, None), add_reduce(db * db, None))  # (g * g).sum() each
            grads = (dw, db)
            if lay.batch_norm:
                grads += bn_grads
                sq_sums += tuple([add_reduce(g * g, None) for g in bn_grads])
            back.loss_grads[i], back.loss_sq_sums[i] = grads, sq_sums
            if l1 or l2:
                penalty = l1 * np.sign(lay.weights) if l1 else None
                if l2:
                    penalty = l2 * lay.weights if penalty is None else penalty + l2 * lay.weights
                back.penalty_grads[i] = penalty
                dw = dw + penalty
                grads = (dw,) + grads[1:]
                sq_sums = (add_reduce(dw * dw, None),) + sq_sums[1:]
            back.grads[i], back.sq_sums[i] = grads, sq_sums
            if i > 0:
                below = layers[i - 1].activation
                below_fw = passes[i - 1]
                da = dlinear @ lay.weights.T
                if below_fw.mask is not None:
                    da = da * (below_fw.mask * below_fw.keep_scale)
                if below.backward is not None:
                    dz = below.backward(below_fw.z, below_fw.activation, da)
                else:
                    dz = da * below.derivative(below_fw.z, below_fw.activation)
        return back

    def _forward_finite(self, passes: list[_Forward]) -> bool:
        """No NaN or Inf in any layer's z, nor in batch norm's statistics (the batch's and the
        running ones this step would leave). Batch norm hides an infinite variance from the
        loss and the gradients (1 / sqrt(inf) = 0), and a ReLU or tanh unit hides an
        infinite z (its slope is 0 there): the loss and the gradient norm alone miss both."""
        arrays = [fw.z for fw in passes]
        for lay, fw in zip(self.layers, passes):
            if fw.bn_mean is not None:
                arrays += [fw.bn_mean, fw.bn_var]
                if not lay.frozen:
                    arrays += batch_norm.running_statistics(lay.running_mean, lay.running_var, fw.bn_mean,
                                                            fw.bn_var, fw.z.shape[0])
        return all_finite(arrays)

    def _updates(self, back: _Backward, loss: float, preview: bool = False,
                 forward_finite: bool = True) -> tuple[float, bool, bool, list[list[np.ndarray] | None]]:
        """(global norm, diverged, clipped, updates): updates[i] holds the updates of layer i's
        parameters, in the order of its gradients; None when there are none (always for a
        ``preview``: the optimizer, whose state a step advances, is not asked).
        ``forward_finite`` False (see ``_forward_finite``) is divergence too."""
        opt = self.optimizer.spec
        layers = self.layers
        last = len(layers) - 1
        grads = back.grads
        # The global norm sums the squares output layer first, dW, db (, dgamma, dbeta) per
        # layer, of the loss's gradients only: the penalty's are added after clipping (as
        # PyTorch's weight_decay is added after clip_grad_norm_).
        trainable = [i for i in range(last, -1, -1) if not layers[i].frozen]
        global_norm = math.sqrt(sum([float(sq) for i in trainable for sq in back.loss_sq_sums[i]]))
        # A finite global norm already means finite trainable gradients: an inf or NaN
        # element makes the sum inf or NaN (and so does a finite one whose square
        # overflows, which counts as divergence too). Frozen gradients are not in the
        # norm; they are checked element by element, so a huge finite one is no divergence.
        diverged = not (forward_finite and math.isfinite(loss) and math.isfinite(global_norm))
        if not diverged and (opt.l1 or opt.l2):  # the penalty's gradients are not in the norm
            diverged = not math.isfinite(sum([float(back.sq_sums[i][0]) for i in trainable]))
        if not diverged and len(trainable) <= last:
            diverged = not all(np.isfinite(g).all() for lay, gs in zip(layers, grads) if lay.frozen for g in gs)
        updates: list[list[np.ndarray] | None] = [None] * len(layers)
        if diverged or not trainable or preview:
            return global_norm, diverged, False, updates
        keys: list[str] = []
        to_apply: list[np.ndarray] = []
        # PyTorch's clip_grad_norm_: scale by clip / (norm + 1e-6) when that is below 1.
        factor = 1.0 if opt.clip_norm is None else opt.clip_norm / (global_norm + 1e-6)
        clipped = factor < 1.0
        for i in trainable:
            keys += layers[i].keys
            if not clipped:
                to_apply += grads[i]
                continue
            scaled = [g * factor for g in back.loss_grads[i]]
            if back.penalty_grads[i] is not None:
                scaled[0] = scaled[0] + back.penalty_grads[i]
            to_apply += scaled
        new = self.optimizer.updates(keys, to_apply)
        start = 0
        for i in trainable:
            stop = start + len(grads[i])
            updates[i] = new[start:stop]
            start = stop
        return global_norm, diverged, clipped, updates

    def _new_params(self, updates: list[list[np.ndarray] | None]) -> list[tuple[list[np.ndarray], list[np.ndarray]] | None]:
        """Per layer (new parameters, their changes) from the optimizer's updates, None where
        there are none. The change recorded is new - old as computed, so that a trace's
        ``weight_update`` is exactly W_after - W_before (old + update may round). A plain
        loop: it runs for every layer of every step."""
        result: list[tuple[list[np.ndarray], list[np.ndarray]] | None] = []
        for lay, layer_updates in zip(self.layers, updates):
            if layer_updates is None:
                result.append(None)
                continue
            news, changes = [], []
            for old, update in zip((lay.weights, lay.biases, lay.gamma, lay.beta), layer_updates):
                new = old + update
                _set_flags(new, False)
                news.append(new)
                changes.append(new - old)
            result.append((news, changes))
        return result

    def _layer_trace(self, i: int, fw: _Forward, back: _Backward,
                     new_params: tuple[list[np.ndarray], list[np.ndarray]] | None,
                     mask: np.ndarray | None, dead: np.ndarray, saturated: np.ndarray,
                     update_running: bool = True) -> LayerTrace:
        """Layer i's trace; ``mask``: its dropout mask (None for the output layer);
        ``update_running``: batch norm's running statistics take this step's batch in."""
        lay = self.layers[i]
        layer_grads = back.grads[i]
        dw, db = layer_grads[0], layer_grads[1]
        if new_params is None:  # frozen, diverged or nothing to train: zeros
            layer_updates = [np.zeros_like(getattr(lay, attr)) for attr in _PARAMS[: len(layer_grads)]]
        else:
            layer_updates = new_params[1]
        w_upd, b_upd = layer_updates[0], layer_updates[1]
        sq = back.sq_sums[i]
        grad_norm = float(sq[0] + sq[1])
        bn = None
        if lay.batch_norm:
            grad_norm += float(sq[2] + sq[3])
            params = {"gamma": lay.gamma, "beta": lay.beta, "running_mean": lay.running_mean, "running_var": lay.running_var}
            bn = batch_norm.trace(fw.linear, fw.bn_mean, fw.bn_var, fw.bn_xhat, fw.bn_inv_std, params,
                                  layer_grads, layer_updates, back.linear_grads[i],
                                  update_running=update_running and not lay.frozen)
        hidden = mask is not None
        # Every array read-only, as a trace promises: most are new in this step;
        # parameters may be arrays someone put in writable (a gradient check).
        # Masks and dead units are read-only already.
        for arr in (lay.weights, lay.biases, fw.z, fw.out, back.node_grads[i], dw, db, w_upd, b_upd):
            _set_flags(arr, False)
        return build(LayerTrace, {
            "index": i,
            "name": lay.name,
            "activation_name": lay.activation.name if hidden else lay.output_kind,
            "activation_parameter": lay.activation.parameter if hidden else None,
            "weights": lay.weights,
            "biases": lay.biases,
            "pre_activation": fw.z,
            "activation": fw.out,
            "node_grad": back.node_grads[i],
            "weight_grad": dw,
            "bias_grad": db,
            "dropout_rate": lay.dropout if hidden else 0.0,
            "dropout_mask": mask if hidden else self._constant_mask(True, fw.z.shape),
            "dead_units": dead,
            "saturated_units": saturated,
            "batch_norm": bn,
            "weight_update": w_upd,
            "bias_update": b_upd,
            "grad_norm": math.sqrt(grad_norm),
            "frozen": lay.frozen,
        })

    def _apply(self, new_params: list[tuple[list[np.ndarray], list[np.ndarray]] | None],
               traces: tuple[LayerTrace, ...]) -> None:
        """The new parameters (and batch norm's running statistics) after a step that did not diverge."""
        for lay, layer_params, trace in zip(self.layers, new_params, traces):
            if layer_params is not None:
                for attr, value in zip(_PARAMS, layer_params[0]):
                    setattr(lay, attr, value)
            if lay.batch_norm:
                lay.running_mean = trace.batch_norm.running_mean
                lay.running_var = trace.batch_norm.running_var
