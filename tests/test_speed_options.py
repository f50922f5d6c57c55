"""The speed options of fit(): each keeps the optimum, each piece is valid on its own."""
from __future__ import annotations


import numpy as np
import pytest

from milp_relu import fit
from milp_relu.bounds import interval_preactivation_bounds, residual_radius, sign_pure_unit_bounds
from milp_relu.data import Dataset
from milp_relu.enumeration import squared_pattern_1d, threshold_patterns
from milp_relu.formulation import FormulationOptions, build_big_m, monotone_pairs
from milp_relu.verify import affine_dichotomies, brute_force_fit
from milp_relu.warmstart import gradient_descent_networks, gradient_descent_networks_by_split

TOL = 1e-6
ALL_OFF = dict(warm_start=False, incumbent_bounds=False, obbt=False, oa_cuts=False, monotone=False, ideal_cuts=False,
               enumeration=False, symmetry=False, merge_duplicates=False)


@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
@pytest.mark.parametrize("d", [1, 2])
def test_all_on_and_all_off_agree_with_brute_force(loss, d):
    rng = np.random.default_rng(3 + d)
    for k in (1, 2):
        X = np.round(rng.uniform(-1, 1, (6 if k == 1 else 5, d)) * 2) / 2
        y = rng.normal(size=X.shape[0])
        truth = brute_force_fit(X, y, k, loss).loss
        for options in ({}, ALL_OFF):
            result = fit(X, y, k=k, loss=loss, **options)
            assert result.status == "optimal"
            assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL), (k, options)


def test_enumeration_matches_brute_force_in_one_dimension():
    rng = np.random.default_rng(7)
    for trial in range(25):
        n = int(rng.integers(1, 9))
        X = np.round(rng.uniform(-1, 1, (n, 1)) * 2) / 2 if trial % 2 else rng.uniform(-1, 1, (n, 1))
        y = rng.normal(size=n)
        w = rng.uniform(0.3, 3.0, n) if trial % 3 == 0 else None
        loss = ["squared", "absolute", "max"][trial % 3]
        truth = brute_force_fit(X, y, 1, loss, sample_weight=w).loss
        result = fit(X, y, k=1, loss=loss, sample_weight=w, enumeration=True)
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)


def test_threshold_patterns_are_the_affine_dichotomies_in_one_dimension():
    x = np.array([[0.3], [-0.5], [0.3], [0.9], [0.0]])
    ours = {p.tobytes() for p in threshold_patterns(x[:, 0])}
    truth = {p.tobytes() for p in affine_dichotomies(x)}
    assert truth <= ours


def test_squared_pattern_qp_respects_the_pattern_and_the_box():
    rng = np.random.default_rng(1)
    x = rng.uniform(-1, 1, 12)
    y = rng.normal(size=12)
    for on in threshold_patterns(x):
        solved = squared_pattern_1d(x, y, np.ones(12), on, 1.0, 1.0, 1.0)
        if solved is None:
            continue
        w, b, value = solved
        assert abs(w) <= 1 + 1e-9 and abs(b) <= 1 + 1e-9
        p = w * x + b
        assert np.all(p[on] >= -1e-7) and np.all(p[~on] <= 1e-7)
        assert value == pytest.approx(np.sum((p[on] - y[on]) ** 2), abs=1e-9)


def test_incumbent_bounds_keep_every_network_that_can_still_improve():
    rng = np.random.default_rng(2)
    X = rng.uniform(-1, 1, (30, 3))
    y = rng.normal(size=30)
    w = rng.uniform(0.5, 2.0, 30)
    for loss in ("squared", "absolute", "max"):
        for signs in ((1.0,), (-1.0,), (1.0, 1.0)):
            for _ in range(20):
                W = rng.uniform(-1, 1, (len(signs), 3))
                b = rng.uniform(-1, 1, len(signs))
                P = X @ W.T + b
                r = np.maximum(P, 0) @ np.asarray(signs) - y
                ub = {"squared": np.sum(w * r * r), "absolute": np.sum(w * np.abs(r)), "max": np.max(np.abs(r))}[loss]
                radius = residual_radius(w if loss != "max" else np.ones(30), loss, ub)
                assert np.all(np.abs(r) <= radius)
                lo, hi = interval_preactivation_bounds(X, len(signs), 1.0, 1.0)
                lo, hi = sign_pure_unit_bounds(y, radius, signs, lo, hi)
                assert np.all(P <= hi + 1e-12) and np.all(P >= lo - 1e-12)


def test_monotone_pairs_and_relaxed_build():
    data = Dataset(np.array([[0.5], [-0.5], [1.0]]), np.array([-1.0, 2.0, 0.0]))
    assert monotone_pairs(data.y, (1.0, -1.0), False, 2) is None
    assert monotone_pairs(data.y, (1.0,), True, 1) is None
    mask = monotone_pairs(data.y, (1.0, 1.0), False, 2)
    assert mask[:, 0].tolist() == [True, False, True]
    options = FormulationOptions(k=2, loss="absolute", signs=(1.0, 1.0))
    plain = build_big_m(data, options)
    relaxed = build_big_m(data, options, relax=mask)
    assert plain.A.shape == relaxed.A.shape
    assert relaxed.col_upper[relaxed.index.z][mask.reshape(-1)].max() == 0.0


def test_warm_start_networks_stay_in_the_boxes():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = rng.normal(size=40)
    for loss in ("squared", "absolute", "max"):
        nets = gradient_descent_networks(X, y, np.ones(40), loss, (1.0, -1.0), 0.5, 0.25, keep=2)
        assert len(nets) == 2
        for net in nets:
            assert net.max_violation(0.5, 0.25) == 0.0


def test_batched_warm_start_matches_each_split_run_alone():
    """One batched descent over all sign splits gives, per split, networks in the boxes with
    that split's signs, and the same candidates as the split's own run (same seeded starts)."""
    rng = np.random.default_rng(1)
    X = rng.normal(size=(30, 2))
    y = rng.normal(size=30)
    w = rng.uniform(0.5, 2.0, size=30)
    splits = [(1.0, 1.0), (1.0, -1.0), (-1.0, -1.0)]
    for loss, output_bias in (("absolute", False), ("squared", True)):
        batched = gradient_descent_networks_by_split(X, y, w, loss, splits, 0.7, 0.3, output_bias,
                                                     restarts=4, iterations=60, seed=3, keep=2)
        assert list(batched) == splits
        for split in splits:
            alone = gradient_descent_networks(X, y, w, loss, split, 0.7, 0.3, output_bias,
                                              restarts=4, iterations=60, seed=3, keep=2)
            assert len(batched[split]) == 2
            for net, single in zip(batched[split], alone):
                assert net.s.tolist() == list(split)
                assert net.max_violation(0.7, 0.3) == 0.0
                np.testing.assert_allclose(net.W, single.W, atol=1e-10)
                np.testing.assert_allclose(net.b, single.b, atol=1e-10)
                assert net.c == pytest.approx(single.c, abs=1e-10)
                assert output_bias or net.c == 0.0


def test_time_limit_returns_a_network_and_a_finite_bound_with_all_options():
    rng = np.random.default_rng(4)
    X = rng.uniform(-1, 1, (60, 4))
    y = rng.normal(size=60)
    result = fit(X, y, k=3, loss="absolute", time_limit=1.0)
    assert result.network is not None
    assert np.isfinite(result.loss) and np.isfinite(result.lower_bound)
    assert result.lower_bound <= result.loss + 1e-9
    assert result.status in ("optimal", "time_limit")


def test_unknown_option_values_are_refused():
    from milp_relu.errors import InputError
    with pytest.raises(InputError):
        fit(np.zeros((2, 1)), np.zeros(2), big_m="huge")
    with pytest.raises(InputError):
        fit(np.zeros((2, 1)), np.zeros(2), enumeration="sometimes")


def test_a_large_model_stays_within_the_size_estimate_the_limits_use():
    """n = 10,000 builds (its time is benchmarks/run.py's ``build_big_m`` line, not a test's),
    and no model's nonzeros exceed the estimate milp_relu.limits checks before building."""
    from milp_relu.limits import model_nonzeros

    rng = np.random.default_rng(0)
    n, d, k = 10_000, 10, 3
    data = Dataset(rng.uniform(-1, 1, (n, d)), rng.normal(size=n))
    model = build_big_m(data, FormulationOptions(k=k, loss="absolute", signs=(1.0, 1.0, -1.0)))
    assert 0 < model.A.nnz <= model_nonzeros(n, d, k)
    for loss in ("squared", "absolute", "max"):
        for signs in (None, (1.0, -1.0)):
            small = Dataset(rng.uniform(-1, 1, (40, 3)), rng.normal(size=40))
            built = build_big_m(small, FormulationOptions(k=2, loss=loss, signs=signs))
            assert built.A.nnz <= model_nonzeros(40, 3, 2), (loss, signs)


def test_ideal_relu_cuts_hold_at_every_box_point_and_bite_on_the_relaxation():
    from milp_relu.formulation import ideal_relu_cuts
    rng = np.random.default_rng(5)
    data = Dataset(rng.uniform(-1, 1, (8, 3)), rng.normal(size=8))
    model = build_big_m(data, FormulationOptions(k=2, loss="absolute", signs=(1.0, -1.0)))
    ix = model.index
    # a fractional point: the relaxation's favourite kind of cheat
    x = np.zeros(model.num_cols)
    x[ix.W] = rng.uniform(-1, 1, 6)
    x[ix.b] = rng.uniform(-1, 1, 2)
    x[ix.z] = 0.5
    x[ix.h] = model.upper.reshape(-1) * 0.5
    cuts = ideal_relu_cuts(model, x)
    assert cuts is not None
    A, lo, hi = cuts
    for _ in range(200):  # every integral point of the true ReLU satisfies every cut
        W = rng.uniform(-1, 1, (2, 3))
        b = rng.uniform(-1, 1, 2)
        P = data.X @ W.T + b
        y = np.zeros(model.num_cols)
        y[ix.W] = W.reshape(-1)
        y[ix.b] = b
        y[ix.h] = np.maximum(P, 0).reshape(-1)
        y[ix.z] = (P > 0).reshape(-1)
        assert np.all(A @ y <= hi + 1e-9)
