"""Valid bounds L_ij <= w_j . x_i + b_j <= U_ij on the pre-activations.

Interval arithmetic over the boxes |W_jl| <= omega, |b_j| <= beta gives
|p_ij| <= omega * ||x_i||_1 + beta (formulations/big_m_relu.md). Every big-M in the formulation is
taken from these per-point bounds, never from a global constant.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .losses import Loss


def interval_preactivation_bounds(X: np.ndarray, k: int, weight_bound: float, bias_bound: float) -> tuple[np.ndarray, np.ndarray]:
    """Per-point, per-unit bounds from the boxes.

    Returns
    -------
    lower, upper : arrays of shape (n, k)
        ``upper = omega ||x_i||_1 + beta`` and ``lower = -upper`` for every unit.
    """
    radius = weight_bound * np.abs(X).sum(axis=1) + bias_bound
    upper = np.repeat(radius[:, None], k, axis=1)
    return -upper, upper.copy()


def global_preactivation_bounds(X: np.ndarray, k: int, weight_bound: float, bias_bound: float) -> tuple[np.ndarray, np.ndarray]:
    """One big-M for every point: omega * max_i ||x_i||_1 + beta (what a hand-written model uses;
    kept for the benchmark's ablation, never the default)."""
    radius = weight_bound * float(np.abs(X).sum(axis=1).max(initial=0.0)) + bias_bound
    upper = np.full((X.shape[0], k), radius)
    return -upper, upper.copy()


def residual_radius(weights: np.ndarray, loss: "str | Loss", upper_bound: float) -> np.ndarray:
    """R_i with |f(x_i) - y_i| <= R_i for every network of loss <= ``upper_bound``.

    Each term of the loss is at most the whole loss; the loss object turns that into a radius
    (``Loss.residual_radius``: omega_i r_i^2 <= UB squared, omega_i |r_i| <= UB absolute,
    |r_i| <= UB max, omega_i huber(r_i) <= UB Huber). A relative and absolute slack of 1e-7
    keeps the incumbent itself (and anything tied with it) inside, whatever the round-off.
    """
    from .network import as_loss

    ub = max(float(upper_bound), 0.0)
    w = np.asarray(weights, dtype=np.float64)
    radius = as_loss(loss).residual_radius(w, ub)
    return radius * (1.0 + 1e-7) + 1e-7


def sign_pure(signs) -> bool:
    """Whether all output signs agree (all +1 or all -1): the splits whose output bounds each
    unit (:func:`sign_pure_unit_bounds`, the monotone pairs of the formulation)."""
    s = np.asarray(signs, dtype=np.float64)
    return bool(np.all(s > 0) or np.all(s < 0))


def sign_pure_unit_bounds(y: np.ndarray, radius: np.ndarray, signs: tuple[float, ...],
                          lower: np.ndarray, upper: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Pre-activation bounds implied by |f(x_i) - y_i| <= R_i when all output signs agree.

    All positive (no output bias): f_i = sum_j h_ij >= h_ij >= p_ij, so p_ij <= y_i + R_i; with
    k = 1 also h_i = f_i >= y_i - R_i, so p_i >= y_i - R_i where that is positive. All negative:
    the same with -y_i. Valid for every network of loss <= UB (the ones that can still improve).
    Returns None when the signs are mixed (no per-unit bound follows from the output alone).
    """
    if not sign_pure(signs):
        return None
    target = y if float(signs[0]) > 0 else -y
    lower = np.array(lower, dtype=np.float64, copy=True)
    upper = np.array(upper, dtype=np.float64, copy=True)
    upper = np.minimum(upper, (target + radius)[:, None])
    if len(signs) == 1:
        need = target - radius
        lower = np.where(need[:, None] > 0, np.maximum(lower, need[:, None]), lower)
    return lower, upper


def polytope_obbt(X: np.ndarray, lower: np.ndarray, upper: np.ndarray, weight_bound: float,
                  bias_bound: float, time_budget: float = 2.0) -> tuple[np.ndarray, np.ndarray] | None:
    """Optimisation-based tightening for a unit whose feasible (w, b) set is the polytope
    {box, L_i <= w.x_i + b <= U_i for the tightened rows}: max and min of w.x_i + b over it,
    one small LP (d + 1 columns) per point and side, all on one warm-started HiGHS instance.

    ``lower``/``upper`` are one column (n,) shared by every unit of a sign-pure split. Points
    whose sign is already decided are skipped. Returns the tightened (lower, upper), or None if
    the polytope is empty (no network of the split beats the incumbent).
    """
    import time

    import highspy

    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    radius = weight_bound * np.abs(X).sum(axis=1) + bias_bound
    rows = np.flatnonzero((upper < radius - 1e-12) | (lower > -radius + 1e-12))
    if rows.size == 0:
        return lower, upper
    h = _unit_polytope_lp(X, rows, lower, upper, radius, weight_bound, bias_bound)
    lower = lower.copy()
    upper = upper.copy()
    undecided = np.flatnonzero((lower < 0) & (upper > 0))
    cols = np.arange(d + 1, dtype=np.int32)
    deadline = time.perf_counter() + time_budget
    for i in undecided:
        if time.perf_counter() > deadline:
            break
        coef = np.concatenate([X[i], [1.0]])
        for sense in (1.0, -1.0):  # min then max of w.x_i + b
            h.changeColsCost(d + 1, cols, sense * coef)
            h.run()
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kInfeasible:
                return None
            if status != highspy.HighsModelStatus.kOptimal:
                continue
            value = sense * h.getInfo().objective_function_value
            # a margin for the LP's tolerances: bounds must stay valid, not razor-tight
            margin = 1e-7 * (1.0 + abs(value))
            if sense > 0:
                lower[i] = max(lower[i], value - margin)
            else:
                upper[i] = min(upper[i], value + margin)
            if lower[i] >= 0 or upper[i] <= 0:
                break
    return lower, upper


def _unit_polytope_lp(X: np.ndarray, rows: np.ndarray, lower: np.ndarray, upper: np.ndarray, radius: np.ndarray,
                      weight_bound: float, bias_bound: float) -> Any:
    """Return a one-thread HiGHS LP over (w, b) in the box with L_i <= w.x_i + b <= U_i on ``rows``."""
    import highspy

    d = X.shape[1]
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    lo_col = np.concatenate([np.full(d, -weight_bound), [-bias_bound]])
    hi_col = -lo_col
    h.addVars(d + 1, lo_col, hi_col)
    A = np.column_stack([X[rows], np.ones(rows.size)])
    row_lo = np.where(lower[rows] > -radius[rows] + 1e-12, lower[rows], -inf)
    row_hi = np.where(upper[rows] < radius[rows] - 1e-12, upper[rows], inf)
    starts = (np.arange(rows.size) * (d + 1)).astype(np.int32)
    idx = np.tile(np.arange(d + 1, dtype=np.int32), rows.size)
    h.addRows(rows.size, row_lo, row_hi, A.size, starts, idx, A.reshape(-1))
    return h


def big_m_bounds(X: np.ndarray, k: int, weight_bound: float, bias_bound: float,
                 lower: np.ndarray | None = None, upper: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The (n, k) arrays L, U and U+ = max(U, 0) that a big-M model uses.

    ``lower`` and ``upper`` are tightened bounds when the caller has them, else the interval
    bounds from the boxes are used.
    """
    n = X.shape[0]
    if lower is None or upper is None:
        lower, upper = interval_preactivation_bounds(X, k, weight_bound, bias_bound)
    L = np.asarray(lower, dtype=float).reshape(n, k)
    U = np.asarray(upper, dtype=float).reshape(n, k)
    return L, U, np.maximum(U, 0.0)
