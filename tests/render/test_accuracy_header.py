"""The header's accuracy: known with the losses, shown where asked (the window and exports)."""

import math
from dataclasses import replace

import numpy as np

from netviz.animation.view_options import ViewState, build_scene
from netviz.engine.lessons import find_lesson
from netviz.render.wording import format_accuracy, status_text


def test_the_scene_carries_the_traces_accuracies():
    trainer = find_lesson("playground-circle").build()
    trace = trainer.step()
    scene = build_scene(trace, ViewState())
    assert scene.accuracy == trace.accuracy and scene.val_accuracy == trace.val_accuracy
    assert scene.val_accuracy is not None
    # a hand count of the batch: tanh output, -1/+1 labels, the class is the side of 0
    right = np.count_nonzero((trace.predictions > 0) == (trace.targets > 0))
    assert math.isclose(scene.accuracy, right / trace.targets.shape[0])
    regression = find_lesson("playground-circle").with_changes(dataset={"name": "reg-plane"},
                                                               network={"output": None}).build()
    plain = build_scene(regression.step(), ViewState())
    assert plain.accuracy is None and plain.val_accuracy is None  # no classes, no accuracy


def test_status_line_with_accuracy():
    trainer = find_lesson("playground-circle").build()
    scene = build_scene(trainer.step(), ViewState())
    scene = replace(scene, step=12, loss=0.4321, val_loss=0.51, accuracy=0.9375, val_accuracy=0.995)
    assert status_text(scene) == "step 12 · loss 0.432 · val 0.51 · accuracy 94% (val 99.5%)"
    assert status_text(replace(scene, val_accuracy=None)) == "step 12 · loss 0.432 · val 0.51 · accuracy 94%"
    assert format_accuracy(float("nan")) == "" and format_accuracy(1.0) == "100%"
    assert format_accuracy(0.9996) == "99.9%"  # never "100%" for a score that is not perfect


def test_a_narrow_header_drops_the_accuracy_before_the_losses():
    from netviz.render.wording import status_candidates

    trainer = find_lesson("playground-circle").build()
    scene = replace(build_scene(trainer.step(), ViewState()), step=12, loss=0.4321, val_loss=0.51,
                    accuracy=0.9375, val_accuracy=0.875)
    assert status_candidates(scene) == ["step 12 · loss 0.432 · val 0.51 · accuracy 94% (val 88%)",
                                        "step 12 · loss 0.432 · val 0.51 · val accuracy 88%",
                                        "step 12 · loss 0.432 · val 0.51"]
    plain = replace(scene, accuracy=None, val_accuracy=None)
    assert status_candidates(plain) == ["step 12 · loss 0.432 · val 0.51"]
