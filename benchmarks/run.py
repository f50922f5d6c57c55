"""Exact solve times of milp_relu against hand-written baselines, every speed option alone.

    python benchmarks/run.py --suite quick              # ~17 instances, 30 s limit, 2 workers
    python benchmarks/run.py --suite full               # larger n, more seeds, 120 s limit
    python benchmarks/run.py --suite tiny               # a smoke test (tests/test_benchmark_slice.py)
    python benchmarks/run.py --suite quick --configs all-on,A --json out.json
    python benchmarks/run.py --suite quick --repeat 3   # median of 3 runs per cell (less noise)
    python benchmarks/run.py --suite issue13 --configs all-on,A,B,G --jobs 1 --time-limit 60
    python benchmarks/run.py --suite copies --configs all-on,no-decompose,B,G --jobs 1 --time-limit 60
    python benchmarks/run.py --pkg /tmp/before ...      # time another checkout of milp_relu

Every run is the whole solve to proven optimality (model building included) in a fresh process
with one HiGHS thread, at most ``--jobs`` runs at a time. Configurations:

* ``all-on``: milp_relu with its defaults;
* ``search-milp``: the MILP for every split where ``search="auto"`` picks the search tree;
* ``no-<option>``: the defaults with that one option switched off (``global-big-M`` replaces the
  per-point big-M by one constant; ``obbt``, off by default, is measured switched on); skipped
  where the option cannot act (``=`` in the table);
* ``A``: a hand-written Pyomo model (loops, one global big-M, no symmetry, no warm start, each
  sign split solved by HiGHS through Pyomo) -- absolute and max losses (benchmarks/baselines.py);
* ``B``: SCIP's native MIQP through pyscipopt on the same model -- squared loss, if installed;
* ``G``: Gurobi through gurobipy, all losses (per-point big-M, sign splits with cut-off, the
  squared loss as its native convex MIQP); optional: "skip" when gurobipy is not installed,
  "lic" when the model exceeds the pip wheel's size-limited licence, each with a note below the
  table. Gurobi's network is re-evaluated in float64 by milp_relu's ReLUNetwork.

Suite ``issue13`` holds the targets of the Gurobi comparison: planted L1 and squared shapes with
three seeds each, the G3 family (bounded colouring of the complete graph, N = 5, 6, 7, 9) and
real data (diabetes, two standardised features, n = 40, k = 2, boxes 2; benchmarks/data/).
Suite ``k1`` holds one-unit fits (planted L1, max and squared, n = 30-200, d = 2-8), where
``search="auto"`` runs the search tree (d <= 5 for the LP losses); ``search-milp`` times the
MILP instead (``--configs all-on,search-milp,G``).
Suite ``copies`` holds the G3 copies family (c = 1..4 disjoint copies of K_4), which fit solves as
one copy (milp_relu.engine.blocks); ``no-decompose`` turns that off.

The table gives seconds per run ("TL" when not proven optimal within the limit, "ERR" on a crash
or an optimum that disagrees with all-on: beyond 1e-5 (1 + |loss|) for the ablations, 1e-3 for A
and B, 1e-4 relative for G; a baseline network better than all-on's proven optimum is an error
too). Below it, per configuration: runs solved, and the median and geometric mean of
time(config) / time(all-on) over the instances both solved (> 1: all-on is faster; times under
1 ms count as 1 ms), on all instances and on the absolute-loss instances alone. Where a suite
repeats a shape with several seeds, a block gives per shape and configuration the runs solved and
the median time over the seeds; a block per family (planted L1, planted squared, G3, real data,
...) gives the median of time(baseline) / time(all-on) with a time-out counted as the time limit.
The last line times build_big_m at n = 10,000, d = 10, k = 3.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import math
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG_ENV = "MILP_RELU_BENCH_PKG"  # --pkg, handed to the worker processes
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
if os.environ.get(PKG_ENV):
    sys.path.insert(0, os.environ[PKG_ENV])


def P(n, d, k, loss, noise, inputs="ball", seed=0):
    return ("planted", dict(n=n, d=d, k=k, loss=loss, noise=noise, inputs=inputs), seed)


def G3(N):
    """Generator G3 (bounded colouring) on the complete graph K_N: k = 2, squared loss, n = N + N(N-1)/2."""
    return ("bounded-coloring", dict(family="complete", N=N, r=2, k=2), 0)


def COPIES(c):
    """Generator G3 on c disjoint copies of K_4 (the copies family): k = 2, squared loss, n = 10 c."""
    return ("bounded-coloring", dict(family="copies", r=2, k=2, copies=c), 0)


def REAL(loss):
    """Two standardised diabetes features, n = 40, k = 2, boxes |w|, |b| <= 2 (benchmarks/data/)."""
    return ("data", dict(file="diabetes_bmi_s5_first40.csv", features=("bmi", "s5"), k=2, loss=loss,
                         bound=2.0), 0)


SUITES = {
    "tiny": [
        P(20, 1, 1, "absolute", 0.05, seed=1),
        P(12, 2, 2, "squared", 0.05, seed=2),
    ],
    "quick": [
        P(20, 1, 1, "absolute", 0.0, seed=0),
        P(100, 2, 1, "absolute", 0.05, "gaussian", seed=1),
        P(200, 5, 1, "absolute", 0.05, seed=2),
        P(400, 3, 1, "absolute", 0.05, "box", seed=3),
        P(60, 8, 1, "absolute", 0.05, seed=4),
        P(30, 2, 2, "absolute", 0.05, seed=5),
        P(25, 4, 2, "absolute", 0.0, "box", seed=6),
        P(20, 2, 3, "absolute", 0.0, seed=7),
        P(40, 1, 2, "max", 0.1, "gaussian", seed=8),
        P(60, 5, 1, "max", 0.0, seed=9),
        P(15, 1, 4, "max", 0.05, seed=10),
        P(60, 3, 1, "squared", 0.05, "box", seed=11),
        P(30, 2, 2, "squared", 0.0, seed=12),
        P(25, 3, 2, "squared", 0.05, "box", seed=13),
        P(20, 1, 3, "squared", 0.05, seed=14),
        ("set-cover", dict(N=4, m=4, t=2, p=0.2, answer="yes"), 0),
        ("hypergraph-coloring", dict(N=4, m=4, r=3, k=2), 0),
    ],
}
SUITES["issue13"] = [
    *(P(n, d, k, "absolute", 0.05, seed=s) for n, d, k in ((35, 2, 2), (25, 3, 2), (30, 3, 1)) for s in range(3)),
    *(P(n, d, k, "squared", 0.05, seed=s) for n, d, k in ((25, 3, 2), (30, 2, 2)) for s in range(3)),
    *(G3(N) for N in (5, 6, 7, 9)),
    REAL("absolute"),
    REAL("squared"),
]
SUITES["copies"] = [COPIES(c) for c in (1, 2, 3, 4)]
SUITES["k1"] = [
    *(P(30, 3, 1, "absolute", 0.05, seed=s) for s in range(6)),
    P(50, 4, 1, "absolute", 0.05, seed=3), P(40, 5, 1, "absolute", 0.05, seed=12),
    P(80, 3, 1, "absolute", 0.05, seed=5), P(120, 3, 1, "absolute", 0.05, seed=9),
    P(200, 5, 1, "absolute", 0.05, seed=2), P(100, 2, 1, "absolute", 0.05, "gaussian", seed=1),
    P(100, 4, 1, "max", 0.05, seed=3), P(60, 8, 1, "absolute", 0.05, seed=4),
    P(60, 3, 1, "squared", 0.05, "box", seed=11), P(200, 5, 1, "squared", 0.05, seed=28),
    P(30, 3, 1, "squared", 0.05, seed=0), P(50, 4, 1, "squared", 0.05, seed=3),
    P(60, 8, 1, "squared", 0.05, seed=4), P(25, 8, 1, "squared", 0.05, seed=8),
]
SUITES["full"] = SUITES["quick"] + [
    P(400, 2, 1, "absolute", 0.05, seed=20),
    P(300, 8, 1, "absolute", 0.05, seed=21),
    P(40, 5, 2, "absolute", 0.05, seed=22),
    P(50, 2, 2, "absolute", 0.05, seed=23),
    P(25, 2, 3, "absolute", 0.05, seed=24),
    P(15, 2, 4, "absolute", 0.0, seed=25),
    P(200, 3, 1, "max", 0.05, seed=26),
    P(40, 3, 2, "max", 0.05, seed=27),
    P(200, 5, 1, "squared", 0.05, seed=28),
    P(400, 1, 1, "squared", 0.05, seed=29),
    P(40, 5, 2, "squared", 0.05, seed=30),
    P(20, 2, 3, "squared", 0.0, seed=31),
    P(15, 1, 4, "squared", 0.05, seed=32),
    ("set-cover", dict(N=6, m=6, t=2, p=0.2, answer="yes"), 1),
    ("set-cover", dict(N=4, m=4, t=2, p=0.2, answer="no"), 2),
    ("hypergraph-coloring", dict(N=6, m=6, r=3, k=2), 1),
    ("hypergraph-coloring", dict(family="complete", N=4, r=2), 2),
]

ABLATIONS = {
    "no-warm-start": dict(warm_start=False),
    "no-incumbent-bounds": dict(incumbent_bounds=False),
    "obbt": dict(obbt=True),
    "no-oa-cuts": dict(oa_cuts=False),
    "no-monotone": dict(monotone=False),
    "no-ideal-cuts": dict(ideal_cuts=False),
    "no-symmetry": dict(symmetry=False),
    "no-merge": dict(merge_duplicates=False),
    "global-big-M": dict(big_m="global"),
    "no-enumeration": dict(enumeration=False),
    "no-decompose": dict(decompose=False),
    "search-milp": dict(search="milp"),
}
BASELINES = ("A", "B", "G")
CONFIGS = ["all-on", *ABLATIONS, *BASELINES]
SKIPPED = ("skipped", "over licence")  # status prefixes of an optional baseline that did not run


def family(entry) -> str:
    """The family an instance's ratios are summarised under (issue 13's targets)."""
    gen, params = entry[0], entry[1]
    if gen == "planted":
        return "planted " + {"absolute": "L1"}.get(params["loss"], params["loss"])
    if gen == "bounded-coloring" and params.get("family") == "copies":
        return "G3 copies"
    return {"bounded-coloring": "G3", "data": "real data"}.get(gen, gen)


def load_real(params: dict) -> dict:
    """A CSV slice from benchmarks/data/, features and label standardised over its rows."""
    import numpy as np

    raw = np.genfromtxt(ROOT / "benchmarks" / "data" / params["file"], delimiter=",", names=True)
    X = np.column_stack([raw[f] for f in params["features"]]).astype(float)
    y = raw["y"].astype(float)
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    y = (y - y.mean()) / y.std()
    n, d = X.shape
    name = f"real {params['file'].split('_')[0]} n{n} d{d} k{params['k']} {params['loss'][:3]}"
    return dict(name=name, X=X, y=y, w=None, k=int(params["k"]), loss=params["loss"],
                wb=float(params["bound"]), bb=float(params["bound"]), n=n, d=d)


def load(entry):
    from milp_relu.generators import generate

    gen, params, seed = entry
    if gen == "data":
        return load_real(params)
    inst = generate(gen, seed=seed, **params)
    md = inst.metadata
    ds = inst.dataset
    name = (f"{gen[:5]} n{ds.n} d{ds.d} k{md['k']} {md['loss'][:3]}"
            + (f" s{params.get('noise', 0):g}" if gen == "planted" else f" {params.get('answer', params.get('family', 'yes'))}"))
    return dict(name=name, X=ds.X, y=ds.y, w=ds.sample_weight, k=int(md["k"]), loss=md["loss"],
                wb=float(md["bounds"]["weight"]), bb=float(md["bounds"]["bias"]), n=ds.n, d=ds.d)


def applies(config: str, inst: dict) -> bool:
    """Whether a configuration differs from all-on on this instance (or the baseline covers it)."""
    if config == "A":
        return inst["loss"] in ("absolute", "max")
    if config == "B":
        try:
            import pyscipopt  # noqa: F401
        except ImportError:
            return False
        return inst["loss"] == "squared"
    if config == "G":
        return True  # without gurobipy the run reports "skipped" with a note
    if config == "no-ideal-cuts":
        return inst["loss"] != "squared" and not (inst["k"] == 1 and inst["d"] == 1)
    if config == "no-oa-cuts":
        return inst["loss"] == "squared"
    if config == "no-merge":
        import numpy as np
        keys = inst["X"] if inst["loss"] == "squared" else np.column_stack([inst["X"], inst["y"]])
        return len(np.unique(keys, axis=0)) < inst["n"]
    if config == "no-decompose":
        from milp_relu.engine.blocks import IdenticalBlocks
        from milp_relu.engine.problem import Problem
        problem = Problem.from_user(inst["X"], inst["y"], inst["k"], inst["loss"], inst["wb"], inst["bb"], inst["w"])
        return IdenticalBlocks.find(problem) is not None
    if config == "no-monotone":
        return True  # every instance has sign-pure splits (p = 0 and p = k)
    if config == "no-symmetry":
        return inst["k"] > 1
    if config == "search-milp":
        from milp_relu.engine.strategies.tree import tree_preferred
        from milp_relu.losses import get_loss
        return tree_preferred(inst["n"], inst["d"], inst["k"], get_loss(inst["loss"]))
    if config == "no-enumeration":
        from milp_relu.enumeration import enumeration_applies
        return enumeration_applies(inst["n"], inst["d"], inst["k"], inst["loss"], False)
    return True


def preload(config: str) -> None:
    """Import what a configuration needs before its clock starts: the runs time the solve
    (model building included), not the interpreter's one-off imports (about 0.2 s for Pyomo,
    0.1 s for milp_relu's stack), which a user fitting many models pays once."""
    if config == "A":
        import pyomo.environ  # noqa: F401
        from pyomo.contrib.appsi.solvers import Highs  # noqa: F401
    elif config == "B":
        import pyscipopt  # noqa: F401
    elif config == "G":
        from baselines import gurobi_available
        if gurobi_available():
            import gurobipy  # noqa: F401
    import highspy  # noqa: F401
    import scipy.optimize  # noqa: F401
    import scipy.sparse  # noqa: F401

    import milp_relu.branch_and_bound  # noqa: F401 - the search tree (imported by fit when used)
    import milp_relu.enumeration  # noqa: F401
    import milp_relu.pattern_qp  # noqa: F401 - the squared loss's pattern QPs (DAQP, HiGHS)
    import milp_relu.solve  # noqa: F401
    import milp_relu.warmstart  # noqa: F401


def run_job(entry, config: str, time_limit: float) -> dict:
    """One run in this (fresh) process: load the instance, solve, time everything."""
    inst = load(entry)
    X, y, w, k, loss = inst["X"], inst["y"], inst["w"], inst["k"], inst["loss"]
    preload(config)
    started = time.perf_counter()
    try:
        if config == "A":
            from baselines import baseline_pyomo
            out = baseline_pyomo(X, y, k, loss, inst["wb"], inst["bb"], w, time_limit)
        elif config == "B":
            from baselines import baseline_scip
            out = baseline_scip(X, y, k, loss, inst["wb"], inst["bb"], w, time_limit)
        elif config == "G":
            from baselines import baseline_gurobi
            out = baseline_gurobi(X, y, k, loss, inst["wb"], inst["bb"], w, time_limit)
        else:
            import milp_relu
            options = {} if config == "all-on" else ABLATIONS[config]
            r = milp_relu.fit(X, y, k=k, loss=loss, weight_bound=inst["wb"], bias_bound=inst["bb"],
                              sample_weight=w, time_limit=time_limit, threads=1, **options)
            out = {"status": r.status, "loss": r.loss, "lower_bound": r.lower_bound, "nodes": r.nodes}
        out["time"] = time.perf_counter() - started
    except Exception as exc:  # noqa: BLE001 - a benchmark reports failures, it does not stop
        out = {"status": f"error: {type(exc).__name__}: {exc}", "time": time.perf_counter() - started,
               "loss": math.nan, "lower_bound": math.nan}
    return out


def combine(outs: list[dict]) -> dict:
    """One cell from repeated runs: the median time; any run that failed decides the status."""
    bad = [o for o in outs if o["status"] != "optimal"]
    if bad:
        return dict(bad[0], runs=len(outs))
    best = dict(min(outs, key=lambda o: o["loss"]))
    best["time"] = statistics.median(o["time"] for o in outs)
    best["times"] = [o["time"] for o in outs]
    best["runs"] = len(outs)
    return best


def build_time(n=10_000, d=10, k=3, repeats=3) -> float:
    import numpy as np

    from milp_relu.data import Dataset
    from milp_relu.formulation import FormulationOptions, build_big_m

    rng = np.random.default_rng(0)
    data = Dataset(rng.uniform(-1, 1, (n, d)), rng.normal(size=n))
    best = math.inf
    for _ in range(repeats):
        t = time.perf_counter()
        build_big_m(data, FormulationOptions(k=k, loss="absolute", signs=(1.0, 1.0, -1.0)))
        best = min(best, time.perf_counter() - t)
    return best


def skipped(r: dict | None) -> bool:
    """An optional baseline that did not run (not installed, or over its licence)."""
    return r is not None and str(r["status"]).startswith(SKIPPED)


def unique_names(insts: list[dict], entries: list) -> None:
    """Append the seed (" #s") to names that several seeds of one shape share."""
    counts: dict[str, int] = {}
    for inst in insts:
        counts[inst["name"]] = counts.get(inst["name"], 0) + 1
    for inst, entry in zip(insts, entries):
        inst["shape"] = inst["name"]
        if counts[inst["name"]] > 1:
            inst["name"] = f"{inst['name']} #{entry[2]}"


def check_optima(results: dict) -> None:
    """Turn a solved run whose optimum disagrees with all-on's, or a baseline network better than
    all-on's proven optimum, into an error status naming both losses."""
    for (i, c), r in results.items():
        ref = results.get((i, "all-on"))
        if c == "all-on" or not ref or ref["status"] != "optimal" or not math.isfinite(r.get("loss", math.nan)):
            continue
        if c == "G":
            tol = 1e-4 * max(abs(r["loss"]), abs(ref["loss"])) + 2e-6
        else:
            tol = (1e-3 if c in BASELINES else 1e-5) * (1 + abs(ref["loss"])) + 1e-5
        if r["status"] == "optimal" and abs(r["loss"] - ref["loss"]) > tol:
            r["status"] = f"mismatch {r['loss']:.9g} vs {ref['loss']:.9g}"
        elif c in BASELINES and r["loss"] < ref["loss"] - tol:
            r["status"] = f"network of loss {r['loss']:.9g} below all-on's optimum {ref['loss']:.9g}"


def cell(r: dict | None) -> str:
    if r is None:
        return "="
    if r["status"] == "optimal":
        return f"{r['time']:.2f}"
    if r["status"] in ("time_limit", "interrupted"):
        return "TL"
    if str(r["status"]).startswith("skipped"):
        return "skip"
    if str(r["status"]).startswith("over licence"):
        return "lic"
    return "ERR"


def print_table(insts: list[dict], cols: list[str], results: dict) -> None:
    width = max(len(inst["name"]) for inst in insts) + 2
    print("instance".ljust(width) + "".join(f"{c:>{max(len(c), 7) + 1}}" for c in cols))
    for i, inst in enumerate(insts):
        print(inst["name"].ljust(width)
              + "".join(f"{cell(results.get((i, c))):>{max(len(c), 7) + 1}}" for c in cols))


def print_notes(insts: list[dict], results: dict) -> None:
    """One line per optional baseline that did not run, or one per reason if it never ran."""
    notes: dict[tuple[str, str], list[str]] = {}
    for (i, c), r in sorted(results.items()):
        if skipped(r):
            notes.setdefault((c, r["status"]), []).append(insts[i]["name"] + (f" ({r['note']})" if "over" in r["status"] else ""))
    for (c, status), names in notes.items():
        if status.startswith("skipped"):
            print(f"note: {c} {status} ({len(names)} runs; optional baseline)")
        else:
            for name in names:
                print(f"note: {c} {status}: {name}")


def ratio_summary(ratios: list[float]) -> str:
    if not ratios:
        return "-"
    geo = math.exp(statistics.fmean(math.log(r) for r in ratios))
    return f"{statistics.median(ratios):.2f}x {geo:.2f}x ({len(ratios)})"


def print_config_summary(insts: list[dict], cols: list[str], results: dict) -> None:
    def solved(i, c):
        r = results.get((i, c))
        return r is not None and r["status"] == "optimal"

    print(f"{'config':<22}{'solved':>8}{'median, geomean vs all-on':>28}{'abs loss only':>24}")
    for c in cols:
        ran = [i for i in range(len(insts)) if (i, c) in results and not skipped(results[(i, c)])]
        n_solved = sum(solved(i, c) for i in ran)
        both = [i for i in ran if solved(i, c) and solved(i, "all-on")]
        ratios = [max(results[(i, c)]["time"], 1e-3) / max(results[(i, "all-on")]["time"], 1e-3) for i in both]
        absr = [rr for i, rr in zip(both, ratios) if insts[i]["loss"] == "absolute"]
        ref_solved = sum(solved(i, "all-on") for i in ran)
        print(f"{c:<22}{f'{n_solved}/{len(ran)}':>8}{ratio_summary(ratios):>28}{ratio_summary(absr):>24}"
              + (f"   all-on solved {ref_solved}/{len(ran)} of these" if c != "all-on" else ""))


def censored_time(r: dict, limit: float) -> float:
    """A run's time, a time-out counted as the time limit (NaN for errors)."""
    if r["status"] == "optimal":
        return max(r["time"], 1e-3)
    return limit if r["status"] in ("time_limit", "interrupted") else math.nan


def print_shapes(insts: list[dict], cols: list[str], results: dict, limit: float) -> None:
    """Per shape repeated over seeds: runs solved and the median time (TL counted as the limit)."""
    shapes: dict[str, list[int]] = {}
    for i, inst in enumerate(insts):
        shapes.setdefault(inst["shape"], []).append(i)
    shapes = {s: ix for s, ix in shapes.items() if len(ix) > 1}
    if not shapes:
        return
    width = max(map(len, shapes)) + 2
    print(f"\nper shape over seeds: solved/runs and median seconds (a time-out counted as {limit:g} s: '>')")
    print("shape".ljust(width) + "".join(f"{c:>14}" for c in cols))
    for shape, ix in shapes.items():
        line = shape.ljust(width)
        for c in cols:
            rs = [results[(i, c)] for i in ix if (i, c) in results and not skipped(results[(i, c)])]
            times = [censored_time(r, limit) for r in rs]
            if not rs or any(math.isnan(x) for x in times):
                line += f"{'-' if not rs else 'ERR':>14}"
                continue
            med = statistics.median(times)
            n_ok = sum(r["status"] == "optimal" for r in rs)
            line += f"{f'{n_ok}/{len(rs)} ' + ('>' if med >= limit else '') + f'{med:.2f}':>14}"
        print(line)


def print_families(insts: list[dict], entries: list, cols: list[str], results: dict, limit: float) -> None:
    """Per family: median of time(baseline) / time(all-on), a time-out counted as the time limit."""
    bases = [c for c in cols if c in BASELINES]
    if not bases:
        return
    fams: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        fams.setdefault(family(entry), []).append(i)
    print("\nper family: median time(baseline) / time(all-on) over instances where either solved, a time-out\n"
          f"counted as {limit:g} s (> 1: all-on is faster); [both solved / instances run], "
          "'all-on TL' counts the time-outs of all-on")
    print(f"{'family':<18}" + "".join(f"{c + ' / all-on':>32}" for c in bases))
    for fam, ix in fams.items():
        line = f"{fam:<18}"
        for c in bases:
            pairs = [(results[(i, c)], results[(i, "all-on")]) for i in ix
                     if (i, c) in results and (i, "all-on") in results and not skipped(results[(i, c)])]
            ratios = [censored_time(a, limit) / censored_time(b, limit) for a, b in pairs
                      if "optimal" in (a["status"], b["status"])]
            ratios = [x for x in ratios if not math.isnan(x)]
            both = sum(a["status"] == b["status"] == "optimal" for a, b in pairs)
            tl = sum(b["status"] != "optimal" for _, b in pairs)
            text = "-" if not ratios else f"{statistics.median(ratios):.3g}x"
            line += f"{f'{text} [{both}/{len(pairs)}]' + (f' all-on TL {tl}' if tl else ''):>32}"
        print(line)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", default="quick", choices=sorted(SUITES))
    ap.add_argument("--time-limit", type=float, default=None,
                    help="seconds per run (quick 30, full 120, tiny 10, any other suite 60)")
    ap.add_argument("--jobs", type=int, default=2, help="runs at a time (each one thread)")
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per cell; the table shows the median time (solved only if every run was)")
    ap.add_argument("--json", default=None, help="also write every run to this JSON file")
    ap.add_argument("--pkg", default=None,
                    help="folder holding the milp_relu package to time (default: this checkout)")
    args = ap.parse_args(argv)
    if args.pkg:
        os.environ[PKG_ENV] = str(Path(args.pkg).resolve())
        sys.path.insert(0, os.environ[PKG_ENV])
    limit = args.time_limit or {"quick": 30.0, "full": 120.0, "tiny": 10.0}.get(args.suite, 60.0)
    configs = [c for c in args.configs.split(",") if c]
    unknown = set(configs) - set(CONFIGS)
    if unknown:
        ap.error(f"unknown configurations {sorted(unknown)}; choose from {CONFIGS}")
    if "all-on" not in configs:
        configs.insert(0, "all-on")
    entries = SUITES[args.suite]
    insts = [load(e) for e in entries]
    unique_names(insts, entries)
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")
    jobs = [(i, c) for i, inst in enumerate(insts) for c in configs if applies(c, inst)]
    runs: dict[tuple[int, str], list[dict]] = {}
    started = time.perf_counter()
    ctx = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=args.jobs, mp_context=ctx, max_tasks_per_child=1) as pool:
        futures = {pool.submit(run_job, entries[i], c, limit): (i, c)
                   for _ in range(args.repeat) for i, c in jobs}
        for fut in cf.as_completed(futures):
            key = futures[fut]
            try:
                out = fut.result()
            except Exception as exc:  # noqa: BLE001 - worker crash
                out = {"status": f"crashed: {exc}", "time": math.nan, "loss": math.nan}
            runs.setdefault(key, []).append(out)
    wall = time.perf_counter() - started
    results = {key: combine(outs) for key, outs in runs.items()}
    check_optima(results)

    print(f"suite {args.suite}: {len(insts)} instances, time limit {limit:g} s per run, "
          f"{args.jobs} parallel runs, HiGHS threads=1"
          + (", Gurobi Threads=1" if "G" in configs else "")
          + (f", median of {args.repeat} runs per cell" if args.repeat > 1 else ""))
    if args.pkg:
        import milp_relu
        print(f"milp_relu from {Path(milp_relu.__file__).parent}")
    print_table(insts, configs, results)
    print_notes(insts, results)
    print()
    print_config_summary(insts, configs, results)
    print_shapes(insts, configs, results, limit)
    print_families(insts, entries, configs, results, limit)
    errors = [(insts[i]["name"], c, r["status"]) for (i, c), r in results.items()
              if r["status"] not in ("optimal", "time_limit", "interrupted") and not skipped(r)]
    for name, c, status in errors:
        print(f"ERR {name} [{c}]: {status}")
    print(f"\nbuild_big_m n=10000 d=10 k=3: {build_time():.3f} s    (suite wall time {wall:.0f} s)")
    if args.json:
        rows = [dict(instance=insts[i]["name"], config=c, **r) for (i, c), r in sorted(results.items())]
        Path(args.json).write_text(json.dumps(rows, indent=1, default=float))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
