"""Every examples/*.py runs to exit 0 and prints its key lines, so that no example can rot.

Each example is run as a user would run it (a subprocess of this Python) from an empty working
folder, which must stay empty: examples write only into a temporary folder or the folder given
on their command line. The checks that decide an example's exit code are also tested to fail
on a wrong certificate.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from milp_relu import Dataset, ReLUNetwork, load_dataset
from milp_relu.learners import LearnResult
from milp_relu.solve import FitResult

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: Key lines each example must print (besides "all checks passed"); a new example must add its own.
KEY_LINES: dict[str, list[str]] = {
    "fit_from_csv.py": ["status       optimal", "loss recomputed by hand in NumPy: PASS",
                        "network      {\"W\": [["],
    "sklearn_pipeline.py": ["cross-validated R^2", "refit on all data    status optimal",
                            "two units are no worse than one (both optimal): PASS"],
    "hardness_instance.py": ["certificate loss 2 vs promised 2: PASS",
                             "PASS  optimum <= YES loss", "PASS  optimum >= NO bound"],
    "sweep_and_report.py": ["8 ran (8 optimal", "second sweep ran nothing: PASS",
                            "a growth fit of time against n: PASS"],
    "learners.py": ["proper    status finished", "certified True",
                    "run certifies loss <= lower bound + eps: PASS"],
}

#: Command-line arguments per example; {out} is a fresh output folder.
ARGS: dict[str, list[str]] = {
    "fit_from_csv.py": ["--out", "{out}"],
    "hardness_instance.py": ["{out}"],
}

#: Files an example must leave in its output folder.
OUTPUTS: dict[str, list[str]] = {
    "fit_from_csv.py": ["network.json"],
    "hardness_instance.py": ["set-cover_N5_m4_t2_p0.3_weighted_yes_Mauto_s0.json",
                             "set-cover_N5_m4_t2_p0.3_weighted_yes_Mauto_s0.npz",
                             "set-cover_N5_m4_t2_p0.3_weighted_no_Mauto_s0.json",
                             "set-cover_N5_m4_t2_p0.3_weighted_no_Mauto_s0.npz"],
}

SCRIPTS = sorted(p.name for p in EXAMPLES.glob("*.py"))


def load_example(name: str) -> ModuleType:
    """Import examples/NAME as a module (its main() is not run)."""
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), EXAMPLES / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_is_registered() -> None:
    """A new example cannot slip in without its key lines."""
    assert SCRIPTS and set(SCRIPTS) == set(KEY_LINES)


@pytest.mark.parametrize("name", SCRIPTS)
def test_example_runs(name: str, tmp_path: Path) -> None:
    """Exit 0, key lines, no FAIL, nothing written outside the given folder."""
    cwd, out = tmp_path / "cwd", tmp_path / "out"
    cwd.mkdir()
    args = [a.replace("{out}", str(out)) for a in ARGS.get(name, [])]
    proc = subprocess.run([sys.executable, str(EXAMPLES / name), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for line in [*KEY_LINES[name], "all checks passed"]:
        assert line in proc.stdout, f"{name} did not print {line!r}:\n{proc.stdout}"
    assert "FAIL" not in proc.stdout
    assert list(cwd.iterdir()) == []
    for file in OUTPUTS.get(name, []):
        assert (out / file).is_file(), f"{name} did not write {file}"
    if name == "fit_from_csv.py":
        _saved_network_has_printed_loss(out / "network.json", proc.stdout)


def _saved_network_has_printed_loss(path: Path, stdout: str) -> None:
    """The written network, evaluated by the library, has the loss the example printed."""
    net = ReLUNetwork.from_dict(json.loads(path.read_text()))
    data = load_dataset(EXAMPLES / "two_relu_teacher.csv")
    printed = float(next(ln for ln in stdout.splitlines() if ln.startswith("loss ")).split()[1])
    assert np.sum(np.abs(net.predict(data.X) - data.y)) == pytest.approx(printed, rel=1e-9)


def _result(network: ReLUNetwork, loss: float, bound: float, status: str = "optimal") -> FitResult:
    return FitResult(status=status, network=network, loss=loss, loss_sum=loss, loss_mean=loss,
                     lower_bound=bound, gap_abs=loss - bound, gap_rel=0.0, time_s=0.0, nodes=0,
                     oa_iterations=0, k=network.k, n=3, d=1, loss_name="absolute",
                     solver={"name": "highs", "version": "x"})


def test_csv_checks_fail_on_a_wrong_certificate() -> None:
    """Each of fit_from_csv's checks fails on the certificate it is meant to catch."""
    checks = load_example("fit_from_csv.py").certificate_checks
    net = ReLUNetwork(W=[[1.0]], b=[0.0], s=[1.0])
    data = Dataset(np.array([[-1.0], [0.0], [1.0]]), np.array([0.0, 0.5, 1.0]))
    assert all(checks(_result(net, 0.5, 0.5), data, "absolute", box=1.0).values())
    wrong = {
        "status is optimal": _result(net, 0.5, 0.5, status="time_limit"),
        "loss recomputed by hand in NumPy": _result(net, 0.4, 0.4),
        "lower bound <= loss": _result(net, 0.5, 0.6),
        "gap closed (<= 1e-5 relative or absolute)": _result(net, 0.5, 0.3),
        "weights inside the box |w|, |b| <= 1": _result(ReLUNetwork(W=[[2.0]], b=[0.0], s=[1.0]), 1.5, 1.5),
    }
    for name, result in wrong.items():
        failed = [k for k, ok in checks(result, data, "absolute", box=1.0).items() if not ok]
        assert failed == [name], (name, failed)


def test_sweep_row_checks_fail_on_a_bad_row() -> None:
    """Each of sweep_and_report's row checks fails on the row it is meant to catch."""
    row_checks = load_example("sweep_and_report.py").row_checks
    good = [(8 + i, 0, "optimal", 1.0, 1.0, 0.0) for i in range(8)]
    assert all(row_checks(good).values())
    assert not row_checks(good[:7])["8 runs stored"]
    assert not row_checks([*good[:7], (20, 1, "time_limit", 1.0, 0.5, 0.5)])["every run optimal"]
    assert not row_checks([*good[:7], (20, 1, "optimal", 1.0, 1.5, -0.5)])["lower bound <= verified loss"]
    assert not row_checks([*good[:7], (20, 1, "optimal", 1.0, 0.9, 0.1)])["gap closed (<= 1e-5)"]


def _learned(network: ReLUNetwork, loss_mean: float, lower: float, certified: bool) -> LearnResult:
    return LearnResult(method="proper", network=network, loss_mean=loss_mean, eps=0.1,
                       setting="agnostic", k=network.k, n=3, d=1, time_s=0.0, projected_dim=1,
                       candidates=0, guarantee={"certified": certified}, lower_bound=lower)


def test_learner_checks_fail_on_a_wrong_answer() -> None:
    """Each of learners.py's proper checks fails on the answer it is meant to catch."""
    checks = load_example("learners.py").proper_checks
    X, y = np.array([[-1.0], [0.0], [1.0]]), np.array([0.0, 0.5, 1.0])
    net, wide = ReLUNetwork(W=[[1.0]], b=[0.0], s=[1.0]), ReLUNetwork(W=[[2.0]], b=[0.0], s=[1.0])
    loss, wide_loss = (float(np.mean((n.predict(X) - y) ** 2)) for n in (net, wide))
    assert all(checks(_learned(net, loss, loss, True), X, y, 0.1).values())
    wrong = {
        "proper: network in the class ||w_j|| <= 1, |b_j| <= 1": _learned(wide, wide_loss, wide_loss, True),
        "proper: mean loss recomputed by hand": _learned(net, loss + 0.01, loss, True),
        "proper: run certifies loss <= lower bound + eps": _learned(net, loss, loss - 0.5, True),
    }
    for name, result in wrong.items():
        failed = [k for k, ok in checks(result, X, y, 0.1).items() if not ok]
        assert failed == [name], (name, failed)
    uncertified = checks(_learned(net, loss, loss, False), X, y, 0.1)
    assert [k for k, ok in uncertified.items() if not ok] == ["proper: run certifies loss <= lower bound + eps"]
