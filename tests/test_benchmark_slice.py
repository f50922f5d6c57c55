"""A tiny slice of benchmarks/run.py, so the benchmark cannot rot."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_tiny_suite_runs_and_prints_ratios(tmp_path):
    out = tmp_path / "runs.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--suite", "tiny", "--time-limit", "20",
         "--configs", "all-on,no-warm-start,no-enumeration,A,B,G", "--jobs", "1", "--json", str(out)],
        capture_output=True, text=True, timeout=240, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = proc.stdout
    assert "median, geomean vs all-on" in text
    assert "build_big_m n=10000 d=10 k=3" in text
    for config in ("all-on", "no-warm-start", "A"):
        assert config in text
    assert out.exists()
    header = next(line for line in text.splitlines() if line.startswith("instance"))
    assert header.split()[-1] == "G"
    if "note: G skipped: gurobipy not installed" not in text:  # gurobipy is an optional baseline
        assert "G / all-on" in text and "skip" not in text


def _bench():
    """benchmarks/run.py and benchmarks/baselines.py as modules (they are scripts, not a package)."""
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    import baselines
    import run
    return run, baselines


def test_gurobi_baseline_agrees_with_fit_or_reports_skipped():
    """With gurobipy: Gurobi's float64-verified optimum equals milp_relu's on tiny instances of all
    three losses. Without it (an optional baseline): the run says "skipped" with a note."""
    from conftest import planted

    import milp_relu
    from milp_relu.network import ReLUNetwork

    _, baselines = _bench()
    for loss, k, seed in (("squared", 2, 3), ("absolute", 2, 4), ("max", 1, 5)):
        X, y = planted(12, 2, k, seed, noise=0.1)
        out = baselines.baseline_gurobi(X, y, k, loss, time_limit=30)
        if not baselines.gurobi_available():
            assert out["status"] == baselines.GUROBI_SKIPPED and "gurobipy" in out["note"]
            continue
        ref = milp_relu.fit(X, y, k=k, loss=loss, time_limit=60)
        assert out["status"] == ref.status == "optimal"
        assert abs(out["loss"] - ref.loss) <= 1e-4 * max(abs(ref.loss), abs(out["loss"])) + 2e-6
        net = ReLUNetwork.from_dict(out["network"])
        assert net.loss(X, y, loss).value == out["loss"]
        assert net.max_violation(1.0, 1.0) == 0.0
        assert out["lower_bound"] <= out["loss"] + 1e-6 * (1 + out["loss"])


def test_gurobi_baseline_without_gurobipy_reports_skipped(monkeypatch):
    _, baselines = _bench()
    monkeypatch.setitem(sys.modules, "gurobipy", None)  # import gurobipy now raises ImportError
    assert not baselines.gurobi_available()
    X, y = np.zeros((3, 1)), np.zeros(3)
    out = baselines.baseline_gurobi(X, y, 1, "absolute")
    assert out["status"] == "skipped: gurobipy not installed"
    assert out["note"]


def test_table_cells_and_notes_for_a_baseline_that_did_not_run(capsys):
    run, baselines = _bench()
    insts = [{"name": "a"}, {"name": "b"}]
    results = {(0, "G"): {"status": baselines.GUROBI_SKIPPED, "note": "x", "time": 0.0},
               (1, "G"): {"status": baselines.GUROBI_OVER_LICENCE, "note": "212 variables", "time": 0.1},
               (0, "all-on"): {"status": "optimal", "time": 1.234, "loss": 1.0}}
    assert [run.cell(results[key]) for key in ((0, "all-on"), (0, "G"), (1, "G"))] == ["1.23", "skip", "lic"]
    run.print_notes(insts, results)
    text = capsys.readouterr().out
    assert "note: G skipped: gurobipy not installed (1 runs" in text
    assert "note: G over licence: b (212 variables)" in text


def test_check_optima_flags_a_gurobi_network_below_the_proven_optimum():
    run, _ = _bench()
    results = {(0, "all-on"): {"status": "optimal", "loss": 1.0},
               (0, "G"): {"status": "time_limit", "loss": 0.99},
               (1, "all-on"): {"status": "optimal", "loss": 2.0},
               (1, "G"): {"status": "optimal", "loss": 2.0 + 1e-5}}
    run.check_optima(results)
    assert results[(0, "G")]["status"].startswith("network of loss 0.99")
    assert results[(1, "G")]["status"] == "optimal"  # within 1e-4 relative


def test_issue13_suite_families_and_real_data_slice():
    run, _ = _bench()
    entries = run.SUITES["issue13"]
    insts = [run.load(e) for e in entries]
    run.unique_names(insts, entries)
    assert len({inst["name"] for inst in insts}) == len(insts)
    fams = [run.family(e) for e in entries]
    assert {"planted L1", "planted squared", "G3", "real data"} == set(fams)
    real = [inst for inst, f in zip(insts, fams) if f == "real data"]
    assert {inst["loss"] for inst in real} == {"absolute", "squared"}
    for inst in real:
        assert (inst["n"], inst["d"], inst["k"], inst["wb"], inst["bb"]) == (40, 2, 2, 2.0, 2.0)
        np.testing.assert_allclose(inst["X"].mean(axis=0), 0.0, atol=1e-12)
        np.testing.assert_allclose(inst["X"].std(axis=0), 1.0)
        np.testing.assert_allclose([inst["y"].mean(), inst["y"].std()], [0.0, 1.0], atol=1e-12)
    g3 = [inst for inst, f in zip(insts, fams) if f == "G3"]
    assert [inst["n"] for inst in g3] == [15, 21, 28, 45]  # K_N: N vertices + N(N-1)/2 edges


def test_real_data_slice_is_the_bundled_diabetes_data():
    """The CSV's provenance, checked against scikit-learn's copy when scikit-learn is installed."""
    raw = np.genfromtxt(ROOT / "benchmarks" / "data" / "diabetes_bmi_s5_first40.csv", delimiter=",", names=True)
    assert raw.dtype.names == ("row", "bmi", "s5", "y") and raw.shape == (40,)
    datasets = pytest.importorskip("sklearn.datasets")
    data = datasets.load_diabetes(scaled=False)
    np.testing.assert_array_equal(raw["row"], np.arange(40))
    np.testing.assert_allclose(raw["bmi"], data.data[:40, 2])
    np.testing.assert_allclose(raw["s5"], data.data[:40, 8])
    np.testing.assert_allclose(raw["y"], data.target[:40])
