"""Exact enumeration of activation patterns for one unit in d <= 2 (milp_relu.enumeration).

Every pattern of a one-unit split has a floor (a lower bound on its loss); visited cheapest
first, each pattern's convex problem is solved (a closed form in d = 1 for the squared loss, the
pattern QP in d = 2, an LP for the absolute and max losses) until the next floor reaches the
incumbent. Which losses it handles is the loss's (``Loss.enumerable``: not Huber); among them
the one with a quadratic part is the squared loss. Where a pattern's problem cannot be proven
optimal, the split falls back to the MILP.
"""
from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from ... import enumeration as patterns_module
from ...enumeration import off_loss, pattern_floors, patterns_of, squared_pattern_1d
from ...formulation import build_big_m, pattern_fixed
from ...network import ReLUNetwork
from ..certificate import solve_pattern
from .base import SplitRecord, split_label
from .milp import MilpStrategy

if TYPE_CHECKING:
    from ..context import SearchContext
    from ..problem import Split

Plan = tuple[list[np.ndarray], np.ndarray]


def enumeration_plan(ctx: "SearchContext", signs: "Split") -> Plan | None:
    """Every pattern of a one-unit split, cheapest floor first, with the floors; None where the
    MILP is expected to be faster (d = 2 with more than ``MAX_PATTERNS_2D`` patterns whose floor
    is below the incumbent, or more than ``MAX_POINTS_2D`` points). The limits are read from
    :mod:`milp_relu.enumeration` at call time (tests change them)."""
    data = ctx.work.data
    X = data.X
    forced = ctx.use_enumeration == "forced"
    if X.shape[1] == 2 and X.shape[0] > patterns_module.MAX_POINTS_2D and not forced:
        return None
    patterns = patterns_of(X)
    floors = pattern_floors(data.y, data.weights, np.array(patterns), ctx.work.loss, signs[0])
    order = np.argsort(floors, kind="stable")
    target = ctx.to_work(ctx.best_loss)
    alive = int(np.sum(floors < target - ctx.tolerance(target)))
    if X.shape[1] == 2 and not forced and alive > patterns_module.MAX_PATTERNS_2D:
        return None
    return [patterns[i] for i in order], floors[order]


class EnumerationStrategy:
    """Solve one split of a one-unit instance with d <= 2 by visiting the patterns of a plan."""

    name = "enumeration"

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def solve_split(self, ctx: "SearchContext", signs: "Split") -> SplitRecord:
        started = time.perf_counter()
        walk = _Walk(ctx, signs)
        for floor, pattern in zip(*self.plan[::-1]):
            if not walk.visit(floor, pattern):
                break
        if walk.failed:
            return _fallback(ctx, signs, started)
        bound = walk.bound if math.isfinite(walk.bound) else ctx.best_loss
        label = split_label(signs)
        ctx.report(split=label, status=walk.status, bound=bound)
        return SplitRecord(label, walk.status, ctx.best_loss, bound, 0, time.perf_counter() - started,
                           "enumeration", walk.solved)


class _Walk:
    """The state of one enumeration: the bound so far, the status, the patterns solved."""

    def __init__(self, ctx: "SearchContext", signs: "Split") -> None:
        self.ctx, self.signs = ctx, signs
        work = ctx.work
        self.model = build_big_m(work.data, ctx.formulation_options(signs))
        self.base = pattern_fixed(self.model, np.zeros((work.data.n, work.k)))
        # a loss with a quadratic part (of the enumerable ones, squared): a closed form in d = 1,
        # the reduced QP in d = 2; an LP otherwise
        self.backend = ctx.side_backend(self.base) if not work.loss.quadratic else None
        ix = self.model.index
        self.z_cols = np.arange(ix.z.start, ix.z.stop, dtype=np.int32)
        self.bound, self.status, self.solved, self.failed = math.inf, "optimal", 0, False

    def stop_at(self, floor: float, status: str | None = None) -> bool:
        """Every remaining pattern costs at least ``floor``: it bounds the split."""
        self.bound = min(self.bound, self.ctx.to_internal(floor))
        if status is not None:
            self.status = status
        return False

    def visit(self, floor: float, pattern: np.ndarray) -> bool:
        """Solve one pattern; False when the walk ends (floor reached, time, failure)."""
        ctx = self.ctx
        target = ctx.to_work(ctx.best_loss)
        if floor >= target - ctx.tolerance(target):
            return self.stop_at(floor)  # sorted: every remaining pattern is at least this expensive
        left = ctx.remaining()
        if left is not None and left <= 0:
            ctx.timed_out = True
            return self.stop_at(floor, "time_limit")
        self.solved += 1
        if ctx.work.loss.quadratic:
            return self.squared(pattern)
        return self.linear(floor, pattern, left)

    def squared(self, pattern: np.ndarray) -> bool:
        ctx, work = self.ctx, self.ctx.work
        data = work.data
        if data.d == 1:
            closed = squared_pattern_1d(data.X[:, 0], data.y, data.weights, pattern, self.signs[0],
                                        work.weight_bound, work.bias_bound)
            if closed is not None:
                w_opt, b_opt, on_value = closed
                self.bound = min(self.bound, ctx.to_internal(on_value + off_loss(data.y, data.weights, ~pattern, work.loss)))
                ctx.incumbents.offer(ReLUNetwork(np.array([[w_opt]]), np.array([b_opt]), np.array(self.signs), 0.0))
            return True
        network, proven = solve_pattern(ctx, self.model, pattern.reshape(-1, 1), self.signs)
        if network is not None:
            ctx.incumbents.offer(network)
        if not proven:
            self.failed = True
            return False
        # a proven QP optimum is this network's loss (its pattern's closed problem, as an LP's
        # optimum is below)
        self.bound = min(self.bound, ctx.incumbents.evaluate(network))
        return True

    def linear(self, floor: float, pattern: np.ndarray, left: float | None) -> bool:
        ctx = self.ctx
        value = pattern.astype(np.float64)
        self.backend.change_col_bounds(self.z_cols, value, value)
        raw = self.backend.solve(time_limit=left)
        if raw.status not in ("optimal", "infeasible"):
            # the warm-started LP can stall on a degenerate pattern: once more from scratch
            fresh = ctx.side_backend(pattern_fixed(self.base, pattern.reshape(-1, 1)))
            raw = fresh.solve(time_limit=ctx.remaining())
        if raw.status == "infeasible":
            return True
        if raw.status in ("time_limit", "interrupted"):
            ctx.timed_out |= raw.status == "time_limit"
            ctx.interrupted |= raw.status == "interrupted"
            return self.stop_at(floor, raw.status)
        if raw.x is None or raw.status != "optimal":
            self.failed = True
            return False
        self.bound = min(self.bound, ctx.to_internal(raw.objective))
        ctx.incumbents.offer(self.base.network_from_solution(raw.x))
        return True


def _fallback(ctx: "SearchContext", signs: "Split", started: float) -> SplitRecord:
    """A pattern's LP/QP could not be proven optimal (HiGHS's QP reports "Solve error" on a few
    degenerate patterns): solve the split by the MILP instead, keeping the incumbent."""
    record = MilpStrategy().solve_split(ctx, signs)
    record.time_s = time.perf_counter() - started
    record.method = "enumeration, then milp"
    return record


def enumeration_applies_to(ctx: "SearchContext") -> Any:
    """Whether the enumeration module applies to this problem at all (k = 1, d <= 2, ...)."""
    w = ctx.work
    return patterns_module.enumeration_applies(w.data.n, w.data.d, w.k, w.loss, w.output_bias)
