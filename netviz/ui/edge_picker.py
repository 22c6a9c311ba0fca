"""Edges under the mouse: the edge nearest the pointer is highlighted and reported, a click picks it.

A transparent overlay on the network view (a child widget, so the view and the renderer stay
as they are): it follows the view's mouse through an event filter, asks ``render.edge_pick``
which edge lies under the pointer (a node there is the node's), and draws the hovered and
the picked edge over the picture in the theme's focus colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from netviz.render.edge_pick import edge_at, edge_line
from netviz.ui.network_view import NetworkView

Edge = tuple[int, int, int]  # (bundle, source, target): the trace's layer ``bundle``'s W[source, target]


class EdgePicker(QWidget):
    """Highlights the edge under the mouse (``hovered``) and the one clicked (``picked``)."""

    sigEdgeHovered = Signal(object)  # an Edge, or None
    sigEdgeClicked = Signal(object)  # an Edge

    def __init__(self, view: NetworkView):
        super().__init__(view)
        self.view = view
        self.hovered: Edge | None = None
        self.picked: Edge | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(view.rect())
        view.installEventFilter(self)

    def clear(self) -> None:
        """Nothing hovered or picked (a new run: its edges are other edges)."""
        self.hovered = self.picked = None
        self.update()

    def edge_under(self, point: QPointF) -> Edge | None:
        """The edge under a point of the view, or None (no picture, a node there, no edge near)."""
        view = self.view
        if view.scene is None or view.blanked or view.node_at(point) is not None:
            return None
        layout = view.renderer.layout(view.scene, QRectF(view.rect()))
        return edge_at(layout, float(point.x()), float(point.y()))

    def hover(self, point: QPointF | None) -> Edge | None:
        edge = None if point is None else self.edge_under(point)
        if edge != self.hovered:
            self.hovered = edge
            self.update()
            self.sigEdgeHovered.emit(edge)
        return edge

    def pick(self, edge: Edge | None) -> None:
        self.picked = edge
        self.update()
        if edge is not None:
            self.sigEdgeClicked.emit(edge)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.view.rect())
            elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                self.hover(event.position())
            elif kind == QEvent.Type.Leave:
                self.hover(None)
            elif (kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                  and event.button() == Qt.MouseButton.LeftButton):
                edge = self.edge_under(event.position())
                if edge is not None:
                    self.pick(edge)
        return False  # the view sees every event too (nodes, focus)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        view = self.view
        if view.scene is None or view.blanked or (self.hovered is None and self.picked is None):
            return
        layout = view.renderer.layout(view.scene, QRectF(view.rect()))
        colour = QColor(view.renderer.theme.focus)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            width = max(3.0, layout.edge_width * 2.5)
            for edge, style in ((self.picked, Qt.PenStyle.DashLine), (self.hovered, Qt.PenStyle.SolidLine)):
                line = edge_line(layout, edge) if edge is not None else None
                if line is None:
                    continue
                painter.setPen(QPen(colour, width, style, Qt.PenCapStyle.RoundCap))
                painter.drawLine(QLineF(*line))
        finally:
            painter.end()
