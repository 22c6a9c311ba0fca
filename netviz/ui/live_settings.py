"""Settings that change between two training steps, without a new network."""

from __future__ import annotations

from netviz.engine.lessons import Lesson
from netviz.engine.spec import OptimizerSpec
from netviz.engine.trainer import Trainer
from netviz.ui.controls import LIVE_TRAINING_FIELDS


def is_live_change(lesson: Lesson, table: str, changes: dict) -> bool:
    """Learning rate, optimizer, regularization, batch size and dropout change between steps."""
    if table == "training":
        return set(changes) <= LIVE_TRAINING_FIELDS
    if table != "network":
        return False
    current = lesson.network
    n = len(current["hidden"])
    for key, value in changes.items():
        if key == "dropout":
            continue
        old = current.get(key)
        if isinstance(value, list) and not isinstance(old, list):
            old = [old] * n if old is not None else None
            if key == "hidden":
                old = current["hidden"]
        if old is not None and value != old:
            return False
    return True


class LiveSettings:
    """Settings that change between steps, applied by the worker thread to its Trainer."""

    def __init__(self, optimizer: OptimizerSpec, batch_size: int, dropout: list[float]):
        self.optimizer, self.batch_size, self.dropout = optimizer, batch_size, dropout

    def __call__(self, trainer: Trainer) -> None:
        trainer.set_optimizer(self.optimizer)
        trainer.set_batch_size(self.batch_size)
        for index, rate in enumerate(self.dropout):
            trainer.network.set_dropout(index, rate)
