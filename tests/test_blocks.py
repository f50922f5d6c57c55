"""Identical coordinate blocks (milp_relu.engine.blocks): found exactly, and the reduced problem's
optimum, bound and network are the whole problem's (against brute force and the undecomposed fit)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from milp_relu import fit
from milp_relu.engine.blocks import IdenticalBlocks
from milp_relu.engine.problem import Problem
from milp_relu.generators import generate
from milp_relu.verify import brute_force_fit

def _copies(c: int):
    inst = generate("bounded-coloring", family="copies", r=2, k=2, copies=c)
    return inst.dataset, inst.metadata["bounds"]


def test_the_copies_family_reduces_to_one_copy() -> None:
    data, _ = _copies(3)
    blocks = IdenticalBlocks.find(Problem.from_user(data.X, data.y, k=2))
    assert blocks is not None
    assert blocks.record() == {"copies": 3, "block_size": 4, "points": 10, "features": 4}
    reduced = blocks.apply(Problem.from_user(data.X, data.y, k=2))
    assert (reduced.data.n, reduced.data.d) == (10, 4)
    assert reduced.data.sample_weight is None          # no shared points: nothing reweighted


def test_one_changed_bit_leaves_the_blocks_alone() -> None:
    data, _ = _copies(2)
    y = data.y.copy()
    y[-1] = np.nextafter(y[-1], 1.0)                   # an edge label of the second copy
    assert IdenticalBlocks.find(Problem.from_user(data.X, y, k=2)) is None
    X = data.X.copy()
    X[-1, np.flatnonzero(X[-1])[0]] *= 1 + 1e-15
    assert IdenticalBlocks.find(Problem.from_user(X, data.y, k=2)) is None


def test_shared_points_are_reweighted_for_summed_losses_only() -> None:
    # two copies of {(1), (2)} in coordinates 0 and 1, and a point at the origin
    X = np.array([[1.0, 0.0], [2.0, 0.0], [0.0, 1.0], [0.0, 2.0], [0.0, 0.0]])
    y = np.array([1.0, -1.0, 1.0, -1.0, 0.5])
    for loss, weight in (("squared", 0.5), ("absolute", 0.5), ("max", 1.0)):
        problem = Problem.from_user(X, y, k=1, loss=loss)
        blocks = IdenticalBlocks.find(problem)
        reduced = blocks.apply(problem)
        np.testing.assert_array_equal(reduced.data.X, [[1.0], [2.0], [0.0]])
        np.testing.assert_array_equal(reduced.data.weights, [1.0, 1.0, weight])
        assert blocks.invert_objective(2.0) == (4.0 if loss != "max" else 2.0)


@st.composite
def block_problems(draw: st.DrawFn) -> dict:
    """c copies of a random one-coordinate block, shuffled, with optional shared points (at the
    origin or in an extra coordinate that no copy uses)."""
    c = draw(st.integers(2, 3))
    m = draw(st.integers(2, 3))
    values = st.floats(-1, 1, allow_nan=False, width=32).filter(lambda v: abs(v) > 0.05)
    xs = np.array(draw(st.lists(values, min_size=m, max_size=m)), dtype=np.float64)
    ys = np.array(draw(st.lists(st.floats(-1, 1, width=32), min_size=m, max_size=m)), dtype=np.float64)
    ws = np.array(draw(st.lists(st.floats(0.5, 2, width=32), min_size=m, max_size=m)), dtype=np.float64)
    extra = draw(st.integers(0, 2))
    d = c + (1 if extra else 0)
    rows, labels, weights = [], [], []
    for t in range(c):
        for i in range(m):
            row = np.zeros(d)
            row[t] = xs[i]
            rows.append(row)
            labels.append(ys[i])
            weights.append(ws[i])
    for e in range(extra):
        row = np.zeros(d)
        row[-1] = draw(values) if e else 0.0
        rows.append(row)
        labels.append(draw(st.floats(-1, 1, width=32)))
        weights.append(1.0)
    # labels of size 1e-14 against boxes of 1 are refused by fit (scaling.MAX_DYNAMIC_RANGE)
    assume(max(abs(v) for v in labels) >= 0.01)
    rng = np.random.default_rng(draw(st.integers(0, 2**16)))
    order, cols = rng.permutation(len(rows)), rng.permutation(d)
    X = np.array(rows)[order][:, cols]
    return dict(X=X, y=np.array(labels)[order], w=np.array(weights)[order], c=c,
                loss=draw(st.sampled_from(["squared", "absolute", "max"])),
                output_bias=draw(st.booleans()))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block_problems())
def test_decomposed_fit_equals_brute_force(p: dict) -> None:
    result = fit(p["X"], p["y"], k=1, loss=p["loss"], sample_weight=p["w"], output_bias=p["output_bias"])
    assert result.status == "optimal"
    assert result.options["decomposition"][0]["copies"] == p["c"]
    reference = brute_force_fit(p["X"], p["y"], 1, p["loss"], sample_weight=p["w"],
                                output_bias=p["output_bias"]).loss
    tol = 1e-6 * abs(reference) + result.options["abs_gap_absolute"] + 1e-12   # fit's own certified gap
    assert reference - tol <= result.loss <= reference + tol
    assert result.lower_bound <= reference + tol
    assert result.loss - result.lower_bound <= tol
    # the returned network is the whole problem's: its loss recomputed here
    recomputed = result.network.loss(p["X"], p["y"], p["loss"], p["w"]).value
    assert recomputed == pytest.approx(result.loss, rel=1e-9, abs=1e-12)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block_problems())
def test_decomposed_fit_equals_the_undecomposed_one_for_two_units(p: dict) -> None:
    on = fit(p["X"], p["y"], k=2, loss=p["loss"], sample_weight=p["w"], output_bias=p["output_bias"])
    off = fit(p["X"], p["y"], k=2, loss=p["loss"], sample_weight=p["w"], output_bias=p["output_bias"],
              decompose=False)
    assert on.status == off.status == "optimal"
    assert off.options["decomposition"] == [] and on.options["decomposition"]
    tol = 1e-6 * abs(off.loss) + 2 * off.options["abs_gap_absolute"] + 1e-12
    assert abs(on.loss - off.loss) <= tol
    assert on.lower_bound <= off.loss + tol and off.lower_bound <= on.loss + tol


def test_copies_solve_as_fast_as_one_copy_with_the_same_optimum() -> None:
    """c = 2 copies of K_4 (G3): the reduced fit certifies the undecomposed fit's optimum."""
    data, bounds = _copies(2)
    kwargs = dict(k=2, loss="squared", weight_bound=bounds["weight"], bias_bound=bounds["bias"])
    on = fit(data.X, data.y, **kwargs)
    off = fit(data.X, data.y, decompose=False, **kwargs)
    assert on.status == off.status == "optimal"
    assert on.loss == pytest.approx(off.loss, rel=1e-6)
    assert on.nodes < off.nodes
    assert on.network.W.shape == (2, data.d)
