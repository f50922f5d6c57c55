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

import functools
import math
import time
from dataclasses import dataclass

import highspy
import numpy as np
import scipy.sparse as sp

from .backends.highs import (
    ArrayQp,
    csr_matrix_of,
    highs_lp,
    qp_lower_bound,
    run_time_limit,
    small_solves,
)
from .backends.daqp_qp import solve_dense_qp
from .convexity_cuts import ConvexCombinations
from .subset_bounds import SubsetBounds

FREE, OFF, ON = -1, 0, 1

#: HiGHS's dual edge weights on the persistent node LPs: 1 = Devex (see PersistentNodeSolver).
DUAL_EDGE_WEIGHTS = 1

#: Further HiGHS options of the persistent node LPs, measured on them (callgrind, the
#: instructions inside ``Highs::run`` over the node LPs of planted L1 (20, 5, 2), 965 re-solves
#: of about 9 dual simplex iterations each): a re-solve cost 1.45M instructions with HiGHS's
#: defaults. ``rebuild_refactor_solution_error_tolerance`` <= 0: at a rebuild that may be the
#: optimum HiGHS keeps its factor (a fresh LU of a new basis plus a few dozen updates at most)
#: instead of first measuring the factor's solve error by test solves, which took 10% of the
#: re-solve, more than refactoring: 1.30M a re-solve, the same trees (planted L1 (40, 5, 2):
#: 23,971 nodes, 37.2 -> 29.8 s on one day's machine). It leaves the tolerances alone: HiGHS's
#: optimality checks and its KKT check of the unscaled solution run as before. (``presolve``
#: "off" saved another 4% a re-solve, but the cold solves after a rebuild then end at other
#: optimal vertices, and the trees grew: (30, 5, 2) 6,694 -> 6,878, (40, 5, 2) -> 25,879.)
#: Part of a re-solve is HiGHS's own and no option removes it: ``Highs::run`` with nothing to do
#: (an optimal node LP of planted L1 (30, 5, 2), 150 rows and 132 columns, run again unchanged)
#: cost 535k instructions, 105 us: HiGHS assesses the model (27%), re-initialises the simplex
#: solver, its row-wise copy of the matrix included (28%), and checks the KKT conditions (22%).
#: A node's whole LP takes 370 us there (median 6-14 dual simplex iterations). HiGHS's
#: ``objective_bound`` (the dual simplex stops once its objective passes it), set to the
#: search's discard level, stopped 1,496 of the 3,317 node LPs that the search discards (each
#: stop confirmed by a float64 dual bound) and saved nothing: 6,694 -> 6,777 nodes, 5.0-5.1 ->
#: 5.2-5.3 s CPU.
NODE_LP_OPTIONS = {"rebuild_refactor_solution_error_tolerance": -1.0}


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
    qp_solver: str = "daqp"  # the squared nodes' QP: "daqp" (HiGHS where it fails) or "highs"
    # rows h_ij <= sum_a lambda_a h_aj (milp_relu.convexity_cuts)
    convexity: ConvexCombinations | None = None
    # rows sum_{i in G} omega_i |r_i| >= LB_G of the absolute loss's persistent model
    # (milp_relu.subset_bounds)
    subset: SubsetBounds | None = None

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

    @functools.cached_property
    def theta_box(self) -> tuple[np.ndarray, np.ndarray]:
        """The boxes of theta = (W, b, c): |w| <= weight_bound, |b| <= bias_bound, c free
        (read-only arrays: the boxes never change during a search)."""
        box = np.full((self.k, self.width), self.weight_bound, dtype=np.float64)
        box[:, -1] = self.bias_bound
        c = np.full(1 if self.output_bias else 0, np.inf)
        lo, hi = np.concatenate([-box.ravel(), -c]), np.concatenate([box.ravel(), c])
        lo.flags.writeable = hi.flags.writeable = False
        return lo, hi


@dataclass
class NodeSolution:
    """A node problem's answer: ``status`` "optimal", "infeasible" or "unknown"."""

    status: str
    value: float = -np.inf
    theta: np.ndarray | None = None
    h: np.ndarray | None = None          # (n, k): relaxed h at FREE pairs, NaN elsewhere
    basis: object | None = None          # the persistent model's optimal basis (its children start there)


def solve_node(problem: NodeProblem, state: np.ndarray, time_limit: float | None = None,
               seed: int = 0, bound_slack: float | None = None,
               discard_at: float = -math.inf, need_bound: bool = True,
               polytope: "PersistentNodeSolver | None" = None) -> NodeSolution:
    """Build the relaxation of the node ``state`` (n, k) and solve it: a QP by DAQP (``qp_solver``;
    HiGHS where DAQP fails), an LP by HiGHS (one thread).

    ``bound_slack``: how far below the QP's value a quadratic node's bound may lie and still be
    taken from HiGHS's duals without an LP (:func:`~milp_relu.backends.highs.qp_lower_bound`).
    ``discard_at``: the bound at which the search discards the node; a quadratic node that is
    not a leaf and whose QP value stays below it keeps the summed dual bound (valid, maybe
    weaker) instead of an LP's (planted squared (25, 3, 2): 1,182 LPs next to 1,168 QPs).
    ``need_bound=False``: only the point is wanted (a pattern solved for its network, as the
    search's polish does); ``value`` is then the QP's objective at it, not a bound.
    ``polytope``: the squared loss's node polytope held in one HiGHS model
    (:class:`PersistentNodeSolver`, no output bias): DAQP's "infeasible" is checked by a
    warm-started re-solve of it instead of an LP built afresh."""
    started = time.perf_counter()
    built = _build(problem, state)
    if built is None:
        return NodeSolution("infeasible")
    H, cost, offset, A, row_lo, row_hi, col_lo, col_hi, free_pairs = built
    quadratic = H is not None and np.any(H)
    status = "unknown"
    if quadratic and problem.qp_solver == "daqp":
        # A stays dense: DAQP takes it so, and the summed bound needs no sparse copy
        status, x, y = _run_daqp(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed,
                                 None if polytope is None else lambda: polytope.is_empty(state, time_limit))
    if status == "unknown":
        A = csr_matrix_of(A)
        x, y, status = _run_highs(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed)
    in_time = time_limit is None or time.perf_counter() - started < time_limit
    if status == "unknown" and quadratic and in_time:
        # HiGHS's active-set QP stalled on every attempt (seen on degenerate nodes: two points at
        # the origin with labels 0 and -1.2e-7); any point gives a valid bound below (not once
        # the time is up: trust-constr has no time limit, and the node keeps its parent's bound)
        x = _interior_point(H, cost, A, row_lo, row_hi, *_bias_box(problem, col_lo, col_hi))   # A: CSR by now
        status = "optimal" if x is not None else status
    if status != "optimal":
        return NodeSolution(status)
    value = float(cost @ x + offset)
    if quadratic and need_bound:
        # the QP's own optimum is not trusted as a bound (qp_lower_bound: HiGHS's QP can stop
        # short); a dual bound summed here, or the LP's optimum, is, as everywhere else
        leaf = not np.any(state == FREE)
        value = qp_lower_bound(H, cost, offset, A, row_lo, row_hi, *_bias_box(problem, col_lo, col_hi),
                               x, time_limit, seed, y, bound_slack,
                               exact_from=-math.inf if leaf else discard_at)
        if not math.isfinite(value):
            return NodeSolution("unknown")
    m = problem.num_theta
    h = np.full(state.shape, np.nan)
    if free_pairs[0].size:
        h[free_pairs] = x[m:m + free_pairs[0].size]
    return NodeSolution("optimal", max(value, 0.0), x[:m].copy(), h)


def _interior_point(H, cost, A, row_lo, row_hi, col_lo, col_hi) -> np.ndarray | None:
    """A near-optimal point of min 0.5 x'Hx + cost.x over the rows and boxes by scipy's
    trust-region interior-point method, for the nodes HiGHS's QP did not finish; None if it
    fails. Only a point: the bound is qp_lower_bound's tangent LP at it, valid at any point
    (a convex function lies above its tangent plane), and equal to the optimum at the optimum."""
    from scipy.optimize import Bounds, LinearConstraint, minimize

    x0 = np.clip(np.zeros(cost.size), col_lo, col_hi)
    constraints = [LinearConstraint(A, row_lo, row_hi)] if A.shape[0] else []
    try:
        result = minimize(lambda x: 0.5 * x @ H @ x + cost @ x, x0, jac=lambda x: H @ x + cost,
                          hess=lambda x: H, method="trust-constr", bounds=Bounds(col_lo, col_hi),
                          constraints=constraints, options={"maxiter": 1000, "gtol": 1e-12, "xtol": 1e-14})
    except (ValueError, np.linalg.LinAlgError):
        return None
    x = np.asarray(result.x, dtype=np.float64)
    return x if np.all(np.isfinite(x)) else None


def _build(problem: NodeProblem, state: np.ndarray):
    """Arrays of the node problem, or None if its interval data already rule it out.

    Rows, in order: the decided pairs' sign rows, the FREE pairs' triangle rows (all lower
    sides, then all chords), the radius rows, the loss's rows; they are written into one
    preallocated matrix (a search builds thousands of nodes: G3 N = 7, 263 -> about 105 us a
    node)."""
    P = problem
    n, k = state.shape
    width = P.width
    kw = k * width
    m = P.num_theta
    free = state == FREE
    if P.relaxation == "hull":
        fi, fj = np.nonzero(free)
        in_objective = None
        objective_points = np.arange(n)
    else:
        fi = fj = np.zeros(0, dtype=np.intp)
        in_objective = ~free.any(axis=1)
        objective_points = np.flatnonzero(in_objective)
    no, nh = objective_points.size, fi.size
    nv = m + nh + {"squared": 0, "absolute": 2 * no, "max": 1}[P.loss]
    di, dj = np.nonzero(~free)
    nd = di.size
    radius = P.radius is not None and no > 0
    rows = nd + 2 * nh + (no if radius else 0) + {"squared": 0, "absolute": no, "max": 2 * no}[P.loss]
    A = np.zeros((rows, nv))
    sign_lo, sign_hi = _sign_rows(P, state, di, dj, A[:nd, :kw].reshape(nd, k, width))
    if np.any(sign_lo > sign_hi):
        return None      # a decided pair its bounds rule out (ON with U < 0, OFF with L > 0)
    lo_parts, hi_parts = [sign_lo], [sign_hi]
    if nh:
        tri_lo, tri_hi = _triangle_rows(P, fi, fj, A[nd:nd + 2 * nh], m)
        lo_parts.append(tri_lo)
        hi_parts.append(tri_hi)
    E = _prediction_matrix(P, state, fi, fj, nv)
    Eo = E if in_objective is None else E[objective_points]
    at = nd + 2 * nh
    if radius:
        R = P.radius[objective_points]
        A[at:at + no] = Eo
        lo_parts.append(P.y[objective_points] - R)
        hi_parts.append(P.y[objective_points] + R)
        at += no
    constant = 0.0 if in_objective is None else _dropped_points_bound(P, state, in_objective)
    H, cost, offset, loss_lo, loss_hi, aux_lo = _objective(P, Eo, objective_points, nh, nv, constant, A[at:])
    lo_parts.append(loss_lo)
    hi_parts.append(loss_hi)
    if P.convexity is not None and nh:
        convex, convex_hi = _convexity_rows(P, state, fi, fj, nv)
        A = np.vstack([A, convex])
        lo_parts.append(np.full(convex_hi.size, -np.inf))
        hi_parts.append(convex_hi)
    row_lo, row_hi = np.concatenate(lo_parts), np.concatenate(hi_parts)
    col_lo, col_hi = np.empty(nv), np.empty(nv)
    col_lo[:m], col_hi[:m] = P.theta_box
    col_lo[m:m + nh] = 0.0
    col_hi[m:m + nh] = np.maximum(P.upper[fi, fj], 0.0)
    col_lo[m + nh:] = aux_lo
    col_hi[m + nh:] = np.inf
    return H, cost, offset, A, row_lo, row_hi, col_lo, col_hi, (fi, fj)


def _bias_box(P: NodeProblem, col_lo: np.ndarray, col_hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Column bounds with the free output bias c boxed where the node's optimum lies.

    For fixed (W, b, h) the best c is a weighted mean of y_i - g_i with g_i = sum_j s_j g_ij in
    [-reach, reach] (reach = sum_j max(0, U_ij) over the worst point), so the optimum has c in
    [min y - reach, max y + reach]; the bound's LP needs a finite box where c is free."""
    if not P.output_bias:
        return col_lo, col_hi
    reach = float(np.maximum(P.upper, 0.0).sum(axis=1).max(initial=0.0))
    lo, hi = col_lo.copy(), col_hi.copy()
    c = P.k * P.width
    lo[c], hi[c] = float(P.y.min()) - reach - 1.0, float(P.y.max()) + reach + 1.0
    return lo, hi


def _prediction_matrix(P: NodeProblem, state: np.ndarray, fi: np.ndarray, fj: np.ndarray, nv: int) -> np.ndarray:
    """E (n, nv) with f_i = E_i . x: s_j p_ij for ON pairs, s_j h_ij for the FREE pairs
    (fi, fj) in their order, plus c."""
    n, k = state.shape
    width = P.width
    E = np.zeros((n, nv))
    oi, oj = np.nonzero(state == ON)
    E[:, :k * width].reshape(n, k, width)[oi, oj] = P.signs[oj][:, None] * P.X1[oi]
    if P.output_bias:
        E[:, k * width] = 1.0
    E[fi, P.num_theta + np.arange(fi.size)] = P.signs[fj]
    return E


def _convexity_rows(P: NodeProblem, state: np.ndarray, fi: np.ndarray, fj: np.ndarray,
                    nv: int) -> tuple[np.ndarray, np.ndarray]:
    """The convexity cuts h_ij - sum_a lambda_a h_aj <= slack (:mod:`milp_relu.convexity_cuts`)
    in the node's own columns: h of a FREE pair is its column, of an ON pair p = v . theta_j,
    of an OFF pair 0. Rows without a FREE pair are left out (they follow from the sign rows).
    Returns the rows (dense, (rows, nv)) and their upper sides."""
    C = P.convexity
    n, k = state.shape
    width, m = P.width, P.num_theta
    column = np.full((n, k), -1)
    column[fi, fj] = m + np.arange(fi.size)
    # every term of every combination: its point, coefficient and combination
    points = np.concatenate([C.centers, C.members])
    coefs = np.concatenate([np.ones(C.count), -C.weights])
    rows_of = np.concatenate([np.arange(C.count), C.owners])
    blocks, sides = [], []
    for j in range(k):
        out = np.zeros((C.count, nv))
        free = column[points, j] >= 0
        np.add.at(out, (rows_of[free], column[points[free], j]), coefs[free])
        on = state[points, j] == ON
        np.add.at(out[:, j * width:(j + 1) * width], rows_of[on], coefs[on, None] * P.X1[points[on]])
        has_free = np.zeros(C.count, dtype=bool)
        has_free[rows_of[free]] = True
        blocks.append(out[has_free])
        sides.append(C.slack[has_free])
    return np.vstack(blocks), np.concatenate(sides)


def _sign_rows(P: NodeProblem, state: np.ndarray, di: np.ndarray, dj: np.ndarray,
               out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Decided pairs (di, dj): ON max(0, L) <= p <= U, OFF L <= p <= min(0, U); p's
    coefficients written into ``out`` (a (nd, k, width) view of the rows' theta columns);
    returns the sides."""
    out[np.arange(di.size), dj] = P.X1[di]
    is_on = state[di, dj] == ON
    L, U = P.lower[di, dj], P.upper[di, dj]
    return np.where(is_on, np.maximum(L, 0.0), L), np.where(is_on, U, np.minimum(U, 0.0))


def _triangle_rows(P: NodeProblem, fi: np.ndarray, fj: np.ndarray, out: np.ndarray,
                   m: int) -> tuple[np.ndarray, np.ndarray]:
    """FREE pairs: h - p >= 0 and the chord h - slope p <= -slope L (slope = U / (U - L)),
    written into ``out`` (2 nh rows, all lower sides first); returns the sides."""
    nh = fi.size
    k, width = P.k, P.width
    Lf, Uf = P.lower[fi, fj], P.upper[fi, fj]
    slope = Uf / (Uf - Lf)
    rows = np.arange(nh)
    theta = out[:, :k * width].reshape(2 * nh, k, width)
    Xf = P.X1[fi]
    theta[rows, fj] = -Xf
    theta[nh + rows, fj] = -slope[:, None] * Xf
    out[rows, m + rows] = 1.0
    out[nh + rows, m + rows] = 1.0
    lo = np.concatenate([np.zeros(nh), np.full(nh, -np.inf)])
    return lo, np.concatenate([np.full(nh, np.inf), -slope * Lf])


def _objective(P: NodeProblem, Eo: np.ndarray, objective_points: np.ndarray, nh: int, nv: int,
               constant: float, out: np.ndarray):
    """Hessian, cost, offset, the sides of the loss's rows (written into ``out``) and the lower
    bounds of its columns.

    Squared: the QP sum omega_i (E_i x - y_i)^2 (no rows); absolute: f_i - e+_i + e-_i = y_i
    with cost omega (e+-); max: -t <= f_i - y_i <= t with cost 1 (t >= the dropped points' floor).
    """
    yo, wo = P.y[objective_points], P.weights[objective_points]
    no, m = objective_points.size, P.num_theta
    cost = np.zeros(nv)
    if P.loss == "squared":
        H = 2.0 * Eo.T @ (wo[:, None] * Eo)
        cost = -2.0 * Eo.T @ (wo * yo)
        return H, cost, float(np.dot(wo, yo * yo)) + constant, np.zeros(0), np.zeros(0), np.zeros(0)
    if P.loss == "absolute":
        rows = np.arange(no)
        out[:] = Eo
        out[rows, m + nh + rows] = -1.0
        out[rows, m + nh + no + rows] = 1.0
        cost[m + nh:] = np.concatenate([wo, wo])
        return None, cost, constant, yo, yo, np.zeros(2 * no)
    out[:no] = Eo
    out[no:] = Eo
    out[:no, -1] = -1.0
    out[no:, -1] = 1.0
    cost[-1] = 1.0
    return (None, cost, 0.0, np.concatenate([np.full(no, -np.inf), yo]),
            np.concatenate([yo, np.full(no, np.inf)]), np.array([constant]))


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


#: (a, b): the first HiGHS attempt at a node QP of nv columns stops after a nv + b iterations.
#: Over 1,990 node QPs (G3 N = 7, 9; planted squared; real data) the runs that finished took at
#: most 6.2 nv (median 2.4 nv); the 27 that stalled ran to the limit 100 nv + 2000, and at N = 9
#: they took 63% of all QP time (2.2 s against 1.3 s for the 382 that finished).
QP_FIRST_ITERATIONS = (12, 200)


def _run_daqp(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed, empty=None):
    """The node QP by DAQP (:mod:`milp_relu.backends.daqp_qp`); "unknown" sends it to HiGHS.

    DAQP's "infeasible" discards a node, so HiGHS confirms it first: the node's rows and bounds
    as an LP of zero cost (a feasible LP means DAQP was wrong, and HiGHS's QP decides).
    ``empty()``, where given, is that LP on the search's persistent model; otherwise it is built
    here."""
    status, x, y = solve_dense_qp(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit)
    if status == "infeasible":
        confirmed = (empty or (lambda: _fresh_lp_is_empty(A, row_lo, row_hi, col_lo, col_hi, time_limit, seed)))()
        status = status if confirmed else "unknown"
    return status, x, y


def _fresh_lp_is_empty(A, row_lo, row_hi, col_lo, col_hi, time_limit, seed) -> bool:
    """Whether HiGHS proves the rows and bounds infeasible (an LP of zero cost built afresh)."""
    nv = col_lo.size
    lp = highs_lp(np.zeros(nv), 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
    options = {"random_seed": int(seed)}
    if time_limit is not None:
        options["time_limit"] = max(float(time_limit), 1e-3)
    confirmed, _ = small_solves.solve(lp, **options)
    return confirmed == highspy.HighsModelStatus.kInfeasible


def _run_highs(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed):
    """Solve with HiGHS; a QP that HiGHS does not finish is retried twice.

    HiGHS 1.16's active-set QP cycles to its iteration limit on some degenerate node problems
    (a Hessian that vanishes on most columns); with qp_regularization_value = 0 the same problems
    solve in a few iterations. On others (nearly parallel rows from points 1e-6 apart, duplicate
    points) it stops at a point whose rows are violated by 1e-7 to 2e-6 and reports "Solve
    error" against its own 1e-7 feasibility tolerance: the last attempt accepts 1e-5. That is
    safe: the optimum of the problem with every row relaxed by 1e-5 is at most the node's
    optimum, so the bound stays a lower bound (only weaker), and a leaf is closed only by a
    network whose float64 loss reaches its bound.
    """
    quadratic = H is not None and np.any(H)
    # the first attempt stops at QP_FIRST_ITERATIONS: a run that finishes needs far fewer, and
    # a stalled one no longer spends 100 nv + 2000 iterations before the retry
    first = {"qp_iteration_limit": QP_FIRST_ITERATIONS[0] * cost.size + QP_FIRST_ITERATIONS[1]}
    attempts = [first, {"qp_regularization_value": 0.0}, {"primal_feasibility_tolerance": 1e-5}]
    for extra in attempts if quadratic else attempts[:1]:
        x, y, status = _run_highs_once(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed, extra)
        if status != "unknown":
            break
    return x, y, status


def _run_highs_once(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed, extra):
    nv = cost.size
    options = {"random_seed": int(seed), "qp_iteration_limit": 2000 + 100 * nv, **extra}
    if time_limit is not None:
        options["time_limit"] = max(float(time_limit), 1e-3)
    if H is not None and np.any(H):
        model = ArrayQp(H, cost, A, col_lo, col_hi, row_lo, row_hi)   # arrays at once (ArrayQp)
    else:
        model = highs_lp(cost, 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
    # on the process's small-solve worker: one thread, one reused Highs (backends.highs)
    status, x, y = small_solves.solve_with_duals(model, **options)
    if status == highspy.HighsModelStatus.kOptimal:
        return x, y, "optimal"
    if status == highspy.HighsModelStatus.kInfeasible:
        return None, None, "infeasible"
    return None, None, "unknown"


def root_bound_tightening(problem: NodeProblem, time_budget: float = 2.0) -> int:
    """Tighten L and U (in place) by minimising and maximising each p_ij over the root relaxation.

    The root relaxation (every pair FREE, triangle rows, the residual radius rows when set) holds
    every network of loss below the incumbent with h = max(0, p), so its LP bounds on p_ij are
    valid for every network that can still improve (the same class as the radius itself). One
    warm-started HiGHS LP per pair and side (d + 1 columns of theta change cost only). Returns the
    number of bounds tightened; stops early at ``time_budget`` seconds.
    """
    P = problem
    state = np.full((P.n, P.k), FREE, dtype=np.int8)
    built = _build(P, state)
    if built is None:
        return 0
    _, cost, _, A, row_lo, row_hi, col_lo, col_hi, _ = built
    nv = cost.size
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    lp = highs_lp(np.zeros(nv), 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
    if h.passModel(lp) == highspy.HighsStatus.kError:
        return 0
    width = P.width
    deadline = time.perf_counter() + time_budget
    tightened = 0
    all_cols = np.arange(nv, dtype=np.int32)
    for j in range(P.k):
        for i in range(P.n):
            if P.lower[i, j] >= 0.0 or P.upper[i, j] <= 0.0:
                continue
            for sense in (1.0, -1.0):
                if time.perf_counter() > deadline:
                    return tightened
                c = np.zeros(nv)
                c[j * width:(j + 1) * width] = sense * P.X1[i]
                h.changeColsCost(nv, all_cols, c)
                h.joinSolve(h.startSolve())
                status = h.getModelStatus()
                if status != highspy.HighsModelStatus.kOptimal:
                    continue
                value = sense * h.getInfo().objective_function_value
                margin = 1e-7 * (1.0 + abs(value))
                if sense > 0 and value - margin > P.lower[i, j]:
                    P.lower[i, j] = value - margin
                    tightened += 1
                elif sense < 0 and value + margin < P.upper[i, j]:
                    P.upper[i, j] = value + margin
                    tightened += 1
                if P.lower[i, j] >= 0.0 or P.upper[i, j] <= 0.0:
                    break
    return tightened


#: Above this many pairs (n k) the persistent node model lets Ctrl-C cancel a running LP.
INTERRUPTIBLE_PAIRS = 4000

#: With node-local bounds a pair's chord at the node's own L, U is alpha h - p <= rhs (alpha =
#: (U - L) / U), so that only h's coefficient and the row bound change from node to node; U is
#: first raised to at least this share of U - L (a wider triangle, still valid), which keeps
#: alpha <= 1 + 1 / share.
CHORD_MIN_UPPER_SHARE = 1e-3

#: A chord coefficient that HiGHS holds within this share of the node's own alpha stays (with the
#: right-hand side valid for it, :func:`chord_rhs`): a change costs a call and HiGHS's factor.
#: Planted L1 (60, 5, 2) seed 1: 0 -> 6,109 nodes, 0.02 -> 6,105, 0.1 -> 6,372, 0.5 -> 6,933.
CHORD_ALPHA_SLACK = 0.05


def chord_alpha(L: np.ndarray, U: np.ndarray) -> np.ndarray:
    """The chord's alpha of pairs with bounds L, U: (U' - L) / U' (U' = max(U, share (U - L)),
    :data:`CHORD_MIN_UPPER_SHARE`) where L < 0 < U, the triangle's chord; 1 elsewhere (the
    bounds decide the pair)."""
    is_open = (L < 0.0) & (U > 0.0)
    upper = np.maximum(U, CHORD_MIN_UPPER_SHARE * (U - L))
    return np.where(is_open, (upper - L) / np.where(is_open, upper, 1.0), 1.0)


def chord_rhs(alpha: np.ndarray, L: np.ndarray, U: np.ndarray) -> np.ndarray:
    """The least rhs with alpha max(0, p) - p <= rhs for every p in [L, U]: the larger of that
    convex function's values at L and U (alpha from :func:`chord_alpha`: -L where L < 0 < U, the
    triangle's chord; max(0, -L) where the bounds decide the pair; any alpha >= 1: valid)."""
    return np.maximum(alpha * np.maximum(L, 0.0) - L, alpha * np.maximum(U, 0.0) - U)


class PersistentNodeSolver:
    """The ``hull`` relaxation of every node of one search, held in one HiGHS model.

    The same relaxation as :func:`solve_node`, written so that a node's state changes only
    bounds: every pair (i, j) has a column h_ij, the row

    * ``h_ij - p_ij`` in [0, inf) (FREE, OFF) or [0, 0] (ON: h = p),

    and one more: where L < 0 < U (the pair's state is open) the chord
    ``h_ij - slope p_ij <= -slope L`` (slope = U / (U - L); valid in every state, so it stays),
    elsewhere (the bounds decide the pair) ``p_ij`` in [L, U] (FREE), [max(0, L), U] (ON) or
    [L, min(0, U)] (OFF). h_ij lies in [0, max(U, 0)] (FREE), [max(0, L), max(U, 0)] (ON) or
    [0, 0] (OFF), and f_i = sum_j s_j h_ij + c. The loss: e+_i - e-_i = f_i - y_i with cost
    omega_i and the incumbent's residual radius as the column bounds e+-_i <= R_i (absolute), or
    -t <= f_i - y_i <= t with cost 1 and the radius as a row y_i - R_i <= f_i <= y_i + R_i
    (max); both are free while there is no incumbent.

    Why this is the relaxation of :func:`solve_node`. Where L < 0 < U: FREE, h >= p, h >= 0,
    h <= U and the chord are its triangle, and the chord with h >= 0 gives p >= L, h >= p with
    h <= U gives p <= U; ON, h = p in [0, U]; OFF, h = 0 with h >= p and the chord gives
    L <= p <= 0: its sign rows. Elsewhere the p row is its sign rows. e+-_i <= R_i holds exactly
    when |f_i - y_i| <= R_i (take e+ = max(0, f - y), e- = max(0, y - f)). So every node's
    optimum is the same number (up to HiGHS's tolerances); the rows that held p_ij in [L, U] at
    open pairs and the radius rows of the absolute loss were redundant, and left out they save a
    third of the rows (planted L1 (40, 5, 2): 200 rows instead of 320). The LP losses only:
    HiGHS 1.16's QP solver failed on re-runs of one model and cannot start from a basis, and a
    QP node's optimum needs :func:`~milp_relu.backends.highs.qp_lower_bound`, so squared nodes
    go to :func:`solve_node`. For the squared loss (without an output bias) the model holds the
    node polytope alone, with zero cost and no loss columns (f_i only in the radius rows), for
    :meth:`is_empty`; its layout (:attr:`matrix`, :meth:`node_bounds`, :attr:`generation`) is
    also that of the squared node QPs in one DAQP workspace (:mod:`milp_relu.branch_and_bound_qp`).

    With ``problem.convexity`` set the model also holds the convexity cuts of
    :mod:`milp_relu.convexity_cuts` (rows on the h columns, valid in every state, so no node
    changes them), as :func:`solve_node` does. With ``problem.subset`` set the absolute loss's
    model also holds the subset bounds of :mod:`milp_relu.subset_bounds` (a row on the e+-
    columns of each part, valid for every network of the split); nodes built afresh
    (:func:`solve_node`) leave them out, a weaker relaxation that stays valid.

    With :attr:`local_bounds` a node's own pre-activation bounds L', U' (within the search's;
    ``local`` of :meth:`solve`, from :mod:`milp_relu.unit_polytope`) take the place of L, U in
    the state's bounds, and an open pair's chord becomes the node's: alpha h - p <= rhs on
    [L', U'] (:func:`chord_alpha`, :func:`chord_rhs`), held as slope alpha h - slope p <=
    slope rhs in the row built with the search's slope, so that h's coefficient (changed with
    ``changeCoeff``, 1 at the search's bounds) and the row bound are all a node changes.

    Moving from node to node changes bounds only, so HiGHS re-solves from the basis it holds
    (dual simplex for the LP losses) instead of building and solving each node from scratch.
    The model is rebuilt when the search tightens L, U (a new incumbent). All HiGHS calls run
    on the process's small-solve worker thread (:data:`milp_relu.backends.highs.small_solves`).
    """

    def __init__(self, problem: NodeProblem, seed: int = 0, local_bounds: bool = False) -> None:
        if problem.relaxation != "hull" or problem.loss not in ("absolute", "max", "squared"):
            raise ValueError("the persistent node solver holds the hull relaxation only")
        if problem.loss == "squared" and problem.output_bias:
            raise ValueError("the squared loss's node polytope is held without an output bias only")
        self.problem = problem
        self.seed = int(seed)
        #: chords alpha h - p <= rhs (chord_alpha, chord_rhs), whose coefficients follow a node's own bounds
        #: (``local`` of :meth:`solve`)
        self.local_bounds = bool(local_bounds)
        self._highs: highspy.Highs | None = None
        self._bounds: tuple[np.ndarray, np.ndarray] | None = None
        self._generation = 0
        self._subset: SubsetBounds | None = None      # the subset rows the model holds
        # the state-dependent bounds HiGHS holds now (None: not pushed since the last build)
        self._pushed: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    # -- layout --------------------------------------------------------------------------------
    def _aux(self) -> int:
        P = self.problem
        return {"absolute": 2 * P.n, "max": 1, "squared": 0}[P.loss]

    def _build(self) -> highspy.Highs:
        """A HiGHS model of the relaxation with every pair FREE (states come as bounds)."""
        P = self.problem
        nk = P.n * P.k
        nv = P.num_theta + nk + self._aux()
        L, U = P.lower.reshape(-1), P.upper.reshape(-1)
        is_open = (L < 0.0) & (U > 0.0)
        self._chord_pairs = np.flatnonzero(is_open)     # open pairs get the chord, the others a p row
        self._p_pairs = np.flatnonzero(~is_open)
        A, row_lo, row_hi, cost, radius0 = self._rows(nv)
        aux = P.num_theta + nk
        theta_lo, theta_hi = P.theta_box
        col_lo = np.r_[theta_lo, np.zeros(nk), np.full(nv - aux, -np.inf)]
        col_hi = np.r_[theta_hi, np.maximum(U, 0.0), np.full(nv - aux, np.inf)]
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        h.setOptionValue("random_seed", self.seed)
        # HiGHS's interrupt callback costs a Python call per simplex check, a quarter of the
        # search's time on planted L1 (30, 5, 2) (11.0 -> 8.4 s CPU, the same 5,662 nodes); a
        # node LP of a small model takes milliseconds, and Ctrl-C stops the search before the
        # next one (_Search.interrupt), so only large models keep it
        h.HandleUserInterrupt = nk > INTERRUPTIBLE_PAIRS
        # Devex pricing: dual steepest edge (HiGHS's choice) recomputes its weights after each
        # setBasis, and a node re-solve takes ~10 iterations; replayed node by node on the same
        # LP sequences (planted L1 (25, 3, 2) seed 2, (35, 2, 2) seed 1, real data L1: 5,035,
        # 2,300, 9,600 LPs), Devex took 16%, 9%, 16% less HiGHS time, the same optima to 1e-13
        h.setOptionValue("simplex_dual_edge_weight_strategy", DUAL_EDGE_WEIGHTS)
        for name, value in NODE_LP_OPTIONS.items():
            h.setOptionValue(name, value)
        lp = highs_lp(cost, 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
        if h.passModel(lp) == highspy.HighsStatus.kError:
            raise RuntimeError("HiGHS rejected the node model")
        self._bounds = (P.lower.copy(), P.upper.copy())
        self._subset = P.subset
        self._pushed = None
        self._generation += 1                 # bases of an earlier model are not used on this one
        self._nv, self._aux_start, self._nk = nv, aux, nk
        # the all-FREE model, for the node QPs that share this layout (node_bounds, matrix)
        self._matrix = A
        self._free_bounds = (row_lo, row_hi, col_lo, col_hi)
        # the rows whose bounds a state sets: h - p, the p rows, and the max loss's radius rows
        radius_rows = radius0 + np.arange(P.n) if radius0 is not None else np.arange(0)
        # with local bounds the chords' right-hand sides follow the node too
        chord_rows = self._chord_rows if self.local_bounds else np.arange(0)
        self._row_index = np.r_[np.arange(nk), nk + np.arange(self._p_pairs.size), radius_rows,
                                chord_rows].astype(np.int32)
        self._col_index = np.arange(P.num_theta, nv, dtype=np.int32)
        self._cost = cost
        return h

    def _rows(self, nv: int):
        """The constraint matrix (h - p, the p rows of decided pairs, the chords of open pairs,
        loss rows, the max loss's radius rows), its all-FREE row bounds, the cost and the first
        radius row (None for the absolute loss, whose radius bounds e+-)."""
        P = self.problem
        n, k, width, m = P.n, P.k, P.width, P.num_theta
        nk = n * k
        pairs_i, pairs_j = np.divmod(np.arange(nk), k)
        theta_cols = pairs_j[:, None] * width + np.arange(width)[None, :]     # (nk, width)
        xs = P.X1[pairs_i]                                                      # (nk, width)
        h_cols = m + np.arange(nk)
        L, U = P.lower.reshape(-1), P.upper.reshape(-1)
        decided, chords = self._p_pairs, self._chord_pairs
        triplets = _Triplets()
        base = np.arange(nk)
        triplets.add(base, h_cols, 1.0)                                   # h - p
        triplets.add(base[:, None], theta_cols, -xs)
        r_p = nk + np.arange(decided.size)                                # p (decided pairs)
        triplets.add(r_p[:, None], theta_cols[decided], xs[decided])
        r_c = nk + decided.size + np.arange(chords.size)                  # the chords (open pairs)
        slope = U[chords] / (U[chords] - L[chords])                       # h - slope p <= -slope L
        triplets.add(r_c, h_cols[chords], 1.0)
        triplets.add(r_c[:, None], theta_cols[chords], -slope[:, None] * xs[chords])
        chord_hi = -slope * L[chords]
        if self.local_bounds:
            # a node's own chord alpha h - p <= rhs (chord_alpha, chord_rhs), times slope: h's coefficient
            # slope alpha (1 at the search's bounds) and the row bound slope rhs change
            self._chord_rows, self._chord_cols = r_c.astype(np.int32), h_cols[chords].astype(np.int32)
            self._slope, self._chord_hi0 = slope, chord_hi
            self._chord_L0, self._chord_U0 = L[chords], U[chords]      # the search's, as built
            self._alpha = 1.0 / slope                # the alpha of the coefficient 1 held now
            self._alpha0 = self._alpha.copy()
        r0 = 2 * nk
        loss_rows = {"absolute": n, "max": 2 * n, "squared": 0}[P.loss]
        radius0 = None if P.loss == "absolute" else r0 + loss_rows
        # the rows holding f_i: the loss's rows (absolute: 1, max: 2), then the radius rows
        f_rows = [r0 + q * n + np.arange(n) for q in range(loss_rows // n)]
        if radius0 is not None:
            f_rows.append(radius0 + np.arange(n))
        for fr in f_rows:                                                 # f_i = sum_j s_j h_ij + c
            triplets.add(fr[pairs_i], h_cols, P.signs[pairs_j])
            if P.output_bias:
                triplets.add(fr, np.full(n, k * width), 1.0)
        cost, lo, hi = self._loss_rows(triplets, r0, m + nk, nv)
        num_rows = r0 + loss_rows + (n if radius0 is not None else 0)
        convex_lo, convex_hi = self._convexity_rows(triplets, num_rows, h_cols)
        subset_lo = self._subset_rows(triplets, num_rows + convex_lo.size, m + nk)
        A = triplets.matrix(num_rows + convex_lo.size + subset_lo.size, nv)
        radius_lo = np.full(n if radius0 is not None else 0, -np.inf)
        row_lo = np.r_[np.zeros(nk), L[decided], np.full(chords.size, -np.inf), lo, radius_lo, convex_lo, subset_lo]
        row_hi = np.r_[np.full(nk, np.inf), U[decided], chord_hi, hi, -radius_lo, convex_hi,
                       np.full(subset_lo.size, np.inf)]
        return A, row_lo, row_hi, cost, radius0

    def _convexity_rows(self, triplets: "_Triplets", first: int, h_cols: np.ndarray):
        """The convexity cuts h_ij - sum_a lambda_a h_aj <= slack (:mod:`milp_relu.convexity_cuts`),
        a row per combination and unit from row ``first`` on; their bounds. They hold in every
        state, so no node changes them."""
        P = self.problem
        C = P.convexity
        if C is None or not C.count:
            return np.empty(0), np.empty(0)
        k = P.k
        rows = first + np.arange(C.count * k).reshape(C.count, k)             # (combination, unit)
        units = np.arange(k)
        triplets.add(rows, h_cols[C.centers[:, None] * k + units], 1.0)
        triplets.add(rows[C.owners], h_cols[C.members[:, None] * k + units], -C.weights[:, None])
        return np.full(C.count * k, -np.inf), np.repeat(C.slack, k)

    def _subset_rows(self, triplets: "_Triplets", first: int, aux: int) -> np.ndarray:
        """The subset bounds sum_{i in G} omega_i (e+_i + e-_i) >= LB_G
        (:mod:`milp_relu.subset_bounds`; the absolute loss, whose e+- start at column ``aux``), a
        row per part from row ``first`` on; their lower bounds. They hold for every network of the
        split, so no node changes them."""
        P = self.problem
        S = P.subset
        if S is None or not S.count or P.loss != "absolute":
            return np.empty(0)
        for g, group in enumerate(S.groups):
            weights = P.weights[group]
            triplets.add(np.full(group.size, first + g), aux + group, weights)            # e+
            triplets.add(np.full(group.size, first + g), aux + P.n + group, weights)      # e-
        return np.asarray(S.bounds, dtype=np.float64)

    def _loss_rows(self, triplets: "_Triplets", r0: int, aux: int, nv: int):
        """The loss's columns in its rows (r_i, e+-_i or t), the cost and the rows' bounds
        (the squared loss: none, and a zero cost: its model holds the node polytope only)."""
        P = self.problem
        n = P.n
        cost = np.zeros(nv)
        if P.loss == "squared":
            return cost, np.empty(0), np.empty(0)
        if P.loss == "absolute":                     # f_i - e+_i + e-_i = y_i
            triplets.add(r0 + np.arange(n), aux + np.arange(n), -1.0)
            triplets.add(r0 + np.arange(n), aux + n + np.arange(n), 1.0)
            cost[aux:] = np.r_[P.weights, P.weights]
            return cost, P.y, P.y
        triplets.add(r0 + np.arange(n), np.full(n, nv - 1), -1.0)         # f_i - t <= y_i
        triplets.add(r0 + n + np.arange(n), np.full(n, nv - 1), 1.0)      # f_i + t >= y_i
        cost[-1] = 1.0
        return cost, np.r_[np.full(n, -np.inf), P.y], np.r_[P.y, np.full(n, np.inf)]

    def _current(self) -> highspy.Highs:
        P = self.problem
        # (a == b).all(), not np.array_equal: the same test on arrays of one shape, at half the cost
        if (self._highs is None or not (self._bounds[0] == P.lower).all()
                or not (self._bounds[1] == P.upper).all() or self._subset is not P.subset):
            self._highs = self._build()
        return self._highs

    # -- the layout, for the squared loss's node QPs (milp_relu.branch_and_bound_qp) --------------
    @property
    def generation(self) -> int:
        """The model's build number (it grows when the search's L, U change), after a rebuild
        that the current L, U need."""
        self._current()
        return self._generation

    @property
    def matrix(self) -> sp.csr_matrix:
        """The rows of the current model (CSR; every pair's columns, every state's rows)."""
        self._current()
        return self._matrix

    def node_bounds(self, state: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """(row_lo, row_hi, col_lo, col_hi) of every row and column of the current model at
        ``state``; None where they contradict each other (the node is empty)."""
        self._current()
        row_lo, row_hi, col_lo, col_hi = (a.copy() for a in self._free_bounds)
        state_rows = self._state_bounds(state)
        row_lo[self._row_index], row_hi[self._row_index] = state_rows[0], state_rows[1]
        col_lo[self._col_index], col_hi[self._col_index] = state_rows[2], state_rows[3]
        if (row_lo > row_hi).any() or (col_lo > col_hi).any():
            return None
        return row_lo, row_hi, col_lo, col_hi

    # -- one node -------------------------------------------------------------------------------
    def _state_bounds(self, state: np.ndarray, local: tuple[np.ndarray, np.ndarray] | None = None):
        """Row bounds of h - p, of the p rows and the max loss's radius rows (and, with
        :attr:`local_bounds`, of the chords), and column bounds of h and the loss columns (the
        absolute loss's radius), for ``state``; at the node's own bounds ``local`` (L', U'
        within the search's), if given."""
        P = self.problem
        s = state.reshape(-1)
        L, U = (P.lower, P.upper) if local is None else local
        L, U = L.reshape(-1), U.reshape(-1)
        on, off = s == ON, s == OFF
        r1_hi = np.where(on, 0.0, np.inf)
        d = self._p_pairs
        Ld, Ud = L[d], U[d]
        r2_lo = np.where(on[d], np.maximum(Ld, 0.0), Ld)
        r2_hi = np.where(off[d], np.minimum(Ud, 0.0), Ud)
        h_lo = np.where(on, np.maximum(L, 0.0), 0.0)
        h_hi = np.where(off, 0.0, np.maximum(U, 0.0))
        R = np.full(P.n, np.inf) if P.radius is None else np.asarray(P.radius, dtype=np.float64)
        a_lo = np.zeros(self._nv - self._aux_start)
        # np.concatenate, not np.r_ (about 10 us less a call, 4 calls a node)
        if P.loss == "absolute":
            a_hi = np.concatenate([R, R])                  # e+-_i <= R_i: |f_i - y_i| <= R_i
            radius_lo = radius_hi = np.empty(0)
        else:
            a_hi = np.full(a_lo.size, np.inf)
            radius_lo, radius_hi = P.y - R, P.y + R
        if self.local_bounds:
            Lc, Uc = L[self._chord_pairs], U[self._chord_pairs]
            # the node's chords alpha h - p <= rhs, times the slope the rows were built with;
            # coefficients HiGHS holds within CHORD_ALPHA_SLACK stay, with their own rhs
            alpha = chord_alpha(Lc, Uc)
            held = self._alpha
            # a decided pair's chord hardly matters (h = p, or h = 0 with p <= 0): it keeps its
            # coefficient too
            keep = (np.abs(alpha - held) <= CHORD_ALPHA_SLACK * alpha) | (s[self._chord_pairs] != FREE)
            alpha = self._alpha_wanted = np.where(keep, held, alpha)
            chord_hi = self._slope * chord_rhs(alpha, Lc, Uc)
            # the search's own chords, bit for bit, where the node's bounds are the search's
            as_built = (Lc == self._chord_L0) & (Uc == self._chord_U0)
            chord_hi = np.where(as_built & (alpha == self._alpha0), self._chord_hi0, chord_hi)
            row_lo = np.concatenate([np.zeros(self._nk), r2_lo, radius_lo, np.full(chord_hi.size, -np.inf)])
            row_hi = np.concatenate([r1_hi, r2_hi, radius_hi, chord_hi])
        else:
            row_lo = np.concatenate([np.zeros(self._nk), r2_lo, radius_lo])
            row_hi = np.concatenate([r1_hi, r2_hi, radius_hi])
        col_lo = np.concatenate([h_lo, a_lo])
        col_hi = np.concatenate([h_hi, a_hi])
        return row_lo, row_hi, col_lo, col_hi

    def _solve(self, state: np.ndarray, time_limit: float | None, warm: object | None = None,
               local: tuple[np.ndarray, np.ndarray] | None = None) -> NodeSolution:
        h = self._current()
        row_lo, row_hi, col_lo, col_hi = self._state_bounds(state, local)
        if (row_lo > row_hi).any() or (col_lo > col_hi).any():
            return NodeSolution("infeasible")
        if self.local_bounds:
            # the chords' h coefficients at this node's bounds (HiGHS keeps its basis)
            changed = np.flatnonzero(self._alpha_wanted != self._alpha)
            if changed.size:
                change = h.changeCoeff
                values = self._alpha_wanted[changed]
                coefficients = np.where(values == self._alpha0[changed], 1.0, self._slope[changed] * values)
                for row, col, value in zip(self._chord_rows[changed].tolist(), self._chord_cols[changed].tolist(),
                                           coefficients.tolist()):
                    change(row, col, value)
                self._alpha[changed] = values
        self._push(h, row_lo, row_hi, col_lo, col_hi)
        if warm is not None and warm[0] == self._generation:
            # the parent's basis: a child differs from it by a few bounds (planted L1 (25, 3, 2):
            # median 2 dual simplex iterations from it against 31 from the last node solved)
            h.setBasis(warm[1])
        h.setOptionValue("time_limit", run_time_limit(h, time_limit))
        status = self._run(h)
        if status != "optimal":
            return NodeSolution(status)
        x = np.asarray(h.getSolution().col_value, dtype=np.float64)
        P = self.problem
        m, aux = P.num_theta, self._aux_start
        value = float(self._cost @ x)
        hv = x[m:aux].reshape(P.n, P.k)
        out = np.where(state == FREE, hv, np.nan)
        return NodeSolution("optimal", max(value, 0.0), x[:m].copy(), out, (self._generation, h.getBasis()))

    def is_empty(self, state: np.ndarray, time_limit: float | None = None) -> bool:
        """Whether HiGHS proves the node's polytope empty (the model of the squared loss, whose
        cost is zero): the check of DAQP's "infeasible" before a squared node is discarded.

        Started from the basis HiGHS holds (the last check's): planted squared (40, 5, 2),
        991 checks of a median 14 dual simplex iterations and 0.65 ms, where an LP built and
        solved afresh took 1.35 ms. (The tangent-plane LPs of the squared bound were tried here
        too, and took a median 94 iterations and 1.9 ms from the last node's basis: their costs
        change from node to node; they stay fresh LPs.)"""
        return self.solve(state, time_limit).status == "infeasible"

    def _push(self, h: highspy.Highs, row_lo: np.ndarray, row_hi: np.ndarray, col_lo: np.ndarray,
              col_hi: np.ndarray) -> None:
        """Hand HiGHS the bounds of a node: only those that differ from what it holds (the node
        solved last; a child differs from it in a few pairs, and HiGHS's cost grows with the
        entries changed). +-inf passes as it is (highspy's kHighsInf is inf)."""
        rows, cols = self._row_index, self._col_index
        if self._pushed is not None:
            last_row_lo, last_row_hi, last_col_lo, last_col_hi = self._pushed
            row_mask = (row_lo != last_row_lo) | (row_hi != last_row_hi)
            col_mask = (col_lo != last_col_lo) | (col_hi != last_col_hi)
            rows, cols = rows[row_mask], cols[col_mask]
            if rows.size:
                h.changeRowsBounds(rows.size, rows, row_lo[row_mask], row_hi[row_mask])
            if cols.size:
                h.changeColsBounds(cols.size, cols, col_lo[col_mask], col_hi[col_mask])
        else:
            h.changeRowsBounds(rows.size, rows, row_lo, row_hi)
            h.changeColsBounds(cols.size, cols, col_lo, col_hi)
        self._pushed = (row_lo, row_hi, col_lo, col_hi)

    def _run(self, h: highspy.Highs) -> str:
        h.run()
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return "optimal"
        if status == highspy.HighsModelStatus.kInfeasible:
            return "infeasible"
        return "unknown"

    def solve(self, state: np.ndarray, time_limit: float | None = None, warm: object | None = None,
              local: tuple[np.ndarray, np.ndarray] | None = None) -> NodeSolution:
        """The relaxation's optimum at the node ``state`` (n, k), as :func:`solve_node` gives it.

        ``warm``: the ``basis`` of the parent's solution, where the solve starts (unless the
        model was rebuilt since); otherwise it starts from the last node's basis. ``local``:
        (L', U'), the node's own pre-activation bounds (within the search's; needs
        :attr:`local_bounds`)."""
        return small_solves.call(self._solve, state, time_limit, warm, local, cancel=lambda: self._highs)


class _Triplets:
    """(row, column, value) triplets of a sparse matrix, added in blocks."""

    def __init__(self) -> None:
        self.rows: list[np.ndarray] = []
        self.cols: list[np.ndarray] = []
        self.vals: list[np.ndarray] = []

    def add(self, rows, cols, vals) -> None:
        self.rows.append(np.broadcast_to(rows, np.shape(cols)).ravel())
        self.cols.append(np.ravel(cols))
        self.vals.append(np.broadcast_to(vals, np.shape(cols)).ravel())

    def matrix(self, num_rows: int, num_cols: int) -> sp.csr_matrix:
        return sp.csr_matrix((np.concatenate(self.vals), (np.concatenate(self.rows), np.concatenate(self.cols))),
                             shape=(num_rows, num_cols))

