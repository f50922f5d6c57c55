"""Random projection of the proper learner: the dimension the theory asks for, and the map.

The proper learner works in a space of dimension

    m = ceil(C * ln(64 k / eps) / eta^2),    C = JL_CONSTANT = 8,

with the accuracy eta = eps / 36 in the agnostic setting (m = O(log(k/eps) / eps^2)) and
eta = sqrt(eps) / 6 in the realizable setting (m = O(log(k/eps) / eps)). The argument: draw
Pi in R^{m x d} with i.i.d. N(0, 1/m) entries. For unit vectors w, x the Johnson-Lindenstrauss
lemma (in the inner-product form) gives

    Pr[ |<Pi w, Pi x> - <w, x>| > eta ] <= 4 exp(-m eta^2 / 8),

which is at most eps / (16 k) for the m above; by Markov's inequality, with probability >= 1/2
all but an eps/8 fraction of the points keep every unit's pre-activation within eta, so the best
network of the projected space is within 3 eta of the best network of the original space on those
points. That costs at most 18 eta + eps/2 <= eps of mean squared loss (agnostic; labels and
outputs in [-1, 1] and [-2, 2]) or (3 eta)^2 + eps/2 <= eps (realizable, where the optimum is 0).
Repeating R = ceil(log2(1 / delta)) times and keeping the best lifted network makes the failure
probability at most delta.

When m >= d the projection is pointless: the learner uses the identity, which distorts nothing,
and needs no repetition. For every eps <= 1 and k >= 1 the theory's m is above 1,000 (realizable)
or 40,000 (agnostic), so on data of moderate dimension the identity is the rule; ``constant``
lets a user force a real projection to watch its effect.

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

#: C in m = ceil(C ln(64 k / eps) / eta^2).
JL_CONSTANT = 8.0
#: eta = eps / AGNOSTIC_ETA_DIVISOR (agnostic) or sqrt(eps) / REALIZABLE_ETA_DIVISOR (realizable).
AGNOSTIC_ETA_DIVISOR = 36.0
REALIZABLE_ETA_DIVISOR = 6.0
#: ln(LOG_FACTOR k / eps) in the dimension (a union bound over k units and an eps/8 bad fraction).
LOG_FACTOR = 64.0


def accuracy(eps: float, setting: str) -> float:
    """eta: how far a pre-activation may move (eps/36 agnostic, sqrt(eps)/6 realizable)."""
    if setting == "agnostic":
        return eps / AGNOSTIC_ETA_DIVISOR
    return math.sqrt(eps) / REALIZABLE_ETA_DIVISOR


def theory_dimension(eps: float, k: int, setting: str, constant: float = JL_CONSTANT) -> int:
    """m = ceil(constant * ln(64 k / eps) / eta^2), eta = :func:`accuracy` (eps, setting)."""
    if not (constant > 0 and math.isfinite(constant)):
        raise InputError(f"the projection constant must be a positive number, got {constant!r}")
    eta = accuracy(eps, setting)
    return max(1, math.ceil(constant * math.log(LOG_FACTOR * k / eps) / eta ** 2))


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
