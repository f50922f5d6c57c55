"""Pyomo and PuLP adapters reach the same optimum as the direct HiGHS path (small instances)."""
from __future__ import annotations

import numpy as np
import pytest

from milp_relu.errors import InputError
from milp_relu.formulation import FormulationOptions
from milp_relu.generators import generate
from milp_relu.solve import fit


def close(a: float, b: float, tol: float = 1e-6) -> bool:
    return abs(a - b) <= tol * (1.0 + abs(b))


def data(loss: str, seed: int, n: int = 9, k: int = 2):
    return generate("planted", seed=seed, n=n, d=2, k=k, loss=loss, noise=0.1).dataset


CASES = [("absolute", None), ("absolute", (1.0, -1.0)), ("max", None), ("max", (1.0, 1.0))]


@pytest.mark.parametrize("loss, signs", CASES)
def test_pyomo_highs_matches_fit(loss, signs):
    from milp_relu.backends.pyomo import build_pyomo, solve_pyomo

    ds = data(loss, seed=11)
    p = None if signs is None else sum(1 for s in signs if s > 0)
    expected = fit(ds.X, ds.y, k=2, loss=loss, signs=p)
    m = build_pyomo(ds, FormulationOptions(k=2, loss=loss, signs=signs))
    result = solve_pyomo(m, solver="highs")
    assert close(result["objective"], expected.loss)
    # the network read back from Pyomo has that loss, verified in float64
    assert close(result["network"].loss(ds.X, ds.y, loss).value, expected.loss)
    assert len(m.z) == ds.n * 2 and len(m.W) == 2 * ds.d


@pytest.mark.parametrize("loss, signs, solver", [c + ("highs",) for c in CASES] + [("absolute", None, "cbc")])
def test_pulp_matches_fit(loss, signs, solver):
    from milp_relu.backends.pulp import build_pulp, cbc_solver, solve_pulp

    if solver == "cbc" and not cbc_solver().available():
        pytest.skip("CBC not available")
    ds = data(loss, seed=12)
    p = None if signs is None else sum(1 for s in signs if s > 0)
    expected = fit(ds.X, ds.y, k=2, loss=loss, signs=p)
    pm = build_pulp(ds, FormulationOptions(k=2, loss=loss, signs=signs))
    result = solve_pulp(pm, solver=solver)
    assert result["status"] == "Optimal"
    tol = 1e-6 if solver == "highs" else 1e-5  # CBC prints its objective to fewer digits
    assert close(result["objective"], expected.loss, tol)
    assert close(result["network"].loss(ds.X, ds.y, loss).value, expected.loss, tol)


def test_pulp_refuses_squared_loss_clearly():
    from milp_relu.backends.pulp import build_pulp

    with pytest.raises(InputError, match="PuLP has no quadratic objectives"):
        build_pulp(data("squared", 0), FormulationOptions(k=1, loss="squared"))


@pytest.mark.parametrize("signs", [None, (1.0, -1.0)])
def test_pyomo_squared_pattern_qp_matches_fit(signs):
    """HiGHS cannot solve the MIQP, but with fit's pattern fixed the Pyomo model is that
    pattern's convex QP, whose optimum is fit's loss."""
    from milp_relu.backends.pyomo import build_pyomo, fix_network_pattern, solve_pyomo

    ds = data("squared", seed=13)
    p = None if signs is None else 1
    expected = fit(ds.X, ds.y, k=2, loss="squared", signs=p)
    m = build_pyomo(ds, FormulationOptions(k=2, loss="squared", signs=signs))
    with pytest.raises(InputError, match="HiGHS cannot solve"):
        solve_pyomo(m, solver="highs")
    fix_network_pattern(m, expected.network, ds.X)
    result = solve_pyomo(m, solver="highs")
    assert close(result["objective"], expected.loss)


def test_pyomo_squared_miqp_with_scip_matches_fit():
    pytest.importorskip("pyscipopt")
    from milp_relu.backends.pyomo import build_pyomo, solve_pyomo

    ds = data("squared", seed=14, n=8)
    expected = fit(ds.X, ds.y, k=2, loss="squared")
    m = build_pyomo(ds, FormulationOptions(k=2, loss="squared"))
    result = solve_pyomo(m, solver="scip", rel_gap=1e-9, abs_gap=1e-9)
    assert close(result["objective"], expected.loss, 1e-5)
    assert close(result["network"].loss(ds.X, ds.y, "squared").value, expected.loss, 1e-5)


def test_adapters_have_the_rows_of_build_big_m():
    """Same variables and rows as the array formulation (counted by block)."""
    from milp_relu.backends.pulp import build_pulp
    from milp_relu.backends.pyomo import build_pyomo
    from milp_relu.formulation import build_big_m

    ds = data("absolute", seed=15, n=6)
    options = FormulationOptions(k=2, loss="absolute")
    milp = build_big_m(ds, options)
    pm = build_pulp(ds, options)
    assert len(pm.problem.constraints()) == milp.num_rows
    assert len(pm.problem.variables()) == milp.num_cols
    m = build_pyomo(ds, options)
    import pyomo.environ as pyo

    rows = sum(len(c) for c in m.component_objects(pyo.Constraint))
    cols = sum(len(v) for v in m.component_objects(pyo.Var))
    assert rows == milp.num_rows and cols == milp.num_cols
    assert np.count_nonzero(milp.integrality) == sum(1 for v in m.z.values()) + len(m.sgn)
