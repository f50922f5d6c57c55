"""Lexicographic leader constraints of the search tree, against enumeration and the brute force."""
from __future__ import annotations

import itertools
import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milp_relu.bounds import interval_preactivation_bounds
from milp_relu.branch_and_bound import BnBOptions, solve_split_bnb
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON
from milp_relu.branch_and_bound_symmetry import LexLeader, coordinate_transpositions, lex_point_order
from milp_relu.generators.bounded_coloring import bounded_coloring
from milp_relu.verify import brute_force_fit

TOL = 1e-6


@st.composite
def lex_cases(draw):
    n = draw(st.integers(2, 4))
    k = draw(st.integers(1, 2))
    permutations = []
    for _ in range(draw(st.integers(1, 3))):
        pi = np.arange(n)
        points = draw(st.permutations(range(n)))
        for a, b in zip(points[0::2], points[1::2]):   # disjoint swaps: an involution
            if draw(st.booleans()):
                pi[[a, b]] = [b, a]
        permutations.append(pi)
    signs = np.array(draw(st.lists(st.sampled_from([-1.0, 1.0]), min_size=k, max_size=k)))
    state = np.array(draw(st.lists(st.sampled_from([FREE, OFF, ON]), min_size=n * k, max_size=n * k)),
                     dtype=np.int8).reshape(n, k)
    order = np.array(draw(st.permutations(range(n))), dtype=int)
    return np.array(permutations), signs, state, draw(st.booleans()), order


def _is_leader(z: np.ndarray, permutations: np.ndarray, signs: np.ndarray, units: bool,
               order: np.ndarray) -> bool:
    """z >=lex g(z) for every generator, the words read point by point in ``order`` with
    OFF < ON (the definition)."""
    images = [z[pi] for pi in permutations]
    if units:
        for u in range(z.shape[1] - 1):
            if signs[u] == signs[u + 1]:
                swapped = z.copy()
                swapped[:, [u, u + 1]] = z[:, [u + 1, u]]
                images.append(swapped)
    return all(tuple(z[order].ravel()) >= tuple(image[order].ravel()) for image in images)


@settings(max_examples=300, deadline=None)
@given(lex_cases())
def test_propagation_keeps_every_leader_and_only_prunes_nodes_without_one(case):
    permutations, signs, state, units, order = case
    lex = LexLeader.build(permutations, signs, units=units, order=order)
    propagated = state.copy()
    feasible = lex.propagate(propagated)
    free = np.flatnonzero(state.ravel() == FREE)
    leaders = []
    for values in itertools.product((OFF, ON), repeat=free.size):
        z = state.ravel().copy()
        z[free] = values
        z = z.reshape(state.shape)
        if _is_leader(z, permutations, signs, units, order):
            leaders.append(z)
    if not feasible:
        assert not leaders
        return
    # propagation only decides free pairs, and every leader of the node is still in it
    decided = state != FREE
    assert np.array_equal(propagated[decided], state[decided])
    for z in leaders:
        fixed = propagated != FREE
        assert np.array_equal(z[fixed], propagated[fixed])


def test_propagation_on_a_hand_case():
    # one swap of points 0 and 1, one unit: z_0 >= z_1
    lex = LexLeader.build(np.array([[1, 0, 2]]), np.array([1.0]))
    state = np.array([[FREE], [ON], [FREE]], dtype=np.int8)
    assert lex.propagate(state) and state[:, 0].tolist() == [ON, ON, FREE]
    state = np.array([[OFF], [FREE], [FREE]], dtype=np.int8)
    assert lex.propagate(state) and state[:, 0].tolist() == [OFF, OFF, FREE]
    assert not lex.propagate(np.array([[OFF], [ON], [FREE]], dtype=np.int8))
    # two units of one sign: column 0 >=lex column 1 at the first point where they differ
    lex = LexLeader.build(np.array([[1, 0]]), np.array([1.0, 1.0]))
    state = np.array([[OFF, FREE], [FREE, FREE]], dtype=np.int8)
    assert lex.propagate(state) and state.tolist() == [[OFF, OFF], [OFF, OFF]]
    # read point 1 first: now z_1 >= z_0
    lex = LexLeader.build(np.array([[1, 0, 2]]), np.array([1.0]), order=np.array([1, 0, 2]))
    state = np.array([[ON], [FREE], [FREE]], dtype=np.int8)
    assert lex.propagate(state) and state[:, 0].tolist() == [ON, ON, FREE]
    assert lex.branching_pair(state) is None        # point 2 is moved by no swap
    assert LexLeader.build(np.array([[1, 0, 2]]), np.array([1.0]), order=np.array([1, 0, 2])).branching_pair(
        np.full((3, 1), FREE, dtype=np.int8)) == (1, 0)


def test_lex_order_reads_the_hull_vertices_first():
    inst = bounded_coloring(N=5, family="complete", r=2, k=2)
    X = inst.dataset.X
    order = lex_point_order(np.column_stack([X, np.ones(len(X))]))
    assert sorted(order[:5]) == [0, 1, 2, 3, 4]         # the vertex points e_v
    assert sorted(order) == list(range(len(X)))


def test_symmetrized_bounds_are_equal_on_orbits_and_no_looser():
    inst = bounded_coloring(N=5, family="complete", r=2, k=2)
    X, y = inst.dataset.X, inst.dataset.y
    swaps = np.array(coordinate_transpositions(X, y, np.ones(len(y))))
    lex = LexLeader.build(swaps, np.array([1.0, 1.0]))
    rng = np.random.default_rng(0)
    lower, upper = interval_preactivation_bounds(X, 2, 0.5, 0.5)
    lower, upper = lower - rng.uniform(0, 1e-3, lower.shape), upper + rng.uniform(0, 1e-3, upper.shape)
    low, high = lex.symmetrize(lower, upper)
    assert np.all(low >= lower) and np.all(high <= upper)
    for label in np.unique(lex.orbits):
        members = (lex.orbits == label).reshape(lower.shape)
        assert np.ptp(low[members]) == 0.0 and np.ptp(high[members]) == 0.0
    # vertices and edges of K_5, each unit: the two orbits of the group (points x units)
    assert np.unique(lex.orbits).size == 2


@st.composite
def symmetric_splits(draw):
    """Points closed under a swap of two coordinates (labels and weights follow), on grids with
    ties and on general floats: the data symmetry the lex rule uses is always present."""
    d = draw(st.integers(2, 3))
    half = draw(st.integers(2, 3))
    k = draw(st.integers(1, 2))
    if draw(st.booleans()):
        base = np.array(draw(st.lists(st.lists(st.integers(-2, 2), min_size=d, max_size=d),
                                      min_size=half, max_size=half)), float) / 2
    else:
        base = np.array(draw(st.lists(st.lists(st.floats(-1, 1, allow_nan=False, width=32), min_size=d,
                                               max_size=d), min_size=half, max_size=half)))
    labels = np.array(draw(st.lists(st.floats(-2, 2, allow_nan=False, width=32), min_size=half, max_size=half)))
    mirrored = base.copy()
    mirrored[:, [0, 1]] = base[:, [1, 0]]
    X, y = np.vstack([base, mirrored]), np.concatenate([labels, labels])
    _, keep = np.unique(X, axis=0, return_index=True)
    keep.sort()
    X, y = X[keep], y[keep]
    if np.unique(X, axis=0).shape[0] < X.shape[0] or not coordinate_transpositions(X, y, np.ones(len(y))):
        X, y = X[:0], y[:0]
    order = np.array(draw(st.permutations(range(len(y)))), dtype=int)   # the lex order is the data's
    W = draw(st.sampled_from([0.5, 1.0, 2.0]))
    return dict(X=X[order], y=y[order], k=k, p=draw(st.integers(0, k)), loss=draw(st.sampled_from(
        ["squared", "absolute", "max"])), W=W, B=draw(st.sampled_from([W, 0.5 * W])), ob=draw(st.booleans()))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(symmetric_splits())
def test_lex_rule_keeps_the_optimum_on_symmetric_data(case):
    X, y, k, p, loss = case["X"], case["y"], case["k"], case["p"], case["loss"]
    if not len(y):
        return
    truth = brute_force_fit(X, y, k, loss, weight_bound=case["W"], bias_bound=case["B"], signs=p,
                            output_bias=case["ob"]).loss
    signs = tuple([1.0] * p + [-1.0] * (k - p))
    for options in (BnBOptions(), BnBOptions(symmetry=False), BnBOptions(geometry=False),
                    BnBOptions(root_obbt=True), BnBOptions(symmetry_rule="orbital")):
        result = solve_split_bnb(X, y, loss, signs, case["W"], case["B"], output_bias=case["ob"], options=options)
        assert result.status == "optimal"
        assert abs(result.loss - truth) <= TOL * (1 + abs(truth)), (options, result.loss, truth)
        assert result.lower_bound <= truth + TOL * (1 + abs(truth))


@pytest.mark.parametrize("seed", range(3))
def test_g3_search_is_the_same_in_any_point_order_and_agrees_with_orbital_branching(seed):
    inst = bounded_coloring(N=5, family="complete", r=2, k=2)
    X, y, W = inst.dataset.X, inst.dataset.y, inst.weight_bound
    order = np.random.default_rng(seed).permutation(len(y))
    given_order = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W)
    lex = solve_split_bnb(X[order], y[order], "squared", (1.0, 1.0), W, W)
    orbital = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W, options=BnBOptions(symmetry_rule="orbital"))
    assert lex.status == orbital.status == "optimal"
    assert lex.loss == pytest.approx(orbital.loss, rel=TOL, abs=TOL)
    assert lex.nodes == given_order.nodes      # the lex order is the hull's, not the data's


def test_lex_rule_needs_fewer_nodes_than_orbital_branching_on_g3():
    inst = bounded_coloring(N=6, family="complete", r=2, k=2)
    X, y, W = inst.dataset.X, inst.dataset.y, inst.weight_bound
    lex = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W)
    orbital = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W, options=BnBOptions(symmetry_rule="orbital"))
    assert lex.loss == pytest.approx(orbital.loss, rel=TOL, abs=TOL)
    assert lex.nodes < orbital.nodes / 2, (lex.nodes, orbital.nodes)


def test_non_involutions_are_refused():
    with pytest.raises(ValueError, match="involution"):
        LexLeader.build(np.array([[1, 2, 0]]), np.array([1.0]))


def test_node_limit_stops_the_tree_with_a_valid_bound():
    inst = bounded_coloring(N=5, family="complete", r=2, k=2)
    X, y, W = inst.dataset.X, inst.dataset.y, inst.weight_bound
    full = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W)
    probe = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W, node_limit=10)
    assert full.status == "optimal" and full.nodes > 12
    assert probe.status == "node_limit" and 10 <= probe.nodes <= 12   # a branching solves 2 children
    assert probe.lower_bound <= full.loss + TOL and probe.loss >= full.loss - TOL


@pytest.mark.parametrize("probe_nodes", [(1,), (3, 30), (1, 2, 4), (), (10**9,)])
def test_probed_splits_are_solved_again_to_the_same_optimum(monkeypatch, probe_nodes):
    import milp_relu
    import milp_relu.engine.schedule as schedule

    monkeypatch.setattr(schedule, "PROBE_NODES", probe_nodes)
    rng = np.random.default_rng(11)
    X = rng.uniform(-1, 1, (6, 2))
    y = np.maximum(X @ [1.0, -0.5] + 0.2, 0) - np.maximum(X @ [-0.3, 0.8], 0) + 0.1 * rng.normal(size=6)
    truth = brute_force_fit(X, y, 2, "absolute").loss
    result = milp_relu.fit(X, y, k=2, loss="absolute", search="tree", warm_start=False)
    assert result.status == "optimal"
    assert result.loss == pytest.approx(truth, rel=TOL, abs=TOL)
    assert all(s["status"] in ("optimal", "pruned", "infeasible") for s in result.splits)


def test_a_resumed_search_ends_where_an_uninterrupted_one_does():
    from milp_relu.branch_and_bound import resume_split_bnb

    inst = bounded_coloring(N=5, family="complete", r=2, k=2)
    X, y, W = inst.dataset.X, inst.dataset.y, inst.weight_bound
    full = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W)
    part = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W, node_limit=10)
    nodes = part.nodes
    while part.status == "node_limit":
        assert part.resume is not None
        part = resume_split_bnb(part.resume, node_limit=7)
        nodes += part.nodes
        assert part.nodes <= 7 + 2
    assert part.status == "optimal" and part.resume is None
    assert part.loss == pytest.approx(full.loss, rel=TOL, abs=TOL)
    assert part.lower_bound == pytest.approx(full.lower_bound, rel=TOL, abs=TOL)
    assert nodes == full.nodes      # the same best-first tree, taken in pieces


def test_a_search_stopped_by_its_deadline_resumes_to_the_same_answer():
    """A deadline already past stops the tree before its root (status time_limit) with its open
    nodes kept; resumed without one, it ends where an uninterrupted search does: the root left
    unsolved is solved when it is taken from the heap, so the tree is the same, node for node."""
    from milp_relu.branch_and_bound import resume_split_bnb

    inst = bounded_coloring(N=5, family="complete", r=2, k=2)
    X, y, W = inst.dataset.X, inst.dataset.y, inst.weight_bound
    full = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W)
    stopped = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W, deadline=time.perf_counter() - 1.0)
    assert stopped.status == "time_limit" and stopped.resume is not None and stopped.lower_bound <= full.loss
    done = resume_split_bnb(stopped.resume)
    assert done.status == "optimal" and done.resume is None
    assert done.loss == pytest.approx(full.loss, rel=TOL, abs=TOL)
    assert done.lower_bound == pytest.approx(full.lower_bound, rel=TOL, abs=TOL)
    assert done.nodes == full.nodes


def test_splits_stopped_at_their_time_share_are_resumed_in_later_passes(monkeypatch):
    """Every split's first share of the time is zero: each tree stops before its root, keeps its
    open nodes, and the later passes finish them (no restart, no MILP) to the brute force."""
    import milp_relu
    import milp_relu.engine.schedule as schedule

    calls = {"n": 0}
    share = schedule._share_time

    def stingy(ctx, position, count):
        calls["n"] += 1
        ok = share(ctx, position, count)
        if calls["n"] <= 3:
            ctx.split_deadline = time.perf_counter()     # no time at all for this attempt
        return ok

    monkeypatch.setattr(schedule, "_share_time", stingy)
    monkeypatch.setattr(schedule, "PROBE_NODES", ())
    rng = np.random.default_rng(4)
    X = rng.uniform(-1, 1, (7, 2))
    y = np.maximum(X @ [1.0, -0.5] + 0.2, 0) - np.maximum(X @ [-0.3, 0.8], 0) + 0.1 * rng.normal(size=7)
    truth = brute_force_fit(X, y, 2, "absolute").loss
    result = milp_relu.fit(X, y, k=2, loss="absolute", search="tree", warm_start=False, time_limit=60)
    assert result.status == "optimal"
    assert result.loss == pytest.approx(truth, rel=TOL, abs=TOL)
    assert all(s["method"] in ("tree", "sign floor") for s in result.splits)
