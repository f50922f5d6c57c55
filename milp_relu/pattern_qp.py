"""The squared-loss problem of one activation pattern, in the network's own parameters.

With the pattern fixed (unit j on at point i: p_ij = w_j . x_i + b_j >= 0, off: p_ij <= 0) the
prediction is affine in theta = (w_1, b_1, ..., w_k, b_k, c): f_i = sum_j s_j [on_ij] p_ij + c.
Training on the pattern is the convex QP

    min_theta  sum_i omega_i (f_i(theta) - y_i)^2   s.t. the n k sign rows and the boxes,

with k (d + 1) (+ 1) variables and a dense Hessian 2 E' Omega E. The same problem written in the
big-M model's variables (h, r per point, formulations/big_m_relu.md) is highly degenerate, and HiGHS
1.16's active-set QP cycled on it to its iteration cap (0.2 s per call on a 12-point instance);
in this form it finishes in a few iterations. Used to polish candidate networks; every result is
re-evaluated in float64 by the caller, so a poor answer can cost time, never exactness.

Solvers: DAQP first (:mod:`milp_relu.backends.daqp_qp`, dense rows, up to ``DAQP_ENTRIES``
entries, primal tolerance ``DAQP_PRIMAL_TOL``), whose point is taken only where it keeps the
pattern (:func:`_feasible`) and :func:`~milp_relu.backends.highs.proven_optimal`'s float64 dual
sum proves it optimal to 1e-6 of the problem's scale; HiGHS's QP for everything else (DAQP's "infeasible" included: HiGHS decides). G3 complete N = 5: the warm start's nine
pattern QPs took 4 ms each on HiGHS, whose QP starts from a phase-1 vertex every time.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import scipy.sparse as sp

from .backends.daqp_qp import solve_dense_qp
from .backends.highs import proven_optimal, solve_small_qp
from .network import ReLUNetwork

#: The largest sign-row matrix (entries, n k x k (d + 1)) handed to DAQP dense; beyond it HiGHS
#: takes the sparse rows (n = 10,000, k = 3, d = 10 is 1e6 entries, 8 MB).
DAQP_ENTRIES = 2_000_000

#: DAQP's primal tolerance on pattern QPs. Its default, 1e-6, let a sign row be violated by
#: 2.8e-7 (a unit "on" at a point with p = -2.8e-7: the network then had another pattern; HiGHS
#: holds rows to 1e-7); the point is also checked (:func:`_feasible`), HiGHS taking the rest.
DAQP_PRIMAL_TOL = 1e-10


def _feasible(G: np.ndarray, row_lower: np.ndarray, row_upper: np.ndarray, col_lower: np.ndarray,
              col_upper: np.ndarray, x: np.ndarray) -> bool:
    """Whether ``x`` keeps the pattern's rows and the boxes to 1e-9 of their scale."""
    tol = 1e-9 * (1.0 + float(np.abs(G).max(initial=0.0)) * float(np.abs(x).max(initial=0.0)))
    p = G @ x
    return bool(np.all(p >= row_lower - tol) and np.all(p <= row_upper + tol)
                and np.all(x >= col_lower - tol) and np.all(x <= col_upper + tol))


def squared_pattern_network(X: np.ndarray, y: np.ndarray, weights: np.ndarray, pattern: np.ndarray,
                            signs: Sequence[float], weight_bound: float, bias_bound: float,
                            output_bias: bool = False, time_limit: float | None = None,
                            seed: int = 0) -> ReLUNetwork | None:
    """The best network with activation pattern ``pattern`` (n, k) for the squared loss.

    Returns None if neither DAQP's point nor HiGHS's is proven optimal (an infeasible pattern
    included).
    """
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    on = np.asarray(pattern, dtype=bool).reshape(n, -1)
    s = np.asarray(signs, dtype=np.float64)
    k = s.size
    width = d + 1
    m = k * width + (1 if output_bias else 0)
    A1 = np.concatenate([X, np.ones((n, 1))], axis=1)                       # (n, d + 1)
    E = np.zeros((n, m))
    for j in range(k):
        E[:, j * width:(j + 1) * width] = (s[j] * on[:, j])[:, None] * A1
    if output_bias:
        E[:, -1] = 1.0
    w = np.asarray(weights, dtype=np.float64)
    H = 2.0 * E.T @ (w[:, None] * E)
    cost = -2.0 * E.T @ (w * y)
    # sign rows: row (j, i) holds p_ij = A1[i] . theta_j
    on_rows = on.T.reshape(-1)
    row_lower = np.where(on_rows, 0.0, -np.inf)
    row_upper = np.where(on_rows, np.inf, 0.0)
    box = np.tile(np.r_[np.full(d, weight_bound), bias_bound], k)
    col_lower = np.r_[-box, [-np.inf] if output_bias else []]
    col_upper = np.r_[box, [np.inf] if output_bias else []]
    optimum_box = None
    if output_bias:
        # the best c for the rest is a weighted mean of y_i - g_i, |g_i| <= reach
        reach = k * (weight_bound * float(np.abs(X).sum(axis=1).max(initial=0.0)) + bias_bound)
        optimum_box = (np.r_[-box, float(np.min(y)) - reach - 1.0], np.r_[box, float(np.max(y)) + reach + 1.0])
    theta = None
    if n * k * m <= DAQP_ENTRIES:
        G = np.zeros((n * k, m))
        for j in range(k):
            G[j * n:(j + 1) * n, j * width:(j + 1) * width] = A1
        status, x, row_dual = solve_dense_qp(H, cost, G, row_lower, row_upper, col_lower, col_upper, time_limit,
                                             primal_tol=DAQP_PRIMAL_TOL)
        if (status == "optimal" and _feasible(G, row_lower, row_upper, col_lower, col_upper, x)
                and proven_optimal(H, cost, G, row_lower, row_upper, col_lower, col_upper, x, row_dual,
                                   time_limit, seed, optimum_box)):
            theta = x
    if theta is None:
        G = sp.block_diag([sp.csr_matrix(A1)] * k, format="csr")
        if output_bias:
            G = sp.hstack([G, sp.csr_matrix((n * k, 1))], format="csr")
        theta = solve_small_qp(H, cost, G, row_lower, row_upper, col_lower, col_upper, time_limit, seed,
                               optimum_box)
    if theta is None:
        return None
    params = theta[:k * width].reshape(k, width)
    return ReLUNetwork(params[:, :d].copy(), params[:, d].copy(), s.copy(),
                       float(theta[-1]) if output_bias else 0.0)
