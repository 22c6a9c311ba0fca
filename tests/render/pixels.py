"""Reading pixels of rendered images in the renderer tests."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

W, H = 1920, 1080


def rgb(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    c = image.pixelColor(int(x), int(y))
    return c.red(), c.green(), c.blue()


def hex_rgb(color: str) -> tuple[int, int, int]:
    c = QColor(color)
    return c.red(), c.green(), c.blue()


def close(a, b, tol: int = 2) -> bool:
    return all(abs(int(p) - int(q)) <= tol for p, q in zip(a, b))
