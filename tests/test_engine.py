"""The engine package (milp_relu.engine): one problem description, one options object, the
reductions, the solver choice (fit, estimator, CLI, sweep, export) and the backend boundary."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import planted
from milp_relu import InputError, ReLUNetwork, fit
from milp_relu.engine.options import SolveOptions
from milp_relu.engine.problem import Problem, parse_signs, sign_count
from milp_relu.engine.transforms import reduce
from milp_relu.fileio import atomic_write_npz

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "milp_relu" / "engine"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "milp_relu.cli", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def test_one_sign_parser_accepts_the_words_of_every_entry_point():
    assert [sign_count(s, 3) for s in (None, "", "all", "none", "binary")] == [None] * 5
    assert [sign_count(s, 3) for s in ("positive", "convex", "+", " 2 ", 1, np.int64(0))] == [3, 3, 3, 2, 1, 0]
    assert sign_count([1, -1, 1], 3) == 2
    assert parse_signs(2, 3) == [(1.0, 1.0, -1.0)]
    for bad, message in ((4, "signs p must lie"), ("many", "signs must be an integer p"),
                         (True, "signs must be an integer p"), ([1, 0, 1], "values in")):
        with pytest.raises(InputError, match=message):
            sign_count(bad, 3)


@pytest.mark.parametrize("kwargs, message", [
    (dict(k=0), "k must be"), (dict(loss=3), "loss must be"), (dict(weight_bound="1"), "weight bound"),
    (dict(bias_bound=float("inf")), "bias bound"), (dict(sign_mode="x"), "sign_mode"),
    (dict(output_bias=1), "output_bias must be True or False"),
])
def test_problem_refuses_every_bad_value_before_work(kwargs, message):
    X, y = planted(n=4, d=1, k=1, seed=0)
    with pytest.raises(InputError, match=message):
        Problem.from_user(X, y, **kwargs)


@pytest.mark.parametrize("kwargs, message", [
    (dict(solver="nonsense"), "solver must be one of highs"), (dict(threads=0), "threads"),
    (dict(time_limit=True), "time limit must be a number"), (dict(search="bfs"), "search must be"),
    (dict(big_m="row"), "big_m"), (dict(obbt="yes"), "obbt must be True or False"),
])
def test_options_refuse_every_bad_value(kwargs, message):
    with pytest.raises(InputError, match=message):
        SolveOptions.from_user(**kwargs)


def test_fit_refuses_an_unknown_solver():
    X, y = planted(n=4, d=1, k=1, seed=0)
    with pytest.raises(InputError, match="solver must be one of highs, scip, gurobi, got 'nonsense'"):
        fit(X, y, solver="nonsense")


def test_fit_records_the_solver_name_and_version():
    X, y = planted(n=6, d=1, k=1, seed=2, noise=0.1)
    result = fit(X, y, loss="absolute")
    assert result.options["solver"] == "highs"
    assert result.solver["name"] == "highs" and result.solver["version"].count(".") == 2


def test_reductions_invert_exactly_for_every_network():
    """The merge's offset and the scale's factor are applied and inverted in one place: the
    loss of any network on the user's data equals its solver-unit loss mapped back."""
    rng = np.random.default_rng(3)
    X = np.repeat(rng.normal(size=(5, 2)) * 40.0, 2, axis=0)
    y = rng.normal(size=10) * 7.0
    w = rng.uniform(0.5, 2.0, size=10)
    problem = Problem.from_user(X, y, k=2, loss="squared", weight_bound=0.1, sample_weight=w)
    red = reduce(problem)
    assert red.work.data.n == 5 and red.merge.offset > 0
    net = ReLUNetwork(rng.uniform(-1, 1, (2, 2)), rng.uniform(-0.1, 0.1, 2), np.array([1.0, -1.0]), 0.0)
    work = red.work.data
    solver_units = net.loss(work.X, work.y, "squared", work.sample_weight).value
    user = red.network_to_user(net).loss(X, y, "squared", w).value
    assert red.to_user(red.to_internal(solver_units)) == pytest.approx(user, rel=1e-12)
    assert red.to_work(red.to_internal(1.25)) == pytest.approx(1.25, rel=1e-15)


def test_the_engine_holds_no_raw_solver_object():
    """Backends are reached through get_backend and the SolverBackend methods only."""
    for path in ENGINE.rglob("*.py"):
        text = path.read_text()
        assert "highspy" not in text and "backend.h." not in text and "HighsBackend" not in text, path


def test_estimator_declares_the_solver():
    pytest.importorskip("sklearn")
    from milp_relu.sklearn import ExactReLURegressor, ParameterError

    model = ExactReLURegressor(loss="absolute")
    assert model.get_params()["solver"] == "highs"
    X, y = planted(n=6, d=1, k=1, seed=2, noise=0.1)
    assert model.fit(X, y).result_.options["solver"] == "highs"
    with pytest.raises(ParameterError, match="solver"):
        ExactReLURegressor(solver="nonsense").fit(X, y)
    # the estimator takes the one sign parser's words
    convex = ExactReLURegressor(k=2, loss="absolute", signs="convex").fit(X, y)
    assert np.all(convex.network_.s == 1.0)


@pytest.mark.parametrize("command", [["solve-instance", "d.npz"], ["export", "d.npz", "--out", "lib"],
                                     ["sweep", "s.toml", "--db", "r.sqlite"]])
def test_cli_refuses_an_unknown_solver_in_one_line(tmp_path, command):
    X, y = planted(n=6, d=1, k=1, seed=1)
    atomic_write_npz(tmp_path / "d.npz", X=X, y=y)
    (tmp_path / "s.toml").write_text('name = "s"\ntime_limit = 5\n[[family]]\ngenerator = "planted"\n'
                                     'grid = {n = 4, d = 1}\n')
    proc = run_cli(*command, "--solver", "nonsense", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "nonsense" in lines[0]


def test_cli_solve_instance_reports_its_solver(tmp_path):
    X, y = planted(n=6, d=1, k=1, seed=1, noise=0.1)
    atomic_write_npz(tmp_path / "d.npz", X=X, y=y)
    proc = run_cli("solve-instance", "d.npz", "--loss", "absolute", "--solver", "highs", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert '"solver": "highs"' in proc.stdout


def test_sweep_records_a_solver_other_than_highs_and_keeps_highs_keys():
    from milp_relu.sweep_config import parse_config, with_solver

    raw = {"name": "t", "time_limit": 5, "family": [{"generator": "planted", "grid": {"n": [8], "d": 2}}]}
    plain = parse_config(raw)
    explicit = parse_config(dict(raw, solver={"solver": "highs"}))
    assert [r.run_key for r in plain.runs] == [r.run_key for r in explicit.runs]
    assert with_solver(plain, "highs").runs[0].run_key == plain.runs[0].run_key
    with pytest.raises(InputError, match="solver must be one of"):
        parse_config(dict(raw, solver={"solver": "nonsense"}))


@pytest.mark.parametrize("name", ["scip", "gurobi"])
def test_optional_backends_give_the_same_certified_optimum(name):
    pytest.importorskip(f"milp_relu.backends.{name}")  # the backend module is a colleague's work
    X, y = planted(n=10, d=1, k=2, seed=5, noise=0.1)
    for loss in ("squared", "absolute"):
        try:
            theirs = fit(X, y, k=2, loss=loss, solver=name)
        except InputError as exc:  # the solver package itself is not installed
            pytest.skip(str(exc))
        ours = fit(X, y, k=2, loss=loss)
        assert theirs.status == ours.status == "optimal"
        assert theirs.loss == pytest.approx(ours.loss, rel=1e-5, abs=1e-6)
        assert theirs.solver["name"] == name


def test_search_tree_is_highs_only():
    with pytest.raises(InputError):  # scip: not installed, or the tree refuses it
        SolveOptions.from_user(solver="scip", search="tree")


class FakeMiqpBackend:
    """A backend that declares convex_miqp and records what the engine hands it."""

    from milp_relu.backends.base import Capabilities

    name = "fake"
    capabilities = Capabilities(milp=True, convex_qp=True, convex_miqp=True)
    seen: list = []

    def __init__(self, model, threads=1, seed=0, verbose=False, log_file=None):
        self.model, self.interrupted, self.diagonal = model, False, None
        FakeMiqpBackend.seen.append(self)

    def set_quadratic(self, diagonal):
        self.diagonal = np.asarray(diagonal)

    def set_start(self, x):
        pass

    def add_rows(self, A, lower, upper):
        raise AssertionError("a native MIQP needs no outer-approximation cuts")

    def solve(self, time_limit=None, cutoff=None, rel_gap=1e-6, abs_gap=1e-6):
        from milp_relu.backends.base import RawSolution

        return RawSolution("time_limit", None, np.inf, -np.inf, 0, 0, 0.0, "fake")


def test_a_backend_with_convex_miqp_gets_the_squared_loss_natively(monkeypatch):
    """No outer approximation: the residuals' quadratic 2 omega_i on r, the linear cost zeroed."""
    from milp_relu import backends

    monkeypatch.setitem(backends.BACKENDS, "fake", (__name__, "FakeMiqpBackend", None))
    FakeMiqpBackend.seen.clear()
    X, y = planted(n=6, d=1, k=1, seed=2, noise=0.1)
    w = np.linspace(1.0, 2.0, 6)
    result = fit(X, y, loss="squared", sample_weight=w, solver="fake", search="milp",
                 enumeration=False, warm_start=False, time_limit=30)
    assert result.status == "time_limit" and result.solver["name"] == "fake"
    assert result.network is not None  # the verified zero network at least
    masters = [b for b in FakeMiqpBackend.seen if np.any(b.model.integrality)]
    assert masters  # one per attempt at the split (a time limit restarts it once)
    for backend in masters:
        r = backend.model.index.loss_vars["r"]
        assert np.all(backend.model.cost == 0.0)
        np.testing.assert_allclose(backend.diagonal[r], 2.0 * backend.model.dataset.weights)
        assert np.count_nonzero(backend.diagonal) == len(backend.model.dataset.weights)
