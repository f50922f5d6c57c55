"""The interface of a search strategy: one sign split in, one :class:`SplitRecord` out."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Protocol

if TYPE_CHECKING:
    from ..context import SearchContext
    from ..problem import Split


def split_label(split: "Split | None") -> str:
    """'binary' (sign binaries) or 'p=P' (P positive units)."""
    return "binary" if split is None else f"p={sum(1 for s in split if s > 0)}"


@dataclass
class SplitRecord:
    """What one strategy proved about one sign split, in internal units (engine.transforms).

    ``status``: optimal, pruned (nothing in the split beats the incumbent), infeasible,
    time_limit, interrupted, error, not_started or probed (a first-pass search tree stopped at
    its node limit, resumed in the second pass: engine.schedule.solve_splits). ``loss`` is the
    best verified loss found in the split, ``lower_bound`` a proven bound on its optimum. ``method`` names what settled it:
    "milp", "tree", "enumeration" (with ", then milp" where the MILP finished it), or
    "sign floor" (pruned before any model: engine.schedule.sign_floor_record). The keys of
    :meth:`to_dict` are the public ``splits`` entries of ``FitResult.to_dict``.
    """

    split: str
    status: str
    loss: float = math.inf
    lower_bound: float = 0.0
    nodes: int = 0
    time_s: float = 0.0
    method: str | None = None
    patterns_solved: int | None = None

    def to_dict(self, to_user: Callable[[float], float]) -> dict[str, Any]:
        """The record for the result: losses in the user's units, None where not finite."""
        out: dict[str, Any] = {"split": self.split, "status": self.status,
                               "loss": to_user(self.loss) if math.isfinite(self.loss) else None,
                               "lower_bound": to_user(self.lower_bound) if math.isfinite(self.lower_bound) else None,
                               "nodes": self.nodes, "time_s": self.time_s}
        if self.method is not None:
            out["method"] = self.method
        if self.patterns_solved is not None:
            out["patterns_solved"] = self.patterns_solved
        return out


class Strategy(Protocol):
    """A way to search one sign split. It offers every network it finds to
    ``ctx.incumbents`` and returns a bound; the engine certifies the rest."""

    name: str

    def solve_split(self, ctx: "SearchContext", signs: "Split | None") -> SplitRecord:
        """Search the split ``signs`` (None: one model with sign binaries)."""
