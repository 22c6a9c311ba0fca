"""Why training stopped, said in the chosen language.

The engine writes its stop reason in English ("diverged at step 12: ...", "early stopping at
step 135: ...") and keeps it so: sessions save it, and the command line and the banner test
for "diverged" in it. What the window shows is :func:`stop_words` of that text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from netviz.engine.divergence import LOSS_OR_GRADIENTS
from netviz.i18n import translate

from .words import fill

# The engine's sentences (engine/trainer.py, engine/fused_training.py). Only the English prefix
# of a divergence is matched: the reason after it is already in the language the Trainer ran in.
_DIVERGED = re.compile(r"diverged at step (\d+): (.+)", re.DOTALL)
_EARLY_STOPPING = re.compile(
    r"early stopping at step (\d+): no better validation loss for (\d+) steps; "
    r"restored the weights of step (\d+) \(validation loss ([^)]+)\)")


def stop_words(reason: str, number: Callable[[float], str] | None = None) -> str:
    """The engine's stop ``reason`` as a sentence in the chosen language; a reason this version
    does not know (one from a newer or older netviz) comes back as it is.

    ``number`` writes the validation loss in the language's way (a decimal comma in German);
    without it the loss stays as the engine wrote it."""
    diverged = _DIVERGED.fullmatch(reason)
    if diverged:
        step, why = diverged.groups()
        if why == LOSS_OR_GRADIENTS:  # the engine's usual reason is English: said whole here
            return fill(translate("Picture", "Diverged at step %1: NaN or Inf in the loss or the gradients."), step)
        return fill(translate("StopReason", "Diverged at step %1: %2.", "the step, then why (already translated)"),
                    step, why)
    early = _EARLY_STOPPING.fullmatch(reason)
    if early:
        step, patience, best, loss = early.groups()
        if number is not None:
            try:
                loss = number(float(loss))
            except ValueError:  # not a number after all: shown as the engine wrote it
                pass
        count = int(patience)
        said = translate("StopReason", "Early stopping at step %1: no better validation loss for %n step(s); restored the weights of step %2 (validation loss %3).", None, count)  # noqa: E501 - one literal for lupdate
        return fill(said, step, best, loss)
    return reason
