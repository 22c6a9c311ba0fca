"""Each setting is declared once: the spec's validation, the lesson loader's schema and defaults,
and make_dataset's bounds all follow the declarations."""

from __future__ import annotations

import math
from dataclasses import fields

import pytest

from netviz.engine.datasets import DatasetError, make_dataset
from netviz.engine.lessons import LessonError, lesson_from_dict
from netviz.engine.settings import Setting, by_name, check, settings_of
from netviz.engine.spec import DataSpec, LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec

SPECS = (DataSpec, LayerSpec, NetworkSpec, OptimizerSpec, TrainSpec)
# Which lesson table holds each spec's settings (LayerSpec's go to [network], per layer or as a list).
TABLE_OF = {DataSpec: "dataset", LayerSpec: "network", NetworkSpec: "network", OptimizerSpec: "training",
            TrainSpec: "training"}


def minimal_lesson(**tables):
    data = {"title": "t", "caption": "c", "dataset": {"name": "circle", "samples": 40},
            "network": {"hidden": [3]}, "training": {}}
    for key, table in tables.items():
        data[key] = {**data[key], **table}
    return data


def all_settings():
    return [(cls, attr, s) for cls in SPECS for attr, s in settings_of(cls).items()]


def beyond(s: Setting) -> list[float]:
    """Values just outside the declared bounds."""
    out = []
    if s.low is not None:
        out.append(s.low if s.low_open else (s.low - 1 if s.kind is int else s.low - 1e-3))
    if s.high is not None:
        out.append(s.high if s.high_open else (s.high + 1 if s.kind is int else s.high * 1.001 + 1e-3))
    return out


def test_every_field_but_structure_is_declared_with_a_label_and_a_kind():
    undeclared = {(cls.__name__, f.name) for cls in SPECS for f in fields(cls)} - {
        (cls.__name__, attr) for cls, attr, _ in all_settings()}
    assert undeclared == {("NetworkSpec", "hidden"), ("TrainSpec", "optimizer")}  # nested specs, not settings
    for _, _, s in all_settings():
        assert s.label and s.kind in (int, float, str, bool)
        assert s.required or s.optional or s.default is not None


@pytest.mark.parametrize("cls, attr, s", all_settings(), ids=lambda v: getattr(v, "name", None) or str(v))
def test_a_declared_default_is_valid_and_values_beyond_its_bounds_are_not(cls, attr, s):
    if not s.required:
        check(s, s.default)
    if s.suggested is not None:
        check(s, s.suggested)
    if s.shown is not None:  # what a control offers is valid
        check(s, s.shown[0])
        check(s, s.shown[1])
    for value in beyond(s):
        with pytest.raises(SpecError) as info:
            check(s, value)
        assert info.value.field == s.name
    for choice in s.choices:
        check(s, choice)


def test_the_loader_fills_what_a_lesson_leaves_out_with_the_declared_defaults():
    lesson = lesson_from_dict(minimal_lesson())
    dataset = lesson.make_dataset()
    net, train = lesson.network_spec(dataset), lesson.train_spec()
    for spec in (net, net.hidden[0], train, train.optimizer):
        for attr, s in settings_of(spec).items():
            if s.lesson and not s.required:
                assert getattr(spec, attr) == s.default, attr
    defaults = {attr: s.default for attr, s in settings_of(DataSpec).items() if attr not in ("name", "samples")}
    same = make_dataset("circle", samples=40, seed=lesson.seed, **defaults)
    assert (dataset.x_train == same.x_train).all() and (dataset.x_val == same.x_val).all()


@pytest.mark.parametrize("cls", SPECS, ids=lambda c: c.__name__)
def test_the_loader_knows_exactly_the_declared_lesson_fields(cls):
    table = TABLE_OF[cls]
    with pytest.raises(LessonError) as info:
        lesson_from_dict(minimal_lesson(**{table: {"no_such_field": 1}}))
    known = set(info.value.reason.partition("(known: ")[2].rstrip(")").split(", "))

    def lesson_names(spec_class):  # a lesson lists the layer widths as "hidden"
        return {"hidden" if s.name == "units" else s.name for s in by_name(spec_class, lesson_only=True).values()}

    assert lesson_names(cls) <= known
    assert known == set().union(*(lesson_names(c) for c in SPECS if TABLE_OF[c] == table))


@pytest.mark.parametrize(
    "cls, attr, s",
    [(cls, attr, s) for cls, attr, s in all_settings() if s.lesson and cls is not DataSpec and beyond(s)],
    ids=lambda v: getattr(v, "name", None) or str(v),
)
def test_the_loader_refuses_a_value_beyond_a_declared_bound_and_names_the_field(cls, attr, s):
    table = TABLE_OF[cls]
    for value in beyond(s):
        if cls is LayerSpec and s.name == "units":
            data, where = minimal_lesson(network={"hidden": [value]}), "network.hidden[0]"
        else:
            data, where = minimal_lesson(**{table: {s.name: value}}), f"{table}.{s.name}"
        with pytest.raises(LessonError) as info:
            lesson_from_dict(data, source="bounds.toml")
        assert info.value.field == where, str(info.value)


def test_a_lesson_holds_to_the_widths_the_window_draws():
    units = settings_of(LayerSpec)["units"]
    assert units.shown is not None and units.shown[1] < units.high
    lesson_from_dict(minimal_lesson(network={"hidden": [units.shown[1]]}))
    with pytest.raises(LessonError, match=rf"between 1 and {units.shown[1]}, got {units.shown[1] + 1}"):
        lesson_from_dict(minimal_lesson(network={"hidden": [units.shown[1] + 1]}))
    LayerSpec(units.shown[1] + 1)  # the engine itself takes wider layers


@pytest.mark.parametrize("attr", ["noise", "validation", "samples"])
def test_make_dataset_bounds_are_the_declared_ones(attr):
    s = settings_of(DataSpec)[attr]
    for edge in (s.low, s.high):
        make_dataset("circle", **{"samples": 40, attr: edge})
    for value in beyond(s):
        with pytest.raises(DatasetError, match=f"^{attr}: "):
            make_dataset("circle", **{"samples": 40, attr: value})
    assert {n for n in settings_of(DataSpec)["name"].choices} >= {"circle", "xor", "digits"}


def test_validation_messages_keep_their_wording():
    optimizer = settings_of(OptimizerSpec)
    with pytest.raises(SpecError, match=r"^learning_rate: must be greater than 0\.0, got -1$"):
        OptimizerSpec(learning_rate=-1)
    with pytest.raises(SpecError, match=r"^momentum: must be below 1, got 1\.0$"):
        OptimizerSpec(momentum=1.0)
    with pytest.raises(SpecError, match=r"^optimizer: unknown 'rmsprop' \(known: sgd, momentum, adam\)$"):
        OptimizerSpec(kind="rmsprop")
    with pytest.raises(SpecError, match=r"^hidden\[1\]\.units: must be between 1 and 4096, got 0$"):
        NetworkSpec(2, (LayerSpec(3), LayerSpec(0)))
    with pytest.raises(SpecError, match=r"^batch_size: must be a whole number, got 2\.5$"):
        TrainSpec(batch_size=2.5)
    with pytest.raises(SpecError, match=r"^hidden\[0\]\.batch_norm: must be true or false, got 1$"):
        NetworkSpec(2, (LayerSpec(3, batch_norm=1),))
    with pytest.raises(SpecError, match="must be a finite number, got nan"):
        OptimizerSpec(l2=math.nan)
    assert optimizer["clip_norm"].optional and OptimizerSpec(clip_norm=None).clip_norm is None


def test_the_live_settings_are_declared_so():
    live = {s.name for cls in SPECS for s in by_name(cls).values() if s.live}
    assert live == {"optimizer", "learning_rate", "momentum", "l1", "l2", "clip_norm", "batch_size", "dropout"}


def test_a_description_says_range_unit_and_liveness():
    assert settings_of(TrainSpec)["batch_size"].describe() == "Batch size: >= 1 examples; changes between steps"
    assert settings_of(OptimizerSpec)["clip_norm"].describe() == (
        "Gradient clipping: > 0, <= 1e+12 gradient norm (optional); changes between steps")
    assert settings_of(NetworkSpec)["init"].describe().startswith("Initializer: glorot")
