"""Why training stopped, in the chosen language (netviz.animation.stop_words): the engine's
English reason becomes the language's sentence; a reason this version does not know stays as it is."""

from __future__ import annotations

import pytest

from netviz.animation.stop_words import stop_words
from netviz.engine.lessons import find_lesson
from netviz.engine.trainer import Trainer
from netviz.i18n import translate
from netviz.render import language
from netviz.ui.numbers import figure

UNKNOWN = ("training diverged: the loss is not a number at step 12",  # an older netviz's words
           "stopped by the teacher", "")


@pytest.fixture(autouse=True)
def english_afterwards(app):
    yield
    language.uninstall_language()


def stopped_early() -> Trainer:
    """The early-stopping lesson with its fix: it stops itself (at step 135 today)."""
    trainer = find_lesson("early-stopping").with_fix("early-stopping").build()
    while not trainer.stopped:
        trainer.step()
    assert trainer.stop_reason is not None and trainer.stop_reason.startswith("early stopping at step ")
    return trainer


def early_numbers(trainer: Trainer) -> tuple[int, int, int, float]:
    """The step it stopped at, the patience, the step whose weights came back, that step's validation loss."""
    assert trainer.best_step is not None and trainer.best_val_loss is not None
    assert trainer.train_spec.patience is not None
    return len(trainer.history), trainer.train_spec.patience, trainer.best_step + 1, trainer.best_val_loss


def test_early_stopping_in_english_is_the_engine_sentence_made_a_sentence():
    trainer = stopped_early()
    step, patience, best, loss = early_numbers(trainer)
    language.install_language("en")  # as the window does: the English catalogue says "1 step", "100 steps"
    assert stop_words(trainer.stop_reason) == (
        f"Early stopping at step {step}: no better validation loss for {patience} steps; "
        f"restored the weights of step {best} (validation loss {loss:.4g}).")
    one = "early stopping at step 9: no better validation loss for 1 steps; restored the weights of step 8 " \
          "(validation loss 0.5)"
    assert stop_words(one) == "Early stopping at step 9: no better validation loss for 1 step; " \
                              "restored the weights of step 8 (validation loss 0.5)."


def test_early_stopping_in_german_with_the_decimal_comma():
    trainer = stopped_early()
    step, patience, best, loss = early_numbers(trainer)
    language.install_language("de")
    german_loss = f"{loss:.4g}".replace(".", ",")
    assert stop_words(trainer.stop_reason, figure) == (
        f"Frühes Stoppen bei Schritt {step}: seit {patience} Schritten kein besserer Validierungsverlust; "
        f"Gewichte von Schritt {best} wiederhergestellt (Validierungsverlust {german_loss}).")
    # Without a number format the loss stays as the engine wrote it.
    assert f"(Validierungsverlust {loss:.4g})." in stop_words(trainer.stop_reason)


def test_divergence_in_english_and_german():
    exploding = find_lesson("exploding").build()
    while not exploding.stopped:
        exploding.step()
    usual = exploding.stop_reason
    assert usual is not None and usual.endswith(": NaN or Inf in the loss or the gradients")
    step = usual.split()[3].rstrip(":")
    language.install_language("en")
    assert stop_words(usual) == f"Diverged at step {step}: NaN or Inf in the loss or the gradients."
    assert stop_words("diverged at step 3: NaN or Inf in the validation loss") == \
        "Diverged at step 3: NaN or Inf in the validation loss."
    language.install_language("de")
    assert stop_words(usual) == f"Divergiert bei Schritt {step}: NaN oder Inf im Verlust oder in den Gradienten."
    # A German Trainer's reason: the English prefix, then divergence.py's reason already in German.
    german = f"diverged at step 3: {translate('Divergence', 'NaN or Inf in the validation loss')}"
    assert german == "diverged at step 3: NaN oder Inf im Validierungsverlust"
    assert stop_words(german) == "Divergiert bei Schritt 3: NaN oder Inf im Validierungsverlust."


@pytest.mark.parametrize("code", ["en", "de", "zh"])
def test_a_reason_this_version_does_not_know_is_shown_as_it_is(code):
    language.install_language(code)
    for reason in UNKNOWN:
        assert stop_words(reason, figure) == reason
    # Almost the early-stopping sentence (a newer wording) is not half translated either.
    newer = "early stopping at step 9: no better validation loss for 3 evaluations; restored step 8"
    assert stop_words(newer, figure) == newer


def test_every_language_says_both_sentences_in_its_own_words():
    trainer = stopped_early()
    language.install_language("en")
    english = stop_words(trainer.stop_reason)
    for code in ("de", "it", "tr", "zh"):
        language.install_language(code)
        said = stop_words(trainer.stop_reason, figure)
        assert said != english and "%" not in said and str(len(trainer.history)) in said, (code, said)
        diverged = stop_words("diverged at step 12: NaN or Inf in the loss or the gradients")
        assert "12" in diverged and "Diverged" not in diverged and "%" not in diverged, (code, diverged)
