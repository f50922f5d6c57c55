"""A tiny slice of benchmarks/run.py, so the benchmark cannot rot."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_tiny_suite_runs_and_prints_ratios(tmp_path):
    out = tmp_path / "runs.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--suite", "tiny", "--time-limit", "20",
         "--configs", "all-on,no-warm-start,no-enumeration,A,B", "--jobs", "1", "--json", str(out)],
        capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = proc.stdout
    assert "median, geomean vs all-on" in text
    assert "build_big_m n=10000 d=10 k=3" in text
    for config in ("all-on", "no-warm-start", "A"):
        assert config in text
    assert out.exists()
