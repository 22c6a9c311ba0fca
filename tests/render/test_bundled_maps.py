"""The colour maps read from pyqtgraph's files are pyqtgraph's own, byte for byte, without importing it."""

import subprocess
import sys

import numpy as np
import pytest
from pyqtgraph import colormap

from netviz.render import bundled_maps

EVERY_MAP = sorted({path.stem for path in bundled_maps.maps_folder().iterdir()
                    if path.suffix in bundled_maps.SUFFIXES})


@pytest.mark.parametrize("name", EVERY_MAP)
def test_every_bundled_map_samples_as_pyqtgraph_does(name):
    positions = np.concatenate([np.linspace(-0.1, 1.1, 301), (np.arange(64) + 0.5) / 64])
    expected = np.asarray(colormap.get(name).map(positions, mode="byte"))
    assert np.array_equal(bundled_maps.sample(name, positions), expected)
    assert np.array_equal(bundled_maps.color_stops(name), colormap.get(name).getStops("byte")[1])


def test_the_maps_the_picture_uses_are_there():
    assert {"viridis", "CET-D1", "CET-D1A"} <= set(EVERY_MAP)


def test_an_unknown_map_is_named_in_the_error():
    with pytest.raises(FileNotFoundError, match="'no-such-map'"):
        bundled_maps.color_stops("no-such-map")


def test_reading_a_map_does_not_import_pyqtgraph():
    code = ("import sys; from netviz.render import colors; colors.lookup_table('viridis', 8); "
            "print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
