"""Shared machinery of the fuzz suite (tests/test_fuzz_cli.py, tests/test_fuzz_api.py).

Every bad input the suite tries goes through :func:`cli_refuses` or :func:`api_refuses`, which
count it. At the end of a test session that ran fuzz tests, the totals (bad inputs tried,
tracebacks, hangs) are written to stderr, and to the JSON file named by the environment variable
``MILP_RELU_FUZZ_REPORT`` when it is set.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sqlite3
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np
import pytest
from click.testing import CliRunner

from milp_relu.cli import main
from milp_relu.errors import InputError
from milp_relu.fileio import atomic_write_npz

#: Seconds a single bad input may take before it counts as a hang (generous: the machine is shared).
HANG_SECONDS = 60

COUNTS = {"cli": 0, "api": 0, "api_arbitrary": 0, "tracebacks": 0, "hangs": 0}


class Hang(Exception):
    """A call did not return within HANG_SECONDS."""


@contextlib.contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Raise :class:`Hang` in the main thread if the block runs longer than ``seconds``."""
    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(args: list[str], cwd: Path) -> Any:
    """Run ``milp-relu ARGS`` in-process (click's CliRunner) in folder ``cwd``."""
    runner = CliRunner()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with no_hang():
            return runner.invoke(main, [str(a) for a in args], catch_exceptions=True, prog_name="milp-relu")
    except Hang:
        COUNTS["hangs"] += 1
        raise
    finally:
        os.chdir(old)


def assert_one_error_line(exit_code: int, stdout: str, stderr: str, exception: BaseException | None,
                          message: str | None = None) -> str:
    """Exit code 2, exactly one stderr line and it starts with ``error: ``, no traceback anywhere."""
    if exception is not None and not isinstance(exception, SystemExit):
        COUNTS["tracebacks"] += 1
        raise AssertionError(f"uncaught {type(exception).__name__}: {exception}") from exception
    lines = stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert "Traceback" not in stderr + stdout, stderr
    assert "internal error" not in stderr, stderr
    assert len(errors) == 1, f"expected one 'error:' line, got stderr {stderr!r}"
    assert exit_code == 2, f"exit code {exit_code}, stderr {stderr!r}"
    if message is not None:
        assert message.lower() in errors[0].lower(), f"{message!r} not in {errors[0]!r}"
    return errors[0]


def cli_refuses(args: list[str], cwd: Path, message: str | None = None) -> str:
    """Run the CLI on a bad input and check the refusal; return the error line."""
    COUNTS["cli"] += 1
    result = run_cli(args, cwd)
    return assert_one_error_line(result.exit_code, result.stdout, result.stderr, result.exception, message)


def api_refuses(call: Callable[[], Any], message: str | None = None) -> InputError:
    """Call a public function on a bad input; it must raise InputError (a ValueError), promptly."""
    COUNTS["api"] += 1
    try:
        with no_hang():
            with pytest.raises(InputError) as info:
                call()
    except Hang:
        COUNTS["hangs"] += 1
        raise
    except BaseException as exc:
        if not isinstance(exc, (pytest.fail.Exception, AssertionError)):
            COUNTS["tracebacks"] += 1
        raise
    assert isinstance(info.value, ValueError)
    if message is not None:
        assert message.lower() in str(info.value).lower(), f"{message!r} not in {str(info.value)!r}"
    return info.value


def api_accepts_or_refuses(call: Callable[[], Any]) -> Any:
    """Call a public function on an arbitrary input: it returns or raises InputError, nothing else."""
    COUNTS["api_arbitrary"] += 1
    try:
        with no_hang():
            return call()
    except InputError:
        return None
    except Hang:
        COUNTS["hangs"] += 1
        raise
    except Exception:
        COUNTS["tracebacks"] += 1
        raise


def report_counts() -> None:
    """Write the totals to stderr (and to MILP_RELU_FUZZ_REPORT if set)."""
    total = COUNTS["cli"] + COUNTS["api"]
    if not total and not COUNTS["api_arbitrary"]:
        return
    line = (f"fuzz suite: {total} bad inputs ({COUNTS['cli']} CLI, {COUNTS['api']} API) and "
            f"{COUNTS['api_arbitrary']} arbitrary API inputs, {COUNTS['tracebacks']} tracebacks, "
            f"{COUNTS['hangs']} hangs")
    import sys

    print("\n" + line, file=sys.__stderr__)
    target = os.environ.get("MILP_RELU_FUZZ_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(dict(COUNTS, total_bad=total, pid=os.getpid())) + "\n")


# ------------------------------------------------------------------------------------ files
def good_data(folder: Path, name: str = "ok.npz") -> Path:
    """A tiny valid data set (6 points, d = 2) that solves in milliseconds."""
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (6, 2))
    return atomic_write_npz(folder / name, X=X, y=np.maximum(X[:, 0], 0.0))


def npz_with_header(path: Path, shape: tuple[int, ...], payload: bytes = b"\0" * 8,
                    descr: str = "<f8", name: str = "X") -> Path:
    """An .npz whose member ``name`` declares ``shape`` but holds only ``payload``; y is fine."""
    member = io.BytesIO()
    np.lib.format.write_array_header_1_0(member, {"descr": descr, "fortran_order": False, "shape": shape})
    member.write(payload)
    y = io.BytesIO()
    np.lib.format.write_array(y, np.ones(2))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}.npy", member.getvalue())
        if name != "y":
            archive.writestr("y.npy", y.getvalue())
    return path


def instance_json(folder: Path, filename: str, data: str = "ok.npz", **fields: Any) -> Path:
    """An instance metadata file next to ok.npz with ``fields`` overriding valid defaults."""
    good_data(folder)
    meta: dict[str, Any] = {"schema_version": 1, "name": "fuzz", "data": data, "k": 1, "loss": "absolute",
                            "bounds": {"weight": 1.0, "bias": 1.0}}
    meta.update(fields)
    path = folder / filename
    path.write_text(json.dumps(meta))
    return path


def foreign_sqlite(path: Path) -> Path:
    """An SQLite database of some other program (one table, one row)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('a', '1')")
    conn.commit()
    conn.close()
    return path


def sqlite_tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
