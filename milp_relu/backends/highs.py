"""HiGHS backend (highspy): the whole model passed from arrays with ``passModel``.

Supports MILP, LP and convex QP (a diagonal Hessian on chosen columns). HiGHS refuses MIQP,
so :meth:`HighsBackend.set_quadratic` refuses a model that still has integers.
"""
from __future__ import annotations

import math
import os
import sys
import threading
import time
from typing import Any

import highspy
import numpy as np
import scipy.sparse as sp

from ..errors import SolverError
from ..formulation import MilpModel
from .base import Capabilities, RawSolution

_STATUS = {
    "Optimal": "optimal",
    "Time limit reached": "time_limit",
    "Infeasible": "infeasible",
    "Primal infeasible or unbounded": "infeasible",
    "Unbounded": "unbounded",
    "Interrupted by user": "interrupted",
}


def _silence_banner() -> None:
    """HiGHS prints a copyright banner to stdout at its first instance; keep stdout clean for --json."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)


try:
    _silence_banner()
except OSError:  # pragma: no cover - no real stdout file descriptor
    pass


#: HiGHS MIP options of a solve that starts from an incumbent (a MIP start or a cut-off; every
#: sign split of fit after the warm start). The warm start's incumbent was already optimal at
#: k = 1 on most planted instances measured, so HiGHS's primal heuristics (RINS / RENS sub-MIPs,
#: feasibility jump, root reduced cost) search for what the solve already has, and its root
#: restarts re-solve the root after fixing a tenth of the binaries. Measured through fit (one
#: thread, runs alternating with the previous defaults, benchmarks/results_k1_milp.txt), planted
#: L1 k = 1, medians of 3: (30, 3) seeds 0-2 0.73/0.21/0.82 -> 0.52/0.16/0.54 s, (60, 8)
#: 2.5 -> 0.44 s, (40, 6) 1.8 -> 0.29 s, 16 shapes n 20..100, d 1..8 geomean 0.61x, none slower
#: beyond noise; medians of 2: (200, 5) 6.3 -> 2.1 s, (120, 3) 4.2 -> 0.58 s, (400, 3) box
#: 9.7 -> 4.9 s, (100, 2) 1.2 -> 0.27 s, squared (60, 3) OA 19.6 -> 17.5 s. Without an
#: incumbent the heuristics pay, so HiGHS's defaults then (tuned/default on planted (30, 3, 1)
#: split models without a start: 1.3/0.7 s and 5.5/1.2 s).
MIP_OPTIONS_WITH_INCUMBENT: dict[str, Any] = {
    "mip_heuristic_effort": 0.0,
    "mip_heuristic_run_feasibility_jump": False,
    "mip_heuristic_run_rins": False,
    "mip_heuristic_run_rens": False,
    "mip_heuristic_run_root_reduced_cost": False,
    "mip_allow_restart": False,
}


def highs_version() -> str:
    """The HiGHS library version, e.g. '1.16.0'."""
    return f"{highspy.HIGHS_VERSION_MAJOR}.{highspy.HIGHS_VERSION_MINOR}.{highspy.HIGHS_VERSION_PATCH}"


class HighsBackend:
    """One HiGHS instance holding one model; rows (cuts) may be appended between solves.

    Parameters
    ----------
    model : MilpModel
    threads : int
        HiGHS threads (1 is the reproducible default; the measured speed-up on 2 cores was nil).
    seed : int
        HiGHS random seed.
    verbose : bool
        Show HiGHS's log.
    """

    name = "highs"
    capabilities = Capabilities(milp=True, convex_qp=True, convex_miqp=False)

    @staticmethod
    def version() -> str:
        """The HiGHS library version, e.g. '1.16.0' (recorded in every result)."""
        return highs_version()

    def __init__(self, model: MilpModel, threads: int = 1, seed: int = 0, verbose: bool = False,
                 log_file: str | None = None) -> None:
        self.model = model
        self.h = highspy.Highs()
        self.h.setOptionValue("output_flag", bool(verbose) or log_file is not None)
        self.h.setOptionValue("log_to_console", bool(verbose))
        if log_file is not None:
            self.h.setOptionValue("log_file", str(log_file))
        self.h.setOptionValue("threads", int(threads))
        self.h.setOptionValue("random_seed", int(seed))
        self._defaults = {name: self.h.getOptionValue(name)[1] for name in MIP_OPTIONS_WITH_INCUMBENT}
        self._has_start = False
        self.interrupted = False
        # cancelSolve() only reaches HiGHS through its interrupt callbacks: subscribe to them,
        # so that Ctrl-C stops the search within a moment instead of at the time limit
        self.h.HandleUserInterrupt = True
        self._diagonal: np.ndarray | None = None
        self._pass(model)

    def _pass(self, model: MilpModel) -> None:
        lp = highs_lp(model.cost, float(model.offset), model.A, model.col_lower, model.col_upper,
                      model.row_lower, model.row_upper, model.integrality)
        status = self.h.passModel(lp)
        if status == highspy.HighsStatus.kError:
            raise SolverError("HiGHS rejected the model (passModel returned an error)")

    def set_quadratic(self, diagonal: np.ndarray) -> None:
        """Add 0.5 * sum_c diagonal[c] x_c^2 to the objective (convex QP only)."""
        if np.any(self.model.integrality):
            raise SolverError("HiGHS cannot solve MIQP; fix the integers before adding a Hessian")
        diag = np.asarray(diagonal, dtype=np.float64)
        self._diagonal = diag
        if self.h.passHessian(diagonal_hessian(diag)) == highspy.HighsStatus.kError:
            raise SolverError("HiGHS rejected the Hessian")
        # HiGHS's active-set QP can cycle on degenerate patterns (seen on one-point instances);
        # an iteration cap bounds that, and whatever point it returns is verified anyway.
        self.h.setOptionValue("qp_iteration_limit", 20000 + 50 * int(diag.size))

    def add_rows(self, A: sp.csr_matrix, lower: np.ndarray, upper: np.ndarray) -> None:
        """Append rows to the model held by HiGHS (and keep the MilpModel in step)."""
        A = A.tocsr()
        status = self.h.addRows(A.shape[0], _finite_or_inf(lower), _finite_or_inf(upper), A.nnz,
                                A.indptr[:-1].astype(np.int32), A.indices.astype(np.int32), A.data.astype(np.float64))
        if status == highspy.HighsStatus.kError:
            raise SolverError("HiGHS rejected added rows")

    def change_col_bounds(self, cols: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> None:
        """Set the bounds of columns ``cols`` (the MilpModel is left as built)."""
        cols = np.asarray(cols, dtype=np.int32)
        status = self.h.changeColsBounds(cols.size, cols, _finite_or_inf(np.asarray(lower, dtype=np.float64)),
                                         _finite_or_inf(np.asarray(upper, dtype=np.float64)))
        if status == highspy.HighsStatus.kError:
            raise SolverError("HiGHS rejected new column bounds")

    def set_start(self, x: np.ndarray) -> None:
        """Offer a feasible point as the incumbent (MIP start)."""
        sol = highspy.HighsSolution()
        sol.col_value = np.asarray(x, dtype=np.float64).tolist()
        sol.value_valid = True
        self.h.setSolution(sol)
        self._has_start = True

    def _run(self) -> None:
        """Run HiGHS in its thread; Ctrl-C cancels the solve instead of killing the process.

        A KeyboardInterrupt can arrive anywhere in here, also while the thread is being started
        or joined; wherever it lands, the solve is cancelled and waited for, so no HiGHS thread
        is left running (and calling back into Python) behind the caller's back."""
        h = self.h
        thread = None
        try:
            thread = h.startSolve()
        except KeyboardInterrupt:
            self.interrupted = True
        if self.interrupted:
            h.cancelSolve()
        done = False
        while not done:
            try:
                done, _ = h.wait(0.05)
            except KeyboardInterrupt:
                self.interrupted = True
                h.cancelSolve()
        while thread is not None:
            try:
                thread.join()
                thread = None
            except KeyboardInterrupt:
                self.interrupted = True
                h.cancelSolve()

    def objective_of(self, x: np.ndarray) -> float:
        """The model's objective at x, computed here (linear part, Hessian, offset)."""
        value = float(self.model.cost @ x + self.model.offset)
        if self._diagonal is not None:
            value += 0.5 * float(self._diagonal @ (x * x))
        return value

    def _solution_disagrees(self) -> bool:
        info = self.h.getInfo()
        if info.primal_solution_status != highspy.kSolutionStatusFeasible:
            return False
        x = np.asarray(self.h.getSolution().col_value, dtype=np.float64)
        mine = self.objective_of(x)
        theirs = float(info.objective_function_value)
        return abs(mine - theirs) > 1e-6 * (1.0 + abs(theirs))

    def _set_mip_options(self, incumbent: bool) -> None:
        """:data:`MIP_OPTIONS_WITH_INCUMBENT` when the solve starts from an incumbent, else
        HiGHS's defaults (the heuristics then find the first incumbent)."""
        for name, value in MIP_OPTIONS_WITH_INCUMBENT.items():
            self.h.setOptionValue(name, value if incumbent else self._defaults[name])

    def solve(self, time_limit: float | None = None, cutoff: float | None = None,
              rel_gap: float = 1e-6, abs_gap: float = 1e-6) -> RawSolution:
        """Solve; Ctrl-C cancels the solve and returns what HiGHS has (status 'interrupted')."""
        h = self.h
        # one object serves every solve of this model; an LP's or QP's limit counts all of them
        # (a MIP's is per run: a re-solve given half the run time behind it ran all of it)
        is_mip = bool(np.any(self.model.integrality))
        if is_mip:
            h.setOptionValue("time_limit", float(time_limit) if time_limit is not None else highspy.kHighsInf)
        else:
            h.setOptionValue("time_limit", run_time_limit(h, time_limit))
        h.setOptionValue("objective_bound", float(cutoff) if cutoff is not None else highspy.kHighsInf)
        h.setOptionValue("mip_rel_gap", float(rel_gap))
        h.setOptionValue("mip_abs_gap", float(abs_gap))
        if is_mip:
            self._set_mip_options(self._has_start or cutoff is not None)
        start = time.perf_counter()
        self._run()
        distrust = False
        if self._solution_disagrees():
            # Seen with HiGHS 1.16: when presolve reduces a MIP away after setSolution, the
            # returned point is the start, not the optimum HiGHS reports. Solve again without
            # presolve rather than trust either number -- unless the user pressed Ctrl-C: then
            # the point is dropped (the bound stands) instead of running the whole solve again.
            if self.interrupted:
                distrust = True
            else:
                h.setOptionValue("presolve", "off")
                try:
                    self._run()
                finally:
                    h.setOptionValue("presolve", "choose")
                if self._solution_disagrees():
                    if not self.interrupted:
                        raise SolverError("HiGHS returned a point whose objective differs from the one it reports")
                    distrust = True
        elapsed = time.perf_counter() - start
        model_status = h.modelStatusToString(h.getModelStatus())
        status = _STATUS.get(model_status, "error")
        if self.interrupted and status not in ("optimal", "infeasible"):
            status = "interrupted"
        info = h.getInfo()
        has_x = info.primal_solution_status == highspy.kSolutionStatusFeasible and not distrust
        x = np.asarray(h.getSolution().col_value, dtype=np.float64) if has_x else None
        # the objective of the returned point, computed here: HiGHS reports the cutoff instead
        # when it prunes everything against objective_bound
        objective = self.objective_of(x) if x is not None else np.inf
        if status == "optimal" and cutoff is not None and objective >= cutoff:
            # Seen with HiGHS 1.16: when objective_bound prunes every node below the optimum,
            # HiGHS reports "Optimal" with a worse point it found and that point's objective as
            # the dual bound (above the true optimum). What it proved is only that nothing lies
            # strictly below the cut-off: the protocol's "infeasible".
            status = "infeasible"
        if is_mip:
            bound = float(info.mip_dual_bound)
            nodes = int(max(info.mip_node_count, 0))
        else:
            bound = objective if status == "optimal" else -np.inf
            nodes = 0
        if status == "infeasible" and cutoff is not None:
            bound = float(cutoff)  # nothing better than the cutoff exists
        iterations = int(max(info.simplex_iteration_count, 0))
        return RawSolution(status, x, objective, bound, nodes, iterations, elapsed, model_status)


def highs_lp(cost: np.ndarray, offset: float, A: sp.spmatrix | np.ndarray, col_lower: np.ndarray,
             col_upper: np.ndarray, row_lower: np.ndarray, row_upper: np.ndarray,
             integrality: np.ndarray) -> highspy.HighsLp:
    """A ``HighsLp`` filled from arrays in one go (rowwise CSR; integrality as a boolean mask).

    ``A`` is a scipy sparse matrix or a dense ndarray (its nonzeros, as :func:`csr_arrays`)."""
    start, index, value = _csr_parts(A)
    lp = highspy.HighsLp()
    lp.num_col_ = int(A.shape[1])
    lp.num_row_ = int(A.shape[0])
    lp.col_cost_ = np.asarray(cost, dtype=np.float64)
    lp.offset_ = float(offset)
    lp.col_lower_ = _finite_or_inf(col_lower)
    lp.col_upper_ = _finite_or_inf(col_upper)
    lp.row_lower_ = _finite_or_inf(row_lower)
    lp.row_upper_ = _finite_or_inf(row_upper)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.num_col_ = int(A.shape[1])
    lp.a_matrix_.num_row_ = int(A.shape[0])
    # lists, not arrays: highspy fills these vectors element by element from an ndarray, at
    # twice the cost of a list's (the LP's own vectors above take arrays at once)
    lp.a_matrix_.start_ = np.asarray(start, dtype=np.int32).tolist()
    lp.a_matrix_.index_ = np.asarray(index, dtype=np.int32).tolist()
    lp.a_matrix_.value_ = np.asarray(value, dtype=np.float64).tolist()
    if np.any(integrality):
        kinds = np.where(integrality, highspy.HighsVarType.kInteger, highspy.HighsVarType.kContinuous)
        lp.integrality_ = kinds.tolist()
    return lp


def csr_arrays(A: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays (indptr, indices, data) of a dense 2-d array, with numpy only.

    The same arrays as ``scipy.sparse.csr_matrix(A)`` (its nonzeros row by row, columns
    ascending; NaN counts as nonzero), in int32, int32 and float64, without scipy's
    constructors (a search node's matrix is built once per node).

    Parameters
    ----------
    A : np.ndarray
        A dense (m, n) array.

    Returns
    -------
    indptr, indices, data : np.ndarray
        Row starts (m + 1), column indices and values of the nonzeros.
    """
    A = np.asarray(A, dtype=np.float64)
    mask = A != 0
    indptr = np.zeros(A.shape[0] + 1, dtype=np.int32)
    np.cumsum(mask.sum(axis=1), out=indptr[1:])
    rows, cols = np.nonzero(mask)
    return indptr, cols.astype(np.int32), A[rows, cols]


def _csr_parts(A: sp.spmatrix | np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSR arrays (indptr, indices, data) of a sparse matrix or a dense ndarray."""
    if isinstance(A, np.ndarray):
        return csr_arrays(A)
    A = A.tocsr()
    return A.indptr, A.indices, A.data


def csr_matrix_of(A: np.ndarray) -> sp.csr_matrix:
    """``scipy.sparse.csr_matrix(A)`` of a dense (m, n) array: the same arrays, gathered by
    :func:`csr_arrays` at a fraction of the conversion's cost."""
    indptr, indices, data = csr_arrays(A)
    return sp.csr_matrix((data, indices, indptr), shape=np.shape(A))


def diagonal_hessian(diagonal: np.ndarray) -> highspy.HighsHessian:
    """The Hessian of 0.5 * sum_c diagonal[c] x_c^2 in HiGHS's triangular format."""
    diag = np.asarray(diagonal, dtype=np.float64)
    cols = np.flatnonzero(diag)
    counts = np.zeros(diag.size + 1, dtype=np.int32)
    counts[cols + 1] = 1
    hess = highspy.HighsHessian()
    hess.dim_ = int(diag.size)
    hess.format_ = highspy.HessianFormat.kTriangular
    hess.start_ = np.cumsum(counts).astype(np.int32)
    hess.index_ = cols.astype(np.int32)
    hess.value_ = diag[cols]
    return hess


def dense_hessian(H: np.ndarray) -> highspy.HighsHessian:
    """The Hessian of 0.5 * x' H x (H symmetric, dense) in HiGHS's triangular format.

    The lower triangle's nonzeros column by column (rows ascending): the arrays of
    ``scipy.sparse.csc_matrix(np.tril(H))``, gathered with numpy only (:func:`_lower_triangle`)."""
    start, index, value = _lower_triangle(H)
    hess = highspy.HighsHessian()
    hess.dim_ = int(start.size - 1)
    hess.format_ = highspy.HessianFormat.kTriangular
    hess.start_ = start.tolist()              # lists: see highs_lp
    hess.index_ = index.tolist()
    hess.value_ = value.tolist()
    return hess


def _lower_triangle(H: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The CSC arrays (start, index, value) of the lower triangle of a dense square ``H``.

    The nonzeros on and below the diagonal, column by column, rows ascending: the arrays of
    ``scipy.sparse.csc_matrix(np.tril(H))`` in int32, int32 and float64."""
    H = np.asarray(H, dtype=np.float64)
    mask = (H != 0) & np.tri(H.shape[0], H.shape[1], dtype=bool)
    start = np.zeros(H.shape[1] + 1, dtype=np.int32)
    np.cumsum(mask.sum(axis=0), out=start[1:])
    cols, rows = np.nonzero(mask.T)           # column by column, rows ascending
    return start, rows.astype(np.int32), H[rows, cols]


class ArrayQp:
    """A convex QP, min 0.5 x'Hx + cost.x over row and column bounds, handed to HiGHS as arrays.

    ``Highs.passModel``'s array form takes numpy arrays at once, where a ``HighsModel``'s
    matrix and Hessian vectors are filled element by element (a search node of the G3 family,
    73 columns and ~120 rows: 0.57 ms against 0.94 ms for the ``HighsModel``; HiGHS builds the
    same model from either, and the solves agree to the bit). :meth:`_SmallSolveWorker.solve`
    accepts it in place of a model.

    Parameters
    ----------
    H : np.ndarray
        The dense symmetric Hessian (n, n); its lower triangle is passed (:func:`dense_hessian`).
    cost : np.ndarray
        The linear cost (n,).
    A : np.ndarray or scipy.sparse matrix
        The rows (m, n).
    col_lower, col_upper, row_lower, row_upper : np.ndarray
        Bounds (infinite entries allowed).
    """

    def __init__(self, H: np.ndarray, cost: np.ndarray, A: sp.spmatrix | np.ndarray, col_lower: np.ndarray,
                 col_upper: np.ndarray, row_lower: np.ndarray, row_upper: np.ndarray) -> None:
        start, index, value = _csr_parts(A)
        self.shape = (int(A.shape[0]), int(A.shape[1]))
        self.cost = np.asarray(cost, dtype=np.float64)
        self.bounds = tuple(_finite_or_inf(b) for b in (col_lower, col_upper, row_lower, row_upper))
        self.a = (np.asarray(start, dtype=np.int32), np.asarray(index, dtype=np.int32),
                  np.asarray(value, dtype=np.float64))
        self.q = _lower_triangle(H)

    def pass_to(self, h: highspy.Highs) -> highspy.HighsStatus:
        """``h.passModel`` of this QP (HiGHS's status)."""
        m, n = self.shape
        return h.passModel(n, m, self.a[2].size, self.q[2].size, int(highspy.MatrixFormat.kRowwise),
                           int(highspy.HessianFormat.kTriangular), int(highspy.ObjSense.kMinimize), 0.0,
                           self.cost, *self.bounds, *self.a, *self.q, np.zeros(n, dtype=np.int32))


class _SmallSolveWorker:
    """One thread, one reused ``Highs`` object, for the many small LPs and QPs of a fit.

    HiGHS keeps one task scheduler per thread and refuses threads=1 in a thread whose scheduler
    an earlier solve started with more, so small solves never run in the caller's thread. A
    new thread per solve (``startSolve``) cost about 7 ms and a new ``Highs`` object 0.5 ms,
    against 3-5 ms for a search-tree node's whole solve; this worker is started once per
    process and keeps its ``Highs`` (``passModel`` replaces the model, the options below are set
    afresh for every solve).
    """

    #: options a caller may set per solve; every other option keeps HiGHS's default
    OPTIONS = ("time_limit", "random_seed", "qp_iteration_limit", "qp_regularization_value",
               "primal_feasibility_tolerance")

    def __init__(self) -> None:
        self._executor: Any = None
        self._highs: highspy.Highs | None = None
        self._defaults: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._worker: int | None = None  # the worker thread's ident, once started

    def _instance(self) -> highspy.Highs:
        if self._highs is None:  # in the worker thread, once
            h = highspy.Highs()
            h.setOptionValue("output_flag", False)
            h.setOptionValue("threads", 1)
            h.HandleUserInterrupt = True
            self._defaults = {name: h.getOptionValue(name)[1] for name in self.OPTIONS}
            self._highs = h
        return self._highs

    def _solve(self, model: Any, options: dict[str, Any]) -> tuple[Any, np.ndarray | None, np.ndarray | None]:
        h = self._instance()
        for name in self.OPTIONS:
            value = options.get(name, self._defaults[name])
            if name == "time_limit":
                value = run_time_limit(h, value)
            h.setOptionValue(name, value)
        passed = model.pass_to(h) if isinstance(model, ArrayQp) else h.passModel(model)
        if passed == highspy.HighsStatus.kError:
            return None, None
        h.run()
        status = h.getModelStatus()
        x = y = None
        if status == highspy.HighsModelStatus.kOptimal:
            solution = h.getSolution()
            x = np.asarray(solution.col_value, dtype=np.float64)
            y = np.asarray(solution.row_dual, dtype=np.float64) if solution.dual_valid else None
        return status, x, y

    def solve(self, model: Any, **options: Any) -> tuple[Any, np.ndarray | None]:
        """Solve ``model`` (a ``HighsModel``, ``HighsLp`` or :class:`ArrayQp`) with the given options.

        Returns HiGHS's model status (None if it rejected the model) and the optimal point (None
        unless optimal). Ctrl-C cancels the solve, waits for it and raises KeyboardInterrupt.
        """
        return self.solve_with_duals(model, **options)[:2]

    def solve_with_duals(self, model: Any, **options: Any) -> tuple[Any, np.ndarray | None, np.ndarray | None]:
        """:meth:`solve`, and the rows' dual values (HiGHS's sign: gradient = A'y + column
        duals; None unless optimal and valid)."""
        return self.call(self._solve, model, options, cancel=lambda: self._highs)

    def _mark(self) -> None:
        self._worker = threading.get_ident()

    def _submit(self, fn: Any, *args: Any) -> Any:
        with self._lock:
            if self._executor is None:
                from concurrent.futures import ThreadPoolExecutor

                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="milp_relu-highs",
                                                    initializer=self._mark)
            return self._executor.submit(fn, *args)

    def call(self, fn: Any, *args: Any, cancel: Any = None) -> Any:
        """Run ``fn(*args)`` in the worker thread and return its result.

        For callers that keep a ``Highs`` object of their own (created in ``fn``, so in this
        thread) across many solves. ``cancel()`` returns the ``Highs`` object to cancel on
        Ctrl-C (or None); the call then waits for ``fn`` to finish and raises KeyboardInterrupt.
        Called from the worker thread itself (inside :meth:`run`), ``fn`` runs at once, with
        no thread hop.
        """
        if threading.get_ident() == self._worker:
            return fn(*args)
        future = self._submit(fn, *args)
        try:
            return future.result()
        except KeyboardInterrupt:
            highs = cancel() if cancel is not None else None
            if highs is not None:
                highs.cancelSolve()
            future.exception()  # wait until HiGHS has stopped
            raise

    def run(self, fn: Any, *args: Any, interrupt: Any) -> Any:
        """Run a whole sequence of solves, ``fn(*args)``, in the worker thread; its result.

        The solves inside ``fn`` (:meth:`call`, :meth:`solve`) then run without a thread hop
        each (a search tree makes one per node: two thread wake-ups, 0.05 ms on an idle
        machine and a millisecond or more on a loaded one). Ctrl-C reaches only the main
        thread: there it calls ``interrupt()`` (which must make ``fn`` stop soon, e.g. set a
        flag it checks and cancel its HiGHS run) and keeps waiting for ``fn``'s result; an
        exception of ``fn`` (KeyboardInterrupt included) is raised here. Other threads' solves
        wait until ``fn`` returns.
        """
        if threading.get_ident() == self._worker:
            return fn(*args)
        future = self._submit(fn, *args)
        while True:
            try:
                return future.result()
            except KeyboardInterrupt:
                if future.done():
                    raise
                interrupt()


def run_time_limit(h: highspy.Highs, seconds: float | None) -> float:
    """The ``time_limit`` option that gives ``h``'s next run ``seconds`` seconds.

    HiGHS 1.16 checks an LP's or QP's time limit against the run time the object has
    accumulated over all its runs, not against the current run (and highspy has no call to
    reset that clock): a reused object with 3 s behind it stopped a QP with time_limit=1 at once.
    So the limit is the wanted seconds plus ``getRunTime()``. (A MIP's limit is per run: not for
    MIPs.)
    """
    if seconds is None or not math.isfinite(seconds):
        return highspy.kHighsInf
    return float(seconds) + float(h.getRunTime())


#: The process's worker for small LP/QP solves (search-tree nodes, pattern problems).
small_solves = _SmallSolveWorker()


def solve_small_qp(H: np.ndarray, cost: np.ndarray, A: sp.spmatrix, row_lower: np.ndarray,
                   row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray,
                   time_limit: float | None = None, seed: int = 0,
                   optimum_box: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray | None:
    """Minimise 0.5 x' H x + cost . x over rows and bounds with HiGHS's QP solver.

    Meant for QPs with few variables and a dense H (a pattern's problem in the network's own
    parameters), solved on one thread by :data:`small_solves`; returns the optimal x, or None if
    HiGHS does not report optimality or its point fails :func:`qp_lower_bound`'s check (the
    bound's LP uses ``optimum_box``, finite column bounds known to hold the optimum, where
    columns are free).
    """
    A = _as_csr(A)
    lp = highs_lp(cost, 0.0, A, col_lower, col_upper, row_lower, row_upper,
                  np.zeros(np.size(cost), dtype=bool))
    model = highspy.HighsModel()
    model.lp_ = lp
    model.hessian_ = dense_hessian(H)
    status, x, y = small_solves.solve_with_duals(
        model, random_seed=int(seed), qp_iteration_limit=1000 + 100 * int(np.size(cost)),
        time_limit=float(time_limit) if time_limit is not None else highspy.kHighsInf)
    if status is None:
        raise SolverError("HiGHS rejected the QP")
    if x is not None and not proven_optimal(H, cost, A, row_lower, row_upper, col_lower, col_upper, x, y,
                                            time_limit, seed, optimum_box):
        return None   # HiGHS's QP stopped short of the optimum: not proven
    return x


def proven_optimal(H: np.ndarray, cost: np.ndarray, A: sp.spmatrix | np.ndarray, row_lower: np.ndarray,
                   row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray, x: np.ndarray,
                   row_dual: np.ndarray | None, time_limit: float | None = None, seed: int = 0,
                   optimum_box: tuple[np.ndarray, np.ndarray] | None = None) -> bool:
    """Whether a QP solver's point ``x`` (with its row multipliers) is optimal to 1e-6 of the
    problem's scale: :func:`qp_lower_bound` (a float64 dual sum, else HiGHS's tangent LP over
    ``optimum_box``, finite column bounds known to hold the optimum where columns are free)
    lies within 1e-6 scale of the objective at ``x``.

    HiGHS's QP and LP tolerances (1e-7 on rows and bounds) move f and g'z by about
    1e-7 |g|_1 |x|_max; 1e-6 of that scale is the certificate's own relative gap. The short
    stop this catches (HiGHS 1.16's QP) was 6e-5 relative.
    """
    box = optimum_box if optimum_box is not None else (col_lower, col_upper)
    value = 0.5 * float(x @ H @ x) + float(cost @ x)
    scale = 1.0 + abs(value) + float(np.abs(H @ x + cost).sum()) * float(np.abs(x).max(initial=1.0))
    bound = qp_lower_bound(H, cost, 0.0, A, row_lower, row_upper, *box, x, time_limit, seed, row_dual,
                           dual_slack=1e-7 * scale)
    return bool(value - bound <= 1e-6 * scale)


def dual_lower_bound(gradient: np.ndarray, A: sp.spmatrix | np.ndarray, row_lower: np.ndarray, row_upper: np.ndarray,
                     col_lower: np.ndarray, col_upper: np.ndarray, row_dual: np.ndarray) -> float:
    """A lower bound of min gradient . z over the rows and bounds from any row multipliers.

    Weak duality with every multiplier allowed: for y (each y_i set to 0 where its sign asks for
    an infinite side) and z = gradient - A'y, gradient . w = y'(Aw) + z'w >= sum_i (y_i > 0 ?
    y_i l_i : y_i u_i) + sum_j (z_j > 0 ? z_j lo_j : z_j hi_j) for every feasible w. The
    multipliers come from a solver (HiGHS's row duals), but the bound is computed here in
    float64 and holds whatever they are; they only decide how tight it is (at exact duals it
    is the optimum). -inf where a reduced cost needs an infinite column bound.
    """
    _, z, rows, side = dual_bound_terms(gradient, A, row_lower, row_upper, col_lower, col_upper, row_dual)
    if not np.all(np.isfinite(side)):
        return -math.inf
    return float(rows.sum() + np.dot(z, side))


def dual_bound_terms(gradient: np.ndarray, A: sp.spmatrix | np.ndarray, row_lower: np.ndarray,
                     row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray,
                     row_dual: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The parts of :func:`dual_lower_bound`: (y, z, row_terms, side).

    ``y`` the multipliers used (``row_dual`` with 0 where its sign asks for an infinite side),
    ``z`` = gradient - A'y, ``row_terms`` y_i times the row side its sign picks, ``side`` the
    column bound each z_j picks (infinite where the bound is -inf); the bound is
    row_terms.sum() + z . side. A caller that bounds some rows or columns jointly instead of
    at their worst sides (as reduced-cost fixing would) replaces their terms.
    """
    y = np.where((row_dual > 0) & np.isfinite(row_lower), row_dual, 0.0)
    y = np.where((row_dual < 0) & np.isfinite(row_upper), row_dual, y)
    z = gradient - _transpose_times(A, y)
    rows = y * np.where(y > 0, row_lower, np.where(y < 0, row_upper, 0.0))   # finite where y != 0
    side = np.where(z > 0, col_lower, np.where(z < 0, col_upper, 0.0))
    return y, z, rows, side


def _as_csr(A: sp.spmatrix | np.ndarray) -> sp.spmatrix:
    """``A`` as a CSR matrix: itself if it is one, else converted once."""
    if sp.issparse(A) and A.format == "csr":
        return A
    if isinstance(A, np.ndarray) and A.ndim == 2:
        return csr_matrix_of(A)
    return sp.csr_matrix(A)


def _transpose_times(A: sp.spmatrix | np.ndarray, y: np.ndarray) -> np.ndarray:
    """A' y; y @ A for a dense array; for a CSR matrix a bincount over its arrays (no
    transposed copy).

    The bincount adds A_ij y_i into entry j in the order of A's arrays, as scipy's CSC product
    of ``A.T`` does, so the result is the same to the bit."""
    if isinstance(A, np.ndarray) and A.ndim == 2:
        return np.asarray(y, dtype=np.float64) @ A
    if not (sp.issparse(A) and A.format == "csr"):
        return A.T @ y
    weights = A.data * np.repeat(np.asarray(y, dtype=np.float64), np.diff(A.indptr))
    return np.bincount(A.indices, weights=weights, minlength=A.shape[1])


def summed_qp_bound(H: np.ndarray, cost: np.ndarray, offset: float, A: sp.spmatrix | np.ndarray,
                    row_lower: np.ndarray, row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray,
                    x: np.ndarray, row_dual: np.ndarray) -> tuple[float, float]:
    """(f(x), a lower bound of min 0.5 z'Hz + cost.z + offset over the rows and bounds): the
    tangent plane at x, f(x) - g'x + min g'z (g = Hx + cost), with the LP's minimum bounded by
    :func:`dual_lower_bound` from ``row_dual`` (valid for any x and any multipliers; tight at
    an optimum with its exact multipliers)."""
    g = H @ x + cost
    value = 0.5 * float(x @ H @ x) + float(cost @ x) + float(offset)
    return value, value - float(g @ x) + dual_lower_bound(g, A, row_lower, row_upper, col_lower, col_upper, row_dual)


def summed_bound_suffices(value: float, bound: float, dual_slack: float | None = None,
                          exact_from: float = -math.inf) -> bool:
    """Whether a summed bound (:func:`summed_qp_bound`) is the node's answer, no LP needed: it
    lies within ``dual_slack`` (default 1e-9 (1 + |f(x)|)) of f(x), or f(x) is below
    ``exact_from`` (see :func:`qp_lower_bound`)."""
    slack = 1e-9 * (1.0 + abs(value)) if dual_slack is None else float(dual_slack)
    return value - bound <= slack or value < exact_from


def tangent_lp_bound(H: np.ndarray, cost: np.ndarray, offset: float, A: sp.spmatrix | np.ndarray,
                     row_lower: np.ndarray, row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray,
                     x: np.ndarray, time_limit: float | None = None, seed: int = 0) -> float:
    """min(f(x), f(x) - g'x + min g'z), the LP's minimum solved by HiGHS (g = Hx + cost): a lower
    bound of the QP from any x; -inf if the LP does not solve."""
    x = np.asarray(x, dtype=np.float64)
    g = H @ x + cost
    value = 0.5 * float(x @ H @ x) + float(cost @ x) + float(offset)
    lp = highs_lp(g, 0.0, _as_csr(A), col_lower, col_upper, row_lower, row_upper,
                  np.zeros(np.size(cost), dtype=bool))
    status, z = small_solves.solve(
        lp, random_seed=int(seed), time_limit=float(time_limit) if time_limit is not None else highspy.kHighsInf)
    if status != highspy.HighsModelStatus.kOptimal or z is None:
        return -math.inf
    return min(value, value - float(g @ x) + float(g @ z))


def qp_lower_bound(H: np.ndarray, cost: np.ndarray, offset: float, A: sp.spmatrix | np.ndarray, row_lower: np.ndarray,
                   row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray, x: np.ndarray,
                   time_limit: float | None = None, seed: int = 0, row_dual: np.ndarray | None = None,
                   dual_slack: float | None = None, exact_from: float = -math.inf) -> float:
    """A lower bound of min 0.5 z'Hz + cost.z + offset over the rows and bounds, from any
    feasible x, that does not trust HiGHS's QP solver.

    By convexity f(z) >= f(x) + g'(z - x) with g = Hx + cost, so the optimum is at least
    f(x) - g'x + min g'z over the same polytope, an LP that HiGHS's dual simplex solves. At a true
    optimum x (KKT) the bound equals f(x); where HiGHS 1.16's active-set QP reports "optimal"
    short of the optimum (seen: 6e-5 relative on a 4-variable node problem of the search tree,
    Gurobi agreeing with the bound, not with HiGHS), the bound stays below it. -inf if the LP
    does not solve.

    With ``row_dual`` (the QP solver's multipliers at x) the LP is first bounded from below by
    :func:`dual_lower_bound`, a sum computed here and valid whatever the multipliers: where
    that is within ``dual_slack`` (default 1e-9 (1 + |f(x)|)) of f(x), it is the answer and no
    LP is solved. HiGHS's QP duals carry its 1e-7 dual tolerance: on the G3 family's node
    problems (N = 7) the summed bound lies a median 1.5e-7 (90%: 4e-7) of 1 + |f| below f(x),
    the LP's 5e-8; a search whose gap is 1e-6 loses nothing by taking it.

    ``exact_from``: a caller that only acts on bounds of at least this value (a search node that
    is discarded at UB - tol) gets the summed bound, however far short, when f(x) is below it:
    the exact bound could not reach it either (it is at most f(x)), so no LP is solved.
    """
    x = np.asarray(x, dtype=np.float64)
    if row_dual is not None and row_dual.size == A.shape[0]:
        value, bound = summed_qp_bound(H, cost, offset, A, row_lower, row_upper, col_lower, col_upper, x, row_dual)
        if summed_bound_suffices(value, bound, dual_slack, exact_from):
            return min(value, bound)
    return tangent_lp_bound(H, cost, offset, A, row_lower, row_upper, col_lower, col_upper, x, time_limit, seed)


def _finite_or_inf(values: np.ndarray) -> np.ndarray:
    out = np.asarray(values, dtype=np.float64).copy()
    out[out == np.inf] = highspy.kHighsInf
    out[out == -np.inf] = -highspy.kHighsInf
    return out
