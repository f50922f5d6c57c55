"""Time to reach mean loss <= OPT + eps against 1/eps: exact engine, proper and improper learners.

Regenerates docs/learners/ (results.json, results.csv, results.md and the PNG plots) used by
docs/learners.md:

    python experiments/learners_experiment.py --out docs/learners            # 4-8 min, 1 core
    python experiments/learners_experiment.py --out /tmp/learners --quick    # about 2 min

Families (one seeded instance each, small enough for the exact engine):

* G3 ``bounded-coloring`` N=6, m=8, k=2 (realizable; a zero-loss network in the ball exists);
* G4 ``dense-subgraph`` N=8, kappa=4 (agnostic, one ReLU, weighted);
* planted, realizable: n=30, d=2, k=2 teacher in the ball, labels divided by max |y_i| (>= 1);
* planted, agnostic: n=20, the same kind of teacher with Gaussian label noise 0.1.

The improper learner's degree table (data-independent: the Chebyshev error of max(0, t) per
degree) is computed once before the clock starts.

For every eps, each method runs once (CPU seconds of this process, which includes HiGHS run
single-threaded in-process). OPT is bracketed: the exact engine's tight solve on the box
|w_l| <= 1, |b| <= 1 (which contains the unit-ball class) gives OPT_box <= OPT; the best
in-class network found gives an upper bound. A run *reaches* the target when its mean loss is
<= OPT_box + eps (which implies <= OPT + eps). The planted families also report the mean loss on
2000 fresh points labelled by the teacher (held-out), where the improper learner's training-loss
advantage can be checked.

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] S. Goel, V. Kanade, A. Klivans, J. Thaler, "Reliably Learning the ReLU in Polynomial
   Time", COLT 2017, arXiv:1611.10258.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from milp_relu.generators import generate  # noqa: E402
from milp_relu.learners import exact_learn, improper_learn, proper_learn  # noqa: E402
from milp_relu.learners import projection as proj  # noqa: E402
from milp_relu.learners.kernel import choose_degree  # noqa: E402
from milp_relu.learners.lifting import in_class  # noqa: E402
from milp_relu.network import ReLUNetwork  # noqa: E402

EPS_FULL = [1.0, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.02]
EPS_QUICK = [1.0, 0.3, 0.1, 0.03]
METHODS = ("exact", "proper", "improper")
TIME_LIMIT = 60.0
HELD_OUT = 2000


def planted(noise: float, n: int, seed: int = 0) -> dict[str, Any]:
    inst = generate("planted", seed=seed, n=n, d=2, k=2, inputs="ball", noise=noise, loss="squared",
                    weight_bound=0.5, bias_bound=0.25)
    ds, meta = inst.dataset, inst.metadata
    teacher = ReLUNetwork(**{key: np.asarray(v) if key != "c" else v
                             for key, v in meta["certificate_network"].items()})
    scale = max(1.0, float(np.max(np.abs(ds.y))))
    rng = np.random.default_rng(1000 + seed)
    Z = rng.normal(size=(HELD_OUT, 2))
    Z *= (np.sqrt(rng.uniform(size=HELD_OUT)) / np.linalg.norm(Z, axis=1))[:, None]
    y_test = teacher.predict(Z) / scale + noise / scale * rng.normal(size=HELD_OUT)
    return {"X": ds.X, "y": ds.y / scale, "w": None, "k": 2, "name": meta["name"],
            "X_test": Z, "y_test": y_test, "label_scale": scale}


def families() -> dict[str, dict[str, Any]]:
    out = {}
    g3 = generate("bounded-coloring", seed=0, N=6, m=8, k=2)
    out["G3 (realizable)"] = {"X": g3.dataset.X, "y": g3.dataset.y, "w": g3.dataset.sample_weight,
                              "k": 2, "name": g3.metadata["name"], "setting": "realizable"}
    g4 = generate("dense-subgraph", seed=0, N=8, kappa=4)
    out["G4 (agnostic, one ReLU)"] = {"X": g4.dataset.X, "y": g4.dataset.y, "w": g4.dataset.sample_weight,
                                      "k": 1, "name": g4.metadata["name"], "setting": "agnostic"}
    out["planted (realizable)"] = dict(planted(0.0, 30), setting="realizable")
    out["planted (agnostic, noise 0.1)"] = dict(planted(0.1, 20), setting="agnostic")
    return out


def run_method(method: str, fam: dict[str, Any], eps: float) -> dict[str, Any]:
    X, y, w, k, setting = fam["X"], fam["y"], fam["w"], fam["k"], fam["setting"]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if method == "exact":
        r = exact_learn(X, y, k, eps, setting=setting, time_limit=TIME_LIMIT, sample_weight=w)
    elif method == "proper":
        r = proper_learn(X, y, k, eps, setting=setting, time_limit=TIME_LIMIT, sample_weight=w)
    else:
        r = improper_learn(X, y, eps, k=k, sample_weight=w)
    row = {"method": method, "eps": eps, "inv_eps": 1.0 / eps, "cpu_s": time.process_time() - cpu0,
           "wall_s": time.perf_counter() - wall0, "loss_mean": r.loss_mean, "status": r.status,
           "lower_bound": r.lower_bound, "candidates": r.candidates, "projected_dim": r.projected_dim,
           "certified": r.guarantee.get("certified"),
           "in_class": None if r.network is None else in_class(r.network),
           "degree": r.guarantee.get("degree"), "ridge": r.guarantee.get("ridge")}
    if "X_test" in fam:
        res = r.predict(fam["X_test"]) - fam["y_test"]
        row["test_loss_mean"] = float(np.mean(res * res))
    return row


def reference(fam: dict[str, Any]) -> dict[str, Any]:
    """OPT_box by a tight exact solve (a lower bound on the ball optimum)."""
    t0 = time.process_time()
    r = exact_learn(fam["X"], fam["y"], fam["k"], 1.0, setting=fam["setting"], time_limit=10 * TIME_LIMIT,
                    sample_weight=fam["w"], to_eps=False)
    return {"opt_box": r.loss_mean if r.exact_optimum is not None else r.lower_bound,
            "opt_box_exact": r.exact_optimum is not None, "opt_box_cpu_s": time.process_time() - t0,
            "opt_box_network_in_ball": in_class(r.network)}


def projection_ablation(fam: dict[str, Any], eps: float = 0.2) -> list[dict[str, Any]]:
    """Force real Gaussian projections (small constant) to see their cost in loss."""
    rows = []
    d = fam["X"].shape[1]
    for m in sorted({2, 4, d - 2}):
        if m < 1 or m >= d:
            continue
        constant = proj.constant_for_dimension(m, eps, fam["k"], fam["setting"])
        cpu0 = time.process_time()
        r = proper_learn(fam["X"], fam["y"], fam["k"], eps, setting=fam["setting"], sample_weight=fam["w"],
                         projection_constant=constant, time_limit=TIME_LIMIT)
        rows.append({"eps": eps, "projected_dim": r.projected_dim, "jl_constant": constant,
                     "repetitions": r.extra["repetitions"], "loss_mean": r.loss_mean,
                     "cpu_s": time.process_time() - cpu0, "in_class": in_class(r.network)})
    return rows


def improper_scaling(eps_values: list[float], n: int = 1000) -> list[dict[str, Any]]:
    """The improper learner alone on n points (planted, realizable): its time against 1/eps."""
    fam = planted(0.0, n, seed=1)
    rows = []
    for eps in eps_values:
        choose_degree(eps, 2)  # the data-independent degree table, outside the clock
        cpu0 = time.process_time()
        r = improper_learn(fam["X"], fam["y"], eps, k=2)
        res = r.predict(fam["X_test"]) - fam["y_test"]
        rows.append({"eps": eps, "inv_eps": 1 / eps, "n": n, "degree": r.guarantee["degree"],
                     "cpu_s": time.process_time() - cpu0, "loss_mean": r.loss_mean,
                     "test_loss_mean": float(np.mean(res * res))})
        print(f"improper n={n} eps={eps:<5g} degree={rows[-1]['degree']} cpu={rows[-1]['cpu_s']:.3f}s", flush=True)
    return rows


def theory_curves(eps_values: list[float]) -> list[dict[str, Any]]:
    """log2 of the eta-net search's candidate count with the proof's constants (k = 1, 2)."""
    out = []
    for eps in eps_values:
        for setting, k in (("agnostic", 1), ("realizable", 2)):
            m = proj.theory_dimension(eps, k, setting)
            eta = proj.accuracy(eps, setting, k)
            out.append({"eps": eps, "setting": setting, "k": k, "m": m,
                        "log2_candidates": k * (m + 1) * math.log2(1 + math.sqrt(m + 1) / eta)})
    return out


def plot(results: dict[str, Any], out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []
    fams = list(results["families"])
    fig, axes = plt.subplots(2, 2, figsize=(11, 8.5), sharex=True)
    colors = {"exact": "tab:blue", "proper": "tab:orange", "improper": "tab:green"}
    for ax, name in zip(axes.ravel(), fams):
        fam = results["families"][name]
        for method in METHODS:
            rows = [r for r in fam["runs"] if r["method"] == method]
            x = [r["inv_eps"] for r in rows]
            t = [max(r["cpu_s"], 1e-4) for r in rows]
            ax.plot(x, t, "-", color=colors[method], label=method)
            for r, xi, ti in zip(rows, x, t):
                ax.plot(xi, ti, "o", color=colors[method], mfc=colors[method] if r["reached"] else "white")
        rows = [r for r in fam["runs"] if r["method"] == "proper"]
        x0, t0 = rows[0]["inv_eps"], max(rows[0]["cpu_s"], 1e-4)
        xs = np.linspace(min(r["inv_eps"] for r in rows), max(r["inv_eps"] for r in rows), 400)
        lin = t0 * 2.0 ** np.minimum(xs - x0, 60.0)
        quad = t0 * 2.0 ** np.minimum(xs ** 2 - x0 ** 2, 60.0)
        ax.plot(xs, lin, ":", color="gray", label="shape 2^(1/eps): G3 lower and realizable upper bound")
        ax.plot(xs, quad, "--", color="gray", label="shape 2^(1/eps^2): G4 lower and agnostic upper bound")
        top = max(max(r["cpu_s"] for r in fam["runs"]), 1e-3) * 30
        ax.set_ylim(1e-4, top)
        ax.set_yscale("log")
        ax.set_title(f"{name}\nOPT_box = {fam['reference']['opt_box']:.4g}", fontsize=10)
        ax.set_xlabel("1/eps")
        ax.set_ylabel("CPU seconds")
        ax.grid(True, which="both", alpha=0.3)
    axes[0, 0].legend(fontsize=7, loc="upper left")
    fig.suptitle("Time against 1/eps (filled: mean loss <= OPT_box + eps reached; hollow: not). "
                 "Bound curves: shape only, anchored at the proper learner's first point.", fontsize=9)
    fig.tight_layout()
    path = out / "time_vs_inv_eps.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    files.append(path.name)

    fig, ax = plt.subplots(figsize=(7, 4.5))
    for setting, k, style in (("agnostic", 1, "--"), ("realizable", 2, ":")):
        rows = [r for r in results["theory"] if r["setting"] == setting and r["k"] == k]
        ax.plot([1 / r["eps"] for r in rows], [r["log2_candidates"] for r in rows], style, marker="o",
                label=f"{setting}, k={k}: log2 of net candidates (proof constants)")
    for name in fams:
        rows = [r for r in results["families"][name]["runs"] if r["method"] == "exact"]
        ax.plot([r["inv_eps"] for r in rows], [max(math.log2(max(r["candidates"], 1)), 0.0) for r in rows],
                "-", marker="x", label=f"exact engine B&B nodes, {name}")
    ax.set_yscale("log")
    ax.set_xlabel("1/eps")
    ax.set_ylabel("log2(candidates)")
    ax.set_title("The net search of the proof cannot run: its candidate count, in bits", fontsize=10)
    ax.legend(fontsize=7)
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    path = out / "theory_candidates.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    files.append(path.name)

    held = [name for name in fams if any("test_loss_mean" in r for r in results["families"][name]["runs"])]
    fig, axes = plt.subplots(1, len(held), figsize=(5.5 * len(held), 4.2), squeeze=False)
    for ax, name in zip(axes[0], held):
        for method in METHODS:
            rows = [r for r in results["families"][name]["runs"] if r["method"] == method]
            ax.plot([r["inv_eps"] for r in rows], [max(r["loss_mean"], 1e-16) for r in rows], "--",
                    color=colors[method], alpha=0.6, label=f"{method}: training")
            ax.plot([r["inv_eps"] for r in rows], [r["test_loss_mean"] for r in rows], "-o",
                    color=colors[method], label=f"{method}: {HELD_OUT} fresh points")
        ax.set_yscale("log")
        ax.set_xlabel("1/eps")
        ax.set_ylabel("mean squared loss")
        ax.set_title(name, fontsize=10)
        ax.grid(True, which="both", alpha=0.3)
    axes[0][0].legend(fontsize=7)
    fig.suptitle("Training loss below OPT is not learning: the improper predictor on fresh points", fontsize=10)
    fig.tight_layout()
    path = out / "held_out.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    files.append(path.name)

    if results.get("improper_scaling"):
        rows = results["improper_scaling"]
        fig, ax = plt.subplots(figsize=(6.5, 4.2))
        ax.plot([r["inv_eps"] for r in rows], [r["cpu_s"] for r in rows], "-o", color=colors["improper"],
                label=f"improper learner, n = {rows[0]['n']} (planted, realizable)")
        for r in rows:
            ax.annotate(f"q={r['degree']}", (r["inv_eps"], r["cpu_s"]), fontsize=7, xytext=(3, -10),
                        textcoords="offset points")
        ax.set_xlabel("1/eps")
        ax.set_ylabel("CPU seconds")
        ax.set_ylim(bottom=0)
        ax.set_title("Improper learner: time grows linearly in the degree q = O(k^2/eps) (capped at 400)", fontsize=10)
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
        fig.tight_layout()
        path = out / "improper_scaling.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        files.append(path.name)
    return files


def table(results: dict[str, Any]) -> str:
    lines = ["# Learners experiment: measured results", "",
             f"Generated by `python experiments/learners_experiment.py` on {results['machine']}; "
             f"eps in {results['eps']}. CPU seconds; `reached` = mean loss <= OPT_box + eps.", ""]
    for name, fam in results["families"].items():
        ref = fam["reference"]
        lines += [f"## {name}: `{fam['instance']}` (n={fam['n']}, d={fam['d']}, k={fam['k']})", "",
                  f"OPT_box = {ref['opt_box']:.6g} (exact: {ref['opt_box_exact']}, {ref['opt_box_cpu_s']:.2f} s; "
                  f"box optimum inside the ball: {ref['opt_box_network_in_ball']}); best in-class loss found "
                  f"= {fam['best_in_class']:.6g}.", "",
                  "| method | eps | CPU s | mean loss | loss - OPT_box | reached | certified | in class | candidates"
                  " | test loss |", "|---|---|---|---|---|---|---|---|---|---|"]
        for r in fam["runs"]:
            test = r.get("test_loss_mean")
            lines.append(f"| {r['method']} | {r['eps']:g} | {r['cpu_s']:.3f} | {r['loss_mean']:.5g} | "
                         f"{r['loss_mean'] - ref['opt_box']:+.4f} | {r['reached']} | {r['certified']} | "
                         f"{r['in_class']} | {r['candidates']} | {'' if test is None else f'{test:.4g}'} |")
        lines.append("")
        if fam.get("ablation"):
            lines += ["Forced Gaussian projection (proper learner, eps = 0.2, constant shrunk so that m < d):", "",
                      "| m | repetitions | mean loss | CPU s | in class |", "|---|---|---|---|---|"]
            for r in fam["ablation"]:
                lines.append(f"| {r['projected_dim']} | {r['repetitions']} | {r['loss_mean']:.5g} | "
                             f"{r['cpu_s']:.2f} | {r['in_class']} |")
            lines.append("")
    if results.get("improper_scaling"):
        lines += ["## Improper learner alone, larger n (planted, realizable, k = 2)", "",
                  "| eps | n | degree q | CPU s | training loss | loss on 2000 fresh points |",
                  "|---|---|---|---|---|---|"]
        for r in results["improper_scaling"]:
            lines.append(f"| {r['eps']:g} | {r['n']} | {r['degree']} | {r['cpu_s']:.3f} | {r['loss_mean']:.3g} | "
                         f"{r['test_loss_mean']:.3g} |")
        lines.append("")
    lines += ["## The proof's net search, with its constants", "",
              "| eps | setting | k | m (theory) | log2(candidates) |", "|---|---|---|---|---|"]
    for r in results["theory"]:
        lines.append(f"| {r['eps']:g} | {r['setting']} | {r['k']} | {r['m']} | {r['log2_candidates']:.3g} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/learners"))
    parser.add_argument("--quick", action="store_true", help="four eps values, no projection ablation")
    parser.add_argument("--replot", action="store_true", help="redraw plots and results.md from results.json")
    parser.add_argument("--improper-scaling-only", action="store_true",
                        help="(re)measure only the improper learner on n = 1000 points, into results.json")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.improper_scaling_only:
        results = json.loads((args.out / "results.json").read_text())
        results["improper_scaling"] = improper_scaling(results["eps"])
        (args.out / "results.json").write_text(json.dumps(results, indent=1, default=float) + "\n")
        args.replot = True
    if args.replot:
        results = json.loads((args.out / "results.json").read_text())
        (args.out / "results.md").write_text(table(results))
        print("wrote", ", ".join(plot(results, args.out)))
        return
    eps_values = EPS_QUICK if args.quick else EPS_FULL
    results: dict[str, Any] = {"eps": eps_values, "machine": f"{platform.node()} ({os.cpu_count()} cores, shared)",
                               "families": {}, "theory": theory_curves(eps_values)}
    for eps in eps_values:  # the data-independent degree table, outside the timed runs
        for k in (1, 2):
            choose_degree(eps, k)
    start = time.perf_counter()
    for name, fam in families().items():
        ref = reference(fam)
        runs = []
        for eps in eps_values:
            for method in METHODS:
                row = run_method(method, fam, eps)
                row["reached"] = bool(row["loss_mean"] <= ref["opt_box"] + eps)
                runs.append(row)
                print(f"{name:32s} {method:8s} eps={eps:<5g} cpu={row['cpu_s']:8.3f}s loss={row['loss_mean']:.5g} "
                      f"reached={row['reached']}", flush=True)
        in_class_losses = [r["loss_mean"] for r in runs if r["in_class"]]
        entry = {"instance": fam["name"], "n": int(fam["X"].shape[0]), "d": int(fam["X"].shape[1]),
                 "k": fam["k"], "setting": fam["setting"], "reference": ref, "runs": runs,
                 "best_in_class": min(in_class_losses) if in_class_losses else float("nan")}
        if not args.quick and name.startswith("G4"):
            entry["ablation"] = projection_ablation(fam)
        results["families"][name] = entry
    results["improper_scaling"] = improper_scaling(eps_values, 300 if args.quick else 1000)
    results["total_wall_s"] = time.perf_counter() - start
    (args.out / "results.json").write_text(json.dumps(results, indent=1, default=float) + "\n")
    with open(args.out / "results.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["family", "method", "eps", "cpu_s", "wall_s", "loss_mean", "opt_box", "reached",
                         "certified", "in_class", "candidates", "test_loss_mean"])
        for name, fam in results["families"].items():
            for r in fam["runs"]:
                writer.writerow([name, r["method"], r["eps"], f"{r['cpu_s']:.4f}", f"{r['wall_s']:.4f}",
                                 f"{r['loss_mean']:.8g}", f"{fam['reference']['opt_box']:.8g}", r["reached"],
                                 r["certified"], r["in_class"], r["candidates"], r.get("test_loss_mean", "")])
    (args.out / "results.md").write_text(table(results))
    files = plot(results, args.out)
    print(f"wrote {args.out}/results.json, results.csv, results.md, {', '.join(files)} "
          f"in {results['total_wall_s']:.0f} s")


if __name__ == "__main__":
    main()
