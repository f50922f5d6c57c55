"""Gurobi backend (gurobipy): the model passed from arrays with the matrix API.

Supports MILP, LP, convex QP and convex MIQP: :meth:`GurobiBackend.set_quadratic` sets a
diagonal Q, so the squared loss is solved natively (no outer approximation). The columns are
one ``MVar`` (``addMVar``) and the rows one ``addMConstr`` call with the CSR matrix; ranged rows
become a ``<=`` and a ``>=`` row. The pip wheel's size-limited licence (about 2,000 variables
and 2,000 constraints, far fewer for a quadratic objective) stops larger models with GurobiError
10010; that is a :class:`~milp_relu.errors.SolverError` saying so in one line. References:
Gurobi Reference Manual (https://docs.gurobi.com/projects/optimizer/en/current/), sections
"Python API: Model.addMVar / addMConstr / setMObjective / terminate", "Parameters" (Threads,
Seed, MIPGap, MIPGapAbs, TimeLimit, Cutoff, OutputFlag, LogFile), "Attributes" (Start, LB, UB,
ObjVal, ObjBound) and "Optimization Status Codes"; "Error Codes" for 10010.
"""
from __future__ import annotations

import threading
import time
from typing import Any

import gurobipy as gp
import numpy as np
import scipy.sparse as sp
from gurobipy import GRB

from ..errors import InputError, SolverError
from ..limits import check_int, check_threads
from ..formulation import MilpModel
from .base import Capabilities, RawSolution

#: Every code of Gurobi's "Optimization Status Codes" -> STATUSES. The limits the backend never
#: sets (iterations, nodes, solutions, work, memory, BestObjStop) and the statuses of a solve
#: that did not run or did not finish cleanly leave no answer the engine may use: "error".
#: CUTOFF means nothing is better than the Cutoff parameter: "infeasible" with bound = cutoff.
_STATUS = {
    GRB.LOADED: "error",
    GRB.OPTIMAL: "optimal",
    GRB.INFEASIBLE: "infeasible",
    GRB.INF_OR_UNBD: "infeasible",  # as HiGHS's "Primal infeasible or unbounded": the boxes bound every model
    GRB.UNBOUNDED: "unbounded",
    GRB.CUTOFF: "infeasible",
    GRB.ITERATION_LIMIT: "error",
    GRB.NODE_LIMIT: "error",
    GRB.TIME_LIMIT: "time_limit",
    GRB.SOLUTION_LIMIT: "error",
    GRB.INTERRUPTED: "interrupted",
    GRB.NUMERIC: "error",
    GRB.SUBOPTIMAL: "error",
    GRB.INPROGRESS: "error",
    GRB.USER_OBJ_LIMIT: "error",
    GRB.WORK_LIMIT: "error",
    GRB.MEM_LIMIT: "error",
    GRB.LOCALLY_OPTIMAL: "error",  # nonconvex models only
    GRB.LOCALLY_INFEASIBLE: "error",
}

#: GurobiError.errno of "Model too large for size-limited license".
SIZE_LIMITED_LICENCE = 10010

_env: gp.Env | None = None
_env_lock = threading.Lock()


def gurobi_version() -> str:
    """The Gurobi library version, e.g. '13.0.3'."""
    return ".".join(str(part) for part in gp.gurobi.version())


def _environment() -> gp.Env:
    """One quiet Gurobi environment per process (starting one checks the licence: do it once;
    OutputFlag 0 before the start keeps the licence banner off stdout)."""
    global _env
    with _env_lock:
        if _env is None:
            env = gp.Env(empty=True)
            env.setParam("OutputFlag", 0)
            env.start()
            _env = env
        return _env


def _licence_error(model: Any, exc: gp.GurobiError) -> SolverError:
    return SolverError(f"the model ({model.NumVars} variables, {model.NumConstrs} constraints, "
                       f"{model.NumQNZs} quadratic terms) exceeds Gurobi's size-limited licence; "
                       f"a full licence is needed ({exc})")


class GurobiBackend:
    """One Gurobi model holding one :class:`MilpModel`; rows and bounds may change between solves.

    Parameters
    ----------
    model : MilpModel
    threads : int
        Gurobi's Threads parameter (1 is the reproducible default).
    seed : int
        Gurobi's Seed parameter.
    verbose : bool
        Show Gurobi's log (OutputFlag).
    log_file : str, optional
        Also write Gurobi's log to this file (LogFile).
    """

    name = "gurobi"
    capabilities = Capabilities(milp=True, convex_qp=True, convex_miqp=True)

    def __init__(self, model: MilpModel, threads: int = 1, seed: int = 0, verbose: bool = False,
                 log_file: str | None = None) -> None:
        threads = check_threads(threads)
        seed = check_int(seed, "the Gurobi seed", 0, GRB.MAXINT)
        self.model = model
        self.interrupted = False
        self._diagonal: np.ndarray | None = None
        m = gp.Model(env=_environment())
        # console and file first, then the output switch: each change is logged where output goes
        m.Params.LogToConsole = int(bool(verbose))
        if log_file is not None:
            m.Params.LogFile = str(log_file)
        m.Params.OutputFlag = int(bool(verbose) or log_file is not None)
        m.Params.Threads = int(threads)
        m.Params.Seed = int(seed)
        # a binary within Gurobi's default 1e-5 of 0 or 1 lets a big-M row of M ~ 2 move its
        # ReLU by 2e-5: hypothesis found a 2-point model "optimal" 2e-5 above the true optimum
        # (tests/test_backends.py); 1e-9 is Gurobi's tightest setting
        m.Params.IntFeasTol = 1e-9
        integer = np.asarray(model.integrality, dtype=bool)
        binary = integer & (model.col_lower >= 0) & (model.col_upper <= 1)
        vtype = np.where(binary, GRB.BINARY, np.where(integer, GRB.INTEGER, GRB.CONTINUOUS))
        self.x = m.addMVar(model.num_cols, lb=_grb(model.col_lower), ub=_grb(model.col_upper),
                           obj=np.asarray(model.cost, dtype=np.float64), vtype=vtype)
        m.ObjCon = float(model.offset)
        self.gurobi = m
        self._add_rows(model.A, model.row_lower, model.row_upper)

    def _add_rows(self, A: sp.spmatrix, lower: np.ndarray, upper: np.ndarray) -> None:
        """One addMConstr for all rows: equalities, <= rows and >= rows (a ranged row is both)."""
        A = sp.csr_matrix(A, dtype=np.float64)
        lower = np.asarray(lower, dtype=np.float64)
        upper = np.asarray(upper, dtype=np.float64)
        equal = np.isfinite(lower) & (lower == upper)
        le = np.flatnonzero(np.isfinite(upper) & ~equal)
        ge = np.flatnonzero(np.isfinite(lower) & ~equal)
        eq = np.flatnonzero(equal)
        rows = np.concatenate([eq, le, ge])
        if rows.size == 0:
            return
        sense = np.array([GRB.EQUAL] * eq.size + [GRB.LESS_EQUAL] * le.size + [GRB.GREATER_EQUAL] * ge.size)
        rhs = np.concatenate([lower[eq], upper[le], lower[ge]])
        self.gurobi.addMConstr(A[rows], self.x, sense, rhs)

    def add_rows(self, A: sp.csr_matrix, lower: np.ndarray, upper: np.ndarray) -> None:
        """Append rows ``lower <= A x <= upper`` (the MilpModel is left as built, as in HiGHS)."""
        self._add_rows(A, lower, upper)

    def change_col_bounds(self, cols: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> None:
        """Set the bounds (LB, UB attributes) of columns ``cols``."""
        cols = np.asarray(cols, dtype=np.int64)
        self.x[cols].LB = _grb(np.broadcast_to(np.asarray(lower, dtype=np.float64), cols.shape))
        self.x[cols].UB = _grb(np.broadcast_to(np.asarray(upper, dtype=np.float64), cols.shape))

    def set_quadratic(self, diagonal: np.ndarray) -> None:
        """Set the objective to ``cost . x + offset + 0.5 * sum_c diagonal[c] x_c^2`` (a diagonal
        Q; the diagonal must be non-negative, so the model is a convex (MI)QP)."""
        diag = np.asarray(diagonal, dtype=np.float64)
        if diag.shape != (self.model.num_cols,):
            raise InputError(f"the diagonal must have {self.model.num_cols} entries, got shape {diag.shape}")
        if np.any(diag < 0) or not np.all(np.isfinite(diag)):
            raise InputError("the quadratic objective must be convex: a finite, non-negative diagonal")
        Q = sp.diags(0.5 * diag, format="csr")
        self.gurobi.setMObjective(Q, np.asarray(self.model.cost, dtype=np.float64), float(self.model.offset),
                                  sense=GRB.MINIMIZE)
        self._diagonal = diag if np.any(diag) else None

    def set_start(self, x: np.ndarray) -> None:
        """Offer a point as the MIP start (the Start attribute)."""
        self.x.Start = np.asarray(x, dtype=np.float64)

    def objective_of(self, x: np.ndarray) -> float:
        """The model's objective at x, computed here in float64 (linear part, quadratic, offset)."""
        x = np.asarray(x, dtype=np.float64)
        value = float(self.model.cost @ x + self.model.offset)
        if self._diagonal is not None:
            value += 0.5 * float(self._diagonal @ (x * x))
        return value

    def _run(self) -> None:
        """Run Gurobi in its thread; Ctrl-C calls ``terminate`` (status INTERRUPTED) and waits for
        the solve to stop, wherever the KeyboardInterrupt lands. (The thread is waited for with
        an Event, not ``Thread.join``: a KeyboardInterrupt inside ``join`` on CPython 3.11 can
        mark a running thread as finished.)"""
        m = self.gurobi
        failure: list[BaseException] = []
        done = threading.Event()
        # the worker keeps no reference to the model once it is done: otherwise the last one
        # could be dropped in the worker while the caller's next solve runs another model of
        # the same environment, which Gurobi does not allow from two threads at once
        box = [m]

        def optimize() -> None:
            try:
                box.pop().optimize()
            except BaseException as exc:  # handed to the caller's thread
                failure.append(exc)
            finally:
                done.set()

        thread = threading.Thread(target=optimize, name="milp_relu-gurobi", daemon=True)
        requested = False  # Ctrl-C during this solve
        try:
            thread.start()
        except KeyboardInterrupt:
            requested = self.interrupted = True
        while not done.is_set():
            try:
                if requested:
                    m.terminate()  # repeated until the solve returns: an early request is not lost
                done.wait(0.05)
            except KeyboardInterrupt:
                requested = self.interrupted = True
        if failure:
            raise failure[0]

    def solve(self, time_limit: float | None = None, cutoff: float | None = None,
              rel_gap: float = 1e-6, abs_gap: float = 1e-6) -> RawSolution:
        """Solve; a time limit or Ctrl-C returns the best point found and the bound. With a
        cut-off (Gurobi's Cutoff) "infeasible" means nothing strictly better exists and
        ``bound`` is the cut-off."""
        m = self.gurobi
        m.Params.TimeLimit = max(float(time_limit), 0.0) if time_limit is not None and np.isfinite(time_limit) else GRB.INFINITY
        m.Params.Cutoff = float(cutoff) if cutoff is not None and np.isfinite(cutoff) else GRB.INFINITY
        m.Params.MIPGap = float(rel_gap)
        m.Params.MIPGapAbs = float(abs_gap)
        start = time.perf_counter()
        try:
            self._run()
        except gp.GurobiError as exc:
            if exc.errno == SIZE_LIMITED_LICENCE:
                raise _licence_error(m, exc) from None
            raise SolverError(f"Gurobi failed: {exc}") from None
        elapsed = time.perf_counter() - start
        code = int(m.Status)
        status = _STATUS.get(code, "error")
        if status == "interrupted":
            self.interrupted = True
        elif self.interrupted and status not in ("optimal", "infeasible"):
            status = "interrupted"
        x = None
        objective = np.inf
        if m.SolCount > 0:
            point = np.asarray(self.x.X, dtype=np.float64)
            theirs = float(m.ObjVal)
            mine = self.objective_of(point)
            if abs(mine - theirs) > 1e-6 * (1.0 + abs(theirs)):
                if status != "interrupted":
                    raise SolverError(f"Gurobi returned a point whose objective ({mine!r}) differs from the one "
                                      f"it reports ({theirs!r})")
            else:
                x, objective = point, mine
        is_mip = bool(m.IsMIP)
        if status == "optimal" and cutoff is not None and objective >= cutoff:
            status = "infeasible"  # as HighsBackend: nothing strictly below the cut-off
        if status == "infeasible":
            bound = float(cutoff) if cutoff is not None else np.inf  # nothing (strictly better) exists
        elif is_mip:
            bound = _attribute(m, "ObjBound", -np.inf)  # none before the root is processed
            if abs(bound) >= GRB.INFINITY:
                bound = float(np.copysign(np.inf, bound))
            if status == "optimal" and x is not None:
                bound = min(bound, objective)
        else:
            bound = objective if status == "optimal" else -np.inf
        nodes = int(_attribute(m, "NodeCount", 0)) if is_mip else 0
        iterations = int(_attribute(m, "IterCount", 0)) + int(_attribute(m, "BarIterCount", 0))
        message = next((name for name in dir(GRB.Status) if getattr(GRB.Status, name) == code and name.isupper()), str(code))
        return RawSolution(status, x, objective, bound, nodes, iterations, elapsed, message)

    @staticmethod
    def version() -> str:
        """The Gurobi library version."""
        return gurobi_version()


def _attribute(model: Any, name: str, default: float) -> float:
    """A solution attribute, or ``default`` where Gurobi has none (it raises GurobiError)."""
    try:
        return float(getattr(model, name))
    except (gp.GurobiError, AttributeError):
        return default


def _grb(values: np.ndarray) -> np.ndarray:
    """Bounds for Gurobi: +-inf as +-GRB.INFINITY."""
    out = np.asarray(values, dtype=np.float64).copy()
    out[out == np.inf] = GRB.INFINITY
    out[out == -np.inf] = -GRB.INFINITY
    return out
