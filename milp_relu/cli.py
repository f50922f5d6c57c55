"""The ``milp-relu`` command line.

Subcommands live in :mod:`milp_relu.commands`, one module each; this module only builds the
group and turns milp_relu's own errors into one clear line and exit code 2.
"""
from __future__ import annotations

import sys

import click

from . import __version__
from .errors import InputError, MilpReluError


class _Group(click.Group):
    """A click group that reports milp_relu errors as one line, never a traceback."""

    def invoke(self, ctx: click.Context):  # noqa: D401 - click API
        try:
            return super().invoke(ctx)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)
        except MilpReluError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="milp-relu")
def main() -> None:
    """Train depth-2 ReLU networks to certified global optimality (big-M MILP on HiGHS)."""


def _register() -> None:
    from .commands import solve_instance

    main.add_command(solve_instance.command)
    # further subcommands register here, one line each
    from .commands import generate as generate_command, verify_instance  # issue 3
    main.add_command(generate_command.command); main.add_command(verify_instance.command)  # issue 3
    from .commands import report as report_command, sweep as sweep_command  # issue 6
    main.add_command(sweep_command.command)
    main.add_command(report_command.command)
    from .commands import export as export_command; main.add_command(export_command.command)  # issue 4


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
