"""The reductions checked by the exact solver: on small YES and NO instances of G1, G2 and G3 the
certified optimum respects the promise (YES: optimum <= YES loss; NO: proven lower bound >= NO
bound), through the same functions `milp-relu verify` uses."""
from __future__ import annotations

import importlib.util
import itertools

import pytest

from milp_relu.generators import generate

pytestmark = pytest.mark.skipif(importlib.util.find_spec("milp_relu.solve") is None,
                                reason="the exact engine (milp_relu.solve) is not available")

TIME_LIMIT = 30.0

CASES = [
    # G1: set cover, YES and NO, two seeds each
    ("set-cover", {}, 0, "yes"),
    ("set-cover", {}, 1, "yes"),
    ("set-cover", {"answer": "no"}, 0, "no"),
    ("set-cover", {"answer": "no", "N": 7, "m": 6, "t": 3}, 2, "no"),
    ("set-cover", {"weighted": False}, 0, "yes"),              # M repeated copies, n = 2166
    ("set-cover", {"weighted": False, "answer": "no"}, 0, "no"),
    # G1b: the default (t = 1) instance
    ("monotone-circuit", {}, 0, "yes"),
    # G2: planted 3-uniform YES, 2-colourable graph C4 YES; NO: K4 and a dense random graph
    # checked not 3-colourable by exact search
    ("hypergraph-coloring", {}, 0, "yes"),
    ("hypergraph-coloring", {"edges": [[0, 1], [1, 2], [2, 3], [3, 0]]}, 0, "yes"),
    ("hypergraph-coloring", {"family": "complete", "N": 4, "r": 2}, 0, "no"),
    ("hypergraph-coloring", {"family": "dense", "N": 5, "m": 9, "r": 2}, 0, "no"),
    # G3: bounded versions
    ("bounded-coloring", {}, 0, "yes"),
    ("bounded-coloring", {"family": "complete", "N": 4, "r": 2}, 0, "no"),
    ("bounded-coloring", {"family": "complete", "N": 4, "r": 2, "output_norm": "l1"}, 0, "no"),
]


def _check_all(instance):
    from milp_relu.commands.verify_instance import certificate_checks, solve_checks

    checks = certificate_checks(instance)
    solved, result = solve_checks(instance, time_limit=TIME_LIMIT)
    checks += solved
    failed = [c.line() for c in checks if not c.passed]
    assert not failed, failed
    return result


@pytest.mark.parametrize("gen,kw,seed,answer", CASES, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_exact_optimum_respects_promise(gen, kw, seed, answer):
    inst = generate(gen, seed=seed, **kw)
    md = inst.metadata
    assert md["answer"] == answer
    result = _check_all(inst)
    W = inst.dataset.weights.sum()
    scale = W if md["promise"]["form"] == "mean" else 1.0
    if answer == "yes":
        assert result.loss / scale <= md["promise"]["yes_loss"] + 1e-6
    else:
        assert result.lower_bound / scale >= md["promise"]["no_bound"] - 1e-9


def test_g1_yes_optimum_is_close_to_the_cover_size():
    """reductions.md: the exact optimum lies in [OPT - 0.01, OPT] (element penalties are soft)."""
    from milp_relu.solve import fit

    inst = generate("set-cover", seed=3, N=6, m=6, t=2)
    ds, md = inst.dataset, inst.metadata
    opt_sc = md["source"]["min_cover_size"]
    result = fit(ds.X, ds.y, k=1, loss="squared", weight_bound=md["bounds"]["weight"],
                 bias_bound=md["bounds"]["bias"], sample_weight=ds.sample_weight, time_limit=TIME_LIMIT)
    assert result.status == "optimal"
    assert opt_sc - 0.01 <= result.loss <= opt_sc + 1e-6


def test_g2_no_optimum_k4_is_four_thirds():
    """reductions.md section 8: K4 with k = 2 has optimum 4/3 (>= the proved 2/3)."""
    from milp_relu.solve import fit

    inst = generate("hypergraph-coloring", edges=[list(e) for e in itertools.combinations(range(4), 2)])
    md = inst.metadata
    result = fit(inst.dataset.X, inst.dataset.y, k=2, loss="squared", weight_bound=md["bounds"]["weight"],
                 bias_bound=md["bounds"]["bias"], time_limit=TIME_LIMIT)
    assert result.status == "optimal"
    assert result.loss == pytest.approx(4 / 3, abs=1e-5)


def test_planted_and_dense_subgraph_optimum_below_certificate():
    from milp_relu.commands.verify_instance import run_checks

    for inst in (generate("planted"), generate("dense-subgraph")):
        checks = run_checks(inst, time_limit=TIME_LIMIT)
        assert all(c.passed for c in checks), [c.line() for c in checks]
