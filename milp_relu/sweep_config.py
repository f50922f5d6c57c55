"""Sweep description files: loading, validation and expansion into runs.

A sweep file (TOML; YAML too when PyYAML is installed) names one or more *families*. Each
family is a generator with a grid of its parameters; the grid's Cartesian product, times the
seeds, training losses, training widths k and repetitions, is the list of runs. Top-level keys
are defaults that every family may override::

    name = "quick"
    time_limit = 20.0          # seconds per solve
    repetitions = 1
    seeds = [0, 1]
    losses = ["squared"]       # omitted: the instance's own loss
    # k = [1, 2]               # training width; omitted: the instance's own k
    # bounds = {weight = 1.0, bias = 1.0}   # omitted: the instance's own bounds

    [solver]                   # keyword options for milp_relu.fit (threads is always 1)
    rel_gap = 1e-6
    # huber_delta = 0.5        # with "huber" in losses: its delta (the other losses ignore it)

    [[family]]
    generator = "planted"
    [family.grid]
    n = {start = 8, stop = 32, num = 4, scale = "log"}
    d = 2
    k = 1

A grid value is a scalar (fixed), a non-empty list, or a range table: ``{start, stop, step}``
(inclusive of ``stop``, arithmetic) or ``{start, stop, num, scale = "linear" | "log"}``.
Every mistake raises :class:`~milp_relu.errors.InputError` naming the file, the family and the
key.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import math
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import InputError
from .limits import MAX_JSON_BYTES, MAX_JSON_NESTING, MAX_K, json_depth
from .network import LOSSES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: Keys accepted at the top level of a sweep file.
TOP_KEYS = {"name", "description", "time_limit", "repetitions", "seeds", "losses", "k", "bounds",
            "solver", "family", "solve_function", "generate_function", "hard_timeout_factor"}
#: Keys accepted inside a ``[[family]]`` table (the defaults above may be overridden per family).
FAMILY_KEYS = {"generator", "label", "grid", "time_limit", "repetitions", "seeds", "losses", "k",
               "bounds", "solver"}
#: Keyword options of ``milp_relu.fit`` a sweep may set. ``threads`` is fixed to 1 (one solver
#: process per core) and ``time_limit`` has its own key.
SOLVER_OPTIONS = {"rel_gap": float, "abs_gap": float, "output_bias": bool,
                  "signs": (int, str, list, type(None)), "seed": int, "verbose": bool,
                  "sign_mode": str, "symmetry": bool, "merge_duplicates": bool, "solver": str}
SOLVER_OPTIONS.update({"method": str, "eps": float, "setting": str, "delta": float})  # learners (issue 14)
SOLVER_OPTIONS.update({"huber_delta": float})  # passed only to the runs whose loss takes it (Huber)
RESERVED_OPTIONS = {"threads", "time_limit", "k", "loss", "weight_bound", "bias_bound",
                    "sample_weight", "X", "y"}
DEFAULT_SOLVE = "milp_relu.solve:fit"
DEFAULT_GENERATE = "milp_relu.generators:generate"
MAX_RUNS = 1_000_000


@dataclass(frozen=True)
class RunSpec:
    """One solve of a sweep: everything that defines it (the run key hashes these fields)."""

    sweep: str
    family: str
    generator: str
    params: Mapping[str, Any]
    seed: int
    repetition: int
    k: int | None
    loss: str | None
    weight_bound: float | None
    bias_bound: float | None
    time_limit: float
    options: Mapping[str, Any]
    solve_function: str = DEFAULT_SOLVE
    generate_function: str = DEFAULT_GENERATE
    hard_timeout: float | None = None

    @property
    def run_key(self) -> str:
        return run_key(self.generator, self.params, self.seed, self.k, self.loss,
                       self.key_options(), self.repetition)

    def key_options(self) -> dict[str, Any]:
        """Options that change the result: solver options, time limit, bounds, solve function."""
        opts = dict(self.options)
        opts["time_limit"] = self.time_limit
        if self.weight_bound is not None:
            opts["weight_bound"] = self.weight_bound
        if self.bias_bound is not None:
            opts["bias_bound"] = self.bias_bound
        if self.solve_function != DEFAULT_SOLVE:
            opts["solve_function"] = self.solve_function
        if self.generate_function != DEFAULT_GENERATE:
            opts["generate_function"] = self.generate_function
        return opts

    def problem_settings(self, instance: Any) -> dict[str, Any]:
        """The run's k, loss (with the instance's loss parameters) and boxes: this spec's values
        over the instance's, by the one resolution of instance defaults
        (:func:`~milp_relu.engine.problem.instance_defaults` and
        :func:`~milp_relu.engine.problem.resolve_settings`, as ``solve-instance``, export and verify).

        Parameters
        ----------
        instance : Instance or object
            The generated instance; any object with ``dataset`` and ``metadata`` (a custom
            ``generate_function``'s) is read as an Instance of them.

        Returns
        -------
        dict
            ``k``, ``loss``, ``weight_bound``, ``bias_bound`` and ``loss_params``, as
            :func:`~milp_relu.engine.problem.resolve_settings`; but a weight box that neither the
            spec nor the instance sets stays None (``fit``'s default), as stored rows always said.
        """
        from .engine.problem import instance_defaults, resolve_settings
        from .instance import Instance

        if not isinstance(instance, Instance):
            instance = Instance(instance.dataset, dict(getattr(instance, "metadata", {}) or {}))
        defaults = instance_defaults(instance)
        settings = resolve_settings(defaults, self.k, self.loss, self.weight_bound, self.bias_bound)
        if self.weight_bound is None and "weight_bound" not in defaults:
            settings["weight_bound"] = None
        return settings

    def to_dict(self) -> dict[str, Any]:
        return {"sweep": self.sweep, "family": self.family, "generator": self.generator,
                "params": dict(self.params), "seed": self.seed, "repetition": self.repetition,
                "k": self.k, "loss": self.loss, "weight_bound": self.weight_bound,
                "bias_bound": self.bias_bound, "time_limit": self.time_limit,
                "options": dict(self.options), "solve_function": self.solve_function,
                "generate_function": self.generate_function, "hard_timeout": self.hard_timeout,
                "run_key": self.run_key}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "RunSpec":
        fields_ = {k: v for k, v in data.items() if k != "run_key"}
        return cls(**fields_)


def canonical_json(obj: Any) -> str:
    """JSON with sorted keys and no whitespace; floats that are integers stay floats."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), allow_nan=False)


def run_key(generator: str, params: Mapping[str, Any], seed: int, k: int | None, loss: str | None,
            options: Mapping[str, Any], repetition: int) -> str:
    """Stable hash (sha256 hex, 24 chars) of what defines a run."""
    payload = canonical_json({"generator": generator, "params": dict(params), "seed": int(seed),
                              "k": k, "loss": loss, "options": dict(options),
                              "repetition": int(repetition)})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


@dataclass
class SweepConfig:
    """A validated sweep: its name, source file and the expanded runs."""

    name: str
    runs: list[RunSpec]
    source: str = "<dict>"
    description: str = ""
    families: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- loading
def load_config(path: str | Path, registry: Mapping[str, Any] | None = None) -> SweepConfig:
    """Read, validate and expand a sweep file (``.toml``, or ``.yaml``/``.yml`` with PyYAML)."""
    from .fileio import usable_path

    p = usable_path(path, "sweep file")
    if not p.is_file():
        raise InputError(f"sweep file not found: {p}")
    size = p.stat().st_size
    if size > MAX_JSON_BYTES:
        raise InputError(f"{p}: {size} bytes is larger than the {MAX_JSON_BYTES}-byte limit for a sweep file")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc})") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read the sweep file ({exc.strerror or exc})") from None
    if p.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore
        except ImportError:  # pragma: no cover - depends on the environment
            raise InputError(f"{p}: YAML sweep files need PyYAML (pip install pyyaml); or use TOML") from None
        try:
            raw = yaml.safe_load(text)
        except yaml.YAMLError as exc:  # pragma: no cover
            raise InputError(f"{p}: not valid YAML ({' '.join(str(exc).split())})") from None
        except RecursionError:  # pragma: no cover - depends on the YAML parser
            raise InputError(f"{p}: nested deeper than {MAX_JSON_NESTING} levels") from None
    else:
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{p}: not valid TOML ({exc})") from None
        except RecursionError:
            raise InputError(f"{p}: nested deeper than {MAX_JSON_NESTING} levels") from None
    if not isinstance(raw, dict):
        raise InputError(f"{p}: the sweep file must be a table of keys")
    if json_depth(raw) > MAX_JSON_NESTING:
        raise InputError(f"{p}: nested deeper than {MAX_JSON_NESTING} levels")
    raw.setdefault("name", p.stem)
    return parse_config(raw, registry=registry, source=str(p))


def _default_registry() -> Mapping[str, Any]:
    try:
        from .generators import list_generators
    except ImportError as exc:  # pragma: no cover - only while generators are missing
        raise InputError(f"cannot validate generators: milp_relu.generators is not importable ({exc})") from None
    return list_generators()


def parse_config(raw: Mapping[str, Any], registry: Mapping[str, Any] | None = None,
                 source: str = "<dict>") -> SweepConfig:
    """Validate a sweep given as a dict (the parsed file) and expand it into runs."""
    where = source
    name, families, solve_fn, gen_fn, hard_factor = _check_top_level(raw, where)
    if registry is None:
        registry = _default_registry()

    runs: list[RunSpec] = []
    seen_labels: set[str] = set()
    for index, fam in enumerate(families):
        label, fwhere, merged, solver = _family_inputs(raw, fam, index, where, seen_labels)
        runs.extend(_expand_family(fam, merged, solver, registry, name, str(label), fwhere,
                                   solve_fn, gen_fn, float(hard_factor)))
        if len(runs) > MAX_RUNS:
            raise InputError(f"{where}: the grid expands to more than {MAX_RUNS} runs; split the sweep")
    _check_distinct_runs(runs, where)
    return SweepConfig(name=name, runs=runs, source=source, description=str(raw.get("description", "")),
                       families=[dict(f) for f in families])


def _check_top_level(raw: Mapping[str, Any], where: str) -> tuple[str, list[Any], str, str, Any]:
    """Check a sweep's top-level keys: its name, families, functions and hard-timeout factor."""
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise InputError(f"{where}: unknown top-level key(s) {', '.join(sorted(unknown))} "
                         f"(allowed: {', '.join(sorted(TOP_KEYS))})")
    name = raw.get("name", "sweep")
    if not isinstance(name, str) or not name:
        raise InputError(f"{where}: 'name' must be a non-empty string")
    families = raw.get("family")
    if families is None:
        raise InputError(f"{where}: no [[family]] table; a sweep needs at least one generator grid")
    if isinstance(families, dict):
        families = [families]
    if not isinstance(families, list) or not families:
        raise InputError(f"{where}: 'family' must be a non-empty list of tables ([[family]])")
    solve_fn = _check_dotted(raw.get("solve_function", DEFAULT_SOLVE), f"{where}: solve_function")
    gen_fn = _check_dotted(raw.get("generate_function", DEFAULT_GENERATE), f"{where}: generate_function")
    hard_factor = raw.get("hard_timeout_factor", 3.0)
    if not _is_number(hard_factor) or hard_factor < 1:
        raise InputError(f"{where}: hard_timeout_factor must be a number >= 1, got {hard_factor!r}")
    return name, families, solve_fn, gen_fn, hard_factor


def _family_inputs(raw: Mapping[str, Any], fam: Any, index: int, where: str,
                   seen_labels: set[str]) -> tuple[Any, str, dict[str, Any], dict[str, Any]]:
    """A family's label, its place in messages, its settings over the sweep's and its solver table."""
    if not isinstance(fam, dict):
        raise InputError(f"{where}: family #{index + 1} must be a table")
    label = fam.get("label") or f"{fam.get('generator', '?')}#{index + 1}"
    if not isinstance(label, str):
        raise InputError(f"{where}: family #{index + 1}: 'label' must be a string, got {label!r}")
    fwhere = f"{where}: family {label!r}"
    if label in seen_labels:
        raise InputError(f"{fwhere}: duplicate family label")
    seen_labels.add(label)
    unknown = set(fam) - FAMILY_KEYS
    if unknown:
        raise InputError(f"{fwhere}: unknown key(s) {', '.join(sorted(unknown))} "
                         f"(allowed: {', '.join(sorted(FAMILY_KEYS))})")
    merged = {key: raw[key] for key in ("time_limit", "repetitions", "seeds", "losses", "k", "bounds")
              if key in raw}
    merged.update({key: fam[key] for key in ("time_limit", "repetitions", "seeds", "losses", "k", "bounds")
                   if key in fam})
    for table in (raw.get("solver"), fam.get("solver")):
        if table is not None and not isinstance(table, Mapping):
            raise InputError(f"{fwhere}: [solver] must be a table of fit() options, got {table!r:.40}")
    solver = dict(raw.get("solver") or {})
    solver.update(fam.get("solver") or {})
    return label, fwhere, merged, solver


def _check_distinct_runs(runs: list[RunSpec], where: str) -> None:
    """Refuse two runs with the same key (a repeated grid value or family)."""
    keys = [r.run_key for r in runs]
    if len(set(keys)) != len(keys):
        seen: set[str] = set()
        dup = next(r for r in runs if r.run_key in seen or seen.add(r.run_key))
        raise InputError(f"{where}: two runs are identical ({dup.generator} {dict(dup.params)} seed {dup.seed}); "
                         "remove the repeated grid values or families")


def _check_dotted(value: Any, where: str) -> str:
    if not isinstance(value, str) or ":" not in value:
        raise InputError(f"{where} must be 'package.module:function', got {value!r}")
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _spec_attr(spec: Any, name: str, default: Any = None) -> Any:
    if isinstance(spec, Mapping):
        return spec.get(name, default)
    return getattr(spec, name, default)


def _expand_family(fam: Mapping[str, Any], merged: Mapping[str, Any], solver: Mapping[str, Any],
                   registry: Mapping[str, Any], sweep: str, label: str, where: str,
                   solve_fn: str, gen_fn: str, hard_factor: float) -> list[RunSpec]:
    """Check one family and expand it into its runs (grid x seeds x losses x k x repetitions)."""
    generator, axes = _family_axes(fam, registry, where)
    time_limit, reps, seeds = _family_repeats(merged, where)
    losses, ks, bounds = _family_problem(merged, where)
    options = _check_solver(solver, where)
    count = math.prod(len(a[1]) for a in axes) * len(seeds) * len(losses) * len(ks) * reps
    if count > MAX_RUNS:
        raise InputError(f"{where}: the grid expands to {count} runs, more than {MAX_RUNS}; split the sweep")

    runs = []
    names = [a[0] for a in axes]
    for combo in itertools.product(*[a[1] for a in axes]):
        params = dict(zip(names, combo))
        for seed, loss, kk, rep in itertools.product(seeds, losses, ks, range(reps)):
            runs.append(RunSpec(
                sweep=sweep, family=label, generator=generator, params=params, seed=int(seed),
                repetition=rep, k=kk, loss=loss,
                weight_bound=None if "weight" not in bounds else float(bounds["weight"]),
                bias_bound=None if "bias" not in bounds else float(bounds["bias"]),
                time_limit=float(time_limit), options=options, solve_function=solve_fn,
                generate_function=gen_fn, hard_timeout=float(time_limit) * hard_factor + 30.0))
    if not runs:
        raise InputError(f"{where}: the grid is empty")
    return runs


def _family_axes(fam: Mapping[str, Any], registry: Mapping[str, Any],
                 where: str) -> tuple[str, list[tuple[str, list[Any]]]]:
    """A family's generator and its grid axes, each value checked against the generator's parameters."""
    generator = fam.get("generator")
    if not isinstance(generator, str) or not generator:
        raise InputError(f"{where}: 'generator' is missing (known: {', '.join(sorted(registry))})")
    if generator not in registry:
        raise InputError(f"{where}: unknown generator {generator!r} (known: {', '.join(sorted(registry))})")
    spec = registry[generator]
    param_specs: Mapping[str, Any] = _spec_attr(spec, "params", {}) or {}

    grid = fam.get("grid", {})
    if not isinstance(grid, dict):
        raise InputError(f"{where}: 'grid' must be a table of parameter = values")
    axes: list[tuple[str, list[Any]]] = []
    for pname, pvalue in grid.items():
        if pname == "seed":
            raise InputError(f"{where}: put seeds in 'seeds', not in the grid")
        if pname not in param_specs:
            raise InputError(f"{where}: generator {generator!r} has no parameter {pname!r} "
                             f"(its parameters: {', '.join(sorted(param_specs)) or 'none'})")
        values = expand_values(pvalue, f"{where}: grid.{pname}")
        ptype = _spec_attr(param_specs[pname], "type")
        values = [_coerce(v, ptype, f"{where}: grid.{pname}") for v in values]
        try:
            texts = set(map(canonical_json, values))
        except (ValueError, TypeError) as exc:
            raise InputError(f"{where}: grid.{pname} holds a value JSON cannot store ({exc})") from None
        if len(texts) != len(values):
            raise InputError(f"{where}: grid.{pname} repeats a value ({values})")
        axes.append((pname, values))
    return generator, axes


def _family_repeats(merged: Mapping[str, Any], where: str) -> tuple[Any, int, list[Any]]:
    """A family's time limit, repetitions and seeds."""
    time_limit = merged.get("time_limit")
    if time_limit is None:
        raise InputError(f"{where}: 'time_limit' (seconds per run) is required")
    if not _is_number(time_limit) or time_limit <= 0:
        raise InputError(f"{where}: time_limit must be a positive number of seconds, got {time_limit!r}")
    reps = merged.get("repetitions", 1)
    if not isinstance(reps, int) or isinstance(reps, bool) or reps < 1:
        raise InputError(f"{where}: repetitions must be an integer >= 1, got {reps!r}")
    seeds = expand_values(merged.get("seeds", [0]), f"{where}: seeds")
    for s in seeds:
        if not isinstance(s, int) or isinstance(s, bool) or s < 0:
            raise InputError(f"{where}: seeds must be non-negative integers, got {s!r}")
    if len(set(seeds)) != len(seeds):
        raise InputError(f"{where}: seeds repeat a value ({seeds})")
    return time_limit, reps, seeds


def _family_problem(merged: Mapping[str, Any], where: str) -> tuple[list[Any], list[Any], dict[str, Any]]:
    """A family's losses, widths k and bounds (None: the instance's own)."""
    losses = merged.get("losses", [None])
    if isinstance(losses, str):
        losses = [losses]
    if not isinstance(losses, list) or not losses:
        raise InputError(f"{where}: losses must be a non-empty list (choose from {', '.join(LOSSES)})")
    for loss in losses:
        if loss is not None and loss not in LOSSES:
            raise InputError(f"{where}: unknown loss {loss!r} (choose from {', '.join(LOSSES)})")
    ks = merged.get("k", [None])
    ks = [None] if ks is None else expand_values(ks, f"{where}: k")
    for kk in ks:
        if kk is not None and (not isinstance(kk, int) or isinstance(kk, bool) or not 1 <= kk <= MAX_K):
            raise InputError(f"{where}: k must be integers in 1..{MAX_K}, got {kk!r}")
    bounds = merged.get("bounds") or {}
    if not isinstance(bounds, dict) or set(bounds) - {"weight", "bias"}:
        raise InputError(f"{where}: bounds must be a table with keys 'weight' and/or 'bias', got {bounds!r}")
    for bkey, bval in bounds.items():
        if not _is_number(bval) or bval <= 0:
            raise InputError(f"{where}: bounds.{bkey} must be a positive number, got {bval!r}")
    return losses, ks, bounds


def _check_solver(solver: Mapping[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(solver, Mapping):
        raise InputError(f"{where}: [solver] must be a table of fit() options")
    out = {}
    for key, value in solver.items():
        if key in RESERVED_OPTIONS:
            hint = {"threads": "each worker runs HiGHS with threads=1",
                    "time_limit": "use the top-level time_limit"}.get(key, "set it with its own sweep key")
            raise InputError(f"{where}: solver option {key!r} is not settable here ({hint})")
        if key not in SOLVER_OPTIONS:
            raise InputError(f"{where}: unknown solver option {key!r} (allowed: {', '.join(sorted(SOLVER_OPTIONS))})")
        expected = SOLVER_OPTIONS[key]
        if expected is float and _is_number(value):
            value = float(value)
            if value < 0:
                raise InputError(f"{where}: solver option {key} must be >= 0, got {value!r}")
        elif expected is int and isinstance(value, int) and not isinstance(value, bool):
            pass
        elif expected is bool and isinstance(value, bool):
            pass
        elif expected is str and isinstance(value, str):
            pass
        elif isinstance(expected, tuple) and isinstance(value, expected):
            pass
        else:
            raise InputError(f"{where}: solver option {key} has the wrong type ({value!r})")
        out[key] = value
    return _normalized_solver(out, where)


def _normalized_solver(options: dict[str, Any], where: str) -> dict[str, Any]:
    """Check ``solver`` (known and installed) and drop it when it is the default, HiGHS: a run
    keeps the key it had before the option existed, and the record names a solver exactly
    when it is not HiGHS (``options_json``)."""
    if "solver" not in options:
        return options
    from .backends import get_backend

    try:
        get_backend(options["solver"])
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    if options["solver"] == "highs":
        options = {key: value for key, value in options.items() if key != "solver"}
    return options


def with_solver(cfg: SweepConfig, solver: str | None) -> SweepConfig:
    """Every run of ``cfg`` on ``solver`` (``milp-relu sweep --solver``; None leaves the file's)."""
    if solver is None:
        return cfg
    runs = [replace(run, options=_normalized_solver({**run.options, "solver": solver}, "--solver"))
            for run in cfg.runs]
    return replace(cfg, runs=runs)


def expand_values(value: Any, where: str) -> list[Any]:
    """Expand a grid value: scalar, non-empty list, or range table (see the module docstring)."""
    if isinstance(value, list):
        if not value:
            raise InputError(f"{where}: empty list; a grid axis needs at least one value")
        for v in value:
            if isinstance(v, (list, dict)):
                raise InputError(f"{where}: list entries must be scalars, got {v!r}")
        return list(value)
    if isinstance(value, dict):
        return _expand_range(value, where)
    if value is None:
        raise InputError(f"{where}: no value")
    return [value]


def _expand_range(spec: Mapping[str, Any], where: str) -> list[Any]:
    """Expand a range table: ``start``, ``stop`` and ``step``, or ``start``, ``stop``, ``num`` and ``scale``."""
    unknown = set(spec) - {"start", "stop", "step", "num", "scale"}
    if unknown:
        raise InputError(f"{where}: unknown range key(s) {', '.join(sorted(unknown))} "
                         "(use start, stop and step, or start, stop, num and scale)")
    if "start" not in spec or "stop" not in spec:
        raise InputError(f"{where}: a range needs 'start' and 'stop'")
    start, stop = spec["start"], spec["stop"]
    if not _is_number(start) or not _is_number(stop):
        raise InputError(f"{where}: range start and stop must be numbers, got {start!r}, {stop!r}")
    if stop < start:
        raise InputError(f"{where}: bad range, stop {stop} < start {start}")
    integer = isinstance(start, int) and isinstance(stop, int)
    if "step" in spec and "num" in spec:
        raise InputError(f"{where}: give 'step' or 'num', not both")
    if "step" in spec:
        return _range_by_step(spec, start, stop, integer, where)
    return _range_by_num(spec, start, stop, integer, where)


def _range_by_step(spec: Mapping[str, Any], start: Any, stop: Any, integer: bool, where: str) -> list[Any]:
    """The values ``start, start + step, ...`` up to ``stop``; integers when all three are."""
    step = spec["step"]
    if "scale" in spec:
        raise InputError(f"{where}: 'scale' goes with 'num', not 'step'")
    if not _is_number(step) or step <= 0:
        raise InputError(f"{where}: bad range, step must be a positive number, got {step!r}")
    count = int(math.floor((stop - start) / step + 1e-9)) + 1
    if count > 10000:
        raise InputError(f"{where}: range has {count} values; more than 10000 is surely a mistake")
    integer = integer and isinstance(step, int)
    return [start + i * step if integer else round(start + i * step, 12) for i in range(count)]


def _range_by_num(spec: Mapping[str, Any], start: Any, stop: Any, integer: bool, where: str) -> list[Any]:
    """``num`` values from ``start`` to ``stop``, linear or log spaced; rounded and deduplicated when integer."""
    num = spec.get("num")
    if not isinstance(num, int) or isinstance(num, bool) or num < 1:
        raise InputError(f"{where}: bad range, give 'step' or an integer 'num' >= 1 (got {num!r})")
    if num > 10000:
        raise InputError(f"{where}: range has {num} values; more than 10000 is surely a mistake")
    scale = spec.get("scale", "linear")
    if scale not in ("linear", "log"):
        raise InputError(f"{where}: range scale must be 'linear' or 'log', got {scale!r}")
    if num == 1:
        vals = [float(start)]
    elif scale == "log":
        if start <= 0:
            raise InputError(f"{where}: bad range, a log-scale range needs start > 0 (got {start})")
        ratio = (stop / start) ** (1.0 / (num - 1))
        vals = [start * ratio ** i for i in range(num)]
    else:
        vals = [start + (stop - start) * i / (num - 1) for i in range(num)]
    if integer:
        out: list[Any] = []
        for v in vals:
            iv = int(round(v))
            if iv not in out:
                out.append(iv)
        return out
    return [round(v, 12) for v in vals]


def _coerce(value: Any, ptype: Any, where: str) -> Any:
    """Check a grid value against the generator's ParamSpec type (int, float, str, bool)."""
    if ptype is None:
        return value
    tname = ptype if isinstance(ptype, str) else getattr(ptype, "__name__", str(ptype))
    if tname == "int":
        if isinstance(value, bool) or not _is_number(value) or float(value) != int(value):
            raise InputError(f"{where}: expected an integer, got {value!r}")
        return int(value)
    if tname == "float":
        if isinstance(value, bool) or not _is_number(value):
            raise InputError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if tname == "bool":
        if not isinstance(value, bool):
            raise InputError(f"{where}: expected true or false, got {value!r}")
        return value
    if tname == "str":
        if not isinstance(value, str):
            raise InputError(f"{where}: expected a string, got {value!r}")
        return value
    return value


def resolve_dotted(path: str) -> Callable[..., Any]:
    """Import ``package.module:attribute``."""
    import importlib

    module_name, _, attr = path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise InputError(f"cannot import {module_name!r} for {path!r}: {exc}") from None
    try:
        return getattr(module, attr)
    except AttributeError:
        raise InputError(f"{module_name!r} has no attribute {attr!r}") from None
