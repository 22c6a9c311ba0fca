"""The live link's messages: recorded traces sent from a training script to a window, one by one, safely.

A stream is a sequence of frames, each ``b"NVZ"``, the format version (one byte), the
kind (one byte), the body's length (4 bytes, big-endian) and the body:

- ``H`` (hello, first): JSON ``{"name": ..., "layers": [...]}``: the model and its layers' names;
- ``T`` (a trace): 4 bytes of JSON length, the JSON of ``session_codec.Encoder`` for one
  StepTrace plus ``"sizes"``, the byte length of each array, then the arrays as ``.npy``
  bytes one after another (read with ``read_npy``: no pickles, sizes checked first);
- ``E`` (end): the script stopped recording; the window keeps showing the last step.

``encode_hello``, ``encode_trace`` and ``encode_end`` make frames; ``StreamReader`` reads them
from a binary stream and raises ``StreamError`` on anything malformed (a wrong magic or
version, an oversized frame, a trace that does not fit the model's layers). Nothing in a
frame is executed; a reader never allocates more than ``MAX_FRAME_BYTES`` for one frame.
"""

from __future__ import annotations

import io
import json
import struct
from dataclasses import dataclass
from typing import IO, Any

import numpy as np

from .recording import MAX_NAME_CHARS, check_trace
from .session_codec import CodecError, Decoder, Encoder, read_npy
from .trace import StepTrace

MAGIC = b"NVZ"
VERSION = 1
HELLO, TRACE, END = b"H", b"T", b"E"
MAX_FRAME_BYTES = 256 * 1024 * 1024  # one trace of the largest network netviz draws, with room
_HEAD = struct.Struct(">3sBcI")
_JSON_LENGTH = struct.Struct(">I")


class StreamError(ValueError):
    """A malformed message on the live link: what is wrong with it."""


@dataclass(frozen=True)
class Hello:
    name: str
    layer_names: tuple[str, ...]


class End:
    """The script stopped recording."""


def _frame(kind: bytes, body: bytes) -> bytes:
    return _HEAD.pack(MAGIC, VERSION, kind, len(body)) + body


def encode_hello(name: str, layer_names: tuple[str, ...]) -> bytes:
    return _frame(HELLO, json.dumps({"name": name, "layers": list(layer_names)}).encode("utf-8"))


def encode_end() -> bytes:
    return _frame(END, b"")


def encode_trace(trace: StepTrace) -> bytes:
    encoder = Encoder()
    tree = encoder.encode(trace)
    blobs = []
    for array in encoder.arrays:
        buffer = io.BytesIO()
        np.lib.format.write_array(buffer, np.asarray(array), allow_pickle=False)
        blobs.append(buffer.getvalue())
    text = json.dumps({"trace": tree, "sizes": [len(b) for b in blobs]}, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")
    return _frame(TRACE, _JSON_LENGTH.pack(len(text)) + text + b"".join(blobs))


class StreamReader:
    """Reads frames from ``stream`` (a binary file: a pipe's read end). ``read()`` gives the
    next Hello, StepTrace or End, None at the end of the stream; StreamError if malformed.
    The first frame must be a Hello; traces are checked against its layers."""

    def __init__(self, stream: IO[bytes]):
        self.stream = stream
        self.hello: Hello | None = None

    def _exactly(self, size: int, what: str) -> bytes | None:
        data = self.stream.read(size)
        while data is not None and 0 < len(data) < size:
            more = self.stream.read(size - len(data))
            if not more:
                break
            data += more
        if not data:
            return None
        if len(data) != size:
            raise StreamError(f"{what}: the stream ended inside a message ({len(data)} of {size} bytes)")
        return data

    def read(self) -> Hello | StepTrace | End | None:
        head = self._exactly(_HEAD.size, "frame header")
        if head is None:
            return None
        magic, version, kind, length = _HEAD.unpack(head)
        if magic != MAGIC:
            raise StreamError("not a netviz live stream (wrong magic bytes)")
        if version != VERSION:
            raise StreamError(f"live stream version {version}; this netviz reads version {VERSION}: "
                              "use the same netviz for the script and the window")
        if length > MAX_FRAME_BYTES:
            raise StreamError(f"a message of {length} bytes, more than the {MAX_FRAME_BYTES} allowed")
        body = self._exactly(length, "message") if length else b""
        if body is None:
            raise StreamError("message: the stream ended after a header")
        if kind == HELLO:
            self.hello = _hello(body)
            return self.hello
        if self.hello is None:
            raise StreamError("the stream must start with the model's names (a hello message)")
        if kind == END:
            return End()
        if kind == TRACE:
            return _trace(body, len(self.hello.layer_names))
        raise StreamError(f"unknown message kind {kind!r}")


def _json(data: bytes, what: str) -> object:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise StreamError(f"{what}: not valid JSON ({type(exc).__name__})") from None


def _hello(body: bytes) -> Hello:
    data = _json(body, "hello")
    name = data.get("name") if isinstance(data, dict) else None
    layers = data.get("layers") if isinstance(data, dict) else None
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS or not isinstance(layers, list) or not layers \
            or not all(isinstance(n, str) and len(n) <= MAX_NAME_CHARS for n in layers):
        raise StreamError("hello: needs the model's name and its layers' names")
    return Hello(name, tuple(layers))


def _trace(body: bytes, n_layers: int) -> StepTrace:
    if len(body) < _JSON_LENGTH.size:
        raise StreamError("trace: too short")
    (text_length,) = _JSON_LENGTH.unpack_from(body)
    start = _JSON_LENGTH.size + text_length
    if start > len(body):
        raise StreamError("trace: its JSON runs past the message")
    data: Any = _json(body[_JSON_LENGTH.size:start], "trace")
    sizes = data.get("sizes") if isinstance(data, dict) else None
    if not isinstance(sizes, list) or not all(isinstance(s, int) and not isinstance(s, bool) and s >= 0
                                              for s in sizes) or start + sum(sizes) != len(body):
        raise StreamError("trace: its array sizes do not match the message")
    offsets = [start]
    for size in sizes:
        offsets.append(offsets[-1] + size)
    budget = [len(body)]
    arrays: dict[int, np.ndarray] = {}

    def array(index: int) -> np.ndarray:
        if not 0 <= index < len(sizes):
            raise CodecError(f"array {index}", "is missing")
        if index not in arrays:
            arrays[index] = read_npy(io.BytesIO(body[offsets[index]:offsets[index + 1]]), budget, f"array {index}")
        return arrays[index]

    try:
        trace = Decoder(array).decode(data.get("trace"), "trace")
        if not isinstance(trace, StepTrace):
            raise CodecError("trace", "is not a StepTrace")
        check_trace(trace, n_layers, "trace")
    except CodecError as exc:
        raise StreamError(f"{exc.where}: {exc.reason}") from None
    except Exception as exc:  # noqa: BLE001 - the last guard (numpy's .npy header parser raises
        # tokenize errors on damaged headers, a constructor may refuse a value): an error, never a crash
        raise StreamError(f"trace: damaged ({type(exc).__name__}: {exc})") from None
    return trace
