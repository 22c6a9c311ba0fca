"""The code on the engine's API page runs as written."""

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_engine_api_examples_run():
    text = (DOCS / "engine.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "docs/engine.md", "exec"), namespace)
    assert namespace["trainer"].steps_done > 0
    assert namespace["trace"].layers[1].batch_norm is not None
