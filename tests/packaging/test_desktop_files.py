"""The desktop integration files: the .desktop entry, the AppStream metainfo, the icons."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from netviz.resources import resource_path
from netviz.ui.app import APP_ID, ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is missing (apt-get install appstream)")
def test_the_metainfo_validates_with_appstreamcli() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is missing (apt-get install desktop-file-utils)")
def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    # It exits 0 on hints too; any line it prints is a finding.
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_names_the_desktop_entry_and_shows_screenshots_from_the_docs() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "netviz"
    images = [image.text or "" for image in component.iter("image")]
    assert images
    for url in images:
        name = url.rsplit("/docs/screenshots/", 1)[-1]
        assert url.startswith("https://") and (ROOT / "docs" / "screenshots" / name).is_file(), url


def test_the_desktop_entry_starts_netviz_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Exec"] == "netviz" and entry["Terminal"] == "false"
    assert entry["Icon"] == "netviz"
    assert resource_path("icons", "hicolor", "48x48", "apps", f"{entry['Icon']}.png").is_file()


def test_install_desktop_entry_puts_the_entry_and_every_icon_under_the_prefix(tmp_path: Path) -> None:
    done = subprocess.run(["bash", str(LINUX / "install-desktop-entry"), "--prefix", str(tmp_path),
                           "--exec", "/opt/net viz/netviz"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    share = tmp_path / "share"
    installed = (share / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert 'Exec="/opt/net viz/netviz"' in installed.splitlines()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "netviz.svg").is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "netviz.png").is_file(), size


def test_the_window_icon_has_every_size_desktops_ask_for(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert set(ICON_SIZES) <= {size.width() for size in icon.availableSizes()}
    assert {16, 512} <= set(ICON_SIZES)


def _rgba(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_RGBA8888)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[
        :, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(int)


def test_the_committed_pngs_are_rendered_from_the_svg(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "make-icons"), str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for size in ICON_SIZES:
        relative = Path(f"{size}x{size}", "apps", "netviz.png")
        committed = QImage(str(resource_path("icons", "hicolor", *relative.parts)))
        fresh = QImage(str(tmp_path / relative))
        assert committed.size() == fresh.size() == QSize(size, size)
        # Another Qt may antialias a little differently; a changed SVG differs far more.
        difference = np.abs(_rgba(committed) - _rgba(fresh)).mean()
        assert difference < 2.0, f"{relative}: run packaging/make-icons after changing netviz.svg"
