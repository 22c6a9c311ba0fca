"""A fully connected network in numpy whose training step returns a StepTrace.

Conventions: a batch is a (B, n_inputs) array; a layer computes z = a_prev @ W + b with
W of shape (n_in, n); hidden layers may batch-normalize z before the activation and drop
units after it (inverted dropout). Parameters are never changed in place: each update
makes new arrays, so a trace can hold the weights of its step without copying them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import Activation, make_activation
from .initializers import init_weights
from .losses import loss_grad, loss_value, output_activation
from .optimizers import Optimizer
from .spec import LayerSpec, NetworkSpec, OptimizerSpec, SpecError
from .trace import BatchNormTrace, LayerTrace, StepTrace, freeze_arrays

BN_EPS = 1e-5
BN_MOMENTUM = 0.1  # running = (1 - m) * running + m * batch, as PyTorch


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


@dataclass
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


def _readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


class Network:
    """Build from a NetworkSpec; train with ``train_step``; read and set parameters.

    Random streams are derived from ``spec.seed``: one for the initial weights and one
    for dropout masks, so the same spec gives the same weights and masks everywhere.
    """

    def __init__(self, spec: NetworkSpec, optimizer: OptimizerSpec | None = None):
        self.spec = spec
        self.dtype = np.dtype(spec.dtype)
        init_seq, dropout_seq = np.random.SeedSequence(spec.seed).spawn(2)
        init_rng = np.random.default_rng(init_seq)
        self._dropout_rng = np.random.default_rng(dropout_seq)
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
        self.steps_done = 0

    def _param(self, values: np.ndarray) -> np.ndarray:
        return _readonly(np.asarray(values, dtype=self.dtype).copy())

    def _make_hidden(self, i: int, ls: LayerSpec, fan_in: int, rng: np.random.Generator) -> _Layer:
        s = self.spec
        layer = _Layer(
            name=f"hidden {i + 1}",
            activation=make_activation(ls.activation, leaky_slope=s.leaky_slope, elu_alpha=s.elu_alpha),
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

    # ----- reading and setting parameters -------------------------------------------

    @property
    def n_layers(self) -> int:
        """Hidden layers plus the output layer."""
        return len(self.layers)

    def get_weights(self, layer: int) -> tuple[np.ndarray, np.ndarray]:
        """Copies of (W (n_in, n), b (n,)) of a layer; layer -1 is the output layer."""
        lay = self.layers[layer]
        return lay.weights.copy(), lay.biases.copy()

    def set_weights(self, layer: int, weights: np.ndarray, biases: np.ndarray) -> None:
        lay = self.layers[layer]
        w = np.asarray(weights, dtype=self.dtype)
        b = np.asarray(biases, dtype=self.dtype).reshape(-1)
        if w.shape != lay.weights.shape:
            raise SpecError(f"layers[{layer}].weights", f"shape must be {lay.weights.shape}, got {w.shape}")
        if b.shape != lay.biases.shape:
            raise SpecError(f"layers[{layer}].biases", f"shape must be {lay.biases.shape}, got {b.shape}")
        lay.weights, lay.biases = self._param(w), self._param(b)

    def get_batch_norm(self, layer: int) -> dict[str, np.ndarray] | None:
        """Copies of gamma, beta, running_mean, running_var of a hidden layer, or None."""
        lay = self.layers[layer]
        if not lay.batch_norm:
            return None
        return {k: getattr(lay, k).copy() for k in ("gamma", "beta", "running_mean", "running_var")}

    def set_batch_norm(self, layer: int, **values: np.ndarray) -> None:
        lay = self.layers[layer]
        if not lay.batch_norm:
            raise SpecError(f"layers[{layer}].batch_norm", "this layer has no batch normalization")
        for key, value in values.items():
            if key not in ("gamma", "beta", "running_mean", "running_var"):
                raise SpecError(f"layers[{layer}].{key}", "unknown batch-norm parameter")
            arr = np.asarray(value, dtype=self.dtype).reshape(-1)
            if arr.shape != lay.biases.shape:
                raise SpecError(f"layers[{layer}].{key}", f"shape must be {lay.biases.shape}, got {arr.shape}")
            setattr(lay, key, self._param(arr))

    def set_optimizer(self, spec: OptimizerSpec) -> None:
        """Change learning rate, optimizer or regularization; applies from the next step."""
        self.optimizer.set_spec(spec)

    def set_frozen(self, layer: int, frozen: bool) -> None:
        self.layers[layer].frozen = bool(frozen)

    def set_dropout(self, layer: int, rate: float) -> None:
        """A hidden layer's dropout rate, from the next step on."""
        if layer < 0 or layer >= len(self.layers) - 1:
            raise SpecError("layer", f"dropout applies to hidden layers 0..{len(self.layers) - 2}, got {layer}")
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0.0 <= rate <= 1.0:
            raise SpecError(f"hidden[{layer}].dropout", f"must be between 0 and 1, got {rate!r}")
        self.layers[layer].dropout = float(rate)

    def reinitialize_layer(self, layer: int, seed: int) -> None:
        """Fresh initial weights for one layer (transfer learning: a new last layer)."""
        lay = self.layers[layer]
        rng = np.random.default_rng(seed)
        n_in, n = lay.weights.shape
        lay.weights = self._param(init_weights(self.spec.init, n_in, n, self.spec.init_scale, rng))
        lay.biases = self._param(np.full(n, self.spec.bias_init))

    # ----- forward ------------------------------------------------------------------

    def draw_dropout_masks(self, batch_size: int) -> list[np.ndarray]:
        """Masks (B, n) bool for every hidden layer, True = kept, from the dropout stream."""
        masks = []
        for lay in self.layers[:-1]:
            n = lay.biases.shape[0]
            if lay.dropout > 0.0:
                masks.append(self._dropout_rng.random((batch_size, n)) >= lay.dropout)
            else:
                masks.append(np.ones((batch_size, n), dtype=bool))
        return masks

    def _forward(self, x: np.ndarray, training: bool, masks: list[np.ndarray] | None) -> list[_Forward]:
        a = x
        passes: list[_Forward] = []
        for i, lay in enumerate(self.layers):
            linear = a @ lay.weights + lay.biases
            fw = _Forward(a_prev=a, linear=linear, z=linear, activation=linear, out=linear, mask=None, keep_scale=1.0)
            if lay.batch_norm:
                if training:
                    mean = linear.mean(axis=0)
                    var = linear.var(axis=0)
                else:
                    mean, var = lay.running_mean, lay.running_var
                inv_std = 1.0 / np.sqrt(var + BN_EPS)
                xhat = (linear - mean) * inv_std
                fw.z = lay.gamma * xhat + lay.beta
                fw.bn_mean, fw.bn_var, fw.bn_xhat, fw.bn_inv_std = mean, var, xhat, inv_std
            if lay.activation is None:
                fw.activation = fw.out = output_activation(lay.output_kind, fw.z)
            else:
                fw.activation = lay.activation.forward(fw.z)
                fw.out = fw.activation
                if training and masks is not None and lay.dropout > 0.0:
                    keep = 1.0 - lay.dropout
                    # Inverted dropout; at rate 1.0 every unit is dropped and the scale is moot.
                    fw.keep_scale = 1.0 / keep if keep > 0.0 else 0.0
                    fw.mask = masks[i]
                    fw.out = fw.activation * (fw.mask * fw.keep_scale)
            passes.append(fw)
            a = fw.out
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
            passes = self._forward(np.asarray(x, dtype=self.dtype), training=False, masks=None)
            return loss_value(self.spec.output, passes[-1].z, np.asarray(y, dtype=self.dtype))

    def penalty(self) -> float:
        o = self.optimizer.spec
        if o.l1 == 0.0 and o.l2 == 0.0:
            return 0.0
        total = 0.0
        for lay in self.layers:
            if o.l1:
                total += o.l1 * float(np.abs(lay.weights).sum())
            if o.l2:
                total += 0.5 * o.l2 * float((lay.weights * lay.weights).sum())
        return total

    def training_loss(self, x: np.ndarray, y: np.ndarray, dropout_masks: list[np.ndarray] | None = None) -> float:
        """Training-mode loss + penalty with the given masks, changing nothing (for gradient checks)."""
        with np.errstate(all="ignore"):
            x = np.asarray(x, dtype=self.dtype)
            masks = dropout_masks if dropout_masks is not None else self._no_drop_masks(x.shape[0])
            passes = self._forward(x, training=True, masks=masks)
            return loss_value(self.spec.output, passes[-1].z, np.asarray(y, dtype=self.dtype)) + self.penalty()

    def _no_drop_masks(self, batch_size: int) -> list[np.ndarray]:
        return [np.ones((batch_size, lay.biases.shape[0]), dtype=bool) for lay in self.layers[:-1]]

    def dead_units(self, x: np.ndarray) -> list[np.ndarray]:
        """Per layer (n,) bool: a ReLU/LeakyReLU unit whose z <= 0 for every row of x (evaluation mode)."""
        with np.errstate(all="ignore"):
            passes = self._forward(np.asarray(x, dtype=self.dtype), training=False, masks=None)
        return self._dead_masks(passes)

    def _dead_masks(self, passes: list[_Forward]) -> list[np.ndarray]:
        dead = []
        for lay, fw in zip(self.layers, passes):
            if lay.activation is not None and lay.activation.can_die:
                dead.append(_readonly((fw.z <= 0).all(axis=0)))
            else:
                dead.append(_readonly(np.zeros(lay.biases.shape[0], dtype=bool)))
        return dead

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
        ``dead_scan_x``: the examples on which dead units are measured (the whole training
        set, as the Trainer passes it); None measures them on this batch.
        """
        x = np.asarray(x, dtype=self.dtype)
        y = np.asarray(y, dtype=self.dtype)
        if x.ndim != 2 or x.shape[1] != self.spec.inputs:
            raise SpecError("x", f"shape must be (B, {self.spec.inputs}), got {x.shape}")
        if y.shape != (x.shape[0], self.spec.outputs):
            raise SpecError("y", f"shape must be ({x.shape[0]}, {self.spec.outputs}), got {y.shape}")
        if dropout_masks is None:
            masks = self.draw_dropout_masks(x.shape[0])
        else:
            masks = [np.asarray(m, dtype=bool) for m in dropout_masks]
            if len(masks) != len(self.layers) - 1:
                raise SpecError("dropout_masks", f"need one mask per hidden layer ({len(self.layers) - 1})")
            for i, (m, lay) in enumerate(zip(masks, self.layers)):
                if m.shape != (x.shape[0], lay.biases.shape[0]):
                    raise SpecError(f"dropout_masks[{i}]", f"shape must be {(x.shape[0], lay.biases.shape[0])}, got {m.shape}")
                if lay.dropout == 0.0 and not m.all():
                    raise SpecError(f"dropout_masks[{i}]", "this layer's dropout rate is 0, so its mask must keep every unit")
        # Without batch norm and dropout, evaluation mode computes exactly the training
        # forward pass, so dead units on this batch are read from the step's own pass.
        if dead_scan_x is None and not any(lay.batch_norm or lay.dropout > 0.0 for lay in self.layers):
            dead = None
        else:
            dead = self.dead_units(x if dead_scan_x is None else dead_scan_x)

        with np.errstate(all="ignore"):
            return self._step(x, y, masks, dead, x.shape[0] if dead_scan_x is None else len(dead_scan_x))

    def _step(self, x, y, masks, dead, dead_scan_size) -> StepTrace:
        opt = self.optimizer.spec
        passes = self._forward(x, training=True, masks=masks)
        if dead is None:
            dead = self._dead_masks(passes)
        kind = self.spec.output
        loss = loss_value(kind, passes[-1].z, y)
        penalty = self.penalty()

        # Backward, output layer first: node_grad = dL/dz of each layer.
        node_grads: list[np.ndarray] = [None] * len(self.layers)  # type: ignore[list-item]
        grads: dict[str, np.ndarray] = {}
        bn_grads: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        dz = loss_grad(kind, passes[-1].z, passes[-1].out, y)
        for i in range(len(self.layers) - 1, -1, -1):
            lay, fw = self.layers[i], passes[i]
            node_grads[i] = dz
            if lay.batch_norm:
                n = dz.shape[0]
                dgamma = (dz * fw.bn_xhat).sum(axis=0)
                dbeta = dz.sum(axis=0)
                dxhat = dz * lay.gamma
                dlinear = (fw.bn_inv_std / n) * (n * dxhat - dxhat.sum(axis=0) - fw.bn_xhat * (dxhat * fw.bn_xhat).sum(axis=0))
                bn_grads[i] = (dgamma, dbeta)
            else:
                dlinear = dz
            dw = fw.a_prev.T @ dlinear
            if opt.l1:
                dw = dw + opt.l1 * np.sign(lay.weights)
            if opt.l2:
                dw = dw + opt.l2 * lay.weights
            grads[f"{i}.W"] = dw
            grads[f"{i}.b"] = dlinear.sum(axis=0)
            if lay.batch_norm:
                grads[f"{i}.gamma"], grads[f"{i}.beta"] = bn_grads[i]
            if i > 0:
                below, below_fw = self.layers[i - 1], passes[i - 1]
                da = dlinear @ lay.weights.T
                if below_fw.mask is not None:
                    da = da * (below_fw.mask * below_fw.keep_scale)
                dz = da * below.activation.derivative(below_fw.z, below_fw.activation)

        trainable = {k: g for k, g in grads.items() if not self.layers[int(k.split(".")[0])].frozen}
        # Each gradient's sum of squares, once: for the global norm and for the layers' norms.
        sq_sums = {k: (g * g).sum() for k, g in grads.items()}
        global_norm = float(np.sqrt(sum(float(sq_sums[k]) for k in trainable)))
        # A finite global norm already means finite trainable gradients; check the frozen ones.
        diverged = not (np.isfinite(loss) and np.isfinite(global_norm)
                        and all(np.isfinite(g).all() for k, g in grads.items() if k not in trainable))
        clipped = False
        if diverged or not trainable:
            updates: dict[str, np.ndarray] = {}
        else:
            to_apply = trainable
            if opt.clip_norm is not None and global_norm > opt.clip_norm:
                factor = opt.clip_norm / global_norm
                to_apply = {k: g * factor for k, g in trainable.items()}
                clipped = True
            updates = self.optimizer.updates(to_apply)

        layer_traces = []
        for i, (lay, fw) in enumerate(zip(self.layers, passes)):
            trace = self._layer_trace(i, lay, fw, node_grads[i], grads, sq_sums, updates, masks, dead[i])
            layer_traces.append(trace)
            if not diverged:
                self._apply(i, lay, trace, updates)

        self.steps_done += 1
        return StepTrace(
            step=self.steps_done - 1,
            inputs=_readonly(x),
            targets=_readonly(y),
            layers=tuple(layer_traces),
            loss=float(loss),
            penalty=float(penalty),
            learning_rate=float(opt.learning_rate),
            grad_norm=global_norm,
            clipped=clipped,
            diverged=bool(diverged),
            dead_scan_size=int(dead_scan_size),
        )

    def _layer_trace(self, i, lay: _Layer, fw: _Forward, node_grad, grads, sq_sums, updates, masks, dead) -> LayerTrace:
        zeros = np.zeros_like
        # Zeros only when there is no update (frozen or diverged), not on every step.
        w_upd = updates.get(f"{i}.W")
        if w_upd is None:
            w_upd = zeros(lay.weights)
        b_upd = updates.get(f"{i}.b")
        if b_upd is None:
            b_upd = zeros(lay.biases)
        sq = float(sq_sums[f"{i}.W"] + sq_sums[f"{i}.b"])
        bn = None
        if lay.batch_norm:
            dgamma, dbeta = grads[f"{i}.gamma"], grads[f"{i}.beta"]
            sq += float(sq_sums[f"{i}.gamma"] + sq_sums[f"{i}.beta"])
            n = fw.linear.shape[0]
            unbiased = fw.bn_var * (n / (n - 1)) if n > 1 else fw.bn_var
            # Running statistics follow the batches even when the layer is frozen (PyTorch's train mode).
            bn = BatchNormTrace(
                linear=fw.linear,
                mean=fw.bn_mean,
                var=fw.bn_var,
                running_mean=(1 - BN_MOMENTUM) * lay.running_mean + BN_MOMENTUM * fw.bn_mean,
                running_var=(1 - BN_MOMENTUM) * lay.running_var + BN_MOMENTUM * unbiased,
                gamma=lay.gamma,
                beta=lay.beta,
                gamma_grad=dgamma,
                beta_grad=dbeta,
                gamma_update=updates.get(f"{i}.gamma", zeros(lay.gamma)),
                beta_update=updates.get(f"{i}.beta", zeros(lay.beta)),
            )
            freeze_arrays(bn)
        hidden = lay.activation is not None
        trace = LayerTrace(
            index=i,
            name=lay.name,
            activation_name=lay.activation.name if hidden else lay.output_kind,
            weights=lay.weights,
            biases=lay.biases,
            pre_activation=fw.z,
            activation=fw.out,
            node_grad=node_grad,
            weight_grad=grads[f"{i}.W"],
            bias_grad=grads[f"{i}.b"],
            dropout_rate=lay.dropout if hidden else 0.0,
            dropout_mask=masks[i] if hidden else np.ones(fw.z.shape, dtype=bool),
            dead_units=dead,
            batch_norm=bn,
            weight_update=w_upd,
            bias_update=b_upd,
            grad_norm=float(np.sqrt(sq)),
            frozen=lay.frozen,
        )
        freeze_arrays(trace)
        return trace

    def _apply(self, i: int, lay: _Layer, trace: LayerTrace, updates: dict[str, np.ndarray]) -> None:
        """Commit the step: new parameter arrays (never in place) and running statistics."""
        if f"{i}.W" in updates:
            lay.weights = _readonly(lay.weights + updates[f"{i}.W"])
            lay.biases = _readonly(lay.biases + updates[f"{i}.b"])
        if lay.batch_norm:
            if f"{i}.gamma" in updates:
                lay.gamma = _readonly(lay.gamma + updates[f"{i}.gamma"])
                lay.beta = _readonly(lay.beta + updates[f"{i}.beta"])
            lay.running_mean = trace.batch_norm.running_mean
            lay.running_var = trace.batch_norm.running_var
