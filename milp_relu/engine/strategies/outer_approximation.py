"""Outer approximation of a loss with a quadratic part on a MILP backend without ``convex_miqp``.

Duran and Grossmann (1986), formulations/outer_approximation.md: a MILP master with tangent
cuts of the loss's weighted epigraph t_i >= q omega_i u_i^2 and, for every master pattern, the
convex QP with that pattern fixed (polish), until the master's lower bound meets the best
verified loss. HiGHS never sees an MIQP. Everything loss-specific comes from the loss object:
the quadratic column u (``Loss.quadratic_column``; squared, u = r; Huber, its u / rho), where
residuals put it (``Loss.quadratic_points``: Huber clips r to [-delta, delta]), the epigraph's
target (``Loss.epigraph``) and the cost on t (``Loss.epigraph_cost``, rho^2 for Huber).
"""
from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from ...formulation import MilpModel, tangent_cuts
from ..certificate import offer_polished
from .base import SplitRecord
from .milp import BuiltSplit, start_or_cutoff

if TYPE_CHECKING:
    from ..context import SearchContext


def initial_tangents(ctx: "SearchContext", built: BuiltSplit) -> list[tuple[Any, np.ndarray, np.ndarray]]:
    """Tangents at r = -y, r = 0, the incumbent's residuals and, with ``oa_cuts``, across the
    incumbent's residual box [-R, R] (the master's epigraph is then within (R/4)^2 / 4 of r^2
    everywhere from the first iteration), each residual mapped to the quadratic column's value."""
    data = ctx.work.data
    points = [-data.y, np.zeros_like(data.y)]
    network = ctx.incumbents.best.network
    if network is not None:
        points.append(network.predict(data.X) - data.y)
    if ctx.speed["oa_cuts"] and built.radius is not None:
        for fraction in (-1.0, -0.5, 0.5, 1.0):
            points.append(fraction * built.radius)
    loss = ctx.work.loss
    return [tangent_cuts(built.model, loss.quadratic_points(pts)) for pts in points]


def violated_points(ctx: "SearchContext", model: MilpModel, x: np.ndarray, target: float) -> np.ndarray:
    """The points where the master under-estimates the loss by more than can matter against the
    tolerance (spread over the points); empty when the master's optimum is exact."""
    loss, lv = ctx.work.loss, model.index.loss_vars
    u_master, t_master = x[lv[loss.quadratic_column]], x[lv["t"]]
    true_t = loss.epigraph(u_master, ctx.work.data.weights)
    slack = 0.1 * ctx.tolerance(target) / ctx.work.data.n
    slack = slack / loss.epigraph_cost  # t's columns in units of rho^2 (milp_relu.losses.base)
    return np.flatnonzero(t_master < true_t - np.maximum(slack, 1e-9 * (1.0 + true_t)))


def outer_approximation(ctx: "SearchContext", built: BuiltSplit, backend: Any, label: str,
                        incumbent: float = math.inf) -> SplitRecord:
    """A loss with a quadratic part: MILP master with tangent cuts plus the pattern QP, until
    bounds meet."""
    model, loss = built.model, ctx.work.loss
    for rows in initial_tangents(ctx, built):
        backend.add_rows(*rows)
    record = SplitRecord(label, "error", math.inf, -math.inf, 0, 0.0, "milp")
    previous_u: np.ndarray | None = None
    start = time.perf_counter()
    while True:
        raw = _master(ctx, model, backend, record, incumbent)
        if raw.x is None:
            break
        network = model.network_from_solution(raw.x)
        value, polished = offer_polished(ctx, model, network)
        record.loss = min(record.loss, value)
        ctx.report(split=label, status="oa", iteration=ctx.oa_iterations, bound=record.lower_bound)
        if raw.status != "optimal":
            break
        target = min(record.loss, ctx.best_loss)
        if target - record.lower_bound <= ctx.tolerance(target):
            break
        idx = violated_points(ctx, model, raw.x, target)
        if idx.size == 0:
            break
        u_master = raw.x[model.index.loss_vars[loss.quadratic_column]]
        if previous_u is not None and np.allclose(u_master, previous_u, rtol=1e-9, atol=1e-9):
            break  # stalled: the cuts at this point exist; what remains is solver tolerance
        previous_u = u_master
        backend.add_rows(*tangent_cuts(model, u_master[idx], idx))
        if polished is not None:
            r_qp = polished.predict(ctx.work.data.X) - ctx.work.data.y
            backend.add_rows(*tangent_cuts(model, loss.quadratic_points(r_qp)))
    record.time_s = time.perf_counter() - start
    return record


def _master(ctx: "SearchContext", model: MilpModel, backend: Any, record: SplitRecord,
            incumbent: float) -> Any:
    """One master solve; updates the record's status, bound and nodes."""
    ctx.oa_iterations += 1
    # the master runs with gaps ten times tighter than the outer approximation's, so that its
    # bound can close the OA gap rather than stall just outside it
    o = ctx.options
    raw = backend.solve(time_limit=ctx.remaining(), cutoff=start_or_cutoff(ctx, model, backend),
                        rel_gap=0.1 * o.rel_gap, abs_gap=0.1 * o.abs_gap)
    record.nodes += raw.nodes
    ctx.nodes += raw.nodes
    ctx.interrupted |= backend.interrupted
    record.status = raw.status
    if math.isfinite(raw.bound):
        record.lower_bound = max(record.lower_bound, ctx.to_internal(raw.bound))
    if raw.status == "infeasible" and math.isfinite(incumbent):
        # no network of this split beats the cut-off, which lies between the best loss now and
        # the incumbent at the split's start
        record.lower_bound = max(record.lower_bound, min(incumbent, ctx.best_loss))
        record.status = "pruned"
    return raw
