"""``milp-relu learn``: the JSON contract, bad input as one error line with exit 2, --normalize,
and the learners inside a sweep and its report."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from milp_relu.fileio import atomic_write_npz

KEYS = {"method", "eps", "setting", "k", "n", "d", "loss_mean", "time_s", "network", "projected_dim",
        "candidates", "guarantee"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "milp_relu.cli", "learn", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture
def realizable(tmp_path) -> Path:
    rng = np.random.default_rng(0)
    X = rng.uniform(-0.7, 0.7, size=(12, 2))
    y = np.maximum(X @ np.array([0.6, -0.5]) + 0.1, 0.0)
    path = tmp_path / "r.npz"
    atomic_write_npz(path, X=X, y=y)
    return path


@pytest.mark.parametrize("method", ["proper", "improper", "exact"])
def test_json_has_the_contract_keys(realizable, method):
    proc = run(str(realizable), "--method", method, "--eps", "0.1", "--setting", "realizable", "--json")
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert KEYS <= set(payload)
    assert payload["method"] == method and payload["eps"] == 0.1 and payload["setting"] == "realizable"
    assert (payload["n"], payload["d"], payload["k"]) == (12, 2, 1)
    assert payload["loss_mean"] <= 0.1
    if method == "improper":
        assert payload["network"] is None and payload["projected_dim"] is None
    else:
        assert set(payload["network"]) == {"W", "b", "s", "c"}
        assert payload["exact_optimum"] == pytest.approx(0.0, abs=1e-9)  # the engine closed the gap
    if method == "proper":
        assert payload["projected_dim"] == 2 and payload["guarantee"]["certified"] is True
        W = np.array(payload["network"]["W"])
        assert np.all(np.linalg.norm(W, axis=1) <= 1 + 1e-9)


def test_outside_the_ball_one_error_line_then_normalize(tmp_path):
    X = np.array([[3.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
    path = tmp_path / "big.npz"
    atomic_write_npz(path, X=X, y=np.array([0.5, 0.0, 0.2]))
    proc = run(str(path), "--eps", "0.2", "--json")
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "divide X by 3" in lines[0]
    proc = run(str(path), "--eps", "0.2", "--json", "--normalize", "--method", "improper")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["normalized"] == {"x_divided_by": 3.0, "y_divided_by": 1.0}


@pytest.mark.parametrize("args", [["--eps", "0"], ["--eps", "1.5"], ["--eps", "0.1", "--k", "0"],
                                  ["--eps", "0.1", "--delta", "2"], ["--eps", "0.1", "--time-limit", "-3"]])
def test_bad_options_exit_2_with_one_line(realizable, args):
    proc = run(str(realizable), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), proc.stderr


def test_missing_or_corrupt_file_exit_2(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    for path in (tmp_path / "none.npz", bad):
        proc = run(str(path), "--eps", "0.1")
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_learners_in_a_sweep_and_the_report(tmp_path):
    from milp_relu.learners.sweep_adapter import report_view
    from milp_relu.sweep import execute_run
    from milp_relu.sweep_config import parse_config

    families = [{"label": f"{m} {e}", "generator": "dense-subgraph", "grid": {"N": 5, "kappa": 3},
                 "solver": {"method": m, "eps": e}} for m in ("proper", "improper") for e in (0.5, 0.25)]
    config = parse_config({"name": "l", "time_limit": 30.0, "losses": ["squared"], "family": families,
                           "solve_function": "milp_relu.learners.sweep_adapter:solve"})
    rows = [execute_run(spec) for spec in config.runs]
    assert [r["status"] for r in rows] == ["optimal"] * 4, [r.get("error") for r in rows]
    for r in rows:
        stored = json.loads(r["result_json"])
        assert r["loss_mean"] == stored["loss_mean"] and stored["reached"] in (True, False, None)
        r["params"] = json.loads(r["params_json"])
        report_view(r)
        assert r["inv_eps"] in (2.0, 4.0) and r["params"]["eps"] in (0.5, 0.25)
        assert '"eps"' not in r["options_json"]
    assert {r["family"] for r in rows} == {"proper learner", "improper learner"}
