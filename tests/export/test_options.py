"""The option values the command line and the window share: sizes, themes, the result line."""

from __future__ import annotations

from pathlib import Path

import pytest

from netviz.cli import main
from netviz.export import THEMES, ExportError, ExportResult, parse_size, resolve_theme


@pytest.mark.parametrize("text", ["²x1080", "1920x¹⁰⁸⁰", "١٩٢٠x1080", "1_920x1080", "1920x1080x3", ""])
def test_parse_size_takes_only_ascii_digits(text):
    with pytest.raises(ExportError) as info:
        parse_size(text)
    assert info.value.field == "size"


def test_parse_size_accepts_spaces_and_the_times_sign():
    assert parse_size(" 640 × 360 ") == (640, 360)


def test_a_superscript_size_is_a_clear_error_on_the_command_line(tmp_path, capsys):
    assert main(["export", "--lesson", "vanishing", "--size", "²x1080", "-o", str(tmp_path / "a.mp4")]) == 2
    assert "--size: must be WIDTHxHEIGHT" in capsys.readouterr().err


def test_every_theme_name_resolves():
    assert [resolve_theme(name) is not None for name in THEMES] == [True, True]
    with pytest.raises(ExportError):
        resolve_theme("sepia")


def test_result_summary_says_what_was_written():
    video = ExportResult(Path("/talks/a.mp4"), "mp4", 90, 1920, 1080, 30, 3.0, 1_234_567, 2.5)
    assert video.summary() == "/talks/a.mp4 (1.2 MB; 90 frames, 1920x1080, 3.0 s at 30 fps)"
    still = ExportResult(Path("/talks/a.png"), "png", 1, 320, 180, 30, 0.0, 999, 0.1)
    assert still.summary() == "/talks/a.png (999 bytes; 320x180)"
