"""Scaling report: censored fits, plots present and non-empty, report.md and the CLI."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
from click.testing import CliRunner

from milp_relu.cli import main
from milp_relu.report import build_report, censored_quantiles, fit_log_time
from milp_relu.results_store import ResultsStore
from milp_relu.sweep import run_sweep
from milp_relu.sweep_config import parse_config


def _synthetic_db(path, rate=0.5, limit=20.0, seed=0):
    """Rows with time = exp(rate * x + noise), censored at ``limit`` (status time_limit)."""
    rng = np.random.default_rng(seed)
    with ResultsStore(path) as store:
        for x in range(1, 9):
            for rep in range(6):
                t = math.exp(-1.0 + rate * x + 0.3 * rng.normal())
                status = "optimal" if t < limit else "time_limit"
                store.write({"run_key": f"k{x}-{rep}", "sweep": "syn", "family": "g3", "generator": "bounded-coloring",
                             "params_json": json.dumps({"copies": x}), "seed": 0, "repetition": rep,
                             "n": 10 * x, "d": 4 * x, "k": 2, "loss": "squared", "options_json": "{}",
                             "time_limit": limit, "status": status, "wall_s": min(t, limit),
                             "eps": 1.0 / (300 * x), "started_at": f"2026-01-01T00:00:{x:02d}"})
        store.write({"run_key": "err", "sweep": "syn", "family": "g3", "generator": "bounded-coloring",
                     "params_json": json.dumps({"copies": 3}), "seed": 0, "repetition": 99, "n": 30, "d": 12,
                     "k": 2, "loss": "squared", "options_json": "{}", "time_limit": limit, "status": "error",
                     "error": "worker process died", "started_at": "2026-01-01T00:01:00"})


def test_censored_fit_recovers_the_rate_and_never_counts_time_limits_as_solved(tmp_path):
    db = tmp_path / "syn.sqlite"
    _synthetic_db(db)
    result = build_report(db, tmp_path / "out")
    fits = {f.axis: f for f in result.fits}
    f = fits["copies"]
    assert f.censored > 0 and f.solved + f.censored == 48 and f.errors == 1
    e = f.models["exponential"]
    assert e.method == "tobit"
    assert e.ci_low < 0.5 < e.ci_high
    assert f.better == "exponential"
    assert f.naive_exponential_rate < e.slope  # dropping censored runs biases the rate low
    # 1/eps = 300 x is the same axis up to scale: its rate is the copies rate / 300
    assert fits["inv_eps"].models["exponential"].slope == pytest.approx(e.slope / 300, rel=1e-3)
    text = (tmp_path / "out" / "report.md").read_text()
    assert "Gap-ETH" in text and "censored" in text and ">= 20" in text
    for p in result.plots:
        assert p.stat().st_size > 2000
        if p.suffix == ".svg":
            assert "<svg" in p.read_text()[:2000]
    names = {p.name for p in result.plots}
    assert "g3__copies__time_vs_inv_eps.png" in names
    assert "g3__copies__profile.svg" in names
    assert json.loads((tmp_path / "out" / "fits.json").read_text())


def test_ols_without_censoring_matches_linregress():
    x = np.array([1, 2, 3, 4, 5.0])
    t = np.exp(0.7 * x + np.array([0.1, -0.1, 0.05, 0.0, -0.05]))
    m = fit_log_time(x, t, [False] * 5, [100] * 5, "exponential")
    assert m.method == "ols" and m.slope == pytest.approx(0.7, abs=0.1) and m.ci_low < m.slope < m.ci_high
    p = fit_log_time(x, x ** 3, [False] * 5, [100] * 5, "polynomial")
    assert p.slope == pytest.approx(3.0)


def test_censored_quantiles_mark_lower_bounds():
    q = censored_quantiles([1, 2, 10, 10], [False, False, True, True], 10.0)
    assert q[0] == (pytest.approx(1.75), False)
    assert q[2][1] is True and q[2][0] == 10.0


def test_report_from_a_real_small_sweep_via_cli(tmp_path):
    cfg = parse_config({"name": "tiny", "time_limit": 10, "seeds": [0, 1],
                        "family": [{"generator": "planted", "grid": {"n": [6, 10, 14], "d": 2, "k": 1}}]})
    db = tmp_path / "tiny.sqlite"
    run_sweep(cfg, db, workers=2, progress=False)
    out = tmp_path / "rep"
    res = CliRunner().invoke(main, ["report", "--db", str(db), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert (out / "report.md").is_file()
    pngs = sorted((out / "plots").glob("*.png"))
    svgs = sorted((out / "plots").glob("*.svg"))
    assert pngs and len(pngs) == len(svgs)
    assert all(p.stat().st_size > 2000 for p in pngs + svgs)

    bad = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "none.sqlite"), "--out", str(out)])
    assert bad.exit_code == 2 and "not found" in bad.output
