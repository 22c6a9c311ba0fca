"""Window tests never read or write the user's settings: QSettings' INI files go to a temporary folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    # A folder of its own, not inside the test's tmp_path, which tests list to check what they wrote.
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    yield folder
