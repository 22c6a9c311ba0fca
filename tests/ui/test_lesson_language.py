"""The lesson shown in the window follows the language: title, caption, "Watch:" line, fixes and
the picture's title switch with View > Language, and switch back."""

from __future__ import annotations

import pytest

from netviz.render import language


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def test_switching_the_language_switches_the_lessons_words(window):
    window.set_language("de")
    assert window.lesson.title == "Verschwindende Gradienten"
    assert window.controls.caption.text().startswith("Zehn verborgene Schichten")
    assert "Größenordnungen" in window.controls.watch.text()
    assert window.model.title == "Verschwindende Gradienten"
    window.set_language("zh")
    assert window.lesson.title == "梯度消失" and window.controls.caption.text().startswith("十个由 sigmoid")
    window.set_language("en")
    assert window.lesson.title == "Vanishing gradients"
    assert window.controls.caption.text().startswith("Ten hidden layers")
