"""The animation core stays free of Qt: it runs headless, for the live view and the video export alike."""

import subprocess
import sys


def test_animation_imports_no_qt_or_pyqtgraph():
    code = (
        "import sys, pkgutil, importlib, netviz.animation\n"
        "for m in pkgutil.walk_packages(netviz.animation.__path__, 'netviz.animation.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"netviz.animation pulled in: {out.stdout.strip()}"
