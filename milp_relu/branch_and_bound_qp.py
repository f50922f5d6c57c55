"""The squared loss's node QPs of one search, held in one DAQP workspace.

For the squared loss (no output bias) the node relaxation of
:mod:`milp_relu.branch_and_bound_relaxation` is the convex QP

    min  sum_i omega_i (f_i - y_i)^2,   f_i = sum_j s_j h_ij,

over the node polytope written as :class:`~milp_relu.branch_and_bound_relaxation.PersistentNodeSolver`
holds it: every pair (i, j) has its column h_ij and its rows whatever its state, and a state
only sets bounds (ON: h_ij - p_ij in [0, 0]; OFF: h_ij in [0, 0]; the sign rows of pairs the
interval bounds decide; the chords of open pairs; the incumbent's radius rows). The same
relaxation as the node QP that :func:`~milp_relu.branch_and_bound_relaxation.solve_node` builds
afresh (there decided pairs have no h column, and f_i uses p_ij for ON pairs), so the same
optimum. Its Hessian 2 E' Omega E, cost -2 E' Omega y and rows do not depend on the node: DAQP
(:class:`~milp_relu.backends.daqp_qp.DaqpModel`) factors them once per search (again when the
search tightens L, U), and a node updates bounds and starts from the last node's working set.
Only nodes with at least :data:`OPEN_SHARE` of their pairs open come here: the others are
cheaper built afresh without their decided pairs' columns.

Measured: on planted squared (40, 5, 2) a fresh node QP took 1.15 ms, 0.5 ms of it DAQP's set-up
of H and the rows and 0.1 ms building them; in the workspace the same 5,116 nodes got the same
bounds (to 2.5e-9 relative) and the same 990 infeasible ones. Fit CPU, one day's machine: planted
squared (40, 5, 2) 7.5-9.6 -> 5.9-6.5 s (5,116 nodes both), (60, 5, 2) 62.0 -> 47.3 s
(22,800 -> 21,596 nodes), G3 complete N = 20 190 -> 158 s (4,338 -> 4,346 nodes).

Nothing here is trusted more than before: the bound is
:func:`~milp_relu.backends.highs.summed_qp_bound`'s float64 dual sum (HiGHS's tangent LP,
:func:`~milp_relu.backends.highs.tangent_lp_bound`, where it is loose), DAQP's "infeasible" is confirmed by HiGHS on the polytope's model
(:meth:`~milp_relu.branch_and_bound_relaxation.PersistentNodeSolver.is_empty`), and every other
answer ("unknown") sends the node to :func:`~milp_relu.branch_and_bound_relaxation.solve_node`.

References
----------
.. [1] D. Arnström, A. Bemporad, D. Axehill, "A Dual Active-Set Solver for Embedded Quadratic
   Programming Using Recursive LDL^T Updates", IEEE Trans. Automatic Control 67(8), 2022.
"""
from __future__ import annotations

import math

import numpy as np

from .backends.daqp_qp import DaqpModel
from .backends.highs import summed_bound_suffices, summed_qp_bound, tangent_lp_bound
from .branch_and_bound_relaxation import FREE, NodeSolution, PersistentNodeSolver


#: The proximal weight mu of the node QPs, relative to H's largest diagonal entry. H = 2 E' Omega E
#: is singular; DAQP's own proximal iterations would start from the workspace's last point, the
#: previous node's, and end at an optimum near it: the branching rule, which reads the node's h,
#: then led to trees twice as large (planted squared (30, 5, 2): 2,866 nodes against 1,533 from
#: the fresh QPs, whose iterations start from the origin). So each node starts its proximal
#: iterations at the origin here, as the fresh QPs do. (A fixed Tikhonov term instead, mu |x|^2
#: with no iterations, kept the trees but perturbed the optimum: its multipliers summed to bounds
#: up to 1e-7 short of the QP's value, and 205 of 1,205 nodes needed HiGHS's tangent LP.)
PROXIMAL_WEIGHT = 1e-6

#: At most this many proximal solves a node (node QPs of planted squared (40, 5, 2): 3-5, the
#: first from the last node's working set, the others a few DAQP iterations each).
PROXIMAL_STEPS = 30


#: A node goes to the shared workspace when at least this share of its pairs is open (FREE),
#: to a QP built afresh otherwise. The workspace's cost hardly depends on the node (all pairs
#: have their columns; decided ones sit in DAQP's working set), the fresh QP's grows with the
#: open pairs it keeps. Per node, ms, both solved at every node of one search (workspace /
#: fresh), by the share of open pairs:
#:
#: ===================================  ============  ============  ============  ============
#: search (pairs n k)                   0.2-0.3       0.4-0.5       0.5-0.7       0.7-1
#: ===================================  ============  ============  ============  ============
#: planted squared (40, 5, 2) (80)      0.70 / 0.50   0.85 / 0.75   0.87 / 1.00   0.89 / 1.39
#: G3 complete N = 14 (210)             5.06 / 2.26   4.35 / 4.82   4.18 / 7.32   2.73 / 12.9
#: planted squared (150, 2, 2) (300)    23.4 / 4.28   27.7 / 12.2   53.2 / 26.4   66.1 / 74.4
#: ===================================  ============  ============  ============  ============
OPEN_SHARE = 0.5


class PersistentQpNodeSolver:
    """The squared node QPs of one search in one DAQP model (see the module docstring).

    Parameters
    ----------
    polytope : PersistentNodeSolver
        The search's node polytope (squared loss, no output bias): its layout, and its HiGHS
        model for confirming "infeasible".
    seed : int
        HiGHS's random seed for a tangent LP (a loose dual sum).
    """

    def __init__(self, polytope: PersistentNodeSolver, seed: int = 0) -> None:
        problem = polytope.problem
        if problem.loss != "squared" or problem.output_bias:
            raise ValueError("the persistent node QP is the squared loss's without an output bias")
        self.polytope = polytope
        self.seed = int(seed)
        self._generation: int | None = None

    def _current(self) -> int:
        """Set up the DAQP model for the polytope's current layout; its generation."""
        generation = self.polytope.generation
        if generation != self._generation:
            P = self.polytope.problem
            A = self.polytope.matrix.toarray()
            nk = P.n * P.k
            E = np.zeros((P.n, A.shape[1]))                     # f = E x: f_i = sum_j s_j h_ij
            pairs_i, pairs_j = np.divmod(np.arange(nk), P.k)
            E[pairs_i, P.num_theta + np.arange(nk)] = P.signs[pairs_j]
            self._H = 2.0 * E.T @ (P.weights[:, None] * E)
            self._cost = -2.0 * E.T @ (P.weights * P.y)
            self._offset = float(np.dot(P.weights, P.y * P.y))
            self._A = A
            mu = PROXIMAL_WEIGHT * max(float(self._H.diagonal().max(initial=0.0)), 1e-300)
            self._model = DaqpModel(self._H, self._cost, A, mu)
            self._generation = generation
        return generation

    @staticmethod
    def suits(state: np.ndarray) -> bool:
        """Whether the node ``state`` is solved here (see :data:`OPEN_SHARE`) or afresh."""
        return np.count_nonzero(state == FREE) >= OPEN_SHARE * state.size

    def solve(self, state: np.ndarray, time_limit: float | None = None, bound_slack: float | None = None,
              discard_at: float = -math.inf) -> NodeSolution:
        """The node's relaxation as :func:`~milp_relu.branch_and_bound_relaxation.solve_node`
        gives it (``bound_slack`` and ``discard_at`` as there); "unknown" where DAQP gave no
        answer to rely on. DAQP starts from the working set of the node solved last."""
        self._current()
        bounds = self.polytope.node_bounds(state)
        if bounds is None:
            return NodeSolution("infeasible")
        row_lo, row_hi, col_lo, col_hi = bounds
        self._model.set_bounds(row_lo, row_hi, col_lo, col_hi)
        status, x, row_dual = self._model.solve(None, time_limit)
        if status == "infeasible":
            return NodeSolution("infeasible" if self.polytope.is_empty(state, time_limit) else "unknown")
        if status != "optimal":
            return NodeSolution("unknown")
        leaf = not (state == FREE).any()
        exact_from = -math.inf if leaf else discard_at
        value, bound = summed_qp_bound(self._H, self._cost, self._offset, self._A, row_lo, row_hi, col_lo, col_hi,
                                       x, row_dual)
        for _ in range(PROXIMAL_STEPS - 1):
            # the proximal-point method: the next centre is this point, until the multipliers
            # prove it optimal (or the node is not near being discarded: its bound then needs
            # no more precision, as in qp_lower_bound)
            if summed_bound_suffices(value, bound, bound_slack, exact_from):
                break
            status, nearer, nearer_dual = self._model.solve(x, time_limit)
            if status != "optimal":
                break
            x, row_dual = nearer, nearer_dual
            value, bound = summed_qp_bound(self._H, self._cost, self._offset, self._A, row_lo, row_hi, col_lo,
                                           col_hi, x, row_dual)
        if summed_bound_suffices(value, bound, bound_slack, exact_from):
            value = min(value, bound)
        else:       # the summed bound of the last point is loose: HiGHS's tangent LP at it
            value = tangent_lp_bound(self._H, self._cost, self._offset, self._A, row_lo, row_hi, col_lo, col_hi,
                                     x, time_limit, self.seed)
        if not math.isfinite(value):
            return NodeSolution("unknown")
        P = self.polytope.problem
        m = P.num_theta
        h = np.where(state == FREE, x[m:m + P.n * P.k].reshape(P.n, P.k), np.nan)
        return NodeSolution("optimal", max(value, 0.0), x[:m].copy(), h)
