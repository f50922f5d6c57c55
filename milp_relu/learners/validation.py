"""Input checks of the learners: the bounded setting (unit-ball inputs, labels in [-1, 1]).

The upper-bound learners of Goel, Klivans, Manurangsi and Reichman are stated for samples with
||x_i||_2 <= 1 and |y_i| <= 1. Data outside these bounds is refused with an
:class:`~milp_relu.errors.InputError` that says by how much to rescale, or rescaled on request by
:func:`normalize` (dividing X by its largest row norm and y by its largest absolute label; the
mean squared loss then scales by the square of the label factor).

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
"""
from __future__ import annotations

import numbers

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError
from ..validation import checked_number

#: Slack on the unit-ball test, for data written in decimal (1 + 1e-9 counts as 1).
BALL_TOL = 1e-9
SETTINGS = ("agnostic", "realizable")


@dataclass(frozen=True)
class LearningData:
    """Checked float64 data: X (n, d), y (n,), weights (n,) summing to ``total_weight``."""

    X: np.ndarray
    y: np.ndarray
    weights: np.ndarray

    @property
    def total_weight(self) -> float:
        return float(np.sum(self.weights))

    @property
    def shape(self) -> tuple[int, int]:
        return self.X.shape  # type: ignore[return-value]


def _as_float_array(value: Any, name: str) -> np.ndarray:
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be numeric") from None
    if not np.all(np.isfinite(arr)):
        raise InputError(f"{name} contains NaN or inf")
    return arr


def check_data(X: Any, y: Any, sample_weight: Any = None) -> LearningData:
    """Shapes, finiteness and positive weights (the unit ball is checked by :func:`check_ball`)."""
    Xa = _as_float_array(X, "X")
    ya = _as_float_array(y, "y")
    if Xa.ndim != 2:
        raise InputError(f"X must be a 2-d array (n, d), got shape {Xa.shape}")
    if ya.ndim != 1 or ya.shape[0] != Xa.shape[0]:
        raise InputError(f"y must have shape ({Xa.shape[0]},), got {ya.shape}")
    if Xa.shape[0] == 0 or Xa.shape[1] == 0:
        raise InputError(f"need at least one sample and one feature, got X of shape {Xa.shape}")
    if sample_weight is None:
        w = np.ones(Xa.shape[0])
    else:
        w = _as_float_array(sample_weight, "sample_weight")
        if w.shape != ya.shape:
            raise InputError(f"sample_weight must have shape {ya.shape}, got {w.shape}")
        if np.any(w <= 0):
            raise InputError("sample_weight must be positive")
    return LearningData(Xa, ya, w)


def check_ball(data: LearningData) -> None:
    """Refuse inputs outside the unit ball and labels outside [-1, 1], saying how to rescale."""
    max_norm = float(np.max(np.linalg.norm(data.X, axis=1)))
    if max_norm > 1.0 + BALL_TOL:
        raise InputError(f"inputs lie outside the unit ball (largest ||x_i|| = {max_norm:.6g}); "
                         f"divide X by {max_norm:.6g} or use --normalize")
    max_label = float(np.max(np.abs(data.y)))
    if max_label > 1.0 + BALL_TOL:
        raise InputError(f"labels lie outside [-1, 1] (largest |y_i| = {max_label:.6g}); "
                         f"divide y by {max_label:.6g} or use --normalize")


def normalize(X: Any, y: Any) -> tuple[np.ndarray, np.ndarray, float, float]:
    """Scale X into the unit ball and y into [-1, 1]; return them and the two divisors (>= 1)."""
    Xa = np.asarray(X, dtype=np.float64)
    ya = np.asarray(y, dtype=np.float64)
    x_scale = max(1.0, float(np.max(np.linalg.norm(Xa, axis=1)))) if Xa.size else 1.0
    y_scale = max(1.0, float(np.max(np.abs(ya)))) if ya.size else 1.0
    return Xa / x_scale, ya / y_scale, x_scale, y_scale


#: The smallest accuracy a learner accepts: the theory's quantities go as 1/eps^2 and
#: 2^(1/eps^2), and a mean squared loss is certified in float64 to about 1e-12 of its scale.
MIN_EPS = 1e-6


def check_eps(eps: Any) -> float:
    """eps must be a number in [MIN_EPS, 1] (mean squared losses of bounded data are at most 4)."""
    if isinstance(eps, bool) or not isinstance(eps, numbers.Real):
        raise InputError(f"eps must be a number in [{MIN_EPS:g}, 1], got {eps!r}")
    value = float(eps)
    if not (MIN_EPS <= value <= 1.0):
        raise InputError(f"eps must be in [{MIN_EPS:g}, 1], got {eps!r}")
    return value


def check_setting(setting: Any) -> str:
    if setting not in SETTINGS:
        raise InputError(f"unknown setting {setting!r} (choose agnostic or realizable)")
    return str(setting)


def check_k(k: Any) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise InputError(f"k must be an integer >= 1, got {k!r}")
    return int(k)


def check_delta(delta: Any) -> float:
    try:
        value = float(delta)
    except (TypeError, ValueError):
        raise InputError(f"delta must be a number in (0, 1), got {delta!r}") from None
    if not (0.0 < value < 1.0):
        raise InputError(f"delta must be in (0, 1), got {delta!r}")
    return value


def check_positive(value: Any, what: str) -> float:
    """A finite number > 0; bools, strings and everything else are refused, never coerced
    (:func:`milp_relu.validation.checked_number`, the package's one number check)."""
    return checked_number(value, what, message=what)


def check_time_limit(time_limit: Any) -> float | None:
    """None, or a positive number of seconds."""
    if time_limit is None:
        return None
    return check_positive(time_limit, "time_limit must be a positive number of seconds")
