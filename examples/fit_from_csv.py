"""Exact fit from a CSV file, with the certificate checked by hand.

Usage::

    python examples/fit_from_csv.py [CSV] [--k K] [--loss LOSS] [--out DIR]

Reads a CSV (header row; label column ``y``, else the last column), trains a depth-2 ReLU
network f(x) = sum_j s_j max(0, w_j . x + b_j) to a certified global optimum, prints the
certificate (status, loss, lower bound, gap, network), then checks it independently: the loss
is recomputed from the network's weights in plain NumPy, the weights must lie in their boxes
and the gap must be closed. The exit code is 1 if any check fails. With ``--out DIR`` the
network is also written there as JSON (nothing else is written).

The default CSV, ``examples/two_relu_teacher.csv``, holds 24 points in two dimensions labelled by
a two-unit teacher, f(x) = relu(0.8 x1 - 0.5 x2 + 0.2) - relu(-0.3 x1 + 0.9 x2 - 0.1), plus
Gaussian noise of standard deviation 0.05. The same solve on the command line is
``milp-relu solve-instance examples/two_relu_teacher.csv --k 2 --loss absolute --json``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

import milp_relu

HERE = Path(__file__).resolve().parent


def by_hand(network: milp_relu.ReLUNetwork, X: np.ndarray) -> np.ndarray:
    """Evaluate f(x) = sum_j s_j max(0, w_j . x + b_j) + c without the library's code."""
    return np.maximum(0.0, X @ network.W.T + network.b) @ network.s + network.c


def recomputed_loss(residuals: np.ndarray, loss: str, weights: np.ndarray) -> float:
    """The training objective of ``fit`` (weighted sum, or maximum for the max loss)."""
    if loss == "squared":
        return float(np.sum(weights * residuals**2))
    if loss == "absolute":
        return float(np.sum(weights * np.abs(residuals)))
    return float(np.max(np.abs(residuals)))


def certificate_checks(result: milp_relu.FitResult, data: milp_relu.Dataset, loss: str,
                       box: float) -> dict[str, bool]:
    """Independent checks of a certificate; each entry is one PASS/FAIL line."""
    net = result.network
    hand = recomputed_loss(by_hand(net, data.X) - data.y, loss, data.weights)
    slack = 1e-9 * max(1.0, abs(result.loss))
    return {
        "status is optimal": result.status == "optimal",
        "loss recomputed by hand in NumPy": abs(hand - result.loss) <= slack,
        "lower bound <= loss": result.lower_bound <= result.loss + slack,
        "gap closed (<= 1e-5 relative or absolute)": result.gap_abs <= 1e-5 * max(1.0, abs(result.loss)),
        "weights inside the box |w|, |b| <= 1": bool(np.all(np.abs(net.W) <= box + 1e-9)
                                                      and np.all(np.abs(net.b) <= box + 1e-9)),
    }


def main(argv: list[str] | None = None) -> int:
    """Fit the CSV, print the certificate and check it; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", default=HERE / "two_relu_teacher.csv", type=Path)
    parser.add_argument("--k", type=int, default=2, help="hidden units")
    parser.add_argument("--loss", default="absolute", choices=["squared", "absolute", "max"])
    parser.add_argument("--out", type=Path, help="folder for network.json (optional)")
    args = parser.parse_args(argv)

    data = milp_relu.load_dataset(args.csv)  # validates: numbers only, finite, header row
    print(f"data         {args.csv.name}: n = {data.n}, d = {data.d}")
    # weight_bound is the box |w_jl| <= 1 (and |b_j| <= 1 by default); time_limit in seconds.
    result = milp_relu.fit(data.X, data.y, k=args.k, loss=args.loss, weight_bound=1.0,
                           sample_weight=data.sample_weight, time_limit=60)
    print(f"status       {result.status}")
    print(f"loss         {result.loss:.10g}  ({args.loss} loss)")
    print(f"lower bound  {result.lower_bound:.10g}")
    print(f"gap          {result.gap_abs:.3g} absolute, {result.gap_rel:.3g} relative")
    print(f"solver       {result.solver['name']} {result.solver['version']}, {result.time_s:.2f} s")
    if result.network is None:
        print("check        a verified network was found: FAIL")
        return 1
    print("network      " + json.dumps(result.network.to_dict()))

    checks = certificate_checks(result, data, args.loss, box=1.0)
    for name, ok in checks.items():
        print(f"check        {name}: {'PASS' if ok else 'FAIL'}")
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "network.json").write_text(json.dumps(result.network.to_dict(), indent=2))
        print(f"wrote        {args.out / 'network.json'}")
    if not all(checks.values()):
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
