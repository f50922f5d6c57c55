"""Exact training of one ReLU in one dimension by enumerating its activation patterns.

With d = 1 the pattern of a unit w x + b is a threshold set: every point with x above a
threshold (w > 0), every point below it (w < 0), all or none; points with equal x always share a
side. So the sorted distinct inputs v_1 < ... < v_m give at most 2m + 2 patterns
({x >= v_a}, {x <= v_a}, all, none). Any network is feasible for the convex problem of its own
(strict) pattern with closed constraints (on: p >= 0, off: p <= 0), so the minimum over these
patterns of their LP/QP optimum is the global optimum (the argument of milp_relu.verify). A
pattern is skipped, without its LP, when the loss of its off points alone (their prediction is
0) already reaches the incumbent.

Only d = 1 is enumerated: in d = 2 there are O(n^2) line dichotomies, one LP each, and the
MILP won on every size measured (see benchmarks/run.py and the issue's report).
"""
from __future__ import annotations

import numpy as np


def enumeration_applies(n: int, d: int, k: int, loss: str, output_bias: bool) -> bool:
    """Instances the enumeration can solve: one unit, one input dimension, no output bias."""
    return k == 1 and d == 1 and not output_bias


def threshold_patterns(x: np.ndarray) -> list[np.ndarray]:
    """Every activation pattern (boolean on-mask) of w x + b over the 1-D points ``x``."""
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    values = np.unique(x)
    patterns = [np.zeros(x.size, dtype=bool), np.ones(x.size, dtype=bool)]
    for v in values:
        patterns.append(x >= v)
        patterns.append(x <= v)
    unique: dict[bytes, np.ndarray] = {}
    for p in patterns:
        unique.setdefault(np.packbits(p).tobytes() + bytes([int(p.size % 8)]), p)
    return list(unique.values())


def off_loss(y: np.ndarray, weights: np.ndarray, off: np.ndarray, loss: str) -> float:
    """Loss of the off points alone (their prediction is 0): a lower bound for the pattern."""
    if not np.any(off):
        return 0.0
    if loss == "squared":
        return float(np.sum(weights[off] * y[off] ** 2))
    if loss == "absolute":
        return float(np.sum(weights[off] * np.abs(y[off])))
    return float(np.max(np.abs(y[off])))


_PAIRS = np.array([(a, b) for a in range(8) for b in range(a + 1, 8)])


def squared_pattern_1d(x: np.ndarray, y: np.ndarray, weights: np.ndarray, on: np.ndarray, sign: float,
                       weight_bound: float, bias_bound: float) -> tuple[float, float, float] | None:
    """The squared-loss problem of one 1-D pattern, solved exactly by the 2-D active-set rule.

    min over (w, b) of sum_on omega_i (w x_i + b - s y_i)^2 subject to w x + b >= 0 at the
    extreme on points, <= 0 at the extreme off points (enough in 1-D: p is affine in x) and the
    box. A convex quadratic over a polygon attains its minimum at the unconstrained minimiser, at
    the minimiser along one edge's line, or at a vertex; all are tried and the best feasible one
    kept. Returns (w, b, objective on the on points) or None if the pattern is infeasible.
    (HiGHS's active-set QP can return "Solve error" on these degenerate problems.)
    """
    xo, yo, wo = x[on], sign * y[on], weights[on]
    Q = np.array([[np.sum(wo * xo * xo), np.sum(wo * xo)], [np.sum(wo * xo), np.sum(wo)]])
    q = np.array([np.sum(wo * xo * yo), np.sum(wo * yo)])
    const = float(np.sum(wo * yo * yo))
    rows = [[1.0, 0.0, weight_bound], [-1.0, 0.0, weight_bound], [0.0, 1.0, bias_bound], [0.0, -1.0, bias_bound]]
    if np.any(on):
        rows += [[-xo.min(), -1.0, 0.0], [-xo.max(), -1.0, 0.0]]
    if not np.all(on):
        xf = x[~on]
        rows += [[xf.min(), 1.0, 0.0], [xf.max(), 1.0, 0.0]]
    while len(rows) < 8:
        rows.append(rows[0])
    R = np.asarray(rows)
    A, c = R[:, :2], R[:, 2]
    cands = [np.linalg.lstsq(Q, q, rcond=None)[0]]
    for a, ci in zip(A, c):
        nrm = float(a @ a)
        theta0 = a * ci / nrm
        v = np.array([-a[1], a[0]])
        curv = float(v @ Q @ v)
        t = float(v @ (q - Q @ theta0)) / curv if curv > 1e-300 else 0.0
        cands.append(theta0 + t * v)
    M = A[_PAIRS]                           # (28, 2, 2)
    rhs = c[_PAIRS]                         # (28, 2)
    det = M[:, 0, 0] * M[:, 1, 1] - M[:, 0, 1] * M[:, 1, 0]
    ok = np.abs(det) > 1e-14
    if np.any(ok):
        cands.extend(np.linalg.solve(M[ok], rhs[ok][:, :, None])[:, :, 0])
    T = np.asarray(cands)
    slack = T @ A.T - c[None, :]
    feasible = np.all(slack <= 1e-9 * (1.0 + np.abs(c[None, :])), axis=1)
    if not np.any(feasible):
        return None
    T = T[feasible]
    values = np.einsum("ci,ij,cj->c", T, Q, T) - 2.0 * T @ q + const
    best = int(np.argmin(values))
    return float(T[best, 0]), float(T[best, 1]), float(max(values[best], 0.0))
