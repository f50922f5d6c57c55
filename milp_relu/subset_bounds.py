"""Subset bounds of the search tree's node relaxations: a part of the data costs at least its own optimum.

For one sign split (output signs s, boxes |w| <= W, |b| <= B) and a set G of points, let

    OPT(G) = min over the split's networks f of  sum_{i in G} omega_i |f(x_i) - y_i|.

Every network of the split pays at least OPT(G) on the points of G, whatever it does elsewhere.
So for parts G_1, ..., G_m of the points and any lower bounds LB_g <= OPT(G_g) (a search of the
part alone, :func:`milp_relu.branch_and_bound._subset_bounds`), the rows

    sum_{i in G_g} omega_i (e+_i + e-_i) >= LB_g,        g = 1, ..., m,

hold for every network of every node of the split's search, where e+_i, e-_i are the absolute
loss's parts of the residual f_i - y_i in the node LP
(:class:`milp_relu.branch_and_bound_relaxation.PersistentNodeSolver`). Hence adding them keeps
every node's LP a lower bound of its networks' losses, and the search exact.

What they add. With every pair open the triangle relaxation fits any labels (a split of two
signs has root bound 0), and deeper in the tree a node's bound comes from the points its fixed
pairs pin down. The rows make a node pay, part by part, at least what the part costs on its
own: the root bound becomes sum_g LB_g, and a node that fits the decided points of one part
well still pays that part's optimum. They strengthen the objective rather than the relaxation
(the LP can meet a row by raising e+_i and e-_i together, f unchanged): a node's bound is the
minimum over its relaxation of sum_g max(LB_g, loss of part g), which holds for every network
of the node but is not the loss over any convex set of predictions, so it can exceed the best
bound of any convex relaxation of the node (0 at the root of a split of two signs,
``benchmarks/ideal_relaxation.py``). A part's optimum is a strong bound only when the part has
many more points than the network has parameters (k (d + 1)): the networks fit small parts
almost exactly. On planted L1 (100, 5, 2) seed 1 the parts' optima summed to 0.63 (quarters),
0.77 (thirds) and 0.97 (halves) of the optimum, against 0.5-0.6 for halves of 40 points.

The parts, of :func:`part_size` points each, are drawn at random with a fixed seed
(:func:`partition`), so that each holds points from all over the data.

References
----------
.. [1] M. J. Brusco, "A repetitive branch-and-bound procedure for minimum within-cluster sums of
   squares partitioning", Psychometrika 71 (2006) 347-363: bounding a partial problem by the
   optimum of a part of the data solved beforehand.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .bounds import sign_pure

#: Points per part, as a multiple of the network's parameters k (d + 1). A network fits about
#: as many points as it has parameters exactly, so a part of m points costs about (m - k (d + 1))
#: typical residuals and the parts' optima sum to about 1 - 1 / SUBSET_PARAMETER_MULTIPLE of the
#: whole's. Measured on planted L1 (100, 5, 2), "auto" against "off" (node counts with the parts'
#: searches; times two fits at a time): parts of 50 points (2 parts) seeds 1, 3, 4, 5: 33,534,
#: 24,199, 4,471, 36,735 nodes (59.6, 38.7, 7.6 s; seed 5 101 s three fits at a time); parts of
#: 25 (4 parts): 50,977, 22,979, 3,343, 39,605 (94.1, 38.4, 6.2 s; 113 s); without: 58,973,
#: 29,895, 4,903, 44,903 (101.9, 47.4, 9.7 s; 109 s). (130, 5, 2) seed 4: parts of 65, 43 and 26
#: points 10.3, 8.9 and 9.9 s, without 15.2 s.
SUBSET_PARAMETER_MULTIPLE = 4

#: "auto" uses the rows from this many points on, in splits of both output signs (with parts of
#: 25 points the fits at n = 80 took 0.93-1.03x the time).
SUBSET_MIN_POINTS = 100

#: ... and from this input dimension on. In low dimension the trees are small and the parts'
#: searches cost more than they save, planted L1 (n, d, k) seed, "auto" against "off":
#: (120, 2, 2) seeds 0 and 1 0.8 / 0.6 s and 4.8 / 4.3 s, (150, 2, 2) seed 2 2.9 / 2.7 s,
#: (120, 3, 2) seed 0 13.1 / 6.5 s (10,989 nodes against 3,456).
SUBSET_MIN_DIMENSION = 5

#: The node budget of the search of one part: a part stops there with the bound it has proved.
SUBSET_NODE_LIMIT = 3000


@dataclass(frozen=True)
class SubsetBounds:
    """Rows sum_{i in groups[g]} omega_i |r_i| >= bounds[g] of a split."""

    groups: tuple[np.ndarray, ...]
    bounds: np.ndarray

    def __post_init__(self) -> None:
        # disjoint parts: then the bounds add up to a bound of the whole (the split's root keeps
        # that sum where it is left unsolved); overlapping parts would count points twice
        members = np.concatenate(self.groups) if self.groups else np.empty(0, dtype=np.intp)
        if len(self.groups) != len(self.bounds) or np.unique(members).size != members.size:
            raise ValueError("subset bounds need one bound per part and disjoint parts")

    @property
    def count(self) -> int:
        return len(self.groups)


def partition(n: int, parts: int, seed: int = 0) -> tuple[np.ndarray, ...]:
    """``parts`` disjoint groups of 0..n-1 of sizes differing by at most one, drawn at random
    (seeded), each sorted."""
    if not 1 <= parts <= n:
        raise ValueError(f"cannot split {n} points into {parts} parts")
    order = np.random.default_rng(seed).permutation(n)
    return tuple(np.sort(group) for group in np.array_split(order, parts))


def part_size(k: int, d: int) -> int:
    """Points per part for k units in d dimensions: SUBSET_PARAMETER_MULTIPLE x k (d + 1)."""
    return SUBSET_PARAMETER_MULTIPLE * k * (d + 1)


def subset_parts(setting: str, loss: str, n: int, signs, d: int) -> int:
    """How many parts a split's search bounds (0: none).

    ``setting`` "off"; "on": n // :func:`part_size` parts, at least 2 (from 4 points on);
    "auto": as "on" in splits of both output signs (``signs``) from SUBSET_MIN_POINTS points and
    SUBSET_MIN_DIMENSION inputs on, where at least two parts of :func:`part_size` fit. The absolute loss only (its node LP holds
    e+-; the squared loss's node QPs would need the reverse-convex rows sum omega_i r_i^2 >= LB).

    Why "auto" leaves the splits of one sign out: their relaxation is not empty at the root (the
    sign floors, the incumbent's bounds on the pre-activations), a probe rules most of them out
    in a few hundred nodes, and their parts are hard to search: the parts of (-, -) on planted
    L1 (100, 5, 2) seed 1 took 5,896 nodes where the split itself took 634, and those of
    (+, +) on (100, 5, 2) seed 3 4.0 s."""
    if setting == "off" or loss != "absolute" or n < 4:
        return 0
    parts = n // part_size(len(signs), d)
    if setting == "auto":
        return 0 if sign_pure(signs) or n < SUBSET_MIN_POINTS or d < SUBSET_MIN_DIMENSION or parts < 2 else parts
    return max(2, parts)
