"""G4: planted dense subgraph -> bounded agnostic one-ReLU benchmark (empirical gap only).

See :func:`dense_subgraph`.
"""
from __future__ import annotations

import itertools
import math
from typing import Any

import networkx as nx
import numpy as np

from ..errors import InputError
from ..network import ReLUNetwork
from . import sources
from ._base import (build_instance, check_bool, check_float, check_int, check_scale, fmt_value, make_name,
                    make_rng, provenance, source_digest)

GENERATOR = "dense-subgraph"
VERSION = "1"
PAPER_RESULT = ("Result 4: under a Densest-kappa-Subgraph hypothesis ('Hypothesis 1'), proper learning of the "
                "best-fitting bounded ReLU needs time 2^Omega(1/eps^2) (GKMR'21 abstract); benchmark family only")


def certificate_alpha(N: int, kappa: int) -> float:
    """alpha = min(1, sqrt(N) / (2 sqrt(kappa (N - kappa)))) (1 when kappa = N)."""
    if kappa >= N:
        return 1.0
    return min(1.0, math.sqrt(N) / (2.0 * math.sqrt(kappa * (N - kappa))))


def two_level_loss(N: int, kappa: int, e_S: float, ne_S: float, c: float, W: float) -> float:
    """AVG of the two-level certificate on a kappa-set with e_S edges and ne_S non-edges inside."""
    a = certificate_alpha(N, kappa)
    return 1.0 - (e_S * (2 * a - a * a) - c * ne_S * (2 * a + a * a)) / W


def dense_subgraph(N: int = 8, kappa: int = 4, p: float = 0.3, c: float = 1.0, planted: bool = True,
                   edges: list | None = None, clique: list | None = None, seed: int = 0):
    """Bounded one-ReLU instance from a G(N, p) graph with a planted kappa-clique (generator G4).

    Points: every pair u < v as x_uv = (e_u + e_v)/2 (norm 1/sqrt 2), d = N, n = C(N, 2); label
    +1 with weight 1 for an edge, -1 with weight c for a non-edge. Loss AVG = weighted mean
    squared error; f = 0 has AVG = 1.

    Certificate on a kappa-set S: alpha = min(1, sqrt N / (2 sqrt(kappa (N - kappa)))),
    g_v = +alpha on S and -alpha off S, b = alpha (2 kappa - N)/N, w = g - b: ||w|| <= 1,
    |b| <= alpha, only pairs inside S are active (output alpha), and
    AVG = 1 - [e_S (2 alpha - alpha^2) - c ne_S (2 alpha + alpha^2)] / W.

    No NO bound is proved for general networks (reductions.md section 6): this is a benchmark
    family with an empirical gap (planted vs random graphs), not a certified-gap family.

    Parameters
    ----------
    N : int
        Vertices (>= 3).
    kappa : int
        Planted clique size, 2 <= kappa <= N.
    p : float
        Edge probability of G(N, p), in [0, 1].
    c : float
        Weight of non-edge points (> 0).
    planted : bool
        Plant the clique (answer "yes"); without it the certificate uses an exact densest
        kappa-set and the answer is "unknown" unless that set is a clique.
    edges : list of pairs, optional
        A caller's graph on vertices 0..N-1 (replaces G(N, p)).
    clique : list, optional
        A caller's kappa-clique of ``edges`` used as the certificate.
    seed : int
        Random seed (networkx is seeded from it).

    Returns
    -------
    Instance
        Loss "squared" (form "mean"), k = 1, box |w_l| <= max_l |w_cert,l|, |b| <= alpha.

    References
    ----------
    .. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
       Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
    .. [2] P. Manurangsi, "On the Densest k-Subgraph problem under ETH", STOC 2017 (definitions).

    Hypothesis 1 was not retrieved; the gadget is reconstructed (reductions.md section 6).
    """
    g = GENERATOR
    planted = check_bool(g, "planted", planted)
    c = check_scale(g, "c", c)
    p = check_float(g, "p", p, 0.0, 1.0)
    kappa = check_int(g, "kappa", kappa, 2)
    rng = make_rng(seed)
    G, N, S, src_tag = _source_graph(g, N, edges, kappa, p, planted, rng)
    S, how = _chosen_set(g, G, N, kappa, c, clique, S)
    e_S = sum(1 for u, v in itertools.combinations(S, 2) if G.has_edge(u, v))
    ne_S = math.comb(kappa, 2) - e_S
    answer = "yes" if ne_S == 0 else "unknown"

    X, y, w = _pair_points(G, N, c)
    W_total = float(w.sum())

    alpha = certificate_alpha(N, kappa)
    gvec = np.full(N, -alpha)
    gvec[S] = alpha
    b = alpha * (2 * kappa - N) / N
    wvec = gvec - b
    net = ReLUNetwork(wvec.reshape(1, -1), np.array([b]), np.ones(1), 0.0)
    yes_loss = two_level_loss(N, kappa, e_S, ne_S, c, W_total)
    weight_bound = float(np.max(np.abs(wvec)))
    bias_bound = alpha

    params = {"N": N, "kappa": kappa, "p": p, "c": c, "planted": planted, "edges": edges, "clique": clique}
    parts = ([src_tag] if src_tag else [f"N{N}", f"p{fmt_value(p)}"]) + [
        f"kappa{kappa}", f"c{fmt_value(c)}", "planted" if planted else "random"]
    if clique is not None:
        parts.append(f"cl{source_digest(S)}")
    name = make_name(g, parts, seed)
    graph_edges = sorted([int(u), int(v)] if u < v else [int(v), int(u)] for u, v in G.edges())
    return build_instance(
        generator=g, version=VERSION, name=name, params=params, seed=seed, X=X, y=y, sample_weight=w,
        k=1, loss="squared", weight_bound=weight_bound, bias_bound=bias_bound, answer=answer,
        yes_loss=yes_loss, no_bound=None, form="mean", certificate_network=net,
        certificate={"set": S, "edges_inside": e_S, "non_edges_inside": ne_S, "is_clique": ne_S == 0,
                     "chosen_by": how, "alpha": alpha, "w_norm": float(np.linalg.norm(wvec))},
        source={"problem": "densest kappa-subgraph (kappa-clique vs density <= 1 - delta; exact form unknown)",
                "N": N, "kappa": kappa, "p": p, "edges": graph_edges, "m": len(graph_edges),
                "planted_clique": S if how == "planted clique" else None, "c": c, "total_weight": W_total},
        prov=_provenance(),
        bounded_class=(f"box |w_l| <= {weight_bound:.6g} (the certificate's largest entry), |b| <= alpha = "
                       f"{alpha:.6g}; the certificate has ||w|| <= 1, but the box is not the unit ball "
                       "(it may contain ||w|| up to sqrt(N) times the bound)"),
        promise_note=("form mean. yes_loss is the certificate's exact AVG, an upper bound on the optimum over "
                      "the box. No NO bound (null): the planted-vs-random gap is empirical (reductions.md section 6)."),
        extra={"scaling": {"points_norm": 1 / math.sqrt(2), "gap_order": "Theta(kappa^(3/2) / W); ~1/sqrt(kappa) "
                           "only when W = Theta(kappa^2)", "baseline_zero_network_avg": 1.0}},
    )


def _source_graph(g: str, N: int, edges: list | None, kappa: int, p: float, planted: bool,
                  rng: np.random.Generator) -> tuple[nx.Graph, int, list[int] | None, str]:
    """Return the checked caller's graph or a random one with a planted clique: (G, N, S, tag)."""
    N = check_int(g, "N", N, 3, 60)
    S = None
    src_tag = ""
    if edges is not None:
        if not isinstance(edges, (list, tuple)) or any(
                not isinstance(e, (list, tuple)) or len(e) != 2 or e[0] == e[1]
                or any(isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not 0 <= v < N for v in e)
                for e in edges):
            raise InputError(f"{g}: edges must be a list of pairs [u, v] of distinct vertices in 0..{N - 1}")
        G = nx.Graph()
        G.add_nodes_from(range(N))
        G.add_edges_from((int(u), int(v)) for u, v in edges)
        src_tag = f"src{source_digest(sorted(sorted(map(int, e)) for e in edges))}"
    if kappa > N:
        raise InputError(f"{g}: kappa = {kappa} is larger than the number of vertices N = {N}")
    if edges is None:
        G, S = sources.planted_clique_graph(N, p, kappa, planted, rng)
        if not planted:
            S = None
    return G, N, S, src_tag


def _chosen_set(g: str, G: nx.Graph, N: int, kappa: int, c: float, clique: list | None,
                S: list[int] | None) -> tuple[list[int], str]:
    """Return the certificate's kappa-set (caller's clique, planted clique or exact densest) and how."""
    if clique is not None:
        if (not isinstance(clique, (list, tuple)) or len(set(clique)) != kappa or any(
                isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not 0 <= v < N for v in clique)):
            raise InputError(f"{g}: clique must list kappa = {kappa} distinct vertices in 0..{N - 1}")
        S = sorted(int(v) for v in clique)
        missing = [(u, v) for u, v in itertools.combinations(S, 2) if not G.has_edge(u, v)]
        if missing:
            raise InputError(f"{g}: the given clique misses the edges {missing[:3]}")
    how = "planted clique" if S is not None else ""
    if S is None:
        S = sources.densest_subset(G, kappa, c, g)
        how = "exact densest kappa-set (max e_S - c ne_S)"
    return S, how


def _pair_points(G: nx.Graph, N: int, c: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return one point (e_u + e_v) / 2 per vertex pair: label +1 weight 1 (edge), -1 weight c (non-edge)."""
    pairs = list(itertools.combinations(range(N), 2))
    X = np.zeros((len(pairs), N))
    y = np.empty(len(pairs))
    w = np.empty(len(pairs))
    for i, (u, v) in enumerate(pairs):
        X[i, u] = X[i, v] = 0.5
        edge = G.has_edge(u, v)
        y[i] = 1.0 if edge else -1.0
        w[i] = 1.0 if edge else c
    return X, y, w


def _provenance() -> dict[str, Any]:
    """Return the provenance record of the G4 construction."""
    return provenance(
        PAPER_RESULT,
        statement="READ (abstract: proper learning of the best-fitting ReLU needs time exponential in 1/eps^2 "
                  "under a new DkS hypothesis)",
        source_problem="READ (abstract/summary: Densest kappa-Subgraph, 'Hypothesis 1'); the hypothesis text "
                       "was NOT retrieved",
        gadget="RECONSTRUCTED (reductions.md section 6)",
        guarantee="EMPIRICAL ONLY: the YES certificate loss is exact; no NO bound is proved for general "
                  "networks (only for two-level networks)",
        section="section 6 (G4)", confidence="low",
        note="a candidate form of Hypothesis 1 is false in the dense regime N = O(kappa) (property testing); "
             "treat G4 as a planted-dense-subgraph benchmark family, not as a certified-gap family")
