"""benchmarks/largest_n.py: the seed and solver arguments, one ladder, and the summary table
(largest n per seed, the median, the solved counts)."""
from __future__ import annotations

import argparse
import json
import re
import subprocess

import pytest

from conftest import load_benchmark


@pytest.fixture(scope="module")
def largest_n():
    return load_benchmark("largest_n")


def _args(largest_n, *extra: str) -> argparse.Namespace:
    return largest_n.parser().parse_args(list(extra))


def test_seed_and_solver_lists(largest_n):
    assert largest_n.seed_list("0-4") == [0, 1, 2, 3, 4]
    assert largest_n.seed_list("0,3,5-6") == [0, 3, 5, 6]
    for bad in ("", "a", "1-x", "-3"):
        with pytest.raises(argparse.ArgumentTypeError):
            largest_n.seed_list(bad)
    assert largest_n.solver_list("milp_relu,gurobi") == ["milp_relu", "gurobi"]
    with pytest.raises(argparse.ArgumentTypeError):
        largest_n.solver_list("scip")


def test_bad_arguments_exit_2(largest_n, capsys):
    for argv in (["--seeds", "x"], ["--solvers", "cplex"], ["--loss", "hinge"]):
        with pytest.raises(SystemExit) as stop:
            largest_n.main(argv)
        assert stop.value.code == 2
        assert "error:" in capsys.readouterr().err


def _fake_children(largest_n, monkeypatch, statuses):
    """subprocess.run answers with statuses[(seed, n)] ("optimal" where absent below the cap)."""
    calls = []

    def run(cmd, capture_output, text, timeout):
        code = cmd[-1]
        seed, n = (int(re.search(rf"\b{name}=(\d+)", code).group(1)) for name in ("seed", "n"))
        calls.append((seed, n))
        row = {"status": statuses(seed, n), "time": 0.5, "nodes": 10, "cpu": 0.4, "loss": seed + n / 1000,
               "splits": [["p=1", 1234 + n, "optimal"], ["p=0", 0, "pruned"], ["p=2", 7, "cutoff"]]}
        return subprocess.CompletedProcess(cmd, 0, json.dumps(row) + "\n", "")

    monkeypatch.setattr(largest_n.subprocess, "run", run)
    return calls


def test_climb_stops_at_the_first_failure(largest_n, monkeypatch, capsys):
    calls = _fake_children(largest_n, monkeypatch, lambda seed, n: "optimal" if n <= 50 else "time_limit")
    args = _args(largest_n, "--start", "30")
    best, stop, tried = largest_n.climb("milp_relu", 7, args)
    assert best == 50 and stop == "n=60: time_limit"
    assert tried == {30: 7.03, 40: 7.04, 50: 7.05, 60: None}
    assert calls == [(7, 30), (7, 40), (7, 50), (7, 60)]        # the seed reaches the child
    out = capsys.readouterr().out
    assert "seed=7 n=60: time_limit" in out
    # each rung names the nodes and status of every split
    assert ("seed=7 n=30: optimal 0.50s, CPU 0.40s, 10 nodes, loss 7.03 "
            "[p=1 1,264 optimal; p=0 0 pruned; p=2 7 cutoff]") in out


def test_summary_median_and_counts(largest_n, monkeypatch, capsys):
    # seeds 0, 1, 2 solve up to n = 20, 30, 60 (median 30, mean 36.7); gurobi is "not installed"
    def statuses(seed, n):
        return "optimal" if n <= (20, 30, 60)[seed] else "time_limit"

    _fake_children(largest_n, monkeypatch, statuses)
    args = _args(largest_n, "--seeds", "0-2", "--solvers", "milp_relu")
    results = {("milp_relu", s): largest_n.climb("milp_relu", s, args) for s in args.seeds}
    results.update({("gurobi", s): (None, "skipped", {}) for s in args.seeds})
    capsys.readouterr()
    largest_n.print_summary(results, ["milp_relu", "gurobi"], args)
    out = capsys.readouterr().out.splitlines()
    table = {line.split()[0]: line.split()[1:] for line in out if line[:1].isdigit() or line.startswith("median")}
    assert [table[str(s)][:2] for s in range(3)] == [["20", "skipped"], ["30", "skipped"], ["60", "skipped"]]
    assert table["median"] == ["30", "skipped"]
    counts = next(line for line in out if line.startswith("milp_relu solved"))
    assert "n=20 3/3, n=30 2/3, n=40 1/3, n=50 1/3, n=60 1/3, n=80 0/3" in counts
    assert any("gurobi: skipped" in line for line in out)


def test_one_real_ladder(largest_n, capsys):
    """The child programs run: a real ladder of milp_relu on one seed, stopped by a short limit."""
    largest_n.main(["--seeds", "3", "--solvers", "milp_relu", "--d", "2", "--k", "1",
                    "--time-limit", "30", "--start", "20", "--max-n", "30"])
    out = capsys.readouterr().out
    assert "milp_relu absolute d=2 k=1 seed=3 n=20: optimal" in out
    assert "milp_relu absolute d=2 k=1 seed=3 n=30: optimal" in out
    # the real child reports its splits (k = 1: p=0 and p=1), each with its nodes and status,
    # and their nodes add up to the fit's
    rung = next(line for line in out.splitlines() if "seed=3 n=30:" in line)
    found = re.search(r", ([\d,]+) nodes, .*\[p=[01] ([\d,]+) \w+; p=[01] ([\d,]+) \w+\]$", rung)
    assert found, rung
    total, *parts = (int(g.replace(",", "")) for g in found.groups())
    assert sum(parts) == total
    assert "n=40" not in out
    assert [line.split() for line in out.splitlines() if line.startswith(("3 ", "median"))] == [
        ["3", "30"], ["median", "30"]]


def test_summary_checks_that_the_optima_agree(largest_n, capsys):
    args = _args(largest_n, "--seeds", "0-1")
    results = {("milp_relu", 0): (30, "n=40: time_limit", {20: 1.0, 30: 2.0, 40: None}),
               ("milp_relu", 1): (20, "n=30: time_limit", {20: 3.0, 30: None}),
               ("gurobi", 0): (20, "n=30: time_limit", {20: 1.00001, 30: None}),
               ("gurobi", 1): (30, "n=40: time_limit", {20: 3.1, 30: 4.0, 40: None})}
    largest_n.print_summary(results, ["milp_relu", "gurobi"], args)
    out = capsys.readouterr().out
    assert "optima of milp_relu and gurobi: DISAGREE on 1 of 2 instances both solved" in out
    assert "seed 1 n=20: 3 against 3.1" in out
    results["gurobi", 1] = (30, "n=40: time_limit", {20: 3.0, 30: 4.0, 40: None})
    largest_n.print_summary(results, ["milp_relu", "gurobi"], args)
    assert "agree within 0.0001 on all 2 instances both solved" in capsys.readouterr().out


def test_tree_options_reach_the_child_only_when_given(largest_n, monkeypatch, capsys):
    assert largest_n.tree_option("subset_bounds=off") == ("subset_bounds", "off")
    assert largest_n.tree_option("polish=False") == ("polish", False)
    assert largest_n.tree_option(" strong = 8 ") == ("strong", 8)
    for bad in ("subset_bounds", "=off"):
        with pytest.raises(argparse.ArgumentTypeError):
            largest_n.tree_option(bad)
    codes = []

    def run(cmd, capture_output, text, timeout):
        codes.append(cmd[-1])
        row = {"status": "optimal", "time": 0.5, "loss": 1.0}
        return subprocess.CompletedProcess(cmd, 0, json.dumps(row) + "\n", "")

    monkeypatch.setattr(largest_n.subprocess, "run", run)
    largest_n.climb("milp_relu", 0, _args(largest_n, "--start", "20", "--max-n", "20"))
    largest_n.climb("milp_relu", 0, _args(largest_n, "--start", "20", "--max-n", "20", "--tree-option",
                                          "subset_bounds=off", "--tree-option", "geometry=false"))
    # without options the child's call is the one any checkout understands (no tree_options keyword)
    assert "tree_options" not in codes[0]
    assert "**{'tree_options': {'subset_bounds': 'off', 'geometry': False}}" in codes[1]
    # and the child's code is valid Python with the options as a literal
    compile(codes[1], "child", "exec")
