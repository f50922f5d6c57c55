"""``fit``: exact training of a depth-2 ReLU network, with a verified certificate.

Data flows one way: dataset -> formulation (arrays) -> HiGHS -> raw solution ->
network -> polish (the pattern's convex LP/QP) -> float64 verification -> :class:`FitResult`.

* absolute and max losses: one big-M MILP per sign split (or one with sign binaries);
* a loss with a quadratic part (squared, Huber): outer approximation (Duran and Grossmann
  1986) -- a MILP master with tangent cuts of t_i >= q omega_i u_i^2 and, for every master
  pattern, the convex QP with that pattern fixed, until the master's lower bound meets the best
  verified loss. HiGHS never sees an MIQP.

Everything loss-specific comes from the loss object (milp_relu.losses).

The sign splits are solved one after another; each split's search is cut off at the best loss
already verified, so a split that cannot beat it ends early with that loss as its lower bound.
"""
from __future__ import annotations

import math
import numbers
import os
import platform
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np

from . import __version__
from .backends.highs import HighsBackend, RawSolution, highs_version
from .data import Dataset
from .errors import InputError, VerificationError
from .limits import check_int, check_k, check_model_size, check_threads
from .bounds import (global_preactivation_bounds, interval_preactivation_bounds, polytope_obbt,
                     residual_radius, sign_pure_unit_bounds)
from .formulation import (FormulationOptions, MilpModel, build_big_m, ideal_relu_cuts, monotone_pairs,
                          pattern_fixed, tangent_cuts)
from .losses import Loss, get_loss
from .network import ReLUNetwork
from .scaling import ProblemScale

Progress = Callable[[dict[str, Any]], None]

#: The speed options of :func:`fit` and their defaults (each one measured in benchmarks/run.py).
DEFAULT_SPEED: dict[str, Any] = {
    "warm_start": True,            # heuristic incumbent (projected GD + pattern polish) first
    "warm_start_restarts": 6,
    "incumbent_bounds": True,      # |f(x_i) - y_i| <= R_i from the incumbent's loss
    "obbt": False,                 # small LPs over the (w, b) polytope of sign-pure splits:
                                   # 0.97x geomean in benchmarks/results_quick.txt, so off
    "oa_cuts": True,               # squared loss: initial tangents across [-R_i, R_i]
    "ideal_cuts": True,            # root LP cuts of the ideal ReLU formulation (Anderson et al.)
    "ideal_cuts_squared": False,   # ... also on the OA master: measured no gain (see the report)
    "monotone": True,              # sign-pure splits: no binary where the loss grows with h_ij
    "big_m": "point",              # "point": per-point interval big-M; "global": one constant
    "enumeration": "auto",         # d <= 2, k = 1: exact pattern enumeration where faster
    "search": "auto",              # "milp": HiGHS MILP (OA for squared); "tree": milp_relu's own
                                   # branch and bound over activation states; "auto": tree for
                                   # k >= 2, MILP for k = 1 (see _tree_preferred)
}

#: The search strategies of one sign split (fit's ``search`` option).
SEARCHES = ("milp", "tree", "auto")


@dataclass
class FitResult:
    """The answer of :func:`fit` and its certificate.

    Attributes
    ----------
    status : str
        "optimal" (the gap closed within tolerance), "time_limit", "interrupted" (Ctrl-C),
        "infeasible" or "error".
    network : ReLUNetwork or None
        The best network found, verified in float64.
    loss : float
        Verified objective: weighted sum (squared, absolute) or maximum (max).
    loss_sum, loss_mean : float
        Weighted sum and weighted mean of the per-point loss (both equal the maximum for max).
    lower_bound : float
        A lower bound on the optimal ``loss`` proven by the solver.
    gap_abs, gap_rel : float
        loss - lower_bound, and that divided by |loss| (0 when both are 0).
    """

    status: str
    network: ReLUNetwork | None
    loss: float
    loss_sum: float
    loss_mean: float
    lower_bound: float
    gap_abs: float
    gap_rel: float
    time_s: float
    nodes: int
    oa_iterations: int
    k: int
    n: int
    d: int
    loss_name: str
    solver: dict[str, str]
    options: dict[str, Any] = field(default_factory=dict)
    splits: list[dict[str, Any]] = field(default_factory=list)
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``milp-relu solve-instance --json`` (keys are a public contract)."""
        def num(value: float) -> float | None:
            return None if value is None or not math.isfinite(value) else float(value)

        return {
            "status": self.status,
            "loss": num(self.loss),
            "loss_sum": num(self.loss_sum),
            "loss_mean": num(self.loss_mean),
            "loss_name": self.loss_name,
            "lower_bound": num(self.lower_bound),
            "gap_abs": num(self.gap_abs),
            "gap_rel": num(self.gap_rel),
            "time_s": float(self.time_s),
            "nodes": int(self.nodes),
            "oa_iterations": int(self.oa_iterations),
            "k": self.k,
            "n": self.n,
            "d": self.d,
            "network": None if self.network is None else self.network.to_dict(),
            "solver": dict(self.solver),
            "options": dict(self.options),
            "splits": [dict(s) for s in self.splits],
            "message": self.message,
        }


def parse_signs(signs: int | str | Sequence[float] | None, k: int) -> list[tuple[float, ...]] | None:
    """The sign splits to solve: None means all k+1 splits (p positive units first)."""
    if signs is None:
        return None
    if isinstance(signs, str):
        text = signs.strip().lower()
        if text in ("all", "none", ""):
            return None
        if text in ("positive", "convex", "+"):
            signs = k
        else:
            try:
                signs = int(text)
            except ValueError:
                raise InputError(f"signs must be an integer p (p positive units), 'positive' or 'all'; got {signs!r}") from None
    if isinstance(signs, (bool, np.bool_)):
        raise InputError(f"signs must be an integer p (p positive units), 'positive', 'all' or {k} values in {{-1, +1}}; got {signs!r}")
    if isinstance(signs, (int, np.integer)):
        p = int(signs)
        if not 0 <= p <= k:
            raise InputError(f"signs p must lie in 0..k = 0..{k}, got {p}")
        return [tuple([1.0] * p + [-1.0] * (k - p))]
    try:
        values = tuple(float(s) for s in signs)
    except (TypeError, ValueError):
        raise InputError(f"signs must be an integer p (p positive units), 'positive', 'all' or {k} values in {{-1, +1}}; got {signs!r}") from None
    if len(values) != k or any(v not in (-1.0, 1.0) for v in values):
        raise InputError(f"signs must be {k} values in {{-1, +1}}, got {list(signs)}")
    p = sum(1 for v in values if v > 0)
    return [tuple([1.0] * p + [-1.0] * (k - p))]


def _split_order(k: int, y: np.ndarray) -> list[tuple[float, ...]]:
    """All k+1 sign splits, the one whose sign mix best matches the labels first."""
    share_pos = float(np.mean(y > 0)) if y.size else 0.5
    ps = sorted(range(k + 1), key=lambda p: abs(p / k - share_pos))
    return [tuple([1.0] * p + [-1.0] * (k - p)) for p in ps]


@dataclass
class _Incumbent:
    network: ReLUNetwork | None = None
    loss: float = math.inf


def _tolerance(value: float, rel_gap: float, abs_gap: float) -> float:
    return max(abs_gap, rel_gap * abs(value))


def _verification_tolerance(value: float) -> float:
    """Slack allowed between a solver objective and float64 re-evaluation (feasibility tolerances)."""
    return 1e-6 * (1.0 + abs(value))


#: HiGHS's default mip_feasibility_tolerance: how far a returned point may violate each row.
_ROW_TOLERANCE = 1e-6


def _solution_tolerance(value: float, n: int, loss: Loss) -> float:
    """Slack allowed between the objective HiGHS reports for its point and the verified loss
    of the network read from it. Each point's residual row may be off by the row tolerance, and
    the absolute loss adds them up (n of them; the max loss has one epigraph variable)."""
    rows = loss.tolerance_rows(n)
    return _verification_tolerance(value) + rows * _ROW_TOLERANCE


class _Solver:
    """Runs the splits of one fit; holds the shared incumbent, deadline and counters."""

    def __init__(self, full: Dataset, work: Dataset, offset: float, loss: Loss, k: int,
                 weight_bound: float, bias_bound: float, output_bias: bool, symmetry: bool,
                 rel_gap: float, abs_gap: float, threads: int, seed: int, verbose: bool,
                 deadline: float | None, progress: Progress | None, log_file: str | None = None,
                 speed: dict[str, Any] | None = None) -> None:
        self.full, self.work, self.offset = full, work, offset
        self.loss, self.k = loss, k
        self.weight_bound, self.bias_bound = weight_bound, bias_bound
        self.output_bias, self.symmetry = output_bias, symmetry
        self.rel_gap, self.abs_gap = rel_gap, abs_gap
        self.threads, self.seed, self.verbose = threads, seed, verbose
        self.deadline = deadline
        self.progress = progress
        self.log_file = log_file
        self.best = _Incumbent()
        self.nodes = 0
        self.oa_iterations = 0
        self.interrupted = False
        self.timed_out = False
        self.split_deadline: float | None = None
        self.speed = dict(DEFAULT_SPEED if speed is None else speed)
        self.use_enumeration: str | bool = False
        self._relax: np.ndarray | None = None
        #: the best verified warm-start loss of each split's own candidates
        self.warm_losses: dict[tuple[float, ...], float] = {}
        #: user loss = loss_factor * internal loss (milp_relu.scaling); for progress records
        self.loss_factor = 1.0

    # -- helpers ---------------------------------------------------------------------------
    def remaining(self) -> float | None:
        """Seconds left for the current solve: to the split's budget, at most to the deadline."""
        if self.deadline is None:
            return None
        end = self.deadline if self.split_deadline is None else min(self.deadline, self.split_deadline)
        return max(end - time.perf_counter(), 0.0)

    def evaluate(self, network: ReLUNetwork) -> float:
        """The verified objective of a network on the *original* data, in float64."""
        return self.loss.evaluate(network.predict(self.full.X) - self.full.y, self.full.sample_weight).value

    def offer(self, network: ReLUNetwork) -> float:
        """Make ``network`` a candidate: clipped into the boxes (round-off of LP/QP solutions
        or closed forms), then verified in float64; it becomes the incumbent if it is better."""
        network = ReLUNetwork(np.clip(network.W, -self.weight_bound, self.weight_bound),
                              np.clip(network.b, -self.bias_bound, self.bias_bound), network.s, network.c)
        value = self.evaluate(network)
        if value < self.best.loss:
            self.best = _Incumbent(network, value)
        return value

    def options_for(self, signs: tuple[float, ...] | None) -> FormulationOptions:
        return FormulationOptions(k=self.k, loss=self.loss, weight_bound=self.weight_bound,
                                  bias_bound=self.bias_bound, signs=signs,
                                  output_bias=self.output_bias, symmetry=self.symmetry)

    def side_solve(self, backend: HighsBackend, time_limit: float | None = None) -> RawSolution:
        """Solve an auxiliary LP/QP (polish, root cuts). HiGHS turns Ctrl-C during a solve into a
        cancelled solve; here it becomes KeyboardInterrupt again, so the fit stops and reports
        the incumbent instead of starting the next MILP as if nothing happened."""
        raw = backend.solve(time_limit=self.remaining() if time_limit is None else time_limit)
        if backend.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt
        return raw

    def polish(self, model: MilpModel, network: ReLUNetwork) -> ReLUNetwork | None:
        """Re-solve the convex subproblem of ``network``'s activation pattern (LP or QP)."""
        return self.solve_pattern(model, network.pattern(model.dataset.X), network.s)[0]

    def solve_pattern(self, model: MilpModel, pattern: np.ndarray,
                      signs: np.ndarray | Sequence[float]) -> tuple[ReLUNetwork | None, bool]:
        """The best network with activation pattern ``pattern`` (n, k), and whether HiGHS proved
        it optimal. The loss's own pattern solver first where it has one (squared: the QP in the
        network's own parameters, milp_relu.pattern_qp), else the big-M form with the pattern
        fixed: an LP, or for a loss with a quadratic part a QP (epigraph replaced by the Hessian)."""
        signs = np.asarray(signs, dtype=np.float64)
        data = model.dataset
        reduced = self.loss.pattern_network(data.X, data.y, data.weights, pattern, signs,
                                            self.weight_bound, self.bias_bound, self.output_bias,
                                            self.remaining(), self.seed)
        if reduced is not None:
            return reduced, True
        sub = pattern_fixed(model, pattern, signs)
        if self.loss.quadratic:
            sub.cost = self.loss.quadratic_cost(sub.cost, sub)
        backend = HighsBackend(sub, threads=self.threads, seed=self.seed)
        if self.loss.quadratic:
            backend.set_quadratic(self.loss.hessian(sub))
        # HiGHS's active-set QP can cycle on degenerate patterns (seen on one-point instances);
        # an iteration cap bounds that, and whatever point it returns is verified anyway.
        backend.h.setOptionValue("qp_iteration_limit", 20000 + 50 * sub.num_cols)
        raw = self.side_solve(backend)
        if raw.x is None:
            return None, False
        return sub.network_from_solution(raw.x), raw.status == "optimal"

    def certify(self, model: MilpModel, raw: RawSolution) -> float:
        """Network from a raw solution, polished and verified; returns its verified loss."""
        network = model.network_from_solution(raw.x)
        value = self.offer(network)
        polished = self.polish(model, network)
        if polished is not None:
            value = min(value, self.offer(polished))
        claimed = raw.objective + self.offset
        slack = _solution_tolerance(claimed, self.work.n, self.loss)
        if not self.loss.quadratic and value > claimed + slack:
            raise VerificationError(
                f"verified loss {value:.12g} exceeds the solver's objective {claimed:.12g} "
                f"by more than the tolerance {slack:.1e}")
        return value

    def start_or_cutoff(self, model: MilpModel, backend: HighsBackend) -> float | None:
        """Hand the incumbent to HiGHS: as a MIP start when this model can represent it
        exactly (same signs), else as an objective cutoff. Returns the cutoff (or None).

        Both at once would be wrong: HiGHS drops a start that does not beat the cutoff.
        """
        network = self.best.network
        if network is None or not math.isfinite(self.best.loss):
            return None
        signs = model.options.signs
        if signs is None or _same_signs(network, signs):
            backend.set_start(model.solution_from_network(network))
            return None
        return self.best.loss - self.offset

    def report(self, **fields: Any) -> None:
        """Send a progress record, its bound and incumbent in the user's units."""
        if self.progress is not None:
            fields.setdefault("incumbent", self.best.loss)
            for key in ("bound", "incumbent"):
                if isinstance(fields.get(key), float):
                    fields[key] = fields[key] * self.loss_factor
            self.progress(fields)

    # -- warm start and bounds ---------------------------------------------------------------
    def warm_start(self, splits: list[tuple[float, ...]]) -> None:
        """Heuristic incumbents before any MILP: projected gradient descent per sign split, each
        candidate's pattern LP/QP re-solved (polish, repeated while the pattern changes and the
        loss falls), verified in float64 and offered."""
        from .warmstart import gradient_descent_networks

        for signs in splits:
            if self.deadline is not None and time.perf_counter() > self.deadline:
                return
            candidates = gradient_descent_networks(
                self.work.X, self.work.y, self.work.weights, self.loss, signs, self.weight_bound,
                self.bias_bound, self.output_bias, restarts=int(self.speed["warm_start_restarts"]),
                seed=self.seed, keep=2)
            model = build_big_m(self.work, self.options_for(signs))
            for network in candidates:
                current = self.evaluate(network)
                self.offer(network)
                for _ in range(4):
                    polished = self.polish(model, network)
                    if polished is None:
                        break
                    value = self.offer(polished)
                    if value >= current - 1e-9 * (1.0 + abs(current)):
                        break
                    network, current = polished, value
                self.warm_losses[signs] = min(self.warm_losses.get(signs, math.inf), current)

    def most_promising_first(self, splits: list[tuple[float, ...] | None]) -> list[tuple[float, ...] | None]:
        """The splits by their warm-start loss, lowest first (stable; unknown ones last): the
        split that holds the optimum is solved first, and its loss cuts the others off early.
        (G3 complete N = 10: the label-share order ran the mixed split first with the weaker
        cutoff and did not finish in 180 s; this order finishes.)"""
        return sorted(splits, key=lambda sp: self.warm_losses.get(sp, math.inf))

    def preactivation_bounds(self, signs: tuple[float, ...] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, bool]:
        """Big-M bounds for a split: interval (or global), then incumbent-implied and OBBT.

        Returns lower, upper (n, k), the residual radius R (or None) and whether the split was
        proven unable to beat the incumbent (then the MILP need not run)."""
        X = self.work.X
        if self.speed["big_m"] == "global":
            lower, upper = global_preactivation_bounds(X, self.k, self.weight_bound, self.bias_bound)
        else:
            lower, upper = interval_preactivation_bounds(X, self.k, self.weight_bound, self.bias_bound)
        radius = None
        if not self.speed["incumbent_bounds"] or not math.isfinite(self.best.loss):
            return lower, upper, radius, False
        radius = residual_radius(self.work.weights, self.loss, self.best.loss - self.offset)
        if signs is None or self.output_bias:
            return lower, upper, radius, False
        pure = sign_pure_unit_bounds(self.work.y, radius, signs, lower, upper)
        if pure is None:
            return lower, upper, radius, False
        lower, upper = pure
        if self.speed["obbt"]:
            budget = 2.0 if self.remaining() is None else min(2.0, 0.1 * self.remaining())
            tight = polytope_obbt(X, lower[:, 0], upper[:, 0], self.weight_bound, self.bias_bound, budget)
            if tight is None:
                return lower, upper, radius, True
            lower = np.repeat(tight[0][:, None], self.k, axis=1)
            upper = np.repeat(tight[1][:, None], self.k, axis=1)
        return lower, upper, radius, bool(np.any(lower > upper))

    def build(self, signs: tuple[float, ...] | None) -> tuple[MilpModel, np.ndarray | None, bool]:
        lower, upper, radius, hopeless = self.preactivation_bounds(signs)
        relax = monotone_pairs(self.work.y, signs, self.output_bias, self.k) if self.speed["monotone"] else None
        model = build_big_m(self.work, self.options_for(signs), lower, upper, relax)
        model.offset = 0.0
        if radius is not None:
            self.loss.cap_columns(model, radius)
        if self.speed["ideal_cuts"] and not hopeless and not self.loss.quadratic:
            self.add_ideal_cuts(model, relax)
        self._relax = relax
        return model, radius, hopeless

    def add_ideal_cuts(self, model: MilpModel, relax: np.ndarray | None, rounds: int = 8,
                       backend: HighsBackend | None = None,
                       extra_rows: list[tuple[Any, np.ndarray, np.ndarray]] | None = None) -> None:
        """Root cut loop: solve the LP relaxation, add the most violated ideal-formulation ReLU
        inequalities (Anderson et al. 2020), repeat while the LP bound still moves.

        The cuts go into ``model`` (before its backend exists) or, for the squared loss's OA
        master, into ``backend``; ``extra_rows`` (the master's tangent cuts) join the LP only.
        """
        from dataclasses import replace

        lp = replace(model, integrality=np.zeros_like(model.integrality), row_blocks=list(model.row_blocks))
        for rows in extra_rows or []:
            lp.add_rows(rows[0], rows[1], rows[2], "tangent")
        lp_backend = HighsBackend(lp, threads=self.threads, seed=self.seed)
        decided = (model.col_lower[model.index.z] == model.col_upper[model.index.z]).reshape(model.index.n, model.index.k)
        skip = decided if relax is None else (decided | relax)
        previous = -math.inf
        for _ in range(rounds):
            left = self.remaining()
            if left is not None and left < 1.0:
                return
            raw = self.side_solve(lp_backend, None if left is None else 0.2 * left)
            if raw.status != "optimal" or raw.x is None:
                return
            if raw.objective <= previous + 1e-3 * (1.0 + abs(previous)):
                return
            previous = raw.objective
            cuts = ideal_relu_cuts(model, raw.x, skip)
            if cuts is None:
                return
            lp_backend.add_rows(*cuts)
            if backend is not None:
                backend.add_rows(*cuts)
            else:
                model.add_rows(cuts[0], cuts[1], cuts[2], "ideal_relu")

    # -- exact enumeration (k = 1, d <= 2) ----------------------------------------------------
    def enumeration_plan(self, signs: tuple[float, ...]) -> tuple[list[np.ndarray], np.ndarray] | None:
        """Every pattern of a one-unit split, cheapest floor first, with the floors; None where
        the MILP is expected to be faster (d = 2 with more than ``MAX_PATTERNS_2D`` patterns
        whose floor is below the incumbent, or more than ``MAX_POINTS_2D`` points)."""
        from .enumeration import MAX_PATTERNS_2D, MAX_POINTS_2D, pattern_floors, patterns_of

        X = self.work.X
        forced = self.use_enumeration == "forced"
        if X.shape[1] == 2 and X.shape[0] > MAX_POINTS_2D and not forced:
            return None
        patterns = patterns_of(X)
        floors = pattern_floors(self.work.y, self.work.weights, np.array(patterns), self.loss, signs[0])
        order = np.argsort(floors, kind="stable")
        target = self.best.loss - self.offset
        alive = int(np.sum(floors < target - _tolerance(target, self.rel_gap, self.abs_gap)))
        if X.shape[1] == 2 and not forced and alive > MAX_PATTERNS_2D:
            return None
        return [patterns[i] for i in order], floors[order]

    def enumerate_split(self, signs: tuple[float, ...],
                        plan: tuple[list[np.ndarray], np.ndarray]) -> dict[str, Any]:
        """Solve one sign split of a one-unit instance with d <= 2 by pattern enumeration,
        visiting the patterns of ``plan`` (from :meth:`enumeration_plan`)."""
        from .enumeration import off_loss, squared_pattern_1d

        label = f"p={sum(1 for s in signs if s > 0)}"
        started = time.perf_counter()
        patterns, floors = plan
        d = self.work.d
        model = build_big_m(self.work, self.options_for(signs))
        ix = model.index
        base = pattern_fixed(model, np.zeros((self.work.n, self.k)))
        # squared: a closed form in d = 1, the reduced QP (milp_relu.pattern_qp) in d = 2
        backend = HighsBackend(base, threads=self.threads, seed=self.seed) if not self.loss.quadratic else None
        z_cols = np.arange(ix.z.start, ix.z.stop, dtype=np.int32)
        y, wts = self.work.y, self.work.weights
        bound = math.inf
        status = "optimal"
        solved = 0
        for floor, pattern in zip(floors, patterns):
            target = self.best.loss - self.offset
            if floor >= target - _tolerance(target, self.rel_gap, self.abs_gap):
                bound = min(bound, floor + self.offset)
                break  # sorted: every remaining pattern is at least this expensive
            left = self.remaining()
            if left is not None and left <= 0:
                status = "time_limit"
                self.timed_out = True
                bound = min(bound, floor + self.offset)
                break
            solved += 1
            if self.loss.quadratic:
                if d == 1:
                    closed = squared_pattern_1d(self.work.X[:, 0], y, wts, pattern, signs[0],
                                                self.weight_bound, self.bias_bound)
                    if closed is None:
                        continue
                    w_opt, b_opt, on_value = closed
                    bound = min(bound, on_value + off_loss(y, wts, ~pattern, self.loss) + self.offset)
                    self.offer(ReLUNetwork(np.array([[w_opt]]), np.array([b_opt]), np.array(signs), 0.0))
                    continue
                network, proven = self.solve_pattern(model, pattern.reshape(-1, 1), signs)
                if network is not None:
                    self.offer(network)
                if not proven:
                    return self._enumeration_failed(signs, started)
                # a proven QP optimum is this network's loss (its pattern's closed problem, as
                # an LP's optimum is below)
                bound = min(bound, self.evaluate(network))
                continue
            value = pattern.astype(np.float64)
            backend.change_col_bounds(z_cols, value, value)
            raw = backend.solve(time_limit=left)
            if raw.status not in ("optimal", "infeasible"):
                # the warm-started LP can stall on a degenerate pattern: once more from scratch
                fresh = HighsBackend(pattern_fixed(base, pattern.reshape(-1, 1)), threads=self.threads,
                                     seed=self.seed)
                raw = fresh.solve(time_limit=self.remaining())
            if raw.status == "infeasible":
                continue
            if raw.status in ("time_limit", "interrupted"):
                status = raw.status
                self.timed_out |= raw.status == "time_limit"
                self.interrupted |= raw.status == "interrupted"
                bound = min(bound, floor + self.offset)
                break
            if raw.x is None or raw.status != "optimal":
                return self._enumeration_failed(signs, started)
            bound = min(bound, raw.objective + self.offset)
            network = base.network_from_solution(raw.x)
            self.offer(network)
        if not math.isfinite(bound):
            bound = self.best.loss
        self.report(split=label, status=status, bound=bound)
        return {"split": label, "status": status, "loss": self.best.loss, "lower_bound": bound,
                "nodes": 0, "time_s": time.perf_counter() - started, "method": "enumeration",
                "patterns_solved": solved}

    def _enumeration_failed(self, signs: tuple[float, ...], started: float) -> dict[str, Any]:
        """HiGHS could not prove some pattern's LP/QP optimal (its QP reports "Solve error" on a
        few degenerate patterns): solve the split by the MILP instead, keeping the incumbent."""
        record = self.solve_split(signs)
        record["time_s"] = time.perf_counter() - started
        record["method"] = "enumeration, then milp"
        return record

    # -- one split by milp_relu's own search tree ----------------------------------------------
    def uses_tree(self, signs: tuple[float, ...] | None) -> bool:
        """Whether this split goes to :func:`milp_relu.branch_and_bound.solve_split_bnb`."""
        search = self.speed["search"]
        if signs is None or search == "milp":
            return False
        if search == "tree":
            return True
        return _tree_preferred(self.work.n, self.work.d, self.k, self.loss)

    def tree_split(self, signs: tuple[float, ...]) -> dict[str, Any]:
        """Solve one sign split by branch and bound over activation states (one search tree,
        convex node relaxations on HiGHS); its network is verified here like every other."""
        from .branch_and_bound import solve_split_bnb

        label = _split_label(signs)
        started = time.perf_counter()
        incumbent = self.best.loss
        network = self.best.network
        same = network is not None and _same_signs(network, signs)
        left = self.remaining()
        end = None if left is None else time.perf_counter() + left
        result = solve_split_bnb(
            self.work.X, self.work.y, self.loss.name, signs, self.weight_bound, self.bias_bound,
            self.output_bias, self.work.sample_weight, incumbent=network if same else None,
            cutoff=incumbent - self.offset, deadline=end,
            rel_gap=self.rel_gap, abs_gap=self.abs_gap, seed=self.seed)
        self.nodes += result.nodes
        split_ub = self.offer(result.network) if result.network is not None else math.inf
        bound = result.lower_bound + self.offset
        status = {"optimal": "optimal", "cutoff": "pruned", "time_limit": "time_limit",
                  "interrupted": "interrupted"}.get(result.status, "error")
        self.interrupted |= status == "interrupted"
        if status == "pruned":
            bound = max(bound, min(incumbent, self.best.loss))
        if status == "time_limit":
            if self.remaining() is None or self.remaining() > 0:
                # the tree could not prove a node's relaxation: the MILP settles the split
                record = self.solve_split(signs)
                record["method"] = "tree, then milp"
                return record
            self.timed_out = True
        self.report(split=label, status=status, bound=bound)
        return {"split": label, "status": status, "loss": split_ub, "lower_bound": bound,
                "nodes": result.nodes, "time_s": time.perf_counter() - started, "method": "tree"}

    # -- one split -------------------------------------------------------------------------
    def solve_split(self, signs: tuple[float, ...] | None) -> dict[str, Any]:
        label = "binary" if signs is None else f"p={sum(1 for s in signs if s > 0)}"
        started = time.perf_counter()
        incumbent = self.best.loss
        model, radius, hopeless = self.build(signs)
        if hopeless:
            # the incumbent-implied bounds leave no network of this split: its optimum is >= UB
            self.report(split=label, status="pruned", bound=incumbent)
            return {"split": label, "status": "pruned", "loss": math.inf, "lower_bound": incumbent,
                    "nodes": 0, "time_s": time.perf_counter() - started}
        backend = HighsBackend(model, threads=self.threads, seed=self.seed, verbose=self.verbose,
                               log_file=self.log_file)
        if self.loss.quadratic:
            return self._outer_approximation(model, backend, label, radius, incumbent)
        cutoff = self.start_or_cutoff(model, backend)
        raw = backend.solve(time_limit=self.remaining(), cutoff=cutoff,
                            rel_gap=self.rel_gap, abs_gap=self.abs_gap)
        self.nodes += raw.nodes
        self.interrupted |= backend.interrupted
        split_ub = math.inf
        if raw.x is not None:
            split_ub = self.certify(model, raw)
        bound = raw.bound + self.offset if math.isfinite(raw.bound) else -math.inf
        status = raw.status
        if raw.status == "infeasible" and (radius is not None or cutoff is not None):
            # the incumbent's cut-off (or the bounds it implies) left nothing: nothing in this
            # split is as good as the incumbent -- pruned, not an infeasible training problem
            bound = max(bound, min(incumbent, self.best.loss))
            status = "pruned"
        if raw.status == "time_limit":
            self.timed_out = True
        self.report(split=label, status=status, bound=bound)
        return {"split": label, "status": status, "loss": split_ub, "lower_bound": bound,
                "nodes": raw.nodes, "time_s": raw.time_s, "method": "milp"}

    def _outer_approximation(self, model: MilpModel, backend: HighsBackend, label: str,
                             radius: np.ndarray | None = None, incumbent: float = math.inf) -> dict[str, Any]:
        """A loss with a quadratic part (squared, Huber): MILP master with tangent cuts of its
        epigraph t_i >= q omega_i u_i^2 plus the pattern QP, until bounds meet. Cut points are
        residuals mapped to the quadratic column's value (``Loss.quadratic_points``: squared,
        u = r; Huber, u = r clipped to [-delta, delta])."""
        y = self.work.y
        loss = self.loss
        base_points = [-y, np.zeros_like(y)]
        if self.best.network is not None:
            base_points.append(self.best.network.predict(self.work.X) - y)
        if self.speed["oa_cuts"] and radius is not None:
            # r is boxed in [-R, R] by the incumbent: tangents across the box make the master's
            # epigraph within (R/4)^2 / 4 of r^2 everywhere from the first iteration
            for fraction in (-1.0, -0.5, 0.5, 1.0):
                base_points.append(fraction * radius)
        tangents = [tangent_cuts(model, loss.quadratic_points(pts)) for pts in base_points]
        for rows in tangents:
            backend.add_rows(*rows)
        if self.speed["ideal_cuts"] and self.speed["ideal_cuts_squared"]:
            self.add_ideal_cuts(model, self._relax, backend=backend, extra_rows=tangents)
        split_ub = math.inf
        bound = -math.inf
        status = "error"
        nodes = 0
        previous_r: np.ndarray | None = None
        start = time.perf_counter()
        while True:
            self.oa_iterations += 1
            # the master runs with gaps ten times tighter than the outer approximation's, so
            # that its bound can close the OA gap rather than stall just outside it
            raw = backend.solve(time_limit=self.remaining(), cutoff=self.start_or_cutoff(model, backend),
                                rel_gap=0.1 * self.rel_gap, abs_gap=0.1 * self.abs_gap)
            nodes += raw.nodes
            self.nodes += raw.nodes
            self.interrupted |= backend.interrupted
            status = raw.status
            if math.isfinite(raw.bound):
                bound = max(bound, raw.bound + self.offset)
            if raw.status == "infeasible" and math.isfinite(incumbent):
                # no network of this split beats the cut-off, which lies between the best
                # loss now and the incumbent at the split's start
                bound = max(bound, min(incumbent, self.best.loss))
                status = "pruned"
            if raw.x is None:
                break
            network = model.network_from_solution(raw.x)
            split_ub = min(split_ub, self.offer(network))
            polished = self.polish(model, network)
            if polished is not None:
                split_ub = min(split_ub, self.offer(polished))
            self.report(split=label, status="oa", iteration=self.oa_iterations, bound=bound)
            if raw.status != "optimal":
                break
            target = min(split_ub, self.best.loss)
            if target - bound <= _tolerance(target, self.rel_gap, self.abs_gap):
                break
            # cuts at the master's residuals where its epigraph is violated, and at the QP's
            lv = model.index.loss_vars
            r_master = raw.x[lv[loss.quadratic_column]]
            t_master = raw.x[lv["t"]]
            # a cut only where the master under-estimates a point's loss by more than it can
            # matter against the tolerance (spread over the points); else its optimum is exact
            true_t = loss.epigraph(r_master, self.work.weights)
            slack = 0.1 * _tolerance(target, self.rel_gap, self.abs_gap) / self.work.n
            if loss.epigraph_cost != 1.0:  # t's columns in units of rho^2 (milp_relu.losses.base)
                slack = slack / loss.epigraph_cost
            violated = t_master < true_t - np.maximum(slack, 1e-9 * (1.0 + true_t))
            if not np.any(violated):
                break
            if previous_r is not None and np.allclose(r_master, previous_r, rtol=1e-9, atol=1e-9):
                break  # stalled: the cuts at this point exist; what remains is solver tolerance
            previous_r = r_master
            idx = np.flatnonzero(violated)
            backend.add_rows(*tangent_cuts(model, r_master[idx], idx))
            if polished is not None:
                r_qp = polished.predict(self.work.X) - y
                backend.add_rows(*tangent_cuts(model, loss.quadratic_points(r_qp)))
        return {"split": label, "status": status, "loss": split_ub, "lower_bound": bound,
                "nodes": nodes, "time_s": time.perf_counter() - start, "method": "milp"}


def fit(X: Any, y: Any, k: int = 1, loss: str | Loss = "squared", weight_bound: float = 1.0,
        bias_bound: float | None = None, sample_weight: Any = None,
        signs: int | str | Sequence[float] | None = None, output_bias: bool = False,
        time_limit: float | None = None, rel_gap: float = 1e-6, abs_gap: float = 1e-6,
        threads: int = 1, seed: int = 0, verbose: bool = False, *,
        sign_mode: str = "split", symmetry: bool = True, merge_duplicates: bool = True,
        progress: Progress | None = None, log_file: str | None = None,
        warm_start: bool = DEFAULT_SPEED["warm_start"],
        incumbent_bounds: bool = DEFAULT_SPEED["incumbent_bounds"],
        obbt: bool = DEFAULT_SPEED["obbt"], oa_cuts: bool = DEFAULT_SPEED["oa_cuts"],
        monotone: bool = DEFAULT_SPEED["monotone"], ideal_cuts: bool = DEFAULT_SPEED["ideal_cuts"],
        big_m: str = DEFAULT_SPEED["big_m"], enumeration: str | bool = DEFAULT_SPEED["enumeration"],
        search: str = DEFAULT_SPEED["search"], huber_delta: float | None = None) -> FitResult:
    """Train f(x) = sum_j s_j max(0, w_j . x + b_j) (+ c) to a certified global optimum.

    Parameters
    ----------
    X : array (n, d)
    y : array (n,)
    k : int
        Hidden units (>= 1).
    loss : {"squared", "absolute", "max", "huber"} or Loss
        Objective sum_i omega_i (f(x_i) - y_i)^2, sum_i omega_i |f(x_i) - y_i|,
        max_i |f(x_i) - y_i| (the max loss ignores weights), or
        sum_i omega_i huber_delta(f(x_i) - y_i) (``huber_delta`` required); or a loss object from
        :func:`milp_relu.losses.get_loss`.
    weight_bound, bias_bound : float
        Boxes |W_jl| <= weight_bound, |b_j| <= bias_bound (bias_bound defaults to weight_bound).
    sample_weight : array (n,), optional
        Positive weights omega_i.
    signs : int, str or sequence, optional
        None solves every sign split (the whole training problem); an integer p fixes p positive
        and k - p negative units; "positive" is the convex case p = k.
    output_bias : bool
        Add a free output bias c.
    time_limit : float, optional
        Seconds for the whole fit; on expiry the best verified network and the bound are returned.
    rel_gap, abs_gap : float
        Optimality tolerances (both used: realizable instances have optimum 0). ``abs_gap`` is
        in units of the labels' loss (see :mod:`milp_relu.scaling`): the fit stops when
        loss - bound <= abs_gap * factor, with factor = sigma^2 * smallest weight (squared),
        sigma * smallest weight (absolute) or sigma (max), sigma = max |y_i|; so the default means
        the same at every scale of y. ``result.options["abs_gap_absolute"]`` is that product.
    threads, seed, verbose : int, int, bool
        HiGHS threads, random seed and log.
    sign_mode : {"split", "binary"}
        Solve the k + 1 sign splits one by one (default), or one MILP with sign binaries.
    symmetry : bool
        Symmetry-breaking rows among units of equal sign.
    merge_duplicates : bool
        Merge repeated samples exactly (see :meth:`Dataset.merge_duplicates`).
    progress : callable, optional
        Called with a dict after every solve (split, status, bound, incumbent).
    log_file : str, optional
        Append HiGHS's log of every MILP solve to this file.
    warm_start : bool
        Before any MILP, find a heuristic network per sign split (multi-start projected gradient
        descent in the boxes, then its pattern's LP/QP), verified and used as incumbent: MIP start,
        cutoff and the source of the incumbent bounds.
    incumbent_bounds : bool
        Bound every residual by what the incumbent's loss allows (|r_i| <= sqrt(UB / omega_i)
        squared, UB / omega_i absolute, UB max) and, in splits whose units share one sign, the
        pre-activations through the output; valid for every network that can still improve.
    obbt : bool
        Tighten those pre-activation bounds further with small LPs (sign-pure splits). Off by
        default: on the quick benchmark it did not pay (0.97x geometric mean).
    oa_cuts : bool
        Squared loss: initial tangent cuts across the incumbent's residual box.
    monotone : bool
        In splits whose units share one sign (no output bias), drop the binaries of the points
        whose loss only grows with the activations (y_i <= 0 for positive units, >= 0 for
        negative): h_ij >= max(0, p_ij) alone is exact there.
    ideal_cuts : bool
        Absolute and max losses: before the MILP, rounds of LP relaxation plus the most violated
        inequalities of the ideal per-unit ReLU formulation (Anderson et al. 2020), added as rows.
        (On the squared loss's OA master they measured no gain and stay off.)
    big_m : {"point", "global"}
        Per-point interval big-M (default) or one global constant (for comparison only).
    enumeration : {"auto", True, False}
        Exact enumeration of activation patterns for one unit in d <= 2 (no output bias). "auto":
        always in d = 1; in d = 2 per split, when at most ``enumeration.MAX_PATTERNS_2D``
        patterns have a floor below the incumbent (n <= ``MAX_POINTS_2D``). True: always.

    search : {"milp", "tree", "auto"}
        How each sign split is searched: HiGHS's MILP (outer approximation for a loss with a
        quadratic part), milp_relu's own branch and bound over activation states with convex node
        relaxations (:mod:`milp_relu.branch_and_bound`; the squared, absolute and max losses), or
        per split the one the benchmark found faster for its size and loss (the MILP for Huber).
    huber_delta : float, optional
        delta > 0 of the Huber loss, in the labels' units (huber_delta(r) = r^2 / 2 for
        |r| <= delta, delta (|r| - delta / 2) beyond; scipy.special.huber's convention). Only
        with ``loss="huber"``, where it is required.

    Returns
    -------
    FitResult

    References
    ----------
    Goel, Klivans, Manurangsi, Reichman, "Tight Hardness Results for Training Depth-2 ReLU
    Networks", ITCS 2021 (arXiv:2011.13550). Duran and Grossmann, "An outer-approximation
    algorithm for a class of mixed-integer nonlinear programs", Math. Programming 36 (1986).
    """
    started = time.perf_counter()
    if not isinstance(loss, (str, Loss)):
        _refuse("loss", loss, "one of 'squared', 'absolute', 'max', 'huber' or a Loss")
    loss = get_loss(loss, huber_delta=huber_delta)
    k = check_k(k)
    threads = check_threads(threads)
    seed = check_int(seed, "seed", 0, 2**31 - 1)
    for name, flag in (("output_bias", output_bias), ("verbose", verbose), ("symmetry", symmetry),
                       ("merge_duplicates", merge_duplicates), ("warm_start", warm_start),
                       ("incumbent_bounds", incumbent_bounds), ("obbt", obbt), ("oa_cuts", oa_cuts),
                       ("monotone", monotone), ("ideal_cuts", ideal_cuts)):
        if not isinstance(flag, (bool, np.bool_)):
            _refuse(name, flag, "True or False")
    if progress is not None and not callable(progress):
        _refuse("progress", progress, "a callable taking one dict, or None")
    if log_file is not None and not isinstance(log_file, (str, os.PathLike)):
        _refuse("log_file", log_file, "a path or None")
    dataset = Dataset(X, y, sample_weight)
    check_model_size(dataset.n, dataset.d, k)
    weight_bound = _positive(weight_bound, "weight bound")
    bias_bound = weight_bound if bias_bound is None else _non_negative(bias_bound, "bias bound")
    if time_limit is not None:
        time_limit = _positive(time_limit, "time limit")
    rel_gap = _non_negative(rel_gap, "relative gap")
    abs_gap = _non_negative(abs_gap, "absolute gap")
    if sign_mode not in ("split", "binary"):
        raise InputError(f"sign_mode must be 'split' or 'binary', got {sign_mode!r}")
    fixed = parse_signs(signs, k)

    # the solver works in internal units (labels of size 1, weight box 1; milp_relu.scaling)
    scale = ProblemScale.for_problem(dataset, loss, weight_bound, bias_bound)
    internal = scale.apply(dataset)
    internal_loss = scale.internal_loss  # parameters in label units rescaled (Huber's delta)
    work, offset = internal, 0.0
    if merge_duplicates:
        merged, inverse = internal.merge_duplicates(internal_loss)
        if merged.n < internal.n:
            work = merged
            if internal_loss.merges_by_mean:
                offset = internal.merge_offset(merged, inverse)
    deadline = None if time_limit is None else started + time_limit
    if not isinstance(big_m, str) or big_m not in ("point", "global"):
        raise InputError(f"big_m must be 'point' or 'global', got {big_m!r}")
    if not (enumeration == "auto" or isinstance(enumeration, (bool, np.bool_))):
        raise InputError(f"enumeration must be 'auto', True or False, got {enumeration!r}")
    if not isinstance(search, str) or search not in SEARCHES:
        raise InputError(f"search must be one of {', '.join(SEARCHES)}; got {search!r}")
    if search == "tree" and loss.name not in TREE_LOSSES:
        raise InputError(f"search='tree' supports the {', '.join(TREE_LOSSES)} losses, not {loss.name}; "
                         "use search='milp' or 'auto'")
    speed = dict(DEFAULT_SPEED, search=search, warm_start=bool(warm_start), incumbent_bounds=bool(incumbent_bounds),
                 obbt=bool(obbt), oa_cuts=bool(oa_cuts), monotone=bool(monotone), ideal_cuts=bool(ideal_cuts), big_m=big_m,
                 enumeration=enumeration)
    solver = _Solver(internal, work, offset, internal_loss, k, 1.0, scale.bias_bound(bias_bound), output_bias,
                     symmetry, rel_gap, abs_gap, int(threads), int(seed), verbose, deadline, progress,
                     log_file, speed)
    solver.loss_factor = scale.loss_factor
    # The zero network is feasible in every split: a first incumbent and cutoff.
    solver.offer(ReLUNetwork(np.zeros((k, dataset.d)), np.zeros(k), np.ones(k), 0.0))

    if fixed is not None:
        splits: list[tuple[float, ...] | None] = list(fixed)
    elif sign_mode == "binary":
        splits = [None]
    else:
        splits = list(_split_order(k, work.y))
    from .enumeration import enumeration_applies

    if enumeration and sign_mode == "split" and enumeration_applies(work.n, work.d, k, internal_loss, output_bias):
        solver.use_enumeration = "forced" if enumeration is True else "auto"
    # in d = 1 the enumeration needs no incumbent; in d = 2 the incumbent decides how many
    # patterns survive, and so whether to enumerate at all
    if speed["warm_start"] and not (solver.use_enumeration and work.d == 1):
        try:
            solver.warm_start([sp if sp is not None else None for sp in splits if sp is not None]
                              or list(_split_order(k, work.y)))
        except KeyboardInterrupt:  # Ctrl-C: keep what is verified, report it with its bound
            solver.interrupted = True
    splits = solver.most_promising_first(splits)
    records = _solve_splits(solver, splits, deadline)
    return _finish(solver, dataset, scale, records, started, dict(
        k=k, loss=loss.name, weight_bound=weight_bound, bias_bound=bias_bound,
        signs=None if fixed is None else sum(1 for s in fixed[0] if s > 0),
        output_bias=output_bias, time_limit=time_limit, rel_gap=rel_gap, abs_gap=abs_gap,
        threads=int(threads), seed=int(seed), sign_mode=sign_mode, symmetry=symmetry,
        merge_duplicates=merge_duplicates, warm_start=bool(warm_start),
        incumbent_bounds=bool(incumbent_bounds), obbt=bool(obbt), oa_cuts=bool(oa_cuts),
        monotone=bool(monotone), ideal_cuts=bool(ideal_cuts), big_m=big_m,
        enumeration=enumeration, search=search, scale=scale.to_dict(),
        abs_gap_absolute=abs_gap * scale.loss_factor, **loss.params()))


def _same_signs(network: ReLUNetwork, signs: Sequence[float]) -> bool:
    """Whether ``network`` belongs to the sign split ``signs`` (as a multiset of output signs)."""
    return bool(np.array_equal(np.sort(network.s), np.sort(np.asarray(signs))))


#: The losses milp_relu's own search tree (branch_and_bound*.py) handles; the others (Huber)
#: go to the MILP / outer approximation.
TREE_LOSSES = ("squared", "absolute", "max")


def _tree_preferred(n: int, d: int, k: int, loss: Loss) -> bool:
    """``search="auto"``: the own search tree for k >= 2, the MILP for one unit (and for every
    loss the tree does not handle).

    Measured end to end through ``fit`` (benchmarks/results_search.txt): with k >= 2 the tree
    was faster on every family, all three losses (G3 complete N=5: 23x; planted (20, 2, 3) L1
    2.8x, (20, 1, 3) squared 2.3x); with k = 1 the MILP's per-point big-M and incumbent bounds
    leave it a few nodes, and the tree lost ((200, 5, 1) L1: 19.6 s against a time-out at 60 s).
    """
    return k >= 2 and loss.name in TREE_LOSSES


def _split_label(split: tuple[float, ...] | None) -> str:
    return "binary" if split is None else f"p={sum(1 for s in split if s > 0)}"


def _solve_splits(solver: _Solver, splits: list[tuple[float, ...] | None], deadline: float | None) -> list[dict[str, Any]]:
    """Solve every split; under a time limit each first gets a fair share of what is left,
    then the unfinished ones share the rest (restarted with the better cutoff). A split that
    never ran keeps the trivial bound 0 (every loss is non-negative)."""
    records: list[dict[str, Any]] = [
        {"split": _split_label(sp), "status": "not_started", "loss": math.inf, "lower_bound": 0.0,
         "nodes": 0, "time_s": 0.0} for sp in splits]
    for _attempt in range(2):
        todo = [i for i, r in enumerate(records) if r["status"] in ("not_started", "time_limit")]
        for position, index in enumerate(todo):
            if solver.interrupted:
                break
            if deadline is not None:
                left = deadline - time.perf_counter()
                if left <= 0:
                    solver.timed_out = True
                    break
                solver.split_deadline = time.perf_counter() + left / (len(todo) - position)
            try:
                plan = None
                if solver.use_enumeration and splits[index] is not None:
                    plan = solver.enumeration_plan(splits[index])
                if plan is not None:
                    record = solver.enumerate_split(splits[index], plan)
                elif solver.uses_tree(splits[index]):
                    record = solver.tree_split(splits[index])
                else:
                    record = solver.solve_split(splits[index])
            except KeyboardInterrupt:
                # Ctrl-C outside HiGHS's own handling (model building, polishing): the split
                # keeps its previous record and bound; the verified incumbent is reported
                solver.interrupted = True
                break
            previous = records[index]
            record["lower_bound"] = max(record["lower_bound"], previous["lower_bound"], 0.0)
            record["nodes"] += previous["nodes"]
            record["time_s"] += previous["time_s"]
            records[index] = record
        solver.split_deadline = None
        if deadline is None or solver.interrupted:
            break
    return records


def _finish(solver: _Solver, dataset: Dataset, scale: ProblemScale, records: list[dict[str, Any]],
            started: float, options: dict[str, Any]) -> FitResult:
    """The certificate: bounds and status decided in internal units, where the tolerances are
    scale-free; the network and its loss mapped back and recomputed in the user's units."""
    upper = solver.best.loss
    lower = min((r["lower_bound"] for r in records), default=-math.inf)
    # A proven lower bound above a verified loss would mean a wrong model: never pass it silently.
    slack = _verification_tolerance(upper) + max(solver.abs_gap, solver.rel_gap * abs(upper))
    if lower > upper + slack:
        raise VerificationError(
            f"solver lower bound {scale.loss_to_user(lower):.12g} exceeds the verified loss "
            f"{scale.loss_to_user(upper):.12g} of a feasible network")
    lower = min(lower, upper)
    closed = upper - lower <= _tolerance(upper, solver.rel_gap, solver.abs_gap) + _verification_tolerance(upper)
    network, value = _verified_in_user_units(solver, dataset, scale)
    lower_user = min(scale.loss_to_user(lower), value.value) if math.isfinite(lower) else -math.inf
    gap_abs = value.value - lower_user if math.isfinite(lower_user) else math.inf
    if value.value != 0:
        gap_rel = gap_abs / abs(value.value)
    else:
        gap_rel = 0.0 if gap_abs == 0 else math.inf
    return FitResult(status=_status(solver, records, closed), network=network, loss=value.value,
                     loss_sum=value.total, loss_mean=value.mean, lower_bound=lower_user,
                     gap_abs=gap_abs, gap_rel=gap_rel, time_s=time.perf_counter() - started,
                     nodes=solver.nodes, oa_iterations=solver.oa_iterations, k=solver.k,
                     n=dataset.n, d=dataset.d, loss_name=solver.loss.name,
                     solver={"name": "highs", "version": highs_version(), "milp_relu": __version__,
                             "python": platform.python_version()},
                     options=options, splits=[_clean(r, scale) for r in records])


def _verified_in_user_units(solver: _Solver, dataset: Dataset,
                            scale: ProblemScale) -> tuple[ReLUNetwork, Any]:
    """The incumbent in the user's units, its loss recomputed there in float64, and checked
    against its internal loss times the scale's factor (a mismatch is an error)."""
    network = scale.network_to_user(solver.best.network)
    value = scale.loss.evaluate(network.predict(dataset.X) - dataset.y, dataset.sample_weight)
    expected = scale.loss_to_user(solver.best.loss)
    allowed = scale.loss_to_user(_verification_tolerance(solver.best.loss))
    if not abs(value.value - expected) <= allowed:
        raise VerificationError(
            f"the network's loss in the user's units {value.value:.12g} differs from its internal "
            f"loss times the scale factor, {expected:.12g}, by more than {allowed:.1e}")
    return network, value


def _status(solver: _Solver, records: list[dict[str, Any]], closed: bool) -> str:
    """The fit's status from the splits' records and whether the gap closed."""
    statuses = {r["status"] for r in records}
    if "error" in statuses or "unbounded" in statuses:
        return "error"
    if closed and statuses <= {"optimal", "infeasible", "pruned"}:
        return "optimal"
    if solver.interrupted:
        return "interrupted"
    if closed:
        return "optimal"
    return "time_limit" if (solver.timed_out or "time_limit" in statuses) else "error"


def _clean(record: dict[str, Any], scale: ProblemScale) -> dict[str, Any]:
    """A split's record for the result: losses in the user's units, None where not finite."""
    out = dict(record)
    for key in ("loss", "lower_bound"):
        out[key] = scale.loss_to_user(out[key]) if math.isfinite(out[key]) else None
    return out


def _refuse(name: str, value: Any, expected: str) -> None:
    """Raise the InputError for argument ``name``: what was expected and what came."""
    raise InputError(f"{name} must be {expected}, got {value!r}")


def _positive(value: Any, name: str) -> float:
    return _checked_number(value, name, allow_zero=False)


def _non_negative(value: Any, name: str) -> float:
    return _checked_number(value, name, allow_zero=True)


def _checked_number(value: Any, name: str, allow_zero: bool) -> float:
    """A finite float, > 0 (or >= 0 with allow_zero); InputError naming the argument otherwise."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise InputError(f"{name} must be a number, got {value!r}")
    number = float(value)
    ok = number >= 0 if allow_zero else number > 0
    if not (ok and math.isfinite(number)):
        kind = "non-negative" if allow_zero else "positive"
        raise InputError(f"{name} must be {kind} and finite, got {value!r}")
    return number
