"""TensorFlow Playground's own configuration reproduced: a tanh output trained on squared
error 0.5 * (out - target)^2 with labels -1/+1, batches in the data's order, plain SGD."""

import numpy as np
import pytest

from netviz.engine import LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec
from netviz.engine.datasets import make_dataset
from netviz.engine.losses import loss_grad, loss_terms, output_activation
from netviz.engine.trainer import Trainer

from .test_gradients import check_all_gradients

# Playground's defaults: circle, 2 tanh layers of 4 and 2, learning rate 0.03, batch 10,
# weights U(-0.5, 0.5), biases 0.1.
SPEC = NetworkSpec(inputs=2, hidden=(LayerSpec(4, "tanh"), LayerSpec(2, "tanh")), outputs=1, output="tanh",
                   init="uniform", init_scale=0.5, bias_init=0.1, seed=0)
TRAIN = TrainSpec(batch_size=10, shuffle=False, optimizer=OptimizerSpec("sgd", 0.03), seed=0)


def playground_update(weights, x, y, lr):
    """Playground's rule, node by node: each example's error derivative output - target is
    propagated back (tanh' = 1 - a^2), the derivatives are summed over the batch, and every
    weight and bias moves by -lr * (sum / batch size)."""
    acc = [(np.zeros_like(w), np.zeros_like(b)) for w, b in weights]
    for xi, yi in zip(x, y):
        outs = [xi]
        for w, b in weights:
            outs.append(np.tanh(outs[-1] @ w + b))
        input_der = (outs[-1] - yi) * (1 - outs[-1] ** 2)  # dl/dtotalInput of the output node
        for layer in range(len(weights) - 1, -1, -1):
            acc[layer][0][:] += np.outer(outs[layer], input_der)
            acc[layer][1][:] += input_der
            output_der = weights[layer][0] @ input_der
            input_der = output_der * (1 - outs[layer] ** 2)
    return [(w - lr * aw / len(x), b - lr * ab / len(x)) for (w, b), (aw, ab) in zip(weights, acc)]


def test_the_first_step_equals_playgrounds_update():
    data = make_dataset("circle", samples=500, noise=0.0, validation=0.5, seed=1)
    trainer = Trainer(SPEC, data, TRAIN)
    assert set(np.unique(trainer.dataset.y_train)) == {-1.0, 1.0}  # Playground's labels
    before = [trainer.network.get_weights(i) for i in range(3)]
    trace = trainer.step()
    np.testing.assert_array_equal(trace.inputs, data.x_train[:10])  # in the data's order
    expected = playground_update(before, data.x_train[:10], 2 * data.y_train[:10] - 1, 0.03)
    for i, (w, b) in enumerate(expected):
        got_w, got_b = trainer.network.get_weights(i)
        np.testing.assert_allclose(got_w, w, rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(got_b, b, rtol=1e-12, atol=1e-15)
    assert trace.loss == pytest.approx(np.mean(0.5 * (trace.predictions - trace.targets) ** 2))
    # The next batches follow in order, and after the last one the first comes again.
    np.testing.assert_array_equal(trainer.step().inputs, data.x_train[10:20])
    n = len(data.x_train)
    for _ in range(n // 10 - 2):
        trainer.step()
    np.testing.assert_array_equal(trainer.step().inputs, data.x_train[:10])


def test_playgrounds_configuration_learns_the_circle():
    data = make_dataset("circle", samples=500, noise=0.0, validation=0.5, seed=1)
    trainer = Trainer(SPEC, data, TrainSpec(batch_size=10, shuffle=False, steps=3000,
                                            optimizer=OptimizerSpec("sgd", 0.03)))
    start = trainer.network.evaluate_loss(trainer.dataset.x_val, trainer.dataset.y_val)
    trainer.run()
    assert trainer.history[-1].val_loss < 0.5 * start
    accuracy = np.mean(np.sign(trainer.network.predict(data.x_val)) == trainer.dataset.y_val)
    assert accuracy > 0.9


def test_the_tanh_output_loss_and_gradient():
    z = np.array([[-2.0], [0.3], [5.0]])
    y = np.array([[-1.0], [1.0], [1.0]])
    out = output_activation("tanh", z)
    np.testing.assert_allclose(loss_terms("tanh", z, y), 0.5 * (np.tanh(z) - y) ** 2)
    h = 1e-6
    fd = (0.5 * (np.tanh(z + h) - y) ** 2 - 0.5 * (np.tanh(z - h) - y) ** 2) / (2 * h) / 3
    np.testing.assert_allclose(loss_grad("tanh", z, out, y), fd, rtol=1e-7)
    check_all_gradients(NetworkSpec(inputs=3, hidden=(LayerSpec(4, "tanh"), LayerSpec(3, "relu", batch_norm=True)),
                                    outputs=2, output="tanh", seed=1), OptimizerSpec("sgd", 0.1, l2=0.01))


def test_a_tanh_output_needs_a_binary_data_set():
    data = make_dataset("reg-plane", samples=50, seed=0)
    with pytest.raises(SpecError, match="output"):
        Trainer(NetworkSpec(inputs=2, hidden=(), output="tanh"), data)


def test_a_lesson_can_take_its_batches_in_order():
    from netviz.engine.lessons import load_lesson_text

    text = """
title = "Playground's order"
caption = "c"
[dataset]
name = "circle"
samples = 60
[network]
hidden = [4, 2]
activation = "tanh"
[training]
batch_size = 10
shuffle = false
"""
    trainer = load_lesson_text(text, source="order.toml").build()
    assert trainer.train_spec.shuffle is False
    np.testing.assert_array_equal(trainer.step().inputs, trainer.dataset.x_train[:10])
    np.testing.assert_array_equal(trainer.step().inputs, trainer.dataset.x_train[10:20])
