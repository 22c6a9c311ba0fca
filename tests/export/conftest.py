"""Fixtures of the export tests: a Qt application, helpers to decode what was written."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest


@pytest.fixture(autouse=True)
def app(qapp):
    """pytest-qt's QApplication: created before any export, so that the export (which
    would make a plain QGuiApplication) and the widget tests share one application."""
    return qapp


def decode(path) -> tuple[dict, list[np.ndarray]]:
    """(metadata, the frames as (H, W, 3) uint8 RGB) of a video or GIF, decoded by the
    ffmpeg of imageio-ffmpeg: every frame as stored (no frame-rate conversion).
    metadata: codec, pix_fmt (with its colour details), size (w, h), fps, duration (s)."""
    import imageio_ffmpeg

    exe = imageio_ffmpeg.get_ffmpeg_exe()
    header = subprocess.run([exe, "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr
    video = re.search(r"Video: (\w+).*?, (\w+(?:\([^)]*\))?), (\d+)x(\d+)", header)
    duration = re.search(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)", header)
    fps = re.search(r"(\d+(?:\.\d+)?) fps", header)
    assert video and duration and fps, header
    h_, m_, s_ = duration.groups()
    meta = {
        "codec": video.group(1),
        "pix_fmt": video.group(2),
        "size": (int(video.group(3)), int(video.group(4))),
        "fps": float(fps.group(1)),
        "duration": int(h_) * 3600 + int(m_) * 60 + float(s_),
    }
    raw = subprocess.run([exe, "-v", "error", "-i", str(path), "-fps_mode", "passthrough", "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    w, h = meta["size"]
    frames = list(np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3))
    return meta, frames


def qimage_rgb(image) -> np.ndarray:
    """A QImage as an (H, W, 3) uint8 RGB array."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def leftovers(folder) -> list[str]:
    """Every file or folder in ``folder`` (temporary ones included)."""
    return sorted(p.name for p in folder.iterdir())


def gif_timing(path) -> tuple[int | None, list[int]]:
    """(the NETSCAPE2.0 loop count, 0 = forever, or None; every frame's delay in
    hundredths of a second), read from the GIF's blocks."""
    data = memoryview(Path(path).read_bytes())
    assert bytes(data[:6]) in (b"GIF87a", b"GIF89a")
    pos = 13
    packed = data[10]
    if packed & 0x80:
        pos += 3 * (2 ** ((packed & 7) + 1))
    loop, delays = None, []

    def skip_sub_blocks(p: int) -> int:
        while data[p]:
            p += data[p] + 1
        return p + 1

    while True:
        kind = data[pos]
        if kind == 0x3B:  # trailer
            return loop, delays
        if kind == 0x21:  # extension
            label = data[pos + 1]
            if label == 0xF9:  # graphic control: the next frame's delay
                delays.append(data[pos + 4] | data[pos + 5] << 8)
            elif label == 0xFF and bytes(data[pos + 3 : pos + 14]) == b"NETSCAPE2.0":
                loop = data[pos + 16] | data[pos + 17] << 8
            pos = skip_sub_blocks(pos + 2)
        elif kind == 0x2C:  # image descriptor, local colour table, LZW data
            packed = data[pos + 9]
            pos += 10
            if packed & 0x80:
                pos += 3 * (2 ** ((packed & 7) + 1))
            pos = skip_sub_blocks(pos + 1)
        else:
            raise AssertionError(f"not a GIF block: 0x{kind:02x} at {pos}")
