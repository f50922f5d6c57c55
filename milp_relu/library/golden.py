"""The golden .lp files of the formulation catalogue (``formulations/``)."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..backends.files import ExportModel, write_model_file
from ..data import Dataset
from ..formulation import FormulationOptions, build_big_m
from .model import build_export_model, export_model_from_milp


def golden_dataset() -> Dataset:
    """Three points in one dimension: the dataset of every golden .lp file."""
    return Dataset(np.array([[-1.0], [0.5], [1.0]]), np.array([0.0, 1.0, -0.5]))


def _options(loss: str, signs: tuple[float, ...] | None) -> FormulationOptions:
    return FormulationOptions(k=2, loss=loss, weight_bound=1.0, bias_bound=1.0, signs=signs)


def golden_models() -> dict[str, ExportModel]:
    """The catalogue's tiny models by file stem (k = 2, weight and bias bound 1)."""
    data = golden_dataset()
    out = {
        "sign_binaries_absolute": build_export_model(data, _options("absolute", None)),
        "fixed_split_p1_absolute": build_export_model(data, _options("absolute", (1.0, -1.0))),
        "fixed_split_p2_absolute": build_export_model(data, _options("absolute", (1.0, 1.0))),
        "sign_binaries_max": build_export_model(data, _options("max", None)),
        "sign_binaries_squared_miqp": build_export_model(data, _options("squared", None)),
    }
    master = build_big_m(data, _options("squared", (1.0, -1.0)))
    out["fixed_split_p1_squared_oa_master"] = export_model_from_milp(master, [-data.y, np.zeros(3)])
    return out


def write_golden(folder: str | Path) -> list[Path]:
    """(Re)write the golden .lp files of the formulation catalogue into ``folder``.

    Returns
    -------
    list of Path
        The files written, sorted by stem.
    """
    folder = Path(folder)
    return [write_model_file(model, folder / f"{stem}.lp") for stem, model in sorted(golden_models().items())]
