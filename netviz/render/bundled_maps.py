"""pyqtgraph's bundled colour maps, read from its data files without importing pyqtgraph.

The network view needs two of pyqtgraph's maps before its first picture, and importing
pyqtgraph costs about 0.3 s of the start (its Qt shim copies every Qt class and enum). So the
maps are read from pyqtgraph's own files (``pyqtgraph/colors/maps``), found through the
import system without running the package, and sampled as ``ColorMap.map(..., mode="byte")``
does, byte for byte (tests/render/test_bundled_maps.py compares every bundled map with
pyqtgraph's)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import numpy as np

SUFFIXES = (".csv", ".hex")  # pyqtgraph's two formats, tried in its order


def maps_folder() -> Path:
    """The folder of pyqtgraph's bundled maps (FileNotFoundError if pyqtgraph or its maps are missing)."""
    # find_spec of a top-level package locates it without executing its __init__.
    spec = importlib.util.find_spec("pyqtgraph")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = Path(location) / "colors" / "maps"
        if folder.is_dir():
            return folder
    raise FileNotFoundError("pyqtgraph's bundled colour maps (pyqtgraph/colors/maps) were not found: "
                            "is pyqtgraph installed?")


def _map_file(name: str) -> Path:
    folder = maps_folder()
    for suffix in SUFFIXES:
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    raise FileNotFoundError(f"colour map {name!r}: pyqtgraph bundles no such map in {folder}")


def _parse_rgba(line: str, csv: bool) -> tuple[int, ...] | None:
    """One colour stop of a map file as 0-255 integers, or None for a line that holds none
    (pyqtgraph's own rules: ';' starts a comment; a CSV stop is 3-4 floats in [0, 1])."""
    line = line.strip()
    if not line or line.startswith(";"):
        return None
    value = line.split(";", 1)[0]
    if csv:
        parts = value.split(",")
        return tuple(int(255 * float(part) + 0.5) for part in parts) if len(parts) >= 3 else None
    digits = value.strip().removeprefix("#")
    if len(digits) in (3, 4):  # abbreviated RGB(A)
        digits = "".join(2 * d for d in digits)
    if len(digits) < 6:
        return None
    try:
        return tuple(bytes.fromhex(digits))
    except ValueError:
        raise ValueError(f"colour map line {line!r}: {digits!r} is not hexadecimal") from None


@cache
def color_stops(name: str) -> np.ndarray:
    """(n, 4) uint8 RGBA: the stops of map ``name``, equally spaced from 0 to 1, as pyqtgraph's
    ``ColorMap.getStops("byte")`` gives them (read-only)."""
    path = _map_file(name)
    csv = path.suffix == ".csv"
    stops = [rgba for rgba in map(lambda line: _parse_rgba(line, csv), path.read_text().splitlines())
             if rgba is not None]
    if len(stops) < 2:
        raise ValueError(f"colour map {name!r}: {path.name} holds {len(stops)} colour stop(s), at least 2 are needed")
    ints = np.array([(*rgba[:3], rgba[3] if len(rgba) > 3 else 255) for rgba in stops], dtype=np.int64)
    # pyqtgraph keeps a stop as QColor's float (its 16-bit channel / 65535, a float32) and turns
    # it back into a byte by truncation: some channels come out one less than in the file.
    as_float = (ints * 257).astype(np.float32) / np.float32(65535)
    table = (as_float.astype(np.float64) * 255).astype(np.uint8)
    table.flags.writeable = False
    return table


def sample(name: str, positions: np.ndarray) -> np.ndarray:
    """(..., 4) uint8 RGBA of map ``name`` at ``positions`` (0 to 1, clipped), interpolated
    between the stops and truncated to bytes, as ``ColorMap.map(positions, mode="byte")``."""
    stops = color_stops(name)
    where = np.linspace(0.0, 1.0, len(stops))
    data = np.asarray(positions, dtype=float)
    out = np.empty(data.shape + (4,), dtype=np.uint8)
    for channel in range(4):
        out[..., channel] = np.interp(data, where, stops[:, channel])
    return out
