"""The max loss: L = max_i |r_i| (formulations/loss_max.md); sample weights are ignored.

Big-M model: one epigraph column tmax >= 0 with -tmax <= f_i - y_i <= tmax and cost tmax. A
linear program per pattern; labels scale it by sigma.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .base import Loss


class MaxLoss(Loss):
    """phi(r) = |r|; L = max_i |r_i| (unweighted)."""

    name = "max"
    tag = "max"
    weighted = False
    aggregate = "max"
    label_power = 1
    columns = ("tmax",)
    scalar_columns = ("tmax",)
    objective_text = "tmax = max_i |r_i|"

    def point_loss(self, r: np.ndarray) -> np.ndarray:
        return np.abs(r)

    def residual_radius(self, weights: np.ndarray, upper_bound: float) -> np.ndarray:
        return np.full(np.shape(weights), upper_bound)

    def surrogate_gradient(self, r: np.ndarray, smoothing: float) -> np.ndarray:
        # r^2: the pattern LP of the polish then optimises the true maximum
        return 2.0 * r

    def set_columns(self, ix, weights, col_lower, col_upper, cost) -> None:
        col_lower[ix.loss_vars["tmax"]] = 0.0
        cost[ix.loss_vars["tmax"]] = 1.0

    def add_rows(self, R: Any, ix, y: np.ndarray, weights: np.ndarray, add_output: Callable[..., None]) -> None:
        n, lv = y.size, ix.loss_vars
        so = R.block("max_upper", n, -np.inf, y)  # f_i - t <= y_i
        add_output(so, 1.0)
        R.add(so + np.arange(n), np.full(n, lv["tmax"].start), -1.0)
        so2 = R.block("max_lower", n, y, np.inf)  # f_i + t >= y_i
        add_output(so2, 1.0)
        R.add(so2 + np.arange(n), np.full(n, lv["tmax"].start), 1.0)

    def fill_columns(self, x, ix, r, weights) -> None:
        x[ix.loss_vars["tmax"]] = np.max(np.abs(r))

    def cap_columns(self, model, radius) -> None:
        lv = model.index.loss_vars
        model.col_upper[lv["tmax"]] = np.minimum(model.col_upper[lv["tmax"]], radius[:1])

    def brute_force_pattern(self, F, y, w, G, theta_bounds):
        from scipy.optimize import linprog

        n, nv = F.shape
        # min t s.t. -t <= F theta - y <= t
        c = np.concatenate([np.zeros(nv), [1.0]])
        A_ub = np.vstack([np.hstack([F, -np.ones((n, 1))]), np.hstack([-F, -np.ones((n, 1))]),
                          np.hstack([G, np.zeros((G.shape[0], 1))])])
        b_ub = np.concatenate([y, -y, np.zeros(G.shape[0])])
        res = linprog(c, A_ub=A_ub, b_ub=b_ub, bounds=theta_bounds + [(0, None)], method="highs")
        return res.x[:nv] if res.status == 0 else None

    def pyomo_objective(self, m: Any, y: np.ndarray, w: np.ndarray) -> None:
        import pyomo.environ as pyo

        m.tmax = pyo.Var(domain=pyo.NonNegativeReals)
        m.max_upper = pyo.Constraint(m.I, rule=lambda mm, i: mm.f[i] - mm.tmax <= float(y[i]))
        m.max_lower = pyo.Constraint(m.I, rule=lambda mm, i: mm.f[i] + mm.tmax >= float(y[i]))
        m.loss = pyo.Objective(expr=m.tmax, sense=pyo.minimize)

    def pulp_objective(self, prob: Any, f: dict, y: np.ndarray, w: np.ndarray) -> dict[str, Any]:
        tmax = prob.add_variable("tmax", 0.0)
        prob += tmax, "loss"
        for i in range(y.size):
            prob += f[i] - tmax <= float(y[i]), f"max_upper_{i}"
            prob += f[i] + tmax >= float(y[i]), f"max_lower_{i}"
        return {"tmax": tmax}
