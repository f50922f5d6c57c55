"""``fit``: exact training of a depth-2 ReLU network, with a verified certificate.

Data flows one way (docs/design.md): the user's arguments -> :class:`~.problem.Problem` and
:class:`~.options.SolveOptions` (validated once) -> the reductions of :mod:`.transforms`
(rescale, merge duplicates) -> per sign split a strategy of :mod:`.strategies` on a backend
(formulation arrays -> backend -> raw solution) -> every network verified in float64
(:mod:`.certificate`) -> the certificate, mapped back to the user's units -> :class:`FitResult`.
"""
from __future__ import annotations

import math
import platform
import time
from dataclasses import dataclass, field, replace
from collections.abc import Mapping
from typing import Any, Sequence

import numpy as np
from threadpoolctl import ThreadpoolController

from .. import __version__
from ..errors import InputError, VerificationError
from ..losses import Loss, LossValue
from ..network import ReLUNetwork
from .certificate import decide
from .context import SearchContext
from .options import DEFAULT_SPEED, Progress, SolveOptions
from .problem import Problem
from .schedule import run
from .strategies.tree import TREE_LOSSES
from .blocks import IdenticalBlocks
from .transforms import Rescale, reduce

#: The process's BLAS thread pools (threadpoolctl: NumPy's and SciPy's OpenBLAS, both loaded by
#: now), found once at import (3 ms, which a fit of 0.1 s would otherwise pay); a fit limits
#: them to its threads for its duration (16 us).
BLAS_POOLS = ThreadpoolController()


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
        Verified objective: weighted sum (squared, absolute, huber) or maximum (max).
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
        search: str = DEFAULT_SPEED["search"], solver: str = "highs",
        huber_delta: float | None = None,
        decompose: bool = DEFAULT_SPEED["decompose"],
        tree_options: Mapping[str, Any] | None = None) -> FitResult:
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
        How each sign split is searched: the MILP (on HiGHS outer approximation for a loss with
        a quadratic part), milp_relu's own branch and bound over activation states with convex
        node relaxations (:mod:`milp_relu.branch_and_bound`; the squared, absolute and max
        losses, HiGHS only), or per split the one the benchmark found faster for its size and
        loss (the MILP for Huber, and on any solver but HiGHS).
    solver : {"highs", "scip", "gurobi"}
        The MILP backend (:func:`milp_relu.backends.get_backend`; SCIP and Gurobi are optional
        extras). A backend that solves convex MIQPs gets a loss with a quadratic part (squared,
        Huber) natively. Polish, root cuts and enumerated patterns are small LPs/QPs on HiGHS;
        every answer goes through the same float64 verification. On SCIP such a model cannot
        certify an absolute gap below about 2e-9 per epigraph row in scaled units
        (:meth:`milp_relu.backends.scip.ScipBackend.gap_resolution`), which passes the default
        ``abs_gap`` near 500 points: SCIP is then asked for that wider gap, and where the fit's
        own gap test does not close the status is "error" with a ``message`` that says so (the
        network and bound stay valid); "optimal" is never claimed.
    huber_delta : float, optional
        delta > 0 of the Huber loss, in the labels' units (huber_delta(r) = r^2 / 2 for
        |r| <= delta, delta (|r| - delta / 2) beyond; scipy.special.huber's convention). Only
        with ``loss="huber"``, where it is required.
    decompose : bool
        Solve c >= 2 identical coordinate blocks that no point mixes (as in c disjoint copies of a
        gadget) as one block, exactly (:mod:`milp_relu.engine.blocks`): the reduced problem's
        optimum and bound times c (the same, for max) are the whole problem's, its network is
        copied onto every block and verified on the whole data. ``result.options["decomposition"]``
        records each reduction applied.
    tree_options : mapping, optional
        Switches of milp_relu's own search tree, by name (the fields of
        :class:`milp_relu.branch_and_bound.BnBOptions`, e.g. ``{"subset_bounds": "off"}``), for
        measuring what each is worth; every combination keeps the optimum exact. They apply to
        the splits the tree searches (all with ``search="tree"``; with "auto", those it gives the
        tree, k >= 2 on HiGHS). Unknown names and bad values raise InputError, as does
        ``search="milp"``, which never runs the tree. Recorded in
        ``result.options["tree_options"]`` as given.

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
    problem = Problem.from_user(X, y, k, loss, weight_bound, bias_bound, sample_weight, signs,
                                output_bias, sign_mode, symmetry, huber_delta)
    options = SolveOptions.from_user(
        time_limit, rel_gap, abs_gap, threads, seed, verbose, solver, merge_duplicates, progress,
        log_file, warm_start=warm_start, incumbent_bounds=incumbent_bounds, obbt=obbt,
        oa_cuts=oa_cuts, monotone=monotone, ideal_cuts=ideal_cuts, big_m=big_m,
        enumeration=enumeration, search=search, decompose=decompose, tree_options=tree_options)
    return solve(problem, options, started)


def solve(problem: Problem, options: SolveOptions, started: float | None = None) -> FitResult:
    """Solve a validated problem with validated options: the engine behind :func:`fit`."""
    started = time.perf_counter() if started is None else started
    if options.search == "tree" and problem.loss.name not in TREE_LOSSES:
        raise InputError(f"search='tree' supports the {', '.join(TREE_LOSSES)} losses, not {problem.loss.name}; "
                         "use search='milp' or 'auto'")
    # NumPy's BLAS gets the fit's threads too: OpenBLAS otherwise starts a thread per core on
    # the dense products of a large search (the squared node QPs at G3 complete N = 20: 306 s
    # of CPU for 158 s of wall time, spent spinning), and "one thread" would not be one
    with BLAS_POOLS.limit(limits=options.threads, user_api="blas"):
        blocks = IdenticalBlocks.find(problem) if options.speed["decompose"] else None
        if blocks is not None:
            return solve_by_blocks(problem, options, blocks, started)
        ctx = SearchContext(reduce(problem, options.merge_duplicates), options, started)
        # The zero network is feasible in every split: a first incumbent and cut-off.
        ctx.incumbents.offer(ReLUNetwork(np.zeros((problem.k, problem.data.d)), np.zeros(problem.k),
                                         np.ones(problem.k), 0.0))
        records = run(ctx)
    verdict = decide(ctx, records)
    value = verdict.value
    return FitResult(status=verdict.status, network=verdict.network, loss=value.value,
                     loss_sum=value.total, loss_mean=value.mean, lower_bound=verdict.lower_bound,
                     gap_abs=verdict.gap_abs, gap_rel=verdict.gap_rel,
                     time_s=time.perf_counter() - started, nodes=ctx.nodes,
                     oa_iterations=ctx.oa_iterations, k=problem.k, n=problem.data.n,
                     d=problem.data.d, loss_name=problem.loss.name, solver=solver_record(ctx),
                     options=options_record(problem, options, ctx), splits=verdict.splits,
                     message=verdict.message)


def solver_record(ctx: SearchContext) -> dict[str, str]:
    """``FitResult.solver``: the MILP backend's name and version, milp_relu's and Python's."""
    backend = ctx.milp_class
    version = backend.version() if hasattr(backend, "version") else "unknown"
    return {"name": backend.name, "version": str(version), "milp_relu": __version__,
            "python": platform.python_version()}


def options_record(problem: Problem, options: SolveOptions, ctx: SearchContext) -> dict[str, Any]:
    """``FitResult.options``: every setting as resolved (keys are a public contract)."""
    scale = ctx.reduced.rescale.scale
    return dict(
        k=problem.k, loss=problem.loss.name, weight_bound=problem.weight_bound,
        bias_bound=problem.bias_bound, signs=problem.signs, output_bias=problem.output_bias,
        time_limit=options.time_limit, rel_gap=options.rel_gap, abs_gap=options.abs_gap,
        threads=options.threads, seed=options.seed, sign_mode=problem.sign_mode,
        symmetry=problem.symmetry, merge_duplicates=options.merge_duplicates,
        **options.speed_dict(), solver=options.solver, scale=scale.to_dict(),
        abs_gap_absolute=options.abs_gap * scale.loss_factor, decomposition=[],
        tree_options=dict(options.tree_given),
        **problem.loss.params())


def solve_by_blocks(problem: Problem, options: SolveOptions, blocks: IdenticalBlocks,
                    started: float) -> FitResult:
    """:func:`solve` through the reduction of :mod:`.blocks`: the reduced problem solved (by
    ``solve``, which may reduce again), its network copied onto every block and re-evaluated in
    float64 on the whole data, its loss and bound mapped back.

    The reduced problem's absolute gap is set so that c times its gap meets this problem's
    absolute tolerance (abs_gap times this problem's loss factor, milp_relu.scaling); the relative
    gap is unchanged (both objective values scale by c)."""
    reduced = blocks.apply(problem)
    scale = Rescale.for_problem(problem).scale
    factor = scale.loss_factor
    reduced_factor = Rescale.for_problem(reduced).scale.loss_factor
    abs_gap = options.abs_gap * factor / (blocks.invert_objective(1.0) * reduced_factor)
    sub = solve(reduced, replace(options, abs_gap=abs_gap), started)
    data = problem.data
    network, value = None, LossValue(math.inf, math.inf, math.inf)
    if sub.network is not None:
        network = blocks.invert_network(sub.network)
        value = problem.loss.evaluate(network.predict(data.X) - data.y, data.sample_weight)
        expected = blocks.invert_objective(sub.loss)
        allowed = 1e-9 * (abs(expected) + abs(value.value)) + 1e-12 * factor
        if not abs(value.value - expected) <= allowed:
            raise VerificationError(
                f"the network copied onto {blocks.copies} identical blocks has loss {value.value:.12g} on the "
                f"whole data, not {blocks.copies if blocks.summed else 1} times its loss on one block "
                f"({expected:.12g})")
    lower = min(blocks.invert_objective(sub.lower_bound), value.value)
    gap_abs = value.value - lower if math.isfinite(lower) and math.isfinite(value.value) else math.inf
    gap_rel = gap_abs / abs(value.value) if value.value != 0 else (0.0 if gap_abs == 0 else math.inf)
    record = dict(sub.options, abs_gap=options.abs_gap, abs_gap_absolute=options.abs_gap * factor,
                  scale=scale.to_dict(),
                  decomposition=[blocks.record(), *sub.options.get("decomposition", [])])
    splits = [dict(s, **{key: blocks.invert_objective(s[key]) for key in ("loss", "lower_bound")
                         if s.get(key) is not None}) for s in sub.splits]
    return FitResult(status=sub.status, network=network, loss=value.value, loss_sum=value.total,
                     loss_mean=value.mean, lower_bound=lower, gap_abs=gap_abs, gap_rel=gap_rel,
                     time_s=time.perf_counter() - started, nodes=sub.nodes,
                     oa_iterations=sub.oa_iterations, k=problem.k, n=data.n, d=data.d,
                     loss_name=problem.loss.name, solver=sub.solver, options=record, splits=splits,
                     message=sub.message)
