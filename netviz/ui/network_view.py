"""The network view: a widget that draws the current SceneState with the shared renderer.

It takes keyboard focus (the window hands focus back to it): Up and Down move a keyboard
cursor between the nodes of a layer, Tab and Shift+Tab between layers, Enter inspects the
node under the cursor (as a click does). Left and Right stay the window's phase keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from netviz.animation.scene import SceneState
from netviz.render.renderer import NetworkRenderer

MIN_SIZE = (360, 240)  # below it, the layer labels and the numbers under the layers stop fitting
# A layout new to the renderer (the first picture, a resize, another network) is drawn
# directly and its static layer is made at its next paint: 20-30 ms at 1920x1080. Without
# this repaint while idle, that next paint was the first frame after Play, which came late.
SETTLE_MS = 150


class NetworkView(QWidget):
    """Paints a SceneState; reports the node under the mouse (hover) and clicked nodes."""

    sigNodeHovered = Signal(object)  # (column, node) or None
    sigNodeClicked = Signal(object)  # (column, node)

    def __init__(self, renderer: NetworkRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.scene: SceneState | None = None
        self._hovered: tuple[int, int] | None = None
        self.cursor_node: tuple[int, int] | None = None  # the keyboard's node, drawn as a dashed ring
        self.blanked = False  # presentation mode's B: the screen shows the background only
        self.after_paint: Callable[[], None] = lambda: None  # each paint's end (the window's frame is drawn)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The renderer paints every pixel: Qt need not clear the background first (~0.7 ms a frame).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(*MIN_SIZE)
        self._settle = QTimer(self)  # restarted by each paint that deferred its layer: once a resize ends
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.update)

    def set_scene(self, scene: SceneState | None) -> None:
        self.scene = scene
        self.update()

    def set_blanked(self, on: bool) -> None:
        self.blanked = on
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            if self.scene is not None and not self.blanked:
                self.renderer.paint(painter, self.scene, QRectF(self.rect()))
                self._paint_cursor(painter)
                if self.renderer.layer_deferred:
                    self._settle.start()
            else:
                painter.fillRect(self.rect(), QColor(self.renderer.theme.background))
        finally:
            painter.end()
            self.after_paint()

    def _paint_cursor(self, painter: QPainter) -> None:
        centre = self.node_centre(self.cursor_node) if self.hasFocus() else None
        if centre is None:
            return
        point, radius = centre
        pen = QPen(QColor(self.renderer.theme.focus), max(2.0, radius * 0.15), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(point, radius * 1.45, radius * 1.45)

    def node_centre(self, node: tuple[int, int] | None) -> tuple[QPointF, float] | None:
        """Where the renderer drew ``node`` (its centre and radius), or None."""
        if self.scene is None or node is None:
            return None
        layout = self.renderer.layout(self.scene, QRectF(self.rect()))
        for col in layout.columns:
            if col.index == node[0] and 0 <= node[1] < col.ys.size:
                return QPointF(col.x, float(col.ys[node[1]])), float(col.radius)
        return None

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
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        node = self.node_at(event.position())
        if node is not None:
            self.cursor_node = node
            self.sigNodeClicked.emit(node)

    # ----- the keyboard cursor ------------------------------------------------------

    def _column_sizes(self) -> list[int]:
        if self.scene is None:
            return []
        layout = self.renderer.layout(self.scene, QRectF(self.rect()))
        return [int(col.ys.size) for col in layout.columns]

    def move_cursor(self, columns: int = 0, nodes: int = 0) -> tuple[int, int] | None:
        """Move the keyboard cursor ``columns`` layers and ``nodes`` nodes (wrapping), and
        report it as hovered (the inspector shows it)."""
        sizes = self._column_sizes()
        if not any(sizes):
            return None
        col, node = self.cursor_node or (1 if len(sizes) > 1 else 0, 0)
        if columns:
            col = (col + columns) % len(sizes)
            while sizes[col] == 0:
                col = (col + (1 if columns > 0 else -1)) % len(sizes)
        node = (min(node, sizes[col] - 1) + nodes) % sizes[col]
        self.cursor_node = (col, node)
        self.sigNodeHovered.emit(self.cursor_node)
        self.update()
        return self.cursor_node

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return False  # Tab moves between layers here, it does not leave the view

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Up:
            self.move_cursor(nodes=-1)
        elif key == Qt.Key.Key_Down:
            self.move_cursor(nodes=+1)
        elif key == Qt.Key.Key_Tab:
            self.move_cursor(columns=+1)
        elif key == Qt.Key.Key_Backtab:
            self.move_cursor(columns=-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.cursor_node is not None:
            self.sigNodeClicked.emit(self.cursor_node)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()
