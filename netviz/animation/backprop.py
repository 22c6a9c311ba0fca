"""Backpropagation's intermediate numbers, read from a StepTrace for the captions and graph.

A trace records what the picture colours (z, the layer output, dL/dz, dL/dW, updates) and
what the engine computed in between (each layer's activation parameter, batch norm's
normalized values and dL/d(weighted sum), the loss's terms); the chain rule also needs a
few numbers the engine never kept: f(z) before dropout, f'(z), the gradient arriving at a
unit from the layer above. Those are computed here with the engine's own functions
(``make_activation`` with the recorded parameter), so that the equations shown multiply
out to the trace's numbers. Everything is per example b of the batch.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

from netviz.engine.activations import Activation, make_activation
from netviz.engine.trace import LayerTrace, StepTrace

_F = TypeVar("_F", bound=Callable)


def quiet(fn: _F) -> _F:
    """Run ``fn`` with numpy's floating-point warnings off, as the engine's train_step does:
    a diverged step holds NaN and inf, which the animation shows as they are ("nan")."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
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


def activation_of(lt: LayerTrace) -> Activation:
    """The engine's activation function of a hidden layer, with the parameter the trace recorded."""
    return make_activation(lt.activation_name, lt.activation_parameter)


def activation_values(lt: LayerTrace, act: Activation) -> np.ndarray:
    """(B, n) f(z) before dropout (the trace's activation is after it)."""
    with np.errstate(all="ignore"):
        return act.forward(lt.pre_activation)


def activation_slope(lt: LayerTrace, act: Activation) -> np.ndarray:
    """(B, n) f'(z)."""
    with np.errstate(all="ignore"):
        return act.derivative(lt.pre_activation, act.forward(lt.pre_activation))


def normalized(lt: LayerTrace) -> tuple[np.ndarray, np.ndarray]:
    """(xhat (B, n), 1 / sqrt(var + eps) (n,)) of a batch-norm layer, as the engine recorded them."""
    bn = lt.batch_norm
    if bn is None:
        raise ValueError(f"normalized: layer {lt.name!r} has no batch norm")
    return bn.normalized, bn.inv_std


def dlinear(trace: StepTrace, layer: int) -> np.ndarray:
    """(B, n) dL/d(weighted sum a_prev @ W + b) of a layer: dL/dz, or through batch norm
    (recorded by the engine: BatchNormTrace.linear_grad, which mixes the batch's examples)."""
    lt = trace.layers[layer]
    return lt.node_grad if lt.batch_norm is None else lt.batch_norm.linear_grad


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


def summarized(trace: StepTrace, layer: int) -> bool:
    """Layer ``layer``'s weights are summaries (``LayerTrace.kind``): it is a conv or
    embedding layer, or a dense layer fed by one (its weights have one row per channel)."""
    return trace.layers[layer].summary or (layer > 0 and trace.layers[layer - 1].summary)


def follows_gradient(lt: LayerTrace, learning_rate: float, summary: bool = False) -> bool:
    """The layer's update is exactly -lr * dL/dW and -lr * dL/db (plain gradient descent:
    SGD, or momentum on its first step), as opposed to an optimizer's own step (momentum,
    Adam) or clipped gradients. False for a layer that was not updated. ``summary``: its
    weight arrays are RMS summaries (``summarized``), so the update's is lr times the
    gradient's."""
    if lt.frozen or not np.any(lt.weight_update) and not np.any(lt.bias_update):
        return False
    sign = 1.0 if summary else -1.0
    with np.errstate(all="ignore"):
        return bool(np.allclose(lt.weight_update, sign * learning_rate * lt.weight_grad, rtol=1e-9, atol=0.0)
                    and np.allclose(lt.bias_update, -learning_rate * lt.bias_grad, rtol=1e-9, atol=0.0))


def update_rule(trace: StepTrace) -> str:
    """How this step's update was made: "none" (diverged, or nothing was updated),
    "gradient" (every updated layer moved by exactly -lr * gradient) or "optimizer"
    (momentum, Adam or clipping: not simply -lr * gradient)."""
    if trace.diverged:
        return "none"
    updated = [i for i, lt in enumerate(trace.layers)
               if not lt.frozen and (np.any(lt.weight_update) or np.any(lt.bias_update))]
    if not updated:
        return "none"
    if not trace.clipped and all(follows_gradient(trace.layers[i], trace.learning_rate, summarized(trace, i))
                                 for i in updated):
        return "gradient"
    return "optimizer"


def strongest_input(lt: LayerTrace, unit: int) -> int:
    """The input i with the largest |W[i, unit]|: the focused unit's strongest incoming weight."""
    column = np.abs(np.nan_to_num(np.asarray(lt.weights[:, unit], dtype=float), nan=np.inf))
    return int(np.argmax(column))
