"""Independent checks: brute-force exact training for tiny instances.

The brute force shares no code with the MILP path. It enumerates the activation patterns
each unit can take -- the dichotomies of the points by an affine hyperplane, found with small
feasibility LPs -- and, for every sign split and every combination of unit patterns (unordered
within a sign group), solves the pattern's convex problem directly, as the loss object states it
(``Loss.brute_force_pattern``, milp_relu.losses): an LP (scipy.optimize.linprog) for the absolute
and max losses, a QP (a dense HiGHS QP built here) for the squared and Huber losses. Its
cost grows like (#dichotomies)^k, so it is for n <= 8, d <= 2, k <= 2 (Arora, Basu, Mianjy,
Mukherjee, "Understanding Deep Neural Networks with Rectified Linear Units", ICLR 2018, bound the
number of patterns the same way).

Why strict dichotomies suffice: a network whose pre-activation vanishes at some points is, after
a generic perturbation of (w_j, b_j), strictly positive or negative there, and the pattern it
then has contains all points where p_ij > 0 and none where p_ij < 0; the network itself is
feasible for that pattern's closed constraints (p_ij >= 0 on, p_ij <= 0 off).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import highspy
import numpy as np
from scipy.optimize import linprog

from .losses import Loss, get_loss
from .network import ReLUNetwork


def affine_dichotomies(X: np.ndarray) -> list[np.ndarray]:
    """All subsets P of the rows of X with some (w, b): w.x + b > 0 on P and < 0 off P.

    Built point by point: a dichotomy of the first m + 1 points extends one of the first m, so
    each candidate costs one feasibility LP (w.x + b >= 1 on P, <= -1 off P, by scaling).
    """
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    found: list[tuple[bool, ...]] = [()]
    for m in range(n):
        grown: list[tuple[bool, ...]] = []
        for prefix in found:
            for side in (True, False):
                candidate = prefix + (side,)
                if _strictly_separable(X[: m + 1], np.array(candidate)):
                    grown.append(candidate)
        found = grown
    return [np.array(p, dtype=bool) for p in found]


def _strictly_separable(X: np.ndarray, on: np.ndarray) -> bool:
    m, d = X.shape
    sign = np.where(on, -1.0, 1.0)  # on: -(w.x + b) <= -1 ; off: w.x + b <= -1
    A = sign[:, None] * np.column_stack([X, np.ones(m)])
    res = linprog(np.zeros(d + 1), A_ub=A, b_ub=-np.ones(m), bounds=[(None, None)] * (d + 1), method="highs")
    return res.status == 0


@dataclass
class BruteForceResult:
    """Optimum of the brute force, the network attaining it, and how many convex problems it solved."""

    loss: float
    network: ReLUNetwork
    problems: int


def brute_force_fit(X: np.ndarray, y: np.ndarray, k: int, loss: str | Loss, weight_bound: float = 1.0,
                    bias_bound: float | None = None, sample_weight: np.ndarray | None = None,
                    signs: int | None = None, output_bias: bool = False,
                    huber_delta: float | None = None) -> BruteForceResult:
    """Exact optimum by enumerating sign splits and activation patterns (tiny instances only).

    Parameters mirror :func:`milp_relu.fit`; ``signs`` is None (every split) or p, the number
    of positive units.
    """
    loss = get_loss(loss, huber_delta=huber_delta)
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    bias_bound = weight_bound if bias_bound is None else bias_bound
    patterns = affine_dichotomies(X)
    splits = range(k + 1) if signs is None else [int(signs)]
    best_loss, best_net, count = math.inf, None, 0
    for p in splits:
        s = np.array([1.0] * p + [-1.0] * (k - p))
        for pos in itertools.combinations_with_replacement(range(len(patterns)), p):
            for neg in itertools.combinations_with_replacement(range(len(patterns)), k - p):
                unit_patterns = np.array([patterns[q] for q in pos + neg]).reshape(k, n)
                count += 1
                solved = _pattern_problem(X, y, w, s, unit_patterns, loss, weight_bound, bias_bound, output_bias)
                if solved is None:
                    continue
                network = solved
                value = loss.evaluate(network.predict(X) - y, w).value
                if value < best_loss:
                    best_loss, best_net = value, network
    assert best_net is not None  # the all-off pattern (the zero network) is always feasible
    return BruteForceResult(best_loss, best_net, count)


def _pattern_problem(X: np.ndarray, y: np.ndarray, w: np.ndarray, s: np.ndarray, on: np.ndarray,
                     loss: str | Loss, weight_bound: float, bias_bound: float, output_bias: bool) -> ReLUNetwork | None:
    """Solve the convex problem of one activation pattern; variables (W, b, c, loss vars)."""
    loss = get_loss(loss)
    n, d = X.shape
    k = s.size
    Xa = np.column_stack([X, np.ones(n)])  # p_ij = Xa_i . (w_j, b_j)
    nv = k * (d + 1) + (1 if output_bias else 0)
    # f = F @ theta, theta = (w_1, b_1, ..., w_k, b_k, c)
    F = np.zeros((n, nv))
    G_rows = []  # sign constraints as G theta <= 0
    for j in range(k):
        block = slice(j * (d + 1), (j + 1) * (d + 1))
        F[:, block] += s[j] * on[j][:, None] * Xa
        G = np.zeros((n, nv))
        G[:, block] = np.where(on[j], -1.0, 1.0)[:, None] * Xa
        G_rows.append(G)
    if output_bias:
        F[:, -1] = 1.0
    G = np.vstack(G_rows)
    theta_bounds = []
    for _ in range(k):
        theta_bounds += [(-weight_bound, weight_bound)] * d + [(-bias_bound, bias_bound)]
    if output_bias:
        theta_bounds.append((None, None))
    theta = loss.brute_force_pattern(F, y, w, G, theta_bounds)
    if theta is None:
        return None
    W = np.array([theta[j * (d + 1): j * (d + 1) + d] for j in range(k)])
    b = np.array([theta[j * (d + 1) + d] for j in range(k)])
    W = np.clip(W, -weight_bound, weight_bound)
    b = np.clip(b, -bias_bound, bias_bound)
    return ReLUNetwork(W, b, s, float(theta[-1]) if output_bias else 0.0)


def _least_squares_qp(F: np.ndarray, y: np.ndarray, w: np.ndarray, G: np.ndarray, theta_bounds: list) -> np.ndarray | None:
    """min (F theta - y)' diag(w) (F theta - y) s.t. G theta <= 0, box: a dense HiGHS QP.

    HiGHS's QP solver fails on a few degenerate pattern QPs (about one in a thousand here,
    status "Solve error"). Those are solved instead by SLSQP from theta = 0 (always feasible):
    the problem is convex, so its local optimum is global, and the caller evaluates the loss of
    the returned point exactly either way. If that fails too the brute force refuses to answer
    instead of skipping the pattern.
    """
    status, theta = _dense_qp(F, y, w, G, theta_bounds, 0.0)
    if status == "Infeasible":
        return None
    if status == "Optimal":
        return theta
    return _slsqp(F, y, w, G, theta_bounds)


def _slsqp(F: np.ndarray, y: np.ndarray, w: np.ndarray, G: np.ndarray, theta_bounds: list) -> np.ndarray:
    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        r = F @ theta - y
        return float(np.dot(w, r * r)), 2.0 * F.T @ (w * r)

    return slsqp_pattern(objective, F.shape[1], G, theta_bounds)


def slsqp_pattern(objective, nv: int, G: np.ndarray, theta_bounds: list) -> np.ndarray:
    """SLSQP from theta = 0 (always feasible) on a smooth convex pattern objective (value,
    gradient) subject to G theta <= 0 and the box; RuntimeError if it ends infeasible."""
    from scipy.optimize import minimize

    res = minimize(objective, np.zeros(nv), jac=True, method="SLSQP", bounds=theta_bounds,
                   constraints=[{"type": "ineq", "fun": lambda t: -(G @ t), "jac": lambda t: -G}],
                   options={"ftol": 1e-15, "maxiter": 2000})
    # SLSQP often ends with "positive directional derivative" at the optimum; any feasible
    # point is acceptable here, since a suboptimal one could only make a test fail, not pass
    lo = np.array([-np.inf if a is None else a for a, _ in theta_bounds])
    hi = np.array([np.inf if b is None else b for _, b in theta_bounds])
    if np.max(G @ res.x, initial=0.0) > 1e-9 or np.any(res.x < lo - 1e-12) or np.any(res.x > hi + 1e-12):
        raise RuntimeError(f"brute force: a pattern QP could not be solved ({res.message})")
    return np.clip(res.x, lo, hi)


def _dense_qp(F: np.ndarray, y: np.ndarray, w: np.ndarray, G: np.ndarray, theta_bounds: list,
              regularisation: float) -> tuple[str, np.ndarray | None]:
    """min sum_i w_i (F_i theta - y_i)^2 (+ regularisation |theta|^2 / 2) s.t. G theta <= 0."""
    nv = F.shape[1]
    Q = 2.0 * F.T @ (w[:, None] * F) + regularisation * np.eye(nv)
    q = -2.0 * F.T @ (w * y)
    lower = np.array([-np.inf if lo is None else lo for lo, _ in theta_bounds], dtype=float)
    upper = np.array([np.inf if hi is None else hi for _, hi in theta_bounds], dtype=float)
    return dense_qp(Q, q, float(np.dot(w, y * y)), G, np.full(G.shape[0], -np.inf), np.zeros(G.shape[0]),
                    lower, upper)


def dense_qp(Q: np.ndarray, c: np.ndarray, offset: float, A: np.ndarray, row_lower: np.ndarray,
             row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray) -> tuple[str, np.ndarray | None]:
    """min 1/2 x'Qx + c'x + offset s.t. row_lower <= A x <= row_upper, col bounds: a dense HiGHS QP
    (Q symmetric positive semidefinite). Returns HiGHS's model status and x when optimal."""
    nv = c.size
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)  # HiGHS keeps one thread pool per process: milp_relu uses 1
    h.setOptionValue("qp_iteration_limit", 5000)
    inf = highspy.kHighsInf
    lp = highspy.HighsLp()
    lp.num_col_ = nv
    lp.num_row_ = A.shape[0]
    lp.col_cost_ = np.asarray(c, dtype=float)
    lp.offset_ = float(offset)
    lp.col_lower_ = np.where(np.isfinite(col_lower), col_lower, -inf).astype(float)
    lp.col_upper_ = np.where(np.isfinite(col_upper), col_upper, inf).astype(float)
    lp.row_lower_ = np.where(np.isfinite(row_lower), row_lower, -inf).astype(float)
    lp.row_upper_ = np.where(np.isfinite(row_upper), row_upper, inf).astype(float)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    nz = np.nonzero(A)
    counts = np.bincount(nz[0], minlength=A.shape[0])
    lp.a_matrix_.start_ = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    lp.a_matrix_.index_ = nz[1].astype(np.int32)
    lp.a_matrix_.value_ = A[nz]
    lp.a_matrix_.num_col_ = nv
    lp.a_matrix_.num_row_ = A.shape[0]
    hess = highspy.HighsHessian()
    hess.dim_ = nv
    hess.format_ = highspy.HessianFormat.kTriangular
    starts, index, values = [0], [], []
    for col in range(nv):
        rows = np.arange(col, nv)
        vals = Q[col:, col]
        keep = vals != 0
        index.extend(rows[keep].tolist())
        values.extend(vals[keep].tolist())
        starts.append(len(index))
    hess.start_ = np.array(starts, dtype=np.int32)
    hess.index_ = np.array(index, dtype=np.int32)
    hess.value_ = np.array(values, dtype=float)
    model = highspy.HighsModel()
    model.lp_ = lp
    model.hessian_ = hess
    h.passModel(model)
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    x = np.asarray(h.getSolution().col_value, dtype=float) if status == "Optimal" else None
    return status, x
