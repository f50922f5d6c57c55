"""Node-local bounds (milp_relu.unit_polytope) against brute-force vertex enumeration, and exactness with them."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milp_relu.branch_and_bound import LOCAL_MIN_POINTS, BnBOptions, local_bounds, local_bounds_wanted, solve_split_bnb
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON
from milp_relu.unit_polytope import MAX_WIDTH, UnitPolytope
from milp_relu.verify import brute_force_fit


def _brute_force_bounds(cuts: np.ndarray, box: np.ndarray, V1: np.ndarray) -> np.ndarray:
    """min and max of v . theta over {-box <= theta <= box, cuts theta >= 0} by brute force: every
    choice of ``width`` constraints taken tight, solved, kept where feasible (a vertex)."""
    width = box.size
    A = np.vstack([np.eye(width), -np.eye(width), -cuts])               # A theta <= b
    b = np.r_[box, box, np.zeros(len(cuts))]
    subsets = np.array(list(itertools.combinations(range(len(A)), width)))
    M, rhs = A[subsets], b[subsets]
    with np.errstate(all="ignore"):
        good = np.abs(np.linalg.det(M)) > 1e-12
    points = np.linalg.solve(M[good], rhs[good][..., None])[..., 0]
    # rounding only: the points solve their systems to about 1e-16 of their scale
    feasible = (points @ A.T <= b + 1e-12 * (1 + np.abs(points) @ np.abs(A).T)).all(axis=1)
    values = V1 @ points[feasible].T
    return np.c_[values.min(axis=1), values.max(axis=1)]


@st.composite
def polytopes(draw):
    """Points (grids: ties, duplicates, points through a common line; or floats), a box and
    signed cuts at some of them."""
    d = draw(st.integers(1, 4))
    n = draw(st.integers(1, 12))
    if draw(st.booleans()):
        X = np.array(draw(st.lists(st.lists(st.integers(-2, 2), min_size=d, max_size=d), min_size=n, max_size=n)),
                     float) / 2
    else:
        X = np.array(draw(st.lists(st.lists(st.floats(-3, 3, allow_nan=False), min_size=d, max_size=d),
                                   min_size=n, max_size=n)))
    V1 = np.c_[X.reshape(n, d), np.ones(n)]
    box = np.r_[np.full(d, draw(st.sampled_from([0.5, 1.0, 4.0]))), draw(st.sampled_from([0.25, 1.0, 3.0]))]
    cuts = draw(st.lists(st.tuples(st.integers(0, n - 1), st.sampled_from([1.0, -1.0])), max_size=10))
    return V1, box, np.array([s * V1[i] for i, s in cuts]).reshape(-1, d + 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(polytopes())
def test_vertex_bounds_equal_the_brute_force_bounds(case):
    V1, box, cuts = case
    P = UnitPolytope.from_box(box)
    for a in cuts:
        P = P.cut(a)
    norms = np.linalg.norm(V1, axis=1)
    lo, hi, lo_raw, hi_raw = P.bounds(V1, norms)
    ref = _brute_force_bounds(cuts, box, V1)
    scale = 1.0 + norms * np.linalg.norm(box)
    assert np.all(np.abs(lo_raw - ref[:, 0]) <= 1e-9 * scale)
    assert np.all(np.abs(hi_raw - ref[:, 1]) <= 1e-9 * scale)
    # the bounds relied on lie outside the exact ones
    assert np.all(lo <= ref[:, 0]) and np.all(hi >= ref[:, 1])
    # every vertex is a point of the polytope
    assert np.all(np.abs(P.vertices) <= box * (1 + 1e-12))
    if len(cuts):
        assert (cuts @ P.vertices.T).min() >= -1e-9 * np.linalg.norm(box) * np.abs(cuts).sum(axis=1).max()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(polytopes(), st.randoms(use_true_random=False))
def test_the_cuts_order_does_not_change_the_polytope(case, random):
    V1, box, cuts = case
    order = list(range(len(cuts)))
    random.shuffle(order)
    first, second = UnitPolytope.from_box(box), UnitPolytope.from_box(box)
    for a in cuts:
        first = first.cut(a)
    for q in order:
        second = second.cut(cuts[q])
    norms = np.linalg.norm(V1, axis=1)
    for got, want in zip(first.bounds(V1, norms)[2:], second.bounds(V1, norms)[2:]):
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-9 * (1 + norms.max() * np.linalg.norm(box)))


def test_halves_are_the_two_cuts():
    rng = np.random.default_rng(3)
    V1 = np.c_[rng.normal(size=(30, 3)), np.ones(30)]
    box = np.array([1.0, 1.0, 1.0, 2.0])
    P = UnitPolytope.from_box(box)
    for i in range(8):
        P = P.cut((1 if i % 2 else -1) * V1[i])
    ge, le = P.halves(V1[20])
    norms = np.linalg.norm(V1, axis=1)
    for got, want in ((ge, P.cut(V1[20])), (le, P.cut(-V1[20]))):
        assert np.array_equal(got.bounds(V1, norms)[2], want.bounds(V1, norms)[2])
        assert np.array_equal(got.bounds(V1, norms)[3], want.bounds(V1, norms)[3])
    # a halfspace that holds the polytope leaves it as it is; the other side is a face
    assert P.cut(V1[1]) is P
    face = P.cut(-V1[1])
    assert np.all(np.abs(face.vertices @ V1[1]) <= 1e-12)


def test_bounds_scale_with_the_data():
    """Multiplying the inputs by c and dividing the weights' box by c keeps every bound (the
    networks are the same); multiplying both boxes by c multiplies the bounds by c."""
    rng = np.random.default_rng(8)
    X = rng.normal(size=(25, 2))
    signs = rng.choice([-1.0, 1.0], 10)
    box = np.array([1.5, 1.5, 0.7])

    def bounds(X, box):
        V1 = np.c_[X, np.ones(len(X))]
        P = UnitPolytope.from_box(box)
        for i, s in enumerate(signs):
            P = P.cut(s * V1[i])
        return P.bounds(V1, np.linalg.norm(V1, axis=1))[2:]

    lo, hi = bounds(X, box)
    for c in (1e-3, 1e3):
        lo_c, hi_c = bounds(c * X, np.r_[box[:2] / c, box[2]])
        np.testing.assert_allclose(lo_c, lo, rtol=1e-9, atol=1e-12)
        np.testing.assert_allclose(hi_c, hi, rtol=1e-9, atol=1e-12)
        lo_c, hi_c = bounds(X, c * box)
        np.testing.assert_allclose(lo_c, c * lo, rtol=1e-9, atol=1e-12 * c)
        np.testing.assert_allclose(hi_c, c * hi, rtol=1e-9, atol=1e-12 * c)


def test_local_bounds_fix_what_the_cone_decides():
    """x_2 between x_0 and x_1, both ON: the unit's polytope puts x_2 ON; beyond x_1 on the ray
    from an OFF x_0: ON as well; the other points stay open within the search's bounds."""
    X1 = np.array([[0.0, 1.0], [1.0, 1.0], [0.5, 1.0], [2.0, 1.0], [-1.0, 1.0]])
    box = np.array([1.0, 1.0])
    state = np.full((5, 1), FREE, dtype=np.int8)
    P = UnitPolytope.from_box(box).cut(X1[0]).cut(X1[1])
    lower, upper = np.full((5, 1), -2.0), np.full((5, 1), 2.0)
    L, U = local_bounds(state, X1, np.linalg.norm(X1, axis=1), (P,), lower, upper)
    assert state[2, 0] == ON and state[3, 0] == FREE and state[4, 0] == FREE
    assert np.all(L >= lower) and np.all(U <= upper) and L[4, 0] < 0 < U[4, 0]
    state = np.full((5, 1), FREE, dtype=np.int8)
    Q = UnitPolytope.from_box(box).cut(-X1[0]).cut(X1[1])
    local_bounds(state, X1, np.linalg.norm(X1, axis=1), (Q,), lower, upper)
    assert state[3, 0] == ON and state[4, 0] == OFF


def test_a_box_too_wide_is_refused():
    with pytest.raises(ValueError, match="too many corners"):
        UnitPolytope.from_box(np.ones(MAX_WIDTH + 1))


def _mixed_case(seed: int, n: int = 6, d: int = 2) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, d))
    y = (np.maximum(X @ rng.normal(size=d) + 0.2, 0) - np.maximum(X @ rng.normal(size=d) - 0.1, 0)
         + 0.1 * rng.normal(size=n))
    return X, y


@pytest.mark.parametrize("loss", ["absolute", "max"])
@pytest.mark.parametrize("seed", range(4))
def test_local_bounds_keep_the_optimum_of_a_mixed_split(loss, seed):
    """In a split of both signs (no symmetry rule: the local bounds act) the optimum equals the
    brute force's, with and without them."""
    X, y = _mixed_case(seed)
    truth = brute_force_fit(X, y, 2, loss, weight_bound=1.0, bias_bound=1.0, signs=1).loss
    for options in (BnBOptions(local_bounds="on"), BnBOptions(local_bounds="on", geometry=False),
                    BnBOptions(local_bounds="off")):
        result = solve_split_bnb(X, y, loss, (1.0, -1.0), 1.0, 1.0, options=options)
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth, rel=1e-6, abs=1e-6)
        assert result.lower_bound <= truth + 1e-6 * (1 + truth)


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e3])
def test_local_bounds_keep_the_optimum_at_every_scale(scale):
    """The same fit with X and y scaled by c (and the bias box, as f(c x) = c f(x) needs): the
    optimum scales with it, with local bounds on."""
    X, y = _mixed_case(11)
    reference = solve_split_bnb(X, y, "absolute", (1.0, -1.0), 1.0, 1.0, options=BnBOptions(local_bounds="on"))
    scaled = solve_split_bnb(scale * X, scale * y, "absolute", (1.0, -1.0), 1.0, scale,
                             options=BnBOptions(local_bounds="on"))
    truth = brute_force_fit(scale * X, scale * y, 2, "absolute", weight_bound=1.0, bias_bound=scale, signs=1).loss
    assert scaled.status == "optimal"
    assert scaled.loss == pytest.approx(truth, rel=1e-6, abs=1e-9 * scale)
    assert scaled.loss == pytest.approx(scale * reference.loss, rel=1e-6, abs=1e-9 * scale)


@pytest.mark.parametrize("loss", ["absolute", "max"])
def test_local_bounds_decide_pairs_and_agree_with_the_search_without_them(loss):
    """A larger split (n = 24, d = 3), beyond the brute force: the same optimum with and without
    local bounds, and with the cone rule off the local bounds alone decide pairs (the L1 tree;
    the max loss's takes 11 nodes and decides none)."""
    X, y = _mixed_case(5, n=24, d=3)
    without = solve_split_bnb(X, y, loss, (1.0, -1.0), 1.0, 1.0, options=BnBOptions(local_bounds="off"))
    local = solve_split_bnb(X, y, loss, (1.0, -1.0), 1.0, 1.0, options=BnBOptions(local_bounds="on", geometry=False))
    assert without.status == local.status == "optimal"
    assert local.loss == pytest.approx(without.loss, rel=1e-6, abs=1e-9)
    assert local.fixed_by_propagation > 0 or (loss == "max" and local.nodes < 20)   # (max: a small tree)


def test_auto_takes_local_bounds_where_they_were_measured_to_pay():
    n = LOCAL_MIN_POINTS
    assert local_bounds_wanted("auto", "absolute", n, 2) and local_bounds_wanted("auto", "absolute", 4 * n, 3)
    assert not local_bounds_wanted("auto", "absolute", n - 1, 2)
    assert not local_bounds_wanted("auto", "absolute", n, 1)
    assert not local_bounds_wanted("auto", "max", 4 * n, 2)
    assert local_bounds_wanted("on", "max", 5, 1) and not local_bounds_wanted("off", "absolute", 4 * n, 2)
