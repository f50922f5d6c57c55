"""The convexity cuts h_ij <= sum_a lambda_a h_aj (milp_relu.convexity_cuts): valid for every
network in the boxes, and found exactly where a point lies inside its neighbours' hull."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from milp_relu.convexity_cuts import convex_combinations


def _points(seed: int, n: int, d: int, grid: bool) -> np.ndarray:
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, (n, d))
    return np.round(X * 2) / 2 if grid else X     # grids: ties, duplicates, collinear points


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 40), st.integers(1, 4), st.booleans(),
       st.sampled_from([0.5, 1.0, 3.0]))
def test_every_cut_holds_for_networks_in_the_boxes(seed, n, d, grid, bound):
    """Jensen's inequality, checked on random units (w, b) in the boxes, also at their corners
    (where h is largest), against the row's own slack."""
    X = _points(seed, n, d, grid)
    X1 = np.column_stack([X, np.ones(n)])
    cuts = convex_combinations(X1, bound, 0.5 * bound)
    rng = np.random.default_rng(seed + 1)
    box = np.r_[np.full(d, bound), 0.5 * bound]
    units = np.vstack([rng.uniform(-1, 1, (200, d + 1)), rng.choice([-1.0, 1.0], (200, d + 1))]) * box
    H = np.maximum(X1 @ units.T, 0.0)                                        # (n, units)
    for c in range(cuts.count):
        members = cuts.members[cuts.start[c]:cuts.start[c + 1]]
        weights = cuts.weights[cuts.start[c]:cuts.start[c + 1]]
        excess = H[cuts.centers[c]] - weights @ H[members]
        assert np.all(excess <= cuts.slack[c] + 1e-12 * (1 + np.abs(H).max()))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 30), st.integers(1, 3))
def test_combinations_reproduce_their_points_with_weights_summing_to_one(seed, n, d):
    X = _points(seed, n, d, False)
    X1 = np.column_stack([X, np.ones(n)])
    cuts = convex_combinations(X1, 1.0, 1.0)
    assert cuts.start.size == cuts.count + 1 and cuts.start[0] == 0
    for c in range(cuts.count):
        members = cuts.members[cuts.start[c]:cuts.start[c + 1]]
        weights = cuts.weights[cuts.start[c]:cuts.start[c + 1]]
        assert cuts.centers[c] not in members and np.all(weights > 0)
        assert np.allclose(weights @ X1[members], X1[cuts.centers[c]], atol=1e-8)
        assert abs(weights.sum() - 1.0) <= 1e-8


def test_a_centre_gets_a_cut_and_the_corners_none():
    """The corners of a square are no convex combination of anything; its centre is."""
    X = np.array([[-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0], [1.0, 1.0], [0.0, 0.0]])
    cuts = convex_combinations(np.column_stack([X, np.ones(5)]), 1.0, 1.0)
    assert cuts.centers.tolist() == [4]
    members = cuts.members[cuts.start[0]:cuts.start[1]]
    assert set(members.tolist()) <= {0, 1, 2, 3}


def test_too_few_points_give_no_cuts():
    for n in (1, 2):
        cuts = convex_combinations(np.column_stack([np.arange(n, dtype=float)[:, None], np.ones(n)]), 1.0, 1.0)
        assert cuts.count == 0 and cuts.start.tolist() == [0]


def test_many_points_need_no_quadratic_memory():
    """The neighbours come from a k-d tree: 20,000 points stay far below the 3.2 GB an n x n
    distance matrix would take."""
    import tracemalloc

    X = np.random.default_rng(0).uniform(-1, 1, (20_000, 2))
    tracemalloc.start()
    cuts = convex_combinations(np.column_stack([X, np.ones(len(X))]), 1.0, 1.0)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert cuts.count > 15_000            # most points of a filled square lie inside their neighbours
    assert peak < 100 * 2**20
