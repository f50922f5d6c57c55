"""The Huber loss: L = sum_i omega_i huber_delta(r_i), delta > 0 in label units.

huber_delta(r) = r^2 / 2 for |r| <= delta and delta (|r| - delta / 2) otherwise: the convention of
``scipy.special.huber(delta, r)`` (quadratic with curvature 1 near 0, slope delta far out; large
delta gives half the squared loss, small delta about delta times the absolute loss).

Big-M model (its infimal-convolution form): huber_delta(r) = min over r = u + v of
u^2 / 2 + delta |v|. Columns u (boxed to |u| <= delta, where an optimal split always lies),
vp, vm >= 0 (v = vp - vm) and the epigraph t; rows f_i - u_i - vp_i + vm_i = y_i; objective
sum_i t_i + delta omega_i (vp_i + vm_i) with t_i >= omega_i u_i^2 / 2.

The residual rows are multiplied by s_i = max(delta, 1) omega_i, and the columns hold
s_i vp_i, s_i vm_i (cost min(delta, 1) each), as the absolute loss puts its weight on its
columns: a solver's feasibility error e in a residual row then moves the objective by at most e,
not by delta omega_i e (with delta = 10 SCIP's native MIQP stopped 3e-6 short of the optimum, its
bound was the optimum of rows relaxed by its tolerance). The quadratic part is
handled like the squared loss's: on HiGHS by outer approximation with tangent cuts
t_i >= omega_i (u* u_i - u*^2 / 2); exported, as a diagonal Hessian omega_i on u_i.

The columns hold u / rho and t / rho^2 with rho = min(delta, 1) (``epigraph_cost`` = rho^2 is
t's cost): with a small delta the quadratic part is of size delta^2, below HiGHS's absolute
feasibility tolerance (1e-6) on the cuts, so unscaled the master's bound fell short of the loss
by n omega delta^2 / 2 and the gap never closed (delta = 1e-3: status "error"). Scaled, every
column is of size 1 again.

Units: huber_delta(sigma r) = sigma^2 huber_{delta / sigma}(r), so with labels divided by sigma
the internal loss is the Huber loss of delta / sigma and the loss scales by sigma^2.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .base import Loss, check_positive_finite


class HuberLoss(Loss):
    """phi(r) = huber_delta(r); L = sum_i omega_i huber_delta(r_i).

    Parameters
    ----------
    huber_delta : float
        delta > 0, finite, in the labels' units.
    """

    name = "huber"
    tag = "hub"
    PARAMETERS = ("huber_delta",)
    label_power = 2
    quadratic = True
    enumerable = False  # the pattern enumeration's per-pattern solves are LPs or squared-loss forms
    columns = ("u", "vp", "vm", "t")
    quadratic_column = "u"
    quadratic_weight = 0.5
    objective_text = ("sum_i t_i + min(delta, 1) (vp_i + vm_i), columns vp, vm = max(delta, 1) omega_i v "
                      "(outer-approximation master)")
    miqp_objective_text = ("sum_i (omega_i rho^2 u_i^2 / 2 + min(delta, 1) (vp_i + vm_i)), column u_i = the "
                           "quadratic share / rho, rho = min(delta, 1), columns vp, vm = max(delta, 1) omega_i v "
                           "(quadratic objective section)")

    def __init__(self, huber_delta: Any = None) -> None:
        if huber_delta is None:
            from ..errors import InputError

            raise InputError("the huber loss needs huber_delta (a positive finite number, in label units)")
        self.delta = check_positive_finite(huber_delta, "huber_delta")
        self.rho = min(self.delta, 1.0)  # the columns hold u / rho and t / rho^2
        self.epigraph_cost = self.rho * self.rho

    def params(self) -> dict[str, float]:
        return {"huber_delta": self.delta}

    def point_loss(self, r: np.ndarray) -> np.ndarray:
        a = np.abs(r)
        d = self.delta
        return np.where(a <= d, 0.5 * r * r, d * (a - 0.5 * d))

    def in_label_units(self, label: float) -> "HuberLoss":
        return HuberLoss(self.delta / label)

    def residual_radius(self, weights: np.ndarray, upper_bound: float) -> np.ndarray:
        c = upper_bound / weights  # huber(r_i) <= c_i
        d = self.delta
        return np.where(c <= 0.5 * d * d, np.sqrt(2.0 * c), c / d + 0.5 * d)

    def tolerance_rows(self, n: int) -> int:
        return n

    def surrogate_gradient(self, r: np.ndarray, smoothing: float) -> np.ndarray:
        return np.clip(r, -self.delta, self.delta)

    def row_scale(self, weights: np.ndarray) -> np.ndarray:
        """s_i = max(delta, 1) omega_i: the residual rows' factor, and what vp, vm carry."""
        return max(self.delta, 1.0) * np.asarray(weights, dtype=float)

    def set_columns(self, ix, weights, col_lower, col_upper, cost) -> None:
        lv, d = ix.loss_vars, self.delta
        col_lower[lv["u"]], col_upper[lv["u"]] = -d / self.rho, d / self.rho
        for key in ("vp", "vm"):
            col_lower[lv[key]] = 0.0
            cost[lv[key]] = min(d, 1.0)  # delta omega_i v_i = min(delta, 1) (s_i v_i)
        col_lower[lv["t"]] = 0.0
        cost[lv["t"]] = self.epigraph_cost

    def add_rows(self, R: Any, ix, y: np.ndarray, weights: np.ndarray, add_output: Callable[..., None]) -> None:
        n, lv = y.size, ix.loss_vars
        s = self.row_scale(weights)
        # s_i f_i - s_i rho (u_i / rho) - (s_i vp_i) + (s_i vm_i) = s_i y_i
        so = R.block("residual", n, s * y, s * y)
        add_output(so, 1.0, s)
        rows = so + np.arange(n)
        R.add(rows, lv["u"].start + np.arange(n), -self.rho * s)
        R.add(rows, lv["vp"].start + np.arange(n), -1.0)
        R.add(rows, lv["vm"].start + np.arange(n), 1.0)

    def quadratic_points(self, r: np.ndarray) -> np.ndarray:
        return np.clip(np.asarray(r, dtype=float), -self.delta, self.delta) / self.rho

    def fill_columns(self, x, ix, r, weights) -> None:
        lv = ix.loss_vars
        u = np.clip(r, -self.delta, self.delta)
        v = r - u
        s = self.row_scale(weights)
        x[lv["u"]] = u / self.rho
        x[lv["vp"]] = s * np.maximum(v, 0.0)
        x[lv["vm"]] = s * np.maximum(-v, 0.0)
        x[lv["t"]] = self.epigraph(u / self.rho, weights)

    def cap_columns(self, model, radius) -> None:
        # an optimal split has |u_i| <= min(|r_i|, delta) and |v_i| <= |r_i| <= R_i
        lv = model.index.loss_vars
        cap = np.minimum(radius, self.delta) / self.rho
        model.col_lower[lv["u"]] = np.maximum(model.col_lower[lv["u"]], -cap)
        model.col_upper[lv["u"]] = np.minimum(model.col_upper[lv["u"]], cap)
        s_radius = self.row_scale(model.dataset.weights) * radius
        for key in ("vp", "vm"):
            model.col_upper[lv[key]] = np.minimum(model.col_upper[lv[key]], s_radius)

    def brute_force_pattern(self, F, y, w, G, theta_bounds):
        """The convex QP in (theta, u, vp, vm): min sum_i omega_i (u_i^2 / 2 + delta (vp_i + vm_i))
        s.t. F theta - u - vp + vm = y, G theta <= 0, the box; a dense HiGHS QP, SLSQP on the
        smooth (C^1) objective in theta alone where HiGHS's QP fails."""
        from ..verify import dense_qp, slsqp_pattern

        n, nv = F.shape
        d = self.delta
        m = nv + 3 * n
        Q = np.zeros(m)
        Q[nv:nv + n] = w
        c = np.concatenate([np.zeros(nv + n), d * w, d * w])
        A = np.vstack([np.hstack([F, -np.eye(n), -np.eye(n), np.eye(n)]),
                       np.hstack([G, np.zeros((G.shape[0], 3 * n))])])
        row_lo = np.concatenate([y, np.full(G.shape[0], -np.inf)])
        row_hi = np.concatenate([y, np.zeros(G.shape[0])])
        lo = [(-np.inf if a is None else a) for a, _ in theta_bounds] + [-d] * n + [0.0] * (2 * n)
        hi = [(np.inf if b is None else b) for _, b in theta_bounds] + [d] * n + [np.inf] * (2 * n)
        status, x = dense_qp(np.diag(Q), c, 0.0, A, row_lo, row_hi, np.array(lo), np.array(hi))
        if status == "Infeasible":
            return None
        if status == "Optimal":
            return x[:nv]

        def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
            r = F @ theta - y
            return float(np.dot(w, self.point_loss(r))), F.T @ (w * np.clip(r, -d, d))

        return slsqp_pattern(objective, F.shape[1], G, theta_bounds)

    def pyomo_objective(self, m: Any, y: np.ndarray, w: np.ndarray) -> None:
        import pyomo.environ as pyo

        d = self.delta
        m.u = pyo.Var(m.I, bounds=(-d, d))
        m.vp = pyo.Var(m.I, domain=pyo.NonNegativeReals)
        m.vm = pyo.Var(m.I, domain=pyo.NonNegativeReals)
        m.residual = pyo.Constraint(m.I, rule=lambda mm, i: mm.f[i] - mm.u[i] - mm.vp[i] + mm.vm[i] == float(y[i]))
        m.loss = pyo.Objective(expr=sum(float(w[i]) * (0.5 * m.u[i] ** 2 + d * (m.vp[i] + m.vm[i])) for i in m.I),
                               sense=pyo.minimize)
