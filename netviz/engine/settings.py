"""Each setting described once: its type, default, valid range or choices, label, unit, and whether it changes live.

A spec dataclass declares a field with ``setting(...)``; ``settings_of(SpecClass)`` reads the
declarations back, ``check`` validates a value against one, and ``validate(spec)`` checks every
declared field of a spec. The lesson loader derives its schema and defaults from them, and the
window derives its controls (range, step, decimals, label, choices) from them, so a new setting
is written in one place.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any

_KEY = "netviz.setting"  # the dataclass field metadata key that holds a Setting


class SpecError(ValueError):
    """A setting that cannot be used; ``field`` names it, ``reason`` says why."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class Setting:
    """What one setting is.

    ``name`` is what a lesson file and the window call it (``optimizer`` for OptimizerSpec.kind).
    ``low``/``high`` bound a number (``low_open``/``high_open``: the bound itself is refused).
    ``shown`` is the range the window's control offers where it is narrower than the valid range
    (a learning rate of 1e5 is valid, no slider needs it). ``suggested`` is what a control shows
    for an optional setting that is off (``clip_norm``) or has a per-data-set default (``samples``).
    ``lesson`` False: derived, not written in a lesson (``inputs`` comes from the data set).
    ``live``: can change between two training steps without rebuilding the network.
    ``each_of``: a list setting (input features): its value is a tuple of distinct names,
    at least one, each one of these, in the order chosen; ``kind`` is the kind of a name.
    """

    name: str
    kind: type  # int, float, str or bool
    label: str
    default: Any = None  # the field's default, filled in by settings_of (MISSING: required)
    unit: str = ""
    short: str = ""  # a column heading, where the label is too long for one
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    choices: tuple[str, ...] = ()
    each_of: tuple[str, ...] = ()
    optional: bool = False  # None is allowed and means "off" (or "the data set's own")
    live: bool = False
    lesson: bool = True
    shown: tuple[float, float] | None = None
    step: float = 1
    decimals: int = 0
    log_scale: bool = False  # spans decades: a control steps by a share of the value
    suggested: Any = None

    @property
    def required(self) -> bool:
        return self.default is MISSING

    @property
    def heading(self) -> str:
        return self.short or self.label

    @property
    def shown_range(self) -> tuple[float, float] | None:
        """The range a control offers: ``shown``, else the valid range (None where unbounded)."""
        if self.shown is not None:
            return self.shown
        if self.low is None or self.high is None:
            return None
        return (self.low, self.high)

    def describe(self) -> str:
        """One line for a tooltip or a table: label, valid values and unit, live or not."""
        if self.choices:
            values = ", ".join(self.choices)
        elif self.each_of:
            values = "any of " + ", ".join(self.each_of)
        elif self.kind is bool:
            values = "on or off"
        else:
            low = "" if self.low is None else f"{'>' if self.low_open else '>='} {self.low:g}"
            high = "" if self.high is None else f"{'<' if self.high_open else '<='} {self.high:g}"
            values = ", ".join(part for part in (low, high) if part) or "any"
            values += f" {self.unit}" if self.unit else ""
        when = "changes between steps" if self.live else "restarts the run"
        return f"{self.label}: {values}{' (optional)' if self.optional else ''}; {when}"


def setting(default: Any, **description: Any) -> Any:
    """A dataclass field with a default, declared as a setting:
    ``noise: float = setting(0.0, kind=float, label="Noise", low=0.0, high=1.0)``."""
    return field(default=default, metadata=declare(**description))


def declare(**description: Any) -> dict[str, Setting]:
    """Field metadata declaring a setting; a required one is ``x: int = field(metadata=declare(...))``
    (type checkers know a plain ``field()`` without a default is required, not so ``setting()``).
    The Setting's ``name`` and ``default`` come from the field unless given (filled in by ``settings_of``)."""
    return {_KEY: Setting(name=description.pop("name", ""), **description)}


def settings_of(spec_class: type) -> dict[str, Setting]:
    """The declared settings of a spec dataclass (or instance), by attribute name, in field order."""
    found = {}
    for f in fields(spec_class):
        declared = f.metadata.get(_KEY)
        if declared is not None:
            found[f.name] = replace(declared, name=declared.name or f.name, default=f.default)
    return found


def by_name(*spec_classes: type, lesson_only: bool = False) -> dict[str, Setting]:
    """Settings of several spec classes by their public (lesson) name, in declaration order."""
    return {s.name: s for cls in spec_classes for s in settings_of(cls).values() if s.lesson or not lesson_only}


def validate(spec: Any, prefix: str = "") -> None:
    """Check every declared field of ``spec``; SpecError names the first wrong one (``prefix`` + name)."""
    for attr, declared in settings_of(spec).items():
        check(declared, getattr(spec, attr), prefix + declared.name)


def check(declared: Setting, value: Any, name: str | None = None) -> None:
    """Raise SpecError(name, reason) unless ``value`` is valid for the setting."""
    name = name or declared.name
    if value is None and declared.optional:
        return
    if declared.each_of:
        _check_each(declared, value, name)
    elif declared.kind is bool:
        if not isinstance(value, bool):
            raise SpecError(name, f"must be true or false, got {value!r}")
    elif declared.choices:
        if value not in declared.choices:
            raise SpecError(name, f"unknown {value!r} (known: {', '.join(declared.choices)})")
    elif declared.kind is str:
        if not isinstance(value, str):
            raise SpecError(name, f"must be text, got {value!r}")
    elif declared.kind is int:
        _check_whole(declared, value, name)
    else:
        _check_number(declared, value, name)


def _check_each(declared: Setting, value: Any, name: str) -> None:
    if not isinstance(value, tuple) or not value:
        raise SpecError(name, f"must be a list of at least one of {', '.join(declared.each_of)}, got {value!r}")
    for item in value:
        if item not in declared.each_of:
            raise SpecError(name, f"unknown {item!r} (known: {', '.join(declared.each_of)})")
    if len(set(value)) != len(value):
        twice = next(item for item in value if value.count(item) > 1)
        raise SpecError(name, f"names {twice!r} twice")


def _check_whole(declared: Setting, value: Any, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SpecError(name, f"must be a whole number, got {value!r}")
    low, high = declared.low, declared.high
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            raise SpecError(name, f"must be between {low} and {high}, got {value}")
        bound = f"at least {low}" if low is not None else f"at most {high}"
        raise SpecError(name, f"must be {bound}, got {value}")


def _check_number(declared: Setting, value: Any, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SpecError(name, f"must be a finite number, got {value!r}")
    low, high = declared.low, declared.high
    if low is not None and (value < low or (declared.low_open and value == low)):
        raise SpecError(name, f"must be {'greater than' if declared.low_open else 'at least'} {low}, got {value}")
    if high is not None and (value > high or (declared.high_open and value == high)):
        raise SpecError(name, f"must be {'below' if declared.high_open else 'at most'} {high}, got {value}")


def coerce(declared: Setting, value: Any) -> Any:
    """A valid file value as the spec holds it: a whole number is a fine float (2 -> 2.0),
    a list of a list setting a tuple."""
    if declared.each_of and isinstance(value, list):
        return tuple(value)
    if declared.kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
