"""Numbers as the widgets show them: in the language's decimal sign (QLocale), four significant digits.

Equations and the picture keep the universal form (1.5e-7, dL/dz); the widgets' numbers follow
the language chosen (0,25 in German), with no group separators inside a short figure.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale


def figure(value: float, digits: int = 4) -> str:
    """``value`` to ``digits`` significant digits ("nan" and "inf" as Python writes them)."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "g", digits)


def percent(fraction: float) -> str:
    """``fraction`` as a whole percentage in the language's way of writing it (50 %, %50, 50%)."""
    return QCoreApplication.translate("Numbers", "{number}%").format(number=QLocale().toString(round(fraction * 100)))


def layer_title(name: str) -> str:
    """An engine layer name ("hidden 3", "output") in the window's language."""
    if name.startswith("hidden "):
        return QCoreApplication.translate("MainWindow", "hidden {number}").format(number=name.removeprefix("hidden "))
    if name == "output":
        return QCoreApplication.translate("MainWindow", "output")
    return name
