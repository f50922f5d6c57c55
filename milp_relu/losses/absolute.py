"""The absolute loss: L = sum_i omega_i |r_i| (formulations/loss_absolute.md).

Big-M model: omega_i f_i - ep_i + em_i = omega_i y_i with ep, em >= 0 and cost ep_i + em_i. The
weights sit on the loss columns, so a feasibility error of the solver in a row moves the objective
by that error, not omega_i times it. A linear program per pattern; labels scale it by sigma.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .base import Loss


class AbsoluteLoss(Loss):
    """phi(r) = |r|; L = sum_i omega_i |r_i|."""

    name = "absolute"
    tag = "abs"
    label_power = 1
    columns = ("ep", "em")
    objective_text = "sum_i omega_i (ep_i + em_i) = sum_i omega_i |r_i|"

    def point_loss(self, r: np.ndarray) -> np.ndarray:
        return np.abs(r)

    def residual_radius(self, weights: np.ndarray, upper_bound: float) -> np.ndarray:
        return upper_bound / weights

    def tolerance_rows(self, n: int) -> int:
        return n

    def surrogate_gradient(self, r: np.ndarray, smoothing: float) -> np.ndarray:
        return r / np.sqrt(r * r + smoothing * smoothing)

    def set_columns(self, ix, weights, col_lower, col_upper, cost) -> None:
        for key in ("ep", "em"):
            col_lower[ix.loss_vars[key]] = 0.0
            cost[ix.loss_vars[key]] = 1.0

    def add_rows(self, R: Any, ix, y: np.ndarray, weights: np.ndarray, add_output: Callable[..., None]) -> None:
        n, w, lv = y.size, weights, ix.loss_vars
        # omega_i f_i - ep_i + em_i = omega_i y_i: ep, em carry the weight, so a feasibility
        # error of the solver in this row moves the objective by that error, not omega_i times it
        so = R.block("residual", n, w * y, w * y)
        add_output(so, 1.0, w)
        R.add(so + np.arange(n), lv["ep"].start + np.arange(n), -1.0)
        R.add(so + np.arange(n), lv["em"].start + np.arange(n), 1.0)

    def fill_columns(self, x, ix, r, weights) -> None:
        x[ix.loss_vars["ep"]] = weights * np.maximum(r, 0.0)
        x[ix.loss_vars["em"]] = weights * np.maximum(-r, 0.0)

    def cap_columns(self, model, radius) -> None:
        lv = model.index.loss_vars
        cap = model.dataset.weights * radius
        model.col_upper[lv["ep"]] = np.minimum(model.col_upper[lv["ep"]], cap)
        model.col_upper[lv["em"]] = np.minimum(model.col_upper[lv["em"]], cap)

    def brute_force_pattern(self, F, y, w, G, theta_bounds):
        from scipy.optimize import linprog

        n, nv = F.shape
        # min w.(e+ + e-) s.t. F theta - e+ + e- = y
        c = np.concatenate([np.zeros(nv), w, w])
        A_eq = np.hstack([F, -np.eye(n), np.eye(n)])
        A_ub = np.hstack([G, np.zeros((G.shape[0], 2 * n))])
        bounds = theta_bounds + [(0, None)] * (2 * n)
        res = linprog(c, A_ub=A_ub, b_ub=np.zeros(G.shape[0]), A_eq=A_eq, b_eq=y, bounds=bounds, method="highs")
        return res.x[:nv] if res.status == 0 else None

    def pyomo_objective(self, m: Any, y: np.ndarray, w: np.ndarray) -> None:
        import pyomo.environ as pyo

        m.ep = pyo.Var(m.I, domain=pyo.NonNegativeReals)
        m.em = pyo.Var(m.I, domain=pyo.NonNegativeReals)
        m.residual = pyo.Constraint(m.I, rule=lambda mm, i: mm.f[i] - mm.ep[i] + mm.em[i] == float(y[i]))
        m.loss = pyo.Objective(expr=sum(float(w[i]) * (m.ep[i] + m.em[i]) for i in m.I), sense=pyo.minimize)

    def pulp_objective(self, prob: Any, f: dict, y: np.ndarray, w: np.ndarray) -> dict[str, Any]:
        import pulp

        I = range(y.size)
        ep = prob.add_variable_dicts("ep", I, 0.0)
        em = prob.add_variable_dicts("em", I, 0.0)
        prob += pulp.lpSum(float(w[i]) * (ep[i] + em[i]) for i in I), "loss"
        for i in I:
            prob += f[i] - ep[i] + em[i] == float(y[i]), f"residual_{i}"
        return {"ep": ep, "em": em}
