"""Shared machinery of the instance generators: parameter checks, names, metadata.

Every generator builds its dataset and then calls :func:`build_instance`, which assembles the
metadata in one fixed shape (the public contract of issue 3) and normalises it through JSON so
that the in-memory metadata equals what :func:`milp_relu.instance.load_instance` reads back.
"""
from __future__ import annotations

import hashlib
import json
import math
from typing import Any, Iterable, Sequence

import numpy as np

from ..data import Dataset
from ..errors import InputError
from ..instance import Instance
from ..network import ReLUNetwork, check_loss
from ..validation import is_real

PAPER = ("S. Goel, A. Klivans, P. Manurangsi, D. Reichman, \"Tight Hardness Results for Training "
         "Depth-2 ReLU Networks\", ITCS 2021, arXiv:2011.13550")
PAPER_MR18 = ("P. Manurangsi, D. Reichman, \"The Computational Complexity of Training ReLU(s)\", "
              "arXiv:1810.04207")

#: Range of a generator's scale parameters (weight and bias bounds, label noise, point
#: weights such as dense-subgraph's c): outside it the instance's numbers span more than
#: float64 can certify with the default gaps, so the generator refuses to write it.
MIN_SCALE = 1e-6
MAX_SCALE = 1e6
#: Largest point weight M (set-cover, monotone-circuit), given or by default.
MAX_WEIGHT = 1e9

#: Largest exhaustive search the exact source-problem checks will run (set cover, circuit SAT,
#: colourability); above it they refuse with an InputError instead of hanging.
EXACT_SEARCH_LIMIT = 3_000_000


# --------------------------------------------------------------------------------------------
# parameter checks (each raises InputError naming the generator and the parameter)
# --------------------------------------------------------------------------------------------

def check_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise InputError(f"seed must be a non-negative integer, got {seed!r}")
    if seed < 0:
        raise InputError(f"seed must be a non-negative integer, got {seed}")
    return int(seed)


def check_int(gen: str, name: str, value: Any, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise InputError(f"{gen}: parameter {name} must be an integer, got {value!r}")
    value = int(value)
    if lo is not None and value < lo:
        raise InputError(f"{gen}: parameter {name} must be >= {lo}, got {value}")
    if hi is not None and value > hi:
        raise InputError(f"{gen}: parameter {name} must be <= {hi}, got {value}")
    return value


def check_float(gen: str, name: str, value: Any, lo: float | None = None, hi: float | None = None,
                lo_open: bool = False) -> float:
    if not is_real(value):  # the package's one notion of a number (milp_relu.validation)
        raise InputError(f"{gen}: parameter {name} must be a number, got {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise InputError(f"{gen}: parameter {name} must be finite, got {value}")
    if lo is not None and (value < lo or (lo_open and value == lo)):
        rel = ">" if lo_open else ">="
        if hi is not None:
            raise InputError(f"{gen}: parameter {name} must lie in {'(' if lo_open else '['}{lo}, {hi}], got {value}")
        raise InputError(f"{gen}: parameter {name} must be {rel} {lo}, got {value}")
    if hi is not None and value > hi:
        if lo is not None:
            raise InputError(f"{gen}: parameter {name} must lie in {'(' if lo_open else '['}{lo}, {hi}], got {value}")
        raise InputError(f"{gen}: parameter {name} must be <= {hi}, got {value}")
    return value


def check_scale(gen: str, name: str, value: Any, zero_ok: bool = False) -> float:
    """A scale parameter in [MIN_SCALE, MAX_SCALE] (or exactly 0 when ``zero_ok``)."""
    value = check_float(gen, name, value, 0.0, lo_open=not zero_ok)
    if (value != 0.0 and value < MIN_SCALE) or value > MAX_SCALE:
        zero = "0 or " if zero_ok else ""
        raise InputError(f"{gen}: parameter {name} must be {zero}in [{MIN_SCALE:g}, {MAX_SCALE:g}] (the range "
                         f"float64 can certify), got {value}")
    return value


def check_weight(gen: str, value: Any, minimum: int, rule: str) -> int:
    """Point weight M: an integer >= ``minimum`` (what the promise needs) and <= MAX_WEIGHT."""
    if minimum > MAX_WEIGHT:
        raise InputError(f"{gen}: the promise needs M >= {rule} = {minimum}, above the limit {MAX_WEIGHT:g} "
                         "that float64 can certify; use smaller parameters")
    if value is None:
        return minimum
    M = check_int(gen, "M", value, 1, int(MAX_WEIGHT))
    if M < minimum:
        raise InputError(f"{gen}: M = {M} is below {rule} = {minimum} needed by the NO bound")
    return M


def check_bool(gen: str, name: str, value: Any) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise InputError(f"{gen}: parameter {name} must be true or false, got {value!r}")


def check_choice(gen: str, name: str, value: Any, choices: Sequence[str]) -> str:
    if value not in choices:
        raise InputError(f"{gen}: parameter {name} must be one of {', '.join(choices)}; got {value!r}")
    return str(value)


def make_rng(seed: int) -> np.random.Generator:
    """The one random source of a generator: PCG64 seeded with ``seed`` (byte-stable)."""
    return np.random.default_rng(check_seed(seed))


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

def fmt_value(value: Any) -> str:
    """A filesystem-safe rendering of one parameter value for instance names."""
    if value is None:
        return "auto"
    if isinstance(value, (bool, np.bool_)):
        return "1" if value else "0"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".6g").replace("+", "")
    text = str(value)
    return "".join(ch if (ch.isalnum() or ch in "-.") else "-" for ch in text)


def source_digest(obj: Any) -> str:
    """First 8 hex digits of the sha256 of a canonical JSON rendering (names caller sources)."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def make_name(generator: str, parts: Iterable[str], seed: int) -> str:
    name = "_".join([generator, *[p for p in parts if p], f"s{seed}"])
    safe = all(ch.isalnum() or ch in "-._" for ch in name)
    assert safe, name
    return name


# --------------------------------------------------------------------------------------------
# metadata
# --------------------------------------------------------------------------------------------

def provenance(result: str, statement: str, source_problem: str, gadget: str, guarantee: str,
               section: str, confidence: str, note: str = "") -> dict[str, Any]:
    """The provenance block: which paper result, and how much of it was READ or RECONSTRUCTED."""
    return {
        "paper": PAPER,
        "predecessor": PAPER_MR18,
        "paper_result": result,
        "statement": statement,
        "source_problem": source_problem,
        "gadget": gadget,
        "guarantee": guarantee,
        "confidence": confidence,
        "specification": f"reductions.md {section}",
        "summary": "construction after GKMR'21; the papers' full text was not available, so the "
                   "gadget is RECONSTRUCTED (proved in reductions.md), not copied from the paper",
        "note": note,
    }


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, np.ndarray):
        return _jsonable(obj.tolist())
    if isinstance(obj, (np.bool_, bool)):
        return bool(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, (np.floating, float)):
        value = float(obj)
        if not math.isfinite(value):
            raise ValueError(f"non-finite value {value} in instance metadata")
        return value
    return obj


def build_instance(*, generator: str, version: str, name: str, params: dict[str, Any], seed: int,
                   X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None, k: int,
                   loss: str, weight_bound: float, bias_bound: float, answer: str,
                   yes_loss: float | None, no_bound: float | None, form: str,
                   certificate_network: ReLUNetwork | None, certificate: Any, source: Any,
                   prov: dict[str, Any], bounded_class: str, promise_note: str = "",
                   extra: dict[str, Any] | None = None) -> Instance:
    """Assemble an :class:`Instance` with the metadata keys of the public contract."""
    check_loss(loss)
    assert answer in ("yes", "no", "unknown"), answer
    assert form in ("sum", "mean"), form
    dataset = Dataset(X, y, sample_weight)
    if certificate_network is not None:
        violation = certificate_network.max_violation(weight_bound, bias_bound)
        assert violation <= 1e-12, f"{name}: certificate leaves the bounds by {violation}"
    metadata = {
        "name": name,
        "generator": generator,
        "generator_version": version,
        "params": params,
        "seed": seed,
        "data": f"{name}.npz",
        "n": dataset.n,
        "d": dataset.d,
        "k": int(k),
        "loss": loss,
        "output_bias": False,
        "bounds": {"weight": float(weight_bound), "bias": float(bias_bound)},
        "bounded_class": bounded_class,
        "answer": answer,
        "promise": {"yes_loss": yes_loss, "no_bound": no_bound, "form": form, "note": promise_note},
        "certificate_network": None if certificate_network is None else certificate_network.to_dict(),
        "certificate": certificate,
        "source": source,
        "provenance": prov,
    }
    if extra:
        metadata.update(extra)
    metadata = json.loads(json.dumps(_jsonable(metadata), allow_nan=False))
    return Instance(dataset=dataset, metadata=metadata)


def certificate_loss(instance: Instance) -> float | None:
    """The certificate network's loss in the promise's form (sum or mean), or None."""
    net = instance.certificate_network
    if net is None:
        return None
    ds = instance.dataset
    value = net.loss(ds.X, ds.y, instance.loss_object(), ds.sample_weight)
    form = (instance.metadata.get("promise") or {}).get("form", "sum")
    return value.mean if form == "mean" else value.total
