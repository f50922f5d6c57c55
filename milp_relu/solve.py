"""Compatibility module: ``fit``, ``FitResult`` and ``parse_signs`` live in :mod:`milp_relu.engine`.

Kept because users (and sweep files: ``solve_function = "milp_relu.solve:fit"``) import them
from here. The CLI and the estimator look ``fit`` up here at call time, so that replacing
``milp_relu.solve.fit`` (tests do) replaces it for them too.
"""
from __future__ import annotations

from .engine.fit import FitResult, fit
from .engine.options import DEFAULT_SPEED, SEARCHES
from .engine.problem import parse_signs

__all__ = ["DEFAULT_SPEED", "SEARCHES", "FitResult", "fit", "parse_signs"]
