"""The exact training engine (docs/design.md, "Architecture and data flow").

* :mod:`.problem` -- the one description of a training problem (:class:`Problem`) and the one
  sign parser;
* :mod:`.options` -- the solve settings (:class:`SolveOptions`), validated once;
* :mod:`.transforms` -- the reversible data steps (rescale, merge duplicates);
* :mod:`.certificate` -- incumbents, float64 verification, the final certificate;
* :mod:`.schedule` -- the sign splits: order, strategy, time shares;
* :mod:`.strategies` -- one module per search strategy of a split;
* :mod:`.fit` -- the public :func:`fit` and :class:`FitResult`.
"""
from __future__ import annotations

from .fit import FitResult, fit, solve
from .options import DEFAULT_SPEED, SEARCHES, SolveOptions
from .problem import Problem, parse_signs, sign_count

__all__ = ["DEFAULT_SPEED", "SEARCHES", "FitResult", "Problem", "SolveOptions", "fit",
           "parse_signs", "sign_count", "solve"]
