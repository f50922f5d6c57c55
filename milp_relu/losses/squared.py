"""The squared loss: L = sum_i omega_i r_i^2 (formulations/loss_squared.md).

Big-M model: a free residual column r_i with f_i - r_i = y_i and the weighted epigraph
t_i >= omega_i r_i^2 (cost 1 on t), held by tangent cuts t_i >= omega_i (2 r* r_i - r*^2): the
outer-approximation master on HiGHS (which cannot solve MIQP); exported, the epigraph is dropped
and 2 omega_i goes on the Hessian's diagonal at r_i. Labels scale it by sigma^2.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .base import Loss


class SquaredLoss(Loss):
    """phi(r) = r^2; L = sum_i omega_i r_i^2."""

    name = "squared"
    tag = "sq"
    label_power = 2
    quadratic = True
    merges_by_mean = True
    columns = ("r", "t")
    quadratic_column = "r"
    quadratic_weight = 1.0
    objective_text = "sum_i omega_i t_i (outer-approximation master)"
    miqp_objective_text = "sum_i omega_i r_i^2 (quadratic objective section)"

    def point_loss(self, r: np.ndarray) -> np.ndarray:
        return r * r

    def weighted_point_loss(self, r: np.ndarray, weights: np.ndarray) -> np.ndarray:
        return weights * r * r

    def residual_radius(self, weights: np.ndarray, upper_bound: float) -> np.ndarray:
        return np.sqrt(upper_bound / weights)

    def surrogate_gradient(self, r: np.ndarray, smoothing: float) -> np.ndarray:
        return 2.0 * r

    def set_columns(self, ix, weights, col_lower, col_upper, cost) -> None:
        col_lower[ix.loss_vars["t"]] = 0.0
        cost[ix.loss_vars["t"]] = 1.0

    def add_rows(self, R: Any, ix, y: np.ndarray, weights: np.ndarray, add_output: Callable[..., None]) -> None:
        n = y.size
        so = R.block("residual", n, y, y)  # f_i - r_i = y_i
        add_output(so, 1.0)
        R.add(so + np.arange(n), ix.loss_vars["r"].start + np.arange(n), -1.0)

    def fill_columns(self, x, ix, r, weights) -> None:
        x[ix.loss_vars["r"]] = r
        x[ix.loss_vars["t"]] = weights * r * r

    def cap_columns(self, model, radius) -> None:
        lv = model.index.loss_vars
        model.col_lower[lv["r"]] = np.maximum(model.col_lower[lv["r"]], -radius)
        model.col_upper[lv["r"]] = np.minimum(model.col_upper[lv["r"]], radius)

    def pattern_network(self, X, y, weights, pattern, signs, weight_bound, bias_bound, output_bias,
                        time_limit, seed):
        from ..pattern_qp import squared_pattern_network

        return squared_pattern_network(X, y, weights, pattern, signs, weight_bound, bias_bound,
                                       output_bias, time_limit, seed)

    def brute_force_pattern(self, F, y, w, G, theta_bounds):
        from ..verify import _least_squares_qp

        return _least_squares_qp(F, y, w, G, theta_bounds)

    def pyomo_objective(self, m: Any, y: np.ndarray, w: np.ndarray) -> None:
        import pyomo.environ as pyo

        m.r = pyo.Var(m.I)
        m.residual = pyo.Constraint(m.I, rule=lambda mm, i: mm.f[i] - mm.r[i] == float(y[i]))
        m.loss = pyo.Objective(expr=sum(float(w[i]) * m.r[i] ** 2 for i in m.I), sense=pyo.minimize)


