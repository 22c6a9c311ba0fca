"""The Dataset container that every data source of the engine returns."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

TASKS = ("binary", "multiclass", "regression")
# The output layers (and losses) a task can train: the first is the task's own
# (``Dataset.output_kind``); a binary task also trains TensorFlow Playground's tanh output
# on labels -1/+1 (``Dataset.for_output``).
TASK_OUTPUTS = {"binary": ("sigmoid", "tanh"), "multiclass": ("softmax",), "regression": ("linear",)}


@dataclass(frozen=True)
class Dataset:
    """A train/validation split ready for the loss.

    Shapes (N = examples, d = input features, k = outputs):
      x_train (N_train, d), y_train (N_train, k), x_val (N_val, d), y_val (N_val, k).
    ``y`` is what the loss takes: for "binary" a (N, 1) column of 0.0/1.0 (sigmoid +
    binary cross-entropy); for "multiclass" one-hot rows (N, k) (softmax + cross-entropy);
    for "regression" real targets (N, k) (linear + mean squared error).
    All arrays are float64 and read-only.
    """

    name: str
    task: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    feature_names: tuple[str, ...] = ()
    class_names: tuple[str, ...] = ()

    @property
    def n_inputs(self) -> int:
        return int(self.x_train.shape[1])

    @property
    def n_outputs(self) -> int:
        return int(self.y_train.shape[1])

    @property
    def output_kind(self) -> str:
        """The output layer and loss this task needs: sigmoid, softmax or linear."""
        return TASK_OUTPUTS[self.task][0]

    def for_output(self, output: str) -> Dataset:
        """This data set with the targets ``output`` trains on: itself for its own output
        kind; for a binary task's "tanh" output, labels -1/+1 (2y - 1, as TensorFlow
        Playground labels its points). ValueError for an output the task cannot train.

        Labels already -1/+1 stay as they are: a Trainer's data set (which a session file
        stores) is the one it trains on, and a restored run must not sign it twice."""
        if output not in TASK_OUTPUTS[self.task]:
            needed = " or ".join(TASK_OUTPUTS[self.task])
            raise ValueError(f"a {self.task} data set needs a {needed} output, not {output}")
        # 0/1 labels never hold -1; all-ones labels are the same signed or not.
        if output != "tanh" or (self.y_train == -1.0).any() or (self.y_val == -1.0).any():
            return self
        signed = [2.0 * y - 1.0 for y in (self.y_train, self.y_val)]
        for y in signed:
            y.flags.writeable = False
        return replace(self, y_train=signed[0], y_val=signed[1])
