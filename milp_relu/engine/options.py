"""The solve settings of one fit, validated once: limits, gaps, threads, seed, search, speed.

:class:`SolveOptions` is what every part of the engine reads; nothing re-checks a setting after
:meth:`SolveOptions.from_user` accepted it. The speed switches are those of :data:`DEFAULT_SPEED`,
each measured alone in ``benchmarks/run.py``.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from ..backends import get_backend
from ..errors import InputError
from ..limits import check_int, check_threads
from ..validation import check_flag, non_negative, positive

if TYPE_CHECKING:
    from ..branch_and_bound import BnBOptions

Progress = Callable[[dict[str, Any]], None]

#: The speed options of :func:`milp_relu.fit` and their defaults (each one measured in benchmarks/run.py).
DEFAULT_SPEED: dict[str, Any] = {
    "warm_start": True,            # heuristic incumbent (projected GD + pattern polish) first
    "incumbent_bounds": True,      # |f(x_i) - y_i| <= R_i from the incumbent's loss
    "obbt": False,                 # small LPs over the (w, b) polytope of sign-pure splits:
                                   # 0.97x geomean in benchmarks/results_quick.txt, so off
    "oa_cuts": True,               # quadratic part (squared, Huber): initial tangents across [-R_i, R_i]
    "ideal_cuts": True,            # root LP cuts of the ideal ReLU formulation (Anderson et al.);
                                   # not on the squared loss's OA master: measured no gain there
    "monotone": True,              # sign-pure splits: no binary where the loss grows with h_ij
    "big_m": "point",              # "point": per-point interval big-M; "global": one constant
    "enumeration": "auto",         # d <= 2, k = 1: exact pattern enumeration where faster
    "decompose": True,             # identical coordinate blocks solved as one (engine.blocks):
                                   # exact; c disjoint copies of a gadget cost what one copy does
    "search": "auto",              # "milp": the MILP (OA for squared, Huber on HiGHS); "tree": milp_relu's
                                   # own branch and bound over activation states; "auto": tree
                                   # for k >= 2 on HiGHS, MILP otherwise (engine.schedule)
}

#: The search strategies of one sign split (fit's ``search`` option).
SEARCHES = ("milp", "tree", "auto")

#: The on/off speed switches that fit takes as keywords.
SPEED_FLAGS = ("warm_start", "incumbent_bounds", "obbt", "oa_cuts", "monotone", "ideal_cuts", "decompose")


@dataclass(frozen=True)
class SolveOptions:
    """How to solve: every setting of :func:`milp_relu.fit` that is not the problem itself.

    Attributes
    ----------
    time_limit : float or None
        Seconds for the whole fit.
    rel_gap, abs_gap : float
        Optimality tolerances, in internal units (milp_relu.scaling).
    threads, seed, verbose : int, int, bool
        Solver threads, random seed and log.
    solver : str
        The MILP backend ("highs", "scip", "gurobi"; milp_relu.backends.get_backend).
    merge_duplicates : bool
        Merge repeated samples (engine.transforms).
    speed : dict
        The speed switches of :data:`DEFAULT_SPEED`, with ``search``.
    progress, log_file
        A callable given a dict after every solve; a file for the solver's log.
    tree : BnBOptions or None
        The switches of milp_relu's own search tree (:class:`milp_relu.branch_and_bound.BnBOptions`)
        from ``tree_options``; None: its defaults.
    tree_given : dict
        The ``tree_options`` as given (recorded in ``FitResult.options["tree_options"]``).
    """

    time_limit: float | None = None
    rel_gap: float = 1e-6
    abs_gap: float = 1e-6
    threads: int = 1
    seed: int = 0
    verbose: bool = False
    solver: str = "highs"
    merge_duplicates: bool = True
    speed: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_SPEED))
    progress: Progress | None = None
    log_file: str | None = None
    tree: "BnBOptions | None" = None
    tree_given: dict[str, Any] = field(default_factory=dict)

    @property
    def search(self) -> str:
        return self.speed["search"]

    @classmethod
    def from_user(cls, time_limit: Any = None, rel_gap: Any = 1e-6, abs_gap: Any = 1e-6,
                  threads: Any = 1, seed: Any = 0, verbose: Any = False, solver: Any = "highs",
                  merge_duplicates: Any = True, progress: Any = None, log_file: Any = None,
                  *, tree_options: Any = None, **speed: Any) -> "SolveOptions":
        """Validate every setting once; InputError naming the first bad one."""
        threads = check_threads(threads)
        seed = check_int(seed, "seed", 0, 2**31 - 1)
        for name, flag in [("verbose", verbose), ("merge_duplicates", merge_duplicates)] + [
                (name, speed[name]) for name in SPEED_FLAGS if name in speed]:
            check_flag(flag, name)
        if progress is not None and not callable(progress):
            raise InputError(f"progress must be a callable taking one dict, or None, got {progress!r}")
        if log_file is not None and not isinstance(log_file, (str, os.PathLike)):
            raise InputError(f"log_file must be a path or None, got {log_file!r}")
        if time_limit is not None:
            time_limit = positive(time_limit, "time limit")
        rel_gap = non_negative(rel_gap, "relative gap")
        abs_gap = non_negative(abs_gap, "absolute gap")
        checked = _checked_speed(speed)
        _check_solver(solver, checked["search"])
        tree = _checked_tree_options(tree_options, checked["search"])
        given = {} if tree is None else {name: _plain(getattr(tree, name)) for name in tree_options}
        return cls(time_limit, rel_gap, abs_gap, int(threads), int(seed), bool(verbose), solver,
                   bool(merge_duplicates), checked, progress, log_file, tree, given)

    def speed_dict(self) -> dict[str, Any]:
        """The speed switches as recorded in ``FitResult.options`` (keys are a public contract)."""
        return dict({name: self.speed[name] for name in SPEED_FLAGS}, big_m=self.speed["big_m"],
                    enumeration=self.speed["enumeration"], search=self.search)


def _checked_speed(speed: dict[str, Any]) -> dict[str, Any]:
    """The speed switches over their defaults; InputError for an unknown or bad one."""
    unknown = set(speed) - set(DEFAULT_SPEED)
    if unknown:
        raise InputError(f"unknown speed option(s): {', '.join(sorted(unknown))}")
    checked = dict(DEFAULT_SPEED, **speed)
    for name in SPEED_FLAGS:
        checked[name] = bool(checked[name])
    big_m, enumeration, search = checked["big_m"], checked["enumeration"], checked["search"]
    if not isinstance(big_m, str) or big_m not in ("point", "global"):
        raise InputError(f"big_m must be 'point' or 'global', got {big_m!r}")
    if not (enumeration == "auto" or isinstance(enumeration, (bool, np.bool_))):
        raise InputError(f"enumeration must be 'auto', True or False, got {enumeration!r}")
    if not isinstance(search, str) or search not in SEARCHES:
        raise InputError(f"search must be one of {', '.join(SEARCHES)}; got {search!r}")
    return checked


def _check_solver(solver: Any, search: str) -> None:
    """A known, installed solver; the own search tree only on HiGHS (its nodes are HiGHS QPs)."""
    get_backend(solver)  # unknown, or optional and not installed: InputError naming the extra
    if search == "tree" and solver != "highs":
        raise InputError(f"search='tree' runs milp_relu's own search tree on HiGHS; with solver={solver!r} "
                         "use search='milp' or 'auto'")


def _checked_tree_options(tree_options: Any, search: str) -> "BnBOptions | None":
    """``tree_options`` (a mapping of :class:`~milp_relu.branch_and_bound.BnBOptions` settings, or
    None) as the search tree's options; InputError for an unknown name, a bad value, or a fit
    whose ``search`` never runs the tree (silently ignoring them would be a coercion)."""
    if tree_options is None:
        return None
    if not isinstance(tree_options, Mapping):
        raise InputError(f"tree_options must be a mapping of search-tree settings or None, got {tree_options!r}")
    from ..branch_and_bound import BnBOptions        # the search tree's module, only when asked for

    names = {f.name for f in fields(BnBOptions)}
    unknown = sorted(str(name) for name in tree_options if name not in names)
    if unknown:
        raise InputError(f"unknown tree option(s): {', '.join(unknown)} (known: {', '.join(sorted(names))})")
    if search == "milp":
        raise InputError("tree_options set the search tree's switches; search='milp' never runs it "
                         "(use search='tree' or 'auto')")
    return BnBOptions(**tree_options)


def _plain(value: Any) -> Any:
    """A NumPy bool as Python's (``FitResult.options`` goes to JSON)."""
    return bool(value) if isinstance(value, np.bool_) else value
