"""Source problems of the reductions, random with a planted solution, plus exact checks.

Everything here is combinatorial and small: set systems with a planted cover, monotone circuits
with a planted satisfying set, r-uniform hypergraphs with a planted proper colouring (and NO
families that are provably or exhaustively checked not to be C-colourable), and G(N, p) graphs
with a planted clique. The exact checks (minimum set cover, minimum satisfying set, hypergraph
colourability, fewest monochromatic edges) are exhaustive searches with a work limit: they are
meant for the small sizes on which the exact MILP solver can validate a reduction.

All randomness comes from the ``numpy.random.Generator`` passed in, so the same seed gives the
same source problem.
"""
from __future__ import annotations

import itertools
import math
from typing import Any, Sequence

import networkx as nx
import numpy as np

from ..errors import InputError
from ._base import EXACT_SEARCH_LIMIT


# ============================================================================================
# Set cover
# ============================================================================================

def planted_set_system(N: int, m: int, t: int, p: float, rng: np.random.Generator) -> tuple[list[list[int]], list[int]]:
    """N subsets of {0..m-1} whose union is everything, with a planted cover of t sets.

    The planted sets partition the universe (each gets at least one element); every set (planted
    or not) also takes each element independently with probability ``p``; a non-planted set that
    came out empty gets one random element.
    """
    cover = sorted(int(j) for j in rng.choice(N, size=t, replace=False))
    members = [set() for _ in range(N)]
    order = rng.permutation(m)
    for pos, u in enumerate(order):  # the first t elements make every planted set non-empty
        owner = cover[pos] if pos < t else cover[int(rng.integers(t))]
        members[owner].add(int(u))
    extra = rng.random((N, m)) < p
    for j in range(N):
        members[j].update(int(u) for u in np.flatnonzero(extra[j]))
        if not members[j]:
            members[j].add(int(rng.integers(m)))
    return [sorted(s) for s in members], cover


def check_set_system(gen: str, sets: Any, m: int | None) -> tuple[list[list[int]], int]:
    """Validate a caller's set system (list of lists of element ids); return it and m."""
    if not isinstance(sets, (list, tuple)) or not sets:
        raise InputError(f"{gen}: sets must be a non-empty list of lists of element ids")
    clean: list[list[int]] = []
    for j, s in enumerate(sets):
        if not isinstance(s, (list, tuple)) or not s:
            raise InputError(f"{gen}: set {j} must be a non-empty list of element ids, got {s!r}")
        if any(isinstance(u, bool) or not isinstance(u, (int, np.integer)) or u < 0 for u in s):
            raise InputError(f"{gen}: set {j} has an element that is not a non-negative integer: {s!r}")
        clean.append(sorted(set(int(u) for u in s)))
    universe = set().union(*map(set, clean))
    m_eff = max(universe) + 1 if m is None else m
    missing = sorted(set(range(m_eff)) - universe)
    if missing:
        raise InputError(f"{gen}: elements {missing[:5]} are in no set (the sets must cover 0..{m_eff - 1})")
    if max(universe) >= m_eff:
        raise InputError(f"{gen}: element {max(universe)} is outside the universe 0..{m_eff - 1}")
    return clean, m_eff


def is_cover(sets: Sequence[Sequence[int]], m: int, chosen: Sequence[int]) -> bool:
    covered = set()
    for j in chosen:
        covered.update(sets[j])
    return len(covered) == m


def min_set_cover(sets: Sequence[Sequence[int]], m: int, max_size: int | None = None,
                  gen: str = "set-cover") -> list[int] | None:
    """A minimum cover by exhaustive search in order of size (None if none of size <= max_size)."""
    N = len(sets)
    max_size = N if max_size is None else min(max_size, N)
    work = sum(math.comb(N, s) for s in range(1, max_size + 1))
    if work > EXACT_SEARCH_LIMIT:
        raise InputError(f"{gen}: exact minimum set cover would try {work} subsets "
                         f"(limit {EXACT_SEARCH_LIMIT}); use fewer sets")
    full = (1 << m) - 1
    masks = [sum(1 << u for u in s) for s in sets]
    for size in range(1, max_size + 1):
        for combo in itertools.combinations(range(N), size):
            acc = 0
            for j in combo:
                acc |= masks[j]
            if acc == full:
                return list(combo)
    return None


# ============================================================================================
# Monotone circuits
# ============================================================================================
#
# A circuit is {"inputs": m, "gates": [{"type": "and"|"or", "children": [node, ...]}, ...]}.
# Nodes 0..m-1 are the inputs, node m + g is gate g; children come before parents (topological
# order) and the last gate is the output.

def planted_circuit(m: int, depth: int, fan_in: int, t: int, rng: np.random.Generator) -> tuple[dict[str, Any], list[int]]:
    """A random tree-shaped monotone circuit of the given depth, satisfied by a planted set.

    Built top-down: a gate that must be true under the planted set T is an AND whose children
    must all be true or an OR with at least one child that must be; leaves that must be true are
    drawn from T. Gates have 2..fan_in children (distinct inputs at the bottom level).
    """
    T = sorted(int(i) for i in rng.choice(m, size=t, replace=False))
    gates: list[dict[str, Any]] = []

    def build(level: int, must_true: bool) -> int:
        r = int(rng.integers(2, fan_in + 1))
        kind = "and" if rng.random() < 0.5 else "or"
        if level == 1:
            r = min(r, m)
            if must_true and kind == "and":
                r = min(r, t)
                if r < 2:
                    kind = "or"
                    r = min(max(2, r), m)
            if must_true and kind == "and":
                children = [int(i) for i in rng.choice(T, size=r, replace=False)]
            elif must_true:
                first = int(rng.choice(T))
                rest = [i for i in range(m) if i != first]
                children = [first] + [int(i) for i in rng.choice(rest, size=r - 1, replace=False)]
            else:
                children = [int(i) for i in rng.choice(m, size=r, replace=False)]
            children = sorted(children)
        else:
            if must_true and kind == "and":
                need = [True] * r
            elif must_true:
                need = [False] * r
                need[int(rng.integers(r))] = True
            else:
                need = [False] * r
            children = [build(level - 1, nd) for nd in need]
        gates.append({"type": kind, "children": children})
        return m + len(gates) - 1

    build(depth, True)
    circuit = {"inputs": m, "gates": gates}
    assert evaluate_circuit(circuit, T)
    return circuit, T


def check_circuit(gen: str, circuit: Any) -> dict[str, Any]:
    """Validate a caller's circuit dict (see the module comment for the format)."""
    if not isinstance(circuit, dict) or "inputs" not in circuit or "gates" not in circuit:
        raise InputError(f"{gen}: circuit must be a dict with keys 'inputs' (count) and 'gates' (list)")
    m = circuit["inputs"]
    if isinstance(m, bool) or not isinstance(m, int) or m < 1:
        raise InputError(f"{gen}: circuit 'inputs' must be a positive integer, got {m!r}")
    gates = circuit["gates"]
    if not isinstance(gates, list) or not gates:
        raise InputError(f"{gen}: circuit needs at least one gate")
    clean = []
    for g, gate in enumerate(gates):
        if not isinstance(gate, dict) or gate.get("type") not in ("and", "or"):
            raise InputError(f"{gen}: gate {g} must be a dict with type 'and' or 'or'")
        children = gate.get("children")
        if not isinstance(children, list) or not children:
            raise InputError(f"{gen}: gate {g} needs a non-empty list of children")
        for h in children:
            if isinstance(h, bool) or not isinstance(h, int) or not 0 <= h < m + g:
                raise InputError(f"{gen}: gate {g} has child {h!r}; children must be inputs (0..{m - 1}) "
                                 f"or earlier gates ({m}..{m + g - 1})")
        if len(set(children)) != len(children):
            raise InputError(f"{gen}: gate {g} lists a child twice")
        clean.append({"type": gate["type"], "children": [int(h) for h in children]})
    return {"inputs": m, "gates": clean}


def evaluate_circuit(circuit: dict[str, Any], true_inputs: Sequence[int]) -> bool:
    m = circuit["inputs"]
    value = [i in set(true_inputs) for i in range(m)]
    for gate in circuit["gates"]:
        vals = [value[h] for h in gate["children"]]
        value.append(all(vals) if gate["type"] == "and" else any(vals))
    return value[-1]


def circuit_depth(circuit: dict[str, Any]) -> int:
    m = circuit["inputs"]
    height = [0] * m
    for gate in circuit["gates"]:
        height.append(1 + max(height[h] for h in gate["children"]))
    return height[-1]


def min_satisfying_set(circuit: dict[str, Any], max_size: int | None = None,
                       gen: str = "monotone-circuit") -> list[int] | None:
    """A minimum satisfying input set by exhaustive search (None if none of size <= max_size)."""
    m = circuit["inputs"]
    max_size = m if max_size is None else min(max_size, m)
    work = sum(math.comb(m, s) for s in range(0, max_size + 1))
    if work > EXACT_SEARCH_LIMIT // 10:
        raise InputError(f"{gen}: exact minimum satisfying set would try {work} input sets; use fewer inputs")
    for size in range(0, max_size + 1):
        for combo in itertools.combinations(range(m), size):
            if evaluate_circuit(circuit, combo):
                return list(combo)
    return None


# ============================================================================================
# Hypergraphs
# ============================================================================================

def check_edges(gen: str, edges: Any, N: int | None) -> tuple[list[list[int]], int]:
    """Validate a caller's hyperedges (lists of >= 2 distinct vertex ids); return them and N."""
    if not isinstance(edges, (list, tuple)) or not edges:
        raise InputError(f"{gen}: edges must be a non-empty list of vertex lists")
    clean = []
    for i, e in enumerate(edges):
        if not isinstance(e, (list, tuple)) or len(e) < 2:
            raise InputError(f"{gen}: hyperedge {i} must list at least 2 vertices, got {e!r}")
        if any(isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 0 for v in e):
            raise InputError(f"{gen}: hyperedge {i} has a vertex that is not a non-negative integer: {e!r}")
        if len(set(e)) != len(e):
            raise InputError(f"{gen}: hyperedge {i} repeats a vertex: {e!r}")
        clean.append(sorted(int(v) for v in e))
    top = max(max(e) for e in clean)
    N_eff = top + 1 if N is None else N
    if top >= N_eff:
        raise InputError(f"{gen}: vertex {top} is outside 0..{N_eff - 1}")
    if len({tuple(e) for e in clean}) != len(clean):
        raise InputError(f"{gen}: a hyperedge is listed twice")
    return clean, N_eff


def is_proper(edges: Sequence[Sequence[int]], coloring: Sequence[int]) -> bool:
    return all(len({coloring[v] for v in e}) > 1 for e in edges)


def monochromatic_count(edges: Sequence[Sequence[int]], coloring: Sequence[int]) -> int:
    return sum(1 for e in edges if len({coloring[v] for v in e}) == 1)


def _sample_subsets(N: int, r: int, m: int, rng: np.random.Generator, allowed) -> list[list[int]]:
    """m distinct r-subsets of range(N) passing ``allowed``, uniformly at random."""
    total = math.comb(N, r)
    if total <= 200_000:
        pool = [c for c in itertools.combinations(range(N), r) if allowed(c)]
        if m > len(pool):
            return []
        pick = rng.choice(len(pool), size=m, replace=False)
        return sorted(list(pool[int(i)]) for i in pick)
    chosen: set[tuple[int, ...]] = set()
    attempts = 0
    while len(chosen) < m:
        attempts += 1
        if attempts > 200 * m + 10_000:
            return []
        c = tuple(sorted(int(v) for v in rng.choice(N, size=r, replace=False)))
        if c not in chosen and allowed(c):
            chosen.add(c)
    return sorted(list(c) for c in chosen)


def planted_hypergraph(N: int, m: int, r: int, k: int, rng: np.random.Generator,
                       gen: str) -> tuple[list[list[int]], list[int]]:
    """A random r-uniform hypergraph with m edges and a planted proper k-colouring.

    The colouring is balanced (vertex i of a random permutation gets colour i mod k); edges are
    m distinct r-sets drawn uniformly among those that are not monochromatic under it.
    """
    perm = rng.permutation(N)
    coloring = [0] * N
    for pos, v in enumerate(perm):
        coloring[int(v)] = pos % k
    available = math.comb(N, r) - sum(math.comb(coloring.count(c), r) for c in range(k))
    if m > available:
        raise InputError(f"{gen}: only {available} {r}-sets on {N} vertices are properly coloured by a "
                         f"balanced {k}-colouring; m = {m} is too many")
    edges = _sample_subsets(N, r, m, rng, lambda c: len({coloring[v] for v in c}) > 1)
    if not edges:
        raise InputError(f"{gen}: could not draw {m} distinct properly coloured {r}-sets on {N} vertices")
    return edges, coloring


def complete_hypergraph(N: int, r: int) -> list[list[int]]:
    return [list(c) for c in itertools.combinations(range(N), r)]


def complete_copies(copies: int, r: int, colors: int) -> tuple[list[list[int]], int]:
    """Disjoint copies of the complete r-uniform hypergraph on colors*(r-1)+1 vertices.

    Each copy is not ``colors``-colourable (pigeonhole) and the best ``colors``-colouring leaves
    exactly one monochromatic edge per copy, so the union has mu = copies, max degree
    C(colors*(r-1), r-1) and m = copies * C(colors*(r-1)+1, r): linear in N at fixed r, colors.
    """
    n0 = colors * (r - 1) + 1
    edges = []
    for c in range(copies):
        edges.extend([[c * n0 + v for v in e] for e in itertools.combinations(range(n0), r)])
    return edges, copies * n0


def random_hypergraph(N: int, m: int, r: int, rng: np.random.Generator) -> list[list[int]]:
    edges = _sample_subsets(N, r, m, rng, lambda c: True)
    return edges


def find_coloring(N: int, edges: Sequence[Sequence[int]], colors: int, gen: str,
                  limit: int = EXACT_SEARCH_LIMIT) -> list[int] | None:
    """A proper ``colors``-colouring by exact backtracking, or None if there is none.

    Vertices in order of decreasing degree; colour c may be used only after 0..c-1 (symmetry
    breaking); after each assignment, every edge whose vertices are all coloured is checked.
    Raises InputError if the search exceeds ``limit`` nodes.
    """
    inc: list[list[int]] = [[] for _ in range(N)]
    for i, e in enumerate(edges):
        for v in e:
            inc[v].append(i)
    order = sorted(range(N), key=lambda v: -len(inc[v]))
    pos = {v: i for i, v in enumerate(order)}
    # edges to check when vertex v is assigned: those whose last vertex (in order) is v
    closing: list[list[Sequence[int]]] = [[] for _ in range(N)]
    for e in edges:
        closing[max(e, key=lambda v: pos[v])].append(e)
    col = [-1] * N
    nodes = 0

    def rec(i: int, used: int) -> bool:
        nonlocal nodes
        if i == N:
            return True
        v = order[i]
        for c in range(min(used + 1, colors)):
            nodes += 1
            if nodes > limit:
                raise InputError(f"{gen}: exact colourability check exceeded {limit} search nodes; use a smaller hypergraph")
            col[v] = c
            if all(any(col[u] != c for u in e) for e in closing[v]):
                if rec(i + 1, max(used, c + 1)):
                    return True
        col[v] = -1
        return False

    return list(col) if rec(0, 0) else None


def min_monochromatic(N: int, edges: Sequence[Sequence[int]], colors: int, gen: str,
                      limit: int = EXACT_SEARCH_LIMIT) -> int:
    """mu: the fewest monochromatic edges over all ``colors``-colourings (branch and bound)."""
    inc_count = [0] * N
    for e in edges:
        for v in e:
            inc_count[v] += 1
    order = sorted(range(N), key=lambda v: -inc_count[v])
    pos = {v: i for i, v in enumerate(order)}
    closing: list[list[Sequence[int]]] = [[] for _ in range(N)]
    for e in edges:
        closing[max(e, key=lambda v: pos[v])].append(e)
    col = [-1] * N
    best = [len(edges)]
    nodes = 0

    def rec(i: int, used: int, mono: int) -> None:
        nonlocal nodes
        if mono >= best[0]:
            return
        if i == N:
            best[0] = mono
            return
        v = order[i]
        for c in range(min(used + 1, colors)):
            nodes += 1
            if nodes > limit:
                raise InputError(f"{gen}: exact count of monochromatic edges exceeded {limit} search nodes; "
                                 "use a smaller hypergraph")
            col[v] = c
            add = sum(1 for e in closing[v] if all(col[u] == c for u in e))
            rec(i + 1, max(used, c + 1), mono + add)
        col[v] = -1

    rec(0, 0, 0)
    return best[0]


def max_degree(N: int, edges: Sequence[Sequence[int]]) -> int:
    deg = [0] * N
    for e in edges:
        for v in e:
            deg[v] += 1
    return max(deg)


# ============================================================================================
# Graphs with a planted clique
# ============================================================================================

def planted_clique_graph(N: int, p: float, kappa: int, plant: bool, rng: np.random.Generator) -> tuple[nx.Graph, list[int]]:
    """G(N, p) (networkx) with a clique on a random kappa-set S added when ``plant``."""
    G = nx.gnp_random_graph(N, p, seed=int(rng.integers(2**31 - 1)))
    S = sorted(int(v) for v in rng.choice(N, size=kappa, replace=False))
    if plant:
        G.add_edges_from(itertools.combinations(S, 2))
    return G, S


def densest_subset(G: nx.Graph, kappa: int, c: float, gen: str) -> list[int]:
    """The kappa-set maximising e_S - c * ne_S (exhaustive; ties: lexicographically first)."""
    N = G.number_of_nodes()
    if math.comb(N, kappa) > EXACT_SEARCH_LIMIT // 10:
        raise InputError(f"{gen}: exact densest {kappa}-subgraph search over C({N},{kappa}) sets is too large")
    A = nx.to_numpy_array(G, nodelist=range(N))
    best, best_set = -math.inf, None
    pairs = math.comb(kappa, 2)
    for S in itertools.combinations(range(N), kappa):
        e = A[np.ix_(S, S)].sum() / 2
        score = e - c * (pairs - e)
        if score > best:
            best, best_set = score, list(S)
    return best_set
