"""The loss plot's key (training, validation): in the title row, never over the curves, whole
in every language at every classroom size, in the theme's colours and the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from netviz.render import language
from netviz.render.theme import DARK, LIGHT
from netviz.ui.plots import PRESENTATION_PLOT_PX, TrainingPlots

# The curves' words in each language (the catalogue's "training" and "validation").
WORDS = {"en": ("training", "validation"), "de": ("Training", "Validierung"), "it": ("addestramento", "convalida"),
         "tr": ("eğitim", "doğrulama"), "zh": ("训练", "验证")}
# The plots dock's width in a window of 1024x768, 1280x720 and 1920x1080 (the loss plot gets
# 3/11 of it: ~270, ~340 and ~520 px), and its height at 1024x768 (the loss's view box ~90 px).
DOCK_WIDTHS = (1020, 1276, 1916)
DOCK_HEIGHT = 190


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    language.uninstall_language()


def shown(qtbot, width: int, height: int = DOCK_HEIGHT, presenting: bool = False) -> TrainingPlots:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(width, height)
    plots.show_only_one(presenting)
    plots.show()
    qtbot.waitExposed(plots)
    return plots


def key_problems(plots: TrainingPlots) -> list[str]:
    """What is wrong with the key as laid out now: over the data, cut, or the plot cut by it."""
    plot = plots.loss_plot
    item = plot.getPlotItem()
    data = item.vb.sceneBoundingRect()  # the accuracy's view box follows this one's geometry
    shown_area = QRectF(plot.mapToScene(plot.viewport().rect()).boundingRect())
    problems = []
    if item.width() > plot.width() + 1:
        problems.append(f"the plot is cut: {item.width():.0f} px wide in {plot.width()} px")
    parts = [("key", item.legend)] + [(label.text, part) for sample, label in item.legend.items
                                       for part in (sample, label)]
    for name, part in parts:
        rect = part.sceneBoundingRect()
        if rect.intersects(data):
            problems.append(f"{name} over the data: {rect} in {data}")
        if not shown_area.contains(rect.adjusted(1, 1, -1, -1)):
            problems.append(f"{name} outside the plot: {rect} in {shown_area}")
    for _, label in item.legend.items:
        if label.width() + 0.5 < label.minimumWidth() or not label.isVisible():
            problems.append(f"{label.text} cut: {label.width():.0f} of {label.minimumWidth():.0f} px")
    return problems


@pytest.mark.parametrize("code", list(WORDS))
def test_the_key_names_both_curves_beside_the_data_at_every_classroom_size(qtbot, code):
    language.install_language(code)
    plots = shown(qtbot, DOCK_WIDTHS[0])
    for width in DOCK_WIDTHS:  # the window made larger, as a teacher would
        plots.resize(width, DOCK_HEIGHT)
        qtbot.wait(1)  # the resize's layout requests
        assert [label.text for _, label in plots.loss_plot.getPlotItem().legend.items] == list(WORDS[code])
        assert not key_problems(plots), (code, width, key_problems(plots))


def test_the_key_takes_one_row_where_it_fits_and_stacks_where_it_does_not(qtbot):
    language.install_language("it")  # the longest words: one row needs ~330 px
    plots = shown(qtbot, DOCK_WIDTHS[-1])
    item = plots.loss_plot.getPlotItem()
    one_row_view = item.vb.height()
    assert plots.key.columns() == 2
    plots.resize(DOCK_WIDTHS[0], DOCK_HEIGHT)
    qtbot.wait(1)
    assert plots.key.columns() == 1 and not key_problems(plots)
    plots.resize(DOCK_WIDTHS[-1], DOCK_HEIGHT)
    qtbot.wait(1)
    assert plots.key.columns() == 2 and item.vb.height() == one_row_view  # the title row back to its height


@pytest.mark.parametrize("code", ["it", "de", "zh"])
@pytest.mark.parametrize("width", [358, 537])  # presentation mode's plot: 28% of a 1280- or 1920-px screen
def test_in_presentation_mode_the_larger_key_is_beside_the_data_too(qtbot, code, width):
    language.install_language(code)
    plots = shown(qtbot, width, 700, presenting=True)
    labels = [label for _, label in plots.loss_plot.getPlotItem().legend.items]
    assert all(label.opts["size"] == f"{PRESENTATION_PLOT_PX}px" for label in labels)  # as large as the axes'
    assert not key_problems(plots), key_problems(plots)


def test_the_key_follows_the_language_change_of_the_open_window(qtbot):
    plots = shown(qtbot, DOCK_WIDTHS[1])
    legend = plots.loss_plot.getPlotItem().legend
    language.install_language("de")
    assert [label.text for _, label in legend.items] == list(WORDS["de"])
    assert plots.loss_plot.getPlotItem().titleLabel.text == "Verlust"
    language.install_language("zh")
    assert [label.text for _, label in legend.items] == list(WORDS["zh"])
    assert not key_problems(plots)


def html_colours(label) -> str:
    return label.item.toHtml().lower()


def test_the_key_follows_the_theme(qtbot):
    plots = shown(qtbot, DOCK_WIDTHS[1])
    legend = plots.loss_plot.getPlotItem().legend
    for theme in (LIGHT, DARK):
        plots.set_theme(theme)
        for _, label in legend.items:
            assert QColor(theme.text).name() in html_colours(label), (theme.name, label.text)
    # The words are drawn in the theme's colour (not only recorded: pyqtgraph's own
    # setLabelTextColor records it for the next text).
    plots.set_theme(LIGHT)
    image = plots.loss_plot.grab().toImage()
    _, label = legend.items[0]
    rect = plots.loss_plot.mapFromScene(label.sceneBoundingRect()).boundingRect()
    text = QColor(LIGHT.text)
    dark_pixels = sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
                      if QColor(image.pixelColor(x, y)).lightness() < text.lightness() + 60)
    assert dark_pixels > 20  # the word, dark on the light background
