"""benchmarks/ideal_relaxation.py: its column generation against the search's relaxation, the
split's optimum and sampled networks, and its record of the search's tree."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linprog

from milp_relu.branch_and_bound import prepare_search, solve_split_bnb
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON, NodeProblem, solve_node
from milp_relu.generators import generate

from conftest import load_benchmark


@pytest.fixture(scope="module")
def ideal_module():
    return load_benchmark("ideal_relaxation")


def _instance(n: int, d: int, seed: int):
    inst = generate("planted", seed=seed, n=n, d=d, k=2, inputs="ball", noise=0.05, loss="absolute")
    return inst.dataset.X, inst.dataset.y


def _sampled_hull_minimum(X1, y, signs, state, known, rng, count=3000) -> float:
    """min L1 loss over convex combinations of sampled networks of the node and ``known`` (k, d + 1),
    a network in it: an upper bound of the ideal bound (their hull lies inside the node's)."""
    k, width = signs.size, X1.shape[1]
    thetas = rng.uniform(-1.0, 1.0, size=(count, k, width))
    thetas *= rng.uniform(0.0, 1.0, size=(count, k, 1)) ** 2      # small networks too
    thetas = np.concatenate([thetas, known[None]])
    P = np.einsum("nw,mkw->mnk", X1, thetas)
    keep = np.all((state != ON) | (P >= 0.0), axis=(1, 2)) & np.all((state != OFF) | (P <= 0.0), axis=(1, 2))
    F = (np.maximum(P[keep], 0.0) * signs).sum(axis=2)                # (m, n) predictions
    m, n = F.shape
    cost = np.concatenate([np.zeros(m), np.ones(2 * n)])
    A = np.vstack([np.hstack([F.T, -np.eye(n), np.eye(n)]), np.concatenate([np.ones(m), np.zeros(2 * n)])])
    res = linprog(cost, A_eq=A, b_eq=np.concatenate([y, [1.0]]), bounds=(0, None), method="highs")
    return res.fun


@pytest.mark.parametrize("signs,seed", [((1.0, -1.0), 0), ((1.0, 1.0), 1)])
def test_ideal_bound_lies_between_the_relaxation_and_the_optimum(ideal_module, signs, seed):
    X, y = _instance(12, 3, seed)
    signs = np.array(signs)
    split = solve_split_bnb(X, y, "absolute", signs, 1.0, 1.0)
    data = prepare_search(X, y, None, 2, 1.0, 1.0)
    ideal = ideal_module.IdealRelaxation(data.X1, y, signs, data.lower, data.upper)
    triangle = NodeProblem(data.X1, y, data.weights, signs, 1.0, 1.0, False, "absolute",
                           data.lower.copy(), data.upper.copy())
    theta = np.column_stack([split.network.W, split.network.b])
    pattern = split.network.pattern(X)
    rng = np.random.default_rng(seed)
    order = rng.permutation(pattern.size)
    for share in (0.0, 0.4, 0.8, 1.0):
        chosen = np.zeros(pattern.size, dtype=bool)
        chosen[order[:round(share * pattern.size)]] = True
        chosen = chosen.reshape(pattern.shape)
        state = np.full(pattern.shape, FREE, dtype=np.int8)
        state[chosen & pattern], state[chosen & ~pattern] = ON, OFF
        lower, master, finished = ideal.bound(state)
        relaxed = solve_node(triangle, state.copy()).value
        # the triangle relaxation contains the hull; the split's optimal network is in the node
        assert finished and relaxed - 1e-6 <= lower <= master + 1e-9
        assert master <= split.loss + 1e-6
        if share == 1.0:
            # one pattern: its hull is its own convex set of networks, whose best is the optimum's
            assert lower == pytest.approx(split.loss, abs=1e-6)
        # sampled networks of the node span part of the hull: its minimum is not above theirs
        assert master <= _sampled_hull_minimum(data.X1, y, signs, state, theta, rng) + 1e-6


def test_recorded_tree_is_the_search_and_pruning_only_removes(ideal_module):
    X, y = _instance(10, 2, 2)
    signs = np.array([1.0, -1.0])
    optimum = min(solve_split_bnb(X, y, "absolute", s, 1.0, 1.0).loss
                  for s in (np.array([1.0, 1.0]), signs, np.array([-1.0, -1.0])))
    plain = solve_split_bnb(X, y, "absolute", signs, 1.0, 1.0, cutoff=optimum)
    with ideal_module.recorded_search() as records:
        recorded = solve_split_bnb(X, y, "absolute", signs, 1.0, 1.0, cutoff=optimum)
    assert recorded.nodes == plain.nodes == len(records) > 1
    assert records[0][1] is None and all(parent is not None for _, parent, _ in records[1:])
    data = prepare_search(X, y, None, 2, 1.0, 1.0)
    ideal = ideal_module.IdealRelaxation(data.X1, y, signs, data.lower, data.upper)
    left, computed, truncated = ideal_module.pruned_by_ideal(ideal, records, optimum, 60)
    branched = len({parent for _, parent, _ in records if parent is not None})
    assert 1 <= left <= len(records) and 1 <= computed <= branched and truncated == 0
    # the search's own classes are back
    import milp_relu.branch_and_bound as bb
    assert bb._Tree.evaluate.__name__ == "evaluate" and bb._Tree.split.__name__ == "split"


class _BoundsByLabel:
    """A stand-in for IdealRelaxation whose bound is high at the nodes named in ``high``."""

    def __init__(self, high: set[int]) -> None:
        self.high = high

    def bound(self, state, stop_at, max_iter):
        return (10.0 if int(state[0]) in self.high else 0.0), 0.0, True


@pytest.mark.parametrize("high,expected", [
    (set(), (7, 4, 0)),       # nothing pruned: every node stays, the 4 branched nodes are bounded
    ({0}, (1, 1, 0)),         # the root: everything below it goes
    ({1}, (4, 3, 0)),         # node 1 with its children 3 and 4 and its grandchild 5
    ({3}, (6, 4, 0)),         # a leaf's parent: only its child 5
    ({1, 3}, (4, 3, 0)),      # 3 is gone with 1 before its own bound is asked for
])
def test_pruning_removes_exactly_the_subtree(ideal_module, high, expected):
    # the tree 0 -> (1, 2); 1 -> (3, 4 discarded); 3 -> (5,); 2 -> (6 discarded); labels in state[0]
    records = [(0, None, np.array([0])), (1, 0, np.array([1])), (2, 0, np.array([2])), (3, 1, np.array([3])),
               (None, 1, np.array([4])), (5, 3, np.array([5])), (None, 2, np.array([6]))]
    assert ideal_module.pruned_by_ideal(_BoundsByLabel(high), records, 1.0, 60) == expected


def test_pruning_refuses_records_of_more_than_one_search(ideal_module):
    records = [(0, None, np.array([0])), (1, None, np.array([1]))]
    with pytest.raises(ValueError, match="more than one root"):
        ideal_module.pruned_by_ideal(_BoundsByLabel(set()), records, 1.0, 60)
