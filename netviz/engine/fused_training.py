"""The Trainer's steps by the fused kernel (``fused_steps``): many steps in one call, and a
step with its trace for the picture, made from the arrays the kernel left (``fused_trace``).

``Trainer`` takes these methods from ``FusedTraining``. They are opt-in: ``Trainer.step`` and
``step_outcome`` stay the numpy engine's, bit for bit. A run trained with ``train_fused``
follows the kernel's numbers, which agree with the numpy engine's to about 1e-15 relative
but not bit for bit: such a run is reproducible with itself (the same steps, batches and
numbers whichever of its steps were drawn with ``step_fused``), not with a numpy run.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from . import fused_steps
from .divergence import divergence_reason
from .fused_trace import kernel_trace
from .parameters import penalty_of
from .step_record import readonly
from .trace import StepOutcome, StepTrace

if TYPE_CHECKING:
    from .dataset_types import Dataset
    from .network import Network
    from .spec import NetworkSpec, TrainSpec
    from .summary_log import SummaryLog

FUSED_CHUNK = 1024  # steps per kernel call at most: bounds the arrays of one call


class FusedTraining:
    """``train_fused``, ``step_fused`` and ``fused_reason`` of a Trainer."""

    spec: NetworkSpec
    dataset: Dataset
    network: Network
    train_spec: TrainSpec
    history: SummaryLog
    stop_reason: str | None
    best_val_loss: float | None
    best_step: int | None
    _x_train: np.ndarray
    _x_val: np.ndarray
    _batch_rng: np.random.Generator
    _order: np.ndarray
    _cursor: int
    _since_best: int
    _best_params: list[tuple[Any, ...]] | None
    _last_scan: list[tuple[np.ndarray, np.ndarray]] | None
    _next_rows: Callable[[], np.ndarray | None]
    _record: Callable[[StepTrace | StepOutcome], None]
    _stop_early: Callable[[int], None]
    next_batch: Callable[[], tuple[np.ndarray, np.ndarray]]
    step: Callable[[], StepTrace]
    step_outcome: Callable[[], StepOutcome]
    fused: bool
    _evaluates: Callable[[int], bool]
    _evaluate_from: int

    @property
    def stopped(self) -> bool:
        return self.stop_reason is not None

    @property
    def steps_done(self) -> int:
        return len(self.history)

    def fused_reason(self) -> str | None:
        """Why ``train_fused`` trains the next step with the numpy engine, not the kernel
        (None: the kernel trains it): ``fused_steps.unsupported_reason``, or a step that
        does not scan before any whole-set scan was made."""
        reason = fused_steps.unsupported_reason(self.network)
        if reason is None and self._last_scan is None and self.steps_done % self.train_spec.eval_every:
            reason = "no whole-set scan yet"
        return reason

    def advance(self, steps: int) -> int:
        """Train up to ``steps`` steps without their traces (fewer when training stops);
        returns how many: by ``train_fused`` in a fused run (``fused``), else by
        ``step_outcome``."""
        if self.fused:
            return self.train_fused(steps)
        done = 0
        while done < steps and not self.stopped:
            self.step_outcome()
            done += 1
        return done

    def traced_step(self) -> StepTrace:
        """One step with its trace: ``step_fused`` in a fused run (``fused``), else ``step``."""
        return self.step_fused() if self.fused else self.step()

    def train_fused(self, steps: int) -> int:
        """Train up to ``steps`` steps (fewer when training stops); returns how many. Each step
        is what ``step_outcome`` does (the same batches from the same stream, evaluations,
        history, best weights and divergence), by the fused kernel, many steps per call,
        where ``fused_reason()`` is None; by ``step_outcome`` itself otherwise, and for a step
        the kernel finds diverging. The whole-set scan for dead units stops at the first rows
        that rule every unit out (the same masks as a scan of every row)."""
        done = 0
        while done < steps and not self.stopped:
            if self.fused_reason() is not None:
                self.step_outcome()
                done += 1
                continue
            trained, diverging = self._fused_chunk(min(steps - done, FUSED_CHUNK))
            done += trained
            if diverging and done < steps and not self.stopped:
                self.step_outcome()  # the numpy engine records the divergence and its reason
                done += 1
        return done

    def step_fused(self) -> StepTrace:
        """One step of a run trained with ``train_fused``, with a trace to draw: the step is
        trained by the kernel as ``train_fused(1)`` trains it (the run goes on from the
        kernel's weights, whether or not its steps are drawn), and its trace is that step's,
        from the arrays the kernel left (``fused_trace``): the history's row, the numbers the
        run trained on (its dead and saturated units the kernel's whole-set scan). Where
        ``fused_reason()`` is not None, and for a step the kernel finds diverging: ``step()``."""
        if self.stopped or self.fused_reason() is not None:
            return self.step()
        network = self.network
        before = [fused_steps.layer_arrays(lay) for lay in network.layers]
        penalty = network.penalty()
        call = self._fused_call(1)
        if call is None or call[0].done == 0:  # no kernel, or a diverging step: numpy says why
            return self.step()
        return self._drawn(call, before, penalty)

    def advance_traced(self, untraced: int) -> StepTrace | None:
        """``untraced`` steps without their traces, then one with its trace: the same run as
        ``advance(untraced)`` then ``traced_step()`` (bit for bit), in a fused run in one kernel
        call whose last step is the one drawn (the call keeps the parameters from before it:
        ``FusedResult.before_last``). The window draws a step after every few dozen untraced
        ones; as two calls, the second cost as much Python around the kernel as the first and
        the GIL once more. Returns the trace; None when training stopped before that step."""
        if untraced < 1 or not self.fused or self.stopped or self.fused_reason() is not None:
            self.advance(untraced)
            return None if self.stopped else self.traced_step()
        if untraced >= FUSED_CHUNK:  # one call holds at most FUSED_CHUNK steps
            untraced -= self.advance(untraced + 1 - FUSED_CHUNK)
            if self.stopped:
                return None
        call = self._fused_call(untraced + 1, keep_before_last=True)
        if call is None or call[0].before_last is None:  # no kernel, or the call ended before its last step
            self.advance(untraced - (0 if call is None else call[0].done))
            return None if self.stopped else self.traced_step()
        before = call[0].before_last
        penalty = penalty_of([arrays[0] for arrays in before], self.network.optimizer.spec)
        return self._drawn(call, before, penalty)

    def _drawn(self, call: tuple[fused_steps.FusedResult, np.ndarray, fused_steps.Masks | None],
               before: Sequence[tuple[np.ndarray, ...]], penalty: float) -> StepTrace:
        """The trace of the last step of a kernel call (``call``: ``_fused_call``'s), from the
        parameters ``before`` it and their ``penalty``."""
        result, batches, masks = call
        assert self._last_scan is not None  # the step scanned the whole set, or one before it did (fused_reason)
        last = result.done - 1  # the step drawn: its batch and masks (kernel_trace reads the same row)
        x, y = self._x_train, self.dataset.y_train
        if self.train_spec.batch_size < len(x):  # else the whole set, as next_batch gives it
            x, y = readonly(x[batches[last]]), readonly(y[batches[last]])
        return kernel_trace(self.network, result, before, x, y, penalty, self.history[-1], self._last_scan,
                            len(self._x_train), None if masks is None else [m if m is None else m[last] for m in masks])

    def _fused_chunk(self, k: int) -> tuple[int, bool]:
        """Up to k steps in one kernel call: (steps trained, whether the next step would diverge)."""
        call = self._fused_call(k)
        if call is None:
            return 0, False
        return call[0].done, call[0].stopped_before_divergence

    def _fused_call(self, k: int, keep_before_last: bool = False
                    ) -> tuple[fused_steps.FusedResult, np.ndarray, fused_steps.Masks | None] | None:
        """Up to k steps in one kernel call, recorded: what it computed, the batches' rows
        (k, B) and each step's dropout masks (None without dropout); None when the kernel is
        unavailable (nothing trained). The batch and dropout streams move on by the steps done.
        ``keep_before_last``: ``train_steps``'."""
        stream = self._batch_rng.bit_generator.state, self._order, self._cursor
        batches = self._batch_rows(k)
        # The dropout stream's place, kept only where masks are drawn (a call per frame in the window).
        dropout_stream = self.network.random_state() if self.network.has_dropout else None
        masks = fused_steps.dropout_masks(self.network, k, batches.shape[1])
        first = self.steps_done
        steps = np.arange(first, first + k)
        evaluate_at = (steps % self.train_spec.eval_every == 0) & (steps >= self._evaluate_from)
        scan = None
        if self._last_scan is not None:
            scan = ([d for d, _ in self._last_scan], [s for _, s in self._last_scan])
        try:
            result = fused_steps.train_steps(self.network, self._x_train, self.dataset.y_train, batches,
                                             evaluate_at, self._x_val, self.dataset.y_val, scan, self.best_val_loss,
                                             self._since_best, self.train_spec.patience, masks, keep_before_last)
        except fused_steps.KernelUnavailable:  # fused_reason() says why from now on: numpy trains
            self._batch_rng.bit_generator.state, self._order, self._cursor = stream
            if dropout_stream is not None:
                self.network.set_random_state(dropout_stream)
            return None
        if result.done < k:  # the batch and dropout streams as they are after the steps done
            self._batch_rng.bit_generator.state, self._order, self._cursor = stream
            for _ in range(result.done):
                self._next_rows()
            if dropout_stream is not None:
                self.network.set_random_state(dropout_stream)
                fused_steps.dropout_masks(self.network, result.done, batches.shape[1])
        if result.done:
            self._record_fused(result, evaluate_at)
        return result, batches, masks

    def _batch_rows(self, k: int) -> np.ndarray:
        """(k, B) int64: the rows of the next k batches, as k calls of ``_next_rows`` give them
        (and leaving the batch stream as they do), an epoch's batches at a time."""
        n, size = len(self._x_train), self.train_spec.batch_size
        if size >= n:  # the whole set every step
            return np.tile(np.arange(n, dtype=np.int64), (k, 1))
        if not self.train_spec.shuffle:  # the set's order, cycling (TensorFlow Playground's)
            rows = (self._cursor + np.arange(k * size, dtype=np.int64)) % n
            self._cursor = (self._cursor + k * size) % n
            return rows.reshape(k, size)
        left = min(k, (len(self._order) - self._cursor) // size)  # whole batches left in this epoch
        parts = [self._order[self._cursor:self._cursor + left * size].reshape(left, size)]
        self._cursor += left * size
        k -= left
        if k:
            # The epochs' orders in one call: ``permuted`` shuffles row after row just as that
            # many ``permutation(n)`` calls do, and leaves the stream where they leave it (a
            # test compares). A call an epoch cost a lesson with a small set (transfer: 2
            # batches an epoch) 8% of the worker's time in the window, the GIL held.
            per_epoch = n // size
            epochs = -(-k // per_epoch)
            orders = self._batch_rng.permuted(np.tile(np.arange(n, dtype=np.int64), (epochs, 1)), axis=1)
            parts.append(orders[:, :per_epoch * size].reshape(epochs * per_epoch, size)[:k])
            self._order = orders[-1].copy()
            self._cursor = (k - (epochs - 1) * per_epoch) * size
        return np.concatenate(parts).astype(np.int64, copy=False)

    def _record_fused(self, result: fused_steps.FusedResult, evaluate_at: np.ndarray) -> None:
        """The history rows, the last scan, the best validation loss and weights, and
        divergence of the steps a kernel call trained (as ``Trainer._record`` records a step)."""
        first, done = self.steps_done, result.done
        widths = np.array([lay.biases.shape[0] for lay in self.network.layers], float)
        has_val = evaluate_at[:done] & (len(self._x_val) > 0)
        classes = self.spec.output != "linear"
        # Without an evaluation the masks are the last scan's (none only when evaluations
        # are skipped: then they stand for it, as a numpy step's batch masks do).
        if np.any(evaluate_at[:done]) or self._last_scan is None:
            self._last_scan = list(zip(result.dead, result.saturated))
        diverged = np.zeros(done, bool)
        diverged[-1] = result.val_diverged
        self.history.append_steps(
            first, result.losses[:done], result.accuracies[:done] if classes else None, has_val,
            result.val_losses[:done], result.val_accuracies[:done] if classes else None, diverged,
            result.grad_norms[:done], result.dead_counts[:done] / widths, result.saturated_counts[:done] / widths)
        if result.val_diverged:
            outcome = StepOutcome(step=first + done - 1, loss=float(result.losses[done - 1]), grad_norm=0.0,
                                  grad_norms=(), dead_units=(), saturated_units=(), clipped=False, diverged=True,
                                  accuracy=None, dead_scan_size=len(self._x_train),
                                  val_loss=float(result.val_losses[done - 1]))
            self.stop_reason = f"diverged at step {first + done}: {divergence_reason(outcome)}"
            has_val[-1] = False  # a diverged step is not a candidate for the best
        # Each validation loss against the best before it, as ``Trainer._record`` does step by step.
        evaluated = np.flatnonzero(has_val)
        if len(evaluated):
            losses = result.val_losses[evaluated]
            best = math.inf if self.best_val_loss is None else self.best_val_loss
            before = np.fmin.accumulate(np.concatenate(([best], losses)))[:-1]
            better = np.flatnonzero(losses < before)
            if len(better):
                last = int(better[-1])
                self.best_val_loss, self.best_step = float(losses[last]), first + int(evaluated[last])
                self._since_best = len(losses) - 1 - last
            else:
                self._since_best += len(losses)
        if result.best_params is not None:  # as Trainer._snapshot: W, b, gamma, beta, running mean and variance
            self._best_params = [(*arrays, *[None] * (6 - len(arrays))) for arrays in _frozen(result.best_params)]
        if result.patience_ended:
            self._stop_early(first + done - 1)


def _frozen(params: list[tuple[np.ndarray, ...]]) -> list[tuple[np.ndarray, ...]]:
    for arrays in params:
        for a in arrays:
            a.flags.writeable = False
    return params
