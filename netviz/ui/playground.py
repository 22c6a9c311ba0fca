"""Playground's moves in the window: wires the Playground panel, the input nodes' pictures, the accuracy
header and the boundary switches to the window's lesson, plots and view model.

The window makes one ``Playground(window)`` and calls ``new_run(snapshot)`` when a new run's
first snapshot arrives. Every change goes through the window's own paths (the data set and
seed controls, ``change_setting``), so that a change made here is made as any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from netviz.animation.input_maps import input_picture
from netviz.engine.datasets import DATASET_NAMES, make_dataset
from netviz.engine.features import FEATURE_NAMES, RAW_INPUTS
from netviz.engine.trace import StepTrace
from netviz.engine.weight_edit import SetWeight
from netviz.render.theme import Theme
from netviz.ui import thumbnails
from netviz.ui.edge_picker import Edge, EdgePicker
from netviz.ui.mailbox import Snapshot
from netviz.ui.map_zoom import MapZoom
from netviz.ui.numbers import layer_title
from netviz.ui.playground_panel import DATA_ICON_PX, FEATURE_ICON_PX, PlaygroundPanel
from netviz.ui.weight_editor import WeightEditor, edge_facts

if TYPE_CHECKING:
    from netviz.ui.main_window import MainWindow

THUMBNAIL_SAMPLES = 200  # points in a data set's picture: enough for its shape, cheap to make
EDITOR_REFRESH_MS = 250  # the weight editor's numbers follow the picture this often


class Playground(QObject):
    """Keeps the Playground panel and the picture's Playground parts in line with the run."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.panel = PlaygroundPanel()
        window.controls.insert_box(self.panel, after=window.controls.data_box)
        self._data_key: tuple[object, ...] | None = None  # what the data pictures were drawn from
        p = self.panel
        p.sigDataset.connect(self.choose_dataset)
        p.sigRegenerate.connect(self.regenerate)
        p.sigFeatures.connect(self.choose_features)
        p.sigDiscretize.connect(self._on_discretize)
        p.sigShowTest.connect(self._on_show_test)
        # Edges to hover and click, a weight to type, maps to enlarge: overlays on the view.
        self.edges = EdgePicker(window.view)
        self.zoom = MapZoom(window.view)
        self.editor = WeightEditor()
        layout = window.inspector.layout()
        if layout is not None:
            layout.addWidget(self.editor)
        self.edges.sigEdgeHovered.connect(self._on_edge_hovered)
        self.edges.sigEdgeClicked.connect(self._on_edge_clicked)
        self.editor.sigSetWeight.connect(self.set_weight)
        window.view.sigNodeHovered.connect(self._on_node_hovered)
        window.view.sigNodeClicked.connect(self._on_node_clicked)
        self.editor.sigEdgeChosen.connect(self.edges.pick)
        self._shown: StepTrace | None = None  # the trace the editor's numbers are from
        self._timer = QTimer(self)
        self._timer.setInterval(EDITOR_REFRESH_MS)
        self._timer.timeout.connect(self._refresh_editor)
        self._timer.timeout.connect(self._refresh_zoom)
        self._timer.start()
        # The panel's pictures (~15 ms of data sets and maps) are not part of the first picture:
        # the first run's are drawn with the plots, after the network is on screen.
        self._pictures_due: Snapshot | None = None
        window.plot_panel.when_built(self._on_plots_built)

    # ----- a new run --------------------------------------------------------------------

    def new_run(self, snap: Snapshot) -> None:
        """A new run's data set and network: the input nodes' names and maps, the boundary's
        colour scale, the panel's buttons and pictures."""
        dataset, spec = snap.dataset, snap.network_spec
        self.edges.clear()
        self.editor.clear()
        self.zoom.show_node(None)
        self.window.model.set_inputs(input_picture(dataset, spec.features))
        self.window.plot_panel.set_boundary_options(output=spec.output)
        self._discretize_map()
        two_d = dataset.n_inputs == 2
        self.panel.show_run(dataset.name, spec.features or (RAW_INPUTS if two_d else ()), two_d)
        if self.window.plot_panel.plots is None:  # the network is not on screen yet
            self._pictures_due = snap
        else:
            self._draw_pictures(snap)

    def _on_plots_built(self, _plots: object) -> None:
        snap, self._pictures_due = self._pictures_due, None
        if snap is not None:
            self._draw_pictures(snap)

    def _draw_pictures(self, snap: Snapshot) -> None:
        """The input features' maps (of a 2-D data set) and every data set's picture."""
        dataset = snap.dataset
        if dataset.n_inputs == 2:
            every = input_picture(dataset, FEATURE_NAMES, size=FEATURE_ICON_PX)
            if every is not None:
                self.panel.set_feature_pictures({name: thumbnails.map_image(every.maps[k], FEATURE_ICON_PX)
                                                 for k, name in enumerate(FEATURE_NAMES)})
        self._draw_data_pictures()

    def _draw_data_pictures(self) -> None:
        """Each data set drawn from its own data, with the lesson's seed and noise (redrawn when they change)."""
        lesson = self.window.lesson
        noise = float(lesson.dataset.get("noise", 0.0))
        background = self.window.renderer.theme.background
        key = (lesson.seed, noise, background)
        if key == self._data_key:
            return
        self._data_key = key
        pictures = {}
        for name in DATASET_NAMES:
            data = make_dataset(name, samples=THUMBNAIL_SAMPLES, noise=noise, validation=0.0, seed=lesson.seed)
            pictures[name] = thumbnails.dataset_image(data, DATA_ICON_PX, background)
        self.panel.set_data_pictures(pictures)

    def set_theme(self, theme: Theme) -> None:
        """The window's theme: the panel's checked buttons, and the data pictures' background."""
        self.panel.set_theme(theme)
        if self.window.snapshot is not None and self._pictures_due is None:  # (else drawn soon, in this theme)
            self._draw_data_pictures()

    # ----- the user's choices -----------------------------------------------------------

    @Slot(str)
    def choose_dataset(self, name: str) -> None:
        """Train on another data set (the Data box's own control makes the change)."""
        combo = self.window.controls.dataset
        combo.setCurrentIndex(combo.findData(name))  # by id: the items show translated names

    @Slot()
    def regenerate(self) -> None:
        """New data from the next seed: the run starts again (the Seed control makes the change)."""
        seed = self.window.controls.seed
        seed.setValue(seed.value() + 1 if seed.value() < seed.maximum() else 0)

    @Slot(list)
    def choose_features(self, chosen: list[str]) -> None:
        """Feed these input features (exactly x1, x2: none, the raw inputs); the run starts again."""
        ordered = [name for name in FEATURE_NAMES if name in chosen]
        self.window.change_setting("network", {"features": None if tuple(ordered) == RAW_INPUTS else ordered})

    # ----- edges, weights and maps ------------------------------------------------------

    def node_name(self, column: int, node: int) -> str:
        """How a node is called: its input feature ("sin(X₁)"), else its layer and unit."""
        scene = self.window.view.scene
        if scene is None or not 0 <= column < len(scene.columns):
            return ""
        col = scene.columns[column]
        if col.node_names is not None and node < len(col.node_names):
            return col.node_names[node]
        if column == 0:
            return self.tr("input %1").replace("%1", str(node + 1))
        return self.tr("%1, unit %2").replace("%1", layer_title(col.name)).replace("%2", str(node + 1))

    def edge_name(self, edge: Edge) -> str:
        layer, source, target = edge
        return f"{self.node_name(layer, source)} → {self.node_name(layer + 1, target)}"

    @Slot(object)
    def _on_edge_hovered(self, edge: Edge | None) -> None:
        trace = self.window.model.trace_shown()
        if edge is None or trace is None:
            QToolTip.hideText()
            return
        weight, grad = edge_facts(trace, edge)
        text = self.tr("%1\nw = %2 · dL/dW = %3\nClick to set the weight").replace("%1", self.edge_name(edge))
        QToolTip.showText(QCursor.pos(), text.replace("%2", f"{weight:.4g}").replace("%3", f"{grad:.3g}"),
                          self.window.view)

    @Slot(object)
    def _on_edge_clicked(self, edge: Edge) -> None:
        self._shown = self.window.model.trace_shown()
        self.editor.show_edge(self._shown, edge, self.edge_name(edge))
        self.window.inspector_dock.show()
        self.window.inspector_dock.raise_()  # tabbed with the controls on a narrow screen

    @Slot(object)
    def _on_node_clicked(self, node: tuple[int, int]) -> None:
        """A unit clicked or chosen with the keyboard (Enter): its incoming weights to pick from."""
        column, unit = node
        scene = self.window.view.scene
        if column == 0 or scene is None or column >= len(scene.columns):
            self.editor.show_incoming([])
            return
        sources = scene.columns[column - 1].units
        edges = [(column - 1, source, unit) for source in range(sources)]
        self.editor.show_incoming([(edge, self.edge_name(edge)) for edge in edges])

    @Slot(object)
    def set_weight(self, edit: SetWeight) -> None:
        """Set a weight by hand: applied between two steps; the picture shows it at once."""
        self.window.worker.edit(edit)
        self.window.statusBar().showMessage(self.tr("Weight set: training goes on from it"), 4000)

    def _refresh_editor(self) -> None:
        """The editor's numbers follow the picture (a step, an edit); the box keeps what is being typed."""
        edge = self.editor.edge
        trace = self.window.model.trace_shown()
        if edge is None or trace is None or trace is self._shown:
            return
        self._shown = trace
        typing = self.editor.value.hasFocus()
        value = self.editor.value.value()
        self.editor.show_edge(trace, edge, self.edge_name(edge))
        if typing:
            self.editor.value.setValue(value)

    def _refresh_zoom(self) -> None:
        """The enlarged map follows the picture (training goes on, the display changes, B blanks)."""
        node = self.zoom.node
        if node is not None:
            self.zoom.show_node(node, self.node_name(*node))

    @Slot(object)
    def _on_node_hovered(self, node: tuple[int, int] | None) -> None:
        self.zoom.show_node(node, self.node_name(*node) if node is not None else "")

    @Slot(bool)
    def _on_discretize(self, on: bool) -> None:
        self.window.plot_panel.set_boundary_options(discretize=on)
        self._discretize_map()

    def _discretize_map(self) -> None:
        """The output node's map follows the boundary plot's "Discretize output"."""
        snap = self.window.snapshot
        on = self.panel.discretize.isChecked() and snap is not None
        self.window.model.set_discretize_output(snap.network_spec.output if on and snap is not None else None)

    @Slot(bool)
    def _on_show_test(self, on: bool) -> None:
        self.window.plot_panel.set_boundary_options(show_test=on)
