"""``milp-relu report --db results.sqlite --out DIR``."""
from __future__ import annotations

import click


@click.command("report")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
              help="SQLite results database written by milp-relu sweep.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Folder for report.md, fits.json/csv and the PNG/SVG plots.")
@click.option("--sweep", "sweep_names", multiple=True, help="Only rows of these sweep names.")
@click.option("--time", "time_kind", type=click.Choice(["wall", "cpu"]), default="wall", show_default=True,
              help="Fit wall-clock seconds, or CPU seconds (robust on a loaded machine).")
def command(db: str, out: str, sweep_names: tuple[str, ...], time_kind: str) -> None:
    """Fit growth models to a sweep's run times and write plots and report.md."""
    from ..report import build_report

    result = build_report(db, out, sweeps=list(sweep_names) or None, time=time_kind)
    click.echo(f"wrote {result.report_path} ({len(result.fits)} fits, {len(result.plots)} plots)")


if __name__ == "__main__":  # pragma: no cover
    command()
