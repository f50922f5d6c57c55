"""Lifting a network found in the projected space back to R^d, and into the bounded class.

The class (the bounded setting of Goel, Klivans, Manurangsi and Reichman):

    f(x) = sum_j s_j max(0, <w_j, x> + b_j),  s_j in {-1, +1},  ||w_j||_2 <= 1,  |b_j| <= B,

which by positive homogeneity (a max(0, z) = sign(a) max(0, |a| z)) equals the networks with real
output weights |a_j| <= 1 on the same ball. B = 1 by default.

Lifting. A projected unit v_j acts on the data through <v_j, Pi x_i>. The lift is the w_j in the
unit ball whose pre-activations <w_j, x_i> are closest to those in least squares,

    w_j = argmin_{||w|| <= 1} sum_i (<w, x_i> - <v_j, Pi x_i>)^2,

a trust-region problem solved exactly from the SVD of X (a scalar equation in the Lagrange
multiplier, by bisection). For the identity projection the lift is v_j itself. The textbook lift
Pi^T v_j keeps the pre-activations only up to the projection's distortion and has norm about
sqrt(d/m) ||v_j||, outside the class, so it is not used.

Into the class. A unit with ||w_j|| > 1 or |b_j| > B is scaled by t = min(1, 1/||w_j||, B/|b_j|),
which scales its output by t (positive homogeneity) and puts it in the class.

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] J. J. More, D. C. Sorensen, "Computing a trust region step", SIAM J. Sci. Stat. Comput.
   4(3), 1983.
"""
from __future__ import annotations

import numpy as np

from ..network import ReLUNetwork
from .projection import Projection

#: Slack on the class test (norms are recomputed in float64).
CLASS_TOL = 1e-9


def ball_least_squares(X: np.ndarray, target: np.ndarray, radius: float = 1.0) -> np.ndarray:
    """argmin_{||w|| <= radius} ||X w - target||^2 (exact up to bisection on the multiplier)."""
    U, sv, Vt = np.linalg.svd(X, full_matrices=False)
    keep = sv > sv[0] * 1e-12 if sv.size and sv[0] > 0 else np.zeros_like(sv, dtype=bool)
    sv, U, Vt = sv[keep], U[:, keep], Vt[keep]
    coef = U.T @ target

    def solution(lam: float) -> np.ndarray:
        return Vt.T @ (sv * coef / (sv ** 2 + lam))

    w = solution(0.0)
    if np.linalg.norm(w) <= radius:
        return w
    lo, hi = 0.0, float(sv[0] * np.linalg.norm(coef) / radius) + 1.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if np.linalg.norm(solution(mid)) > radius:
            lo = mid
        else:
            hi = mid
    return solution(hi)


def lift(network: ReLUNetwork, projection: Projection, X: np.ndarray) -> ReLUNetwork:
    """The network in R^d whose units reproduce the projected units' pre-activations best."""
    if projection.matrix is None:
        return network
    Z = projection.apply(X)
    W = np.vstack([ball_least_squares(X, Z @ v) for v in network.W])
    return ReLUNetwork(W, network.b.copy(), network.s.copy(), network.c)


def unit_scales(network: ReLUNetwork, bias_bound: float = 1.0) -> np.ndarray:
    """t_j = min(1, 1/||w_j||, B/|b_j|): the factor that puts unit j in the class."""
    norms = np.linalg.norm(network.W, axis=1)
    t = np.ones(network.W.shape[0])
    big = norms > 1.0
    t[big] = 1.0 / norms[big]
    bias = np.abs(network.b)
    over = bias * t > bias_bound
    t[over] = bias_bound / bias[over]
    return t


def into_class(network: ReLUNetwork, bias_bound: float = 1.0) -> ReLUNetwork:
    """Scale every unit into ||w_j|| <= 1, |b_j| <= B (a unit already inside is unchanged)."""
    t = unit_scales(network, bias_bound)
    W = network.W * t[:, None]
    b = network.b * t
    norms = np.linalg.norm(W, axis=1)  # guard the last ulp so the class test is exact
    W = W / np.maximum(1.0, norms)[:, None]
    b = np.clip(b, -bias_bound, bias_bound)
    return ReLUNetwork(W, b, network.s.copy(), 0.0)


def in_class(network: ReLUNetwork, bias_bound: float = 1.0, tol: float = CLASS_TOL) -> bool:
    """True when every ||w_j|| <= 1 + tol, |b_j| <= B + tol, s_j in {-1, 1} and no output bias."""
    norms_ok = bool(np.all(np.linalg.norm(network.W, axis=1) <= 1.0 + tol))
    bias_ok = bool(np.all(np.abs(network.b) <= bias_bound + tol))
    signs_ok = bool(np.all(np.isin(network.s, (-1.0, 1.0))))
    return norms_ok and bias_ok and signs_ok and network.c == 0.0
