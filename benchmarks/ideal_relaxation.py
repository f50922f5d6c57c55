"""How far the search's node relaxation lies from the ideal one, and what the ideal one would save.

    python benchmarks/ideal_relaxation.py --n 30 --signs +,- --fixed 0,0.25,0.5,0.75
    python benchmarks/ideal_relaxation.py --n 20 --signs +,- --fixed 0 --tree

One sign split s of the L1 problem on planted data (unit ball, noise 0.05), in the box
|w_jl|, |b_j| <= 1 as :func:`milp_relu.branch_and_bound.solve_split_bnb` poses it. A node fixes
some pairs (point i, unit j) ON or OFF; here the first share of the pairs in a random order
(so the rows are nodes along one path), fixed to the states of the split's optimal network, so
that every node on the table contains that network.

The networks of a node predict f = g_1 + ... + g_k with g_j in

    S_j = { s_j max(0, X~ theta_j) : theta_j in the box, unit j's fixed states },

so their prediction vectors form the Minkowski sum S_1 + ... + S_k, whose convex hull is
conv(S_1) + ... + conv(S_k). Every convex relaxation of the node's networks, in whatever lifted
space and with whatever cutting planes (a MILP solver's included), projects onto a convex set of
predictions that contains that hull, so

    ideal bound = min { loss(f - y) : f in conv(S_1) + ... + conv(S_k) }

is the best lower bound any convex relaxation of the node can give; only branching raises it.
(Rows that hold only for networks better than the incumbent, as the search's radius rows, relax
a smaller set, the node's improving networks; a node without any is empty there. They are not
part of this bound; the search's tree below keeps them.)
It is computed here by Dantzig-Wolfe column generation: a master LP over convex combinations
of columns g in S_j (one convexity row per unit), and for each unit the pricing problem
max_theta sum_i c_i s_j max(0, x~_i . theta) over its node set, a MILP (a binary only where
c_i s_j > 0; elsewhere h_i >= max(0, p_i) is exact at a maximum) solved by HiGHS to a 1e-9
gap. At every iteration the Lagrangian bound (master value minus each unit's largest reduced
cost, from the MILP's dual bound) is a valid lower bound of the ideal one; at convergence both
meet. These are HiGHS's floating-point answers, a measurement, not a certificate.

"triangle" is the search's own node relaxation (:func:`~milp_relu.branch_and_bound_relaxation.solve_node`:
the convex hull of each pair alone over its interval bounds, no incumbent rows).

``--tree`` runs the search (:func:`~milp_relu.branch_and_bound.solve_split_bnb`, proving that
the split holds nothing below the overall optimum UB less 1e-6, ``cutoff`` = UB), records its
tree, and gives each node it branched the ideal bound as well (column generation stopped once
the bound reaches UB, at most ``--max-iter`` rounds): a node whose ideal bound reaches UB is
discarded with everything below it. What is left is the tree the search's own rules
(propagation, branching, incumbent rows) would build with the ideal relaxation beside their
own: what a relaxation of its nodes' networks, however strong, could save it with its branching
unchanged. (Rows that use the incumbent, and other branching, are outside this measure.)
"""
from __future__ import annotations

import argparse
import contextlib
import math
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import milp_relu.branch_and_bound as bb  # noqa: E402
from milp_relu.branch_and_bound import prepare_search, solve_split_bnb  # noqa: E402
from milp_relu.branch_and_bound_relaxation import FREE, OFF, ON, NodeProblem, solve_node  # noqa: E402
from milp_relu.engine.problem import split_of  # noqa: E402
from milp_relu.generators import generate  # noqa: E402

#: A reduced cost above this adds a column; a node bound within this of UB closes the node.
TOLERANCE = 1e-6


class IdealRelaxation:
    """Column generation for the ideal bound of L1 nodes of one split (see the module docstring).

    Parameters
    ----------
    X1 : array (n, d + 1)
        The points with a column of ones.
    y : array (n,)
    signs : array (k,)
        The split's output signs.
    lower, upper : arrays (n, k)
        Interval bounds of the pre-activations over the box |theta| <= 1 (the pricing MILP's
        big-M).
    """

    def __init__(self, X1: np.ndarray, y: np.ndarray, signs: np.ndarray, lower: np.ndarray,
                 upper: np.ndarray) -> None:
        self.X1, self.y, self.signs = X1, y, signs
        self.lower, self.upper = lower, upper
        self.pricings = 0

    @property
    def n(self) -> int:
        return self.X1.shape[0]

    def price(self, j: int, weights: np.ndarray, state: np.ndarray) -> tuple[float, float, np.ndarray] | None:
        """max sum_i weights_i max(0, x~_i . theta) over unit j's node set: (value, upper bound on
        the maximum, theta), or None where the set is empty."""
        self.pricings += 1
        n, width = self.n, self.X1.shape[1]
        nv = width + 2 * n                      # theta, h, z
        rows, lo, hi = [], [], []
        col_lo = np.concatenate([np.full(width, -1.0), np.zeros(2 * n)])
        col_hi = np.concatenate([np.full(width, 1.0), np.full(n, np.inf), np.zeros(n)])
        integrality = np.zeros(nv)

        def add(i: int, low: float, high: float, h: float = 0.0, theta: float = 0.0, z: float = 0.0) -> None:
            """The row low <= h h_i + theta p_i + z z_i <= high."""
            r = np.zeros(nv)
            r[:width] = theta * self.X1[i]
            r[width + i] = h
            r[width + n + i] = z
            rows.append(r)
            lo.append(low)
            hi.append(high)

        for i in range(n):
            if state[i, j] == OFF:                       # p <= 0, h = 0
                col_hi[width + i] = 0.0
                add(i, -np.inf, 0.0, theta=1.0)
                continue
            if state[i, j] == ON:                        # p >= 0, h = p
                add(i, 0.0, np.inf, theta=1.0)
                add(i, 0.0, 0.0, h=1.0, theta=-1.0)
                continue
            add(i, 0.0, np.inf, h=1.0, theta=-1.0)      # h >= p
            if weights[i] > 0:       # the maximum would lift h: the big-M disjunction
                L, U = self.lower[i, j], self.upper[i, j]
                col_hi[width + n + i], integrality[width + n + i] = 1.0, 1
                add(i, -np.inf, -L, h=1.0, theta=-1.0, z=-L)     # h <= p - L (1 - z)
                add(i, -np.inf, 0.0, h=1.0, z=-U)                # h <= U z
        cost = np.zeros(nv)
        cost[width:width + n] = -weights
        res = milp(cost, constraints=LinearConstraint(np.array(rows), lo, hi), integrality=integrality,
                   bounds=Bounds(col_lo, col_hi), options={"mip_rel_gap": 1e-9, "disp": False})
        if res.status == 2 or res.x is None:
            return None
        dual = getattr(res, "mip_dual_bound", None) if integrality.any() else None
        bound = -(res.fun if dual is None or not math.isfinite(dual) else dual)
        return -res.fun, bound, res.x[:width]

    def column(self, j: int, theta: np.ndarray) -> np.ndarray:
        """Unit j's outputs s_j max(0, X~ theta) at the points: a column of the master."""
        return self.signs[j] * np.maximum(self.X1 @ theta, 0.0)

    def bound(self, state: np.ndarray, stop_at: float = math.inf, max_iter: int = 200) -> tuple[float, float, bool]:
        """(Lagrangian lower bound, master value, finished) of the node ``state``, both +inf for an
        empty node; stops once the bound reaches ``stop_at`` or no column improves (finished), or
        after ``max_iter`` rounds (not finished: the bound is then below the ideal one, and still
        valid)."""
        k, n = self.signs.size, self.n
        columns: list[list[np.ndarray]] = []     # per unit, the outputs of the networks priced so far
        for j in range(k):
            found = self.price(j, np.zeros(n), state)      # any network of the unit's node set
            if found is None:
                return math.inf, math.inf, True
            columns.append([self.column(j, found[2])])
        best, finished = -math.inf, False
        for _ in range(max_iter):
            G = np.column_stack([g for unit in columns for g in unit])
            convexity = np.repeat(np.eye(k), [len(c) for c in columns], axis=1)
            # min sum e+ + e-  s.t.  G alpha - e+ + e- = y, each unit's alpha sums to 1
            A = np.vstack([np.hstack([G, -np.eye(n), np.eye(n)]), np.hstack([convexity, np.zeros((k, 2 * n))])])
            cost = np.concatenate([np.zeros(G.shape[1]), np.ones(2 * n)])
            master = linprog(cost, A_eq=A, b_eq=np.concatenate([self.y, np.ones(k)]), bounds=(0, None),
                             method="highs")
            duals, convexity_duals = master.eqlin.marginals[:n], master.eqlin.marginals[n:]
            # (duals, convexity_duals - excess) is feasible for the dual over all of S_j: a valid bound
            lagrangian, new = master.fun, []
            for j in range(k):
                value, upper, theta = self.price(j, duals * self.signs[j], state)
                lagrangian -= max(0.0, upper + convexity_duals[j])
                if value + convexity_duals[j] > TOLERANCE:
                    new.append((j, theta))
            best = max(best, lagrangian)
            if best >= stop_at or not new:
                finished = True
                break
            for j, theta in new:
                columns[j].append(self.column(j, theta))
        return best, master.fun, finished


@contextlib.contextmanager
def recorded_search():
    """Record the nodes of :func:`solve_split_bnb` run inside: a list of (order or None, parent
    order or None, state after propagation) per node problem, in the order they were made.

    It wraps the search's private ``_Tree.evaluate`` and ``_Tree.split`` for the duration (a
    measurement of the tree as the search builds it) and puts them back after."""
    records: list[tuple[int | None, int | None, np.ndarray]] = []
    parents: list[int | None] = [None]
    evaluate, split = bb._Tree.evaluate, bb._Tree.split

    def recording_evaluate(tree, state, *args, **kwargs):
        node = evaluate(tree, state, *args, **kwargs)
        records.append((None if node is None else node.order, parents[-1], state.copy()))
        return node

    def recording_split(tree, node, i, j):
        parents.append(node.order)
        try:
            return split(tree, node, i, j)
        finally:
            parents.pop()

    bb._Tree.evaluate, bb._Tree.split = recording_evaluate, recording_split
    try:
        yield records
    finally:
        bb._Tree.evaluate, bb._Tree.split = evaluate, split


def pruned_by_ideal(ideal: IdealRelaxation, records, ub: float, max_iter: int) -> tuple[int, int, int]:
    """The search's tree with each branched node also given the ideal bound: (nodes left, ideal
    bounds computed, of them stopped at ``max_iter`` below UB). A branched node whose ideal
    bound reaches UB - tol is discarded, and every node below it is never made.

    ``records`` as :func:`recorded_search` makes them, of a search that ran to its end (no
    deadline: a node re-solved after one is recorded without its parent); a second root is a
    ValueError."""
    children: dict[int | None, list[int]] = {}
    for index, (_, parent, _) in enumerate(records):
        children.setdefault(parent, []).append(index)
    if len(children.get(None, [])) != 1:
        raise ValueError("the records hold more than one root: not one whole search")
    removed = np.zeros(len(records), dtype=bool)
    computed = truncated = 0
    for index, (order, _, state) in enumerate(records):
        if removed[index] or order is None or order not in children:
            continue            # gone with an ancestor, discarded by the search, or never branched
        bound, _, finished = ideal.bound(state, ub - TOLERANCE, max_iter)
        computed += 1
        truncated += not finished
        if bound >= ub - TOLERANCE:
            stack = list(children[order])
            while stack:
                below = stack.pop()
                removed[below] = True
                if records[below][0] is not None:       # a node the search kept: its children too
                    stack.extend(children.get(records[below][0], []))
    return int((~removed).sum()), computed, truncated


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--d", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0, help="the planted instance's seed")
    ap.add_argument("--signs", default="+,-", help="the split, e.g. +,- or +,+")
    ap.add_argument("--fixed", default="0,0.25,0.5,0.75", help="shares of the pairs fixed to the optimum's states")
    ap.add_argument("--tree", action="store_true", help="also: the search's tree with the ideal bound at its branched nodes")
    ap.add_argument("--max-iter", type=int, default=60, help="column generation rounds per ideal bound of --tree")
    args = ap.parse_args(argv)
    words = [s.strip() for s in args.signs.split(",")]
    if not set(words) <= {"+", "-"}:
        ap.error(f"--signs must list + and - separated by commas, got {args.signs!r}")
    try:
        shares = [float(q) for q in args.fixed.split(",")]
    except ValueError:
        ap.error(f"--fixed must list numbers separated by commas, got {args.fixed!r}")
    if not all(0.0 <= q <= 1.0 for q in shares):
        ap.error(f"--fixed shares must lie in [0, 1], got {args.fixed!r}")
    if args.n < 2 or args.d < 1 or args.max_iter < 1:
        ap.error("--n must be at least 2, --d and --max-iter at least 1")
    signs = np.array([1.0 if word == "+" else -1.0 for word in words])
    k = signs.size
    inst = generate("planted", seed=args.seed, n=args.n, d=args.d, k=k, inputs="ball", noise=0.05,
                    loss="absolute")
    X, y = inst.dataset.X, inst.dataset.y
    split = solve_split_bnb(X, y, "absolute", signs, 1.0, 1.0)
    others = [solve_split_bnb(X, y, "absolute", other, 1.0, 1.0).loss
              for other in (np.array(split_of(p, k)) for p in range(k + 1)) if not np.array_equal(other, signs)]
    ub = min([split.loss, *others])
    data = prepare_search(X, y, None, k, 1.0, 1.0)
    ideal = IdealRelaxation(data.X1, y, signs, data.lower, data.upper)
    triangle = NodeProblem(data.X1, y, data.weights, signs, 1.0, 1.0, False, "absolute",
                           data.lower.copy(), data.upper.copy())
    pattern = split.network.pattern(X)
    order = np.random.default_rng(args.seed).permutation(args.n * k)
    print(f"# planted L1 (n {args.n}, d {args.d}, k {k}) seed {args.seed}, split {args.signs}: "
          f"optimum {split.loss:.6f}, overall optimum (UB) {ub:.6f}")
    print(f"{'fixed':>6} {'pairs':>6} {'triangle':>10} {'ideal':>10} {'ideal/opt':>10} {'pricings':>9} {'s':>7}")
    for share in shares:
        state = np.full((args.n, k), FREE, dtype=np.int8)
        chosen = np.zeros(args.n * k, dtype=bool)
        chosen[order[:round(share * args.n * k)]] = True      # nested: each share fixes more of one path
        chosen = chosen.reshape(args.n, k)
        state[chosen & pattern], state[chosen & ~pattern] = ON, OFF
        started, before = time.perf_counter(), ideal.pricings
        lower, _, finished = ideal.bound(state)
        tri = solve_node(triangle, state.copy()).value
        print(f"{share:6.2f} {int(chosen.sum()):6d} {tri:10.4f} {lower:10.4f} {lower / split.loss:10.3f} "
              f"{ideal.pricings - before:9d} {time.perf_counter() - started:7.1f}"
              f"{'' if finished else '  (round limit: a lower bound of the ideal one)'}", flush=True)
    if args.tree:
        started, before = time.perf_counter(), ideal.pricings
        with recorded_search() as records:
            search = solve_split_bnb(X, y, "absolute", signs, 1.0, 1.0, cutoff=ub)
        left, computed, truncated = pruned_by_ideal(ideal, records, ub, args.max_iter)
        print(f"# proof that the split holds nothing below UB - {TOLERANCE:g}: milp_relu's search "
              f"{len(records)} node problems ({search.status}); with the ideal bound at each of its "
              f"branched nodes as well, {left} ({computed} ideal bounds, {truncated} of them stopped "
              f"by --max-iter below UB; {ideal.pricings - before} pricing MILPs, "
              f"{time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
