"""``milp-relu sweep CONFIG --db results.sqlite [--workers N] [--dask ADDRESS]``."""
from __future__ import annotations

import os

import click

from .solver_option import check_solver, solver_option


@click.command("sweep")
@click.argument("config", type=click.Path(dir_okay=False))
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="SQLite results database (created if missing; finished runs are skipped).")
@click.option("--workers", "-j", type=int, default=None,
              help="Local worker processes, one HiGHS solve (threads=1) each. Default: CPU count.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run on a dask.distributed scheduler (tcp://host:8786), or 'local[:N]' for a LocalCluster.")
@click.option("--retry-errors", is_flag=True, help="Re-run runs whose stored status is error.")
@click.option("--max-runs", type=int, default=None, help="Stop after this many new runs.")
@click.option("--dry-run", is_flag=True, help="Validate and list what would run, then stop.")
@click.option("--no-progress", is_flag=True, help="No progress bar (a summary line only).")
@solver_option("MILP solver of every run (default: the file's [solver] solver, else highs); recorded "
               "in each run's options unless highs.")
def command(config: str, db: str, workers: int | None, dask_address: str | None, retry_errors: bool,
            max_runs: int | None, dry_run: bool, no_progress: bool, solver: str) -> None:
    """Run the runtime-scaling sweep described in CONFIG (TOML or YAML); see docs/sweeps.md."""
    from ..errors import InputError
    from ..results_store import ResultsStore
    from ..sweep import plan, run_sweep
    from ..sweep_config import load_config, with_solver

    from ..limits import MAX_WORKERS, check_int
    from ..sweep import local_cluster_size

    if workers is not None:
        check_int(workers, "--workers", 1, MAX_WORKERS)
    if dask_address is not None:
        if not dask_address.strip():
            raise InputError("--dask needs an address (tcp://host:8786) or 'local[:N]'")
        local_cluster_size(dask_address)
    if workers is not None and dask_address:
        raise InputError("give --workers or --dask, not both (dask workers are set on the cluster)")
    if max_runs is not None and max_runs < 0:
        raise InputError(f"--max-runs must be >= 0, got {max_runs}")
    check_solver(solver)
    cfg = load_config(config)
    if click.get_current_context().get_parameter_source("solver") != click.core.ParameterSource.DEFAULT:
        cfg = with_solver(cfg, solver)
    if not dry_run:
        from ..fileio import check_output_path

        check_output_path(db, "--db")
    if dry_run:
        with ResultsStore(db) as store:
            todo, skipped = plan(cfg, store, retry_errors)
        click.echo(f"sweep {cfg.name!r}: {len(cfg.runs)} runs, {skipped} already in {db}, {len(todo)} to run")
        for spec in todo[: max_runs if max_runs is not None else len(todo)]:
            click.echo(f"  {spec.run_key}  {spec.family}  {dict(spec.params)}  seed={spec.seed} "
                       f"k={spec.k} loss={spec.loss} rep={spec.repetition}")
        return
    summary = run_sweep(cfg, db, workers=workers or min(os.cpu_count() or 1, MAX_WORKERS), dask=dask_address,
                        progress=not no_progress, retry_errors=retry_errors, max_runs=max_runs,
                        echo=lambda text: click.echo(text, err=True))
    click.echo(summary.line())
    for failure in summary.failures[-5:]:
        click.echo(f"  error: {failure}", err=True)
    if summary.interrupted:
        raise SystemExit(130)


if __name__ == "__main__":  # pragma: no cover - python -m milp_relu.commands.sweep
    command()
