"""The big-M formulation as a PuLP problem (indexed variables and constraints).

The same model as :func:`milp_relu.formulation.build_big_m` (catalogue in formulations/),
written the way a PuLP user would, for solving with any solver PuLP drives (HiGHS through
highspy, CBC, SCIP, Gurobi, ...). PuLP has no quadratic objectives, so only the absolute and
max losses are offered; for the squared loss use the exported MIQP (.mps) or the Pyomo adapter.

Example::

    from milp_relu.backends.pulp import build_pulp, solve_pulp
    pm = build_pulp(dataset, FormulationOptions(k=2, loss="absolute"))
    result = solve_pulp(pm, solver="highs")
    result["objective"], result["network"]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..bounds import big_m_bounds
from ..data import Dataset
from ..errors import SolverError
from ..formulation import FormulationOptions
from ..network import ReLUNetwork


@dataclass
class PulpModel:
    """A PuLP problem and its variable dictionaries (keys (j, l), j, (i, j) or i)."""

    problem: Any
    options: FormulationOptions
    W: dict
    b: dict
    c: Any
    h: dict
    z: dict
    sgn: dict | None
    g: dict | None
    loss_vars: dict[str, Any]

    def network(self) -> ReLUNetwork:
        """Read W, b, signs and c from the solved problem."""
        o = self.options
        k = int(o.k)
        d = len(self.W) // k
        W = np.array([[self.W[j, l].value() or 0.0 for l in range(d)] for j in range(k)], dtype=float)
        b = np.array([self.b[j].value() or 0.0 for j in range(k)], dtype=float)
        if o.signs is not None:
            s = np.asarray(o.signs, dtype=float)
        else:
            s = np.array([1.0 if (self.sgn[j].value() or 0.0) > 0.5 else -1.0 for j in range(k)])
        c = float(self.c.value() or 0.0) if self.c is not None else 0.0
        return ReLUNetwork(np.clip(W, -o.weight_bound, o.weight_bound), np.clip(b, -o.bias_bound, o.bias_bound), s, c)


def build_pulp(dataset: Dataset, options: FormulationOptions,
               lower: np.ndarray | None = None, upper: np.ndarray | None = None) -> PulpModel:
    """A ``pulp.LpProblem`` of the big-M MILP (absolute or max loss; a loss with a quadratic part,
    squared or Huber, is refused: PuLP has no quadratic objectives)."""
    import pulp

    if options.loss.quadratic:
        options.loss.pulp_objective(None, {}, dataset.y, dataset.weights)  # raises the InputError
    X, y, w = dataset.X, dataset.y, dataset.weights
    n, d = X.shape
    k = int(options.k)
    Lb, Ub, Up = big_m_bounds(X, k, options.weight_bound, options.bias_bound, lower, upper)
    I, J, L = range(n), range(k), range(d)
    IJ = [(i, j) for i in I for j in J]

    prob = pulp.LpProblem("milp_relu_big_m", pulp.LpMinimize)
    W = prob.add_variable_dicts("W", [(j, l) for j in J for l in L], -options.weight_bound, options.weight_bound)
    b = prob.add_variable_dicts("b", J, -options.bias_bound, options.bias_bound)
    c = prob.add_variable("c") if options.output_bias else None
    h = {(i, j): prob.add_variable(f"h_{i}_{j}", 0.0, float(Up[i, j])) for i, j in IJ}
    z = {}
    for i, j in IJ:
        lo = 1 if Lb[i, j] >= 0.0 and Ub[i, j] > 0.0 else 0
        hi = 0 if Ub[i, j] <= 0.0 else 1
        z[i, j] = prob.add_variable(f"z_{i}_{j}", lo, hi, cat=pulp.LpBinary if lo < hi else pulp.LpContinuous)

    def pre(i: int, j: int):
        return pulp.lpSum(float(X[i, l]) * W[j, l] for l in L if X[i, l] != 0.0) + b[j]

    for i, j in IJ:
        prob += h[i, j] >= pre(i, j), f"relu_ge_pre_{i}_{j}"
        prob += h[i, j] <= pre(i, j) - float(Lb[i, j]) * (1 - z[i, j]), f"relu_le_pre_{i}_{j}"
        prob += h[i, j] <= float(Up[i, j]) * z[i, j], f"relu_le_onoff_{i}_{j}"
    sgn = g = None
    if options.signs is None:
        sgn = prob.add_variable_dicts("sgn", J, cat=pulp.LpBinary)
        g = {(i, j): prob.add_variable(f"g_{i}_{j}", 0.0, float(Up[i, j])) for i, j in IJ}
        for i, j in IJ:
            prob += g[i, j] <= h[i, j], f"prod_le_h_{i}_{j}"
            prob += g[i, j] <= float(Up[i, j]) * sgn[j], f"prod_le_sign_{i}_{j}"
            prob += g[i, j] >= h[i, j] - float(Up[i, j]) * (1 - sgn[j]), f"prod_ge_{i}_{j}"
        f = {i: pulp.lpSum(2 * g[i, j] - h[i, j] for j in J) + (c if c is not None else 0) for i in I}
    else:
        s = [float(v) for v in options.signs]
        f = {i: pulp.lpSum(s[j] * h[i, j] for j in J) + (c if c is not None else 0) for i in I}

    loss_vars: dict[str, Any] = options.loss.pulp_objective(prob, f, y, w)

    if options.symmetry and k > 1:
        _add_symmetry(prob, options, b, sgn, k)
    return PulpModel(prob, options, W, b, c, h, z, sgn, g, loss_vars)


def _add_symmetry(prob: Any, options: FormulationOptions, b: dict, sgn: dict | None, k: int) -> None:
    """Add the symmetry rows: biases ordered within equal signs (free signs: positive units first)."""
    if options.signs is not None:
        s = list(options.signs)
        for j in range(k - 1):
            if s[j] == s[j + 1]:
                prob += b[j] >= b[j + 1], f"symmetry_bias_{j}"
    else:
        B = float(options.bias_bound)
        for j in range(k - 1):
            prob += sgn[j] >= sgn[j + 1], f"symmetry_sign_{j}"
            prob += b[j] - b[j + 1] + 2 * B * (sgn[j] - sgn[j + 1]) >= 0, f"symmetry_bias_{j}"


def cbc_solver(time_limit: float | None = None, rel_gap: float = 1e-6, threads: int = 1) -> Any:
    """CBC through PuLP: a CBC on the path (``COIN_CMD``, PuLP 4.0's way) where there is one,
    else the binary PuLP 3 bundles (``PULP_CBC_CMD``; PuLP 4.0 drops it, and 3.3 says so with a
    DeprecationWarning on every construction, silenced here: the pin in pyproject.toml is 3.3.2)."""
    import warnings

    import pulp

    options = {"msg": False, "timeLimit": time_limit, "gapRel": rel_gap, "threads": threads}
    coin = pulp.COIN_CMD(**options)
    if coin.available():
        return coin
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="PULP_CBC_CMD is deprecated", category=DeprecationWarning)
        return pulp.PULP_CBC_CMD(**options)


def solve_pulp(pm: PulpModel, solver: str = "highs", time_limit: float | None = None,
               rel_gap: float = 1e-6, threads: int = 1) -> dict[str, Any]:
    """Solve with PuLP's HiGHS (highspy) or CBC and return status, objective and the network."""
    import pulp

    name = solver.lower()
    if name == "highs":
        cmd = pulp.HiGHS(msg=False, timeLimit=time_limit, gapRel=rel_gap, threads=threads)
    elif name == "cbc":
        cmd = cbc_solver(time_limit, rel_gap, threads)
    else:
        cmd = pulp.getSolver(solver, msg=False)
    if not cmd.available():
        raise SolverError(f"PuLP solver {solver!r} is not available here")
    pm.problem.solve(cmd)
    status = pulp.LpStatus[pm.problem.status]
    found = pm.problem.sol_status in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible)
    objective = pulp.value(pm.problem.objective) if found else None
    return {"status": status, "objective": objective, "network": pm.network() if found else None}
