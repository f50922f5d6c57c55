"""Solver backends: each takes a :class:`~milp_relu.formulation.MilpModel` and returns raw solutions.

:func:`get_backend` finds a backend class by name. HiGHS is the default and the reference; the
optional solvers are imported only when asked for, and a missing one is one
:class:`~milp_relu.errors.InputError` naming the extra that installs it.
"""
from __future__ import annotations

import importlib
from typing import Any

from ..errors import InputError

#: name -> (module, class, the pip extra that installs the solver, or None if always there)
BACKENDS: dict[str, tuple[str, str, str | None]] = {
    "highs": ("milp_relu.backends.highs", "HighsBackend", None),
    "scip": ("milp_relu.backends.scip", "ScipBackend", "scip"),
    "gurobi": ("milp_relu.backends.gurobi", "GurobiBackend", "gurobi"),
}

#: The solver names accepted by ``fit(solver=...)`` and ``--solver``.
SOLVERS = tuple(BACKENDS)


def get_backend(name: str) -> Any:
    """The backend class called ``name`` ("highs", "scip" or "gurobi").

    Raises
    ------
    InputError
        For an unknown name, or an optional solver that is not installed (the message names
        the extra: ``pip install 'milp-relu[scip]'``).
    """
    if not isinstance(name, str) or name not in BACKENDS:
        raise InputError(f"solver must be one of {', '.join(SOLVERS)}, got {name!r}")
    module_name, class_name, extra = BACKENDS[name]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        if extra is None:
            raise
        raise InputError(f"solver {name!r} is not installed ({exc.name or exc}); install it with "
                         f"pip install 'milp-relu[{extra}]'") from None
    return getattr(module, class_name)
