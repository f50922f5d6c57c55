"""One MILP per sign split (formulations/big_m.md), cut off at the incumbent or started from it.

The model is the per-point big-M formulation with the incumbent's bounds (README step 1); for
a loss without a quadratic part (absolute, max) root cuts of the ideal ReLU formulation are added
first. A loss with a quadratic part (``Loss.quadratic``: squared, Huber) goes to
:mod:`.outer_approximation` on a backend without ``convex_miqp`` (HiGHS), and is solved natively
as a convex MIQP on one that has it (SCIP, Gurobi): the loss's ``hessian`` on its quadratic
column, its ``quadratic_cost`` (the epigraph's cost removed) as the linear part.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from ...bounds import (global_preactivation_bounds, interval_preactivation_bounds, polytope_obbt,
                       residual_radius, sign_pure_unit_bounds)
from ...formulation import MilpModel, build_big_m, ideal_relu_cuts, monotone_pairs
from ..certificate import certify
from .base import SplitRecord, split_label

if TYPE_CHECKING:
    from ..context import SearchContext
    from ..problem import Split


def same_signs(network: Any, signs: "Split") -> bool:
    """Whether ``network`` belongs to the sign split ``signs`` (as a multiset of output signs)."""
    return bool(np.array_equal(np.sort(network.s), np.sort(np.asarray(signs))))


@dataclass
class BuiltSplit:
    """One split's model, the incumbent's residual radius (or None) and whether the bounds
    proved the split unable to beat the incumbent."""

    model: MilpModel
    radius: np.ndarray | None
    hopeless: bool


def preactivation_bounds(ctx: "SearchContext", signs: "Split | None") -> tuple[np.ndarray, np.ndarray, np.ndarray | None, bool]:
    """Big-M bounds for a split: interval (or global), then incumbent-implied and OBBT.

    Returns lower, upper (n, k), the residual radius R (or None) and whether the split was
    proven unable to beat the incumbent (then the MILP need not run)."""
    work, speed = ctx.work, ctx.speed
    X, k = work.data.X, work.k
    box = global_preactivation_bounds if speed["big_m"] == "global" else interval_preactivation_bounds
    lower, upper = box(X, k, work.weight_bound, work.bias_bound)
    if not speed["incumbent_bounds"] or not math.isfinite(ctx.best_loss):
        return lower, upper, None, False
    radius = residual_radius(work.data.weights, work.loss, ctx.to_work(ctx.best_loss))
    if signs is None or work.output_bias:
        return lower, upper, radius, False
    pure = sign_pure_unit_bounds(work.data.y, radius, signs, lower, upper)
    if pure is None:
        return lower, upper, radius, False
    lower, upper = pure
    if speed["obbt"]:
        left = ctx.remaining()
        budget = 2.0 if left is None else min(2.0, 0.1 * left)
        tight = polytope_obbt(X, lower[:, 0], upper[:, 0], work.weight_bound, work.bias_bound, budget)
        if tight is None:
            return lower, upper, radius, True
        lower = np.repeat(tight[0][:, None], k, axis=1)
        upper = np.repeat(tight[1][:, None], k, axis=1)
    return lower, upper, radius, bool(np.any(lower > upper))


def build(ctx: "SearchContext", signs: "Split | None") -> BuiltSplit:
    """The split's big-M model with every bound the incumbent implies, and root cuts (a loss
    without a quadratic part)."""
    work = ctx.work
    lower, upper, radius, hopeless = preactivation_bounds(ctx, signs)
    relax = monotone_pairs(work.data.y, signs, work.output_bias, work.k) if ctx.speed["monotone"] else None
    model = build_big_m(work.data, ctx.formulation_options(signs), lower, upper, relax)
    model.offset = 0.0
    if radius is not None:
        # the loss columns boxed by the incumbent's residual radius (valid for every better network)
        work.loss.cap_columns(model, radius)
    # the ideal cuts measured no gain on the squared loss's OA master: none with a quadratic part
    if ctx.speed["ideal_cuts"] and not hopeless and not work.loss.quadratic:
        add_ideal_cuts(ctx, model, relax)
    return BuiltSplit(model, radius, hopeless)


def add_ideal_cuts(ctx: "SearchContext", model: MilpModel, relax: np.ndarray | None, rounds: int = 8) -> None:
    """Root cut loop: solve the LP relaxation, add the most violated ideal-formulation ReLU
    inequalities (Anderson et al. 2020) to ``model`` (before its backend exists), repeat while
    the LP bound still moves."""
    lp = replace(model, integrality=np.zeros_like(model.integrality), row_blocks=list(model.row_blocks))
    lp_backend = ctx.side_backend(lp)
    decided = (model.col_lower[model.index.z] == model.col_upper[model.index.z]).reshape(model.index.n, model.index.k)
    skip = decided if relax is None else (decided | relax)
    previous = -math.inf
    for _ in range(rounds):
        left = ctx.remaining()
        if left is not None and left < 1.0:
            return
        raw = ctx.side_solve(lp_backend, None if left is None else 0.2 * left)
        if raw.status != "optimal" or raw.x is None:
            return
        if raw.objective <= previous + 1e-3 * (1.0 + abs(previous)):
            return
        previous = raw.objective
        cuts = ideal_relu_cuts(model, raw.x, skip)
        if cuts is None:
            return
        lp_backend.add_rows(*cuts)
        model.add_rows(cuts[0], cuts[1], cuts[2], "ideal_relu")


def start_or_cutoff(ctx: "SearchContext", model: MilpModel, backend: Any) -> float | None:
    """Hand the incumbent to the solver: as a MIP start when this model can represent it
    exactly (same signs), else as an objective cut-off. Returns the cut-off (or None).

    Both at once would be wrong: HiGHS drops a start that does not beat the cut-off. A backend
    without start support gets the cut-off; one without either gets nothing (the incumbent
    still decides the certificate)."""
    network = ctx.incumbents.best.network
    if network is None or not math.isfinite(ctx.best_loss):
        return None
    caps = backend.capabilities
    signs = model.options.signs
    if caps.start and (signs is None or same_signs(network, signs)):
        backend.set_start(model.solution_from_network(network))
        return None
    return ctx.to_work(ctx.best_loss) if caps.cutoff else None


def use_native_miqp(ctx: "SearchContext", backend_class: Any) -> bool:
    """A loss with a quadratic part, on a backend that solves convex MIQPs natively."""
    return ctx.work.loss.quadratic and backend_class.capabilities.convex_miqp


def make_native_miqp(model: MilpModel, loss: Any) -> np.ndarray:
    """A loss with a quadratic part as a convex MIQP: the epigraph's linear cost removed from
    ``model`` (in place; ``Loss.quadratic_cost``) and the returned diagonal Hessian
    (``Loss.hessian``: squared, 2 omega_i on r_i; Huber, 2 q rho^2 omega_i on its u / rho columns)
    takes its place, as in the pattern QP (formulations/big_m.md)."""
    model.cost = loss.quadratic_cost(model.cost, model)
    return loss.hessian(model)


def pruned_record(ctx: "SearchContext", label: str, incumbent: float, started: float) -> SplitRecord:
    """The incumbent-implied bounds leave no network of this split: its optimum is >= UB."""
    ctx.report(split=label, status="pruned", bound=incumbent)
    return SplitRecord(label, "pruned", math.inf, incumbent, 0, time.perf_counter() - started)


class MilpStrategy:
    """One MILP (or native MIQP) per split, with cut-off or start (formulations/big_m.md)."""

    name = "milp"

    def solve_split(self, ctx: "SearchContext", signs: "Split | None") -> SplitRecord:
        label, started, incumbent = split_label(signs), time.perf_counter(), ctx.best_loss
        built = build(ctx, signs)
        if built.hopeless:
            return pruned_record(ctx, label, incumbent, started)
        native = use_native_miqp(ctx, ctx.milp_class)
        hessian = make_native_miqp(built.model, ctx.work.loss) if native else None
        backend = ctx.milp_backend(built.model)
        if ctx.work.loss.quadratic and not native:
            from .outer_approximation import outer_approximation

            return outer_approximation(ctx, built, backend, label, incumbent)
        if hessian is not None:
            backend.set_quadratic(hessian)
        return self._solve(ctx, built, backend, label, incumbent)

    @staticmethod
    def _solve(ctx: "SearchContext", built: BuiltSplit, backend: Any, label: str,
               incumbent: float) -> SplitRecord:
        cutoff = start_or_cutoff(ctx, built.model, backend)
        o = ctx.options
        raw = backend.solve(time_limit=ctx.remaining(), cutoff=cutoff, rel_gap=o.rel_gap, abs_gap=o.abs_gap)
        ctx.nodes += raw.nodes
        ctx.interrupted |= backend.interrupted
        split_ub = certify(ctx, built.model, raw) if raw.x is not None else math.inf
        bound = ctx.to_internal(raw.bound) if math.isfinite(raw.bound) else -math.inf
        status = raw.status
        if raw.status == "infeasible" and (built.radius is not None or cutoff is not None):
            # the incumbent's cut-off (or the bounds it implies) left nothing: nothing in this
            # split is as good as the incumbent -- pruned, not an infeasible training problem
            bound = max(bound, min(incumbent, ctx.best_loss))
            status = "pruned"
        if raw.status == "time_limit":
            ctx.timed_out = True
        ctx.report(split=label, status=status, bound=bound)
        return SplitRecord(label, status, split_ub, bound, raw.nodes, raw.time_s, "milp")
