"""Valid bounds L_ij <= w_j . x_i + b_j <= U_ij on the pre-activations.

Interval arithmetic over the boxes |W_jl| <= omega, |b_j| <= beta gives
|p_ij| <= omega * ||x_i||_1 + beta (DESIGN.md section 2). Every big-M in the formulation is
taken from these per-point bounds, never from a global constant.
"""
from __future__ import annotations

import numpy as np


def interval_preactivation_bounds(X: np.ndarray, k: int, weight_bound: float, bias_bound: float) -> tuple[np.ndarray, np.ndarray]:
    """Per-point, per-unit bounds from the boxes.

    Returns
    -------
    lower, upper : arrays of shape (n, k)
        ``upper = omega ||x_i||_1 + beta`` and ``lower = -upper`` for every unit.
    """
    radius = weight_bound * np.abs(X).sum(axis=1) + bias_bound
    upper = np.repeat(radius[:, None], k, axis=1)
    return -upper, upper.copy()
