"""milp_relu: train depth-2 ReLU networks to certified global optimality.

Exact training by big-M MILPs on HiGHS (Goel, Klivans, Manurangsi, Reichman, "Tight Hardness
Results for Training Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550, make it NP-hard;
milp_relu makes it measurable).
"""
from __future__ import annotations

__version__ = "0.1.0"

from .data import Dataset, load_dataset, save_npz
from .errors import InputError, MilpReluError, SolverError, VerificationError
from .instance import Instance, load_instance, save_instance
from .network import LOSSES, ReLUNetwork

__all__ = [
    "Dataset", "Instance", "InputError", "LOSSES", "MilpReluError", "ReLUNetwork", "SolverError",
    "VerificationError", "__version__", "fit", "FitResult", "load_dataset", "load_instance",
    "save_instance", "save_npz", "ExactReLURegressor",
]


def __getattr__(name: str):  # lazy: importing milp_relu stays cheap
    if name in ("fit", "FitResult"):
        from . import solve
        return getattr(solve, name)
    if name == "ExactReLURegressor":
        from .sklearn import ExactReLURegressor
        return ExactReLURegressor
    raise AttributeError(name)
