"""``milp-relu export``: write instances as MPS/LP with data, metadata and reference values."""
from __future__ import annotations

import math
import time
from pathlib import Path

import click

from ..errors import InputError
from ..network import LOSSES
from .solve_instance import loss_params
from .solver_option import check_solver, solver_option


def _load_any(path: Path, k: int | None, loss: str | None):
    """An Instance from an instance .json, or from plain data (.npz / .csv) with k and loss."""
    from ..instance import Instance, load_instance

    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.suffix.lower() == ".json":
        return load_instance(path)
    from ..data import load_dataset

    dataset = load_dataset(path)
    meta = {"name": path.stem, "generator": None, "params": None, "seed": None,
            "source": {"file": path.name}, "k": k or 1, "loss": loss or "squared", "n": dataset.n, "d": dataset.d}
    return Instance(dataset, meta)


@click.command("export")
@click.argument("instance", required=False, type=click.Path(path_type=Path))
@click.option("--suite", default=None, help="Export a whole library suite: curated (the checked-in instances/), "
                                            "quick (the planted benchmark suite) or tiny.")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="Library folder to write into.")
@click.option("--formats", default="mps,lp", show_default=True, help="Comma-separated model formats: mps, lp.")
@click.option("--loss", type=click.Choice(LOSSES), default=None, help="Override the instance's loss.")
@click.option("--huber-delta", type=float, default=None,
              help="delta > 0 of --loss huber, in the labels' units (required with it; default the instance's).")
@click.option("--k", "k", type=int, default=None, help="Override the instance's k.")
@click.option("--signs", default=None,
              help="Fixed sign split P (P positive units) or 'positive'; default: sign binaries (the whole problem).")
@click.option("--weight-bound", type=float, default=None, help="Override the weight box.")
@click.option("--bias-bound", type=float, default=None, help="Override the bias box.")
@click.option("--time-limit", type=float, default=10.0, show_default=True,
              help="Seconds for the reference solve that decides 'easy'; 0 skips solving (=unkn=).")
@click.option("--hard-time-limit", type=float, default=None,
              help="Seconds for the second solve that decides 'hard' vs 'open' (default 6x --time-limit).")
@solver_option("Solver that computes the reference optima (the models are solver-neutral files).")
def command(instance: Path | None, suite: str | None, out: Path, formats: str, loss: str | None,
            huber_delta: float | None, k: int | None,
            signs: str | None, weight_bound: float | None, bias_bound: float | None, time_limit: float,
            hard_time_limit: float | None, solver: str) -> None:
    """Export INSTANCE (an instance .json, or .npz/.csv data) or a whole --suite into OUT.

    Writes per entry NAME.npz (data), NAME.mps / NAME.lp (the big-M MILP; for the squared and
    Huber losses the MIQP, which SCIP or Gurobi solve and HiGHS cannot), NAME.json (metadata and checksums), and
    for the folder manifest.json, manifest.csv, reference.solu and timings.json.
    """
    from .. import library

    from ..fileio import check_output_dir
    from ..limits import check_k

    fmts = [f.strip() for f in formats.split(",") if f.strip()]
    if not (time_limit >= 0 and math.isfinite(time_limit)):
        raise InputError(f"--time-limit must be >= 0 and finite, got {time_limit}")
    if hard_time_limit is not None and not (hard_time_limit > 0 and math.isfinite(hard_time_limit)):
        raise InputError(f"--hard-time-limit must be positive and finite, got {hard_time_limit}")
    if k is not None:
        check_k(k, "--k")
    check_solver(solver)
    check_output_dir(out, "--out")
    if (instance is None) == (suite is None):
        raise InputError("give either INSTANCE or --suite NAME (not both)")
    started = time.perf_counter()
    if suite is not None:
        if k is not None or weight_bound is not None or bias_bound is not None or huber_delta is not None:
            raise InputError("--k, --weight-bound, --bias-bound and --huber-delta apply to one INSTANCE, not to a --suite")
        if loss is not None:
            loss_params(loss, None)  # a loss that needs a parameter (huber) cannot be given to a suite

        def progress(row: dict) -> None:
            ref = row["reference"]
            click.echo(f"{row['name']}: {row['kind']} {row['rows']} rows, {row['cols']} cols, "
                       f"{row['binaries']} binaries; ={ref['tag']}= {ref['value']} ({row['status']})", err=True)

        rows = library.export_suite(suite, out, formats=fmts, time_limit=time_limit or None,
                                    hard_time_limit=hard_time_limit, loss=loss, signs=signs, progress=progress,
                                    solver=solver)
        size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
        tiers: dict[str, int] = {}
        statuses: dict[str, int] = {}
        for r in rows:
            tiers[r["tier"]] = tiers.get(r["tier"], 0) + 1
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        click.echo(f"exported {len(rows)} entries of suite {suite!r} to {out} ({size / 1e6:.2f} MB) in "
                   f"{time.perf_counter() - started:.1f} s; tiers {dict(sorted(tiers.items()))}; "
                   f"status {dict(sorted(statuses.items()))}")
        return
    inst = _load_any(instance, k, loss)
    own = inst.loss or "squared"
    params = loss_params(loss or own, huber_delta, {"loss": own, **inst.loss_params})
    choice = library.export_choice(inst, loss=loss, k=k, signs=signs, weight_bound=weight_bound,
                                   bias_bound=bias_bound, **params)
    row = library.export_instance(inst, out, choice, formats=fmts, time_limit=time_limit or None,
                                  hard_time_limit=hard_time_limit, solver=solver)
    ref = row["reference"]
    files = ", ".join(v for key, v in row["files"].items())
    click.echo(f"{row['name']}: {row['kind']} {row['rows']} rows, {row['cols']} cols, {row['binaries']} binaries; "
               f"={ref['tag']}= {ref['value']} ({row['status']}); wrote {files} into {out}")
