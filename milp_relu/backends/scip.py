"""SCIP backend (pyscipopt): the model built from arrays, one linear constraint per row.

Supports MILP, LP, convex QP and convex MIQP. SCIP objectives are linear, so the quadratic
``0.5 * sum_c diagonal[c] x_c^2`` of :meth:`ScipBackend.set_quadratic` becomes one epigraph
variable per nonzero diagonal entry, ``eta_c >= 0.5 diagonal[c] x_c^2`` (a convex quadratic
constraint SCIP handles with outer approximation, no spatial branching needed), and
``sum_c eta_c`` in the objective. The epigraph variables are SCIP's business only: every
point returned has the model's own columns. SCIP's bounds on that objective are only as exact as
the epigraph rows' tolerances, so the absolute gap SCIP is asked for is never below what those
resolve (:meth:`ScipBackend.gap_resolution`).

SCIP is single-threaded (its concurrent mode is a different, non-deterministic solver), so
``threads`` is checked and otherwise ignored. A model is modified between solves by returning
it to SCIP's problem stage with ``freeTransform`` (solutions found so far are kept and offered
again). References: the SCIP Optimization Suite documentation (https://www.scipopt.org/doc/html/
-- ``SCIPsetObjlimit``, ``SCIPfreeTransform``, ``SCIPgetStatus``, the parameters
``limits/time``, ``limits/gap``, ``limits/absgap``, ``randomization/randomseedshift``,
``misc/catchctrlc``) and PySCIPOpt's API (https://pyscipopt.readthedocs.io).
"""
from __future__ import annotations

import signal
import threading
import time
from typing import Any

import numpy as np
import pyscipopt
import scipy.sparse as sp
from pyscipopt.scip import Expr, ExprCons, Term

from ..errors import InputError, SolverError
from ..limits import check_int, check_threads
from ..formulation import MilpModel
from .base import Capabilities, RawSolution

#: SCIP's status strings (every value ``Model.getStatus`` returns) -> STATUSES. The limits the
#: backend never sets (nodes, solutions, restarts, primal/dual limit) and a memory limit leave
#: no answer the engine may use: "error". "gaplimit" is how SCIP says "optimal within
#: limits/gap and limits/absgap" whenever a gap is nonzero. With an objective limit (cut-off)
#: SCIP reports "infeasible" when nothing strictly better exists.
_STATUS = {
    "optimal": "optimal",
    "gaplimit": "optimal",
    "timelimit": "time_limit",
    "infeasible": "infeasible",
    "inforunbd": "infeasible",  # as HiGHS's "Primal infeasible or unbounded": the boxes bound every model
    "unbounded": "unbounded",
    "userinterrupt": "interrupted",
    "nodelimit": "error",
    "totalnodelimit": "error",
    "stallnodelimit": "error",
    "memlimit": "error",
    "sollimit": "error",
    "bestsollimit": "error",
    "restartlimit": "error",
    "primallimit": "error",
    "duallimit": "error",
    "unknown": "error",
}

#: SCIP's default feasibility tolerance (numerics/feastol), relative to max(1, |activity|).
_FEASTOL = 1e-6

#: Each epigraph row is stated as S (0.5 d_c x_c^2 - eta_c) <= 0. SCIP measures a nonlinear
#: row's violation absolutely (constraints/nonlinear/violscale "n"), so unscaled rows let every
#: eta_c sit up to 1e-6 below its square: on a 12-point convex QP SCIP then returned a point 1.5e-4
#: (relative) worse than HiGHS's and Gurobi's optimum while reporting a primal bound below it.
#: With S = 1e3 the three agree to 1e-8 at the same speed.
_EPIGRAPH_SCALE = 1e3


def scip_version() -> str:
    """The SCIP library version, e.g. '10.0.2'."""
    m = pyscipopt.Model()
    return f"{m.getMajorVersion()}.{m.getMinorVersion()}.{m.getTechVersion()}"


def _bound(value: float) -> float | None:
    """A column bound for pyscipopt (None for an infinite one)."""
    return float(value) if np.isfinite(value) else None


class _Interrupter(pyscipopt.Eventhdlr):
    """Passes a recorded Ctrl-C on to SCIP: called at every presolving round, LP solve and
    node, it calls ``interruptSolve`` once ``requested`` is non-empty. (Running Python code here
    is also what lets Python run its signal handlers while SCIP holds the GIL.)"""

    EVENTS = (pyscipopt.SCIP_EVENTTYPE.PRESOLVEROUND | pyscipopt.SCIP_EVENTTYPE.LPSOLVED
              | pyscipopt.SCIP_EVENTTYPE.NODESOLVED)

    def __init__(self) -> None:
        self.requested: list[bool] = []

    def eventinit(self) -> None:
        self.model.catchEvent(self.EVENTS, self)

    def eventexit(self) -> None:
        self.model.dropEvent(self.EVENTS, self)

    def eventexec(self, event: Any) -> dict[str, Any]:
        if self.requested:
            self.model.interruptSolve()
        return {}


class ScipBackend:
    """One SCIP model holding one :class:`MilpModel`; rows and bounds may change between solves.

    Parameters
    ----------
    model : MilpModel
    threads : int
        Must be a positive integer; SCIP solves on one thread whatever it is.
    seed : int
        Shift of all of SCIP's random seeds (``randomization/randomseedshift``), >= 0.
    verbose : bool
        Show SCIP's log.
    log_file : str, optional
        Also write SCIP's log to this file.
    """

    name = "scip"
    capabilities = Capabilities(milp=True, convex_qp=True, convex_miqp=True)

    def __init__(self, model: MilpModel, threads: int = 1, seed: int = 0, verbose: bool = False,
                 log_file: str | None = None) -> None:
        threads = check_threads(threads)
        seed = check_int(seed, "the SCIP seed", 0)
        self.model = model
        self.interrupted = False
        s = pyscipopt.Model()
        s.hideOutput(not verbose)
        if log_file is not None:
            s.setLogfile(str(log_file))
        s.setParam("randomization/randomseedshift", int(seed))
        # SCIP's own Ctrl-C handler did not stop a solve run from Python (pyscipopt 6.3): the
        # backend's handler and event handler do it instead (see _run)
        s.setParam("misc/catchctrlc", False)
        self._interrupter = _Interrupter()
        s.includeEventhdlr(self._interrupter, "milp_relu_interrupt", "stops the solve on Ctrl-C")
        self.scip = s
        self._diagonal: np.ndarray | None = None
        self._epigraph: list[tuple[int, Any, Any]] = []  # (column, eta variable, constraint)
        lower = model.col_lower
        upper = model.col_upper
        integer = np.asarray(model.integrality, dtype=bool)
        binary = integer & (lower >= 0) & (upper <= 1)
        self.vars: list[Any] = []
        for c in range(model.num_cols):
            vtype = "B" if binary[c] else ("I" if integer[c] else "C")
            self.vars.append(s.addVar(name=f"x{c}", vtype=vtype, lb=_bound(lower[c]), ub=_bound(upper[c]),
                                      obj=float(model.cost[c])))
        if model.offset:
            s.addObjoffset(float(model.offset))
        self._add_rows(model.A, model.row_lower, model.row_upper)

    def _add_rows(self, A: sp.spmatrix, lower: np.ndarray, upper: np.ndarray) -> None:
        A = sp.csr_matrix(A)
        lower = np.asarray(lower, dtype=np.float64)
        upper = np.asarray(upper, dtype=np.float64)
        v = self.vars
        for r in range(A.shape[0]):
            lo, hi = A.indptr[r], A.indptr[r + 1]
            expr = Expr({Term(v[c]): float(a) for c, a in zip(A.indices[lo:hi].tolist(), A.data[lo:hi].tolist())})
            cons = ExprCons(expr, lhs=_bound(lower[r]), rhs=_bound(upper[r])) if np.isfinite(lower[r]) or np.isfinite(upper[r]) else None
            if cons is not None:  # a free row constrains nothing
                self.scip.addCons(cons, name=f"r{self.scip.getNConss()}")

    def _problem_stage(self) -> None:
        """Back to SCIP's problem stage, where the model may be changed (after a solve)."""
        if self.scip.getStage() != pyscipopt.SCIP_STAGE.PROBLEM:
            self.scip.freeTransform()

    def add_rows(self, A: sp.csr_matrix, lower: np.ndarray, upper: np.ndarray) -> None:
        """Append rows ``lower <= A x <= upper`` (the MilpModel is left as built, as in HiGHS)."""
        self._problem_stage()
        self._add_rows(A, lower, upper)

    def change_col_bounds(self, cols: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> None:
        """Set the bounds of columns ``cols`` (the MilpModel is left as built)."""
        self._problem_stage()
        lower = np.broadcast_to(np.asarray(lower, dtype=np.float64), np.shape(cols))
        upper = np.broadcast_to(np.asarray(upper, dtype=np.float64), np.shape(cols))
        for c, lo, hi in zip(np.asarray(cols, dtype=np.int64).tolist(), lower.tolist(), upper.tolist()):
            self.scip.chgVarLb(self.vars[c], _bound(lo))
            self.scip.chgVarUb(self.vars[c], _bound(hi))

    def set_quadratic(self, diagonal: np.ndarray) -> None:
        """Add ``0.5 * sum_c diagonal[c] x_c^2`` to the objective (replaces an earlier one).

        Each nonzero entry gets an epigraph variable eta_c >= 0.5 diagonal[c] x_c^2 with
        objective coefficient 1 (the row scaled by :data:`_EPIGRAPH_SCALE`); the diagonal must
        be non-negative (convex).
        """
        diag = np.asarray(diagonal, dtype=np.float64)
        if diag.shape != (self.model.num_cols,):
            raise InputError(f"the diagonal must have {self.model.num_cols} entries, got shape {diag.shape}")
        if np.any(diag < 0) or not np.all(np.isfinite(diag)):
            raise InputError("the quadratic objective must be convex: a finite, non-negative diagonal")
        self._problem_stage()
        for _, eta, cons in self._epigraph:
            self.scip.delCons(cons)
            self.scip.delVar(eta)
        self._epigraph = []
        for c in np.flatnonzero(diag).tolist():
            eta = self.scip.addVar(name=f"eta{c}", lb=0.0, ub=None, obj=1.0)
            x = self.vars[c]
            cons = self.scip.addCons(_EPIGRAPH_SCALE * (0.5 * float(diag[c]) * x * x - eta) <= 0.0, name=f"epigraph{c}")
            self._epigraph.append((c, eta, cons))
        self._diagonal = diag if self._epigraph else None

    def set_start(self, x: np.ndarray) -> None:
        """Offer a point as a start (SCIP checks it when the solve begins and drops it if infeasible)."""
        x = np.asarray(x, dtype=np.float64)
        self._problem_stage()
        sol = self.scip.createSol()
        for var, value in zip(self.vars, x.tolist()):
            self.scip.setSolVal(sol, var, value)
        for c, eta, _ in self._epigraph:
            self.scip.setSolVal(sol, eta, 0.5 * float(self._diagonal[c]) * x[c] * x[c])
        self.scip.addSol(sol, free=True)

    def objective_of(self, x: np.ndarray) -> float:
        """The model's objective at x, computed here in float64 (linear part, quadratic, offset)."""
        x = np.asarray(x, dtype=np.float64)
        value = float(self.model.cost @ x + self.model.offset)
        if self._diagonal is not None:
            value += 0.5 * float(self._diagonal @ (x * x))
        return value

    def gap_resolution(self) -> float:
        """The smallest absolute gap SCIP can certify on this model: 0 without a quadratic
        objective, else ``len(epigraph) * (feastol + lpfeastol) / S``.

        SCIP accepts a point whose epigraph row S (q_c - eta_c) <= 0 is violated by up to
        numerics/feastol, so its primal bound may lie up to feastol / S per row below the point's
        own objective; its dual bound comes from LP relaxations whose outer-approximation cuts on
        those rows are added only once a row is violated by more than feastol and are then
        satisfied only to the LP's feasibility tolerance (feastol * lpfeastolfactor), so it may
        lie up to (feastol + lpfeastol) / S per row below the optimum. Asked for a smaller gap,
        SCIP can neither prune the last nodes (their LP bound stays below the incumbent) nor cut
        their LP points off (the cut through them is already in the LP, to the LP's tolerance):
        it branches on continuous variables without end. On a 6-point squared-loss model with a
        gap of 1e-9 * 3.3 it ran 1.25 million nodes in 150 s with both bounds frozen 2.6e-9 apart
        (here: 6 * 2e-9 = 1.2e-8); with this floor it stops at once, at the brute-force optimum.
        """
        if not self._epigraph:
            return 0.0
        feastol = float(self.scip.getParam("numerics/feastol"))
        lpfeastol = feastol * float(self.scip.getParam("numerics/lpfeastolfactor"))
        return len(self._epigraph) * (feastol + lpfeastol) / _EPIGRAPH_SCALE

    def _objective_tolerance(self, x: np.ndarray, reported: float) -> float:
        """How far SCIP's objective may lie above the point's own: each epigraph row
        eta_c >= q_c may be violated by the feasibility tolerance, relative to max(1, |q_c|)."""
        tol = 1e-6 * (1.0 + abs(reported))
        if self._diagonal is not None:
            q = 0.5 * self._diagonal * x * x
            tol += _FEASTOL * float(np.sum(np.maximum(1.0, q[self._diagonal > 0])))
        return tol

    def _run(self) -> None:
        """Run SCIP in the caller's thread; Ctrl-C stops it with ``interruptSolve`` (status
        "userinterrupt").

        SCIP runs here, holding the GIL: in a worker thread (``optimizeNogil``) SCIP crashed
        with a segmentation fault within a few hundred solves of tiny models (pyscipopt 6.3,
        SCIP 10), in the caller's thread 3,000 ran clean. While it runs, Python's own SIGINT
        handler would only raise KeyboardInterrupt after the solve, so one that records the
        request is installed for the duration (in the main thread, in place of Python's
        default), and :class:`_Interrupter`, called by SCIP at every presolving round, LP solve
        and node, passes it on to SCIP.
        """
        requested = self._interrupter.requested
        requested.clear()
        previous = None
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            previous = signal.signal(signal.SIGINT, lambda signum, frame: requested.append(True))
        try:
            self.scip.optimize()
        except Exception as exc:
            raise SolverError(f"SCIP failed: {exc}") from exc
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        if requested:
            self.interrupted = True

    def solve(self, time_limit: float | None = None, cutoff: float | None = None,
              rel_gap: float = 1e-6, abs_gap: float = 1e-6) -> RawSolution:
        """Solve; a time limit or Ctrl-C (status "userinterrupt") returns the best point
        found and the dual bound. With a cut-off only points strictly below it are accepted
        (``SCIPsetObjlimit``); "infeasible" then means none exists and ``bound`` is the cut-off.

        SCIP stops once the relative gap is below ``rel_gap`` or the absolute gap below
        ``max(abs_gap, self.gap_resolution())`` (with a quadratic objective a smaller absolute gap
        cannot be certified, see :meth:`gap_resolution`). SCIP compares a gap with its limit as
        ``gap < limit - numerics/epsilon`` (``SCIPsetIsLT`` in ``SCIPsolveIsStopped``), so the
        epsilon (1e-9) is added to both limits: else a ``rel_gap`` of 1e-9 could never stop it."""
        s = self.scip
        self._problem_stage()  # per-solve clock, objective limit and new rows need a fresh transform
        s.setParam("limits/time", max(float(time_limit), 0.0) if time_limit is not None and np.isfinite(time_limit)
                   else s.infinity())
        epsilon = float(s.getParam("numerics/epsilon"))
        s.setParam("limits/gap", float(rel_gap) + epsilon)
        s.setParam("limits/absgap", max(float(abs_gap), self.gap_resolution()) + epsilon)
        s.setObjlimit(float(cutoff) if cutoff is not None and np.isfinite(cutoff) else s.infinity())
        start = time.perf_counter()
        self._run()
        elapsed = time.perf_counter() - start
        scip_status = s.getStatus()
        status = _STATUS.get(scip_status, "error")
        if status == "interrupted":
            self.interrupted = True
        elif self.interrupted and status not in ("optimal", "infeasible"):
            status = "interrupted"
        x = None
        objective = np.inf
        if s.getNSols() > 0:
            sol = s.getBestSol()
            point = np.array([s.getSolVal(sol, v) for v in self.vars], dtype=np.float64)
            theirs = float(s.getSolObjVal(sol))
            mine = self.objective_of(point)
            # the point's own objective may lie below SCIP's (an epigraph variable not tight at a
            # heuristic point) but never above it by more than the tolerances
            above = mine - theirs > self._objective_tolerance(point, theirs)
            below = self._diagonal is None and theirs - mine > self._objective_tolerance(point, theirs)
            if above or below:
                if status != "interrupted":
                    raise SolverError(f"SCIP returned a point whose objective ({mine!r}) differs from the one "
                                      f"it reports ({theirs!r})")
            else:
                x, objective = point, mine
        if status == "optimal" and cutoff is not None and objective >= cutoff:
            status = "infeasible"  # as HighsBackend: nothing strictly below the cut-off
        if status == "infeasible":
            bound = float(cutoff) if cutoff is not None else np.inf  # nothing (strictly better) exists
        else:
            bound = float(s.getDualbound())
            if abs(bound) >= s.infinity():
                bound = float(np.copysign(np.inf, bound))  # SCIP's infinity is 1e20
            if status == "optimal" and x is not None:
                bound = min(bound, objective)
        nodes = int(s.getNNodes())
        iterations = int(s.getNLPIterations())
        return RawSolution(status, x, objective, bound, nodes, iterations, elapsed, scip_status)

    @staticmethod
    def version() -> str:
        """The SCIP library version."""
        return scip_version()
