"""The ``milp-relu`` command line.

Subcommands live in :mod:`milp_relu.commands`, one module each; this module only builds the
group and turns milp_relu's own errors into one clear line and exit code 2.
"""
from __future__ import annotations

import os
import sys

import click

from . import __version__
from .errors import InputError, MilpReluError


class _Group(click.Group):
    """A click group that reports every error as one ``error: ...`` line, never a traceback.

    Bad input (milp_relu's :class:`InputError`, click's usage errors, a file the system refuses)
    exits with code 2; other milp_relu errors with 1. An unexpected exception is a bug: it is
    reported as one ``error: internal error ...`` line and exit code 1 (set the environment
    variable ``MILP_RELU_TRACEBACK=1`` to see the traceback).
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:  # noqa: D401 - click API
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            _usage_line(exc)
            ctx.exit(2)

    def invoke(self, ctx: click.Context):  # noqa: D401 - click API
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except click.UsageError as exc:
            _usage_line(exc)
            ctx.exit(2)
        except click.ClickException as exc:
            click.echo(f"error: {_one_line(exc.format_message())}", err=True)
            ctx.exit(exc.exit_code)
        except InputError as exc:
            click.echo(f"error: {_one_line(str(exc))}", err=True)
            ctx.exit(2)
        except MilpReluError as exc:
            click.echo(f"error: {_one_line(str(exc))}", err=True)
            ctx.exit(1)
        except OSError as exc:
            where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
            click.echo(f"error: {_one_line(exc.strerror or str(exc))}{where}", err=True)
            ctx.exit(2)
        except MemoryError:
            click.echo("error: out of memory (the input is too large for this machine)", err=True)
            ctx.exit(1)
        except Exception as exc:  # a bug: still one line, with a way to see the traceback
            if os.environ.get("MILP_RELU_TRACEBACK"):
                raise
            click.echo(f"error: internal error ({type(exc).__name__}: {_one_line(str(exc))}); this is a "
                       "bug in milp_relu, please report it (MILP_RELU_TRACEBACK=1 shows the traceback)",
                       err=True)
            ctx.exit(1)


def _one_line(text: str) -> str:
    """Collapse a message to one line (an error report is always exactly one line)."""
    return " ".join(text.split())


def _usage_line(exc: click.UsageError) -> None:
    hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
    click.echo(f"error: {_one_line(exc.format_message())}{hint}", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="milp-relu")
def main() -> None:
    """Train depth-2 ReLU networks to certified global optimality (big-M MILP on HiGHS)."""


def _register() -> None:
    from .commands import export, generate, learn, report, solve_instance, sweep, verify_instance

    # one line per subcommand, in the order `milp-relu --help` lists them
    for module in (solve_instance, generate, verify_instance, sweep, report, export, learn):
        main.add_command(module.command)


_register()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
