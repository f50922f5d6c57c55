"""G3: the bounded (unit-ball) version of G2, with its eps(N) = Theta(1/N) NO gap.

See :func:`bounded_coloring`.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..network import ReLUNetwork
from ._base import build_instance, check_choice, make_name, make_rng, provenance
from .hypergraph_coloring import (_name_parts, _source_record, coloring_certificate,
                                  hypergraph_points, hypergraph_source)

GENERATOR = "bounded-coloring"
VERSION = "1"
PAPER_RESULT = ("Result 3: assuming Gap-ETH, no 2^o(1/eps) poly(n, d) algorithm trains bounded realizable "
                "k-ReLU networks to AVG <= eps (GKMR'21; the exact form is INFERRED)")


def bounded_coloring(N: int = 6, m: int = 8, r: int = 3, k: int = 2, family: str = "planted",
                     copies: int = 1, output_norm: str = "max", edges: list | None = None,
                     coloring: list | None = None, seed: int = 0):
    """Bounded realizable k-ReLU instance from gap hypergraph colouring (generator G3).

    G2's points (e_v, norm 1, and x_e, norm 1/sqrt|e|) with labels scaled into the unit ball:
    y_v = a0 * alpha for vertices, 0 for hyperedges, alpha = 1/((r - 1) sqrt N) and a0 = 1
    (output weights |a_j| <= 1) or 1/k (||a||_1 <= 1). Loss: AVG = mean squared error.

    YES certificate: G2's certificate times alpha with output weight a0 (b = 0); every row has
    ||w_j|| <= 1 and AVG = 0 exactly. NO bound (proved, any k-ReLU network, even unbounded):
    if every (2^k - 1)-colouring leaves at least mu hyperedges monochromatic and D is the largest
    vertex degree, AVG >= eps_no = (2/3) a0^2 mu / ((r - 1)^2 N (1 + r (D - 1)) (N + m)).
    With mu = delta m, m = Theta(N) and D = O(1) (the "copies" family) eps_no = Theta(1/N), so a
    2^o(1/eps) algorithm would decide the gap problem in 2^o(N) time, against Gap-ETH.

    The exact MILP solves over a box |w_jl|, |b_j| <= a0 / sqrt(N) (the certificate's largest
    entry), which lies inside the unit ball ||w_j|| <= 1; the NO bound holds for every network, so
    it holds over the box too.

    Parameters
    ----------
    N, m, r, k, family, copies, edges, coloring
        As in :func:`milp_relu.generators.hypergraph_coloring.hypergraph_coloring`; NO families
        record mu (exact: analytic for complete and copies, branch and bound otherwise).
    output_norm : {"max", "l1"}
        Output-weight class: |a_j| <= 1 (a0 = 1) or ||a||_1 <= 1 (a0 = 1/k).
    seed : int
        Random seed.

    Returns
    -------
    Instance
        Loss "squared" (promise form "mean"), k units, box |w|, |b| <= a0 / sqrt(N).

    References
    ----------
    .. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
       Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
    .. [2] P. Manurangsi, D. Reichman, "The Computational Complexity of Training ReLU(s)",
       arXiv:1810.04207 (the unit-ball setting).

    The theorem's form is inferred and the gadget reconstructed (reductions.md section 5).
    """
    g = GENERATOR
    output_norm = check_choice(g, "output_norm", output_norm, ("max", "l1"))
    rng = make_rng(seed)
    src = hypergraph_source(g, family, N, m, r, k, copies, edges, coloring, rng, need_mu=True)
    k = int(k)
    E, Nv = src["edges"], src["N"]
    mE = len(E)
    r_eff = max(len(e) for e in E)
    a0 = 1.0 if output_norm == "max" else 1.0 / k
    alpha = 1.0 / ((r_eff - 1) * math.sqrt(Nv))
    label = a0 * alpha
    X = hypergraph_points(Nv, E)
    y = np.concatenate([np.full(Nv, label), np.zeros(mE)])
    net = None
    row_norms = None
    if src["answer"] == "yes":
        W = coloring_certificate(Nv, E, src["coloring"], k, r_eff) * (alpha * a0)
        net = ReLUNetwork(W, np.zeros(k), np.ones(k), 0.0)
        row_norms = [float(v) for v in np.linalg.norm(W, axis=1) / a0]
    bound = a0 * alpha * (r_eff - 1)
    D = src["max_degree"]
    mu = src["mu"]
    eps_no = _epsilon_no(a0, mu, r_eff, Nv, D, mE) if src["answer"] == "no" else None
    params = {"N": N, "m": m, "r": r, "k": k, "family": family, "copies": copies,
              "output_norm": output_norm, "edges": edges, "coloring": coloring}
    name = make_name(g, _name_parts(params, src) + [f"a{output_norm}"], seed)
    source = _source_record(src, r_eff)
    return build_instance(
        generator=g, version=VERSION, name=name, params=params, seed=seed, X=X, y=y, sample_weight=None,
        k=k, loss="squared", weight_bound=bound, bias_bound=bound, answer=src["answer"],
        yes_loss=0.0, no_bound=eps_no, form="mean", certificate_network=net,
        certificate=None if src["coloring"] is None else {"coloring": src["coloring"], "colors": k},
        source=source,
        prov=_provenance(),
        bounded_class=(f"unit-ball class: ||x_i|| <= 1, |y_i| <= 1, ||w_j|| <= 1, |a_j| <= a0 = {a0}; the MILP box "
                       f"|W_jl| <= a0/sqrt(N) = {bound:.6g}, |b_j| <= {bound:.6g} (output weight folded into W) contains "
                       "the certificate and lies inside the unit ball; the NO bound holds for all networks"),
        promise_note=("form mean (AVG = SUM / (N + m)). YES: AVG = 0. NO: AVG >= eps_no(N) = Theta(1/N) on "
                      "bounded-degree families; no_bound is null for YES and unknown instances (mu is not defined)."),
        extra={"scaling": {"alpha": alpha, "a0": a0, "vertex_label": label, "max_norm_x": 1.0,
                           "certificate_row_norms": row_norms, "epsilon_no": eps_no, "mu": mu,
                           "max_degree": D,
                           "epsilon_formula": "(2/3) a0^2 mu / ((r-1)^2 N (1 + r (D-1)) (N + m))",
                           "epsilon_scaling": "Theta(1/N) when mu = delta m, m = Theta(N), D = O(1)"}},
    )


def _epsilon_no(a0: float, mu: int, r: int, N: int, D: int, m: int) -> float:
    """Return the NO bound eps_no = (2/3) a0^2 mu / ((r-1)^2 N (1 + r (D-1)) (N + m))."""
    return (2.0 / 3.0) * a0 ** 2 * mu / ((r - 1) ** 2 * N * (1 + r * (D - 1)) * (N + m))


def _provenance() -> dict[str, Any]:
    """Return the provenance record of the G3 construction."""
    return provenance(
        PAPER_RESULT,
        statement="READ (abstract: Gap-ETH used for an eps lower bound; summary: tight running-time bounds "
                  "for bounded realizable k-ReLU); the 2^o(1/eps) form is INFERRED",
        source_problem="INFERRED: linear-size gap hypergraph colouring (bounded degree, mu = delta m "
                       "monochromatic edges in NO)",
        gadget="RECONSTRUCTED (reductions.md section 5)",
        guarantee="proved: YES AVG = 0 with ||w_j|| <= 1, ||x|| <= 1, |y| <= 1; NO AVG >= eps_no for every "
                  "k-ReLU network (no output bias)",
        section="section 5 (G3)", confidence="medium (gadget); theorem form inferred")
