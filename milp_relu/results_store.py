"""The results store: one SQLite file (WAL mode), one row per run, committed as each run ends.

Only the sweep's coordinating process writes (workers hand their rows back), so a single
connection with one short transaction per row is enough; WAL lets ``milp-relu report`` and other
readers open the file while a sweep is writing, and a killed sweep loses no committed row.
The columns are listed in :data:`COLUMNS` and documented in docs/sweeps.md.
"""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import InputError

SCHEMA_VERSION = 1

#: (name, SQL type, description) of every column of the ``runs`` table.
COLUMNS: list[tuple[str, str, str]] = [
    ("run_key", "TEXT PRIMARY KEY", "stable hash of generator, params, seed, k, loss, options, repetition"),
    ("sweep", "TEXT", "sweep name from the config"),
    ("family", "TEXT", "family label from the config"),
    ("generator", "TEXT", "generator name"),
    ("params_json", "TEXT", "grid parameters as canonical JSON"),
    ("seed", "INTEGER", "generator seed"),
    ("repetition", "INTEGER", "repetition index (0-based)"),
    ("instance_name", "TEXT", "instance name (encodes every parameter and the seed)"),
    ("n", "INTEGER", "number of samples"),
    ("d", "INTEGER", "input dimension"),
    ("k", "INTEGER", "trained number of hidden units"),
    ("loss", "TEXT", "training loss (squared, absolute, max)"),
    ("weight_bound", "REAL", "weight box used"),
    ("bias_bound", "REAL", "bias box used (NULL: no bias / solver default)"),
    ("options_json", "TEXT", "solver options (canonical JSON, includes time_limit)"),
    ("time_limit", "REAL", "time limit per solve, seconds"),
    ("status", "TEXT", "optimal | time_limit | infeasible | error"),
    ("verified_loss", "REAL", "loss of the returned network, re-evaluated in float64 (objective form)"),
    ("loss_mean", "REAL", "verified loss divided by the total sample weight"),
    ("lower_bound", "REAL", "solver's proven lower bound on the optimal loss"),
    ("gap_abs", "REAL", "verified_loss - lower_bound"),
    ("gap_rel", "REAL", "relative gap"),
    ("wall_s", "REAL", "wall-clock seconds of the fit call (generation excluded)"),
    ("cpu_s", "REAL", "CPU seconds of the worker process during the fit"),
    ("gen_s", "REAL", "seconds spent generating the instance"),
    ("nodes", "INTEGER", "branch-and-bound nodes"),
    ("oa_iterations", "INTEGER", "outer-approximation iterations (squared loss)"),
    ("peak_mem_mb", "REAL", "peak resident memory of the worker during the run, MiB"),
    ("eps", "REAL", "promised additive gap as a mean loss (promise.no_bound, form mean), if any"),
    ("promise_json", "TEXT", "the instance's promise {yes_loss, no_bound, form}"),
    ("answer", "TEXT", "the instance's known answer (yes / no / unknown)"),
    ("error", "TEXT", "error message when status is error"),
    ("milp_relu_version", "TEXT", "milp_relu version in the worker (+g<commit>[.dirty] from a git checkout)"),
    ("highspy_version", "TEXT", "highspy version in the worker"),
    ("python_version", "TEXT", "Python version in the worker"),
    ("host", "TEXT", "host name of the worker"),
    ("worker", "TEXT", "worker id (pid or dask worker address)"),
    ("started_at", "TEXT", "UTC start time, ISO 8601"),
    ("finished_at", "TEXT", "UTC end time, ISO 8601"),
    ("result_json", "TEXT", "the full FitResult.to_dict() (network included), JSON"),
]
COLUMN_NAMES = [c[0] for c in COLUMNS]


class ResultsStore:
    """A SQLite results database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, create: bool = True):
        from .fileio import usable_path

        self.path = usable_path(path, "results database")
        if not create and not self.path.is_file():
            raise InputError(f"results database not found: {self.path}")
        if self.path.exists() and not self.path.is_file():
            raise InputError(f"{self.path}: not a file (a results database is one SQLite file)")
        if create:
            from .fileio import check_output_path

            check_output_path(self.path, "results database")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(f"{self.path}: cannot create its folder ({exc.strerror or exc})") from None
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=60.0, isolation_level=None)
        except sqlite3.Error as exc:
            raise InputError(f"{self.path}: cannot open the results database ({exc})") from None
        try:
            self.conn.execute("PRAGMA busy_timeout=60000")
            self._refuse_foreign()  # before anything is written to the file
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            if create:
                self._create()
            else:
                self._check()
        except (sqlite3.DatabaseError, ValueError) as exc:
            self.conn.close()
            raise InputError(f"{self.path}: not a usable SQLite results database ({exc})") from None
        except InputError:
            self.conn.close()
            raise

    def _refuse_foreign(self) -> None:
        """Refuse an SQLite file that holds tables but no ``runs`` table: it is someone else's."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "runs" not in tables:
            shown = ", ".join(sorted(tables)[:5])
            raise InputError(f"{self.path}: an SQLite database with other tables ({shown}) and no 'runs' table "
                             "is not a milp-relu results database; refusing to add tables to it")

    def _create(self) -> None:
        cols = ",\n  ".join(f"{name} {sqltype}" for name, sqltype, _ in COLUMNS)
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS runs (\n  {cols}\n)")
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        self.conn.execute("CREATE INDEX IF NOT EXISTS runs_generator ON runs(generator, family)")
        self._check()

    def _check(self) -> None:
        row = self.conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='runs'").fetchone()
        if row is None:
            raise InputError(f"{self.path}: has no 'runs' table; is it a milp-relu results database?")
        has_meta = self.conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        version = (self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                   if has_meta else None)
        if version is not None and str(version[0]) != str(SCHEMA_VERSION):
            raise InputError(f"{self.path}: results schema version {version[0]} is not supported "
                             f"(this milp_relu writes {SCHEMA_VERSION})")
        have = {r[1] for r in self.conn.execute("PRAGMA table_info(runs)")}
        missing = [c for c in COLUMN_NAMES if c not in have]
        if missing:
            raise InputError(f"{self.path}: runs table lacks column(s) {', '.join(missing)}")

    def __enter__(self) -> "ResultsStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def finished_keys(self, statuses: Iterable[str] | None = None) -> set[str]:
        """Run keys already in the store (optionally only rows with the given statuses)."""
        if statuses is None:
            return {r[0] for r in self.conn.execute("SELECT run_key FROM runs")}
        statuses = list(statuses)
        marks = ",".join("?" for _ in statuses)
        return {r[0] for r in self.conn.execute(f"SELECT run_key FROM runs WHERE status IN ({marks})", statuses)}

    def write(self, row: Mapping[str, Any], replace: bool = False) -> None:
        """Insert one row and commit it (retrying briefly if another writer holds the lock)."""
        values = []
        for name in COLUMN_NAMES:
            value = row.get(name)
            if isinstance(value, (dict, list)):
                value = json.dumps(value, sort_keys=True, default=str)
            values.append(value)
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        sql = f"{verb} INTO runs ({', '.join(COLUMN_NAMES)}) VALUES ({', '.join('?' for _ in COLUMN_NAMES)})"
        for attempt in range(20):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute(sql, values)
                self.conn.execute("COMMIT")
                return
            except sqlite3.OperationalError as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.OperationalError:
                    pass
                if "locked" not in str(exc) or attempt == 19:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def rows(self, where: str = "", params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """All rows (as dicts, JSON columns left as text), ordered by start time."""
        cur = self.conn.execute(f"SELECT * FROM runs {where} ORDER BY started_at, run_key", tuple(params))
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0])


def schema_markdown() -> str:
    """The runs table as a Markdown table (used by docs/sweeps.md)."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{n}` | {t.split()[0]} | {d} |" for n, t, d in COLUMNS]
    return "\n".join(lines)
