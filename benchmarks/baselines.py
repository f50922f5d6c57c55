"""The two baselines of benchmarks/run.py, written the way a user would write them by hand.

Baseline A (absolute and max losses): a Pyomo model built in Python loops, one global big-M
M = omega * max_i ||x_i||_1 + beta, no symmetry breaking, no warm start, no bound tightening;
each of the k + 1 sign splits is a separate model solved by HiGHS through Pyomo (appsi_highs,
threads=1) in the natural order p = 0..k, and the answer is the best split. This is deliberately
*not* milp_relu's Pyomo adapter (milp_relu/backends/pyomo.py), which exports milp_relu's own model.

Baseline B (squared loss): SCIP's native MIQP on the same model milp_relu builds (per-point
big-M, symmetry rows, one model per sign split, the best loss so far handed to the next split as
SCIP's objective limit), passed through milp_relu's ScipBackend, which states omega_i r_i^2 as one
convex quadratic epigraph row per point.

Baseline G (all three losses): Gurobi through gurobipy, if installed -- the model a Gurobi user
would write: per-point big-M from the boxes (milp_relu's interval bounds), each sign split in turn
with the best loss so far as Gurobi's Cutoff, Threads 1, MIPGap and MIPGapAbs 1e-6. The squared
loss is Gurobi's native convex MIQP (objective r @ diag(omega) @ r of the linear residual
expression r = h s - y, no residual variables), the absolute loss uses e+ and e- variables and
the max loss an epigraph variable. The pip wheel's size-limited licence (about 2,000 variables and
constraints, about 200 variables with a quadratic objective) stops larger models: the run then
reports status "over licence"; without gurobipy, "skipped: gurobipy not installed".

All return dict(status, time, loss, lower_bound): status "optimal" only when every split was
solved to optimality; loss is the best network's loss re-evaluated in float64 (baseline G with
milp_relu's own ReLUNetwork).
"""
from __future__ import annotations

import math
import time
import warnings
from typing import Any

import numpy as np


def _evaluate(X, y, w, W, b, s, loss):
    f = np.maximum(X @ W.T + b, 0.0) @ s
    r = f - y
    if loss == "squared":
        return float(np.sum(w * r * r))
    if loss == "absolute":
        return float(np.sum(w * np.abs(r)))
    return float(np.max(np.abs(r)))


def baseline_pyomo(X, y, k, loss, weight_bound=1.0, bias_bound=None, sample_weight=None,
                   time_limit=60.0, rel_gap=1e-6, abs_gap=1e-6):
    """Baseline A: hand-written Pyomo big-M model per sign split, HiGHS via appsi."""
    import pyomo.environ as pyo
    from pyomo.contrib.appsi.solvers import Highs

    started = time.perf_counter()
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    bb = weight_bound if bias_bound is None else bias_bound
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    M = weight_bound * float(np.abs(X).sum(axis=1).max()) + bb
    best, lower, all_optimal = math.inf, math.inf, True
    for p in range(k + 1):
        left = time_limit - (time.perf_counter() - started)
        if left <= 0:
            all_optimal = False
            lower = min(lower, 0.0)
            continue
        signs = [1.0] * p + [-1.0] * (k - p)
        m = pyo.ConcreteModel()
        m.J = pyo.RangeSet(0, k - 1)
        m.L = pyo.RangeSet(0, d - 1)
        m.I = pyo.RangeSet(0, n - 1)
        m.W = pyo.Var(m.J, m.L, bounds=(-weight_bound, weight_bound))
        m.b = pyo.Var(m.J, bounds=(-bb, bb))
        m.h = pyo.Var(m.I, m.J, bounds=(0, M))
        m.z = pyo.Var(m.I, m.J, within=pyo.Binary)
        m.cons = pyo.ConstraintList()
        for i in range(n):
            for j in range(k):
                pre = sum(m.W[j, l] * float(X[i, l]) for l in range(d)) + m.b[j]
                m.cons.add(m.h[i, j] >= pre)
                m.cons.add(m.h[i, j] <= pre + M * (1 - m.z[i, j]))
                m.cons.add(m.h[i, j] <= M * m.z[i, j])
        if loss == "absolute":
            m.ep = pyo.Var(m.I, within=pyo.NonNegativeReals)
            m.em = pyo.Var(m.I, within=pyo.NonNegativeReals)
            for i in range(n):
                m.cons.add(sum(signs[j] * m.h[i, j] for j in range(k)) - float(y[i]) == m.ep[i] - m.em[i])
            m.obj = pyo.Objective(expr=sum(float(w[i]) * (m.ep[i] + m.em[i]) for i in range(n)))
        elif loss == "max":
            m.t = pyo.Var(within=pyo.NonNegativeReals)
            for i in range(n):
                f = sum(signs[j] * m.h[i, j] for j in range(k))
                m.cons.add(f - float(y[i]) <= m.t)
                m.cons.add(float(y[i]) - f <= m.t)
            m.obj = pyo.Objective(expr=m.t)
        else:
            raise ValueError("baseline A covers the absolute and max losses (appsi_highs is linear only)")
        opt = Highs()
        opt.config.load_solution = False
        opt.config.time_limit = max(left, 0.01)
        opt.config.mip_gap = rel_gap
        opt.highs_options = {"threads": 1, "mip_abs_gap": abs_gap, "mip_rel_gap": rel_gap}
        res = opt.solve(m)
        tc = str(res.termination_condition)
        if res.best_feasible_objective is not None:
            res.solution_loader.load_vars()
            W = np.array([[pyo.value(m.W[j, l]) for l in range(d)] for j in range(k)])
            b = np.array([pyo.value(m.b[j]) for j in range(k)])
            best = min(best, _evaluate(X, y, w, W, b, np.array(signs), loss))
        bound = res.best_objective_bound
        lower = min(lower, bound if bound is not None and math.isfinite(bound) else 0.0)
        if "optimal" not in tc.lower():
            all_optimal = False
    return {"status": "optimal" if all_optimal else "time_limit", "time": time.perf_counter() - started,
            "loss": best, "lower_bound": lower}


def baseline_scip(X, y, k, loss, weight_bound=1.0, bias_bound=None, sample_weight=None,
                  time_limit=60.0, rel_gap=1e-6, abs_gap=1e-6):
    """Baseline B: SCIP's native MIQP on milp_relu's model, one sign split after another.

    The model goes to SCIP through milp_relu's own :class:`~milp_relu.backends.scip.ScipBackend`
    (the epigraph t costs nothing; ``omega_i r_i^2`` is the backend's quadratic objective, one
    epigraph row per point as before), with the best loss so far as the cut-off.
    """
    from milp_relu.backends.scip import ScipBackend
    from milp_relu.data import Dataset
    from milp_relu.formulation import FormulationOptions, build_big_m

    if loss != "squared":
        raise ValueError("baseline B is for the squared loss")
    started = time.perf_counter()
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    bb = weight_bound if bias_bound is None else bias_bound
    data = Dataset(X, y, sample_weight)
    w = data.weights
    best, lower, all_optimal = _evaluate(X, y, w, np.zeros((k, d)), np.zeros(k), np.ones(k), loss), math.inf, True
    for p in sorted(range(k + 1), key=lambda p: abs(p / k - float(np.mean(y > 0)))):
        left = time_limit - (time.perf_counter() - started)
        if left <= 0:
            all_optimal = False
            lower = min(lower, 0.0)
            continue
        signs = tuple([1.0] * p + [-1.0] * (k - p))
        model = build_big_m(data, FormulationOptions(k=k, loss="squared", weight_bound=weight_bound,
                                                     bias_bound=bb, signs=signs))
        lv = model.index.loss_vars
        model.cost[lv["t"]] = 0.0
        diagonal = np.zeros(model.num_cols)
        diagonal[lv["r"]] = 2.0 * w
        backend = ScipBackend(model)
        backend.set_quadratic(diagonal)
        raw = backend.solve(time_limit=max(left, 0.01), cutoff=best, rel_gap=rel_gap, abs_gap=abs_gap)
        if raw.x is not None:
            net = model.network_from_solution(raw.x)  # parameters clipped into the boxes
            best = min(best, _evaluate(X, y, w, net.W, net.b, np.array(signs), loss))
        if raw.status == "optimal":
            lower = min(lower, raw.bound)
        elif raw.status == "infeasible":
            lower = min(lower, best)  # nothing below the cut-off
        else:
            all_optimal = False
            lower = min(lower, max(raw.bound, 0.0))
    return {"status": "optimal" if all_optimal else "time_limit", "time": time.perf_counter() - started,
            "loss": best, "lower_bound": lower}


GUROBI_SKIPPED = "skipped: gurobipy not installed"
GUROBI_OVER_LICENCE = "over licence"


def gurobi_available() -> bool:
    """Whether gurobipy can be imported (baseline G is optional)."""
    try:
        import gurobipy  # noqa: F401
    except ImportError:
        return False
    return True


def _split_order(y: np.ndarray, k: int) -> list[int]:
    """Sign splits (p positive units), the one closest to the positive labels' share of the label
    mass sum(max(y, 0)) / sum(|y|) first (all-positive first when no label is negative)."""
    mass = float(np.sum(np.abs(y)))
    share = float(np.sum(np.maximum(y, 0.0))) / mass if mass > 0 else 0.5
    return sorted(range(k + 1), key=lambda p: (abs(p / k - share), -p))


def _gurobi_split_model(gp: Any, env: Any, X: np.ndarray, y: np.ndarray, w: np.ndarray, signs: list[float],
                        loss: str, weight_bound: float, bias_bound: float) -> tuple[Any, Any, Any]:
    """Gurobi's model for one sign split; returns (model, W, b) with W, b the parameter MVars."""
    from milp_relu.bounds import interval_preactivation_bounds

    n, d = X.shape
    k = len(signs)
    lower, upper = interval_preactivation_bounds(X, k, weight_bound, bias_bound)
    m = gp.Model(env=env)
    W = m.addMVar((k, d), lb=-weight_bound, ub=weight_bound)
    b = m.addMVar(k, lb=-bias_bound, ub=bias_bound)
    h = m.addMVar((n, k), lb=0.0, ub=np.maximum(upper, 0.0))
    z = m.addMVar((n, k), vtype=gp.GRB.BINARY)
    pre = X @ W.T + np.ones((n, 1)) @ b.reshape(1, k)
    m.addConstr(h >= pre)
    m.addConstr(h <= pre - lower * (1 - z))
    m.addConstr(h <= upper * z)
    r = h @ np.asarray(signs, dtype=float) - y
    if loss == "squared":
        with warnings.catch_warnings():  # gurobipy flags r @ r as a chained product; n is small here
            warnings.filterwarnings("ignore", "Chained matrix multiplications", RuntimeWarning)
            m.setObjective((r * w) @ r)
    elif loss == "absolute":
        ep = m.addMVar(n, lb=0.0)
        em = m.addMVar(n, lb=0.0)
        m.addConstr(r == ep - em)
        m.setObjective(w @ ep + w @ em)
    else:
        t = m.addVar(lb=0.0)
        m.addConstr(r <= t)
        m.addConstr(-r <= t)
        m.setObjective(1.0 * t)
    return m, W, b


def baseline_gurobi(X: np.ndarray, y: np.ndarray, k: int, loss: str, weight_bound: float = 1.0,
                    bias_bound: float | None = None, sample_weight: np.ndarray | None = None,
                    time_limit: float = 60.0, rel_gap: float = 1e-6, abs_gap: float = 1e-6) -> dict[str, Any]:
    """Baseline G: Gurobi on the per-point big-M model, one sign split after another.

    Returns dict(status, time, loss, lower_bound, nodes) plus ``note``; ``status`` is "optimal",
    "time_limit", :data:`GUROBI_SKIPPED` or :data:`GUROBI_OVER_LICENCE`. ``loss`` is the best
    network's loss recomputed by milp_relu's ReLUNetwork in float64 (parameters clipped into
    the boxes); ``network`` holds that network as a dict.
    """
    started = time.perf_counter()
    try:
        import gurobipy as gp
    except ImportError:
        return {"status": GUROBI_SKIPPED, "time": 0.0, "loss": math.nan, "lower_bound": math.nan,
                "note": "baseline G is optional: pip install gurobipy"}
    from milp_relu.backends.gurobi import SIZE_LIMITED_LICENCE
    from milp_relu.network import ReLUNetwork

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    bb = weight_bound if bias_bound is None else bias_bound
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    best_net = ReLUNetwork(np.zeros((k, d)), np.zeros(k), np.ones(k))
    best = best_net.loss(X, y, loss, w).value
    lower, all_optimal, nodes = math.inf, True, 0.0
    env = gp.Env(empty=True)
    env.setParam("OutputFlag", 0)
    env.start()
    for p in _split_order(y, k):
        left = time_limit - (time.perf_counter() - started)
        if left <= 0:
            all_optimal, lower = False, min(lower, 0.0)
            continue
        signs = [1.0] * p + [-1.0] * (k - p)
        m, W, b = _gurobi_split_model(gp, env, X, y, w, signs, loss, weight_bound, bb)
        for name, value in (("Threads", 1), ("MIPGap", rel_gap), ("MIPGapAbs", abs_gap),
                            ("TimeLimit", max(left, 0.01)), ("Cutoff", best)):
            m.setParam(name, value)
        try:
            m.optimize()
        except gp.GurobiError as exc:
            if exc.errno != SIZE_LIMITED_LICENCE:
                raise
            return {"status": GUROBI_OVER_LICENCE, "time": time.perf_counter() - started,
                    "loss": math.nan, "lower_bound": math.nan,
                    "note": f"{m.NumVars} variables, {m.NumConstrs} constraints, "
                            f"{'quadratic' if loss == 'squared' else 'linear'} objective: {exc}"}
        nodes += m.NodeCount
        if m.SolCount > 0:
            net = ReLUNetwork(np.clip(W.X, -weight_bound, weight_bound), np.clip(b.X, -bb, bb), np.array(signs))
            value = net.loss(X, y, loss, w).value
            if value < best:
                best, best_net = value, net
        if m.Status == gp.GRB.OPTIMAL:
            lower = min(lower, m.ObjBound)
        elif m.Status in (gp.GRB.CUTOFF, gp.GRB.INFEASIBLE):
            lower = min(lower, best)  # nothing below the cut-off in this split
        else:
            all_optimal, lower = False, min(lower, max(m.ObjBound, 0.0))
        m.dispose()
    env.dispose()
    return {"status": "optimal" if all_optimal else "time_limit", "time": time.perf_counter() - started,
            "loss": best, "lower_bound": lower, "nodes": nodes, "network": best_net.to_dict()}
