"""The engine and the animation stay free of Qt: they run headless, in tests, in the CLI and in exports.

Two checks, each in a child process so that this process's Qt cannot hide anything:

* importing every module of netviz.engine and netviz.animation loads no Qt and no pyqtgraph;
* the engine and animation tests pass with Qt unimportable (as on a machine without it),
  so neither those packages nor their tests depend on it.

The second run can be started by hand: ``python -m tests.engine.test_no_qt [pytest options]``.
"""

from __future__ import annotations

import importlib.abc
import subprocess
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = ("PySide6", "shiboken6", "pyqtgraph")
QT_FREE_TESTS = ("tests/engine", "tests/animation")


@pytest.mark.parametrize("package", ["netviz.engine", "netviz.animation"])
def test_the_package_imports_no_qt_or_pyqtgraph(package):
    code = (
        f"import sys, pkgutil, importlib, {package} as package\n"
        f"for m in pkgutil.walk_packages(package.__path__, '{package}.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = sorted(n for n in sys.modules if n.split('.')[0] in {QT_PACKAGES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"{package} pulled in: {out.stdout.strip()}"


def test_the_engine_and_animation_tests_pass_without_qt():
    out = subprocess.run([sys.executable, "-m", "tests.engine.test_no_qt", "-q", "-p", "no:cacheprovider"],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, f"{out.stdout[-6000:]}\n{out.stderr[-3000:]}"
    assert " passed" in out.stdout and "Qt is blocked" not in out.stdout


class BlockQt(importlib.abc.MetaPathFinder):
    """Makes Qt and pyqtgraph unimportable, as if they were not installed."""

    def find_spec(self, name: str, path: object = None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name.partition(".")[0] in QT_PACKAGES:
            raise ModuleNotFoundError(f"{name}: Qt is blocked in the Qt-free test run", name=name)
        return None


class QtFreeRun:
    """A pytest plugin for the Qt-free run: declares pytest-qt's ini options (pytest-qt itself is
    not loaded), so that the project's settings stay valid under ``filterwarnings = error``."""

    def pytest_addoption(self, parser: pytest.Parser) -> None:
        parser.addini("qt_api", "pytest-qt's Qt binding (unused: pytest-qt is not loaded in this run)")


def run_without_qt(args: list[str]) -> int:
    """pytest over the engine and animation tests (or ``args``' paths) with Qt blocked."""
    sys.meta_path.insert(0, BlockQt())
    for name in list(sys.modules):
        if name.partition(".")[0] in QT_PACKAGES:
            raise RuntimeError(f"{name} was imported before Qt was blocked")
    # This module's own tests start this run: they stay out of it.
    options = ["-p", "no:pytest-qt", f"--deselect={Path(__file__).relative_to(ROOT)}"]
    given_paths = any((ROOT / a.split("::")[0]).exists() for a in args if not a.startswith("-"))
    paths = [] if given_paths else list(QT_FREE_TESTS)
    return int(pytest.main([*options, *args, *paths], plugins=[QtFreeRun()]))


if __name__ == "__main__":
    sys.exit(run_without_qt(sys.argv[1:]))
