"""The engine must stay free of Qt: it runs headless, in tests and in the CLI."""

import subprocess
import sys


def test_engine_imports_no_qt_or_pyqtgraph():
    code = (
        "import sys, pkgutil, importlib, netviz.engine\n"
        "for m in pkgutil.walk_packages(netviz.engine.__path__, 'netviz.engine.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"netviz.engine pulled in: {out.stdout.strip()}"
