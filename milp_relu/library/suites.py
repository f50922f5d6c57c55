"""The one registry of named suites: the library's suites and the planted benchmark suite.

Every suite of milp_relu is defined here and nowhere else: :func:`suite_items` gives the
entries that ``milp-relu export --suite NAME`` writes, and
:func:`milp_relu.generators.benchmark_suite` reads the suites marked ``benchmark``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError


@dataclass(frozen=True)
class SuiteItem:
    """One entry of a library suite: a generator call, its tier and formulation overrides."""

    tier: str
    generator: str
    params: dict[str, Any]
    seed: int = 0
    overrides: dict[str, Any] = field(default_factory=dict)


def _planted(tier: str, seed: int, **params: Any) -> SuiteItem:
    return SuiteItem(tier, "planted", params, seed)


# The planted benchmark suite: ten small planted instances (realizable and noisy; losses
# absolute, squared and max; n 20..100, d 1..5, k 1..3; Gaussian, unit-ball and box inputs).
_PLANTED_QUICK: list[tuple[str, dict[str, Any], int]] = [
    ("planted", {"n": 20, "d": 1, "k": 1, "inputs": "ball", "noise": 0.0, "loss": "absolute"}, 0),
    ("planted", {"n": 40, "d": 2, "k": 1, "inputs": "gaussian", "noise": 0.05, "loss": "absolute"}, 1),
    ("planted", {"n": 100, "d": 3, "k": 1, "inputs": "box", "noise": 0.05, "loss": "squared"}, 2),
    ("planted", {"n": 60, "d": 5, "k": 1, "inputs": "ball", "noise": 0.0, "loss": "max"}, 3),
    ("planted", {"n": 30, "d": 2, "k": 2, "inputs": "ball", "noise": 0.0, "loss": "squared"}, 4),
    ("planted", {"n": 30, "d": 2, "k": 2, "inputs": "ball", "noise": 0.05, "loss": "absolute"}, 5),
    ("planted", {"n": 40, "d": 1, "k": 2, "inputs": "gaussian", "noise": 0.1, "loss": "max"}, 6),
    ("planted", {"n": 25, "d": 3, "k": 2, "inputs": "box", "noise": 0.05, "loss": "squared"}, 7),
    ("planted", {"n": 20, "d": 2, "k": 3, "inputs": "ball", "noise": 0.0, "loss": "absolute"}, 8),
    ("planted", {"n": 20, "d": 1, "k": 3, "inputs": "ball", "noise": 0.05, "loss": "squared"}, 9),
]

# The checked-in library (instances/). Tiers are by design (size); the measured status of each
# entry (easy / hard / open) is in the manifest.
_CURATED: list[SuiteItem] = [
    # every generator, defaults (YES side) and a NO side where the generator has one
    SuiteItem("easy", "set-cover", {}, 0),
    SuiteItem("easy", "set-cover", {"answer": "no"}, 0),
    SuiteItem("easy", "monotone-circuit", {}, 0),
    SuiteItem("easy", "hypergraph-coloring", {}, 0),
    SuiteItem("easy", "bounded-coloring", {}, 0),
    SuiteItem("easy", "dense-subgraph", {}, 0),
    SuiteItem("easy", "planted", {}, 0),
    SuiteItem("medium", "set-cover", {"N": 8, "m": 7, "t": 3}, 1),
    SuiteItem("medium", "hypergraph-coloring", {"family": "complete", "N": 4, "r": 2}, 0),
    SuiteItem("medium", "hypergraph-coloring", {"family": "dense", "N": 5, "m": 9, "r": 2}, 1),
    SuiteItem("medium", "bounded-coloring", {"family": "complete", "N": 4, "r": 2}, 0),
    SuiteItem("medium", "dense-subgraph", {"N": 10, "kappa": 4}, 1),
    SuiteItem("medium", "monotone-circuit", {"m": 5, "t": 2}, 1),
    SuiteItem("hard", "set-cover", {"N": 12, "m": 10, "t": 4}, 2),
    SuiteItem("hard", "hypergraph-coloring", {"N": 8, "m": 12, "k": 3}, 2),
    SuiteItem("hard", "hypergraph-coloring", {"family": "complete", "N": 5, "r": 2}, 0),
    SuiteItem("hard", "hypergraph-coloring", {"family": "complete", "N": 7, "r": 3}, 0),
    SuiteItem("hard", "bounded-coloring", {"N": 8, "m": 12, "k": 2}, 2),
    SuiteItem("hard", "dense-subgraph", {"N": 14, "kappa": 5}, 2),
]


def _planted_tiers() -> list[SuiteItem]:
    """The planted benchmark suite, tiered by n k, and three larger planted entries."""
    items = []
    for gen, params, seed in _PLANTED_QUICK:
        n, k = params["n"], params["k"]
        tier = "easy" if n * k <= 40 else ("medium" if n * k <= 60 else "hard")
        items.append(SuiteItem(tier, gen, dict(params), seed))
    items += [
        _planted("hard", 11, n=60, d=2, k=3, inputs="ball", noise=0.05, loss="absolute"),
        _planted("hard", 12, n=50, d=3, k=2, inputs="gaussian", noise=0.1, loss="squared"),
        _planted("hard", 13, n=80, d=2, k=2, inputs="box", noise=0.1, loss="max"),
    ]
    return items


def _tiny() -> list[SuiteItem]:
    return [_planted("easy", 0, n=8, d=1, k=1, loss="absolute"),
            _planted("easy", 1, n=8, d=1, k=2, loss="max"),
            _planted("easy", 2, n=8, d=1, k=1, loss="squared", noise=0.1)]


@dataclass(frozen=True)
class Suite:
    """A named suite: its description, its entries and whether it is a benchmark suite.

    Attributes
    ----------
    name, description : str
    items : callable
        Returns fresh :class:`SuiteItem` objects (safe to modify).
    benchmark : bool
        Also offered by :func:`milp_relu.generators.benchmark_suite`.
    """

    name: str
    description: str
    items: Callable[[], list[SuiteItem]]
    benchmark: bool = False


#: The registry. Adding a suite is one line here.
SUITES: dict[str, Suite] = {s.name: s for s in (
    Suite("curated", "the checked-in library: every generator (YES and NO sides) and the planted "
                     "benchmark suite, in easy / medium / hard tiers",
          lambda: list(_CURATED) + _planted_tiers()),
    Suite("quick", "the planted benchmark suite alone", lambda: _planted_tiers()[:10], benchmark=True),
    Suite("tiny", "three small entries (one per loss), for tests and demonstrations", _tiny),
)}

LIBRARY_SUITES = tuple(SUITES)
BENCHMARK_SUITES = tuple(name for name, suite in SUITES.items() if suite.benchmark)


def suite_items(name: str) -> list[SuiteItem]:
    """The entries of a library suite.

    * ``curated``: the checked-in library -- every generator (YES and NO sides) and the planted
      benchmark suite, in easy / medium / hard tiers;
    * ``quick``: the planted benchmark suite alone (:func:`milp_relu.generators.benchmark_suite`);
    * ``tiny``: three small entries (one per loss), for tests and demonstrations.

    Raises
    ------
    InputError
        For a name that is not in :data:`SUITES`.
    """
    if not isinstance(name, str) or name not in SUITES:
        raise InputError(f"unknown library suite {name!r} (choose one of {', '.join(LIBRARY_SUITES)})")
    return SUITES[name].items()


def benchmark_specs(name: str) -> list[tuple[str, dict[str, Any], int]]:
    """The (generator, params, seed) triples of a benchmark suite (copies; safe to modify).

    Raises
    ------
    InputError
        For a name that is not a benchmark suite of :data:`SUITES`.
    """
    if not isinstance(name, str) or name not in BENCHMARK_SUITES:
        raise InputError(f"unknown benchmark suite {name!r} (choose one of {', '.join(BENCHMARK_SUITES)})")
    return [(item.generator, dict(item.params), item.seed) for item in SUITES[name].items()]
