"""Learners for bounded depth-2 ReLU networks: the paper's proper learner and an improper one.

* :func:`proper_learn` -- random projection to dimension O(log(k/eps)/eps^2) (agnostic) or
  O(log(k/eps)/eps) (realizable), search for the best k-unit network there (exact engine or
  eta-net), lift back into the class ||w_j|| <= 1, |b_j| <= 1; time 2^{O~(k/eps^2)} poly(n, d) or
  2^{O~(k/eps)} poly(n, d) with the net, matching the paper's lower bounds in eps.
* :func:`improper_learn` -- kernel ridge regression with the multinomial kernel (polynomial in n
  and d, degree O(k^2/eps)).

Modules: :mod:`.validation` (bounded inputs), :mod:`.projection`, :mod:`.search` (net and exact),
:mod:`.lifting`, :mod:`.kernel`, :mod:`.proper`, :mod:`.improper`, :mod:`.results`,
:mod:`.exact` (the exact engine in the same result form) and :mod:`.sweep_adapter` (sweeps).

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] S. Goel, V. Kanade, A. Klivans, J. Thaler, "Reliably Learning the ReLU in Polynomial
   Time", COLT 2017, arXiv:1611.10258.
"""
from __future__ import annotations

from .exact import exact_learn
from .improper import improper_learn
from .kernel import KernelPredictor
from .proper import proper_learn
from .results import LearnResult

__all__ = ["KernelPredictor", "LearnResult", "exact_learn", "improper_learn", "proper_learn"]
