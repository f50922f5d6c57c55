"""When does exact pattern enumeration beat the MILP for one ReLU in d = 1 and d = 2?

    python benchmarks/enumeration.py            # planted k = 1 instances, n = 10..400
    python benchmarks/enumeration.py --quick    # fewer sizes

For each instance: the time of fit() with the enumeration forced on (True), off (False, the
MILP) and "auto" (the default rule), how many patterns the instance has, and how many of the
positive split's have a floor below the optimum ("alive"; the d = 2 rule counts the same
against the warm start's loss, milp_relu.enumeration.MAX_PATTERNS_2D). Every run must reach the same optimum, else the row
says MISMATCH and the script exits non-zero (runs that hit the time limit, TL, are not
compared). One process, HiGHS threads=1, sequential runs.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def alive_patterns(X, y, w, loss, sign, incumbent):
    from milp_relu.enumeration import pattern_floors, patterns_of

    P = np.array(patterns_of(X))
    floors = pattern_floors(y, w, P, loss, sign)
    return len(P), int(np.sum(floors < incumbent))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--time-limit", type=float, default=30.0)
    args = ap.parse_args(argv)
    from milp_relu import fit
    from milp_relu.generators import generate

    sizes = {1: [20, 100, 400], 2: [10, 20, 40, 80]} if args.quick else {1: [20, 100, 400], 2: [10, 20, 40, 60, 80, 120]}
    print(f"{'instance':<28}{'patterns':>9}{'alive':>7}{'enum':>9}{'MILP':>9}{'auto':>9}  auto chose")
    failed = False
    for d, ns in sizes.items():
        for loss in ("absolute", "squared", "max"):
            for n in ns:
                inst = generate("planted", seed=n + d, n=n, d=d, k=1, loss=loss, noise=0.05)
                ds = inst.dataset
                md = inst.metadata
                kw = dict(k=1, loss=loss, weight_bound=float(md["bounds"]["weight"]),
                          bias_bound=float(md["bounds"]["bias"]), sample_weight=ds.sample_weight,
                          threads=1, time_limit=args.time_limit)
                cells, losses, chose = {}, {}, ""  # losses of the runs proven optimal
                for mode in (True, False, "auto"):
                    t = time.perf_counter()
                    r = fit(ds.X, ds.y, enumeration=mode, **kw)
                    el = time.perf_counter() - t
                    cells[mode] = f"{el:.2f}" if r.status == "optimal" else "TL"
                    if r.status == "optimal":
                        losses[mode] = r.loss
                    if mode == "auto":
                        methods = {s.get("method", "milp") for s in r.splits}
                        chose = "+".join(sorted(methods))
                best = min(losses.values(), default=float("inf"))
                total, alive = alive_patterns(ds.X, ds.y, ds.weights, loss, 1.0, best)
                ok = all(abs(v - best) <= 1e-6 * (1 + abs(best)) for v in losses.values())
                failed |= not ok
                name = f"planted n{n} d{d} {loss[:3]}"
                print(f"{name:<28}{total:>9}{alive:>7}{cells[True]:>9}{cells[False]:>9}{cells['auto']:>9}  {chose}"
                      + ("" if ok else "  MISMATCH"), flush=True)
    print("alive: patterns of the positive split whose floor is below the optimum")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
