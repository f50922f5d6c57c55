"""milp_relu's own branch and bound over activation states (milp_relu.branch_and_bound).

One search tree per split, convex node relaxations solved by HiGHS (so this strategy runs on
HiGHS only); its network is offered and verified like every other. Where the tree cannot prove a
node's relaxation before the split's time is up, the MILP settles the split.
"""
from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from .base import SplitRecord, split_label
from .milp import MilpStrategy, same_signs

if TYPE_CHECKING:
    from ...losses import Loss
    from ..context import SearchContext
    from ..problem import Split

#: The tree's statuses as a split's.
_STATUS = {"optimal": "optimal", "cutoff": "pruned", "time_limit": "time_limit", "interrupted": "interrupted",
           "node_limit": "probed"}


class TreeStrategy:
    """Solve one sign split by :func:`milp_relu.branch_and_bound.solve_split_bnb`."""

    name = "tree"

    def solve_split(self, ctx: "SearchContext", signs: "Split") -> SplitRecord:
        from ...branch_and_bound import prepare_search, resume_split_bnb, solve_split_bnb

        label, started = split_label(signs), time.perf_counter()
        incumbent, network = ctx.best_loss, ctx.incumbents.best.network
        same = network is not None and same_signs(network, signs)
        left = ctx.remaining()
        w, o = ctx.work, ctx.options
        deadline = None if left is None else time.perf_counter() + left
        suspended = ctx.suspended_trees.pop(signs, None)
        if suspended is not None:
            # a probe of this split stopped at its node limit: go on from its open nodes
            result = resume_split_bnb(suspended, ctx.to_work(incumbent), deadline, ctx.split_node_limit)
        else:
            if ctx.tree_data is None:
                # shared by the splits' trees: derived from the data once per fit
                ctx.tree_data = prepare_search(w.data.X, w.data.y, w.data.sample_weight, w.k, w.weight_bound,
                                               w.bias_bound, o.tree)
            result = solve_split_bnb(
                w.data.X, w.data.y, w.loss.name, signs, w.weight_bound, w.bias_bound, w.output_bias,
                w.data.sample_weight, incumbent=network if same else None, cutoff=ctx.to_work(incumbent),
                deadline=deadline, rel_gap=o.rel_gap, abs_gap=o.abs_gap, seed=o.seed, options=o.tree,
                node_limit=ctx.split_node_limit, prepared=ctx.tree_data)
        if result.resume is not None:
            ctx.suspended_trees[signs] = result.resume
        ctx.nodes += result.nodes
        split_ub = ctx.incumbents.offer(result.network) if result.network is not None else math.inf
        bound = ctx.to_internal(result.lower_bound)
        status = _STATUS.get(result.status, "error")
        ctx.interrupted |= status == "interrupted"
        if status == "pruned":
            bound = max(bound, min(incumbent, ctx.best_loss))
        if status == "time_limit":
            if result.resume is None and (ctx.remaining() is None or ctx.remaining() > 0):
                # the tree could not prove a node's relaxation: the MILP settles the split
                record = MilpStrategy().solve_split(ctx, signs)
                record.method = "tree, then milp"
                return record
            # stopped at the split's share of the time: the open nodes wait for a later pass
            ctx.timed_out = True
        ctx.report(split=label, status=status, bound=bound)
        return SplitRecord(label, status, split_ub, bound, result.nodes, time.perf_counter() - started, "tree")


#: The losses milp_relu's own search tree (branch_and_bound*.py) handles; the others (Huber)
#: go to the MILP (outer approximation on HiGHS).
TREE_LOSSES = ("squared", "absolute", "max")


def tree_preferred(n: int, d: int, k: int, loss: Loss) -> bool:
    """``search="auto"`` on HiGHS: the own search tree for every k (for the absolute and max
    losses only up to d = 5), the MILP for every loss the tree does not handle
    (:data:`TREE_LOSSES`).

    Measured end to end through ``fit`` (these k >= 2 runs predate the results files): with
    k >= 2 the tree was faster on every family, all three losses (G3 complete N=5: 23x; planted
    (20, 2, 3) L1 2.8x, (20, 1, 3) squared 2.3x). In d = 5 the cone rule fixes little and HiGHS's
    own branch and bound on the L1 MILP won on 2 of 3 planted seeds ((30, 5, 2), seconds
    MILP/tree: 10.6/32.4, 42.0/100.2, 33.9/24.8); at d = 4 they tied (1.34/1.41), at d = 3 the
    tree won ((40, 3, 2): 5.5/3.2). Since children start from their parent's LP basis the tree
    wins at d = 5 too (CPU seconds MILP/tree, with the MILP's heuristics-off rule: (30, 5, 2)
    seeds 0-2 7.8/8.7, 16.1/10.0, 32.9/34.6; (40, 5, 2) seed 0 128/80) and loses at d = 6
    ((30, 6, 2) seeds 0-1: 11.6/15.7, 4.4/8.0). The squared loss keeps the tree in every d: its
    MILP is outer approximation ((30, 5, 2): 28.9/9.2).

    One unit went to the MILP while the tree lost there ((200, 5, 1) L1: 19.6 s against a
    time-out at 60 s). With product branching and the leaner node model it no longer does
    (benchmarks/results_search.txt, suite ``k1``, seconds MILP/tree, medians of 3 runs): L1
    (80, 3, 1) 1.34/0.33, (120, 3, 1) 0.63/0.44, (200, 5, 1) 2.34/2.03, (100, 2, 1) 0.16/0.08,
    the six (30, 3, 1) seeds 0.23/0.23 (median), but (50, 4, 1) 0.39/0.52 and (40, 5, 1)
    0.16/0.23; over the 12 L1 fits the MILP took a median 1.08x and a geometric mean 1.17x the
    tree's time. Max loss (100, 4, 1) 0.07/0.04. The squared loss's MILP is outer
    approximation, and the tree won all 6 ((60, 3, 1) 19.4/1.04, (50, 4, 1) 0.54/0.10,
    (25, 8, 1) 0.30/0.12). Above d = 5 the LP losses keep the MILP ((300, 8, 1), one run in a
    process: 3.1/3.9).
    """
    if loss.name not in TREE_LOSSES:
        return False
    return loss.quadratic or d <= 5
