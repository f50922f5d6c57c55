"""The node problem of :mod:`milp_relu.branch_and_bound`: a convex relaxation of one search node.

A node fixes the activation state of some pairs (point i, unit j): ``ON`` (p_ij >= 0 and
h_ij = p_ij), ``OFF`` (p_ij <= 0 and h_ij = 0) or ``FREE``, where p_ij = w_j . x_i + b_j and
h_ij = max(0, p_ij). Its relaxation has the variables

    theta = (w_1, b_1, ..., w_k, b_k), the output bias c (optional), h_ij for FREE pairs,

and the prediction f_i = sum_j s_j g_ij + c with g_ij = p_ij (ON), 0 (OFF), h_ij (FREE). Rows:

* ON: max(0, L_ij) <= p_ij <= U_ij; OFF: L_ij <= p_ij <= min(0, U_ij);
* FREE (``hull``): h_ij >= p_ij, 0 <= h_ij <= U_ij and the chord
  h_ij <= U_ij (p_ij - L_ij) / (U_ij - L_ij): the convex hull of {(p, max(0, p)): L <= p <= U}
  (the triangle relaxation; Ehlers 2017). In the ``decided`` relaxation FREE pairs get no
  variable, and a point with a FREE pair leaves the objective except for the constant
  omega_i dist(y_i, [lo_i, hi_i])^2 (resp. omega_i dist, dist for max), where [lo_i, hi_i] is the
  interval of f_i that the interval bounds allow;
* optionally |f_i - y_i| <= R_i for the points in the objective (the incumbent's radius).

Objective: sum_i omega_i (f_i - y_i)^2 (a convex QP with a dense Hessian 2 E' Omega E),
sum_i omega_i |f_i - y_i| (an LP with e+_i, e-_i) or max_i |f_i - y_i| (an LP with t).

Every network of the node (every theta in the boxes whose pattern agrees with the fixed pairs and
whose pre-activations lie in [L, U]) with h = max(0, p) satisfies all rows and has objective equal
to its loss (FREE points in the hull relaxation), or at least the relaxed value (dropped points
contribute a non-negative term, bounded below by the constant). Hence the relaxation's optimum
is a lower bound of the loss of every network of the node. When no pair is FREE the relaxation IS
the pattern's convex problem (:mod:`milp_relu.pattern_qp`), so at a leaf it is exact.

References
----------
.. [1] R. Ehlers, "Formal Verification of Piece-Wise Linear Feed-Forward Neural Networks",
   ATVA 2017 (the triangle relaxation of a ReLU).
"""
from __future__ import annotations

from dataclasses import dataclass

import highspy
import numpy as np
import scipy.sparse as sp

from .backends.highs import dense_hessian, highs_lp

FREE, OFF, ON = -1, 0, 1


@dataclass
class NodeProblem:
    """What a node problem needs besides the state: data, signs, boxes and current bounds."""

    X1: np.ndarray          # (n, d + 1): the points with a column of ones
    y: np.ndarray
    weights: np.ndarray
    signs: np.ndarray
    weight_bound: float
    bias_bound: float
    output_bias: bool
    loss: str
    lower: np.ndarray       # (n, k) valid pre-activation bounds L_ij
    upper: np.ndarray       # (n, k) U_ij
    radius: np.ndarray | None = None   # (n,) residual radius R_i, or None
    relaxation: str = "hull"

    @property
    def n(self) -> int:
        return self.X1.shape[0]

    @property
    def k(self) -> int:
        return self.signs.size

    @property
    def width(self) -> int:
        return self.X1.shape[1]

    @property
    def num_theta(self) -> int:
        return self.k * self.width + (1 if self.output_bias else 0)


@dataclass
class NodeSolution:
    """A node problem's answer: ``status`` "optimal", "infeasible" or "unknown"."""

    status: str
    value: float = -np.inf
    theta: np.ndarray | None = None
    h: np.ndarray | None = None          # (n, k): relaxed h at FREE pairs, NaN elsewhere


def solve_node(problem: NodeProblem, state: np.ndarray, time_limit: float | None = None,
               seed: int = 0) -> NodeSolution:
    """Build the relaxation of the node ``state`` (n, k) and solve it with HiGHS (one thread)."""
    built = _build(problem, state)
    if built is None:
        return NodeSolution("infeasible")
    H, cost, offset, A, row_lo, row_hi, col_lo, col_hi, free_pairs = built
    x, status = _run_highs(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed)
    if status != "optimal":
        return NodeSolution(status)
    value = float(cost @ x + offset)
    if H is not None:
        value += 0.5 * float(x @ H @ x)
    m = problem.num_theta
    h = np.full(state.shape, np.nan)
    if free_pairs[0].size:
        h[free_pairs] = x[m:m + free_pairs[0].size]
    return NodeSolution("optimal", max(value, 0.0), x[:m].copy(), h)


def _build(problem: NodeProblem, state: np.ndarray):
    """Arrays of the node problem, or None if its interval data already rule it out."""
    P = problem
    n, k, width, m = P.n, P.k, P.width, P.num_theta
    hull = P.relaxation == "hull"
    free = state == FREE
    in_objective = np.ones(n, dtype=bool) if hull else ~free.any(axis=1)
    free_pairs = np.nonzero(free) if hull else (np.zeros(0, dtype=int), np.zeros(0, dtype=int))
    nh = free_pairs[0].size
    nv = m + nh
    # E: f_i = E_i . x for the points in the objective
    E = np.zeros((n, nv))
    for j in range(k):
        on = state[:, j] == ON
        E[on, j * width:(j + 1) * width] += P.signs[j] * P.X1[on]
    if P.output_bias:
        E[:, k * width] = 1.0
    E[free_pairs[0], m + np.arange(nh)] = P.signs[free_pairs[1]]
    rows: list[sp.csr_matrix] = []
    lo: list[np.ndarray] = []
    hi: list[np.ndarray] = []
    _sign_rows(P, state, rows, lo, hi)
    if nh:
        _hull_rows(P, free_pairs, rows, lo, hi, nv)
    objective_points = np.flatnonzero(in_objective)
    if P.radius is not None and objective_points.size:
        rows.append(sp.csr_matrix(E[objective_points]))
        lo.append(P.y[objective_points] - P.radius[objective_points])
        hi.append(P.y[objective_points] + P.radius[objective_points])
    box = np.tile(np.r_[np.full(width - 1, P.weight_bound), P.bias_bound], k)
    col_lo = np.r_[-box, [-np.inf] if P.output_bias else [], np.zeros(nh)]
    col_hi = np.r_[box, [np.inf] if P.output_bias else [], np.maximum(P.upper[free_pairs], 0.0)]
    constant = _dropped_points_bound(P, state, in_objective)
    Eo, yo, wo = E[objective_points], P.y[objective_points], P.weights[objective_points]
    H = None
    if P.loss == "squared":
        H = 2.0 * Eo.T @ (wo[:, None] * Eo)
        cost = -2.0 * Eo.T @ (wo * yo)
        offset = float(np.dot(wo, yo * yo)) + constant
    else:
        extra = 2 * yo.size if P.loss == "absolute" else 1
        nv2 = nv + extra
        rows = [_pad(r, nv2) for r in rows]
        if P.loss == "absolute":
            link = sp.hstack([sp.csr_matrix(Eo), -sp.eye(yo.size), sp.eye(yo.size)], format="csr")
            rows.append(link)
            lo.append(yo.copy())
            hi.append(yo.copy())
            cost = np.r_[np.zeros(nv), wo, wo]
            col_lo = np.r_[col_lo, np.zeros(2 * yo.size)]
            col_hi = np.r_[col_hi, np.full(2 * yo.size, np.inf)]
            offset = constant
        else:
            ones = np.ones((yo.size, 1))
            rows.append(sp.csr_matrix(np.hstack([Eo, -ones])))
            lo.append(np.full(yo.size, -np.inf))
            hi.append(yo.copy())
            rows.append(sp.csr_matrix(np.hstack([Eo, ones])))
            lo.append(yo.copy())
            hi.append(np.full(yo.size, np.inf))
            cost = np.r_[np.zeros(nv), 1.0]
            col_lo = np.r_[col_lo, constant]
            col_hi = np.r_[col_hi, np.inf]
            offset = 0.0
        nv = nv2
    A = sp.vstack(rows, format="csr") if rows else sp.csr_matrix((0, nv))
    row_lo = np.concatenate(lo) if lo else np.zeros(0)
    row_hi = np.concatenate(hi) if hi else np.zeros(0)
    if np.any(row_lo > row_hi) or np.any(col_lo > col_hi):
        return None
    return H, cost, offset, A, row_lo, row_hi, col_lo, col_hi, free_pairs


def _pad(matrix: sp.csr_matrix, cols: int) -> sp.csr_matrix:
    return sp.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], cols))


def _sign_rows(P: NodeProblem, state: np.ndarray, rows: list, lo: list, hi: list) -> None:
    """p_ij >= 0 for ON pairs, <= 0 for OFF pairs (with the bounds L, U on the other side)."""
    nv = P.num_theta + (int(np.sum(state == FREE)) if P.relaxation == "hull" else 0)
    width = P.width
    for j in range(P.k):
        for kind in (ON, OFF):
            idx = np.flatnonzero(state[:, j] == kind)
            if idx.size == 0:
                continue
            block = sp.csr_matrix(P.X1[idx])
            left = sp.csr_matrix((idx.size, j * width))
            right = sp.csr_matrix((idx.size, nv - (j + 1) * width))
            rows.append(sp.hstack([left, block, right], format="csr"))
            if kind == ON:
                lo.append(np.maximum(P.lower[idx, j], 0.0))
                hi.append(P.upper[idx, j].copy())
            else:
                lo.append(P.lower[idx, j].copy())
                hi.append(np.minimum(P.upper[idx, j], 0.0))


def _hull_rows(P: NodeProblem, free_pairs: tuple[np.ndarray, np.ndarray], rows: list, lo: list,
               hi: list, nv: int) -> None:
    """h >= p and the chord h <= U (p - L) / (U - L) for each FREE pair (L < 0 < U assumed)."""
    i, j = free_pairs
    nh = i.size
    width, m = P.width, P.num_theta
    L, U = P.lower[i, j], P.upper[i, j]
    slope = U / (U - L)
    # columns of p_ij: j * width + (0..width-1)
    cols_p = j[:, None] * width + np.arange(width)[None, :]
    r = np.repeat(np.arange(nh), width)
    data_p = P.X1[i].reshape(-1)
    h_cols = m + np.arange(nh)
    # h - p >= 0
    A1 = sp.csr_matrix((np.r_[-data_p, np.ones(nh)], (np.r_[r, np.arange(nh)], np.r_[cols_p.reshape(-1), h_cols])),
                       shape=(nh, nv))
    rows.append(A1)
    lo.append(np.zeros(nh))
    hi.append(np.full(nh, np.inf))
    # h - slope p <= -slope L
    A2 = sp.csr_matrix((np.r_[-np.repeat(slope, width) * data_p, np.ones(nh)],
                        (np.r_[r, np.arange(nh)], np.r_[cols_p.reshape(-1), h_cols])), shape=(nh, nv))
    rows.append(A2)
    lo.append(np.full(nh, -np.inf))
    hi.append(-slope * L)


def _dropped_points_bound(P: NodeProblem, state: np.ndarray, in_objective: np.ndarray) -> float:
    """A constant lower bound on the loss terms of points left out of the objective."""
    out = ~in_objective
    if not np.any(out):
        return 0.0
    Up = np.maximum(P.upper, 0.0)
    reach = np.where(state == OFF, 0.0, Up)          # g_ij ranges over [0, reach_ij]
    pos = P.signs > 0
    hi = (reach * pos).sum(axis=1)
    lo = -(reach * ~pos).sum(axis=1)
    if P.output_bias:
        return 0.0
    dist = np.maximum(0.0, np.maximum(lo - P.y, P.y - hi))[out]
    if P.loss == "squared":
        return float(np.dot(P.weights[out], dist * dist))
    if P.loss == "absolute":
        return float(np.dot(P.weights[out], dist))
    return float(dist.max(initial=0.0))


def _run_highs(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed):
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("random_seed", int(seed))
    if time_limit is not None:
        h.setOptionValue("time_limit", max(float(time_limit), 1e-3))
    nv = cost.size
    h.setOptionValue("qp_iteration_limit", 2000 + 100 * nv)
    lp = highs_lp(cost, 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
    model = highspy.HighsModel()
    model.lp_ = lp
    if H is not None and np.any(H):
        model.hessian_ = dense_hessian(H)
    if h.passModel(model) == highspy.HighsStatus.kError:
        return None, "unknown"
    # in a thread of its own: HiGHS keeps one task scheduler per thread (see pattern_qp)
    h.joinSolve(h.startSolve())
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal:
        return np.asarray(h.getSolution().col_value, dtype=np.float64), "optimal"
    if status == highspy.HighsModelStatus.kInfeasible:
        return None, "infeasible"
    return None, "unknown"
