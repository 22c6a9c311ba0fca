"""Engine objects to JSON and .npy and back, generically from their dataclass fields, safely.

``Encoder.encode(value)`` turns a tree of registered dataclasses, tuples, dicts, numbers,
text and numpy arrays into JSON; each distinct array (by identity: traces share many) is
stored once as a ``.npy`` entry. The JSON forms:

- ``null``, ``true``/``false``, numbers, text: themselves; ``{"float": "nan"}`` (or
  ``"inf"``, ``"-inf"``) for what JSON cannot hold;
- ``{"array": i}``: the i-th array; ``{"tuple": [...]}``; ``{"dict": {...}}`` (text keys);
- ``{"type": "LayerTrace", "fields": {...}}``: a dataclass of ``REGISTRY``, every field.

``Decoder.decode(json)`` builds the same tree, calling only the constructors of the
registered classes, with every field checked against the class's type hints first (a new
field of a trace needs no change here). Arrays are read with ``read_npy``: the header is
parsed (numpy's own parser, no pickles), the dtype must be a plain number or bool, and the
size it declares is checked against a budget before a byte of data is read.
Anything wrong raises ``CodecError(where, reason)``.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import math
import types
import typing
from typing import IO, Any

import numpy as np

from .dataset_types import Dataset
from .optimizers import OptimizerState
from .run import LayerState, RunState
from .spec import DataSpec, LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec
from .summary_log import SummaryLog
from .trace import BatchNormTrace, LayerTrace, StepTrace
from .trainer import StepSummary, TrainerState

# The only classes a file may ask for, by name.
REGISTRY: dict[str, type] = {cls.__name__: cls for cls in (
    StepTrace, LayerTrace, BatchNormTrace, StepSummary, TrainerState, RunState, LayerState, OptimizerState,
    NetworkSpec, LayerSpec, TrainSpec, OptimizerSpec, DataSpec, Dataset,
)}
_NONFINITE = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}
# dtypes an array entry may have: numbers and bools only (no objects, no structures).
_KINDS = "biuf"


class CodecError(ValueError):
    """What is wrong (``reason``) and where in the file (``where``)."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class Encoder:
    """Encodes values; ``arrays`` collects the distinct arrays, in the order of their indices."""

    def __init__(self) -> None:
        self.arrays: list[np.ndarray] = []
        self._index: dict[int, int] = {}  # id(array) -> its index; the arrays are alive meanwhile

    def encode(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, (int, np.integer)):
            return int(value)
        if isinstance(value, (float, np.floating)):
            value = float(value)
            return value if math.isfinite(value) else {"float": str(value)}
        if isinstance(value, np.ndarray):
            index = self._index.get(id(value))
            if index is None:
                index = self._index[id(value)] = len(self.arrays)
                self.arrays.append(value)
            return {"array": index}
        if isinstance(value, (tuple, list, SummaryLog)):  # a run's history is stored as a tuple
            return {"tuple": [self.encode(v) for v in value]}
        if isinstance(value, dict):
            if not all(isinstance(k, str) for k in value):
                raise TypeError("only dicts with text keys can be stored")
            return {"dict": {k: self.encode(v) for k, v in value.items()}}
        name = type(value).__name__
        if dataclasses.is_dataclass(value) and REGISTRY.get(name) is type(value):
            return {"type": name, "fields": {f.name: self.encode(getattr(value, f.name))
                                             for f in dataclasses.fields(value)}}
        raise TypeError(f"cannot store a {name}")


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def conforms(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the type ``hint`` (the subset of typing the engine's dataclasses use)."""
    if hint is Any:
        return True
    if hint is type(None) or hint is None:
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:  # a whole number is a fine float, as in lesson files
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint in (str, np.ndarray):
        return isinstance(value, hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is collections.abc.Sequence:  # what a file holds of a sequence: a tuple
        return isinstance(value, tuple) and all(conforms(v, args[0]) for v in value)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(conforms(v, a) for v, a in zip(value, args))
    if origin is dict:
        return isinstance(value, dict) and all(conforms(k, args[0]) and conforms(v, args[1])
                                               for k, v in value.items())
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return isinstance(value, hint)
    return False


class Decoder:
    """Decodes JSON made by Encoder; ``array(i)`` gives the i-th array (a callable of the caller's)."""

    def __init__(self, array: typing.Callable[[int], np.ndarray]):
        self._array = array

    def decode(self, data: Any, where: str = "") -> Any:
        if data is None or isinstance(data, (bool, int, float, str)):
            return data
        if isinstance(data, list):
            raise CodecError(where, "a bare list (expected a tagged value)")
        if not isinstance(data, dict) or len(data) not in (1, 2):
            raise CodecError(where, "is not a stored value")
        if len(data) == 2:
            return self._dataclass(data, where)
        (tag, body), = data.items()
        if tag == "float" and body in _NONFINITE:
            return _NONFINITE[body]
        if tag == "array" and isinstance(body, int) and not isinstance(body, bool):
            return self._array(body)
        if tag == "tuple" and isinstance(body, list):
            return tuple(self.decode(v, f"{where}[{i}]") for i, v in enumerate(body))
        if tag == "dict" and isinstance(body, dict):
            return {k: self.decode(v, f"{where}.{k}") for k, v in body.items()}
        raise CodecError(where, f"unknown stored value {tag!r}")

    def _dataclass(self, data: dict, where: str) -> Any:
        name, values = data.get("type"), data.get("fields")
        cls = REGISTRY.get(name) if isinstance(name, str) else None
        if cls is None or not isinstance(values, dict):
            raise CodecError(where, f"unknown type {name!r}")
        names = [f.name for f in dataclasses.fields(cls) if f.init]
        # A field with a default may be absent: a file written before the field existed.
        optional = {f.name for f in dataclasses.fields(cls)
                    if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING}
        missing = [n for n in names if n not in values and n not in optional]
        extra = [n for n in values if n not in names]
        if missing or extra:
            what = f"lacks {', '.join(missing)}" if missing else f"has unknown fields {', '.join(extra)}"
            raise CodecError(where, f"a {name} that {what} (written by another version of netviz?)")
        hints = _hints(cls)
        fields = {}
        for field_name in names:
            if field_name not in values:
                continue
            here = f"{where}.{field_name}" if where else field_name
            value = self.decode(values[field_name], here)
            if not conforms(value, hints[field_name]):
                raise CodecError(here, f"has the wrong type ({type(value).__name__}) for {hints[field_name]}")
            fields[field_name] = value
        try:
            return cls(**fields)
        except SpecError as exc:
            raise CodecError(f"{where}.{exc.field}" if where else exc.field, exc.reason) from None


def read_npy(f: IO[bytes], budget: list[int], where: str) -> np.ndarray:
    """A read-only array from an open .npy entry, spending its size from ``budget[0]`` bytes.

    Reads the whole entry and one byte more, so that the zip's checksum is verified and
    extra bytes are noticed."""
    fmt = np.lib.format
    version = fmt.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = fmt.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, fortran, dtype = fmt.read_array_header_2_0(f)
    else:
        raise CodecError(where, f"unsupported .npy version {version}")
    if dtype.kind not in _KINDS or dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None \
            or dtype.itemsize > 8:
        raise CodecError(where, f"holds {dtype}, not plain numbers")
    if any(n < 0 for n in shape):
        raise CodecError(where, f"declares a negative size {shape}")
    count = math.prod(shape)
    nbytes = count * dtype.itemsize
    if nbytes > budget[0]:
        raise CodecError(where, f"declares {nbytes} bytes of data, more than this file may hold ({budget[0]} left)")
    budget[0] -= nbytes
    data = f.read(nbytes)
    if len(data) != nbytes:
        raise CodecError(where, f"is truncated ({len(data)} of {nbytes} bytes)")
    if f.read(1):
        raise CodecError(where, "has bytes after its data")
    array = np.frombuffer(data, dtype=dtype, count=count).reshape(shape, order="F" if fortran else "C")
    if not dtype.isnative:
        array = array.astype(dtype.newbyteorder("="))
    array.flags.writeable = False
    return array
