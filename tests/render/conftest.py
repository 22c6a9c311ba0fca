"""Fixtures of the renderer tests: a Qt application (no window needed) and renderers."""

from __future__ import annotations

import pytest

from netviz.render import DARK, LIGHT, NetworkRenderer


@pytest.fixture(scope="session")
def app(qapp):
    """pytest-qt's application (a QApplication is a QGuiApplication; no window is shown)."""
    return qapp


@pytest.fixture(params=[DARK, LIGHT], ids=["dark", "light"])
def theme(request):
    return request.param


@pytest.fixture
def renderer(app, theme):
    return NetworkRenderer(theme, raise_errors=True)
