"""End-to-end tests of `milp-relu solve-instance` (a real subprocess, as a user runs it)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import planted
from milp_relu.fileio import atomic_write_npz

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "milp_relu.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_json_output_is_one_object_with_the_contract_keys(tmp_path):
    X, y = planted(12, 2, 2, seed=1, noise=0.05)
    data = tmp_path / "d.npz"
    atomic_write_npz(data, X=X, y=y)
    net_file = tmp_path / "net.json"
    proc = run("solve-instance", str(data), "--k", "2", "--loss", "absolute", "--json", "--save-network", str(net_file))
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)  # stdout holds exactly one JSON object
    for key in ("status", "loss", "loss_sum", "loss_mean", "lower_bound", "gap_abs", "gap_rel", "time_s",
                "nodes", "oa_iterations", "k", "n", "d", "network", "solver"):
        assert key in payload
    assert payload["status"] == "optimal" and payload["k"] == 2 and payload["n"] == 12
    assert payload["solver"]["name"] == "highs" and payload["solver"]["version"]
    W = np.array(payload["network"]["W"])
    assert W.shape == (2, 2)
    from milp_relu import ReLUNetwork
    net = ReLUNetwork.from_json(net_file.read_text())
    assert net.loss(X, y, "absolute").value == pytest.approx(payload["loss"], rel=1e-12)


def test_readme_example_runs_and_prints_a_table():
    proc = run("solve-instance", "examples/planted_n25_d2_k2.npz", "--k", "2", "--loss", "squared", cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "optimal" in proc.stdout and "lower bound" in proc.stdout


def test_csv_and_log_file(tmp_path):
    X, y = planted(8, 1, 1, seed=2)
    csv = tmp_path / "d.csv"
    csv.write_text("x0,y\n" + "\n".join(f"{a},{b}" for a, b in zip(X[:, 0], y)) + "\n")
    log = tmp_path / "solve.log"
    proc = run("solve-instance", str(csv), "--loss", "max", "--json", "--log", str(log))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["loss"] <= 1e-8
    assert "split" in log.read_text()


@pytest.mark.parametrize("setup, args, message", [
    (lambda p: None, ["missing.npz"], "no such file"),
    (lambda p: (p / "bad.npz").write_bytes(b"garbage"), ["bad.npz"], "corrupt"),
    (lambda p: np.savez(p / "nan.npz", X=np.array([[np.nan]]), y=np.array([1.0])), ["nan.npz"], "NaN"),
    (lambda p: np.savez(p / "e.npz", X=np.zeros((0, 2)), y=np.zeros(0)), ["e.npz"], "empty"),
    (lambda p: np.savez(p / "s.npz", X=np.ones((3, 2)), y=np.ones(2)), ["s.npz"], "3 rows but y has 2"),
    (lambda p: np.savez(p / "w.npz", X=np.ones((2, 1)), y=np.ones(2), sample_weight=np.array([1.0, -1.0])), ["w.npz"], "positive"),
    (lambda p: (p / "r.csv").write_text("a,y\n1,2\n3\n"), ["r.csv"], "fields"),
    (lambda p: (p / "t.csv").write_text("a,y\n1,x\n"), ["t.csv"], "non-numeric"),
    (lambda p: np.savez(p / "ok.npz", X=np.ones((2, 1)), y=np.ones(2)), ["ok.npz", "--k", "0"], "k must be"),
    (lambda p: np.savez(p / "ok.npz", X=np.ones((2, 1)), y=np.ones(2)), ["ok.npz", "--weight-bound", "-1"], "weight bound"),
    (lambda p: np.savez(p / "ok.npz", X=np.ones((2, 1)), y=np.ones(2)), ["ok.npz", "--signs", "abc"], "signs"),
])
def test_bad_input_is_one_error_line_and_exit_2(tmp_path, setup, args, message):
    setup(tmp_path)
    proc = run("solve-instance", *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unknown_loss_is_rejected_by_the_cli(tmp_path):
    np.savez(tmp_path / "ok.npz", X=np.ones((2, 1)), y=np.ones(2))
    proc = run("solve-instance", "ok.npz", "--loss", "huber", cwd=tmp_path)
    assert proc.returncode == 2 and "huber" in proc.stderr


def test_readme_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    test_line = next(line.strip() for line in readme.splitlines() if "pytest" in line and "pip install" in line)
    command = test_line.split("&&", 1)[1].strip()
    assert command in ci
