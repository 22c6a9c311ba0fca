"""`netviz export --lang`: the video's words (title, caption, phase chip, legend, captions of the
phases) in the chosen language, read from what the export's renderer drew (not by OCR)."""

from __future__ import annotations

import pytest

from netviz import i18n
from netviz.cli import main
from netviz.export import job as export_job
from netviz.render.language import uninstall_language


@pytest.fixture
def drawn(monkeypatch, qapp):
    """Every text the export's renderer drew, frame after frame."""
    texts: list[str] = []
    make = export_job.make_renderer

    def keeping(theme, antialias=True):
        renderer = make(theme, antialias)
        paint = renderer.paint

        def keep_texts(*args, **kwargs):
            done = paint(*args, **kwargs)
            texts.extend(t.text for t in renderer.last_texts)
            return done

        renderer.paint = keep_texts
        return renderer

    monkeypatch.setattr(export_job, "make_renderer", keeping)
    yield texts
    uninstall_language()
    i18n.set_language("en")


def test_export_writes_turkish_captions(tmp_path, drawn):
    out = tmp_path / "frames"
    assert main(["export", "--lesson", "vanishing", "--steps", "1", "--fps", "2", "--speed", "8", "--lang", "tr",
                 "--format", "png-frames", "--size", "1280x720", "--quiet", "-o", str(out)]) == 0
    assert sorted(out.iterdir()) and drawn
    texts = set(drawn)
    assert "Kaybolan gradyanlar" in texts  # the lesson's title
    assert any(t.startswith("Sigmoid birimlerinden oluşan on gizli katman.") for t in texts)  # its caption
    assert any(t.startswith("İleri: gizli") for t in texts)  # the phase chip
    assert any(t.startswith("İleri geçiş:") for t in texts)  # a phase's caption
    assert "Düğümler: etkinleştirme" in texts or "Düğümler: gradyan" in texts
    assert not any(t.startswith(("Forward", "Vanishing", "Ten hidden")) for t in texts)


def test_export_in_english_by_default(tmp_path, drawn, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    out = tmp_path / "still.png"
    assert main(["export", "--lesson", "vanishing", "--steps", "1", "--size", "640x360", "--quiet",
                 "-o", str(out)]) == 0
    assert "Vanishing gradients" in drawn and "Nodes: gradient" in drawn
