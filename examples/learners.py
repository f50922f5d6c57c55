"""The paper's learners for bounded networks: proper (a network) and improper (a kernel predictor).

Usage::

    python examples/learners.py [--eps EPS]

In the bounded setting of GKMR'21 (||x_i|| <= 1, |y_i| <= 1; class ||w_j|| <= 1, |b_j| <= 1,
s_j in {-1, +1}; mean squared loss), ``proper_learn`` returns a network of the class with mean
loss <= OPT + eps, and ``improper_learn`` a multinomial-kernel ridge predictor built for the same
bound (see docs/learners.md). The data are 30 points of the unit disc labelled by a two-unit
teacher plus noise. The script checks the proper learner's answer by hand (the network lies in
the class, its loss recomputed in NumPy, the run's own certificate loss <= lower bound + eps),
recomputes the improper predictor's training loss, and prints both learners' loss on 500 fresh
points of the same teacher: a small training loss is not a small held-out loss. (The improper
run does not certify its bound: the theory's ridge is far below float64's resolution, so a
numerical floor is used.) It writes no
file; the exit code is 1 if a check fails. ``milp-relu learn DATA --method proper|improper``
runs the same learners from the command line.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np

from milp_relu import ReLUNetwork
from milp_relu.learners import LearnResult, improper_learn, proper_learn

TEACHER = ReLUNetwork(W=[[0.6, -0.5], [-0.2, 0.7]], b=[0.1, -0.2], s=[1, -1])


def disc_points(n: int, rng: np.random.Generator) -> np.ndarray:
    """Draw n points uniformly from the unit disc (so ||x_i|| <= 1)."""
    radius = np.sqrt(rng.uniform(0.0, 1.0, n))
    angle = rng.uniform(0.0, 2.0 * np.pi, n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def teacher_data(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Teacher labels plus Gaussian noise 0.05 (|y| stays far below 1)."""
    X = disc_points(n, rng)
    return X, TEACHER.predict(X) + 0.05 * rng.normal(size=n)


def proper_checks(result: LearnResult, X: np.ndarray, y: np.ndarray, eps: float) -> dict[str, bool]:
    """Hand checks of the proper learner's network and of the bound its run certifies."""
    net = result.network
    by_hand = np.mean((np.maximum(0.0, X @ net.W.T + net.b) @ net.s - y) ** 2)
    return {
        "proper: network in the class ||w_j|| <= 1, |b_j| <= 1":
            bool(np.all(np.linalg.norm(net.W, axis=1) <= 1 + 1e-9) and np.all(np.abs(net.b) <= 1 + 1e-9)),
        "proper: mean loss recomputed by hand": abs(by_hand - result.loss_mean) <= 1e-12,
        "proper: run certifies loss <= lower bound + eps":
            result.certified is True and result.loss_mean <= result.lower_bound + eps,
    }


def main(argv: list[str] | None = None) -> int:
    """Run both learners, print and check; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eps", type=float, default=0.1, help="additive error on the mean loss")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(0)
    X, y = teacher_data(30, rng)
    X_new, y_new = teacher_data(500, rng)

    proper = proper_learn(X, y, k=2, eps=args.eps, setting="agnostic", seed=0, time_limit=60)
    print(f"proper    status {proper.status}, mean loss {proper.loss_mean:.3e}, lower bound "
          f"{proper.lower_bound:.3e}, projected dim {proper.projected_dim} (theory "
          f"{proper.guarantee['projected_dim_theory']}), certified {proper.certified}")
    print(f"          network {proper.network.to_dict()}")
    improper = improper_learn(X, y, eps=args.eps, k=2)
    print(f"improper  mean loss {improper.loss_mean:.3e}, kernel degree "
          f"{improper.guarantee['degree']}, certified {improper.certified}")
    for name, learned in (("proper", proper), ("improper", improper)):
        held_out = np.mean((learned.predict(X_new) - y_new) ** 2)
        print(f"held-out  {name:<8} mean loss on 500 fresh points {held_out:.3e}")

    checks = proper_checks(proper, X, y, args.eps)
    checks["improper: training loss recomputed from predict()"] = (
        abs(np.mean((improper.predict(X) - y) ** 2) - improper.loss_mean) <= 1e-12)
    for name, ok in checks.items():
        print(f"check     {name}: {'PASS' if ok else 'FAIL'}")
    if not all(checks.values()):
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
