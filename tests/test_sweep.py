"""The sweep runner on real solves: resume after SIGKILL, worker crashes, dask LocalCluster."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from milp_relu.results_store import COLUMN_NAMES, ResultsStore
from milp_relu.sweep import run_sweep
from milp_relu.sweep_config import load_config, parse_config

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(str(db), timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(TESTS), env.get("PYTHONPATH", "")])
    return env


def test_resume_after_sigkill_loses_and_duplicates_nothing(tmp_path):
    cfg_path = tmp_path / "kill.toml"
    cfg_path.write_text(
        'name = "kill"\ntime_limit = 5\nseeds = [0, 1, 2, 3]\n'
        '[[family]]\ngenerator = "planted"\n[family.grid]\nn = [12, 16, 24]\nd = 2\nk = 2\nnoise = 0.1\n')
    db = tmp_path / "kill.sqlite"
    expected = {r.run_key for r in load_config(cfg_path).runs}
    cmd = [sys.executable, "-m", "milp_relu.cli", "sweep", str(cfg_path), "--db", str(db),
           "--workers", "2", "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _count(db) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the sweep finished before it could be killed; make the runs slower"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    time.sleep(0.3)  # let the kernel reap the workers (they die with the parent)
    with ResultsStore(db) as store:
        before = {r["run_key"]: r for r in store.rows()}
    assert 2 <= len(before) < len(expected)
    assert set(before) <= expected

    done = subprocess.run(cmd, cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{len(before)} already in" in done.stderr
    with ResultsStore(db) as store:
        after = store.rows()
    keys = [r["run_key"] for r in after]
    assert len(keys) == len(set(keys)) == len(expected)
    assert set(keys) == expected
    for row in after:  # rows written before the kill are untouched
        if row["run_key"] in before:
            assert row["started_at"] == before[row["run_key"]]["started_at"]
        assert row["status"] in ("optimal", "time_limit"), row["error"]
        assert row["n"] == row_n(row) and row["verified_loss"] is not None and row["wall_s"] > 0


def row_n(row):
    import json
    return json.loads(row["params_json"])["n"]


def test_worker_crash_is_recorded_as_error_and_the_sweep_goes_on(tmp_path):
    # n = 7 calls os._exit(3) inside the worker, n = 9 segfaults it; n = 0 makes the generator raise
    raw = {"name": "crash", "time_limit": 10, "seeds": [0], "solve_function": "sweep_helpers:crash_on_seed_1",
           "family": [{"generator": "planted", "grid": {"n": [6, 7, 0, 8, 9], "d": 2, "k": 1}}]}
    cfg = parse_config(raw)
    db = tmp_path / "crash.sqlite"
    summary = run_sweep(cfg, db, workers=2, progress=False)
    assert summary.ran == 5 and summary.counts["error"] == 3
    with ResultsStore(db) as store:
        rows = {row_n(r): r for r in store.rows()}
    assert rows[7]["status"] == "error"
    assert "worker process died (exit code 3)" in rows[7]["error"]
    assert rows[0]["status"] == "error" and "InputError" in rows[0]["error"]
    assert rows[9]["status"] == "error" and "killed by SIGSEGV" in rows[9]["error"]
    for n in (6, 8):
        assert rows[n]["status"] == "optimal"
        assert rows[n]["host"] and rows[n]["highspy_version"] and rows[n]["python_version"]
        assert rows[n]["peak_mem_mb"] > 0 and rows[n]["cpu_s"] >= 0
    # resuming skips everything, --retry-errors re-runs only the two errors
    again = run_sweep(cfg, db, workers=1, progress=False)
    assert again.ran == 0 and again.skipped == 5
    retry = run_sweep(cfg, db, workers=1, progress=False, retry_errors=True)
    assert retry.ran == 3
    with ResultsStore(db) as store:
        assert store.count() == 5


def test_dask_local_cluster_gives_the_same_rows_as_the_process_pool(tmp_path):
    distributed = pytest.importorskip("distributed")
    raw = {"name": "dask", "time_limit": 10, "seeds": [0, 1],
           "family": [{"generator": "planted", "grid": {"n": [8, 12], "d": 2, "k": 1, "noise": 0.1}}]}
    cfg = parse_config(raw)
    pool_db, dask_db = tmp_path / "pool.sqlite", tmp_path / "dask.sqlite"
    run_sweep(cfg, pool_db, workers=2, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = run_sweep(cfg, dask_db, dask=cluster.scheduler_address, progress=False)
    assert summary.ran == 4 and summary.counts["optimal"] == 4
    with ResultsStore(pool_db) as a, ResultsStore(dask_db) as b:
        pool = {r["run_key"]: r for r in a.rows()}
        dask = {r["run_key"]: r for r in b.rows()}
    assert set(pool) == set(dask)
    same = ["instance_name", "generator", "params_json", "seed", "n", "d", "k", "loss", "options_json",
            "time_limit", "status", "weight_bound", "bias_bound"]
    for key in pool:
        for col in same:
            assert pool[key][col] == dask[key][col], col
        assert dask[key]["verified_loss"] == pytest.approx(pool[key]["verified_loss"], rel=1e-6, abs=1e-9)
        assert dask[key]["worker"].startswith("tcp://")
    assert set(COLUMN_NAMES) <= set(next(iter(dask.values())))
