"""The model written to .mps / .lp: the big-M MILP, or for a loss with a quadratic part (squared,
Huber) its MIQP or its outer-approximation master."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..backends.files import ExportModel, coefficient_ranges
from ..data import Dataset
from ..errors import InputError
from ..formulation import FormulationOptions, MilpModel, build_big_m, tangent_cuts
from .choice import ExportChoice


def build_export_model(dataset: Dataset, choice: ExportChoice | FormulationOptions) -> ExportModel:
    """The formulation to write, from :func:`milp_relu.formulation.build_big_m`.

    Absolute and max losses: the MILP as built (its objective is the training loss). A loss with
    a quadratic part: the MIQP -- the same rows without tangent cuts, the epigraph columns t
    dropped and the loss's Hessian in their place (``Loss.hessian``, HiGHS objective convention
    0.5 x'Qx): squared min sum_i omega_i r_i^2 (2 omega_i on r_i), Huber
    min sum_i omega_i (u_i^2 / 2 + delta (vp_i + vm_i)) (omega_i on u_i; the columns scaled as in
    milp_relu.losses.huber).

    Parameters
    ----------
    dataset : Dataset
    choice : ExportChoice or FormulationOptions

    Returns
    -------
    ExportModel
        Its ``kind`` is "MILP" or "MIQP".
    """
    options = choice.formulation_options() if isinstance(choice, ExportChoice) else choice
    milp = build_big_m(dataset, options)
    return export_model_from_milp(milp)


@dataclass
class _Arrays:
    """The mutable copy of a model's arrays that the export edits."""

    A: Any
    cost: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    row_lower: np.ndarray
    row_upper: np.ndarray
    integrality: np.ndarray
    col_names: list[str]
    row_names: list[str]
    hessian: np.ndarray | None = None


def _copy_arrays(milp: MilpModel) -> _Arrays:
    return _Arrays(A=milp.A.tocsr(), cost=milp.cost.copy(), col_lower=milp.col_lower.copy(),
                   col_upper=milp.col_upper.copy(), row_lower=milp.row_lower.copy(),
                   row_upper=milp.row_upper.copy(), integrality=milp.integrality.copy(),
                   col_names=milp.col_names(), row_names=milp.row_names())


def _to_miqp(milp: MilpModel, a: _Arrays) -> None:
    """Drop the epigraph columns t (the last block) and put the loss's Hessian in their place
    (squared: 2 omega_i on r_i; Huber: omega_i on u_i)."""
    t = milp.index.loss_vars["t"]
    if t.stop != milp.num_cols:
        raise AssertionError("the epigraph columns t must be the last block")
    keep = t.start
    if a.A[:, t].nnz:
        raise InputError(f"the {milp.options.loss.name} model already has cuts; export the MIQP from a model "
                         "without cuts")
    a.A = a.A[:, :keep].tocsr()
    cost = milp.options.loss.quadratic_cost(a.cost, milp)[:keep]
    a.cost, a.col_lower, a.col_upper = cost, a.col_lower[:keep], a.col_upper[:keep]
    a.integrality = a.integrality[:keep]
    a.col_names = a.col_names[:keep]
    a.hessian = milp.options.loss.hessian(milp)[:keep]


def _add_tangent_cuts(milp: MilpModel, a: _Arrays, cut_points: Sequence[np.ndarray]) -> None:
    """Append the tangent cuts at every array of cut points, named ``cut_0``, ``cut_1``, ..."""
    if not milp.options.loss.quadratic:
        raise InputError(f"tangent cuts belong to a loss with a quadratic part (squared, huber), not to "
                         f"{milp.options.loss.name}")
    import scipy.sparse as sp

    blocks, lows, ups = [a.A], [a.row_lower], [a.row_upper]
    for pts in cut_points:
        C, lo, up = tangent_cuts(milp, np.asarray(pts, dtype=float))
        blocks.append(C)
        lows.append(lo)
        ups.append(up)
    a.A = sp.vstack(blocks, format="csr")
    a.row_lower, a.row_upper = np.concatenate(lows), np.concatenate(ups)
    a.row_names = a.row_names + [f"cut_{i}" for i in range(a.A.shape[0] - len(a.row_names))]


def export_model_from_milp(milp: MilpModel, cut_points: Sequence[np.ndarray] | None = None) -> ExportModel:
    """Wrap a built :class:`MilpModel` as the model to write.

    Parameters
    ----------
    milp : MilpModel
    cut_points : sequence of arrays, optional
        A loss with a quadratic part only: the result is the outer-approximation master, the MILP
        with tangent cuts (squared: t_i >= omega_i (2 r* r_i - r*^2)) at each array of cut points.
        Without, such a loss gives the MIQP.

    Returns
    -------
    ExportModel
    """
    a = _copy_arrays(milp)
    if milp.options.loss.quadratic and cut_points is None:
        _to_miqp(milp, a)
    elif cut_points is not None:
        _add_tangent_cuts(milp, a, cut_points)
    return ExportModel(milp=milp, cost=a.cost, A=a.A, row_lower=a.row_lower, row_upper=a.row_upper,
                       col_lower=a.col_lower, col_upper=a.col_upper, integrality=a.integrality,
                       col_names=a.col_names, row_names=a.row_names, hessian=a.hessian)


def model_summary(model: ExportModel) -> dict[str, Any]:
    """Size counts, coefficient ranges and which solvers can take the model.

    Returns
    -------
    dict
        Keys ``kind``, ``cols``, ``rows``, ``nonzeros``, ``binaries``,
        ``binaries_fixed_by_bounds``, ``continuous``, ``quadratic_objective_terms``,
        ``coefficient_range``, ``objective``, ``highs_can_solve`` and ``solvers``.
    """
    integrality = np.asarray(model.integrality, dtype=bool)
    fixed = integrality & (model.col_lower == model.col_upper)
    summary = {
        "kind": model.kind,
        "cols": model.num_cols,
        "rows": model.num_rows,
        "nonzeros": int(model.A.nnz),
        "binaries": int(np.count_nonzero(integrality)),
        "binaries_fixed_by_bounds": int(np.count_nonzero(fixed)),
        "continuous": int(model.num_cols - np.count_nonzero(integrality)),
        "quadratic_objective_terms": 0 if model.hessian is None else int(np.count_nonzero(model.hessian)),
        "coefficient_range": coefficient_ranges(model),
        "objective": (model.milp.options.loss.miqp_objective_text if model.hessian is not None
                      else model.milp.options.loss.objective_text),
    }
    if model.hessian is not None:
        summary["highs_can_solve"] = False
        summary["solvers"] = ("MIQP: SCIP (pyscipopt), Gurobi, CPLEX. HiGHS 1.x reads and writes it but cannot "
                              "solve MIQP; milp_relu solves the same problem by outer approximation (fit).")
    else:
        summary["highs_can_solve"] = True
        summary["solvers"] = "MILP: any MILP solver (HiGHS, SCIP, CBC, Gurobi, CPLEX)."
    return summary
