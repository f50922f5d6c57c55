"""fit(): realizable instances, time limits, certificates and input errors."""
from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import planted
from milp_relu import ExactReLURegressor, InputError, fit


@pytest.mark.parametrize("k", [1, 2, 3])
@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
def test_realizable_planted_data_solves_to_zero(k, loss):
    X, y = planted(n=10, d=2, k=k, seed=k)
    result = fit(X, y, k=k, loss=loss, time_limit=120)
    assert result.status == "optimal"
    assert result.loss <= 1e-8
    assert result.lower_bound == pytest.approx(0.0, abs=1e-8)
    np.testing.assert_allclose(result.network.predict(X), y, atol=1e-4)


def test_time_limit_returns_network_bound_and_gap():
    X, y = planted(n=60, d=2, k=3, seed=5, noise=0.3)
    result = fit(X, y, k=3, loss="absolute", time_limit=2.0)
    assert result.status == "time_limit"
    assert result.network is not None
    assert math.isfinite(result.lower_bound) and result.lower_bound >= 0.0
    assert result.loss > result.lower_bound
    assert result.gap_abs == pytest.approx(result.loss - result.lower_bound)
    recomputed = result.network.loss(X, y, "absolute").value
    assert recomputed == pytest.approx(result.loss, rel=1e-12)
    assert result.time_s < 30  # the limit is honoured up to a small overhead, not a benchmark


def test_sample_weights_equal_repeated_points():
    X, y = planted(n=6, d=1, k=1, seed=3, noise=0.2)
    w = np.array([1, 3, 1, 2, 1, 1])
    weighted = fit(X, y, k=1, loss="absolute", sample_weight=w)
    repeated = fit(np.repeat(X, w, axis=0), np.repeat(y, w), k=1, loss="absolute", merge_duplicates=False)
    assert weighted.loss == pytest.approx(repeated.loss, abs=1e-7)


def test_result_reports_mean_and_certificate_fields():
    X, y = planted(n=8, d=2, k=1, seed=2, noise=0.1)
    result = fit(X, y, k=1, loss="squared", sample_weight=np.full(8, 2.0))
    assert result.loss_mean == pytest.approx(result.loss_sum / 16.0)
    payload = result.to_dict()
    for key in ("status", "loss", "loss_sum", "loss_mean", "lower_bound", "gap_abs", "gap_rel", "time_s",
                "nodes", "oa_iterations", "k", "n", "d", "network", "solver"):
        assert key in payload
    assert set(payload["network"]) >= {"W", "b", "s", "c"}
    assert payload["solver"]["name"] == "highs"


def test_positive_signs_is_the_convex_case():
    X, y = planted(n=8, d=2, k=2, seed=4, noise=0.1, signs=[1.0, -1.0])
    free = fit(X, y, k=2, loss="absolute")
    convex = fit(X, y, k=2, loss="absolute", signs="positive")
    assert np.all(convex.network.s == 1.0)
    assert convex.loss >= free.loss - 1e-9


@pytest.mark.parametrize("kwargs, message", [
    (dict(k=0), "k must be"),
    (dict(loss="hinge"), "unknown loss"),  # (huber is a loss now: it needs huber_delta)
    (dict(weight_bound=0.0), "weight bound"),
    (dict(bias_bound=-1.0), "bias bound"),
    (dict(signs=5), "signs p must lie"),
    (dict(time_limit=-1), "time limit"),
    (dict(rel_gap=float("nan")), "relative gap"),
])
def test_bad_arguments_raise_input_error(kwargs, message):
    X, y = planted(n=4, d=1, k=1, seed=0)
    with pytest.raises(InputError, match=message):
        fit(X, y, **kwargs)


def test_regressor_follows_estimator_conventions():
    X, y = planted(n=8, d=2, k=1, seed=6)
    model = ExactReLURegressor(k=1, loss="squared")
    assert model.get_params()["k"] == 1
    assert model.set_params(loss="absolute") is model and model.loss == "absolute"
    with pytest.raises(InputError, match="unknown parameter"):
        model.set_params(depth=3)
    with pytest.raises(InputError, match="not fitted"):
        model.predict(X)
    assert model.fit(X, y) is model
    assert model.score(X, y) == pytest.approx(1.0, abs=1e-6)
    assert model.predict(X).shape == (8,)
    assert not hasattr(ExactReLURegressor(), "network_")


def test_a_fit_limits_numpys_blas_to_its_threads(monkeypatch):
    """NumPy's BLAS runs on the fit's threads (OpenBLAS would otherwise start one per core on
    the large dense products of a search), and gets its own setting back afterwards."""
    import importlib

    from threadpoolctl import threadpool_info

    fit_module = importlib.import_module("milp_relu.engine.fit")

    def blas_threads():
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    before = blas_threads()
    seen = []
    original = fit_module.run

    def spy(ctx):
        seen.append(blas_threads())
        return original(ctx)

    monkeypatch.setattr(fit_module, "run", spy)
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (8, 2))
    fit_module.fit(X, np.maximum(X[:, 0], 0.0), k=1, threads=1, time_limit=30)
    assert seen and seen[0] and all(threads == 1 for threads in seen[0])
    assert blas_threads() == before
