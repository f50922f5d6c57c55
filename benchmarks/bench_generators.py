"""Exact solve times of the G1 (set cover) and G2 (hypergraph colouring) reductions as the source
problem grows, with the promise checked on every solve.

    python benchmarks/bench_generators.py                 # default sizes, 3 seeds, 60 s limit
    python benchmarks/bench_generators.py --quick         # a smaller sweep (about a minute)
    python benchmarks/bench_generators.py --seeds 5 --time-limit 120

Each solve runs in its own process (one HiGHS thread) with a hard wall-clock guard of the time
limit plus 30 s. A row reports, over the seeds: how many solved to optimality, the median and
largest time, the optimum range (in the promise's form), and whether every solve respected the
promise (YES: best <= YES loss; NO: proven lower bound >= NO bound; a time-limited solve counts
when its bounds already decide the check).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _solve(gen: str, params: dict, seed: int, time_limit: float, queue) -> None:
    from milp_relu.commands.verify_instance import solve_checks
    from milp_relu.generators import generate

    inst = generate(gen, seed=seed, **params)
    checks, result = solve_checks(inst, time_limit=time_limit)
    W = float(inst.dataset.weights.sum())
    scale = W if inst.metadata["promise"]["form"] == "mean" else 1.0
    queue.put({"status": result.status, "time": result.time_s, "best": result.loss / scale,
               "lower": result.lower_bound / scale, "ok": all(c.passed for c in checks[1:]),
               "n": inst.dataset.n, "d": inst.dataset.d, "k": inst.metadata["k"],
               "answer": inst.metadata["answer"], "yes": inst.metadata["promise"]["yes_loss"],
               "no": inst.metadata["promise"]["no_bound"]})


def run_one(gen: str, params: dict, seed: int, time_limit: float) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_solve, args=(gen, params, seed, time_limit, queue))
    started = time.perf_counter()
    proc.start()
    proc.join(time_limit + 30)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return {"status": "hung", "time": time.perf_counter() - started, "ok": False}
    if queue.empty():
        return {"status": f"crashed (exit {proc.exitcode})", "time": time.perf_counter() - started, "ok": False}
    return queue.get()


def sweep(quick: bool) -> list[tuple[str, str, dict]]:
    rows: list[tuple[str, str, dict]] = []
    sizes = [4, 6, 8] if quick else [4, 6, 8, 10, 12, 16]
    for N in sizes:  # G1: N sets, m = N elements, planted cover t = max(2, N // 3) (YES) / exact OPT - 1 (NO)
        t = max(2, N // 3)
        for answer in ("yes", "no"):
            rows.append(("set-cover", f"N={N} m={N} t={t} p=0.2",
                         {"N": N, "m": N, "t": t, "p": 0.2, "answer": answer}))
    sizes = [4, 6, 8] if quick else [4, 5, 6, 7, 8, 10]
    for N in sizes:  # G2 YES: planted 3-uniform, m = N edges, k = 2
        rows.append(("hypergraph-coloring", f"planted N={N} m={N} r=3", {"N": N, "m": N, "r": 3, "k": 2}))
    for N in [4, 5]:  # G2 NO: complete graph, then dense random graphs
        rows.append(("hypergraph-coloring", f"complete N={N} r=2", {"family": "complete", "N": N, "r": 2}))
    for N, m in ([(5, 9)] if quick else [(5, 9), (6, 12)]):
        rows.append(("hypergraph-coloring", f"dense N={N} m={m} r=2", {"family": "dense", "N": N, "m": m, "r": 2}))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    import highspy  # noqa: F401  (fail early if missing)

    header = ("| generator | source | answer | n | d | k | solved | median s | max s | optimum (form) | promise | all ok |")
    print(header)
    print("|" + "---|" * 12)
    all_ok = True
    for gen, label, params in sweep(args.quick):
        results = [run_one(gen, params, seed, args.time_limit) for seed in range(args.seeds)]
        good = [r for r in results if "best" in r]
        solved = sum(1 for r in results if r["status"] == "optimal")
        times = [r["time"] for r in results]
        ok = all(r["ok"] for r in results)
        all_ok &= ok
        first = good[0] if good else {}
        if good:
            lo, hi = min(r["best"] for r in good), max(r["best"] for r in good)
            opt = f"{lo:.4g}" if abs(hi - lo) < 1e-9 else f"{lo:.4g}-{hi:.4g}"
            ans = sorted({r["answer"] for r in good})
            promise = (f"<= {first['yes']:.4g}" if first["answer"] == "yes"
                       else f">= {min(r['no'] for r in good):.4g}")
        else:
            opt, ans, promise = "-", ["?"], "-"
        statuses = {r["status"] for r in results} - {"optimal", "time_limit"}
        note = "" if not statuses else f" ({', '.join(sorted(statuses))})"
        print(f"| {gen} | {label} | {'/'.join(ans)} | {first.get('n', '-')} | {first.get('d', '-')} | "
              f"{first.get('k', '-')} | {solved}/{len(results)}{note} | {statistics.median(times):.2f} | "
              f"{max(times):.2f} | {opt} | {promise} | {'yes' if ok else 'NO'} |", flush=True)
    print(f"\nseeds {args.seeds}, time limit {args.time_limit:g} s per solve, one HiGHS thread.")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
