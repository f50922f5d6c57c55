"""Largest n solved to proven optimality within a time limit, for fixed (d, k) and loss.

    python benchmarks/largest_n.py --loss absolute --d 5 --k 2 --time-limit 60
    python benchmarks/largest_n.py --pkg /tmp/before ...    # time another checkout of milp_relu
    python benchmarks/largest_n.py --solver gurobi --loss squared --d 5 --k 2   # baseline G

Planted noisy data (unit ball, noise 0.05, seed 0). n grows along a fixed ladder; the search
stops at the first n that does not solve (instances are not monotone in n, so this is the
largest n of an unbroken run of successes). Every run is a fresh process (one thread); each line
gives the wall time that the limit applies to, the CPU time and the nodes (the same from day to
day where the machine's speed is not).
``--solver gurobi`` runs benchmarks/baselines.py's Gurobi model (Threads 1) instead of
milp_relu, re-evaluates its network in float64 and reports "over licence" where the pip wheel's
size-limited licence stops the model (or "skipped: gurobipy not installed").
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

LADDER = [20, 30, 40, 50, 60, 80, 100, 130, 160, 200, 250, 320, 400, 500, 640, 800, 1000]

CHILD = r"""
import json, sys, time
sys.path.insert(0, {pkg!r})
import milp_relu
from milp_relu.generators import generate
inst = generate("planted", seed=0, n={n}, d={d}, k={k}, inputs="ball", noise=0.05, loss={loss!r})
cpu = time.process_time()
r = milp_relu.fit(inst.dataset.X, inst.dataset.y, k={k}, loss={loss!r}, time_limit={tl})
print(json.dumps({{"status": r.status, "time": r.time_s, "loss": r.loss, "lb": r.lower_bound,
                   "file": milp_relu.__file__, "cpu": time.process_time() - cpu, "nodes": r.nodes}}))
"""

CHILD_GUROBI = r"""
import json, sys, time
sys.path.insert(0, {pkg!r})
sys.path.insert(0, {bench!r})
from baselines import baseline_gurobi, gurobi_available
from milp_relu.generators import generate
if gurobi_available():
    import gurobipy
inst = generate("planted", seed=0, n={n}, d={d}, k={k}, inputs="ball", noise=0.05, loss={loss!r})
started = time.perf_counter()
r = baseline_gurobi(inst.dataset.X, inst.dataset.y, {k}, {loss!r}, time_limit={tl})
print(json.dumps({{"status": r["status"], "time": time.perf_counter() - started, "loss": r["loss"],
                   "lb": r["lower_bound"], "nodes": r.get("nodes"), "note": r.get("note", "")}}))
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pkg", default=str(Path(__file__).resolve().parents[1]))
    ap.add_argument("--loss", default="absolute")
    ap.add_argument("--d", type=int, default=5)
    ap.add_argument("--k", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--start", type=int, default=20)
    ap.add_argument("--solver", default="milp_relu", choices=("milp_relu", "gurobi"),
                    help="milp_relu (HiGHS) or the Gurobi baseline of benchmarks/baselines.py")
    args = ap.parse_args(argv)
    best = None
    child = CHILD if args.solver == "milp_relu" else CHILD_GUROBI
    prefix = "" if args.solver == "milp_relu" else f"{args.solver} "
    for n in [m for m in LADDER if m >= args.start]:
        code = child.format(pkg=args.pkg, bench=str(Path(__file__).resolve().parent), n=n, d=args.d,
                            k=args.k, loss=args.loss, tl=args.time_limit)
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
                (f", {int(row['nodes']):,} nodes" if row.get("nodes") is not None else "")
        print(f"{prefix}{args.loss} d={args.d} k={args.k} n={n}: {row['status']} {row['time']:.2f}s{extra}{note}",
              flush=True)
        if row["status"] != "optimal":
            break
        best = n
    print(f"{prefix}largest n solved within {args.time_limit:g}s: {best}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
