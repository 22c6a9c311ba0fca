"""Test-wide settings: Qt runs offscreen, so the tests need no display.

This file must not import Qt: the engine and animation tests also run with Qt blocked
(tests/engine/test_no_qt.py), and they load it too. Qt fixtures live in the conftest.py
of the folders whose tests need Qt (tests/render, tests/export; pytest-qt's ``qtbot``)."""

import gc
import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def windows_gone_and_garbage_collected_in_the_gui_thread():
    """Around every test: no automatic cycle collection while windows and their threads run
    (a collection triggered in a worker thread would destroy Qt widgets there, and can
    deadlock against the GUI thread; the app's GuiThreadCollector does the same, for the same
    reason); afterwards every top-level widget is deleted (a closed window stays alive and
    keeps taking the GUI thread's time in later tests) and garbage is collected here."""
    gc.disable()
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")  # only if a test loaded Qt: never import it here
    if widgets is not None and widgets.QApplication.instance() is not None:
        from PySide6.QtCore import QEvent

        app = widgets.QApplication
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()  # only where Qt objects may be garbage: a full collection costs time
    gc.enable()
