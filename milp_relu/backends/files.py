"""MPS / LP model files written through HiGHS, atomically.

An :class:`ExportModel` is the exported form of a formulation: the MILP arrays of
:func:`milp_relu.formulation.build_big_m` and, for the squared loss, a diagonal Hessian that
turns it into the MIQP min sum_i omega_i r_i^2 (the epigraph columns t dropped). HiGHS writes
both MPS (with a QUADOBJ section for the MIQP) and CPLEX-LP files from a ``HighsModel``; it
cannot *solve* the MIQP, which the metadata says.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import highspy
import numpy as np
import scipy.sparse as sp

from ..errors import InputError, SolverError
from ..fileio import atomic_target
from .highs import diagonal_hessian, highs_lp  # (imported first: it silences HiGHS's stdout banner)
from ..formulation import MilpModel

MODEL_FORMATS = ("mps", "lp")


@dataclass
class ExportModel:
    """A formulation ready to be written: arrays, names and an optional diagonal Hessian.

    The objective is ``cost . x + 0.5 * sum_c hessian[c] x_c^2`` (``hessian`` None: a MILP).
    Column positions agree with ``milp.index`` for every block that is kept, so
    ``milp.network_from_solution`` reads a network from a solution of this model.
    """

    milp: MilpModel
    cost: np.ndarray
    A: sp.csr_matrix
    row_lower: np.ndarray
    row_upper: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    integrality: np.ndarray
    col_names: list[str]
    row_names: list[str]
    hessian: np.ndarray | None = None

    @property
    def kind(self) -> str:
        return "MIQP" if self.hessian is not None else "MILP"

    @property
    def num_cols(self) -> int:
        return int(self.A.shape[1])

    @property
    def num_rows(self) -> int:
        return int(self.A.shape[0])

    def objective(self, x: np.ndarray) -> float:
        """The model's objective at a column vector ``x`` (same layout)."""
        x = np.asarray(x, dtype=float)[: self.num_cols]
        value = float(self.cost @ x)
        if self.hessian is not None:
            value += 0.5 * float(np.sum(self.hessian * x * x))
        return value


def to_highs_model(model: ExportModel) -> highspy.HighsModel:
    """The model as a ``highspy.HighsModel`` (integrality, names and Hessian set)."""
    hm = highspy.HighsModel()
    lp = highs_lp(model.cost, 0.0, model.A, model.col_lower, model.col_upper, model.row_lower,
                  model.row_upper, model.integrality)
    lp.model_name_ = "milp_relu"
    lp.col_names_ = list(model.col_names)
    lp.row_names_ = list(model.row_names)
    hm.lp_ = lp
    if model.hessian is not None:
        hm.hessian_ = diagonal_hessian(model.hessian)
    return hm


def _quiet_highs() -> highspy.Highs:
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)  # HiGHS keeps one thread pool per process: match milp_relu's runs
    return h


def write_model_file(model: ExportModel, path: str | os.PathLike[str]) -> Path:
    """Write ``model`` as MPS or LP (by the suffix of ``path``) through HiGHS, atomically.

    HiGHS writes into a temporary file in the same folder, which is then renamed over ``path``;
    an interrupted write leaves no partial file. For an MIQP the MPS must contain a
    QUADOBJ section (checked; :class:`SolverError` otherwise).
    """
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if suffix not in MODEL_FORMATS:
        raise InputError(f"model format {suffix!r} is not supported (use one of {', '.join(MODEL_FORMATS)})")
    h = _quiet_highs()
    if h.passModel(to_highs_model(model)) == highspy.HighsStatus.kError:
        raise SolverError("HiGHS rejected the model passed for writing")
    with atomic_target(target, suffix=f".tmp.{suffix}") as tmp:
        if h.writeModel(str(tmp)) == highspy.HighsStatus.kError:
            raise SolverError(f"HiGHS could not write {target.name}")
        if model.hessian is not None and suffix == "mps":
            with open(tmp, "rb") as handle:
                if b"QUADOBJ" not in handle.read():
                    raise SolverError(f"HiGHS wrote {target.name} without its QUADOBJ section")
    return target


def read_model_file(path: str | os.PathLike[str]) -> highspy.Highs:
    """A quiet ``highspy.Highs`` holding the model read from an .mps/.lp file."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such model file: {p}")
    h = _quiet_highs()
    if h.readModel(str(p)) == highspy.HighsStatus.kError:
        raise InputError(f"{p}: HiGHS could not read this model file (corrupt or unsupported)")
    return h


def coefficient_ranges(model: ExportModel) -> dict[str, list[float] | None]:
    """[min, max] of the absolute nonzero values: matrix, objective, bounds, right-hand sides."""
    def rng(values: np.ndarray) -> list[float] | None:
        v = np.abs(np.asarray(values, dtype=float))
        v = v[np.isfinite(v) & (v > 0)]
        return None if v.size == 0 else [float(v.min()), float(v.max())]

    objective = model.cost if model.hessian is None else np.concatenate([model.cost, model.hessian])
    return {"matrix": rng(model.A.data), "objective": rng(objective),
            "bounds": rng(np.concatenate([model.col_lower, model.col_upper])),
            "rhs": rng(np.concatenate([model.row_lower, model.row_upper]))}
