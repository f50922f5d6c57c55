"""Random projection of the proper learner: the dimension the theory asks for, and the map.

Bounded setting: ||x_i|| <= 1, |y_i| <= 1, units with ||w_j|| <= 1, |b_j| <= 1, |a_j| <= 1, so
|f| <= 2k and a point's squared loss is at most L = (2k + 1)^2. The learner works in dimension

    m = ceil(C * ln(8 (k + 1) / beta) / eta^2),    C = JL_CONSTANT = 8,

with the bad-point fraction beta = eps / (2 L) and the accuracy

    eta = eps / (6 k (4k + 2))   (agnostic:   m = O(k^4 log(k/eps) / eps^2)),
    eta = sqrt(eps) / (6 k)      (realizable: m = O(k^2 log(k/eps) / eps)).

The argument. Draw Pi in R^{m x d} with i.i.d. N(0, 1/m) entries. For unit vectors w, x the
Johnson-Lindenstrauss lemma (inner-product form) gives Pr[|<Pi w, Pi x> - <w, x>| > eta] <=
4 exp(-m eta^2 / 8), and the same bound holds for | ||Pi x||^2 - ||x||^2 |. With the m above, a
point fails one of these k + 1 events with probability <= beta / 2, so by Markov's inequality,
with probability >= 1/2 at most a beta fraction of the points fail. On the other points, the best
network f* of the class, moved to the projected space (units Pi w*_j, or a net point within eta
of them), changes every pre-activation by <= eta (2 + eta) <= 3 eta and hence its output by
<= 3 k eta, so its squared loss changes by <= 3 k eta (4k + 2) = eps/2 (agnostic) or is at most
(3 k eta)^2 = eps/4 (realizable, where f* fits exactly); the failing points add at most
beta L = eps/2. Hence the best network of the projected space has mean loss <= OPT + eps
(agnostic) or <= eps (realizable) *on the projected data*. Repeating R = ceil(log2(1 / delta))
times makes the failure probability at most delta.

Two honest limits. (1) Lifting: a projected unit v_j acts on the data exactly like the unit
Pi^T v_j of R^d, but ||Pi^T v_j|| is about sqrt(d/m) ||v_j||, outside the class; the lift into the
class (:mod:`~milp_relu.learners.lifting`) is measured, not covered by the argument. (2) When
m >= d the projection is pointless: the learner uses the identity, which distorts nothing and
needs no repetition, and then the argument is not needed at all. For every eps <= 1 the theory's
m is above 8,000 (realizable, k = 2) or 58,000 (agnostic, k = 1), so on data of moderate dimension
the identity is the rule; ``constant`` lets a user force a real projection to watch its effect.

References
----------
.. [1] W. B. Johnson, J. Lindenstrauss, "Extensions of Lipschitz mappings into a Hilbert space",
   Contemporary Mathematics 26, 1984.
.. [2] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550 (upper bounds for bounded networks).
.. [3] P. Manurangsi, D. Reichman, "The Computational Complexity of Training ReLU(s)",
   arXiv:1810.04207, 2018 (projection-based proper learning of bounded networks).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import InputError

#: C in m = ceil(C ln(8 (k + 1) / beta) / eta^2).
JL_CONSTANT = 8.0


def bad_fraction(eps: float, k: int) -> float:
    """beta = eps / (2 (2k + 1)^2): the fraction of points the projection may spoil."""
    return eps / (2.0 * (2 * k + 1) ** 2)


def accuracy(eps: float, setting: str, k: int = 1) -> float:
    """eta: eps / (6k(4k + 2)) agnostic (eps/36 for k = 1), sqrt(eps) / (6k) realizable."""
    if setting == "agnostic":
        return eps / (6.0 * k * (4 * k + 2))
    return math.sqrt(eps) / (6.0 * k)


def log_term(eps: float, k: int) -> float:
    """ln(8 (k + 1) / beta): the union bound over k units and the norm, at failure rate beta/2."""
    return math.log(8.0 * (k + 1) / bad_fraction(eps, k))


def theory_dimension(eps: float, k: int, setting: str, constant: float = JL_CONSTANT) -> int:
    """m = ceil(constant * ln(8 (k + 1) / beta) / eta^2) (module docstring)."""
    if not (constant > 0 and math.isfinite(constant)):
        raise InputError(f"the projection constant must be a positive number, got {constant!r}")
    return max(1, math.ceil(constant * log_term(eps, k) / accuracy(eps, setting, k) ** 2))


def constant_for_dimension(m: int, eps: float, k: int, setting: str) -> float:
    """The largest C whose :func:`theory_dimension` is m (to force a projection to dimension m)."""
    return m * accuracy(eps, setting, k) ** 2 / log_term(eps, k) * (1 - 1e-9)


def repetitions(delta: float) -> int:
    """R = ceil(log2(1/delta)): each projection succeeds with probability >= 1/2."""
    return max(1, math.ceil(math.log2(1.0 / delta)))


@dataclass(frozen=True)
class Projection:
    """A linear map x -> Pi x from R^d to R^m; ``matrix`` is None for the identity (m = d)."""

    matrix: np.ndarray | None
    d: int

    @property
    def dim(self) -> int:
        return self.d if self.matrix is None else int(self.matrix.shape[0])

    @property
    def kind(self) -> str:
        return "identity" if self.matrix is None else "gaussian"

    def apply(self, X: np.ndarray) -> np.ndarray:
        """Project the rows of X: Z = X Pi^T."""
        return np.array(X, dtype=np.float64) if self.matrix is None else X @ self.matrix.T


def draw(d: int, m: int, rng: np.random.Generator) -> Projection:
    """Pi with i.i.d. N(0, 1/m) entries, or the identity when m >= d."""
    if m >= d:
        return Projection(None, d)
    return Projection(rng.normal(0.0, 1.0 / math.sqrt(m), size=(m, d)), d)
