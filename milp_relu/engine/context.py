"""What every search strategy shares during one fit: problem, options, incumbent, clock, counters.

A strategy reads the solver's problem (``ctx.work``, rescaled and merged), creates backends only
through :meth:`SearchContext.milp_backend` and :meth:`SearchContext.side_backend` (never a raw
solver object; a one-off small LP goes to :meth:`SearchContext.small_lp`), offers every network it finds to ``ctx.incumbents`` (float64 verification) and
converts solver numbers with ``ctx.to_internal`` / ``ctx.to_work`` (engine.transforms).
"""
from __future__ import annotations

import time
from typing import Any

import numpy as np

from ..backends import get_backend
from ..backends.base import RawSolution
from ..formulation import FormulationOptions, MilpModel
from .certificate import Incumbents
from .options import SolveOptions
from .problem import Problem, Split
from .transforms import Reduced


class SearchContext:
    """The shared state of one fit's search (one instance per call of :func:`milp_relu.fit`)."""

    def __init__(self, reduced: Reduced, options: SolveOptions, started: float) -> None:
        self.reduced = reduced
        self.work: Problem = reduced.work
        self.options = options
        self.speed = options.speed
        self.incumbents = Incumbents(reduced.internal)
        self.deadline = None if options.time_limit is None else started + options.time_limit
        self.split_deadline: float | None = None
        #: a node limit for the current split's search tree (a probe; engine.schedule), or None
        self.split_node_limit: int | None = None
        #: search trees stopped at that limit, by split, to be resumed (engine.strategies.tree)
        self.suspended_trees: dict[Split, Any] = {}
        #: what every split's search tree of this fit shares (branch_and_bound.prepare_search)
        self.tree_data: Any = None
        self.nodes = 0
        self.oa_iterations = 0
        self.interrupted = False
        self.timed_out = False
        #: "forced", "auto" or False: whether one-unit splits may be enumerated (engine.schedule)
        self.use_enumeration: str | bool = False
        #: the best verified warm-start loss of each split's own candidates
        self.warm_losses: dict[Split, float] = {}
        self.milp_class = get_backend(options.solver)
        self.side_class = get_backend("highs")

    # -- units (engine.transforms) -----------------------------------------------------------
    def to_internal(self, value: float) -> float:
        """A solver objective or bound as a loss of the internal problem."""
        return self.reduced.to_internal(value)

    def to_work(self, value: float) -> float:
        """An internal loss (the incumbent) in the solver's units: a cut-off or a target."""
        return self.reduced.to_work(value)

    @property
    def best_loss(self) -> float:
        return self.incumbents.best.loss

    # -- clock -------------------------------------------------------------------------------
    def remaining(self) -> float | None:
        """Seconds left for the current solve: to the split's budget, at most to the deadline."""
        if self.deadline is None:
            return None
        end = self.deadline if self.split_deadline is None else min(self.deadline, self.split_deadline)
        return max(end - time.perf_counter(), 0.0)

    def tolerance(self, value: float) -> float:
        """The optimality tolerance at ``value``: max(abs_gap, rel_gap |value|)."""
        return max(self.options.abs_gap, self.options.rel_gap * abs(value))

    # -- models and backends -----------------------------------------------------------------
    def formulation_options(self, signs: Split | None) -> FormulationOptions:
        return self.work.formulation_options(signs)

    def milp_backend(self, model: MilpModel) -> Any:
        """A backend of the chosen solver (``options.solver``) holding ``model``."""
        o = self.options
        return self.milp_class(model, threads=o.threads, seed=o.seed, verbose=o.verbose,
                                log_file=o.log_file)

    def side_backend(self, model: MilpModel) -> Any:
        """A HiGHS backend for an auxiliary LP/QP (polish, root cuts, enumerated patterns)."""
        return self.side_class(model, threads=self.options.threads, seed=self.options.seed)

    def side_solve(self, backend: Any, time_limit: float | None = None) -> RawSolution:
        """Solve an auxiliary LP/QP. HiGHS turns Ctrl-C during a solve into a cancelled solve;
        here it becomes KeyboardInterrupt again, so the fit stops and reports the incumbent
        instead of starting the next MILP as if nothing happened."""
        raw = backend.solve(time_limit=self.remaining() if time_limit is None else time_limit)
        if backend.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt
        return raw

    def small_lp(self, model: MilpModel) -> np.ndarray | None:
        """The optimal point of a small LP (``model`` without integers, e.g. one pattern's
        problem), or None unless HiGHS proves it optimal.

        Solved by HiGHS's small-solve worker (:data:`milp_relu.backends.highs.small_solves`:
        one thread and one reused ``Highs`` per process). A :meth:`side_backend` starts a
        thread and builds a ``Highs`` per solve: 2 ms of a warm-start polish's 2.4 ms on planted
        L1 (25, 3, 2), against about 0.5 ms here. Ctrl-C cancels the solve and raises
        KeyboardInterrupt, as :meth:`side_solve`."""
        from ..backends.highs import highs_lp, small_solves

        if np.any(model.integrality):
            raise ValueError("small_lp solves LPs only")
        lp = highs_lp(model.cost, model.offset, model.A, model.col_lower, model.col_upper, model.row_lower,
                      model.row_upper, model.integrality)
        try:
            _, x = small_solves.solve(lp, random_seed=self.options.seed, time_limit=self.remaining())
        except KeyboardInterrupt:
            self.interrupted = True
            raise
        return x

    # -- progress ----------------------------------------------------------------------------
    def report(self, **fields: Any) -> None:
        """Send a progress record, its bound and incumbent in the user's units."""
        progress = self.options.progress
        if progress is not None:
            fields.setdefault("incumbent", self.best_loss)
            for key in ("bound", "incumbent"):
                if isinstance(fields.get(key), float):
                    fields[key] = self.reduced.to_user(fields[key])
            progress(fields)
