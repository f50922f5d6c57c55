"""DAQP as the squared nodes' QP solver: its answers against HiGHS's, and none of them trusted."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from milp_relu import branch_and_bound_relaxation as relaxation
from milp_relu.backends import highs as highs_backend
from milp_relu.backends.daqp_qp import available, solve_dense_qp
from milp_relu.bounds import interval_preactivation_bounds
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON, NodeProblem, solve_node

pytestmark = pytest.mark.skipif(not available(), reason="daqp is a dependency: its import failed")


def _qp(seed: int, rank: int, m: int, infeasible: bool = False):
    """A convex QP of rank ``rank`` (semidefinite when rank < nv) in a box with m random rows."""
    rng = np.random.default_rng(seed)
    nv = 6
    G = rng.normal(size=(nv, rank))
    H, cost = G @ G.T, rng.normal(size=nv)
    A = rng.normal(size=(m, nv))
    lo = -np.abs(rng.normal(size=m)) - 0.1
    up = np.where(rng.random(m) < 0.5, np.inf, np.abs(rng.normal(size=m)) + 0.1)
    if infeasible and m >= 2:          # rows 0 and 1 ask a'x >= 1 and a'x <= -1
        A[1] = A[0]
        lo[0], up[0], lo[1], up[1] = 1.0, np.inf, -np.inf, -1.0
    box = np.ones(nv)
    return H, cost, A, lo, up, -box, box


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 6), st.integers(0, 9))
def test_daqp_optimum_and_multipliers_agree_with_highs(seed, rank, m):
    """The same optimum as HiGHS's QP (the LP when H = 0 is not asked of DAQP), and multipliers
    whose summed dual bound is tight (so the search needs no LP for the node's bound)."""
    H, cost, A, lo, up, cl, cu = _qp(seed, max(rank, 1), m)
    status, x, y = solve_dense_qp(H, cost, A, lo, up, cl, cu)
    reference = highs_backend.solve_small_qp(H, cost, sp.csr_matrix(A), lo, up, cl, cu)
    assert reference is not None and status == "optimal"
    value, best = 0.5 * x @ H @ x + cost @ x, 0.5 * reference @ H @ reference + cost @ reference
    assert value == pytest.approx(best, rel=1e-6, abs=1e-6)
    g = H @ x + cost
    summed = value - g @ x + highs_backend.dual_lower_bound(g, sp.csr_matrix(A), lo, up, cl, cu, y)
    assert best - 1e-6 * (1 + abs(best)) <= summed <= best + 1e-6 * (1 + abs(best))


def test_daqp_stops_at_its_time_limit_with_no_answer():
    rng = np.random.default_rng(0)
    nv, m = 300, 900
    G = rng.normal(size=(nv, nv))
    A = rng.normal(size=(m, nv))
    status, x, y = solve_dense_qp(G @ G.T, rng.normal(size=nv), A, np.full(m, -np.inf), np.abs(rng.normal(size=m)),
                                  -np.ones(nv), np.ones(nv), time_limit=1e-3)
    assert (status, x, y) == ("unknown", None, None)


@pytest.mark.parametrize("seed", range(5))
def test_daqp_reports_an_infeasible_qp(seed):
    H, cost, A, lo, up, cl, cu = _qp(seed, 3, 4, infeasible=True)
    assert solve_dense_qp(H, cost, A, lo, up, cl, cu)[0] == "infeasible"


def _node_problem(seed: int):
    rng = np.random.default_rng(seed)
    n, d, k = 6, 2, 2
    X = rng.uniform(-1, 1, (n, d))
    lower, upper = interval_preactivation_bounds(X, k, 1.0, 1.0)
    return NodeProblem(np.column_stack([X, np.ones(n)]), rng.normal(size=n), np.ones(n),
                       np.array([1.0, -1.0]), 1.0, 1.0, False, "squared", lower, upper)


def _states(seed: int, n: int = 6, k: int = 2):
    rng = np.random.default_rng(seed)
    state = np.full((n, k), FREE, dtype=np.int8)
    yield state.copy()
    for i, j in rng.permutation([(i, j) for i in range(n) for j in range(k)]):
        state[i, j] = rng.choice([ON, OFF])
        yield state.copy()


@pytest.mark.parametrize("seed", range(4))
def test_daqp_node_matches_highs_node(seed):
    """Every node of a random path: the same status and bound with DAQP as with HiGHS alone (up
    to HiGHS's QP tolerance: its points give tangent bounds up to 2e-7 below the optimum here,
    DAQP's within 1e-9 of Gurobi's)."""
    problem = _node_problem(seed)
    highs_only = NodeProblem(**{**problem.__dict__, "qp_solver": "highs"})
    for state in _states(seed):
        with_daqp, with_highs = solve_node(problem, state.copy()), solve_node(highs_only, state.copy())
        assert with_daqp.status == with_highs.status
        if with_daqp.status == "optimal":
            assert with_daqp.value == pytest.approx(with_highs.value, rel=1e-6, abs=1e-6)


@pytest.mark.parametrize("seed", range(3))
def test_a_false_infeasible_from_daqp_does_not_discard_a_node(monkeypatch, seed):
    """DAQP's "infeasible" is checked by HiGHS: a feasible node it wrongly calls infeasible is
    solved by HiGHS instead, with the same bound."""
    problem = _node_problem(seed)
    truth = [solve_node(problem, state.copy()) for state in _states(seed)]
    monkeypatch.setattr(relaxation, "solve_dense_qp", lambda *args: ("infeasible", None, None))
    for state, expected in zip(_states(seed), truth):
        got = solve_node(problem, state.copy())
        assert got.status == expected.status
        if got.status == "optimal":
            assert got.value == pytest.approx(expected.value, rel=1e-6, abs=1e-6)


@pytest.mark.parametrize("seed", range(3))
def test_a_poor_point_and_wrong_multipliers_from_daqp_still_give_a_valid_bound(monkeypatch, seed):
    """A point short of the optimum with wrong multipliers: the node's bound is still at most
    its optimum (the tangent LP at any point is a lower bound) and exact at a leaf."""
    problem = _node_problem(seed)
    truth = [solve_node(problem, state.copy()) for state in _states(seed)]
    rng = np.random.default_rng(seed)

    def poor(H, cost, A, *bounds_and_limit):
        status, x, y = solve_dense_qp(H, cost, A, *bounds_and_limit)
        if status != "optimal":
            return status, x, y
        return status, x + 0.05 * rng.normal(size=x.size), -np.abs(rng.normal(size=y.size))

    monkeypatch.setattr(relaxation, "solve_dense_qp", poor)
    for state, expected in zip(_states(seed), truth):
        got = solve_node(problem, state.copy())
        assert got.status == expected.status
        if got.status == "optimal":
            assert got.value <= expected.value + 1e-7 * (1 + abs(expected.value))


def test_no_interior_point_fallback_once_the_time_is_up(monkeypatch):
    """Where neither DAQP nor HiGHS answered within the node's time, the node is left unsolved
    (it keeps its parent's bound) instead of running trust-constr, which has no time limit."""
    problem = _node_problem(0)
    state = next(_states(0))
    monkeypatch.setattr(relaxation, "solve_dense_qp", lambda *args: ("unknown", None, None))
    monkeypatch.setattr(relaxation, "_run_highs", lambda *args: (None, None, "unknown"))
    called = []
    monkeypatch.setattr(relaxation, "_interior_point", lambda *args: called.append(1))
    assert solve_node(problem, state.copy(), time_limit=0.0).status == "unknown"
    assert not called
    solve_node(problem, state.copy(), time_limit=None)
    assert called      # with time left, the fallback runs
