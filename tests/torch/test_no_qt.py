"""netviz.torch imports PyTorch and netviz.engine only: no Qt, nothing drawn."""

import subprocess
import sys

import pytest

pytest.importorskip("torch")


def test_the_bridge_imports_only_torch_and_the_engine():
    code = (
        "import sys, pkgutil, importlib, netviz.torch\n"
        "for m in pkgutil.walk_packages(netviz.torch.__path__, 'netviz.torch.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')\n"
        "             or n.startswith(('netviz.animation', 'netviz.render', 'netviz.ui', 'netviz.export')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"netviz.torch pulled in: {out.stdout.strip()}"
