"""Side by side, the teaching move "the same network, the same data, the same seed, with and
without the fix": the two lessons, the two sides' titles, and one colour scale for both (no Qt).

The two runs are the lesson as loaded and the lesson with one fix; everything else (seed,
data, initial weights where the shapes allow) is the lesson's own, so each side trains
exactly as it would alone. Their pictures share the node colour range (the union of both
sides' ranges) and the edge range (the larger), so a colour means the same number on both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from netviz.engine.lessons import Lesson
from netviz.i18n import translate

from .scene import SceneState
from .view_options import ViewState, build_scene


@dataclass(frozen=True)
class ScenePair:
    """The two sides of a compare frame: ``left`` the original, ``right`` the fix."""

    left: SceneState
    right: SceneState

    @property
    def step(self) -> int:
        return max(self.left.step, self.right.step)

    @property
    def title(self) -> str:
        return f"{self.left.title} | {self.right.title}"


def compare_lessons(lesson: Lesson, fix: str) -> tuple[Lesson, Lesson]:
    """(the lesson as loaded, the lesson with ``fix``): LessonError names an unknown fix."""
    base = lesson.without_fix()
    return base, base.with_fix(fix)


def _describe(key: str, value: Any) -> str | None:
    """A setting's value as the original side's title says it ("sigmoid", "no batch norm"), or
    None for a setting not worth naming (unset, and implied by another)."""
    if key == "hidden" and isinstance(value, (list, tuple)):
        return translate("Compare", "layers %1").replace("%1", ", ".join(str(v) for v in value))
    if value is None:
        return _UNSET.get(key)
    if key == "frozen":
        return translate("Compare", "frozen layers") if value else translate("Compare", "no frozen layers")
    if isinstance(value, (list, tuple)):
        distinct = list(dict.fromkeys(value))
        value = distinct[0] if len(distinct) == 1 else "/".join(str(v) for v in distinct)
    if key == "activation":
        return str(value)
    if key == "batch_norm":
        return translate("Compare", "batch norm") if value else translate("Compare", "no batch norm")
    if key == "learning_rate":
        return translate("Compare", "learning rate %1").replace("%1", f"{value:g}")
    if key == "clip_norm":
        return translate("Compare", "clipping at %1").replace("%1", f"{value:g}")
    if key == "dropout":
        return translate("Compare", "dropout %1").replace("%1", f"{float(value):.1f}")
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{key.replace('_', ' ')} {shown}"


def side_titles(lesson: Lesson, fix: str) -> tuple[str, str]:
    """("Original: sigmoid", "Fix: ReLU"): the original side names its values of the settings
    the fix changes; a counter-example's side says "Compare:" instead of "Fix:"."""
    base = lesson.without_fix()
    chosen = base.fixes[fix]
    described = []
    for table, overrides in chosen.overrides.items():
        current = getattr(base, table, None) or {}
        for key in overrides:
            words = _describe(key, current.get(key, _DEFAULTS.get(key)))
            if words is not None:
                described.append(words)
    original = translate("Compare", "Original: %1").replace("%1", ", ".join(described) or base.title)
    if chosen.counter_example:
        right = translate("Compare", "Compare: %1").replace("%1", chosen.title)
    else:
        right = translate("Compare", "Fix: %1").replace("%1", chosen.title)
    return original, right


# The value a lesson has when it leaves a setting out (engine.settings' defaults for the
# settings a fix changes).
_DEFAULTS: dict[str, Any] = {"batch_norm": False, "dropout": 0.0}
_UNSET = {"clip_norm": translate("Compare", "no clipping"), "patience": translate("Compare", "no early stopping"),
          "features": translate("Compare", "raw inputs")}


def shared_scale_note(pair: ScenePair) -> str:
    """The legend line that says which scale both sides share."""
    lo, hi = pair.left.node_range
    if pair.left.node_quantity == "gradient":
        nodes = translate("Compare", "|dL/dz| 1e%1 to 1e%2").replace("%1", f"{lo:+.0f}").replace("%2", f"{hi:+.0f}")
    else:
        nodes = translate("Compare", "activation %1 to %2").replace("%1", f"{lo:.2g}").replace("%2", f"{hi:.2g}")
    edges = translate("Compare", "|%1| up to %2").replace(
        "%1", "W" if pair.left.edge_quantity == "weight" else "dL/dW").replace("%2", f"{pair.left.edge_range:.2g}")
    return translate("Compare", "One colour scale for both sides: %1; edges %2").replace("%1", nodes).replace(
        "%2", edges)


def share_scale(left: SceneState, right: SceneState) -> ScenePair:
    """Both scenes on one colour scale: the union of their node ranges (when they show the same
    quantity), the larger edge range. Each side's caption becomes the note that says so."""
    # A side that diverged (its loss no longer a number) does not stretch the scale: its values
    # are overflow, and would leave the other side's colours all at one end.
    if _diverged(left) != _diverged(right):
        healthy = right if _diverged(left) else left
        left, right = (replace(left, node_range=healthy.node_range, edge_range=healthy.edge_range),
                       replace(right, node_range=healthy.node_range, edge_range=healthy.edge_range))
    node_range_l, node_range_r = left.node_range, right.node_range
    if left.node_quantity == right.node_quantity:
        lo = _finite_min(left.node_range[0], right.node_range[0])
        hi = _finite_max(left.node_range[1], right.node_range[1])
        if lo is not None and hi is not None and hi > lo:
            node_range_l = node_range_r = (lo, hi)
    edge_l, edge_r = left.edge_range, right.edge_range
    if left.edge_quantity == right.edge_quantity:
        edge = _finite_max(left.edge_range, right.edge_range)
        if edge is not None and edge > 0:
            edge_l = edge_r = edge
    pair = ScenePair(replace(left, node_range=node_range_l, edge_range=edge_l),
                     replace(right, node_range=node_range_r, edge_range=edge_r))
    note = shared_scale_note(pair)
    return ScenePair(replace(pair.left, caption=note), replace(pair.right, caption=note))


def compare_scenes(left: tuple[Any, ViewState], right: tuple[Any, ViewState]) -> ScenePair:
    """The settled pictures of two (trace, view) sides on one colour scale."""
    return share_scale(build_scene(*left), build_scene(*right))


def _diverged(scene: SceneState) -> bool:
    return scene.banner is not None or (scene.loss is not None and not math.isfinite(scene.loss))


def _finite_min(a: float, b: float) -> float | None:
    values = [float(v) for v in (a, b) if math.isfinite(float(v))]
    return min(values) if values else None


def _finite_max(a: float, b: float) -> float | None:
    values = [float(v) for v in (a, b) if math.isfinite(float(v))]
    return max(values) if values else None
