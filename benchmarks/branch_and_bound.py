"""milp_relu.fit (big-M MILP / outer approximation) against the split branch and bound.

    python benchmarks/branch_and_bound.py                      # the table, 60 s limit per run
    python benchmarks/branch_and_bound.py --time-limit 120 --g3 5 6 7 9 10 --seeds 3
    python benchmarks/branch_and_bound.py --ablation           # each option of the B&B alone

Both solve the whole training problem (every sign split) to proven optimality with one HiGHS
thread, in this process, one run at a time; imports are done before any clock starts. The branch
and bound side is the driver :func:`fit_all_splits` below: per split a projected-gradient warm
start polished by the pattern's convex problem, then :func:`milp_relu.branch_and_bound.solve_split_bnb`
with the best loss so far as cutoff (splits ordered by their warm start's loss). Its time includes
the warm starts. Columns: seconds (``TL`` when not proven within the limit), the optimum, and the
branch and bound's node count (node problems solved). Planted shapes run several seeds and
report medians (a time-out counts as the limit) and one line per seed. The two sides must agree on the optimum to
1e-5 (1 + |loss|) wherever both proved it; a disagreement is printed as ``MISMATCH``.
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import G3, P, load

import milp_relu
from milp_relu.branch_and_bound import BnBOptions, solve_split_bnb
from milp_relu.network import loss_from_residuals
from milp_relu.pattern_qp import squared_pattern_network
from milp_relu.warmstart import gradient_descent_networks


def fit_all_splits(X, y, k, loss, wb, bb, w, time_limit, options: BnBOptions | None = None) -> dict:
    """Every sign split by branch and bound, the best loss so far as the next split's cutoff."""
    started = time.perf_counter()
    deadline = started + time_limit
    weights = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    starts = []
    for p in range(k, -1, -1):
        signs = tuple([1.0] * p + [-1.0] * (k - p))
        net = gradient_descent_networks(X, y, weights, loss, signs, wb, bb)[0]
        if loss == "squared":
            polished = squared_pattern_network(X, y, weights, net.pattern(X), signs, wb, bb)
            net = polished if polished is not None else net
        value = loss_from_residuals(net.predict(X) - y, loss, weights).value
        starts.append((value, p, signs, net))
    starts.sort(key=lambda t: t[0])
    best, lower, nodes, status = math.inf, math.inf, 0, "optimal"
    for _, _, signs, net in starts:
        r = solve_split_bnb(X, y, loss, signs, wb, bb, sample_weight=w, incumbent=net, cutoff=best,
                            deadline=deadline, options=options)
        nodes += r.nodes
        best = min(best, r.loss)
        lower = min(lower, r.lower_bound)
        if r.status == "time_limit":
            status = "time_limit"
    lower = min(lower, best)
    if status == "optimal" and best - lower > max(1e-6, 1e-6 * abs(best)) + 1e-6 * (1 + abs(best)):
        status = "gap"
    return {"status": status, "loss": best, "lower_bound": lower, "nodes": nodes, "time": time.perf_counter() - started}


def run_fit(inst: dict, time_limit: float) -> dict:
    started = time.perf_counter()
    r = milp_relu.fit(inst["X"], inst["y"], k=inst["k"], loss=inst["loss"], weight_bound=inst["wb"],
                      bias_bound=inst["bb"], sample_weight=inst["w"], time_limit=time_limit, threads=1)
    return {"status": r.status, "loss": r.loss, "lower_bound": r.lower_bound, "nodes": r.nodes,
                "time": time.perf_counter() - started}


def run_bnb(inst: dict, time_limit: float) -> dict:
    return fit_all_splits(inst["X"], inst["y"], inst["k"], inst["loss"], inst["wb"], inst["bb"], inst["w"],
                          time_limit)


def censored(r: dict, limit: float) -> float:
    return r["time"] if r["status"] == "optimal" else limit


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--g3", type=int, nargs="*", default=[5, 6, 7, 9])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--skip-fit-over", type=int, default=7,
                    help="run fit on G3 only up to this N (it is known not to finish beyond)")
    ap.add_argument("--no-l1", action="store_true")
    ap.add_argument("--ablation", action="store_true",
                    help="instead: the branch and bound with each option switched alone, on G3 N=6, "
                         "planted squared (25, 3, 2) and planted L1 (35, 2, 2), seed 0")
    args = ap.parse_args(argv)
    if args.ablation:
        return ablation(args.time_limit)
    shapes = [("squared", (25, 3, 2)), ("squared", (30, 2, 2)), ("squared", (40, 5, 2))]
    if not args.no_l1:
        shapes += [("absolute", (35, 2, 2)), ("absolute", (25, 3, 2))]
    groups = [(f"G3 complete N={N}", [G3(N)], N) for N in args.g3]
    groups += [(f"planted {'L1' if loss == 'absolute' else loss} {shape}",
                [P(*shape, loss, 0.05, seed=s) for s in range(args.seeds)], 0) for loss, shape in shapes]
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} UTC, {os.cpu_count()} cores shared with other jobs (loaded "
          f"machine: compare the ratio within a row), time limit {args.time_limit:g} s per run, HiGHS threads=1")
    print(f"{'instance':32s} {'runs':>4s} | {'fit s':>8s} {'fit optimum':>12s} | {'B&B s':>8s} {'nodes':>7s} "
          f"{'B&B optimum':>12s} | {'fit/B&B':>7s}")
    for label, entries, N in groups:
        fits, bnbs = [], []
        for entry in entries:
            inst = load(entry)
            skip_fit = N > args.skip_fit_over
            f = ({"status": "skipped", "loss": math.nan, "time": math.nan, "nodes": 0} if skip_fit
                 else run_fit(inst, args.time_limit))
            b = run_bnb(inst, args.time_limit)
            if f["status"] == "optimal" and b["status"] == "optimal" and \
                    abs(f["loss"] - b["loss"]) > 1e-5 * (1 + abs(f["loss"])):
                print(f"MISMATCH {inst['name']}: fit {f['loss']!r} B&B {b['loss']!r}")
            fits.append(f)
            bnbs.append(b)
        print(row(label, fits, bnbs, args.time_limit), flush=True)
        if len(entries) > 1:
            for entry, f, b in zip(entries, fits, bnbs):
                print(f"    seed {entry[2]}: fit {detail(f)} | B&B {detail(b)}, {b['nodes']} nodes", flush=True)
    return 0


ABLATIONS = [
    ("defaults", {}),
    ("no data symmetry", {"data_symmetry": False}),
    ("no cone rule", {"geometry": False}),
    ("no unit symmetry", {"symmetry": False}),
    ("no radius rows", {"radius_rows": False}),
    ("no incumbent bounds", {"incumbent_bounds": False}),
    ("no polish", {"polish": False}),
    ("branching violation", {"branching": "violation"}),
    ("strong branching 3", {"strong": 3}),
    ("root OBBT on", {"root_obbt": True}),
    ("decided-points relaxation", {"relaxation": "decided"}),
]


def ablation(limit: float) -> int:
    """Each option of BnBOptions switched alone (time, nodes, optimum) on three instances."""
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} UTC, loaded 2-core machine, {limit:g} s limit, HiGHS threads=1")
    for entry in (G3(6), P(25, 3, 2, "squared", 0.05, seed=0), P(35, 2, 2, "absolute", 0.05, seed=0)):
        inst = load(entry)
        print(inst["name"])
        for label, change in ABLATIONS:
            r = fit_all_splits(inst["X"], inst["y"], inst["k"], inst["loss"], inst["wb"], inst["bb"], inst["w"],
                               limit, BnBOptions(**change))
            print(f"    {label:28s} {r['status']:10s} {r['time']:7.2f} s {r['nodes']:7d} nodes  loss {r['loss']:.8g}",
                  flush=True)
    return 0


def detail(r: dict) -> str:
    return f"{r['status']} {r['time']:.2f} s, loss {r['loss']:.8g}, bound {r.get('lower_bound', math.nan):.8g}"


def row(label: str, fits: list[dict], bnbs: list[dict], limit: float) -> str:
    def med(values):
        return statistics.median(values)

    def secs(rs):
        if rs[0]["status"] == "skipped":
            return "-"
        t = med([censored(r, limit) for r in rs])
        solved = sum(r["status"] == "optimal" for r in rs)
        return f"{t:.2f}" if solved * 2 > len(rs) else "TL"

    def opt(rs):
        vals = [r["loss"] for r in rs if r["status"] == "optimal"]
        return f"{med(vals):.6g}" if vals else "-"

    ratio = "-"
    if fits[0]["status"] != "skipped":
        ratio = f"{med([censored(f, limit) for f in fits]) / med([censored(b, limit) for b in bnbs]):.1f}"
        if any(f["status"] != "optimal" for f in fits):
            ratio = ">" + ratio
    nodes = int(med([b["nodes"] for b in bnbs]))
    return (f"{label:32s} {len(bnbs):4d} | {secs(fits):>8s} {opt(fits):>12s} | {secs(bnbs):>8s} {nodes:7d} "
            f"{opt(bnbs):>12s} | {ratio:>7s}")


if __name__ == "__main__":
    raise SystemExit(main())
