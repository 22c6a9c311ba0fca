"""Small pictures drawn from data: a data set's points (the data set picker), an input feature's map (its toggle).

Playground picks data by picture; here each picture is drawn from the data set itself,
made with the lesson's seed and noise, in the plots' class colours on the theme's background.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from netviz.engine.dataset_types import Dataset
from netviz.render.colors import heatmap_rgba

CLASS_COLOURS = ((40, 120, 230), (230, 110, 40))  # as the boundary plot: negative blue, positive orange
MARGIN = 0.08  # of the picture's side, kept free around the points


def scatter_positions(x: np.ndarray, size: int, margin: float = MARGIN) -> np.ndarray:
    """(n, 2) pixel positions of 2-D points in a ``size`` square picture: the points' box
    fills it less the margin, its aspect kept, x2 growing upward."""
    x = np.asarray(x, dtype=float)
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = float(max((hi - lo).max(), 1e-12))
    inner = size * (1 - 2 * margin)
    centre = (lo + hi) / 2
    px = size / 2 + (x[:, 0] - centre[0]) / span * inner
    py = size / 2 - (x[:, 1] - centre[1]) / span * inner
    return np.column_stack([px, py])


def point_colours(dataset: Dataset) -> np.ndarray:
    """(n, 3) uint8 colours of the training points: class colours, or a diverging map of the target."""
    y = dataset.y_train
    if dataset.task == "regression":
        return heatmap_rgba(np.clip(y[:, 0], -1.0, 1.0))[:, :3]
    labels = y.argmax(axis=1) if y.shape[1] > 1 else (y[:, 0] > 0.5).astype(int)
    return np.array(CLASS_COLOURS, dtype=np.uint8)[labels % len(CLASS_COLOURS)]


def dataset_image(dataset: Dataset, size: int, background: str) -> QImage:
    """A ``size`` square picture of a data set: its training points (2 inputs), or its
    first example as an image (8x8 digits); the background in the theme's colour."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if dataset.n_inputs == 2:
            painter.setPen(Qt.PenStyle.NoPen)
            radius = max(1.0, size / 40)
            for (px, py), rgb in zip(scatter_positions(dataset.x_train, size).tolist(),
                                     point_colours(dataset).tolist()):
                painter.setBrush(QColor(*rgb))
                painter.drawEllipse(QPointF(px, py), radius, radius)
        else:
            side = int(round(dataset.n_inputs ** 0.5))
            if side * side == dataset.n_inputs:  # a square image per example (digits)
                pixels = np.clip(dataset.x_train[0].reshape(side, side), 0.0, 1.0)
                grey = np.ascontiguousarray(np.repeat((255 * (1 - pixels)).astype(np.uint8)[..., None], 4, axis=2))
                grey[..., 3] = 255
                tile = QImage(grey.data, side, side, side * 4, QImage.Format.Format_RGBA8888)
                painter.drawImage(QRectF(size * MARGIN, size * MARGIN, size * (1 - 2 * MARGIN),
                                         size * (1 - 2 * MARGIN)), tile)
    finally:
        painter.end()
    return image


def map_image(values: np.ndarray, size: int) -> QImage:
    """A ``size`` square picture of one (H, W) map with values in [-1, 1] (an input feature over the plane)."""
    rgba = np.ascontiguousarray(heatmap_rgba(values))
    h, w = rgba.shape[:2]
    tile = QImage(rgba.data, w, h, w * 4, QImage.Format.Format_RGBA8888)
    return tile.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                       Qt.TransformationMode.SmoothTransformation).copy()


def icon(image: QImage) -> QIcon:
    """An icon of a picture (after the QApplication exists)."""
    return QIcon(QPixmap.fromImage(image))
