"""Hardness-instance generators: the reductions of GKMR'21 / MR18 and planted families.

One plain function per construction, each with a ``seed`` argument (networkx style):

=====================  ===========================================  ===========================
name                   function                                     paper result
=====================  ===========================================  ===========================
``set-cover``          :func:`.set_cover.set_cover` (G1)            1-ReLU NP-hard
``monotone-circuit``   :func:`.monotone_circuit.monotone_circuit`   1-ReLU inapproximability
``hypergraph-coloring`` :func:`.hypergraph_coloring.hypergraph_coloring` k-ReLU NP-hard, realizable
``bounded-coloring``   :func:`.bounded_coloring.bounded_coloring`   Gap-ETH, bounded realizable
``dense-subgraph``     :func:`.dense_subgraph.dense_subgraph` (G4)  DkS, bounded agnostic 1-ReLU
``planted``            :func:`.planted.planted`                     planted teacher (scaling)
=====================  ===========================================  ===========================

:func:`generate` runs one by name and :func:`list_generators` describes them all. The gadgets are
constructions after GKMR'21, reconstructed and proved in reductions.md (the papers' full text was
not available); see docs/generators.md.
"""
from __future__ import annotations

import inspect
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import InputError
from ..instance import Instance
from .bounded_coloring import bounded_coloring
from .dense_subgraph import dense_subgraph
from .hypergraph_coloring import hypergraph_coloring
from .monotone_circuit import monotone_circuit
from .planted import benchmark_suite, benchmark_suite_specs, planted
from .set_cover import set_cover

__all__ = ["GeneratorSpec", "ParamSpec", "generate", "list_generators", "parse_param_value",
           "benchmark_suite", "benchmark_suite_specs", "set_cover", "monotone_circuit",
           "hypergraph_coloring", "bounded_coloring", "dense_subgraph", "planted"]


@dataclass(frozen=True)
class ParamSpec:
    """One generator parameter: its default, its type (int, float, bool, str or list/dict for
    JSON values) and a one-line help; ``choices`` lists the allowed strings when there are few."""

    default: Any
    type: type
    help: str
    choices: tuple[str, ...] | None = None


@dataclass(frozen=True)
class GeneratorSpec:
    """A registered generator: name, description, parameters, paper result and the function."""

    name: str
    description: str
    params: dict[str, ParamSpec]
    paper_result: str
    function: Callable[..., Instance] = field(repr=False, compare=False)
    module: str = ""


def _P(default, typ, help, choices=None):
    return ParamSpec(default, typ, help, tuple(choices) if choices else None)


_HYPER = {
    "N": _P(6, int, "vertices (families planted, complete, dense)"),
    "m": _P(8, int, "hyperedges (families planted, dense)"),
    "r": _P(3, int, "uniformity r >= 2 (r = 2: graphs)"),
    "k": _P(2, int, "hidden units = colours of the YES side, 2..4; NO: not (2^k - 1)-colourable"),
    "family": _P("planted", str, "planted (YES) | complete | dense | copies (NO)",
                 ("planted", "complete", "dense", "copies")),
    "copies": _P(1, int, "number of disjoint complete blocks (family copies)"),
    "edges": _P(None, list, "caller's hypergraph as JSON [[v, ...], ...] (replaces the family)"),
    "coloring": _P(None, list, "caller's proper k-colouring as JSON [c_0, ..., c_{N-1}]"),
}

_SPECS: dict[str, GeneratorSpec] = {}


def _register(name: str, fn: Callable[..., Instance], description: str, paper_result: str,
              params: dict[str, ParamSpec]) -> None:
    sig = inspect.signature(fn)
    names = [p for p in sig.parameters if p != "seed"]
    assert names == list(params), (name, names, list(params))
    for pname, spec in params.items():
        assert sig.parameters[pname].default == spec.default, (name, pname)
    _SPECS[name] = GeneratorSpec(name, description, params, paper_result, fn, fn.__module__)


_register(
    "set-cover", set_cover,
    "G1: Set Cover -> one ReLU, squared loss (weighted sum). YES: a cover of size <= t gives SUM = |C|; "
    "NO: every cover > t sets gives SUM >= t + 1/2.",
    "1-ReLU training is NP-hard, also to approximate (MR18; GKMR'21). Gadget RECONSTRUCTED, proved.",
    {
        "N": _P(6, int, "number of sets"),
        "m": _P(5, int, "number of elements"),
        "t": _P(2, int, "planted cover size (1 <= t <= min(N, m)); YES threshold"),
        "p": _P(0.3, float, "probability a set owns an extra element, in [0, 1]"),
        "answer": _P("yes", str, "yes: threshold t; no: threshold OPT - 1 (exact OPT)", ("yes", "no")),
        "weighted": _P(True, bool, "weighted element points (else M repeated copies)"),
        "M": _P(None, int, "element weight, default 16 (t + 1)^3"),
        "sets": _P(None, list, "caller's set system as JSON [[u, ...], ...]"),
        "cover": _P(None, list, "caller's cover (set indices) as JSON"),
    })
_register(
    "monotone-circuit", monotone_circuit,
    "G1b: Minimum Monotone Circuit SAT -> one ReLU, squared loss (weighted sum). YES: SUM = |T| <= t; "
    "NO: SUM >= t + 1/2.",
    "1-ReLU multiplicative inapproximability (GKMR'21). Source READ from a summary; encoding RECONSTRUCTED.",
    {
        "m": _P(4, int, "circuit inputs (>= 2)"),
        "depth": _P(2, int, "circuit depth D, 1..4 (weights grow like R^(D+1))"),
        "fan_in": _P(2, int, "largest fan-in R, 2..6"),
        "t": _P(1, int, "planted satisfying set size (1 <= t <= m); YES threshold"),
        "answer": _P("yes", str, "yes: threshold t; no: threshold OPT - 1 (exact OPT)", ("yes", "no")),
        "pins": _P(True, bool, "include the two bias pins (else bias-free model, bias bound 0)"),
        "M": _P(None, int, "heavy weight, default 1024 (D + 1)^2 (t + 1)^3"),
        "circuit": _P(None, dict, "caller's circuit as JSON {\"inputs\": m, \"gates\": [{\"type\": \"and\", \"children\": [...]}, ...]}"),
        "satisfying": _P(None, list, "caller's satisfying input set as JSON"),
    })
_register(
    "hypergraph-coloring", hypergraph_coloring,
    "G2: hypergraph colouring -> k ReLUs, squared loss (sum), realizable. YES: SUM = 0; NO (not "
    "(2^k - 1)-colourable): SUM >= min_e |e|/(|e|+1) >= 2/3.",
    "k-ReLU training is NP-hard even when realizable (MR18 k = 2; GKMR'21). Gadget RECONSTRUCTED, proved.",
    dict(_HYPER))
_register(
    "bounded-coloring", bounded_coloring,
    "G3: G2 in the unit ball, squared loss (mean). YES: AVG = 0 with ||w_j|| <= 1; NO: AVG >= eps_no = "
    "(2/3) a0^2 mu / ((r-1)^2 N (1 + r(D-1)) (N+m)) = Theta(1/N) on bounded-degree families.",
    "Gap-ETH: no 2^o(1/eps) algorithm for bounded realizable k-ReLU (GKMR'21; form INFERRED). Gadget "
    "RECONSTRUCTED, proved.",
    {**{k: v for k, v in _HYPER.items() if k not in ("edges", "coloring")},
     "output_norm": _P("max", str, "output weights |a_j| <= 1 (a0 = 1) or ||a||_1 <= 1 (a0 = 1/k)", ("max", "l1")),
     "edges": _HYPER["edges"], "coloring": _HYPER["coloring"]})
_register(
    "dense-subgraph", dense_subgraph,
    "G4: planted dense subgraph -> bounded one ReLU, squared loss (mean). YES: exact certificate AVG; "
    "no NO bound (benchmark family with an empirical gap only).",
    "DkS 'Hypothesis 1': bounded agnostic 1-ReLU needs 2^Omega(1/eps^2) (GKMR'21). Hypothesis not "
    "retrieved; gadget RECONSTRUCTED; gap EMPIRICAL.",
    {
        "N": _P(8, int, "vertices, 3..60"),
        "kappa": _P(4, int, "planted clique size, 2 <= kappa <= N"),
        "p": _P(0.3, float, "edge probability of G(N, p), in [0, 1]"),
        "c": _P(1.0, float, "weight of non-edge points (> 0)"),
        "planted": _P(True, bool, "plant a kappa-clique (else certificate on an exact densest set)"),
        "edges": _P(None, list, "caller's graph as JSON [[u, v], ...] on vertices 0..N-1"),
        "clique": _P(None, list, "caller's kappa-clique as JSON"),
    })
_register(
    "planted", planted,
    "Planted teacher k-ReLU network inside the boxes; Gaussian / unit-ball / box inputs; exact labels "
    "(realizable, optimum 0) or Gaussian noise sigma (agnostic, optimum <= teacher loss).",
    "No reduction: the scaling family for the bounded realizable / agnostic training problems.",
    {
        "n": _P(30, int, "samples"),
        "d": _P(2, int, "input dimension"),
        "k": _P(2, int, "hidden units, 1..8"),
        "inputs": _P("ball", str, "input distribution", ("gaussian", "ball", "box")),
        "noise": _P(0.0, float, "label noise sigma >= 0 (0: realizable)"),
        "loss": _P("absolute", str, "training loss", ("squared", "absolute", "max")),
        "weight_bound": _P(1.0, float, "box |W_jl| <= weight_bound (teacher and solve)"),
        "bias_bound": _P(None, float, "box |b_j| <= bias_bound (default weight_bound)"),
        "positive": _P(None, int, "number of +1 output signs of the teacher (default random)"),
    })


def list_generators() -> dict[str, GeneratorSpec]:
    """Every registered generator by name (a copy)."""
    return dict(_SPECS)


def generate(generator_name: str, seed: int = 0, **params: Any) -> Instance:
    """Build one instance of ``generator_name`` with ``params`` (defaults for the rest) and ``seed``.

    Unknown generators and parameters raise :class:`InputError` naming them; parameter values are
    checked by the generator itself. The same name, parameters and seed give byte-identical data.
    """
    spec = _SPECS.get(generator_name)
    if spec is None:
        raise InputError(f"unknown generator {generator_name!r} (choose one of {', '.join(_SPECS)})")
    unknown = [p for p in params if p not in spec.params]
    if unknown:
        raise InputError(f"{generator_name}: unknown parameter(s) {', '.join(map(repr, unknown))} "
                         f"(parameters: {', '.join(spec.params)})")
    return spec.function(seed=seed, **params)


def parse_param_value(generator_name: str, name: str, text: str) -> Any:
    """Parse a command-line value for parameter ``name`` of ``generator_name`` by its type."""
    spec = _SPECS.get(generator_name)
    if spec is None:
        raise InputError(f"unknown generator {generator_name!r} (choose one of {', '.join(_SPECS)})")
    if name not in spec.params:
        raise InputError(f"{generator_name}: unknown parameter {name!r} (parameters: {', '.join(spec.params)})")
    ps = spec.params[name]
    raw = text.strip()
    if raw.lower() in ("none", "null", "auto") and ps.default is None:
        return None
    try:
        if ps.type is bool:
            low = raw.lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError("expected true or false")
        if ps.type is int:
            return int(raw)
        if ps.type is float:
            return float(raw)
        if ps.type in (list, dict):
            value = json.loads(raw)
            if not isinstance(value, ps.type):
                raise ValueError(f"expected a JSON {ps.type.__name__}")
            return value
        return raw
    except (ValueError, json.JSONDecodeError) as exc:
        raise InputError(f"{generator_name}: parameter {name}={text!r} is not a valid "
                         f"{ps.type.__name__} ({exc})") from None
