"""Tests of the built-in datasets and the CSV loader."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netviz.engine.dataset_types import Dataset
from netviz.engine.datasets import DATASET_NAMES, DatasetError, describe, load_csv, make_dataset
from netviz.resources import resource_path

SYNTHETIC = ("circle", "xor", "gaussian", "spiral", "reg-plane", "reg-gaussian")
CLASSIFIERS = ("circle", "xor", "gaussian", "spiral")


def all_x(d: Dataset) -> np.ndarray:
    return np.concatenate([d.x_train, d.x_val])


def all_y(d: Dataset) -> np.ndarray:
    return np.concatenate([d.y_train, d.y_val])


def assert_valid(d: Dataset) -> None:
    assert d.task in ("binary", "multiclass", "regression")
    arrays = (d.x_train, d.y_train, d.x_val, d.y_val)
    for a in arrays:
        assert a.dtype == np.float64
        assert a.ndim == 2
        assert not a.flags.writeable
        assert np.isfinite(a).all()
    assert len(d.x_train) == len(d.y_train) >= 1
    assert len(d.x_val) == len(d.y_val)
    assert d.x_train.shape[1] == d.x_val.shape[1] == len(d.feature_names)
    assert d.y_train.shape[1] == d.y_val.shape[1]
    y = all_y(d)
    if d.task == "binary":
        assert y.shape[1] == 1
        assert set(np.unique(y)) <= {0.0, 1.0}
    elif d.task == "multiclass":
        assert y.shape[1] == len(d.class_names) >= 2
        assert np.array_equal(y.sum(axis=1), np.ones(len(y)))
        assert set(np.unique(y)) <= {0.0, 1.0}


# --- built-in sets -------------------------------------------------------------------


def test_names_and_descriptions() -> None:
    assert DATASET_NAMES == SYNTHETIC + ("digits",)
    for name in DATASET_NAMES:
        assert describe(name)
    with pytest.raises(DatasetError, match="name"):
        describe("nope")


@pytest.mark.parametrize("name", SYNTHETIC)
def test_synthetic_shapes(name: str) -> None:
    d = make_dataset(name, samples=200, noise=0.2, validation=0.25, seed=3)
    assert_valid(d)
    assert d.name == name
    assert d.x_train.shape == (150, 2) and d.x_val.shape == (50, 2)
    assert d.y_train.shape == (150, 1) and d.y_val.shape == (50, 1)
    assert d.task == ("regression" if name.startswith("reg-") else "binary")
    assert d.feature_names == ("x1", "x2")
    assert np.abs(all_x(d)).max() <= 6.0 + 1e-12 or name == "gaussian"


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_default_sizes(name: str) -> None:
    d = make_dataset(name)
    assert len(all_x(d)) == (1797 if name == "digits" else 400)
    assert len(d.x_val) == round(0.3 * len(all_x(d)))


@pytest.mark.parametrize("name", DATASET_NAMES)
def test_deterministic(name: str) -> None:
    a = make_dataset(name, samples=100, noise=0.3, seed=7)
    b = make_dataset(name, samples=100, noise=0.3, seed=7)
    c = make_dataset(name, samples=100, noise=0.3, seed=8)
    for field in ("x_train", "y_train", "x_val", "y_val"):
        assert getattr(a, field).tobytes() == getattr(b, field).tobytes()
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize("name", CLASSIFIERS)
@pytest.mark.parametrize("noise", [0.0, 0.2])
def test_classes_balanced(name: str, noise: float) -> None:
    y = all_y(make_dataset(name, samples=1000, noise=noise, seed=1))
    assert 0.4 < y.mean() < 0.6
    if noise == 0.0 and name != "xor":  # xor's classes are quadrants drawn at random
        assert y.sum() == 500


def test_circle_noise_flips_more_inner_labels() -> None:
    # As in playground: at high noise the jitter pushes more inner points out than
    # outer points in, so positives become the minority.
    y = all_y(make_dataset("circle", samples=2000, noise=0.5, seed=1))
    assert 0.2 < y.mean() < 0.45


def test_odd_sample_count_is_exact() -> None:
    for name in SYNTHETIC:
        assert len(all_x(make_dataset(name, samples=7))) == 7


def test_circle_positives_inside() -> None:
    d = make_dataset("circle", samples=500, noise=0.0, seed=2)
    r = np.hypot(*all_x(d).T)
    positive = all_y(d)[:, 0] == 1.0
    assert (r[positive] < 2.5).all()
    assert (r[~positive] >= 3.5).all() and (r <= 5.0).all()
    # With noise the label follows a jittered point, so some labels flip.
    noisy = make_dataset("circle", samples=500, noise=0.5, seed=2)
    r = np.hypot(*all_x(noisy).T)
    assert ((r < 2.5) != (all_y(noisy)[:, 0] == 1.0)).any()


def test_xor_labels() -> None:
    d = make_dataset("xor", samples=500, noise=0.0, seed=4)
    x = all_x(d)
    assert (np.abs(x) >= 0.3).all()  # playground's padding off the axes
    assert np.array_equal(all_y(d)[:, 0] == 1.0, x[:, 0] * x[:, 1] > 0)
    noisy = make_dataset("xor", samples=500, noise=0.5, seed=4)
    xn = all_x(noisy)
    assert not np.array_equal(all_y(noisy)[:, 0] == 1.0, xn[:, 0] * xn[:, 1] > 0)


def test_gaussian_clusters() -> None:
    d = make_dataset("gaussian", samples=1000, noise=0.0, seed=5)
    x, positive = all_x(d), all_y(d)[:, 0] == 1.0
    assert np.allclose(x[positive].mean(axis=0), [2, 2], atol=0.2)
    assert np.allclose(x[~positive].mean(axis=0), [-2, -2], atol=0.2)
    assert np.allclose(x[positive].var(axis=0), 0.5, atol=0.15)
    wide = make_dataset("gaussian", samples=1000, noise=0.5, seed=5)
    assert np.allclose(all_x(wide)[all_y(wide)[:, 0] == 1.0].var(axis=0), 4.0, rtol=0.2)


def test_spiral_two_arms() -> None:
    d = make_dataset("spiral", samples=400, noise=0.0, seed=6)
    x, positive = all_x(d), all_y(d)[:, 0] == 1.0
    pos, neg = x[positive], x[~positive]
    assert len(pos) == len(neg) == 200
    # The negative arm is the positive arm turned by 180 degrees.
    key = lambda a: a[np.lexsort(a.T)]  # noqa: E731
    assert np.allclose(key(neg), key(-pos))
    assert np.hypot(*x.T).max() < 5.0
    # Along an arm the angle turns 1.75 times around the centre.
    ordered = pos[np.argsort(np.hypot(*pos.T))]
    turn = np.unwrap(np.arctan2(ordered[:, 0], ordered[:, 1]))
    assert np.isclose(abs(turn[-1] - turn[0]), 1.75 * 2 * np.pi, rtol=0.02)


def test_regression_targets() -> None:
    plane = make_dataset("reg-plane", samples=300, noise=0.0)
    x = all_x(plane)
    assert np.allclose(all_y(plane)[:, 0], (x[:, 0] + x[:, 1]) / 10)
    bumps = make_dataset("reg-gaussian", samples=300, noise=0.3)
    y = all_y(bumps)
    assert (np.abs(y) <= 1.0).all() and y.min() < -0.5 and y.max() > 0.5
    exact = make_dataset("reg-gaussian", samples=300, noise=0.0)
    near_top_left = np.hypot(all_x(exact)[:, 0] + 4, all_x(exact)[:, 1] - 2.5) < 1.0
    assert (all_y(exact)[near_top_left, 0] > 0.5).all()


@pytest.mark.parametrize("validation", [0.0, 0.1, 0.5, 0.9])
def test_validation_fraction(validation: float) -> None:
    d = make_dataset("circle", samples=200, validation=validation)
    assert len(d.x_val) == round(200 * validation)
    assert len(d.x_train) + len(d.x_val) == 200


def test_validation_keeps_a_training_example() -> None:
    d = make_dataset("xor", samples=2, validation=0.9)
    assert len(d.x_train) == 1 and len(d.x_val) == 1


def test_split_does_not_change_the_points() -> None:
    a = make_dataset("spiral", samples=100, noise=0.2, validation=0.1)
    b = make_dataset("spiral", samples=100, noise=0.2, validation=0.5)
    assert np.array_equal(np.sort(all_x(a), axis=0), np.sort(all_x(b), axis=0))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "foo"}, "name"),
        ({"name": "circle", "samples": 0}, "samples"),
        ({"name": "circle", "samples": 1}, "samples"),
        ({"name": "circle", "samples": 2.5}, "samples"),
        ({"name": "circle", "noise": 1.5}, "noise"),
        ({"name": "circle", "noise": -0.1}, "noise"),
        ({"name": "circle", "noise": float("nan")}, "noise"),
        ({"name": "circle", "validation": 0.95}, "validation"),
        ({"name": "circle", "validation": "0.3"}, "validation"),
        ({"name": "circle", "seed": -1}, "seed"),
    ],
)
def test_make_dataset_errors(kwargs: dict, field: str) -> None:
    with pytest.raises(DatasetError, match=f"^{field}: "):
        make_dataset(**kwargs)


def test_error_messages_are_specific() -> None:
    with pytest.raises(DatasetError, match=r"^noise: must be between 0 and 1, got 1\.5$"):
        make_dataset("circle", noise=1.5)
    with pytest.raises(DatasetError, match=r"^samples: must be at least 2, got 0$"):
        make_dataset("circle", samples=0)
    with pytest.raises(DatasetError, match=r"unknown dataset 'foo' \(known: circle, xor"):
        make_dataset("foo")
    assert issubclass(DatasetError, ValueError)


# --- digits --------------------------------------------------------------------------


def test_digits() -> None:
    d = make_dataset("digits")
    assert_valid(d)
    x, y = all_x(d), all_y(d)
    assert x.shape == (1797, 64) and y.shape == (1797, 10)
    assert d.class_names == tuple("0123456789")
    assert len(d.feature_names) == 64
    assert x.min() == 0.0 and x.max() == 1.0
    assert np.array_equal(x * 16, np.round(x * 16))  # pixel counts 0..16
    counts = y.sum(axis=0)
    assert counts.sum() == 1797 and counts.min() >= 170  # every digit is there


def test_digits_cap_and_noise() -> None:
    small = make_dataset("digits", samples=100, validation=0.2)
    assert len(small.x_train) == 80 and len(small.x_val) == 20
    assert len(all_x(make_dataset("digits", samples=5000))) == 1797
    clean = make_dataset("digits", samples=300, seed=9)
    noisy = make_dataset("digits", samples=300, noise=0.1, seed=9)
    diff = all_x(noisy) - all_x(clean)
    assert np.array_equal(all_y(noisy), all_y(clean))
    assert 0.08 < diff.std() < 0.12


def test_digits_file_is_shipped_with_licence() -> None:
    assert resource_path("datasets", "digits.csv.gz").is_file()
    licence = resource_path("datasets", "LICENSE-digits.txt").read_text(encoding="utf-8")
    for needed in ("Alpaydin", "Kaynak", "1998", "CC BY 4.0", "BSD 3-Clause", "scikit-learn"):
        assert needed in licence


# --- CSV import ----------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_binary(tmp_path: Path) -> None:
    rows = "\n".join(f"{i},{i * 0.5},{i % 2}" for i in range(10))
    d = load_csv(write(tmp_path, "a,b,label\n" + rows + "\n", "parity.csv"), target="label")
    assert_valid(d)
    assert d.name == "parity" and d.task == "binary"
    assert d.feature_names == ("a", "b") and d.class_names == ("0", "1")
    assert len(d.x_train) == 7 and len(d.x_val) == 3
    x, y = all_x(d), all_y(d)
    assert np.array_equal(y[:, 0], x[:, 0] % 2)  # each row keeps its own label
    assert np.array_equal(x[:, 1], x[:, 0] * 0.5)


def test_csv_multiclass_strings(tmp_path: Path) -> None:
    text = "species,len,width\n" + "".join(
        f"{s},{i},{i + 1}\n" for i, s in enumerate(["setosa", "virginica", "versicolor"] * 4)
    )
    d = load_csv(write(tmp_path, text), target="species", validation=0.25)
    assert_valid(d)
    assert d.task == "multiclass"
    assert d.class_names == ("setosa", "versicolor", "virginica")
    assert d.feature_names == ("len", "width")
    x, y = all_x(d), all_y(d)
    assert np.array_equal(y.argmax(axis=1), np.array([0, 2, 1])[x[:, 0].astype(int) % 3])


def test_csv_multiclass_small_integers(tmp_path: Path) -> None:
    text = "x,digit\n" + "".join(f"{i},{i % 4}\n" for i in range(12))
    d = load_csv(write(tmp_path, text), target="digit")
    assert d.task == "multiclass" and d.class_names == ("0", "1", "2", "3")


def test_csv_regression_and_explicit_task(tmp_path: Path) -> None:
    text = "x1,x2,y\n" + "".join(f"{i},{-i},{i * 1.5}\n" for i in range(10))
    path = write(tmp_path, text)
    d = load_csv(path, target="y", validation=0.0)
    assert_valid(d)
    assert d.task == "regression" and d.class_names == ()
    assert np.array_equal(d.y_train[:, 0], d.x_train[:, 0] * 1.5)
    # The same column read as classes when asked to.
    assert load_csv(path, target="x1", task="multiclass").n_outputs == 10
    binary = load_csv(write(tmp_path, "a,t\n1,yes\n2,no\n3,yes\n"), target="t", task="binary")
    assert binary.class_names == ("no", "yes")


def test_csv_with_bom_quotes_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b'\xef\xbb\xbf"a", b ,c\n\n1,2,"0"\n3,4,1\n\n')
    d = load_csv(path, target="c", validation=0.0)
    assert d.feature_names == ("a", "b") and d.task == "binary"


def test_csv_deterministic_split(tmp_path: Path) -> None:
    path = write(tmp_path, "a,y\n" + "".join(f"{i},{i}.5\n" for i in range(50)))
    a, b = load_csv(path, target="y", seed=1), load_csv(path, target="y", seed=1)
    c = load_csv(path, target="y", seed=2)
    assert np.array_equal(a.x_train, b.x_train) and not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize(
    ("text", "target", "task", "expected"),
    [
        ("", "y", None, r"data\.csv: file is empty"),
        ("\n  \n", "y", None, "file is empty"),
        ("1,2,3\n4,5,6\n", "y", None, "no header"),
        ("a,b\n1,2\n3,4\n", "y", None, r"'y' is not in the header \(columns: a, b\)"),
        ("a,y\n1,0\n", "y", None, "at least 2 data rows, got 1"),
        ("a,y\n", "y", None, "at least 2 data rows, got 0"),
        ("a,y\n1,0\nabc,1\n", "y", None, r"line 3, column 'a': not a number: 'abc'"),
        ("a,y\n1,0\n2\n", "y", None, "line 3 has 1 fields, the header has 2"),
        ("a,y\n1,0\n2,1,5\n", "y", None, "line 3 has 3 fields"),
        ("a,y\n1,0\n,1\n", "y", None, "line 3, column 'a': empty cell"),
        ("a,y\n1,0\n2,\n", "y", None, "line 3, column 'y': empty cell"),
        ("a,y\nnan,0\n2,1\n", "y", None, "line 2, column 'a': 'nan' is not a finite number"),
        ("a,y\n1,inf\n2,1\n", "y", None, "column 'y': 'inf' is not a finite number"),
        ("a,y\n1,0\n2,0\n", "y", None, "column 'y' holds only one class"),
        ("a,y\n1,cat\n2,cat\n", "y", None, "column 'y' holds only one class"),
        ("a,y\n1,a\n2,b\n3,c\n", "y", "binary", "column 'y'.*exactly 2 classes"),
        ("a,y\n1,0.5\n2,high\n", "y", "regression", "line 3, column 'y': not a number: 'high'"),
        ("a,,y\n1,2,0\n2,3,1\n", "y", None, "column 2 has no name"),
        ("a,a,y\n1,2,0\n2,3,1\n", "y", None, "'a' appears twice"),
        ("y\n0\n1\n", "y", None, "no input columns"),
        ("a,y\n1,0\n2,1\n", "y", "ordinal", "task: must be one of"),
    ],
)
def test_csv_errors(tmp_path: Path, text: str, target: str, task: str | None, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DatasetError, match=expected) as info:
        load_csv(path, target=target, task=task)
    if not expected.startswith("task"):
        assert str(path) in str(info.value)


def test_csv_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=r"nothere\.csv: file not found"):
        load_csv(tmp_path / "nothere.csv", target="y")
    with pytest.raises(DatasetError, match="cannot read file"):
        load_csv(tmp_path, target="y")


def test_csv_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("a,y\n1,caf\xe9\n".encode("latin-1"))
    with pytest.raises(DatasetError, match="latin.csv: not UTF-8"):
        load_csv(path, target="y")


def test_csv_too_many_classes(tmp_path: Path) -> None:
    path = write(tmp_path, "a,id\n" + "".join(f"{i},row{i}\n" for i in range(150)))
    with pytest.raises(DatasetError, match="column 'id' has 150 distinct values"):
        load_csv(path, target="id")


def test_csv_bad_arguments(tmp_path: Path) -> None:
    path = write(tmp_path, "a,y\n1,0\n2,1\n")
    with pytest.raises(DatasetError, match="^validation: "):
        load_csv(path, target="y", validation=1.0)
    with pytest.raises(DatasetError, match="^seed: "):
        load_csv(path, target="y", seed=-3)


CELL = st.one_of(
    st.sampled_from(["0", "1", "2", "3", "-1.5", "0.25", "1e400", "nan", "", " 7 ", "a", "b"]),
    st.text(max_size=4),
)
CSV_TEXT = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,-+e\n\r\" abnifxy;\t\x00", max_size=80),
    # Mostly well-formed files, so the success path and the late checks are reached too.
    st.builds(
        lambda rows: "x,y\n" + "".join(",".join(r) + "\n" for r in rows),
        st.lists(st.lists(CELL, min_size=1, max_size=3), max_size=8),
    ),
    st.builds(
        lambda rows: "x,y\n" + "".join(f"{a},{b}\n" for a, b in rows),
        st.lists(st.tuples(st.sampled_from(["1", "2.5", "-3"]), CELL), max_size=8),
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=CSV_TEXT, task=st.sampled_from([None, "binary", "multiclass", "regression"]))
def test_csv_any_text_loads_or_raises_dataset_error(
    tmp_path: Path, text: str, task: str | None
) -> None:
    path = tmp_path / "fuzz.csv"
    # surrogatepass lets lone surrogates through as bytes that are not valid UTF-8.
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        d = load_csv(path, target="y", task=task)
    except DatasetError:
        return
    assert_valid(d)
    assert task is None or d.task == task


def test_csv_chosen_inputs_in_the_given_order(tmp_path: Path) -> None:
    rows = "\n".join(f"{i},{i * 0.5},{-i},{i % 2}" for i in range(10))
    path = write(tmp_path, "a,b,c,label\n" + rows + "\n")
    d = load_csv(path, target="label", inputs=["c", "a"])
    assert d.feature_names == ("c", "a")
    x = all_x(d)
    assert x.shape[1] == 2 and np.array_equal(x[:, 0], -x[:, 1])


def test_csv_file_order_kept_when_asked(tmp_path: Path) -> None:
    rows = "\n".join(f"{i},{i % 2}" for i in range(10))
    d = load_csv(write(tmp_path, "a,label\n" + rows + "\n"), target="label", validation=0.3, shuffle=False)
    assert d.x_train[:, 0].tolist() == list(range(7))
    assert d.x_val[:, 0].tolist() == [7, 8, 9]


@pytest.mark.parametrize("inputs,expected", [
    (["zz"], "input column 'zz' is not in the header"),
    (["label"], "'label' is the target column"),
    (["a", "a"], "column 'a' is named twice"),
    ([], "inputs: must be a non-empty list"),
    ("a", "inputs: must be a non-empty list"),
])
def test_csv_bad_inputs(tmp_path: Path, inputs, expected: str) -> None:
    path = write(tmp_path, "a,b,label\n1,2,0\n3,4,1\n5,6,0\n")
    with pytest.raises(DatasetError, match=expected):
        load_csv(path, target="label", inputs=inputs)


def test_a_semicolon_or_tab_separated_file_is_read_by_its_separator(tmp_path: Path) -> None:
    for sep in (";", "\t"):
        text = sep.join(["a", "b", "label"]) + "\n" + "\n".join(
            sep.join([f"{i}.5", str(-i), str(i % 2)]) for i in range(8)) + "\n"
        d = load_csv(write(tmp_path, text), target="label", validation=0.0, shuffle=False)
        assert d.feature_names == ("a", "b") and d.x_train[3].tolist() == [3.5, -3.0]


def test_decimal_commas_and_wrong_field_counts_get_a_hint(tmp_path: Path) -> None:
    hint = r"not a number: '1,5' \(a decimal comma\? netviz reads a decimal point: 1.5\)"
    with pytest.raises(DatasetError, match=hint):
        load_csv(write(tmp_path, "a;label\n1,5;0\n2,5;1\n"), target="label")
    with pytest.raises(DatasetError, match="line 3 has 1 fields, the header has 2 \\(fields are separated by ';'\\)"):
        load_csv(write(tmp_path, "a;label\n1;0\n2\n"), target="label")


@pytest.mark.parametrize("cell", ["1_000", "١٢", "0x10", "1e", "--1", "1 000"])
def test_only_plain_decimal_numbers_are_numbers(tmp_path: Path, cell: str) -> None:
    # float() accepts '1_000' and Arabic-Indic digits; a CSV means neither as a number.
    with pytest.raises(DatasetError, match=f"column 'a': not a number: '{cell}'"):
        load_csv(write(tmp_path, f"a,label\n{cell},0\n2,1\n3,0\n"), target="label")


def test_values_too_large_for_the_arithmetic_are_refused(tmp_path: Path) -> None:
    # 1e200 passed and overflowed a batch-norm layer's variance to inf without a divergence.
    for column, text in (("a", "a,y\n1e200,0.5\n2,0.25\n3,1\n"), ("y", "a,y\n1,0.5\n2,0.25\n3,-1e200\n")):
        with pytest.raises(DatasetError, match=f"column '{column}': .*larger than 1e\\+15 in size.*rescale"):
            load_csv(write(tmp_path, text), target="y", task="regression")
    d = load_csv(write(tmp_path, "a,y\n1e15,0.5\n2,-1e15\n"), target="y", validation=0.0)
    assert d.x_train.max() == 1e15 and d.y_train.min() == -1e15


def test_size_limits_are_named_and_enforced(tmp_path: Path, monkeypatch) -> None:
    import netviz.engine.csv_import as csv_import

    rows = "a,b,label\n" + "".join(f"{i},{i},{i % 2}\n" for i in range(40))
    monkeypatch.setattr(csv_import, "MAX_CSV_CELLS", 60)
    with pytest.raises(DatasetError, match="at most 100,000 rows and 60 cells"):
        load_csv(write(tmp_path, rows), target="label")
    monkeypatch.setattr(csv_import, "MAX_CSV_BYTES", 100)
    with pytest.raises(DatasetError, match="larger than a CSV file netviz reads may be \\(100 bytes\\)"):
        load_csv(write(tmp_path, rows), target="label")
    monkeypatch.setattr(csv_import, "MAX_CSV_COLUMNS", 2)
    with pytest.raises(DatasetError, match="3 columns, more than the 2 netviz reads"):
        load_csv(write(tmp_path, "a,b,label\n1,2,0\n"), target="label")


def test_a_fifo_or_device_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(DatasetError, match="not a regular file"):
            load_csv(path, target="label")
