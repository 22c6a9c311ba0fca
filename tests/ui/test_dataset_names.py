"""The built-in data sets' names in the window's language: the Data box and the playground's
buttons show them translated, the lesson (and a saved lesson file) keeps the ids."""

from __future__ import annotations

import pytest

from netviz.engine.datasets import DATASET_NAMES
from netviz.render import language
from netviz.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def _items(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_data_box_shows_translated_names_and_keeps_the_ids(qtbot, private_settings):
    win = MainWindow(lesson="vanishing")
    qtbot.addWidget(win)
    combo = win.controls.dataset
    assert _items(combo) == [(name, name) for name in DATASET_NAMES]  # English: the names a lesson file uses
    with qtbot.assertNotEmitted(win.controls.sigChange):  # renamed items are no change of data set
        win.set_language("de")
    items = dict((data, text) for text, data in _items(combo))
    assert items["circle"] == "Kreis" and items["spiral"] == "Spirale"
    combo.setCurrentIndex(combo.findData("spiral"))
    qtbot.waitUntil(lambda: win.lesson.dataset.get("name") == "spiral", timeout=10000)
    assert combo.currentText() == "Spirale"
    win.set_language("zh")
    assert combo.currentText() == "螺旋" and win.lesson.dataset.get("name") == "spiral"
    panel = win.playground.panel
    assert panel.data_buttons["spiral"].accessibleName() == "螺旋"
    win.close()


def test_every_data_set_has_a_name_in_every_language():
    from netviz.ui.setting_words import DATASET_WORDS

    assert tuple(DATASET_WORDS) == DATASET_NAMES


def test_the_data_set_tooltips_speak_the_windows_language(qtbot):
    from netviz.engine.datasets import dataset_info, describe
    from netviz.ui.playground_panel import PlaygroundPanel
    from netviz.ui.setting_words import DATASET_DESCRIPTIONS

    # One description per data set, the engine's own words (the catalogue's sources).
    assert {name: dataset_info(name)[2] for name in DATASET_NAMES} == DATASET_DESCRIPTIONS
    panel = PlaygroundPanel()
    qtbot.addWidget(panel)
    assert {name: b.toolTip() for name, b in panel.data_buttons.items()} == {n: describe(n) for n in DATASET_NAMES}
    for code, word in (("de", "Beispiele"), ("it", "esempi"), ("tr", "örnek"), ("zh", "个样本")):
        language.install_language(code)  # the panel hears the language change
        for button in panel.data_buttons.values():
            tip = button.toolTip()
            assert word in tip and "examples" not in tip and "sign" not in tip and "binary" not in tip, (code, tip)
    language.install_language("en")  # as the window's View > Language > English does
    assert panel.data_buttons["circle"].toolTip() == describe("circle")
