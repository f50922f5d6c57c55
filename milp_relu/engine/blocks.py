"""Identical coordinate blocks: an exact reduction of a training problem to one of its blocks.

Let the coordinates split into groups that no point mixes (the connected components of "appear
together in a point", :func:`~milp_relu.branch_and_bound_symmetry.coordinate_blocks`), and let
c >= 2 of the groups, B_1, ..., B_c, be *identical*: of equal size, with the same multiset of
(x_i restricted to B_t, y_i, omega_i) over the points supported in B_t. Write theta_t for the
columns of W on B_t and sigma for everything else (b, the output bias, the other columns). Each
point supported in B_t has a prediction that depends on (theta_t, sigma) only, the remaining
points on sigma only, and the boxes are coordinate-wise, so for a summed loss

    L(W, b, c) = sum_t G(theta_t; sigma) + H(sigma),
    min L = min_sigma [ c min_theta G(theta; sigma) + H(sigma) ] = c min_{theta, sigma} [ G + H / c ],

with one function G for all t (the blocks are identical). The right-hand side is the training
problem on the points of B_1 and the remaining points with their weights divided by c, over the
coordinates other than B_2, ..., B_c: its optimum and every lower bound of it, times c, are those
of the whole problem, and its networks map back with theta_1 copied onto every block (same
loss times c). For the max loss, max_t G = G and min L = min max(G, H): the same problem without
the division, objective values unchanged.

The reduction is applied before anything else in :func:`milp_relu.engine.fit.solve` (one class
of identical blocks at a time; the reduced problem is solved by ``solve`` again, which finds the
next class). It is exact only for data identical bit for bit, which is what it checks: the
disjoint copies of a hardness gadget (the G3 ``copies`` family, c copies of K_4) are of this
kind, and their whole training problem is that of one copy.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..branch_and_bound_symmetry import coordinate_blocks
from ..data import Dataset
from ..network import ReLUNetwork
from .problem import Problem

#: Data wider or longer than this is not searched for blocks (the check costs O(n d)).
MAX_ENTRIES = 50_000_000


@dataclass(frozen=True)
class IdenticalBlocks:
    """c identical coordinate blocks of a problem, and the maps between it and its reduction.

    Attributes
    ----------
    copies : int
        c, the number of identical blocks (>= 2).
    blocks : tuple of tuple of int
        The blocks' coordinates, each in ascending order; the first is kept, coordinate l of block
        t plays the part of coordinate l of block 1.
    kept_points : np.ndarray
        Indices of the points of the reduced problem (block 1's and those of no block of the
        class), ascending.
    kept_columns : np.ndarray
        The coordinates of the reduced problem, ascending (all but blocks 2..c).
    d : int
        The whole problem's number of coordinates.
    summed : bool
        The loss sums over points (objective values scale by c); False for the max loss.
    """

    copies: int
    blocks: tuple[tuple[int, ...], ...]
    kept_points: np.ndarray
    kept_columns: np.ndarray
    d: int
    summed: bool

    @classmethod
    def find(cls, problem: Problem) -> "IdenticalBlocks | None":
        """The largest class of identical blocks of ``problem`` (at least 2), or None."""
        data = problem.data
        X, y, w = data.X, data.y, data.weights
        n, d = X.shape
        if d < 2 or n * d > MAX_ENTRIES:
            return None
        nonzero = X != 0.0
        if nonzero.all(axis=1).any():
            return None     # a point with every coordinate: one block (most data; O(n d), no loop)
        owner = np.full(n, -1)
        classes: dict[tuple, list[int]] = {}
        groups = [g for g in coordinate_blocks(X) if nonzero[:, g].any()]
        for index, group in enumerate(groups):
            rows = np.flatnonzero(nonzero[:, group].any(axis=1))
            owner[rows] = index
            key_rows = np.column_stack([X[np.ix_(rows, group)], y[rows], w[rows]])
            canonical = key_rows[np.lexsort(key_rows.T[::-1])] + 0.0      # sorted rows; -0.0 -> 0.0
            signature = (len(group), rows.size, canonical.tobytes())
            classes.setdefault(signature, []).append(index)
        best = max(classes.values(), key=lambda members: (len(members), -members[0]), default=[])
        if len(best) < 2:
            return None
        blocks = tuple(tuple(int(c) for c in sorted(groups[m])) for m in best)
        dropped = np.zeros(d, dtype=bool)
        for block in blocks[1:]:
            dropped[list(block)] = True
        in_other_copies = np.isin(owner, best[1:])
        kept_points = np.flatnonzero(~in_other_copies)
        return cls(len(best), blocks, kept_points, np.flatnonzero(~dropped), d,
                   problem.loss.aggregate == "sum")

    # -- apply ---------------------------------------------------------------------------------
    def apply(self, problem: Problem) -> Problem:
        """The reduced problem: block 1 and the points outside every block of the class
        (weights divided by c for a summed loss), over the kept coordinates."""
        data = problem.data
        X = data.X[np.ix_(self.kept_points, self.kept_columns)]
        weights = data.weights[self.kept_points].copy()
        if self.summed:
            in_first = (data.X[np.ix_(self.kept_points, self.blocks[0])] != 0.0).any(axis=1)
            weights[~in_first] /= self.copies
        sample_weight = None if data.sample_weight is None and np.all(weights == 1.0) else weights
        return problem.with_data(Dataset(X, data.y[self.kept_points].copy(), sample_weight))

    # -- invert --------------------------------------------------------------------------------
    def invert_objective(self, value: float) -> float:
        """A loss or bound of the reduced problem as one of the whole problem."""
        return self.copies * value if self.summed else value

    def invert_network(self, network: ReLUNetwork) -> ReLUNetwork:
        """The whole problem's network: block 1's columns copied onto every block."""
        W = np.zeros((network.k, self.d))
        W[:, self.kept_columns] = network.W
        first = list(self.blocks[0])
        for block in self.blocks[1:]:
            W[:, list(block)] = W[:, first]
        return ReLUNetwork(W, np.asarray(network.b, dtype=np.float64).copy(),
                           np.asarray(network.s, dtype=np.float64).copy(), float(network.c))

    def record(self) -> dict[str, int]:
        """One entry of ``FitResult.options["decomposition"]``: what the reduction did (keys are a public contract)."""
        return {"copies": self.copies, "block_size": len(self.blocks[0]),
                "points": int(self.kept_points.size), "features": int(self.kept_columns.size)}
