"""Backpropagation's intermediate numbers, recomputed from a StepTrace for the captions and graph.

A trace records what the picture colours (z, the layer output, dL/dz, dL/dW, updates);
the chain rule also needs numbers in between: f(z) before dropout, f'(z), the gradient
arriving at a unit from the layer above, dL/d(weighted sum) through batch norm. They are
recomputed here with the engine's own formulas (docs/engine.md), so that the equations
shown multiply out to the trace's numbers. Everything is per example b of the batch.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

import numpy as np

from netviz.engine.activations import Activation, make_activation
from netviz.engine.network import BN_EPS
from netviz.engine.trace import LayerTrace, StepTrace

DEFAULT_LEAKY_SLOPE = 0.01  # NetworkSpec's defaults, used when a trace does not tell
DEFAULT_ELU_ALPHA = 1.0

_F = TypeVar("_F", bound=Callable)


def quiet(fn: _F) -> _F:
    """Run ``fn`` with numpy's floating-point warnings off, as the engine's train_step does:
    a diverged step holds NaN and inf, which the animation shows as they are ("nan")."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with np.errstate(all="ignore"):
            return fn(*args, **kwargs)
    return wrapper  # type: ignore[return-value]


ACTIVATION_TITLES = {
    "linear": "linear", "sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU",
    "leaky_relu": "leaky ReLU", "elu": "ELU",
}


def layer_input(trace: StepTrace, layer: int) -> np.ndarray:
    """(B, n_in) what layer ``layer`` multiplies by its weights: the inputs, or the layer below's output."""
    return trace.inputs if layer == 0 else trace.layers[layer - 1].activation


def keep_scale(lt: LayerTrace) -> float:
    """Inverted dropout's factor for a kept unit: 1 / (1 - rate); 1 without dropout (and
    0 at rate 1, where every unit is dropped), as the engine applies it."""
    if lt.dropout_rate <= 0.0:
        return 1.0
    keep = 1.0 - lt.dropout_rate
    return 1.0 / keep if keep > 0.0 else 0.0


def activation_params(lt: LayerTrace, leaky_slope: float | None = None,
                      elu_alpha: float | None = None) -> tuple[float, float]:
    """(leaky slope, ELU alpha) of a hidden layer.

    A trace does not record them (they are NetworkSpec settings). Given ones are used as
    they are; otherwise they are read off the trace where a kept example has z < 0
    (leaky ReLU: f(z) = slope * z; ELU: f(z) = alpha * (e^z - 1)), else the defaults.
    """
    slope = DEFAULT_LEAKY_SLOPE if leaky_slope is None else float(leaky_slope)
    alpha = DEFAULT_ELU_ALPHA if elu_alpha is None else float(elu_alpha)
    name = lt.activation_name
    if (name == "leaky_relu" and leaky_slope is None) or (name == "elu" and elu_alpha is None):
        z = np.asarray(lt.pre_activation, dtype=float)
        scale = keep_scale(lt)
        usable = lt.dropout_mask & (z < -1e-6) & np.isfinite(z) & (scale > 0.0)
        if usable.any():
            f = np.asarray(lt.activation, dtype=float)[usable] / scale  # f(z) before dropout
            with np.errstate(all="ignore"):
                ratios = f / (z[usable] if name == "leaky_relu" else np.expm1(z[usable]))
            ratios = ratios[np.isfinite(ratios)]
            if ratios.size:
                if name == "leaky_relu":
                    slope = float(np.median(ratios))
                else:
                    alpha = float(np.median(ratios))
    return slope, alpha


def activation_of(lt: LayerTrace, leaky_slope: float | None = None, elu_alpha: float | None = None) -> Activation:
    """The engine's activation function of a hidden layer."""
    slope, alpha = activation_params(lt, leaky_slope, elu_alpha)
    return make_activation(lt.activation_name, leaky_slope=slope, elu_alpha=alpha)


def activation_values(lt: LayerTrace, act: Activation) -> np.ndarray:
    """(B, n) f(z) before dropout (the trace's activation is after it)."""
    with np.errstate(all="ignore"):
        return act.forward(lt.pre_activation)


def activation_slope(lt: LayerTrace, act: Activation) -> np.ndarray:
    """(B, n) f'(z)."""
    with np.errstate(all="ignore"):
        return act.derivative(lt.pre_activation, act.forward(lt.pre_activation))


@quiet
def normalized(lt: LayerTrace) -> tuple[np.ndarray, np.ndarray]:
    """(xhat (B, n), 1 / sqrt(var + eps) (n,)) of a batch-norm layer."""
    bn = lt.batch_norm
    inv_std = 1.0 / np.sqrt(bn.var + BN_EPS)
    return (bn.linear - bn.mean) * inv_std, inv_std


def dlinear(trace: StepTrace, layer: int) -> np.ndarray:
    """(B, n) dL/d(weighted sum a_prev @ W + b) of a layer: dL/dz, or through batch norm.

    Batch norm's backward (as the engine's): with dxhat = dL/dz * gamma,
    dL/dlinear = inv_std / B * (B dxhat - sum_b dxhat - xhat * sum_b(dxhat * xhat)),
    which mixes the examples of the batch.
    """
    lt = trace.layers[layer]
    dz = lt.node_grad
    if lt.batch_norm is None:
        return dz
    n = dz.shape[0]
    xhat, inv_std = normalized(lt)
    dxhat = dz * lt.batch_norm.gamma
    with np.errstate(all="ignore"):
        return (inv_std / n) * (n * dxhat - dxhat.sum(axis=0) - xhat * (dxhat * xhat).sum(axis=0))


def upstream(trace: StepTrace, layer: int) -> np.ndarray:
    """(B, n) dL/d(out) of a hidden layer's output (after dropout), from the layer above:
    sum_k W_above[j, k] * dL/dlinear_above[b, k]."""
    above = trace.layers[layer + 1]
    with np.errstate(all="ignore"):
        return dlinear(trace, layer + 1) @ above.weights.T


def example_weight_grads(trace: StepTrace, layer: int) -> np.ndarray:
    """(B, n_in, n) each example's share of dL/dW: a_prev[b, i] * dL/dlinear[b, j].

    Their sum over b, plus the regularization gradient (l1 * sign(W) + l2 * W), is the
    trace's weight_grad: the loss is a mean, so the 1/B is inside dL/dz already.
    """
    with np.errstate(all="ignore"):
        return layer_input(trace, layer)[:, :, None] * dlinear(trace, layer)[:, None, :]


def follows_gradient(lt: LayerTrace, learning_rate: float) -> bool:
    """The layer's update is exactly -lr * dL/dW and -lr * dL/db (plain gradient descent:
    SGD, or momentum on its first step), as opposed to an optimizer's own step (momentum,
    Adam) or clipped gradients. False for a layer that was not updated."""
    if lt.frozen or not np.any(lt.weight_update) and not np.any(lt.bias_update):
        return False
    with np.errstate(all="ignore"):
        return bool(np.allclose(lt.weight_update, -learning_rate * lt.weight_grad, rtol=1e-9, atol=0.0)
                    and np.allclose(lt.bias_update, -learning_rate * lt.bias_grad, rtol=1e-9, atol=0.0))


def update_rule(trace: StepTrace) -> str:
    """How this step's update was made: "none" (diverged, or nothing was updated),
    "gradient" (every updated layer moved by exactly -lr * gradient) or "optimizer"
    (momentum, Adam or clipping: not simply -lr * gradient)."""
    if trace.diverged:
        return "none"
    updated = [lt for lt in trace.layers if not lt.frozen and (np.any(lt.weight_update) or np.any(lt.bias_update))]
    if not updated:
        return "none"
    if not trace.clipped and all(follows_gradient(lt, trace.learning_rate) for lt in updated):
        return "gradient"
    return "optimizer"


def strongest_input(lt: LayerTrace, unit: int) -> int:
    """The input i with the largest |W[i, unit]|: the focused unit's strongest incoming weight."""
    column = np.abs(np.nan_to_num(np.asarray(lt.weights[:, unit], dtype=float), nan=np.inf))
    return int(np.argmax(column))
