"""DAQP: the point and multipliers of the squared loss's small dense node QPs.

DAQP (Arnström, Bemporad and Axehill 2022) is a dual active-set solver for dense convex QPs

    min 0.5 x'Hx + cost.x   s.t.   col_lower <= x <= col_upper,   row_lower <= A x <= row_upper,

written in C with recursive LDL' updates of the working set; a singular H (the node QPs' Hessian
2 E' Omega E has rank at most the number of points) is handled by its proximal-point iterations.
The search tree of :mod:`milp_relu.branch_and_bound` asks it for the optimum of each squared
node problem (about 60 columns, 140 rows): 0.4 ms where HiGHS 1.16's active-set QP, which
starts every solve from a fresh phase-1 vertex, takes 5 ms (planted squared (30, 5, 2), 1,498
node QPs, the same 1,230 optima within 5e-7 relative and the same 261 infeasible nodes).

Nothing DAQP says is certified by itself. Its point and multipliers go to
:func:`~milp_relu.backends.highs.qp_lower_bound`, whose bound is a float64 sum valid for any
multipliers (or HiGHS's LP where the sum is loose), and its network is re-evaluated in float64;
an "infeasible" is confirmed by HiGHS (:func:`milp_relu.branch_and_bound_relaxation.solve_node`)
before a node is discarded. Every other answer sends the node back to HiGHS.

Two interfaces: :func:`solve_dense_qp` sets up and solves one QP; :class:`DaqpModel` holds one
workspace (H, cost and the rows factored once) for a sequence of QPs that differ in their
bounds only, each solve started from the last one's working set. The set-up is most of a node
QP's time (planted squared (40, 5, 2): 0.5 of 1.2 ms), which is why a dual guess alone
(``dual_start``: the parent's multipliers cut DAQP's iterations from 45 to 12 on G3 N = 9) did
not pay, and why the search's squared nodes share one model (:mod:`milp_relu.branch_and_bound_qp`).

Capabilities: dense convex QP (semidefinite H), a time limit, warm start from the last solve
(:class:`DaqpModel`), no integers, no interrupt (a node QP takes milliseconds).

References
----------
.. [1] D. Arnström, A. Bemporad, D. Axehill, "A Dual Active-Set Solver for Embedded Quadratic
   Programming Using Recursive LDL^T Updates", IEEE Trans. Automatic Control 67(8), 2022.
"""
from __future__ import annotations

import numpy as np

try:
    import daqp
except ImportError:  # pragma: no cover - daqp is a dependency; a broken install falls back to HiGHS
    daqp = None

#: DAQP's exit flags -> the node solver's statuses ("unknown": ask HiGHS instead). 1 optimal,
#: 2 optimal with soft constraints violated (no soft constraints are posed), -1 infeasible,
#: -2 cycling, -3 unbounded, -4 iteration limit, -5 non-convex, -6 overdetermined start,
#: -7 time limit.
STATUS = {1: "optimal", -1: "infeasible"}

#: DAQP's exit flag at its time limit (no retry then).
TIME_LIMIT_FLAG = -7

#: DAQP's infinity: bounds beyond it are absent.
INFINITY = 1e30

#: Iteration cap: the node QPs measured took a median 47 iterations (99%: a few hundred).
ITERATION_LIMIT = 5000

#: DAQP's ``eta_prox``: when its proximal-point iterations (a singular H) stop. At DAQP's
#: default 1e-6 the multipliers of the squared search's node QPs summed to a bound 1.7e-5
#: (median; 90%: 2e-4) below the QP's value, short of the search's slack, so 704 of 4,127
#: nodes on planted squared (40, 5, 2) needed HiGHS's tangent-plane LP (2.4 ms each). At 1e-10
#: the sums are within 4e-10 and none does; the same trees, fit CPU time (40, 5, 2) 12.0 ->
#: 7.7 s, G3 N = 9 0.93 -> 0.66 s, planted squared (25, 3, 2) seed 2 1.05 -> 0.73 s (min of 5).
PROXIMAL_TOLERANCE = 1e-10


def available() -> bool:
    """True if the DAQP extension imports."""
    return daqp is not None


def solve_dense_qp(H: np.ndarray, cost: np.ndarray, A: np.ndarray, row_lower: np.ndarray,
                   row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray,
                   time_limit: float | None = None,
                   primal_tol: float | None = None) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """Solve min 0.5 x'Hx + cost.x over the rows and column bounds.

    Parameters
    ----------
    H : array (nv, nv), symmetric positive semidefinite
    cost : array (nv,)
    A : array (m, nv), dense
    row_lower, row_upper, col_lower, col_upper : arrays, +-inf where absent
    time_limit : float, optional
        Seconds; DAQP stops with "unknown" after it (its exit flag -7).
    primal_tol : float, optional
        DAQP's primal feasibility tolerance (its default 1e-6 where None): how far its point may
        violate a row or bound. A caller that needs the point itself feasible (a pattern QP,
        whose network must keep its pattern) asks for less and checks.

    Returns
    -------
    (status, x, row_dual)
        ``status`` "optimal", "infeasible" or "unknown"; ``x`` the point and ``row_dual`` the
        rows' multipliers in HiGHS's sign convention (positive at an active lower side,
        cost + Hx = A' row_dual + reduced costs), both None unless "optimal".
    """
    if daqp is None:
        return "unknown", None, None
    upper, lower = _daqp_bounds(row_lower, row_upper, col_lower, col_upper)
    sense = np.zeros(upper.size, dtype=np.int32)
    x, _, flag, info = daqp.solve(np.ascontiguousarray(H, dtype=np.float64),
                                  np.ascontiguousarray(cost, dtype=np.float64),
                                  np.ascontiguousarray(A, dtype=np.float64), upper, lower, sense,
                                  iter_limit=ITERATION_LIMIT, eta_prox=PROXIMAL_TOLERANCE,
                                  time_limit=_daqp_time_limit(time_limit),
                                  **({} if primal_tol is None else {"primal_tol": float(primal_tol)}))
    return _answer(flag, x, info, cost.size)


def _daqp_bounds(row_lower, row_upper, col_lower, col_upper) -> tuple[np.ndarray, np.ndarray]:
    """DAQP's (upper, lower): the column bounds, then the rows', +-inf as +-INFINITY."""
    return (np.minimum(np.concatenate([col_upper, row_upper]), INFINITY),
            np.maximum(np.concatenate([col_lower, row_lower]), -INFINITY))


def _daqp_time_limit(time_limit: float | None) -> float:
    """DAQP's time limit setting: 0 for none, else at least 1 ms."""
    return 0.0 if time_limit is None else max(float(time_limit), 1e-3)


def _answer(flag: int, x, info: dict, nv: int) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """(status, x, row_dual) from DAQP's exit flag, point and multipliers."""
    status = STATUS.get(int(flag), "unknown")
    if status != "optimal":
        return status, None, None
    x = np.asarray(x, dtype=np.float64)
    if not np.all(np.isfinite(x)):
        return "unknown", None, None
    # DAQP: H x + cost + [I; A]' lam = 0 (lam > 0 at an upper side); HiGHS's row dual is -lam
    return status, x, -np.asarray(info["lam"], dtype=np.float64)[nv:]


class DaqpModel:
    """One DAQP workspace for the QPs

        min 0.5 x'Hx + cost.x + (mu / 2) |x - center|^2

    whose H, cost, rows and weight mu stay fixed while the bounds (:meth:`set_bounds`) and the
    centre (:meth:`solve`) change.

    The set-up factors H + mu I and the rows once (0.4 ms for 72 columns and 160 rows, where a
    bound or centre update takes 15-20 us); each solve starts from the last solve's working set
    (and again from the empty set where that start gives no answer).
    A bound update costs more inside a search: DAQP 0.11 (``daqp_check_bounds`` in its update)
    takes every row or bound whose two sides are equal (a decided pair: OFF h = 0, ON h - p = 0)
    as an equality, and then empties the working set and activates it again, equalities and the
    last solve's constraints together, one LDL' update each. On planted squared (50, 5, 2),
    3,110 updates took 136 us on average next to 449 us per solve. DAQP's ``eq_reduction``
    setting, which eliminates the equalities instead, made that fit slower (4.4 -> 6.2 s CPU,
    the same 3,157 nodes). Equal sides widened by 1e-9 (no equalities, so the last working set
    stays installed) cut an update to 44 us, but the solves took longer by as much or more:
    16 squared fits (the suite's planted squared, G3 N = 5, 6, 7, 9, 12, real data, (40, 5, 2)
    seeds 0-2, (50, 5, 2)) took 17.4 s of CPU as they are and 18.5 s widened.
    (A working set handed in instead, DAQP's ``sense``, costs about as much as the set-up to
    install, so none is.) With mu > 0 a singular H needs none of DAQP's own proximal
    iterations: the caller runs them, moving the centre (the proximal-point method: each solve's
    point is the next centre, and the points converge to an optimum of the QP without the term).

    Parameters
    ----------
    H : array (nv, nv), symmetric positive semidefinite
    cost : array (nv,)
    A : array (m, nv), dense
    mu : float
        The proximal weight (0: none; DAQP then regularises a singular H itself).
    """

    def __init__(self, H: np.ndarray, cost: np.ndarray, A: np.ndarray, mu: float = 0.0) -> None:
        if daqp is None:
            raise RuntimeError("daqp is not installed")
        self.nv, self.m = cost.size, A.shape[0]
        self.mu = float(mu)
        self._cost = np.ascontiguousarray(cost, dtype=np.float64)
        self._model = daqp.Model()
        free = np.full(self.nv + self.m, INFINITY)
        flag, _ = self._model.setup(np.ascontiguousarray(H + self.mu * np.eye(self.nv), dtype=np.float64),
                                    self._cost, np.ascontiguousarray(A, dtype=np.float64), free, -free,
                                    np.zeros(free.size, dtype=np.int32))
        if flag < 0:
            raise RuntimeError(f"DAQP could not set up the model (flag {flag})")
        self._model.settings = {"iter_limit": ITERATION_LIMIT, "eta_prox": PROXIMAL_TOLERANCE,
                                **({"eps_prox": 0.0} if self.mu > 0 else {})}
        self._time_limit = 0.0
        self._centred = False      # the linear term holds a centre other than the origin

    def set_bounds(self, row_lower: np.ndarray, row_upper: np.ndarray, col_lower: np.ndarray,
                   col_upper: np.ndarray) -> None:
        """The bounds of the next solves (+-inf where absent)."""
        upper, lower = _daqp_bounds(row_lower, row_upper, col_lower, col_upper)
        self._model.update(bupper=upper, blower=lower)

    def solve(self, center: np.ndarray | None = None, time_limit: float | None = None
              ) -> tuple[str, np.ndarray | None, np.ndarray | None]:
        """Solve with the centre ``center`` (None: the origin); returns as :func:`solve_dense_qp`."""
        if center is not None:
            self._model.update(f=self._cost - self.mu * center)
        elif self._centred:
            self._model.update(f=self._cost)
        self._centred = center is not None
        limit = _daqp_time_limit(time_limit)
        if limit != self._time_limit:
            self._model.settings = {"time_limit": limit}
            self._time_limit = limit
        x, _, flag, info = self._model.solve()
        if int(flag) not in STATUS and int(flag) != TIME_LIMIT_FLAG:
            # seen: cycling (-2) from the last solve's working set on a node whose polytope is
            # empty, where a start from the empty set reports "infeasible" in 11 iterations
            self._model.update(sense=np.zeros(self.nv + self.m, dtype=np.int32))
            x, _, flag, info = self._model.solve()
        return _answer(flag, x, info, self.nv)
