"""The code on the API pages runs as written."""

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _blocks(page: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / page).read_text(), flags=re.S)


def test_engine_api_examples_run():
    blocks = _blocks("engine.md")
    assert len(blocks) >= 2
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "docs/engine.md", "exec"), namespace)
    assert namespace["trainer"].steps_done > 0
    assert namespace["trace"].layers[1].batch_norm is not None


def _run_torch_page(blocks: list[str]) -> dict:
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "docs/torch.md", "exec"), namespace)
    return namespace


def test_torch_page_example_records_traces():
    pytest.importorskip("torch")
    blocks = _blocks("torch.md")
    assert len(blocks) == 3  # watching a loop; a CNN's summary layer; drawing a trace
    ns = _run_torch_page(blocks[:1])
    assert [t.step for t in ns["rec"].traces] == [0, 10, 20, 30, 40]
    assert ns["trace"].layers[0].batch_norm is not None and not ns["trace"].layers[0].dropout_mask.all()


def test_torch_page_trace_draws_to_png(tmp_path, monkeypatch):
    pytest.importorskip("torch")
    pytest.importorskip("PySide6")
    monkeypatch.chdir(tmp_path)
    ns = _run_torch_page(_blocks("torch.md"))
    png = tmp_path / "my_model.png"
    assert ns["result"].path == png and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_torch_page_cnn_example_records_a_summary_layer():
    pytest.importorskip("torch")
    cnn_blocks = [b for b in _blocks("torch.md") if "nn.Conv2d" in b]
    assert len(cnn_blocks) == 1
    ns = _run_torch_page(cnn_blocks)
    assert [t.step for t in ns["cnn_rec"].traces] == [0, 5, 10, 15]
    conv = ns["conv"]
    assert conv.kind == "conv" and conv.units == 4 and conv.example_grad_magnitude.shape == (4,)
    assert ns["cnn_rec"].traces[-1].layers[1].weights.shape == (4, 3)
