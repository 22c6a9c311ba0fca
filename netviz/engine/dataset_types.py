"""The Dataset container that every data source of the engine returns."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TASKS = ("binary", "multiclass", "regression")


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
        return {"binary": "sigmoid", "multiclass": "softmax", "regression": "linear"}[self.task]
