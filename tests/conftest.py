"""Test-wide settings: Qt runs offscreen, so the tests need no display.

This file must not import Qt: the engine and animation tests also run with Qt blocked
(tests/engine/test_no_qt.py), and they load it too. Qt fixtures live in the conftest.py
of the folders whose tests need Qt (tests/render, tests/export; pytest-qt's ``qtbot``)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
