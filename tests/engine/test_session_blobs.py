"""Session files of version 2: arrays in one blob per group (the state, each trace), as safe as version 1."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netviz.engine.session import VERSION, SessionError, open_run

from .session_support import assert_same, saved_run

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> bytes:
    return saved_run(tmp_path_factory.mktemp("good") / "run.netviz", steps=3, keep=2).read_bytes()


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rezip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def open_bytes(tmp_path: Path, data: bytes):
    path = tmp_path / "run.netviz"
    path.write_bytes(data)
    return open_run(path)


def with_table(good: bytes, change) -> bytes:
    files = members(good)
    manifest = json.loads(files["run.json"])
    change(manifest["blobs"])
    files["run.json"] = json.dumps(manifest).encode()
    return rezip(files)


def test_version_2_stores_a_blob_per_group_and_opens_as_version_1(tmp_path):
    new = saved_run(tmp_path / "new.netviz", steps=5, keep=3)
    old = saved_run(tmp_path / "old.netviz", steps=5, keep=3, version=1)
    with zipfile.ZipFile(new) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("run.json"))
    assert manifest["version"] == VERSION == 2
    assert names == {"run.json", "lesson.toml", "blobs/0.bin", "blobs/1.bin", "blobs/2.bin", "blobs/3.bin"}
    a, b = open_run(new), open_run(old)
    assert_same(a.traces, b.traces, "traces")
    assert_same(a.trainer.step(), b.trainer.step(), "the next step")
    assert not a.traces[0].layers[0].weights.flags.writeable
    assert a.traces[0].layers[-1].dropout_mask is a.traces[1].layers[-1].dropout_mask  # shared: stored once


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t["arrays"][0].__setitem__(2, "|O8"), "holds '|O8', not plain numbers"),
    (lambda t: t["arrays"][0].__setitem__(2, "<c16"), "not plain numbers"),
    (lambda t: t["arrays"][0].__setitem__(0, 99), "names blob 99"),
    (lambda t: t["arrays"][0].__setitem__(1, 10**12), "outside its blob"),
    (lambda t: t["arrays"][0].__setitem__(3, [10**6, 10**6]), "outside its blob"),
    (lambda t: t["arrays"][0].__setitem__(3, [-1]), "no valid shape"),
    (lambda t: t["sizes"].__setitem__(0, t["sizes"][0] + 8), "the file lists"),
    (lambda t: t["sizes"].__setitem__(0, 10**15), "more than this file may hold"),
    (lambda t: t.pop("arrays"), "blobs: needs the list"),
    (lambda t: t["arrays"].pop(), "is not in the file's list of arrays"),
])
def test_a_damaged_table_is_named(tmp_path, good, change, message):
    with pytest.raises(SessionError, match=message):
        open_bytes(tmp_path, with_table(good, change))


def test_a_missing_blob_is_named(tmp_path, good):
    files = members(good)
    del files["blobs/1.bin"]
    with pytest.raises(SessionError, match="blobs/1.bin: is missing"):
        open_bytes(tmp_path, rezip(files))


def test_a_blob_of_another_shape_is_named(tmp_path, good):
    files = members(good)
    table = json.loads(files["run.json"])["blobs"]
    weights = json.loads(files["run.json"])["state"]["fields"]["layers"]["tuple"][0]["fields"]["weights"]["array"]
    row = table["arrays"][weights]
    row[3] = [row[3][0] * row[3][1]]  # the same bytes, 1-D

    def reshape(t):
        t["arrays"][weights] = row

    with pytest.raises(SessionError, match=r"layers\[0\].weights: must be a"):
        open_bytes(tmp_path, with_table(good, reshape))


def test_every_truncation_is_an_error(tmp_path, good):
    for size in sorted({*range(0, len(good), max(1, len(good) // 60)), len(good) - 1, len(good) - 22}):
        with pytest.raises(SessionError):
            open_bytes(tmp_path, good[:size])


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


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["sizes", "arrays", "x"]), inner,
                                                                 max_size=3),
    max_leaves=16,
)


@FUZZ
@given(table=JSON)
def test_fuzz_random_tables(tmp_path, good, table):
    files = members(good)
    manifest = json.loads(files["run.json"])
    manifest["blobs"] = table
    files["run.json"] = json.dumps(manifest).encode()
    with pytest.raises(SessionError):
        open_bytes(tmp_path, rezip(files))


@FUZZ
@given(index=st.integers(0, 400), blob=st.binary(max_size=256))
def test_fuzz_swapped_blobs(tmp_path, good, index, blob):
    files = members(good)
    names = sorted(n for n in files if n.startswith("blobs/"))
    files[names[index % len(names)]] = blob
    try:
        open_bytes(tmp_path, rezip(files))
    except SessionError:
        pass
    assert np.zeros(1).sum() == 0
