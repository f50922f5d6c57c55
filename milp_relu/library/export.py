"""Writing entries: data (.npz), model files (.mps / .lp), metadata (.json); whole suites."""
from __future__ import annotations

import copy
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..backends.files import MODEL_FORMATS, ExportModel, write_model_file
from ..data import Dataset
from ..errors import InputError
from ..fileio import atomic_write_bytes, atomic_write_json, check_output_dir, npz_bytes, sha256_file
from ..instance import SCHEMA_VERSION, Instance, resolve_inside
from ..limits import check_model_size
from .choice import ExportChoice, entry_name, export_choice
from .layout import DEFAULT_TIME_LIMIT, HARD_FACTOR, LIBRARY_SCHEMA_VERSION, MANIFEST, SOLU
from .manifest import _highs_version, _read_manifest_rows_lenient, write_manifest
from .model import build_export_model, model_summary
from .reference import Reference, reference_solve
from .suites import suite_items


def _check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The model formats, normalised ('.MPS' is mps) and without repeats; refuses unknown ones."""
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


def _catalogue_page(choice: ExportChoice) -> list[str]:
    pages = ["formulations/big_m_relu.md",
             "formulations/sign_binaries.md" if choice.signs is None else "formulations/fixed_sign_split.md",
             f"formulations/loss_{choice.loss}.md"]
    return pages


def _check_name(name: str) -> None:
    if not name or "/" in name or "\\" in name or name.startswith(".") or name in (MANIFEST, SOLU):
        raise InputError(f"entry name {name!r} is not a plain file name")


def _create_folder(out: Path) -> None:
    """Create the (checked) library folder if need be."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the library folder {out}: {exc.strerror or exc}") from None


def _hard_limit(time_limit: float | None, hard_time_limit: float | None) -> float | None:
    """``hard_time_limit``, by default ``HARD_FACTOR`` times a given ``time_limit``."""
    if hard_time_limit is None and time_limit:
        return HARD_FACTOR * float(time_limit)
    return hard_time_limit


def _write_entry_files(out: Path, name: str, dataset: Dataset, model: ExportModel,
                       formats: Sequence[str]) -> dict[str, str]:
    """Write NAME.npz and one model file per format; their names by role."""
    files: dict[str, str] = {"data": f"{name}.npz"}
    atomic_write_bytes(out / files["data"], npz_bytes(**_dataset_arrays(dataset)))
    for fmt in formats:
        files[fmt] = f"{name}.{fmt}"
        write_model_file(model, out / files[fmt])
    return files


def _formulation_record(choice: ExportChoice) -> dict[str, Any]:
    """The ``formulation`` object of an entry's metadata."""
    return {**choice.to_dict(), "builder": "milp_relu.formulation.build_big_m",
            "export": "milp_relu.library.build_export_model",
            "big_m": "per point: |w_j . x_i + b_j| <= weight_bound ||x_i||_1 + bias_bound "
                     "(milp_relu.bounds.interval_preactivation_bounds)",
            "catalogue": _catalogue_page(choice)}


def _entry_metadata(instance: Instance, name: str, choice: ExportChoice, files: dict[str, str],
                    checksums: dict[str, str], summary: dict[str, Any], reference: Reference,
                    tier: str | None) -> dict[str, Any]:
    """The entry's .json: the generator's metadata, the formulation, the model and the reference."""
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
        "formulation": _formulation_record(choice),
        "model": summary,
        "reference": reference.to_dict(),
        "exported_by": {"milp_relu": __version__, "highs": _highs_version()},
    })
    if generator_sha is not None:
        meta["generator_sha256"] = generator_sha
    if tier is not None:
        meta["tier"] = tier
    return meta


def _manifest_row(instance: Instance, meta: dict[str, Any], choice: ExportChoice, summary: dict[str, Any],
                  reference: Reference, tier: str | None) -> dict[str, Any]:
    """The entry's manifest row, without the files and their checksums."""
    return {
        "name": meta["name"],
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
    }


def export_instance(instance: Instance, out_dir: str | Path, choice: ExportChoice | None = None, *,
                    formats: Sequence[str] = MODEL_FORMATS, time_limit: float | None = DEFAULT_TIME_LIMIT,
                    hard_time_limit: float | None = None, tier: str | None = None,
                    update_manifest: bool = True, solver: str = "highs") -> dict[str, Any]:
    """Write one library entry (data, model files, metadata) and return its manifest row.

    ``time_limit`` (None or 0: no solve) decides *easy*; ``hard_time_limit`` (default
    ``HARD_FACTOR`` times it) decides *hard* vs *open*. ``solver`` names the backend that
    computes the reference optimum (:func:`milp_relu.fit`'s ``solver``).

    With ``update_manifest`` the entry is added to (or replaces its row in) ``out_dir``'s
    manifest and reference file; :func:`export_suite` writes those once at the end instead.

    Returns
    -------
    dict
        The manifest row, plus ``_timing`` (the solve time, kept out of the manifest).
    """
    out = check_output_dir(out_dir, "library folder")
    formats = _check_formats(formats)
    choice = choice or export_choice(instance)
    check_model_size(instance.dataset.n, instance.dataset.d, choice.k)
    _create_folder(out)
    hard_time_limit = _hard_limit(time_limit, hard_time_limit)
    name = entry_name(instance, choice)
    _check_name(name)
    model = build_export_model(instance.dataset, choice)
    summary = model_summary(model)
    reference = reference_solve(instance.dataset, choice, time_limit, hard_time_limit, solver)
    files = _write_entry_files(out, name, instance.dataset, model, formats)
    checksums = {fname: sha256_file(out / fname) for fname in files.values()}
    meta = _entry_metadata(instance, name, choice, files, checksums, summary, reference, tier)
    meta_name = f"{name}.json"
    atomic_write_json(out / meta_name, meta)
    row = _manifest_row(instance, meta, choice, summary, reference, tier)
    row["files"] = {"metadata": meta_name, **files}
    row["sha256"] = {**checksums, meta_name: sha256_file(out / meta_name)}
    timing = {"name": name, "time_s": round(reference.time_s, 3), "fit_status": reference.fit_status}
    row["_timing"] = timing
    if update_manifest:
        existing = _read_manifest_rows_lenient(out)
        rows = [r for r in existing if r.get("name") != name] + [row]
        write_manifest(out, rows, suite=None, time_limit=time_limit, hard_time_limit=hard_time_limit,
                       timings=[timing], merge_timings=True)
    return row


def _remove_stale(out: Path, old_rows: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """Remove the files the old manifest listed and the new rows do not (inside the folder only)."""
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


def _check_unique(name: str, rows: list[dict[str, Any]]) -> None:
    names = [r["name"] for r in rows]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputError(f"suite {name!r} gives duplicate entry names: {', '.join(duplicates)}")


def export_suite(name: str, out_dir: str | Path, *, formats: Sequence[str] = MODEL_FORMATS,
                 time_limit: float | None = DEFAULT_TIME_LIMIT, hard_time_limit: float | None = None,
                 loss: str | None = None, signs: int | str | None = None,
                 progress: Any = None, solver: str = "highs") -> list[dict[str, Any]]:
    """Export every entry of suite ``name`` into ``out_dir`` and write its manifest.

    A manifest already there is replaced; files the old manifest listed and the new one does
    not are removed.

    Parameters
    ----------
    name : str
        A suite of :data:`milp_relu.library.suites.SUITES`.
    out_dir : str or Path
    formats, time_limit, hard_time_limit, solver :
        As for :func:`export_instance`.
    loss, signs : optional
        Override every entry's loss or sign choice (else each item's overrides apply).
    progress : callable, optional
        Called with each manifest row as it is written.

    Returns
    -------
    list of dict
        The manifest rows, in suite order.
    """
    from ..generators import generate

    items = suite_items(name)
    out = check_output_dir(out_dir, "library folder")
    _create_folder(out)
    old_rows = _read_manifest_rows_lenient(out)
    hard_time_limit = _hard_limit(time_limit, hard_time_limit)
    started = time.perf_counter()
    rows = []
    for item in items:
        instance = generate(item.generator, seed=item.seed, **item.params)
        choice = export_choice(instance, loss=loss or item.overrides.get("loss"),
                               signs=signs if signs is not None else item.overrides.get("signs"))
        row = export_instance(instance, out, choice, formats=formats, time_limit=time_limit,
                              hard_time_limit=hard_time_limit, tier=item.tier, update_manifest=False,
                              solver=solver)
        rows.append(row)
        if progress is not None:
            progress(row)
    _check_unique(name, rows)
    elapsed = time.perf_counter() - started
    write_manifest(out, rows, suite=name, time_limit=time_limit, hard_time_limit=hard_time_limit,
                   timings=[r["_timing"] for r in rows],
                   extra_timing={"suite": name, "total_s": round(elapsed, 1)})
    _remove_stale(out, old_rows, rows)
    return rows
