"""Session files: a whole run saved to one file and opened again to continue exactly where it was.

A session file is a zip archive (see docs/engine.md, "Session files"):

- ``run.json``: ``{"format": "netviz-run", "version": 1, "written_by": ..., "lesson": {"name",
  "fix"}, "state": RunState, "traces": {"steps": [...], "items": [StepTrace, ...]}}``, the
  values encoded by ``session_codec`` (dataclasses by their fields, arrays by index);
- ``lesson.toml``: the run's lesson and settings as a lesson file (``lesson_toml``);
- ``arrays/N.npy``: the N-th array (weights, optimizer buffers, the data set, traces' arrays).

A RunState's ``fused`` (a run trained by the fused kernel, ``Trainer.fused``) is stored only
when true; absent, it is false.

Since the timeline keeps checkpoints (``animation.run_timeline``), ``run.json`` may also hold
``"checkpoints"``: RunStates of earlier steps of the run, each without its history (it is the
saved history's first ``network_steps`` summaries), their new arrays in one more blob. Any
step from the first checkpoint on is then replayed exactly after opening. The key is optional
and a netviz that does not know it opens the file as before, so it needs no new version.

``save_run`` writes one atomically; ``open_run`` reads one back into a ``SavedRun`` whose
Trainer continues bit for bit as the saved one would have, with the recorded traces of the
steps listed in ``traces.steps``. Anything wrong with a file (not a zip, truncated, damaged,
foreign, from a newer netviz, inconsistent, oversized) raises ``SessionError`` naming the
file and what is wrong; nothing in a file is ever executed (no pickles: arrays are plain
numbers read with their declared sizes checked first, objects are built only from the
engine's own dataclasses).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import IO, Any

import numpy as np

from .files import FileRefused, atomic_write, open_regular
from .lesson_toml import lesson_toml
from .lessons import Lesson, LessonError, load_lesson_text
from .network import Network
from .recording import KIND as RECORDING
from .recording import Recording, decode_recording, encode_recording
from .run import RunState, capture, restore
from .session_blobs import BlobReader, write_blobs
from .session_codec import CodecError, Decoder, Encoder, read_npy
from .spec import SpecError
from .trace import StepTrace
from .trainer import Trainer

FORMAT = "netviz-run"
# The format version this netviz writes and the newest it reads. Version 2 stores the arrays
# in one entry per group (session_blobs: the state, then each trace) instead of one .npy
# entry per array, and adds recorded runs ("kind": "recording"). Version 1 files still open,
# and ``save_run(..., version=1)`` still writes them (for a netviz older than version 2).
VERSION = 2
SUFFIX = ".netviz"
# Limits checked before reading: a file claiming more is refused, not read.
MAX_ENTRIES = 1_000_000
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_TEXT_BYTES = 1024 * 1024
# run.json deflates thousands of times ("[[],[],..." or "[0.0,0.0,..."): parsed, each value
# costs 30 to 60 bytes, so 256 MB of it could take gigabytes. A run of MAX_RUN_STEPS steps
# holds about 8 containers and 50 values a step: these bounds leave room and cap the memory.
MAX_JSON_CONTAINERS = 4_000_000
MAX_JSON_VALUES = 16_000_000
# All arrays together, as declared by their headers: four times the window's default
# history of traces (256 MB), and far more than the largest network and data set need.
MAX_ARRAY_BYTES = 1024 * 1024 * 1024
# The whole file: the arrays and the JSON at their limits, stored uncompressed.
MAX_FILE_BYTES = MAX_ARRAY_BYTES + MAX_JSON_BYTES + MAX_TEXT_BYTES + 64 * 1024 * 1024
_RUN, _LESSON = "run.json", "lesson.toml"


class SessionError(ValueError):
    """A session file that cannot be saved or opened: which file, and what is wrong."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class SavedRun:
    """An opened session: the lesson as it was run, a Trainer that continues the run, and the
    recorded traces (in step order; the newest last: the picture the run showed)."""

    lesson: Lesson
    trainer: Trainer
    traces: tuple[StepTrace, ...]
    written_by: str
    # Checkpoints of earlier steps, in increasing step order, to replay any step from the first
    # (each restores with ``run.restore``; their history is the run's, up to their step).
    checkpoints: tuple[RunState, ...] = ()

    @property
    def last_trace(self) -> StepTrace | None:
        return self.traces[-1] if self.traces else None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"netviz {version('netviz')}"
    except PackageNotFoundError:
        return "netviz"


def save_run(path: str | Path, lesson: Lesson, run: Trainer | RunState,
             traces: Iterable[StepTrace] = (), *, checkpoints: Iterable[RunState] = (),
             version: int = VERSION) -> Path:
    """Write the run (a Trainer, or its ``capture``) with ``lesson`` and the given traces
    (each step once, in increasing step order) to ``path``, atomically: the file appears
    complete or not at all. Raises SessionError (naming the path) if it cannot be written.
    ``checkpoints``: captured states of the same run at earlier steps (or the same one), in
    increasing step order (the timeline's), so that the opened run replays any step from the
    first. ``version`` 1 writes the older layout (an entry per array), for a netviz before 2."""
    if version not in (1, VERSION):
        raise ValueError(f"version: this netviz writes session files of version 1 or {VERSION}, not {version!r}")
    state = capture(run) if isinstance(run, Trainer) else run
    traces = tuple(traces)
    steps = [t.step for t in traces]
    if any(b <= a for a, b in zip(steps, steps[1:])) or any(s >= state.network_steps for s in steps):
        raise ValueError(f"traces must be of distinct steps in increasing order, before step "
                         f"{state.network_steps}; got steps {steps}")
    checkpoints = tuple(checkpoints)
    at = [c.network_steps for c in checkpoints]
    if any(b <= a for a, b in zip(at, at[1:])) or any(s > state.network_steps for s in at):
        raise ValueError(f"checkpoints must be of distinct steps in increasing order, up to step "
                         f"{state.network_steps}; got steps {at}")
    encoder = Encoder()
    encoded_state = _encode_state(encoder, state)
    starts, items = _encode_traces(encoder, traces)
    manifest = {
        "format": FORMAT, "version": version, "written_by": _version(),
        "lesson": {"name": lesson.name, "fix": lesson.fix_applied},
        "state": encoded_state,
        "traces": {"steps": steps, "items": items},
    }
    if checkpoints:
        starts.append(len(encoder.arrays))  # their new arrays in a blob of their own
        # Without their history: the saved one's first summaries (encoded once, in the state).
        manifest["checkpoints"] = [_encode_state(encoder, replace(c, trainer=replace(c.trainer, history=())))
                                   for c in checkpoints]
    toml = lesson_toml(lesson, f"Settings of a netviz run of the lesson {lesson.name!r}").encode("utf-8")
    return _write(path, manifest, encoder, toml, [0, *starts] if version >= 2 else None)


def _encode_state(encoder: Encoder, state: RunState) -> Any:
    """A RunState encoded; ``fused`` only when True, so that a numpy run's file is as before
    (and opens in a netviz that has no fused runs; one of a fused run it refuses)."""
    encoded = encoder.encode(state)
    if not state.fused:
        del encoded["fields"]["fused"]
    return encoded


def _encode_traces(encoder: Encoder, traces: Iterable[StepTrace]) -> tuple[list[int], list[Any]]:
    """Each trace encoded; where each one's new arrays begin in ``encoder.arrays`` (its blob)."""
    starts, items = [], []
    for trace in traces:
        starts.append(len(encoder.arrays))
        items.append(encoder.encode(trace))
    return starts, items


def _write(path: str | Path, manifest: dict[str, Any], encoder: Encoder, toml: bytes | None,
           blob_starts: list[int] | None) -> Path:
    """Write the zip: ``blob_starts`` None writes version 1 (an entry per array), else
    version 2's blobs (``session_blobs``), blob k starting at array ``blob_starts[k]``."""

    def write(f: IO[bytes]) -> None:
        # Deflate at level 1: float arrays hardly compress, the JSON compresses well at any level.
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            if blob_starts is not None:
                manifest["blobs"] = write_blobs(zf, encoder.arrays, blob_starts)
            else:
                for i, array in enumerate(encoder.arrays):
                    with zf.open(f"arrays/{i}.npy", "w", force_zip64=array.nbytes > 1 << 30) as entry:
                        np.lib.format.write_array(entry, np.asarray(array), allow_pickle=False)
            zf.writestr(_RUN, json.dumps(manifest, allow_nan=False, separators=(",", ":")).encode("utf-8"))
            if toml is not None:
                zf.writestr(_LESSON, toml)

    try:
        return atomic_write(path, write)
    except OSError as exc:
        raise SessionError(str(path), f"cannot be written: {exc.strerror or exc}") from None


def open_run(path: str | Path) -> SavedRun:
    """Read a session file of a lesson's run; SessionError says what is wrong with it (a
    recorded run, which has no lesson to continue, too: ``open_session`` reads both)."""
    opened = open_session(path)
    if isinstance(opened, Recording):
        raise SessionError(str(path), f"is a recorded run of {opened.name!r} (from PyTorch): it can be shown, "
                                      "not continued")
    return opened


def open_session(path: str | Path) -> SavedRun | Recording:
    """Read a session file: a lesson's run (a SavedRun) or a recorded run (a Recording, see
    ``save_recording``); SessionError says what is wrong with it."""
    source = str(path)
    try:
        with open_regular(path, MAX_FILE_BYTES, "session file") as f, zipfile.ZipFile(f) as zf:
            return _read(zf, source)
    except SessionError:
        raise
    except FileRefused as exc:
        raise SessionError(source, exc.reason) from None
    except FileNotFoundError:
        raise SessionError(source, "no such file") from None
    except IsADirectoryError:
        raise SessionError(source, "is a folder, not a session file") from None
    except zipfile.BadZipFile as exc:
        raise SessionError(source, f"is not a netviz session file, or it is damaged or truncated ({exc})") from None
    except OSError as exc:
        raise SessionError(source, f"cannot be read ({exc.strerror or exc})") from None
    except CodecError as exc:
        raise SessionError(source, f"{exc.where}: {exc.reason}") from None
    except SpecError as exc:
        raise SessionError(source, f"state.{exc.field}: {exc.reason}") from None
    except Exception as exc:  # noqa: BLE001 - the last guard: a damaged file is an error message, never a crash
        raise SessionError(source, f"is damaged ({type(exc).__name__}: {exc})") from None


def save_recording(path: str | Path, recording: Recording) -> Path:
    """Write a recorded run (the PyTorch bridge's traces) to ``path`` as a session file,
    atomically; ``open_session`` reads it back. SessionError (naming the path) if it cannot
    be written."""
    encoder = Encoder()
    manifest = {"format": FORMAT, "version": VERSION, "written_by": _version(),
                **encode_recording(recording, encoder)}
    return _write(path, manifest, encoder, None, manifest.pop("blob_starts"))


def _member(zf: zipfile.ZipFile, name: str, limit: int, source: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise SessionError(source, f"is not a netviz session file (it has no {name})") from None
    with zf.open(info) as f:
        data = f.read(limit + 1)  # reading to the end checks the zip's checksum
    if len(data) > limit:
        raise SessionError(source, f"{name} is larger than {limit} bytes")
    return data


def _read(zf: zipfile.ZipFile, source: str) -> SavedRun | Recording:
    if len(zf.infolist()) > MAX_ENTRIES:
        raise SessionError(source, f"has more than {MAX_ENTRIES} entries")
    text = _member(zf, _RUN, MAX_JSON_BYTES, source)
    # Counted on the bytes (brackets in strings too: an overestimate) before anything is parsed.
    if text.count(b"[") + text.count(b"{") > MAX_JSON_CONTAINERS or text.count(b",") > MAX_JSON_VALUES:
        raise SessionError(source, f"{_RUN} holds more values than a run of netviz can ({MAX_JSON_CONTAINERS:,} "
                                   f"lists and tables, {MAX_JSON_VALUES:,} values)")
    try:
        manifest = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise SessionError(source, f"{_RUN} is not valid JSON ({type(exc).__name__})") from None
    _check_format(manifest, source)
    budget = [MAX_ARRAY_BYTES]
    arrays: dict[int, np.ndarray] = {}

    def npy_entry(index: int) -> np.ndarray:  # version 1: an entry per array
        if index not in arrays:
            name = f"arrays/{index}.npy"
            try:
                info = zf.getinfo(name)
            except KeyError:
                raise CodecError(name, "is missing") from None
            with zf.open(info) as f:
                arrays[index] = read_npy(f, budget, name)
        return arrays[index]

    if manifest["version"] >= 2:
        decoder = Decoder(BlobReader(zf, manifest.get("blobs"), MAX_ARRAY_BYTES).array)
    else:
        decoder = Decoder(npy_entry)
    written_by = str(manifest.get("written_by", ""))
    if manifest.get("kind", "run") == RECORDING:
        return decode_recording(manifest, decoder, written_by)
    if manifest.get("kind", "run") != "run":
        raise SessionError(source, f"holds an unknown kind of run {manifest.get('kind')!r}")
    lesson = _read_lesson(zf, manifest, source)
    state = decoder.decode(manifest.get("state"), "state")
    if not isinstance(state, RunState):
        raise SessionError(source, "state: is not the state of a run")
    trainer = restore(state)
    traces = _read_traces(decoder, manifest.get("traces"), trainer, source)
    checkpoints = _read_checkpoints(decoder, manifest.get("checkpoints", []), trainer, source)
    return SavedRun(lesson=lesson, trainer=trainer, traces=traces, written_by=written_by, checkpoints=checkpoints)


def _read_checkpoints(decoder: Decoder, data: Any, trainer: Trainer, source: str) -> tuple[RunState, ...]:
    """The stored checkpoints, each given back its history (the run's first summaries) and
    restored once to check it (SessionError names the one that is wrong and why)."""
    if not isinstance(data, list):
        raise SessionError(source, "checkpoints: must be a list")
    history = trainer.history
    checkpoints: list[RunState] = []
    for i, item in enumerate(data):
        where = f"checkpoints[{i}]"
        state = decoder.decode(item, where)
        if not isinstance(state, RunState) or not isinstance(state.network_steps, int):
            raise SessionError(source, f"{where}: is not the state of a run")
        steps = state.network_steps
        if isinstance(steps, bool) or not 0 <= steps <= min(trainer.network.steps_done, len(history)) \
                or (checkpoints and steps <= checkpoints[-1].network_steps):
            raise SessionError(source, f"{where}: step {steps!r} is not in increasing order, up to step "
                                       f"{trainer.network.steps_done}")
        state = replace(state, trainer=replace(state.trainer, history=history.frozen(steps)))
        try:
            restore(state)
        except SpecError as exc:
            raise SessionError(source, f"{where}.{exc.field}: {exc.reason}") from None
        checkpoints.append(state)
    return tuple(checkpoints)


def _check_format(manifest: Any, source: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SessionError(source, f"is not a netviz session file ({_RUN} does not say format {FORMAT!r})")
    version = manifest.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SessionError(source, f"has no valid format version (got {version!r})")
    if version > VERSION:
        raise SessionError(source, f"was written by a newer netviz (format version {version}; this netviz reads "
                                   f"up to version {VERSION}): update netviz to open it")


def _read_lesson(zf: zipfile.ZipFile, manifest: dict, source: str) -> Lesson:
    about = manifest.get("lesson")
    name = about.get("name") if isinstance(about, dict) else None
    fix = about.get("fix") if isinstance(about, dict) else None
    if not isinstance(name, str) or not (fix is None or isinstance(fix, str)):
        raise SessionError(source, f"{_RUN}: lesson: needs a name and a fix (or null)")
    text = _member(zf, _LESSON, MAX_TEXT_BYTES, source)
    try:
        lesson = load_lesson_text(text, source=f"{source}:{_LESSON}", name=name)
    except LessonError as exc:
        raise SessionError(source, f"{_LESSON}: {exc.field}: {exc.reason}") from None
    # The tables hold the fix's settings already; the name says which fix the run used
    # (a fix the lesson file no longer holds is not named).
    return replace(lesson, fix_applied=fix if fix in lesson.fixes else None)


def _read_traces(decoder: Decoder, data: Any, trainer: Trainer, source: str) -> tuple[StepTrace, ...]:
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list) or not isinstance(data.get("items"), list):
        raise SessionError(source, "traces: needs a list of steps and a list of items")
    steps, items = data["steps"], data["items"]
    if len(steps) != len(items):
        raise SessionError(source, f"traces: lists {len(steps)} steps but holds {len(items)} traces")
    traces: list[StepTrace] = []
    references: dict[int, StepTrace] = {}
    for i, (step, item) in enumerate(zip(steps, items)):
        where = f"traces.items[{i}]"
        trace = decoder.decode(item, where)
        if not isinstance(trace, StepTrace):
            raise SessionError(source, f"{where}: is not a StepTrace")
        if isinstance(step, bool) or step != trace.step or (traces and step <= traces[-1].step) \
                or not 0 <= step < trainer.network.steps_done:
            raise SessionError(source, f"{where}: step {trace.step} is not listed as {step!r}, in increasing order "
                                       f"before step {trainer.network.steps_done}")
        _check_shapes(trace, _reference(trainer, trace, references, source, where), where, source)
        traces.append(trace)
    return tuple(traces)


def _reference(trainer: Trainer, trace: StepTrace, cache: dict[int, StepTrace], source: str, where: str) -> StepTrace:
    """A trace of a throwaway network of the run's shape, for this batch size: what every
    field of a stored trace must look like (shapes, dtypes, which parts are present)."""
    if trace.inputs.ndim != 2 or not 1 <= trace.inputs.shape[0] <= len(trainer.dataset.x_train):
        raise SessionError(source, f"{where}.inputs: has the shape {trace.inputs.shape}, not (batch, inputs)")
    size = trace.inputs.shape[0]
    if size not in cache:
        spec = trainer.spec
        net = Network(spec)
        x = np.zeros((size, spec.inputs), dtype=net.dtype)
        y = np.zeros((size, spec.outputs), dtype=net.dtype)
        cache[size] = net.train_step(x, y)
    return cache[size]


def _check_shapes(value: Any, reference: Any, where: str, source: str) -> None:
    """``value`` has the structure of ``reference``: the same dataclasses, tuple lengths and
    array shapes and dtypes; None only where the reference may hold None (an optional number)."""
    if is_dataclass(reference):
        if not isinstance(value, type(reference)):
            raise SessionError(source, f"{where}: must be a {type(reference).__name__}")
        for f in fields(reference):
            _check_shapes(getattr(value, f.name), getattr(reference, f.name), f"{where}.{f.name}", source)
    elif isinstance(reference, np.ndarray):
        if not isinstance(value, np.ndarray) or value.shape != reference.shape or value.dtype != reference.dtype:
            got = f"{value.shape} {value.dtype}" if isinstance(value, np.ndarray) else type(value).__name__
            raise SessionError(source, f"{where}: must be a {reference.shape} {reference.dtype} array, got {got}")
    elif isinstance(reference, tuple):
        if not isinstance(value, tuple) or len(value) != len(reference):
            raise SessionError(source, f"{where}: must hold {len(reference)} items")
        for i, (v, r) in enumerate(zip(value, reference)):
            _check_shapes(v, r, f"{where}[{i}]", source)
    elif isinstance(reference, bool) or isinstance(reference, str):
        if type(value) is not type(reference):
            raise SessionError(source, f"{where}: must be a {type(reference).__name__}")
    elif reference is None or isinstance(reference, (int, float)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise SessionError(source, f"{where}: must be a number")
