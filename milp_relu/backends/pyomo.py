"""The big-M formulation as a Pyomo ``ConcreteModel`` (indexed variables and constraints).

For users who work in Pyomo and want another solver: the model is the one
:func:`milp_relu.formulation.build_big_m` builds (same rows, same per-point big-M, same
symmetry rows; catalogue in formulations/), written the way a Pyomo user would write it.
Absolute and max losses give a MILP (any MILP solver, e.g. ``appsi_highs``); the squared
loss gives the MIQP min sum_i omega_i r_i^2 (the Huber loss a similar one), which needs an MIQP solver (SCIP through
``solver="scip"``, Gurobi, CPLEX); HiGHS cannot solve it. :func:`network_from_pyomo` reads the network back.

Example::

    from milp_relu.backends.pyomo import build_pyomo, solve_pyomo
    m = build_pyomo(dataset, FormulationOptions(k=2, loss="absolute"))
    result = solve_pyomo(m, solver="highs")
    result["objective"], result["network"].predict(X)
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..bounds import big_m_bounds
from ..data import Dataset
from ..errors import InputError, SolverError
from ..formulation import FormulationOptions
from ..network import ReLUNetwork


def build_pyomo(dataset: Dataset, options: FormulationOptions,
                lower: np.ndarray | None = None, upper: np.ndarray | None = None):
    """A ``pyomo.environ.ConcreteModel`` of the big-M formulation.

    Components: sets ``I`` (points), ``J`` (units), ``L`` (features); variables ``W[j,l]``,
    ``b[j]``, ``c`` (with an output bias), ``h[i,j]``, ``z[i,j]`` (binary), with sign binaries
    ``sgn[j]`` and ``g[i,j]``; loss variables ``ep[i]``, ``em[i]`` (absolute), ``tmax`` (max) or
    ``r[i]`` (squared), ``u[i]``, ``vp[i]``, ``vm[i]`` (Huber; each loss object adds its own,
    ``Loss.pyomo_objective``); expression ``f[i]``; objective ``loss``.
    """
    import pyomo.environ as pyo

    X, y, w = dataset.X, dataset.y, dataset.weights
    n, d = X.shape
    k = int(options.k)
    Lb, Ub, Up = big_m_bounds(X, k, options.weight_bound, options.bias_bound, lower, upper)
    signs = None if options.signs is None else [float(s) for s in options.signs]

    m = pyo.ConcreteModel(name="milp_relu_big_m")
    m.I = pyo.RangeSet(0, n - 1)
    m.J = pyo.RangeSet(0, k - 1)
    m.L = pyo.RangeSet(0, d - 1)
    m.W = pyo.Var(m.J, m.L, bounds=(-options.weight_bound, options.weight_bound))
    m.b = pyo.Var(m.J, bounds=(-options.bias_bound, options.bias_bound))
    if options.output_bias:
        m.c = pyo.Var()
    m.h = pyo.Var(m.I, m.J, bounds=lambda _, i, j: (0.0, float(Up[i, j])))
    m.z = pyo.Var(m.I, m.J, domain=pyo.Binary)
    for i in range(n):
        for j in range(k):
            if Ub[i, j] <= 0.0:
                m.z[i, j].fix(0)  # decided off by the bounds
            elif Lb[i, j] >= 0.0:
                m.z[i, j].fix(1)  # decided on

    def pre(mm, i, j):
        return sum(float(X[i, l]) * mm.W[j, l] for l in range(d) if X[i, l] != 0.0) + mm.b[j]

    m.relu_ge_pre = pyo.Constraint(m.I, m.J, rule=lambda mm, i, j: mm.h[i, j] >= pre(mm, i, j))
    m.relu_le_pre = pyo.Constraint(
        m.I, m.J, rule=lambda mm, i, j: mm.h[i, j] <= pre(mm, i, j) - float(Lb[i, j]) * (1 - mm.z[i, j]))
    m.relu_le_onoff = pyo.Constraint(m.I, m.J, rule=lambda mm, i, j: mm.h[i, j] <= float(Up[i, j]) * mm.z[i, j])

    _add_output(m, options, signs, Up)

    options.loss.pyomo_objective(m, y, w)  # the loss's columns, rows and objective m.loss

    if options.symmetry and k > 1:
        _add_symmetry(m, options, signs, k)
    m._milp_relu_options = options
    return m


def _add_output(m, options: FormulationOptions, signs: list[float] | None, Up: np.ndarray) -> None:
    """Add the expression f[i] = sum_j s_j h[i,j] (+ c), with the sign binaries and products g when signs are free."""
    import pyomo.environ as pyo

    if signs is None:
        m.sgn = pyo.Var(m.J, domain=pyo.Binary)
        m.g = pyo.Var(m.I, m.J, bounds=lambda _, i, j: (0.0, float(Up[i, j])))
        m.prod_le_h = pyo.Constraint(m.I, m.J, rule=lambda mm, i, j: mm.g[i, j] <= mm.h[i, j])
        m.prod_le_sign = pyo.Constraint(m.I, m.J, rule=lambda mm, i, j: mm.g[i, j] <= float(Up[i, j]) * mm.sgn[j])
        m.prod_ge = pyo.Constraint(
            m.I, m.J, rule=lambda mm, i, j: mm.g[i, j] >= mm.h[i, j] - float(Up[i, j]) * (1 - mm.sgn[j]))

        def f_rule(mm, i):
            return sum(2 * mm.g[i, j] - mm.h[i, j] for j in mm.J) + (mm.c if options.output_bias else 0)
    else:
        def f_rule(mm, i):
            return sum(signs[j] * mm.h[i, j] for j in mm.J) + (mm.c if options.output_bias else 0)
    m.f = pyo.Expression(m.I, rule=f_rule)


def _add_symmetry(m, options: FormulationOptions, signs: list[float] | None, k: int) -> None:
    """Add the symmetry rows: biases ordered within equal signs (free signs: positive units first)."""
    import pyomo.environ as pyo

    if signs is not None:
        pairs = [j for j in range(k - 1) if signs[j] == signs[j + 1]]
        if pairs:
            m.symmetry_bias = pyo.Constraint(pairs, rule=lambda mm, j: mm.b[j] >= mm.b[j + 1])
    else:
        B = float(options.bias_bound)
        m.symmetry_sign = pyo.Constraint(range(k - 1), rule=lambda mm, j: mm.sgn[j] >= mm.sgn[j + 1])
        m.symmetry_bias = pyo.Constraint(
            range(k - 1), rule=lambda mm, j: mm.b[j] - mm.b[j + 1] + 2 * B * (mm.sgn[j] - mm.sgn[j + 1]) >= 0)


def network_from_pyomo(m) -> ReLUNetwork:
    """Read W, b, signs and c from a solved model (clipped to the boxes against round-off)."""
    options: FormulationOptions = m._milp_relu_options
    k, d = len(m.J), len(m.L)
    W = np.array([[m.W[j, l].value or 0.0 for l in range(d)] for j in range(k)], dtype=float)
    b = np.array([m.b[j].value or 0.0 for j in range(k)], dtype=float)
    if options.signs is not None:
        s = np.asarray(options.signs, dtype=float)
    else:
        s = np.array([1.0 if (m.sgn[j].value or 0.0) > 0.5 else -1.0 for j in range(k)])
    c = float(m.c.value or 0.0) if options.output_bias else 0.0
    W = np.clip(W, -options.weight_bound, options.weight_bound)
    b = np.clip(b, -options.bias_bound, options.bias_bound)
    return ReLUNetwork(W, b, s, c)


def fix_pattern(m, pattern: np.ndarray, signs: np.ndarray | None = None) -> None:
    """Fix the activation binaries z (and the sign binaries) to a pattern and make them
    continuous: what remains is the pattern's convex LP / QP (for the squared loss a QP that
    HiGHS solves). The pattern's units must be in the model's symmetry order (see
    :func:`fix_network_pattern`)."""
    import pyomo.environ as pyo

    pattern = np.asarray(pattern).reshape(len(m.I), len(m.J))
    for (i, j), var in m.z.items():
        var.domain = pyo.UnitInterval
        var.fix(int(pattern[i, j] > 0))
    if signs is not None and hasattr(m, "sgn"):
        for j, var in m.sgn.items():
            var.domain = pyo.UnitInterval
            var.fix(int(signs[j] > 0))


def fix_network_pattern(m, network: ReLUNetwork, X: np.ndarray) -> None:
    """:func:`fix_pattern` at ``network``'s activation pattern on X, its units put in the order
    the symmetry rows ask for (positive units first, then by decreasing bias)."""
    order = np.lexsort((-network.b, -network.s))
    pattern = network.pattern(X)[:, order]
    fix_pattern(m, pattern, network.s[order])


def solve_pyomo(m, solver: str = "highs", time_limit: float | None = None,
                rel_gap: float = 1e-6, abs_gap: float = 1e-6, threads: int = 1) -> dict[str, Any]:
    """Solve with a Pyomo solver and return status, objective, bound and the network.

    ``solver``: "highs" (Pyomo's HiGHS interface: MILP, and the convex QP of a fixed pattern),
    "scip" (Pyomo's SCIP interface through pyscipopt: also the squared loss's MIQP),
    "appsi_highs" (the older APPSI HiGHS interface, linear only), or any name
    ``pyomo.environ.SolverFactory`` knows (gurobi, cplex, cbc, ...). ``threads`` defaults to 1,
    like milp_relu's own HiGHS runs (HiGHS keeps one thread pool per process).
    """
    import pyomo.environ as pyo

    options: FormulationOptions = m._milp_relu_options
    integer_free = all(v.fixed for v in m.z.values()) and (not hasattr(m, "sgn") or all(v.fixed for v in m.sgn.values()))
    if options.loss.quadratic and not integer_free and solver.endswith("highs"):
        raise InputError(f"the {options.loss.name} loss gives an MIQP, which HiGHS cannot solve; use an MIQP solver "
                         "(solver='scip' through pyscipopt, gurobi) or fix the pattern (fix_pattern) for the convex QP")
    if solver in ("highs", "scip"):
        found, status, bound = _solve_contrib(m, solver, time_limit, rel_gap, abs_gap, threads)
    elif solver == "appsi_highs":
        found, status, bound = _solve_appsi(m, time_limit, rel_gap, abs_gap, threads)
    else:
        found, status, bound = _solve_factory(m, solver, time_limit)
    objective = pyo.value(m.loss) if found else None
    return {"status": status, "objective": objective,
            "lower_bound": None if bound is None or not math.isfinite(bound) else float(bound),
            "network": network_from_pyomo(m) if found else None}


def _solve_contrib(m, solver: str, time_limit: float | None, rel_gap: float, abs_gap: float,
                   threads: int) -> tuple[bool, str, Any]:
    """Solve with Pyomo's new HiGHS or SCIP interface; return (found, status, bound)."""
    # Pyomo's new solver interfaces: HiGHS (LP, MILP, convex QP) and SCIP through pyscipopt
    # (also MIQP). Both are in-process.
    if solver == "highs":
        from pyomo.contrib.solver.solvers.highs import Highs as Solver
    else:
        from pyomo.contrib.solver.solvers.scip.scip_direct import ScipDirect as Solver
    opt = Solver()
    if not opt.available():
        raise SolverError(f"Pyomo's {solver!r} interface is not available here (is its Python package installed?)")
    kwargs: dict[str, Any] = {"rel_gap": float(rel_gap), "abs_gap": float(abs_gap), "load_solutions": False,
                              "raise_exception_on_nonoptimal_result": False, "threads": int(threads)}
    if time_limit is not None:
        kwargs["time_limit"] = float(time_limit)
    results = opt.solve(m, **kwargs)
    found = results.incumbent_objective is not None
    if found:
        results.solution_loader.load_vars()
    status = str(results.termination_condition).split(".")[-1]
    return found, status, results.objective_bound


def _solve_appsi(m, time_limit: float | None, rel_gap: float, abs_gap: float,
                 threads: int) -> tuple[bool, str, Any]:
    """Solve with Pyomo's older APPSI HiGHS interface; return (found, status, bound)."""
    from pyomo.contrib.appsi.solvers import Highs

    opt = Highs()
    if not opt.available():
        raise SolverError("Pyomo's appsi_highs is not available here")
    opt.config.load_solution = False
    opt.config.stream_solver = False
    if time_limit is not None:
        opt.config.time_limit = float(time_limit)
    opt.config.mip_gap = float(rel_gap)
    opt.highs_options = {"mip_abs_gap": float(abs_gap), "threads": int(threads)}
    results = opt.solve(m)
    found = results.best_feasible_objective is not None
    if found:
        results.solution_loader.load_vars()
    status = str(results.termination_condition).split(".")[-1]
    return found, status, results.best_objective_bound


def _solve_factory(m, solver: str, time_limit: float | None) -> tuple[bool, str, float | None]:
    """Solve with any ``pyomo.environ.SolverFactory`` solver; return (found, status, bound)."""
    import pyomo.environ as pyo
    from pyomo.opt import TerminationCondition

    opt = pyo.SolverFactory(solver)
    if not opt.available(exception_flag=False):
        raise SolverError(f"Pyomo solver {solver!r} is not available here")
    kwargs = {"timelimit": time_limit} if time_limit is not None else {}
    results = opt.solve(m, load_solutions=False, **kwargs)
    tc = results.solver.termination_condition
    status = str(tc)
    found = tc in (TerminationCondition.optimal, TerminationCondition.maxTimeLimit,
                   TerminationCondition.feasible) and len(results.solution) > 0
    if found:
        m.solutions.load_from(results)
    bound = results.problem.lower_bound
    bound = float(bound) if isinstance(bound, (int, float)) else None
    return found, status, bound
