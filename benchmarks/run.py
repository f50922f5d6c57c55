"""Exact solve times of milp_relu against hand-written baselines, every speed option alone.

    python benchmarks/run.py --suite quick              # ~17 instances, 30 s limit, 2 workers
    python benchmarks/run.py --suite full               # larger n, more seeds, 120 s limit
    python benchmarks/run.py --suite tiny               # a smoke test (tests/test_benchmark_slice.py)
    python benchmarks/run.py --suite quick --configs all-on,A --json out.json
    python benchmarks/run.py --suite quick --repeat 3   # median of 3 runs per cell (less noise)

Every run is the whole solve to proven optimality (model building included) in a fresh process
with one HiGHS thread, at most ``--jobs`` runs at a time. Configurations:

* ``all-on``: milp_relu with its defaults;
* ``no-<option>``: the defaults with that one option switched off (``global-big-M`` replaces the
  per-point big-M by one constant; ``obbt``, off by default, is measured switched on); skipped
  where the option cannot act (``=`` in the table);
* ``A``: a hand-written Pyomo model (loops, one global big-M, no symmetry, no warm start, each
  sign split solved by HiGHS through Pyomo) -- absolute and max losses (benchmarks/baselines.py);
* ``B``: SCIP's native MIQP through pyscipopt on the same model -- squared loss, if installed.

The table gives seconds per run ("TL" when not proven optimal within the limit, "ERR" on a crash
or an optimum that disagrees with all-on). Below it, per configuration: runs solved, and the
median and geometric mean of time(config) / time(all-on) over the instances both solved (> 1:
all-on is faster; times under 1 ms count as 1 ms), on all instances and on the absolute-loss
instances alone. The last line times build_big_m at n = 10,000,
d = 10, k = 3.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import math
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def P(n, d, k, loss, noise, inputs="ball", seed=0):
    return ("planted", dict(n=n, d=d, k=k, loss=loss, noise=noise, inputs=inputs), seed)


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
}
CONFIGS = ["all-on", *ABLATIONS, "A", "B"]


def load(entry):
    from milp_relu.generators import generate

    gen, params, seed = entry
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
    if config == "no-ideal-cuts":
        return inst["loss"] != "squared" and not (inst["k"] == 1 and inst["d"] == 1)
    if config == "no-oa-cuts":
        return inst["loss"] == "squared"
    if config == "no-merge":
        import numpy as np
        keys = inst["X"] if inst["loss"] == "squared" else np.column_stack([inst["X"], inst["y"]])
        return len(np.unique(keys, axis=0)) < inst["n"]
    if config == "no-monotone":
        return True  # every instance has sign-pure splits (p = 0 and p = k)
    if config == "no-symmetry":
        return inst["k"] > 1
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
    import highspy  # noqa: F401
    import scipy.optimize  # noqa: F401
    import scipy.sparse  # noqa: F401

    import milp_relu.enumeration  # noqa: F401
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
        else:
            import milp_relu
            options = {} if config == "all-on" else ABLATIONS[config]
            r = milp_relu.fit(X, y, k=k, loss=loss, weight_bound=inst["wb"], bias_bound=inst["bb"],
                              sample_weight=w, time_limit=time_limit, threads=1, **options)
            out = {"status": r.status, "loss": r.loss, "lower_bound": r.lower_bound}
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", default="quick", choices=sorted(SUITES))
    ap.add_argument("--time-limit", type=float, default=None, help="seconds per run (quick 30, full 120, tiny 10)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per cell; the table shows the median time (solved only if every run was)")
    ap.add_argument("--json", default=None, help="also write every run to this JSON file")
    args = ap.parse_args(argv)
    limit = args.time_limit or {"quick": 30.0, "full": 120.0, "tiny": 10.0}[args.suite]
    configs = [c for c in args.configs.split(",") if c]
    unknown = set(configs) - set(CONFIGS)
    if unknown:
        ap.error(f"unknown configurations {sorted(unknown)}; choose from {CONFIGS}")
    if "all-on" not in configs:
        configs.insert(0, "all-on")
    entries = SUITES[args.suite]
    insts = [load(e) for e in entries]
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

    def solved(i, c):
        r = results.get((i, c))
        return r is not None and r["status"] == "optimal"

    # a solved run whose optimum disagrees with all-on's is an error, not a time
    for (i, c), r in results.items():
        ref = results.get((i, "all-on"))
        if c != "all-on" and r["status"] == "optimal" and ref and ref["status"] == "optimal":
            tol = (1e-3 if c in ("A", "B") else 1e-5) * (1 + abs(ref["loss"])) + 1e-5
            if abs(r["loss"] - ref["loss"]) > tol:
                r["status"] = f"mismatch {r['loss']:.9g} vs {ref['loss']:.9g}"

    width = max(len(inst["name"]) for inst in insts) + 2
    cols = [c for c in configs]
    header = "instance".ljust(width) + "".join(f"{c:>{max(len(c), 7) + 1}}" for c in cols)
    print(f"suite {args.suite}: {len(insts)} instances, time limit {limit:g} s per run, "
          f"{args.jobs} parallel runs, HiGHS threads=1"
          + (f", median of {args.repeat} runs per cell" if args.repeat > 1 else ""))
    print(header)
    for i, inst in enumerate(insts):
        line = inst["name"].ljust(width)
        for c in cols:
            w = max(len(c), 7) + 1
            r = results.get((i, c))
            if r is None:
                cell = "="
            elif r["status"] == "optimal":
                cell = f"{r['time']:.2f}"
            elif r["status"] in ("time_limit", "interrupted"):
                cell = "TL"
            else:
                cell = "ERR"
            line += f"{cell:>{w}}"
        print(line)
    print()
    def summary(ratios: list[float]) -> str:
        if not ratios:
            return "-"
        geo = math.exp(statistics.fmean(math.log(r) for r in ratios))
        return f"{statistics.median(ratios):.2f}x {geo:.2f}x ({len(ratios)})"

    print(f"{'config':<22}{'solved':>8}{'median, geomean vs all-on':>28}{'abs loss only':>24}")
    for c in cols:
        ran = [i for i in range(len(insts)) if (i, c) in results]
        n_solved = sum(solved(i, c) for i in ran)
        both = [i for i in ran if solved(i, c) and solved(i, "all-on")]
        ratios = [max(results[(i, c)]["time"], 1e-3) / max(results[(i, "all-on")]["time"], 1e-3) for i in both]
        absr = [rr for i, rr in zip(both, ratios) if insts[i]["loss"] == "absolute"]
        ref_solved = sum(solved(i, "all-on") for i in ran)
        print(f"{c:<22}{f'{n_solved}/{len(ran)}':>8}{summary(ratios):>28}{summary(absr):>24}"
              + (f"   all-on solved {ref_solved}/{len(ran)} of these" if c != "all-on" else ""))
    errors = [(insts[i]["name"], c, r["status"]) for (i, c), r in results.items()
              if r["status"] not in ("optimal", "time_limit", "interrupted")]
    for name, c, status in errors:
        print(f"ERR {name} [{c}]: {status}")
    print(f"\nbuild_big_m n=10000 d=10 k=3: {build_time():.3f} s    (suite wall time {wall:.0f} s)")
    if args.json:
        rows = [dict(instance=insts[i]["name"], config=c, **r) for (i, c), r in sorted(results.items())]
        Path(args.json).write_text(json.dumps(rows, indent=1, default=float))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
