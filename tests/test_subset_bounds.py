"""Subset bounds (milp_relu.subset_bounds): the parts, the rule, the rows, and exactness with them."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import milp_relu.branch_and_bound_relaxation as relaxation
from milp_relu.bounds import interval_preactivation_bounds
from milp_relu.branch_and_bound import BnBOptions, solve_split_bnb
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON, NodeProblem, PersistentNodeSolver
from milp_relu.errors import InputError
from milp_relu.subset_bounds import SUBSET_MIN_DIMENSION, SUBSET_MIN_POINTS, SubsetBounds, part_size, partition, subset_parts
from milp_relu.verify import brute_force_fit

TOL = 1e-6


@given(st.integers(1, 300), st.integers(1, 40), st.integers(0, 5))
def test_partition_covers_every_point_once_in_sorted_parts_of_near_equal_size(n, parts, seed):
    if parts > n:
        with pytest.raises(ValueError):
            partition(n, parts, seed)
        return
    groups = partition(n, parts, seed)
    assert len(groups) == parts
    assert np.array_equal(np.sort(np.concatenate(groups)), np.arange(n))
    sizes = [g.size for g in groups]
    assert max(sizes) - min(sizes) <= 1
    assert all(np.array_equal(g, np.sort(g)) for g in groups)
    assert all(np.array_equal(a, b) for a, b in zip(groups, partition(n, parts, seed)))


def test_parts_rule_auto_on_off_and_losses():
    mixed, plus, minus = (1.0, -1.0), (1.0, 1.0), (-1.0, -1.0)
    size = part_size(2, 5)
    assert size == 4 * 2 * 6 and part_size(3, 1) == 4 * 3 * 2
    assert subset_parts("auto", "absolute", SUBSET_MIN_POINTS - 1, mixed, 5) == 0
    assert subset_parts("auto", "absolute", SUBSET_MIN_POINTS, mixed, 5) == SUBSET_MIN_POINTS // size == 2
    assert subset_parts("auto", "absolute", 160, mixed, 5) == 3
    assert subset_parts("auto", "absolute", 160, mixed, SUBSET_MIN_DIMENSION - 1) == 0
    assert subset_parts("on", "absolute", 160, mixed, 2) == 160 // part_size(2, 2)
    assert 130 // part_size(3, 5) == 1 and subset_parts("auto", "absolute", 130, (1.0, 1.0, -1.0), 5) == 0
    assert subset_parts("auto", "absolute", 300, (1.0, 1.0, -1.0), 5) == 300 // part_size(3, 5) == 4
    assert subset_parts("auto", "absolute", 130, plus, 5) == subset_parts("auto", "absolute", 130, minus, 5) == 0
    assert subset_parts("on", "absolute", 130, minus, 5) == 2
    assert subset_parts("on", "absolute", 8, plus, 5) == 2
    assert subset_parts("on", "absolute", 3, mixed, 1) == 0
    assert subset_parts("off", "absolute", 1000, mixed, 5) == 0
    assert {subset_parts(s, loss, 1000, mixed, 5) for s in ("auto", "on") for loss in ("squared", "max", "huber")} == {0}
    with pytest.raises(InputError):
        BnBOptions(subset_bounds="yes")


def _node_problem(rng: np.random.Generator, n: int, subset: SubsetBounds | None) -> NodeProblem:
    X = rng.uniform(-1, 1, (n, 2))
    lower, upper = interval_preactivation_bounds(X, 2, 1.0, 1.0)
    return NodeProblem(np.column_stack([X, np.ones(n)]), 0.3 * rng.normal(size=n), rng.uniform(0.5, 2, n),
                       np.array([1.0, -1.0]), 1.0, 1.0, False, "absolute", lower, upper, subset=subset)


@pytest.mark.parametrize("seed", range(4))
def test_rows_make_every_node_pay_at_least_the_parts_bounds(seed):
    """With every pair open a split of two signs fits any labels (its root LP is 0); with the rows
    each part's weighted residual is at least its bound, in the LP's own point too."""
    rng = np.random.default_rng(seed)
    n = 12
    groups = partition(n, 3, seed)
    bounds = rng.uniform(0.1, 0.6, 3)
    plain = PersistentNodeSolver(_node_problem(np.random.default_rng(seed), n, None))
    held = PersistentNodeSolver(_node_problem(np.random.default_rng(seed), n, SubsetBounds(groups, bounds)))
    state = np.full((n, 2), FREE, dtype=np.int8)
    assert plain.solve(state).value == pytest.approx(0.0, abs=1e-9)
    for _ in range(6):
        without, with_rows = plain.solve(state.copy()), held.solve(state.copy())
        if without.status != "optimal":
            assert with_rows.status != "optimal"
        else:
            assert with_rows.status == "optimal"
            assert with_rows.value >= without.value - 1e-9
            assert with_rows.value >= bounds.sum() - 1e-9
        i, j = rng.integers(n), rng.integers(2)
        state[i, j] = rng.choice([ON, OFF])


def _recorded_rows(monkeypatch) -> list[SubsetBounds]:
    seen: list[SubsetBounds] = []
    original = relaxation.PersistentNodeSolver._subset_rows

    def recording(self, triplets, first, aux):
        if self.problem.subset is not None:
            seen.append(self.problem.subset)
        return original(self, triplets, first, aux)

    monkeypatch.setattr(relaxation.PersistentNodeSolver, "_subset_rows", recording)
    return seen


def _far_labels(seed: int, n: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """Labels a network of the unit box cannot reach on every point: each part has a positive
    optimum, so its row is written and binds."""
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-1, 1, (n, d)) * 4) / 4
    return X, rng.choice([-1.0, 1.0], n) * rng.uniform(1.5, 4.0, n)


@pytest.mark.parametrize("seed", range(3))
def test_each_part_bound_is_at_most_the_parts_own_optimum(seed, monkeypatch):
    """The rows' bounds against the brute-force optimum of each part (the same split and boxes)."""
    seen = _recorded_rows(monkeypatch)
    X, y = _far_labels(seed, 8, 1)
    result = solve_split_bnb(X, y, "absolute", (1.0, -1.0), 0.5, 0.5, options=BnBOptions(subset_bounds="on"))
    assert result.status == "optimal"
    assert seen, "the rows were not written"
    rows = seen[-1]
    assert rows.count == 2 and np.all(rows.bounds > 0)
    for group, bound in zip(rows.groups, rows.bounds):
        part = brute_force_fit(X[group], y[group], 2, "absolute", weight_bound=0.5, bias_bound=0.5, signs=1)
        assert bound <= part.loss + TOL * (1 + part.loss)
    truth = brute_force_fit(X, y, 2, "absolute", weight_bound=0.5, bias_bound=0.5, signs=1).loss
    assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)
    assert result.lower_bound >= rows.bounds.sum() - TOL


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.integers(1, 2), st.integers(0, 2), st.booleans(), st.booleans())
def test_split_optimum_with_the_rows_equals_brute_force(seed, d, p, weighted, output_bias):
    """Exactness with the rows on where they bind (labels out of reach), against the brute force;
    the rows are in the model whenever a part's bound is positive."""
    k = 2
    n = 6 if d == 2 else 7
    X, y = _far_labels(seed, n, d)
    w = np.random.default_rng(seed + 1).uniform(0.5, 2.0, n) if weighted else None
    signs = tuple([1.0] * p + [-1.0] * (k - p))
    result = solve_split_bnb(X, y, "absolute", signs, 0.5, 0.5, output_bias=output_bias, sample_weight=w,
                             options=BnBOptions(subset_bounds="on"))
    truth = brute_force_fit(X, y, k, "absolute", weight_bound=0.5, bias_bound=0.5, sample_weight=w, signs=p,
                            output_bias=output_bias).loss
    assert result.status == "optimal"
    assert result.loss == pytest.approx(truth, abs=TOL * (1 + truth), rel=TOL)
    assert truth - TOL * (1 + truth) <= result.lower_bound <= truth + TOL * (1 + truth)


@pytest.mark.parametrize("budget", [0.0, 0.05])
def test_a_deadline_during_the_parts_leaves_a_valid_bound(budget):
    """A deadline that passes before or during the parts' searches: the split stops with the
    best network it has and a bound that is still at most the optimum."""
    import time

    X, y = _far_labels(11, 8, 1)
    truth = brute_force_fit(X, y, 2, "absolute", weight_bound=0.5, bias_bound=0.5, signs=1).loss
    result = solve_split_bnb(X, y, "absolute", (1.0, -1.0), 0.5, 0.5, deadline=time.perf_counter() + budget,
                             options=BnBOptions(subset_bounds="on"))
    assert result.lower_bound <= truth + TOL * (1 + truth)
    if result.status == "optimal":
        assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)
    else:
        assert result.status == "time_limit"
        assert result.network is None or result.loss >= truth - TOL * (1 + truth)


@pytest.mark.skipif(not hasattr(__import__("signal"), "pthread_kill"), reason="POSIX signals")
def test_ctrl_c_during_the_parts_searches_stops_the_split(monkeypatch):
    """SIGINT while a part is being searched: the part's search stops at its next node (it is
    the split's child), the split is not searched, and the answer is "interrupted", with the
    best network the part found (a network of the split) and a bound below its loss. The parts'
    node budget is lifted so
    that, without the hand-over, the part would run until the deadline (status "time_limit")."""
    import signal
    import threading
    import time

    import milp_relu.branch_and_bound as bnb

    monkeypatch.setattr(bnb, "SUBSET_NODE_LIMIT", 10**9)
    rng = np.random.default_rng(9)
    X = rng.uniform(-1, 1, (90, 3))
    y = np.maximum(0, X @ [0.8, -0.3, 0.5]) - np.maximum(0, X @ [-0.2, 0.9, 0.1]) + 0.4 * rng.normal(size=90)
    started = []
    original = bnb._solve_search

    def solve_search(search, *args):
        if search.parent is not None and not started:
            started.append(time.perf_counter())
        return original(search, *args)

    monkeypatch.setattr(bnb, "_solve_search", solve_search)
    main = threading.get_ident()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(1.5, lambda: signal.pthread_kill(main, signal.SIGINT))
    timer.start()
    try:
        result = solve_split_bnb(X, y, "absolute", (1.0, -1.0), 1.0, 1.0,
                                 options=BnBOptions(subset_bounds="on"), deadline=time.perf_counter() + 60.0)
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert started, "no part was searched"
    assert result.status == "interrupted"
    assert result.network is not None and result.lower_bound <= result.loss + 1e-9
    assert result.network.loss(X, y, "absolute").value == pytest.approx(result.loss)


def test_subset_bounds_refuse_overlapping_parts():
    """The parts must be disjoint (their bounds then add up to a bound of the whole, which an
    unsolved root keeps), with one bound each."""
    SubsetBounds((np.array([0, 2]), np.array([1, 3])), np.array([0.5, 0.25]))
    with pytest.raises(ValueError, match="disjoint"):
        SubsetBounds((np.array([0, 2]), np.array([2, 3])), np.array([0.5, 0.25]))
    with pytest.raises(ValueError, match="one bound per part"):
        SubsetBounds((np.array([0, 2]), np.array([1, 3])), np.array([0.5]))
