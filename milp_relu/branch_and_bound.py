"""A single search tree over activation states for one sign split (all three losses).

The problem of one sign split s in {-1, +1}^k is

    min  sum_i omega_i loss(f(x_i) - y_i),  f(x) = sum_j s_j max(0, w_j . x + b_j) (+ c),
    s.t. |w_jl| <= W, |b_j| <= B,

(max_i |f(x_i) - y_i| for the max loss). The search branches on the activation state of a pair
(point i, unit j): ON (p_ij = w_j . x_i + b_j >= 0, h_ij = p_ij) or OFF (p_ij <= 0, h_ij = 0).
Every network belongs to at least one leaf (its own pattern; at p_ij = 0 to both), so the
minimum over the leaves is the optimum.

Node relaxation (:mod:`milp_relu.branch_and_bound_relaxation`). In the network's own parameters
theta = (W, b, c) plus one variable h_ij per undecided pair: sign rows for decided pairs, the
triangle (convex hull) of the ReLU on [L_ij, U_ij] for undecided ones, the loss as a convex QP
(squared) or LP (absolute, max), and optionally the incumbent's residual radius
|f_i - y_i| <= R_i. Every network of the node is feasible with h = max(0, p) at objective equal
to its loss, so the relaxation's optimum is a lower bound of the node; at a leaf it is the
pattern's convex problem itself. The ``decided`` relaxation keeps only points with every unit
decided (each dropped point adds a constant lower bound on its own term).

For the absolute and max losses all nodes of a search share one HiGHS model in which a node's
state changes only bounds (:class:`~milp_relu.branch_and_bound_relaxation.PersistentNodeSolver`),
so HiGHS re-solves from the basis it holds; the squared loss solves its node QPs with DAQP, a
dense dual active-set solver (:mod:`milp_relu.backends.daqp_qp`: 0.4 ms a node where HiGHS
1.16's QP, which restarts every solve from a phase-1 vertex, took 5 ms), all nodes of a search
in one workspace whose bounds change from node to node (:mod:`milp_relu.branch_and_bound_qp`;
with an output bias each node's QP is built afresh); its point and multipliers only feed the
float64 dual bound, HiGHS confirms its "infeasible", and a node it fails on is built afresh
(HiGHS's QP where DAQP fails again).
The whole search runs in the HiGHS small-solve worker thread
(:meth:`milp_relu.backends.highs._SmallSolveWorker.run`), so its node solves need no thread
hop each; Ctrl-C, which only the main thread receives, stops it at its next node solve.

Propagation (:mod:`milp_relu.branch_and_bound_propagation`), before each node problem: pairs
whose interval bounds decide them; the cone rule (if (x_i, 1) is a non-negative combination of
the (x_a, 1) of points the unit activates minus one of points it switches off, p_ij >= 0 follows;
this contains "x_i in the convex hull of active points" and duplicates); nothing a node's
networks could violate is ever fixed. A failed cone test leaves its nnls residual as a separating
certificate that the node's children inherit; a test is repeated only where a new generator
breaks it. With local bounds (:mod:`milp_relu.unit_polytope`, ``BnBOptions.local_bounds``) each
node carries its units' parameter polytopes by their vertices; their extremes at x_i are the
node's own bounds of p_ij, which decide the same pairs as the cone rule (it is then not run) and
give the node LP its own, tighter triangles.

Symmetry. (1) Units of one output sign whose states agree at every point are interchangeable at
the node: branching a point on such a class C needs only the |C| + 1 children "first m units ON".
(2) Data symmetry: a swap of two coordinates that maps the set of (x_i, y_i, omega_i) onto itself
(as in the hardness families built on complete hypergraphs, invariant under vertex permutations),
or the exchange of two equal blocks of coordinates that no point mixes (the disjoint gadget
copies of the G3 copies family), maps networks to networks of equal loss and keeps the boxes.
Where such swaps exist the search (``symmetry_rule="lex"``) keeps only activation patterns that
are lexicographic leaders: read point by point (hull vertices first), the pattern is at least
its image under every swap and every exchange of neighbouring units of one sign; this replaces
(1). A node whose fixed pairs violate one of these constraints holds no leader and is dropped;
the largest of a pattern's images is a leader of the same loss, so the optimum survives (the
argument, and why the bounds are made equal on orbits, in
:mod:`milp_relu.branch_and_bound_symmetry`). ``symmetry_rule="orbital"``: at a node, the swaps
whose point permutation fixes the node's states generate a group of symmetries of the node; for
the chosen pair (i, j) with orbit O of i the node splits into "(i, j) ON" and "(i', j) OFF for
every i' in O" (orbital branching).

Why the proven bound is valid. Each node's relaxation bounds the loss of every network of the
node from below; the children of a node cover it up to symmetries that keep the loss (they
partition it without the symmetry rules); propagation only fixes pairs whose state every network
of the node (with loss below the incumbent, for the bound rules) already has. A node is
discarded only when (a) its relaxation is infeasible (no network, or none better than the
incumbent/cutoff when the radius rows are on), (b) its bound is at least UB - tol, (c) a
network of loss at most its bound + tol is known, or (d) it holds no lexicographic leader (each
of its networks has an image of equal loss in another node). The returned lower bound is the minimum of the
open nodes' bounds, the discarded nodes' bounds and UB = min(best loss found, cutoff): every
network of the split, or a symmetric image of it, lies in one of those nodes, and a bound proved
with rows that hold only below UB (radius, incumbent bounds) bounds min(node optimum, UB). Every network offered as incumbent
is clipped into the boxes and evaluated in float64 from scratch; the QP objective is never trusted
as a loss. The node bounds carry HiGHS's tolerances (about 1e-7 relative), as the MILP path's do.

Search. Best-first on the bound; children are solved when created (eager), so the heap holds
exact bounds and a child is discarded before it is ever expanded. Branching (under the lex rule
the first undecided pair of a point a swap moves comes first, in the constraints' order): for
the absolute and max losses, and the squared loss from d = 3 on ("product"), the undecided pair
with the largest product of what its two children must move, omega_i h_ij (OFF: h = 0) times
omega_i (h_ij - p_ij) (ON: h = p); for the squared loss in d <= 2 ("impact") the pair where
pulling the relaxed h_ij down to max(0, p_ij) (the value the node's own theta gives it) changes
the point's loss term the most; "violation" takes the largest weighted h_ij - max(0, p_ij) (with
the ``decided`` relaxation: the point of largest weighted loss under the node's network).
``strong = c`` tries the c best candidates and keeps the one whose weaker child has the larger
bound (it did not pay on G3, nor on planted L1 (30, 5, 2): 6,694 node problems and 8.4 s without
it, 14,708 and 17.1 s with c = 4). Incumbents: every node's theta is a network (offered), and
where it is within 25% of the incumbent its own pattern's convex problem is solved too
(``polish``), at most 20 + 10% of the nodes solved so far, plus 20 for every better incumbent a
polish found (G3, N = 9: 1,878 polishes beside 3,899 nodes, a third of the search, had found 7
incumbents that the nodes' own networks found soon after; without polishing the tree had the
same 3,899 nodes).

Using it for a whole fit: solve the sign splits one after the other, each with its warm start as
``incumbent`` and the best verified loss of the splits done so far as ``cutoff``; a split's
status "cutoff" means its optimum is at least ``cutoff`` - tol (its ``lower_bound`` says how
much), so the overall optimum is the best split loss and the overall bound the minimum of the
split bounds.

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] R. Ehlers, "Formal Verification of Piece-Wise Linear Feed-Forward Neural Networks",
   ATVA 2017.
.. [3] J. Ostrowski, J. Linderoth, F. Rossi, S. Smriglio, "Orbital branching", Math.
   Programming 126 (2011) (symmetric children discarded at a node).
.. [4] E. J. Friedman, "Fundamental domains for integer programs with symmetries", COCOA 2007
   (lexicographic leaders).
"""
from __future__ import annotations

import heapq
import itertools
import math
import time
from dataclasses import dataclass, field, replace

import numpy as np

from .bounds import (
    interval_preactivation_bounds,
    residual_radius,
    sign_pure_unit_bounds,
)
from .branch_and_bound_propagation import (
    fix_by_bounds,
    new_separators,
    propagate_geometry,
)
from .branch_and_bound_symmetry import (
    LexLeader,
    children,
    coordinate_transpositions,
    lex_point_order,
    orbital_children,
    point_orbit,
    symmetric_class,
)
from .branch_and_bound_relaxation import (
    FREE,
    OFF,
    ON,
    NodeProblem,
    NodeSolution,
    PersistentNodeSolver,
    root_bound_tightening,
    solve_node,
)
from .backends.daqp_qp import available as daqp_available
from .branch_and_bound_qp import PersistentQpNodeSolver
from .backends.highs import small_solves
from .errors import InputError
from .validation import check_flag
from .convexity_cuts import ConvexCombinations, convex_combinations
from .subset_bounds import SUBSET_NODE_LIMIT, SubsetBounds, partition, subset_parts
from .unit_polytope import MAX_WIDTH, UnitPolytope
from .network import ReLUNetwork, as_loss


#: The polish budget: at most POLISH_FREE x (1 + the polishes that improved the incumbent by
#: more than the gap) + POLISH_SHARE x (nodes solved) pattern problems.
POLISH_FREE, POLISH_SHARE = 20, 0.1


@dataclass(frozen=True)
class BnBOptions:
    """Switches of the search; each keeps the optimum (the property test turns each off alone).

    relaxation : "hull" (triangle relaxation of undecided pairs) or "decided" (decided points only).
    geometry : the cone rule of :mod:`milp_relu.branch_and_bound_propagation`.
    symmetry : one child per unit permutation class of equal-sign units with equal states.
    radius_rows : |f_i - y_i| <= R_i from the incumbent in every node problem.
    incumbent_bounds : tighten L, U from the incumbent in sign-pure splits (no output bias).
    strong : strong branching over this many candidates (0: off; it did not pay on G3).
    data_symmetry : use the coordinate swaps that map the data onto itself (:mod:`milp_relu.branch_and_bound_symmetry`).
    symmetry_rule : how: "lex" (lexicographic leader constraints, which then also order the
        units of one sign, and branching in their order) or "orbital" (orbital branching).
    root_obbt : tighten L, U by LPs over the root relaxation (off: no clear gain measured yet).
    branching : "auto" (the default: "product", but "impact" for the squared loss in d <= 2, as
        measured, see :func:`auto_branching`), "product" (the product of what each child must move:
        omega_i h_ij for OFF and omega_i (h_ij - p_ij) for ON), "impact" (the change of the
        point's loss term when h_ij is pulled down to max(0, p_ij)) or "violation"
        (h_ij - max(0, p_ij), weighted).
    polish : at nodes whose network is within 25% of the incumbent, solve that network's own
        pattern problem (a leaf problem) and offer its optimum (once per pattern; within the
        budget of ``POLISH_FREE`` and ``POLISH_SHARE``).
    persistent : hold the ``hull`` relaxation of all nodes in one HiGHS model whose bounds
        change from node to node (warm-started re-solves; for the squared loss without an
        output bias, one DAQP workspace for the node QPs and the HiGHS model for confirming
        their "infeasible"); off: build and solve each node afresh (the same relaxation, so the
        same bounds up to the solvers' tolerances).
    node_qp : the squared nodes' QP solver: "daqp" (:mod:`milp_relu.backends.daqp_qp`; HiGHS
        where DAQP fails or reports infeasible, and HiGHS's LP where its multipliers give a loose
        bound) or "highs" (HiGHS's QP for every node).
    convexity_cuts : the rows h_ij <= sum_a lambda_a h_aj of :mod:`milp_relu.convexity_cuts` in
        every node problem of the ``hull`` relaxation: "on", "off" or "auto" (the default: on
        for one unit or d <= 2, as measured, see :func:`convexity_cuts_wanted`).
    subset_bounds : the rows of :mod:`milp_relu.subset_bounds` in the absolute loss's persistent
        node LP: each part of the points (parts of four times the network's parameters, searched
        on their own before the split's root) costs at least its own optimum. "on", "off" or
        "auto" (the default: on in splits of both signs from ``SUBSET_MIN_POINTS`` points and
        ``SUBSET_MIN_DIMENSION`` inputs on, as measured, see
        :func:`milp_relu.subset_bounds.subset_parts`).
    local_bounds : node-local pre-activation bounds from each unit's polytope of the node
        (:mod:`milp_relu.unit_polytope`): they fix the pairs they decide (in place of the cone
        rule, which they contain) and set the node LP's triangles. "on", "off" or "auto" (the
        default: on for the absolute loss from ``LOCAL_MIN_POINTS`` points and two units on, as
        measured, see :func:`local_bounds_wanted`). They act in the LP losses' persistent model,
        in searches without a symmetry rule of the data, for d + 1 <= ``unit_polytope.MAX_WIDTH``.
    """

    relaxation: str = "hull"
    geometry: bool = True
    symmetry: bool = True
    radius_rows: bool = True
    incumbent_bounds: bool = True
    strong: int = 0
    data_symmetry: bool = True
    symmetry_rule: str = "lex"
    root_obbt: bool = False
    branching: str = "auto"
    polish: bool = True
    persistent: bool = True
    node_qp: str = "daqp"
    convexity_cuts: str = "auto"
    subset_bounds: str = "auto"
    local_bounds: str = "auto"

    def __post_init__(self) -> None:
        choices = {"relaxation": ("hull", "decided"), "branching": ("auto", "product", "impact", "violation"),
                   "node_qp": ("daqp", "highs"), "symmetry_rule": ("lex", "orbital"),
                   "convexity_cuts": ("auto", "on", "off"), "subset_bounds": ("auto", "on", "off"),
                   "local_bounds": ("auto", "on", "off")}
        for name, allowed in choices.items():
            if getattr(self, name) not in allowed:
                raise InputError(f"{name} must be one of {', '.join(allowed)}, got {getattr(self, name)!r}")
        if isinstance(self.strong, bool) or not isinstance(self.strong, int) or self.strong < 0:
            raise InputError(f"strong must be a non-negative integer, got {self.strong!r}")
        for name in ("geometry", "symmetry", "radius_rows", "incumbent_bounds", "data_symmetry", "root_obbt",
                     "polish", "persistent"):
            check_flag(getattr(self, name), name)


#: "auto" local bounds from this many points on (the absolute loss; docs/design.md, section 3).
LOCAL_MIN_POINTS = 60


def local_bounds_wanted(setting: str, loss: str, n: int, k: int) -> bool:
    """Whether a search uses node-local bounds (:mod:`milp_relu.unit_polytope`): ``setting``
    "on" or "off", or "auto": the absolute loss from :data:`LOCAL_MIN_POINTS` points on, for
    k >= 2 units (where it was measured; one unit's trees, with the convexity cuts, were not).

    Measured (planted L1, k = 2, d = 5, the optimum unchanged; whole fits, paired runs): at
    n = 100 seed 1 31,470 -> 21,593 nodes and 67.0 -> 56.3 s (median of three pairs, ratio
    1.18, 1.09-1.31); seeds 3 and 7 24,179 -> 17,391 and 16,682 -> 10,704 nodes (43.6 -> 36.8 s,
    26.3 -> 17.3 s); at n = 60 seed 1 8,457 -> 6,699 nodes (ratio 1.10 over four pairs). At
    n = 40 over seeds 0-9 98,361 -> 91,168 nodes but 101 -> 125 s: the polytopes' upkeep and
    the chords' coefficients cost more than the smaller trees save while node LPs are cheap. The
    max loss's trees are a few dozen nodes (40, 3, 2): it keeps the cone rule."""
    if setting != "auto":
        return setting == "on"
    return loss == "absolute" and n >= LOCAL_MIN_POINTS and k >= 2


def convexity_cuts_wanted(setting: str, d: int, k: int) -> bool:
    """Whether a search adds the convexity cuts: ``setting`` "on" or "off", or "auto": for one
    unit (any d) or d <= 2 (any k).

    Measured (node counts of whole fits, the optimum unchanged), planted L1 unless named: one
    unit, (30, 3, 1) x 6 seeds 1,058 -> 560, (50, 4, 1) 400 -> 210, (80, 3, 1) 236 -> 104,
    (120, 3, 1) 151 -> 87, (200, 5, 1) 795 -> 453, (400, 3, 1) 243 -> 123; k = 2, d = 2:
    (35, 2, 2) x 3 seeds 1,101 -> 703, (40, 2, 2) x 3 5,657 -> 3,148, (30, 2, 2) 2,067 -> 1,021,
    the real-data slice (n = 40, L1) 8,588 -> 2,507. With k >= 2 and d >= 3 the tighter nodes
    led the branching elsewhere and the trees grew about as often as they shrank: (25, 3, 2)
    x 9 seeds 14,359 -> 13,805 (6 of them smaller), (30, 4, 2) x 3 6,404 -> 5,685, (20, 3, 3)
    x 2 12,295 -> 12,610, max loss (40, 3, 2) x 2 85 -> 271. Squared loss (the rows in each
    node's QP): (60, 3, 1) 1,102 -> 256 nodes (0.74 -> 0.32 s), the real-data slice 1,274 ->
    800 (the same time: the QPs have more rows), (30, 2, 2) x 3 370 -> 364.
    """
    if setting != "auto":
        return setting == "on"
    return k == 1 or d <= 2


def auto_branching(loss: str, d: int) -> str:
    """The branching rule of ``branching="auto"``: "impact" for the squared loss in d <= 2,
    "product" otherwise.

    Measured on the squared loss, nodes of whole fits, impact -> product, the optima equal (the
    absolute and max losses: :meth:`_Search._product`). Planted (n, d, k), seed:

    ===================================================  ======================================
    fits                                                 nodes, impact -> product
    ===================================================  ======================================
    d = 5, k = 2: n = 30, 40 (seeds 0-2), 50, 60          1,537 -> 1,481; 5,116 -> 3,235,
                                                         733 -> 559, 3,142 -> 2,238;
                                                         6,687 -> 3,157; 21,596 -> 19,070
    d = 4: (30, 4, 2) seeds 0-2                           131 -> 99, 2,058 -> 1,542, 521 -> 311
    k = 1: (50, 4, 1), (60, 3, 1) box inputs, (60, 8, 1)  67 -> 61, 256 -> 248, 17 -> 15
    d = 3: (25, 3, 2) seeds 0-7, (40, 3, 2) seeds 0-2     sum 13,279 -> 10,762 (smaller on 8 of
                                                         11; larger on seeds 0, 2 and 6 of
                                                         (25, 3, 2): 82 -> 124, 1,080 -> 1,158,
                                                         99 -> 109)
    d = 3, k = 3: (40, 3, 3)                              1,012 -> 441
    d = 2: (30, 2, 2) seeds 0-7, the real-data slice,     sum 1,375 -> 1,506 (larger on all 8),
    (150, 2, 2), (20, 2, 3) seeds 0-1                     800 -> 880, 133 -> 102, 290 -> 291,
                                                         595 -> 495
    ===================================================  ======================================

    Fit CPU on planted squared (50, 5, 2): 11.1 -> 6.0 s; (60, 5, 2) 48.9 -> 44.0 s. The G3
    family branches by the lexicographic rule's order, so its trees are the same under both
    (complete graphs N = 5, 6, 7, 9, 12).
    """
    return "impact" if loss == "squared" and d <= 2 else "product"


@dataclass
class SplitResult:
    """The answer for one sign split.

    ``status``: "optimal" (lower_bound within tolerance of loss), "interrupted" (Ctrl-C: the best
    network and a valid bound so far), "cutoff" (no network of the split
    beats ``cutoff`` by more than the tolerance; ``network`` is the best one seen, maybe None) or
    "time_limit" (also when HiGHS failed on a leaf's problem: the bound stays valid, the optimality
    claim is withheld) or "node_limit" (stopped at the probe's node limit, the same valid
    bound, ``resume`` to go on). ``loss`` is the float64 loss of ``network`` (inf if None). ``nodes`` counts
    node problems solved, ``polished`` the extra pattern problems of ``polish``,
    ``fixed_by_propagation`` the pairs the cone rule (or, in its place, the local bounds) fixed.
    """

    network: ReLUNetwork | None
    loss: float
    lower_bound: float
    nodes: int
    status: str
    time_s: float = 0.0
    fixed_by_propagation: int = 0
    polished: int = 0
    #: the stopped search, to continue with :func:`resume_split_bnb` (status "node_limit", or
    #: "time_limit" where the deadline stopped it)
    resume: "SuspendedSearch | None" = None


@dataclass
class SuspendedSearch:
    """A search stopped at its node limit: its incumbent, bounds and open nodes, kept to go on."""

    search: "_Search"
    tree: "_Tree"


@dataclass(frozen=True)
class SearchData:
    """What the searches of every sign split of one fit share, derived from the data once
    (:func:`prepare_search`): the points with their bias coordinate, the interval bounds of the
    pre-activations, the convexity cuts' combinations and the coordinate swaps that map the data
    onto itself. None of it depends on the split's output signs or on the incumbent, so
    computing it once per fit instead of once per split (k + 1 times) gives the same searches.
    Its arrays are read-only: a search copies what it tightens."""

    X: np.ndarray
    y: np.ndarray
    weights: np.ndarray
    k: int
    weight_bound: float
    bias_bound: float
    #: (n, d + 1): the points with a last coordinate 1, C-contiguous, and its row norms
    X1: np.ndarray
    X1_norms: np.ndarray
    #: (n, k): interval bounds of p_ij = w_j . x_i + b_j over the boxes
    lower: np.ndarray
    upper: np.ndarray
    #: the convexity cuts' combinations (None where the cuts are off for these options)
    convexity: ConvexCombinations | None
    #: (T, n): the point permutation of each coordinate swap that maps the data onto itself
    transpositions: np.ndarray
    #: the lexicographic rule's point order (None without swaps or under "orbital")
    point_order: np.ndarray | None
    #: the options it was prepared for
    options: BnBOptions


def prepare_search(X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None, k: int,
                   weight_bound: float, bias_bound: float, options: BnBOptions | None = None) -> SearchData:
    """The :class:`SearchData` of a fit: pass it to every :func:`solve_split_bnb` of the fit.

    Parameters
    ----------
    X, y : arrays (n, d), (n,)
    sample_weight : array (n,), optional
    k : int
        Hidden units (every split of the fit has k output signs).
    weight_bound, bias_bound : float
        The boxes |W| <= weight_bound, |b| <= bias_bound.
    options : BnBOptions, optional
        The search's options (which of the shared pieces are wanted).
    """
    options = options or BnBOptions()
    # copies: the caller's arrays keep their flags
    X = _read_only(np.array(X, dtype=np.float64))
    y = _read_only(np.array(y, dtype=np.float64))
    n = X.shape[0]
    weights = _read_only(np.ones(n) if sample_weight is None else np.array(sample_weight, dtype=np.float64))
    X1 = np.ascontiguousarray(np.column_stack([X, np.ones(n)]))
    lower, upper = interval_preactivation_bounds(X, k, float(weight_bound), float(bias_bound))
    convexity = (convex_combinations(X1, float(weight_bound), float(bias_bound))
                 if options.relaxation == "hull" and convexity_cuts_wanted(options.convexity_cuts, X.shape[1], k)
                 else None)
    swaps = coordinate_transpositions(X, y, weights) if options.data_symmetry else []
    transpositions = np.array(swaps, dtype=np.intp).reshape(len(swaps), n)
    point_order = lex_point_order(X1) if len(swaps) and options.symmetry_rule == "lex" else None
    return SearchData(X, y, weights, int(k), float(weight_bound), float(bias_bound), _read_only(X1),
                      _read_only(np.sqrt(np.einsum("ij,ij->i", X1, X1))), _read_only(lower),
                      _read_only(upper), convexity, _read_only(transpositions),
                      None if point_order is None else _read_only(point_order), options)


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


class _Search:
    """State of one search: data, incumbent, bounds and the open nodes."""

    def __init__(self, data: SearchData, loss, signs, output_bias, options, rel_gap, abs_gap, seed):
        self.data = data
        self.X, self.y, self.weights = data.X, data.y, data.weights
        n = self.X.shape[0]
        self.loss = loss
        self.loss_object = as_loss(loss)
        self.zero_loss = float(self.loss_object.evaluate(-self.y, self.weights).value)  # f = 0
        # each point's weight in the loss (the max loss ignores sample weights), for branching
        self.term_weights = self.weights if loss != "max" else np.ones(n)
        self.signs = np.asarray(signs, dtype=np.float64)
        self.k = self.signs.size
        self.W, self.B = data.weight_bound, data.bias_bound
        self.output_bias = bool(output_bias)
        self.options = options
        # "auto": the rule measured best for the loss (BnBOptions.branching)
        self.branching = (auto_branching(loss, data.X.shape[1]) if options.branching == "auto"
                          else options.branching)
        self.rel_gap, self.abs_gap = rel_gap, abs_gap
        self.seed = seed
        self.X1 = data.X1
        self.X1_norms = data.X1_norms     # the cone rule's margins
        self.lower0, self.upper0 = data.lower, data.upper
        self.best: ReLUNetwork | None = None
        self.best_loss = math.inf
        self.cutoff = math.inf
        self.problem = NodeProblem(self.X1, self.y, self.weights, self.signs, self.W, self.B,
                                   self.output_bias, loss, self.lower0.copy(), self.upper0.copy(),
                                   None, options.relaxation,
                                   options.node_qp if daqp_available() else "highs")
        # node-local bounds: in the LP losses' persistent model (below), and without data
        # symmetries (their lex rule needs equal bounds on every orbit; orbital branching is left
        # as it was measured)
        local = (local_bounds_wanted(options.local_bounds, loss, n, self.k) and not len(data.transpositions)
                 and data.X1.shape[1] <= MAX_WIDTH)
        # the LP losses only: HiGHS 1.16's QP solver re-run on this model fails now and then
        # ("claims optimality" with 1e-7 infeasibility) and cannot start from a basis anyway
        self.node_solver = (PersistentNodeSolver(self.problem, seed, local_bounds=local)
                            if options.persistent and options.relaxation == "hull" and loss != "squared"
                            else None)
        self.local_bounds = local and self.node_solver is not None
        self.problem.convexity = data.convexity
        # the squared loss: its node QPs are built afresh, but the check of DAQP's "infeasible"
        # (an LP over the node's polytope) goes to one warm-started model
        self.polytope = (PersistentNodeSolver(self.problem, seed)
                         if loss == "squared" and options.persistent and options.relaxation == "hull"
                         and not self.output_bias else None)
        # ... and so do its node QPs, in one DAQP model (milp_relu.branch_and_bound_qp)
        self.node_qp = (PersistentQpNodeSolver(self.polytope, seed)
                        if self.polytope is not None and self.problem.qp_solver == "daqp" else None)
        self.propagated = 0
        self.interrupted = False
        #: the search whose part this one searches (milp_relu.subset_bounds): its Ctrl-C stops this one
        self.parent: _Search | None = None
        # stacked (T, n): point_orbit compares all permuted states at once
        self.transpositions = data.transpositions
        # lexicographic leaders: every rule must then treat the pairs of an orbit alike, so the
        # bounds are made equal on the orbits now and after every change (symmetrize_bounds)
        self.lex = (LexLeader.build(self.transpositions, self.signs, units=options.symmetry,
                                    order=data.point_order)
                    if data.point_order is not None else None)
        if self.lex is not None:
            self.lower0, self.upper0 = self.lex.symmetrize(self.lower0, self.upper0)
            self.problem.lower, self.problem.upper = self.lower0.copy(), self.upper0.copy()

    def solve_node(self, state: np.ndarray, time_limit: float | None, warm: object | None = None,
                   need_bound: bool = True, local: tuple[np.ndarray, np.ndarray] | None = None) -> NodeSolution:
        """The node relaxation's optimum (persistent model, or built afresh); with
        ``need_bound=False`` only its point (a squared node's value is then not a bound).

        Raises KeyboardInterrupt where Ctrl-C was pressed (:meth:`interrupt`) before or during
        the solve: the search runs in the HiGHS worker thread, which Python's signal never
        reaches, and the search handles this as it would the signal itself."""
        if self.stop_requested():
            raise KeyboardInterrupt
        if self.node_solver is not None:
            solution = self.node_solver.solve(state, time_limit, warm, local)
        else:
            # a bound within a quarter of the gap of the QP's value is as good as exact here,
            # and one that cannot reach UB - tol needs no more precision than HiGHS's duals give
            ub = self.ub()
            slack = 0.25 * max(self.abs_gap, self.rel_gap * self.scale())
            discard_at = ub - self.tol(ub) if math.isfinite(ub) else math.inf
            solution = NodeSolution("unknown")
            if self.node_qp is not None and need_bound and self.node_qp.suits(state):
                solution = self.node_qp.solve(state, time_limit, slack, discard_at)
            if solution.status == "unknown":
                solution = solve_node(self.problem, state, time_limit, self.seed, slack, discard_at,
                                      need_bound, self.polytope)
        if self.stop_requested():
            raise KeyboardInterrupt   # a cancelled solve's answer is not used
        return solution

    def stop_requested(self) -> bool:
        """Ctrl-C reached this search, or the split whose part it searches (:attr:`parent`)."""
        return self.interrupted or (self.parent is not None and self.parent.stop_requested())

    def interrupt(self) -> None:
        """Ctrl-C, from the main thread: stop at the next node solve, cancel the running one (a
        persistent node model cancels only above ``INTERRUPTIBLE_PAIRS``; smaller ones finish
        their LP in milliseconds)."""
        self.interrupted = True
        highs = None if self.node_solver is None else self.node_solver._highs
        if highs is not None:
            highs.cancelSolve()

    # -- incumbent ---------------------------------------------------------------------------
    def ub(self) -> float:
        return min(self.best_loss, self.cutoff)

    def scale(self) -> float:
        """The loss's scale for relative slack: the incumbent's loss, or the loss of f = 0."""
        ub = self.ub()
        return abs(ub) if math.isfinite(ub) else self.zero_loss

    def tol(self, value: float) -> float:
        return max(self.abs_gap, self.rel_gap * abs(value)) if math.isfinite(value) else 0.0

    def _loss_of(self, W: np.ndarray, b: np.ndarray, c: float) -> float:
        """The float64 loss on the data, from scratch (as ``ReLUNetwork.predict``), of the
        split's network with parameters W, b, c."""
        predictions = np.maximum(self.X @ W.T + b, 0.0) @ self.signs + c
        return self.loss_object.evaluate(predictions - self.y, self.weights).value

    def offer(self, network: ReLUNetwork) -> float:
        """Clip into the boxes, evaluate in float64, keep if better; returns its loss."""
        return self._offer(np.clip(network.W, -self.W, self.W), np.clip(network.b, -self.B, self.B),
                           float(network.c) if self.output_bias else 0.0)

    def offer_theta(self, theta: np.ndarray) -> float:
        """:meth:`offer` of the network of a node's theta (a network is built only if it is kept)."""
        width = self.X1.shape[1]
        params = theta[:self.k * width].reshape(self.k, width)
        return self._offer(np.clip(params[:, :-1], -self.W, self.W), np.clip(params[:, -1], -self.B, self.B),
                           float(theta[self.k * width]) if self.output_bias else 0.0)

    def _offer(self, W: np.ndarray, b: np.ndarray, c: float) -> float:
        """Evaluate the clipped parameters (fresh float64 arrays) and keep them if better.

        The signs are the split's (checked once), so a kept network is built by
        :meth:`_network`; a parameter that is not finite goes to the checked constructor,
        which refuses it."""
        if not (np.isfinite(W).all() and np.isfinite(b).all() and math.isfinite(c)):
            self._network(W, b, c)
        value = self._loss_of(W, b, c)
        if value < self.best_loss:
            improved = value < self.ub()
            self.best, self.best_loss = self._network(W, b, c), value
            if improved:
                self.retighten()
        return value

    def retighten(self) -> None:
        """Residual radius and pre-activation bounds implied by UB (valid for improving networks)."""
        ub = self.ub()
        if not math.isfinite(ub):
            return
        radius = residual_radius(self.weights, self.loss, ub)
        if self.options.radius_rows:
            self.problem.radius = radius
        if self.options.incumbent_bounds and not self.output_bias:
            tight = sign_pure_unit_bounds(self.y, radius, tuple(self.signs), self.lower0, self.upper0)
            if tight is not None:
                # the bounds already held stay valid (UB only decreases): intersect
                self.problem.lower = np.maximum(self.problem.lower, tight[0])
                self.problem.upper = np.minimum(self.problem.upper, tight[1])
                self.symmetrize_bounds()

    def symmetrize_bounds(self) -> None:
        """Equal bounds on every orbit of pairs where the lex rule is on (a no-op otherwise)."""
        if self.lex is not None:
            self.problem.lower, self.problem.upper = self.lex.symmetrize(self.problem.lower, self.problem.upper)

    def network_of(self, theta: np.ndarray) -> ReLUNetwork:
        width = self.X1.shape[1]
        params = theta[:self.k * width].reshape(self.k, width)
        c = float(theta[self.k * width]) if self.output_bias else 0.0
        return self._network(params[:, :-1].copy(), params[:, -1].copy(), c)

    def _network(self, W: np.ndarray, b: np.ndarray, c: float) -> ReLUNetwork:
        """A network of the split's signs from fresh float64 arrays: built without re-validation
        (:meth:`ReLUNetwork.from_checked`) unless a parameter is not finite, which the checked
        constructor then refuses."""
        if np.isfinite(W).all() and np.isfinite(b).all() and math.isfinite(c):
            return ReLUNetwork.from_checked(W, b, self.signs.copy(), c)
        return ReLUNetwork(W, b, self.signs.copy(), c)

    # -- branching ---------------------------------------------------------------------------
    def _impact(self, state: np.ndarray, P: np.ndarray, h: np.ndarray, theta: np.ndarray,
                gap: np.ndarray) -> np.ndarray:
        """How much point i's loss term changes when h_ij is pulled down to max(0, p_ij)."""
        g = np.where(state == ON, P, np.where(state == FREE, h, 0.0))
        width = self.X1.shape[1]
        r = g @ self.signs + (theta[self.k * width] if self.output_bias else 0.0) - self.y
        moved = r[:, None] - self.signs[None, :] * gap
        if self.loss == "squared":
            change = moved ** 2 - (r ** 2)[:, None]
        else:
            change = np.abs(moved) - np.abs(r)[:, None]
        weights = self.term_weights[:, None]
        return np.abs(change) * weights + 1e-3 * gap * weights

    def _product(self, P: np.ndarray, h: np.ndarray, free: np.ndarray) -> np.ndarray:
        """The "product" score: how far each child's rows are from the node's relaxed point.

        The OFF child needs h_ij = 0 (it moves f_i by h_ij), the ON child h_ij = p_ij (by
        h_ij - p_ij); both weighted by the point's loss weight. Their product favours pairs
        where both children must move (as in MIP's product score, without pseudocosts: learned
        per-pair costs grew the trees on planted L1). A side that needs no move counts as 1e-6
        of the largest move at the node, so the other side still orders such pairs, and the
        score does not depend on the units of y. Measured against "impact" on 22 fits (planted L1
        (35, 2, 2) and (25, 3, 2) seeds 0-7, (30, 5, 2) seeds 0-2, (25, 2, 3), real data L1, max
        loss (40, 3, 2)): fewer nodes on 20 (median -11%, from +21% to -37%), a node costs about
        6% more, time median -18%. On the squared loss it is the better rule from d = 3 on (an
        earlier measurement of 7 squared fits, before the node QPs shared a workspace, found
        neither better), see :func:`auto_branching`."""
        weights = self.term_weights[:, None]
        off_move = np.where(free, weights * np.maximum(h, 0.0), 0.0)
        on_move = np.where(free, weights * np.maximum(h - P, 0.0), 0.0)
        floor = 1e-6 * max(float(off_move.max(initial=0.0)), float(on_move.max(initial=0.0)), np.finfo(float).tiny)
        return np.maximum(off_move, floor) * np.maximum(on_move, floor)

    def branch_candidates(self, state: np.ndarray, theta: np.ndarray, h: np.ndarray,
                          count: int) -> list[tuple[int, int]]:
        width = self.X1.shape[1]
        P = self.X1 @ theta[:self.k * width].reshape(self.k, width).T      # (n, k)
        free = state == FREE
        if self.options.relaxation == "hull":
            h = np.where(np.isnan(h), 0.0, h)       # NaN off the FREE pairs (finite on them)
            if self.branching == "product":
                score = self._product(P, h, free)
            else:
                gap = np.maximum(h - np.maximum(P, 0.0), 0.0)
                if self.branching == "impact":
                    score = self._impact(state, P, h, theta, gap)
                else:
                    score = gap * self.weights[:, None]
            score = np.where(free, score + 1e-12, -np.inf)
        else:
            f = np.maximum(P, 0.0) @ self.signs + (theta[-1] if self.output_bias else 0.0)
            r = np.abs(f - self.y) * self.term_weights
            score = np.where(free, r[:, None] + 1e-12, -np.inf)
        order = np.argsort(-score, axis=None, kind="stable")[:count]
        picks = [tuple(int(v) for v in np.unravel_index(int(q), score.shape)) for q in order]
        return [(i, j) for i, j in picks if state[i, j] == FREE] or picks[:1]


def _aligned(network: ReLUNetwork | None, signs: np.ndarray) -> ReLUNetwork | None:
    """``network`` with its units reordered so that its output signs read ``signs``; None if it
    belongs to another split (or is None)."""
    if network is None or network.k != signs.size:
        return None
    order = np.argsort(-np.asarray(network.s), kind="stable")      # + units first, as ``signs``
    target = np.argsort(-signs, kind="stable")
    if not np.array_equal(np.asarray(network.s)[order], signs[target]):
        return None
    perm = np.empty(signs.size, dtype=int)
    perm[target] = order
    return ReLUNetwork(network.W[perm].copy(), network.b[perm].copy(), signs.copy(), float(network.c))


def solve_split_bnb(X: np.ndarray, y: np.ndarray, loss: str, signs, weight_bound: float,
                    bias_bound: float, output_bias: bool = False, sample_weight: np.ndarray | None = None,
                    incumbent: ReLUNetwork | None = None, cutoff: float = math.inf,
                    deadline: float | None = None, rel_gap: float = 1e-6, abs_gap: float = 1e-6,
                    seed: int = 0, options: BnBOptions | None = None,
                    node_limit: int | None = None, prepared: SearchData | None = None) -> SplitResult:
    """Certified optimum of one sign split by branch and bound over activation states.

    Parameters
    ----------
    X, y : arrays (n, d), (n,)
    loss : {"squared", "absolute", "max"}
    signs : sequence of +/-1, length k
    weight_bound, bias_bound : float
        The boxes |W| <= weight_bound, |b| <= bias_bound.
    output_bias : bool
        A free output bias c.
    sample_weight : array (n,), optional
        omega_i > 0 (ignored by the max loss).
    incumbent : ReLUNetwork, optional
        A network of this split (the same multiset of output signs; its units are reordered to
        match ``signs``, a network of another split is ignored); it is re-evaluated here.
    cutoff : float
        Only networks with loss below ``cutoff`` are of interest (e.g. another split's loss).
    deadline : float, optional
        ``time.perf_counter()`` value at which to stop with status "time_limit".
    rel_gap, abs_gap : float
        A node is discarded when its bound is within max(abs_gap, rel_gap |UB|) of UB.
    seed : int
        HiGHS random seed.
    options : BnBOptions, optional
    node_limit : int, optional
        Stop with status "node_limit" (the bound so far, the best network, and ``resume`` to
        go on with :func:`resume_split_bnb`) once this many node problems are solved: a probe
        of the split (:func:`milp_relu.engine.schedule.solve_splits`).
    prepared : SearchData, optional
        :func:`prepare_search` of this X, y, sample_weight, k, boxes and options, shared by the
        splits of one fit (computed here if None).

    Returns
    -------
    SplitResult
    """
    started = time.perf_counter()
    search = _new_search(X, y, loss, signs, weight_bound, bias_bound, output_bias, sample_weight, rel_gap,
                         abs_gap, seed, options, prepared)
    search.cutoff = float(cutoff)
    # the whole search in the HiGHS worker thread: its node solves need no thread hop each
    return small_solves.run(_solve_search, search, incumbent, deadline, started, node_limit,
                            interrupt=search.interrupt)


def _new_search(X, y, loss: str, signs, weight_bound: float, bias_bound: float, output_bias: bool,
                sample_weight: np.ndarray | None, rel_gap: float, abs_gap: float, seed: int,
                options: BnBOptions | None, prepared: SearchData | None = None) -> _Search:
    """The :class:`_Search` of :func:`solve_split_bnb`'s arguments (``prepared`` checked)."""
    options = options or BnBOptions()
    if prepared is None:
        prepared = prepare_search(X, y, sample_weight, len(signs), weight_bound, bias_bound, options)
    elif (prepared.options != options or prepared.k != len(signs) or prepared.X.shape != np.shape(X)
          or prepared.weight_bound != float(weight_bound) or prepared.bias_bound != float(bias_bound)):
        raise ValueError("prepared is the SearchData of another problem or other options")
    return _Search(prepared, loss, signs, output_bias, options, rel_gap, abs_gap, seed)


def _solve_search(search: _Search, incumbent: ReLUNetwork | None, deadline: float | None,
                  started: float, node_limit: int | None = None) -> SplitResult:
    """The search of :func:`solve_split_bnb` for a prepared ``search`` (in the worker thread)."""
    options = search.options
    start = _aligned(incumbent, search.signs)
    if start is not None:
        search.offer(start)
    search.retighten()
    if options.root_obbt and math.isfinite(search.ub()) and search.problem.radius is not None:
        budget = 2.0 if deadline is None else max(0.0, min(2.0, 0.2 * (deadline - time.perf_counter())))
        root_bound_tightening(search.problem, budget)
        search.symmetrize_bounds()
    search.problem.subset, subset_nodes = _subset_bounds(search, deadline)
    n, k = search.X.shape[0], search.k
    tree = _Tree(search, deadline)
    tree.node_limit = node_limit
    root = np.full((n, k), FREE, dtype=np.int8)
    # a root left unsolved (deadline, Ctrl-C) keeps the bound that the parts' rows prove
    floor = float(np.sum(search.problem.subset.bounds)) if search.problem.subset is not None else 0.0
    interrupted = False
    if deadline is not None and time.perf_counter() >= deadline:
        tree.timed_out = True
        tree.push(_Node(floor, next(tree.counter), root, None))
    else:
        try:
            tree.push(tree.evaluate(root, None, 0.0))
        except KeyboardInterrupt:       # Ctrl-C during the parts' searches or the root's LP
            tree.push(_Node(floor, next(tree.counter), root, None))
            interrupted = True
    interrupted = interrupted or _search(tree, search, deadline)
    result = _result(search, tree, interrupted, started)
    # the node problems of the parts' searches are this split's work too
    return replace(result, nodes=result.nodes + subset_nodes)


def _subset_bounds(search: _Search, deadline: float | None) -> tuple[SubsetBounds | None, int]:
    """The rows of :mod:`milp_relu.subset_bounds` for this split, or None (off, or a node
    problem without the persistent LP model), and the node problems the parts' searches solved:
    each part searched on its own, with the split's
    signs, boxes, tolerances and options (without the rows), the split's incumbent as its start
    and at most ``SUBSET_NODE_LIMIT`` nodes; the bound it proves (valid wherever it stopped)
    lowered by the search's tolerance, so that HiGHS's round-off in it cannot cut off a network.
    A deadline or Ctrl-C stops the parts' searches with the bounds proved so far (a part's search
    is the child of the split's: its node solves stop when the split's search is interrupted),
    and then the split's own search before its root, which keeps the bound the parts prove.

    The parts' size and when "auto" uses them were measured: :data:`SUBSET_PARAMETER_MULTIPLE
    <milp_relu.subset_bounds.SUBSET_PARAMETER_MULTIPLE>`, :func:`~milp_relu.subset_bounds.subset_parts`
    and docs/design.md, section 3 (planted L1 (100, 5, 2) seed 1: 58,973 nodes and 101.9 s without
    the rows, 33,534 and 59.6 s with two parts of 50 points, two fits at a time)."""
    n = search.X.shape[0]
    parts = subset_parts(search.options.subset_bounds, search.loss, n, search.signs, search.X.shape[1])
    if not parts or search.node_solver is None:
        return None, 0
    # the parts are searched as the split is (with its local bounds or without them)
    options = replace(search.options, subset_bounds="off", local_bounds="on" if search.local_bounds else "off")
    groups, bounds, nodes = [], [], 0
    for group in partition(n, parts, search.seed):
        if search.stop_requested() or (deadline is not None and time.perf_counter() >= deadline):
            break
        part_search = _new_search(search.X[group], search.y[group], search.loss, search.signs, search.W,
                                  search.B, search.output_bias, search.weights[group], search.rel_gap,
                                  search.abs_gap, search.seed, options)
        part_search.parent = search          # Ctrl-C on the split stops the part's search too
        # (already in the worker thread, where solve_split_bnb would run it)
        part = _solve_search(part_search, search.best, deadline, time.perf_counter(), SUBSET_NODE_LIMIT)
        nodes += part.nodes
        if part.network is not None:
            # a network of the split (its signs and boxes), often a good one on all the points:
            # an interrupted or timed-out split then has one to return
            search.offer(part.network)
        bound = part.lower_bound - search.tol(part.lower_bound)
        if math.isfinite(bound) and bound > 0.0:
            groups.append(group)
            bounds.append(bound)
    return (SubsetBounds(tuple(groups), np.array(bounds)) if groups else None), nodes


def resume_split_bnb(suspended: SuspendedSearch, cutoff: float = math.inf, deadline: float | None = None,
                     node_limit: int | None = None) -> SplitResult:
    """Go on with a search that stopped at its node limit, now with ``cutoff`` (the lower of it
    and the old one), ``deadline`` and ``node_limit``; ``nodes``, ``polished`` and
    ``fixed_by_propagation`` of the result count this part only.

    Its open nodes keep the bounds proved under the old cutoff (valid, if weaker); the new
    incumbent bounds and radius rows hold for the nodes solved from now on."""
    started = time.perf_counter()
    return small_solves.run(_resume_search, suspended, float(cutoff), deadline, node_limit, started,
                            interrupt=suspended.search.interrupt)


def _resume_search(suspended: SuspendedSearch, cutoff: float, deadline: float | None,
                   node_limit: int | None, started: float) -> SplitResult:
    search, tree = suspended.search, suspended.tree
    counts = (tree.nodes, tree.polished, search.propagated)
    search.cutoff = min(search.cutoff, cutoff)
    search.retighten()
    tree.deadline, tree.node_limit = deadline, None if node_limit is None else tree.nodes + node_limit
    tree.timed_out = tree.node_limited = False
    interrupted = _search(tree, search, deadline)
    return _result(search, tree, interrupted, started, counts)


def _result(search: _Search, tree: "_Tree", interrupted: bool, started: float,
            counts: tuple[int, int, int] = (0, 0, 0)) -> SplitResult:
    """The split's answer from a search that stopped (``counts``: the nodes, polishes and
    propagated pairs of earlier parts, not reported again)."""
    open_floor = min((node.bound for node in tree.heap), default=math.inf)
    # capped at UB: bounds proved under the radius rows and incumbent bounds only say
    # "min(node optimum, UB)" (those rows hold for the networks that can still improve)
    lower = min(tree.closed_floor, open_floor, search.ub())
    if interrupted:
        status = "interrupted"
    elif tree.node_limited and tree.heap:
        status = "node_limit"
    elif tree.timed_out or (tree.inexact and lower < search.ub() - search.tol(search.ub())):
        # a leaf HiGHS did not solve exactly was closed at its proven bound: it withholds the
        # claim only where that bound is what keeps the split's bound below UB
        status = "time_limit"
    elif search.best_loss < search.cutoff - search.tol(search.cutoff):
        status = "optimal"
    else:
        status = "cutoff" if math.isfinite(search.cutoff) else "optimal"
    # a tree stopped by its node limit or its deadline keeps its open nodes: a later call of
    # resume_split_bnb goes on from them (a deadline may be a split's share of the fit's time)
    resumable = status == "node_limit" or (status == "time_limit" and tree.timed_out and not interrupted)
    return SplitResult(search.best, search.best_loss, lower, tree.nodes - counts[0], status,
                       time.perf_counter() - started, search.propagated - counts[2], tree.polished - counts[1],
                       SuspendedSearch(search, tree) if resumable else None)


def _search(tree: "_Tree", search: _Search, deadline: float | None) -> bool:
    """Best-first search until the heap is empty or the deadline; True if Ctrl-C stopped it.

    A node being branched when Ctrl-C arrives goes back on the heap, so the minimum over the
    open nodes stays a valid lower bound of everything not yet discarded."""
    node = None
    try:
        while tree.heap:
            if deadline is not None and time.perf_counter() >= deadline:
                tree.timed_out = True
                break
            if tree.node_limit is not None and tree.nodes >= tree.node_limit:
                tree.node_limited = True
                break
            node = heapq.heappop(tree.heap)
            ub = search.ub()
            if node.bound >= ub - search.tol(ub):
                tree.close(node.bound)
                node = None
                continue
            for child in tree.branch(node):
                tree.push(child)
            node = None
    except KeyboardInterrupt:
        if node is not None:
            heapq.heappush(tree.heap, node)
        return True
    return False


def local_bounds(state: np.ndarray, X1: np.ndarray, norms: np.ndarray, polytopes: tuple[UnitPolytope, ...],
                 lower: np.ndarray, upper: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The node's own pre-activation bounds (L', U') within the search's (``lower``, ``upper``),
    from its units' polytopes (:meth:`UnitPolytope.within`); FREE pairs they decide are fixed in
    ``state`` (in place).

    A pair whose least value over the polytope is at least ``-1e-10 (1 + |v_i|) |B|`` is ON (v_i
    lies in the cone of the unit's decided generators up to that: the cone rule, with the
    tolerance of its nnls test), one whose largest is at most that OFF; L' and U' are the
    polytope's bounds widened by the margin of :meth:`UnitPolytope.bounds`."""
    L, U = np.empty_like(lower), np.empty_like(upper)
    for j, polytope in enumerate(polytopes):
        L[:, j], U[:, j], on, off = polytope.within(X1, norms, lower, upper, j)
        free = state[:, j] == FREE
        state[free & on, j] = ON
        state[free & off, j] = OFF
    return L, U


@dataclass(order=True)
class _Node:
    bound: float
    order: int
    state: np.ndarray = field(compare=False)
    solution: NodeSolution | None = field(compare=False, default=None)
    separators: np.ndarray | None = field(compare=False, default=None)   # the cone rule's certificates
    polytopes: tuple[UnitPolytope, ...] | None = field(compare=False, default=None)  # the units' (local bounds)


class _Tree:
    """Open nodes (a heap on the bound), the floor of the discarded ones and the node count."""

    def __init__(self, search: _Search, deadline: float | None) -> None:
        self.search = search
        self.deadline = deadline
        self.heap: list[_Node] = []
        self.closed_floor = math.inf
        self.nodes = 0
        self.timed_out = False
        self.node_limit: int | None = None
        self.node_limited = False
        self.inexact = False
        self.polished = 0
        self.polish_improved = 0
        self.seen: set[bytes] = set()
        self.counter = itertools.count()

    def close(self, bound: float) -> None:
        self.closed_floor = min(self.closed_floor, bound)

    def push(self, node: _Node | None) -> None:
        if node is not None:
            heapq.heappush(self.heap, node)

    def evaluate(self, state: np.ndarray, touched: list[int] | None, bound: float,
                 separators: np.ndarray | None = None, warm: object | None = None,
                 parent: _Node | None = None, halves: dict | None = None) -> _Node | None:
        """Propagate and solve a node; None if it is discarded (its floor recorded).

        ``separators``: the parent's cone-rule certificates (copied here, updated for this node);
        ``warm``: the parent's LP basis; ``parent``: the node it was made from (its units'
        polytopes, where the search uses local bounds; ``halves``: the cuts already made of
        them, shared by siblings, see :meth:`cut_polytopes`)."""
        search, options = self.search, self.search.options
        # the local bounds decide every pair the cone rule would (local_bounds), so it is left out
        geometry = options.geometry and not search.local_bounds
        if geometry:
            separators = (new_separators(*state.shape, search.X1.shape[1]) if separators is None
                          else separators.copy())
        before = state.copy()
        if search.lex is not None and not search.lex.propagate(state):
            return None     # no lexicographic leader: every network here has an image elsewhere
        fix_by_bounds(state, search.problem.lower, search.problem.upper)
        if geometry:
            # the parent was propagated already: only units changed since then can fire
            changed = set(np.flatnonzero((before != state).any(axis=0)).tolist())
            units = None if touched is None else sorted(changed.union(touched))
            search.propagated += propagate_geometry(state, search.X1, units, separators, search.X1_norms)
        if search.lex is not None and not search.lex.propagate(state):
            return None
        local, polytopes = None, None
        if search.local_bounds:
            polytopes = self.cut_polytopes(parent, state, {} if halves is None else halves)
            free_before = int((state == FREE).sum())
            local = local_bounds(state, search.X1, search.X1_norms, polytopes,
                                 search.problem.lower, search.problem.upper)
            search.propagated += free_before - int((state == FREE).sum())
        remaining = None if self.deadline is None else self.deadline - time.perf_counter()
        sol = search.solve_node(state, remaining, warm, local=local)
        self.nodes += 1
        if sol.status == "infeasible":
            # no network of the node (none better than UB, when the radius rows are on)
            self.close(search.ub() if search.problem.radius is not None else math.inf)
            return None
        if sol.status != "optimal":
            if not (state == FREE).any():
                # a leaf whose convex problem HiGHS did not solve: its bound stays, exactness goes
                self.inexact = True
                self.close(bound)
                return None
            return _Node(bound, next(self.counter), state, None, separators, polytopes)
        bound = max(bound, sol.value)
        ub = search.ub()
        if bound >= ub - search.tol(ub):
            # its network's loss is at least the bound: it cannot beat UB by more than the gap
            self.close(bound)
            return None
        value = search.offer_theta(sol.theta)
        ub = search.ub()
        if bound >= ub - search.tol(ub) or value <= bound + search.tol(bound):
            self.close(bound)
            return None
        open_pairs = bool((state == FREE).any())
        if (search.options.polish and open_pairs and value <= 1.25 * ub
                and self.polished < POLISH_FREE * (1 + self.polish_improved) + POLISH_SHARE * self.nodes):
            self.polish(search.network_of(sol.theta))
        if not open_pairs:
            # a leaf whose network does not reach the QP's value: HiGHS's tolerances
            self.inexact = True
            self.close(bound)
            return None
        return _Node(bound, next(self.counter), state, sol, separators, polytopes)

    def root_polytopes(self) -> tuple[UnitPolytope, ...]:
        """Each unit's box, the polytope of the root (and of a node with none recorded)."""
        hi = self.search.problem.theta_box[1]
        width, k = self.search.X1.shape[1], self.search.k
        return tuple(UnitPolytope.from_box(hi[j * width:(j + 1) * width]) for j in range(k))

    def cut_polytopes(self, parent: _Node | None, state: np.ndarray,
                      halves: dict[tuple[int, int], tuple[UnitPolytope, UnitPolytope]]) -> tuple[UnitPolytope, ...]:
        """The units' polytopes of a node whose (propagated) ``state`` was made from ``parent``'s:
        the parent's (the box's at the root), cut by sigma v_i . theta >= 0 for every pair that
        ``state`` decides and the parent's does not. The parent's own decisions are in its
        polytopes already, or implied by them (the pairs its local bounds decided), so every
        decided pair's halfspace holds the node's polytope. ``halves`` keeps each cut made, both
        sides (:meth:`UnitPolytope.halves`), for the siblings (the branching pair's cut is theirs
        too)."""
        search = self.search
        if parent is None or parent.polytopes is None:
            polytopes = list(self.root_polytopes())
            new = np.nonzero(state != FREE)
        else:
            polytopes = list(parent.polytopes)
            new = np.nonzero(state != parent.state)
        X1 = search.X1
        for i, j in zip(*new):
            polytope = polytopes[j]
            key = (id(polytope), int(i))
            if key not in halves:
                halves[key] = polytope.halves(X1[i])
            polytopes[j] = halves[key][0 if state[i, j] == ON else 1]
        return tuple(polytopes)

    def polish(self, network: ReLUNetwork) -> None:
        """Offer the best network of ``network``'s own activation pattern (a leaf problem)."""
        search = self.search
        pattern = np.where(search.X @ network.W.T + network.b >= 0.0, ON, OFF).astype(np.int8)
        key = pattern.tobytes()
        if key in self.seen:
            return
        self.seen.add(key)
        remaining = None if self.deadline is None else self.deadline - time.perf_counter()
        sol = search.solve_node(pattern, remaining, need_bound=False)   # its network only
        self.polished += 1
        if sol.status == "optimal":
            before = search.best_loss
            search.offer(search.network_of(sol.theta))
            # an improvement within the gap (a rounding of the same optimum) earns no budget
            self.polish_improved += search.best_loss < before - search.tol(before)

    def split(self, node: _Node, i: int, j: int) -> list[_Node | None]:
        search = self.search
        state = node.state
        warm = None if node.solution is None else node.solution.basis
        if search.lex is not None:
            return [self.evaluate(child, [j], node.bound, node.separators, warm) for child in children(state, i, [j])]
        if len(search.transpositions):
            orbit = point_orbit(state, search.transpositions, i)
            if len(orbit) > 1:
                return [self.evaluate(child, [j], node.bound, node.separators, warm)
                        for child in orbital_children(state, i, j, orbit)]
        units = symmetric_class(state, search.signs, j) if search.options.symmetry else [j]
        units = [u for u in units if state[i, u] == FREE]
        halves: dict = {}
        return [self.evaluate(child, units, node.bound, node.separators, warm, node, halves)
                for child in children(state, i, units)]

    def branch(self, node: _Node) -> list[_Node | None]:
        search = self.search
        if node.solution is None:
            # its relaxation was not solved (a deadline stopped the tree first): solve it now, so
            # that it is bounded, offers its network and is branched by the rule like any other
            solved = self.evaluate(node.state.copy(), None, node.bound, node.separators, None, node)
            if solved is None:
                return []
            node = solved
        state = node.state
        pair = None if search.lex is None else search.lex.branching_pair(state)
        if pair is not None:
            return self.split(node, *pair)
        if node.solution is None:
            # solved again without an answer (the deadline again): its first open pair
            i = int(np.flatnonzero((state == FREE).any(axis=1))[0])
            return self.split(node, i, int(np.flatnonzero(state[i] == FREE)[0]))
        candidates = search.branch_candidates(state, node.solution.theta, node.solution.h,
                                              max(search.options.strong, 1))
        if len(candidates) == 1:
            return self.split(node, *candidates[0])
        best, best_score = None, -math.inf
        for i, j in candidates:
            kids = self.split(node, i, j)
            score = min((kid.bound for kid in kids if kid is not None), default=math.inf)
            if score > best_score:
                best, best_score = kids, score
            if score == math.inf:
                break
        return best
