"""The instance library: export to MPS/LP with data and metadata, a manifest, reference values.

A library is a folder (``instances/`` in the repository) holding, for every entry ``NAME``:

* ``NAME.npz``   the data X, y (and sample_weight), deterministic bytes;
* ``NAME.mps``, ``NAME.lp``  the formulation written by HiGHS (MILP; for the squared loss the
  MIQP with a quadratic objective section, which SCIP or Gurobi solve and HiGHS cannot);
* ``NAME.json``  metadata: everything the generator recorded, the formulation's options, the
  model's size and coefficient ranges, the reference value and the sha256 of every other file;

and once for the folder: ``manifest.json`` (one row per entry, plus ``manifest.csv`` for
spreadsheets), ``reference.solu`` (MIPLIB-style ``=opt=`` / ``=best=`` / ``=inf=`` / ``=unkn=``
lines) and ``timings.json`` (solve times; kept out of every checksummed file so that
regenerating the library reproduces the same bytes).

Every file is written atomically and the manifest last, so an interrupted export leaves no
partial file and never a manifest naming a missing one. :func:`load_library` and
:func:`load_entry` check the schema version, refuse paths that leave the folder and verify
every checksum, raising :class:`~milp_relu.errors.InputError` that says exactly what is wrong.

Status of an entry (MIPLIB's words): ``easy`` solved to optimality by :func:`milp_relu.fit`
within ``time_limit``; ``hard`` solved only with the longer ``hard_time_limit``; ``open`` not
solved (its reference value is the best verified loss, ``=best=``).
"""
from __future__ import annotations

import copy
import csv
import io
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from . import __version__
from .backends.files import (MODEL_FORMATS, ExportModel, coefficient_ranges, write_model_file)
from .data import Dataset
from .errors import InputError
from .fileio import (atomic_write_bytes, atomic_write_json, atomic_write_text, check_output_dir, npz_bytes,
                     read_json, sha256_file, usable_path)
from .formulation import FormulationOptions, MilpModel, build_big_m, tangent_cuts
from .instance import SCHEMA_VERSION, Instance, checksums_for, resolve_inside
from .limits import check_k, check_model_size
from .network import LOSSES

LIBRARY_SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_CSV = "manifest.csv"
SOLU = "reference.solu"
TIMINGS = "timings.json"
DEFAULT_TIME_LIMIT = 10.0
HARD_FACTOR = 6.0  # default hard_time_limit = HARD_FACTOR * time_limit


# --------------------------------------------------------------------------------------------
# formulation choice
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportChoice:
    """Which formulation of an instance to export.

    ``signs`` None means sign binaries (one model for the whole training problem: its optimum
    equals :func:`milp_relu.fit`'s); an integer p fixes the split p positive, k - p negative.
    """

    loss: str
    k: int
    weight_bound: float
    bias_bound: float
    signs: int | None = None
    output_bias: bool = False
    symmetry: bool = True

    def __post_init__(self) -> None:
        if self.loss not in LOSSES:
            raise InputError(f"unknown loss {self.loss!r} (choose one of {', '.join(LOSSES)})")
        check_k(self.k)
        for name, value, zero_ok in (("weight bound", self.weight_bound, False),
                                     ("bias bound", self.bias_bound, True)):
            if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or not (
                    math.isfinite(value) and (value >= 0 if zero_ok else value > 0)):
                need = "non-negative" if zero_ok else "positive"
                raise InputError(f"{name} must be {need} and finite, got {value!r}")
        if self.signs is not None and (isinstance(self.signs, bool) or not isinstance(self.signs, (int, np.integer))):
            raise InputError(f"signs must be an integer p, got {self.signs!r}")
        if self.signs is not None and not 0 <= int(self.signs) <= int(self.k):
            raise InputError(f"signs p must lie in 0..k = 0..{self.k}, got {self.signs}")

    @property
    def sign_mode(self) -> str:
        return "binary" if self.signs is None else "split"

    def split(self) -> tuple[float, ...] | None:
        if self.signs is None:
            return None
        p = int(self.signs)
        return tuple([1.0] * p + [-1.0] * (int(self.k) - p))

    def formulation_options(self) -> FormulationOptions:
        return FormulationOptions(k=int(self.k), loss=self.loss, weight_bound=float(self.weight_bound),
                                  bias_bound=float(self.bias_bound), signs=self.split(),
                                  output_bias=bool(self.output_bias), symmetry=bool(self.symmetry))

    def to_dict(self) -> dict[str, Any]:
        return {"loss": self.loss, "k": int(self.k), "weight_bound": float(self.weight_bound),
                "bias_bound": float(self.bias_bound), "signs": None if self.signs is None else int(self.signs),
                "sign_mode": self.sign_mode, "output_bias": bool(self.output_bias),
                "symmetry": bool(self.symmetry)}


def export_choice(instance: Instance, loss: str | None = None, k: int | None = None,
                  signs: int | str | None = None, weight_bound: float | None = None,
                  bias_bound: float | None = None, output_bias: bool | None = None,
                  symmetry: bool = True) -> ExportChoice:
    """The instance's own formulation (its k, loss, bounds) with any of them overridden."""
    meta = instance.metadata
    loss = loss or instance.loss or "squared"
    k = int(k if k is not None else (instance.k or 1))
    wb = float(weight_bound if weight_bound is not None else (instance.weight_bound or 1.0))
    if bias_bound is not None:
        bb = float(bias_bound)
    else:
        bb = instance.bias_bound if instance.bias_bound is not None else wb
    if isinstance(signs, str):
        text = signs.strip().lower()
        if text in ("", "binary", "all", "none"):
            signs = None
        elif text in ("positive", "convex", "+"):
            signs = k
        else:
            try:
                signs = int(text)
            except ValueError:
                raise InputError(f"signs must be an integer p, 'positive' or 'binary'; got {signs!r}") from None
    ob = meta.get("output_bias") if output_bias is None else output_bias
    if ob is None:
        ob = False
    if not isinstance(ob, (bool, np.bool_)):
        raise InputError(f"output_bias must be true or false, got {ob!r}")
    return ExportChoice(loss=loss, k=k, weight_bound=wb, bias_bound=float(bb), signs=signs,
                        output_bias=ob, symmetry=symmetry)


_LOSS_TAG = {"squared": "sq", "absolute": "abs", "max": "max"}


def entry_name(instance: Instance, choice: ExportChoice) -> str:
    """The instance's name, plus a suffix when the formulation differs from the instance's own."""
    parts = []
    if choice.loss != instance.loss:
        parts.append(_LOSS_TAG[choice.loss])
    if instance.k is None or choice.k != instance.k:
        parts.append(f"k{choice.k}")
    if choice.signs is not None:
        parts.append(f"p{choice.signs}")
    if instance.weight_bound is not None and choice.weight_bound != instance.weight_bound:
        parts.append(f"w{choice.weight_bound:g}")
    if instance.bias_bound is not None and choice.bias_bound != instance.bias_bound:
        parts.append(f"bb{choice.bias_bound:g}")
    if choice.output_bias and not instance.metadata.get("output_bias", False):
        parts.append("c")
    if not choice.symmetry:
        parts.append("nosym")
    return instance.name if not parts else f"{instance.name}__{'_'.join(parts)}"


# --------------------------------------------------------------------------------------------
# the exported model
# --------------------------------------------------------------------------------------------

def build_export_model(dataset: Dataset, choice: ExportChoice | FormulationOptions) -> ExportModel:
    """The formulation to write, from :func:`milp_relu.formulation.build_big_m`.

    Absolute and max losses: the MILP as built (its objective is the training loss). Squared:
    the MIQP min sum_i omega_i r_i^2 -- the same rows without tangent cuts, the epigraph columns
    t dropped and the Hessian 2 omega_i on r_i (HiGHS objective convention 0.5 x'Qx).
    """
    options = choice.formulation_options() if isinstance(choice, ExportChoice) else choice
    milp = build_big_m(dataset, options)
    return export_model_from_milp(milp)


def export_model_from_milp(milp: MilpModel, cut_points: Sequence[np.ndarray] | None = None) -> ExportModel:
    """Wrap a built :class:`MilpModel`. With ``cut_points`` (squared loss only) the result is
    the outer-approximation master: the MILP with tangent cuts t_i >= 2 r* r_i - r*^2 at each
    array of cut points; without, the squared loss gives the MIQP."""
    A = milp.A.tocsr()
    cost = milp.cost.copy()
    col_lower, col_upper = milp.col_lower.copy(), milp.col_upper.copy()
    row_lower, row_upper = milp.row_lower.copy(), milp.row_upper.copy()
    integrality = milp.integrality.copy()
    col_names = milp.col_names()
    row_names = milp.row_names()
    hessian = None
    if milp.options.loss == "squared" and cut_points is None:
        t = milp.index.loss_vars["t"]
        if t.stop != milp.num_cols:
            raise AssertionError("the epigraph columns t must be the last block")
        keep = t.start
        if A[:, t].nnz:
            raise InputError("the squared model already has cuts; export the MIQP from a model without cuts")
        A = A[:, :keep].tocsr()
        cost, col_lower, col_upper = np.zeros(keep), col_lower[:keep], col_upper[:keep]
        integrality = integrality[:keep]
        col_names = col_names[:keep]
        hessian = np.zeros(keep)
        hessian[milp.index.loss_vars["r"]] = 2.0 * milp.dataset.weights
    elif cut_points is not None:
        if milp.options.loss != "squared":
            raise InputError("tangent cuts belong to the squared loss")
        import scipy.sparse as sp

        blocks, lows, ups = [A], [row_lower], [row_upper]
        for pts in cut_points:
            C, lo, up = tangent_cuts(milp, np.asarray(pts, dtype=float))
            blocks.append(C)
            lows.append(lo)
            ups.append(up)
        A = sp.vstack(blocks, format="csr")
        row_lower, row_upper = np.concatenate(lows), np.concatenate(ups)
        row_names = row_names + [f"cut_{i}" for i in range(A.shape[0] - len(row_names))]
    return ExportModel(milp=milp, cost=cost, A=A, row_lower=row_lower, row_upper=row_upper,
                       col_lower=col_lower, col_upper=col_upper, integrality=integrality,
                       col_names=col_names, row_names=row_names, hessian=hessian)


def model_summary(model: ExportModel) -> dict[str, Any]:
    """Size counts, coefficient ranges and which solvers can take the model."""
    integrality = np.asarray(model.integrality, dtype=bool)
    fixed = integrality & (model.col_lower == model.col_upper)
    summary = {
        "kind": model.kind,
        "cols": model.num_cols,
        "rows": model.num_rows,
        "nonzeros": int(model.A.nnz),
        "binaries": int(np.count_nonzero(integrality)),
        "binaries_fixed_by_bounds": int(np.count_nonzero(fixed)),
        "continuous": int(model.num_cols - np.count_nonzero(integrality)),
        "quadratic_objective_terms": 0 if model.hessian is None else int(np.count_nonzero(model.hessian)),
        "coefficient_range": coefficient_ranges(model),
        "objective": ("sum_i omega_i r_i^2 (quadratic objective section)" if model.hessian is not None
                      else {"absolute": "sum_i omega_i (ep_i + em_i) = sum_i omega_i |r_i|",
                            "max": "tmax = max_i |r_i|",
                            "squared": "sum_i omega_i t_i (outer-approximation master)"}[model.milp.options.loss]),
    }
    if model.hessian is not None:
        summary["highs_can_solve"] = False
        summary["solvers"] = ("MIQP: SCIP (pyscipopt), Gurobi, CPLEX. HiGHS 1.x reads and writes it but cannot "
                              "solve MIQP; milp_relu solves the same problem by outer approximation (fit).")
    else:
        summary["highs_can_solve"] = True
        summary["solvers"] = "MILP: any MILP solver (HiGHS, SCIP, CBC, Gurobi, CPLEX)."
    return summary


# --------------------------------------------------------------------------------------------
# reference values
# --------------------------------------------------------------------------------------------

@dataclass
class Reference:
    """A reference value from actual solves (``tag`` is the .solu keyword without '=')."""

    tag: str  # "opt", "best", "inf", "unkn"
    value: float | None
    lower_bound: float | None
    status: str  # "easy", "hard", "open", "unknown"
    time_s: float = 0.0
    fit_status: str = ""
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"tag": self.tag, "value": self.value, "lower_bound": self.lower_bound, "status": self.status,
                "fit_status": self.fit_status, "message": self.message}


def _round_value(value: float | None) -> float | None:
    """Ten significant digits; |value| < 1e-9 (solver round-off around an optimum of 0) is 0."""
    if value is None or not math.isfinite(value):
        return None
    if abs(value) < 1e-9:
        return 0.0
    return float(f"{value:.10g}")


def reference_solve(dataset: Dataset, choice: ExportChoice, time_limit: float | None,
                    hard_time_limit: float | None = None) -> Reference:
    """Solve with :func:`milp_relu.fit` (the same options as the exported model).

    ``time_limit`` decides *easy*; if that run stops at the limit, one run with
    ``hard_time_limit`` decides *hard* (solved) or *open* (not: ``=best=``). ``time_limit``
    None or 0 skips solving (``=unkn=``).
    """
    if not time_limit:
        return Reference("unkn", None, None, "unknown", message="not solved (no time limit given)")
    from .solve import fit

    if choice.bias_bound <= 0:
        return Reference("unkn", None, None, "unknown",
                         message="fit() needs a positive bias bound; solve the model file instead")
    started = time.perf_counter()
    status_word = "easy"
    limits = [float(time_limit)] + ([float(hard_time_limit)] if hard_time_limit and hard_time_limit > time_limit else [])
    result = None
    note = ""
    for attempt, limit in enumerate(limits):
        result = fit(dataset.X, dataset.y, k=choice.k, loss=choice.loss, weight_bound=choice.weight_bound,
                     bias_bound=choice.bias_bound, sample_weight=dataset.sample_weight, signs=choice.signs,
                     output_bias=choice.output_bias, time_limit=limit, symmetry=choice.symmetry,
                     sign_mode="binary" if choice.signs is None else "split")
        if result.status == "error" and choice.signs is None:
            # the same optimum through the k + 1 fixed splits (a second, independent path)
            note = f"sign-binary solve ended in error ({result.message or 'no message'}); reference from the splits"
            result = fit(dataset.X, dataset.y, k=choice.k, loss=choice.loss, weight_bound=choice.weight_bound,
                         bias_bound=choice.bias_bound, sample_weight=dataset.sample_weight,
                         output_bias=choice.output_bias, time_limit=limit, symmetry=choice.symmetry,
                         sign_mode="split")
        if result.status == "optimal":
            status_word = "easy" if attempt == 0 else "hard"
            break
        if result.status != "time_limit":
            break
    elapsed = time.perf_counter() - started
    assert result is not None
    value, bound = _round_value(result.loss), _round_value(result.lower_bound)
    if result.status == "optimal":
        # the proven bound of a solved entry is within the gap of its value and depends on the
        # solver's path: recorded as the value, so regenerating gives the same bytes
        return Reference("opt", value, value, status_word, elapsed, result.status, note)
    if result.status == "infeasible":
        return Reference("inf", None, None, status_word, elapsed, result.status)
    if result.status == "time_limit" and value is not None:
        return Reference("best", value, bound, "open", elapsed, result.status,
                         f"not solved within {limits[-1]:g} s")
    return Reference("unkn", None, None, "unknown", elapsed, result.status, result.message)


# --------------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------------

def _check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    out = []
    for f in formats:
        f = f.strip().lower().lstrip(".")
        if f not in MODEL_FORMATS:
            raise InputError(f"unknown model format {f!r} (choose from {', '.join(MODEL_FORMATS)})")
        if f not in out:
            out.append(f)
    if not out:
        raise InputError("no model format given (use mps, lp or both)")
    return tuple(out)


def _dataset_arrays(dataset: Dataset) -> dict[str, np.ndarray]:
    arrays = {"X": dataset.X, "y": dataset.y}
    if dataset.sample_weight is not None:
        arrays["sample_weight"] = dataset.sample_weight
    return arrays


def export_instance(instance: Instance, out_dir: str | Path, choice: ExportChoice | None = None, *,
                    formats: Sequence[str] = MODEL_FORMATS, time_limit: float | None = DEFAULT_TIME_LIMIT,
                    hard_time_limit: float | None = None, tier: str | None = None,
                    update_manifest: bool = True) -> dict[str, Any]:
    """Write one library entry (data, model files, metadata) and return its manifest row.

    ``time_limit`` (None or 0: no solve) decides *easy*; ``hard_time_limit`` (default
    ``HARD_FACTOR`` times it) decides *hard* vs *open*.

    With ``update_manifest`` the entry is added to (or replaces its row in) ``out_dir``'s
    manifest and reference file; :func:`export_suite` writes those once at the end instead.
    """
    out = check_output_dir(out_dir, "library folder")
    formats = _check_formats(formats)
    choice = choice or export_choice(instance)
    check_model_size(instance.dataset.n, instance.dataset.d, choice.k)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the library folder {out}: {exc.strerror or exc}") from None
    if hard_time_limit is None and time_limit:
        hard_time_limit = HARD_FACTOR * float(time_limit)
    name = entry_name(instance, choice)
    _check_name(name)
    model = build_export_model(instance.dataset, choice)
    summary = model_summary(model)
    reference = reference_solve(instance.dataset, choice, time_limit, hard_time_limit)

    files: dict[str, str] = {"data": f"{name}.npz"}
    atomic_write_bytes(out / files["data"], npz_bytes(**_dataset_arrays(instance.dataset)))
    for fmt in formats:
        files[fmt] = f"{name}.{fmt}"
        write_model_file(model, out / files[fmt])
    checksums = {fname: sha256_file(out / fname) for fname in files.values()}

    meta = copy.deepcopy(instance.metadata)
    generator_sha = meta.pop("sha256", None)
    meta.pop("data", None)
    meta.update({
        "schema_version": SCHEMA_VERSION,
        "library_schema_version": LIBRARY_SCHEMA_VERSION,
        "name": name,
        "instance_name": instance.name,
        "data": files["data"],
        "files": files,
        "sha256": checksums,
        "formulation": {**choice.to_dict(), "builder": "milp_relu.formulation.build_big_m",
                        "export": "milp_relu.library.build_export_model",
                        "big_m": "per point: |w_j . x_i + b_j| <= weight_bound ||x_i||_1 + bias_bound "
                                 "(milp_relu.bounds.interval_preactivation_bounds)",
                        "catalogue": _catalogue_page(choice)},
        "model": summary,
        "reference": reference.to_dict(),
        "exported_by": {"milp_relu": __version__, "highs": _highs_version()},
    })
    if generator_sha is not None:
        meta["generator_sha256"] = generator_sha
    if tier is not None:
        meta["tier"] = tier
    meta_name = f"{name}.json"
    atomic_write_json(out / meta_name, meta)

    row = {
        "name": name,
        "instance": instance.name,
        "generator": meta.get("generator"),
        "params": meta.get("params"),
        "seed": meta.get("seed"),
        "tier": tier,
        "n": int(instance.dataset.n), "d": int(instance.dataset.d), "k": int(choice.k),
        "loss": choice.loss, "signs": choice.signs, "sign_mode": choice.sign_mode,
        "kind": summary["kind"], "highs_can_solve": summary["highs_can_solve"],
        "rows": summary["rows"], "cols": summary["cols"], "nonzeros": summary["nonzeros"],
        "binaries": summary["binaries"],
        "reference": {"tag": reference.tag, "value": reference.value, "lower_bound": reference.lower_bound},
        "status": reference.status,
        "files": {"metadata": meta_name, **files},
        "sha256": {**checksums, meta_name: sha256_file(out / meta_name)},
    }
    timing = {"name": name, "time_s": round(reference.time_s, 3), "fit_status": reference.fit_status}
    row["_timing"] = timing
    if update_manifest:
        existing = _read_manifest_rows_lenient(out)
        rows = [r for r in existing if r.get("name") != name] + [row]
        write_manifest(out, rows, suite=None, time_limit=time_limit, hard_time_limit=hard_time_limit,
                       timings=[timing], merge_timings=True)
    return row


def _highs_version() -> str:
    from .backends.highs import highs_version

    return highs_version()


def _catalogue_page(choice: ExportChoice) -> list[str]:
    pages = ["formulations/big_m_relu.md",
             "formulations/sign_binaries.md" if choice.signs is None else "formulations/fixed_sign_split.md",
             f"formulations/loss_{choice.loss}.md"]
    return pages


def _check_name(name: str) -> None:
    if not name or "/" in name or "\\" in name or name.startswith(".") or name in (MANIFEST, SOLU):
        raise InputError(f"entry name {name!r} is not a plain file name")


# --------------------------------------------------------------------------------------------
# manifest and .solu
# --------------------------------------------------------------------------------------------

def _fmt_value(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def solu_text(rows: Sequence[dict[str, Any]]) -> str:
    """MIPLIB .solu lines: ``=opt= NAME VALUE``, ``=best= NAME VALUE``, ``=inf= NAME``, ``=unkn= NAME``."""
    lines = []
    for row in rows:
        ref = row.get("reference") or {}
        tag = ref.get("tag", "unkn")
        if tag in ("opt", "best") and ref.get("value") is not None:
            lines.append(f"={tag}= {row['name']} {_fmt_value(ref['value'])}")
        else:
            lines.append(f"={'inf' if tag == 'inf' else 'unkn'}= {row['name']}")
    return "\n".join(lines) + ("\n" if lines else "")


def read_solu(path: str | Path) -> dict[str, tuple[str, float | None]]:
    """Parse a .solu file into {name: (tag, value)}."""
    out: dict[str, tuple[str, float | None]] = {}
    p = Path(path)
    for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        tag = parts[0].strip("=")
        if tag not in ("opt", "best", "inf", "unkn") or len(parts) < 2:
            raise InputError(f"{p}:{number}: not a .solu line: {line!r}")
        value = None
        if tag in ("opt", "best"):
            if len(parts) < 3:
                raise InputError(f"{p}:{number}: ={tag}= needs a value: {line!r}")
            try:
                value = float(parts[2])
            except ValueError:
                raise InputError(f"{p}:{number}: value {parts[2]!r} is not a number") from None
        out[parts[1]] = (tag, value)
    return out


_CSV_COLUMNS = ["name", "tier", "generator", "seed", "n", "d", "k", "loss", "sign_mode", "signs", "kind",
                "rows", "cols", "nonzeros", "binaries", "reference_tag", "reference_value", "lower_bound",
                "status", "metadata", "data", "mps", "lp", "params"]


def _manifest_csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for r in rows:
        ref = r.get("reference") or {}
        files = r.get("files") or {}
        writer.writerow([r["name"], r.get("tier") or "", r.get("generator") or "", r.get("seed"), r["n"], r["d"],
                         r["k"], r["loss"], r["sign_mode"], "" if r.get("signs") is None else r["signs"],
                         r["kind"], r["rows"], r["cols"], r["nonzeros"], r["binaries"], ref.get("tag", "unkn"),
                         _fmt_value(ref.get("value")), _fmt_value(ref.get("lower_bound")), r["status"],
                         files.get("metadata", ""), files.get("data", ""), files.get("mps", ""),
                         files.get("lp", ""), json.dumps(r.get("params"), sort_keys=True)])
    return buffer.getvalue()


def write_manifest(out_dir: str | Path, rows: Sequence[dict[str, Any]], suite: str | None,
                   time_limit: float | None, hard_time_limit: float | None,
                   timings: Sequence[dict[str, Any]] | None = None, merge_timings: bool = False,
                   extra_timing: dict[str, Any] | None = None) -> Path:
    """Write reference.solu, manifest.csv, timings.json and (last) manifest.json."""
    out = Path(out_dir)
    clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    clean.sort(key=lambda r: r["name"])
    atomic_write_text(out / SOLU, solu_text(clean))
    atomic_write_text(out / MANIFEST_CSV, _manifest_csv(clean))
    timing_rows = list(timings or [])
    if merge_timings and (out / TIMINGS).is_file():
        try:
            old = json.loads((out / TIMINGS).read_text(encoding="utf-8")).get("instances", [])
        except (json.JSONDecodeError, AttributeError):
            old = []
        names = {t["name"] for t in timing_rows}
        timing_rows = [t for t in old if t.get("name") not in names] + timing_rows
    timing_doc = {"note": "wall-clock times of the reference solves (not checksummed; vary run to run)",
                  "instances": sorted(timing_rows, key=lambda t: t["name"])}
    if extra_timing:
        timing_doc.update(extra_timing)
    atomic_write_json(out / TIMINGS, timing_doc)
    manifest = {
        "library_schema_version": LIBRARY_SCHEMA_VERSION,
        "schema_version": SCHEMA_VERSION,
        "milp_relu": __version__,
        "highs": _highs_version(),
        "suite": suite,
        "time_limit": time_limit,
        "hard_time_limit": hard_time_limit,
        "status_meaning": {"easy": "solved to optimality by fit() within time_limit",
                           "hard": "solved only within hard_time_limit",
                           "open": "not solved; reference is the best verified loss (=best=)",
                           "unknown": "not solved (no time limit given) or the solve failed"},
        "reference_file": SOLU,
        "csv": MANIFEST_CSV,
        "sha256": {SOLU: sha256_file(out / SOLU), MANIFEST_CSV: sha256_file(out / MANIFEST_CSV)},
        "instances": clean,
    }
    return atomic_write_json(out / MANIFEST, manifest)


def _read_manifest_rows_lenient(folder: Path) -> list[dict[str, Any]]:
    path = folder / MANIFEST
    if not path.is_file():
        return []
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        raise InputError(f"{path}: existing manifest is not valid JSON; remove it or export to a new folder") from None
    if doc.get("library_schema_version") != LIBRARY_SCHEMA_VERSION:
        raise InputError(f"{path}: existing manifest has library_schema_version "
                         f"{doc.get('library_schema_version')!r}, this milp_relu writes {LIBRARY_SCHEMA_VERSION}")
    return list(doc.get("instances", []))


# --------------------------------------------------------------------------------------------
# suites
# --------------------------------------------------------------------------------------------

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
    from .generators import benchmark_suite_specs

    items = []
    for gen, params, seed in benchmark_suite_specs("quick"):
        n, k = params["n"], params["k"]
        tier = "easy" if n * k <= 40 else ("medium" if n * k <= 60 else "hard")
        items.append(SuiteItem(tier, gen, params, seed))
    items += [
        _planted("hard", 11, n=60, d=2, k=3, inputs="ball", noise=0.05, loss="absolute"),
        _planted("hard", 12, n=50, d=3, k=2, inputs="gaussian", noise=0.1, loss="squared"),
        _planted("hard", 13, n=80, d=2, k=2, inputs="box", noise=0.1, loss="max"),
    ]
    return items


def suite_items(name: str) -> list[SuiteItem]:
    """The entries of a library suite.

    * ``curated``: the checked-in library -- every generator (YES and NO sides) and the planted
      benchmark suite, in easy / medium / hard tiers;
    * ``quick``: the planted benchmark suite alone (:func:`milp_relu.generators.benchmark_suite`);
    * ``tiny``: three small entries (one per loss), for tests and demonstrations.
    """
    if name == "curated":
        return list(_CURATED) + _planted_tiers()
    if name == "quick":
        return _planted_tiers()[:10]
    if name == "tiny":
        return [_planted("easy", 0, n=8, d=1, k=1, loss="absolute"),
                _planted("easy", 1, n=8, d=1, k=2, loss="max"),
                _planted("easy", 2, n=8, d=1, k=1, loss="squared", noise=0.1)]
    raise InputError(f"unknown library suite {name!r} (choose one of {', '.join(LIBRARY_SUITES)})")


LIBRARY_SUITES = ("curated", "quick", "tiny")


def export_suite(name: str, out_dir: str | Path, *, formats: Sequence[str] = MODEL_FORMATS,
                 time_limit: float | None = DEFAULT_TIME_LIMIT, hard_time_limit: float | None = None,
                 loss: str | None = None, signs: int | str | None = None,
                 progress: Any = None) -> list[dict[str, Any]]:
    """Export every entry of suite ``name`` into ``out_dir`` and write its manifest (replacing one
    that is there; files the old manifest listed and the new one does not are removed)."""
    from .generators import generate

    items = suite_items(name)
    out = check_output_dir(out_dir, "library folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the library folder {out}: {exc.strerror or exc}") from None
    old_rows = _read_manifest_rows_lenient(out)
    if hard_time_limit is None and time_limit:
        hard_time_limit = HARD_FACTOR * float(time_limit)
    started = time.perf_counter()
    rows = []
    for item in items:
        instance = generate(item.generator, seed=item.seed, **item.params)
        choice = export_choice(instance, loss=loss or item.overrides.get("loss"),
                               signs=signs if signs is not None else item.overrides.get("signs"))
        row = export_instance(instance, out, choice, formats=formats, time_limit=time_limit,
                              hard_time_limit=hard_time_limit, tier=item.tier, update_manifest=False)
        rows.append(row)
        if progress is not None:
            progress(row)
    names = [r["name"] for r in rows]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputError(f"suite {name!r} gives duplicate entry names: {', '.join(duplicates)}")
    elapsed = time.perf_counter() - started
    write_manifest(out, rows, suite=name, time_limit=time_limit, hard_time_limit=hard_time_limit,
                   timings=[r["_timing"] for r in rows],
                   extra_timing={"suite": name, "total_s": round(elapsed, 1)})
    keep = {f for r in rows for f in r["files"].values()}
    for old in old_rows:
        for fname in (old.get("files") or {}).values():
            if fname not in keep:
                try:
                    path = resolve_inside(out, str(fname), "stale file")
                except InputError:
                    continue
                if path.is_file():
                    path.unlink()
    return rows


# --------------------------------------------------------------------------------------------
# import
# --------------------------------------------------------------------------------------------

@dataclass
class LibraryEntry:
    """One loaded entry: the instance (data and metadata), its manifest row and file paths."""

    instance: Instance
    row: dict[str, Any]
    paths: dict[str, Path]

    @property
    def name(self) -> str:
        return str(self.row["name"])

    @property
    def choice(self) -> ExportChoice:
        f = self.instance.metadata["formulation"]
        return ExportChoice(loss=f["loss"], k=f["k"], weight_bound=f["weight_bound"], bias_bound=f["bias_bound"],
                            signs=f["signs"], output_bias=f["output_bias"], symmetry=f["symmetry"])

    @property
    def reference(self) -> dict[str, Any]:
        return dict(self.row.get("reference") or {})


@dataclass
class Library:
    folder: Path
    manifest: dict[str, Any]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self.manifest["instances"])

    @property
    def names(self) -> list[str]:
        return [r["name"] for r in self.rows]

    def row(self, name: str) -> dict[str, Any]:
        for r in self.rows:
            if r["name"] == name:
                return r
        raise InputError(f"{self.folder / MANIFEST}: no entry named {name!r}")

    def load(self, name: str, verify: bool = True) -> LibraryEntry:
        return _load_row(self.folder, self.row(name), verify)

    def __iter__(self):
        for r in self.rows:
            yield _load_row(self.folder, r, True)


def _check(path: Path, expected: str | None, what: str) -> None:
    if expected is None:
        raise InputError(f"{path}: no sha256 recorded for this {what}; refusing an unverifiable file")
    if not isinstance(expected, str):
        raise InputError(f"{path}: the sha256 recorded for this {what} is not a hex digest: {expected!r:.40}")
    if not path.is_file():
        raise InputError(f"{path}: {what} listed in the manifest is missing")
    actual = sha256_file(path)
    if actual != expected:
        raise InputError(f"{path}: sha256 mismatch for the {what} (recorded {expected[:16]}..., file is "
                         f"{actual[:16]}...): the file was changed or corrupted")


def load_library(folder: str | Path, verify: bool = True) -> Library:
    """Read a library's manifest; with ``verify`` check the version and the manifest's own files."""
    root = usable_path(folder, "library folder")
    path = usable_path(root / MANIFEST if root.is_dir() or not root.suffix else root, "library manifest")
    root = path.parent
    if not path.is_file():
        raise InputError(f"no library manifest at {path}")
    doc = read_json(path, "library manifest")
    if not isinstance(doc, dict) or not isinstance(doc.get("instances"), list):
        raise InputError(f"{path}: a manifest must be an object with an 'instances' list")
    version = doc.get("library_schema_version")
    if version != LIBRARY_SCHEMA_VERSION:
        raise InputError(f"{path}: library_schema_version {version!r} is not supported "
                         f"(this milp_relu reads {LIBRARY_SCHEMA_VERSION})")
    for i, row in enumerate(doc["instances"]):
        if not isinstance(row, dict) or not isinstance(row.get("name"), str) or not isinstance(row.get("files"), dict):
            raise InputError(f"{path}: instance row {i} lacks 'name' or 'files'")
        for key in ("sha256", "reference"):
            if row.get(key) is not None and not isinstance(row[key], dict):
                raise InputError(f"{path}: instance row {i} ({row['name']!r}): {key!r} must be an object")
        for role, fname in row["files"].items():
            if not isinstance(fname, str):
                raise InputError(f"{path}: instance row {i} ({row['name']!r}): file {role!r} must be a file name")
            resolve_inside(root, fname, f"{row['name']}: {role}")
    if doc.get("sha256") is not None and not isinstance(doc["sha256"], dict):
        raise InputError(f"{path}: 'sha256' must be an object of file name to digest")
    if not isinstance(doc.get("reference_file", SOLU), str):
        raise InputError(f"{path}: 'reference_file' must be a file name")
    if verify:
        for fname, digest in (doc.get("sha256") or {}).items():
            _check(resolve_inside(root, str(fname), "manifest file"), digest, "manifest file")
    return Library(root, doc)


def _load_row(root: Path, row: dict[str, Any], verify: bool) -> LibraryEntry:
    from .data import load_dataset
    from .instance import read_metadata

    name = row["name"]
    paths = {role: resolve_inside(root, str(fname), f"{name}: {role}") for role, fname in row["files"].items()}
    for role in ("metadata", "data"):
        if role not in paths:
            raise InputError(f"{root / MANIFEST}: entry {name!r} names no {role} file")
    sums = row.get("sha256") or {}
    if verify:
        for role, p in paths.items():
            found = checksums_for(sums, root, p)  # './x.npz' and 'x.npz' name the same file
            expected = sums.get(row["files"][role], found[0] if found else None)
            for digest in {expected, *found} - {None}:
                _check(p, digest, f"{role} file of {name!r}")
            if expected is None:
                _check(p, None, f"{role} file of {name!r}")
    meta = read_metadata(paths["metadata"])
    if meta.get("library_schema_version") != LIBRARY_SCHEMA_VERSION:
        raise InputError(f"{paths['metadata']}: library_schema_version {meta.get('library_schema_version')!r} "
                         f"is not supported (this milp_relu reads {LIBRARY_SCHEMA_VERSION})")
    if verify:
        for fname, digest in (meta.get("sha256") or {}).items():
            p = resolve_inside(paths["metadata"].parent, str(fname), f"{name}: checksummed file")
            _check(p, digest, f"file {fname!r} of {name!r} (metadata checksum)")
    data_path = resolve_inside(paths["metadata"].parent, str(meta["data"]), f"{name}: data")
    if data_path != paths["data"]:
        raise InputError(f"{paths['metadata']}: names data {meta['data']!r} but the manifest says "
                         f"{row['files']['data']!r}")
    dataset = load_dataset(data_path)
    return LibraryEntry(Instance(dataset, meta), row, paths)


def load_entry(path: str | Path, name: str | None = None, verify: bool = True) -> LibraryEntry:
    """One entry: ``path`` is a library folder or manifest (then ``name`` picks the row), or an
    entry's metadata .json inside a library folder."""
    p = Path(path)
    if p.suffix.lower() == ".json" and p.name != MANIFEST:
        lib = load_library(p.parent, verify=verify)
        for row in lib.rows:
            if row["files"].get("metadata") == p.name:
                return _load_row(lib.folder, row, verify)
        raise InputError(f"{p}: not listed in the manifest of {p.parent}")
    if name is None:
        raise InputError("give the entry name to load from a library folder")
    return load_library(p, verify=verify).load(name, verify=verify)


#: What reading a damaged library can raise besides InputError; verify_library reports them.
_DAMAGE = (InputError, OSError, ValueError, TypeError, KeyError, AttributeError)


def verify_library(folder: str | Path) -> list[str]:
    """Every problem found in a library (empty list: all files present and checksums match).

    Never raises for a damaged library: each problem, whatever it is, becomes one entry.
    """
    problems = []
    try:
        lib = load_library(folder)
    except _DAMAGE as exc:
        return [_problem(exc)]
    for row in lib.rows:
        try:
            _load_row(lib.folder, row, True)
        except _DAMAGE as exc:
            problems.append(_problem(exc))
    try:
        solu = read_solu(lib.folder / lib.manifest.get("reference_file", SOLU))
        for row in lib.rows:
            tag, value = solu.get(row["name"], ("missing", None))
            ref = row.get("reference") or {}
            if tag != ref.get("tag") or value != ref.get("value"):
                problems.append(f"{SOLU}: {row['name']} is {tag} {value}, the manifest says "
                                f"{ref.get('tag')} {ref.get('value')}")
    except _DAMAGE as exc:
        problems.append(_problem(exc))
    return problems


def _problem(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"


# --------------------------------------------------------------------------------------------
# golden .lp files of the formulation catalogue
# --------------------------------------------------------------------------------------------

def golden_dataset() -> Dataset:
    """Three points in one dimension: the dataset of every golden .lp file."""
    return Dataset(np.array([[-1.0], [0.5], [1.0]]), np.array([0.0, 1.0, -0.5]))


def golden_models() -> dict[str, ExportModel]:
    """The catalogue's tiny models by file stem (k = 2, weight and bias bound 1)."""
    data = golden_dataset()

    def opts(loss: str, signs: tuple[float, ...] | None) -> FormulationOptions:
        return FormulationOptions(k=2, loss=loss, weight_bound=1.0, bias_bound=1.0, signs=signs)

    out = {
        "sign_binaries_absolute": build_export_model(data, opts("absolute", None)),
        "fixed_split_p1_absolute": build_export_model(data, opts("absolute", (1.0, -1.0))),
        "fixed_split_p2_absolute": build_export_model(data, opts("absolute", (1.0, 1.0))),
        "sign_binaries_max": build_export_model(data, opts("max", None)),
        "sign_binaries_squared_miqp": build_export_model(data, opts("squared", None)),
    }
    master = build_big_m(data, opts("squared", (1.0, -1.0)))
    out["fixed_split_p1_squared_oa_master"] = export_model_from_milp(master, [-data.y, np.zeros(3)])
    return out


def write_golden(folder: str | Path) -> list[Path]:
    """(Re)write the golden .lp files of the formulation catalogue into ``folder``."""
    folder = Path(folder)
    return [write_model_file(model, folder / f"{stem}.lp") for stem, model in sorted(golden_models().items())]


if __name__ == "__main__":  # pragma: no cover - python -m milp_relu.library golden DIR
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "golden":
        for written in write_golden(sys.argv[2]):
            print(written)
    else:
        print("usage: python -m milp_relu.library golden DIR")
        sys.exit(2)
