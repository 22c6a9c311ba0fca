"""Session files: a saved run opens to continue exactly as the unsaved run does."""

from __future__ import annotations

import dataclasses
import os
import zipfile

import numpy as np
import pytest

from netviz.engine import session_codec
from netviz.engine.lessons import find_lesson, lesson_names
from netviz.engine.session import SessionError, open_run, save_run
from netviz.engine.spec import OptimizerSpec
from netviz.engine.trace import LayerTrace

from .session_support import assert_same, saved_run, small_lesson


def _runs():
    """(lesson, fix) pairs: every shipped lesson and fix."""
    for name in lesson_names():
        lesson = find_lesson(name)
        yield lesson
        for fix in lesson.fixes:
            yield lesson.with_fix(fix)


@pytest.mark.parametrize("lesson", list(_runs()), ids=lambda les: f"{les.name}:{les.fix_applied}")
def test_saved_then_opened_run_continues_bit_for_bit(tmp_path, lesson):
    n, m = 6, 5
    straight = lesson.build()
    expected = [straight.step() for _ in range(n + m) if not straight.stopped]
    saved = lesson.build()
    traces = [saved.step() for _ in range(n) if not saved.stopped]
    opened = open_run(save_run(tmp_path / "run.netviz", lesson, saved, traces))
    assert_same(opened.traces, tuple(traces), "stored traces")
    assert_same(opened.last_trace, expected[len(traces) - 1], "last trace")
    more = [opened.trainer.step() for _ in range(m) if not opened.trainer.stopped]
    assert_same(more, expected[len(traces):], "continued traces")
    assert opened.trainer.history == straight.history
    assert opened.trainer.stop_reason == straight.stop_reason
    assert dataclasses.replace(opened.lesson, source=lesson.source) == lesson


def test_live_changes_and_early_stopping_are_saved(tmp_path):
    """Settings changed between steps (optimizer, batch size, dropout, freezing) and early
    stopping's bookkeeping (best weights, patience) travel with the run."""
    lesson = small_lesson().with_changes(training={"patience": 10, "batch_size": 7})

    def prepare(trainer):
        traces = [trainer.step() for _ in range(4)]
        trainer.set_optimizer(OptimizerSpec("momentum", learning_rate=0.5, momentum=0.8))
        trainer.set_batch_size(5)
        trainer.network.set_dropout(1, 0.25)
        trainer.network.set_frozen(0, True)
        return traces + [trainer.step() for _ in range(3)]

    straight, saved = lesson.build(), lesson.build()
    prepare(straight)
    expected = [straight.step() for _ in range(40) if not straight.stopped]
    traces = prepare(saved)
    opened = open_run(save_run(tmp_path / "run.netviz", lesson, saved, traces[-2:]))
    got = [opened.trainer.step() for _ in range(40) if not opened.trainer.stopped]
    assert straight.stop_reason is not None and "early stopping" in straight.stop_reason
    assert_same(got, expected)
    assert opened.trainer.stop_reason == straight.stop_reason
    for i in range(straight.network.n_layers):
        assert_same(opened.trainer.network.get_weights(i), straight.network.get_weights(i), f"layer {i}")


def test_opened_arrays_are_read_only_and_shared_arrays_stored_once(tmp_path):
    # Version 1's layout (an entry per array); version 2's: test_session_blobs.py.
    path = saved_run(tmp_path / "run.netviz", steps=5, keep=3, version=1)
    opened = open_run(path)
    first, second = opened.traces[0], opened.traces[1]
    assert not first.layers[0].weights.flags.writeable
    # A frozen-free run still shares the all-True output mask between steps: stored once.
    assert first.layers[-1].dropout_mask is second.layers[-1].dropout_mask
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    assert {"run.json", "lesson.toml"} <= set(names)
    assert all(n.startswith("arrays/") and n.endswith(".npy") for n in names if n not in ("run.json", "lesson.toml"))


def test_a_new_trace_field_needs_no_session_change(tmp_path, monkeypatch):
    """Traces are stored from their dataclass fields: a LayerTrace with one more field
    (here a subclass standing in for a future LayerTrace) saves and opens unchanged."""
    extended = dataclasses.make_dataclass(
        "LayerTrace", [("weight_histogram", np.ndarray)], bases=(LayerTrace,), frozen=True)
    monkeypatch.setitem(session_codec.REGISTRY, "LayerTrace", extended)
    lesson = small_lesson()
    trainer = lesson.build()
    trace = trainer.step()
    layers = tuple(extended(**{f.name: getattr(lt, f.name) for f in dataclasses.fields(lt)},
                            weight_histogram=np.histogram(lt.weights, bins=5)[0]) for lt in trace.layers)
    trace = dataclasses.replace(trace, layers=layers)
    opened = open_run(save_run(tmp_path / "run.netviz", lesson, trainer, [trace]))
    assert type(opened.last_trace.layers[0]) is extended
    assert_same(opened.last_trace, trace)


def test_traces_must_be_in_step_order(tmp_path):
    lesson = small_lesson()
    trainer = lesson.build()
    a, b = trainer.step(), trainer.step()
    with pytest.raises(ValueError, match="increasing order"):
        save_run(tmp_path / "run.netviz", lesson, trainer, [b, a])
    assert not os.listdir(tmp_path)


def test_saving_onto_a_folder_or_a_link_is_refused_and_leaves_nothing(tmp_path):
    lesson = small_lesson()
    trainer = lesson.build()
    trainer.step()
    (tmp_path / "folder").mkdir()
    with pytest.raises(SessionError, match="folder"):
        save_run(tmp_path / "folder", lesson, trainer)
    target = tmp_path / "target.netviz"
    target.write_bytes(b"keep me")
    (tmp_path / "link.netviz").symlink_to(target)
    with pytest.raises(SessionError, match="not a regular file"):
        save_run(tmp_path / "link.netviz", lesson, trainer)
    assert target.read_bytes() == b"keep me"
    assert sorted(os.listdir(tmp_path)) == ["folder", "link.netviz", "target.netviz"]
    with pytest.raises(SessionError, match="no such folder"):
        save_run(tmp_path / "missing" / "run.netviz", lesson, trainer)


def test_a_failed_save_keeps_the_old_file_and_leaves_no_partial_file(tmp_path, monkeypatch):
    path = saved_run(tmp_path / "run.netviz")
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np.lib.format, "write_array", fail)  # version 1's writer of arrays
    import netviz.engine.session as session

    monkeypatch.setattr(session, "write_blobs", fail)  # version 2's
    lesson = small_lesson()
    trainer = lesson.build()
    trainer.step()
    with pytest.raises(SessionError, match="No space left"):
        save_run(path, lesson, trainer)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["run.netviz"]


def test_saved_file_is_a_normal_new_file(tmp_path):
    path = saved_run(tmp_path / "run.netviz")
    umask = os.umask(0o022)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_save_removes_the_temporary_file_a_killed_save_left_and_names_its_own_by_pid(tmp_path, monkeypatch):
    import subprocess
    import sys

    from netviz.engine import files

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stale = tmp_path / f".run.netviz.part-{child.pid}-k9"
    stale.write_bytes(b"half a zip")
    old = os.stat(tmp_path).st_mtime - files.STALE_AFTER_S - 10
    os.utime(stale, (old, old))
    made = []
    real_mkstemp = files.tempfile.mkstemp
    monkeypatch.setattr(files.tempfile, "mkstemp",
                        lambda **kw: made.append(kw["prefix"]) or real_mkstemp(**kw))
    saved_run(tmp_path / "run.netviz")
    assert made == [f".run.netviz.part-{os.getpid()}-"]
    assert sorted(os.listdir(tmp_path)) == ["run.netviz"]
