"""The exact estimator in a scikit-learn pipeline: scaling, cross-validation, certificate.

Usage::

    python examples/sklearn_pipeline.py [--folds F]

``ExactReLURegressor`` is an ordinary scikit-learn regressor whose ``fit`` is a certified global
optimum (needs ``pip install "milp-relu[sklearn]"``). The weight box |w_jl| <= 1 is not scale
invariant, so features on very different scales go through ``StandardScaler`` first. The
script cross-validates the pipeline, refits it on all the data and checks the refit's
certificate: status optimal, the loss recomputed by hand from the scaled features, and the
exactness itself (the two-unit optimum can be no worse than the one-unit optimum). It writes
no file; the exit code is 1 if a check fails.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from milp_relu.sklearn import ExactReLURegressor


def make_data(n: int = 21, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two features on scales 1000 and 0.01 apart; the label is a kink in their standard units."""
    rng = np.random.default_rng(seed)
    z = rng.uniform(-1.5, 1.5, size=(n, 2))
    X = np.column_stack([2000.0 + 500.0 * z[:, 0], 0.03 + 0.01 * z[:, 1]])   # e.g. price, rate
    y = np.maximum(0.0, 0.9 * z[:, 0] - 0.4 * z[:, 1]) - np.maximum(0.0, 0.5 * z[:, 1] - 0.2)
    return X, y + 0.05 * rng.normal(size=n)


def pipeline(k: int) -> Pipeline:
    """StandardScaler, then the exact estimator (absolute loss, one HiGHS thread, 60 s cap)."""
    return make_pipeline(StandardScaler(),
                         ExactReLURegressor(k=k, loss="absolute", time_limit=60.0, seed=0))


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, refit, print and check; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args(argv)
    X, y = make_data()

    # Every fold is an exact fit on its training part; the score is R^2 on the held-out part.
    folds = KFold(n_splits=args.folds, shuffle=True, random_state=0)
    scores = cross_val_score(pipeline(k=2), X, y, cv=folds)
    print(f"cross-validated R^2  {np.round(scores, 3).tolist()}  mean {scores.mean():.3f}")

    model = pipeline(k=2).fit(X, y)
    result = model[-1].result_               # the FitResult of the last fit: the certificate
    print(f"refit on all data    status {result.status}, loss {result.loss:.6g}, "
          f"lower bound {result.lower_bound:.6g}, gap {result.gap_abs:.2g}")
    print(f"training R^2         {model.score(X, y):.3f}")

    Z = model[0].transform(X)                # the features the estimator saw
    net = result.network
    by_hand = np.maximum(0.0, Z @ net.W.T + net.b) @ net.s + net.c
    one_unit = pipeline(k=1).fit(X, y)[-1].result_
    print(f"one unit instead     loss {one_unit.loss:.6g} (status {one_unit.status})")

    checks = {
        "every cross-validation score is finite": bool(np.all(np.isfinite(scores))),
        "refit is certified optimal": result.status == "optimal",
        "loss recomputed by hand from the scaled features":
            abs(np.sum(np.abs(by_hand - y)) - result.loss) <= 1e-9 * max(1.0, result.loss),
        "predict() is the network on the scaled features":
            bool(np.allclose(model.predict(X), by_hand, rtol=0, atol=1e-12)),
        "two units are no worse than one (both optimal)":
            one_unit.status == "optimal" and result.loss <= one_unit.loss + 1e-6,
    }
    for name, ok in checks.items():
        print(f"check                {name}: {'PASS' if ok else 'FAIL'}")
    if not all(checks.values()):
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
