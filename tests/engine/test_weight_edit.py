"""A weight set by hand is the one the next step trains from."""

import numpy as np
import pytest

from netviz.engine.lessons import find_lesson
from netviz.engine.settings import SpecError
from netviz.engine.weight_edit import SetWeight


def test_a_weight_set_by_hand_appears_in_the_next_trace():
    trainer = find_lesson("playground-circle").build()
    trainer.step()
    SetWeight(layer=0, source=1, target=0, value=2.5)(trainer)
    trace = trainer.step()
    # The trace holds the weights the step started from: the one set by hand.
    assert trace.layers[0].weights[1, 0] == 2.5
    w, _ = trainer.network.get_weights(0)
    assert w[1, 0] == pytest.approx(2.5 + trace.layers[0].weight_update[1, 0])


def test_the_edit_changes_nothing_else():
    a, b = find_lesson("playground-circle").build(), find_lesson("playground-circle").build()
    a.step(), b.step()
    w, _ = a.network.get_weights(-1)
    SetWeight(layer=-1, source=0, target=0, value=float(w[0, 0]))(a)  # the same value: the same run
    np.testing.assert_array_equal(a.step().layers[-1].weights, b.step().layers[-1].weights)
    assert a.step().loss == b.step().loss


@pytest.mark.parametrize("edit, field", [
    (SetWeight(0, 99, 0, 1.0), "source"), (SetWeight(0, 0, 99, 1.0), "target"),
    (SetWeight(0, 0, 0, float("nan")), "value"), (SetWeight(9, 0, 0, 1.0), "layer")])
def test_a_wrong_edit_names_its_field_and_changes_nothing(edit, field):
    trainer = find_lesson("playground-circle").build()
    before = [trainer.network.get_weights(k)[0] for k in range(trainer.network.n_layers)]
    with pytest.raises(SpecError) as err:
        edit(trainer)
    assert err.value.field == field
    for k, w in enumerate(before):
        np.testing.assert_array_equal(trainer.network.get_weights(k)[0], w)
