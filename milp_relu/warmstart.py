"""A cheap heuristic network for warm starts: multi-start projected gradient descent in the boxes.

The networks found here are only *candidates*: :mod:`milp_relu.engine` re-solves each one's
activation-pattern LP/QP (polish), evaluates it in float64 and only then uses it as an
incumbent (MIP start, cutoff, incumbent-implied bounds). Nothing here affects exactness.

All restarts of all sign splits run at once as arrays of shape (restarts, k, d + 1) (the bias
is the last column, against a column of ones in X), the output signs as an array (restarts, k):
one batched descent pays NumPy's per-call overhead once, not once per split. Adam steps on a
smooth surrogate of the loss, whose gradient the loss object gives (``Loss.surrogate_gradient``;
squared: r^2; absolute: sqrt(r^2 + eps^2); max: r^2, the LP polish then optimises the true
maximum on the pattern; Huber: itself), each step projected back into |W| <= omega, |b| <= beta.
Each split's starts are drawn from its own generator seeded with ``seed``, so a split's
candidates do not depend on which other splits run alongside it.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from .network import ReLUNetwork, as_loss

Split = tuple[float, ...]

#: Adam's moment decays and its denominator's guard.
_BETA1, _BETA2, _EPS = 0.9, 0.999, 1e-8


def _starts(splits: Sequence[Split], restarts: int, d: int, weight_bound: float, bias_bound: float,
            seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Start parameters (R_total, k, d + 1) and signs (R_total, k): per split, ``restarts``
    small random weights and biases on the active side (no unit starts dead), from a generator
    seeded with ``seed`` -- the same starts a split gets when it runs alone."""
    thetas, signs = [], []
    for split in splits:
        rng = np.random.default_rng(seed)
        k = len(split)
        W = rng.uniform(-0.5, 0.5, size=(restarts, k, d)) * weight_bound
        b = rng.uniform(0.0, 1.0, size=(restarts, k)) * bias_bound
        thetas.append(np.concatenate([W, b[:, :, None]], axis=2))
        signs.append(np.broadcast_to(np.asarray(split, dtype=np.float64), (restarts, k)))
    return np.concatenate(thetas), np.ascontiguousarray(np.concatenate(signs))


def _descend(Xa: np.ndarray, y: np.ndarray, omega: np.ndarray, loss: Any, S: np.ndarray,
             theta: np.ndarray, c: np.ndarray | None, bounds: np.ndarray, iterations: int) -> None:
    """Projected Adam on ``theta`` (R, k, d + 1) and the output biases ``c`` (R,) (None: no
    output bias), in place; ``S`` (R, k) the signs, ``bounds`` (d + 1,) the boxes."""
    S3 = S[:, :, None]
    m1, m2 = np.zeros_like(theta), np.zeros_like(theta)
    cm1, cm2 = (np.zeros_like(c), np.zeros_like(c)) if c is not None else (None, None)
    scale = max(float(bounds.max()), 1e-12)
    smoothing = 1e-3 * (1.0 + float(np.std(y)))
    for step in range(1, int(iterations) + 1):
        P = theta @ Xa.T  # (R, k, n)
        active = P > 0
        Ps = np.where(active, P, 0.0)
        Ps *= S3
        r = Ps.sum(axis=1)
        r -= y
        if c is not None:
            r += c[:, None]
        g = loss.surrogate_gradient(r, smoothing)
        g *= omega
        dP = active * S3
        dP *= g[:, None, :]
        lr = 0.05 * scale * (0.02 ** (step / iterations))
        lr1 = lr / (1.0 - _BETA1 ** step)
        root2 = 1.0 / np.sqrt(1.0 - _BETA2 ** step)
        _adam(theta, dP @ Xa, m1, m2, lr1, root2)
        np.clip(theta, -bounds, bounds, out=theta)
        if c is not None:
            _adam(c, g.sum(axis=1), cm1, cm2, lr1, root2)


def _adam(p: np.ndarray, grad: np.ndarray, m1: np.ndarray, m2: np.ndarray, lr1: float, root2: float) -> None:
    """One Adam step on ``p`` in place; ``lr1`` the bias-corrected step length, ``root2`` the
    second moment's bias correction 1 / sqrt(1 - beta2^t)."""
    m1 *= _BETA1
    m1 += (1.0 - _BETA1) * grad
    m2 *= _BETA2
    grad *= grad
    grad *= 1.0 - _BETA2
    m2 += grad
    denom = np.sqrt(m2)
    denom *= root2
    denom += _EPS
    p -= lr1 * m1 / denom


def _final_losses(Xa: np.ndarray, y: np.ndarray, omega: np.ndarray, loss: Any, S: np.ndarray,
                  theta: np.ndarray, c: np.ndarray) -> np.ndarray:
    """The true (not surrogate) loss of every restart, shape (R,)."""
    f = np.einsum("rkn,rk->rn", np.maximum(theta @ Xa.T, 0.0), S) + c[:, None]
    r = f - y[None, :]
    if loss.aggregate == "max":
        return loss.point_loss(r).max(axis=1)
    return loss.weighted_point_loss(r, omega[None, :]).sum(axis=1)


def gradient_descent_networks_by_split(X: np.ndarray, y: np.ndarray, weights: np.ndarray, loss: Any,
                                       splits: Sequence[Split], weight_bound: float, bias_bound: float,
                                       output_bias: bool = False, restarts: int = 6,
                                       iterations: int = 300, seed: int = 0,
                                       keep: int = 3) -> dict[Split, list[ReLUNetwork]]:
    """The ``keep`` best of ``restarts`` projected-Adam runs for each sign split, all splits'
    restarts in one batched descent.

    Parameters
    ----------
    X, y, weights : arrays (n, d), (n,), (n,)
    loss : str or Loss
    splits : sequence of tuples of +/-1
        The sign splits (output signs of the k units), all of one length k.
    weight_bound, bias_bound : float
        The boxes; every iterate is clipped into them.
    output_bias : bool
        Fit a free output bias as well.
    restarts, iterations : int
        Starts per split and Adam steps.
    seed : int
        Seed of every split's starts (each split alone gets the same candidates).
    keep : int
        Networks returned per split.

    Returns
    -------
    dict
        Split (as a tuple of floats) -> list of ReLUNetwork, best loss first, all inside the boxes.
    """
    loss = as_loss(loss)
    keys = [tuple(float(v) for v in sp) for sp in splits]
    if not keys:
        return {}
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    R = max(int(restarts), 1)
    Xa = np.hstack([X, np.ones((n, 1))])
    omega = np.asarray(weights, dtype=np.float64) / float(np.sum(weights))
    theta, S = _starts(keys, R, d, weight_bound, bias_bound, seed)
    c = np.full(theta.shape[0], float(np.average(y, weights=weights))) if output_bias else None
    bounds = np.append(np.full(d, float(weight_bound)), float(bias_bound))
    _descend(Xa, y, omega, loss, S, theta, c, bounds, iterations)
    c = np.zeros(theta.shape[0]) if c is None else c
    value = _final_losses(Xa, y, omega, loss, S, theta, c)
    out: dict[Split, list[ReLUNetwork]] = {}
    for i, key in enumerate(keys):
        block = np.arange(i * R, (i + 1) * R)
        order = block[np.argsort(value[block], kind="stable")[: max(int(keep), 1)]]
        out[key] = [ReLUNetwork(theta[j, :, :d].copy(), theta[j, :, d].copy(), S[j].copy(), float(c[j]))
                    for j in order]
    return out


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
    key = tuple(float(v) for v in signs)
    return gradient_descent_networks_by_split(X, y, weights, loss, [key], weight_bound, bias_bound,
                                              output_bias, restarts, iterations, seed, keep)[key]
