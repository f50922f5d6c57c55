"""The polytope of one unit's parameters at a search node, by its vertices (double description).

At a node of :mod:`milp_relu.branch_and_bound` unit j's parameters theta = (w_j, b_j) lie in

    P_j = {theta : -B <= theta <= B,  sigma_a v_a . theta >= 0 for the pairs (a, j) branched on},

v_a = (x_a, 1), sigma_a = +1 (ON) or -1 (OFF), B the box of the search. So for every network of
the node min and max of v_i . theta over P_j bound the pre-activation p_ij: node-local bounds,
at least as tight as the box's (the triangle relaxation over them is tighter), and
``min >= 0`` (``max <= 0``) says that v_i lies in the cone of the decided generators, the cone
rule of :mod:`milp_relu.branch_and_bound_propagation`, whose generators are the same halfspaces.
A linear function's extremes over a polytope are attained at vertices, so with the vertex list
every point's bounds are one matrix product.

A child adds one halfspace a . theta >= 0 (through the origin) to its parent's polytope, and its
vertices follow from the parent's by one step of the double description method (Motzkin et al.
1953; Fukuda and Prodon 1996): the vertices with a . v >= 0 stay, and every edge (p, q) of P
with a . p > 0 > a . q gives the new vertex where it crosses the hyperplane. Edges are found by
the combinatorial test: p and q are adjacent exactly when no third vertex is tight on every
constraint that both are tight on (the least face holding p and q then has two vertices), with
the necessary count of at least ``width - 1`` common tight constraints checked first. Tight sets
are kept as bit sets, the box's 2 width constraints first, then the cuts in order; a new vertex
is tight on its edge's common set and the new cut, by construction, not by a tolerance.

Floating point. A vertex whose value a . v lies within ``1e-12 |a| |B|`` of zero is taken to lie
on the new hyperplane (it stays, tight on the cut). Vertices are convex combinations of two
earlier ones, so their rounding grows with the depth by about one unit in the last place a
cut; :meth:`UnitPolytope.bounds` widens every bound by a margin far above that.

References
----------
T. S. Motzkin, H. Raiffa, G. L. Thompson and R. M. Thrall, "The double description method",
Contributions to the Theory of Games II, 1953.
K. Fukuda and A. Prodon, "Double description method revisited", Combinatorics and Computer
Science, LNCS 1120, 1996.
"""
from __future__ import annotations

import itertools
import math

import numpy as np

#: Widest parameter vector (inputs plus bias) whose box, 2^width vertices, starts a polytope.
MAX_WIDTH = 8

#: A polytope with more vertices than this is not cut further (its subtree keeps its bounds).
MAX_VERTICES = 4000

_WORD = 64


class UnitPolytope:
    """Vertices and tight sets of {theta in [-B, B] : a_c . theta >= 0 for the cuts a_c}.

    Immutable: :meth:`cut` and :meth:`halves` return new polytopes (a parent's is shared by its
    children). A polytope serves one search: :meth:`bounds` and :meth:`within` keep their answer
    for the search's points.

    Parameters
    ----------
    vertices : (m, width) float64
    tight : (m, words) uint64, bit c set where vertex is tight on constraint c (the box's
        upper sides 0..width-1, lower sides width..2 width - 1, then the cuts)
    box : (width,) float64, the half-widths B
    num_constraints : int
    """

    __slots__ = ("vertices", "tight", "box", "box_norm", "num_constraints", "_bounds", "_within")

    def __init__(self, vertices: np.ndarray, tight: np.ndarray, box: np.ndarray, num_constraints: int) -> None:
        self.vertices = vertices
        self.tight = tight
        self.box = box
        self.box_norm = math.sqrt(float(box @ box))
        self.num_constraints = num_constraints
        self._bounds: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        self._within: tuple | None = None

    @classmethod
    def from_box(cls, box: np.ndarray) -> "UnitPolytope":
        """The box [-B, B] itself: its 2^width corners, each tight on one side per coordinate."""
        box = np.asarray(box, dtype=np.float64)
        width = box.size
        if width > MAX_WIDTH:
            raise ValueError(f"a box of width {width} has too many corners (at most {MAX_WIDTH})")
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=width)))
        vertices = signs * box
        # upper side c (bit c) where the sign is +, lower side (bit width + c) where it is -
        bits = np.where(signs > 0, np.arange(width), width + np.arange(width)).astype(np.uint64)
        tight = np.zeros((vertices.shape[0], _words(2 * width)), dtype=np.uint64)
        np.bitwise_or.reduce(np.left_shift(np.uint64(1), bits), axis=1, out=tight[:, 0])
        return cls(vertices, tight, box, 2 * width)

    @property
    def width(self) -> int:
        return self.box.size

    def cut(self, a: np.ndarray) -> "UnitPolytope":
        """The polytope with the halfspace ``a . theta >= 0`` added (one double description step)."""
        return self.halves(a)[0]

    def halves(self, a: np.ndarray) -> tuple["UnitPolytope", "UnitPolytope"]:
        """The polytope cut by ``a . theta >= 0`` and by ``a . theta <= 0``: the two children of
        a branching, from one step (the edges that cross the hyperplane, and the points where
        they cross it, are the same for both sides)."""
        V, Z = self.vertices, self.tight
        if V.shape[0] > MAX_VERTICES:
            return self, self                 # too large to cut (a superset: its bounds stay valid)
        a = np.asarray(a, dtype=np.float64)
        s = V @ a
        tol = 1e-12 * math.sqrt(float(a @ a)) * self.box_norm
        pos, neg = s > tol, s < -tol
        has_pos, has_neg = bool(pos.any()), bool(neg.any())
        c = self.num_constraints
        words = _words(c + 1)
        if words > Z.shape[1]:
            Z = np.concatenate([Z, np.zeros((Z.shape[0], words - Z.shape[1]), dtype=np.uint64)], axis=1)
        word, bit = c // _WORD, np.uint64(1) << np.uint64(c % _WORD)
        new_v, new_z = np.empty((0, V.shape[1])), np.empty((0, Z.shape[1]), dtype=np.uint64)
        if has_pos and has_neg:
            p_idx, q_idx = np.flatnonzero(pos), np.flatnonzero(neg)
            pp, qq, cand, holds = _edge_candidates(Z, p_idx, q_idx, self.width - 1)
            edge = holds == 2
            pp, qq, cand = p_idx[pp[edge]], q_idx[qq[edge]], cand[edge]
            sp, sq = s[pp], s[qq]
            t = (sp / (sp - sq))[:, None]
            new_v = V[pp] + t * (V[qq] - V[pp])
            new_z = cand.copy()
            new_z[:, word] |= bit

        def side(drop: np.ndarray, other: bool) -> UnitPolytope:
            if not other:
                return self                   # the halfspace holds the polytope: nothing changes
            keep = ~drop
            kept_z = Z[keep].copy()
            kept_z[~(pos | neg)[keep], word] |= bit           # the vertices on the hyperplane
            return UnitPolytope(np.concatenate([V[keep], new_v]), np.concatenate([kept_z, new_z]),
                                self.box, c + 1)

        return side(neg, has_neg), side(pos, has_pos)

    def bounds(self, V1: np.ndarray, norms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(lo, hi, lo_raw, hi_raw) of v . theta over the polytope for the rows v of ``V1``.

        ``lo_raw``, ``hi_raw``: the extremes over the vertices; ``lo``, ``hi`` widened by
        ``1e-9 (1 + |v| |B|)`` (``norms``: the rows' norms), the bounds to rely on. Computed once
        per polytope (a search passes the same points every time; children share the polytopes
        of the units they do not cut); read-only arrays."""
        if self._bounds is None:
            values = V1 @ self.vertices.T
            lo_raw, hi_raw = values.min(axis=1), values.max(axis=1)
            margin = 1e-9 * (1.0 + norms * self.box_norm)
            out = (lo_raw - margin, hi_raw + margin, lo_raw, hi_raw)
            for a in out:
                a.flags.writeable = False
            self._bounds = out
        return self._bounds

    def within(self, V1: np.ndarray, norms: np.ndarray, lower: np.ndarray, upper: np.ndarray,
               column: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(L, U, on, off) for unit ``column`` of the search's bounds ``lower``, ``upper`` (n, k):
        :meth:`bounds` intersected with them, and the points whose pre-activation the polytope
        decides: ``on`` where its least value is at least ``-1e-10 (1 + |v| |B|)``, ``off`` (not
        ``on``) where its largest is at most that. Kept for the last ``lower``, ``upper`` passed
        (the same arrays until the search tightens them), read-only."""
        cached = self._within
        if cached is not None and cached[0] is lower and cached[1] is upper and cached[2] == column:
            return cached[3]
        lo, hi, lo_raw, hi_raw = self.bounds(V1, norms)
        accept = 1e-10 * (1.0 + norms * self.box_norm)
        on = lo_raw >= -accept
        out = (np.maximum(lower[:, column], lo), np.minimum(upper[:, column], hi), on, ~on & (hi_raw <= accept))
        for a in out:
            a.flags.writeable = False
        self._within = (lower, upper, column, out)
        return out


def _edge_candidates(Z: np.ndarray, p_idx: np.ndarray, q_idx: np.ndarray, least: int):
    """Pairs (p, q) of ``p_idx`` x ``q_idx`` tight together on at least ``least`` constraints:
    their positions, common tight sets (C, words), and for each the count of vertices tight on
    all of that set (2, p and q alone, for an edge). One word is the common case (at most 64
    constraints), without the words axis."""
    if Z.shape[1] == 1:
        z = Z[:, 0]
        common = z[p_idx][:, None] & z[q_idx][None, :]                    # (P, N)
        pp, qq = np.nonzero(np.bitwise_count(common) >= least)
        cand = common[pp, qq]
        holds = np.count_nonzero((cand[:, None] & ~z[None, :]) == 0, axis=1)
        return pp, qq, cand[:, None], holds
    common = Z[p_idx][:, None, :] & Z[q_idx][None, :, :]                  # (P, N, words)
    pp, qq = np.nonzero(np.bitwise_count(common).sum(axis=2, dtype=np.int64) >= least)
    cand = common[pp, qq]                                                  # (C, words)
    holds = ((cand[:, None, :] & ~Z[None, :, :]) == 0).all(axis=2).sum(axis=1)
    return pp, qq, cand, holds


def _words(bits: int) -> int:
    return (bits + _WORD - 1) // _WORD
