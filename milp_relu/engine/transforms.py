"""The reversible data steps between the user's problem and what the solver sees.

Two reductions, each an ``apply`` (problem -> smaller or rescaled problem) with its ``invert``
maps (objective values and networks back), in the style of cvxpy's reductions:

* :class:`Rescale` -- the change of units of :mod:`milp_relu.scaling` (``ProblemScale``):
  internal loss = user loss / factor, networks mapped exactly;
* :class:`MergeDuplicates` -- repeated samples merged (:meth:`Dataset.merge_duplicates`):
  loss on the merged data = loss on the full data - offset, for every network.

:func:`reduce` applies both, in that order, in one place; every conversion between the units
of the solver, of the verified incumbent and of the user goes through the :class:`Reduced` it
returns, so no offset or factor is added or removed by hand anywhere else.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..network import ReLUNetwork
from ..scaling import ProblemScale
from .problem import Problem


@dataclass(frozen=True)
class Rescale:
    """The change of units (milp_relu.scaling): weight box 1, labels of size 1, lightest weight 1."""

    scale: ProblemScale

    @classmethod
    def for_problem(cls, problem: Problem) -> "Rescale":
        """The scale of ``problem``; InputError when its dynamic range cannot be certified."""
        return cls(ProblemScale.for_problem(problem.data, problem.loss, problem.weight_bound,
                                            problem.bias_bound))

    def apply(self, problem: Problem) -> Problem:
        """``problem`` in internal units (the loss's parameters too: Huber's delta / sigma)."""
        return problem.with_data(self.scale.apply(problem.data), 1.0,
                                 self.scale.bias_bound(problem.bias_bound), self.scale.internal_loss)

    def invert_objective(self, value: float) -> float:
        """An internal objective value (loss or bound) in the user's units."""
        return self.scale.loss_to_user(value)

    def invert_network(self, network: ReLUNetwork) -> ReLUNetwork:
        """The user-unit network of an internal one."""
        return self.scale.network_to_user(network)


@dataclass(frozen=True)
class MergeDuplicates:
    """Repeated samples merged; ``offset`` is the constant the merge drops (a loss that
    ``merges_by_mean``: squared)."""

    offset: float = 0.0

    @staticmethod
    def apply(problem: Problem, enabled: bool = True) -> tuple[Problem, "MergeDuplicates"]:
        """The merged problem and the reduction that inverts it (identity when nothing merged)."""
        if not enabled:
            return problem, MergeDuplicates()
        merged, inverse = problem.data.merge_duplicates(problem.loss)
        if merged.n == problem.data.n:
            return problem, MergeDuplicates()
        offset = 0.0
        if problem.loss.merges_by_mean:
            # squared: equal x with different y merge to the weighted mean label; the other
            # losses merge only identical (x, y) pairs, with no offset (Loss.merges_by_mean)
            offset = problem.data.merge_offset(merged, inverse)
        return problem.with_data(merged), MergeDuplicates(offset)

    def invert_objective(self, value: float) -> float:
        """A solver objective or bound on the merged data, as a loss on the full data."""
        return value + self.offset

    def forward_objective(self, value: float) -> float:
        """A loss on the full data (an incumbent, a cut-off) as an objective on the merged data."""
        return value - self.offset


@dataclass(frozen=True)
class Reduced:
    """The user's problem, its internal form (rescaled) and the solver's (rescaled, merged).

    The verified incumbent lives on ``internal``; the solver works on ``work``; the user reads
    ``user``. ``to_internal`` / ``to_work`` convert objective values between the last two,
    ``to_user`` the first two.
    """

    user: Problem
    internal: Problem
    work: Problem
    rescale: Rescale
    merge: MergeDuplicates

    def to_internal(self, value: float) -> float:
        """A solver objective or bound (work units) as a loss of the internal problem."""
        return self.merge.invert_objective(value)

    def to_work(self, value: float) -> float:
        """An internal loss (incumbent, cut-off) in the solver's units."""
        return self.merge.forward_objective(value)

    def to_user(self, value: float) -> float:
        """An internal loss or bound in the user's units."""
        return self.rescale.invert_objective(value)

    def network_to_user(self, network: ReLUNetwork) -> ReLUNetwork:
        return self.rescale.invert_network(network)


def reduce(problem: Problem, merge_duplicates: bool = True) -> Reduced:
    """Apply the reductions in order (rescale, then merge): the one place they are applied."""
    rescale = Rescale.for_problem(problem)
    internal = rescale.apply(problem)
    work, merge = MergeDuplicates.apply(internal, merge_duplicates)
    return Reduced(problem, internal, work, rescale, merge)
