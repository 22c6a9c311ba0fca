"""Lessons as data: load, validate and build the TOML files under resources/lessons/.

A lesson file holds a network, a data set, training settings, a seed, captions, and
one or more fixes (overrides of the same tables). Loading checks every field; any
problem raises LessonError naming the file, the field and the reason.
"""

from __future__ import annotations

import copy
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..i18n import LANGUAGES, current_language
from ..resources import resource_path
from . import lesson_schema
from .dataset_types import TASK_OUTPUTS, Dataset
from .datasets import DatasetError, make_dataset
from .features import input_count
from .files import FileRefused, open_regular
from .lesson_data import csv_dataset
from .lesson_schema import LessonError
from .lesson_text import ENGLISH, LessonTexts, LocalText, TextError, fallback_note
from .settings import check, coerce, settings_of
from .spec import LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec, check_batch_norm_batch
from .trainer import Trainer

# Steps one run may train (a lesson's training.steps and transfer.steps, `train --steps`,
# an export's last step): the history keeps about 1.5 KB a step (150 MB here), and at a
# few milliseconds a step that is minutes of training, not the days an unbounded number
# (9223372036854775807) would silently take.
MAX_RUN_STEPS = 100_000
MAX_FOLDER_LESSONS = 200  # a user's lessons folder: the picker lists at most this many
MAX_LESSON_BYTES = 1024 * 1024  # a lesson is a page of text; the built-ins are about 2 KB


class _Worded:
    """What a lesson and a fix share: their title, caption and watch line in every language
    the file carries (``texts``), or in English only, from the three strings, when none were given."""

    title: str
    caption: str
    watch: str
    texts: LessonTexts | None

    def __post_init__(self) -> None:
        if self.texts is None:
            object.__setattr__(self, "texts", _english_texts(self.title, self.caption, self.watch))

    @property
    def all_texts(self) -> LessonTexts:
        assert self.texts is not None  # set in __post_init__
        return self.texts


@dataclass(frozen=True)
class Fix(_Worded):
    """A named change to a lesson (its remedy, or a variant to compare with)."""

    name: str
    title: str
    caption: str
    overrides: dict[str, dict[str, Any]]
    counter_example: bool = False  # shown as "Compare: ...", apart from the fixes
    watch: str = ""  # what to watch with this fix applied; "" keeps the lesson's
    # The words in every language the file carries; title, caption and watch above are
    # these in one language. None: English only, taken from the three strings.
    texts: LessonTexts | None = None

    def in_language(self, language: str) -> Fix:
        """This fix with its words in ``language`` (English where it has none)."""
        t = self.all_texts
        return replace(self, title=t.title.text(language), caption=t.caption.text(language),
                       watch=t.watch.text(language))


@dataclass(frozen=True)
class Lesson(_Worded):
    """A validated lesson; ``build()`` makes its Trainer (with a fix applied, if named)."""

    name: str
    title: str
    caption: str
    watch: str
    seed: int
    dataset: dict[str, Any]
    network: dict[str, Any]
    training: dict[str, Any]
    transfer: dict[str, Any] | None
    fixes: dict[str, Fix] = field(default_factory=dict)
    source: str = ""
    fix_applied: str | None = None
    # The words in every language the file carries (a fix's joined in once applied); title,
    # caption and watch above are these in ``language``. None: English only, from the strings.
    texts: LessonTexts | None = None
    language: str = ENGLISH
    # The lesson as loaded, before a fix or a change: what "Original" and another fix start
    # from. Kept as the object itself, never looked up again by name (a lesson file outside
    # the lessons folder, or one named like a built-in, would be lost or swapped).
    original: Lesson | None = field(default=None, repr=False, compare=False)

    def in_language(self, language: str) -> Lesson:
        """This lesson (its fixes and its original too) with its words in ``language``, English
        where the file has none (``missing_languages`` says where)."""
        if language not in LANGUAGES:
            raise LessonError(self.source, "language", f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
        t = self.all_texts
        return replace(self, title=t.title.text(language), caption=t.caption.text(language),
                       watch=t.watch.text(language), language=language,
                       fixes={name: fix.in_language(language) for name, fix in self.fixes.items()},
                       original=None if self.original is None else self.original.in_language(language))

    def missing_languages(self) -> list[str]:
        """Each text and language this lesson has no words in: ``["caption.tr", "fixes.relu.title.zh"]``."""
        missing = self.all_texts.missing()
        for name, fix in self.fixes.items():
            missing += fix.all_texts.missing(f"fixes.{name}.")
        return missing

    def fallback_note(self) -> str:
        """A line saying the lesson is shown in English, when the file has no text in its
        language (a teacher's own lesson written in English only); "" otherwise."""
        return fallback_note(self.all_texts, self.language)

    def without_fix(self) -> Lesson:
        """The lesson as it was loaded: no fix applied and no setting changed."""
        return self.original if self.original is not None else self

    def with_fix(self, name: str) -> Lesson:
        """This lesson with a fix applied: a Lesson whose tables carry the overrides."""
        if name not in self.fixes:
            known = ", ".join(self.fixes) or "none"
            raise LessonError(self.source, "fix", f"unknown fix {name!r} for lesson {self.name!r} (known: {known})")
        fix = self.fixes[name]
        tables = {key: {**getattr(self, key), **fix.overrides.get(key, {})} for key in lesson_schema.TABLES}
        mine, its = self.all_texts, fix.all_texts
        texts = LessonTexts(title=mine.title.joined_title(its.title), caption=its.caption,
                            watch=its.watch or mine.watch)
        lesson = Lesson(
            name=self.name, title=texts.title.text(self.language), caption=fix.caption,
            watch=fix.watch or self.watch, seed=self.seed, transfer=self.transfer, fixes=self.fixes,
            source=self.source, fix_applied=name, texts=texts, language=self.language, **tables,
            original=self.without_fix(),
        )
        _check_buildable(lesson, f"fixes.{name}.")
        return lesson

    def with_changes(self, *, seed: int | None = None, **tables: dict[str, Any]) -> Lesson:
        """This lesson with some fields of its dataset, network or training tables changed
        (a value of None removes the field, e.g. clip_norm), validated as a file would be
        (LessonError names the field)."""
        merged: dict[str, Any] = {}  # (Any: passed as keywords, with others of other types)
        for key in lesson_schema.TABLES:
            changes = tables.pop(key, {})
            if key == "dataset" and changes.get("name") is not None and "csv" not in changes:
                changes = {**changes, "csv": None, "target": None}  # a built-in data set chosen replaces a CSV
            lesson_schema.check_fields({k: v for k, v in changes.items() if v is not None}, lesson_schema.TABLES[key],
                                       f"{key}.", self.source)
            table = {**getattr(self, key), **changes}
            merged[key] = {k: v for k, v in table.items() if v is not None}
        if tables:
            raise LessonError(self.source, next(iter(tables)),
                              f"unknown table (known: {', '.join(lesson_schema.TABLES)})")
        if seed is not None:
            lesson_schema.check_seed(seed, self.source)
        lesson = replace(self, seed=self.seed if seed is None else seed, original=self.without_fix(), **merged)
        _check_buildable(lesson, "")
        return lesson

    def make_dataset(self) -> Dataset:
        return _make_dataset(self.dataset, self.seed, self.source, "dataset")

    def network_spec(self, dataset: Dataset) -> NetworkSpec:
        return _network_spec(self.network, dataset, self.seed, self.source)

    def train_spec(self) -> TrainSpec:
        return _train_spec(self.training, self.seed, self.source)

    def build(self, steps: int | None = None,
              pretraining: Callable[[int, int], object] | None = None) -> Trainer:
        """A Trainer ready to run this lesson; a transfer lesson arrives pre-trained,
        its hidden layers frozen and a new last layer in place. ``steps`` (0..MAX_RUN_STEPS)
        replaces the lesson's; ``pretraining(done, total)`` is called after each step of
        the pre-training (a transfer lesson's), to show its progress."""
        dataset = self.make_dataset()
        spec = self.network_spec(dataset)
        train = self.train_spec()
        if steps is not None:
            _check_steps(steps, "steps", self.source)
            train = TrainSpec(**{**train.__dict__, "steps": steps})
        if self.transfer is None:
            return Trainer(spec, dataset, train)
        source_data = _make_dataset(self.transfer["dataset"], self.seed + 1, self.source, "transfer.dataset")
        pre = Trainer(_network_spec({**self.network, "frozen": False, "output_frozen": False},
                                    source_data, self.seed, self.source), source_data, train)
        total = self.transfer["steps"]
        pre.run(total, None if pretraining is None else (lambda _trace: pretraining(pre.steps_done, total)))
        trainer = Trainer(spec, dataset, train)
        for target, learned in zip(trainer.network.layers[:-1], pre.network.layers[:-1]):
            for key in ("weights", "biases", "gamma", "beta", "running_mean", "running_var"):
                setattr(target, key, getattr(learned, key))
        return trainer


def lessons_dir() -> Path:
    return resource_path("lessons")


_SHIPPED = lessons_dir()  # the lessons netviz ships (kept should lessons_dir be pointed elsewhere)


def lesson_names() -> list[str]:
    return sorted(p.stem for p in lessons_dir().glob("*.toml"))


def available_lessons() -> tuple[dict[str, Lesson], list[LessonError]]:
    """Every built-in lesson that loads, by name, and the errors of those that do not: one
    bad file (an edited copy left in the folder) must not hide all the others."""
    lessons: dict[str, Lesson] = {}
    problems: list[LessonError] = []
    for name in lesson_names():
        try:
            lessons[name] = find_lesson(name)
        except LessonError as exc:
            problems.append(exc)
    return lessons, problems


def lessons_in(folder: str | Path, limit: int = MAX_FOLDER_LESSONS) -> tuple[dict[str, Lesson], list[LessonError]]:
    """The lesson files (``*.toml``) of a user's folder that load, by their path, and the
    errors of those that do not; a missing folder has none. At most ``limit`` files are
    read (the first by name): a folder of thousands is a mistake, not a lesson list."""
    lessons: dict[str, Lesson] = {}
    problems: list[LessonError] = []
    try:
        paths = sorted(p for p in Path(folder).glob("*.toml"))
    except OSError as exc:
        return lessons, [LessonError(str(folder), "folder", f"cannot be read ({exc.strerror or exc})")]
    for path in paths[:limit]:
        try:
            lessons[str(path)] = load_lesson(path)
        except LessonError as exc:
            problems.append(exc)
    if len(paths) > limit:
        problems.append(LessonError(str(folder), "folder", f"holds {len(paths)} lesson files; read the first {limit}"))
    return lessons, problems


def is_lesson_path(name: str) -> bool:
    """Whether ``--lesson`` names a file (``mine.toml``, ``~/x``, ``dir/x``) rather than a built-in."""
    return name.endswith(".toml") or name.startswith("~") or any(sep and sep in name for sep in (os.sep, os.altsep))


def find_lesson(name: str, language: str | None = None) -> Lesson:
    """A built-in lesson by its name, or a lesson file by its path (``mine.toml``, ``~/mine.toml``;
    a path without the suffix, ``dir/mine``, means ``dir/mine.toml``), its words in ``language``
    (the chosen language by default). A shipped lesson must carry every language."""
    if is_lesson_path(name):
        path = Path(name).expanduser()
        return load_lesson(path if path.suffix == ".toml" else path.with_name(path.name + ".toml"), language)
    path = lessons_dir() / f"{name}.toml"
    if not path.is_file():
        raise LessonError(name, "lesson", f"no lesson named {name!r} (known: {', '.join(lesson_names())}; "
                                          f"or give a lesson file's path, e.g. ./mine.toml)")
    lesson = load_lesson(path, language)
    if path.parent.resolve() == _SHIPPED.resolve():
        check_all_languages(lesson)
    return lesson


def check_all_languages(lesson: Lesson) -> None:
    """LessonError naming the first text and language a lesson lacks (``caption.tr``): every
    lesson netviz ships speaks every language of the interface."""
    missing = lesson.missing_languages()
    if missing:
        field_name = missing[0]
        code = field_name.rsplit(".", 1)[1]
        raise LessonError(lesson.source, field_name, f"has no {LANGUAGES[code]} ({code}) text: a shipped lesson "
                                                     f"carries every language ({', '.join(LANGUAGES)})")


def load_lesson(path: str | Path, language: str | None = None) -> Lesson:
    path = Path(path)
    try:
        with open_regular(path, MAX_LESSON_BYTES, "lesson file") as f:
            raw = f.read()
    except FileRefused as exc:
        raise LessonError(str(path), "file", exc.reason) from None
    except OSError as exc:
        raise LessonError(str(path), "file", f"cannot be read ({exc.strerror or exc})") from None
    return load_lesson_text(raw, source=str(path), name=path.stem, language=language)


def load_lesson_text(text: str | bytes, source: str = "<lesson>", name: str = "lesson",
                     language: str | None = None) -> Lesson:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LessonError(source, "file", f"is not UTF-8 text (byte {exc.start})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LessonError(source, "file", f"is not valid TOML: {exc}") from None
    except RecursionError:
        # tomllib reads nested arrays and inline tables by recursion: some hundreds of levels
        # exhaust Python's stack before it can say anything about the file.
        raise LessonError(source, "file", f"nests arrays or tables too deeply (a lesson needs at most "
                                          f"{lesson_schema.MAX_NESTING} levels)") from None
    return lesson_from_dict(data, source, name, language)


def lesson_from_dict(data: dict[str, Any], source: str = "<lesson>", name: str = "lesson",
                     language: str | None = None) -> Lesson:
    """The lesson ``data`` holds, its words in ``language`` (the chosen language by default)."""
    language = language or current_language()
    lesson_schema.check_nesting(data, source)
    known = {**lesson_schema.TOP, **{k: dict for k in lesson_schema.TABLES}, "transfer": dict, "fixes": dict}
    lesson_schema.check_fields(data, known, "", source)
    for required in ("title", "caption", "dataset", "network", "training"):
        if required not in data:
            raise LessonError(source, required, "is required")
    tables: dict[str, Any] = {}  # (Any: passed as keywords, with others of other types)
    for key, schema in lesson_schema.TABLES.items():
        lesson_schema.check_fields(data[key], schema, f"{key}.", source)
        tables[key] = dict(data[key])
    if "name" not in tables["dataset"] and "csv" not in tables["dataset"]:
        raise LessonError(source, "dataset.name", "is required (or csv, a CSV file's path, with target)")
    if "hidden" not in tables["network"]:
        raise LessonError(source, "network.hidden", "is required (a list of layer widths, [] for none)")
    transfer = None
    if "transfer" in data:
        lesson_schema.check_fields(data["transfer"], lesson_schema.TRANSFER, "transfer.", source)
        transfer = dict(data["transfer"])
        for required in ("dataset", "steps"):
            if required not in transfer:
                raise LessonError(source, f"transfer.{required}", "is required")
        lesson_schema.check_fields(transfer["dataset"], lesson_schema.DATASET, "transfer.dataset.", source)
        if transfer["steps"] < 1:
            raise LessonError(source, "transfer.steps", f"must be at least 1, got {transfer['steps']}")
        _check_steps(transfer["steps"], "transfer.steps", source)
    fixes = {}
    for fix_name, fix_data in data.get("fixes", {}).items():
        prefix = f"fixes.{fix_name}."
        if not isinstance(fix_data, dict):
            raise LessonError(source, prefix[:-1], "must be a table")
        lesson_schema.check_fields(fix_data, lesson_schema.FIX, prefix, source)
        for required in ("title", "caption"):
            if required not in fix_data:
                raise LessonError(source, prefix + required, "is required")
        overrides = {}
        for key, schema in lesson_schema.TABLES.items():
            if key in fix_data:
                lesson_schema.check_fields(fix_data[key], schema, f"{prefix}{key}.", source)
                overrides[key] = dict(fix_data[key])
        if not overrides:
            raise LessonError(source, prefix[:-1], "changes nothing (give a dataset, network or training table)")
        texts = _texts(fix_data, prefix, source)
        fixes[fix_name] = Fix(fix_name, texts.title.text(language), texts.caption.text(language),
                              copy.deepcopy(overrides), counter_example=fix_data.get("counter_example", False),
                              watch=texts.watch.text(language), texts=texts)
    texts = _texts(data, "", source)
    lesson = Lesson(
        name=name, title=texts.title.text(language), caption=texts.caption.text(language),
        watch=texts.watch.text(language), seed=data.get("seed", lesson_schema.SEED.default), transfer=transfer,
        fixes=fixes,
        source=source, texts=texts, language=language, **tables,
    )
    lesson_schema.check_seed(lesson.seed, source)
    _check_buildable(lesson, "")
    for fix_name in fixes:
        lesson.with_fix(fix_name)
    return lesson


def _english_texts(title: str, caption: str, watch: str) -> LessonTexts:
    return LessonTexts(LocalText.english(title), LocalText.english(caption), LocalText.english(watch))


def _texts(table: dict[str, Any], prefix: str, source: str) -> LessonTexts:
    """The title, caption and watch line of a lesson's (or a fix's) table, in each language it has."""
    try:
        return LessonTexts(**{key: LocalText.parse(table[key], prefix + key)
                              for key in ("title", "caption", "watch") if key in table})
    except TextError as exc:
        raise LessonError(source, exc.field, exc.reason) from None


def _check_buildable(lesson: Lesson, prefix: str) -> None:
    """Make the data set and specs once, so every error surfaces at load time."""
    dataset = _make_dataset(lesson.dataset, lesson.seed, lesson.source, prefix + "dataset")
    network = _network_spec(lesson.network, dataset, lesson.seed, lesson.source, prefix)
    train = _train_spec(lesson.training, lesson.seed, lesson.source, prefix)
    try:  # as the Trainer will: batches are never larger than the training set
        check_batch_norm_batch(network, min(train.batch_size, len(dataset.x_train)))
    except SpecError as exc:
        raise LessonError(lesson.source, f"{prefix}training.{exc.field}", exc.reason) from None
    _check_steps(train.steps, f"{prefix}training.steps", lesson.source)
    if lesson.transfer is not None:
        source_data = _make_dataset(lesson.transfer["dataset"], lesson.seed + 1, lesson.source, "transfer.dataset")
        # The pre-trained hidden layers are reused as they are: their first weights take
        # the lesson's inputs, so both data sets need the same number of them.
        if source_data.n_inputs != dataset.n_inputs:
            raise LessonError(lesson.source, "transfer.dataset.name",
                              f"{lesson.transfer['dataset'].get('name', 'csv')!r} has {source_data.n_inputs} inputs, the "
                              f"lesson's data set {lesson.dataset.get('name', 'csv')!r} has {dataset.n_inputs}: layers "
                              f"trained on one cannot take the other's inputs")


def _check_steps(steps: int, field_name: str, source: str) -> None:
    if not 0 <= steps <= MAX_RUN_STEPS:
        raise LessonError(source, field_name, f"must be 0 to {MAX_RUN_STEPS} (a longer run would keep "
                                              f"training for hours, its history growing), got {steps}")


def _make_dataset(table: dict[str, Any], seed: int, source: str, where: str) -> Dataset:
    if "name" not in table and "csv" not in table:
        raise LessonError(source, f"{where}.name", "is required")
    try:
        if "csv" in table:
            return csv_dataset(table, seed, source)
        values = {key: table.get(s.name, s.default) for key, s in lesson_schema.DATA_SETTINGS.items() if key != "name"}
        return make_dataset(table["name"], seed=seed, **values)
    except DatasetError as exc:
        field_name, _, reason = str(exc).partition(": ")
        raise LessonError(source, f"{where}.{field_name}", reason or str(exc)) from None


def _per_layer(table: dict[str, Any], key: str, default: Any, n: int, source: str, prefix: str) -> list[Any]:
    value = table.get(key, default)
    if not isinstance(value, list):
        return [value] * n
    if len(value) != n:
        raise LessonError(source, f"{prefix}network.{key}", f"a list must have one entry per hidden layer ({n}), got {len(value)}")
    return value


def _network_spec(table: dict[str, Any], dataset: Dataset, seed: int, source: str, prefix: str = "") -> NetworkSpec:
    hidden = table["hidden"]
    for i, units in enumerate(hidden):
        try:
            check(lesson_schema.DRAWN_UNITS, units, f"hidden[{i}]")
        except SpecError as exc:
            raise LessonError(source, f"{prefix}network.{exc.field}", exc.reason) from None
    n = len(hidden)
    columns = {key: _per_layer(table, s.name, s.default, n, source, prefix)
               for key, s in lesson_schema.LAYER_SETTINGS.items()}
    for key, s in lesson_schema.LAYER_SETTINGS.items():
        for i, value in enumerate(columns[key]):
            lesson_schema.check_type(value, s.kind, f"{prefix}network.{s.name}[{i}]", source)
    given = {key: coerce(s, table[s.name]) for key, s in settings_of(NetworkSpec).items()
             if s.lesson and s.name in table}
    output = given.pop("output", dataset.output_kind)  # a lesson chooses tanh over sigmoid
    try:
        if output not in TASK_OUTPUTS[dataset.task]:
            raise SpecError("output", f"a {dataset.task} data set needs a {' or '.join(TASK_OUTPUTS[dataset.task])} "
                                      f"output, not {output}")
        if "features" in given:  # before their count is taken as the inputs'
            check(lesson_schema.FEATURES, given["features"])
        inputs = input_count(given.get("features"), dataset.n_inputs)
        layers = tuple(
            LayerSpec(units, **{key: coerce(s, columns[key][i]) for key, s in lesson_schema.LAYER_SETTINGS.items()})
            for i, units in enumerate(hidden)
        )
        return NetworkSpec(inputs=inputs, hidden=layers, outputs=dataset.n_outputs, output=output, seed=seed,
                           **given)
    except SpecError as exc:
        raise LessonError(source, f"{prefix}network.{_lesson_field(exc.field, table)}", exc.reason) from None


def _lesson_field(spec_field: str, table: dict[str, Any]) -> str:
    """The lesson's name for a NetworkSpec field: hidden[2].activation -> activation (or activation[2])."""
    match = re.fullmatch(r"hidden\[(\d+)\]\.(\w+)", spec_field)
    if match is None:
        return spec_field
    index, key = match.groups()
    if key == "units":
        return f"hidden[{index}]"
    return f"{key}[{index}]" if isinstance(table.get(key), list) else key


def _train_spec(table: dict[str, Any], seed: int, source: str, prefix: str = "") -> TrainSpec:
    def given(spec_class: type) -> dict[str, Any]:
        return {key: coerce(s, table[s.name]) for key, s in settings_of(spec_class).items()
                if s.lesson and s.name in table}

    try:
        return TrainSpec(seed=seed, optimizer=OptimizerSpec(**given(OptimizerSpec)), **given(TrainSpec))
    except SpecError as exc:
        raise LessonError(source, f"{prefix}training.{exc.field}", exc.reason) from None
