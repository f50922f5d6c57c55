"""Fuzz suite, command line: every command on malformed files and arguments.

Each bad input must end in exit code 2 and exactly one ``error: ...`` line on stderr: no
traceback, no hang, nothing written before the refusal. The table covers every case of the
"no traceback on any input" issue; hypothesis then throws generated arguments at every command.
Runs are in-process (click's CliRunner, with an alarm against hangs); a handful run as real
subprocesses (`python -m milp_relu.cli`) for the cases that used to exhaust memory or hang.
Set ``MILP_RELU_FUZZ_EXAMPLES`` (default 250) for a longer hypothesis run.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_helpers import (cli_refuses, foreign_sqlite, good_data, instance_json, npz_with_header,
                          report_counts, run_cli, sqlite_tables)
from milp_relu.fileio import atomic_write_npz

ROOT = Path(__file__).resolve().parents[1]

MILP_LP = """Minimize
 obj: x + y
Subject To
 c1: x + y >= 1.5
Bounds
 0 <= x <= 4
 0 <= y <= 4
General
 x
 y
End
"""


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    report_counts()


def _npz(**arrays):
    return lambda p: np.savez(p / "bad.npz", **arrays)


def _text(name, text, encoding="utf-8"):
    return lambda p: (p / name).write_bytes(text.encode(encoding) if isinstance(text, str) else text)


def _inst(**fields):
    return lambda p: instance_json(p, "inst.json", **fields)


def _good(p):
    good_data(p)
    (p / "afile").write_text("x")
    (p / "adir").mkdir()
    (p / "model.lp").write_text(MILP_LP)


def _both(*setups):
    def run(p):
        for setup in setups:
            setup(p)
    return run


def _tampered_dot_path(p):
    """Metadata keyed 'ok.npz' but naming its data './ok.npz'; the data changed afterwards."""
    from milp_relu.fileio import sha256_file

    good_data(p)
    digest = sha256_file(p / "ok.npz")
    instance_json(p, "inst.json", data="./ok.npz", sha256={"ok.npz": digest})
    rng = np.random.default_rng(1)
    atomic_write_npz(p / "ok.npz", X=rng.uniform(-1, 1, (6, 2)), y=np.zeros(6))


def _symlink(p):
    _good(p)
    os.symlink(p / "afile", p / "link.json")


def _deep(p, n=100_000):
    (p / "deep.json").write_text("[" * n + "]" * n)


SOLVE = "solve-instance"
SWEEP_TOML = 'time_limit = 5.0\n[[family]]\ngenerator = "planted"\n[family.grid]\nn = 5\nd = 1\nk = 1\n'
HUGE = (10**6, 10**6)

# (id, setup, argv, fragment of the error line)
CASES = [
    # ------------------------------------------------------------------ data files (issue 3)
    ("missing-file", _good, [SOLVE, "nope.npz"], "no such file"),
    ("directory-as-data", _good, [SOLVE, "adir"], "not a file"),
    ("unknown-suffix", _text("d.txt", "x"), [SOLVE, "d.txt"], "unknown data format"),
    ("garbage-npz", _text("bad.npz", b"garbage"), [SOLVE, "bad.npz"], "corrupt"),
    ("npz-huge-declared-shape", lambda p: npz_with_header(p / "bad.npz", HUGE), [SOLVE, "bad.npz"], "limit"),
    ("npz-huge-declared-y", lambda p: npz_with_header(p / "bad.npz", (10**10,), name="y"), [SOLVE, "bad.npz"], "limit"),
    ("npz-truncated-data", lambda p: npz_with_header(p / "bad.npz", (1000, 1000)), [SOLVE, "bad.npz"], "holds only"),
    ("npz-object-array", _npz(X=np.array([[1.0]], dtype=object), y=np.array([1.0])), [SOLVE, "bad.npz"], "pickled"),
    ("npz-complex-X", _npz(X=np.ones((3, 2)) + 1j, y=np.ones(3)), [SOLVE, "bad.npz"], "complex"),
    ("npz-complex-y", _npz(X=np.ones((3, 2)), y=np.ones(3) * (1 + 2j)), [SOLVE, "bad.npz"], "complex"),
    ("npz-datetime-X", _npz(X=np.array([["2020-01-01"] * 2] * 3, dtype="datetime64[D]"), y=np.ones(3)),
     [SOLVE, "bad.npz"], "dates"),
    ("npz-timedelta-y", _npz(X=np.ones((3, 2)), y=np.array([1, 2, 3], dtype="timedelta64[s]")),
     [SOLVE, "bad.npz"], "dates"),
    ("npz-string-X", _npz(X=np.array([["1", "2"]] * 3), y=np.ones(3)), [SOLVE, "bad.npz"], "strings"),
    ("npz-structured-X", _npz(X=np.zeros(3, dtype=[("a", "f8"), ("b", "f8")]), y=np.ones(3)),
     [SOLVE, "bad.npz"], ""),
    ("npz-missing-y", _npz(X=np.ones((3, 2))), [SOLVE, "bad.npz"], "missing array"),
    ("npz-y-two-columns", _npz(X=np.ones((3, 2)), y=np.ones((3, 2))), [SOLVE, "bad.npz"], "1-dimensional"),
    ("npz-X-3d", _npz(X=np.ones((3, 2, 2)), y=np.ones(3)), [SOLVE, "bad.npz"], "2-dimensional"),
    ("npz-nan", _npz(X=np.array([[np.nan, 1.0]] * 3), y=np.ones(3)), [SOLVE, "bad.npz"], "NaN"),
    ("npz-inf-y", _npz(X=np.ones((3, 2)), y=np.array([1.0, np.inf, 1.0])), [SOLVE, "bad.npz"], "NaN or inf"),
    ("npz-empty", _npz(X=np.zeros((0, 2)), y=np.zeros(0)), [SOLVE, "bad.npz"], "empty"),
    ("npz-no-columns", _npz(X=np.zeros((3, 0)), y=np.zeros(3)), [SOLVE, "bad.npz"], "no columns"),
    ("npz-shape-mismatch", _npz(X=np.ones((3, 2)), y=np.ones(2)), [SOLVE, "bad.npz"], "3 rows but y has 2"),
    ("npz-negative-weight", _npz(X=np.ones((2, 1)), y=np.ones(2), sample_weight=np.array([1.0, -1.0])),
     [SOLVE, "bad.npz"], "positive"),
    ("npz-complex-weight", _npz(X=np.ones((2, 1)), y=np.ones(2), sample_weight=np.ones(2) + 1j),
     [SOLVE, "bad.npz"], "complex"),
    ("csv-no-header", _text("d.csv", "1,2\n3,4\n5,6\n"), [SOLVE, "d.csv"], "not a header"),
    ("csv-no-header-bom", _text("d.csv", "\ufeff1,2\n3,4\n"), [SOLVE, "d.csv"], "not a header"),
    ("csv-not-utf8", _text("d.csv", b"a,y\n1,\xff\xfe\n"), [SOLVE, "d.csv"], "cannot read"),
    ("csv-utf16", _text("d.csv", "a,y\n1,2\n", "utf-16"), [SOLVE, "d.csv"], "cannot read"),
    ("csv-nul-byte", _text("d.csv", b"a,y\n1,\x002\n"), [SOLVE, "d.csv"], ""),
    ("csv-ragged", _text("d.csv", "a,y\n1,2\n3\n"), [SOLVE, "d.csv"], "fields"),
    ("csv-text-cell", _text("d.csv", "a,y\n1,x\n"), [SOLVE, "d.csv"], "non-numeric"),
    ("csv-date-column", _text("d.csv", "when,y\n2020-01-01,1\n2020-01-02,2\n"), [SOLVE, "d.csv"], "non-numeric"),
    ("csv-complex-cell", _text("d.csv", "a,y\n1+2j,1\n"), [SOLVE, "d.csv"], "non-numeric"),
    ("csv-nan-cell", _text("d.csv", "a,y\nnan,1\n"), [SOLVE, "d.csv"], "NaN"),
    ("csv-empty", _text("d.csv", ""), [SOLVE, "d.csv"], "empty"),
    ("csv-blank-lines", _text("d.csv", "\n\n  \n"), [SOLVE, "d.csv"], "empty"),
    ("csv-header-only", _text("d.csv", "a,y\n"), [SOLVE, "d.csv"], "no data rows"),
    ("csv-label-only", _text("d.csv", "y\n1\n2\n"), [SOLVE, "d.csv"], "no feature columns"),
    ("csv-two-y-columns", _text("d.csv", "y,a,y\n1,2,3\n"), [SOLVE, "d.csv"], "2 times"),
    # ------------------------------------------------------------ instance metadata (issues 3, 6)
    ("json-k-fraction", _inst(k=2.7), [SOLVE, "inst.json"], "'k' must be an integer"),
    ("json-k-string", _inst(k="2"), [SOLVE, "inst.json"], "'k' must be an integer"),
    ("json-k-bool", _inst(k=True), [SOLVE, "inst.json"], "'k' must be an integer"),
    ("json-k-zero", _inst(k=0), [SOLVE, "inst.json"], "'k' must be an integer"),
    ("json-k-huge", _inst(k=10**12), [SOLVE, "inst.json"], "'k' must be an integer"),
    ("json-k-list", _inst(k=[1]), [SOLVE, "inst.json"], "'k' must be an integer"),
    ("json-loss-number", _inst(loss=5), [SOLVE, "inst.json"], "'loss'"),
    ("json-loss-unknown", _inst(loss="hinge"), [SOLVE, "inst.json"], "'loss'"),
    ("json-bounds-list", _inst(bounds=[1, 1]), [SOLVE, "inst.json"], "'bounds'"),
    ("json-bounds-string", _inst(bounds="wide"), [SOLVE, "inst.json"], "'bounds'"),
    ("json-bound-text", _inst(bounds={"weight": "x"}), [SOLVE, "inst.json"], "bounds.weight"),
    ("json-bound-negative", _inst(bounds={"weight": -1}), [SOLVE, "inst.json"], "bounds.weight"),
    ("json-bound-zero", _inst(bounds={"weight": 0}), [SOLVE, "inst.json"], "bounds.weight"),
    ("json-bias-bool", _inst(bounds={"weight": 1, "bias": True}), [SOLVE, "inst.json"], "bounds.bias"),
    ("json-bound-overflow", _text("inst.json", '{"data": "ok.npz", "bounds": {"weight": 1e400}}'),
     [SOLVE, "inst.json"], "bounds.weight"),
    ("json-nan-literal", _text("inst.json", '{"data": "ok.npz", "k": NaN}'), [SOLVE, "inst.json"], "not valid JSON"),
    ("json-sha256-list", _inst(sha256=["abc"]), [SOLVE, "inst.json"], "'sha256'"),
    ("json-sha256-number", _inst(sha256={"ok.npz": 5}), [SOLVE, "inst.json"], "'sha256'"),
    ("json-sha256-string", _inst(sha256="deadbeef"), [SOLVE, "inst.json"], "'sha256'"),
    ("json-sha256-dot-path-tampered", _tampered_dot_path, [SOLVE, "inst.json"], "sha256 mismatch"),
    ("json-sha256-wrong", _inst(sha256={"ok.npz": "0" * 64}), [SOLVE, "inst.json"], "sha256 mismatch"),
    ("json-sha256-wrong-subdir-spelling", _inst(sha256={"sub/../ok.npz": "0" * 64}), [SOLVE, "inst.json"],
     "sha256 mismatch"),
    ("json-promise-list", _inst(promise=[1]), [SOLVE, "inst.json"], "'promise'"),
    ("json-promise-text", _inst(promise={"yes_loss": "low"}), [SOLVE, "inst.json"], "promise.yes_loss"),
    ("json-promise-form", _inst(promise={"form": "avg"}), [SOLVE, "inst.json"], "promise.form"),
    ("json-output-bias-no", _inst(output_bias="no"), [SOLVE, "inst.json"], "'output_bias'"),
    ("json-output-bias-int", _inst(output_bias=1), [SOLVE, "inst.json"], "'output_bias'"),
    ("json-answer", _inst(answer="maybe"), [SOLVE, "inst.json"], "'answer'"),
    ("json-name-list", _inst(name=["x"]), [SOLVE, "inst.json"], "'name'"),
    ("json-certificate-list", _inst(certificate_network=[1]), [SOLVE, "inst.json"], "certificate_network"),
    ("json-certificate-text", _inst(certificate_network={"W": "abc", "b": [0], "s": [1]}), [SOLVE, "inst.json"],
     "certificate_network"),
    ("json-certificate-shape", _inst(certificate_network={"W": [[1, 2]], "b": [0, 1], "s": [1]}),
     [SOLVE, "inst.json"], "certificate_network"),
    ("json-data-number", _inst(data=5), [SOLVE, "inst.json"], "'data'"),
    ("json-data-empty", _inst(data=""), [SOLVE, "inst.json"], "'data'"),
    ("json-data-escapes", _inst(data="../ok.npz"), [SOLVE, "inst.json"], "leaves the folder"),
    ("json-data-absolute", _inst(data="/etc/passwd"), [SOLVE, "inst.json"], "absolute"),
    ("json-data-nul", _inst(data="ok\u0000.npz"), [SOLVE, "inst.json"], "NUL"),
    ("json-data-missing-file", _inst(data="gone.npz"), [SOLVE, "inst.json"], "not found"),
    ("json-data-is-json", _inst(data="inst.json"), [SOLVE, "inst.json"], "unknown data format"),
    ("json-no-data-key", _text("inst.json", '{"k": 1}'), [SOLVE, "inst.json"], "no 'data' key"),
    ("json-schema-2", _inst(schema_version=2), [SOLVE, "inst.json"], "schema_version"),
    ("json-schema-text", _inst(schema_version="1"), [SOLVE, "inst.json"], "schema_version"),
    ("json-schema-bool", _inst(schema_version=True), [SOLVE, "inst.json"], "schema_version"),
    ("json-deep-nesting", _deep, [SOLVE, "deep.json"], "nested deeper"),
    ("json-moderate-nesting", lambda p: _deep(p, 500), [SOLVE, "deep.json"], "nested deeper"),
    ("json-top-level-list", _text("inst.json", "[1, 2]"), [SOLVE, "inst.json"], "JSON object"),
    ("json-empty", _text("inst.json", ""), [SOLVE, "inst.json"], "not valid JSON"),
    ("json-not-utf8", _text("inst.json", b'{"data": "\xff"}'), [SOLVE, "inst.json"], "not valid JSON"),
    ("json-truncated", _text("inst.json", '{"data": "ok.npz", "k": '), [SOLVE, "inst.json"], "not valid JSON"),
    # ------------------------------------------------------------------ options (issues 5, 6)
    ("k-zero", _good, [SOLVE, "ok.npz", "--k", "0"], "--k must be in 1..1000"),
    ("k-negative", _good, [SOLVE, "ok.npz", "--k", "-3"], "--k must be in 1..1000"),
    ("k-billion", _good, [SOLVE, "ok.npz", "--k", "1000000000"], "--k must be in 1..1000"),
    ("k-1e30", _good, [SOLVE, "ok.npz", "--k", "1e30"], "--k"),
    ("k-text", _good, [SOLVE, "ok.npz", "--k", "two"], "--k"),
    ("k-fraction", _good, [SOLVE, "ok.npz", "--k", "2.5"], "--k"),
    ("threads-huge", _good, [SOLVE, "ok.npz", "--threads", "100000"], "--threads must be in 1..256"),
    ("threads-zero", _good, [SOLVE, "ok.npz", "--threads", "0"], "--threads"),
    ("threads-text", _good, [SOLVE, "ok.npz", "--threads", "many"], "--threads"),
    ("time-limit-negative", _good, [SOLVE, "ok.npz", "--time-limit", "-1"], "--time-limit"),
    ("time-limit-zero", _good, [SOLVE, "ok.npz", "--time-limit", "0"], "--time-limit"),
    ("time-limit-nan", _good, [SOLVE, "ok.npz", "--time-limit", "nan"], "--time-limit"),
    ("time-limit-inf", _good, [SOLVE, "ok.npz", "--time-limit", "inf"], "--time-limit"),
    ("rel-gap-negative", _good, [SOLVE, "ok.npz", "--rel-gap", "-1e-6"], "--rel-gap"),
    ("rel-gap-nan", _good, [SOLVE, "ok.npz", "--rel-gap", "nan"], "--rel-gap"),
    ("abs-gap-inf", _good, [SOLVE, "ok.npz", "--abs-gap", "inf"], "--abs-gap"),
    ("weight-bound-zero", _good, [SOLVE, "ok.npz", "--weight-bound", "0"], "weight bound"),
    ("weight-bound-nan", _good, [SOLVE, "ok.npz", "--weight-bound", "nan"], "weight bound"),
    ("weight-bound-inf", _good, [SOLVE, "ok.npz", "--weight-bound", "inf"], "weight bound"),
    ("bias-bound-negative", _good, [SOLVE, "ok.npz", "--bias-bound", "-1"], "bias bound"),
    ("signs-text", _good, [SOLVE, "ok.npz", "--signs", "abc"], "signs"),
    ("signs-too-many", _good, [SOLVE, "ok.npz", "--k", "1", "--signs", "5"], "signs"),
    ("signs-negative", _good, [SOLVE, "ok.npz", "--signs", "-1"], "signs"),
    ("loss-unknown", _good, [SOLVE, "ok.npz", "--loss", "huber"], "huber"),
    ("sign-mode-unknown", _good, [SOLVE, "ok.npz", "--sign-mode", "both"], "sign-mode"),
    ("unknown-option", _good, [SOLVE, "ok.npz", "--bogus"], "no such option"),
    ("missing-path", _good, [SOLVE], "missing argument"),
    ("model-too-large", lambda p: atomic_write_npz(p / "big.npz", X=np.zeros((100, 1000)), y=np.zeros(100)),
     [SOLVE, "big.npz", "--k", "1000"], "nonzeros"),
    # ------------------------------------------------------- output paths, before solving (issue 6)
    ("save-network-dir", _good, [SOLVE, "ok.npz", "--save-network", "adir"], "is a directory"),
    ("save-network-under-file", _good, [SOLVE, "ok.npz", "--save-network", "afile/net.json"], "not a folder"),
    ("save-network-deep-under-file", _good, [SOLVE, "ok.npz", "--save-network", "afile/a/b/net.json"],
     "not a folder"),
    ("save-network-symlink", _symlink, [SOLVE, "ok.npz", "--save-network", "link.json"], "symbolic link"),
    ("save-network-device", _good, [SOLVE, "ok.npz", "--save-network", "/dev/null"], "not a regular file"),
    ("save-network-dot", _good, [SOLVE, "ok.npz", "--save-network", "."], "not a file name"),
    ("log-dir", _good, [SOLVE, "ok.npz", "--log", "adir"], "is a directory"),
    ("log-under-file", _good, [SOLVE, "ok.npz", "--log", "afile/solve.log"], "not a folder"),
    ("log-device", _good, [SOLVE, "ok.npz", "--log", "/dev/null"], "not a regular file"),
    # ---------------------------------------------------------- .mps / .lp model files (issue 7)
    ("model-k", _good, [SOLVE, "model.lp", "--k", "2"], "--k does not apply"),
    ("model-loss", _good, [SOLVE, "model.lp", "--loss", "max"], "--loss does not apply"),
    ("model-save-network", _good, [SOLVE, "model.lp", "--save-network", "n.json"], "--save-network does not apply"),
    ("model-bounds", _good, [SOLVE, "model.lp", "--weight-bound", "2", "--bias-bound", "1"],
     "--weight-bound, --bias-bound do not apply"),
    ("model-signs", _good, [SOLVE, "model.lp", "--signs", "1"], "--signs does not apply"),
    ("model-output-bias", _good, [SOLVE, "model.lp", "--output-bias"], "--output-bias does not apply"),
    ("model-sign-mode", _good, [SOLVE, "model.lp", "--sign-mode", "binary"], "--sign-mode does not apply"),
    ("model-threads", _good, [SOLVE, "model.lp", "--threads", "100000"], "--threads"),
    ("model-time-limit", _good, [SOLVE, "model.lp", "--time-limit", "-5"], "--time-limit"),
    ("model-log-dir", _good, [SOLVE, "model.lp", "--log", "adir"], "is a directory"),
    ("model-corrupt", _text("m.mps", "NAME x\nROWS\n garbage\n"), [SOLVE, "m.mps"], "could not read"),
    ("model-missing", _good, [SOLVE, "gone.lp"], "no such file"),
    ("model-miqp", lambda p: (p / "q.lp").write_text(MILP_LP.replace("obj: x + y", "obj: x + y + [ x^2 ] / 2")),
     [SOLVE, "q.lp", "--log", "q.log"], "MIQP"),
    ("model-corrupt-with-log", _text("m.mps", "NAME x\nROWS\n garbage\n"), [SOLVE, "m.mps", "--log", "m.log"],
     "could not read"),
    # ----------------------------------------------------------------- generate (issues 6, 7)
    ("gen-no-name", _good, ["generate", "--out", "g"], "needs a GENERATOR"),
    ("gen-unknown", _good, ["generate", "nosuch", "--out", "g"], "unknown generator"),
    ("gen-unknown-param", _good, ["generate", "planted", "--param", "zz=1", "--out", "g"], "unknown parameter"),
    ("gen-param-no-equals", _good, ["generate", "planted", "--param", "n", "--out", "g"], "name=value"),
    ("gen-param-twice", _good, ["generate", "planted", "--param", "n=5", "--n", "6", "--out", "g"], "twice"),
    ("gen-param-text", _good, ["generate", "planted", "--param", "n=abc", "--out", "g"], "not a valid int"),
    ("gen-trailing-flag", _good, ["generate", "planted", "--out", "g", "--n"], "needs a value"),
    ("gen-stray-word", _good, ["generate", "planted", "--out", "g", "stray"], "unexpected argument"),
    ("gen-weight-bound-1e300", _good, ["generate", "planted", "--param", "weight_bound=1e300", "--out", "g"],
     "weight_bound"),
    ("gen-weight-bound-tiny", _good, ["generate", "planted", "--param", "weight_bound=1e-300", "--out", "g"],
     "weight_bound"),
    ("gen-bias-bound-inf", _good, ["generate", "planted", "--param", "bias_bound=inf", "--out", "g"], "bias_bound"),
    ("gen-noise-huge", _good, ["generate", "planted", "--param", "noise=1e200", "--out", "g"], "noise"),
    ("gen-noise-nan", _good, ["generate", "planted", "--param", "noise=nan", "--out", "g"], "noise"),
    ("gen-huge-array", _good, ["generate", "planted", "--param", "n=1000000", "--param", "d=10000", "--out", "g"],
     "limit"),
    ("gen-M-1e29", _good, ["generate", "set-cover", "--param", "M=100000000000000000000000000000", "--out", "g"],
     "M must be"),
    ("gen-M-circuit", _good, ["generate", "monotone-circuit", "--param", "M=10000000000000", "--out", "g"],
     "M must be"),
    ("gen-M-float", _good, ["generate", "set-cover", "--param", "M=1e29", "--out", "g"], "not a valid int"),
    ("gen-set-cover-N-huge", _good, ["generate", "set-cover", "--param", "N=1000000000", "--out", "g"], "N must be"),
    ("gen-c-huge", _good, ["generate", "dense-subgraph", "--param", "c=1e300", "--out", "g"], "parameter c"),
    ("gen-copies-huge", _good, ["generate", "hypergraph-coloring", "--param", "family=copies",
                                "--param", "copies=1000000000", "--out", "g"], "copies"),
    ("gen-bad-json", _good, ["generate", "set-cover", "--param", "sets=[[0,1]", "--out", "g"], "not a valid list"),
    ("gen-json-wrong-type", _good, ["generate", "set-cover", "--param", "sets={\"a\": 1}", "--out", "g"],
     "not a valid list"),
    ("gen-choice", _good, ["generate", "planted", "--param", "inputs=cube", "--out", "g"], "inputs"),
    ("gen-bool", _good, ["generate", "set-cover", "--param", "weighted=maybe", "--out", "g"], "not a valid bool"),
    ("gen-seed-negative", _good, ["generate", "planted", "--seed", "-1", "--out", "g"], "seed"),
    ("gen-seed-text", _good, ["generate", "planted", "--seed", "x", "--out", "g"], "--seed"),
    ("gen-no-out", _good, ["generate", "planted"], "needs --out"),
    ("gen-out-under-file", _good, ["generate", "planted", "--out", "afile/x.json"], "not a folder"),
    ("gen-out-folder-under-file", _good, ["generate", "planted", "--out", "afile/sub"], "not a folder"),
    ("gen-out-is-file", _good, ["generate", "planted", "--out", "afile"], "not a folder"),
    ("gen-out-json-dir", lambda p: (p / "x.json").mkdir(), ["generate", "planted", "--out", "x.json"],
     "is a directory"),
    ("gen-out-npz-dir", lambda p: (p / "x.npz").mkdir(), ["generate", "planted", "--out", "x.json"],
     "is a directory"),
    ("gen-out-symlink", _symlink, ["generate", "planted", "--out", "link.json"], "symbolic link"),
    ("gen-out-device", _good, ["generate", "planted", "--out", "/dev/null"], "not a folder"),
    # --------------------------------------------------------------------------------- verify
    ("verify-missing", _good, ["verify", "gone.json"], "no such"),
    ("verify-data-file", _good, ["verify", "ok.npz", "--no-solve"], "not valid JSON"),
    ("verify-k-fraction", _inst(k=2.7), ["verify", "inst.json", "--no-solve"], "'k'"),
    ("verify-promise-list", _inst(promise=[1]), ["verify", "inst.json", "--no-solve"], "'promise'"),
    ("verify-certificate", _inst(certificate_network={"W": [[1]]}), ["verify", "inst.json", "--no-solve"],
     "certificate_network"),
    ("verify-deep", _deep, ["verify", "deep.json"], "nested deeper"),
    ("verify-threads", _inst(), ["verify", "inst.json", "--threads", "100000"], "--threads"),
    ("verify-time-limit", _inst(), ["verify", "inst.json", "--time-limit", "-1"], "--time-limit"),
    ("verify-time-limit-nan", _inst(), ["verify", "inst.json", "--time-limit", "nan"], "--time-limit"),
    # ---------------------------------------------------------------------------------- sweep
    ("sweep-missing", _good, ["sweep", "gone.toml", "--db", "r.sqlite"], "not found"),
    ("sweep-not-utf8", _text("s.toml", b'name = "\xff\xfe"\n'), ["sweep", "s.toml", "--db", "r.sqlite"], "UTF-8"),
    ("sweep-latin1", _text("s.toml", 'name = "caf\u00e9"\n', "latin-1"), ["sweep", "s.toml", "--db", "r.sqlite"],
     "UTF-8"),
    ("sweep-bad-toml", _text("s.toml", "name = \n"), ["sweep", "s.toml", "--db", "r.sqlite"], "TOML"),
    ("sweep-deep-toml", _text("s.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n"),
     ["sweep", "s.toml", "--db", "r.sqlite"], ""),
    ("sweep-yaml-list", _text("s.yaml", "- 1\n- 2\n"), ["sweep", "s.yaml", "--db", "r.sqlite"], "table of keys"),
    ("sweep-bad-yaml", _text("s.yaml", "a: [1, 2\n"), ["sweep", "s.yaml", "--db", "r.sqlite"], "YAML"),
    ("sweep-unknown-key", _text("s.toml", "colour = 1\n"), ["sweep", "s.toml", "--db", "r.sqlite"], "unknown"),
    ("sweep-no-family", _text("s.toml", 'name = "x"\n'), ["sweep", "s.toml", "--db", "r.sqlite"], ""),
    ("sweep-family-no-generator", _text("s.toml", "[[family]]\n[family.grid]\nn = 5\n"),
     ["sweep", "s.toml", "--db", "r.sqlite"], "generator"),
    ("sweep-bad-range", _text("s.toml", '[[family]]\ngenerator = "planted"\n[family.grid]\nn = {start = 5}\n'),
     ["sweep", "s.toml", "--db", "r.sqlite"], ""),
    ("sweep-grid-text", _text("s.toml", '[[family]]\ngenerator = "planted"\ngrid = "big"\n'),
     ["sweep", "s.toml", "--db", "r.sqlite"], ""),
    ("sweep-time-limit-text", _text("s.toml", 'time_limit = "soon"\n[[family]]\ngenerator = "planted"\n'),
     ["sweep", "s.toml", "--db", "r.sqlite"], "time_limit"),
    ("sweep-workers-zero", _good, ["sweep", "examples_missing.toml", "--db", "r.sqlite", "--workers", "0"],
     "--workers"),
    ("sweep-workers-huge", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--workers", "100000"], "--workers"),
    ("sweep-dask-local-0", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--dask", "local:0"], "local:N"),
    ("sweep-dask-local-abc", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--dask", "local:abc"], "local:N"),
    ("sweep-dask-local-negative", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--dask", "local:-2"], "local:N"),
    ("sweep-dask-local-huge", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--dask", "local:99999"], "local:N"),
    ("sweep-dask-empty", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--dask", " "], "--dask"),
    ("sweep-max-runs", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--max-runs", "-1"], "--max-runs"),
    ("sweep-workers-and-dask", _good, ["sweep", "x.toml", "--db", "r.sqlite", "--workers", "2", "--dask", "local"],
     "not both"),
    # ---------------------------------------------------------------------------------- report
    ("report-missing-db", _good, ["report", "--db", "gone.sqlite", "--out", "r"], "not found"),
    ("report-garbage-db", _text("r.sqlite", b"not a database at all" * 100),
     ["report", "--db", "r.sqlite", "--out", "r"],
     "not a usable"),
    ("report-foreign-db", lambda p: foreign_sqlite(p / "r.sqlite"), ["report", "--db", "r.sqlite", "--out", "r"],
     "no 'runs' table"),
    ("report-db-dir", _good, ["report", "--db", "adir", "--out", "r"], ""),
    ("report-time", _good, ["report", "--db", "r.sqlite", "--out", "r", "--time", "cpu2"], "--time"),
    # ---------------------------------------------------------------------------------- export
    ("export-nothing", _good, ["export", "--out", "lib"], "either INSTANCE or --suite"),
    ("export-both", _good, ["export", "ok.npz", "--suite", "tiny", "--out", "lib"], "either INSTANCE or --suite"),
    ("export-unknown-suite", _good, ["export", "--suite", "nosuch", "--out", "lib"], "unknown library suite"),
    ("export-suite-k", _good, ["export", "--suite", "tiny", "--k", "2", "--out", "lib"], "not to a --suite"),
    ("export-missing", _good, ["export", "gone.npz", "--out", "lib"], "no such file"),
    ("export-format", _good, ["export", "ok.npz", "--out", "lib", "--formats", "xml"], "unknown model format"),
    ("export-no-format", _good, ["export", "ok.npz", "--out", "lib", "--formats", ","], "no model format"),
    ("export-time-limit", _good, ["export", "ok.npz", "--out", "lib", "--time-limit", "-1"], "--time-limit"),
    ("export-time-limit-nan", _good, ["export", "ok.npz", "--out", "lib", "--time-limit", "nan"], "--time-limit"),
    ("export-hard-limit", _good, ["export", "ok.npz", "--out", "lib", "--hard-time-limit", "0"], "--hard-time-limit"),
    ("export-k", _good, ["export", "ok.npz", "--out", "lib", "--k", "0"], "--k"),
    ("export-k-huge", _good, ["export", "ok.npz", "--out", "lib", "--k", "1000000000"], "--k"),
    ("export-weight-bound", _good, ["export", "ok.npz", "--out", "lib", "--weight-bound", "-1"], "weight bound"),
    ("export-bias-nan", _good, ["export", "ok.npz", "--out", "lib", "--bias-bound", "nan"], "bias bound"),
    ("export-signs", _good, ["export", "ok.npz", "--out", "lib", "--signs", "abc"], "signs"),
    ("export-signs-range", _good, ["export", "ok.npz", "--out", "lib", "--signs", "7"], "signs"),
    ("export-out-under-file", _good, ["export", "ok.npz", "--out", "afile/lib", "--time-limit", "0"], "not a folder"),
    ("export-out-is-file", _good, ["export", "ok.npz", "--out", "afile", "--time-limit", "0"], "not a folder"),
    ("export-suite-out-under-file", _good, ["export", "--suite", "tiny", "--out", "afile/lib"], "not a folder"),
    ("export-bad-instance", _inst(output_bias="no"), ["export", "inst.json", "--out", "lib"], "'output_bias'"),
    ("export-no-out", _good, ["export", "ok.npz"], "--out"),
    # ---------------------------------------------------------------------------------- learn
    ("learn-missing", _good, ["learn", "gone.npz", "--eps", "0.5"], "no such file"),
    ("learn-bad-instance", _inst(k=2.7), ["learn", "inst.json", "--eps", "0.5"], "'k'"),
    ("learn-csv-no-header", _text("d.csv", "1,2\n3,4\n"), ["learn", "d.csv", "--eps", "0.5"], "not a header"),
    ("learn-eps-zero", _good, ["learn", "ok.npz", "--normalize", "--eps", "0"], "eps"),
    ("learn-eps-nan", _good, ["learn", "ok.npz", "--normalize", "--eps", "nan"], "eps"),
    ("learn-eps-underflows", _good, ["learn", "ok.npz", "--normalize", "--eps", "1e-300"], "eps"),
    ("learn-k-huge", _good, ["learn", "ok.npz", "--normalize", "--eps", "0.5", "--k", "1000000000"], "k must be"),
    ("learn-delta", _good, ["learn", "ok.npz", "--normalize", "--eps", "0.5", "--delta", "2"], "delta"),
    ("learn-time-limit", _good, ["learn", "ok.npz", "--normalize", "--eps", "0.5", "--time-limit", "-1"],
     "time_limit"),
    ("learn-method", _good, ["learn", "ok.npz", "--eps", "0.5", "--method", "magic"], "--method"),
    ("learn-no-eps", _good, ["learn", "ok.npz"], "--eps"),
    ("learn-seed-negative", _good, ["learn", "ok.npz", "--normalize", "--eps", "0.5", "--seed", "-5"], "--seed"),
    # --------------------------------------------------------------------------------- the group
    ("unknown-command", _good, ["solve"], "no such command"),
    ("group-unknown-option", _good, ["--bogus"], "no such option"),
]


@pytest.mark.parametrize("case_id, setup, argv, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_error_line(tmp_path, case_id, setup, argv, message):
    setup(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    cli_refuses(argv, tmp_path, message or None)
    after = sorted(p.name for p in tmp_path.iterdir())
    assert after == before, f"{case_id}: a refused command left files behind: {set(after) - set(before)}"


def test_case_table_covers_every_command():
    from milp_relu.cli import main

    used = {argv[0] for _, _, argv, _ in CASES}
    assert set(main.commands) <= used, set(main.commands) - used


# ------------------------------------------------------------------ refusals that must not write
def test_foreign_sqlite_is_refused_before_a_table_is_added(tmp_path):
    foreign_sqlite(tmp_path / "theirs.sqlite")
    (tmp_path / "s.toml").write_text(SWEEP_TOML)
    before = (tmp_path / "theirs.sqlite").read_bytes()
    for extra in ([], ["--dry-run"]):
        cli_refuses(["sweep", "s.toml", "--db", "theirs.sqlite", *extra], tmp_path, "refusing to add tables")
    assert sqlite_tables(tmp_path / "theirs.sqlite") == {"contacts"}
    assert (tmp_path / "theirs.sqlite").read_bytes() == before
    cli_refuses(["report", "--db", "theirs.sqlite", "--out", "r"], tmp_path, "no 'runs' table")
    assert sqlite_tables(tmp_path / "theirs.sqlite") == {"contacts"}


def test_sweep_db_that_is_a_directory_or_under_a_file(tmp_path):
    (tmp_path / "s.toml").write_text(SWEEP_TOML)
    (tmp_path / "adir").mkdir()
    (tmp_path / "afile").write_text("x")
    cli_refuses(["sweep", "s.toml", "--db", "adir"], tmp_path, "")
    cli_refuses(["sweep", "s.toml", "--db", "afile/r.sqlite"], tmp_path, "not a folder")
    cli_refuses(["sweep", "s.toml", "--db", "afile/r.sqlite", "--dry-run"], tmp_path, "not a folder")


def _results_db(path: Path, rows: list[dict]) -> Path:
    from milp_relu.results_store import ResultsStore

    with ResultsStore(path) as store:
        for row in rows:
            store.write(row)
    return path


def test_report_on_corrupt_rows_only_is_one_error_line(tmp_path):
    rows = [{"run_key": "a", "generator": "planted", "status": "optimal", "params_json": "{not json"},
            {"run_key": "b", "generator": "planted", "status": "optimal", "params_json": "[1, 2]"},
            {"run_key": "c", "generator": "planted", "status": "exploded", "params_json": "{}"},
            {"run_key": "d", "generator": None, "status": "optimal"},
            {"run_key": "e", "generator": "planted", "status": "optimal", "wall_s": "slow"},
            {"run_key": "f", "generator": "planted", "status": "optimal", "n": 2.5}]
    _results_db(tmp_path / "r.sqlite", rows)
    line = cli_refuses(["report", "--db", "r.sqlite", "--out", "rep"], tmp_path, "6 corrupt row(s) left out")
    assert "no runs to report on" in line


def test_report_leaves_corrupt_rows_out_and_names_them(tmp_path):
    good = [{"run_key": f"g{i}", "sweep": "s", "family": "f", "generator": "planted", "status": "optimal",
             "params_json": json.dumps({"n": n}), "n": n, "d": 1, "k": 1, "loss": "absolute", "wall_s": 0.01 * n,
             "cpu_s": 0.01 * n, "time_limit": 10.0, "options_json": "{}", "seed": 0, "repetition": 0,
             "started_at": f"2026-01-01T00:00:0{i}"} for i, n in enumerate([4, 8, 16, 32])]
    bad = [{"run_key": "zz-corrupt", "generator": "planted", "status": "optimal", "params_json": "{oops"}]
    _results_db(tmp_path / "r.sqlite", good + bad)
    result = run_cli(["report", "--db", "r.sqlite", "--out", "rep"], tmp_path)
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "rep" / "report.md").read_text()
    assert "1 corrupt row(s) left out: zz-corrupt: params_json is not valid JSON" in text


def test_report_out_under_a_file_is_refused_before_reading(tmp_path):
    _results_db(tmp_path / "r.sqlite", [])
    (tmp_path / "afile").write_text("x")
    cli_refuses(["report", "--db", "r.sqlite", "--out", "afile/rep"], tmp_path, "not a folder")


# ---------------------------------------------------------------- results are never lost (issue 6)
def test_result_is_printed_even_when_the_network_file_cannot_be_written(tmp_path, monkeypatch):
    """The output path is checked before the solve; if it breaks during the solve anyway, the
    JSON result is already on stdout and the failure is one error line."""
    good_data(tmp_path)
    import milp_relu.solve as solve_module

    real_fit = solve_module.fit

    def fit_then_break_the_folder(*args, **kwargs):
        result = real_fit(*args, **kwargs)
        (tmp_path / "out").rmdir()
        (tmp_path / "out").write_text("now a file")
        return result

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(solve_module, "fit", fit_then_break_the_folder)
    result = run_cli([SOLVE, "ok.npz", "--k", "1", "--json", "--save-network", "out/net.json"], tmp_path)
    assert result.exit_code == 2
    payload = json.loads(result.stdout)
    assert payload["status"] == "optimal" and payload["network"]["W"]
    assert result.stderr.strip().startswith("error: ") and len(result.stderr.strip().splitlines()) == 1


def test_bom_csv_keeps_its_label_column(tmp_path):
    """A spreadsheet's BOM must not hide the header name 'y' (the label is the first column here)."""
    X = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
    y = np.maximum(X, 0.0)
    body = "y,x\n" + "".join(f"{b},{a}\n" for a, b in zip(X, y))
    (tmp_path / "d.csv").write_bytes(b"\xef\xbb\xbf" + body.encode())
    result = run_cli([SOLVE, "d.csv", "--k", "1", "--loss", "max", "--json"], tmp_path)
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["d"] == 1 and payload["loss"] <= 1e-8  # y = relu(x) fits exactly; x = relu(y) would not


def test_model_file_honours_time_limit_gaps_threads_and_log(tmp_path, monkeypatch):
    import highspy

    import milp_relu.commands.solve_model as solve_model

    options: dict = {}

    class Recording(highspy.Highs):
        def setOptionValue(self, name, value):
            options[name] = value
            return super().setOptionValue(name, value)

    monkeypatch.setattr(solve_model.highspy, "Highs", Recording)
    (tmp_path / "model.lp").write_text(MILP_LP)
    result = run_cli([SOLVE, "model.lp", "--json", "--time-limit", "30", "--rel-gap", "0.5", "--abs-gap", "0.25",
                      "--threads", "1", "--log", "solve.log"], tmp_path)
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "optimal" and payload["objective"] == pytest.approx(2.0)
    assert options["time_limit"] == 30 and options["mip_rel_gap"] == 0.5 and options["mip_abs_gap"] == 0.25
    assert options["threads"] == 1 and options["log_file"] == "solve.log"
    assert "Presolv" in (tmp_path / "solve.log").read_text()
    result = run_cli([SOLVE, "model.lp", "--json", "--time-limit", "1e-9"], tmp_path)
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "time_limit" and payload["highs_status"] == "Time limit reached"


@pytest.mark.parametrize("body, status", [
    ("Minimize\n obj: - x\nSubject To\n c1: x - y >= 0\nBounds\n x >= 0\n y >= 0\nEnd\n", "unbounded"),
    ("Minimize\n obj: - x\nSubject To\n c1: x - y >= 0\nBounds\n x >= 0\n y >= 0\nGeneral\n x\nEnd\n",
     "infeasible_or_unbounded"),
    ("Minimize\n obj: x\nSubject To\n c1: x >= 2\n c2: x <= 1\nGeneral\n x\nEnd\n", "infeasible"),
])
def test_model_file_reports_unbounded_and_infeasible_without_an_objective(tmp_path, body, status):
    (tmp_path / "m.lp").write_text(body)
    result = run_cli([SOLVE, "m.lp", "--json"], tmp_path)
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == status
    assert payload["objective"] is None and payload["lower_bound"] is None


# -------------------------------------------------------------------- hypothesis: every command
_WORDS = st.sampled_from(["0", "-1", "1e30", "1e-320", "nan", "inf", "-inf", "abc", "", " ", "1.5", "2",
                          "1000000000", "local:0", "local:abc", "true", "[1,", "{}", "/dev/null", ".", "..",
                          "afile/x", "\u00e9\u00e8", "\U0001F600", "x" * 300])
_VALUES = st.one_of(_WORDS, st.integers(-10**12, 10**12).map(str),
                    st.floats(allow_nan=True, allow_infinity=True).map(repr),
                    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
                    .filter(lambda t: not t.startswith("-")))

_OPTIONS = {
    # command: (options that take a value, flags, anchor arguments that make the call fail)
    SOLVE: (["--k", "--loss", "--weight-bound", "--bias-bound", "--signs", "--time-limit", "--rel-gap",
             "--abs-gap", "--threads", "--sign-mode", "--save-network", "--log"], ["--output-bias", "--json"],
            ["gone.npz"]),
    "generate": (["--param", "--seed"], [], ["planted", "--out", "afile/sub"]),
    "verify": (["--time-limit", "--threads"], ["--no-solve"], ["gone.json"]),
    "sweep": (["--db", "--workers", "--dask", "--max-runs"], ["--retry-errors", "--dry-run", "--no-progress"],
              ["gone.toml"]),
    "report": (["--sweep", "--time"], [], ["--db", "gone.sqlite", "--out", "afile/r"]),
    "export": (["--suite", "--formats", "--loss", "--k", "--signs", "--weight-bound", "--bias-bound",
                "--time-limit", "--hard-time-limit"], [], ["gone.npz", "--out", "afile/lib"]),
}


@st.composite
def _argv(draw):
    command = draw(st.sampled_from(sorted(_OPTIONS)))
    options, flags, anchor = _OPTIONS[command]
    argv = [command, *anchor]
    for _ in range(draw(st.integers(0, 4))):
        if flags and draw(st.booleans()):
            argv.append(draw(st.sampled_from(flags)))
        else:
            argv += [draw(st.sampled_from(options)), draw(_VALUES)]
    return argv


@settings(max_examples=int(os.environ.get("MILP_RELU_FUZZ_EXAMPLES", "250")),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(argv=_argv())
def test_generated_arguments_never_end_in_a_traceback(tmp_path, argv):
    (tmp_path / "afile").write_text("x")  # the anchors write under this file: always refused
    cli_refuses(argv, tmp_path)


# ----------------------------------------------------- real processes: memory, threads, hangs
def _subprocess(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "milp_relu.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.mark.parametrize("argv, message", [
    ([SOLVE, "ok.npz", "--k", "1000000000", "--time-limit", "5"], "--k must be in 1..1000"),
    ([SOLVE, "ok.npz", "--k", "1e30"], "--k"),
    ([SOLVE, "ok.npz", "--threads", "100000"], "--threads must be in 1..256"),
    ([SOLVE, "huge.npz"], "limit"),
    (["sweep", "s.toml", "--db", "r.sqlite", "--dask", "local:0"], "local:N"),
    (["sweep", "s.toml", "--db", "r.sqlite", "--dask", "local:abc"], "local:N"),
])
def test_real_process_refuses_without_exhausting_the_machine(tmp_path, argv, message):
    from fuzz_helpers import COUNTS, assert_one_error_line

    good_data(tmp_path)
    npz_with_header(tmp_path / "huge.npz", HUGE)
    (tmp_path / "s.toml").write_text(SWEEP_TOML)
    COUNTS["cli"] += 1
    proc = _subprocess(argv, tmp_path)
    assert_one_error_line(proc.returncode, proc.stdout, proc.stderr, None, message)
    assert not (tmp_path / "r.sqlite").exists()


def test_internal_errors_are_one_line_too(tmp_path, monkeypatch):
    """A bug (an unexpected exception) is still one line, exit 1, with a way to see the traceback."""
    import milp_relu.commands.solve_instance as si

    def boom(path):
        raise ZeroDivisionError("planted bug")

    good_data(tmp_path)
    monkeypatch.setattr(si, "load_problem", boom)
    result = run_cli([SOLVE, "ok.npz"], tmp_path)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: internal error (ZeroDivisionError: planted bug)")
    monkeypatch.setenv("MILP_RELU_TRACEBACK", "1")
    result = run_cli([SOLVE, "ok.npz"], tmp_path)
    assert isinstance(result.exception, ZeroDivisionError)


def test_a_log_that_breaks_during_the_solve_does_not_lose_the_result(tmp_path, monkeypatch):
    good_data(tmp_path)
    import milp_relu.solve as solve_module

    real_fit = solve_module.fit

    def fit_with_a_broken_log(*args, **kwargs):
        (tmp_path / "logs" / "solve.log").unlink()
        (tmp_path / "logs" / "solve.log").mkdir()  # the log path is now a folder
        return real_fit(*args, **kwargs)

    (tmp_path / "logs").mkdir()
    monkeypatch.setattr(solve_module, "fit", fit_with_a_broken_log)
    result = run_cli([SOLVE, "ok.npz", "--json", "--log", "logs/solve.log"], tmp_path)
    assert json.loads(result.stdout)["status"] == "optimal"
    assert result.exit_code == 2 and "could not be written during the solve" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


_TRAINING_OPTIONS = ["--signs", "--weight-bound", "--bias-bound", "--loss", "--sign-mode", "--rel-gap", "--abs-gap"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pairs=st.lists(st.tuples(st.sampled_from(_TRAINING_OPTIONS), _VALUES), min_size=1, max_size=3),
       output_bias=st.booleans())
def test_generated_training_options_on_real_data(tmp_path, pairs, output_bias):
    """Options that are checked after the data is read: a solve (k = 1, six points) or one error line."""
    from fuzz_helpers import COUNTS, assert_one_error_line

    good_data(tmp_path)
    argv = [SOLVE, "ok.npz", "--k", "1", "--time-limit", "20", "--json", *(["--output-bias"] if output_bias else [])]
    for option, value in pairs:
        argv += [option, value]
    result = run_cli(argv, tmp_path)
    if result.exit_code == 0:
        payload = json.loads(result.stdout)
        assert payload["status"] in ("optimal", "time_limit") and payload["k"] == 1
        assert result.exception is None and "Traceback" not in result.stderr
    else:
        COUNTS["cli"] += 1
        assert_one_error_line(result.exit_code, result.stdout, result.stderr, result.exception)


def test_read_only_folder_is_refused_before_solving(tmp_path, monkeypatch):
    """Tests run as root, for whom every folder is writable: the permission answer is simulated."""
    good_data(tmp_path)
    (tmp_path / "ro").mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path).name == "ro"
                        else real_access(path, mode, **kw))
    for option in ("--save-network", "--log"):
        cli_refuses([SOLVE, "ok.npz", option, "ro/out.txt"], tmp_path, "ro is not writable")
    cli_refuses(["generate", "planted", "--out", "ro/inst.json"], tmp_path, "not writable")
    cli_refuses(["export", "ok.npz", "--out", "ro/lib"], tmp_path, "not writable")
    assert list((tmp_path / "ro").iterdir()) == []
