"""The folder's files: manifest.json (last), manifest.csv, reference.solu, timings.json; checks."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import InputError
from ..fileio import atomic_write_json, atomic_write_text, sha256_file
from ..instance import SCHEMA_VERSION
from .layout import LIBRARY_SCHEMA_VERSION, MANIFEST, MANIFEST_CSV, SOLU, TIMINGS
from .loading import _load_row, load_library
from .reference import _fmt_value, read_solu, solu_text


def _highs_version() -> str:
    from ..backends.highs import highs_version

    return highs_version()


_CSV_COLUMNS = ["name", "tier", "generator", "seed", "n", "d", "k", "loss", "sign_mode", "signs", "kind",
                "rows", "cols", "nonzeros", "binaries", "reference_tag", "reference_value", "lower_bound",
                "status", "metadata", "data", "mps", "lp", "params"]


def _csv_row(r: dict[str, Any]) -> list[Any]:
    """One manifest row as the cells of manifest.csv, in the order of ``_CSV_COLUMNS``."""
    ref = r.get("reference") or {}
    files = r.get("files") or {}
    return [r["name"], r.get("tier") or "", r.get("generator") or "", r.get("seed"), r["n"], r["d"],
            r["k"], r["loss"], r["sign_mode"], "" if r.get("signs") is None else r["signs"],
            r["kind"], r["rows"], r["cols"], r["nonzeros"], r["binaries"], ref.get("tag", "unkn"),
            _fmt_value(ref.get("value")), _fmt_value(ref.get("lower_bound")), r["status"],
            files.get("metadata", ""), files.get("data", ""), files.get("mps", ""),
            files.get("lp", ""), json.dumps(r.get("params"), sort_keys=True)]


def _manifest_csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for r in rows:
        writer.writerow(_csv_row(r))
    return buffer.getvalue()


def _write_timings(out: Path, timings: Sequence[dict[str, Any]] | None, merge_timings: bool,
                   extra_timing: dict[str, Any] | None) -> None:
    """timings.json: these rows, with (``merge_timings``) the other entries' rows already there."""
    timing_rows = list(timings or [])
    if merge_timings and (out / TIMINGS).is_file():
        try:
            old = json.loads((out / TIMINGS).read_text(encoding="utf-8")).get("instances", [])
        except (json.JSONDecodeError, AttributeError):
            old = []
        names = {t["name"] for t in timing_rows}
        timing_rows = [t for t in old if t.get("name") not in names] + timing_rows
    timing_doc = {"note": "wall-clock times of the reference solves (not checksummed; vary run to run)",
                  "instances": sorted(timing_rows, key=lambda t: t["name"])}
    if extra_timing:
        timing_doc.update(extra_timing)
    atomic_write_json(out / TIMINGS, timing_doc)


_STATUS_MEANING = {"easy": "solved to optimality by fit() within time_limit",
                   "hard": "solved only within hard_time_limit",
                   "open": "not solved; reference is the best verified loss (=best=)",
                   "unknown": "not solved (no time limit given) or the solve failed"}


def write_manifest(out_dir: str | Path, rows: Sequence[dict[str, Any]], suite: str | None,
                   time_limit: float | None, hard_time_limit: float | None,
                   timings: Sequence[dict[str, Any]] | None = None, merge_timings: bool = False,
                   extra_timing: dict[str, Any] | None = None) -> Path:
    """Write reference.solu, manifest.csv, timings.json and (last) manifest.json.

    Parameters
    ----------
    out_dir : str or Path
        The library folder.
    rows : sequence of dict
        Manifest rows; keys starting with '_' are dropped, rows are sorted by name.
    suite : str or None
        Recorded as the manifest's ``suite``.
    time_limit, hard_time_limit : float or None
        Recorded as given.
    timings, merge_timings, extra_timing : optional
        Rows of timings.json, whether to keep the other entries' rows, extra top-level keys.

    Returns
    -------
    Path
        The manifest's path.
    """
    out = Path(out_dir)
    clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    clean.sort(key=lambda r: r["name"])
    atomic_write_text(out / SOLU, solu_text(clean))
    atomic_write_text(out / MANIFEST_CSV, _manifest_csv(clean))
    _write_timings(out, timings, merge_timings, extra_timing)
    manifest = {
        "library_schema_version": LIBRARY_SCHEMA_VERSION,
        "schema_version": SCHEMA_VERSION,
        "milp_relu": __version__,
        "highs": _highs_version(),
        "suite": suite,
        "time_limit": time_limit,
        "hard_time_limit": hard_time_limit,
        "status_meaning": dict(_STATUS_MEANING),
        "reference_file": SOLU,
        "csv": MANIFEST_CSV,
        "sha256": {SOLU: sha256_file(out / SOLU), MANIFEST_CSV: sha256_file(out / MANIFEST_CSV)},
        "instances": clean,
    }
    return atomic_write_json(out / MANIFEST, manifest)


def _read_manifest_rows_lenient(folder: Path) -> list[dict[str, Any]]:
    """The rows of an existing manifest (none if there is none), without checking any file."""
    path = folder / MANIFEST
    if not path.is_file():
        return []
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        raise InputError(f"{path}: existing manifest is not valid JSON; remove it or export to a new folder") from None
    if doc.get("library_schema_version") != LIBRARY_SCHEMA_VERSION:
        raise InputError(f"{path}: existing manifest has library_schema_version "
                         f"{doc.get('library_schema_version')!r}, this milp_relu writes {LIBRARY_SCHEMA_VERSION}")
    return list(doc.get("instances", []))


#: What reading a damaged library can raise besides InputError; verify_library reports them.
_DAMAGE = (InputError, OSError, ValueError, TypeError, KeyError, AttributeError)


def _problem(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"


def _solu_problems(lib: Any, problems: list[str]) -> None:
    """Append where reference.solu and the manifest's references disagree."""
    solu = read_solu(lib.folder / lib.manifest.get("reference_file", SOLU))
    for row in lib.rows:
        tag, value = solu.get(row["name"], ("missing", None))
        ref = row.get("reference") or {}
        if tag != ref.get("tag") or value != ref.get("value"):
            problems.append(f"{SOLU}: {row['name']} is {tag} {value}, the manifest says "
                            f"{ref.get('tag')} {ref.get('value')}")


def verify_library(folder: str | Path) -> list[str]:
    """Every problem found in a library (empty list: all files present and checksums match).

    Never raises for a damaged library: each problem, whatever it is, becomes one entry.

    Parameters
    ----------
    folder : str or Path
        A library folder or its manifest.

    Returns
    -------
    list of str
    """
    problems = []
    try:
        lib = load_library(folder)
    except _DAMAGE as exc:
        return [_problem(exc)]
    for row in lib.rows:
        try:
            _load_row(lib.folder, row, True)
        except _DAMAGE as exc:
            problems.append(_problem(exc))
    try:
        _solu_problems(lib, problems)
    except _DAMAGE as exc:
        problems.append(_problem(exc))
    return problems
