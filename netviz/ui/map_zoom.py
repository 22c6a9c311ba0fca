"""A node's map, large: hovering a node that shows a map of the input plane (an input feature, or an
output map) shows it enlarged beside the node, as Playground does, with the node's name."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from netviz.render.colors import heatmap_rgba
from netviz.ui.network_view import NetworkView

ZOOM_PX = 180  # the enlarged map's side, at most (a third of the view's height at least leaves room)
GAP_PX = 10


def zoom_rect(node: QPointF, radius: float, side: float, caption_h: float, area: QRectF) -> QRectF:
    """Where the enlarged map goes: right of the node (left of it where the right has no
    room), its middle level with the node, inside ``area``; ``caption_h`` under it for the name."""
    height = side + caption_h
    x = node.x() + radius + GAP_PX
    if x + side > area.right():
        x = node.x() - radius - GAP_PX - side
    y = node.y() - side / 2
    x = min(max(x, area.left()), area.right() - side)
    y = min(max(y, area.top()), area.bottom() - height)
    return QRectF(x, y, side, height)


class MapZoom(QWidget):
    """The hovered node's map, enlarged, on top of the view; hidden when no map is hovered."""

    def __init__(self, view: NetworkView):
        super().__init__(view)
        self.view = view
        self.node: tuple[int, int] | None = None
        self._image: QImage | None = None
        self._name = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_node(self, node: tuple[int, int] | None, name: str = "") -> bool:
        """Enlarge ``node``'s map if the picture draws one for it; True if shown."""
        scene = self.view.scene
        maps = None
        if node is not None and scene is not None and 0 <= node[0] < len(scene.columns):
            maps = scene.columns[node[0]].heatmaps
        if node is None or maps is None or self.view.blanked or not 0 <= node[1] < np.shape(maps)[0]:
            self.node = None
            self.hide()
            return False
        where = self.view.node_centre(node)
        if where is None:
            self.hide()
            return False
        self.node = node
        rgba = np.ascontiguousarray(heatmap_rgba(maps[node[1]], self.view.renderer.theme.no_value))
        h, w = rgba.shape[:2]
        self._image = QImage(rgba.data, w, h, w * 4, QImage.Format.Format_RGBA8888).copy()
        self._name = name
        side = float(min(ZOOM_PX, max(60, self.view.height() // 3)))
        caption_h = self.fontMetrics().height() + 6 if name else 0
        rect = zoom_rect(where[0], where[1], side, caption_h, QRectF(self.view.rect()))
        self.setGeometry(rect.toAlignedRect())
        self.show()
        self.raise_()
        self.update()
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self._image is None:
            return
        theme = self.view.renderer.theme
        painter = QPainter(self)
        try:
            side = self.width()
            painter.fillRect(self.rect(), QColor(theme.background))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(QRect(0, 0, side, side), self._image)
            painter.setPen(QPen(QColor(theme.text), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(1, 1, side - 2, side - 2))
            if self._name:
                painter.drawText(QRect(0, side, side, self.height() - side), int(Qt.AlignmentFlag.AlignCenter),
                                 self._name)
        finally:
            painter.end()
