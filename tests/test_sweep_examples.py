"""examples/quick_sweep.toml runs end to end and reports (its speed is a benchmark's business);
the larger sweep files are valid."""
from __future__ import annotations

from pathlib import Path

from milp_relu.report import build_report
from milp_relu.results_store import ResultsStore
from milp_relu.sweep import run_sweep
from milp_relu.sweep_config import load_config

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_large_example_is_valid():
    cfg = load_config(EXAMPLES / "large_sweep.toml")
    assert {r.generator for r in cfg.runs} == {"bounded-coloring", "planted"}


def test_scaling_example_is_valid():
    cfg = load_config(EXAMPLES / "scaling_sweep.toml")
    complete = [r for r in cfg.runs if r.generator == "bounded-coloring" and r.params.get("family") == "complete"]
    assert sorted(r.params["N"] for r in complete) == list(range(4, 12))


def test_quick_example_sweep_and_report(tmp_path):
    cfg = load_config(EXAMPLES / "quick_sweep.toml")
    summary = run_sweep(cfg, tmp_path / "quick.sqlite", workers=2, progress=False)
    assert summary.ran == len(cfg.runs) and summary.counts["error"] == 0
    with ResultsStore(tmp_path / "quick.sqlite") as store:
        rows = store.rows()
    g3 = [r for r in rows if r["generator"] == "bounded-coloring"]
    assert all(r["eps"] and r["eps"] > 0 for r in g3)
    result = build_report(tmp_path / "quick.sqlite", tmp_path / "report")
    axes = {(f.generator, f.axis) for f in result.fits}
    assert ("bounded-coloring", "inv_eps") in axes and ("planted", "n") in axes
    assert all(p.stat().st_size > 2000 for p in result.plots)
