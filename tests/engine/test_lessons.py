"""Each lesson shows its phenomenon in numbers, and its fix removes it."""

import numpy as np
import pytest

from netviz.engine.lessons import find_lesson, lesson_names


def run(name, fix=None, steps=None):
    lesson = find_lesson(name)
    if fix:
        lesson = lesson.with_fix(fix)
    trainer = lesson.build(steps=steps)
    traces = []
    trainer.run(on_step=traces.append)
    return trainer, traces


def grad_norms(trainer):
    return np.array([s.grad_norms for s in trainer.history])


def hidden_dead_fraction(trace):
    dead = np.concatenate([lt.dead_units for lt in trace.hidden])
    return dead.mean()


def test_every_lesson_file_loads_with_its_fixes():
    names = lesson_names()
    assert {"vanishing", "exploding", "dead-relu", "dropout", "early-stopping", "transfer"} <= set(names)
    for name in names:
        lesson = find_lesson(name)
        assert lesson.title and lesson.caption.strip()
        assert lesson.fixes, f"{name} has no fix"
        for fix in lesson.fixes:
            assert lesson.with_fix(fix).fix_applied == fix


def test_vanishing_first_layer_gets_almost_no_gradient_and_relu_fixes_it():
    trainer, _ = run("vanishing")
    g = grad_norms(trainer)
    assert np.median(g[:, 0] / g[:, -1]) <= 1e-3
    fixed, _ = run("vanishing", "relu")
    g = grad_norms(fixed)
    assert np.median(g[:, 0] / g[:, -1]) >= 1e-1
    assert fixed.history[-1].val_loss < trainer.history[-1].val_loss


def test_exploding_gradients_grow_or_diverge():
    trainer, traces = run("exploding")
    g = np.array([t.grad_norm for t in traces])
    assert trainer.history[-1].diverged or np.nanmax(g) / g[0] >= 1e3
    if trainer.history[-1].diverged:
        assert trainer.stopped and "diverged" in trainer.stop_reason
        with pytest.raises(RuntimeError):
            trainer.step()


@pytest.mark.parametrize("fix", ["batch-norm", "lower-learning-rate"])
def test_exploding_fixes_keep_gradients_bounded_and_loss_falls(fix):
    trainer, traces = run("exploding", fix)
    assert not trainer.stopped
    g = np.array([t.grad_norm for t in traces])
    assert np.all(np.isfinite(g)) and g.max() / g[0] < 10
    losses = np.array([t.loss for t in traces])
    assert losses[-20:].mean() < 0.5 * losses[:20].mean()


def test_dead_relu_kills_half_the_units():
    _, traces = run("dead-relu")
    assert hidden_dead_fraction(traces[-1]) >= 0.5
    # Dead units were measured on the whole training set, not the batch.
    assert traces[-1].dead_scan_size == len(find_lesson("dead-relu").make_dataset().x_train)


@pytest.mark.parametrize("fix", ["lower-learning-rate", "leaky-relu"])
def test_dead_relu_fixes_keep_units_alive(fix):
    _, traces = run("dead-relu", fix)
    assert hidden_dead_fraction(traces[-1]) <= 0.1


def test_dropout_one_learns_nothing():
    trainer, traces = run("dropout", "dropout-1.0", steps=400)
    losses = np.array([t.loss for t in traces])
    assert losses[-50:].mean() >= losses[:50].mean() - 1e-3
    for t in traces[:5]:
        for lt in t.hidden:
            assert not lt.dropout_mask.any()
            assert np.all(lt.weight_grad == 0.0) and np.all(np.isfinite(lt.activation))
    assert all(np.isfinite(t.loss) for t in traces)


def test_dropout_half_validates_better_than_none():
    plain, _ = run("dropout")
    half, traces = run("dropout", "dropout-0.5")
    assert half.history[-1].val_loss < plain.history[-1].val_loss
    kept = np.mean([lt.dropout_mask.mean() for t in traces[:100] for lt in t.hidden])
    assert 0.45 < kept < 0.55


def test_early_stopping_stops_before_validation_loss_climbs():
    plain, _ = run("early-stopping")
    assert plain.history[-1].val_loss > 1.5 * plain.best_val_loss  # it over-fits
    stopped, _ = run("early-stopping", "early-stopping")
    assert stopped.stopped and "early stopping" in stopped.stop_reason
    assert stopped.steps_done < plain.steps_done
    data = find_lesson("early-stopping").make_dataset()
    restored = stopped.network.evaluate_loss(data.x_val, data.y_val)
    assert restored == pytest.approx(stopped.best_val_loss)
    assert restored < plain.history[-1].val_loss


def test_transfer_frozen_layers_get_gradients_but_no_update():
    trainer, traces = run("transfer")
    first_weights = [lt.weights for lt in traces[0].hidden]
    for t in traces:
        for lt in t.hidden:
            assert lt.frozen and np.all(lt.weight_update == 0.0) and np.all(lt.bias_update == 0.0)
        assert np.any(t.hidden[0].weight_grad != 0.0)
        assert np.any(t.layers[-1].weight_update != 0.0)
    for before, lt in zip(first_weights, traces[-1].hidden):
        np.testing.assert_array_equal(before, lt.weights)
    assert trainer.history[-1].val_loss < trainer.history[0].val_loss


def test_lessons_are_deterministic():
    a, ta = run("dropout", "dropout-0.5", steps=30)
    b, tb = run("dropout", "dropout-0.5", steps=30)
    for x, y in zip(ta, tb):
        assert x.loss == y.loss
        for la, lb in zip(x.layers, y.layers):
            np.testing.assert_array_equal(la.weights, lb.weights)
            np.testing.assert_array_equal(la.dropout_mask, lb.dropout_mask)
            np.testing.assert_array_equal(la.node_grad, lb.node_grad)
