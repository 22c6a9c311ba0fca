"""`netviz export --lang CODE`: the terminal's lines (progress, what was written, training,
cancelled) in that language, as the picture's words already are; English stays as it was."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from netviz.cli import main
from netviz.cli_export import _export_bar
from netviz.export.job import ExportResult
from netviz.render import language


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def _bar_lines(done_total: list[tuple[int, int]]) -> str:
    stream = io.StringIO()  # not a terminal: a line per tenth
    progress = _export_bar(stream, width=10)
    for done, total in done_total:
        progress(done, total, 3.0)
    return stream.getvalue()


def test_the_progress_bar_speaks_the_language(qapp):
    assert "[##########] 10/10 frames 100%  0:03 left" in _bar_lines([(10, 10)])
    language.install_language("de")
    assert "[##########] 10/10 Bilder 100 %  noch 0:03" in _bar_lines([(10, 10)])
    language.install_language("zh")
    assert "10/10 帧 100%  剩余 0:03" in _bar_lines([(10, 10)])


def test_what_was_written_speaks_the_language(qapp):
    video = ExportResult(path=Path("/talks/a.mp4"), format="mp4", frames=90, width=1920, height=1080, fps=30,
                         duration_s=3.0, bytes=1_200_000, elapsed_s=2.0)
    assert video.summary() == "/talks/a.mp4 (1.2 MB; 90 frames, 1920x1080, 3.0 s at 30 fps)"
    language.install_language("de")
    assert video.summary() == "/talks/a.mp4 (1.2 MB; 90 Bilder, 1920x1080, 3.0 s bei 30 fps)"
    language.install_language("it")
    assert "90 fotogrammi" in video.summary()


def test_export_with_lang_prints_in_that_language(tmp_path: Path, capsys):
    out = tmp_path / "a.png"
    assert main(["export", "--lang", "de", "--lesson", "vanishing", "--steps", "1", "--size", "320x180",
                 "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "geschrieben" in captured.out and str(out) in captured.out, captured.out
    assert "wrote" not in captured.out
