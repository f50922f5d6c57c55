"""Largest n solved to proven optimality within a time limit, for fixed (d, k) and loss.

    python benchmarks/largest_n.py --loss absolute --d 5 --k 2 --time-limit 60
    python benchmarks/largest_n.py --pkg /tmp/before ...    # time another checkout of milp_relu

Planted noisy data (unit ball, noise 0.05, seed 0). n grows along a fixed ladder; the search
stops at the first n that does not solve (instances are not monotone in n, so this is the
largest n of an unbroken run of successes). Every run is a fresh process (one HiGHS thread).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

LADDER = [20, 30, 40, 50, 60, 80, 100, 130, 160, 200, 250, 320, 400, 500, 640, 800, 1000]

CHILD = r"""
import json, sys
sys.path.insert(0, {pkg!r})
import milp_relu
from milp_relu.generators import generate
inst = generate("planted", seed=0, n={n}, d={d}, k={k}, inputs="ball", noise=0.05, loss={loss!r})
r = milp_relu.fit(inst.dataset.X, inst.dataset.y, k={k}, loss={loss!r}, time_limit={tl})
print(json.dumps({{"status": r.status, "time": r.time_s, "loss": r.loss, "lb": r.lower_bound,
                   "file": milp_relu.__file__}}))
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pkg", default=str(Path(__file__).resolve().parents[1]))
    ap.add_argument("--loss", default="absolute")
    ap.add_argument("--d", type=int, default=5)
    ap.add_argument("--k", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--start", type=int, default=20)
    args = ap.parse_args(argv)
    best = None
    for n in [m for m in LADDER if m >= args.start]:
        code = CHILD.format(pkg=args.pkg, n=n, d=args.d, k=args.k, loss=args.loss, tl=args.time_limit)
        try:
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 timeout=args.time_limit + 120)
            row = json.loads(out.stdout.strip().splitlines()[-1])
        except Exception as exc:  # noqa: BLE001 - a crash or hang ends the ladder
            row = {"status": f"failed: {exc}", "time": float("nan")}
        print(f"{args.loss} d={args.d} k={args.k} n={n}: {row['status']} {row['time']:.2f}s", flush=True)
        if row["status"] != "optimal":
            break
        best = n
    print(f"largest n solved within {args.time_limit:g}s: {best}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
