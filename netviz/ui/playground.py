"""Playground's moves in the window: wires the Playground panel, the input nodes' pictures, the accuracy
header and the boundary switches to the window's lesson, plots and view model.

The window makes one ``Playground(window)`` and calls ``new_run(snapshot)`` when a new run's
first snapshot arrives. Every change goes through the window's own paths (the data set and
seed controls, ``change_setting``), so that a change made here is made as any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from netviz.animation.input_maps import input_picture
from netviz.engine.datasets import DATASET_NAMES, make_dataset
from netviz.engine.features import FEATURE_NAMES, RAW_INPUTS
from netviz.render.theme import Theme
from netviz.ui import thumbnails
from netviz.ui.mailbox import Snapshot
from netviz.ui.playground_panel import DATA_ICON_PX, FEATURE_ICON_PX, PlaygroundPanel

if TYPE_CHECKING:
    from netviz.ui.main_window import MainWindow

THUMBNAIL_SAMPLES = 200  # points in a data set's picture: enough for its shape, cheap to make


class Playground(QObject):
    """Keeps the Playground panel and the picture's Playground parts in line with the run."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.panel = PlaygroundPanel()
        window.controls.insert_box(self.panel, after=window.controls.data_box)
        window.model.accuracy = True
        self._data_key: tuple[object, ...] | None = None  # what the data pictures were drawn from
        p = self.panel
        p.sigDataset.connect(self.choose_dataset)
        p.sigRegenerate.connect(self.regenerate)
        p.sigFeatures.connect(self.choose_features)
        p.sigDiscretize.connect(self._on_discretize)
        p.sigShowTest.connect(self._on_show_test)

    # ----- a new run --------------------------------------------------------------------

    def new_run(self, snap: Snapshot) -> None:
        """A new run's data set and network: the input nodes' names and maps, the boundary's
        colour scale, the panel's buttons and pictures."""
        dataset, spec = snap.dataset, snap.network_spec
        self.window.model.set_inputs(input_picture(dataset, spec.features))
        self.window.plots.set_boundary_options(output=spec.output)
        two_d = dataset.n_inputs == 2
        self.panel.show_run(dataset.name, spec.features or (RAW_INPUTS if two_d else ()), two_d)
        if two_d:
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
        if self.window.snapshot is not None:
            self._draw_data_pictures()

    # ----- the user's choices -----------------------------------------------------------

    @Slot(str)
    def choose_dataset(self, name: str) -> None:
        """Train on another data set (the Data box's own control makes the change)."""
        self.window.controls.dataset.setCurrentText(name)

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

    @Slot(bool)
    def _on_discretize(self, on: bool) -> None:
        self.window.plots.set_boundary_options(discretize=on)

    @Slot(bool)
    def _on_show_test(self, on: bool) -> None:
        self.window.plots.set_boundary_options(show_test=on)
