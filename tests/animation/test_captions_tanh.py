"""Captions of TensorFlow Playground's tanh output (squared error / 2 on labels -1/+1): the numbers are the trace's."""

import math

import numpy as np

from netviz.animation.captions import chain_rule, fmt, phase_caption
from netviz.animation.phases import Phase
from netviz.engine import LayerSpec
from tests.animation.nets import line_starting, make_trace, shown, sides

LOSS = Phase("loss", None, "Loss")


def tanh_trace():
    _, trace = make_trace([LayerSpec(3, "tanh")], output="tanh", n=6)
    assert trace.layers[-1].activation_name == "tanh"
    return trace


def test_the_loss_line_is_half_the_squared_error_of_the_prediction():
    trace = tanh_trace()
    out = trace.layers[-1]
    terms = []
    for b in range(trace.targets.shape[0]):
        lines = chain_rule(trace, LOSS, (len(trace.layers), 0), b)
        p, y = float(out.activation[b, 0]), float(trace.targets[b, 0])
        term_line = line_starting(lines, "term = (p - y)^2 / 2")
        assert sides(term_line)[1] == shown(0.5 * (p - y) ** 2) == shown(trace.loss_terms[b, 0])
        terms.append(sides(term_line)[1])
        assert "squared error / 2" in line_starting(lines, "L = mean of")
    assert math.isclose(float(np.mean(terms)), trace.loss, rel_tol=2e-3)


def test_the_output_value_and_its_gradient_are_tanhs():
    trace = tanh_trace()
    out = trace.layers[-1]
    last = len(trace.layers) - 1
    p, y, z = float(out.activation[0, 0]), float(trace.targets[0, 0]), float(out.pre_activation[0, 0])
    forward = chain_rule(trace, Phase("forward", last, ""), (len(trace.layers), 0), 0)
    assert sides(line_starting(forward, "p = tanh(z)"))[1] == shown(math.tanh(z))
    backward = chain_rule(trace, Phase("backward", last, ""), (len(trace.layers), 0), 0)
    grad = sides(line_starting(backward, "dL/dz = (p - y)(1 - p^2) / N"))[1]
    assert grad == shown(out.node_grad[0, 0]) == shown((p - y) * (1 - p * p) / trace.targets.size)
    assert "(p - y)(1 - p^2) / N" in phase_caption(trace, Phase("backward", last, ""))
    assert f"L = {fmt(trace.loss)}" in phase_caption(trace, LOSS)
