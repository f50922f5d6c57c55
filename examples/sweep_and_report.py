"""A tiny runtime-scaling sweep, resumed, queried and reported.

Usage::

    python examples/sweep_and_report.py [OUT_DIR]

Runs ``milp-relu sweep examples/tiny_sweep.toml`` (eight exact solves of planted one-ReLU data,
n = 8..20, two seeds) into an SQLite database, runs it again to show that finished runs are
skipped (a killed sweep resumes the same way), checks every stored row's certificate with SQL
(status optimal, lower bound <= verified loss, gap closed), then runs ``milp-relu report``,
which fits exponential and polynomial growth models to the run times and writes report.md,
fits.json and plots. Everything is written to OUT_DIR, or to a temporary folder removed at the
end. The exit code is 1 if a check fails. See docs/sweeps.md for the sweep file's keys.
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

CONFIG = Path(__file__).resolve().parent / "tiny_sweep.toml"
RUNS = 8  # 4 values of n times 2 seeds


def cli(*args: str) -> subprocess.CompletedProcess:
    """Run ``milp-relu ARGS`` with this Python; print its output and return it."""
    proc = subprocess.run([sys.executable, "-m", "milp_relu.cli", *args],
                          check=False, capture_output=True, text=True)
    print(proc.stdout + proc.stderr, end="")
    return proc


def stored_rows(db: Path) -> list[tuple]:
    """(n, seed, status, verified_loss, lower_bound, gap_abs) of every run, from the `runs` table."""
    query = ("SELECT json_extract(params_json, '$.n'), seed, status, verified_loss, lower_bound,"
             " gap_abs FROM runs ORDER BY 1, 2")
    with sqlite3.connect(db) as con:
        return con.execute(query).fetchall()


def row_checks(rows: list[tuple]) -> dict[str, bool]:
    """Certificate checks over the stored rows (one PASS/FAIL line each)."""
    return {
        f"{RUNS} runs stored": len(rows) == RUNS,
        "every run optimal": all(r[2] == "optimal" for r in rows),
        "lower bound <= verified loss": all(r[4] <= r[3] + 1e-9 * max(1.0, r[3]) for r in rows),
        "gap closed (<= 1e-5)": all(r[5] <= 1e-5 * max(1.0, r[3]) for r in rows),
    }


def run(out: Path) -> int:
    """Sweep twice, check the rows, report; return the exit code."""
    db, report = out / "tiny.sqlite", out / "tiny_report"
    first = cli("sweep", str(CONFIG), "--db", str(db), "--workers", "1", "--no-progress")
    # The same command again: every run key is already in the database, so nothing is solved.
    again = cli("sweep", str(CONFIG), "--db", str(db), "--workers", "1", "--no-progress")
    rows = stored_rows(db) if db.exists() else []
    print("\n n  seed  status   loss       lower bound")
    for n, seed, status, loss, bound, _ in rows:
        print(f"{n:>2}  {seed:>4}  {status:<8} {loss:<10.6g} {bound:.6g}")

    made = cli("report", "--db", str(db), "--out", str(report))
    fits = json.loads((report / "fits.json").read_text()) if made.returncode == 0 else []
    checks = {
        "sweep exited 0 twice": first.returncode == 0 and again.returncode == 0,
        "second sweep ran nothing": f"{RUNS} already in the database, 0 ran" in again.stdout,
        **row_checks(rows),
        "report.md written": (report / "report.md").is_file(),
        "a growth fit of time against n": any(f.get("axis") == "n" for f in fits),
    }
    for name, ok in checks.items():
        print(f"check  {name}: {'PASS' if ok else 'FAIL'}")
    if not all(checks.values()):
        return 1
    print(f"all checks passed (report: {report / 'report.md'})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Use the folder given on the command line, else a temporary one."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        out = Path(args[0])
        out.mkdir(parents=True, exist_ok=True)
        return run(out)
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
