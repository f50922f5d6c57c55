"""Convexity cuts of the search tree's node relaxations: every unit's output is convex in x.

A unit's output h_j(x) = max(0, w_j . x + b_j) is a convex function of the input. So wherever a
point is a convex combination of other points,

    x_i = sum_a lambda_a x_a,   lambda_a >= 0,   sum_a lambda_a = 1,

every network of every node of the search has (Jensen's inequality)

    h_ij <= sum_a lambda_a h_aj        for each unit j.

The node relaxation (:mod:`milp_relu.branch_and_bound_relaxation`) relaxes each pair (i, j) on
its own, to the triangle between max(0, p_ij) and the chord from (L, 0) to (U, U): with every
pair open it lets h_ij climb to its chord while the h_aj of the points around x_i stay at
max(0, p_aj), a unit output that no convex function has. The rows above cut that off. They hold
whatever the node's states (for pairs that are all ON they read 0 <= 0, as p_ij is affine in
x), so a search writes them into its node model once.

One combination per point, of its nearest neighbours: v_i = (x_i, 1) as a non-negative
combination of the v_a of the :data:`NEIGHBOURS_PER_DIMENSION` (d + 1) points nearest to x_i, by
non-negative least squares (the ones column makes the weights sum to 1). A residual r of that
fit, |r| <= rho, moves the inequality by |r . (w_j, b_j)| <= rho |(w_j, b_j)|, so the row's
right-hand side is rho times the largest |(w_j, b_j)| the boxes allow: each row is valid as
written, not only up to round-off. A point outside its neighbours' hull gets no row. Near
points make the tighter rows (on planted L1 (35, 2, 2) x 3 seeds the search took 838 nodes with
combinations of any other points, 703 with the neighbours', 1,101 without rows).

Where the search uses them: :func:`milp_relu.branch_and_bound.convexity_cuts_wanted`.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Each point is written as a combination of its NEIGHBOURS_PER_DIMENSION x (d + 1) nearest
#: points: the fit stays small at any n, and a combination of near points is the tighter cut.
NEIGHBOURS_PER_DIMENSION = 4

#: A point counts as a combination of the others when the fit's residual is at most this
#: times (1 + |v_i|); the row's slack then covers the residual exactly (see the module text).
COMBINATION_RESIDUAL = 1e-9


@dataclass(frozen=True)
class ConvexCombinations:
    """Rows h_center - sum_a weight_a h_member_a <= slack, one per point inside the others' hull.

    ``centers`` (m,), ``start`` (m + 1,) offsets into ``members`` and ``weights`` (CSR-like),
    ``slack`` (m,): the residual's share, rho times the largest |(w_j, b_j)|."""

    centers: np.ndarray
    start: np.ndarray
    members: np.ndarray
    weights: np.ndarray
    slack: np.ndarray

    @property
    def count(self) -> int:
        return int(self.centers.size)

    @property
    def owners(self) -> np.ndarray:
        """The combination each entry of ``members`` belongs to, (len(members),)."""
        return np.repeat(np.arange(self.count), np.diff(self.start))


def convex_combinations(X1: np.ndarray, weight_bound: float, bias_bound: float) -> ConvexCombinations:
    """For every point v_i = (x_i, 1) (rows of ``X1``) inside the convex hull of the others, one
    convex combination of them, and the slack that makes its cut exact under the boxes
    |w| <= ``weight_bound``, |b| <= ``bias_bound``.

    References
    ----------
    Jensen's inequality for the convex function x -> max(0, w . x + b); the triangle relaxation
    it tightens: Ehlers, "Formal verification of piece-wise linear feed-forward neural
    networks", ATVA 2017.
    """
    from .branch_and_bound_propagation import nnls_solver

    X1 = np.ascontiguousarray(X1, dtype=np.float64)
    n, width = X1.shape
    nnls = nnls_solver()
    theta_norm = float(np.sqrt((width - 1) * weight_bound ** 2 + bias_bound ** 2))
    centers, start, members, weights, slack = [], [0], [], [], []
    neighbours = min(n - 1, NEIGHBOURS_PER_DIMENSION * width)
    if neighbours >= 1:
        from scipy.spatial import cKDTree

        # a k-d tree, not the n x n distance matrix: memory O(n (d + neighbours)) at any n
        _, nearest = cKDTree(X1[:, :-1]).query(X1[:, :-1], k=neighbours + 1)
        nearest = np.asarray(nearest).reshape(n, neighbours + 1)
    for i in range(n if neighbours >= 1 else 0):
        others = nearest[i][nearest[i] != i][:neighbours]
        M = np.ascontiguousarray(X1[others].T)
        lam = nnls(M, X1[i], 50 * M.shape[1] + 50)
        rho = float(np.linalg.norm(X1[i] - M @ lam))
        if not rho <= COMBINATION_RESIDUAL * (1.0 + float(np.linalg.norm(X1[i]))):
            continue
        used = np.flatnonzero(lam > 0.0)
        centers.append(i)
        members.extend(others[used].tolist())
        weights.extend(lam[used].tolist())
        start.append(len(members))
        slack.append(rho * theta_norm)
    return ConvexCombinations(np.array(centers, dtype=np.int64), np.array(start, dtype=np.int64),
                              np.array(members, dtype=np.int64), np.array(weights, dtype=np.float64),
                              np.array(slack, dtype=np.float64))
