"""Incumbents and the certificate: the one step every strategy's answer goes through.

Whatever produced a network (a MILP point from any backend, a search-tree leaf, an enumerated
pattern, the warm start), it becomes a candidate only through :meth:`Incumbents.offer`: clipped
into the boxes, its loss recomputed from scratch in float64 NumPy on the internal (unmerged)
data. :func:`certify` adds the pattern's convex problem re-solved (polish) and the check of the
solver's claimed objective; :func:`decide` turns the splits' bounds and the incumbent into the
status, gap and bound, mapped back to the user's units and verified there once more
(README, "How an answer is certified", steps 2 and 3).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from ..backends.base import RawSolution
from ..errors import VerificationError
from ..formulation import MilpModel, pattern_fixed
from ..losses import Loss, LossValue
from ..network import ReLUNetwork
from .problem import Problem

if TYPE_CHECKING:
    from .context import SearchContext
    from .strategies.base import SplitRecord

#: HiGHS's default mip_feasibility_tolerance: how far a returned point may violate each row.
ROW_TOLERANCE = 1e-6


#: Split statuses that settle a split: with the gap closed, the fit is optimal.
SOLVED = frozenset({"optimal", "infeasible", "pruned"})


def verification_tolerance(value: float) -> float:
    """Slack allowed between a solver objective and float64 re-evaluation (feasibility tolerances)."""
    return 1e-6 * (1.0 + abs(value))


def solution_tolerance(value: float, n: int, loss: Loss) -> float:
    """Slack allowed between the objective a solver reports for its point and the verified loss
    of the network read from it. Each point's residual row may be off by the row tolerance; how
    many of them add up in the objective is the loss's (``Loss.tolerance_rows``: n for the
    absolute and Huber losses, whose linear columns carry each point's share; 1 for max)."""
    return verification_tolerance(value) + loss.tolerance_rows(n) * ROW_TOLERANCE


@dataclass
class Incumbent:
    network: ReLUNetwork | None = None
    loss: float = math.inf


class Incumbents:
    """The best verified network of a fit, in internal units, on the full (unmerged) data."""

    def __init__(self, internal: Problem) -> None:
        self.problem = internal
        self.best = Incumbent()

    def evaluate(self, network: ReLUNetwork) -> float:
        """The verified objective of a network on the internal, unmerged data, in float64."""
        data = self.problem.data
        return self.problem.loss.evaluate(network.predict(data.X) - data.y, data.sample_weight).value

    def offer(self, network: ReLUNetwork) -> float:
        """Make ``network`` a candidate: clipped into the boxes (round-off of LP/QP solutions
        or closed forms), then verified in float64; it becomes the incumbent if it is better."""
        wb, bb = self.problem.weight_bound, self.problem.bias_bound
        network = ReLUNetwork(np.clip(network.W, -wb, wb), np.clip(network.b, -bb, bb), network.s, network.c)
        value = self.evaluate(network)
        if value < self.best.loss:
            self.best = Incumbent(network, value)
        return value


def solve_pattern(ctx: "SearchContext", model: MilpModel, pattern: np.ndarray,
                  signs: np.ndarray | Sequence[float]) -> tuple[ReLUNetwork | None, bool]:
    """The best network with activation pattern ``pattern`` (n, k), and whether it was proven
    optimal. The loss's own pattern solver first where it has one (``Loss.pattern_network``;
    squared: the QP in the network's own parameters, milp_relu.pattern_qp), else the big-M form
    with the pattern fixed (formulations/pattern_fixed): an LP, or for a loss with a quadratic
    part a QP (the epigraph's cost replaced by ``Loss.hessian``)."""
    signs = np.asarray(signs, dtype=np.float64)
    work = ctx.work
    loss = work.loss
    data = model.dataset
    reduced = loss.pattern_network(data.X, data.y, data.weights, pattern, signs, work.weight_bound,
                                   work.bias_bound, work.output_bias, ctx.remaining(), ctx.options.seed)
    if reduced is not None:
        return reduced, True
    sub = pattern_fixed(model, pattern, signs)
    if not loss.quadratic:
        # an LP: HiGHS's small-solve worker, not a backend of its own (SearchContext.small_lp)
        x = ctx.small_lp(sub)
        return (None, False) if x is None else (sub.network_from_solution(x), True)
    sub.cost = loss.quadratic_cost(sub.cost, sub)
    backend = ctx.side_backend(sub)
    backend.set_quadratic(loss.hessian(sub))
    raw = ctx.side_solve(backend)
    if raw.x is None:
        return None, False
    return sub.network_from_solution(raw.x), raw.status == "optimal"


def polish(ctx: "SearchContext", model: MilpModel, network: ReLUNetwork) -> ReLUNetwork | None:
    """Re-solve the convex subproblem of ``network``'s activation pattern (LP or QP)."""
    return solve_pattern(ctx, model, network.pattern(model.dataset.X), network.s)[0]


def offer_polished(ctx: "SearchContext", model: MilpModel,
                   network: ReLUNetwork) -> tuple[float, ReLUNetwork | None]:
    """Offer a solver's network and its polished version; the better verified loss, and the
    polished network (None if its convex problem had no answer)."""
    value = ctx.incumbents.offer(network)
    polished = polish(ctx, model, network)
    if polished is not None:
        value = min(value, ctx.incumbents.offer(polished))
    return value, polished


def certify(ctx: "SearchContext", model: MilpModel, raw: RawSolution) -> float:
    """Network from a raw solution, polished and verified; returns its verified loss.

    A verified loss above the solver's claimed objective by more than the solver's tolerances
    is a wrong model or a wrong solver answer: VerificationError, whichever backend answered."""
    value, _ = offer_polished(ctx, model, model.network_from_solution(raw.x))
    claimed = ctx.to_internal(raw.objective)
    slack = solution_tolerance(claimed, ctx.work.data.n, ctx.work.loss)
    # a loss with a quadratic part: an OA master's objective is below the loss by design
    if not ctx.work.loss.quadratic and value > claimed + slack:
        raise VerificationError(
            f"verified loss {value:.12g} exceeds the solver's objective {claimed:.12g} "
            f"by more than the tolerance {slack:.1e}")
    return value


@dataclass
class Verdict:
    """The certificate in the user's units: status, verified network and loss, bound, gaps."""

    status: str
    network: ReLUNetwork
    value: LossValue
    lower_bound: float
    gap_abs: float
    gap_rel: float
    splits: list[dict[str, Any]]
    message: str = ""


def decide(ctx: "SearchContext", records: list["SplitRecord"]) -> Verdict:
    """The certificate: bounds and status decided in internal units, where the tolerances are
    scale-free; the network and its loss mapped back and recomputed in the user's units."""
    upper = ctx.best_loss
    lower = min((r.lower_bound for r in records), default=-math.inf)
    # A proven lower bound above a verified loss would mean a wrong model: never pass it silently.
    if lower > upper + verification_tolerance(upper) + ctx.tolerance(upper):
        raise VerificationError(
            f"solver lower bound {ctx.reduced.to_user(lower):.12g} exceeds the verified loss "
            f"{ctx.reduced.to_user(upper):.12g} of a feasible network")
    lower = min(lower, upper)
    allowed = ctx.tolerance(upper) + verification_tolerance(upper)
    closed = upper - lower <= allowed
    network, value = verified_in_user_units(ctx)
    lower_user = min(ctx.reduced.to_user(lower), value.value) if math.isfinite(lower) else -math.inf
    gap_abs = value.value - lower_user if math.isfinite(lower_user) else math.inf
    if value.value != 0:
        gap_rel = gap_abs / abs(value.value)
    else:
        gap_rel = 0.0 if gap_abs == 0 else math.inf
    splits = [r.to_dict(ctx.reduced.to_user) for r in records]
    status = status_of(ctx, records, closed)
    message = ""
    if status == "error" and {r.status for r in records} <= SOLVED:
        message = (f"every split was reported solved, but the proven gap {gap_abs:.3g} exceeds the "
                   f"tolerance {ctx.reduced.to_user(allowed):.3g}: "
                   f"the solver could not certify the gap asked for (on SCIP, a quadratic objective "
                   f"cannot resolve gaps below ScipBackend.gap_resolution()); the network and the "
                   f"bound are valid, optimality is not claimed")
    return Verdict(status, network, value, lower_user, gap_abs, gap_rel, splits, message)


def verified_in_user_units(ctx: "SearchContext") -> tuple[ReLUNetwork, LossValue]:
    """The incumbent in the user's units, its loss recomputed there in float64, and checked
    against its internal loss times the scale's factor (a mismatch is an error)."""
    best, user = ctx.incumbents.best, ctx.reduced.user
    network = ctx.reduced.network_to_user(best.network)
    data = user.data
    value = user.loss.evaluate(network.predict(data.X) - data.y, data.sample_weight)
    expected = ctx.reduced.to_user(best.loss)
    allowed = ctx.reduced.to_user(verification_tolerance(best.loss))
    if not abs(value.value - expected) <= allowed:
        raise VerificationError(
            f"the network's loss in the user's units {value.value:.12g} differs from its internal "
            f"loss times the scale factor, {expected:.12g}, by more than {allowed:.1e}")
    return network, value


def status_of(ctx: "SearchContext", records: list["SplitRecord"], closed: bool) -> str:
    """The fit's status from the splits' records and whether the gap closed."""
    statuses = {r.status for r in records}
    if "error" in statuses or "unbounded" in statuses:
        return "error"
    if closed and statuses <= SOLVED:
        return "optimal"
    if ctx.interrupted:
        return "interrupted"
    if closed:
        return "optimal"
    return "time_limit" if (ctx.timed_out or "time_limit" in statuses) else "error"
