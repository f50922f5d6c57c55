"""The schedule of sign splits: which splits, in which order, with which strategy and time.

All k + 1 splits are solved one after another (or the fixed one, or one model with sign
binaries), the most promising first -- lowest warm-start loss -- so that its loss cuts the
others off early. Under a time limit each split first gets a fair share of what is left, then
the unfinished ones share the rest, restarted with the better cut-off.
"""
from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

import numpy as np

from ..formulation import MilpModel, build_big_m
from ..network import ReLUNetwork
from .certificate import polish
from .problem import Split, split_of
from .strategies.base import SplitRecord, Strategy, split_label
from .strategies.enumeration import EnumerationStrategy, enumeration_applies_to, enumeration_plan
from .strategies.milp import MilpStrategy
from .strategies.tree import TreeStrategy, tree_preferred

if TYPE_CHECKING:
    from .context import SearchContext

#: Starts of the warm start's projected gradient descent per split.
WARM_START_RESTARTS = 6
#: A split's further warm-start candidates are polished only if their loss is within this
#: factor of the split's best polished one. (issue13's 18 small instances: of the 50 second
#: candidates, one improved its split, from 1.00x; the others, at 1.05x to 3.6x, cost about a
#: fifth of the pattern solves, one of them a 1.1 s QP.)
WARM_POLISH_RATIO = 1.05


def split_order(k: int, y: np.ndarray) -> list[Split]:
    """All k+1 sign splits, the one whose sign mix best matches the labels first."""
    share_pos = float(np.mean(y > 0)) if y.size else 0.5
    ps = sorted(range(k + 1), key=lambda p: abs(p / k - share_pos))
    return [split_of(p, k) for p in ps]


def planned_splits(ctx: "SearchContext") -> list[Split | None]:
    """The fixed split, [None] for sign binaries, or every split in label-share order."""
    work = ctx.work
    fixed = work.splits()
    if fixed is not None:
        return list(fixed)
    if work.sign_mode == "binary":
        return [None]
    return split_order(work.k, work.data.y)


def choose_enumeration(ctx: "SearchContext") -> None:
    """Whether one-unit splits may be enumerated ("forced" by the user, "auto", or False)."""
    enumeration = ctx.speed["enumeration"]
    if enumeration and ctx.work.sign_mode == "split" and enumeration_applies_to(ctx):
        ctx.use_enumeration = "forced" if enumeration is True else "auto"


def warm_start(ctx: "SearchContext", splits: list[Split]) -> None:
    """Heuristic incumbents before any MILP: projected gradient descent for all sign splits at
    once (one batched descent), each candidate verified in float64 and offered, and those within
    :data:`WARM_POLISH_RATIO` of their split's best polished: their pattern LP/QP re-solved,
    repeated while the pattern changes and the loss falls."""
    from ..warmstart import gradient_descent_networks_by_split

    work = ctx.work
    if not splits or (ctx.deadline is not None and time.perf_counter() > ctx.deadline):
        return
    found = gradient_descent_networks_by_split(
        work.data.X, work.data.y, work.data.weights, work.loss, splits, work.weight_bound,
        work.bias_bound, work.output_bias, restarts=WARM_START_RESTARTS,
        seed=ctx.options.seed, keep=2)
    for signs in splits:
        if ctx.deadline is not None and time.perf_counter() > ctx.deadline:
            return
        model = build_big_m(work.data, ctx.formulation_options(signs))
        solved: dict[bytes, tuple[ReLUNetwork | None, float]] = {}
        for network in found[tuple(float(v) for v in signs)]:
            current = ctx.incumbents.offer(network)
            best = ctx.warm_losses.get(signs, math.inf)
            if current > WARM_POLISH_RATIO * best:
                continue
            ctx.warm_losses[signs] = min(best, _polished_loss(ctx, model, network, current, solved))


def _polished_loss(ctx: "SearchContext", model: MilpModel, network: ReLUNetwork, current: float,
                   solved: dict[bytes, tuple[ReLUNetwork | None, float]]) -> float:
    """Polish an offered ``network`` of verified loss ``current`` while that lowers the loss
    (at most 4 pattern solves); the last verified loss reached. ``solved`` maps the activation
    patterns already polished in this split to their polished network and its verified loss:
    restarts and polish rounds often meet the same pattern, whose convex problem need not be
    solved again."""
    for _ in range(4):
        key = network.pattern(model.dataset.X).tobytes()
        if key not in solved:
            polished = polish(ctx, model, network)
            solved[key] = (polished, math.inf if polished is None else ctx.incumbents.offer(polished))
        polished, value = solved[key]
        if polished is None or value >= current - 1e-9 * (1.0 + abs(current)):
            break
        network, current = polished, value
    return current


def warm_start_if_useful(ctx: "SearchContext", splits: list[Split | None]) -> None:
    """In d = 1 the enumeration needs no incumbent; in d = 2 the incumbent decides how many
    patterns survive, and so whether to enumerate at all. Ctrl-C keeps what is verified."""
    if not ctx.speed["warm_start"] or (ctx.use_enumeration and ctx.work.data.d == 1):
        return
    try:
        warm_start(ctx, [sp for sp in splits if sp is not None] or split_order(ctx.work.k, ctx.work.data.y))
    except KeyboardInterrupt:
        ctx.interrupted = True


def most_promising_first(ctx: "SearchContext", splits: list[Split | None]) -> list[Split | None]:
    """The splits by their warm-start loss, lowest first (stable; unknown ones last): the
    split that holds the optimum is solved first, and its loss cuts the others off early.
    (G3 complete N = 10: the label-share order ran the mixed split first with the weaker
    cutoff and did not finish in 180 s; this order finishes.)"""
    return sorted(splits, key=lambda sp: ctx.warm_losses.get(sp, math.inf))


def strategy_for(ctx: "SearchContext", signs: Split | None) -> Strategy:
    """The strategy of one split: enumeration where it applies and pays, the own tree where
    ``search`` asks for it (on HiGHS only), else the MILP."""
    if ctx.use_enumeration and signs is not None:
        plan = enumeration_plan(ctx, signs)
        if plan is not None:
            return EnumerationStrategy(plan)
    search = ctx.speed["search"]
    if signs is None or search == "milp":
        return MilpStrategy()
    if search == "tree":
        return TreeStrategy()
    w = ctx.work
    if ctx.options.solver == "highs" and tree_preferred(w.data.n, w.data.d, w.k, w.loss):
        return TreeStrategy()
    return MilpStrategy()


#: Node limits of the probing passes over the splits' search trees (see solve_splits); a
#: last pass then runs every split still open to the end.
PROBE_NODES: tuple[int, ...] = (100, 1000)
#: Further passes under a time limit, while a split's search tree stopped at its share of the
#: time (its open nodes kept) and time is left: the time another split did not use goes to it.
RESUMED_PASSES = 8


def _share_time(ctx: "SearchContext", position: int, count: int) -> bool:
    """Give the next split its fair share of the time left; False when none is left."""
    if ctx.deadline is None:
        return True
    left = ctx.deadline - time.perf_counter()
    if left <= 0:
        ctx.timed_out = True
        return False
    ctx.split_deadline = time.perf_counter() + left / (count - position)
    return True


def _merged(record: SplitRecord, previous: SplitRecord) -> SplitRecord:
    """A restarted split's record: the better bound, the work of both attempts."""
    record.lower_bound = max(record.lower_bound, previous.lower_bound, 0.0)
    record.nodes += previous.nodes
    record.time_s += previous.time_s
    return record


def sign_floor_record(ctx: "SearchContext", signs: Split | None) -> SplitRecord | None:
    """A "pruned" record for a split whose sign floor reaches the incumbent's loss, else None.

    In a split whose output signs all agree, without an output bias, every network predicts
    f >= 0 everywhere (all +1) or f <= 0 (all -1), so point i pays at least
    phi(max(0, -s y_i)) whatever the network: ``Loss.pattern_floors`` with every point on, the
    split's lower bound. Where it is at least the incumbent's loss nothing in the split can beat
    the incumbent, and no model is built (planted L1 (30, 3, 1): the s = -1 split's MILP took
    30-50 ms of a 0.28 s fit to prove what this sum says)."""
    work = ctx.work
    if signs is None or work.output_bias or not math.isfinite(ctx.best_loss):
        return None
    if not (all(s > 0 for s in signs) or all(s < 0 for s in signs)):
        return None
    started = time.perf_counter()
    y = work.data.y
    floor = float(work.loss.pattern_floors(y, work.data.weights, np.ones((1, y.size), dtype=bool),
                                           float(signs[0]))[0])
    bound = ctx.to_internal(floor)
    if not bound >= ctx.best_loss:
        return None
    ctx.report(split=split_label(signs), status="pruned", bound=bound)
    return SplitRecord(split_label(signs), "pruned", math.inf, bound, 0, time.perf_counter() - started,
                       "sign floor")


def solve_splits(ctx: "SearchContext", splits: list[Split | None]) -> list[SplitRecord]:
    """Solve every split; a split that never ran keeps the trivial bound 0 (every loss is
    non-negative).

    The splits are probed in passes of growing node limits (:data:`PROBE_NODES`): in each a
    search tree stops after that many nodes (status "probed") and goes on from its open nodes
    in the next pass, with the best loss of all splits as its cutoff; a last pass runs every
    split still open to the end; under a time limit, a tree stopped at its share of the time keeps
    its open nodes, and up to :data:`RESUMED_PASSES` more passes give it what the others left.
    While more than one split is open, none runs unlimited. The
    warm start that orders the splits misses now and then: on G3 K_12 its best network lay in
    the split (+1, -1), whose tree without a good cutoff took 32,000 nodes, while (+1, +1)
    holds the optimum and takes 731; on planted L1 (35, 2, 2) seed 1 the split p = 0 took 1,001
    nodes to be pruned before p = 1 found the optimum in 400, after which p = 0 needs 13."""
    records = [SplitRecord(split_label(sp), "not_started") for sp in splits]
    again = ("not_started", "time_limit", "probed") if ctx.deadline is not None else ("not_started", "probed")
    limits: list[int | None] = [*PROBE_NODES, None]
    for attempt in range(len(limits) + RESUMED_PASSES):
        limit = limits[min(attempt, len(limits) - 1)]
        todo = [i for i, r in enumerate(records) if r.status in again]
        if attempt >= len(limits) and not any(splits[i] in ctx.suspended_trees for i in todo):
            break   # past the planned passes only to go on with trees stopped at their time share
        if not todo:
            break
        for position, index in enumerate(todo):
            if ctx.interrupted or not _share_time(ctx, position, len(todo)):
                break
            open_after = sum(records[i].status in again for i in todo[position + 1:])
            still_open = open_after + sum(records[i].status == "probed" for i in todo[:position])
            ctx.split_node_limit = limit if still_open else None
            try:
                record = (sign_floor_record(ctx, splits[index])
                          or strategy_for(ctx, splits[index]).solve_split(ctx, splits[index]))
            except KeyboardInterrupt:
                # Ctrl-C outside the solver's own handling (model building, polishing): the
                # split keeps its previous record and bound; the verified incumbent is reported
                ctx.interrupted = True
                break
            records[index] = _merged(record, records[index])
        ctx.split_deadline = ctx.split_node_limit = None
        if ctx.interrupted or (ctx.deadline is None and not any(r.status == "probed" for r in records)):
            break
        if ctx.deadline is not None and time.perf_counter() >= ctx.deadline:
            break
    return records


def run(ctx: "SearchContext") -> list[SplitRecord]:
    """The whole schedule: enumeration choice, warm start, order, then every split."""
    splits = planned_splits(ctx)
    choose_enumeration(ctx)
    warm_start_if_useful(ctx, splits)
    return solve_splits(ctx, most_promising_first(ctx, splits))
