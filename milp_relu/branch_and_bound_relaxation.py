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

from .backends.highs import dense_hessian, diagonal_hessian, highs_lp, run_time_limit, small_solves

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
    objective_points = np.flatnonzero(in_objective)
    no = objective_points.size
    extra = {"squared": 0, "absolute": 2 * no, "max": 1}[P.loss]
    nv = m + nh + extra
    # E: f_i = E_i . x
    E = np.zeros((n, nv))
    for j in range(k):
        on = state[:, j] == ON
        E[on, j * width:(j + 1) * width] = P.signs[j] * P.X1[on]
    if P.output_bias:
        E[:, k * width] = 1.0
    E[free_pairs[0], m + np.arange(nh)] = P.signs[free_pairs[1]]
    decided = np.nonzero(state != FREE)
    nd = decided[0].size
    radius_rows = P.radius is not None and no > 0
    loss_rows = {"squared": 0, "absolute": no, "max": 2 * no}[P.loss]
    num_rows = nd + 2 * nh + (no if radius_rows else 0) + loss_rows
    A = np.zeros((num_rows, nv))
    row_lo = np.empty(num_rows)
    row_hi = np.empty(num_rows)
    # sign rows of decided pairs: ON max(0, L) <= p <= U, OFF L <= p <= min(0, U)
    di, dj = decided
    cols = dj[:, None] * width + np.arange(width)[None, :]
    A[np.arange(nd)[:, None], cols] = P.X1[di]
    is_on = state[decided] == ON
    L, U = P.lower[decided], P.upper[decided]
    row_lo[:nd] = np.where(is_on, np.maximum(L, 0.0), L)
    row_hi[:nd] = np.where(is_on, U, np.minimum(U, 0.0))
    r = nd
    if nh:
        fi, fj = free_pairs
        cols = fj[:, None] * width + np.arange(width)[None, :]
        Lf, Uf = P.lower[free_pairs], P.upper[free_pairs]
        slope = Uf / (Uf - Lf)
        rows = np.arange(nh)
        # h - p >= 0
        A[r + rows[:, None], cols] = -P.X1[fi]
        A[r + rows, m + rows] = 1.0
        row_lo[r:r + nh] = 0.0
        row_hi[r:r + nh] = np.inf
        r += nh
        # h - slope p <= -slope L (the chord)
        A[r + rows[:, None], cols] = -slope[:, None] * P.X1[fi]
        A[r + rows, m + rows] = 1.0
        row_lo[r:r + nh] = -np.inf
        row_hi[r:r + nh] = -slope * Lf
        r += nh
    Eo, yo, wo = E[objective_points], P.y[objective_points], P.weights[objective_points]
    if radius_rows:
        A[r:r + no] = Eo
        row_lo[r:r + no] = yo - P.radius[objective_points]
        row_hi[r:r + no] = yo + P.radius[objective_points]
        r += no
    box = np.tile(np.r_[np.full(width - 1, P.weight_bound), P.bias_bound], k)
    col_lo = np.r_[-box, [-np.inf] if P.output_bias else [], np.zeros(nh), np.zeros(extra)]
    col_hi = np.r_[box, [np.inf] if P.output_bias else [], np.maximum(P.upper[free_pairs], 0.0),
                   np.full(extra, np.inf)]
    constant = _dropped_points_bound(P, state, in_objective)
    H = None
    cost = np.zeros(nv)
    if P.loss == "squared":
        H = 2.0 * Eo.T @ (wo[:, None] * Eo)
        cost = -2.0 * Eo.T @ (wo * yo)
        offset = float(np.dot(wo, yo * yo)) + constant
    elif P.loss == "absolute":
        # f_i - e+_i + e-_i = y_i
        rows = np.arange(no)
        A[r:r + no] = Eo
        A[r + rows, m + nh + rows] = -1.0
        A[r + rows, m + nh + no + rows] = 1.0
        row_lo[r:r + no] = yo
        row_hi[r:r + no] = yo
        cost[m + nh:] = np.r_[wo, wo]
        offset = constant
    else:
        # -t <= f_i - y_i <= t
        A[r:r + no] = Eo
        A[r:r + no, -1] = -1.0
        row_lo[r:r + no] = -np.inf
        row_hi[r:r + no] = yo
        A[r + no:r + 2 * no] = Eo
        A[r + no:r + 2 * no, -1] = 1.0
        row_lo[r + no:r + 2 * no] = yo
        row_hi[r + no:r + 2 * no] = np.inf
        cost[-1] = 1.0
        col_lo[-1] = constant
        offset = 0.0
    if np.any(row_lo > row_hi) or np.any(col_lo > col_hi):
        return None
    return H, cost, offset, sp.csr_matrix(A), row_lo, row_hi, col_lo, col_hi, free_pairs


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
    attempts = [{}, {"qp_regularization_value": 0.0}, {"primal_feasibility_tolerance": 1e-5}]
    for extra in attempts if quadratic else attempts[:1]:
        x, status = _run_highs_once(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed, extra)
        if status != "unknown":
            break
    return x, status


def _run_highs_once(H, cost, A, row_lo, row_hi, col_lo, col_hi, time_limit, seed, extra):
    nv = cost.size
    options = {"random_seed": int(seed), "qp_iteration_limit": 2000 + 100 * nv, **extra}
    if time_limit is not None:
        options["time_limit"] = max(float(time_limit), 1e-3)
    lp = highs_lp(cost, 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
    model = highspy.HighsModel()
    model.lp_ = lp
    if H is not None and np.any(H):
        model.hessian_ = dense_hessian(H)
    # on the process's small-solve worker: one thread, one reused Highs (backends.highs)
    status, x = small_solves.solve(model, **options)
    if status == highspy.HighsModelStatus.kOptimal:
        return x, "optimal"
    if status == highspy.HighsModelStatus.kInfeasible:
        return None, "infeasible"
    return None, "unknown"


def root_bound_tightening(problem: NodeProblem, time_budget: float = 2.0) -> int:
    """Tighten L and U (in place) by minimising and maximising each p_ij over the root relaxation.

    The root relaxation (every pair FREE, triangle rows, the residual radius rows when set) holds
    every network of loss below the incumbent with h = max(0, p), so its LP bounds on p_ij are
    valid for every network that can still improve (the same class as the radius itself). One
    warm-started HiGHS LP per pair and side (d + 1 columns of theta change cost only). Returns the
    number of bounds tightened; stops early at ``time_budget`` seconds.
    """
    import time

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


class PersistentNodeSolver:
    """The ``hull`` relaxation of every node of one search, held in one HiGHS model.

    The same relaxation as :func:`solve_node`, written so that a node's state changes only
    bounds: every pair (i, j) has a column h_ij and three rows,

    * ``h_ij - p_ij`` in [0, inf) (FREE, OFF) or [0, 0] (ON: h = p),
    * ``p_ij`` in [L, U] (FREE), [max(0, L), U] (ON) or [L, min(0, U)] (OFF),
    * the chord ``h_ij - slope p_ij <= -slope L`` (slope = U / (U - L) where L < 0 < U; valid for
      every state, so it stays),

    with h_ij in [0, max(U, 0)] (FREE), [max(0, L), max(U, 0)] (ON) or [0, 0] (OFF), and
    f_i = sum_j s_j h_ij + c. The loss: a residual column r_i = f_i - y_i with the Hessian
    2 omega_i (squared), e+_i - e-_i = f_i - y_i with cost omega_i (absolute), or
    -t <= f_i - y_i <= t with cost 1 (max); the incumbent's residual radius R_i is a row
    y_i - R_i <= f_i <= y_i + R_i (free while there is no incumbent). For FREE pairs h >= p, h >= 0, h <= U and the chord are the triangle of
    :func:`solve_node` (which implies L <= p <= U), for ON and OFF pairs the rows are its sign
    rows, so every node's optimum is the same number (up to HiGHS's tolerances).

    Moving from node to node changes bounds only, so HiGHS re-solves from the basis it holds
    (dual simplex for the LP losses) instead of building and solving each node from scratch.
    The model is rebuilt when the search tightens L, U (a new incumbent). All HiGHS calls run
    on the process's small-solve worker thread (:data:`milp_relu.backends.highs.small_solves`).
    """

    def __init__(self, problem: NodeProblem, seed: int = 0) -> None:
        if problem.relaxation != "hull":
            raise ValueError("the persistent node solver holds the hull relaxation only")
        self.problem = problem
        self.seed = int(seed)
        self._highs: highspy.Highs | None = None
        self._bounds: tuple[np.ndarray, np.ndarray] | None = None

    # -- layout --------------------------------------------------------------------------------
    def _aux(self) -> int:
        P = self.problem
        return {"squared": P.n, "absolute": 2 * P.n, "max": 1}[P.loss]

    def _build(self) -> highspy.Highs:
        P = self.problem
        n, k, width, m = P.n, P.k, P.width, P.num_theta
        nk = n * k
        nv = m + nk + self._aux()
        pairs_i, pairs_j = np.divmod(np.arange(nk), k)
        theta_cols = pairs_j[:, None] * width + np.arange(width)[None, :]     # (nk, width)
        xs = P.X1[pairs_i]                                                      # (nk, width)
        h_cols = m + np.arange(nk)
        L, U = P.lower.reshape(-1), P.upper.reshape(-1)
        cut = (L < 0.0) & (U > 0.0)
        slope = np.where(cut, U / np.where(cut, U - L, 1.0), 0.0)
        rows, cols, vals = [], [], []

        def add(r, c, v):
            rows.append(np.broadcast_to(r, np.shape(c)).ravel())
            cols.append(np.ravel(c))
            vals.append(np.broadcast_to(v, np.shape(c)).ravel())

        base = np.arange(nk)
        add(base, h_cols, 1.0)                                   # R1: h - p
        add(base[:, None], theta_cols, -xs)
        add(nk + base[:, None], theta_cols, xs)                  # R2: p
        add(2 * nk + base, h_cols, np.where(cut, 1.0, 0.0))      # R3: the chord
        add(2 * nk + base[:, None], theta_cols, -slope[:, None] * xs)
        r0 = 3 * nk
        loss_rows = 2 * n if P.loss == "max" else n
        radius0 = r0 + loss_rows
        f_rows = ([r0 + np.arange(n)] + ([r0 + n + np.arange(n)] if P.loss == "max" else [])
                  + [radius0 + np.arange(n)])
        for fr in f_rows:
            add(fr[pairs_i], h_cols, P.signs[pairs_j])
            if P.output_bias:
                add(fr, np.full(n, k * width), 1.0)
        aux = m + nk
        cost = np.zeros(nv)
        if P.loss == "squared":
            add(r0 + np.arange(n), aux + np.arange(n), -1.0)
            lo = hi = P.y
        elif P.loss == "absolute":
            add(r0 + np.arange(n), aux + np.arange(n), -1.0)
            add(r0 + np.arange(n), aux + n + np.arange(n), 1.0)
            cost[aux:] = np.r_[P.weights, P.weights]
            lo = hi = P.y
        else:
            add(r0 + np.arange(n), np.full(n, nv - 1), -1.0)
            add(r0 + n + np.arange(n), np.full(n, nv - 1), 1.0)
            cost[-1] = 1.0
            lo, hi = np.r_[np.full(n, -np.inf), P.y], np.r_[P.y, np.full(n, np.inf)]
        num_rows = radius0 + n
        A = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                          shape=(num_rows, nv))
        row_lo = np.r_[np.zeros(nk), L, np.full(nk, -np.inf), lo, np.full(n, -np.inf)]
        row_hi = np.r_[np.full(nk, np.inf), U, np.where(cut, -slope * L, np.inf), hi, np.full(n, np.inf)]
        box = np.tile(np.r_[np.full(width - 1, P.weight_bound), P.bias_bound], k)
        col_lo = np.r_[-box, [-np.inf] if P.output_bias else [], np.zeros(nk), np.full(nv - aux, -np.inf)]
        col_hi = np.r_[box, [np.inf] if P.output_bias else [], np.maximum(U, 0.0), np.full(nv - aux, np.inf)]
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        h.setOptionValue("random_seed", self.seed)
        h.HandleUserInterrupt = True
        lp = highs_lp(cost, 0.0, A, col_lo, col_hi, row_lo, row_hi, np.zeros(nv, dtype=bool))
        if h.passModel(lp) == highspy.HighsStatus.kError:
            raise RuntimeError("HiGHS rejected the node model")
        if P.loss == "squared":
            diag = np.zeros(nv)
            diag[aux:] = 2.0 * P.weights
            h.passHessian(diagonal_hessian(diag))
        self._bounds = (P.lower.copy(), P.upper.copy())
        self._nv, self._aux_start, self._nk = nv, aux, nk
        self._row_index = np.r_[np.arange(2 * nk), radius0 + np.arange(n)].astype(np.int32)
        self._col_index = np.arange(m, nv, dtype=np.int32)
        self._cost = cost
        return h

    def _current(self) -> highspy.Highs:
        P = self.problem
        if (self._highs is None or not np.array_equal(self._bounds[0], P.lower)
                or not np.array_equal(self._bounds[1], P.upper)):
            self._highs = self._build()
        return self._highs

    # -- one node -------------------------------------------------------------------------------
    def _state_bounds(self, state: np.ndarray):
        """Row bounds of R1, R2 and column bounds of h and the loss columns for ``state``."""
        P = self.problem
        s = state.reshape(-1)
        L, U = P.lower.reshape(-1), P.upper.reshape(-1)
        on, off = s == ON, s == OFF
        r1_hi = np.where(on, 0.0, np.inf)
        r2_lo = np.where(on, np.maximum(L, 0.0), L)
        r2_hi = np.where(off, np.minimum(U, 0.0), U)
        h_lo = np.where(on, np.maximum(L, 0.0), 0.0)
        h_hi = np.where(off, 0.0, np.maximum(U, 0.0))
        R = np.full(P.n, np.inf) if P.radius is None else np.asarray(P.radius, dtype=np.float64)
        a_lo = np.full(P.n, -np.inf) if P.loss == "squared" else np.zeros(self._nv - self._aux_start)
        a_hi = np.full(a_lo.size, np.inf)
        row_lo = np.r_[np.zeros(self._nk), r2_lo, P.y - R]
        row_hi = np.r_[r1_hi, r2_hi, P.y + R]
        col_lo = np.r_[h_lo, a_lo]
        col_hi = np.r_[h_hi, a_hi]
        return row_lo, row_hi, col_lo, col_hi

    def _solve(self, state: np.ndarray, time_limit: float | None) -> NodeSolution:
        h = self._current()
        row_lo, row_hi, col_lo, col_hi = self._state_bounds(state)
        if np.any(row_lo > row_hi) or np.any(col_lo > col_hi):
            return NodeSolution("infeasible")
        h.changeRowsBounds(self._row_index.size, self._row_index, _inf(row_lo), _inf(row_hi))
        h.changeColsBounds(self._col_index.size, self._col_index, _inf(col_lo), _inf(col_hi))
        h.setOptionValue("time_limit", run_time_limit(h, time_limit))
        status = self._run(h)
        if status == "unknown" and self.problem.loss == "squared":
            # as _run_highs: HiGHS's regularised active-set QP can cycle on degenerate nodes
            h.setOptionValue("qp_regularization_value", 0.0)
            h.clearSolver()
            status = self._run(h)
            h.setOptionValue("qp_regularization_value", self._default_regularisation)
        if status != "optimal":
            return NodeSolution(status)
        x = np.asarray(h.getSolution().col_value, dtype=np.float64)
        P = self.problem
        m, aux = P.num_theta, self._aux_start
        value = float(self._cost @ x)
        if P.loss == "squared":
            r = x[aux:]
            value = float(np.dot(P.weights, r * r))
        hv = x[m:aux].reshape(P.n, P.k)
        out = np.where(state == FREE, hv, np.nan)
        return NodeSolution("optimal", max(value, 0.0), x[:m].copy(), out)

    def _run(self, h: highspy.Highs) -> str:
        if not hasattr(self, "_default_regularisation"):
            self._default_regularisation = h.getOptionValue("qp_regularization_value")[1]
            h.setOptionValue("qp_iteration_limit", 2000 + 100 * self._nv)
        h.run()
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            return "optimal"
        if status == highspy.HighsModelStatus.kInfeasible:
            return "infeasible"
        return "unknown"

    def solve(self, state: np.ndarray, time_limit: float | None = None) -> NodeSolution:
        """The relaxation's optimum at the node ``state`` (n, k), as :func:`solve_node` gives it."""
        return small_solves.call(self._solve, state, time_limit, cancel=lambda: self._highs)


def _inf(values: np.ndarray) -> np.ndarray:
    out = np.asarray(values, dtype=np.float64).copy()
    out[out == np.inf] = highspy.kHighsInf
    out[out == -np.inf] = -highspy.kHighsInf
    return out
