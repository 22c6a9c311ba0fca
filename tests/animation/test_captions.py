"""The captions' numbers are the trace's: every equation is parsed back and checked against it.

Each equation line ends "= numbers = result": the result must be the trace's number to 4
significant digits, and the numbers before it (recomputed from the trace) must multiply
out to it, within what rounding each to 4 digits allows.
"""

import math
import re

import numpy as np
import pytest

from netviz.animation import backprop as bp
from netviz.animation.captions import chain_rule, default_focus, fmt, phase_caption
from netviz.animation.phases import Phase, phases_of
from netviz.engine import LayerSpec, OptimizerSpec
from tests.animation.nets import close, factors, line_starting, make_trace, shown, sides, value

SLOPE, ALPHA = 0.2, 0.7  # not the defaults, so that reading them off the trace is tested


def forward(layer):
    return Phase("forward", layer, "")


def backward(layer):
    return Phase("backward", layer, "")


LOSS, UPDATE = Phase("loss", None, "Loss"), Phase("update", None, "Update")


def f_prime(name, z):
    """Derivatives written out independently of the engine."""
    if name == "sigmoid":
        s = 1 / (1 + math.exp(-z))
        return s * (1 - s)
    if name == "tanh":
        return 1 - math.tanh(z) ** 2
    if name == "relu":
        return 1.0 if z > 0 else 0.0
    if name == "leaky_relu":
        return 1.0 if z > 0 else SLOPE
    if name == "elu":
        return 1.0 if z > 0 else ALPHA * math.exp(z)
    return 1.0


def f(name, z):
    return {"sigmoid": lambda: 1 / (1 + math.exp(-z)), "tanh": lambda: math.tanh(z), "relu": lambda: max(z, 0.0),
            "leaky_relu": lambda: z if z > 0 else SLOPE * z, "elu": lambda: z if z > 0 else ALPHA * math.expm1(z),
            "linear": lambda: z}[name]()


def check_product(line, expected):
    """'... = f1 * f2 (* f3) = result': result is ``expected`` to 4 digits, the factors multiply to it."""
    expr, result = sides(line)
    assert result == shown(expected), line
    product = math.prod(factors(expr))
    assert close(product, result, rel=2.5e-3, abs_=1e-15), (line, product)
    return factors(expr)


def check_hidden_backward(trace, layer, act_name):
    lt = trace.layers[layer]
    for b in range(trace.inputs.shape[0]):
        for j in range(lt.units):
            lines = chain_rule(trace, backward(layer), (layer + 1, j), b)
            assert lines[0] == f"{lt.name}, unit {j + 1} (example {b + 1} of {trace.inputs.shape[0]})"
            if not lt.dropout_mask[b, j]:
                assert lines[1].startswith("dropped by dropout")
                assert lt.node_grad[b, j] == 0.0
                continue
            fs = check_product(line_starting(lines, "dL/dz = f'(z)"), lt.node_grad[b, j])
            assert fs[0] == shown(f_prime(act_name, float(lt.pre_activation[b, j])))
            # The sum line adds up to the last factor.
            sum_line = line_starting(lines, "sum_k w_k")
            expr, total = sides(sum_line)
            assert total == fs[-1]
            terms = re.findall(r"(\(?-?[\d.e+-]+\)?) \* (\(?-?[\d.e+-]+\)?)", expr)
            assert terms and len(terms) <= 3


def check_output_backward(trace):
    out = trace.layers[-1]
    batch, k = trace.targets.shape
    for b in range(batch):
        for j in range(k):
            lines = chain_rule(trace, backward(len(trace.layers) - 1), (len(trace.layers), j), b)
            line = lines[1]
            expr, result = sides(line)
            assert result == shown(out.node_grad[b, j])
            if out.activation_name == "linear":
                m = re.fullmatch(r"2 \* \((\S+) - (\S+)\) / (\d+)", expr)
                z, y, n = value(m[1]), value(m[2]), int(m[3])
                assert z == shown(out.pre_activation[b, j]) and n == batch * k
                approx = 2 * (z - y) / n
                scale = 2 * (abs(z) + abs(y)) / n
            else:
                m = re.fullmatch(r"\((\S+) - (\S+)\) / (\d+)", expr)
                p, y, n = value(m[1]), value(m[2]), int(m[3])
                assert p == shown(out.activation[b, j])
                assert n == (batch if out.activation_name == "softmax" else batch * k)
                approx = (p - y) / n
                scale = (abs(p) + abs(y)) / n
            assert y == shown(trace.targets[b, j])
            # Each operand is rounded to 4 digits: the difference may lose digits to cancellation.
            assert abs(approx - result) <= 1e-3 * scale + 1e-15, (line, approx)


def check_forward(trace, layer, act_name):
    lt = trace.layers[layer]
    a_prev = trace.inputs if layer == 0 else trace.layers[layer - 1].activation
    last = layer == len(trace.layers) - 1
    for b in range(trace.inputs.shape[0]):
        for j in range(lt.units):
            lines = chain_rule(trace, forward(layer), (layer + 1, j), b)
            line = line_starting(lines, "z = sum_i w_i a_i + b")
            expr, result = sides(line)
            assert result == shown(lt.pre_activation[b, j])
            s, bias = (value(t) for t in expr.split(" + "))
            assert s == shown(a_prev[b] @ lt.weights[:, j]) and bias == shown(lt.biases[j])
            assert abs(s + bias - result) <= 1e-3 * (abs(s) + abs(bias)) + 1e-12
            if last:
                kind = lt.activation_name
                prefix = {"sigmoid": "p = sigmoid(z)", "softmax": "p = exp(z_j", "linear": "prediction = z"}[kind]
                assert sides(line_starting(lines, prefix))[1] == shown(lt.activation[b, j])
            else:
                _, a = sides(line_starting(lines, "a = f(z)"))
                assert a == shown(f(act_name, float(lt.pre_activation[b, j])))
                if lt.dropout_rate == 0:
                    assert a == shown(lt.activation[b, j])


def check_loss(trace):
    out = trace.layers[-1]
    lines = chain_rule(trace, LOSS, (len(trace.layers), 0), 1)
    assert lines[1] == f"prediction p = {fmt(out.activation[1, 0])}, target y = {fmt(trace.targets[1, 0])}"
    assert sides(line_starting(lines, "L = mean of"))[1] == shown(trace.loss)
    # The term of every element / example averages to the loss.
    batch, k = trace.targets.shape
    if out.activation_name == "softmax":
        terms = [sides(chain_rule(trace, LOSS, (len(trace.layers), 0), b)[2])[1] for b in range(batch)]
    else:
        terms = [sides(chain_rule(trace, LOSS, (len(trace.layers), j), b)[2])[1] for b in range(batch) for j in range(k)]
    assert close(float(np.mean(terms)), trace.loss, rel=2e-3)


def check_sgd_update(trace):
    for layer, lt in enumerate(trace.layers):
        for j in range(lt.units):
            lines = chain_rule(trace, UPDATE, (layer + 1, j))
            i = int(np.argmax(np.abs(lt.weights[:, j])))
            expr, result = sides(line_starting(lines, "w <- w - lr * dL/dw"))
            m = re.fullmatch(r"(\S+) - (\S+) \* (\S+)", expr)
            w, lr, g = value(m[1]), value(m[2]), value(m[3])
            assert w == shown(lt.weights[i, j]) and g == shown(lt.weight_grad[i, j]) and lr == shown(trace.learning_rate)
            assert result == shown(lt.weights[i, j] + lt.weight_update[i, j])
            assert abs(w - lr * g - result) <= 1e-3 * (abs(w) + abs(lr * g)) + 1e-12
            expr, result = sides(line_starting(lines, "b <- b - lr * dL/db"))
            assert result == shown(lt.biases[j] + lt.bias_update[j])


ACTIVATIONS = ["sigmoid", "relu", "tanh", "leaky_relu", "elu"]
OUTPUTS = [("sigmoid", 2), ("softmax", 3), ("linear", 2)]


@pytest.mark.parametrize("act", ACTIVATIONS)
@pytest.mark.parametrize("output, outputs", OUTPUTS)
def test_numbers_equal_the_trace(act, output, outputs):
    _, trace = make_trace([LayerSpec(4, act), LayerSpec(3, act)], output=output, outputs=outputs, n=6,
                          leaky_slope=SLOPE, elu_alpha=ALPHA, init_scale=2.0, steps=2)
    for layer in range(len(trace.layers)):
        check_forward(trace, layer, act)
    check_loss(trace)
    check_output_backward(trace)
    for layer in (1, 0):
        check_hidden_backward(trace, layer, act)
    check_sgd_update(trace)


def test_activation_parameters_come_from_the_trace():
    """The trace records each layer's slope or alpha; the captions' function is the engine's."""
    _, trace = make_trace([LayerSpec(6, "leaky_relu"), LayerSpec(6, "elu"), LayerSpec(3, "tanh")],
                          leaky_slope=SLOPE, elu_alpha=ALPHA, n=16)
    assert [lt.activation_parameter for lt in trace.layers] == [SLOPE, ALPHA, None, None]
    for lt in trace.hidden:
        act = bp.activation_of(lt)
        assert act.parameter == lt.activation_parameter
        np.testing.assert_array_equal(bp.activation_values(lt, act), lt.activation)  # no dropout: f(z) itself


def test_dropout_scale_and_dropped_units():
    n = 6
    masks = [np.ones((n, 6), bool)]
    masks[0][0, [1, 4]] = False  # example 1 drops units 2 and 5
    masks[0][3, :3] = False
    _, trace = make_trace([LayerSpec(6, "tanh", dropout=0.5)], n=n, masks=masks)
    lt = trace.layers[0]
    check_hidden_backward(trace, 0, "tanh")
    kept = chain_rule(trace, backward(0), (1, 0), 0)
    fs = factors(sides(line_starting(kept, "dL/dz = f'(z) * 1/(1 - p)"))[0])
    assert fs[1] == 2.0  # 1 / (1 - 0.5)
    dropped = chain_rule(trace, backward(0), (1, 1), 0)
    assert dropped[1] == "dropped by dropout for this example: no gradient, dL/dz = 0"
    out_line = line_starting(chain_rule(trace, forward(0), (1, 0), 0), "out = a / (1 - p)")
    expr, result = sides(out_line)
    assert result == shown(lt.activation[0, 0])
    a, keep = (value(t) for t in expr.split(" / "))
    assert keep == 0.5 and close(a / keep, result, rel=2e-3)
    assert "dropped by dropout" in line_starting(chain_rule(trace, forward(0), (1, 1), 0), "dropped")
    caption = phase_caption(trace, Phase("forward", 0, ""), example=0)
    assert "removes 2 of its 6 units for example 1" in caption and "scales the others by 2" in caption
    assert "removes 3 of its 6 units for example 4" in phase_caption(trace, Phase("forward", 0, ""), example=3)


def test_dead_units_say_so_and_pass_nothing():
    _, trace = make_trace([LayerSpec(6, "relu"), LayerSpec(4, "relu")], dead_bias={0: [1, 3]}, init="he")
    lt = trace.layers[0]
    assert lt.dead_units[[1, 3]].all()
    check_hidden_backward(trace, 0, "relu")
    lines = chain_rule(trace, backward(0), (1, 1), 0)
    fs = check_product(line_starting(lines, "dL/dz = f'(z)"), 0.0)
    assert fs[0] == 0.0
    assert "dead: f'(z) = 0 (z <= 0 on every scanned example): the gradient stops here" in lines
    assert "2 dead units (f'(z) = 0) stop the gradient" in phase_caption(trace, backward(0))
    assert "2 of its units are dead" in phase_caption(trace, forward(0))


def test_leaky_units_below_zero_are_not_dead_and_pass_the_slope():
    _, trace = make_trace([LayerSpec(5, "leaky_relu")], dead_bias={0: [2]}, leaky_slope=SLOPE)
    assert not trace.layers[0].dead_units.any()  # z <= 0 everywhere, yet gradient flows
    lines = chain_rule(trace, backward(0), (1, 2), 0)
    fs = check_product(line_starting(lines, "dL/dz = f'(z)"), trace.layers[0].node_grad[0, 2])
    assert fs[0] == SLOPE
    assert not any("dead" in ln for ln in lines)


def test_batch_norm_chain():
    # Batch norm below (hidden 1) and above (hidden 2) a plain layer's gradient.
    _, trace = make_trace([LayerSpec(5, "tanh", batch_norm=True), LayerSpec(4, "relu", batch_norm=True), LayerSpec(3, "sigmoid")],
                          n=8, steps=2)
    for layer, act in ((2, "sigmoid"), (1, "relu"), (0, "tanh")):
        check_hidden_backward(trace, layer, act)  # through the batch norm above (layers 0 and 1)
    for layer in (0, 1):
        lt = trace.layers[layer]
        d = bp.dlinear(trace, layer)
        np.testing.assert_allclose(d.sum(axis=0), lt.bias_grad, rtol=1e-9, atol=1e-15)
        for b in range(3):
            for j in range(lt.units):
                lines = chain_rule(trace, backward(layer), (layer + 1, j), b)
                line = line_starting(lines, "through batch norm: dL/dlinear")
                expr, result = sides(line.removesuffix(" (the batch's examples mix)"))
                assert result == shown(d[b, j])
                m = re.fullmatch(r"(\S+) / (\S+) \* \((\S+) - (\S+) - (\S+) \* (\S+)\)", expr)
                g, sd, dz, m1, xh, m2 = (value(m[k]) for k in range(1, 7))
                assert g == shown(lt.batch_norm.gamma[j]) and dz == shown(lt.node_grad[b, j])
                approx = g / sd * (dz - m1 - xh * m2)
                assert abs(approx - result) <= 2e-3 * g / sd * (abs(dz) + abs(m1) + abs(xh * m2)) + 1e-15
            line = line_starting(chain_rule(trace, Phase("batch_norm", layer, ""), (layer + 1, 0), 2), "z = gamma *")
            assert sides(line)[1] == shown(lt.pre_activation[2, 0])
            linear_line = line_starting(chain_rule(trace, forward(layer), (layer + 1, 0), 2), "linear = sum_i")
            assert sides(linear_line)[1] == shown(lt.batch_norm.linear[2, 0])
    # In the layer's forward phase the equations stop at the weighted sum (batch norm comes next).
    assert not any(ln.startswith("z = gamma") for ln in chain_rule(trace, forward(0), (1, 0)))
    assert "batch norm comes next" in phase_caption(trace, forward(0))
    assert "Batch norm: hidden 1 normalises" in phase_caption(trace, Phase("batch_norm", 0, ""))
    check_sgd_update(trace)
    gamma_line = line_starting(chain_rule(trace, UPDATE, (1, 0)), "gamma <- gamma")
    assert sides(gamma_line)[1] == shown(trace.layers[0].batch_norm.gamma[0] + trace.layers[0].batch_norm.gamma_update[0])


@pytest.mark.parametrize("optimizer", [OptimizerSpec("adam", 0.01), OptimizerSpec("momentum", 0.1),
                                       OptimizerSpec("sgd", 0.1, clip_norm=1e-3)])
def test_other_updates_are_shown_as_they_were(optimizer):
    _, trace = make_trace([LayerSpec(4, "relu")], optimizer=optimizer, steps=3)
    assert bp.update_rule(trace) == "optimizer"
    for layer, lt in enumerate(trace.layers):
        for j in range(lt.units):
            lines = chain_rule(trace, UPDATE, (layer + 1, j))
            assert not any(ln.startswith("w <- w - lr") for ln in lines)
            i = int(np.argmax(np.abs(lt.weights[:, j])))
            expr, result = sides(line_starting(lines, "w <- w + Δw"))
            w, up = (value(t) for t in expr.split(" + "))
            assert w == shown(lt.weights[i, j]) and up == shown(lt.weight_update[i, j])
            assert result == shown(lt.weights[i, j] + lt.weight_update[i, j])
            assert "optimizer's step, not -lr * dL/dw" in lines[2]
    text = phase_caption(trace, UPDATE)
    assert "not simply" in text
    if optimizer.clip_norm:
        assert trace.clipped and "clipped" in text


def test_momentum_first_step_is_plain_gradient_descent():
    _, trace = make_trace([LayerSpec(4, "relu")], optimizer=OptimizerSpec("momentum", 0.1), steps=1)
    assert bp.update_rule(trace) == "gradient"
    check_sgd_update(trace)


def test_frozen_and_diverged_updates():
    _, trace = make_trace([LayerSpec(4, "relu", frozen=True), LayerSpec(3, "relu")])
    assert chain_rule(trace, UPDATE, (1, 0))[1] == "hidden 1 is frozen: its weights and bias do not change (Δw = 0)"
    assert "Frozen, so unchanged: hidden 1." in phase_caption(trace, UPDATE)
    net, _ = make_trace([LayerSpec(3, "relu")])
    x = np.full((4, 2), np.nan)
    diverged = net.train_step(x, np.ones((4, 1)))
    assert diverged.diverged
    assert chain_rule(diverged, UPDATE, (1, 0))[1] == "this step diverged (NaN or Inf): no update was applied"
    assert "diverged" in phase_caption(diverged, UPDATE)


def test_lines_before_the_wave_arrives():
    _, trace = make_trace([LayerSpec(4, "relu"), LayerSpec(3, "relu")])
    assert chain_rule(trace, forward(0), (2, 0))[1] == "not computed yet: the forward pass reaches hidden 2 later"
    assert chain_rule(trace, backward(2), (1, 0))[1] == "waiting: the backward pass reaches hidden 1 later"
    inputs = chain_rule(trace, backward(0), (0, 1), 2)
    assert inputs[1] == f"x2 = {fmt(trace.inputs[2, 1])}: an input, the data itself"
    with pytest.raises(IndexError):
        chain_rule(trace, forward(0), (1, 4))
    with pytest.raises(IndexError):
        chain_rule(trace, forward(0), (4, 0))


def test_default_focus_is_a_kept_live_unit_of_the_first_hidden_layer():
    n = 6
    masks = [np.ones((n, 6), bool)]
    masks[0][0, [0, 2]] = False
    _, trace = make_trace([LayerSpec(6, "relu", dropout=0.5)], n=n, masks=masks, dead_bias={0: [1]}, init="he")
    lt = trace.layers[0]
    good = [j for j in range(6) if lt.dropout_mask[0, j] and not lt.dead_units[j] and lt.node_grad[0, j] != 0]
    assert good and 0 not in good and 1 not in good and 2 not in good
    assert default_focus(trace, 0) == (1, good[0])
    _, no_hidden = make_trace([])
    assert default_focus(no_hidden) == (1, 0)


def test_every_phase_has_a_plain_caption():
    _, trace = make_trace([LayerSpec(4, "relu", batch_norm=True), LayerSpec(3, "tanh")], output="softmax", outputs=3)
    for phase in phases_of(trace):
        text = phase_caption(trace, phase)
        assert text and text[0].isupper() and text.endswith(".")
    assert f"L = {fmt(trace.loss)}" in phase_caption(trace, LOSS)
    assert "cross-entropy" in phase_caption(trace, LOSS)
    assert "dL/dz = (p - y) / B" in phase_caption(trace, backward(2))
    assert "from hidden 2 into hidden 1 (through" not in phase_caption(trace, backward(0))
    assert "from output into hidden 2" in phase_caption(trace, backward(1))


def test_format():
    assert fmt(0.00781234) == "0.007812"
    assert fmt(-0.0) == "0"
    assert fmt(123456.0) == "1.235e+05"
    assert fmt(float("nan")) == "nan" and fmt(float("-inf")) == "-inf"


def test_the_automatic_focus_follows_the_layer_of_the_phase():
    """In a layer's phase the focus is that layer's unit with the largest |dl/dz| for the example
    (so the equations never read "waiting" through the backward pass); the loss phase, the output."""
    _, trace = make_trace([LayerSpec(6, "relu"), LayerSpec(5, "tanh")], n=8, dead_bias={0: [0]}, init="he")
    for phase in phases_of(trace):
        if phase.layer is None and phase.kind != "loss":
            assert default_focus(trace, 0, phase) == default_focus(trace, 0)
            continue
        layer = len(trace.layers) - 1 if phase.layer is None else phase.layer
        lt = trace.layers[layer]
        grads = np.where(lt.dropout_mask[0] & ~lt.dead_units, np.abs(lt.node_grad[0]), -1.0)
        assert default_focus(trace, 0, phase) == (layer + 1, int(np.argmax(grads))), phase
        lines = chain_rule(trace, phase, default_focus(trace, 0, phase), 0)
        assert not any("waiting" in line for line in lines), (phase, lines)


def test_counts_in_captions_are_singular_or_plural_as_they_should_be():
    _, one = make_trace([LayerSpec(6, "relu"), LayerSpec(3, "relu")], dead_bias={0: [1]}, init="he")
    _, two = make_trace([LayerSpec(6, "relu"), LayerSpec(3, "relu")], dead_bias={0: [1, 4]}, init="he")
    assert "Its dead unit (f'(z) = 0) stops the gradient: nothing flows through it." in phase_caption(one, backward(0))
    assert "Its 2 dead units (f'(z) = 0) stop the gradient" in phase_caption(two, backward(0))
    assert "1 of its units is dead" in phase_caption(one, forward(0))
    assert "2 of its units are dead" in phase_caption(two, forward(0))
    assert not any(re.search(r"\b1 (dead )?units\b", phase_caption(one, p)) for p in phases_of(one))
