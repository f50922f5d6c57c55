"""Propagation of :mod:`milp_relu.branch_and_bound`: pairs fixed by bounds and by the cone rule.

Geometry (the cone rule). Write v_i = (x_i, 1), so p_ij = v_i . (w_j, b_j). If

    v_i = sum_{a in ON_j} lambda_a v_a - sum_{b in OFF_j} mu_b v_b,   lambda, mu >= 0,

then p_ij = sum lambda_a p_aj - sum mu_b p_bj >= 0 for every network of the node: the pair is ON.
Symmetrically v_i in cone(OFF_j) - cone(ON_j) forces p_ij <= 0: OFF. With mu = 0 and the last
coordinate this is "x_i in the convex hull of points the unit activates" (and of points it
switches off); with both it also covers points beyond an active point on a ray from an inactive
one. At p_ij = 0 both states describe the same network (h = 0 = p), so a pair forced both ways
is consistent, never a contradiction. Membership is tested with non-negative least squares; a
residual rho <= 1e-10 (1 + |v_i|) is accepted, which can only misplace a pre-activation of size
rho ||(w_j, b_j)||, far below the tolerances of the QP solver.

Bounds: a pair with U_ij <= 0 is OFF, with L_ij >= 0 ON (the bounds are valid for every network
that can still beat the incumbent, see :mod:`milp_relu.bounds`).
"""
from __future__ import annotations

import math

import numpy as np

from .branch_and_bound_relaxation import FREE, OFF, ON


def fix_by_bounds(state: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> None:
    """FREE pairs with U <= 0 become OFF, with L >= 0 ON (in place)."""
    free = state == FREE
    state[free & (upper <= 0.0)] = OFF
    state[free & (lower >= 0.0) & (upper > 0.0)] = ON


_NNLS = None


def nnls_solver():
    """scipy's non-negative least squares as ``f(M, target, maxiter) -> x``, looked up once.

    scipy.optimize costs 0.3-3 s to import, so not at module import; looking it up at every call
    cost a third of the cone rule. Where scipy exposes its compiled Lawson-Hanson routine
    (scipy >= 1.15) that is called directly: the public wrapper's argument checks cost four times
    the solve on these 3 x 40 problems. It is checked once against the public function."""
    global _NNLS
    if _NNLS is None:
        from scipy.optimize import nnls

        def public(M, target, maxiter):
            return nnls(M, target, maxiter=maxiter)[0]

        _NNLS = public
        try:
            from scipy.optimize._slsqplib import nnls as compiled

            probe = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([2.0, 1.0, -1.0])

            def direct(M, target, maxiter):
                x, _, info = compiled(M, target, maxiter)
                return x if info != 3 else public(M, target, maxiter)

            if np.allclose(direct(*probe, 10), public(*probe, 10), rtol=0.0, atol=1e-12):
                _NNLS = direct
        except (ImportError, TypeError, ValueError):
            pass
    return _NNLS


def _cone_test(M: np.ndarray, target: np.ndarray) -> tuple[bool, np.ndarray, float]:
    """Is ``target`` a non-negative combination of the columns of M (up to the nnls residual)?
    M and target must be C-contiguous float64, as the compiled nnls of :func:`nnls_solver` takes them
    (:func:`in_cone` converts; the cone rule's loop passes them so, copy-free).

    Returns (inside, r, |r|). Outside, the residual r = target - M x of the nnls optimum x
    separates: M' r <= 0 (optimality) and r . target = |r|^2 > 0, so r . v <= 0 < r . target
    for every v of the cone; it stays a certificate while no new column has r . v > 0.
    """
    r = target - M @ nnls_solver()(M, target, 50 * M.shape[1] + 50)
    rho = math.sqrt(r @ r)
    return rho <= 1e-10 * (1.0 + math.sqrt(target @ target)), r, rho


def in_cone(M: np.ndarray, target: np.ndarray) -> bool:
    """Whether ``target`` is a non-negative combination of the columns of ``M`` (the cone rule's test)."""
    return _cone_test(np.ascontiguousarray(M, dtype=np.float64), np.ascontiguousarray(target, dtype=np.float64))[0]


def new_separators(n: int, k: int, width: int) -> np.ndarray:
    """Empty certificates of the cone rule: (2, n, k, width), NaN = none (side 0 ON, 1 OFF).

    A certificate is stored as a unit vector (the nnls residual's direction)."""
    return np.full((2, n, k, width), np.nan)


def _separated_by_pool(separators: np.ndarray, M: np.ndarray, V: np.ndarray, column_scale: np.ndarray,
                       margin: np.ndarray) -> np.ndarray:
    """Which of the points ``V`` (rows) a stored certificate of the unit, any point's, proves
    outside each cone: (2, len(V)) booleans (side 0 the ON test against cone(M), 1 the OFF
    test against cone(-M)).

    A certificate r of a side-0 test (r . M <= 0 column by column) shows that every point v with
    r . v > 0 lies outside cone(M), and -r (r from a side-1 test) is one of the same kind; for
    the OFF test the same vectors with the opposite sign: r . v < 0 puts v outside cone(-M). So
    one certificate, found for one point, serves every point of the unit that it separates:
    the nnls test is run only where none of the unit's certificates that still hold (no
    column of M beyond them) separates (planted L1 (30, 5, 2): 114,000 of them before). A
    skipped test can only fix fewer pairs, never a wrong one. ``column_scale`` and ``margin``
    are 1e-12 times the norms of M's columns and V's rows."""
    return _separated_by(np.concatenate([separators[0], -separators[1]]), M, V, column_scale, margin)


def _separated_by(pool: np.ndarray, M: np.ndarray, V: np.ndarray, column_scale: np.ndarray,
                  margin: np.ndarray) -> np.ndarray:
    """:func:`_separated_by_pool` for the certificates ``pool`` (rows, in the side-0 form): the
    stored ones, or one a pass has just found."""
    # the certificates that still hold; a NaN row (no certificate) fails the comparison
    holds = (pool @ M <= column_scale).all(axis=1) if M.shape[1] else np.isfinite(pool[:, 0])
    pool = pool[holds]
    out = np.zeros((2, V.shape[0]), dtype=bool)
    if pool.shape[0]:
        products = pool @ V.T                 # (certificates, points)
        out[0] = (products > margin).any(axis=0)
        out[1] = (products < -margin).any(axis=0)
    return out


def propagate_geometry(state: np.ndarray, X1: np.ndarray, units: list[int] | None = None,
                       separators: np.ndarray | None = None, norms: np.ndarray | None = None) -> int:
    """Apply the cone rule to a fixpoint for ``units`` (all if None), in place; returns the count fixed.

    One pass per unit is the fixpoint. The ON test's cone is C = cone({v_a : a ON} u
    {-v_b : b OFF}); a point the pass fixes ON has v_i in C, one it fixes OFF has -v_i in C, so
    the generator either adds is in C already and C stays the same: a second pass tests the
    same points against the same cones (and the OFF test's cone is -C). Measured before the
    loop went: 5,800 second passes over three searches (planted L1 (25, 3, 2) and (35, 2, 2),
    G3 N = 7) fixed no pair.

    ``separators`` (from :func:`new_separators`, updated in place) keeps, per pair and side, the
    direction of the last nnls residual that proved the point outside the cone. A child node's
    cones contain its parent's, so a test is repeated only where no certificate of the unit
    that still holds separates the point (:func:`_separated_by_pool`).
    Skipping a test can only fix fewer pairs, never a wrong one. ``norms``: the row norms of
    X1, if the caller holds them (a search computes them once).
    """
    X1 = np.ascontiguousarray(X1, dtype=np.float64)     # rows as the compiled nnls takes them
    if separators is not None and norms is None:
        norms = np.sqrt(np.einsum("ij,ij->i", X1, X1))
    return sum(_unit_pass(state, X1, j, separators, norms)
               for j in (range(state.shape[1]) if units is None else units))


def _unit_pass(state: np.ndarray, X1: np.ndarray, j: int, separators: np.ndarray | None,
               norms: np.ndarray | None = None) -> int:
    """One pass of the cone rule over unit ``j``'s FREE points against its current cones.

    The cones are those of the pass's start (the pairs it fixes leave them unchanged, see
    :func:`propagate_geometry`); returns the count fixed. ``norms``: X1's row norms (needed
    with ``separators``), so the margins 1e-12 |v| of :func:`_separated_by_pool` are looked up,
    not recomputed."""
    column = state[:, j]
    on, off = column == ON, column == OFF
    has = (bool(on.any()), bool(off.any()))
    if not (has[0] or has[1]):
        return 0
    free = np.flatnonzero(column == FREE)
    if not free.size:
        return 0
    # columns: +v_a for ON points, -v_b for OFF points (the ON test); negated for OFF (made when
    # a test first needs it)
    M = np.ascontiguousarray(np.concatenate([X1[on], -X1[off]]).T)
    cones: list[np.ndarray | None] = [M, None]
    V = X1[free]
    if separators is not None:
        margin = 1e-12 * norms[free]
        column_scale = 1e-12 * np.concatenate([norms[on], norms[off]])
        skip = _separated_by_pool(separators[:, :, j], M, V, column_scale, margin)
    else:
        skip = np.zeros((2, free.size), dtype=bool)
    for side in (0, 1):
        if not has[side]:
            skip[side] = True             # no generator of that sign: no test
    fixed = 0
    # only the points some test is left for (a certificate found below may skip more of them;
    # skip only grows, so a point left out here would be skipped anyway)
    for q in np.flatnonzero(~(skip[0] & skip[1])).tolist():
        i = int(free[q])
        for side in (0, 1):
            if skip[side, q]:
                continue
            cone = cones[side]
            if cone is None:
                cone = cones[side] = np.ascontiguousarray(-M)
            inside, r, rho = _cone_test(cone, X1[i])
            if inside:
                state[i, j] = ON if side == 0 else OFF
                fixed += 1
                break
            if separators is not None:
                r /= rho                               # r . target = |r|^2 > 0
                separators[side, i, j] = r
                # the certificate serves the pass's later points at once (as in the pool; one
                # certificate, so _separated_by's pool bookkeeping is left out): it holds
                # (r . M <= 0 up to the column scale) and separates where r . v != 0
                u = r if side == 0 else -r
                if q + 1 < free.size and (u @ M <= column_scale).all():
                    products = V[q + 1:] @ u
                    later = margin[q + 1:]
                    skip[0, q + 1:] |= products > later
                    skip[1, q + 1:] |= products < -later
    return fixed
