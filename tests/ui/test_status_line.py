"""A status message longer than the bar ends in "…" (not cut mid-word) and shows whole as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStatusBar, QToolTip

from netviz.render import language
from netviz.ui.main_window import MainWindow
from netviz.ui.status_line import StatusLine

GERMAN_STOP = ("Frühes Stoppen bei Schritt 135: seit 100 Schritten kein besserer Validierungsverlust; "
               "Gewichte von Schritt 35 wiederhergestellt (Validierungsverlust 0,467).")


def bar_in_window(qtbot, bar: QStatusBar, width: int) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStatusBar(bar)
    window.resize(width, 200)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the bar's layout: where its size grip is
    return window


def test_a_long_message_ends_in_an_ellipsis_that_fits(qtbot):
    bar = StatusLine()
    window = bar_in_window(qtbot, bar, 600)
    bar.showMessage(GERMAN_STOP)
    assert bar.currentMessage() == GERMAN_STOP  # the whole text, for whoever asks
    shown = bar.shown_text()
    assert shown.endswith("…") and GERMAN_STOP.startswith(shown[:-1].rstrip())
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
    # Drawn so: the picture differs from a plain QStatusBar's, which cuts the text at the edge.
    plain = QStatusBar()
    other = bar_in_window(qtbot, plain, 600)
    plain.showMessage(GERMAN_STOP)
    assert plain.size() == bar.size()
    assert bar.grab().toImage() != plain.grab().toImage()
    window.close(), other.close()


def test_a_message_that_fits_is_drawn_as_qt_draws_it(qtbot):
    bar, plain = StatusLine(), QStatusBar()
    windows = [bar_in_window(qtbot, b, 600) for b in (bar, plain)]
    for b in (bar, plain):
        b.showMessage("Weight set: training goes on from it")
    assert bar.shown_text() == bar.currentMessage()
    assert bar.grab().toImage() == plain.grab().toImage()
    for w in windows:
        w.close()


def test_hovering_shows_the_whole_message(qtbot):
    bar = StatusLine()
    window = bar_in_window(qtbot, bar, 500)
    bar.showMessage(GERMAN_STOP)
    centre = bar.rect().center()
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == GERMAN_STOP
    QToolTip.hideText()
    bar.clearMessage()
    assert bar.shown_text() == ""
    window.close()


def test_the_window_at_1024_px_elides_the_german_stop(qtbot):
    language.install_language("de")
    try:
        win = MainWindow(lesson="early-stopping", remember=False)
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        qtbot.waitExposed(win)
        QApplication.processEvents()
        bar = win.statusBar()
        assert isinstance(bar, StatusLine)
        font = bar.font()
        font.setPointSizeF(11.0)  # the app's size (make_app), for the back of a classroom
        bar.setFont(font)
        bar.showMessage(GERMAN_STOP)
        assert bar.currentMessage() == GERMAN_STOP and bar.shown_text().endswith("…")
        assert bar.layoutDirection() == Qt.LayoutDirection.LeftToRight and bar.message_rect().left() == 6
        assert bar.message_rect().right() < bar.width() - 11
        win.close()
    finally:
        language.uninstall_language()
