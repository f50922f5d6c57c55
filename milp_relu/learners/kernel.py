"""The multinomial kernel, the polynomial approximation of a ReLU behind it, and its predictor.

Goel, Kanade, Klivans and Thaler learn a ReLU improperly by kernel regression with the
multinomial kernel of degree q,

    K(x, x') = sum_{i=0}^{q} (<x~, x~'>)^i,

whose feature space holds every x -> (<u, x~>)^i with norm ||u||^i. With x~ = (x, 1)/sqrt(2)
(biases; ||x~|| <= 1 when ||x|| <= 1) a bounded unit is max(0, <w, x> + b) = 2 max(0, <u, x~>),
u = (w, b)/sqrt(2), ||u|| <= 1. If p(t) = sum_i beta_i t^i approximates max(0, t) on [-1, 1]
within eps_a, the network f = sum_{j<=k} s_j max(0, <w_j, x> + b_j) is approximated within
e = 2 k eps_a by an element P of the kernel's space with ||P||^2 <= B^2 = 4 k^2 sum_i beta_i^2,
and since |f| <= 2k and |y| <= 1,

    mean (P(x_i) - y_i)^2 <= mean (f(x_i) - y_i)^2 + 2 e (2k + 1) + e^2.

The degree is the smallest q whose Chebyshev interpolant of max(0, t) makes the right-hand excess
at most eps/2; for a kink the error decays like 1/q, so q = O(k^2/eps). Kernel ridge regression
with ridge lambda minimises mean (g(x_i) - y_i)^2 + lambda ||g||^2, so its g has training loss
<= OPT + eps/2 + lambda B^2; lambda = eps / (2 B^2) gives <= OPT + eps. B^2 grows like 2^{O(q)}
(the monomial coefficients of a degree-q approximation of a kink), which is where the
2^{O(1/eps)} of the improper learner's sample complexity comes from; the computation itself is
O(n^2 (d + q) + n^3).

References
----------
.. [1] S. Goel, V. Kanade, A. Klivans, J. Thaler, "Reliably Learning the ReLU in Polynomial
   Time", COLT 2017, arXiv:1611.10258.
.. [2] L. N. Trefethen, "Approximation Theory and Approximation Practice", SIAM 2013
   (Chebyshev interpolation; error of order 1/q for a function with a kink).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from ..errors import InputError

#: Largest degree the improper learner uses (eps below what it reaches is reported, not hidden).
MAX_DEGREE = 400
#: Numerical floor of the ridge, relative to the largest eigenvalue of the kernel matrix.
RIDGE_FLOOR = 1e-12


def augment(X: np.ndarray, bias: bool = True) -> np.ndarray:
    """x~ = (x, 1)/sqrt(2) (bias) or x itself; rows stay in the unit ball."""
    X = np.asarray(X, dtype=np.float64)
    if not bias:
        return X
    return np.hstack([X, np.ones((X.shape[0], 1))]) / math.sqrt(2.0)


def multinomial_kernel(A: np.ndarray, B: np.ndarray, degree: int) -> np.ndarray:
    """K_ij = sum_{i=0}^{degree} (<a_i, b_j>)^i, by Horner's rule (no division near t = 1)."""
    T = A @ B.T
    K = np.ones_like(T)
    for _ in range(degree):
        K = K * T + 1.0
    return K


@functools.lru_cache(maxsize=None)
def relu_approximation(degree: int) -> tuple[float, float]:
    """(sup error on [-1, 1], sum of squared monomial coefficients) of the Chebyshev interpolant."""
    from numpy.polynomial import Chebyshev, Polynomial

    cheb = Chebyshev.interpolate(lambda t: np.maximum(t, 0.0), degree)
    grid = np.concatenate([np.linspace(-1.0, 1.0, 2001), np.linspace(-0.01, 0.01, 201)])
    error = float(np.max(np.abs(cheb(grid) - np.maximum(grid, 0.0))))
    with np.errstate(over="ignore"):
        coef = cheb.convert(kind=Polynomial).coef
        norm_sq = float(np.sum(coef * coef))  # inf beyond float range: then no a-priori bound
    return error, norm_sq


def loss_excess(degree: int, k: int) -> float:
    """2 e (2k + 1) + e^2 with e = 2 k eps_a(degree): the approximation's cost in mean loss."""
    e = 2.0 * k * relu_approximation(degree)[0]
    return 2.0 * e * (2 * k + 1) + e * e


def choose_degree(eps: float, k: int = 1) -> int:
    """Smallest even q with loss_excess(q, k) <= eps/2 (bisection; capped at MAX_DEGREE).

    The interpolation error of the kink decreases with q (up to the parity wobble, which
    restricting to even degrees removes), so bisection finds the threshold in O(log MAX_DEGREE)
    interpolations.
    """
    if loss_excess(MAX_DEGREE, k) > eps / 2.0:
        return MAX_DEGREE
    lo, hi = 0, MAX_DEGREE // 2  # q = 2 * index; invariant: 2 * hi meets the target
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if loss_excess(2 * mid, k) <= eps / 2.0:
            hi = mid
        else:
            lo = mid
    return 2 * hi


def norm_bound_sq(degree: int, k: int) -> float:
    """B^2 = 4 k^2 sum_i beta_i^2: the squared kernel norm of the approximating polynomial."""
    return 4.0 * k * k * relu_approximation(degree)[1]


@dataclass(frozen=True)
class KernelPredictor:
    """g(x) = sum_i alpha_i K(x_i, x): the improper learner's hypothesis (not a network)."""

    centers: np.ndarray
    alpha: np.ndarray
    degree: int
    bias: bool = True

    @property
    def d(self) -> int:
        return int(self.centers.shape[1]) - (1 if self.bias else 0)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """g(x) for every row of X, in float64."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.d:
            raise InputError(f"X has shape {X.shape}, the predictor expects (n, {self.d})")
        return multinomial_kernel(augment(X, self.bias), self.centers, self.degree) @ self.alpha

    def to_dict(self) -> dict[str, object]:
        return {"kind": "multinomial kernel ridge", "degree": self.degree, "bias": self.bias,
                "n_centers": int(self.centers.shape[0])}


def kernel_ridge(K: np.ndarray, y: np.ndarray, weights: np.ndarray, ridge: float) -> tuple[np.ndarray, float]:
    """alpha minimising sum_i w_i ((K alpha)_i - y_i)^2 / W + ridge alpha' K alpha; and the ridge used.

    Solved in the symmetric form (D K D + ridge W I) beta = D y, alpha = D beta, D = diag(sqrt w),
    from an eigendecomposition; the ridge is raised to RIDGE_FLOOR times the largest eigenvalue
    when it is smaller (then the a-priori bound uses the raised value).
    """
    total = float(np.sum(weights))
    D = np.sqrt(weights)
    sigma, V = np.linalg.eigh(D[:, None] * K * D[None, :])
    sigma = np.maximum(sigma, 0.0)
    floor = RIDGE_FLOOR * float(max(sigma[-1], 1e-300)) / total
    used = max(ridge, floor)
    beta = V @ ((V.T @ (D * y)) / (sigma + used * total))
    return D * beta, used
