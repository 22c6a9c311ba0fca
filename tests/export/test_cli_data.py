"""`netviz train` and `netviz export` on the user's own CSV (--data FILE.csv --target COL)."""

import json

import numpy as np

from netviz.cli import main

ROWS = "".join(f"{i % 3},{(i * 7) % 5},{i % 4},{i % 2}\n" for i in range(30))


def test_train_and_export_take_data(tmp_path, capsys):
    points = tmp_path / "points.csv"
    points.write_text("a,b,c,label\n" + ROWS)
    assert main(["train", "--lesson", "vanishing", "--steps", "3", "--json",
                 "--data", str(points), "--target", "label"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["steps"] == 3 and np.isfinite(out["history"][-1]["loss"])
    assert main(["export", "--lesson", "vanishing", "--fix", "relu", "--steps", "2", "--quiet", "--size", "320x180",
                 "--data", str(points), "--target", "label", "-o", str(tmp_path / "a.png")]) == 0
    assert (tmp_path / "a.png").read_bytes().startswith(b"\x89PNG")
