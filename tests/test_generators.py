"""Generators (issue 3): certificates against the formulas of reductions.md, source problems,
determinism, round trips, names and parameter errors. No solver needed here; the exact checks are
in test_generators_exact.py."""
from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milp_relu.errors import InputError
from milp_relu.generators import (GeneratorSpec, ParamSpec, benchmark_suite, benchmark_suite_specs,
                                  generate, list_generators, parse_param_value)
from milp_relu.generators import sources
from milp_relu.instance import load_instance, save_instance

NAMES = ["set-cover", "monotone-circuit", "hypergraph-coloring", "bounded-coloring", "dense-subgraph", "planted"]
REQUIRED_KEYS = ["name", "generator", "params", "seed", "data", "k", "loss", "bounds", "answer", "promise",
                 "certificate_network", "source", "provenance"]
TOL = 1e-9


def cert_loss(instance):
    net = instance.certificate_network
    ds = instance.dataset
    value = net.loss(ds.X, ds.y, instance.loss, ds.sample_weight)
    return value.mean if instance.metadata["promise"]["form"] == "mean" else value.total


# --------------------------------------------------------------------------------------------
# registry and metadata contract
# --------------------------------------------------------------------------------------------

def test_registry_names_and_specs():
    specs = list_generators()
    assert list(specs) == NAMES
    for name, spec in specs.items():
        assert isinstance(spec, GeneratorSpec) and spec.name == name
        assert spec.description and spec.paper_result
        assert spec.params and all(isinstance(p, ParamSpec) and p.help for p in spec.params.values())
        doc = spec.function.__doc__
        assert "References" in doc and "Goel" in doc and "seed" in doc


@pytest.mark.parametrize("name", NAMES)
def test_defaults_have_contract_keys(name):
    inst = generate(name)
    md = inst.metadata
    for key in REQUIRED_KEYS:
        assert key in md, key
    assert md["generator"] == name and md["seed"] == 0
    assert set(md["bounds"]) == {"weight", "bias"}
    assert md["answer"] in ("yes", "no", "unknown")
    assert md["promise"]["form"] in ("sum", "mean")
    assert {"yes_loss", "no_bound", "form"} <= set(md["promise"])
    assert md["provenance"]["paper_result"]
    assert "GKMR" in md["provenance"].get("summary", "") or name == "planted"
    assert md["n"] == inst.dataset.n and md["d"] == inst.dataset.d
    cert = md["certificate_network"]
    assert cert is not None and set(cert) == {"W", "b", "s", "c"}
    net = inst.certificate_network
    assert net.max_violation(md["bounds"]["weight"], md["bounds"]["bias"]) <= 1e-12
    assert net.k == md["k"]


def test_provenance_is_honest():
    for name in ["set-cover", "monotone-circuit", "hypergraph-coloring", "bounded-coloring", "dense-subgraph"]:
        prov = generate(name).metadata["provenance"]
        assert "RECONSTRUCTED" in prov["gadget"]
        assert "arXiv:2011.13550" in prov["paper"]
    g4 = generate("dense-subgraph").metadata
    assert "EMPIRICAL" in g4["provenance"]["guarantee"] and g4["promise"]["no_bound"] is None


# --------------------------------------------------------------------------------------------
# certificate loss = the formula of reductions.md, several seeds
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("weighted", [True, False])
def test_g1_certificate_is_cover_size(seed, weighted):
    inst = generate("set-cover", seed=seed, N=7, m=6, t=3, weighted=weighted)
    md = inst.metadata
    cover = md["certificate"]["cover"]
    src = md["source"]
    assert sources.is_cover(src["sets"], src["m"], cover) and len(cover) == 3
    assert abs(cert_loss(inst) - len(cover)) <= TOL                    # SUM = |C|
    assert md["promise"] == {**md["promise"], "yes_loss": 3.0, "no_bound": 3.5, "form": "sum"}
    M = 16 * (3 + 1) ** 3
    if weighted:
        assert inst.dataset.n == 7 + 6 and np.all(inst.dataset.sample_weight[7:] == M)
    else:
        assert inst.dataset.n == 7 + M * 6 and inst.dataset.sample_weight is None
    # element points are the averages of their sets' indicator vectors
    X = inst.dataset.X
    assert np.allclose(X[:7], np.eye(7)) and np.allclose(X[7:].sum(axis=1), 1.0)


@pytest.mark.parametrize("seed", range(3))
def test_g1_no_instance_threshold_is_opt_minus_one(seed):
    inst = generate("set-cover", seed=seed, N=7, m=6, t=3, answer="no")
    md = inst.metadata
    src = md["source"]
    # independent brute force: no cover of size <= threshold
    thr = src["t"]
    for size in range(1, thr + 1):
        for combo in itertools.combinations(range(7), size):
            assert not sources.is_cover(src["sets"], src["m"], combo)
    assert md["promise"]["no_bound"] == thr + 0.5 and md["certificate_network"] is None
    assert np.all(inst.dataset.sample_weight[7:] == 16 * (thr + 1) ** 3)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("kw", [{}, {"m": 6, "depth": 3, "fan_in": 3, "t": 3}, {"pins": False}])
def test_g1b_certificate_is_satisfying_set_size(seed, kw):
    inst = generate("monotone-circuit", seed=seed, **kw)
    md = inst.metadata
    T = md["certificate"]["satisfying_set"]
    assert sources.evaluate_circuit(md["source"]["circuit"], T)
    assert abs(cert_loss(inst) - len(T)) <= TOL                        # SUM = |T|
    D, t = md["source"]["depth"], md["source"]["t"]
    assert np.max(inst.dataset.sample_weight) == 1024 * (D + 1) ** 2 * (t + 1) ** 3
    assert md["bounds"]["bias"] == (1.0 if kw.get("pins", True) else 0.0)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("kw", [{}, {"k": 3, "N": 9, "m": 20}, {"r": 2, "N": 7, "m": 10}, {"r": 4, "N": 8, "m": 12}])
def test_g2_certificate_realizable(seed, kw):
    inst = generate("hypergraph-coloring", seed=seed, **kw)
    md = inst.metadata
    edges, col = md["source"]["edges"], md["certificate"]["coloring"]
    assert sources.is_proper(edges, col)
    assert all(len(e) == kw.get("r", 3) for e in edges)
    assert cert_loss(inst) <= TOL                                      # SUM = 0
    r = kw.get("r", 3)
    assert md["promise"]["no_bound"] == pytest.approx(r / (r + 1))
    assert np.max(np.abs(inst.certificate_network.W)) == r - 1


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("output_norm", ["max", "l1"])
def test_g3_certificate_in_unit_ball(seed, output_norm):
    inst = generate("bounded-coloring", seed=seed, output_norm=output_norm, N=8, m=10)
    md = inst.metadata
    assert cert_loss(inst) <= TOL and md["promise"]["form"] == "mean"  # AVG = 0
    a0 = 1.0 if output_norm == "max" else 0.5
    alpha = 1 / ((3 - 1) * math.sqrt(8))
    assert np.allclose(inst.dataset.y[:8], a0 * alpha) and np.all(inst.dataset.y[8:] == 0)
    assert np.all(np.linalg.norm(inst.dataset.X, axis=1) <= 1 + 1e-12)
    assert np.all(np.linalg.norm(inst.certificate_network.W, axis=1) <= a0 + 1e-12)  # ||a_j w_j|| <= a0
    assert md["bounds"]["weight"] == pytest.approx(a0 / math.sqrt(8))


def test_g3_no_bound_formula():
    inst = generate("bounded-coloring", family="complete", N=7, r=3)       # mu = 1, D = 15
    md = inst.metadata
    assert md["source"]["mu"] == 1 and md["source"]["max_degree"] == 15
    sum_bound = (1 / 28) * (2 / 3) * 1 / (1 + 3 * 14)                   # reductions.md section 8: 5.5e-4
    assert sum_bound == pytest.approx(5.5e-4, rel=0.01)
    assert md["promise"]["no_bound"] == pytest.approx(sum_bound / (7 + 35), rel=1e-12)
    # copies: eps_no = Theta(1/N)
    eps = [generate("bounded-coloring", family="copies", copies=c, r=2).metadata["promise"]["no_bound"]
           for c in (1, 2, 4, 8)]
    N = [4 * c for c in (1, 2, 4, 8)]
    prods = [e * n for e, n in zip(eps, N)]
    assert max(prods) / min(prods) == pytest.approx(1.0, rel=1e-9)


def test_g3_mu_by_branch_and_bound_matches_brute_force():
    inst = generate("bounded-coloring", family="dense", N=6, m=12, r=2, seed=1)
    src = inst.metadata["source"]
    best = min(sources.monochromatic_count(src["edges"], col) for col in itertools.product(range(3), repeat=6))
    assert src["mu"] == best >= 1


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("kw", [{}, {"N": 12, "kappa": 6, "c": 3.0}, {"N": 10, "kappa": 3, "p": 0.5, "planted": False}])
def test_g4_certificate_matches_formula(seed, kw):
    inst = generate("dense-subgraph", seed=seed, **kw)
    md = inst.metadata
    N, kappa, c = md["source"]["N"], md["source"]["kappa"], md["source"]["c"]
    S = md["certificate"]["set"]
    E = {tuple(e) for e in md["source"]["edges"]}
    e_S = sum(1 for u, v in itertools.combinations(S, 2) if (u, v) in E)
    ne_S = math.comb(kappa, 2) - e_S
    W = len(E) + c * (math.comb(N, 2) - len(E))
    alpha = min(1.0, math.sqrt(N) / (2 * math.sqrt(kappa * (N - kappa))))
    formula = 1 - (e_S * (2 * alpha - alpha ** 2) - c * ne_S * (2 * alpha + alpha ** 2)) / W
    assert abs(cert_loss(inst) - formula) <= TOL
    assert abs(md["promise"]["yes_loss"] - formula) <= TOL
    assert np.linalg.norm(inst.certificate_network.W) <= 1 + 1e-12
    if kw.get("planted", True):
        assert ne_S == 0 and md["answer"] == "yes"


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
@pytest.mark.parametrize("inputs", ["gaussian", "ball", "box"])
def test_planted_certificate(seed, loss, inputs):
    exact = generate("planted", seed=seed, loss=loss, inputs=inputs, n=25, d=3, k=2)
    assert cert_loss(exact) == 0.0 and exact.metadata["promise"]["yes_loss"] == 0.0
    noisy = generate("planted", seed=seed, loss=loss, inputs=inputs, n=25, d=3, k=2, noise=0.1)
    # the noisy labels are the exact ones plus noise: the teacher's loss is the noise's
    resid = noisy.dataset.y - exact.dataset.y
    expected = {"squared": np.sum(resid ** 2), "absolute": np.sum(np.abs(resid)), "max": np.max(np.abs(resid))}[loss]
    assert abs(cert_loss(noisy) - expected) <= TOL * max(1, expected)
    assert abs(noisy.metadata["promise"]["yes_loss"] - expected) <= TOL * max(1, expected)
    if inputs == "ball":
        assert np.all(np.linalg.norm(exact.dataset.X, axis=1) <= 1)
    if inputs == "box":
        assert np.all(np.abs(exact.dataset.X) <= 1)


# --------------------------------------------------------------------------------------------
# determinism, round trips, names
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_same_seed_same_bytes(name, tmp_path):
    a = save_instance(generate(name, seed=5), tmp_path / "a")
    b = save_instance(generate(name, seed=5), tmp_path / "b")
    assert a.name == b.name
    assert a.read_bytes() == b.read_bytes()
    assert a.with_suffix(".npz").read_bytes() == b.with_suffix(".npz").read_bytes()
    c = generate(name, seed=6)
    assert c.name != generate(name, seed=5).name


@pytest.mark.parametrize("name", NAMES)
def test_round_trip(name, tmp_path):
    inst = generate(name, seed=2)
    path = save_instance(inst, tmp_path)
    back = load_instance(path)
    assert back.metadata == inst.metadata
    for attr in ("X", "y"):
        assert np.array_equal(getattr(back.dataset, attr), getattr(inst.dataset, attr))
    if inst.dataset.sample_weight is None:
        assert back.dataset.sample_weight is None
    else:
        assert np.array_equal(back.dataset.sample_weight, inst.dataset.sample_weight)
    assert back.certificate_network.to_dict() == inst.certificate_network.to_dict()
    json.loads(path.read_text())  # valid JSON


def test_names_encode_parameters_and_are_filesystem_safe():
    seen = set()
    cases = [("set-cover", {}), ("set-cover", {"t": 3}), ("set-cover", {"weighted": False}),
             ("set-cover", {"answer": "no"}), ("set-cover", {"p": 0.25}),
             ("hypergraph-coloring", {}), ("hypergraph-coloring", {"k": 3, "N": 9}),
             ("bounded-coloring", {"output_norm": "l1"}), ("dense-subgraph", {"c": 2.5}),
             ("planted", {"noise": 0.05}), ("planted", {"loss": "max"}), ("planted", {"positive": 1}),
             ("hypergraph-coloring", {"edges": [[0, 1], [1, 2], [2, 0]]})]
    for gen, kw in cases:
        name = generate(gen, seed=3, **kw).name
        assert name.startswith(gen + "_") and name.endswith("_s3")
        assert all(ch.isalnum() or ch in "-._" for ch in name), name
        seen.add(name)
    assert len(seen) == len(cases)
    assert generate("set-cover").name == "set-cover_N6_m5_t2_p0.3_weighted_yes_Mauto_s0"


# --------------------------------------------------------------------------------------------
# source problems given by the caller
# --------------------------------------------------------------------------------------------

def test_caller_sources():
    sc = generate("set-cover", sets=[[0, 1], [1, 2], [2, 3], [0, 3]], t=2)
    assert sc.metadata["certificate"]["size"] == 2 and abs(cert_loss(sc) - 2) <= TOL
    sc2 = generate("set-cover", sets=[[0, 1], [1, 2], [2, 3], [0, 3]], cover=[0, 2], t=2)
    assert sc2.metadata["certificate"]["cover"] == [0, 2] and sc2.name != sc.name
    # C5 lies inside the gap for k = 2: 3-colourable but not 2-colourable
    c5 = generate("hypergraph-coloring", edges=[[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]])
    assert c5.metadata["answer"] == "unknown" and c5.metadata["certificate_network"] is None
    k4 = generate("hypergraph-coloring", edges=[list(e) for e in itertools.combinations(range(4), 2)])
    assert k4.metadata["answer"] == "no"
    circ = {"inputs": 3, "gates": [{"type": "or", "children": [0, 1]}, {"type": "and", "children": [3, 2]}]}
    mc = generate("monotone-circuit", circuit=circ, t=2)
    assert mc.metadata["certificate"]["size"] == 2 and abs(cert_loss(mc) - 2) <= TOL
    ds = generate("dense-subgraph", N=5, kappa=3, edges=[[0, 1], [1, 2], [0, 2], [3, 4]], clique=[0, 1, 2])
    assert ds.metadata["answer"] == "yes" and ds.metadata["certificate"]["set"] == [0, 1, 2]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.integers(0, 5), min_size=1, max_size=4), min_size=2, max_size=6))
def test_any_set_system_certificate_equals_min_cover(sets):
    universe = sorted(set().union(*map(set, sets)))
    relabel = {u: i for i, u in enumerate(universe)}
    sets = [[relabel[u] for u in s] for s in sets]
    inst = generate("set-cover", sets=sets, t=len(sets))
    opt = min(len(c) for size in range(1, len(sets) + 1) for c in itertools.combinations(range(len(sets)), size)
              if sources.is_cover(sets, len(universe), c))
    assert abs(cert_loss(inst) - opt) <= TOL


@settings(max_examples=25, deadline=None)
@given(st.integers(4, 8), st.integers(2, 3), st.integers(0, 10_000))
def test_any_planted_hypergraph_is_properly_coloured(N, k, seed):
    inst = generate("hypergraph-coloring", N=N, m=3, r=3, k=k, seed=seed)
    md = inst.metadata
    assert sources.is_proper(md["source"]["edges"], md["certificate"]["coloring"])
    assert cert_loss(inst) <= TOL


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 60), st.integers(1, 5), st.integers(1, 3), st.sampled_from(["gaussian", "ball", "box"]),
       st.sampled_from(["squared", "absolute", "max"]), st.integers(0, 2**31))
def test_planted_shapes_and_realizability(n, d, k, inputs, loss, seed):
    inst = generate("planted", n=n, d=d, k=k, inputs=inputs, loss=loss, seed=seed)
    assert inst.dataset.X.shape == (n, d) and inst.metadata["k"] == k
    assert cert_loss(inst) == 0.0


def test_exact_colouring_search_agrees_with_brute_force():
    rng = np.random.default_rng(0)
    for _ in range(30):
        N = int(rng.integers(4, 8))
        edges = sources.random_hypergraph(N, int(rng.integers(3, 12)), 2, rng)
        for C in (2, 3):
            found = sources.find_coloring(N, edges, C, "t")
            brute = any(sources.is_proper(edges, col) for col in itertools.product(range(C), repeat=N))
            assert (found is not None) == brute
            if found is not None:
                assert sources.is_proper(edges, found)


# --------------------------------------------------------------------------------------------
# parameter errors and parsing
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("gen,kw,needle", [
    ("nope", {}, "unknown generator"),
    ("set-cover", {"Q": 1}, "unknown parameter"),
    ("set-cover", {"t": 9}, "t = 9 is larger than the number of sets"),
    ("set-cover", {"t": 0}, "t must be >= 1"),
    ("set-cover", {"p": 1.5}, "p must lie in [0.0, 1.0]"),
    ("set-cover", {"p": -0.1}, "p must lie in"),
    ("set-cover", {"answer": "maybe"}, "answer must be one of"),
    ("set-cover", {"M": 10}, "below 16 (t + 1)^3"),
    ("set-cover", {"sets": [[0], []]}, "set 1 must be a non-empty list"),
    ("set-cover", {"sets": [[0], [2]]}, "are in no set"),
    ("monotone-circuit", {"t": 7}, "larger than the number of inputs"),
    ("monotone-circuit", {"circuit": {"inputs": 2, "gates": [{"type": "xor", "children": [0]}]}}, "type 'and' or 'or'"),
    ("hypergraph-coloring", {"k": 1}, "k must be >= 2"),
    ("hypergraph-coloring", {"r": 1}, "r must be >= 2"),
    ("hypergraph-coloring", {"r": 7, "N": 6}, "r must be <= 6"),
    ("hypergraph-coloring", {"r": 5, "N": 4}, "larger than the number of vertices"),
    ("hypergraph-coloring", {"family": "complete", "N": 6}, "is 3-colourable"),
    ("hypergraph-coloring", {"family": "zoo"}, "family must be one of"),
    ("hypergraph-coloring", {"m": 100}, "too many"),
    ("hypergraph-coloring", {"edges": [[0, 0, 1]]}, "repeats a vertex"),
    ("hypergraph-coloring", {"edges": [[0, 1]], "coloring": [0, 0]}, "monochromatic"),
    ("bounded-coloring", {"output_norm": "l2"}, "output_norm must be one of"),
    ("dense-subgraph", {"kappa": 9}, "kappa = 9 is larger than the number of vertices N = 8"),
    ("dense-subgraph", {"p": 2.0}, "p must lie in"),
    ("dense-subgraph", {"c": 0}, "c must be > 0"),
    ("dense-subgraph", {"edges": [[0, 1]], "N": 4, "kappa": 3, "clique": [0, 1, 2]}, "misses the edges"),
    ("planted", {"loss": "huber"}, "loss must be one of"),
    ("planted", {"k": 0}, "k must be >= 1"),
    ("planted", {"noise": -1.0}, "noise must be >= 0"),
    ("planted", {"inputs": "sphere"}, "inputs must be one of"),
    ("planted", {"n": 2.5}, "n must be an integer"),
])
def test_bad_parameters_raise_clear_errors(gen, kw, needle):
    with pytest.raises(InputError) as info:
        generate(gen, **kw)
    assert needle in str(info.value)


def test_bad_seed():
    with pytest.raises(InputError, match="seed"):
        generate("planted", seed=-1)
    with pytest.raises(InputError, match="seed"):
        generate("planted", seed="x")


def test_parse_param_value():
    assert parse_param_value("set-cover", "N", "7") == 7
    assert parse_param_value("set-cover", "p", "0.5") == 0.5
    assert parse_param_value("set-cover", "weighted", "false") is False
    assert parse_param_value("set-cover", "M", "auto") is None
    assert parse_param_value("set-cover", "sets", "[[0,1],[1]]") == [[0, 1], [1]]
    assert parse_param_value("monotone-circuit", "circuit", '{"inputs": 2, "gates": []}') == {"inputs": 2, "gates": []}
    with pytest.raises(InputError, match="not a valid int"):
        parse_param_value("set-cover", "N", "six")
    with pytest.raises(InputError, match="unknown parameter"):
        parse_param_value("set-cover", "Z", "1")


# --------------------------------------------------------------------------------------------
# benchmark suite
# --------------------------------------------------------------------------------------------

def test_quick_suite():
    specs = benchmark_suite_specs("quick")
    insts = benchmark_suite("quick")
    assert len(insts) == len(specs) >= 8
    losses = {i.metadata["loss"] for i in insts}
    assert losses == {"absolute", "squared", "max"}
    assert {i.metadata["params"]["noise"] > 0 for i in insts} == {True, False}
    for inst in insts:
        assert 20 <= inst.dataset.n <= 100 and 1 <= inst.dataset.d <= 5 and 1 <= inst.metadata["k"] <= 3
    assert [i.name for i in insts] == [i.name for i in benchmark_suite("quick")]
    assert len({i.name for i in insts}) == len(insts)
    with pytest.raises(InputError, match="unknown benchmark suite"):
        benchmark_suite("huge")


def test_same_bytes_in_a_fresh_process(tmp_path):
    """No hidden state (hash seeds, global RNGs): another interpreter writes the same bytes."""
    import os
    import subprocess
    import sys

    script = ("import sys; from milp_relu.generators import generate, list_generators; "
              "from milp_relu.instance import save_instance\n"
              "for n in list_generators(): save_instance(generate(n, seed=11), sys.argv[1])")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "other")], check=True, env=env,
                   cwd=Path(__file__).resolve().parents[1])
    for name in NAMES:
        mine = save_instance(generate(name, seed=11), tmp_path / "mine")
        other = tmp_path / "other" / mine.name
        assert other.read_bytes() == mine.read_bytes()
        assert other.with_suffix(".npz").read_bytes() == mine.with_suffix(".npz").read_bytes()
