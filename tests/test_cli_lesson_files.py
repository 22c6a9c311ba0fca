"""A lesson file the loader refuses ends the CLI with its one-line reason and exit status 2, never a traceback."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LESSON = """
title = "deep"
caption = "c"
[dataset]
name = "circle"
[network]
hidden = {hidden}
[training]
steps = 1
"""


@pytest.mark.parametrize(
    "hidden", ["[" * 500 + "]" * 500, "{a=" * 5000 + "1" + "}" * 5000], ids=["array-500", "inline-tables-5000"]
)
@pytest.mark.parametrize("command", [["train"], ["export", "-o", "never.png"]], ids=["train", "export"])
def test_a_lesson_nested_too_deep_exits_2_with_a_clear_message(tmp_path, hidden, command):
    path = tmp_path / "deep.toml"
    path.write_text(LESSON.format(hidden=hidden))
    # A path without its .toml names a lesson file outside the lessons folder.
    args = [sys.executable, "-m", "netviz", *command, "--lesson", str(tmp_path / "deep")]
    out = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
                         env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and "RecursionError" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "nests arrays or tables too deeply" in lines[0]
    assert not (tmp_path / "never.png").exists()
