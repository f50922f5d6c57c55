"""The interface every training loss implements, and the parts all separable losses share.

A loss is an object (:class:`Loss`) that owns everything about it the rest of milp_relu needs:

* **evaluation** in float64 from residuals r_i = f(x_i) - y_i and sample weights omega_i
  (:meth:`Loss.evaluate`, built on the per-point function :meth:`Loss.point_loss`);
* **units**: how the loss scales when the labels are divided by sigma and the weights by nu
  (:meth:`Loss.scale_factor`, :meth:`Loss.in_label_units`; used by :mod:`milp_relu.scaling`);
* **bounds**: the residual radius R_i implied by an incumbent's loss (:meth:`Loss.residual_radius`,
  used by :mod:`milp_relu.bounds`), and the floors of the pattern enumeration
  (:meth:`Loss.pattern_floors`, :meth:`Loss.off_loss`);
* **the big-M model's loss part** (:mod:`milp_relu.formulation`): its column blocks
  (:attr:`Loss.columns`), their bounds and linear cost (:meth:`Loss.set_columns`), the rows that
  tie them to the output f_i (:meth:`Loss.add_rows`), a primal point for a given network
  (:meth:`Loss.fill_columns`) and the incumbent-implied caps (:meth:`Loss.cap_columns`);
* **a diagonal quadratic part** where the loss has one (:attr:`Loss.quadratic`): the column block
  u that carries it and the weighted epigraph t_i >= q omega_i u_i^2
  (:attr:`Loss.quadratic_column`, :attr:`Loss.quadratic_weight`), which HiGHS handles by outer
  approximation with the tangent cuts of :meth:`Loss.tangent_cuts`; the Hessian of the same
  objective for a convex QP or an exported MIQP (:meth:`Loss.hessian`);
* **the pattern's convex problem** for the brute force (:meth:`Loss.brute_force_pattern`) and,
  optionally, a faster one for the engine's polish (:meth:`Loss.pattern_network`);
* **the warm start's (sub)gradient** (:meth:`Loss.surrogate_gradient`);
* **the export and the adapters' objectives** (:attr:`Loss.objective_text`,
  :meth:`Loss.pyomo_objective`, :meth:`Loss.pulp_objective`).

Every loss here is separable, sum_i omega_i phi(r_i) with phi convex, even and non-decreasing in
|r| (or, for the max loss, max_i phi(r_i)); the shared code below relies on that and on nothing
else. Adding a loss is one module with a subclass and one line in :mod:`milp_relu.losses`.
"""
from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, ClassVar

import numpy as np
import scipy.sparse as sp

from ..errors import InputError

if TYPE_CHECKING:  # the formulation imports the losses, never the other way round at run time
    from ..formulation import MilpModel, VariableIndex

INF = np.inf


@dataclass(frozen=True)
class LossValue:
    """A loss in the three forms milp_relu reports.

    ``value`` is the objective as defined: the weighted sum for the summed losses, the maximum
    for max. ``total`` is the weighted sum (the maximum for max) and ``mean`` is ``total`` divided by
    the total weight (the maximum for max).
    """

    value: float
    total: float
    mean: float


class Loss(ABC):
    """One training loss: L(f) = sum_i omega_i phi(f(x_i) - y_i), or max_i phi(f(x_i) - y_i).

    Subclasses set the class attributes and implement the abstract methods; instances are
    immutable and compare equal when their name and parameters agree.

    Attributes
    ----------
    name : str
        The public name ("squared", ...): the value of ``loss=`` and ``--loss``.
    tag : str
        A short tag for names built from the loss (library entry names: ``sq``, ``abs``, ...).
    PARAMETERS : tuple of str
        Keyword parameters of :func:`milp_relu.losses.get_loss` (e.g. ``("huber_delta",)``); they
        are also the metadata and JSON keys that carry them.
    weighted : bool
        Whether sample weights enter (False for max).
    aggregate : {"sum", "max"}
        How the per-point losses combine.
    label_power : int
        phi(sigma r) = sigma^label_power phi'(r) for the loss phi' of :meth:`in_label_units`.
    quadratic : bool
        The big-M model has a diagonal quadratic part (handled on HiGHS by outer approximation).
    merges_by_mean : bool
        Samples with equal x may merge into one at their weighted mean label (up to a constant).
    enumerable : bool
        milp_relu.enumeration (exact pattern enumeration for one unit, d <= 2) handles it.
    columns : tuple of str
        The loss's column blocks in the big-M model, in order (each of size n, or 1 if listed
        in :attr:`scalar_columns`); they come last in the column vector.
    quadratic_column : str or None
        The block u carrying the quadratic part; the epigraph block is always ``"t"``.
    quadratic_weight : float
        q in t_i >= q omega_i u_i^2.
    epigraph_cost : float
        rho^2, the objective's cost on each t_i, when the columns hold u_i / rho and t_i / rho^2
        (a loss whose quadratic part lives at a small scale rho, Huber's delta, keeps them of
        size 1 so that the solver's absolute tolerances stay small against it); 1 by default.
    objective_text, miqp_objective_text : str
        The big-M model's objective in words, and (a quadratic loss) its MIQP's (export summaries).
    """

    name: ClassVar[str]
    tag: ClassVar[str]
    PARAMETERS: ClassVar[tuple[str, ...]] = ()
    weighted: ClassVar[bool] = True
    aggregate: ClassVar[str] = "sum"
    label_power: ClassVar[int] = 1
    quadratic: ClassVar[bool] = False
    merges_by_mean: ClassVar[bool] = False
    enumerable: ClassVar[bool] = True
    columns: ClassVar[tuple[str, ...]] = ()
    scalar_columns: ClassVar[tuple[str, ...]] = ()
    quadratic_column: ClassVar[str | None] = None
    quadratic_weight: ClassVar[float] = 0.0
    epigraph_cost: float = 1.0
    objective_text: ClassVar[str] = ""
    miqp_objective_text: ClassVar[str] = ""

    # -- identity -------------------------------------------------------------------------------
    def params(self) -> dict[str, float]:
        """The loss's parameters by their public keys (empty for a parameter-free loss)."""
        return {}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.params() == self.params()

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted(self.params().items()))))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params().items())
        return f"{type(self).__name__}({args})"

    def __str__(self) -> str:
        return self.name

    # -- evaluation -----------------------------------------------------------------------------
    @abstractmethod
    def point_loss(self, r: np.ndarray) -> np.ndarray:
        """phi(r) elementwise, in float64 (even and non-decreasing in |r|)."""

    def weighted_point_loss(self, r: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """omega_i phi(r_i) elementwise (broadcasting)."""
        return weights * self.point_loss(r)

    def evaluate(self, residuals: np.ndarray, weights: np.ndarray | None = None) -> LossValue:
        """The loss of residuals r_i = f(x_i) - y_i under weights omega_i (default 1), in float64."""
        r = np.asarray(residuals, dtype=np.float64)
        if self.aggregate == "max":
            value = float(np.max(self.point_loss(r))) if r.size else 0.0
            return LossValue(value, value, value)
        w = np.ones_like(r) if weights is None else np.asarray(weights, dtype=np.float64)
        total = float(np.dot(w, self.point_loss(r)))
        return LossValue(total, total, total / float(np.sum(w)))

    # -- units ----------------------------------------------------------------------------------
    def in_label_units(self, label: float) -> "Loss":
        """The loss phi' with phi(label * r) = label^label_power * phi'(r): what the problem in
        internal units (labels divided by ``label``) minimises. Parameter-free losses: itself."""
        return self

    def scale_factor(self, label: float, sample: float) -> float:
        """User loss = factor * internal loss, for labels divided by ``label`` and sample weights
        by ``sample`` (``sample`` is 1 for an unweighted loss)."""
        factor = sample if self.weighted else 1.0
        for _ in range(self.label_power):  # (nu * sigma) * sigma: the same rounding everywhere
            factor = factor * label
        return factor

    # -- bounds ---------------------------------------------------------------------------------
    @abstractmethod
    def residual_radius(self, weights: np.ndarray, upper_bound: float) -> np.ndarray:
        """R_i with |r_i| <= R_i for every network of loss <= ``upper_bound`` (>= 0), before
        milp_relu.bounds adds its round-off slack: each term of the loss is at most the whole."""

    def pattern_floors(self, y: np.ndarray, weights: np.ndarray, patterns: np.ndarray,
                       sign: float) -> np.ndarray:
        """A lower bound on the loss of every one-unit network of output sign ``sign`` with each
        activation pattern (rows of ``patterns``, (m, n)): an off point predicts 0 and pays
        phi(|y_i|); an on point predicts sign * p_i, p_i >= 0, so pays at least
        phi(max(0, -sign y_i))."""
        P = np.asarray(patterns, dtype=bool)
        off_cost = self.point_loss(np.abs(y))
        on_cost = self.point_loss(np.maximum(0.0, -sign * y))
        if self.aggregate == "max":
            per = np.where(P, on_cost[None, :], off_cost[None, :])
            return per.max(axis=1) if per.shape[1] else np.zeros(P.shape[0])
        return (~P) @ (weights * off_cost) + P @ (weights * on_cost)

    def off_loss(self, y: np.ndarray, weights: np.ndarray, off: np.ndarray) -> float:
        """The loss of the off points alone (their prediction is 0): a floor for the pattern."""
        if not np.any(off):
            return 0.0
        per = self.point_loss(y[off])
        if self.aggregate == "max":
            return float(np.max(per))
        return float(np.sum(weights[off] * per))

    def tolerance_rows(self, n: int) -> int:
        """How many rows' feasibility errors add up in the objective (n for a summed linear loss
        whose rows each carry a point; 1 where one epigraph variable carries it)."""
        return 1

    # -- warm start ----------------------------------------------------------------------------
    @abstractmethod
    def surrogate_gradient(self, r: np.ndarray, smoothing: float) -> np.ndarray:
        """d phi / d r of a smooth surrogate of phi (elementwise) for the warm start's gradient
        descent; ``smoothing`` is a small length in label units where a kink needs rounding."""

    # -- the big-M model ------------------------------------------------------------------------
    def column_sizes(self, n: int) -> dict[str, int]:
        """The loss's column blocks and their sizes, in layout order."""
        return {key: (1 if key in self.scalar_columns else n) for key in self.columns}

    @abstractmethod
    def set_columns(self, ix: "VariableIndex", weights: np.ndarray, col_lower: np.ndarray,
                    col_upper: np.ndarray, cost: np.ndarray) -> None:
        """Set the bounds and linear cost of the loss columns (in place)."""

    @abstractmethod
    def add_rows(self, R: Any, ix: "VariableIndex", y: np.ndarray, weights: np.ndarray,
                 add_output: Callable[..., None]) -> None:
        """Add the rows tying the loss columns to f_i; ``add_output(start, coef, row_scale)``
        adds coef * row_scale_i * f_i to row start + i (milp_relu.formulation's ``_Rows``)."""

    @abstractmethod
    def fill_columns(self, x: np.ndarray, ix: "VariableIndex", r: np.ndarray, weights: np.ndarray) -> None:
        """Write the loss columns of the primal point whose residuals are ``r`` (in place)."""

    @abstractmethod
    def cap_columns(self, model: "MilpModel", radius: np.ndarray) -> None:
        """Tighten the loss columns' bounds from |r_i| <= R_i (incumbent bounds; in place)."""

    # -- the quadratic part ----------------------------------------------------------------------
    def quadratic_points(self, r: np.ndarray) -> np.ndarray:
        """The value of the quadratic column (u / rho) at residuals r (in an optimal decomposition)."""
        return np.asarray(r, dtype=float)

    def epigraph(self, u: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """q omega_i u_i^2: what the epigraph variable t_i must reach."""
        return self.quadratic_weight * weights * u * u

    def tangent_cuts(self, model: "MilpModel", points: np.ndarray,
                     rows_for: np.ndarray | None = None) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
        """Tangent cuts of the weighted epigraph t_i >= q omega_i u_i^2 at u* = ``points``:
        t_i - 2 q omega_i u* u_i >= -q omega_i u*^2. The epigraph variable carries the weight (its
        cost is 1), so the solver's absolute feasibility tolerance on a cut moves the objective
        by that tolerance, not by omega_i times it. ``rows_for`` gives the sample of each point
        (default one per sample)."""
        if not self.quadratic:
            raise ValueError(f"tangent cuts belong to a loss with a quadratic part, not to {self.name}")
        lv = model.index.loss_vars
        n = model.index.n
        i = np.arange(n) if rows_for is None else np.asarray(rows_for, dtype=np.int64)
        pts = np.asarray(points, dtype=float)
        omega = model.dataset.weights[i]
        q2 = 2.0 * self.quadratic_weight
        m = i.size
        rows = np.repeat(np.arange(m), 2)
        cols = np.column_stack([lv["t"].start + i, lv[self.quadratic_column].start + i]).reshape(-1)
        vals = np.column_stack([np.ones(m), -q2 * omega * pts]).reshape(-1)
        A = sp.csr_matrix((vals, (rows, cols)), shape=(m, model.num_cols))
        lower = -omega * pts * pts if self.quadratic_weight == 1.0 else -self.quadratic_weight * omega * pts * pts
        return A, lower, np.full(m, INF)

    def hessian(self, model: "MilpModel") -> np.ndarray:
        """The diagonal Hessian (HiGHS's 1/2 x'Qx convention) of the objective with the epigraph
        replaced by rho^2 q omega_i u_i^2: 2 q rho^2 omega_i on u."""
        diag = np.zeros(model.num_cols)
        if self.quadratic:
            diag[model.index.loss_vars[self.quadratic_column]] = 2.0 * self.quadratic_weight * model.dataset.weights
            if self.epigraph_cost != 1.0:
                diag[model.index.loss_vars[self.quadratic_column]] *= self.epigraph_cost
        return diag

    def quadratic_cost(self, cost: np.ndarray, model: "MilpModel") -> np.ndarray:
        """The linear cost that goes with :meth:`hessian`: the epigraph's cost removed."""
        out = np.array(cost, dtype=float, copy=True)
        if self.quadratic:
            out[model.index.loss_vars["t"]] = 0.0
        return out

    # -- the pattern's convex problem ------------------------------------------------------------
    def pattern_network(self, X: np.ndarray, y: np.ndarray, weights: np.ndarray, pattern: np.ndarray,
                        signs: np.ndarray, weight_bound: float, bias_bound: float, output_bias: bool,
                        time_limit: float | None, seed: int) -> Any:
        """A specialised solver of the pattern's convex problem for the engine's polish (None:
        the engine uses the big-M model with the pattern fixed)."""
        return None

    @abstractmethod
    def brute_force_pattern(self, F: np.ndarray, y: np.ndarray, w: np.ndarray, G: np.ndarray,
                            theta_bounds: list) -> np.ndarray | None:
        """The brute force's convex problem of one pattern: min_theta L(F theta - y) subject to
        G theta <= 0 and the box ``theta_bounds``; theta or None if infeasible."""

    # -- adapters -------------------------------------------------------------------------------
    @abstractmethod
    def pyomo_objective(self, m: Any, y: np.ndarray, w: np.ndarray) -> None:
        """Add the loss variables, rows and objective ``m.loss`` to a Pyomo model whose outputs
        are ``m.f[i]`` (milp_relu.backends.pyomo)."""

    def pulp_objective(self, prob: Any, f: dict, y: np.ndarray, w: np.ndarray) -> dict[str, Any]:
        """Add the loss variables, rows and objective to a PuLP problem; returns the variables.
        PuLP has no quadratic objectives: a loss with a quadratic part is refused."""
        raise InputError(f"PuLP has no quadratic objectives, so the {self.name} loss (an MIQP) cannot be "
                         "built; use the exported .mps with SCIP or Gurobi, or milp_relu.backends.pyomo")


def check_positive_finite(value: Any, name: str) -> float:
    """``value`` as a float if it is a real number > 0 and finite, else InputError naming it."""
    import numbers

    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise InputError(f"{name} must be a positive finite number, got {value!r}")
    number = float(value)
    if not (number > 0 and math.isfinite(number)):
        raise InputError(f"{name} must be a positive finite number, got {value!r}")
    return number
