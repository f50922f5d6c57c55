"""The solver-backend protocol: the only way the engine talks to a MILP solver.

A backend holds one :class:`~milp_relu.formulation.MilpModel` and solves it. The engine never
holds a raw solver object: rows (cuts), column bounds, a convex quadratic objective, a start
and a cut-off all go through the methods below, and every answer comes back as a
:class:`RawSolution` whose ``status`` is one of :data:`STATUSES` (each backend maps its own
return codes onto them in one ``_STATUS`` table). What comes back is the solver's own view;
the engine verifies it in float64 before it certifies anything, whichever backend produced it.

A backend declares what it can do in :class:`Capabilities`; the engine asks, never assumes.
Backends are found by name through :func:`milp_relu.backends.get_backend`; an optional solver
that is not installed gives one :class:`~milp_relu.errors.InputError` naming the extra to
install (``pip install 'milp-relu[scip]'``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

import numpy as np
import scipy.sparse as sp

from ..formulation import MilpModel

#: The statuses a backend may report. "optimal": the returned point is optimal within the
#: gaps; "time_limit": stopped by the time limit (x is the best point found, or None; bound is
#: valid); "infeasible": no point (or none below the cut-off); "unbounded"; "interrupted": the
#: user pressed Ctrl-C; "error": anything else (the engine treats it as no answer).
STATUSES = ("optimal", "time_limit", "infeasible", "unbounded", "interrupted", "error")


@dataclass
class RawSolution:
    """What a backend returns: the solver's own view, before any verification."""

    status: str
    x: np.ndarray | None
    objective: float
    bound: float
    nodes: int
    iterations: int
    time_s: float
    message: str


@dataclass(frozen=True)
class Capabilities:
    """What a backend can solve and accept.

    Attributes
    ----------
    milp : bool
        Mixed-integer linear programs.
    convex_qp : bool
        Continuous convex QPs (a diagonal Hessian, no integers).
    convex_miqp : bool
        Mixed-integer convex QPs: the squared loss can be solved natively, without outer
        approximation.
    cutoff : bool
        Honours a cut-off (prune everything not strictly below it).
    start : bool
        Accepts a feasible start (MIP start).
    add_rows : bool
        Rows may be appended between solves of the same model.
    interrupt : bool
        Ctrl-C stops a solve and returns what the solver has.
    """

    milp: bool = True
    convex_qp: bool = False
    convex_miqp: bool = False
    cutoff: bool = True
    start: bool = True
    add_rows: bool = True
    interrupt: bool = True


@runtime_checkable
class SolverBackend(Protocol):
    """One solver instance holding one model.

    Constructed as ``Backend(model, threads=1, seed=0, verbose=False, log_file=None)``.
    """

    name: ClassVar[str]
    capabilities: ClassVar[Capabilities]
    model: MilpModel
    interrupted: bool

    def add_rows(self, A: sp.csr_matrix, lower: np.ndarray, upper: np.ndarray) -> None:
        """Append rows ``lower <= A x <= upper`` to the model the solver holds."""

    def change_col_bounds(self, cols: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> None:
        """Set the bounds of columns ``cols``."""

    def set_quadratic(self, diagonal: np.ndarray) -> None:
        """Add ``0.5 * sum_c diagonal[c] x_c^2`` to the objective (needs ``convex_qp``, or
        ``convex_miqp`` when the model has integers)."""

    def set_start(self, x: np.ndarray) -> None:
        """Offer a feasible point as the incumbent."""

    def objective_of(self, x: np.ndarray) -> float:
        """The model's objective at x, computed in float64 here (not by the solver)."""

    def solve(self, time_limit: float | None = None, cutoff: float | None = None,
              rel_gap: float = 1e-6, abs_gap: float = 1e-6) -> RawSolution:
        """Solve; a time limit or Ctrl-C returns the best point found and the bound."""
