"""The guards that keep the code's shape: ruff (style and likely bugs), mypy (types), import-linter (layers).

Each tool reads its settings from pyproject.toml and runs in a child process from the project's
root, so the README's one test command runs them too; a failure shows the tool's own output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# import-linter has no ``python -m`` entry; this is what its ``lint-imports`` script runs.
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def run_tool(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def assert_clean(out: subprocess.CompletedProcess[str]) -> None:
    assert out.returncode == 0, f"exit code {out.returncode}\n{out.stdout}\n{out.stderr}"


@pytest.mark.parametrize("tool", ["ruff", "mypy", "importlinter"])
def test_the_tool_is_installed(tool):
    # A missing tool would otherwise show up as a confusing failure below.
    out = subprocess.run([sys.executable, "-c", f"import {tool}"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"{tool} is missing: pip install '.[test]'\n{out.stderr}"


def test_ruff_finds_nothing():
    assert_clean(run_tool(["-m", "ruff", "check", "--no-cache", "netviz", "tests"]))


def test_mypy_finds_nothing_in_the_checked_modules(tmp_path):
    # Every module is checked but those listed in pyproject.toml as not clean yet; the cache goes to a temporary folder.
    assert_clean(run_tool(["-m", "mypy", "--cache-dir", str(tmp_path / "mypy")]))


def test_the_import_contracts_are_kept():
    # Layers (engine < animation < render < export < ui < cli) and no Qt in the engine or the animation.
    out = run_tool(["-c", LINT_IMPORTS, "--no-cache"])
    assert_clean(out)
    assert "0 broken" in out.stdout
