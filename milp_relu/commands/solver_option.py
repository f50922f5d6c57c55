"""``--solver highs|scip|gurobi``: the one definition every command shares."""
from __future__ import annotations

from typing import Any, Callable

import click

from ..backends import SOLVERS, get_backend


def solver_option(help_text: str) -> Callable[[Any], Any]:
    """The ``--solver`` option (default highs), checked by :func:`check_solver` in the command."""
    return click.option("--solver", default="highs", show_default=True, metavar="|".join(SOLVERS),
                        help=help_text)


def check_solver(solver: str) -> str:
    """A known, installed solver; otherwise one InputError (an unknown name, or the extra to
    install), which the CLI prints as one ``error:`` line with exit code 2."""
    get_backend(solver)
    return solver
