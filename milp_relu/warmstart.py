"""A cheap heuristic network for warm starts: multi-start projected gradient descent in the boxes.

The networks found here are only *candidates*: :mod:`milp_relu.engine` re-solves each one's
activation-pattern LP/QP (polish), evaluates it in float64 and only then uses it as an
incumbent (MIP start, cutoff, incumbent-implied bounds). Nothing here affects exactness.

All restarts run at once as arrays of shape (restarts, k, d): Adam steps on a smooth surrogate
of the loss, whose gradient the loss object gives (``Loss.surrogate_gradient``; squared: r^2;
absolute: sqrt(r^2 + eps^2); max: r^2, the LP polish then optimises the true maximum on the
pattern; Huber: itself), each step projected back into |W| <= omega, |b| <= beta.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from .network import ReLUNetwork, as_loss


def gradient_descent_networks(X: np.ndarray, y: np.ndarray, weights: np.ndarray, loss: Any,
                              signs: tuple[float, ...], weight_bound: float, bias_bound: float,
                              output_bias: bool = False, restarts: int = 6, iterations: int = 300,
                              seed: int = 0, keep: int = 3) -> list[ReLUNetwork]:
    """The ``keep`` best of ``restarts`` projected-Adam runs for fixed output signs.

    Parameters
    ----------
    X, y, weights : arrays (n, d), (n,), (n,)
    loss : str or Loss
    signs : tuple of +/-1
        Output signs of the k units (a sign split).
    weight_bound, bias_bound : float
        The boxes; every iterate is clipped into them.
    output_bias : bool
        Fit a free output bias as well.

    Returns
    -------
    list of ReLUNetwork, best surrogate loss first (all inside the boxes).
    """
    loss = as_loss(loss)
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    s = np.asarray(signs, dtype=np.float64)
    k = s.size
    rng = np.random.default_rng(seed)
    R = max(int(restarts), 1)
    wsum = float(np.sum(weights))
    omega = np.asarray(weights, dtype=np.float64) / wsum
    # starts: small random weights, biases on the active side so no unit starts dead
    W = rng.uniform(-0.5, 0.5, size=(R, k, d)) * weight_bound
    b = rng.uniform(0.0, 1.0, size=(R, k)) * bias_bound
    c = np.full(R, float(np.average(y, weights=weights)) if output_bias else 0.0)
    params = [W, b, c]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    scale = max(weight_bound, bias_bound, 1e-12)
    smoothing = 1e-3 * (1.0 + float(np.std(y)))
    for step in range(1, int(iterations) + 1):
        P = np.einsum("nd,rkd->rnk", X, W) + b[:, None, :]
        active = P > 0
        f = np.where(active, P, 0.0) @ s + c[:, None]
        r = f - y[None, :]
        g = loss.surrogate_gradient(r, smoothing) * omega[None, :]
        dP = g[:, :, None] * s[None, None, :] * active
        grads = [np.einsum("rnk,nd->rkd", dP, X), dP.sum(axis=1), g.sum(axis=1) if output_bias else np.zeros(R)]
        lr = 0.05 * scale * (0.02 ** (step / iterations))
        for idx, (p, gr) in enumerate(zip(params, grads)):
            m1[idx] = beta1 * m1[idx] + (1 - beta1) * gr
            m2[idx] = beta2 * m2[idx] + (1 - beta2) * gr * gr
            mh = m1[idx] / (1 - beta1 ** step)
            vh = m2[idx] / (1 - beta2 ** step)
            p -= lr * mh / (np.sqrt(vh) + eps)
        np.clip(W, -weight_bound, weight_bound, out=W)
        np.clip(b, -bias_bound, bias_bound, out=b)
    P = np.einsum("nd,rkd->rnk", X, W) + b[:, None, :]
    f = np.maximum(P, 0.0) @ s + c[:, None]
    r = f - y[None, :]
    if loss.aggregate == "max":
        value = loss.point_loss(r).max(axis=1)
    else:
        value = loss.weighted_point_loss(r, omega[None, :]).sum(axis=1)
    order = np.argsort(value, kind="stable")[: max(int(keep), 1)]
    return [ReLUNetwork(W[i].copy(), b[i].copy(), s.copy(), float(c[i]) if output_bias else 0.0) for i in order]
