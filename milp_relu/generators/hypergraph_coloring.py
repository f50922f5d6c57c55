"""G2: hypergraph colouring -> training k ReLUs, NP-hard even when realizable.

See :func:`hypergraph_coloring`. The hypergraph families (planted YES, complete / dense / copies
NO, or the caller's own) are shared with G3 (:mod:`.bounded_coloring`).
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..errors import InputError
from ..network import ReLUNetwork
from . import sources
from ._base import (build_instance, check_choice, check_int, make_name, make_rng, provenance,
                    source_digest)

GENERATOR = "hypergraph-coloring"
VERSION = "1"
PAPER_RESULT = "Result 2: training k >= 2 ReLUs is NP-hard even in the realizable setting (MR18 k = 2; GKMR'21)"
FAMILIES = ("planted", "complete", "dense", "copies")
MAX_EDGES = 5000


def hypergraph_source(gen: str, family: str, N: int, m: int, r: int, k: int, copies: int,
                      edges: Any, coloring: Any, rng: np.random.Generator, need_mu: bool) -> dict[str, Any]:
    """Build (or check) the hypergraph of G2/G3 and decide its side of the promise.

    YES: a proper k-colouring is known. NO: no proper C-colouring exists, C = 2^k - 1 (proved for
    the complete and copies families, exhaustively checked for dense and caller hypergraphs).
    Returns a dict with edges, N, answer, coloring, C, mu (fewest monochromatic edges of a
    C-colouring, when asked and the answer is NO), max degree and how the answer was decided.
    """
    k = check_int(gen, "k", k, 2, 4)
    C = 2 ** k - 1
    family = check_choice(gen, "family", family, FAMILIES)
    if edges is not None:
        return _caller_source(gen, k, C, edges, coloring, need_mu)
    r = check_int(gen, "r", r, 2, 6)
    if family == "copies":
        return _copies_source(gen, r, C, copies)
    N = check_int(gen, "N", N, 2, 10_000)
    if r > N:
        raise InputError(f"{gen}: r = {r} is larger than the number of vertices N = {N}")
    if family == "planted":
        m = check_int(gen, "m", m, 1, MAX_EDGES)
        edges_, col = sources.planted_hypergraph(N, m, r, k, rng, gen)
        return {"edges": edges_, "N": N, "answer": "yes", "coloring": col, "C": C, "mu": None,
                "max_degree": sources.max_degree(N, edges_), "decided_by": "planted proper k-colouring",
                "family": family}
    if family == "complete":
        return _complete_source(gen, N, r, C)
    return _dense_source(gen, N, m, r, C, rng, need_mu)


def _caller_source(gen: str, k: int, C: int, edges: Any, coloring: Any, need_mu: bool) -> dict[str, Any]:
    """Check the caller's hypergraph (and colouring) and decide its side by exact search."""
    mu = None
    edges_, N = sources.check_edges(gen, edges, None)
    if len(edges_) > MAX_EDGES:
        raise InputError(f"{gen}: {len(edges_)} hyperedges; at most {MAX_EDGES}")
    col = None
    if coloring is not None:
        if (not isinstance(coloring, (list, tuple)) or len(coloring) != N or any(
                isinstance(c, bool) or not isinstance(c, (int, np.integer)) or not 0 <= c < k for c in coloring)):
            raise InputError(f"{gen}: coloring must list one colour in 0..{k - 1} per vertex ({N} vertices)")
        col = [int(c) for c in coloring]
        if not sources.is_proper(edges_, col):
            raise InputError(f"{gen}: the given colouring leaves a hyperedge monochromatic")
        how = "caller's proper k-colouring"
    else:
        col = sources.find_coloring(N, edges_, k, gen)
        how = "exact search found a proper k-colouring"
    if col is not None:
        answer = "yes"
    elif sources.find_coloring(N, edges_, C, gen) is None:
        answer, how = "no", f"exact search: no proper {C}-colouring"
    else:
        answer, how = "unknown", f"exact search: not {k}-colourable but {C}-colourable (inside the promise gap)"
    if answer == "no" and need_mu:
        mu = sources.min_monochromatic(N, edges_, C, gen)
    return {"edges": edges_, "N": N, "answer": answer, "coloring": col, "C": C, "mu": mu,
            "max_degree": sources.max_degree(N, edges_), "decided_by": how, "family": "caller"}


def _copies_source(gen: str, r: int, C: int, copies: int) -> dict[str, Any]:
    """Return the NO family of disjoint complete r-uniform blocks on C (r - 1) + 1 vertices each."""
    family = "copies"
    copies = check_int(gen, "copies", copies, 1, MAX_EDGES)
    edges_, N = sources.complete_copies(copies, r, C)
    if len(edges_) > MAX_EDGES:
        raise InputError(f"{gen}: {len(edges_)} hyperedges; at most {MAX_EDGES} (fewer copies)")
    mu = copies
    how = (f"proved: each copy is the complete {r}-uniform hypergraph on {C}({r}-1)+1 = {C * (r - 1) + 1} "
           f"vertices, not {C}-colourable by pigeonhole; a balanced colouring leaves one monochromatic edge per copy")
    return {"edges": edges_, "N": N, "answer": "no", "coloring": None, "C": C, "mu": mu,
            "max_degree": sources.max_degree(N, edges_), "decided_by": how, "family": family}


def _complete_source(gen: str, N: int, r: int, C: int) -> dict[str, Any]:
    """Return the NO family: the complete r-uniform hypergraph on N > C (r - 1) vertices."""
    family = "complete"
    if N <= C * (r - 1):
        raise InputError(f"{gen}: the complete {r}-uniform hypergraph on N = {N} vertices is {C}-colourable "
                         f"(C = 2^k - 1); a NO instance needs N >= {C * (r - 1) + 1}")
    if math.comb(N, r) > MAX_EDGES:
        raise InputError(f"{gen}: the complete {r}-uniform hypergraph on {N} vertices has "
                         f"{math.comb(N, r)} edges; at most {MAX_EDGES}")
    edges_ = sources.complete_hypergraph(N, r)
    sizes = [N // C + (1 if i < N % C else 0) for i in range(C)]
    mu = sum(math.comb(s, r) for s in sizes)  # balanced classes minimise sum C(size, r) (convexity)
    how = f"proved: pigeonhole, N = {N} > C (r - 1) = {C * (r - 1)}"
    return {"edges": edges_, "N": N, "answer": "no", "coloring": None, "C": C, "mu": mu,
            "max_degree": sources.max_degree(N, edges_), "decided_by": how, "family": family}


def _dense_source(gen: str, N: int, m: int, r: int, C: int, rng: np.random.Generator,
                  need_mu: bool) -> dict[str, Any]:
    """Return the NO family: a random r-uniform hypergraph, redrawn until not C-colourable."""
    family = "dense"
    mu = None
    m = check_int(gen, "m", m, 1)
    if m > math.comb(N, r):
        raise InputError(f"{gen}: m = {m} exceeds the C({N},{r}) = {math.comb(N, r)} possible hyperedges")
    if m > MAX_EDGES:
        raise InputError(f"{gen}: m = {m}; at most {MAX_EDGES} hyperedges")
    for attempt in range(1, 101):
        edges_ = sources.random_hypergraph(N, m, r, rng)
        if sources.find_coloring(N, edges_, C, gen) is None:
            if need_mu:
                mu = sources.min_monochromatic(N, edges_, C, gen)
            return {"edges": edges_, "N": N, "answer": "no", "coloring": None, "C": C, "mu": mu,
                    "max_degree": sources.max_degree(N, edges_),
                    "decided_by": f"exact search: no proper {C}-colouring (draw {attempt})", "family": family}
    raise InputError(f"{gen}: 100 random {r}-uniform hypergraphs with N = {N}, m = {m} were all "
                     f"{C}-colourable; raise m (denser) for a NO instance")


def coloring_certificate(N: int, edges: list[list[int]], coloring: list[int], k: int, r: int) -> np.ndarray:
    """G2's certificate weights: w_j[v] = 1 if chi(v) = j else -(r - 1)."""
    W = np.full((k, N), -float(r - 1))
    for v, c in enumerate(coloring):
        W[c, v] = 1.0
    return W


def hypergraph_points(N: int, edges: list[list[int]]) -> np.ndarray:
    """Vertex points e_v, then hyperedge points x_e = (1/|e|) sum_{v in e} e_v."""
    Xe = np.zeros((len(edges), N))
    for i, e in enumerate(edges):
        Xe[i, e] = 1.0 / len(e)
    return np.vstack([np.eye(N), Xe])


def hypergraph_coloring(N: int = 6, m: int = 8, r: int = 3, k: int = 2, family: str = "planted",
                        copies: int = 1, edges: list | None = None, coloring: list | None = None,
                        seed: int = 0):
    """k-ReLU training instance from hypergraph colouring, realizable in the YES case (G2).

    Points: e_v with label 1 for each vertex v, and x_e = (1/|e|) sum_{v in e} e_v with label 0
    for each hyperedge e; unweighted, d = N, n = N + m.

    YES (a proper k-colouring chi): the network with w_j[v] = 1 if chi(v) = j, else -(r - 1),
    b_j = 0, all output signs +1, fits every point exactly: SUM = 0. NO (no proper
    (2^k - 1)-colouring): every k-ReLU network, any output signs and biases (no output bias),
    has SUM >= min_e |e|/(|e| + 1) >= 2/3.

    Parameters
    ----------
    N : int
        Vertices (planted, complete, dense).
    m : int
        Hyperedges (planted, dense).
    r : int
        Uniformity, r >= 2 (r = 2: graphs; NP-hardness of the graph gap is not known for k >= 3,
        prefer r = 3).
    k : int
        Hidden units and colours of the YES side, 2 <= k <= 4; the NO side has no proper
        (2^k - 1)-colouring.
    family : {"planted", "complete", "dense", "copies"}
        planted: random r-uniform with a planted proper k-colouring (YES). complete: all r-sets of
        N vertices, NO when N > (2^k - 1)(r - 1). dense: m random r-sets redrawn until an exact
        search finds no proper (2^k - 1)-colouring (NO; small N only). copies: disjoint copies of
        the complete hypergraph on (2^k - 1)(r - 1) + 1 vertices (NO, bounded degree).
    copies : int
        Number of copies (family "copies").
    edges : list of lists, optional
        A caller's hypergraph (replaces the family); its side is decided by exact search and may be
        "unknown" when it falls inside the promise gap.
    coloring : list, optional
        A caller's proper k-colouring of ``edges`` (the YES certificate).
    seed : int
        Random seed.

    Returns
    -------
    Instance
        Loss "squared" (form "sum"), k units, box |w|, |b| <= r - 1.

    References
    ----------
    .. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
       Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
    .. [2] P. Manurangsi, D. Reichman, "The Computational Complexity of Training ReLU(s)",
       arXiv:1810.04207.
    .. [3] I. Dinur, O. Regev, C. Smyth, "The hardness of 3-uniform hypergraph coloring",
       Combinatorica 25 (2005) (the source gap problem; external knowledge).

    The gadget is reconstructed (reductions.md section 4), not copied from the papers.
    """
    g = GENERATOR
    rng = make_rng(seed)
    src = hypergraph_source(g, family, N, m, r, k, copies, edges, coloring, rng, need_mu=False)
    k = int(k)
    E, Nv = src["edges"], src["N"]
    r_eff = max(len(e) for e in E)
    X = hypergraph_points(Nv, E)
    y = np.concatenate([np.ones(Nv), np.zeros(len(E))])
    net = None
    if src["answer"] == "yes":
        net = ReLUNetwork(coloring_certificate(Nv, E, src["coloring"], k, r_eff), np.zeros(k), np.ones(k), 0.0)
    no_bound = min(len(e) / (len(e) + 1.0) for e in E)
    bound = float(max(1, r_eff - 1))
    params = {"N": N, "m": m, "r": r, "k": k, "family": family, "copies": copies,
              "edges": edges, "coloring": coloring}
    name = make_name(g, _name_parts(params, src), seed)
    return build_instance(
        generator=g, version=VERSION, name=name, params=params, seed=seed, X=X, y=y, sample_weight=None,
        k=k, loss="squared", weight_bound=bound, bias_bound=bound, answer=src["answer"],
        yes_loss=0.0, no_bound=no_bound, form="sum",
        certificate_network=net,
        certificate=None if src["coloring"] is None else {"coloring": src["coloring"], "colors": k},
        source=_source_record(src, r_eff),
        prov=provenance(
            PAPER_RESULT, statement="READ (MR18 and GKMR abstracts: NP-hard even in the realizable setting)",
            source_problem="READ (third-party summary: 'hypergraph k-coloring'); the colour gap k vs 2^k - 1 is INFERRED",
            gadget="RECONSTRUCTED (reductions.md section 4)",
            guarantee="proved: YES SUM = 0; NO SUM >= min_e |e|/(|e|+1) >= 2/3 for any k-ReLU network "
                      "(any signs, any biases, no output bias)",
            section="section 4 (G2)", confidence="medium"),
        bounded_class=f"box |w_jl| <= {bound}, |b_j| <= {bound} (r - 1); the NO bound holds without bounds",
        promise_note=("YES: a proper k-colouring gives SUM = 0 (realizable). NO: no proper (2^k - 1)-colouring, "
                      "so SUM >= min_e |e|/(|e|+1). no_bound is stated for every answer as the NO side of the gap; "
                      "it is a bound on the optimum only when answer is 'no'."),
    )


def _name_parts(params: dict[str, Any], src: dict[str, Any]) -> list[str]:
    k = params["k"]
    if params["edges"] is not None:
        parts = [f"src{source_digest(src['edges'])}", f"k{k}"]
        if params["coloring"] is not None:
            parts.append(f"col{source_digest(params['coloring'])}")
        return parts
    fam = params["family"]
    if fam == "copies":
        return [fam, f"c{params['copies']}", f"r{params['r']}", f"k{k}"]
    if fam == "complete":
        return [fam, f"N{params['N']}", f"r{params['r']}", f"k{k}"]
    return [fam, f"N{params['N']}", f"m{params['m']}", f"r{params['r']}", f"k{k}"]


def _source_record(src: dict[str, Any], r_eff: int) -> dict[str, Any]:
    return {"problem": "hypergraph colouring (k-colourable vs not (2^k - 1)-colourable)",
            "family": src["family"], "N": src["N"], "m": len(src["edges"]), "r": r_eff,
            "edges": src["edges"], "planted_coloring": src["coloring"], "C": src["C"],
            "mu": src["mu"], "max_degree": src["max_degree"], "decided_by": src["decided_by"]}
