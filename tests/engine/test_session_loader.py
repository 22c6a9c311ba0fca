"""Opening session files: whatever is wrong with a file ends in a SessionError naming it, never
in a crash, a huge allocation or code execution (fuzzed with hypothesis)."""

from __future__ import annotations

import io
import json
import os
import pickle
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from netviz.engine.session import VERSION, SessionError, open_run

from .session_support import saved_run

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> bytes:
    """A version-1 file (an .npy entry per array): older files must open as safely as new
    ones (version 2's blobs are fuzzed in test_session_blobs.py)."""
    return saved_run(tmp_path_factory.mktemp("good") / "run.netviz", steps=3, keep=2, version=1).read_bytes()


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rezip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def open_bytes(tmp_path: Path, data: bytes, name: str = "run.netviz"):
    path = tmp_path / name
    path.write_bytes(data)
    return open_run(path)


def with_manifest(good: bytes, change) -> bytes:
    files = members(good)
    manifest = json.loads(files["run.json"])
    change(manifest)
    files["run.json"] = json.dumps(manifest).encode()
    return rezip(files)


def npy(array: np.ndarray, **kwargs) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array, **kwargs)
    return buf.getvalue()


def test_the_good_file_opens(tmp_path, good):
    assert len(open_bytes(tmp_path, good).traces) == 2


@pytest.mark.parametrize("data, message", [
    (b"", "not a netviz session file"),
    (b"title = 'a lesson, not a run'\n", "not a netviz session file"),
    (rezip({"hello.txt": b"hi"}), "it has no run.json"),
    (rezip({"run.json": b"{not json"}), "run.json is not valid JSON"),
    (rezip({"run.json": b"[" * 100_000}), "run.json is not valid JSON"),
    (rezip({"run.json": json.dumps({"format": "other-app"}).encode()}), "not a netviz session file"),
    (rezip({"run.json": json.dumps({"format": "netviz-run", "version": VERSION + 1}).encode()}),
     "written by a newer netviz"),
    (rezip({"run.json": json.dumps({"format": "netviz-run", "version": "1"}).encode()}), "no valid format version"),
])
def test_foreign_and_newer_files_are_named(tmp_path, data, message):
    with pytest.raises(SessionError, match=message):
        open_bytes(tmp_path, data)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SessionError, match="no such file"):
        open_run(tmp_path / "nothing.netviz")
    with pytest.raises(SessionError, match="folder"):
        open_run(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_or_device_is_refused_without_waiting(tmp_path):
    # Opening a FIFO for reading waits for a writer, and /dev/zero never ends: both would hang.
    fifo = tmp_path / "run.netviz"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), Path("/dev/null")):
        with pytest.raises(SessionError, match="not a regular file"):
            open_run(path)


def test_a_symlink_loop_and_a_link_to_a_good_file(tmp_path, good):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(SessionError, match="cannot be read"):
        open_run(tmp_path / "a")
    (tmp_path / "real.netviz").write_bytes(good)
    (tmp_path / "link.netviz").symlink_to(tmp_path / "real.netviz")
    assert open_run(tmp_path / "link.netviz").trainer.steps_done == 3


def test_a_file_larger_than_any_session_is_refused_before_reading(tmp_path, monkeypatch):
    import netviz.engine.session as session

    monkeypatch.setattr(session, "MAX_FILE_BYTES", 1000)
    with pytest.raises(SessionError, match="larger than a session file may be"):
        open_bytes(tmp_path, b"\0" * 1001)


def test_a_zip_bomb_is_refused_by_its_declared_sizes(tmp_path, good):
    # 2 GB of zeros deflates to about 2 MB: the declared size is refused before any is inflated.
    files = members(good)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            if name != "arrays/0.npy":
                zf.writestr(name, data)
        with zf.open("arrays/0.npy", "w", force_zip64=True) as entry:
            np.lib.format.write_array_header_1_0(entry, {"descr": "<f8", "fortran_order": False,
                                                         "shape": (2**28,)})
            block = bytes(1 << 20)
            for _ in range(2048):
                entry.write(block)
    with pytest.raises(SessionError, match="more than this file may hold"):
        open_bytes(tmp_path, out.getvalue())


def test_every_truncation_is_an_error(tmp_path, good):
    for size in sorted({*range(0, len(good), max(1, len(good) // 60)), len(good) - 1, len(good) - 22}):
        with pytest.raises(SessionError):
            open_bytes(tmp_path, good[:size])


def test_a_pickle_is_never_loaded(tmp_path, good):
    ran = []

    class Payload:
        def __reduce__(self):
            return (ran.append, ("executed",))

    files = members(good)
    files["arrays/0.npy"] = npy(np.array([Payload()], dtype=object), allow_pickle=True)
    with pytest.raises(SessionError, match="arrays/0.npy: holds object, not plain numbers"):
        open_bytes(tmp_path, rezip(files))
    assert pickle.dumps  # the module is there; the payload above was never unpickled
    assert ran == []


def test_huge_declared_sizes_are_refused_before_reading(tmp_path, good):
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (10**6, 10**6)})
    files = members(good)
    files["arrays/0.npy"] = header.getvalue() + b"\0" * 64
    with pytest.raises(SessionError, match="declares 8000000000000 bytes"):
        open_bytes(tmp_path, rezip(files))
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (-3, 2)})
    files["arrays/0.npy"] = header.getvalue()
    with pytest.raises(SessionError, match="negative size"):
        open_bytes(tmp_path, rezip(files))


def _array_of(good: bytes, path: list[str]) -> int:
    """The index of the array at a path of field names in the stored state."""
    node = json.loads(members(good)["run.json"])["state"]
    for key in path:
        node = node["fields"][key] if isinstance(key, str) else node["tuple"][key]
    return node["array"]


@pytest.mark.parametrize("replacement, message", [
    (np.zeros((2, 3, 1)), r"layers\[0\].weights: must be a"),
    (np.zeros((2, 4), dtype=np.float32), r"layers\[0\].weights: must be a"),
    (np.zeros((2, 4), dtype=np.int64), r"layers\[0\].weights: must be a"),
    (np.zeros((2, 4), dtype=np.complex128), "not plain numbers"),
    (np.array([(1, 2.0)], dtype=[("a", "i4"), ("b", "f8")]), "not plain numbers"),
])
def test_wrong_dtypes_and_shapes_are_named(tmp_path, good, replacement, message):
    files = members(good)
    files[f"arrays/{_array_of(good, ['layers', 0, 'weights'])}.npy"] = npy(replacement)
    with pytest.raises(SessionError, match=message):
        open_bytes(tmp_path, rezip(files))


def test_inconsistent_state_is_named(tmp_path, good):
    files = members(good)
    order = _array_of(good, ["trainer", "order"])
    files[f"arrays/{order}.npy"] = npy(np.full(5, 10**6, dtype=np.int64))
    with pytest.raises(SessionError, match="trainer.order: holds an example index"):
        open_bytes(tmp_path, rezip(files))

    def bad_rng(manifest):
        manifest["state"]["fields"]["dropout_rng"] = {"dict": {"bit_generator": "MT19937"}}

    with pytest.raises(SessionError, match="dropout_rng: must be the state of numpy's PCG64"):
        open_bytes(tmp_path, with_manifest(good, bad_rng))

    def unknown_type(manifest):
        manifest["state"]["type"] = "os.system"

    with pytest.raises(SessionError, match="unknown type 'os.system'"):
        open_bytes(tmp_path, with_manifest(good, unknown_type))

    def wrong_step(manifest):
        manifest["traces"]["steps"][0] = 7

    with pytest.raises(SessionError, match="is not listed as 7"):
        open_bytes(tmp_path, with_manifest(good, wrong_step))


def test_a_trace_of_the_wrong_shape_is_named(tmp_path, good):
    files = members(good)
    manifest = json.loads(files["run.json"])
    index = manifest["traces"]["items"][-1]["fields"]["layers"]["tuple"][0]["fields"]["node_grad"]["array"]
    files[f"arrays/{index}.npy"] = npy(np.zeros((1, 1)))
    with pytest.raises(SessionError, match=r"traces.items\[1\].layers\[0\].node_grad: must be a"):
        open_bytes(tmp_path, rezip(files))


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 7)), min_size=1, max_size=8))
def test_fuzz_bit_flips(tmp_path, good, flips):
    data = bytearray(good)
    for position, bit in flips:
        data[position % len(data)] ^= 1 << bit
    try:
        open_bytes(tmp_path, bytes(data))
    except SessionError:
        pass


@FUZZ
@given(cut=st.integers(0, 10**9), junk=st.binary(max_size=64))
def test_fuzz_truncated_and_padded(tmp_path, good, cut, junk):
    data = good[: cut % len(good)] + junk
    # A zip ends in its comment's length, b"\x00\x00": cutting the last byte and padding with
    # b"\x00" gives the good file back, which rightly opens.
    assume(data != good)
    with pytest.raises(SessionError):
        open_bytes(tmp_path, data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["type", "fields", "array", "tuple", "dict", "float", "format", "version", "state",
                         "traces", "lesson", "steps", "items", "name", "x"]), inner, max_size=4),
    max_leaves=20,
)


# zipfile cuts a name at its first NUL (and fails on the empty name left): names without one.
ENTRY_NAMES = st.text(min_size=1, max_size=12).filter(lambda n: n != "run.json" and "\x00" not in n)


@FUZZ
@given(manifest=JSON, extra=st.dictionaries(ENTRY_NAMES, st.binary(max_size=64), max_size=3))
def test_fuzz_random_zips(tmp_path, manifest, extra):
    with pytest.raises(SessionError):
        open_bytes(tmp_path, rezip({"run.json": json.dumps(manifest).encode(), **extra}))


@FUZZ
@given(state=JSON, traces=JSON, entry=st.sampled_from(["state", "traces", "lesson"]))
def test_fuzz_valid_header_random_body(tmp_path, good, state, traces, entry):
    # A text name and no fix (or a text one) is valid lesson metadata, whatever else the table holds.
    assume(not (entry == "lesson" and isinstance(state, dict) and isinstance(state.get("name"), str)
                and isinstance(state.get("fix"), (str, type(None)))))

    def change(manifest):
        manifest[entry] = state if entry != "traces" else {"steps": [0], "items": [traces]}

    with pytest.raises(SessionError):
        open_bytes(tmp_path, with_manifest(good, change))


@FUZZ
@given(index=st.integers(0, 400), array=st.sampled_from([
    np.zeros(0), np.zeros((3,), dtype=np.int8), np.ones((2, 2), dtype=bool), np.full((4, 1), np.nan),
    np.arange(6, dtype=np.uint64).reshape(2, 3), np.zeros((1, 2, 3), dtype=np.float32)]))
def test_fuzz_swapped_arrays(tmp_path, good, index, array):
    files = members(good)
    names = sorted(n for n in files if n.startswith("arrays/"))
    files[names[index % len(names)]] = npy(array)
    try:
        open_bytes(tmp_path, rezip(files))
    except SessionError:
        pass


@pytest.mark.parametrize("body", [b"[" + b"[]," * 2000 + b"[]]", b"[" + b"0.0," * 5000 + b"0.0]"],
                         ids=["containers", "values"])
def test_a_json_bomb_is_refused_before_it_is_parsed(tmp_path, monkeypatch, good, body):
    import netviz.engine.session as session

    # Deflated, 256 MB of these would be a file of some 300 KB parsed into gigabytes.
    monkeypatch.setattr(session, "MAX_JSON_CONTAINERS", 1000)
    monkeypatch.setattr(session, "MAX_JSON_VALUES", 4000)
    parsed = []
    monkeypatch.setattr(session.json, "loads", lambda *a, **k: parsed.append(1))
    files = members(good)
    files["run.json"] = body
    with pytest.raises(SessionError, match="run.json holds more values than a run of netviz can"):
        open_bytes(tmp_path, rezip(files))
    assert parsed == []
