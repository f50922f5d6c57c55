"""ExactReLURegressor as a scikit-learn estimator: check_estimator, meta-estimators, validation."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
import warnings
from collections import Counter

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from conftest import planted
from sklearn.base import clone, is_regressor
from sklearn.exceptions import (
    ConvergenceWarning,
    DataConversionWarning,
    NotFittedError,
)
from sklearn.metrics import r2_score
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils._param_validation import InvalidParameterError
from sklearn.utils.estimator_checks import (
    check_estimator,
    check_regressors_train,
)

import milp_relu.solve
from milp_relu import InputError, fit
from milp_relu.sklearn import (
    EXPECTED_FAILED_CHECKS,
    TIME_LIMITED_FAILED_CHECKS,
    ExactReLURegressor,
    ParameterError,
    expected_failed_checks,
)
from milp_relu.verify import brute_force_fit

# Skips that depend on the environment, not on the estimator.
ENVIRONMENT_SKIPS = {"check_array_api_input"}  # runs only with SCIPY_ARRAY_API=1


def _run_checks(estimator: ExactReLURegressor) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return check_estimator(estimator, expected_failed_checks=expected_failed_checks(estimator),
                               on_fail=None, on_skip=None)


def test_check_estimator_exact_fits():
    """Every fit certified (max loss, no time limit, deterministic): all checks pass but the
    three runs of check_regressors_train, which k = 1 fails by definition."""
    estimator = ExactReLURegressor(loss="max")
    results = _run_checks(estimator)
    status = Counter(r["status"] for r in results)
    failed = {r["check_name"]: repr(r["exception"]) for r in results if r["status"] == "failed"}
    assert failed == {}
    xfailed = [r["check_name"] for r in results if r["status"] == "xfail"]
    assert xfailed == ["check_regressors_train"] * 3
    skipped = {r["check_name"] for r in results if r["status"] == "skipped"}
    assert skipped <= ENVIRONMENT_SKIPS
    assert status["passed"] == len(results) - 3 - len(skipped) >= 54
    passed = {r["check_name"] for r in results if r["status"] == "passed"}
    # zero weights remove samples exactly, so this declared failure of the squared loss passes here
    assert "check_sample_weight_equivalence_on_dense_data" in passed
    assert {"check_fit_idempotent", "check_supervised_y_2d", "check_estimators_unfitted",
            "check_complex_data", "check_estimators_empty_data_messages",
            "check_estimator_sparse_matrix", "check_n_features_in_after_fitting",
            "check_sample_weights_pandas_series", "check_regressor_data_not_an_array"} <= passed


def test_check_estimator_time_limited_default_loss():
    """The default squared loss under a tiny time limit: nothing fails beyond the declared
    checks (each time-limited fit still returns its best verified network)."""
    estimator = ExactReLURegressor(time_limit=0.1)
    results = _run_checks(estimator)
    failed = {r["check_name"]: repr(r["exception"]) for r in results if r["status"] == "failed"}
    assert failed == {}
    xfailed = {r["check_name"] for r in results if r["status"] == "xfail"}
    assert xfailed <= set(EXPECTED_FAILED_CHECKS) | set(TIME_LIMITED_FAILED_CHECKS)
    assert {r["check_name"] for r in results if r["status"] == "skipped"} <= ENVIRONMENT_SKIPS


def test_two_units_pass_the_train_check_that_one_unit_fails():
    """The declared failure is k's: max(0, z) - max(0, -z) = z follows the line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        check_regressors_train("ExactReLURegressor", ExactReLURegressor(k=2, time_limit=1.0))
        with pytest.raises(AssertionError):
            check_regressors_train("ExactReLURegressor", ExactReLURegressor(k=1, loss="max"))


def test_expected_failures_carry_reasons():
    assert expected_failed_checks(ExactReLURegressor()) == EXPECTED_FAILED_CHECKS
    limited = expected_failed_checks(ExactReLURegressor(time_limit=1.0))
    assert set(limited) == set(EXPECTED_FAILED_CHECKS) | set(TIME_LIMITED_FAILED_CHECKS)
    assert all(len(reason) > 40 for reason in limited.values())


def test_clone_tags_and_repr():
    model = ExactReLURegressor(k=2, loss="absolute", time_limit=5.0)
    assert is_regressor(model)
    twin = clone(model)
    assert twin is not model and twin.get_params() == model.get_params()
    assert repr(model) == "ExactReLURegressor(k=2, loss='absolute', time_limit=5.0)"
    X, y = planted(n=8, d=2, k=1, seed=2)
    fitted = ExactReLURegressor(k=1).fit(X, y)
    assert not hasattr(clone(fitted), "network_")


def test_estimator_optimum_equals_fit_and_brute_force():
    X, y = planted(n=7, d=2, k=1, seed=11, noise=0.3)
    w = np.array([1.0, 2.0, 0.5, 1.0, 3.0, 1.0, 1.5])
    for loss in ("squared", "absolute"):
        model = ExactReLURegressor(k=1, loss=loss).fit(X, y, sample_weight=w)
        direct = fit(X, y, k=1, loss=loss, sample_weight=w)
        exact = brute_force_fit(X, y, k=1, loss=loss, sample_weight=w)
        assert model.result_.status == direct.status == "optimal"
        assert model.result_.loss == pytest.approx(direct.loss, rel=1e-6, abs=1e-9)
        assert model.result_.loss == pytest.approx(exact.loss, rel=1e-6, abs=1e-9)
        assert model.network_.loss(X, y, loss, w).value == pytest.approx(model.result_.loss, rel=1e-12)


def test_predictions_are_the_networks_own_in_float64():
    X, y = planted(n=10, d=3, k=2, seed=4, noise=0.1)
    model = ExactReLURegressor(k=2, loss="absolute").fit(X.astype(np.float32), y.astype(np.float32))
    X_new = np.random.default_rng(0).uniform(-2, 2, (25, 3)).astype(np.float32)
    pred = model.predict(X_new)
    assert pred.dtype == np.float64
    np.testing.assert_array_equal(pred, model.network_.predict(X_new.astype(np.float64)))
    np.testing.assert_array_equal(model.predict(X_new.tolist()), pred)
    assert model.score(X, y) == pytest.approx(r2_score(y, model.predict(X)), rel=1e-12)


def test_zero_weight_removes_the_sample_and_bad_weights_are_refused():
    X, y = planted(n=8, d=2, k=1, seed=8, noise=0.4)
    w = np.array([1.0, 0.0, 2.0, 1.0, 0.0, 1.0, 1.0, 3.0])
    keep = w > 0
    weighted = ExactReLURegressor(loss="absolute").fit(X, y, sample_weight=w)
    removed = ExactReLURegressor(loss="absolute").fit(X[keep], y[keep], sample_weight=w[keep])
    assert weighted.result_.n == 6
    assert weighted.result_.loss == pytest.approx(removed.result_.loss, rel=1e-9, abs=1e-12)
    with pytest.raises(ValueError, match="zero"):
        ExactReLURegressor().fit(X, y, sample_weight=np.zeros(8))
    with pytest.raises(ValueError, match="[Nn]egative"):
        ExactReLURegressor().fit(X, y, sample_weight=-np.ones(8))
    with pytest.raises(ValueError, match="sample_weight"):
        ExactReLURegressor().fit(X, y, sample_weight=np.ones(7))


def test_cross_val_score_equals_fold_by_fold_fits():
    X, y = planted(n=12, d=2, k=1, seed=3, noise=0.2)
    folds = KFold(n_splits=3, shuffle=True, random_state=0)
    scores = cross_val_score(ExactReLURegressor(loss="absolute"), X, y, cv=folds, error_score="raise")
    expected = []
    for train, test in folds.split(X):
        network = fit(X[train], y[train], k=1, loss="absolute").network
        expected.append(r2_score(y[test], network.predict(X[test])))
    np.testing.assert_allclose(scores, expected, rtol=1e-9, atol=1e-12)


def test_grid_search_picks_the_realizing_width():
    X, y = planted(n=20, d=2, k=2, seed=5)  # realizable by two units of opposite signs
    search = GridSearchCV(ExactReLURegressor(loss="absolute"), {"k": [1, 2]}, cv=2, error_score="raise")
    search.fit(X, y)
    assert search.best_params_ == {"k": 2}
    k1, k2 = search.cv_results_["mean_test_score"]
    assert k1 < 0.95 and k2 == pytest.approx(1.0, abs=1e-6)  # the held-out halves too
    assert search.best_estimator_.result_.status == "optimal"
    assert search.best_estimator_.result_.loss <= 1e-7
    assert search.score(X, y) == pytest.approx(1.0, abs=1e-6)


def test_pipeline_scales_then_fits():
    X, y = planted(n=10, d=2, k=1, seed=7, noise=0.1)
    X_units = X * [1e3, 1e-2] + [5e3, 0.0]  # units the weight box cannot follow unscaled
    pipe = make_pipeline(StandardScaler(), ExactReLURegressor(loss="absolute")).fit(X_units, y)
    scaler, model = pipe[0], pipe[-1]
    np.testing.assert_array_equal(pipe.predict(X_units), model.network_.predict(scaler.transform(X_units)))
    direct = fit(scaler.transform(X_units), y, k=1, loss="absolute")
    assert model.result_.loss == pytest.approx(direct.loss, rel=1e-6, abs=1e-9)


def test_not_fitted_error_before_fit_and_after_a_failed_refit():
    X, y = planted(n=6, d=2, k=1, seed=1)
    model = ExactReLURegressor()
    with pytest.raises(NotFittedError, match="not fitted") as caught:
        model.predict(X)
    assert isinstance(caught.value, InputError)
    model.fit(X, y)
    with pytest.raises(InputError, match="signs"):
        model.set_params(signs=3).fit(X, y)  # p = 3 > k = 1: refused by milp_relu.fit
    with pytest.raises(NotFittedError):
        model.predict(X)


def test_predict_validates_its_input():
    X, y = planted(n=8, d=2, k=1, seed=9)
    model = ExactReLURegressor().fit(X, y)
    with pytest.raises(ValueError, match="2 features"):
        model.predict(np.ones((3, 3)))
    with pytest.raises(TypeError, match="Sparse data was passed"):
        model.predict(sp.csr_matrix(X))
    with pytest.raises(ValueError, match="Complex data not supported"):
        model.predict(X + 1j)
    with pytest.raises(ValueError, match=r"0 sample\(s\)"):
        model.predict(np.empty((0, 2)))
    with pytest.raises(ValueError, match="NaN"):
        model.predict(np.array([[np.nan, 0.0]]))
    with pytest.raises(ValueError, match="Expected 2D array"):
        model.predict(X[0])
    with pytest.raises(ValueError, match="could not convert"):
        model.predict([["a", "b"]])


def test_fit_validates_its_input():
    X, y = planted(n=8, d=2, k=1, seed=9)
    with pytest.raises(TypeError, match="Sparse data was passed"):
        ExactReLURegressor().fit(sp.csr_matrix(X), y)
    with pytest.raises(ValueError, match="Complex data not supported"):
        ExactReLURegressor().fit(X, y + 1j)
    with pytest.raises(ValueError, match=r"0 sample\(s\)"):
        ExactReLURegressor().fit(np.empty((0, 2)), [])
    with pytest.raises(ValueError, match="inconsistent numbers of samples"):
        ExactReLURegressor().fit(X, y[:-1])
    with pytest.raises(ValueError, match="y should be a 1d array"):
        ExactReLURegressor().fit(X, np.c_[y, y])


def test_column_vector_y_is_raveled_with_a_warning():
    X, y = planted(n=8, d=2, k=1, seed=12, noise=0.1)
    flat = ExactReLURegressor(loss="absolute").fit(X, y)
    with pytest.warns(DataConversionWarning):
        column = ExactReLURegressor(loss="absolute").fit(X, y[:, None])
    np.testing.assert_array_equal(column.predict(X), flat.predict(X))


def test_feature_names_are_recorded_and_checked():
    X, y = planted(n=8, d=2, k=1, seed=13)
    frame = pd.DataFrame(X, columns=["height", "width"])
    model = ExactReLURegressor().fit(frame, y)
    np.testing.assert_array_equal(model.feature_names_in_, ["height", "width"])
    np.testing.assert_array_equal(model.predict(frame), model.network_.predict(X))
    with pytest.raises(ValueError, match="feature names"):
        model.predict(frame.rename(columns={"width": "depth"}))
    with pytest.warns(UserWarning, match="does not have valid feature names"):
        model.predict(X)


@pytest.mark.parametrize(("params", "pattern"), [
    ({"k": 0}, "'k' parameter"), ({"loss": "hinge"}, "'loss' parameter"),
    ({"weight_bound": -1.0}, "'weight_bound'"), ({"signs": "mixed"}, "'signs'"),
    ({"time_limit": 0}, "'time_limit'"), ({"threads": 1.5}, "'threads'"),
    ({"output_bias": "no"}, "'output_bias'"), ({"seed": -1}, "'seed'"),
])
def test_parameters_are_validated_at_fit(params, pattern):
    X, y = planted(n=5, d=1, k=1, seed=0)
    model = ExactReLURegressor(**params)  # __init__ only stores
    with pytest.raises(ParameterError, match=pattern) as caught:
        model.fit(X, y)
    assert isinstance(caught.value, InputError) and isinstance(caught.value, InvalidParameterError)
    assert not hasattr(model, "network_")


def test_set_params_refuses_unknown_names():
    model = ExactReLURegressor()
    assert model.set_params(k=3, loss="max") is model and (model.k, model.loss) == (3, "max")
    with pytest.raises(ParameterError, match="unknown parameter 'depth'"):
        model.set_params(depth=3)


def test_time_limited_fit_warns_and_keeps_a_verified_network():
    X, y = planted(n=60, d=2, k=3, seed=5, noise=0.3)
    with pytest.warns(ConvergenceWarning, match="time_limit"):
        model = ExactReLURegressor(k=3, loss="absolute", time_limit=0.5).fit(X, y)
    result = model.result_
    assert result.status == "time_limit"
    assert 0.0 <= result.lower_bound < result.loss
    assert model.network_.loss(X, y, "absolute").value == pytest.approx(result.loss, rel=1e-12)


def test_ctrl_c_keeps_the_network_and_stops_the_caller(monkeypatch):
    X, y = planted(n=6, d=1, k=1, seed=6, noise=0.2)
    real = fit(X, y, k=1, loss="absolute")

    def interrupted_fit(*args, **kwargs):
        return dataclasses.replace(real, status="interrupted")

    monkeypatch.setattr(milp_relu.solve, "fit", interrupted_fit)
    model = ExactReLURegressor(loss="absolute")
    with pytest.raises(KeyboardInterrupt):
        model.fit(X, y)
    assert model.result_.status == "interrupted"
    np.testing.assert_array_equal(model.predict(X), real.network.predict(X))


def test_milp_relu_imports_without_scikit_learn():
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "import milp_relu\n"
        "from milp_relu import *\n"
        "assert 'sklearn' not in [m.split('.')[0] for m in sys.modules if sys.modules[m] is not None]\n"
        "try:\n"
        "    milp_relu.ExactReLURegressor(k=2)\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == 'ExactReLURegressor needs scikit-learn >= 1.6: pip install "milp-relu[sklearn]"'
