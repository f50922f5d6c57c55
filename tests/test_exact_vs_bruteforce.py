"""fit() against the independent brute force (pattern enumeration) on random tiny instances."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from milp_relu import fit
from milp_relu.errors import InputError
from milp_relu.scaling import MAX_DYNAMIC_RANGE
from milp_relu.verify import affine_dichotomies, brute_force_fit

TOL = 1e-6


@st.composite
def tiny_instances(draw):
    k = draw(st.integers(1, 2))
    n = draw(st.integers(1, 8 if k == 1 else 5))
    d = draw(st.integers(1, 2))
    # small integer grids make ties, duplicates and collinear points common
    grid = draw(st.sampled_from(["int", "float"]))
    if grid == "int":
        X = np.array(draw(st.lists(st.lists(st.integers(-2, 2), min_size=d, max_size=d), min_size=n, max_size=n)), float) / 2
    else:
        X = np.array(draw(st.lists(st.lists(st.floats(-1, 1, allow_nan=False), min_size=d, max_size=d), min_size=n, max_size=n)))
    y = np.array(draw(st.lists(st.floats(-2, 2, allow_nan=False), min_size=n, max_size=n)))
    loss = draw(st.sampled_from(["squared", "absolute", "max"]))
    weights = None
    if draw(st.booleans()):
        weights = np.array(draw(st.lists(st.floats(0.25, 4), min_size=n, max_size=n)))
    signs = draw(st.one_of(st.none(), st.integers(0, k)))
    weight_bound = draw(st.sampled_from([0.5, 1.0, 2.0]))
    output_bias = draw(st.booleans()) if loss != "max" else False
    return dict(X=X.reshape(n, d), y=y, k=k, loss=loss, sample_weight=weights, signs=signs,
                weight_bound=weight_bound, output_bias=output_bias)


def _reach(case) -> float:
    """How far the boxes reach, in units of the largest label (computed here, independently)."""
    label = float(np.max(np.abs(case["y"]))) or 1.0
    bound = case["weight_bound"]
    return (bound * float(np.max(np.abs(case["X"]).sum(axis=1))) + bound) / label


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tiny_instances())
def test_fit_equals_brute_force(case):
    if _reach(case) > MAX_DYNAMIC_RANGE:
        # labels like 4.8e-151 against a box of 0.5: refused, with the numbers, before any solve
        with pytest.raises(InputError, match="times the largest label"):
            fit(case["X"], case["y"], k=case["k"], loss=case["loss"], weight_bound=case["weight_bound"])
        return
    result = fit(case["X"], case["y"], k=case["k"], loss=case["loss"], weight_bound=case["weight_bound"],
                 sample_weight=case["sample_weight"], signs=case["signs"], output_bias=case["output_bias"])
    truth = brute_force_fit(case["X"], case["y"], case["k"], case["loss"], weight_bound=case["weight_bound"],
                            sample_weight=case["sample_weight"], signs=case["signs"], output_bias=case["output_bias"])
    assert result.status == "optimal"
    assert abs(result.loss - truth.loss) <= TOL * (1 + abs(truth.loss)), (result.loss, truth.loss)
    # the reported loss is the network's loss recomputed from scratch
    recomputed = result.network.loss(case["X"], case["y"], case["loss"], case["sample_weight"]).value
    assert recomputed == pytest.approx(result.loss, abs=1e-12, rel=1e-12)
    assert result.lower_bound <= result.loss + 1e-9
    assert result.network.max_violation(case["weight_bound"], case["weight_bound"]) == 0.0
    if case["signs"] is not None:
        assert int(np.sum(result.network.s > 0)) <= case["signs"] or np.allclose(result.network.W[result.network.s > 0], 0)


@pytest.mark.parametrize("options", [
    dict(symmetry=False),
    dict(sign_mode="binary"),
    dict(merge_duplicates=False),
    dict(warm_start=False),
    dict(incumbent_bounds=False),
    dict(obbt=True),  # off by default (benchmarks/results_quick.txt): checked switched on
    dict(enumeration=True),
    dict(oa_cuts=False),
    dict(monotone=False),
    dict(ideal_cuts=False),
    dict(big_m="global"),
])
@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
def test_formulation_variants_agree_with_brute_force(options, loss):
    rng = np.random.default_rng(11)
    for _trial in range(3):
        X = np.round(rng.uniform(-1, 1, (5, 2)) * 2) / 2
        y = rng.normal(size=5)
        truth = brute_force_fit(X, y, 2, loss)
        result = fit(X, y, k=2, loss=loss, **options)
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth.loss, abs=TOL, rel=TOL)


def test_dichotomies_count_matches_cover_bound_in_general_position():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(7, 2))
    # Cover (1965): n points in general position in R^d have 2 * sum_{i<=d} C(n-1, i) affine dichotomies
    assert len(affine_dichotomies(X)) == 2 * (1 + 6 + 15)
