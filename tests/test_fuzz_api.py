"""Fuzz suite, Python API: every public reader, writer, generator and parser on bad input.

A bad argument raises :class:`milp_relu.InputError` (a ValueError) naming the problem; arbitrary
input (hypothesis) either works or raises InputError, never anything else, and never hangs.
What is accepted is checked too: accepted metadata has the documented types, a BOM CSV keeps its
label column, a checksum is checked however its path is spelled, written files get mode 0644.
``MILP_RELU_FUZZ_EXAMPLES`` (see tests/test_fuzz_cli.py) lengthens the hypothesis runs here too.
"""
from __future__ import annotations

import json
import os
import stat
import string
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_helpers import (api_accepts_or_refuses, api_refuses, foreign_sqlite, good_data, instance_json,
                          npz_with_header, report_counts, sqlite_tables)
from milp_relu import Dataset, load_dataset, load_instance, save_instance, save_npz
from milp_relu.fileio import (atomic_write_bytes, atomic_write_json, atomic_write_npz, check_output_dir,
                              check_output_path, read_json, sha256_file)
from milp_relu.generators import generate, list_generators, parse_param_value
from milp_relu.instance import Instance
from milp_relu.limits import (MAX_ARRAY_ELEMENTS, MAX_JSON_NESTING, MAX_K, MAX_THREADS, check_array_size,
                              check_k, check_model_size, check_threads, json_depth)
from test_fuzz_cli import CASES, SOLVE

FAST = settings(max_examples=max(60, int(os.environ.get("MILP_RELU_FUZZ_EXAMPLES", "0")) // 4),
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    report_counts()


# ---------------------------------------------------------------------- in-memory arrays (issue 3)
_MASKED = np.ma.array(np.ones((3, 2)), mask=[[0, 1], [0, 0], [0, 0]])
ARRAYS = [
    ("complex-X", np.ones((3, 2)) + 0.5j, np.ones(3), None, "complex"),
    ("complex-X-zero-imaginary", np.ones((3, 2), dtype=complex), np.ones(3), None, "complex"),
    ("complex-y", np.ones((3, 2)), np.ones(3, dtype=np.complex64), None, "complex"),
    ("complex-python", [[1 + 2j, 1.0]] * 3, [1.0, 2.0, 3.0], None, "complex"),
    ("complex-weight", np.ones((3, 2)), np.ones(3), np.ones(3) + 1j, "complex"),
    ("masked-X", _MASKED, np.ones(3), None, "masked"),
    ("masked-y", np.ones((3, 2)), np.ma.array([1.0, 2.0, 3.0], mask=[0, 0, 1]), None, "masked"),
    ("masked-y-column", np.ones((3, 2)), np.ma.array([[1.0], [2.0], [3.0]], mask=[[0], [1], [0]]), None, "masked"),
    ("masked-weight", np.ones((3, 2)), np.ones(3), np.ma.array(np.ones(3), mask=[1, 0, 0]), "masked"),
    ("datetime-X", np.array([["2020-01-01", "2020-01-02"]] * 3, dtype="datetime64[D]"), np.ones(3), None, "dates"),
    ("timedelta-y", np.ones((3, 2)), np.array([1, 2, 3], dtype="timedelta64[s]"), None, "dates"),
    ("string-X", np.array([["1.0", "2.0"]] * 3), np.ones(3), None, "strings"),
    ("bytes-y", np.ones((3, 2)), np.array([b"1", b"2", b"3"]), None, "strings"),
    ("string-list-y", np.ones((3, 2)), ["1", "2", "3"], None, "strings"),
    ("object-strings", np.array([[1.0, "a"]] * 3, dtype=object), np.ones(3), None, "numeric"),
    ("object-none", np.array([[1.0, None]] * 3, dtype=object), np.ones(3), None, "numeric"),
    ("object-dates", np.array([[np.datetime64("2020-01-01"), 1.0]] * 3, dtype=object), np.ones(3), None, "numeric"),
    ("dict-X", {"a": 1}, np.ones(3), None, "numeric"),
    ("string-X-scalar", "1,2,3", np.ones(3), None, "numeric"),
    ("none-y", np.ones((3, 2)), None, None, ""),
    ("ragged", [[1.0, 2.0], [3.0]], [1.0, 2.0], None, "regular shape"),
    ("structured", np.zeros(3, dtype=[("a", "f8"), ("b", "f8")]), np.ones(3), None, ""),
    ("nan", np.array([[np.nan, 1.0]] * 3), np.ones(3), None, "NaN"),
    ("overflow-int", [[10**400, 1]] * 3, np.ones(3), None, ""),
    ("empty", np.zeros((0, 2)), np.zeros(0), None, "empty"),
    ("zero-weight", np.ones((3, 2)), np.ones(3), np.array([1.0, 0.0, 1.0]), "positive"),
    ("3d", np.ones((3, 2, 2)), np.ones(3), None, "2-dimensional"),
]


@pytest.mark.parametrize("case_id, X, y, w, message", ARRAYS, ids=[a[0] for a in ARRAYS])
def test_dataset_refuses_data_it_would_misread(case_id, X, y, w, message):
    api_refuses(lambda: Dataset(X, y, w), message or None)


def test_dataset_accepts_what_is_exact_in_float64():
    """Integers, booleans, an unmasked masked array, object arrays of numbers and y of shape (n, 1)."""
    X = np.ma.array([[1, 0], [0, 1], [1, 1]], mask=False)
    data = Dataset(X, np.array([[True], [False], [True]]), np.array([1, 2, 3], dtype=object))
    np.testing.assert_array_equal(data.X, [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    np.testing.assert_array_equal(data.y, [1.0, 0.0, 1.0])
    np.testing.assert_array_equal(data.sample_weight, [1.0, 2.0, 3.0])


_SCALARS = st.one_of(st.floats(), st.integers(-10**30, 10**30), st.complex_numbers(), st.text(max_size=3),
                     st.none(), st.booleans(), st.binary(max_size=3))


@FAST
@given(X=st.one_of(st.lists(st.lists(_SCALARS, max_size=3), max_size=4), _SCALARS,
                   st.dictionaries(st.text(max_size=2), _SCALARS, max_size=2)),
       y=st.one_of(st.lists(_SCALARS, max_size=4), _SCALARS))
def test_dataset_on_arbitrary_python_values(X, y):
    data = api_accepts_or_refuses(lambda: Dataset(X, y))
    if data is not None:
        assert data.X.dtype == np.float64 and np.all(np.isfinite(data.X)) and data.y.shape == (data.n,)
        assert not any(isinstance(v, complex) for row in X for v in row)


# ------------------------------------------------------------------ files, shared with the CLI table
_FILE_CASES = [c for c in CASES if c[2][0] == SOLVE and len(c[2]) == 2 and c[2][1].endswith((".npz", ".csv", ".txt"))
               and not c[2][1].startswith("gone")]
_JSON_CASES = [c for c in CASES if c[2][0] == SOLVE and len(c[2]) == 2 and c[2][1].endswith(".json")]


@pytest.mark.parametrize("case_id, setup, argv, message", _FILE_CASES, ids=[c[0] for c in _FILE_CASES])
def test_load_dataset_refuses_bad_files(tmp_path, case_id, setup, argv, message):
    setup(tmp_path)
    api_refuses(lambda: load_dataset(tmp_path / argv[1]), message or None)


@pytest.mark.parametrize("case_id, setup, argv, message", _JSON_CASES, ids=[c[0] for c in _JSON_CASES])
def test_load_instance_refuses_bad_metadata(tmp_path, case_id, setup, argv, message):
    setup(tmp_path)
    api_refuses(lambda: load_instance(tmp_path / argv[1]), message or None)


def test_load_dataset_refuses_paths_that_name_no_file(tmp_path):
    good_data(tmp_path)
    for path in (tmp_path / "gone.npz", tmp_path, tmp_path / "ok.npz" / "x.npz"):
        api_refuses(lambda: load_dataset(path))
    api_refuses(lambda: load_instance(tmp_path / "gone.json"), "no such")


def test_npz_header_is_read_before_anything_is_allocated(tmp_path):
    """A header declaring 10^12 entries is refused by its shape; one just under the limit that
    holds fewer bytes than it declares is refused by its size (nothing is allocated either way)."""
    npz_with_header(tmp_path / "huge.npz", (10**6, 10**6))
    err = api_refuses(lambda: load_dataset(tmp_path / "huge.npz"), "limit")
    assert "(1000000, 1000000)" in str(err)
    side = int(MAX_ARRAY_ELEMENTS ** 0.5)
    npz_with_header(tmp_path / "short.npz", (side, side))
    api_refuses(lambda: load_dataset(tmp_path / "short.npz"), "holds only")
    npz_with_header(tmp_path / "v9.npz", (2, 2), name="X")
    raw = (tmp_path / "v9.npz").read_bytes().replace(b"\x93NUMPY\x01\x00", b"\x93NUMPY\x09\x00")
    (tmp_path / "v9.npz").write_bytes(raw)
    api_refuses(lambda: load_dataset(tmp_path / "v9.npz"))


def test_bom_csv_reads_its_header(tmp_path):
    (tmp_path / "d.csv").write_bytes(b"\xef\xbb\xbfy,a,b\n1,2,3\n4,5,6\n")
    data = load_dataset(tmp_path / "d.csv")
    np.testing.assert_array_equal(data.y, [1.0, 4.0])
    np.testing.assert_array_equal(data.X, [[2.0, 3.0], [5.0, 6.0]])


def test_csv_first_row_of_numbers_is_never_dropped(tmp_path):
    """Without a header the first row would be lost; it is refused instead, naming the row."""
    (tmp_path / "d.csv").write_text("0.5,1\n2,3\n")
    err = api_refuses(lambda: load_dataset(tmp_path / "d.csv"), "not a header")
    assert "0.5,1" in str(err)


@FAST
@given(body=st.binary(max_size=200), suffix=st.sampled_from([".csv", ".npz", ".json"]))
def test_arbitrary_file_bytes(tmp_path_factory, body, suffix):
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / f"f{suffix}"
    path.write_bytes(body)
    loader = load_instance if suffix == ".json" else load_dataset
    api_accepts_or_refuses(lambda: loader(path))


_CSV_CELLS = st.one_of(st.sampled_from(["1", "-2.5", "nan", "inf", "", " ", "y", "sample_weight", "1e400",
                                        "0x10", "1_0", "\ufeff", "2020-01-01", '"1,2"', "1+1j", "\u00e9"]),
                       st.floats(allow_nan=False).map(repr))


@FAST
@given(rows=st.lists(st.lists(_CSV_CELLS, min_size=1, max_size=4), max_size=5), bom=st.booleans())
def test_arbitrary_csv_tables(tmp_path_factory, rows, bom):
    path = tmp_path_factory.mktemp("csv") / "d.csv"
    text = "\n".join(",".join(row) for row in rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    data = api_accepts_or_refuses(lambda: load_dataset(path))
    if data is not None:  # accepted: the first row was a header, every data row survived
        assert data.n == sum(1 for row in rows[1:] if any(c.strip() for c in row))


# ------------------------------------------------------------------------ instance metadata
_JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False),
              st.text(max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    max_leaves=8)
_CONTRACT = ["k", "loss", "bounds", "promise", "sha256", "output_bias", "answer", "name", "data",
             "certificate_network", "schema_version", "seed", "params"]


@FAST
@given(fields=st.dictionaries(st.sampled_from(_CONTRACT), st.one_of(
    _JSON_VALUES, st.sampled_from([1, 2, 2.0, 2.7, "squared", "max", {"weight": 1.0, "bias": 0.0},
                                   {"weight": -1}, {"yes_loss": 0.5, "form": "mean"}, True, "no", "yes"]))))
def test_arbitrary_instance_metadata(tmp_path_factory, fields):
    folder = tmp_path_factory.mktemp("meta")
    path = instance_json(folder, "inst.json", **fields)
    instance = api_accepts_or_refuses(lambda: load_instance(path))
    if instance is None:
        return
    md = instance.metadata  # accepted: every contract key has its documented type
    assert md.get("k") is None or (type(md["k"]) is int and 1 <= md["k"] <= MAX_K)
    assert md.get("loss") in (None, "squared", "absolute", "max")
    assert md.get("output_bias") in (None, True, False)
    for key in ("weight", "bias"):
        value = (md.get("bounds") or {}).get(key)
        assert value is None or (type(value) in (int, float) and value >= 0)
    assert md.get("promise") is None or isinstance(md["promise"], dict)
    assert isinstance(md.get("sha256") or {}, dict)


@pytest.mark.parametrize("spelling", ["./ok.npz", "sub/../ok.npz", "ok.npz", ".//ok.npz"])
@pytest.mark.parametrize("key", ["./ok.npz", "ok.npz", "sub/../ok.npz"])
def test_checksum_is_checked_whatever_the_spelling(tmp_path, spelling, key):
    (tmp_path / "sub").mkdir()
    good_data(tmp_path)
    digest = sha256_file(tmp_path / "ok.npz")
    instance_json(tmp_path, "inst.json", data=spelling, sha256={key: digest})
    assert load_instance(tmp_path / "inst.json").dataset.n == 6
    rng = np.random.default_rng(3)
    atomic_write_npz(tmp_path / "ok.npz", X=rng.uniform(-1, 1, (6, 2)), y=np.zeros(6))  # tampered
    api_refuses(lambda: load_instance(tmp_path / "inst.json"), "sha256 mismatch")
    assert load_instance(tmp_path / "inst.json", verify_checksums=False).dataset.n == 6


def test_read_json_limits(tmp_path):
    (tmp_path / "ok.json").write_text("[" * MAX_JSON_NESTING + "]" * MAX_JSON_NESTING)
    assert json_depth(read_json(tmp_path / "ok.json")) == MAX_JSON_NESTING
    (tmp_path / "deep.json").write_text("[" * (MAX_JSON_NESTING + 1) + "]" * (MAX_JSON_NESTING + 1))
    api_refuses(lambda: read_json(tmp_path / "deep.json"), "nested deeper")
    (tmp_path / "inf.json").write_text('{"a": Infinity}')
    api_refuses(lambda: read_json(tmp_path / "inf.json"), "not valid JSON")
    (tmp_path / "bom.json").write_bytes(b'\xef\xbb\xbf{"a": 1}')
    assert read_json(tmp_path / "bom.json") == {"a": 1}


# ----------------------------------------------------------------- writing files (issues 6, 7)
def _targets(folder: Path) -> list[tuple[str, Path, str]]:
    (folder / "afile").write_text("x")
    (folder / "adir").mkdir(exist_ok=True)
    if not (folder / "link").is_symlink():
        os.symlink(folder / "afile", folder / "link")
    return [("directory", folder / "adir", "is a directory"),
            ("under-a-file", folder / "afile" / "x.json", "not a folder"),
            ("deep-under-a-file", folder / "afile" / "a" / "b.json", "not a folder"),
            ("symlink", folder / "link", "symbolic link"),
            ("device", Path("/dev/null"), "not a regular file"),
            ("empty-name", Path(""), "not a file name")]


def test_atomic_writes_refuse_non_regular_targets(tmp_path):
    for _, target, message in _targets(tmp_path):
        api_refuses(lambda: atomic_write_bytes(target, b"data"), message)
        api_refuses(lambda: check_output_path(target), message)
    assert (tmp_path / "afile").read_text() == "x" and (tmp_path / "link").is_symlink()
    assert Path("/dev/null").is_char_device()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_savers_refuse_bad_targets(tmp_path):
    data = Dataset(np.ones((2, 1)), np.ones(2))
    instance = generate("planted", n=5, d=1, k=1)
    for _, target, message in _targets(tmp_path):
        api_refuses(lambda: save_npz(data, target), message if target.suffix != ".json" else None)
    api_refuses(lambda: save_instance(instance, tmp_path / "afile" / "inst.json"), "not a folder")
    api_refuses(lambda: save_instance(instance, tmp_path / "afile"), "not a folder")
    api_refuses(lambda: check_output_dir(tmp_path / "afile"), "not a folder")
    api_refuses(lambda: check_output_dir(tmp_path / "afile" / "sub"), "not a folder")


def test_written_files_get_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        paths = [atomic_write_json(tmp_path / "a.json", {"a": 1}), save_npz(Dataset(np.ones((2, 1)), np.ones(2)),
                                                                            tmp_path / "d.npz")]
        paths.append(save_instance(generate("planted", n=5, d=1, k=1), tmp_path / "inst.json"))
        os.umask(0o077)
        private = atomic_write_bytes(tmp_path / "private.bin", b"x")
    finally:
        os.umask(old)
    for path in paths + [path.with_suffix(".npz") for path in paths[2:]]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    assert stat.S_IMODE(private.stat().st_mode) == 0o600  # the umask is honoured, not overridden


def test_library_export_files_are_not_owner_only(tmp_path):
    from milp_relu.library import export_instance

    old = os.umask(0o022)
    try:
        export_instance(generate("planted", n=5, d=1, k=1, loss="max"), tmp_path / "lib", time_limit=None)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "lib").iterdir()}
    assert modes and set(modes.values()) == {0o644}, modes


# ---------------------------------------------------------------------- generators (issue 7)
GENERATOR_CASES = [
    ("planted", {"weight_bound": 1e300}, "weight_bound"),
    ("planted", {"weight_bound": 1e-300}, "weight_bound"),
    ("planted", {"weight_bound": float("nan")}, "weight_bound"),
    ("planted", {"bias_bound": 1e7}, "bias_bound"),
    ("planted", {"bias_bound": -1.0}, "bias_bound"),
    ("planted", {"noise": 1e300}, "noise"),
    ("planted", {"noise": -0.1}, "noise"),
    ("planted", {"n": 10**6, "d": 10**4}, "limit"),
    ("planted", {"n": 2.5}, "integer"),
    ("planted", {"n": "5"}, "integer"),
    ("planted", {"k": True}, "integer"),
    ("planted", {"loss": "huber"}, "loss"),
    ("planted", {"positive": 9, "k": 2}, "positive"),
    ("planted", {"zz": 1}, "unknown parameter"),
    ("set-cover", {"M": 10**29}, "M must be"),
    ("set-cover", {"M": 1e29}, "M must be"),
    ("set-cover", {"M": 1}, "below"),
    ("set-cover", {"N": 10**9}, "N must be"),
    ("set-cover", {"m": 61}, "m must be"),
    ("set-cover", {"p": 2.0}, "p must"),
    ("set-cover", {"weighted": "no"}, "true or false"),
    ("set-cover", {"sets": "[[0,1]]"}, ""),
    ("set-cover", {"sets": [[0, "a"]]}, ""),
    ("set-cover", {"cover": [99]}, "cover"),
    ("monotone-circuit", {"M": 10**13}, "M must be"),
    ("monotone-circuit", {"m": 10**9}, "m must be"),
    ("monotone-circuit", {"depth": 9}, "depth"),
    ("monotone-circuit", {"circuit": {"inputs": "x"}}, ""),
    ("hypergraph-coloring", {"family": "copies", "copies": 10**9}, "copies"),
    ("hypergraph-coloring", {"N": 10**9, "family": "complete"}, "N must be"),
    ("hypergraph-coloring", {"k": 5}, "k must be"),
    ("hypergraph-coloring", {"edges": [[0, 0]]}, ""),
    ("hypergraph-coloring", {"family": "rainbow"}, "family"),
    ("bounded-coloring", {"output_norm": "l2"}, "output_norm"),
    ("dense-subgraph", {"c": 1e300}, "parameter c"),
    ("dense-subgraph", {"c": 0.0}, "parameter c"),
    ("dense-subgraph", {"N": 1000}, "N must be"),
    ("dense-subgraph", {"kappa": 99}, "kappa"),
    ("nosuch", {}, "unknown generator"),
]


@pytest.mark.parametrize("name, params, message", GENERATOR_CASES,
                         ids=[f"{n}-{'-'.join(p) or 'none'}" for n, p, _ in GENERATOR_CASES])
def test_generators_refuse_parameters_they_cannot_serve(name, params, message):
    api_refuses(lambda: generate(name, seed=0, **params), message or None)


def test_generator_seed_is_checked():
    for seed in (-1, 1.5, "0", None, True):
        api_refuses(lambda: generate("planted", seed=seed), "seed")


def test_generator_scale_limits_are_inclusive():
    """The documented range [1e-6, 1e6] is served at both ends."""
    for bound in (1e-6, 1e6):
        instance = generate("planted", n=5, d=1, k=1, weight_bound=bound)
        assert instance.metadata["bounds"]["weight"] == bound


_PARAM_VALUES = st.one_of(st.integers(-10**12, 10**12), st.floats(), st.text(max_size=4), st.booleans(), st.none(),
                          st.lists(st.integers(-2, 8), max_size=3))


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(list_generators())), data=st.data())
def test_generators_on_arbitrary_parameters(name, data):
    spec = list_generators()[name]
    names = data.draw(st.lists(st.sampled_from(sorted(spec.params)), max_size=2, unique=True))
    params = {p: data.draw(_PARAM_VALUES) for p in names}
    instance = api_accepts_or_refuses(lambda: generate(name, seed=0, **params))
    if instance is not None:
        assert np.all(np.isfinite(instance.dataset.X)) and instance.metadata["k"] >= 1


@FAST
@given(name=st.sampled_from(sorted(list_generators())), data=st.data(),
       text=st.text(string.printable, max_size=12))
def test_parse_param_value_on_arbitrary_text(name, data, text):
    pname = data.draw(st.sampled_from(sorted(list_generators()[name].params) + ["zz"]))
    api_accepts_or_refuses(lambda: parse_param_value(name, pname, text))


# --------------------------------------------------------------------------- limits module
def test_limits_refuse_and_accept_exactly_at_the_edges():
    assert check_k(MAX_K) == MAX_K and check_threads(MAX_THREADS) == MAX_THREADS
    for bad in (0, MAX_K + 1, 2.0, "2", True, None):
        api_refuses(lambda: check_k(bad), "k must be")
    for bad in (0, MAX_THREADS + 1, 1.5, "4"):
        api_refuses(lambda: check_threads(bad), "threads")
    check_array_size((MAX_ARRAY_ELEMENTS,), "x")
    api_refuses(lambda: check_array_size((MAX_ARRAY_ELEMENTS + 1,), "x"), "limit")
    check_model_size(1000, 10, 10)
    api_refuses(lambda: check_model_size(10**6, 100, 1), "nonzeros")


# ------------------------------------------------------------------ sweeps, results, reports
_SWEEP_VALUES = st.one_of(_JSON_VALUES, st.sampled_from(["planted", "squared", 1.0, {"start": 1, "stop": 3},
                                                         {"start": 1, "stop": 10**9, "step": 1}, float("nan"),
                                                         float("inf"), [float("nan")], 10**9, {"n": [1, 2]},
                                                         {"n": {"start": 1, "stop": 5000, "step": 1},
                                                          "d": {"start": 1, "stop": 5000, "step": 1}}]))
_SWEEP_KEYS = ["name", "time_limit", "repetitions", "seeds", "losses", "k", "bounds", "solver", "family",
               "hard_timeout_factor", "solve_function", "generate_function", "bogus"]


@FAST
@given(raw=st.dictionaries(st.sampled_from(_SWEEP_KEYS), _SWEEP_VALUES, max_size=4),
       families=st.lists(st.dictionaries(st.sampled_from(["generator", "grid", "label", "seeds", "time_limit", "k"]),
                                         _SWEEP_VALUES, max_size=3), max_size=2))
def test_parse_config_on_arbitrary_tables(raw, families):
    from milp_relu.sweep_config import parse_config

    raw = dict(raw, family=families) if families else raw
    config = api_accepts_or_refuses(lambda: parse_config(raw))
    if config is not None:
        assert 1 <= len(config.runs) <= 1_000_000


def test_load_config_refuses_unreadable_files(tmp_path):
    from milp_relu.sweep_config import load_config

    (tmp_path / "latin.toml").write_bytes('name = "caf\u00e9"\n'.encode("latin-1"))
    api_refuses(lambda: load_config(tmp_path / "latin.toml"), "UTF-8")
    (tmp_path / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    api_refuses(lambda: load_config(tmp_path / "deep.toml"))
    (tmp_path / "deep2.toml").write_text("x = " + "[" * (MAX_JSON_NESTING + 2) + "]" * (MAX_JSON_NESTING + 2) + "\n")
    api_refuses(lambda: load_config(tmp_path / "deep2.toml"), "nested deeper")
    api_refuses(lambda: load_config(tmp_path), "not found")


@pytest.mark.parametrize("address", ["local:0", "local:abc", "local:-1", "local:1.5", "local:", "local:999999"])
def test_local_cluster_addresses(address):
    from milp_relu.sweep import local_cluster_size, run_on_dask

    api_refuses(lambda: local_cluster_size(address), "local:N")
    api_refuses(lambda: run_on_dask([], address, lambda row: None), "local:N")


def test_scheduler_addresses_are_not_local_clusters():
    from milp_relu.sweep import local_cluster_size

    assert local_cluster_size("localhost:8786") is None
    assert local_cluster_size("tcp://127.0.0.1:8786") is None
    assert local_cluster_size("local:3") == 3 and local_cluster_size("local") >= 1


def test_results_store_refuses_foreign_and_corrupt_files(tmp_path):
    from milp_relu.results_store import ResultsStore

    foreign = foreign_sqlite(tmp_path / "theirs.sqlite")
    before = foreign.read_bytes()
    for create in (True, False):
        api_refuses(lambda: ResultsStore(foreign, create=create), "runs")
    assert sqlite_tables(foreign) == {"contacts"} and foreign.read_bytes() == before
    (tmp_path / "junk.sqlite").write_bytes(b"\x00junk" * 300)
    api_refuses(lambda: ResultsStore(tmp_path / "junk.sqlite"), "not a usable")
    api_refuses(lambda: ResultsStore(tmp_path), "not a file")
    (tmp_path / "afile").write_text("x")
    api_refuses(lambda: ResultsStore(tmp_path / "afile" / "r.sqlite"), "not a folder")
    api_refuses(lambda: ResultsStore(tmp_path / "gone.sqlite", create=False), "not found")


def test_report_functions_refuse_bad_input(tmp_path):
    from milp_relu.report import build_report, load_rows
    from milp_relu.results_store import ResultsStore

    with ResultsStore(tmp_path / "r.sqlite") as store:
        store.write({"run_key": "x", "generator": "planted", "status": "optimal", "params_json": "{bad"})
        store.write({"run_key": "y", "generator": None, "status": "optimal", "params_json": "{}"})
    skipped: list[str] = []
    assert load_rows(tmp_path / "r.sqlite", skipped=skipped) == []
    assert skipped == ["x: params_json is not valid JSON", "y: no generator name"]
    api_refuses(lambda: build_report(tmp_path / "r.sqlite", tmp_path / "rep"), "2 corrupt row(s)")
    api_refuses(lambda: build_report(tmp_path / "r.sqlite", tmp_path / "rep", time="gpu"), "time must be")
    (tmp_path / "afile").write_text("x")
    api_refuses(lambda: build_report(tmp_path / "r.sqlite", tmp_path / "afile"), "not a folder")
    assert not (tmp_path / "rep").exists()


# -------------------------------------------------------------------------------- library
def _library(tmp_path: Path) -> Path:
    from milp_relu.library import export_instance

    lib = tmp_path / "lib"
    export_instance(generate("planted", n=5, d=1, k=1, loss="max"), lib, time_limit=None)
    return lib


_MANIFEST_DAMAGE = [
    ("not-json", lambda m: "{"),
    ("list", lambda m: "[]"),
    ("instances-not-list", lambda m: json.dumps(dict(m, instances={"a": 1}))),
    ("row-not-object", lambda m: json.dumps(dict(m, instances=[5]))),
    ("row-name-number", lambda m: json.dumps(dict(m, instances=[dict(m["instances"][0], name=5)]))),
    ("files-list", lambda m: json.dumps(dict(m, instances=[dict(m["instances"][0], files=["a"])]))),
    ("file-number", lambda m: json.dumps(dict(m, instances=[dict(m["instances"][0],
                                                                 files=dict(m["instances"][0]["files"], data=5))]))),
    ("file-escapes", lambda m: json.dumps(dict(m, instances=[dict(m["instances"][0],
                                                                  files=dict(m["instances"][0]["files"],
                                                                             data="../../etc/passwd"))]))),
    ("row-sha-list", lambda m: json.dumps(dict(m, instances=[dict(m["instances"][0], sha256=[1])]))),
    ("row-sha-number", lambda m: json.dumps(dict(m, instances=[dict(
        m["instances"][0], sha256={k: 5 for k in m["instances"][0]["sha256"]})]))),
    ("reference-list", lambda m: json.dumps(dict(m, instances=[dict(m["instances"][0], reference=[1])]))),
    ("manifest-sha-list", lambda m: json.dumps(dict(m, sha256=["x"]))),
    ("reference-file-number", lambda m: json.dumps(dict(m, reference_file=5))),
    ("schema", lambda m: json.dumps(dict(m, library_schema_version="1"))),
    ("deep", lambda m: "[" * 3000 + "]" * 3000),
]


@pytest.mark.parametrize("case_id, damage", _MANIFEST_DAMAGE, ids=[d[0] for d in _MANIFEST_DAMAGE])
def test_verify_library_returns_problems_and_never_raises(tmp_path, case_id, damage):
    from milp_relu.library import MANIFEST, load_library, verify_library

    lib = _library(tmp_path)
    assert verify_library(lib) == []
    manifest = json.loads((lib / MANIFEST).read_text())
    (lib / MANIFEST).write_text(damage(manifest))
    problems = api_accepts_or_refuses(lambda: verify_library(lib))
    assert isinstance(problems, list) and problems and all(isinstance(p, str) for p in problems), problems
    api_refuses(lambda: list(load_library(lib)))


def test_verify_library_reports_damaged_entries(tmp_path):
    from milp_relu.library import verify_library

    lib = _library(tmp_path)
    meta = next(p for p in lib.glob("*.json") if p.name not in ("manifest.json", "timings.json"))
    meta.write_text(json.dumps(dict(json.loads(meta.read_text()), k="two")))
    problems = verify_library(lib)
    assert len(problems) == 1 and "sha256 mismatch for the metadata file" in problems[0], problems
    (lib / "reference.solu").write_bytes(b"\xff\xfe garbage")
    problems = verify_library(lib)
    assert len(problems) == 1 and "reference.solu: sha256 mismatch" in problems[0], problems
    assert verify_library(tmp_path / "nowhere") and verify_library(meta)


def test_export_functions_refuse_bad_choices(tmp_path):
    from milp_relu.library import ExportChoice, export_choice, export_instance, read_solu

    instance = generate("planted", n=5, d=1, k=1, loss="max")
    for kwargs, message in [({"k": 0}, "k must"), ({"k": 10**9}, "k must"), ({"weight_bound": -1.0}, "weight bound"),
                            ({"weight_bound": float("nan")}, "weight bound"), ({"bias_bound": float("inf")}, "bias"),
                            ({"signs": "abc"}, "signs"), ({"signs": 5}, "signs"), ({"loss": "huber"}, "loss"),
                            ({"output_bias": "no"}, "output_bias")]:
        api_refuses(lambda: export_choice(instance, **kwargs), message)
    api_refuses(lambda: ExportChoice(loss="max", k=1, weight_bound="1", bias_bound=1.0), "weight bound")
    api_refuses(lambda: ExportChoice(loss="max", k=1, weight_bound=1.0, bias_bound=1.0, signs=0.5), "signs")
    (tmp_path / "afile").write_text("x")
    api_refuses(lambda: export_instance(instance, tmp_path / "afile", time_limit=None), "not a folder")
    api_refuses(lambda: export_instance(instance, tmp_path / "lib", formats=["xml"], time_limit=None), "format")
    big = Instance(Dataset(np.zeros((100, 1000)), np.zeros(100)), {"name": "big", "k": 1000, "loss": "max"})
    api_refuses(lambda: export_instance(big, tmp_path / "lib2", time_limit=None), "nonzeros")
    (tmp_path / "bad.solu").write_text("=opt= x\n")
    api_refuses(lambda: read_solu(tmp_path / "bad.solu"))


def _fam(**fields):
    return {"time_limit": 5.0, "family": [dict({"generator": "planted"}, **fields)]}


SWEEP_CASES = [
    ("huge-product", _fam(grid={"n": {"start": 1, "stop": 5000, "step": 1},
                                "d": {"start": 1, "stop": 5000, "step": 1}}),
     "more than"),
    ("huge-repetitions", dict(_fam(), repetitions=10**9), "more than"),
    ("k-huge", dict(_fam(), k=10**6), "k must be"),
    ("k-fraction", dict(_fam(), k=2.5), "k must be"),
    ("label-list", _fam(label=["a"]), "'label' must be a string"),
    ("int-param-inf", _fam(grid={"n": float("inf")}), "expected an integer"),
    ("int-param-nan", _fam(grid={"n": float("nan")}), "expected an integer"),
    ("float-param-nan", _fam(grid={"noise": float("nan")}), "expected a number"),
    ("list-param-nan", {"time_limit": 5.0, "family": [{"generator": "set-cover", "grid": {"sets": [float("nan")]}}]},
     "JSON cannot store"),
    ("range-inf", _fam(grid={"n": {"start": 1, "stop": float("inf"), "step": 1}}), "numbers"),
    ("range-huge-num", _fam(grid={"n": {"start": 1, "stop": 5, "num": 10**9}}), "10000"),
    ("seeds-negative", dict(_fam(), seeds=[-1]), "seeds"),
    ("time-limit-inf", dict(_fam(), time_limit=float("inf")), "time_limit"),
    ("solver-threads", dict(_fam(), solver={"threads": 4}), "threads"),
    ("solver-unknown", dict(_fam(), solver={"turbo": True}), "unknown solver option"),
    ("solver-list", dict(_fam(), solver=[1]), "[solver]"),
    ("bounds-negative", dict(_fam(), bounds={"weight": -1}), "bounds.weight"),
    ("family-not-table", {"time_limit": 5.0, "family": [5]}, "must be a table"),
    ("hard-factor", dict(_fam(), hard_timeout_factor=float("nan")), "hard_timeout_factor"),
]


@pytest.mark.parametrize("case_id, raw, message", SWEEP_CASES, ids=[c[0] for c in SWEEP_CASES])
def test_parse_config_refuses_bad_sweeps(case_id, raw, message):
    from milp_relu.sweep_config import parse_config

    api_refuses(lambda: parse_config(raw), message)


# -------------------------------------------------------------------------------- fit itself
_X = np.random.default_rng(0).uniform(-1, 1, (5, 1))
FIT_CASES = [
    ("threads-text", {"threads": "a"}, "threads"),
    ("threads-huge", {"threads": 10**6}, "threads"),
    ("threads-zero", {"threads": 0}, "threads"),
    ("seed-text", {"seed": "x"}, "seed"),
    ("seed-negative", {"seed": -1}, "seed"),
    ("signs-list", {"signs": [1, 2]}, "signs"),
    ("signs-text", {"signs": "abc"}, "signs"),
    ("progress-number", {"progress": 5}, "progress"),
    ("k-fraction", {"k": 2.7}, "k must be"),
    ("k-billion", {"k": 10**9}, "k must be"),
    ("k-bool", {"k": True}, "k must be"),
    ("loss", {"loss": "huber"}, "loss"),
    ("time-limit-nan", {"time_limit": float("nan")}, "time limit"),
    ("weight-bound-text", {"weight_bound": "1"}, "weight bound"),
    ("sign-mode", {"sign_mode": 3}, "sign_mode"),
    ("complex-y", {"y": _X[:, 0] + 1j}, "complex"),
    ("masked-y", {"y": np.ma.array(_X[:, 0], mask=[0, 1, 0, 0, 0])}, "masked"),
    ("string-X", {"X": _X.astype(str)}, "strings"),
    ("datetime-X", {"X": np.array([["2020-01-01"]] * 5, dtype="datetime64[D]")}, "dates"),
]


@pytest.mark.parametrize("case_id, kwargs, message", FIT_CASES, ids=[c[0] for c in FIT_CASES])
def test_fit_refuses_bad_arguments(case_id, kwargs, message):
    from milp_relu import fit

    args = {"X": _X, "y": _X[:, 0], "time_limit": 30, **kwargs}
    api_refuses(lambda: fit(**args), message)


def test_pandas_frames_with_dates_text_or_missing_values_are_refused():
    import pandas as pd

    numbers = {"a": [1.0, 2.0, 3.0]}
    for extra, message in [(pd.to_datetime(["2020-01-01"] * 3), "Timestamp"), (["x", "y", "z"], "str"),
                           (pd.array([1, None, 3], dtype="Int64"), "NAType")]:
        frame = pd.DataFrame(dict(numbers, b=extra))
        api_refuses(lambda: Dataset(frame, [1.0, 2.0, 3.0]), message)
    data = Dataset(pd.DataFrame(dict(numbers, b=[1, 2, 3])), pd.Series([1, 2, 3]))
    np.testing.assert_array_equal(data.X, [[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])


def test_save_instance_checks_everything_before_writing(tmp_path):
    data = Dataset(np.ones((2, 1)), np.ones(2))
    for metadata, message in [({"name": "../escape"}, "plain file name"), ({"name": "a/b"}, "plain file name"),
                              ({"name": ".."}, "plain file name"), ({"name": "a", "k": float("nan")}, "'k'"),
                              ({"name": "a", "k": 2.5}, "'k'"), ({"name": "a", "output_bias": "no"}, "output_bias"),
                              ({"name": "a", "extra": np.ones(2)}, "cannot be written as JSON"),
                              ({"name": "a", "note": float("inf")}, "cannot be written as JSON")]:
        api_refuses(lambda: save_instance(Instance(data, dict(metadata)), tmp_path / "out"), message)
    assert not (tmp_path / "out").exists()
    (tmp_path / "x.npz").mkdir()
    api_refuses(lambda: save_instance(Instance(data, {"name": "x"}), tmp_path / "x.json"), "is a directory")
    assert not (tmp_path / "x.json").exists()


NETWORK_JSON = [
    ('{"W": [[1]], "b": [0], "s": [1], "c": "x"}', "output bias"),
    ('{"W": [[1]], "b": [0], "s": [1], "c": [1]}', "output bias"),
    ('{"W": [[1]], "b": [0], "s": [1], "c": true}', "output bias"),
    ('{"W": [[1]], "b": [[0, [1]]], "s": [1]}', "network b"),
    ('{"W": [[1]], "b": [0], "s": ["1"]}', "strings"),
    ('{"W": "abc", "b": [0], "s": [1]}', "network W must be numeric"),
    ('{"W": [[1]], "b": [0], "s": [0.5]}', "output signs"),
    ('{"W": [[1, 2]], "b": [0, 1], "s": [1]}', "shapes disagree"),
    ('{"b": [0], "s": [1]}', "lacks key"),
    ("[1]", "must be an object"),
    ('"abc"', "must be an object"),
    ("{", "not valid JSON"),
]


@pytest.mark.parametrize("text, message", NETWORK_JSON, ids=[f"net{i}" for i in range(len(NETWORK_JSON))])
def test_network_json_is_read_without_coercion(text, message):
    from milp_relu import ReLUNetwork

    api_refuses(lambda: ReLUNetwork.from_json(text), message)


def test_network_predict_refuses_data_it_would_misread():
    from milp_relu import ReLUNetwork

    net = ReLUNetwork(np.ones((1, 2)), [0.0], [1.0])
    for X, message in [(np.ones((2, 2)) + 1j, "complex"), ("abc", "numeric"), (np.ones((2, 3)), "expects"),
                       (np.ma.array(np.ones((2, 2)), mask=[[1, 0], [0, 0]]), "masked")]:
        api_refuses(lambda: net.predict(X), message)
    np.testing.assert_array_equal(net.predict([[1, 2], [0, 0]]), [3.0, 0.0])


def test_library_checksums_are_found_whatever_the_spelling(tmp_path):
    from milp_relu.library import MANIFEST, load_library, verify_library

    lib = _library(tmp_path)
    manifest = json.loads((lib / MANIFEST).read_text())
    row = manifest["instances"][0]
    row["files"] = {role: "./" + name for role, name in row["files"].items()}
    (lib / MANIFEST).write_text(json.dumps(manifest))
    assert [entry.instance.dataset.n for entry in load_library(lib)] == [5]  # './x' found its checksum
    assert verify_library(lib) == []
    data = lib / row["files"]["data"][2:]
    data.write_bytes(data.read_bytes()[:-1] + b"\x01")  # tamper with the data
    api_refuses(lambda: list(load_library(lib)), "sha256 mismatch")


_PATH_TEXT = st.one_of(st.text(max_size=20), st.just("x" * 300), st.just("a\0b"), st.just("a/" + "y" * 300 + "/b"),
                       st.sampled_from(["", ".", "..", "/", "/dev/null", "/proc/self/status", "ok.npz/x"]))


@FAST
@given(text=_PATH_TEXT)
def test_readers_on_arbitrary_path_strings(tmp_path_factory, text):
    from milp_relu.library import load_library, verify_library
    from milp_relu.results_store import ResultsStore
    from milp_relu.sweep_config import load_config

    folder = tmp_path_factory.mktemp("paths")
    good_data(folder)
    old = os.getcwd()
    os.chdir(folder)
    try:
        for reader in (load_dataset, load_instance, read_json, load_config, load_library,
                       lambda p: ResultsStore(p, create=False)):
            api_accepts_or_refuses(lambda: reader(text))
        assert isinstance(api_accepts_or_refuses(lambda: verify_library(text)), list)
    finally:
        os.chdir(old)


@FAST
@given(text=st.text(max_size=20).filter(lambda t: ".." not in t), long=st.booleans())
def test_writers_on_arbitrary_path_strings(tmp_path_factory, text, long):
    folder = tmp_path_factory.mktemp("write")
    name = "p" + text + ("x" * 300 if long else "")
    written = api_accepts_or_refuses(lambda: atomic_write_bytes(folder / name, b"data"))
    if written is not None:
        assert Path(written).read_bytes() == b"data" and folder in Path(written).resolve().parents
    api_accepts_or_refuses(lambda: check_output_dir(folder / name))


def test_library_and_suite_functions_refuse_bad_arguments(tmp_path):
    from milp_relu.generators import benchmark_suite, benchmark_suite_specs
    from milp_relu.library import export_suite, load_entry, suite_items, write_golden

    lib = _library(tmp_path)
    (tmp_path / "afile").write_text("x")
    for call, message in [(lambda: benchmark_suite("nosuch"), "unknown benchmark suite"),
                          (lambda: benchmark_suite_specs(5), "unknown benchmark suite"),
                          (lambda: load_entry(lib), "give the entry name"),
                          (lambda: load_entry(lib, name=5), "no entry named"),
                          (lambda: load_entry(lib, name="nosuch"), "no entry named"),
                          (lambda: load_entry(tmp_path / "afile"), ""),
                          (lambda: write_golden(tmp_path / "afile"), "not a folder"),
                          (lambda: suite_items(None), "unknown library suite"),
                          (lambda: export_suite("tiny", tmp_path / "afile"), "not a folder"),
                          (lambda: export_suite("nosuch", tmp_path / "lib2"), "unknown library suite")]:
        api_refuses(call, message or None)
    assert not (tmp_path / "lib2").exists()
