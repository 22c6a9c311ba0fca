"""Session files' arrays, version 2: one zip entry per group of arrays (the run's state, then each trace).

Version 1 stored every array as its own ``arrays/N.npy`` entry: about 100 µs an array to
write and to read (a zip entry's header and checksum, and numpy parsing the .npy header as a
Python literal), 15 s to save a 2,000-step run. Version 2 stores each group's arrays
back to back, as raw bytes, in one entry ``blobs/K.bin``, and describes them in run.json:

    "blobs": {"sizes": [bytes of blob 0, ...],
              "arrays": [[blob, offset, dtype, [shape...]], ...]}   # array i is row i

``dtype`` is a numpy type string of a plain number or bool (``"<f8"``, ``"|b1"``, ``"<i8"``...):
nothing is a pickle or an object, so nothing in a file is ever executed. Before any entry is
read, every row is checked (the blob exists, the dtype is a plain number, the bytes it
declares lie inside its blob) and the blobs' sizes are summed against the budget; each blob
is read once (its checksum verified), and must be exactly its declared size.
"""

from __future__ import annotations

import math
import re
import zipfile
from typing import Any

import numpy as np

from .session_codec import CodecError

_DTYPE = re.compile(r"[<>|=][biuf][1248]\Z")  # a plain number or bool, at most 8 bytes


def blob_name(index: int) -> str:
    return f"blobs/{index}.bin"


def write_blobs(zf: zipfile.ZipFile, arrays: list[np.ndarray], starts: list[int]) -> dict[str, Any]:
    """Write ``arrays`` into blobs, blob k holding arrays ``starts[k]`` up to ``starts[k+1]``
    (the last to the end); returns the manifest's ``"blobs"`` table."""
    bounds = [*starts, len(arrays)]
    sizes: list[int] = []
    rows: list[list[Any]] = []
    for k in range(len(starts)):
        chunk = [np.ascontiguousarray(a) for a in arrays[bounds[k]:bounds[k + 1]]]
        offset = 0
        for a in chunk:
            if a.dtype.kind not in "biuf" or a.dtype.itemsize > 8:
                raise TypeError(f"cannot store an array of {a.dtype}")
            rows.append([k, offset, a.dtype.str, list(a.shape)])
            offset += a.nbytes
        # One write per blob: zlib's per-call cost was a third of the save for small arrays.
        data = b"".join(a.tobytes() for a in chunk)
        with zf.open(blob_name(k), "w", force_zip64=len(data) > 1 << 30) as entry:
            entry.write(data)
        sizes.append(len(data))
    return {"sizes": sizes, "arrays": rows}


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class BlobReader:
    """Gives array i of a version-2 file (``array(i)``), reading each blob once."""

    def __init__(self, zf: zipfile.ZipFile, table: Any, budget: int):
        if not isinstance(table, dict) or not isinstance(table.get("sizes"), list) \
                or not isinstance(table.get("arrays"), list):
            raise CodecError("blobs", "needs the list of blob sizes and the list of arrays")
        sizes, rows = table["sizes"], table["arrays"]
        if not all(_whole(s) for s in sizes):
            raise CodecError("blobs.sizes", "must be whole numbers of bytes")
        if sum(sizes) > budget:
            raise CodecError("blobs.sizes", f"declare {sum(sizes)} bytes of arrays, more than this file may "
                                            f"hold ({budget})")
        self._zf, self._sizes = zf, sizes
        self._dtypes: dict[str, np.dtype] = {}  # the few type strings of a file, each parsed once
        self._rows: list[tuple[int, int, np.dtype, tuple[int, ...]]] = []
        for i, row in enumerate(rows):
            self._rows.append(self._check_row(row, f"blobs.arrays[{i}]"))
        self._blobs: dict[int, bytes] = {}
        self._arrays: dict[int, np.ndarray] = {}

    def _check_row(self, row: Any, where: str) -> tuple[int, int, np.dtype, tuple[int, ...]]:
        if not isinstance(row, list) or len(row) != 4:
            raise CodecError(where, "must be [blob, offset, dtype, shape]")
        blob, offset, dtype, shape = row
        if not _whole(blob) or blob >= len(self._sizes):
            raise CodecError(where, f"names blob {blob!r}, which the file does not list")
        kind = self._dtypes.get(dtype) if isinstance(dtype, str) else None
        if kind is None:
            if not isinstance(dtype, str) or not _DTYPE.match(dtype):
                raise CodecError(where, f"holds {dtype!r}, not plain numbers")
            kind = self._dtypes[dtype] = np.dtype(dtype)
        if not isinstance(shape, list) or len(shape) > 8 or not all(_whole(n) for n in shape):
            raise CodecError(where, f"has no valid shape ({shape!r})")
        nbytes = math.prod(shape) * kind.itemsize
        if not _whole(offset) or offset + nbytes > self._sizes[blob]:
            raise CodecError(where, f"declares bytes {offset!r}..{offset!r}+{nbytes} outside its blob "
                                    f"({self._sizes[blob]} bytes)")
        return blob, offset, kind, tuple(shape)

    def _blob(self, index: int) -> bytes:
        if index not in self._blobs:
            name, size = blob_name(index), self._sizes[index]
            try:
                info = self._zf.getinfo(name)
            except KeyError:
                raise CodecError(name, "is missing") from None
            if info.file_size != size:
                raise CodecError(name, f"holds {info.file_size} bytes, the file lists {size}")
            with self._zf.open(info) as f:
                data = f.read(size + 1)  # to the end: the zip's checksum is verified
            if len(data) != size:
                raise CodecError(name, f"holds {len(data)} bytes, the file lists {size}")
            self._blobs[index] = data
        return self._blobs[index]

    def array(self, index: int) -> np.ndarray:
        if index not in self._arrays:
            if not 0 <= index < len(self._rows):
                raise CodecError(f"array {index}", "is not in the file's list of arrays")
            blob, offset, dtype, shape = self._rows[index]
            array = np.frombuffer(self._blob(blob), dtype=dtype, count=math.prod(shape), offset=offset)
            array = array.reshape(shape)
            if not dtype.isnative:
                array = array.astype(dtype.newbyteorder("="))
            array.flags.writeable = False
            self._arrays[index] = array
        return self._arrays[index]
