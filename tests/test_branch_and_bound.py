"""The branch and bound of one sign split against the independent brute force."""
from __future__ import annotations

import math
import time

import highspy
import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from milp_relu.branch_and_bound import BnBOptions, auto_branching, prepare_search, solve_split_bnb
from milp_relu.branch_and_bound_propagation import propagate_geometry
from milp_relu.branch_and_bound_symmetry import coordinate_transpositions, point_orbit
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON
from milp_relu.generators.bounded_coloring import bounded_coloring
from milp_relu.verify import brute_force_fit
from milp_relu.warmstart import gradient_descent_networks

TOL = 1e-6


def _signs(k: int, p: int) -> tuple[float, ...]:
    return tuple([1.0] * p + [-1.0] * (k - p))


_TRUTH: dict[tuple, float] = {}


def _brute_force(case: dict) -> float:
    """The brute-force optimum of the case's split (cached: the option variants share instances)."""
    X, y, w = case["X"], case["y"], case["sample_weight"]
    key = (X.tobytes(), X.shape, y.tobytes(), None if w is None else w.tobytes(), case["k"], case["p"],
           case["loss"], case["weight_bound"], case["bias_bound"], case["output_bias"])
    if key not in _TRUTH:
        _TRUTH[key] = brute_force_fit(X, y, case["k"], case["loss"], weight_bound=case["weight_bound"],
                                      bias_bound=case["bias_bound"], sample_weight=w, signs=case["p"],
                                      output_bias=case["output_bias"]).loss
    return _TRUTH[key]


def _check(case: dict, options: BnBOptions, incumbent: bool = False) -> None:
    X, y, k, p, loss = case["X"], case["y"], case["k"], case["p"], case["loss"]
    W, B, w, ob = case["weight_bound"], case["bias_bound"], case["sample_weight"], case["output_bias"]
    truth = _brute_force(case)
    start = None
    if incumbent:
        start = gradient_descent_networks(X, y, np.ones(len(y)) if w is None else w, loss, _signs(k, p),
                                          W, B, ob, restarts=2, iterations=50)[0]
    result = solve_split_bnb(X, y, loss, _signs(k, p), W, B, output_bias=ob, sample_weight=w,
                             incumbent=start, options=options)
    assert result.status == "optimal"
    assert abs(result.loss - truth) <= TOL * (1 + abs(truth)), (result.loss, truth)
    assert result.lower_bound <= truth + TOL * (1 + abs(truth))
    assert result.lower_bound >= truth - TOL * (1 + abs(truth))
    net = result.network
    assert net.loss(X, y, loss, w).value == pytest.approx(result.loss, abs=1e-12, rel=1e-12)
    assert net.max_violation(W, B) == 0.0
    assert np.array_equal(net.s, np.array(_signs(k, p)))
    assert ob or net.c == 0.0


@st.composite
def tiny_splits(draw):
    k = draw(st.integers(1, 2))
    n = draw(st.integers(1, 7 if k == 1 else 5))
    d = draw(st.integers(1, 2))
    if draw(st.booleans()):   # integer grids: ties, duplicates, collinear points
        X = np.array(draw(st.lists(st.lists(st.integers(-2, 2), min_size=d, max_size=d), min_size=n,
                                   max_size=n)), float) / 2
    else:
        X = np.array(draw(st.lists(st.lists(st.floats(-1, 1, allow_nan=False), min_size=d, max_size=d),
                                   min_size=n, max_size=n)))
    y = np.array(draw(st.lists(st.floats(-2, 2, allow_nan=False), min_size=n, max_size=n)))
    weights = None
    if draw(st.booleans()):
        weights = np.array(draw(st.lists(st.floats(0.25, 4), min_size=n, max_size=n)))
    loss = draw(st.sampled_from(["squared", "squared", "absolute", "max"]))
    W = draw(st.sampled_from([0.5, 1.0, 2.0]))
    return {"X": X.reshape(n, d), "y": y, "k": k, "p": draw(st.integers(0, k)), "loss": loss, "sample_weight": weights,
                "weight_bound": W, "bias_bound": draw(st.sampled_from([W, 0.5 * W])),
                "output_bias": draw(st.booleans())}


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tiny_splits(), st.booleans())
@example(case={"X": np.array([[0.0, 0.5], [0.0, 0.0], [0.0, 0.0]]), "y": np.array([1.0, 0.0, -1.1920929e-07]),
               "k": 2, "p": 0, "loss": "squared", "sample_weight": None, "weight_bound": 0.5,
               "bias_bound": 0.5, "output_bias": False},
         incumbent=False)   # HiGHS's QP stalls on every node: the interior-point fallback closes it
def test_split_optimum_equals_brute_force(case, incumbent):
    _check(case, BnBOptions(), incumbent)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tiny_splits(), st.booleans())
def test_split_optimum_with_local_bounds_equals_brute_force(case, incumbent):
    # "auto" leaves them off below LOCAL_MIN_POINTS points: on here, for every LP-loss split
    _check(case, BnBOptions(local_bounds="on"), incumbent)


def test_nodes_where_highs_qp_stalls_are_closed_by_the_interior_point_fallback():
    """Two points at the origin labelled 0 and -1.2e-7: HiGHS's QP stalls on every node of this
    split (found by hypothesis in CI); with HiGHS as the node QP solver the trust-constr point
    and its tangent LP close it."""
    case = {"X": np.array([[0.0, 0.5], [0.0, 0.0], [0.0, 0.0]]), "y": np.array([1.0, 0.0, -1.1920929e-07]),
            "k": 2, "p": 0, "loss": "squared", "sample_weight": None, "weight_bound": 0.5,
            "bias_bound": 0.5, "output_bias": False}
    _check(case, BnBOptions(node_qp="highs"), False)


def _symmetric_case(seed: int, loss: str, k: int = 2) -> dict:
    """Points closed under swapping the two coordinates (same label): orbital branching fires."""
    rng = np.random.default_rng(seed)
    half = np.round(rng.uniform(-1, 1, (3, 2)) * 4) / 4
    X = np.vstack([half, half[:, ::-1]])
    y = np.tile(rng.normal(size=3), 2)
    keep = np.unique(X, axis=0, return_index=True)[1]
    keep.sort()
    return {"X": X[keep], "y": y[keep], "k": k, "p": k if seed % 2 else 1, "loss": loss, "sample_weight": None,
                "weight_bound": 1.0, "bias_bound": 1.0, "output_bias": bool(seed % 3 == 0)}


OPTION_VARIANTS = [
    {},
    {"relaxation": "decided"},
    {"geometry": False},
    {"symmetry": False},
    {"radius_rows": False},
    {"incumbent_bounds": False},
    {"data_symmetry": False},
    {"symmetry_rule": "orbital"},
    {"strong": 3},
    {"root_obbt": True},
    {"branching": "violation"},
    {"branching": "impact"},
    {"branching": "product"},
    {"polish": False},
    {"persistent": False},
    {"node_qp": "highs"},
    {"convexity_cuts": "on"},
    {"convexity_cuts": "off"},
    {"subset_bounds": "on"},
    {"subset_bounds": "off"},
    {"local_bounds": "on"},
    {"local_bounds": "on", "geometry": False},
    {"local_bounds": "off"},
]


@pytest.mark.parametrize("variant", OPTION_VARIANTS, ids=lambda v: ",".join(f"{a}={b}" for a, b in v.items()) or "all")
@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
def test_each_option_off_alone_keeps_the_optimum(variant, loss):
    rng = np.random.default_rng(5)
    for trial in range(2):
        X = np.round(rng.uniform(-1, 1, (5, 2)) * 2) / 2
        case = {"X": X, "y": rng.normal(size=5), "k": 2, "p": trial + 1, "loss": loss,
                    "sample_weight": rng.uniform(0.5, 2, 5) if trial else None, "weight_bound": 1.0,
                    "bias_bound": 1.0, "output_bias": bool(trial)}
        _check(case, BnBOptions(**variant), incumbent=bool(trial))
    _check(_symmetric_case(7, loss), BnBOptions(**variant), incumbent=True)


def test_auto_branching_is_impact_only_for_the_squared_loss_in_the_plane():
    assert auto_branching("squared", 1) == auto_branching("squared", 2) == "impact"
    assert auto_branching("squared", 3) == auto_branching("squared", 5) == "product"
    assert {auto_branching(loss, d) for loss in ("absolute", "max") for d in (1, 2, 5)} == {"product"}


@pytest.mark.parametrize("seed", range(3))
def test_squared_loss_in_three_dimensions_branches_by_product_and_keeps_the_optimum(seed):
    # "auto" gives "product" here (the property tests above are in the plane, where it is "impact")
    rng = np.random.default_rng(40 + seed)
    X = np.round(rng.uniform(-1, 1, (6, 3)) * 2) / 2
    case = {"X": X, "y": rng.normal(size=6), "k": 2, "p": 1 + seed % 2, "loss": "squared",
            "sample_weight": rng.uniform(0.5, 2, 6) if seed else None, "weight_bound": 1.0,
            "bias_bound": 1.0, "output_bias": False}
    _check(case, BnBOptions(), incumbent=bool(seed))


@pytest.mark.parametrize("bad", [{"node_qp": "gurobi"}, {"branching": "random"}, {"relaxation": "lp"},
                                 {"strong": -1}, {"strong": 1.5}, {"strong": True}, {"convexity_cuts": True},
                                 {"subset_bounds": True}, {"local_bounds": "yes"}])
def test_unknown_search_options_are_refused(bad):
    from milp_relu.errors import InputError

    with pytest.raises(InputError, match=next(iter(bad))):
        BnBOptions(**bad)


@pytest.mark.parametrize("seed", range(4))
def test_orbital_branching_on_symmetric_data(seed):
    case = _symmetric_case(seed, "squared")
    assert coordinate_transpositions(case["X"], case["y"], np.ones(len(case["y"])))
    _check(case, BnBOptions(), incumbent=False)


def test_cutoff_below_the_optimum_is_reported_as_cutoff():
    rng = np.random.default_rng(3)
    X, y = rng.uniform(-1, 1, (6, 2)), rng.normal(size=6)
    truth = brute_force_fit(X, y, 2, "squared", signs=1)
    low = solve_split_bnb(X, y, "squared", (1.0, -1.0), 1.0, 1.0, cutoff=0.5 * truth.loss)
    assert low.status == "cutoff"
    assert 0.5 * truth.loss - TOL <= low.lower_bound <= truth.loss + TOL
    high = solve_split_bnb(X, y, "squared", (1.0, -1.0), 1.0, 1.0, cutoff=2.0 * truth.loss + 1.0)
    assert high.status == "optimal"
    assert high.loss == pytest.approx(truth.loss, rel=TOL, abs=TOL)


@pytest.mark.parametrize("loss", ["absolute", "squared"])
def test_one_preparation_serves_every_split_of_a_fit(loss):
    """prepare_search once, every split's search from it: the same nodes, losses and bounds as
    searches that prepare their own, and each split's optimum is the brute-force one; the
    caller's arrays are not made read-only."""
    rng = np.random.default_rng(11)
    X, y, w = rng.uniform(-1, 1, (8, 1)), rng.normal(size=8), rng.uniform(0.5, 2.0, 8)
    shared = prepare_search(X, y, w, 2, 1.0, 1.0)
    assert X.flags.writeable and y.flags.writeable and w.flags.writeable
    assert not shared.X1.flags.writeable and not shared.lower.flags.writeable
    for p in range(3):
        own = solve_split_bnb(X, y, loss, _signs(2, p), 1.0, 1.0, sample_weight=w)
        reused = solve_split_bnb(X, y, loss, _signs(2, p), 1.0, 1.0, sample_weight=w, prepared=shared)
        assert (reused.nodes, reused.loss, reused.lower_bound) == (own.nodes, own.loss, own.lower_bound)
        truth = brute_force_fit(X, y, 2, loss, weight_bound=1.0, bias_bound=1.0, sample_weight=w, signs=p).loss
        assert reused.loss == pytest.approx(truth, rel=TOL, abs=TOL)


def test_a_preparation_of_other_data_or_options_is_refused():
    rng = np.random.default_rng(12)
    X, y = rng.uniform(-1, 1, (6, 2)), rng.normal(size=6)
    shared = prepare_search(X, y, None, 2, 1.0, 1.0)
    for kwargs in ({"weight_bound": 2.0}, {"signs": (1.0,)}, {"X": X[:5], "y": y[:5]},
                   {"options": BnBOptions(geometry=False)}):
        call = {"X": X, "y": y, "signs": (1.0, -1.0), "weight_bound": 1.0, **kwargs}
        with pytest.raises(ValueError, match="another problem"):
            solve_split_bnb(call["X"], call["y"], "absolute", call["signs"], call["weight_bound"], 1.0,
                            options=call.get("options"), prepared=shared)


def test_deadline_returns_a_valid_bound():
    rng = np.random.default_rng(4)
    X, y = rng.uniform(-1, 1, (6, 2)), rng.normal(size=6)
    truth = brute_force_fit(X, y, 2, "squared", signs=2)
    result = solve_split_bnb(X, y, "squared", (1.0, 1.0), 1.0, 1.0, deadline=time.perf_counter() - 1.0)
    assert result.status == "time_limit" and result.nodes == 0
    assert result.lower_bound <= truth.loss + TOL
    assert result.network is None and math.isinf(result.loss)


def test_cone_rule_fixes_points_beyond_an_active_one():
    X1 = np.column_stack([np.array([0.0, 1.0, 2.0, 0.5, -1.0]), np.ones(5)])
    state = np.full((5, 1), FREE, dtype=np.int8)
    state[0, 0], state[1, 0] = OFF, ON
    propagate_geometry(state, X1)
    # 2.0 lies beyond the active 1.0 on the ray from the inactive 0.0; -1.0 beyond 0.0 the other way
    assert state[:, 0].tolist() == [OFF, ON, ON, FREE, OFF]


def test_cone_rule_convex_hull_of_active_points():
    X1 = np.column_stack([np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [0.5, 0.5], [2.0, 2.0]]), np.ones(5)])
    state = np.full((5, 1), FREE, dtype=np.int8)
    state[:3, 0] = ON
    propagate_geometry(state, X1)
    assert state[:, 0].tolist() == [ON, ON, ON, ON, FREE]


def test_g3_symmetries_found_and_optimum_kept_without_them():
    inst = bounded_coloring(N=4, family="complete", r=2, k=2)
    X, y, W = inst.dataset.X, inst.dataset.y, inst.weight_bound
    swaps = coordinate_transpositions(X, y, np.ones(len(y)))
    assert len(swaps) == 6   # every pair of the 4 vertices
    state = np.full((len(y), 2), FREE, dtype=np.int8)
    assert point_orbit(state, swaps, 0) == [0, 1, 2, 3]
    on = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W)
    off = solve_split_bnb(X, y, "squared", (1.0, 1.0), W, W, options=BnBOptions(data_symmetry=False))
    assert on.status == off.status == "optimal"
    assert on.loss == pytest.approx(off.loss, rel=TOL, abs=TOL)
    assert on.nodes <= off.nodes


def test_degenerate_node_problem_that_cycles_highs_is_solved():
    # one point at the origin: HiGHS's regularised active-set QP cycles on this node problem
    for node_qp in ("daqp", "highs"):
        result = solve_split_bnb(np.zeros((1, 1)), np.zeros(1), "squared", (-1.0, -1.0), 2.0, 2.0,
                                 options=BnBOptions(node_qp=node_qp))
        assert result.status == "optimal" and result.loss == 0.0


def test_incumbent_units_are_reordered_and_other_splits_ignored():
    rng = np.random.default_rng(8)
    X, y = rng.uniform(-1, 1, (5, 2)), rng.normal(size=5)
    truth = brute_force_fit(X, y, 2, "squared", signs=1)
    good = brute_force_fit(X, y, 2, "squared", signs=1).network
    # the same network with its units listed the other way round: an optimal incumbent either way
    flipped = type(good)(good.W[::-1].copy(), good.b[::-1].copy(), good.s[::-1].copy(), 0.0)
    for start in (good, flipped):
        result = solve_split_bnb(X, y, "squared", (-1.0, 1.0), 1.0, 1.0, incumbent=start)
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth.loss, rel=TOL, abs=TOL)
        assert result.nodes <= 1 or result.lower_bound >= truth.loss - TOL
    # a network of another split (both units positive) is not an incumbent of this one
    other = brute_force_fit(X, y, 2, "squared", signs=2).network
    result = solve_split_bnb(X, y, "squared", (-1.0, -1.0), 1.0, 1.0, incumbent=other)
    assert result.loss == pytest.approx(brute_force_fit(X, y, 2, "squared", signs=0).loss, rel=TOL, abs=TOL)
    assert np.array_equal(result.network.s, [-1.0, -1.0])


@pytest.fixture(scope="module")
def interrupted_case():
    rng = np.random.default_rng(4)
    X = rng.uniform(-1, 1, (6, 2))
    y = np.maximum(0, X @ [0.8, -0.3]) - np.maximum(0, X @ [-0.2, 0.9] + 0.1) + 0.2 * rng.normal(size=6)
    return X, y, brute_force_fit(X, y, 2, "absolute", signs=1).loss


@pytest.mark.parametrize("after", [1, 3, 6])
def test_ctrl_c_mid_branch_returns_the_best_network_and_a_valid_bound(monkeypatch, interrupted_case, after):
    """Ctrl-C while a node is being branched: status "interrupted", the best network found so
    far, and a bound that still lies below the split's true optimum (the node goes back)."""
    import milp_relu.branch_and_bound as bnb

    X, y, truth = interrupted_case
    original = bnb._Tree.branch
    calls = {"n": 0}

    def branch(self, node):
        calls["n"] += 1
        if calls["n"] == after:
            raise KeyboardInterrupt
        return original(self, node)

    monkeypatch.setattr(bnb._Tree, "branch", branch)
    result = solve_split_bnb(X, y, "absolute", (1.0, -1.0), 1.0, 1.0)
    if calls["n"] < after:  # solved before the interrupt could land
        assert result.status == "optimal"
    else:
        assert result.status == "interrupted"
    assert result.lower_bound <= truth + 1e-9
    if result.network is not None:
        assert result.network.loss(X, y, "absolute").value == pytest.approx(result.loss)
        assert result.loss >= truth - 1e-9


def test_search_runs_in_the_worker_thread_and_its_solves_need_no_hop():
    """The search tree runs in the HiGHS worker thread; a solve asked for there runs at once."""
    import threading

    from milp_relu.backends.highs import small_solves

    here, nested = small_solves.run(lambda: (threading.get_ident(), small_solves.call(threading.get_ident)),
                                    interrupt=lambda: None)
    assert here == nested != threading.get_ident()


@pytest.mark.skipif(not hasattr(__import__("signal"), "pthread_kill"), reason="POSIX signals")
def test_a_real_sigint_reaches_the_search_in_the_worker_thread():
    """SIGINT lands in the main thread, which waits for the search: the search stops at its
    next node solve with status "interrupted", a verified network and a valid bound."""
    import signal
    import threading

    rng = np.random.default_rng(9)
    X = rng.uniform(-1, 1, (80, 3))
    y = np.maximum(0, X @ [0.8, -0.3, 0.5]) - np.maximum(0, X @ [-0.2, 0.9, 0.1]) + 0.4 * rng.normal(size=80)
    main = threading.get_ident()
    # Python's own handler: a solver loaded by an earlier test (SCIP, Gurobi) may have put its
    # SIGINT handler in place of it, and then no KeyboardInterrupt reaches the main thread
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(1.0, lambda: signal.pthread_kill(main, signal.SIGINT))
    timer.start()
    try:
        # the deadline only keeps a lost signal from running the search for minutes
        result = solve_split_bnb(X, y, "absolute", (1.0, 1.0, -1.0), 1.0, 1.0,
                                 deadline=time.perf_counter() + 60.0)
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert result.status in ("interrupted", "optimal")   # optimal: solved within the second
    assert result.network is not None and result.lower_bound <= result.loss + 1e-9
    assert result.network.loss(X, y, "absolute").value == pytest.approx(result.loss)


def test_leaf_qp_that_highs_reports_as_a_solve_error_is_solved():
    # duplicate points with labels 0 and 1 next to x = 0 and x = 1e-6: HiGHS's QP stops at a
    # leaf point violating a row by 5e-7 (2e-6) and reports "Solve error"; found by hypothesis
    for X, y, box in (([0.0, 1.0, 1e-6, 1.0], [0.0, 0.0, 0.0, 1.0], 0.5),
                      ([0.0, 0.0, 0.25, 0.25, 1e-6], [0.0, 0.0, 0.0, 1.0, 0.0], 2.0)):
        case = {"X": np.array(X)[:, None], "y": np.array(y), "k": 1, "p": 1, "loss": "squared",
                "sample_weight": None, "weight_bound": box, "bias_bound": box, "output_bias": False}
        _check(case, BnBOptions())
        _check(case, BnBOptions(persistent=False))
        _check(case, BnBOptions(node_qp="highs"))


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["absolute", "max"]))
def test_persistent_node_model_gives_the_fresh_relaxations_bound(seed, loss):
    """The persistent model (bounds changed from node to node) and the node built afresh are the
    same relaxation: equal optima at random states along a path, with and without a radius."""
    from milp_relu.bounds import interval_preactivation_bounds
    from milp_relu.branch_and_bound_propagation import fix_by_bounds
    from milp_relu.branch_and_bound_relaxation import NodeProblem, PersistentNodeSolver, solve_node

    rng = np.random.default_rng(seed)
    n, d, k = int(rng.integers(2, 7)), int(rng.integers(1, 3)), int(rng.integers(1, 3))
    X = rng.uniform(-1, 1, (n, d))
    lower, upper = interval_preactivation_bounds(X, k, 1.0, 1.0)
    # some pairs decided by their bounds (U <= 0 or L >= 0): those keep a p row, not a chord
    decided = rng.integers(0, 3, (n, k))
    upper = np.where(decided == 1, -rng.uniform(0.0, 0.5, (n, k)), upper)
    lower = np.where(decided == 2, rng.uniform(0.0, 0.5, (n, k)), lower)
    problem = NodeProblem(np.column_stack([X, np.ones(n)]), rng.normal(size=n), rng.uniform(0.5, 2, n),
                          rng.choice([-1.0, 1.0], k), 1.0, 1.0, bool(rng.integers(2)), loss, lower, upper,
                          rng.uniform(0.5, 3, n) if rng.integers(2) else None)
    persistent = PersistentNodeSolver(problem)
    state = np.full((n, k), FREE, dtype=np.int8)
    for _ in range(n * k + 1):
        fix_by_bounds(state, lower, upper)           # as the search does before every node
        fresh, held = solve_node(problem, state.copy()), persistent.solve(state.copy())
        assert fresh.status == held.status
        if fresh.status == "optimal":
            assert held.value == pytest.approx(fresh.value, rel=1e-6, abs=1e-6)
        free = np.argwhere(state == FREE)
        if not free.size:
            break
        i, j = free[rng.integers(len(free))]
        state[i, j] = rng.choice([ON, OFF])


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000))
def test_squared_node_polytope_is_empty_exactly_where_the_fresh_node_is_infeasible(seed):
    """The squared loss's persistent polytope (PersistentNodeSolver.is_empty, which confirms
    DAQP's "infeasible") against the node's QP built afresh and solved by HiGHS: empty exactly
    where HiGHS finds the QP infeasible, at random states along a path, with tight radii that
    empty many of them."""
    from milp_relu.bounds import interval_preactivation_bounds
    from milp_relu.branch_and_bound_propagation import fix_by_bounds
    from milp_relu.branch_and_bound_relaxation import NodeProblem, PersistentNodeSolver, solve_node

    rng = np.random.default_rng(seed)
    n, d, k = int(rng.integers(2, 7)), int(rng.integers(1, 3)), int(rng.integers(1, 3))
    X = rng.uniform(-1, 1, (n, d))
    lower, upper = interval_preactivation_bounds(X, k, 1.0, 1.0)
    problem = NodeProblem(np.column_stack([X, np.ones(n)]), rng.normal(size=n), rng.uniform(0.5, 2, n),
                          rng.choice([-1.0, 1.0], k), 1.0, 1.0, False, "squared", lower, upper,
                          rng.uniform(0.05, 1.5, n) if rng.integers(4) else None, qp_solver="highs")
    polytope = PersistentNodeSolver(problem)
    state = np.full((n, k), FREE, dtype=np.int8)
    for _ in range(n * k + 1):
        fix_by_bounds(state, lower, upper)
        fresh = solve_node(problem, state.copy())
        assert fresh.status in ("optimal", "infeasible")
        assert polytope.is_empty(state.copy()) == (fresh.status == "infeasible")
        free = np.argwhere(state == FREE)
        if not free.size:
            break
        i, j = free[rng.integers(len(free))]
        state[i, j] = rng.choice([ON, OFF])


def test_the_squared_polytope_needs_no_output_bias():
    from milp_relu.branch_and_bound_relaxation import NodeProblem, PersistentNodeSolver

    X1, lower, upper = np.ones((2, 2)), -np.ones((2, 1)), np.ones((2, 1))
    problem = NodeProblem(X1, np.zeros(2), np.ones(2), np.ones(1), 1.0, 1.0, True, "squared", lower, upper)
    with pytest.raises(ValueError, match="output bias"):
        PersistentNodeSolver(problem)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_cone_rule_certificates_fix_the_same_pairs(seed):
    """Reusing the parent's separating certificates skips nnls tests, never a fixing."""
    from milp_relu.branch_and_bound_propagation import new_separators

    rng = np.random.default_rng(seed)
    n, d, k = int(rng.integers(3, 12)), int(rng.integers(1, 3)), int(rng.integers(1, 3))
    X1 = np.column_stack([np.round(rng.uniform(-1, 1, (n, d)) * 4) / 4, np.ones(n)])
    plain, reused = np.full((n, k), FREE, dtype=np.int8), np.full((n, k), FREE, dtype=np.int8)
    separators = new_separators(n, k, d + 1)
    for _ in range(n * k):
        free = np.argwhere(plain == FREE)
        if not free.size:
            break
        i, j = free[rng.integers(len(free))]
        plain[i, j] = reused[i, j] = rng.choice([ON, OFF])
        propagate_geometry(plain, X1, [int(j)])
        propagate_geometry(reused, X1, [int(j)], separators)
        assert np.array_equal(plain, reused)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000))
def test_one_cone_rule_pass_is_the_fixpoint(seed):
    """A second application of the cone rule fixes nothing: the pairs one pass fixes add
    generators already inside the cones (propagate_geometry's docstring). Points on a grid and
    repeated, so that many are fixed; every fixing checked against an independent LP."""
    from scipy.optimize import linprog

    rng = np.random.default_rng(seed)
    n, d, k = int(rng.integers(3, 14)), int(rng.integers(1, 4)), int(rng.integers(1, 3))
    X1 = np.column_stack([np.round(rng.uniform(-1, 1, (n, d)) * 2) / 2, np.ones(n)])
    state = np.full((n, k), FREE, dtype=np.int8)
    for _ in range(int(rng.integers(1, n * k + 1))):
        i, j = int(rng.integers(n)), int(rng.integers(k))
        state[i, j] = rng.choice([ON, OFF])
    before = state.copy()
    propagate_geometry(state, X1)
    again = state.copy()
    assert propagate_geometry(again, X1) == 0 and np.array_equal(again, state)
    for i, j in np.argwhere((before == FREE) & (state != FREE)):
        # (w, b) with every decided pair of unit j satisfied and p_ij strictly on the other side
        on, off = before[:, j] == ON, before[:, j] == OFF
        sign = 1.0 if state[i, j] == ON else -1.0
        A = np.vstack([-X1[on], X1[off], sign * X1[i][None, :]])
        b = np.r_[np.zeros(on.sum() + off.sum()), -1e-6]
        lp = linprog(np.zeros(d + 1), A_ub=A, b_ub=b, bounds=[(-1, 1)] * (d + 1), method="highs")
        assert lp.status == 2, "the cone rule fixed a pair some network of the node violates"


def test_block_swaps_of_disjoint_copies_are_symmetries_and_keep_the_optimum():
    """Two disjoint copies of K_4: 2 x 6 transpositions inside the copies and one swap of the
    copies; the orbit of a vertex point covers both copies; the optimum is kept."""
    inst = bounded_coloring(family="copies", copies=2, r=2, k=2)
    X, y = inst.dataset.X, inst.dataset.y
    swaps = coordinate_transpositions(X, y, np.ones(len(y)))
    assert len(swaps) == 13
    for perm in swaps:   # each maps the data set onto itself
        assert sorted(map(tuple, np.column_stack([X[perm], y[perm]]))) == sorted(map(tuple, np.column_stack([X, y])))
    state = np.full((len(y), 2), FREE, dtype=np.int8)
    assert point_orbit(state, swaps, 0) == list(range(8))
    # the optimum with and without them, on two copies of a triangle (small enough to compare)
    vertices = np.eye(6)
    edges = np.array([(vertices[a] + vertices[b]) / 2 for c in (0, 3) for a, b in ((c, c + 1), (c, c + 2), (c + 1, c + 2))])
    X, y = np.vstack([vertices, edges]), np.r_[np.full(6, 0.35), np.zeros(6)]
    assert len(coordinate_transpositions(X, y, np.ones(12))) == 2 * 3 + 1
    on = solve_split_bnb(X, y, "squared", (1.0, -1.0), 1.0, 1.0)
    off = solve_split_bnb(X, y, "squared", (1.0, -1.0), 1.0, 1.0, options=BnBOptions(data_symmetry=False))
    assert on.status == off.status == "optimal"
    assert on.loss == pytest.approx(off.loss, rel=TOL, abs=TOL)


def test_a_node_qp_that_highs_stops_short_is_not_trusted_as_a_bound():
    """HiGHS 1.16's QP reported 0.1666565 as the optimum of a node whose optimum is 0.1666463
    (Gurobi agrees), which pruned the optimal network and certified the wrong split optimum
    (found by hypothesis in CI). The node's bound now comes from qp_lower_bound."""
    case = {"X": np.array([[6.10351562e-05], [-0.5], [0.0]]), "y": np.array([0.0, -1.0, 0.0]), "k": 2,
            "p": 0, "loss": "squared", "sample_weight": None, "weight_bound": 0.5, "bias_bound": 0.5,
            "output_bias": False}
    for options in ({}, {"geometry": False}, {"polish": False}, {"node_qp": "highs"}):
        _check(case, BnBOptions(**options))


def test_qp_lower_bound_is_below_every_feasible_value_and_tight_at_the_optimum():
    from milp_relu.backends.highs import qp_lower_bound, solve_small_qp

    rng = np.random.default_rng(3)
    for _ in range(20):
        nv, m = 4, 6
        G = rng.normal(size=(nv, nv))
        H, cost = G @ G.T, rng.normal(size=nv)
        A = rng.normal(size=(m, nv))
        lo, up = np.full(m, -np.inf), np.abs(rng.normal(size=m)) + 0.1
        box = np.ones(nv)
        x = solve_small_qp(H, cost, A, lo, up, -box, box)
        assert x is not None
        best = 0.5 * x @ H @ x + cost @ x
        assert qp_lower_bound(H, cost, 0.0, A, lo, up, -box, box, x) == pytest.approx(best, abs=1e-7)
        z = np.zeros(nv)  # feasible (0 <= up), not optimal: the bound is still below the optimum
        assert qp_lower_bound(H, cost, 0.0, A, lo, up, -box, box, z) <= best + 1e-9


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(1, 5), st.integers(1, 6))
def test_dual_lower_bound_holds_for_any_multipliers(seed, nv, m):
    """Weak duality computed in float64: whatever multipliers a solver hands over (here random,
    of either sign, with infinite row sides), the bound is below the LP's optimum (scipy's
    linprog) and below g.w at random feasible points."""
    from scipy.optimize import linprog

    from milp_relu.backends.highs import dual_lower_bound

    rng = np.random.default_rng(seed)
    A = rng.normal(size=(m, nv))
    g = rng.normal(size=nv)
    lo, up = -np.abs(rng.normal(size=m)) - 0.1, np.abs(rng.normal(size=m)) + 0.1   # w = 0 is feasible
    lo[rng.random(m) < 0.4] = -np.inf
    up[rng.random(m) < 0.4] = np.inf
    box = rng.uniform(0.5, 2.0, size=nv)
    rows, rhs = np.vstack([A, -A]), np.r_[up, -lo]
    finite = np.isfinite(rhs)
    lp = linprog(g, A_ub=rows[finite], b_ub=rhs[finite], bounds=list(zip(-box, box)), method="highs")
    assert lp.status == 0
    w = rng.uniform(-1, 1, size=(200, nv)) * box
    feasible = np.all((w @ A.T >= lo) & (w @ A.T <= up), axis=1)
    for y in (3 * rng.normal(size=m), np.zeros(m), np.abs(rng.normal(size=m)), -np.abs(rng.normal(size=m))):
        bound = dual_lower_bound(g, sp.csr_matrix(A), lo, up, -box, box, y)
        assert bound <= lp.fun + 1e-9 * (1 + abs(lp.fun))
        assert np.all(bound <= w[feasible] @ g + 1e-12)


def _random_qp(rng: np.random.Generator, nv: int = 5, m: int = 7):
    """A strictly convex QP in a box with m random rows x'a <= u (u > 0, so x = 0 is feasible)."""
    G = rng.normal(size=(nv, nv))
    H, cost = G @ G.T, rng.normal(size=nv)
    A = sp.csr_matrix(rng.normal(size=(m, nv)))
    lo, up = np.full(m, -np.inf), np.abs(rng.normal(size=m)) + 0.1
    return H, cost, A, lo, up, np.ones(nv)


def test_qp_lower_bound_from_highs_duals_is_tight():
    """At HiGHS's own multipliers the summed dual bound is the QP's optimum (to 1e-7), so the
    search tree's nodes need no LP for their bound."""
    from milp_relu.backends import highs as backend

    rng = np.random.default_rng(5)
    for _ in range(20):
        H, cost, A, lo, up, box = _random_qp(rng)
        nv = cost.size
        model = highspy.HighsModel()
        model.lp_ = backend.highs_lp(cost, 0.0, A, -box, box, lo, up, np.zeros(nv, dtype=bool))
        model.hessian_ = backend.dense_hessian(H)
        status, x, y = backend.small_solves.solve_with_duals(model)
        assert status == highspy.HighsModelStatus.kOptimal and y is not None
        best = 0.5 * x @ H @ x + cost @ x
        g = H @ x + cost
        summed = best - g @ x + backend.dual_lower_bound(g, A, lo, up, -box, box, y)
        assert best - 1e-7 * (1 + abs(best)) <= summed <= best + 1e-9
        assert backend.qp_lower_bound(H, cost, 0.0, A, lo, up, -box, box, x, row_dual=y) == pytest.approx(best, abs=1e-7)


def test_qp_lower_bound_solves_the_lp_only_where_the_caller_acts_on_the_bound():
    """``exact_from``: below it, the summed bound of any multipliers is returned as it is (valid,
    maybe weak) and no LP is solved; from it on, the LP makes the bound tight again."""
    from milp_relu.backends import highs as backend

    rng = np.random.default_rng(7)
    H, cost, A, lo, up, box = _random_qp(rng)
    m = A.shape[0]
    x = backend.solve_small_qp(H, cost, A, lo, up, -box, box)
    assert x is not None
    value = 0.5 * x @ H @ x + cost @ x
    wrong = -np.abs(rng.normal(size=m))                 # poor multipliers: a weak summed bound
    g = H @ x + cost
    summed = value - g @ x + backend.dual_lower_bound(g, A, lo, up, -box, box, wrong)
    assert summed < value - 1e-3
    weak = backend.qp_lower_bound(H, cost, 0.0, A, lo, up, -box, box, x, row_dual=wrong,
                                  exact_from=value + 1.0)
    assert weak == pytest.approx(summed, rel=1e-12)
    tight = backend.qp_lower_bound(H, cost, 0.0, A, lo, up, -box, box, x, row_dual=wrong,
                                   exact_from=value - 1.0)
    assert tight == pytest.approx(value, abs=1e-7)


def _orbit_one_swap_at_a_time(state, swaps, point):
    """The orbit by the definition: the swaps whose permuted state equals the state, closed
    under composition by a breadth-first walk."""
    active = [perm for perm in swaps if np.array_equal(state[perm], state)]
    orbit, frontier = {point}, [point]
    while frontier:
        i = frontier.pop()
        for perm in active:
            if int(perm[i]) not in orbit:
                orbit.add(int(perm[i]))
                frontier.append(int(perm[i]))
    return sorted(orbit)


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 9), k=st.integers(1, 3), swaps=st.integers(0, 6))
def test_point_orbit_of_stacked_swaps_matches_the_definition(seed, n, k, swaps):
    """point_orbit on the (T, n) stack the search keeps, against the orbit walked swap by swap;
    states drawn from few values so that many swaps fix them."""
    rng = np.random.default_rng(seed)
    perms = []
    for _ in range(swaps):
        perm = np.arange(n)
        a, b = rng.integers(0, n, 2)
        perm[[a, b]] = perm[[b, a]]
        perms.append(perm)
    state = rng.choice(np.array([FREE, OFF, ON], dtype=np.int8)[:int(rng.integers(1, 4))], size=(n, k))
    point = int(rng.integers(0, n))
    stack = np.array(perms, dtype=np.intp).reshape(len(perms), n)
    assert point_orbit(state, stack, point) == _orbit_one_swap_at_a_time(state, perms, point)
    assert point_orbit(state, perms, point) == _orbit_one_swap_at_a_time(state, perms, point)


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["absolute", "max", "squared"]), st.integers(1, 2))
def test_convexity_cuts_keep_the_optimum_in_three_dimensions(seed, loss, k):
    """Points around a centre (so some lie inside the others' hull and get a cut), d = 3:
    the search with the cuts forced on, and off, against the brute force."""
    rng = np.random.default_rng(seed)
    n = 6 if k == 1 else 5
    X = rng.uniform(-1, 1, (n, 3))
    X[0] = X[1:].mean(axis=0)                     # inside the hull of the others
    case = {"X": X, "y": rng.normal(size=n), "k": k, "p": int(rng.integers(0, k + 1)), "loss": loss,
            "sample_weight": None, "weight_bound": 1.0, "bias_bound": 1.0, "output_bias": False}
    for setting in ("on", "off"):
        _check(case, BnBOptions(convexity_cuts=setting), incumbent=bool(seed % 2))


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["absolute", "max"]))
def test_convexity_rows_tighten_nodes_and_leave_leaves_alone(seed, loss):
    """The persistent model with the convexity rows: every node's bound at least the plain
    relaxation's (the rows only cut), at a leaf (one network per state) the same value, and at
    every node the value of the node built afresh with the same rows."""
    from milp_relu.bounds import interval_preactivation_bounds
    from milp_relu.branch_and_bound_relaxation import NodeProblem, PersistentNodeSolver, solve_node
    from milp_relu.convexity_cuts import convex_combinations

    rng = np.random.default_rng(seed)
    n, d, k = int(rng.integers(4, 9)), int(rng.integers(1, 4)), int(rng.integers(1, 3))
    X = rng.uniform(-1, 1, (n, d))
    X1 = np.column_stack([X, np.ones(n)])
    lower, upper = interval_preactivation_bounds(X, k, 1.0, 1.0)
    problem = NodeProblem(X1, rng.normal(size=n), rng.uniform(0.5, 2, n), rng.choice([-1.0, 1.0], k), 1.0, 1.0,
                          False, loss, lower, upper, None, convexity=convex_combinations(X1, 1.0, 1.0))
    plain = NodeProblem(**{**problem.__dict__, "convexity": None})
    held = PersistentNodeSolver(problem)
    state = np.full((n, k), FREE, dtype=np.int8)
    while True:
        cut, fresh = held.solve(state.copy()), solve_node(plain, state.copy())
        fresh_cut = solve_node(problem, state.copy())
        assert fresh_cut.status == cut.status
        if cut.status == "optimal":
            assert cut.value == pytest.approx(fresh_cut.value, rel=1e-6, abs=1e-6)
        if fresh.status == "optimal" and cut.status == "optimal":
            assert cut.value >= fresh.value - 1e-7 * (1 + abs(fresh.value))
            if not (state == FREE).any():
                assert cut.value == pytest.approx(fresh.value, rel=1e-6, abs=1e-7)
        else:
            assert cut.status == "infeasible" or fresh.status != "optimal"
        free = np.argwhere(state == FREE)
        if not free.size:
            break
        i, j = free[rng.integers(len(free))]
        state[i, j] = rng.choice([ON, OFF])
