"""`milp-relu generate` and `milp-relu verify` end to end (click's CliRunner)."""
from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
from click.testing import CliRunner

from milp_relu.cli import main
from milp_relu.generators import generate
from milp_relu.instance import load_instance

HAS_SOLVER = importlib.util.find_spec("milp_relu.solve") is not None


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_list_describes_every_generator_and_parameter():
    res = run("generate", "--list")
    assert res.exit_code == 0
    for name in ["set-cover", "monotone-circuit", "hypergraph-coloring", "bounded-coloring", "dense-subgraph", "planted"]:
        assert name in res.output
    for param in ["kappa", "output_norm", "fan_in", "weighted", "noise", "family"]:
        assert param in res.output
    assert "--param name=value" in res.output


def test_generate_writes_the_same_instance_as_the_api(tmp_path):
    res = run("generate", "set-cover", "--param", "N=7", "--param", "t=3", "--m", "6", "--answer=yes",
              "--seed", "4", "--out", tmp_path / "g1.json")
    assert res.exit_code == 0, res.output
    inst = load_instance(tmp_path / "g1.json")
    api = generate("set-cover", seed=4, N=7, t=3, m=6, answer="yes")
    assert inst.name == api.name == "set-cover_N7_m6_t3_p0.3_weighted_yes_Mauto_s4"
    assert np.array_equal(inst.dataset.X, api.dataset.X) and np.array_equal(inst.dataset.y, api.dataset.y)
    assert (tmp_path / "g1.npz").exists()
    # a folder as --out: files named after the instance; JSON parameters
    res = run("generate", "hypergraph-coloring", "--param", "edges=[[0,1],[1,2],[2,3],[3,4]]", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    written = list(tmp_path.glob("hypergraph-coloring_src*_k2_s0.json"))
    assert len(written) == 1
    md = json.loads(written[0].read_text())
    assert md["answer"] == "yes" and md["params"]["edges"] == [[0, 1], [1, 2], [2, 3], [3, 4]]


@pytest.mark.parametrize("args,needle", [
    (["generate", "set-cover", "--param", "t=9", "--out", "x.json"], "t = 9 is larger than the number of sets"),
    (["generate", "set-cover", "--param", "t", "--out", "x.json"], "name=value"),
    (["generate", "set-cover", "--param", "N=six", "--out", "x.json"], "not a valid int"),
    (["generate", "set-cover", "--bogus", "1", "--out", "x.json"], "unknown parameter 'bogus'"),
    (["generate", "wat", "--out", "x.json"], "unknown generator"),
    (["generate", "set-cover"], "--out"),
    (["generate"], "GENERATOR"),
    (["generate", "hypergraph-coloring", "--k", "1", "--out", "x.json"], "k must be >= 2"),
    (["generate", "dense-subgraph", "--kappa", "20", "--out", "x.json"], "kappa = 20 is larger"),
    (["generate", "dense-subgraph", "--p", "1.5", "--out", "x.json"], "p must lie in"),
    (["verify", "missing.json"], "no such instance file"),
])
def test_errors_exit_2_with_one_line(args, needle, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run(*args)
    assert res.exit_code == 2
    assert needle in res.output
    assert "Traceback" not in res.output


def test_verify_no_solve_and_tampered_promise(tmp_path):
    assert run("generate", "set-cover", "--out", tmp_path / "a.json").exit_code == 0
    res = run("verify", tmp_path / "a.json", "--no-solve")
    assert res.exit_code == 0 and "PASS  certificate loss = promised YES loss" in res.output
    md = json.loads((tmp_path / "a.json").read_text())
    md["promise"]["yes_loss"] = 1.0  # lie about the certificate
    (tmp_path / "a.json").write_text(json.dumps(md))
    res = run("verify", tmp_path / "a.json", "--no-solve")
    assert res.exit_code == 1 and "FAIL  certificate loss" in res.output


@pytest.mark.skipif(not HAS_SOLVER, reason="the exact engine (milp_relu.solve) is not available")
def test_verify_solves_yes_and_no(tmp_path):
    assert run("generate", "set-cover", "--out", tmp_path / "yes.json").exit_code == 0
    res = run("verify", tmp_path / "yes.json", "--time-limit", "30")
    assert res.exit_code == 0, res.output
    assert "PASS  optimum <= YES loss" in res.output and "FAIL" not in res.output
    assert run("generate", "hypergraph-coloring", "--family", "complete", "--N", "4", "--r", "2",
               "--out", tmp_path / "no.json").exit_code == 0
    res = run("verify", tmp_path / "no.json", "--time-limit", "30")
    assert res.exit_code == 0, res.output
    assert "PASS  optimum >= NO bound" in res.output
    # a NO bound above the true optimum (4/3) must FAIL
    md = json.loads((tmp_path / "no.json").read_text())
    md["promise"]["no_bound"] = 2.0
    (tmp_path / "no.json").write_text(json.dumps(md))
    res = run("verify", tmp_path / "no.json", "--time-limit", "30")
    assert res.exit_code == 1 and "FAIL  optimum >= NO bound" in res.output
