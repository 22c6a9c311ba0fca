"""The live link's frames: traces go through unchanged; anything malformed is a StreamError, never a crash."""

from __future__ import annotations

import io
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netviz.engine.trace_stream import (
    MAX_FRAME_BYTES,
    End,
    Hello,
    StreamError,
    StreamReader,
    encode_end,
    encode_hello,
    encode_trace,
)
from tests.engine.session_support import assert_same, small_lesson

_TRACES = []


def traces(n: int = 3):
    """``n`` traces of a small run with batch norm off, dropout on (made once per test session)."""
    if len(_TRACES) < n:
        trainer = small_lesson().build()
        _TRACES[:] = [trainer.step() for _ in range(max(n, 3))]
    return _TRACES[:n]


def _stream(*frames: bytes) -> StreamReader:
    return StreamReader(io.BytesIO(b"".join(frames)))


def _read_all(reader: StreamReader) -> list:
    items = []
    while (item := reader.read()) is not None:
        items.append(item)
    return items


def test_a_stream_carries_the_names_the_traces_and_the_end():
    sent = traces(3)
    names = ("fc1 (Linear)", "fc2 (Linear)", "out (Linear)")
    items = _read_all(_stream(encode_hello("my model", names), *(encode_trace(t) for t in sent), encode_end()))
    assert items[0] == Hello("my model", names)
    assert_same(tuple(items[1:4]), tuple(sent), "traces")
    assert isinstance(items[4], End)


def _hello() -> bytes:
    return encode_hello("m", ("a", "b", "c"))


@pytest.mark.parametrize(("data", "message"), [
    (b"XYZ\x01H\x00\x00\x00\x00", "wrong magic"),
    (b"NVZ\x02H\x00\x00\x00\x00", "version 2"),
    (struct.pack(">3sBcI", b"NVZ", 1, b"H", MAX_FRAME_BYTES + 1), "more than"),
    (b"NVZ\x01H\x00\x00\x00\x10{}", "ended inside a message"),
    (b"NVZ\x01", "ended inside a message"),
    (struct.pack(">3sBcI", b"NVZ", 1, b"H", 2) + b"{}", "hello: needs"),
    (struct.pack(">3sBcI", b"NVZ", 1, b"Q", 0), "must start with"),
])
def test_malformed_frames_are_refused(data: bytes, message: str):
    with pytest.raises(StreamError, match=message):
        _read_all(_stream(data))


def test_a_trace_before_the_hello_or_of_another_model_is_refused():
    trace = traces(1)[0]
    with pytest.raises(StreamError, match="must start with"):
        _read_all(_stream(encode_trace(trace)))
    with pytest.raises(StreamError, match="holds 3 layers, the model names 2"):
        _read_all(_stream(encode_hello("m", ("a", "b")), encode_trace(trace)))


def test_an_unknown_kind_is_refused():
    with pytest.raises(StreamError, match="unknown message kind"):
        _read_all(_stream(_hello(), struct.pack(">3sBcI", b"NVZ", 1, b"Z", 0)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_streams_are_errors_not_crashes(data):
    """Bit flips, cuts and inserted bytes anywhere: a StreamError or the same items, nothing else."""
    good = bytearray(_hello() + encode_trace(traces(1)[0]) + encode_end())
    how = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    at = data.draw(st.integers(0, len(good) - 1))
    if how == "flip":
        good[at] ^= 1 << data.draw(st.integers(0, 7))
    elif how == "cut":
        del good[at:]
    else:
        good[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    try:
        _read_all(StreamReader(io.BytesIO(bytes(good))))
    except StreamError:
        pass
