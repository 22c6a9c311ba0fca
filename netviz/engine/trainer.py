"""The training loop: batches from a Dataset, validation loss, dead-unit scans, early stopping, divergence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from . import features
from .accuracy import accuracy
from .dataset_types import Dataset
from .divergence import divergence_reason
from .fused_training import FusedTraining
from .network import Network
from .spec import NetworkSpec, OptimizerSpec, SpecError, TrainSpec, check_batch_norm_batch
from .summary import StepSummary
from .summary_log import SummaryLog
from .trace import StepOutcome, StepTrace


def _readonly(batch: np.ndarray) -> np.ndarray:
    """A batch the trainer made, read-only like the data set it came from: a step's trace
    can then hold it without a copy."""
    batch.flags.writeable = False
    return batch


@dataclass(frozen=True)
class TrainerState:
    """What the training loop carries from step to step, beside its network: the batch
    stream and shuffle, the history, early stopping's bookkeeping. ``Trainer.state()``
    makes one, ``set_state`` continues from one (a session file stores it)."""

    train_spec: TrainSpec
    batch_rng: dict[str, Any]  # numpy's bit-generator state of the batch shuffle stream
    order: np.ndarray  # (N_train,) intp: the current shuffle (empty before the first)
    cursor: int  # the next batch starts at order[cursor]
    history: Sequence[StepSummary]  # a SummaryLog's frozen view (a tuple, read from a session file)
    stop_reason: str | None
    best_val_loss: float | None
    best_step: int | None
    since_best: int  # evaluations without a better validation loss
    # Parameters of the best step, per layer: W, b, gamma, beta, running mean and variance
    # (None where a layer has no batch norm); None until a validation loss was measured.
    best_params: tuple[tuple[np.ndarray | None, ...], ...] | None
    # per layer (dead units, saturated units), (n,) bool each: the last whole-set scan
    last_scan: tuple[tuple[np.ndarray, np.ndarray], ...] | None


class Trainer(FusedTraining):
    """Trains a Network on a Dataset one step at a time.

    Batches are drawn without replacement from a seeded shuffle of the training set
    (a new shuffle when fewer than ``batch_size`` examples remain), or in the set's order
    with ``TrainSpec.shuffle`` off; a batch size at least
    the training set's size trains on the whole set each step. Every ``eval_every`` steps
    the validation loss is measured after the update, and dead units are measured on the
    whole training set with the step's weights.

    ``weights``: start from these (W, b) per layer, first hidden layer first, instead of
    the spec's initialization (e.g. another tool's initial weights, to replay its run);
    checked as ``Network.set_weights`` checks them.

    With input features (``NetworkSpec.features``) the network is fed the features of the
    data set's points (``features.apply``): batches, traces and evaluations hold feature
    values, while ``dataset`` stays the data set itself (the points in the input plane).
    """

    def __init__(self, spec: NetworkSpec, dataset: Dataset, train: TrainSpec | None = None, *,
                 weights: Sequence[tuple[np.ndarray, np.ndarray]] | None = None):
        train = train or TrainSpec()
        inputs = features.input_count(spec.features, dataset.n_inputs)
        if spec.inputs != inputs:
            what = f"{len(spec.features)} features" if spec.features is not None else f"{inputs} inputs"
            raise SpecError("inputs", f"the data set '{dataset.name}' has {what}, the network {spec.inputs} inputs")
        if spec.outputs != dataset.n_outputs:
            raise SpecError("outputs", f"the data set '{dataset.name}' has {dataset.n_outputs} outputs, "
                                       f"the network {spec.outputs}")
        try:
            dataset = dataset.for_output(spec.output)  # labels -1/+1 for a tanh output
        except ValueError as exc:
            raise SpecError("output", str(exc)) from None
        self.spec = spec
        self.dataset = dataset
        # What the network is fed: the data set's own x without features (the same arrays).
        self._x_train = features.apply(spec.features, dataset.x_train)
        self._x_val = features.apply(spec.features, dataset.x_val)
        self._check_batch(train.batch_size)
        self.train_spec = train
        self.network = Network(spec, train.optimizer)
        if weights is not None:
            if len(weights) != self.network.n_layers:
                raise SpecError("weights",
                                f"needs {self.network.n_layers} (W, b) pairs, one per layer, got {len(weights)}")
            for layer, (w, b) in enumerate(weights):
                self.network.set_weights(layer, w, b)
        self._batch_rng = np.random.default_rng(np.random.SeedSequence([train.seed, 1]))
        self._order = np.empty(0, dtype=np.intp)
        self._cursor = 0
        # One compact row per step (netviz.engine.summary_log): 100,000 steps take about 35 MB.
        self.history = SummaryLog()
        self.stop_reason: str | None = None
        self.best_val_loss: float | None = None
        self.best_step: int | None = None
        self._best_params: list[tuple[Any, ...]] | None = None
        self._since_best = 0
        # The last whole-set scan: per layer (dead units, saturated units), (n,) bool each.
        self._last_scan: list[tuple[np.ndarray, np.ndarray]] | None = None
        # A fused run: trained by the fused kernel where ``advance`` and ``traced_step`` train it
        # (``FusedTraining``). Part of the run's state (``engine.run``): a replay must use the
        # same engine to make the same numbers. ``step`` and ``step_outcome`` stay numpy's.
        self.fused = False
        self._evaluate_from = 0  # steps before this one skip their evaluation (``skip_evaluations``)

    def set_optimizer(self, spec: OptimizerSpec) -> None:
        self.train_spec = replace(self.train_spec, optimizer=spec)
        self.network.set_optimizer(spec)

    def set_batch_size(self, batch_size: int) -> None:
        """Takes effect from the next batch; the current shuffle continues. A batch of one
        example for a network with batch norm raises SpecError("batch_size")."""
        self._check_batch(batch_size)
        self.train_spec = replace(self.train_spec, batch_size=batch_size)

    def state(self) -> TrainerState:
        """The loop's state now (the network's is its own: parameters, optimizer, dropout stream)."""
        # Every array here is replaced, never changed in place, so references are a snapshot.
        return TrainerState(
            train_spec=self.train_spec, batch_rng=dict(self._batch_rng.bit_generator.state), order=self._order,
            cursor=self._cursor, history=self.history.frozen(), stop_reason=self.stop_reason,
            best_val_loss=self.best_val_loss, best_step=self.best_step, since_best=self._since_best,
            best_params=None if self._best_params is None else tuple(tuple(p) for p in self._best_params),
            last_scan=None if self._last_scan is None else tuple(self._last_scan),
        )

    def set_state(self, state: TrainerState) -> None:
        """Continue the loop from ``state`` (of a Trainer on the same data set and network
        shape: the caller checks the arrays' shapes; numpy checks the random state)."""
        self._batch_rng.bit_generator.state = state.batch_rng
        self.train_spec = state.train_spec
        self._order, self._cursor = state.order, state.cursor
        self.history = SummaryLog.copy_of(state.history)
        self.stop_reason = state.stop_reason
        self.best_val_loss, self.best_step, self._since_best = state.best_val_loss, state.best_step, state.since_best
        self._best_params = None if state.best_params is None else [tuple(p) for p in state.best_params]
        self._last_scan = None if state.last_scan is None else list(state.last_scan)

    def _check_batch(self, batch_size: int) -> None:
        # The batches are never larger than the training set.
        check_batch_norm_batch(self.spec, min(batch_size, len(self.dataset.x_train)))

    def next_batch(self) -> tuple[np.ndarray, np.ndarray]:
        """The next batch (x, y): from a seeded shuffle of the training set, or with
        ``shuffle`` off the next ``batch_size`` examples in the set's order, cycling; x holds
        the network's inputs (the input features' values where chosen)."""
        x, y = self._x_train, self.dataset.y_train
        idx = self._next_rows()
        if idx is None:
            return x, y
        return _readonly(x[idx]), _readonly(y[idx])

    def _next_rows(self) -> np.ndarray | None:
        """The next batch's rows of the training set (``next_batch``), None for the whole set."""
        n, size = len(self._x_train), self.train_spec.batch_size
        if size >= n:
            return None
        if not self.train_spec.shuffle:
            # TensorFlow Playground's order: the same sequence every epoch; a batch that
            # runs past the end continues from the first example.
            idx = (self._cursor + np.arange(size)) % n
            self._cursor = (self._cursor + size) % n
            return idx
        if self._cursor + size > len(self._order):
            self._order = self._batch_rng.permutation(n)
            self._cursor = 0
        idx = self._order[self._cursor : self._cursor + size]
        self._cursor += size
        return idx

    def step(self) -> StepTrace:
        """One training step; after divergence or early stopping it raises RuntimeError."""
        x, y, scan, evaluate = self._next_step()
        trace = self.network.train_step(x, y, dead_scan_x=scan)
        if not evaluate and self._last_scan is not None:
            # Between scans the last whole-set measurement stands, not the batch's.
            trace = replace(trace, layers=tuple(replace(lt, dead_units=d, saturated_units=s)
                                                for lt, (d, s) in zip(trace.layers, self._last_scan)),
                            dead_scan_size=len(self.dataset.x_train))
        self._last_scan = [(lt.dead_units, lt.saturated_units) for lt in trace.layers]
        if evaluate and len(self._x_val) and not trace.diverged:
            val_loss, val_accuracy = self._validation()
            trace = replace(trace, val_loss=val_loss, val_accuracy=val_accuracy,
                            diverged=not np.isfinite(val_loss))
        self._record(trace)
        return trace

    def step_outcome(self) -> StepOutcome:
        """``step`` without the trace (``Network.train_step_outcome``), for a step that will
        not be drawn: the same batches, weights, history and stopping, bit for bit."""
        x, y, scan, evaluate = self._next_step()
        outcome = self.network.train_step_outcome(x, y, dead_scan_x=scan)
        if not evaluate and self._last_scan is not None:
            outcome = replace(outcome, dead_units=tuple(d for d, _ in self._last_scan),
                              saturated_units=tuple(s for _, s in self._last_scan),
                              dead_scan_size=len(self.dataset.x_train))
        self._last_scan = list(zip(outcome.dead_units, outcome.saturated_units))
        if evaluate and len(self._x_val) and not outcome.diverged:
            val_loss, val_accuracy = self._validation()
            outcome = replace(outcome, val_loss=val_loss, val_accuracy=val_accuracy,
                              diverged=not np.isfinite(val_loss))
        self._record(outcome)
        return outcome

    def _next_step(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, bool]:
        """The next step's batch, the examples to scan for dead units (None: the batch's own
        pass), and whether the step evaluates (scan and validation loss)."""
        if self.stopped:
            raise RuntimeError(f"training has stopped: {self.stop_reason}")
        x, y = self.next_batch()
        evaluate = self._evaluates(self.steps_done)
        return x, y, self._x_train if evaluate else None, evaluate

    def _evaluates(self, step: int) -> bool:
        """Whether step ``step`` (0-based) measures the validation loss and scans the whole set."""
        return step % self.train_spec.eval_every == 0 and step >= self._evaluate_from

    def skip_evaluations(self, before: int) -> None:
        """Steps before step ``before`` (0-based) skip the validation loss and the whole-set
        scan: for a replay whose traces cannot depend on them (``Replay``). Their weights,
        batches and random streams are the run's, but their history rows, the best validation
        loss and early stopping are not: without early stopping (``patience`` None) a later
        step's trace is the run's bit for bit when it evaluates, or when the last step before
        it that evaluates is not skipped. Not part of the run's state."""
        if self.train_spec.patience is not None:
            raise ValueError("skip_evaluations: early stopping depends on every validation loss")
        self._evaluate_from = before

    def preview(self) -> StepTrace:
        """The network as it is now, before its next step (e.g. its initial weights): forward
        and backward on the batch the next ``step`` will take, with NO update
        (``Network.preview_step``: step -1, updates zero). Dead and saturated units are
        measured on the whole training set, and the validation loss of the current weights
        is filled in. Not a step: not counted, not in ``history``, and no random stream moves
        (batches, shuffles, dropout), so training after a preview is bit-identical to
        training without it. Allowed after training stopped, too (it changes nothing)."""
        # The next batch, then the batch stream put back exactly as it was.
        rng_state, order, cursor = self._batch_rng.bit_generator.state, self._order, self._cursor
        try:
            x, y = self.next_batch()
        finally:
            self._batch_rng.bit_generator.state = rng_state
            self._order, self._cursor = order, cursor
        # The network's inputs are the features of the points (the raw points without features).
        trace = self.network.preview_step(x, y, dead_scan_x=self._x_train)
        if len(self._x_val) and not trace.diverged:
            val_loss, val_accuracy = self._validation()
            trace = replace(trace, val_loss=val_loss, val_accuracy=val_accuracy)
        return trace

    def _validation(self) -> tuple[float, float | None]:
        """The validation loss and accuracy (None for regression) of the current weights, from
        one forward pass of the validation set (its loss and its predictions share it)."""
        val_loss, prediction = self.network.evaluate_loss_and_prediction(self._x_val, self.dataset.y_val)
        if self.spec.output == "linear":  # no classes
            return float(val_loss), None
        return float(val_loss), accuracy(self.spec.output, prediction, self.dataset.y_val)

    def _record(self, trace: StepTrace | StepOutcome) -> None:
        if isinstance(trace, StepTrace):
            grad_norms = tuple(lt.grad_norm for lt in trace.layers)
            dead = tuple(lt.dead_fraction for lt in trace.layers)
            saturated = tuple(lt.saturated_fraction for lt in trace.layers)
        else:
            grad_norms, dead, saturated = trace.grad_norms, trace.dead_fractions, trace.saturated_fractions
        self.history.append(
            StepSummary(
                step=trace.step,
                loss=trace.loss,
                val_loss=trace.val_loss,
                grad_norms=grad_norms,
                dead_fractions=dead,
                diverged=trace.diverged,
                saturated_fractions=saturated,
                accuracy=trace.accuracy,
                val_accuracy=trace.val_accuracy,
            )
        )
        if trace.diverged:
            # Messages count steps from 1, as the pictures do (the trace's index is 0-based).
            self.stop_reason = f"diverged at step {trace.step + 1}: {divergence_reason(trace)}"
            return
        if trace.val_loss is None:
            return
        if self.best_val_loss is None or trace.val_loss < self.best_val_loss:
            self.best_val_loss, self.best_step, self._since_best = trace.val_loss, trace.step, 0
            self._best_params = self._snapshot()
        else:
            self._since_best += 1
            patience = self.train_spec.patience
            if patience is not None and self._since_best >= patience:
                self._stop_early(trace.step)

    def _stop_early(self, step: int) -> None:
        """Early stopping after ``step``: the best step's weights back, and why training stopped."""
        # best_step and _best_params are set together with best_val_loss, so they are set here.
        if self._best_params is None:
            return
        self._restore(self._best_params)
        self.stop_reason = (
            f"early stopping at step {step + 1}: no better validation loss for {self.train_spec.patience} steps; "
            f"restored the weights of step {(self.best_step or 0) + 1} "
            f"(validation loss {self.best_val_loss:.4g})"
        )

    def _snapshot(self) -> list[tuple[Any, ...]]:
        # Parameters are never changed in place, so references are a faithful snapshot.
        return [(lay.weights, lay.biases, lay.gamma, lay.beta, lay.running_mean, lay.running_var)
                for lay in self.network.layers]

    def _restore(self, snapshot: list[tuple[Any, ...]]) -> None:
        for lay, params in zip(self.network.layers, snapshot):
            lay.weights, lay.biases, lay.gamma, lay.beta, lay.running_mean, lay.running_var = params

    def run(self, steps: int | None = None,
            on_step: Callable[[StepTrace], object] | None = None) -> Sequence[StepSummary]:
        """Train up to ``steps`` (default: the TrainSpec's) or until stopped; returns the history."""
        for _ in range(self.train_spec.steps if steps is None else steps):
            if self.stopped:
                break
            trace = self.step()
            if on_step is not None:
                on_step(trace)
        return self.history
