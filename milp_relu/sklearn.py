"""scikit-learn style estimator around :func:`milp_relu.fit`.

Follows scikit-learn's conventions: ``__init__`` only stores parameters, ``fit`` returns self,
learned attributes end in ``_``. scikit-learn itself is not required.
"""
from __future__ import annotations

import inspect
from typing import Any

import numpy as np

from .errors import InputError


class ExactReLURegressor:
    """Globally optimal depth-2 ReLU regression (big-M MILP on HiGHS).

    Parameters
    ----------
    k, loss, weight_bound, bias_bound, signs, output_bias, time_limit, rel_gap, abs_gap, threads, seed
        As in :func:`milp_relu.fit`.

    Attributes
    ----------
    network_ : ReLUNetwork
    result_ : FitResult
    n_features_in_ : int
    """

    def __init__(self, k: int = 1, loss: str = "squared", weight_bound: float = 1.0,
                 bias_bound: float | None = None, signs: int | str | None = None, output_bias: bool = False,
                 time_limit: float | None = None, rel_gap: float = 1e-6, abs_gap: float = 1e-6,
                 threads: int = 1, seed: int = 0) -> None:
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

    @classmethod
    def _get_param_names(cls) -> list[str]:
        return sorted(p for p in inspect.signature(cls.__init__).parameters if p != "self")

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters as a dict."""
        return {name: getattr(self, name) for name in self._get_param_names()}

    def set_params(self, **params: Any) -> "ExactReLURegressor":
        """Set constructor parameters; unknown names raise InputError."""
        valid = set(self._get_param_names())
        for name, value in params.items():
            if name not in valid:
                raise InputError(f"unknown parameter {name!r} for ExactReLURegressor (valid: {sorted(valid)})")
            setattr(self, name, value)
        return self

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> "ExactReLURegressor":
        """Solve the training problem to certified optimality (or to the time limit)."""
        from .solve import fit

        result = fit(X, y, k=self.k, loss=self.loss, weight_bound=self.weight_bound,
                     bias_bound=self.bias_bound, sample_weight=sample_weight, signs=self.signs,
                     output_bias=self.output_bias, time_limit=self.time_limit, rel_gap=self.rel_gap,
                     abs_gap=self.abs_gap, threads=self.threads, seed=self.seed)
        self.result_ = result
        self.network_ = result.network
        self.n_features_in_ = result.d
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "network_"):
            raise InputError("this ExactReLURegressor is not fitted yet; call fit(X, y) first")

    def predict(self, X: Any) -> np.ndarray:
        """Network output for each row of X."""
        self._check_fitted()
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.n_features_in_:
            raise InputError(f"X has shape {X.shape}; expected (n, {self.n_features_in_})")
        return self.network_.predict(X)

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        """Coefficient of determination R^2 of the prediction (as scikit-learn regressors)."""
        y = np.asarray(y, dtype=np.float64)
        w = np.ones_like(y) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        pred = self.predict(X)
        ss_res = float(np.sum(w * (y - pred) ** 2))
        mean = float(np.average(y, weights=w))
        ss_tot = float(np.sum(w * (y - mean) ** 2))
        if ss_tot == 0.0:
            return 1.0 if ss_res == 0.0 else 0.0
        return 1.0 - ss_res / ss_tot

    def __repr__(self) -> str:
        defaults = ExactReLURegressor().get_params() if type(self) is ExactReLURegressor else {}
        changed = {k: v for k, v in self.get_params().items() if defaults.get(k, object()) != v}
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in changed.items())})"
