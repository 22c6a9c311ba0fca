"""The network view: a widget that draws the current SceneState with the shared renderer."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from netviz.animation.scene import SceneState
from netviz.render.renderer import NetworkRenderer


class NetworkView(QWidget):
    """Paints a SceneState; reports the node under the mouse (hover) and clicked nodes."""

    sigNodeHovered = Signal(object)  # (column, node) or None
    sigNodeClicked = Signal(object)  # (column, node)

    def __init__(self, renderer: NetworkRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.scene: SceneState | None = None
        self._hovered: tuple[int, int] | None = None
        self.setMouseTracking(True)
        # The renderer paints every pixel: Qt need not clear the background first (~0.7 ms a frame).
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(480, 320)

    def set_scene(self, scene: SceneState | None) -> None:
        self.scene = scene
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            if self.scene is not None:
                self.renderer.paint(painter, self.scene, QRectF(self.rect()))
            else:
                painter.fillRect(self.rect(), self.renderer.theme.background)
        finally:
            painter.end()

    def node_at(self, point: QPointF) -> tuple[int, int] | None:
        if self.scene is None:
            return None
        return self.renderer.node_at(self.scene, QRectF(self.rect()), point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        node = self.node_at(event.position())
        if node != self._hovered:
            self._hovered = node
            self.sigNodeHovered.emit(node)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        node = self.node_at(event.position())
        if node is not None:
            self.sigNodeClicked.emit(node)
