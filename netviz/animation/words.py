"""Words the picture shares between the scene builder and the renderer, in the chosen language.

The engine names layers 'hidden 3' and 'output' (names that files, traces and tests rely on);
what the picture shows is translated here, through :func:`netviz.i18n.translate`.
"""

from __future__ import annotations

from netviz.i18n import translate


def fill(template: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` placeholders filled (a translation may put them in another order)."""
    for i, value in reversed(list(enumerate(values, 1))):
        template = template.replace(f"%{i}", str(value))
    return template


def layer_label(name: str) -> str:
    """A layer's name as the picture shows it: 'hidden 3' -> 'verborgen 3' in German."""
    parts = name.split()
    if len(parts) == 2 and parts[0] == "hidden" and parts[1].isdigit():
        return fill(translate("Picture", "hidden %1"), parts[1])
    if name == "input":
        return translate("Picture", "input")
    if name == "output":
        return translate("Picture", "output")
    return name


def list_of(items: list[str]) -> str:
    """Items said as a list in the chosen language: "a, b, c" in English, "a，b，c" in Chinese
    (the catalogue's "%1, %2" says how the language joins one more item to a list)."""
    said = ""
    for item in items:
        said = fill(translate("Picture", "%1, %2", "a list: the items so far, then one more"), said, item) \
            if said else item
    return said


def sentences(first: str, then: str) -> str:
    """Two sentences one after the other, as the language sets them: a space between them in
    English, none after Chinese "。" (the catalogue's "%1 %2")."""
    return fill(translate("Picture", "%1 %2", "two sentences, one after the other"), first, then)
