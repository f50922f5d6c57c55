"""The exact engine as a learner: :func:`milp_relu.fit` stopped at an additive gap of eps.

The engine certifies the optimum over the box |w_l| <= W, |b_j| <= B (W = B = 1 by default: the
smallest box containing the unit ball of the bounded class). With the absolute gap set to eps
(on the mean loss), it stops once its verified network is provably within eps of the box
optimum, which is at most the ball class's optimum: so the network reaches mean loss <= OPT + eps
for the ball class as well, though it may itself lie outside the ball (``guarantee["in_class"]``).

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
"""
from __future__ import annotations

import time
from typing import Any

from .lifting import in_class
from .search import engine_abs_gap
from .results import LearnResult
from .validation import check_ball, check_data, check_eps, check_k, check_setting, check_time_limit


def exact_learn(X: Any, y: Any, k: int, eps: float, setting: str = "agnostic", seed: int = 0,
                time_limit: float | None = None, *, sample_weight: Any = None, weight_bound: float = 1.0,
                bias_bound: float = 1.0, to_eps: bool = True) -> LearnResult:
    """Solve the training problem with the exact engine, to an additive gap eps (or to optimality).

    Parameters
    ----------
    X, y, k, eps, setting, seed, time_limit, sample_weight
        As in :func:`~milp_relu.learners.proper_learn` (``setting`` only labels the result).
    weight_bound, bias_bound : float
        The engine's boxes (default 1 and 1, which contain the unit-ball class).
    to_eps : bool
        True: absolute gap eps on the mean loss (:func:`~milp_relu.learners.search.engine_abs_gap`);
        False: the engine's default (1e-6 in its label units), which makes ``exact_optimum``
        available.

    Returns
    -------
    LearnResult
        ``network`` (in the box), ``loss_mean``, ``lower_bound`` (certified, on the box optimum),
        ``exact_optimum`` when the gap closed to 1e-6, ``candidates`` = branch-and-bound nodes.
    """
    from ..solve import fit

    start = time.perf_counter()
    data = check_data(X, y, sample_weight)
    check_ball(data)
    k, eps, setting = check_k(k), check_eps(eps), check_setting(setting)
    time_limit = check_time_limit(time_limit)
    total = data.total_weight
    gap = engine_abs_gap(eps, data) if to_eps else 1e-6
    result = fit(data.X, data.y, k=k, loss="squared", weight_bound=weight_bound, bias_bound=bias_bound,
                 sample_weight=data.weights, time_limit=time_limit, rel_gap=1e-9 if to_eps else 1e-6,
                 abs_gap=gap, seed=seed)
    gap_sum = float(result.options.get("abs_gap_absolute", gap))
    network = result.network
    loss = network.loss(data.X, data.y, "squared", data.weights).mean
    lower = float(result.lower_bound) / total
    closed = result.status == "optimal" and loss - lower <= 1e-6 * (1 + abs(lower))
    n, d = data.shape
    guarantee = {
        "statement": (f"mean squared loss <= OPT_box + eps, OPT_box the optimum over the box |w_l| <= "
                      f"{weight_bound:g}, |b_j| <= {bias_bound:g}, which contains the unit-ball class"),
        "engine_gap_mean": gap_sum / total, "engine_status": result.status,
        "certified": bool(result.status == "optimal" and loss <= lower + eps * (1 + 1e-12)),
        "in_class": in_class(network, bias_bound),
        "time_bound": "worst case exponential in n k (branch and bound over activation patterns)",
    }
    status = "finished" if result.status == "optimal" else str(result.status)
    return LearnResult("exact", network, loss, eps, setting, k, n, d, time.perf_counter() - start, None,
                       int(result.nodes), guarantee, exact_optimum=loss if closed else None,
                       lower_bound=lower, status=status,
                       extra={"oa_iterations": int(result.oa_iterations)})
