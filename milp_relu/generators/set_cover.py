"""G1: Set Cover -> training one ReLU (squared loss, weighted sum), after GKMR'21 / MR18.

See :func:`set_cover`.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import InputError
from ..network import ReLUNetwork
from . import sources
from ._base import (build_instance, check_bool, check_choice, check_float, check_int, check_weight, fmt_value,
                    make_name, make_rng, provenance, source_digest)

GENERATOR = "set-cover"
VERSION = "1"
PAPER_RESULT = "Result 1: training one ReLU (square loss) is NP-hard, also to approximate (MR18, GKMR'21)"


def set_cover(N: int = 6, m: int = 5, t: int = 2, p: float = 0.3, answer: str = "yes",
              weighted: bool = True, M: int | None = None, sets: list | None = None,
              cover: list | None = None, seed: int = 0):
    """One-ReLU training instance from a set system with a planted cover (generator G1).

    Set Cover (is there a cover of size <= t?) reduces to training a single ReLU under the
    squared loss. Each set j is a point e_j with label 1 and weight 1; each element u is the
    average q_u = (1/deg u) sum_{j owns u} e_j of the sets that own it, with label 0 and weight
    M = 16 (t + 1)^3 (or M repeated copies in the unweighted variant). Dimension d = N.

    YES certificate: for a cover C, the ReLU with w_j = -Delta on C (Delta the largest element
    degree), +1 elsewhere, b = 0 has SUM loss exactly |C|. NO bound (proved): if every cover has
    more than t sets, every one-ReLU network (any bias, either output sign) has SUM >= t + 1/2.

    Parameters
    ----------
    N, m : int
        Number of sets and of elements (ignored when ``sets`` is given).
    t : int
        Size of the planted cover, 1 <= t <= min(N, m). In a YES instance it is the decision
        threshold; in a NO instance the threshold is OPT - 1, with OPT the exact minimum cover
        size (found by exhaustive search), so the instance is a NO instance by construction.
    p : float
        Probability that a set owns an element beyond the planted partition, in [0, 1].
    answer : {"yes", "no"}
        Which side of the promise to build.
    weighted : bool
        Weighted element points (n = N + m) or M repeated copies (n = N + M m).
    M : int, optional
        Element weight; default 16 (t + 1)^3 for the decision threshold t; smaller values void
        the NO proof and are refused.
    sets : list of lists, optional
        A caller's set system over elements 0..m-1 (replaces the random one).
    cover : list, optional
        A caller's cover of ``sets`` used as the YES certificate (else an exact minimum cover).
    seed : int
        Random seed; the same parameters and seed give byte-identical data.

    Returns
    -------
    Instance
        Dataset, loss "squared" (promise form "sum"), k = 1, bounds |w|, |b| <= Delta + 1.

    References
    ----------
    .. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
       Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
    .. [2] P. Manurangsi, D. Reichman, "The Computational Complexity of Training ReLU(s)",
       arXiv:1810.04207.

    The gadget is reconstructed (reductions.md section 2), not copied from the papers.
    """
    g = GENERATOR
    cover_arg = cover
    answer = check_choice(g, "answer", answer, ("yes", "no"))
    weighted = check_bool(g, "weighted", weighted)
    p = check_float(g, "p", p, 0.0, 1.0)
    t = check_int(g, "t", t, 1)
    rng = make_rng(seed)
    sets_, N, m, planted, src_tag = _set_system(g, sets, N, m, t, p, rng)
    cover = _checked_cover(g, sets_, N, m, cover)
    cover, threshold, opt = _promise_side(g, sets_, N, m, t, answer, cover, planted)
    opt_size = None if opt is None else len(opt)

    M_eff = check_weight(g, M, 16 * (threshold + 1) ** 3, "16 (t + 1)^3")
    X, y, w, Delta = _cover_points(sets_, N, m, M_eff, weighted)

    net = None
    if answer == "yes":
        wvec = np.ones(N)
        wvec[cover] = -float(Delta)
        net = ReLUNetwork(wvec.reshape(1, -1), np.zeros(1), np.ones(1), 0.0)
    bound = float(Delta + 1)

    params: dict[str, Any] = {"N": N, "m": m, "t": t, "p": p, "answer": answer, "weighted": weighted,
                              "M": M, "sets": sets, "cover": cover_arg}
    parts = ([src_tag] if src_tag else [f"N{N}", f"m{m}"]) + [
        f"t{t}", f"p{fmt_value(p)}", "weighted" if weighted else "unweighted", answer,
        f"M{fmt_value(M)}"]
    if cover_arg is not None:
        parts.append(f"cov{source_digest(cover)}")
    name = make_name(g, parts, seed)
    return build_instance(
        generator=g, version=VERSION, name=name, params=params, seed=seed, X=X, y=y, sample_weight=w,
        k=1, loss="squared", weight_bound=bound, bias_bound=bound, answer=answer,
        yes_loss=float(len(cover)) if answer == "yes" else float(threshold),
        no_bound=threshold + 0.5, form="sum",
        certificate_network=net,
        certificate=None if answer == "no" else {"cover": cover, "size": len(cover)},
        source={"problem": "set cover (decision: is there a cover of size <= t?)", "N": N, "m": m,
                "sets": sets_, "t": threshold, "planted_cover": planted, "min_cover_size": opt_size,
                "min_cover": opt, "max_degree": Delta, "M": M_eff},
        prov=_provenance(),
        bounded_class=f"box |w_j| <= {bound}, |b| <= {bound} (Delta + 1); the NO bound holds without bounds",
        promise_note=("YES: the certificate's SUM loss is |C| <= t; the exact optimum is at most that "
                      "(typically slightly below, element penalties are soft). NO: every cover has "
                      "> t sets, so SUM >= t + 1/2. yes_loss of a NO instance is the YES side of the gap (t)."),
        extra={"scaling": "none (points are 0/1 averages, ||x|| <= 1)"},
    )


def _set_system(g: str, sets: list | None, N: int, m: int, t: int, p: float,
                rng: np.random.Generator) -> tuple[list, int, int, list | None, str]:
    """Return the checked caller's set system or a planted one: (sets, N, m, planted, tag)."""
    if sets is not None:
        sets_, m = sources.check_set_system(g, sets, None)
        N = len(sets_)
        planted = None
        src_tag = f"src{source_digest(sets_)}"
    else:
        N = check_int(g, "N", N, 1, 10_000)
        m = check_int(g, "m", m, 1, 60)
        if t > N:
            raise InputError(f"{g}: t = {t} is larger than the number of sets N = {N}")
        if t > m:
            raise InputError(f"{g}: t = {t} is larger than the number of elements m = {m} "
                             "(each planted set owns at least one element)")
        sets_, planted = sources.planted_set_system(N, m, t, p, rng)
        src_tag = ""
    if m > 60:
        raise InputError(f"{g}: m = {m} elements is too many for the exact cover checks (at most 60)")
    return sets_, N, m, planted, src_tag


def _checked_cover(g: str, sets_: list, N: int, m: int, cover: list | None) -> list[int] | None:
    """Return the caller's cover, sorted and checked to cover every element (or None)."""
    if cover is None:
        return None
    if not isinstance(cover, (list, tuple)) or not cover or any(
            isinstance(j, bool) or not isinstance(j, (int, np.integer)) or not 0 <= j < N for j in cover):
        raise InputError(f"{g}: cover must be a non-empty list of set indices in 0..{N - 1}")
    cover = sorted(set(int(j) for j in cover))
    if not sources.is_cover(sets_, m, cover):
        raise InputError(f"{g}: the given cover {cover} does not cover every element")
    return cover


def _promise_side(g: str, sets_: list, N: int, m: int, t: int, answer: str, cover: list[int] | None,
                  planted: list | None) -> tuple[list[int] | None, int, list | None]:
    """Return (YES certificate cover, threshold, a minimum cover or None) for the chosen side."""
    if answer == "yes":
        if cover is None and planted is not None:
            cover = planted
        if cover is None:
            cover = sources.min_set_cover(sets_, m, t, gen=g)
            if cover is None:
                raise InputError(f"{g}: the set system has no cover of size <= t = {t}; use answer=no")
        if len(cover) > t:
            raise InputError(f"{g}: the cover has {len(cover)} > t = {t} sets; raise t or use answer=no")
        opt = sources.min_set_cover(sets_, m, len(cover), gen=g) if N <= 24 else None
        return cover, t, opt
    if cover is not None:
        raise InputError(f"{g}: a cover certifies a YES instance; do not pass one with answer=no")
    opt = sources.min_set_cover(sets_, m, None, gen=g)
    return cover, len(opt) - 1, opt


def _cover_points(sets_: list, N: int, m: int, M_eff: int,
                  weighted: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, int]:
    """Return the set and element points (X, y, w) and the largest element degree Delta."""
    deg = np.zeros(m, dtype=int)
    for s in sets_:
        deg[s] += 1
    Delta = int(deg.max())
    Xs = np.eye(N)
    Xe = np.zeros((m, N))
    for j, s in enumerate(sets_):
        for u in s:
            Xe[u, j] = 1.0 / deg[u]
    if weighted:
        X = np.vstack([Xs, Xe])
        y = np.concatenate([np.ones(N), np.zeros(m)])
        w = np.concatenate([np.ones(N), np.full(m, float(M_eff))])
    else:
        X = np.vstack([Xs, np.repeat(Xe, M_eff, axis=0)])
        y = np.concatenate([np.ones(N), np.zeros(m * M_eff)])
        w = None
    return X, y, w, Delta


def _provenance() -> dict[str, Any]:
    """Return the provenance record of the G1 construction."""
    return provenance(
        PAPER_RESULT, statement="READ (MR18 and GKMR abstracts)",
        source_problem="READ (third-party summary of GKMR: 'a reduction from Set Cover')",
        gadget="RECONSTRUCTED (reductions.md section 2)",
        guarantee="proved: YES SUM = |C| <= t; NO SUM >= t + 1/2 for any one-ReLU network, any bias and sign",
        section="section 2 (G1)", confidence="medium")
