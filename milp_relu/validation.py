"""One check for the numbers a user hands in: finite reals, positive or non-negative.

Every entry point (``fit``, the estimator, the CLI, export, the learners, the generators) checks
its numeric settings here, so a number is accepted or refused by the same rule everywhere:
bools and strings are refused, never coerced; NaN and infinities are refused.
"""
from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np

from .errors import InputError


def is_real(value: Any) -> bool:
    """Whether ``value`` is a real number (int, float, NumPy scalar), not a bool."""
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def checked_number(value: Any, name: str, *, allow_zero: bool = False,
                   message: str | None = None) -> float:
    """A finite float, > 0 (or >= 0 with ``allow_zero``).

    Parameters
    ----------
    value : Any
        What the user gave.
    name : str
        The setting's name, used in the error message.
    allow_zero : bool
        Accept 0 (non-negative instead of positive).
    message : str, optional
        The whole message (``"{message}, got {value!r}"``) instead of the default wording.

    Raises
    ------
    InputError
        Naming the setting and the value.
    """
    if not is_real(value):
        raise InputError(f"{message}, got {value!r}" if message else f"{name} must be a number, got {value!r}")
    number = float(value)
    ok = number >= 0 if allow_zero else number > 0
    if not (ok and math.isfinite(number)):
        kind = "non-negative" if allow_zero else "positive"
        raise InputError(f"{message}, got {value!r}" if message else f"{name} must be {kind} and finite, got {value!r}")
    return number


def positive(value: Any, name: str) -> float:
    """A finite number > 0 (see :func:`checked_number`)."""
    return checked_number(value, name, allow_zero=False)


def non_negative(value: Any, name: str) -> float:
    """A finite number >= 0 (see :func:`checked_number`)."""
    return checked_number(value, name, allow_zero=True)


def check_flag(value: Any, name: str) -> bool:
    """True or False (NumPy bools too); InputError otherwise."""
    if not isinstance(value, (bool, np.bool_)):
        raise InputError(f"{name} must be True or False, got {value!r}")
    return bool(value)
