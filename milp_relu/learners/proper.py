"""The proper learner for bounded depth-2 ReLU networks (agnostic and realizable).

Setting: ||x_i|| <= 1, |y_i| <= 1; class f(x) = sum_{j<=k} s_j max(0, <w_j, x> + b_j) with
||w_j|| <= 1, |b_j| <= B (B = 1), s_j in {-1, +1}. Goal: mean squared loss <= OPT + eps
(agnostic) or <= eps when a zero-loss network of the class exists (realizable), with
probability >= 1 - delta.

Algorithm (a reconstruction of the upper bounds of Goel, Klivans, Manurangsi and Reichman):

1. eta = eps/(6k(4k+2)) (agnostic) or sqrt(eps)/(6k) (realizable), beta = eps/(2(2k+1)^2);
   m = ceil(8 ln(8(k+1)/beta) / eta^2), i.e. O(log(k/eps)/eps^2) or O(log(k/eps)/eps) for fixed k
   (:mod:`~milp_relu.learners.projection`, which gives the argument and its limits);
2. repeat R = ceil(log2(1/delta)) times (once when m >= d: the projection is the identity):
   draw Pi (m x d, N(0, 1/m)), z_i = Pi x_i; find the best class network on (z_i, y_i), by the
   eta-net (time 2^{O(k m log(1/eta))} poly(n)) or by the exact engine
   (:mod:`~milp_relu.learners.search`); lift it to R^d and into the class
   (:mod:`~milp_relu.learners.lifting`); recompute its loss on (x_i, y_i) in float64;
3. return the best lifted network.

Running time with the net: 2^{O~(k/eps^2)} poly(n, d) agnostic and 2^{O~(k/eps)} poly(n, d)
realizable, the eps-dependence of the lower bounds (2^{Omega(1/eps^2)} under the Densest
k-Subgraph hypothesis for one ReLU, 2^{Omega(1/eps)} under Gap-ETH for k >= 2 realizable).

The argument covers the projected data; the lift of a Gaussian projection's network into the
class is measured, not bounded (see :mod:`~milp_relu.learners.projection`). With the identity
projection (m >= d, the practical case) nothing is lost in either step.

What is certified. Every reported loss is recomputed in float64 from the returned network, and
the network is checked to lie in the class. With the identity projection and the exact search,
the engine's certified lower bound on the box |w_l| <= 1 (which contains the ball) is a lower
bound on OPT, so "loss <= lower bound + eps" proves the agnostic guarantee for this run;
"loss <= eps" proves the realizable one. ``guarantee["certified"]`` says which held, or None when
the run cannot decide it (a Gaussian projection in the agnostic setting).

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] P. Manurangsi, D. Reichman, "The Computational Complexity of Training ReLU(s)",
   arXiv:1810.04207, 2018.
.. [3] W. B. Johnson, J. Lindenstrauss, "Extensions of Lipschitz mappings into a Hilbert space",
   Contemporary Mathematics 26, 1984.
"""
from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from ..errors import InputError
from . import projection as proj
from .lifting import in_class, into_class, lift
from .results import LearnResult
from .search import SearchOutcome, exact_search, mean_loss, net_search
from .validation import (LearningData, check_ball, check_data, check_delta, check_eps, check_k,
                         check_positive, check_setting, check_time_limit)

SEARCHES = ("exact", "net")
#: The exact search stops when its certified gap on the mean loss is below eps / GAP_DIVISOR.
GAP_DIVISOR = 4.0


def _guarantee(eps: float, k: int, setting: str, delta: float, m_theory: int, m: int, reps: int,
               search: str, eta_net: float, constant: float, identity: bool) -> dict[str, Any]:
    eta = proj.accuracy(eps, setting, k)
    dim = m + 1
    log2_net = dim * math.log2(1.0 + math.sqrt(dim) / eta_net)
    return {
        "statement": ("mean squared loss <= OPT + eps" if setting == "agnostic" else
                      "mean squared loss <= eps (a zero-loss network of the class is assumed)")
        + f", with probability >= 1 - delta = {1 - delta:g}",
        "class": "f(x) = sum_j s_j max(0, w_j.x + b_j), ||w_j||_2 <= 1, |b_j| <= 1, s_j in {-1, 1}",
        "eta": eta, "eta_formula": "eps/(6k(4k+2))" if setting == "agnostic" else "sqrt(eps)/(6k)",
        "projected_dim_theory": m_theory,
        "projected_dim_formula": "ceil(C ln(8(k+1)/beta) / eta^2), beta = eps/(2(2k+1)^2)",
        "jl_constant": constant,
        "projection": "identity (theory dimension >= d)" if identity else "gaussian N(0, 1/m)",
        "bad_fraction": proj.bad_fraction(eps, k), "delta": delta, "repetitions": reps,
        "search": search, "search_gap_mean": eps / GAP_DIVISOR if search == "exact" else None,
        "net_eta": eta_net if search == "net" else None,
        "log2_net_candidates_theory": k * math.log2(1.0 + math.sqrt(dim) / eta) * dim,
        "log2_net_candidates_used": k * log2_net if search == "net" else None,
        "time_bound": ("2^O(k m log(1/eta)) poly(n, d) = 2^O~(k/eps^2) poly(n, d)" if setting == "agnostic"
                       else "2^O(k m log(1/eta)) poly(n, d) = 2^O~(k/eps) poly(n, d)"),
    }


def _certify(result_loss: float, lower: float | None, eps: float, setting: str,
             identity: bool, by_construction: bool) -> bool | None:
    if setting == "realizable":
        return bool(result_loss <= eps)
    if lower is not None and identity:
        return bool(result_loss <= lower + eps)
    return True if by_construction else None


def _check_bias_bound(bias_bound: Any) -> float:
    return check_positive(bias_bound, "bias_bound must be a positive number")


def _one_repetition(data: LearningData, P: proj.Projection, k: int, eps: float, search: str,
                    eta_net: float, bias_bound: float, time_limit: float | None, seed: int) -> SearchOutcome:
    Z = LearningData(P.apply(data.X), data.y, data.weights)
    if search == "net":
        outcome = net_search(Z, k, eta_net, bias_bound)
    else:
        outcome = exact_search(Z, k, eps / GAP_DIVISOR, bias_bound, time_limit, seed)
    network = into_class(lift(outcome.network, P, data.X), bias_bound)
    outcome.network, outcome.loss_mean = network, mean_loss(network, data)
    return outcome


def proper_learn(X: Any, y: Any, k: int, eps: float, setting: str = "agnostic", delta: float = 0.1,
                 seed: int = 0, time_limit: float | None = None, *, sample_weight: Any = None,
                 search: str = "exact", net_eta: float | None = None,
                 projection_constant: float = proj.JL_CONSTANT, bias_bound: float = 1.0) -> LearnResult:
    """Properly learn a bounded k-unit depth-2 ReLU network to mean loss <= OPT + eps.

    Parameters
    ----------
    X : array (n, d)
        Inputs with ||x_i|| <= 1 (else InputError saying how to rescale).
    y : array (n,)
        Labels with |y_i| <= 1.
    k : int
        Hidden units.
    eps : float
        Additive error in (0, 1] on the (weighted) mean squared loss.
    setting : {"agnostic", "realizable"}
        Sets eta and the projected dimension (module docstring).
    delta : float
        Failure probability; R = ceil(log2(1/delta)) projections are tried.
    seed : int
        Seeds the projections and the exact engine.
    time_limit : float, optional
        Seconds for the whole learner; the best network so far is returned with status
        "time_limit".
    sample_weight : array (n,), optional
        Positive weights; the loss is the weighted mean.
    search : {"exact", "net"}
        The exact engine (default) or the eta-net (only for tiny projected dimensions).
    net_eta : float, optional
        Net accuracy for ``search="net"`` (default: the theory's eta, usually far too fine).
    projection_constant : float
        C in m = ceil(C ln(8(k+1)/beta) / eta^2) (default 8, the value the proof uses;
        :func:`~milp_relu.learners.projection.constant_for_dimension` gives the C of a chosen m).
    bias_bound : float
        |b_j| <= bias_bound (default 1, the bounded class; must be positive).

    Returns
    -------
    LearnResult
        ``network`` in the class, ``loss_mean`` verified, ``projected_dim``, ``candidates``,
        ``guarantee`` (constants and ``certified``), ``lower_bound`` and, when known,
        ``exact_optimum``.

    Examples
    --------
    >>> import numpy as np
    >>> from milp_relu.learners import proper_learn
    >>> X = np.array([[0.5, 0.0], [0.0, 0.5], [-0.5, 0.0], [0.0, -0.5]])
    >>> r = proper_learn(X, np.maximum(X[:, 0], 0.0), k=1, eps=0.1, setting="realizable")
    >>> bool(r.loss_mean <= 0.1 and r.guarantee["certified"])
    True
    """
    start = time.perf_counter()
    data = check_data(X, y, sample_weight)
    check_ball(data)
    k, eps = check_k(k), check_eps(eps)
    setting, delta = check_setting(setting), check_delta(delta)
    time_limit = check_time_limit(time_limit)
    if search not in SEARCHES:
        raise InputError(f"unknown search {search!r} (choose exact or net)")
    bias_bound = _check_bias_bound(bias_bound)
    n, d = data.shape
    m_theory = proj.theory_dimension(eps, k, setting, projection_constant)
    identity = m_theory >= d
    reps = 1 if identity else proj.repetitions(delta)
    eta_net = proj.accuracy(eps, setting, k) if net_eta is None else float(net_eta)
    rng = np.random.default_rng(seed)
    best: SearchOutcome | None = None
    candidates, statuses, m = 0, [], d
    for rep in range(reps):
        remaining = None if time_limit is None else time_limit - (time.perf_counter() - start)
        if remaining is not None and remaining <= 0 and best is not None:
            statuses.append("time_limit")
            break
        P = proj.draw(d, m_theory, rng)
        m = P.dim
        outcome = _one_repetition(data, P, k, eps, search, eta_net, bias_bound,
                                  None if remaining is None else max(remaining, 0.5), seed + rep)
        candidates += outcome.candidates
        statuses.append(outcome.status)
        if best is None or outcome.loss_mean < best.loss_mean:
            best = outcome
    assert best is not None
    guarantee = _guarantee(eps, k, setting, delta, m_theory, m, reps, search, eta_net, projection_constant,
                           identity)
    lower = best.lower_bound_mean if identity else None
    by_construction = search == "net" and net_eta is None and identity
    guarantee["certified"] = _certify(best.loss_mean, lower, eps, setting, identity, by_construction)
    guarantee["in_class"] = in_class(best.network, bias_bound)
    exact_opt = best.loss_mean if (identity and best.exact and lower is not None
                                   and best.loss_mean - lower <= 1e-6 * (1 + abs(lower))) else None
    status = "time_limit" if "time_limit" in statuses else "finished"
    return LearnResult("proper", best.network, best.loss_mean, eps, setting, k, n, d,
                       time.perf_counter() - start, m, candidates, guarantee, exact_optimum=exact_opt,
                       lower_bound=lower, status=status,
                       extra={"projection": "identity" if identity else "gaussian", "repetitions": reps,
                              "search": best.details})
