"""A fully connected network in numpy whose training step returns a StepTrace.

Conventions: a batch is a (B, n_inputs) array; a layer computes z = a_prev @ W + b with
W of shape (n_in, n); hidden layers may batch-normalize z before the activation and drop
units after it (inverted dropout). Parameters are never changed in place: each update
makes new arrays, so a trace can hold the weights of its step without copying them.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np

from . import batch_norm
from .accuracy import accuracy
from .activations import Activation, make_activation, parameter_setting
from .backward import backward, updates
from .divergence import all_finite
from .dropout import DropoutMasks, frozen_copy
from .initializers import init_weights
from .layer_state import PARAMS, Backward, Forward, LayerState
from .losses import loss_from_terms, loss_grad, loss_value, output_activation, output_and_loss_terms
from .optimizers import Optimizer
from .parameters import ParameterAccess
from .spec import LayerSpec, NetworkSpec, OptimizerSpec, SpecError, check_batch_norm_batch
from .step_record import layer_grad_norm, layer_trace, new_params, readonly
from .trace import BatchNormTrace, StepOutcome, StepTrace, build
from .unit_scan import UnitScan


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
        self.layers: list[LayerState] = []
        fan_in = spec.inputs
        for i, layer_spec in enumerate(spec.hidden):
            self.layers.append(self._make_hidden(i, layer_spec, fan_in, init_rng))
            fan_in = layer_spec.units
        self.layers.append(
            LayerState(
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
        self._unit_scan = UnitScan([cast(Activation, lay.activation) for lay in self.layers[:-1]],
                                   [lay.biases.shape[0] for lay in self.layers], self._constant_mask)
        self.steps_done = 0

    def _make_hidden(self, i: int, ls: LayerSpec, fan_in: int, rng: np.random.Generator) -> LayerState:
        s = self.spec
        layer = LayerState(
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

    @property
    def has_dropout(self) -> bool:
        """Some hidden layer drops units in training (its steps draw masks from the stream)."""
        return any(lay.dropout > 0.0 for lay in self.layers[:-1])

    def dropout_masks_of_steps(self, steps: int, batch_size: int) -> list[np.ndarray | None]:
        """The masks of the next ``steps`` steps from the dropout stream, which moves on as
        that many steps move it: per hidden layer (steps, B, n) bool, None without dropout."""
        return self._masks.draw_steps([lay.dropout for lay in self.layers[:-1]], self._hidden_widths, batch_size,
                                      steps)

    def _step_masks(self, batch_size: int) -> list[np.ndarray]:
        """The masks of draw_dropout_masks, read-only as a trace shows them."""
        return self._masks.draw([lay.dropout for lay in self.layers[:-1]], self._hidden_widths, batch_size)

    @staticmethod
    def _batch_norm(lay: LayerState, fw: Forward, training: bool) -> None:
        """z from the weighted sums: the batch's statistics in training mode, the running ones in evaluation mode."""
        linear = fw.linear
        if training:
            mean = linear.mean(axis=0)
            var = linear.var(axis=0)
        else:
            mean, var = lay.running_mean, lay.running_var
        # A batch-norm layer has gamma and beta (and running statistics).
        fw.z, fw.bn_xhat, fw.bn_inv_std = batch_norm.normalize(linear, cast(np.ndarray, mean), cast(np.ndarray, var),
                                                               cast(np.ndarray, lay.gamma), cast(np.ndarray, lay.beta))
        fw.bn_mean, fw.bn_var = mean, var

    def _forward_hidden(self, x: np.ndarray, training: bool, masks: list[np.ndarray] | None) -> list[Forward]:
        """The hidden layers' passes; the last one's ``out`` is what the output layer sees."""
        a = x
        passes: list[Forward] = []
        for i, lay in enumerate(self.layers[:-1]):
            linear = a @ lay.weights + lay.biases
            # a_prev, linear, z, activation, out, mask, keep_scale
            fw = Forward(a, linear, linear, linear, linear, None, 1.0)
            if lay.batch_norm:
                self._batch_norm(lay, fw, training)
            fw.activation = fw.out = cast(Activation, lay.activation).forward(fw.z)  # a hidden layer's
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

    def _forward_output(self, passes: list[Forward], x: np.ndarray) -> Forward:
        """The output layer's pass up to z; the caller sets the prediction."""
        a = passes[-1].out if passes else x
        lay = self.layers[-1]
        linear = a @ lay.weights + lay.biases
        return Forward(a, linear, linear, linear, linear, None, 1.0)

    def _forward(self, x: np.ndarray, training: bool, masks: list[np.ndarray] | None) -> list[Forward]:
        passes = self._forward_hidden(x, training, masks)
        out = self._forward_output(passes, x)
        out.activation = out.out = output_activation(cast(str, self.layers[-1].output_kind), out.z)
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

    def evaluate_loss_and_prediction(self, x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
        """(``evaluate_loss(x, y)``, ``predict(x)``) from one forward pass: the same numbers."""
        with np.errstate(all="ignore"):
            x = np.asarray(x, dtype=self.dtype)
            z = self._forward_output(self._forward_hidden(x, training=False, masks=None), x).z
            kind = self.spec.output
            return loss_value(kind, z, np.asarray(y, dtype=self.dtype)), output_activation(kind, z)

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
        x, y, masks, scan_zs, scan_size = self._checked_inputs(x, y, dropout_masks, dead_scan_x, preview=False)
        with np.errstate(all="ignore"):
            return self._step(x, y, masks, scan_zs, scan_size)

    def train_step_outcome(
        self,
        x: np.ndarray,
        y: np.ndarray,
        *,
        dropout_masks: list[np.ndarray] | None = None,
        dead_scan_x: np.ndarray | None = None,
    ) -> StepOutcome:
        """``train_step`` without its trace, for a step that will not be drawn: forward,
        loss, backward and update, returning only the numbers a run keeps for every step
        (loss, gradient norms, dead and saturated units, accuracy). Arguments as
        ``train_step``. The weights, the optimizer's state, the random streams and every
        number are bit for bit those of ``train_step`` (tests compare both on every lesson);
        it only leaves out recording what the picture needs (the trace's read-only arrays,
        the parameters' changes, the LayerTraces).
        """
        x, y, masks, scan_zs, scan_size = self._checked_inputs(x, y, dropout_masks, dead_scan_x, preview=False)
        with np.errstate(all="ignore"):
            return self._step_outcome(x, y, masks, scan_zs, scan_size)

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
        x, y, masks, scan_zs, scan_size = self._checked_inputs(x, y, dropout_masks, dead_scan_x, preview=True)
        with np.errstate(all="ignore"):
            return self._step(x, y, masks, scan_zs, scan_size, preview=True)

    def _checked_inputs(self, x: np.ndarray, y: np.ndarray, dropout_masks: list[np.ndarray] | None,
                        dead_scan_x: np.ndarray | None, preview: bool
                        ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray], list[np.ndarray] | None, int]:
        """A step's inputs checked and frozen, its dropout masks, and the z of the scan for dead
        units (None: the step's own pass) with the number of examples scanned."""
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
        return x, y, masks, scan_zs, x.shape[0] if dead_scan_x is None else len(dead_scan_x)

    def _passes(self, x: np.ndarray, y: np.ndarray, masks: list[np.ndarray], scan_zs: list[np.ndarray] | None,
                preview: bool) -> _Passes:
        """Forward, loss, backward and the optimizer's updates of one step, nothing applied or recorded."""
        # A step on a small network is about twenty numpy calls per layer, each costing a
        # microsecond or so whatever the size, and the Python around them adds half as
        # much again: the loops of the helpers are kept plain (locals, few calls per item) for that.
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
        opt = self.optimizer.spec
        back = backward(self.layers, passes, loss_grad(kind, out.z, out.activation, y), opt.l1, opt.l2)
        global_norm, diverged, clipped, layer_updates = updates(self.optimizer, self.layers, back, loss, preview,
                                                                self._forward_finite(passes))
        return _Passes(passes, back, dead, saturated, loss, loss_terms, global_norm, diverged, clipped, layer_updates)

    def _step(self, x: np.ndarray, y: np.ndarray, masks: list[np.ndarray], scan_zs: list[np.ndarray] | None,
              dead_scan_size: int, preview: bool = False) -> StepTrace:
        """A step that records its trace (``step_record``)."""
        p = self._passes(x, y, masks, scan_zs, preview)
        penalty = self.penalty()
        params = new_params(self.layers, p.updates)
        # The layers' traces hold the parameters of this step; then the new parameters
        # replace them: new arrays, never changed in place.
        last = len(self.layers) - 1
        layer_traces = tuple(
            layer_trace(self.layers[i], i, p.passes[i], p.back, params[i], masks[i] if i < last else None, p.dead[i],
                        p.saturated[i], self._constant_mask, update_running=not preview)
            for i in range(len(self.layers)))
        if preview:  # a picture of the network as it is: nothing applied, not counted
            step = -1
        else:
            if not p.diverged:
                self._apply(params, [lt.batch_norm for lt in layer_traces])
            self.steps_done += 1
            step = self.steps_done - 1
        return build(StepTrace, {
            "step": step,
            "inputs": readonly(x),
            "targets": readonly(y),
            "layers": layer_traces,
            "loss": p.loss,
            "penalty": float(penalty),
            "loss_terms": readonly(p.loss_terms),
            "learning_rate": float(self.optimizer.spec.learning_rate),
            "grad_norm": p.global_norm,
            "clipped": p.clipped,
            "diverged": p.diverged,
            "val_loss": None,
            "dead_scan_size": int(dead_scan_size),
            "val_accuracy": None,
        })

    def _step_outcome(self, x: np.ndarray, y: np.ndarray, masks: list[np.ndarray],
                      scan_zs: list[np.ndarray] | None, dead_scan_size: int) -> StepOutcome:
        """The same step as ``_step`` with nothing recorded: the same arithmetic in the same
        order (``_passes``, ``new_params``, ``batch_norm.running_stats``), so the weights
        and numbers are bit for bit those of a recorded step."""
        p = self._passes(x, y, masks, scan_zs, preview=False)
        layers = self.layers
        if not p.diverged:
            params = new_params(layers, p.updates, changes_too=False)
            running = [batch_norm.running_stats(fw.linear.shape[0], cast(np.ndarray, fw.bn_mean),
                                                cast(np.ndarray, fw.bn_var), cast(np.ndarray, lay.running_mean),
                                                cast(np.ndarray, lay.running_var), update_running=not lay.frozen)
                       if lay.batch_norm else None for lay, fw in zip(layers, p.passes)]
            self._apply(params, running)
        self.steps_done += 1
        out = layers[-1]
        return StepOutcome(
            step=self.steps_done - 1, loss=p.loss, grad_norm=p.global_norm,
            grad_norms=tuple([layer_grad_norm(lay, sq) for lay, sq in zip(layers, p.back.sq_sums)]),
            dead_units=tuple(p.dead), saturated_units=tuple(p.saturated), clipped=p.clipped, diverged=p.diverged,
            accuracy=accuracy(cast(str, out.output_kind), p.passes[-1].out, y), dead_scan_size=int(dead_scan_size))

    def _forward_finite(self, passes: list[Forward]) -> bool:
        """No NaN or Inf in any layer's z, nor in batch norm's statistics (the batch's and the
        running ones this step would leave). Batch norm hides an infinite variance from the
        loss and the gradients (1 / sqrt(inf) = 0), and a ReLU or tanh unit hides an
        infinite z (its slope is 0 there): the loss and the gradient norm alone miss both."""
        arrays = [fw.z for fw in passes]
        for lay, fw in zip(self.layers, passes):
            if fw.bn_mean is not None and fw.bn_var is not None:
                arrays += [fw.bn_mean, fw.bn_var]
                if not lay.frozen and lay.running_mean is not None and lay.running_var is not None:
                    arrays += batch_norm.running_stats(fw.z.shape[0], fw.bn_mean, fw.bn_var, lay.running_mean,
                                                       lay.running_var)
        return all_finite(arrays)

    def _apply(self, params: list[tuple[list[np.ndarray], list[np.ndarray]] | None],
               running: Sequence[BatchNormTrace | tuple[np.ndarray, np.ndarray] | None]) -> None:
        """The new parameters and batch norm's running statistics (per layer: its trace, or
        (running mean, running var), None without batch norm) after a step that did not diverge."""
        for lay, layer_params, stats in zip(self.layers, params, running):
            if layer_params is not None:
                for attr, value in zip(PARAMS, layer_params[0]):
                    setattr(lay, attr, value)
            if stats is not None:
                lay.running_mean, lay.running_var = (
                    (stats.running_mean, stats.running_var) if isinstance(stats, BatchNormTrace) else stats)


@dataclass(slots=True)
class _Passes:
    """What ``Network._passes`` computes for one step, before it is applied or recorded."""

    passes: list[Forward]
    back: Backward
    dead: list[np.ndarray]
    saturated: list[np.ndarray]
    loss: float
    loss_terms: np.ndarray
    global_norm: float
    diverged: bool
    clipped: bool
    updates: list[list[np.ndarray] | None]
