"""Search for the best k-unit network of the bounded class in the (projected) space.

Two searches, both returning networks of the class ||w_j|| <= 1, |b_j| <= B, s_j in {-1, +1}:

* :func:`net_search` -- the textbook search: an eta-net of the unit ball of (w, b) (a grid of
  spacing 2 eta / sqrt(m + 1), pulled into the ball, so every class unit is within eta of a net
  point) and, for every k-tuple of net points, the best output weights |a_j| <= 1 (a convex
  box-constrained least-squares problem). It examines C(|Net| + k - 1, k) tuples with
  |Net| <= (1 + sqrt(m + 1) / eta)^(m + 1), i.e. 2^{O(k m log(1/eta))}: the running time of the
  theory, usable only for tiny m and coarse eta.
* :func:`exact_search` -- milp_relu's exact engine (:func:`milp_relu.fit`, a certified big-M MILP)
  on the box that circumscribes the ball, |w_l| <= 1. The box optimum is a certified lower bound
  on the ball optimum. If the box optimum lies in the ball it *is* the ball optimum; otherwise
  the engine is run again on the inscribed box |w_l| <= 1/sqrt(m) (inside the ball), the first
  network is scaled into the ball, and both (and a few random class networks) are improved by
  projected gradient descent inside the class; the best verified one is returned with the lower
  bound, so the gap to the ball optimum is measured, not assumed.

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] R. Arora, A. Basu, P. Mianjy, A. Mukherjee, "Understanding Deep Neural Networks with
   Rectified Linear Units", ICLR 2018 (exact training by enumerating activation patterns).
.. [3] M. A. Duran, I. E. Grossmann, "An outer-approximation algorithm for a class of
   mixed-integer nonlinear programs", Math. Programming 36, 1986 (the engine's squared loss).
"""
from __future__ import annotations

import itertools
import math
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError
from ..network import ReLUNetwork
from .lifting import in_class, into_class
from .validation import LearningData

#: Largest number of k-tuples :func:`net_search` agrees to examine.
MAX_NET_CANDIDATES = 2_000_000
#: Projected-gradient iterations used to improve a class network found by the exact search.
REFINE_ITERATIONS = 400
#: Random starts of the refinement, besides the engine's two networks.
REFINE_RESTARTS = 8


@dataclass
class SearchOutcome:
    """A class network of the searched space, its mean loss, and what the search learned."""

    network: ReLUNetwork
    loss_mean: float
    candidates: int
    lower_bound_mean: float | None = None
    exact: bool = False
    status: str = "finished"
    details: dict[str, Any] = field(default_factory=dict)


def mean_loss(network: ReLUNetwork, data: LearningData) -> float:
    """Weighted mean squared loss, recomputed in float64."""
    return network.loss(data.X, data.y, "squared", data.weights).mean


# --------------------------------------------------------------------------- net search
def ball_net(dim: int, eta: float) -> np.ndarray:
    """Points within eta of every point of the unit ball of R^dim (a grid pulled into the ball)."""
    if not (0 < eta < 1):
        raise InputError(f"net accuracy eta must be in (0, 1), got {eta!r}")
    step = 2.0 * eta / math.sqrt(dim)
    ticks = np.arange(-1.0, 1.0 + step / 2, step)
    ticks = np.unique(np.clip(np.concatenate([ticks, [0.0]]), -1.0, 1.0))
    count = ticks.size ** dim
    if count > MAX_NET_CANDIDATES:
        raise InputError(f"the eta-net has {count} grid points in dimension {dim} (eta = {eta:.3g}); "
                         "use the exact search, a coarser eta or a smaller projected dimension")
    grid = np.array(list(itertools.product(ticks, repeat=dim)))
    grid = grid[np.linalg.norm(grid, axis=1) <= 1.0 + eta]
    return grid / np.maximum(1.0, np.linalg.norm(grid, axis=1))[:, None]


def _best_output_weights(H: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """argmin_{|a_j| <= 1} sum_i w_i (H_i a - y_i)^2 (exact: closed form for k = 1, else BVLS)."""
    sw = np.sqrt(w)
    if H.shape[1] == 1:
        h = H[:, 0]
        den = float(np.dot(w, h * h))
        return np.array([0.0 if den == 0 else float(np.clip(np.dot(w, h * y) / den, -1.0, 1.0))])
    from scipy.optimize import lsq_linear

    return lsq_linear(H * sw[:, None], y * sw, bounds=(-1.0, 1.0), method="bvls").x


def net_search(data: LearningData, k: int, eta: float, bias_bound: float = 1.0) -> SearchOutcome:
    """Best network over all k-tuples of an eta-net of the class's units (unit ball of (w, b/B))."""
    n, m = data.shape
    net = ball_net(m + 1, eta)
    tuples = math.comb(net.shape[0] + k - 1, k)
    if tuples > MAX_NET_CANDIDATES:
        raise InputError(f"the net search would examine {tuples} k-tuples (net of {net.shape[0]} "
                         f"points, k = {k}); use the exact search or a coarser eta")
    V, c = net[:, :m], net[:, m] * bias_bound
    feats = np.maximum(data.X @ V.T + c, 0.0)
    best: tuple[float, np.ndarray, tuple[int, ...]] | None = None
    for combo in itertools.combinations_with_replacement(range(net.shape[0]), k):
        H = feats[:, combo]
        a = _best_output_weights(H, data.y, data.weights)
        r = H @ a - data.y
        value = float(np.dot(data.weights, r * r))
        if best is None or value < best[0]:
            best = (value, a, combo)
    assert best is not None
    _, a, combo = best
    network = ReLUNetwork.from_output_weights(V[list(combo)], c[list(combo)], a)
    network = into_class(network, bias_bound)
    return SearchOutcome(network, mean_loss(network, data), tuples,
                         details={"net_points": int(net.shape[0]), "eta": eta})


# --------------------------------------------------------------------------- exact search
def refine(network: ReLUNetwork, data: LearningData, bias_bound: float = 1.0,
           iterations: int = REFINE_ITERATIONS) -> ReLUNetwork:
    """Projected gradient descent on the mean squared loss inside the class (signs fixed)."""
    W, b, s = network.W.copy(), network.b.copy(), network.s
    X, y, wts = data.X, data.y, data.weights / data.total_weight

    def objective(W_: np.ndarray, b_: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        pre = X @ W_.T + b_
        r = np.maximum(pre, 0.0) @ s - y
        g = (2.0 * wts * r)[:, None] * (pre > 0) * s
        return float(np.dot(wts, r * r)), g.T @ X, g.sum(axis=0)

    def project(W_: np.ndarray, b_: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return W_ / np.maximum(1.0, np.linalg.norm(W_, axis=1))[:, None], np.clip(b_, -bias_bound, bias_bound)

    value, gW, gb = objective(W, b)
    step = 1.0
    for _ in range(iterations):
        while step > 1e-10:
            W2, b2 = project(W - step * gW, b - step * gb)
            value2, gW2, gb2 = objective(W2, b2)
            if value2 <= value - 1e-4 * (np.sum((W2 - W) ** 2) + np.sum((b2 - b) ** 2)) / step:
                break
            step *= 0.5
        else:
            break
        if value - value2 < 1e-15:
            W, b, value = W2, b2, value2
            break
        W, b, value, gW, gb = W2, b2, value2, gW2, gb2
        step *= 2.0
    return ReLUNetwork(W, b, s.copy(), 0.0)


def _random_starts(data: LearningData, k: int, bias_bound: float, seed: int,
                   count: int = REFINE_RESTARTS) -> list[ReLUNetwork]:
    """Random class networks (every sign split in turn) as extra starts of :func:`refine`."""
    rng = np.random.default_rng(seed)
    d = data.shape[1]
    nets = []
    for i in range(count):
        W = rng.normal(size=(k, d))
        W *= (rng.uniform(0.2, 1.0, size=k) / np.linalg.norm(W, axis=1))[:, None]
        positive = i % (k + 1)
        s = np.where(np.arange(k) < positive, 1.0, -1.0)
        nets.append(ReLUNetwork(W, rng.uniform(-bias_bound, bias_bound, size=k) * 0.5, s, 0.0))
    return nets


def engine_abs_gap(gap_mean: float, data: LearningData) -> float:
    """The ``abs_gap`` of :func:`milp_relu.fit` that means a gap of ``gap_mean`` on the mean loss.

    fit measures its absolute gap in units of the labels' loss: it stops when (weighted sum)
    loss - bound <= abs_gap * sigma^2 * nu, sigma = max |y_i| (1 if all are 0), nu = the smallest
    weight (milp_relu.scaling). A gap of g on the weighted mean is g * W on the sum (W the total
    weight), so abs_gap = g W / (sigma^2 nu). The engine reports the product as
    ``options["abs_gap_absolute"]`` (the tests compare it).
    """
    sigma = float(np.max(np.abs(data.y))) or 1.0
    if data.weights is None:
        total, smallest = float(data.shape[0]), 1.0
    else:
        total, smallest = float(np.sum(data.weights)), float(np.min(data.weights))
    return max(gap_mean * total / (sigma ** 2 * smallest), 1e-9)


def _engine(data: LearningData, k: int, box: float, bias_bound: float, gap_mean: float,
            time_limit: float | None, seed: int) -> Any:
    from ..solve import fit

    return fit(data.X, data.y, k=k, loss="squared", weight_bound=box, bias_bound=bias_bound,
               sample_weight=data.weights, time_limit=time_limit, rel_gap=1e-9,
               abs_gap=engine_abs_gap(gap_mean, data), seed=seed)


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.5, deadline - time.perf_counter())


def exact_search(data: LearningData, k: int, gap_mean: float, bias_bound: float = 1.0,
                 time_limit: float | None = None, seed: int = 0) -> SearchOutcome:
    """Best class network by the exact engine (circumscribed box, then inscribed box and refinement).

    ``gap_mean`` is the engine's absolute optimality gap on the mean loss (the proper learner
    passes eps / 4). The outcome's ``lower_bound_mean`` is the engine's certified lower bound on
    the box optimum, hence on the ball optimum of this space; ``exact`` says that the returned
    network is itself a box optimum (to the gap) lying in the ball.
    """
    deadline = None if time_limit is None else time.perf_counter() + time_limit
    outer = _engine(data, k, 1.0, bias_bound, gap_mean, time_limit, seed)
    candidates = int(outer.nodes)
    lower = float(outer.lower_bound) / data.total_weight
    details: dict[str, Any] = {"outer_status": outer.status, "outer_loss_mean": float(outer.loss_mean),
                               "engine_gap_mean": float(outer.options.get("abs_gap_absolute", float("nan")))
                               / data.total_weight}
    status = "finished" if outer.status == "optimal" else str(outer.status)
    if outer.network is not None and in_class(outer.network, bias_bound):
        net = into_class(outer.network, bias_bound)
        return SearchOutcome(net, mean_loss(net, data), candidates, lower,
                             exact=outer.status == "optimal", status=status, details=details)
    pool = [] if outer.network is None else [into_class(outer.network, bias_bound)]
    inner = _engine(data, k, 1.0 / math.sqrt(data.shape[1]), bias_bound, gap_mean,
                    _remaining(deadline), seed)
    candidates += int(inner.nodes)
    details.update(inner_status=inner.status, inner_loss_mean=float(inner.loss_mean))
    if inner.network is not None:
        pool.append(into_class(inner.network, bias_bound))
    starts = list(pool) + _random_starts(data, k, bias_bound, seed)  # random starts: never an empty pool
    pool += [refine(net, data, bias_bound) for net in starts]
    best = min(pool, key=lambda net: mean_loss(net, data))
    if inner.status != "optimal" and status == "finished":
        status = str(inner.status)
    return SearchOutcome(best, mean_loss(best, data), candidates, lower, exact=False, status=status,
                         details=details)
