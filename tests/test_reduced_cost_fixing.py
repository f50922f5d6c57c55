"""benchmarks/reduced_cost_fixing.py: its per-state bounds against the child nodes' LPs, and the
watch of a search (which must leave the search as it was)."""
from __future__ import annotations

import numpy as np
import pytest

import milp_relu
from milp_relu.bounds import interval_preactivation_bounds
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON, NodeProblem, PersistentNodeSolver
from milp_relu.generators import generate

from conftest import load_benchmark


@pytest.fixture(scope="module")
def fixing():
    return load_benchmark("reduced_cost_fixing")


def _solver(n: int, seed: int, signs):
    inst = generate("planted", seed=seed, n=n, d=3, k=2, inputs="ball", noise=0.05, loss="absolute")
    X, y = inst.dataset.X, inst.dataset.y
    lower, upper = interval_preactivation_bounds(X, 2, 1.0, 1.0)
    # the radius of UB = the loss of f = 0, as a search holds it (the e+- columns then have
    # finite sides, which the dual bound needs where HiGHS's reduced costs are -1e-16)
    radius = np.full(n, float(np.abs(y).sum()))
    problem = NodeProblem(np.column_stack([X, np.ones(n)]), y, np.ones(n), np.asarray(signs, dtype=float),
                          1.0, 1.0, False, "absolute", lower, upper, radius)
    return PersistentNodeSolver(problem, 0)


def _duals(solver) -> np.ndarray:
    return np.asarray(solver._highs.getSolution().row_dual, dtype=np.float64)


@pytest.mark.parametrize("signs, seed", [((1, -1), 0), ((1, 1), 1), ((1, -1), 2)])
def test_state_bounds_lie_below_the_child_lps(fixing, signs, seed):
    """Each pair's ON (OFF) bound bounds every point of the node's polytope with the pair ON
    (OFF), so it may not exceed that child's LP optimum; at nodes with some pairs fixed too."""
    solver = _solver(14, seed, signs)
    rng = np.random.default_rng(seed)
    n, k = 14, 2
    checked = 0
    for fixed_share in (0.0, 0.3, 0.6):
        state = np.full((n, k), FREE, dtype=np.int8)
        chosen = rng.random((n, k)) < fixed_share
        state[chosen] = rng.choice([ON, OFF], size=int(chosen.sum()))
        parent = solver.solve(state)
        if parent.status != "optimal":
            continue
        D, pairs, on, off = fixing.exclusion_bounds(solver, state, _duals(solver))
        assert D <= parent.value + 1e-7 * (1 + abs(parent.value))          # weak duality
        assert D >= parent.value - 1e-6 * (1 + abs(parent.value))          # and tight at HiGHS's duals
        for q, flat in enumerate(pairs):
            i, j = divmod(int(flat), k)
            if state[i, j] != FREE:
                continue
            for value, bound in ((ON, on[q]), (OFF, off[q])):
                child = state.copy()
                child[i, j] = value
                solved = solver.solve(child)
                if solved.status == "optimal":
                    assert bound <= solved.value + 1e-7 * (1 + abs(solved.value)), (i, j, value)
                    checked += 1
    assert checked >= 20


def test_watch_leaves_the_search_unchanged(fixing):
    inst = generate("planted", seed=0, n=20, d=5, k=2, inputs="ball", noise=0.05, loss="absolute")
    X, y = inst.dataset.X, inst.dataset.y
    import milp_relu.branch_and_bound as bb
    import milp_relu.branch_and_bound_relaxation as rel

    before = (rel.PersistentNodeSolver._solve, bb._Tree.evaluate)
    plain = milp_relu.fit(X, y, k=2, loss="absolute")
    with fixing.watched_search(fixing.Counts()) as counts:
        watched = milp_relu.fit(X, y, k=2, loss="absolute")
    assert (rel.PersistentNodeSolver._solve, bb._Tree.evaluate) == before
    assert watched.nodes == plain.nodes and watched.loss == plain.loss
    assert 0 < counts.nodes <= watched.nodes
    assert counts.fixable == 0


@pytest.mark.parametrize("signs, seed, on_rows", [((1, 1), 1, 3), ((1, -1), 0, 0), ((1, -1), 2, 4)])
def test_state_bounds_are_the_minimum_over_the_segment(fixing, signs, seed, on_rows):
    """Each bound is D minus the pair's three terms at their worst sides plus their minimum over
    the state's segment, found here on a grid from the rows themselves (h - p, h - s p, h) and
    the multipliers: a bound weaker than that (a sign slip) would undercount what could be fixed."""
    from milp_relu.backends.highs import dual_bound_terms

    solver = _solver(14, seed, signs)
    state = np.full((14, 2), FREE, dtype=np.int8)
    state[:on_rows] = ON
    assert solver.solve(state).status == "optimal"
    # HiGHS's chords carry no multiplier at these nodes; the bounds hold for any multipliers, so
    # some are added (of either sign: the wrong ones are dropped as a side that is infinite)
    y_raw = _duals(solver)
    rng = np.random.default_rng(seed)
    chords = fixing.chord_rows(solver)
    y_raw[chords] += rng.uniform(-0.5, 0.1, chords.size)
    y_raw[solver._chord_pairs] += rng.uniform(-0.1, 0.5, solver._chord_pairs.size)
    D, pairs, on, off = fixing.exclusion_bounds(solver, state, y_raw)
    row_lo, row_hi, col_lo, col_hi = solver.node_bounds(state)
    A = solver._matrix
    y, z, _, _ = dual_bound_terms(solver._cost, A, row_lo, row_hi, col_lo, col_hi, y_raw)
    P = solver.problem
    bound_terms = 0
    for q, flat in enumerate(pairs):
        r_hp, r_chord, col = int(flat), int(chords[q]), P.num_theta + int(flat)
        # the rows' own coefficients of h and of theta give h - p and h - s p
        assert A[r_hp, col] == 1.0 and A[r_chord, col] == 1.0
        L, U = P.lower.reshape(-1)[flat], P.upper.reshape(-1)[flat]
        s = U / (U - L)

        def worst(value_lo, value_hi, mult):
            return mult * (value_lo if mult > 0 else value_hi) if mult != 0 else 0.0

        own = (worst(row_lo[r_hp], row_hi[r_hp], y[r_hp]) + worst(row_lo[r_chord], row_hi[r_chord], y[r_chord])
               + worst(col_lo[col], col_hi[col], z[col]))

        def terms(h, p):
            return y[r_hp] * (h - p) + y[r_chord] * (h - s * p) + z[col] * h

        grid_on = min(terms(p, p) for p in np.linspace(0.0, U, 101))
        grid_off = min(terms(0.0, p) for p in np.linspace(L, 0.0, 101))
        scale = 1e-9 * (1 + abs(D))
        assert on[q] == pytest.approx(D - own + grid_on, abs=scale)
        assert off[q] == pytest.approx(D - own + grid_off, abs=scale)
        bound_terms += y[r_chord] != 0.0
    assert bound_terms > 0      # the node has chords with multipliers: the check can fail
