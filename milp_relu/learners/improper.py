"""The improper learner: kernel ridge regression with the multinomial kernel.

For bounded data (||x_i|| <= 1, |y_i| <= 1) and the bounded class of k ReLUs
(||w_j|| <= 1, |b_j| <= 1), degree q and ridge lambda are chosen from eps as in
:mod:`~milp_relu.learners.kernel` so that the learned g satisfies

    mean (g(x_i) - y_i)^2 <= OPT + eps/2 + lambda B^2,

which is <= OPT + eps when the numerical ridge floor is not hit (``guarantee["certified"]``).
The hypothesis is a kernel expansion, not a network: it may fit the training data *better* than
any network of the class (training loss below OPT), and no claim is made about points outside
the training set here. Time O(n^2 (d + q) + n^3): polynomial in n and d, linear in the degree
q = O(k^2/eps).

References
----------
.. [1] S. Goel, V. Kanade, A. Klivans, J. Thaler, "Reliably Learning the ReLU in Polynomial
   Time", COLT 2017, arXiv:1611.10258.
.. [2] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550 (the proper/improper separation).
"""
from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from .kernel import (KernelPredictor, augment, choose_degree, kernel_ridge, loss_excess,
                     multinomial_kernel, norm_bound_sq, relu_approximation)
from .results import LearnResult
from .validation import check_ball, check_data, check_eps, check_k


def improper_learn(X: Any, y: Any, eps: float, seed: int = 0, *, k: int = 1,
                   sample_weight: Any = None, bias: bool = True) -> LearnResult:
    """Learn a predictor with mean squared loss <= OPT + eps against k bounded ReLUs.

    Parameters
    ----------
    X : array (n, d)
        Inputs with ||x_i|| <= 1.
    y : array (n,)
        Labels with |y_i| <= 1.
    eps : float
        Additive error in (0, 1].
    seed : int
        Accepted for a uniform interface; the learner is deterministic.
    k : int
        Units of the comparison class (enters the degree and the norm bound).
    sample_weight : array (n,), optional
        Positive weights; the loss is the weighted mean.
    bias : bool
        Compare with units that have biases (kernel on (x, 1)/sqrt(2)).

    Returns
    -------
    LearnResult
        ``network`` None, ``predictor`` a :class:`KernelPredictor`, ``loss_mean`` recomputed from
        its predictions, ``guarantee`` with degree, ridge and the a-priori bound.

    Examples
    --------
    >>> import numpy as np
    >>> from milp_relu.learners import improper_learn
    >>> X = np.array([[0.5, 0.0], [0.0, 0.5], [-0.5, 0.0], [0.0, -0.5]])
    >>> r = improper_learn(X, np.maximum(X[:, 0], 0.0), eps=0.2)
    >>> bool(r.loss_mean <= 0.2)
    True
    """
    del seed
    start = time.perf_counter()
    data = check_data(X, y, sample_weight)
    check_ball(data)
    eps, k = check_eps(eps), check_k(k)
    q = choose_degree(eps, k)
    b_sq = norm_bound_sq(q, k)
    ridge = eps / (2.0 * b_sq) if math.isfinite(b_sq) and b_sq > 0 else 0.0
    Xa = augment(data.X, bias)
    K = multinomial_kernel(Xa, Xa, q)
    alpha, used = kernel_ridge(K, data.y, data.weights, ridge)
    predictor = KernelPredictor(Xa, alpha, q, bias)
    r = predictor.predict(data.X) - data.y
    loss = float(np.dot(data.weights, r * r) / data.total_weight)
    excess = loss_excess(q, k) + used * b_sq
    n, d = data.shape
    guarantee = {
        "statement": "mean squared loss <= OPT + eps/2 + ridge * B^2 (OPT over k bounded ReLUs)",
        "kernel": "K(x, x') = sum_{i=0}^{q} (<x~, x~'>)^i, x~ = (x, 1)/sqrt(2)" if bias
        else "K(x, x') = sum_{i=0}^{q} (<x, x'>)^i",
        "degree": q, "degree_rule": "smallest q with 2e(2k+1) + e^2 <= eps/2, e = 2k sup|p_q - relu|",
        "approximation_error": relu_approximation(q)[0], "norm_bound_sq": b_sq,
        "ridge_theory": ridge, "ridge": used, "bound_excess": excess,
        "certified": bool(excess <= eps * (1 + 1e-12)),
        "time_bound": "O(n^2 (d + q) + n^3), q = O(k^2/eps); samples for generalisation 2^O(1/eps)",
    }
    return LearnResult("improper", None, loss, eps, "agnostic", k, n, d, time.perf_counter() - start,
                       None, n * n, guarantee, predictor=predictor,
                       extra={"predictor": predictor.to_dict()})
