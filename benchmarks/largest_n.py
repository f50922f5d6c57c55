"""Largest n solved to proven optimality within a time limit, for fixed (d, k) and loss, per seed.

    python benchmarks/largest_n.py --loss absolute --d 5 --k 2 --time-limit 60   # seeds 0-4, both
    python benchmarks/largest_n.py --seeds 0 --solvers milp_relu --start 30      # one ladder
    python benchmarks/largest_n.py --pkg /tmp/before ...    # time another checkout of milp_relu
    python benchmarks/largest_n.py --tree-option subset_bounds=off ...   # a search-tree switch off

Planted noisy data (unit ball, noise 0.05). For each seed, n grows along a fixed ladder; the
ladder stops at the first n that does not solve (instances are not monotone in n, so this is the
largest n of an unbroken run of successes). Every run is a fresh process (one thread); each line
gives the wall time that the limit applies to, the CPU time and the nodes (the same from day to
day where the machine's speed is not), and milp_relu's nodes per sign split.

The instances' difficulty varies far more from seed to seed than from n to n (planted L1
(50, 5, 2): 489 to 62,556 nodes over seeds 0-4), so one seed says little: the script climbs
the ladder for every seed in ``--seeds`` and ends with a table of the largest n per seed and
solver, their median, and how many seeds each solver solved at each n.

``--solvers`` names who climbs: milp_relu (HiGHS) and/or ``gurobi``, benchmarks/baselines.py's
Gurobi model (Threads 1), whose network is re-evaluated in float64; it reports "over licence"
where the pip wheel's size-limited licence stops the model, and "skipped: gurobipy not
installed" where gurobipy is absent (the table then says so and compares nothing).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

LADDER = [20, 30, 40, 50, 60, 80, 100, 130, 160, 200, 250, 320, 400, 500, 640, 800, 1000]
#: who can climb: milp_relu (HiGHS) and the Gurobi baseline of benchmarks/baselines.py
SOLVERS = ("milp_relu", "gurobi")

CHILD = r"""
import json, sys, time
sys.path.insert(0, {pkg!r})
import milp_relu
from milp_relu.generators import generate
inst = generate("planted", seed={seed}, n={n}, d={d}, k={k}, inputs="ball", noise=0.05, loss={loss!r})
cpu = time.process_time()
r = milp_relu.fit(inst.dataset.X, inst.dataset.y, k={k}, loss={loss!r}, time_limit={tl}, **{extra!r})
splits = [[s["split"], s["nodes"], s["status"]] for s in getattr(r, "splits", None) or []]
print(json.dumps({{"status": r.status, "time": r.time_s, "loss": r.loss, "lb": r.lower_bound,
                   "file": milp_relu.__file__, "cpu": time.process_time() - cpu, "nodes": r.nodes,
                   "splits": splits}}))
"""

CHILD_GUROBI = r"""
import json, sys, time
sys.path.insert(0, {pkg!r})
sys.path.insert(0, {bench!r})
from baselines import baseline_gurobi, gurobi_available
from milp_relu.generators import generate
if gurobi_available():
    import gurobipy
inst = generate("planted", seed={seed}, n={n}, d={d}, k={k}, inputs="ball", noise=0.05, loss={loss!r})
started = time.perf_counter()
r = baseline_gurobi(inst.dataset.X, inst.dataset.y, {k}, {loss!r}, time_limit={tl})
print(json.dumps({{"status": r["status"], "time": time.perf_counter() - started, "loss": r["loss"],
                   "lb": r["lower_bound"], "nodes": r.get("nodes"), "note": r.get("note", "")}}))
"""


def climb(solver: str, seed: int, args: argparse.Namespace) -> tuple[int | None, str, dict[int, float | None]]:
    """One ladder: (largest n solved, the status that stopped it, and for each n tried the
    optimal loss, None where it was not solved)."""
    best, stop, tried = None, "", {}
    child = CHILD if solver == "milp_relu" else CHILD_GUROBI
    for n in [m for m in LADDER if args.start <= m <= args.max_n]:
        # tree_options only when given: an older checkout (--pkg) may not know the keyword
        extra = {"tree_options": dict(args.tree_option)} if args.tree_option else {}
        code = child.format(pkg=args.pkg, bench=str(Path(__file__).resolve().parent), n=n, d=args.d,
                            k=args.k, loss=args.loss, tl=args.time_limit, seed=seed, extra=extra)
        try:
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 timeout=args.time_limit + 120)
            row = json.loads(out.stdout.strip().splitlines()[-1])
        except Exception as exc:  # noqa: BLE001 - a crash or hang ends the ladder
            row = {"status": f"failed: {exc}", "time": float("nan")}
        note = f" ({row['note']})" if row.get("note") else ""
        # CPU seconds and nodes as well: the wall-clock limit decides, but a machine's speed
        # changes from day to day and the node count does not
        extra = (f", CPU {row['cpu']:.2f}s" if row.get("cpu") is not None else "") + \
                (f", {int(row['nodes']):,} nodes" if row.get("nodes") is not None else "") + \
                (f", loss {row['loss']:.10g}" if row["status"] == "optimal" else "") + \
                split_nodes(row.get("splits"))
        print(f"{solver} {args.loss} d={args.d} k={args.k} seed={seed} n={n}: {row['status']} "
              f"{row['time']:.2f}s{extra}{note}", flush=True)
        if str(row["status"]).startswith("skipped"):
            return None, "skipped", tried
        tried[n] = float(row["loss"]) if row["status"] == "optimal" else None
        if row["status"] != "optimal":
            stop = f"n={n}: {row['status']}"
            break
        best = n
    print(f"{solver} seed={seed}: largest n solved within {args.time_limit:g}s: {best}", flush=True)
    return best, stop, tried


def split_nodes(splits) -> str:
    """The nodes and final status of each sign split, as " [p=1 14,503 optimal; p=0 10,534
    pruned; p=2 0 pruned]" (p = the split's number of +1 output signs; "pruned": proved no
    better than the best loss, by its search or, with 0 nodes, by its sign floor alone): which
    split the time went to. Empty where the child did not report splits."""
    if not splits:
        return ""
    return " [" + "; ".join(f"{name} {int(nodes):,} {status}" for name, nodes, status in splits) + "]"


def seed_list(text: str) -> list[int]:
    """Seeds from "0,1,2" or "0-4" (or a mix)."""
    seeds: list[int] = []
    for part in text.split(","):
        low, _, high = part.strip().partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise argparse.ArgumentTypeError(f"seeds must look like 0-4 or 0,1,2, got {text!r}")
        seeds.extend(range(int(low), int(high or low) + 1))
    if not seeds:
        raise argparse.ArgumentTypeError("no seeds")
    return seeds


def tree_option(text: str) -> tuple[str, object]:
    """NAME=VALUE of a ``tree_options`` setting of milp_relu.fit: true/false as booleans, an
    integer as an int, anything else as the string (fit checks name and value)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"a tree option looks like subset_bounds=off, got {text!r}")
    value = value.strip()
    lowered = value.lower()
    parsed: object = (lowered == "true") if lowered in ("true", "false") else (
        int(value) if value.isdigit() else value)
    return name.strip(), parsed


def solver_list(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names or any(name not in SOLVERS for name in names):
        raise argparse.ArgumentTypeError(f"solvers are milp_relu and/or gurobi, got {text!r}")
    return names


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pkg", default=str(Path(__file__).resolve().parents[1]))
    ap.add_argument("--loss", default="absolute", choices=("absolute", "squared", "max"))
    ap.add_argument("--d", type=int, default=5)
    ap.add_argument("--k", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--start", type=int, default=20, help="the ladder's first n")
    ap.add_argument("--max-n", type=int, default=LADDER[-1], help="the ladder's last n")
    ap.add_argument("--seeds", type=seed_list, default=seed_list("0-4"),
                    help="the planted instances' seeds, e.g. 0-4 or 0,3 (default 0-4)")
    ap.add_argument("--solvers", type=solver_list, default=list(SOLVERS),
                    help="milp_relu and/or gurobi, comma-separated (default both)")
    ap.add_argument("--solver", choices=SOLVERS,
                    help="one solver only (the same as --solvers with one name)")
    ap.add_argument("--tree-option", type=tree_option, action="append", default=[], metavar="NAME=VALUE",
                    help="a setting of milp_relu's search tree (fit's tree_options, e.g. subset_bounds=off); "
                         "repeatable; milp_relu only")
    return ap


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    solvers = [args.solver] if args.solver else args.solvers
    results: dict[tuple[str, int], tuple[int | None, str, dict[int, float | None]]] = {}
    for solver in solvers:
        for seed in args.seeds:
            results[solver, seed] = climb(solver, seed, args)
    print_summary(results, solvers, args)
    return 0


def print_summary(results, solvers: list[str], args: argparse.Namespace) -> None:
    """The table: largest n per seed and solver, the median over seeds, solved counts per n."""
    options = f"; milp_relu tree_options {dict(args.tree_option)}" if args.tree_option else ""
    print(f"\n# largest n solved within {args.time_limit:g}s, {args.loss} loss, d={args.d}, k={args.k} "
          f"(planted, ball, noise 0.05; ladder from n={args.start}{options})")
    width = max(12, *(len(s) + 2 for s in solvers))
    print("seed".ljust(8) + "".join(s.rjust(width) for s in solvers) + "   stopped by")
    for seed in args.seeds:
        cells = [results[s, seed] for s in solvers]
        shown = ["skipped" if stop == "skipped" else str(best if best is not None else f"<{args.start}")
                 for best, stop, _ in cells]
        stops = "; ".join(f"{s} {stop}" for s, (_, stop, _) in zip(solvers, cells) if stop and stop != "skipped")
        print(str(seed).ljust(8) + "".join(c.rjust(width) for c in shown) + f"   {stops}")
    medians = []
    for solver in solvers:
        values = [results[solver, seed][0] or 0 for seed in args.seeds if results[solver, seed][1] != "skipped"]
        medians.append(f"{float(np.median(values)):g}" if values else "skipped")
    print("median".ljust(8) + "".join(m.rjust(width) for m in medians))
    ns = sorted({n for value in results.values() for n in value[2]})
    for solver in solvers:
        if all(results[solver, seed][1] == "skipped" for seed in args.seeds):
            print(f"{solver}: skipped (gurobipy not installed): no comparison")
            continue
        counts = ", ".join(f"n={n} {sum(results[solver, s][2].get(n) is not None for s in args.seeds)}"
                           f"/{len(args.seeds)}" for n in ns)
        print(f"{solver} solved (of {len(args.seeds)} seeds; a seed's ladder stops at its first failure): {counts}")
    print_agreement(results, solvers, args.seeds)


#: Two solvers' optima of one instance must agree to within this times max(1, |loss|) (run.py's
#: check of Gurobi against milp_relu uses the same 1e-4, relative to |loss|, plus 2e-6).
AGREEMENT = 1e-4


def print_agreement(results, solvers: list[str], seeds: list[int]) -> None:
    """Where two solvers both solved (seed, n), their optimal losses must agree: print how many
    do, and every pair that does not."""
    for a, b in [(a, b) for q, a in enumerate(solvers) for b in solvers[q + 1:]]:
        both, wrong = 0, []
        for seed in seeds:
            for n, loss_a in results[a, seed][2].items():
                loss_b = results[b, seed][2].get(n)
                if loss_a is None or loss_b is None:
                    continue
                both += 1
                if abs(loss_a - loss_b) > AGREEMENT * max(1.0, abs(loss_a), abs(loss_b)):
                    wrong.append(f"seed {seed} n={n}: {loss_a:.10g} against {loss_b:.10g}")
        verdict = f"agree within {AGREEMENT:g} on all {both}" if not wrong else f"DISAGREE on {len(wrong)} of {both}"
        print(f"optima of {a} and {b}: {verdict} instances both solved" + "".join(f"\n  {w}" for w in wrong))


if __name__ == "__main__":
    raise SystemExit(main())
