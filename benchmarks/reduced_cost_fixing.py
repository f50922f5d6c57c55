"""How many pairs reduced-cost fixing could decide in the L1 search's node LPs (it decides none).

    python benchmarks/reduced_cost_fixing.py                       # the three instances below
    python benchmarks/reduced_cost_fixing.py --n 30 --seed 0

Reduced-cost fixing in the persistent node LP of :mod:`milp_relu.branch_and_bound_relaxation`:
for any row multipliers y, with z = c - A'y, every point x of the node's polytope has

    c . x = sum_r y_r (A_r x) + sum_c z_c x_c >= D,

D the float64 dual bound of :func:`milp_relu.backends.highs.dual_lower_bound` (each term at its
worst side). A network of the node with pair (i, j) ON has h_ij = p_ij in [0, U_ij]; its pair's
three terms (the rows h - p >= 0 and the chord h - s p <= -s L, s = U / (U - L), and the column
h) then take the values 0, p (1 - s) and p instead of their worst sides, so its loss is at
least D - T_ij + min over p in [0, U] of (y_chord (1 - s) + z_h) p, T_ij the three terms' part
of D (OFF: h = 0, p in [L, 0], the terms -p, -s p and 0). Where that bound reaches UB - tol for
one state, every network of the node that can still improve has the other state: the pair
could be fixed with no LP solved.

The script watches the search (it changes nothing): after every node LP that leaves the node
open it computes both bounds for every FREE pair and counts the pairs either would fix, and
the FREE pairs whose chord carries a multiplier. On planted L1 (d = 5, k = 2) it counts no
fixable pair: a pair's own terms are zero at the vertex (U, U) or (L, 0) of the triangle that
belongs to each state, unless the LP sits at the other vertex with both of its sides binding,
and p_ij is tied to the rest only through theta, whose reduced costs are zero. Almost no chord
of a FREE pair carries a multiplier (271 of 1,730,968 over every optimal node LP of the three
searches below), so the LPs' values would mostly be the same without the chords; their point
would not (see docs/design.md, section 3). A measurement, not part of the package; it wraps two private methods of the search for
the duration of one fit and restores them.
"""
from __future__ import annotations

import argparse
import contextlib
import math
from dataclasses import dataclass

import numpy as np

import milp_relu
from milp_relu.backends.highs import dual_bound_terms
from milp_relu.branch_and_bound_relaxation import FREE
from milp_relu.generators import generate

INSTANCES = [(30, 0), (50, 1), (40, 2)]     # (n, seed) of planted L1 (n, 5, 2)


def chord_rows(solver) -> np.ndarray:
    """The rows of the chords of the model's open pairs (``solver._chord_pairs``, in order) in a
    :class:`~milp_relu.branch_and_bound_relaxation.PersistentNodeSolver`'s model: after the
    h - p rows and the p rows of the decided pairs."""
    P = solver.problem
    return P.n * P.k + solver._p_pairs.size + np.arange(solver._chord_pairs.size)


def exclusion_bounds(solver, state: np.ndarray, row_dual: np.ndarray):
    """(D, pairs, on_bound, off_bound) at the node ``state`` of the persistent node model
    ``solver`` (a :class:`~milp_relu.branch_and_bound_relaxation.PersistentNodeSolver`) from the
    row multipliers ``row_dual``: D the dual bound, ``pairs`` the flat indices of the model's
    open (chord) pairs, and for each the lower bound on the loss of the node's networks with the
    pair ON, resp. OFF. None where D is -inf (a multiplier asks for an infinite side)."""
    P = solver.problem
    bounds = solver.node_bounds(state)
    if bounds is None:
        return None
    y, z, rows, side = dual_bound_terms(solver._cost, solver._matrix, *bounds, row_dual)
    if not np.all(np.isfinite(side)):
        return None
    D = float(rows.sum() + np.dot(z, side))       # dual_lower_bound's sum
    pairs = solver._chord_pairs
    r_hp, r_chord, h_col = pairs, chord_rows(solver), P.num_theta + pairs
    L, U = P.lower.reshape(-1)[pairs], P.upper.reshape(-1)[pairs]
    s = U / (U - L)
    own = rows[r_hp] + rows[r_chord] + z[h_col] * side[h_col]
    y_hp, y_chord, z_h = y[r_hp], y[r_chord], z[h_col]
    on = D - own + np.minimum(0.0, (y_chord * (1.0 - s) + z_h) * U)      # linear in p: its ends
    off = D - own + np.minimum(0.0, (-y_hp - y_chord * s) * L)
    return D, pairs, on, off


def _free_chords(solver, state: np.ndarray, row_dual: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of the model's chord pairs are FREE at ``state``, and their chords' multipliers."""
    return state.reshape(-1)[solver._chord_pairs] == FREE, row_dual[chord_rows(solver)]


@dataclass
class Counts:
    nodes: int = 0
    fixable: int = 0
    largest_gain: float = 0.0      # max over pairs and nodes of (bound - D) / UB
    free_chords: int = 0           # FREE pairs' chords summed over the open nodes ...
    chord_multipliers: int = 0     # ... and those of them with a multiplier (|y| > 1e-12)
    all_free_chords: int = 0       # the same over every node LP solved (discarded nodes too)
    all_chord_multipliers: int = 0


@contextlib.contextmanager
def watched_search(counts: Counts):
    """Count, during one fit, the pairs reduced-cost fixing would decide at every open node."""
    import milp_relu.branch_and_bound as bb
    import milp_relu.branch_and_bound_relaxation as rel

    solve, evaluate = rel.PersistentNodeSolver._solve, bb._Tree.evaluate

    def solve_with_duals(self, state, time_limit, warm=None, local=None):
        solution = solve(self, state, time_limit, warm, local)
        if solution.status == "optimal":
            solution.row_dual = np.asarray(self._highs.getSolution().row_dual, dtype=np.float64)
            free, chord_duals = _free_chords(self, state, solution.row_dual)
            counts.all_free_chords += int(free.sum())
            counts.all_chord_multipliers += int((free & (np.abs(chord_duals) > 1e-12)).sum())
        return solution

    def evaluate_and_count(self, state, touched, bound, separators=None, warm=None, parent=None, halves=None):
        node = evaluate(self, state, touched, bound, separators, warm, parent, halves)
        search = self.search
        duals = None if node is None or node.solution is None else getattr(node.solution, "row_dual", None)
        ub = search.ub()
        if duals is None or search.node_solver is None or not math.isfinite(ub):
            return node
        found = exclusion_bounds(search.node_solver, node.state, duals)
        if found is None:
            return node
        D, pairs, on, off = found
        free, chord_duals = _free_chords(search.node_solver, node.state, duals)
        cut = ub - search.tol(ub)
        counts.nodes += 1
        counts.fixable += int((free & ((on >= cut) | (off >= cut))).sum())
        counts.free_chords += int(free.sum())
        counts.chord_multipliers += int((free & (np.abs(chord_duals) > 1e-12)).sum())
        if free.any():
            counts.largest_gain = max(counts.largest_gain,
                                      float(np.max(np.maximum(on, off)[free]) - D) / max(ub, 1e-300))
        return node

    rel.PersistentNodeSolver._solve, bb._Tree.evaluate = solve_with_duals, evaluate_and_count
    try:
        yield counts
    finally:
        rel.PersistentNodeSolver._solve, bb._Tree.evaluate = solve, evaluate


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, help="one instance: planted L1 (n, 5, 2) ...")
    ap.add_argument("--seed", type=int, default=0, help="... of this seed")
    args = ap.parse_args(argv)
    if args.n is not None and args.n < 2:
        ap.error("--n must be at least 2")

    print(f"{'instance':<22}{'nodes':>8}{'open nodes seen':>17}{'pairs fixable':>15}{'largest gain / UB':>19}"
          f"{'FREE chords, open nodes':>25}{'with a multiplier':>19}{'FREE chords, all LPs':>22}"
          f"{'with a multiplier':>19}")
    for n, seed in [(args.n, args.seed)] if args.n is not None else INSTANCES:
        inst = generate("planted", seed=seed, n=n, d=5, k=2, inputs="ball", noise=0.05, loss="absolute")
        with watched_search(Counts()) as counts:
            fit = milp_relu.fit(inst.dataset.X, inst.dataset.y, k=2, loss="absolute")
        print(f"{f'({n}, 5, 2) seed {seed}':<22}{fit.nodes:>8,}{counts.nodes:>17,}{counts.fixable:>15,}"
              f"{counts.largest_gain:>19.2e}{counts.free_chords:>25,}{counts.chord_multipliers:>19,}"
              f"{counts.all_free_chords:>22,}{counts.all_chord_multipliers:>19,}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
