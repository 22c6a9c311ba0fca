"""Locate the files netviz ships in its resources/ folder."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return the path of ``resources/<parts...>`` (whether or not it exists).

    An installed wheel carries the folder as package data, ``netviz/_resources`` (the
    name pyproject.toml gives it); a source checkout or editable install has it beside
    the ``netviz`` package folder.
    """
    return _resources_root().joinpath(*parts)


def _resources_root() -> Path:
    # It cannot be called "resources" inside the package, beside this module.
    packaged = importlib.resources.files("netviz") / "_resources"
    # Only a real directory will do: callers open files with ordinary path APIs, and
    # a zip-imported package (a non-Path Traversable) has no such directory.
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    # A bundler may serve the package through its own loader (not a Path) while the files
    # sit beside the module as usual (Nuitka's standalone folder).
    beside = Path(__file__).resolve().parent / "_resources"
    if beside.is_dir():
        return beside
    return Path(__file__).resolve().parent.parent / "resources"
