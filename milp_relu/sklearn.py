"""scikit-learn estimator around :func:`milp_relu.fit`.

:class:`ExactReLURegressor` is a scikit-learn regressor (``BaseEstimator``, ``RegressorMixin``,
the tags API of scikit-learn >= 1.6): it works in ``clone``, pipelines, ``cross_val_score``
and ``GridSearchCV`` and passes ``check_estimator`` except the checks that contradict the model's definition
(see :func:`expected_failed_checks`).

scikit-learn is needed by this module only (``pip install "milp-relu[sklearn]"``); without it
``import milp_relu`` still works and constructing the estimator raises one ``ImportError``
naming the extra.
"""
from __future__ import annotations

import warnings
from numbers import Integral, Real
from typing import Any, ClassVar

import numpy as np

from .backends import SOLVERS
from .engine.problem import SIGN_WORDS
from .errors import InputError, SolverError
from .losses import LOSSES

INSTALL_HINT = 'ExactReLURegressor needs scikit-learn >= 1.6: pip install "milp-relu[sklearn]"'

try:
    from sklearn.base import BaseEstimator, RegressorMixin
    from sklearn.exceptions import ConvergenceWarning, NotFittedError
    from sklearn.utils._param_validation import (
        Interval,
        InvalidParameterError,
        StrOptions,
    )
    from sklearn.utils.validation import _check_sample_weight, validate_data
except ImportError as _missing:  # scikit-learn absent or older than 1.6 (no validate_data)
    _IMPORT_ERROR: ImportError | None = _missing

    class BaseEstimator:  # type: ignore[no-redef]
        """Stand-in that refuses construction with the install hint."""

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            raise ImportError(INSTALL_HINT) from _IMPORT_ERROR

    class RegressorMixin:  # type: ignore[no-redef]
        """Stand-in (never reached: BaseEstimator refuses construction)."""

    class InvalidParameterError(ValueError, TypeError):  # type: ignore[no-redef]
        """Stand-in so that the module imports."""

    class NotFittedError(ValueError, AttributeError):  # type: ignore[no-redef]
        """Stand-in so that the module imports."""

    def Interval(*args: Any, **kwargs: Any) -> None:  # type: ignore[no-redef]
        """Stand-in so that the constraints table can be built."""

    StrOptions = Interval  # type: ignore[assignment,misc]
else:
    _IMPORT_ERROR = None

#: Checks of ``sklearn.utils.estimator_checks`` that contradict the model's definition, with
#: the reason (see :func:`expected_failed_checks`).
EXPECTED_FAILED_CHECKS: dict[str, str] = {
    "check_regressors_train": (
        "k = 1 (the default) is a single ReLU, a hinge, which cannot follow the check's noisy "
        "line (200 samples): no such network reaches the required R^2 > 0.5 (squared loss: "
        "the proven lower bound 103.6 on the loss, with sum y^2 = 200, gives R^2 <= 0.48; max "
        "loss: the certified optimum scores R^2 = 0.42); with k = 2 the check passes"),
    "check_sample_weight_equivalence_on_dense_data": (
        "the check fits 15 samples in 30 dimensions, where many networks are exactly optimal; "
        "weighted and repeated fits agree on the training samples but may pick different "
        "optimal networks, which differ (by about 1e-6 for the squared loss) on the samples of "
        "weight 0 that the check also compares"),
}

#: Checks that compare two fits of the same data: a fit stopped by ``time_limit`` returns the
#: best network verified when the clock ran out, which depends on the machine's speed.
TIME_LIMITED_FAILED_CHECKS: dict[str, str] = {
    name: "compares two fits; under time_limit each returns the best network verified when its "
          "clock ran out, which depends on the machine's load"
    for name in ("check_fit_idempotent", "check_pipeline_consistency", "check_regressors_int",
                 "check_regressor_data_not_an_array", "check_supervised_y_2d",
                 "check_sample_weight_equivalence_on_dense_data")
}


def expected_failed_checks(estimator: ExactReLURegressor) -> dict[str, str]:
    """The ``check_estimator`` checks that ``estimator`` may fail by definition, with reasons.

    Parameters
    ----------
    estimator : ExactReLURegressor

    Returns
    -------
    dict
        Check name to reason, for ``check_estimator(estimator, expected_failed_checks=...)`` or
        ``parametrize_with_checks(..., expected_failed_checks=expected_failed_checks)``.
    """
    failed = dict(EXPECTED_FAILED_CHECKS)
    if estimator.time_limit is not None:
        failed.update({name: failed.get(name, reason) for name, reason in TIME_LIMITED_FAILED_CHECKS.items()})
    return failed


class ParameterError(InputError, InvalidParameterError):
    """A constructor parameter of :class:`ExactReLURegressor` is invalid.

    Both milp_relu's :class:`~milp_relu.errors.InputError` and scikit-learn's
    ``InvalidParameterError`` (so a ``ValueError`` and a ``TypeError``).
    """


class NotFittedInputError(InputError, NotFittedError):
    """``predict`` before ``fit``: milp_relu's ``InputError`` and scikit-learn's ``NotFittedError``."""


class ExactReLURegressor(RegressorMixin, BaseEstimator):
    """Globally optimal depth-2 ReLU regression, f(x) = sum_j s_j max(0, w_j . x + b_j) (+ c).

    ``fit`` solves the training problem to a certified optimum with :func:`milp_relu.fit`
    (big-M MILP on HiGHS, verified in float64). Under ``time_limit`` it keeps the best verified
    network found and warns with a ``ConvergenceWarning`` naming the remaining gap.

    Parameters
    ----------
    k : int, default=1
        Hidden units (>= 1).
    loss : {"squared", "absolute", "max", "huber"}, default="squared"
        Training objective (milp_relu.LOSSES).
    weight_bound : float, default=1.0
        Box |w_jl| <= weight_bound. The model is not scale invariant: scale the features
        (e.g. ``StandardScaler``) or widen the box.
    bias_bound : float or None, default=None
        Box |b_j| <= bias_bound (None: equal to ``weight_bound``).
    signs : int, str or None, default=None
        Output signs: None or "all" solves every sign split, an integer p fixes p positive
        and k - p negative units, "positive" is the convex case p = k (the words of
        :func:`milp_relu.engine.problem.sign_count`, the one sign parser).
    output_bias : bool, default=False
        Add a free output bias c.
    time_limit : float or None, default=None
        Seconds for the whole fit (None: no limit).
    rel_gap, abs_gap : float, default=1e-6
        Optimality tolerances.
    threads : int, default=1
        HiGHS threads.
    seed : int, default=0
        Random seed of the solver and the warm start.
    huber_delta : float, default=1.0
        delta > 0 of the Huber loss, in the labels' units (huber_delta(r) = r^2 / 2 for
        |r| <= delta, delta (|r| - delta / 2) beyond); used only with ``loss="huber"``.
    solver : {"highs", "scip", "gurobi"}, default="highs"
        The MILP backend (scip and gurobi are optional extras); every answer is verified in
        float64 alike.

    Attributes
    ----------
    network_ : ReLUNetwork
        The verified network.
    result_ : FitResult
        Certificate: status, loss, lower bound, gap, time.
    n_features_in_ : int
        Number of features seen in fit.
    feature_names_in_ : ndarray of str
        Feature names seen in fit (only when X had string column names).

    Notes
    -----
    A sample weight of 0 removes its sample; positive weights multiply the squared and absolute
    losses, and the max loss ignores them (repeating a sample does not change a maximum).
    """

    _parameter_constraints: ClassVar[dict[str, list[Any]]] = {
        "k": [Interval(Integral, 1, None, closed="left")],
        "loss": [StrOptions(set(LOSSES))],
        "weight_bound": [Interval(Real, 0, None, closed="neither")],
        "bias_bound": [Interval(Real, 0, None, closed="left"), None],
        "signs": [Interval(Integral, 0, None, closed="left"), StrOptions(set(SIGN_WORDS)), None],
        "output_bias": ["boolean"],
        "time_limit": [Interval(Real, 0, None, closed="neither"), None],
        "rel_gap": [Interval(Real, 0, None, closed="left")],
        "abs_gap": [Interval(Real, 0, None, closed="left")],
        "threads": [Interval(Integral, 1, None, closed="left")],
        "seed": [Interval(Integral, 0, None, closed="left")],
        "huber_delta": [Interval(Real, 0, None, closed="neither")],
        "solver": [StrOptions(set(SOLVERS))],
    }

    def __init__(self, k: int = 1, loss: str = "squared", weight_bound: float = 1.0,
                 bias_bound: float | None = None, signs: int | str | None = None,
                 output_bias: bool = False, time_limit: float | None = None,
                 rel_gap: float = 1e-6, abs_gap: float = 1e-6, threads: int = 1,
                 seed: int = 0, huber_delta: float = 1.0, solver: str = "highs") -> None:
        self.k = k
        self.loss = loss
        self.weight_bound = weight_bound
        self.bias_bound = bias_bound
        self.signs = signs
        self.output_bias = output_bias
        self.time_limit = time_limit
        self.rel_gap = rel_gap
        self.abs_gap = abs_gap
        self.threads = threads
        self.seed = seed
        self.huber_delta = huber_delta
        self.solver = solver

    def set_params(self, **params: Any) -> ExactReLURegressor:
        """Set constructor parameters; an unknown name raises :class:`ParameterError`."""
        valid = set(self._get_param_names())
        unknown = sorted(name for name in params if name.partition("__")[0] not in valid)
        if unknown:
            raise ParameterError(f"unknown parameter {unknown[0]!r} for ExactReLURegressor "
                                 f"(valid: {sorted(valid)})")
        return super().set_params(**params)

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> ExactReLURegressor:
        """Solve the training problem to a certified optimum (or to ``time_limit``).

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)
            Training data (dense, finite).
        y : array-like of shape (n_samples,)
            Labels (a column vector (n_samples, 1) is accepted with a ``DataConversionWarning``).
        sample_weight : array-like of shape (n_samples,), optional
            Non-negative weights, not all zero; a zero weight removes its sample.

        Returns
        -------
        self : ExactReLURegressor

        Raises
        ------
        KeyboardInterrupt
            After Ctrl-C, once the best network verified so far is stored (``result_.status``
            is "interrupted"), so that loops such as ``GridSearchCV`` stop too.
        """
        self._check_params()
        for name in ("network_", "result_"):  # a failed fit leaves the estimator unfitted
            self.__dict__.pop(name, None)
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        X, y, sample_weight = _drop_zero_weights(X, np.asarray(y, dtype=np.float64), sample_weight)
        result = self._solve(X, y, sample_weight)
        if result.network is None:
            raise SolverError(f"the fit ended with status {result.status!r} and no network: {result.message}")
        self.result_ = result
        self.network_ = result.network
        if result.status == "interrupted":
            raise KeyboardInterrupt("ExactReLURegressor.fit interrupted; the best verified network is kept")
        if result.status != "optimal":
            warnings.warn(f"ExactReLURegressor stopped with status {result.status!r}: verified loss "
                          f"{result.loss:.6g}, lower bound {result.lower_bound:.6g} (gap {result.gap_abs:.3g}); "
                          "raise time_limit for a certified optimum", ConvergenceWarning, stacklevel=2)
        return self

    def predict(self, X: Any) -> np.ndarray:
        """Network output for each row of X, in float64.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features_in_)
            Dense, finite, with the features (and feature names) seen in ``fit``.

        Returns
        -------
        ndarray of shape (n_samples,)
        """
        if not self.__sklearn_is_fitted__():
            raise NotFittedInputError(f"This {type(self).__name__} instance is not fitted yet: call fit(X, y) "
                                      "before predict")
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return self.network_.predict(X)

    def __sklearn_is_fitted__(self) -> bool:
        """Fitted once a fit has stored its verified network."""
        return hasattr(self, "network_")

    def __sklearn_tags__(self) -> Any:
        """scikit-learn tags: a dense, finite, single-output regressor."""
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = False
        tags.input_tags.allow_nan = False
        tags.target_tags.single_output = True
        tags.target_tags.multi_output = False
        return tags

    def _check_params(self) -> None:
        """Validate the constructor parameters against ``_parameter_constraints``."""
        try:
            self._validate_params()
        except InvalidParameterError as error:
            raise ParameterError(str(error)) from None

    def _solve(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None) -> Any:
        from . import solve  # fit is looked up at call time: tests replace milp_relu.solve.fit

        return solve.fit(X, y, k=self.k, loss=self.loss, weight_bound=self.weight_bound,
                         bias_bound=self.bias_bound, sample_weight=sample_weight, signs=self.signs,
                         output_bias=bool(self.output_bias), time_limit=self.time_limit,
                         rel_gap=self.rel_gap, abs_gap=self.abs_gap, threads=self.threads,
                         seed=self.seed, solver=self.solver, **self._loss_params())

    def _loss_params(self) -> dict[str, Any]:
        """The parameters the chosen loss takes (``huber_delta`` for Huber only; the others none)."""
        from .losses import loss_class

        return {name: getattr(self, name) for name in loss_class(self.loss).PARAMETERS}


def _drop_zero_weights(X: np.ndarray, y: np.ndarray,
                       sample_weight: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Validate the weights (non-negative, not all 0) and remove the samples of weight 0."""
    if sample_weight is None:
        return X, y, None
    weights = _check_sample_weight(sample_weight, X, dtype=np.float64, ensure_non_negative=True)
    if not np.all(np.isfinite(weights)):
        raise InputError("sample_weight must be finite")
    keep = weights > 0
    if not keep.any():
        raise InputError("sample_weight is zero for every sample: at least one weight must be non-zero")
    return X[keep], y[keep], weights[keep]
