"""Exact training of one ReLU in one or two dimensions by enumerating its activation patterns.

With d = 1 the pattern of a unit w x + b is a threshold set: every point with x above a
threshold (w > 0), every point below it (w < 0), all or none; points with equal x always share a
side. So the sorted distinct inputs v_1 < ... < v_m give at most 2m + 2 patterns
({x >= v_a}, {x <= v_a}, all, none). Any network is feasible for the convex problem of its own
(strict) pattern with closed constraints (on: p >= 0, off: p <= 0), so the minimum over these
patterns of their LP/QP optimum is the global optimum (the argument of milp_relu.verify). A
pattern is skipped, without its LP, when its floor (``pattern_floors``) already reaches the
incumbent.

In d = 2 the patterns are the dichotomies of the points by a line: at most n^2 - n + 2 of
them, found from the lines through two points (``line_patterns``). Patterns are visited in
order of a floor (``pattern_floors``: the loss every network with that pattern must pay at its
off points and at its on points whose label has the wrong sign), and the visit stops as soon as
the floor reaches the incumbent. Whether that beats the MILP depends on how many patterns
survive the floor, which is known before any LP is solved: ``enumeration_applies`` states the
cases and :mod:`milp_relu.solve` decides per split from that count.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .network import as_loss

if TYPE_CHECKING:
    from .losses import Loss

#: In d = 2 a split is enumerated only when at most this many patterns have a floor below the
#: incumbent (measured in benchmarks/enumeration.py: above it the MILP was faster).
MAX_PATTERNS_2D = 25
#: ... and only up to this many points (n^2 - n + 2 patterns are built first).
MAX_POINTS_2D = 60


def enumeration_applies(n: int, d: int, k: int, loss: "str | Loss", output_bias: bool) -> bool:
    """Instances the enumeration can solve: one unit, d <= 2, no output bias, a loss whose
    pattern problems it solves (``Loss.enumerable``: not Huber, which goes to the MILP)."""
    return k == 1 and d in (1, 2) and not output_bias and as_loss(loss).enumerable


def patterns_of(X: np.ndarray) -> list[np.ndarray]:
    """Every activation pattern of one unit over the points X (d = 1 or 2)."""
    X = np.asarray(X, dtype=np.float64)
    if X.shape[1] == 1:
        return threshold_patterns(X[:, 0])
    if X.shape[1] == 2:
        return line_patterns(X)
    raise ValueError(f"pattern enumeration is for d <= 2, got d = {X.shape[1]}")


def _key(p: np.ndarray) -> bytes:
    """A dictionary key for a boolean pattern (patterns compared share one length)."""
    return np.packbits(p).tobytes()


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
        unique.setdefault(_key(p), p)
    return list(unique.values())


def line_patterns(X: np.ndarray, chunk: int = 2048) -> list[np.ndarray]:
    """Every dichotomy of the 2-D points X by a line: {x : w . x + b > 0} for some (w, b).

    Any separating line can be moved, keeping every point's side, until it passes through two
    distinct points; the points then on the line are split by a 1-D threshold along it. So the
    patterns are: none, all, and for each pair (i, j) of distinct points and each orientation,
    the strict side plus a threshold set of the points on the line through x_i and x_j. Points
    count as on the line within a relative 1e-12 (the same tolerance decides every side).
    A superset of the true dichotomies would still be exact (every pattern's closed problem
    returns a network whose loss it states); this one has no extras beyond that tolerance.
    """
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    found: dict[bytes, np.ndarray] = {}
    for p in (np.zeros(n, dtype=bool), np.ones(n, dtype=bool)):
        found.setdefault(_key(p), p)
    if n < 2:
        return list(found.values())
    scale = 1.0 + float(np.max(np.abs(X)))
    tol = 1e-12 * scale * scale
    ii, jj = np.triu_indices(n, k=1)
    distinct = np.any(X[ii] != X[jj], axis=1)
    ii, jj = ii[distinct], jj[distinct]
    for start in range(0, ii.size, chunk):
        a, b = ii[start:start + chunk], jj[start:start + chunk]
        v = X[b] - X[a]                                   # (m, 2) line directions
        normal = np.column_stack([-v[:, 1], v[:, 0]])
        side = np.einsum("md,nd->mn", normal, X) - np.einsum("md,md->m", normal, X[a])[:, None]
        on_line = np.abs(side) <= tol
        pos, neg = side > tol, side < -tol
        plain = on_line.sum(axis=1) == 2                  # only x_i and x_j on the line
        rows = np.arange(a.size)
        for strict in (pos, neg):
            # threshold sets of the two line points: none, {i}, {j}, both
            for with_a, with_b in ((False, False), (True, False), (False, True), (True, True)):
                P = strict[plain].copy()
                P[rows[:plain.sum()], a[plain]] = with_a
                P[rows[:plain.sum()], b[plain]] = with_b
                for p in P:
                    found.setdefault(_key(p), p)
        for r in np.flatnonzero(~plain):
            line_pts = np.flatnonzero(on_line[r])
            along = (X[line_pts] - X[a[r]]) @ v[r]
            for sub in threshold_patterns(along):
                for strict in (pos[r], neg[r]):
                    p = strict.copy()
                    p[line_pts] = sub
                    found.setdefault(_key(p), p)
    return list(found.values())


def pattern_floors(y: np.ndarray, weights: np.ndarray, patterns: np.ndarray, loss: "str | Loss",
                   sign: float) -> np.ndarray:
    """A lower bound on the loss of every network of one unit of output sign ``sign`` whose
    activation pattern is each row of ``patterns`` (m, n).

    An off point predicts 0 and pays its |y_i|; an on point predicts sign * p_i with p_i >= 0,
    so it pays at least max(0, -sign y_i), what a label of the wrong sign costs at prediction 0
    (each through the loss: ``Loss.pattern_floors``).
    """
    return as_loss(loss).pattern_floors(y, weights, patterns, sign)


def off_loss(y: np.ndarray, weights: np.ndarray, off: np.ndarray, loss: "str | Loss") -> float:
    """Loss of the off points alone (their prediction is 0): a lower bound for the pattern."""
    return as_loss(loss).off_loss(y, weights, off)


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
