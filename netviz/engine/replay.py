"""Steps trained again from a checkpoint: a run continues bit for bit from its captured state
(``engine.run``), so a replayed step's trace is the trace the first training made.

Steps before the one asked for are trained without their trace (``Trainer.advance``:
``step_outcome``, tested bit-identical to ``Trainer.step``; ``train_fused`` in a fused run,
as the run itself trained them), only the steps whose trace is wanted are traced
(``traced_step``). Without early stopping the steps on the way also skip their validation
loss and whole-set scan (``Trainer.skip_evaluations``), all but the last scan before the
first traced step: the traces cannot depend on them.
Shared by the exports (``export.frames``: the steps of a lesson, in order) and the window's
timeline (``animation.run_timeline``: any step of a long run).
"""

from __future__ import annotations

from collections.abc import Callable

from .run import RunState, restore
from .trace import StepTrace
from .trainer import Trainer


class Replay:
    """A Trainer restored from ``checkpoint`` and stepped forward on demand, keeping only the
    last two traces. Asked for an earlier step, it starts again from the checkpoint (an
    export asks in order: once for a GIF's palette, once for its frames)."""

    def __init__(self, checkpoint: RunState | None, *, skip_evaluations: bool = True):
        """``skip_evaluations``: the steps on the way skip what the traces cannot depend on
        (see the module's docstring); False evaluates every step as the run did (to compare)."""
        self.checkpoint = checkpoint  # None: nothing to replay (every step shown is stored)
        self._skip = skip_evaluations
        self._trainer: Trainer | None = None
        self._last: dict[int, StepTrace] = {}  # the last two traces, by step (from 1)

    @property
    def steps_done(self) -> int:
        """The steps the replaying Trainer has trained (the checkpoint's before the first ask)."""
        if self._trainer is not None:
            return self._trainer.network.steps_done
        return self.checkpoint.network_steps if self.checkpoint is not None else 0

    @property
    def stop_reason(self) -> str | None:
        """Why the replaying Trainer stopped, if it did: as a run that traced its last step
        says it (a divergence's reason names the layer, which a step without its trace cannot)."""
        return self._trainer.stop_reason if self._trainer is not None else None

    def trace(self, step: int, keep: Callable[[StepTrace], object] | None = None, traced_from: int | None = None
              ) -> StepTrace | None:
        """The trace of ``step`` (from 1), None if it is before the checkpoint or after the run stopped.

        ``traced_from`` (from 1): the steps from it on are traced too, not only ``step``, and
        each of their traces is handed to ``keep`` (a cache near the step asked for)."""
        state = self.checkpoint
        if state is None or step <= state.network_steps:
            return None
        if step in self._last:
            return self._last[step]
        if self._trainer is None or self._trainer.network.steps_done >= step:
            self._trainer, self._last = restore(state), {}
        trainer = self._trainer
        first_traced = step if traced_from is None else min(traced_from, step)
        if self._skip and trainer.train_spec.patience is None:
            # The last step that evaluates before the first traced one (0-based, itself
            # included) scans: the traces between show its masks.
            last = first_traced - 1
            trainer.skip_evaluations(last - last % trainer.train_spec.eval_every)
        while trainer.network.steps_done < step and not trainer.stopped:
            ahead = first_traced - 1 - trainer.network.steps_done
            if ahead > 0:
                trainer.advance(ahead)  # the steps on the way: their numbers only
                continue
            trace = trainer.traced_step()
            self._last = {k: v for k, v in self._last.items() if k == trace.step} | {trace.step + 1: trace}
            if keep is not None:
                keep(trace)
        return self._last.get(step)
