"""``fit(search=...)`` end to end: HiGHS's MILP against milp_relu's own search tree, per shape.

Every run is a whole ``milp_relu.fit`` (warm start, every sign split, verification), so the
table measures what a user gets, not one split. It backs the rule of ``search="auto"``
(``milp_relu.engine.strategies.tree.tree_preferred``): the tree for k >= 2, the MILP for one unit.

Usage::

    python benchmarks/search.py [--time-limit 60] [--seeds 3] [--quick]

Prints one row per shape: solved counts, median times over seeds (a time-out counts as the
limit, so a median over censored runs is a lower bound, shown with ">"), and the median of the
per-seed ratios milp / tree. Optima are compared between the two on every seed; a mismatch is
printed and makes the exit status 1.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time

import milp_relu
from milp_relu.generators.planted import planted

#: (loss, n, d, k): one-unit shapes where the MILP is expected to win, then k >= 2.
SHAPES = [
    ("absolute", 200, 5, 1), ("absolute", 60, 8, 1), ("squared", 60, 3, 1),
    ("absolute", 35, 2, 2), ("absolute", 25, 3, 2), ("squared", 25, 3, 2), ("squared", 30, 2, 2),
    ("max", 40, 3, 2), ("absolute", 20, 2, 3), ("squared", 20, 1, 3),
]
QUICK = [("absolute", 60, 8, 1), ("absolute", 25, 3, 2), ("squared", 25, 3, 2), ("squared", 20, 1, 3)]


def run(loss: str, n: int, d: int, k: int, seed: int, search: str, limit: float) -> dict:
    """One whole fit of the planted instance (noise 0.05) with the given search."""
    data = planted(n=n, d=d, k=k, noise=0.05, seed=seed, loss=loss).dataset
    started = time.perf_counter()
    result = milp_relu.fit(data.X, data.y, k=k, loss=loss, search=search, time_limit=limit)
    return {"status": result.status, "loss": result.loss, "nodes": result.nodes,
            "time": time.perf_counter() - started}


def median_time(runs: list[dict], limit: float) -> str:
    """Median time, a time-out counted as the limit ('>' when the median is censored)."""
    times = [r["time"] if r["status"] == "optimal" else limit for r in runs]
    value = statistics.median(times)
    censored = sum(r["status"] != "optimal" for r in runs) * 2 >= len(runs)
    return f"{'>' if censored else ''}{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="four shapes only")
    args = parser.parse_args(argv)
    limit = args.time_limit
    print(f"# python benchmarks/search.py --time-limit {limit:g} --seeds {args.seeds}"
          f"{' --quick' if args.quick else ''}; {time.strftime('%Y-%m-%d %H:%M')} UTC, HiGHS threads=1")
    print(f"{'shape (loss, n, d, k)':28s} {'milp ok':>7s} {'tree ok':>7s} {'milp s':>8s} {'tree s':>8s} "
          f"{'milp nodes':>10s} {'tree nodes':>10s} {'milp/tree':>9s}")
    mismatches = 0
    for loss, n, d, k in QUICK if args.quick else SHAPES:
        milp = [run(loss, n, d, k, s, "milp", limit) for s in range(args.seeds)]
        tree = [run(loss, n, d, k, s, "tree", limit) for s in range(args.seeds)]
        for s, (a, b) in enumerate(zip(milp, tree)):
            if a["status"] == b["status"] == "optimal" and abs(a["loss"] - b["loss"]) > 1e-6 * (1 + a["loss"]):
                mismatches += 1
                print(f"MISMATCH {(loss, n, d, k)} seed {s}: milp {a['loss']!r} tree {b['loss']!r}")
        ratios = [(a["time"] if a["status"] == "optimal" else limit) / (b["time"] if b["status"] == "optimal" else limit)
                  for a, b in zip(milp, tree)]
        print(f"{str((loss, n, d, k)):28s} {sum(r['status'] == 'optimal' for r in milp):>4d}/{args.seeds:<2d} "
              f"{sum(r['status'] == 'optimal' for r in tree):>4d}/{args.seeds:<2d} {median_time(milp, limit):>8s} "
              f"{median_time(tree, limit):>8s} {statistics.median(r['nodes'] for r in milp):>10.0f} "
              f"{statistics.median(r['nodes'] for r in tree):>10.0f} {statistics.median(ratios):>8.2f}x", flush=True)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
